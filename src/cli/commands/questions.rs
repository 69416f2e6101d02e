//! `career questions`: the quiz as the engine understood it, or an empty
//! response sheet (`--format csv`) for people building a form.

use crate::cli::args::{Format, QuestionsArgs, QuestionsFormat};
use crate::cli::output::{print, show};
use crate::cli::{CommandResult, Context};
use crate::render::questions::QuestionsView;

pub fn run(ctx: &Context, args: QuestionsArgs) -> CommandResult {
    let pack = ctx.pack()?;
    let quiz = ctx.quiz(&pack, args.quiz.as_deref())?;
    let format = match args.format {
        QuestionsFormat::Csv => {
            print(&crate::render::questions::csv_sheet(quiz));
            return Ok(());
        }
        QuestionsFormat::Text => Format::Text,
        QuestionsFormat::Json => Format::Json,
    };
    let view = QuestionsView {
        quiz,
        lang: ctx.lang,
    };
    show(format, ctx.style, &view);
    Ok(())
}
