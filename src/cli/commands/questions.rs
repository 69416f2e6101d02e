//! `career questions`: the quiz as the engine understood it.

use crate::cli::args::{QuestionsArgs, QuestionsFormat};
use crate::cli::output::print;
use crate::cli::{CommandResult, Context};
use crate::render;

pub fn run(ctx: &Context, args: QuestionsArgs) -> CommandResult {
    let pack = ctx.pack()?;
    let quiz = ctx.quiz(&pack, args.quiz.as_deref())?;
    match args.format {
        QuestionsFormat::Text => print(&render::questions::text(quiz, ctx.lang, &ctx.style)),
        QuestionsFormat::Csv => print(&render::questions::csv_sheet(quiz)),
        QuestionsFormat::Json => print(&render::json::to_string(&render::json::document(
            render::json::questions(quiz, ctx.lang),
        ))),
    }
    Ok(())
}
