//! `career quiz`: asks the quiz on a terminal, or scores a file of answers
//! with `--answers FILE`; with `--adaptive` the engine takes the answers in the
//! order it chooses and may stop early. The result is saved unless `--no-save`.

use std::path::Path;

use crate::cli::args::{Format, QuizArgs};
use crate::cli::calibration;
use crate::cli::output;
use crate::cli::{CommandResult, Context};
use crate::content::diagnostic::{Diagnostic, Problem};
use crate::content::{Pack, Quiz};
use crate::engine::{self, AdaptiveOptions, AdaptiveSession, Answers};
use crate::error::{Access, CareerError, IoProblem, Result};
use crate::i18n::flags::{self, NumberFlag};
use crate::render::result_screen::OutcomeView;

pub fn run(ctx: &Context, args: QuizArgs) -> CommandResult {
    check_confidence(ctx, &args)?;
    let pack = ctx.pack()?;
    let quiz = ctx.quiz(&pack, args.quiz.as_deref())?;
    let Some(file) = &args.answers else {
        return super::interactive::run(ctx, &pack, quiz, &args);
    };
    let answers = read_answers(ctx, file, quiz)?;
    let (outcome, answers) = if args.adaptive {
        let options = AdaptiveOptions {
            confidence: args.confidence,
        };
        adaptive_outcome(ctx, &pack, quiz, &answers, options)
    } else {
        (calibration::evaluate(ctx, &pack, quiz, &answers), answers)
    };
    // Answers too few to recommend anything are not a result worth keeping.
    if !args.no_save && outcome.recommendation.is_some() {
        super::saved::save_result(ctx, &pack, &outcome, &answers);
    }
    show(ctx, &pack, quiz, &outcome, args.format);
    Ok(())
}

/// `--confidence` needs `--adaptive` and a share strictly between 0 and 1.
fn check_confidence(ctx: &Context, args: &QuizArgs) -> Result<()> {
    let Some(p) = args.confidence else {
        return Ok(());
    };
    let s = ctx.lang.adaptive_strings();
    if !(p > 0.0 && p < 1.0) {
        let flag = NumberFlag::Confidence;
        return Err(CareerError::usage(
            flags::out_of_range(flag, &p, ctx.lang),
            flags::hint(flag, ctx.lang),
        ));
    }
    if !args.adaptive {
        return Err(CareerError::usage(
            s.confidence_needs_adaptive.to_string(),
            s.confidence_needs_adaptive_hint.to_string(),
        ));
    }
    Ok(())
}

/// Runs the adaptive quiz over a file of answers: the engine asks in its own
/// order and a question missing from the file counts as skipped. Returns the
/// outcome and the answers to the questions actually asked.
pub fn adaptive_outcome(
    ctx: &Context,
    pack: &Pack,
    quiz: &Quiz,
    answers: &Answers,
    options: AdaptiveOptions,
) -> (engine::Outcome, Answers) {
    let mut session = AdaptiveSession::new(pack, quiz, options);
    while let Some(q) = session.next_question() {
        // The file was checked against the quiz, so every answer fits; one
        // that somehow does not is taken as a skip rather than a crash.
        if session.record(&q.id, answers.get(&q.id).cloned()).is_err()
            && session.record(&q.id, None).is_err()
        {
            break;
        }
    }
    let map = calibration::map_if_recommending(ctx, pack, quiz, session.answers());
    (
        session.outcome_with(map.as_ref()),
        session.answers().clone(),
    )
}

/// Reads and checks an answers file against `quiz`: a regular file, or `-`
/// for standard input (bounded alike). A path that is missing, a folder or
/// a pipe is said as such, with what to give instead.
pub fn read_answers(_ctx: &Context, file: &Path, quiz: &Quiz) -> Result<Answers> {
    use crate::content::answers_file::{self, MAX_ANSWERS_BYTES};
    let stdin = file.as_os_str() == "-";
    let shown = match stdin {
        true => "<stdin>".to_string(),
        false => file.display().to_string(),
    };
    let answers_error = |problems| CareerError::Answers {
        file: shown.clone(),
        problems,
    };
    if stdin {
        let whole = |problem| answers_error(vec![Diagnostic::file_level(shown.clone(), problem)]);
        let bytes = read_stdin(MAX_ANSWERS_BYTES as u64)
            .map_err(|e| CareerError::unreadable(&shown, e))?
            .ok_or_else(|| {
                whole(Problem::AnswersTooLarge {
                    limit: MAX_ANSWERS_BYTES,
                })
            })?;
        let text = String::from_utf8(bytes).map_err(|_| whole(Problem::NotText))?;
        return answers_file::parse_answers(&shown, &text, quiz).map_err(answers_error);
    }
    let problem = match std::fs::metadata(file) {
        Err(e) => IoProblem::Os(e),
        Ok(m) if m.is_dir() => IoProblem::Os(std::io::ErrorKind::IsADirectory.into()),
        Ok(m) if !m.is_file() => IoProblem::NotRegular,
        Ok(_) => return answers_file::read_answers(file, quiz).map_err(answers_error),
    };
    Err(CareerError::Io {
        path: file.to_path_buf(),
        access: Access::Read,
        problem,
    })
}

/// Standard input, at most `limit` bytes; `None` when there is more.
fn read_stdin(limit: u64) -> std::io::Result<Option<Vec<u8>>> {
    use std::io::Read;
    let mut bytes = Vec::new();
    std::io::stdin()
        .lock()
        .take(limit + 1)
        .read_to_end(&mut bytes)?;
    Ok((bytes.len() as u64 <= limit).then_some(bytes))
}

/// Shows a quiz's result in `format`.
pub fn show(ctx: &Context, pack: &Pack, quiz: &Quiz, outcome: &engine::Outcome, format: Format) {
    let view = OutcomeView {
        outcome,
        pack,
        quiz,
        lang: ctx.lang,
    };
    output::show(format, ctx.style, &view);
}
