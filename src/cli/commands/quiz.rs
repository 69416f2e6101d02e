//! `career quiz`: asks the quiz on a terminal, or scores a file of answers
//! with `--answers FILE`; either way the result is saved (unless `--no-save`).

use std::path::Path;

use crate::cli::args::{Format, QuizArgs};
use crate::cli::output::print;
use crate::cli::{CommandResult, Context};
use crate::content::{Pack, Quiz};
use crate::engine::{self, Answers};
use crate::error::{CareerError, Result};
use crate::render;

pub fn run(ctx: &Context, args: QuizArgs) -> CommandResult {
    let pack = ctx.pack()?;
    let quiz = ctx.quiz(&pack, args.quiz.as_deref())?;
    let Some(file) = &args.answers else {
        return super::interactive::run(ctx, &pack, quiz, &args);
    };
    let answers = read_answers(ctx, file, quiz)?;
    let outcome = engine::evaluate(&pack, quiz, &answers);
    if !args.no_save {
        super::saved::save_result(ctx, &pack, &outcome, &answers);
    }
    show(ctx, &pack, quiz, &outcome, args.format);
    Ok(())
}

/// Reads and checks an answers file against `quiz`.
pub fn read_answers(ctx: &Context, file: &Path, quiz: &Quiz) -> Result<Answers> {
    let text = std::fs::read_to_string(file).map_err(|e| CareerError::Io {
        path: file.to_path_buf(),
        reason: e.to_string(),
    })?;
    let display = file.display().to_string();
    engine::parse_answers(&display, &text, quiz, ctx.lang).map_err(|problems| {
        CareerError::Answers {
            file: display,
            problems,
        }
    })
}

pub fn show(ctx: &Context, pack: &Pack, quiz: &Quiz, outcome: &engine::Outcome, format: Format) {
    match format {
        Format::Text => print(&render::result_screen::text(
            outcome, pack, quiz, ctx.lang, &ctx.style,
        )),
        Format::Json => print(&render::json::to_string(&render::json::document(
            render::json::outcome(outcome, pack, quiz, ctx.lang),
        ))),
    }
}
