//! Reading an answers file (YAML or JSON) and checking every answer against
//! the quiz it answers.

use std::path::Path;

use super::answers::{Answers, Response};
use super::diagnostic::{Diagnostic, Misfit, Problem};
use super::model::{Question, QuestionKind, Quiz};
use super::positions::{Pos, Positions};

/// The largest answers file read, in bytes.
pub const MAX_ANSWERS_BYTES: usize = 1024 * 1024;

/// Reads `path` (bounded, regular files only) and checks it against `quiz`.
pub fn read_answers(path: &Path, quiz: &Quiz) -> Result<Answers, Vec<Diagnostic>> {
    let display = path.display().to_string();
    let text = super::read::bounded(path, MAX_ANSWERS_BYTES as u64).map_err(|p| {
        let p = match p {
            Problem::FileTooLarge { .. } => Problem::AnswersTooLarge {
                limit: MAX_ANSWERS_BYTES,
            },
            other => other,
        };
        vec![Diagnostic::file_level(display.clone(), p)]
    })?;
    parse_answers(&display, &text, quiz)
}

/// Checks the text of an answers file against `quiz`.
/// Returns every problem found, not just the first.
pub fn parse_answers(display: &str, text: &str, quiz: &Quiz) -> Result<Answers, Vec<Diagnostic>> {
    let whole = |problem| Err(vec![Diagnostic::file_level(display.to_string(), problem)]);
    if text.len() > MAX_ANSWERS_BYTES {
        return whole(Problem::AnswersTooLarge {
            limit: MAX_ANSWERS_BYTES,
        });
    }
    let shape = |detail| Problem::AnswersShape {
        detail,
        example: example_answers(quiz),
    };
    let positions = Positions::index(text);
    let value: serde_yaml::Value = match serde_yaml::from_str(text) {
        Ok(v) => v,
        Err(e) => {
            let mut d = super::parse_error(display, text, &e);
            if let Problem::Syntax { detail } = d.problem {
                d.problem = shape(Some(detail));
            }
            return Err(vec![d]);
        }
    };
    let serde_yaml::Value::Mapping(top) = value else {
        return if value.is_null() {
            whole(Problem::AnswersEmpty)
        } else {
            Err(vec![Diagnostic::at(
                display,
                positions.value(""),
                shape(None),
            )])
        };
    };
    let mut out = Vec::new();
    let mut file_quiz = None;
    let mut entries = None;
    for (key, value) in &top {
        match key.as_str() {
            Some("quiz") => file_quiz = Some(value),
            Some("answers") => entries = Some(value),
            _ => {
                let field = key.as_str().unwrap_or("?").to_string();
                let suggestion =
                    crate::suggest::closest(&field, ["quiz", "answers"]).map(str::to_string);
                out.push(
                    Diagnostic::at(
                        display,
                        positions.key(&field),
                        Problem::UnknownField {
                            field: field.clone(),
                            suggestion,
                        },
                    )
                    .in_field(&field),
                );
            }
        }
    }
    if let Some(q) = file_quiz.filter(|q| !q.is_null()) {
        let got = q.as_str().map(str::to_string).unwrap_or_default();
        if got != quiz.id {
            out.push(Diagnostic::at(
                display,
                positions.value("quiz"),
                Problem::WrongQuiz {
                    got,
                    want: quiz.id.clone(),
                },
            ));
        }
    }
    let mut answers = Answers::new();
    match entries {
        None | Some(serde_yaml::Value::Null) => {}
        Some(serde_yaml::Value::Mapping(map)) => {
            for (key, value) in map {
                let qid = match key {
                    serde_yaml::Value::String(s) => s.clone(),
                    other => serde_yaml::to_string(other)
                        .unwrap_or_default()
                        .trim()
                        .to_string(),
                };
                let path = format!("answers.{qid}");
                let Some(question) = quiz.question(&qid) else {
                    let suggestion =
                        crate::suggest::closest(&qid, quiz.questions.iter().map(|q| q.id.as_str()))
                            .map(str::to_string);
                    out.push(
                        Diagnostic::at(
                            display,
                            positions.key(&path),
                            Problem::UnknownQuestion {
                                id: qid.clone(),
                                suggestion,
                            },
                        )
                        .in_field(&path),
                    );
                    continue;
                };
                match response(question, value) {
                    Ok(Some(r)) => answers.set(&qid, r),
                    Ok(None) => {}
                    Err(misfit) => out.push(
                        Diagnostic::at(
                            display,
                            positions.value(&path),
                            Problem::Misfit {
                                question: qid.clone(),
                                misfit,
                            },
                        )
                        .in_field(&path),
                    ),
                }
            }
        }
        Some(_) => out.push(
            Diagnostic::at(display, positions.value("answers"), shape(None)).in_field("answers"),
        ),
    }
    out.sort_by_key(|d| d.pos.unwrap_or(Pos { line: 0, column: 0 }));
    if out.is_empty() {
        Ok(answers)
    } else {
        Err(out)
    }
}

/// A one-line answers document for `quiz`, built from its real ids.
fn example_answers(quiz: &Quiz) -> String {
    let mut parts = Vec::new();
    if let Some(q) = quiz
        .questions
        .iter()
        .find(|q| matches!(q.kind, QuestionKind::Likert { .. }))
    {
        parts.push(format!("{}: 4", q.id));
    }
    if let Some((q, o)) = quiz
        .questions
        .iter()
        .find_map(|q| q.kind.options().first().map(|o| (q, o)))
    {
        parts.push(format!("{}: {}", q.id, o.id));
    }
    format!("answers: {{{}}}", parts.join(", "))
}

/// The answer a YAML value gives to `q`; `Ok(None)` is an explicit skip
/// (`null` or `skip`). Whether it fits is [`Question::accepts`]'s call.
fn response(q: &Question, value: &serde_yaml::Value) -> Result<Option<Response>, Misfit> {
    use serde_yaml::Value;
    if value.is_null() || value.as_str() == Some("skip") {
        return Ok(None);
    }
    let r = match (&q.kind, value) {
        (QuestionKind::Likert { .. }, Value::Number(n)) => match n.as_u64() {
            Some(v) if v <= u64::from(u8::MAX) => Response::Likert(v as u8),
            _ => return Err(Misfit::LikertOutOfRange(n.to_string())),
        },
        (QuestionKind::Likert { .. }, _) => return Err(Misfit::LikertNotNumber),
        (QuestionKind::Choice { .. }, Value::String(s)) => Response::Choice(s.clone()),
        (QuestionKind::Choice { .. }, _) => {
            let first = q.kind.options().first().map_or("…", |o| o.id.as_str());
            return Err(Misfit::ChoiceNotOptionId {
                first: first.to_string(),
            });
        }
        (QuestionKind::Multi { .. }, Value::Sequence(items)) => {
            let mut chosen: Vec<String> = Vec::new();
            for item in items {
                let Some(s) = item.as_str() else {
                    return Err(Misfit::MultiItemNotOptionId);
                };
                if !chosen.iter().any(|c| c == s) {
                    chosen.push(s.to_string());
                }
            }
            Response::Multi(chosen)
        }
        (QuestionKind::Multi { .. }, Value::String(s)) => Response::Multi(vec![s.clone()]),
        (QuestionKind::Multi { .. }, _) => return Err(Misfit::MultiNotList),
    };
    q.accepts(&r)?;
    Ok(Some(r))
}
