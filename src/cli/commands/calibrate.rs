//! `career calibrate`: fits the calibration map of each quiz of the pack now
//! (or of `--quiz`), and keeps it in the data directory. Quizzes and results
//! fit it on first use anyway; this does it ahead, for example before a class
//! takes a new pack, and prints the maps with `--format json` (how the
//! built-in pack's `calibration/built-in.json` is made).

use crate::cli::args::{CalibrateArgs, Format};
use crate::cli::output::print;
use crate::cli::{CommandResult, Context};
use crate::engine::simulate::fit;
use crate::i18n::{fill, store as store_words};
use crate::render::json;
use crate::store;
use crate::ui::progress;

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
    for quiz in quizzes {
        let bar = progress::counter(fit::people() as u64, s.calibrating);
        let map = fit::fit(&pack, quiz, &|| bar.inc(1));
        bar.finish_and_clear();
        let words = |e: &store::StoreError| store_words::error(e, ctx.lang).0;
        let kept = match &dir {
            Ok(d) => store::calibration::save(d, &map).map_err(|e| words(&e)),
            Err(e) => Err(words(e)),
        };
        let n = map.respondents.to_string();
        text.push_str(&fill(s.calibrated, &[("quiz", &quiz.id), ("n", &n)]));
        text.push('\n');
        match kept {
            Ok(path) => {
                let path = path.display().to_string();
                text.push_str(&fill(s.calibrated_kept, &[("path", &path)]));
            }
            Err(reason) => {
                text.push_str(&fill(s.calibrated_not_kept, &[("reason", &reason)]));
            }
        }
        text.push_str("\n\n");
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
    Ok(())
}
