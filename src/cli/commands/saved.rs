//! Saving quiz results, and telling the person about saved files that needed care.

use std::path::PathBuf;

use crate::cli::Context;
use crate::content::Pack;
use crate::engine::{Answers, Outcome};
use crate::i18n::quiz::strings;
use crate::i18n::{fill, Lang};
use crate::store::{self, results};

/// Writes `warning: message` to standard error.
pub fn warn(lang: Lang, message: &str) {
    crate::cli::output::warning(lang, message, None);
}

/// Tells the person which saved results were damaged and where they were
/// moved, and which were written by a newer version (left as they are).
pub fn report_damaged(lang: Lang, listing: &results::Listing) {
    let shown = |p: &std::path::Path| crate::content::text::sanitize(&p.display().to_string());
    for d in &listing.damaged {
        // Read fine but holding answers its quiz cannot have had.
        let said = match d.reason {
            crate::store::DamageReason::AnswersDoNotFit { .. } => strings(lang).result_unusable,
            _ => strings(lang).result_damaged,
        };
        warn(
            lang,
            &fill(
                said,
                &[
                    ("file", &shown(&d.file)),
                    (
                        "reason",
                        &crate::i18n::store::damage_reason(&d.reason, lang),
                    ),
                    ("aside", &shown(&d.aside)),
                ],
            ),
        );
    }
    for n in &listing.newer {
        let e = crate::store::StoreError::Newer {
            path: n.file.clone(),
            version: n.version,
        };
        warn(lang, &crate::i18n::store::error(&e, lang).0);
    }
}

/// Saves a result in the data directory. A failure is a warning, not an
/// error: the person still sees the result they just earned.
pub fn save_result(
    ctx: &Context,
    pack: &Pack,
    outcome: &Outcome,
    answers: &Answers,
) -> Option<PathBuf> {
    let saved = results::SavedResult::new(outcome, answers, &pack.origin);
    match store::data_dir().and_then(|dir| results::save(&dir, &saved)) {
        Ok(path) => Some(path),
        Err(e) => {
            let reason = crate::i18n::store::error(&e, ctx.lang).0;
            warn(
                ctx.lang,
                &fill(strings(ctx.lang).cannot_save_result, &[("reason", &reason)]),
            );
            None
        }
    }
}
