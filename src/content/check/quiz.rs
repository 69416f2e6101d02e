//! Checks a quiz file: dimensions, questions and options.

use std::collections::BTreeMap;

use super::{item, join, Checker};
use crate::content::diagnostic::{IdKind, Problem};
use crate::content::model::{AnswerOption, Dimension, Question, QuestionKind, Quiz};
use crate::content::raw::{OptionEntry, QuestionEntry, QuizFile};

/// The question kinds a quiz may use.
pub const KINDS: [&str; 3] = ["likert", "choice", "multi"];
/// Bounds that keep a quiz something a person can finish.
pub const MAX_QUESTIONS: usize = 300;
pub const MAX_OPTIONS: usize = 12;
/// Option weights and likert weights must stay within these.
pub const MAX_OPTION_WEIGHT: f64 = 5.0;
pub const MAX_LIKERT_WEIGHT: f64 = 5.0;

pub fn check_quiz(c: &mut Checker, raw: &QuizFile) -> Quiz {
    let id = c.id("", &raw.id).unwrap_or_default();
    let title = c.text("", "title", &raw.title);
    let intro = c.optional_text("", "intro", &raw.intro);

    if raw.dimensions.is_empty() {
        c.missing("", "dimensions");
    }
    let mut dimensions = Vec::new();
    let mut dim_ids = Vec::new();
    for (i, d) in raw.dimensions.iter().enumerate() {
        let path = item("dimensions", i);
        let Some(did) = c.id(&path, &d.id) else {
            continue;
        };
        dim_ids.push((join(&path, "id"), did.clone()));
        dimensions.push(Dimension {
            id: did,
            name: c.text(&path, "name", &d.name),
            description: c.text(&path, "description", &d.description),
        });
    }
    c.duplicates(&dim_ids, IdKind::Dimension);
    let known: Vec<String> = dimensions.iter().map(|d| d.id.clone()).collect();

    if raw.questions.is_empty() {
        c.missing("", "questions");
    }
    if raw.questions.len() > MAX_QUESTIONS {
        let n = raw.questions.len();
        c.error(
            "questions",
            Problem::TooManyQuestions {
                count: n,
                max: MAX_QUESTIONS,
            },
        );
    }
    let mut questions = Vec::new();
    let mut q_ids = Vec::new();
    let mut informed: BTreeMap<&str, usize> = known.iter().map(|d| (d.as_str(), 0)).collect();
    for (i, q) in raw.questions.iter().take(MAX_QUESTIONS).enumerate() {
        let path = item("questions", i);
        let qid = c.id(&path, &q.id);
        if let Some(id) = q.id.as_deref() {
            q_ids.push((i, id));
        }
        let text = c.text(&path, "text", &q.text);
        let Some(kind) = check_kind(c, &path, q, &known) else {
            continue;
        };
        each_informed(&kind, |d| {
            if let Some(n) = informed.get_mut(d) {
                *n += 1;
            }
        });
        if let Some(qid) = qid {
            questions.push(Question {
                id: qid,
                text,
                kind,
                shuffle: q.shuffle.unwrap_or(true),
                pos: q.at,
            });
        }
    }
    c.duplicates_by(q_ids, |i| format!("questions.{i}.id"), IdKind::Question);
    for (d, n) in &informed {
        if *n == 0 {
            let at = dim_ids
                .iter()
                .find(|(_, id)| id == d)
                .map(|(p, _)| p.clone())
                .unwrap_or_default();
            c.error(
                &at,
                Problem::NoQuestionInforms {
                    dimension: d.to_string(),
                },
            );
        }
    }
    Quiz {
        id,
        version: raw.version.unwrap_or(1),
        default: raw.default,
        title,
        intro,
        minutes: raw.minutes,
        min_answers_per_dimension: raw
            .min_answers_per_dimension
            .map_or(crate::content::model::DEFAULT_MIN_ANSWERS, |n| n as usize),
        dimensions,
        questions,
        file: c.file.to_string(),
    }
}

/// Calls `f` with each dimension of [`informs`], without making a list for
/// a likert statement (most questions).
pub fn each_informed<'k>(kind: &'k QuestionKind, mut f: impl FnMut(&'k str)) {
    match kind {
        QuestionKind::Likert { dimension, .. } => f(dimension),
        _ => informs(kind).into_iter().for_each(f),
    }
}

/// The dimensions a question gives information about, each once, in id order.
pub fn informs(kind: &QuestionKind) -> Vec<&str> {
    match kind {
        QuestionKind::Likert { dimension, .. } => vec![dimension.as_str()],
        QuestionKind::Choice { options } | QuestionKind::Multi { options } => {
            let mut dims: Vec<&str> = options
                .iter()
                .flat_map(|o| {
                    o.weights
                        .iter()
                        .filter(|(_, w)| **w != 0.0)
                        .map(|(d, _)| d.as_str())
                })
                .collect();
            dims.sort();
            dims.dedup();
            dims
        }
    }
}

fn check_kind(
    c: &mut Checker,
    path: &str,
    q: &QuestionEntry,
    dims: &[String],
) -> Option<QuestionKind> {
    let Some(kind) = q.kind.as_deref() else {
        c.missing(path, "kind");
        return None;
    };
    let not_for = |c: &mut Checker, field: &str| {
        c.error_at_key(
            &join(path, field),
            Problem::FieldNotForKind {
                field: field.to_string(),
                kind: kind.to_string(),
            },
        );
    };
    match kind {
        "likert" => {
            if q.options.is_some() {
                not_for(c, "options");
            }
            if q.shuffle.is_some() {
                not_for(c, "shuffle");
            }
            let dimension = match &q.dimension {
                None => {
                    c.missing(path, "dimension");
                    None
                }
                Some(d) if !dims.iter().any(|x| x == d) => {
                    let suggest = c.suggest(d, dims.iter().map(String::as_str));
                    c.error(
                        &join(path, "dimension"),
                        Problem::UnknownDimension {
                            dimension: d.to_string(),
                            suggest,
                        },
                    );
                    None
                }
                Some(d) => Some(d.to_string()),
            };
            let weight = q.weight.unwrap_or(1.0);
            if !(weight > 0.0 && weight <= MAX_LIKERT_WEIGHT) {
                c.error(
                    &join(path, "weight"),
                    Problem::LikertWeightOutOfRange {
                        weight,
                        max: MAX_LIKERT_WEIGHT,
                    },
                );
            }
            Some(QuestionKind::Likert {
                dimension: dimension?,
                reverse: q.reverse.unwrap_or(false),
                weight,
            })
        }
        "choice" | "multi" => {
            for (field, present) in [
                ("dimension", q.dimension.is_some()),
                ("reverse", q.reverse.is_some()),
                ("weight", q.weight.is_some()),
            ] {
                if present {
                    not_for(c, field);
                }
            }
            let options = check_options(c, path, q.options.as_deref(), dims, kind == "choice");
            Some(if kind == "choice" {
                QuestionKind::Choice { options }
            } else {
                QuestionKind::Multi { options }
            })
        }
        other => {
            let suggest = c.suggest(other, KINDS);
            c.error(
                &join(path, "kind"),
                Problem::UnknownQuestionKind {
                    kind: other.to_string(),
                    suggest,
                },
            );
            None
        }
    }
}

fn check_options(
    c: &mut Checker,
    path: &str,
    raw: Option<&[OptionEntry]>,
    dims: &[String],
    choice: bool,
) -> Vec<AnswerOption> {
    let opts_path = join(path, "options");
    let min = if choice { 2 } else { 1 };
    let at = if raw.is_some() {
        opts_path.as_str()
    } else {
        path
    };
    let raw = raw.unwrap_or(&[]);
    if raw.len() < min {
        c.error(at, Problem::TooFewOptions { min });
    }
    if raw.len() > MAX_OPTIONS {
        c.error(&opts_path, Problem::TooManyOptions { max: MAX_OPTIONS });
    }
    let mut ids = Vec::new();
    let mut options = Vec::new();
    for (i, o) in raw.iter().take(MAX_OPTIONS).enumerate() {
        let opath = item(&opts_path, i);
        let oid = c.id(&opath, &o.id);
        let text = c.text(&opath, "text", &o.text);
        let mut weights = Vec::with_capacity(o.weights.len());
        for (d, w) in o.weights.iter() {
            let wpath = || format!("{opath}.weights.{d}");
            if !dims.iter().any(|x| x == d) {
                let suggest = c.suggest(d, dims.iter().map(String::as_str));
                c.error_at_key(
                    &wpath(),
                    Problem::UnknownDimension {
                        dimension: d.to_string(),
                        suggest,
                    },
                );
            } else if !w.is_finite() || w.abs() > MAX_OPTION_WEIGHT {
                c.error(
                    &wpath(),
                    Problem::OptionWeightOutOfRange {
                        weight: w,
                        max: MAX_OPTION_WEIGHT,
                    },
                );
            } else {
                weights.push((d.to_string(), w));
            }
        }
        if let Some(id) = o.id.as_deref() {
            ids.push((i, id));
        }
        if let Some(oid) = oid {
            options.push(AnswerOption {
                id: oid,
                text,
                weights: weights.into_iter().collect(),
            });
        }
    }
    c.duplicates_by(ids, |i| format!("{opts_path}.{i}.id"), IdKind::Option);
    options
}
