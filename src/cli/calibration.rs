//! The calibration map of the quiz in use (`docs/adaptive.md`, "A calibration
//! map per quiz"). The built-in pack's maps come with the program; another
//! pack's quiz is fitted the first time its stability is needed (a bar shows
//! on a terminal) and kept in the data directory, so later runs read it.

use crate::cli::Context;
use crate::content::{Pack, Quiz};
use crate::engine::simulate::fit;
use crate::engine::stability_map::{quiz_fingerprint, StabilityMap};
use crate::engine::{Answers, Outcome, Scorer};
use crate::store;
use crate::ui::progress;

/// The map of `quiz`: built in, kept from an earlier run, or fitted now
/// (`None` only with `CAREER_CALIBRATION=no-fit` and no map to read).
pub fn map_for(ctx: &Context, pack: &Pack, quiz: &Quiz) -> Option<StabilityMap> {
    map_named(ctx, pack, quiz, &quiz_fingerprint(pack, quiz))
}

/// [`map_for`] with the quiz's fingerprint already known.
fn map_named(ctx: &Context, pack: &Pack, quiz: &Quiz, fingerprint: &str) -> Option<StabilityMap> {
    if let Some(map) = store::calibration::built_in(fingerprint) {
        return Some(map);
    }
    let dir = store::data_dir().ok();
    if let Some(map) = dir
        .as_deref()
        .and_then(|d| store::calibration::load(d, fingerprint))
    {
        return Some(map);
    }
    if no_fit() {
        return None;
    }
    let map = fit_now(ctx, pack, quiz);
    // Kept if it can be; if not, said once, and the next run fits it again.
    let kept = match dir {
        Some(dir) => store::calibration::save(&dir, &map).map(|_| ()),
        None => Err(store::StoreError::NoHome),
    };
    if let Err(e) = kept {
        let reason = crate::i18n::store::error(&e, ctx.lang).0;
        let s = ctx.lang.adaptive_strings();
        let message = crate::i18n::fill(
            s.calibrated_not_kept,
            &[("quiz", &quiz.id), ("reason", &reason)],
        );
        crate::cli::output::warning(ctx.lang, &message, None);
    }
    Some(map)
}

/// Fits the map of `quiz` now, with a bar on a terminal.
pub fn fit_now(ctx: &Context, pack: &Pack, quiz: &Quiz) -> StabilityMap {
    let message = ctx.lang.adaptive_strings().calibrating;
    let bar = progress::counter(fit::people() as u64, message);
    let map = fit::fit(pack, quiz, &|| bar.inc(1));
    bar.finish_and_clear();
    map
}

/// With `no-fit`, a map is used only if it comes with the program or was
/// kept earlier; otherwise the stability is stated uncalibrated. For tests of
/// other packs (a fit takes half a minute in a debug build) and quick checks.
pub const VAR: &str = "CAREER_CALIBRATION";

fn no_fit() -> bool {
    std::env::var_os(VAR).is_some_and(|v| v == "no-fit")
}

/// The map of `quiz` if `answers` are enough for a recommendation (only then
/// is a stability stated).
pub fn map_if_recommending(
    ctx: &Context,
    pack: &Pack,
    quiz: &Quiz,
    answers: &Answers,
) -> Option<StabilityMap> {
    if !Scorer::new(pack, quiz).recommends(answers) {
        return None;
    }
    map_for(ctx, pack, quiz)
}

/// The outcome of `answers`, its stability calibrated.
pub fn evaluate(ctx: &Context, pack: &Pack, quiz: &Quiz, answers: &Answers) -> Outcome {
    let scorer = Scorer::new(pack, quiz);
    let map = match scorer.recommends(answers) {
        true => map_named(ctx, pack, quiz, scorer.fingerprint()),
        false => None,
    };
    scorer.calibrated(map.as_ref()).evaluate(answers)
}
