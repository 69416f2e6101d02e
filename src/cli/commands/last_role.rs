//! Which role a command is about: the one named, else the recommendation of
//! the last saved result.

use crate::cli::Context;
use crate::content::{Pack, Role};
use crate::error::{CareerError, Result};
use crate::i18n::fill;
use crate::i18n::quiz::strings;
use crate::store::{self, results};

/// The role called `named`, or, without a name, the last recommended role.
pub fn resolve<'p>(ctx: &Context, pack: &'p Pack, named: Option<&str>) -> Result<&'p Role> {
    if let Some(id) = named {
        return ctx.role(pack, id);
    }
    let s = strings(ctx.lang);
    let listing = results::last(&store::data_dir()?)?;
    super::saved::report_damaged(ctx.lang, &listing);
    let Some((_, saved)) = listing.results.first() else {
        return Err(CareerError::usage(
            s.roadmap_no_role.to_string(),
            s.roadmap_no_role_hint.to_string(),
        ));
    };
    pack.role(&saved.recommendation).ok_or_else(|| {
        let shown = crate::content::text::sanitize(&saved.recommendation);
        let example = pack.role_ids().first().copied().unwrap_or("ai-engineer");
        CareerError::usage(
            fill(s.role_gone, &[("role", &shown)]),
            fill(s.role_gone_hint, &[("example", &example)]),
        )
    })
}
