//! Reading an answers file (YAML or JSON) and checking every answer against
//! the quiz it answers.

use std::path::Path;

use super::answers::{Answers, Response};
use super::diagnostic::{Diagnostic, Misfit, Problem};
use super::model::{Question, QuestionKind, Quiz};
use super::positions::Pos;
use super::yaml::{self, Node, Value};

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
    let root = match yaml::parse(text) {
        Ok(root) => root,
        Err(failure) => {
            let problem = match failure.problem {
                Problem::Syntax { detail } => shape(Some(detail)),
                other => other,
            };
            return Err(vec![match failure.pos {
                Some(pos) => Diagnostic::at(display, pos, problem),
                None => Diagnostic::file_level(display.to_string(), problem),
            }]);
        }
    };
    let mut out = Vec::new();
    match &root.value {
        Value::Null => return whole(Problem::AnswersEmpty),
        Value::Map(_) => {}
        _ => return Err(vec![Diagnostic::at(display, root.pos, shape(None))]),
    }
    yaml::report_duplicate_keys(&root, display, &mut out);
    let mut file_quiz = None;
    let mut entries = None;
    for e in root.entries() {
        match &*e.key {
            "quiz" if file_quiz.is_none() => file_quiz = Some(&e.value),
            "answers" if entries.is_none() => entries = Some(&e.value),
            "quiz" | "answers" => {}
            field => {
                let suggestion =
                    crate::suggest::closest(field, ["quiz", "answers"]).map(str::to_string);
                out.push(
                    Diagnostic::at(
                        display,
                        e.key_pos,
                        Problem::UnknownField {
                            field: field.to_string(),
                            suggestion,
                        },
                    )
                    .in_field(field),
                );
            }
        }
    }
    if let Some(q) = file_quiz.filter(|q| !q.is_null()) {
        let got = match &q.value {
            Value::Str(s) => s.to_string(),
            _ => String::new(),
        };
        if got != quiz.id {
            out.push(
                Diagnostic::at(
                    display,
                    q.pos,
                    Problem::WrongQuiz {
                        got,
                        want: quiz.id.clone(),
                    },
                )
                .in_field("quiz"),
            );
        }
    }
    let mut answers = Answers::new();
    // Questions already answered, by index; ids that are no question.
    let mut seen = vec![false; quiz.questions.len()];
    let mut unknown_seen = std::collections::BTreeSet::new();
    // Files usually answer in the quiz's order: the question after the last
    // one answered is tried first.
    let mut next = 0;
    match entries.map(|n| &n.value) {
        None | Some(Value::Null) => {}
        Some(Value::Map(map)) => {
            for e in map {
                let qid = &e.key;
                let path = || format!("answers.{qid}");
                let found = match quiz.questions.get(next) {
                    Some(q) if q.id == **qid => Some(next),
                    _ => quiz.questions.iter().position(|q| q.id == **qid),
                };
                let Some(i) = found else {
                    if !unknown_seen.insert(&**qid) {
                        // Reported as a duplicate key.
                        continue;
                    }
                    let suggestion =
                        crate::suggest::closest(qid, quiz.questions.iter().map(|q| q.id.as_str()))
                            .map(str::to_string);
                    out.push(
                        Diagnostic::at(
                            display,
                            e.key_pos,
                            Problem::UnknownQuestion {
                                id: qid.to_string(),
                                suggestion,
                            },
                        )
                        .in_field(&path()),
                    );
                    continue;
                };
                next = i + 1;
                if std::mem::replace(&mut seen[i], true) {
                    // Reported as a duplicate key.
                    continue;
                }
                match response(&quiz.questions[i], &e.value, text) {
                    Ok(Some(r)) => answers.set(qid, r),
                    Ok(None) => {}
                    Err(misfit) => out.push(
                        Diagnostic::at(
                            display,
                            e.value.pos,
                            Problem::Misfit {
                                question: qid.to_string(),
                                misfit,
                            },
                        )
                        .in_field(&path()),
                    ),
                }
            }
        }
        Some(_) => {
            let at = entries.map_or(root.pos, |n| n.pos);
            out.push(Diagnostic::at(display, at, shape(None)).in_field("answers"));
        }
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

/// The answer a YAML value of the file `text` gives to `q`; `Ok(None)` is an
/// explicit skip (`null` or `skip`). Whether it fits is [`Question::accepts`]'s call.
fn response(q: &Question, node: &Node, text: &str) -> Result<Option<Response>, Misfit> {
    let value = &node.value;
    if matches!(value, Value::Null) || matches!(value, Value::Str(s) if s == "skip") {
        return Ok(None);
    }
    // A number that does not fit is echoed as the person wrote it.
    let as_written = |shown: String| written(text, node.pos).map_or(shown, str::to_string);
    let likert = |n: i64| {
        u8::try_from(n)
            .map(Response::Likert)
            .map_err(|_| Misfit::LikertOutOfRange(as_written(n.to_string())))
    };
    let r = match (&q.kind, value) {
        (QuestionKind::Likert { .. }, Value::Int(n)) => likert(*n)?,
        (QuestionKind::Likert { .. }, Value::BigInt(n)) => {
            return Err(Misfit::LikertOutOfRange(as_written(n.clone())))
        }
        (QuestionKind::Likert { .. }, Value::Float(f)) => match super::answers::whole_number(*f) {
            Some(n) => likert(n)?,
            None => return Err(Misfit::LikertNotWhole(as_written(f.to_string()))),
        },
        (QuestionKind::Likert { .. }, _) => return Err(Misfit::LikertNotNumber),
        (QuestionKind::Choice { .. }, Value::Str(s)) => Response::Choice(s.to_string()),
        (QuestionKind::Choice { .. }, _) => {
            let first = q.kind.options().first().map_or("…", |o| o.id.as_str());
            return Err(Misfit::ChoiceNotOptionId {
                first: first.to_string(),
            });
        }
        (QuestionKind::Multi { .. }, Value::Seq(items)) => {
            let mut chosen: Vec<String> = Vec::new();
            for item in items {
                let Value::Str(s) = &item.value else {
                    return Err(Misfit::MultiItemNotOptionId);
                };
                if !chosen.iter().any(|c| c == s) {
                    chosen.push(s.to_string());
                }
            }
            Response::Multi(chosen)
        }
        (QuestionKind::Multi { .. }, Value::Str(s)) => Response::Multi(vec![s.to_string()]),
        (QuestionKind::Multi { .. }, _) => return Err(Misfit::MultiNotList),
    };
    q.accepts(&r).map_err(|m| match m {
        Misfit::LikertOutOfRange(n) => Misfit::LikertOutOfRange(as_written(n)),
        other => other,
    })?;
    Ok(Some(r))
}

/// The plain scalar that starts at `pos` in `text`, as written.
fn written(text: &str, pos: Pos) -> Option<&str> {
    let line = text.lines().nth(pos.line.checked_sub(1)?)?;
    let start = line.char_indices().nth(pos.column.checked_sub(1)?)?.0;
    let rest = &line[start..];
    let end = rest
        .find(|c: char| c.is_whitespace() || matches!(c, ',' | ']' | '}' | '#'))
        .unwrap_or(rest.len());
    (end > 0).then(|| &rest[..end])
}
