//! Stable JSON documents for scripts. Every document carries `"schema_version": 1`;
//! fields are only ever added, never renamed or removed, within a version.

use serde::Serialize;
use serde_json::{json, Value};

use crate::content::{Diagnostic, Extent, Pack, QuestionKind, Quiz, Role};
use crate::engine::Outcome;
use crate::i18n::Lang;

pub const SCHEMA_VERSION: u32 = 1;

/// Rounds a score or match to one decimal, as shown.
pub fn round1(x: f64) -> f64 {
    super::number::tenth(x)
}

/// A document: `schema_version` first, then `body`'s fields.
pub fn document(body: Value) -> Value {
    let mut doc = serde_json::Map::new();
    doc.insert("schema_version".into(), json!(SCHEMA_VERSION));
    if let Value::Object(fields) = body {
        doc.extend(fields);
    }
    Value::Object(doc)
}

/// The document as pretty JSON; characters that could disguise text on a
/// terminal (bidi controls, C1) are written as `\uXXXX` escapes, and a
/// negative zero as `0.0` (`-0.0` shows as "-0" in spreadsheets and JS).
pub fn to_string(doc: &Value) -> String {
    let text = if has_negative_zero(doc) {
        let mut doc = doc.clone();
        positive_zeros(&mut doc);
        serde_json::to_string_pretty(&doc)
    } else {
        serde_json::to_string_pretty(doc)
    };
    finish(text.unwrap_or_else(|_| "{}".to_string()))
}

fn is_negative_zero(v: &Value) -> bool {
    v.as_f64().is_some_and(|x| x == 0.0 && x.is_sign_negative())
}

fn has_negative_zero(v: &Value) -> bool {
    match v {
        Value::Array(items) => items.iter().any(has_negative_zero),
        Value::Object(fields) => fields.values().any(has_negative_zero),
        v => is_negative_zero(v),
    }
}

fn positive_zeros(v: &mut Value) {
    match v {
        Value::Array(items) => items.iter_mut().for_each(positive_zeros),
        Value::Object(fields) => fields.values_mut().for_each(positive_zeros),
        v if is_negative_zero(v) => *v = json!(0.0),
        _ => {}
    }
}

/// Pretty JSON with terminal-disguising characters escaped, and a newline.
fn finish(mut s: String) -> String {
    if let std::borrow::Cow::Owned(escaped) = crate::sanitize::json_escape(&s) {
        s = escaped;
    }
    s.push('\n');
    s
}

/// The result document (`quiz --answers`, `result`): the body [`View::json`]
/// returns.
///
/// [`View::json`]: super::view::View::json
pub fn outcome(outcome: &Outcome, pack: &Pack, quiz: &Quiz, lang: Lang) -> Value {
    serde_json::to_value(OutcomeDoc::new(outcome, pack, quiz, lang, None)).unwrap_or(Value::Null)
}

/// The whole result document, `schema_version` first, written straight from
/// typed values: the same text as [`to_string`] of [`document`] with
/// [`outcome`]'s body, without building a `Value` on the way (the quiz
/// result is printed on every `quiz --answers`, so it is on the start-up path).
pub fn outcome_document(outcome: &Outcome, pack: &Pack, quiz: &Quiz, lang: Lang) -> String {
    let doc = OutcomeDoc::new(outcome, pack, quiz, lang, Some(SCHEMA_VERSION));
    finish(serde_json::to_string_pretty(&doc).unwrap_or_else(|_| "{}".to_string()))
}

/// The result document's fields, in the order they are written.
#[derive(Serialize)]
struct OutcomeDoc<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    schema_version: Option<u32>,
    language: &'static str,
    quiz: QuizId<'a>,
    dimensions: Vec<DimensionDoc<'a>>,
    roles: Vec<RoleDoc<'a>>,
    recommendation: Option<RecommendationDoc<'a>>,
    evidence: EvidenceDoc<'a>,
    flat_profile: bool,
    answered: usize,
    skipped: usize,
    total: usize,
    asked: usize,
    stopped_early: bool,
    stop_rule: Option<&'static str>,
    reasons: Vec<ReasonDoc<'a>>,
    counter: Option<CounterDoc<'a>>,
}

#[derive(Serialize)]
struct QuizId<'a> {
    id: &'a str,
    version: u32,
}

#[derive(Serialize)]
struct DimensionDoc<'a> {
    id: &'a str,
    name: &'a str,
    score: f64,
    evidence: usize,
}

#[derive(Serialize)]
struct RoleDoc<'a> {
    id: &'a str,
    name: &'a str,
    #[serde(rename = "match")]
    match_percent: f64,
}

#[derive(Serialize)]
struct RecommendationDoc<'a> {
    role: &'a str,
    name: &'a str,
    close_call: bool,
    tie: bool,
    runner_up: Option<&'a str>,
    runner_up_name: Option<&'a str>,
    stability: f64,
    stability_text: String,
}

#[derive(Serialize)]
struct EvidenceDoc<'a> {
    enough: bool,
    min_per_dimension: usize,
    dimensions: Vec<DimensionEvidenceDoc<'a>>,
}

#[derive(Serialize)]
struct DimensionEvidenceDoc<'a> {
    id: &'a str,
    answered: usize,
    required: usize,
    missing: usize,
}

#[derive(Serialize)]
struct ReasonDoc<'a> {
    question: &'a str,
    answer: &'a crate::engine::Response,
    answer_text: String,
    support: f64,
    points: f64,
}

#[derive(Serialize)]
struct CounterDoc<'a> {
    dimension: &'a str,
    role: &'a str,
    support: f64,
}

impl<'a> OutcomeDoc<'a> {
    fn new(
        outcome: &'a Outcome,
        pack: &'a Pack,
        quiz: &'a Quiz,
        lang: Lang,
        schema_version: Option<u32>,
    ) -> OutcomeDoc<'a> {
        let name = |id: &str| pack.role(id).map_or("", |r| r.name.get(lang));
        OutcomeDoc {
            schema_version,
            language: lang.code(),
            quiz: QuizId {
                id: &quiz.id,
                version: quiz.version,
            },
            dimensions: outcome
                .dimensions
                .iter()
                .map(|d| DimensionDoc {
                    id: &d.id,
                    name: quiz
                        .dimensions
                        .iter()
                        .find(|x| x.id == d.id)
                        .map_or("", |x| x.name.get(lang)),
                    score: round1(d.score),
                    evidence: d.evidence,
                })
                .collect(),
            roles: outcome
                .roles
                .iter()
                .map(|r| RoleDoc {
                    id: &r.id,
                    name: name(&r.id),
                    match_percent: round1(r.match_percent),
                })
                .collect(),
            recommendation: outcome.recommendation.as_ref().map(|r| RecommendationDoc {
                role: &r.role,
                name: name(&r.role),
                close_call: r.close_call,
                tie: r.tie,
                runner_up: r.runner_up.as_deref(),
                runner_up_name: r.runner_up.as_deref().map(name),
                stability: round2(r.stability),
                stability_text: super::result_screen::stability_words(r, lang),
            }),
            evidence: EvidenceDoc {
                enough: outcome.evidence.is_enough(),
                min_per_dimension: outcome.evidence.min_per_dimension,
                dimensions: outcome
                    .evidence
                    .dimensions
                    .iter()
                    .map(|d| DimensionEvidenceDoc {
                        id: &d.id,
                        answered: d.answered,
                        required: d.required,
                        missing: d.missing(),
                    })
                    .collect(),
            },
            flat_profile: outcome.flat_profile,
            answered: outcome.answered,
            skipped: outcome.skipped,
            total: outcome.total,
            asked: outcome.asked,
            stopped_early: outcome.stopped_early,
            stop_rule: outcome.stop_rule.map(|r| r.name()),
            reasons: outcome
                .reasons()
                .iter()
                .map(|r| ReasonDoc {
                    question: &r.question,
                    answer: &r.answer,
                    answer_text: super::result::answer_text(quiz, &r.question, &r.answer, lang),
                    support: round2(r.support),
                    points: round2(r.support),
                })
                .collect(),
            counter: outcome
                .recommendation
                .as_ref()
                .and_then(|r| r.counter.as_ref())
                .map(|c| CounterDoc {
                    dimension: &c.dimension,
                    role: &c.role,
                    support: round2(c.support),
                }),
        }
    }
}

/// A share or support figure to two decimals.
pub fn round2(x: f64) -> f64 {
    // `+ 0.0` turns a negative zero (from -0.004) into 0.0.
    (x * 100.0).round() / 100.0 + 0.0
}

pub fn questions(quiz: &Quiz, lang: Lang) -> Value {
    json!({
        "language": lang.code(),
        "quiz": {"id": quiz.id, "version": quiz.version, "title": quiz.title.get(lang)},
        "dimensions": quiz.dimensions.iter().map(|d| json!({
            "id": d.id, "name": d.name.get(lang), "description": d.description.get(lang),
        })).collect::<Vec<_>>(),
        "questions": quiz.questions.iter().map(|q| {
            let mut v = json!({"id": q.id, "kind": q.kind.name(), "text": q.text.get(lang)});
            match &q.kind {
                QuestionKind::Likert { dimension, reverse, weight } => {
                    v["dimension"] = json!(dimension);
                    v["reverse"] = json!(reverse);
                    v["weight"] = json!(weight);
                }
                QuestionKind::Choice { options } | QuestionKind::Multi { options } => {
                    v["options"] = options.iter().map(|o| json!({
                        "id": o.id, "text": o.text.get(lang), "weights": o.weights,
                    })).collect();
                }
            }
            v
        }).collect::<Vec<_>>(),
    })
}

fn extent(e: Extent) -> &'static str {
    match e {
        Extent::Main => "main",
        Extent::Sometimes => "sometimes",
        Extent::Rarely => "rarely",
    }
}

pub fn role(role: &Role, lang: Lang) -> Value {
    let texts = |v: &[crate::content::Text]| {
        v.iter()
            .map(|t| t.get(lang).to_string())
            .collect::<Vec<_>>()
    };
    json!({
        "id": role.id,
        "name": role.name.get(lang),
        "summary": role.summary.get(lang),
        "targets": role.targets,
        "focus": role.focus.get(lang),
        "work": texts(&role.work),
        "models": role.models.as_ref().map(|m| json!({
            "from_scratch": extent(m.from_scratch),
            "existing": extent(m.uses_existing),
            "note": m.note.get(lang),
        })),
        "math_depth": role.math_depth.as_ref().map(|t| t.get(lang)),
        "sections": role.sections.iter().map(|s| json!({
            "id": s.id, "title": s.title.get(lang), "text": s.text.get(lang), "items": texts(&s.items),
        })).collect::<Vec<_>>(),
        "examples": texts(&role.examples),
        "analogy": role.analogy.get(lang),
        "employers": texts(&role.employers),
        "neighbours": role.neighbours.iter().map(|n| json!({
            "role": n.role, "name": n.name.get(lang), "boundary": n.boundary.get(lang),
        })).collect::<Vec<_>>(),
        "outside": role.roadmap.outside.get(lang),
    })
}

pub fn diagnostics(pack: &str, problems: &[Diagnostic], lang: Lang) -> Value {
    let ok = problems
        .iter()
        .all(|d| d.severity == crate::content::Severity::Warning);
    let problems = crate::i18n::diagnostics::word_all(problems, lang);
    json!({"pack": pack, "ok": ok, "problems": problems})
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{self, PackSource};
    use crate::engine::{self, Answers, Response, StopRule};

    /// Every question answered (likert `v`, the first option otherwise), or
    /// only the first `limit` questions.
    fn answers(quiz: &Quiz, v: u8, limit: usize) -> Answers {
        let mut a = Answers::new();
        for q in quiz.questions.iter().take(limit) {
            let r = match &q.kind {
                QuestionKind::Likert { .. } => Response::Likert(v),
                QuestionKind::Choice { options } => Response::Choice(options[0].id.clone()),
                QuestionKind::Multi { options } => Response::Multi(vec![options[0].id.clone()]),
            };
            a.set(&q.id, r);
        }
        a
    }

    #[test]
    fn the_result_document_written_from_typed_values_is_the_one_built_from_its_json_value() {
        let pack = content::load(&PackSource::BuiltIn).expect("the built-in pack loads");
        let quiz = pack.quiz(None).expect("a default quiz");
        let mut outcomes = vec![
            engine::evaluate(&pack, quiz, &answers(quiz, 4, usize::MAX)),
            engine::evaluate(&pack, quiz, &answers(quiz, 2, usize::MAX)),
            // Too few answers: no recommendation, no reasons, no counter.
            engine::evaluate(&pack, quiz, &answers(quiz, 5, 1)),
        ];
        let mut stopped = outcomes[0].clone();
        stopped.stopped_early = true;
        stopped.stop_rule = Some(StopRule::Confidence);
        outcomes.push(stopped);
        assert!(outcomes[2].recommendation.is_none() && outcomes[0].recommendation.is_some());
        for outcome in &outcomes {
            for lang in [Lang::En, Lang::Id] {
                let mut doc = serde_json::Map::new();
                doc.insert("schema_version".into(), json!(SCHEMA_VERSION));
                if let Value::Object(body) = super::outcome(outcome, &pack, quiz, lang) {
                    doc.extend(body);
                }
                let built = to_string(&Value::Object(doc));
                assert!(built.contains("\"stability_text\"") || outcome.recommendation.is_none());
                assert_eq!(outcome_document(outcome, &pack, quiz, lang), built);
            }
        }
    }
}
