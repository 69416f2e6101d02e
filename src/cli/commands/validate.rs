//! `career validate [DIR]`: checks a pack and reports every problem.

use crate::cli::args::{Format, ValidateArgs};
use crate::cli::output::print;
use crate::cli::{CommandResult, Context};
use crate::content::{self, PackSource};
use crate::error::CareerError;
use crate::i18n::fill;
use crate::render;

pub fn run(ctx: &Context, args: ValidateArgs) -> CommandResult {
    let source = match args.dir {
        Some(dir) => PackSource::Folder(dir),
        None => ctx.source.clone(),
    };
    let name = source.describe();
    let s = ctx.lang.strings();
    match content::load(&source) {
        Ok(pack) => {
            match args.format {
                Format::Json => print(&render::json::to_string(&render::json::document(
                    render::json::diagnostics(&name, &pack.warnings, ctx.lang),
                ))),
                Format::Text => {
                    let questions: usize = pack.quizzes.iter().map(|q| q.questions.len()).sum();
                    // Warnings are reported, but the pack is usable: exit code 0.
                    print(&render::diagnostics::text(&pack.warnings, ctx.lang));
                    let summary = if pack.warnings.is_empty() {
                        s.pack_clean
                    } else {
                        s.pack_clean_warnings
                    };
                    print(&format!(
                        "{}\n",
                        fill(
                            summary,
                            &[
                                ("pack", &name),
                                ("n", &pack.warnings.len()),
                                ("quizzes", &pack.quizzes.len()),
                                ("questions", &questions),
                                ("roles", &pack.roles.len()),
                                ("skills", &pack.skills.len())
                            ]
                        )
                    ));
                }
            }
            Ok(())
        }
        Err(problems) => {
            match args.format {
                Format::Json => print(&render::json::to_string(&render::json::document(
                    render::json::diagnostics(&name, &problems, ctx.lang),
                ))),
                Format::Text => {
                    print(&render::diagnostics::text(&problems, ctx.lang));
                    print(&format!(
                        "{}\n",
                        fill(s.problems_found, &[("n", &problems.len()), ("pack", &name)])
                    ));
                }
            }
            // The report is the output; the exit code says it failed.
            Err(CareerError::Reported)
        }
    }
}
