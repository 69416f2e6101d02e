//! `career calibrate`: fits the calibration map of each quiz of the pack now
//! (or of `--quiz`), and keeps it in the data directory. Quizzes and results
//! fit it on first use anyway; this does it ahead, for example before a class
//! takes a new pack, and prints the maps with `--format json` (how the
//! built-in pack's `calibration/built-in.json` is made).

use crate::cli::args::{CalibrateArgs, Format};
use crate::cli::calibration;
use crate::cli::output::print;
use crate::cli::{CommandResult, Context};
use crate::i18n::fill;
use crate::render::json;
use crate::store;

pub fn run(ctx: &Context, args: CalibrateArgs) -> CommandResult {
    let pack = ctx.pack()?;
    let quizzes = match &args.quiz {
        Some(id) => vec![ctx.quiz(&pack, Some(id))?],
        None => pack.quizzes.iter().collect(),
    };
    let s = ctx.lang.adaptive_strings();
    let dir = store::data_dir();
    let mut maps = Vec::new();
    let mut text = String::new();
    // The first map that could not be kept: the command then fails (exit 1),
    // after printing what it made.
    let mut failed: Option<store::StoreError> = None;
    for quiz in quizzes {
        let map = calibration::fit_now(ctx, &pack, quiz);
        let n = map.respondents.to_string();
        text.push_str(&fill(s.calibrated, &[("quiz", &quiz.id), ("n", &n)]));
        text.push('\n');
        if store::calibration::built_in(&map.fingerprint).is_some() {
            // The program's own map is always read first: nothing to keep.
            text.push_str(s.calibrated_built_in);
            text.push('\n');
        } else {
            let kept = match &dir {
                Ok(d) => store::calibration::save(d, &map),
                Err(_) => Err(store::StoreError::NoHome),
            };
            match kept {
                Ok(path) => {
                    let path = path.display().to_string();
                    text.push_str(&fill(s.calibrated_kept, &[("path", &path)]));
                    text.push('\n');
                }
                Err(e) => {
                    failed.get_or_insert(e);
                }
            }
        }
        text.push('\n');
        maps.push(map);
    }
    match args.format {
        Format::Json => {
            let doc = json::document(serde_json::json!({ "maps": maps }));
            print(&json::to_string(&doc));
        }
        Format::Text => {
            text.push_str(s.calibrated_check);
            text.push('\n');
            print(&text);
        }
    }
    match failed {
        Some(e) => Err(e.into()),
        None => Ok(()),
    }
}
