//! The lines that say an adaptive quiz finished early, and why.

use crate::engine::{Outcome, StopRule};
use crate::i18n::{fill, Lang};

/// "Stopped early after 11 of 34 questions: …" for a result, or `None` when
/// every question was asked.
pub fn line(outcome: &Outcome, lang: Lang) -> Option<String> {
    let s = lang.adaptive_strings();
    let template = match outcome.stop_rule.filter(|_| outcome.stopped_early)? {
        StopRule::Certain => s.stopped_certain,
        StopRule::Confidence => s.stopped_confidence,
    };
    Some(fill(
        template,
        &[("asked", &outcome.asked), ("total", &outcome.total)],
    ))
}

/// What the interactive quiz says the moment it settles: "Settled after 11 of
/// 34 questions: the rest could not change your top match."
pub fn settled(rule: StopRule, asked: usize, total: usize, lang: Lang) -> String {
    let s = lang.adaptive_strings();
    let template = match rule {
        StopRule::Certain => s.settled_certain,
        StopRule::Confidence => s.settled_confidence,
    };
    fill(template, &[("asked", &asked), ("total", &total)])
}

/// The offer to answer the questions that were not asked.
pub fn offer_rest(remaining: usize, lang: Lang) -> String {
    fill(lang.adaptive_strings().offer_rest, &[("n", &remaining)])
}
