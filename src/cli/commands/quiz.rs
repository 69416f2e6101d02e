//! `career quiz --answers FILE`: scores a file of answers.

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
        let lang = ctx.lang;
        return Err(CareerError::usage(
            crate::tr!(
                lang,
                "the interactive quiz is not available in this build",
                "kuis interaktif belum tersedia di versi ini"
            ),
            crate::tr!(
                lang,
                "score a file of answers: `career quiz --answers answers.yaml`",
                "nilai berkas jawaban: `career quiz --answers jawaban.yaml`"
            ),
        ));
    };
    let answers = read_answers(ctx, file, quiz)?;
    let outcome = engine::evaluate(&pack, quiz, &answers);
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
        Format::Text => print(&render::result::text(
            outcome, pack, quiz, ctx.lang, &ctx.style,
        )),
        Format::Json => print(&render::json::to_string(&render::json::document(
            render::json::outcome(outcome, pack, quiz, ctx.lang),
        ))),
    }
}
