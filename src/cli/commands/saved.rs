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

/// Tells the person which saved results were damaged and where they were moved.
pub fn report_damaged(lang: Lang, damaged: &[results::Damaged]) {
    for d in damaged {
        warn(
            lang,
            &fill(
                strings(lang).result_damaged,
                &[
                    ("file", &d.file.display()),
                    ("reason", &d.reason),
                    ("aside", &d.aside.display()),
                ],
            ),
        );
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
            let reason = e.to_string();
            warn(
                ctx.lang,
                &fill(strings(ctx.lang).cannot_save_result, &[("reason", &reason)]),
            );
            None
        }
    }
}
