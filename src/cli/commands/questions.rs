//! `career questions`: the quiz as the engine understood it, or an empty
//! response sheet (`--format csv`) for people building a form.

use crate::cli::args::QuestionsArgs;
use crate::cli::output::show;
use crate::cli::{CommandResult, Context};
use crate::render::questions::QuestionsView;

pub fn run(ctx: &Context, args: QuestionsArgs) -> CommandResult {
    let pack = ctx.pack()?;
    let quiz = ctx.quiz(&pack, args.quiz.as_deref())?;
    let view = QuestionsView {
        quiz,
        lang: ctx.lang,
    };
    show(args.format, ctx.style, &view);
    Ok(())
}
