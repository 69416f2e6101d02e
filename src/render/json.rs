//! Stable JSON documents for scripts. Every document carries `"schema_version": 1`;
//! fields are only ever added, never renamed or removed, within a version.

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
/// terminal (bidi controls, C1) are written as `\uXXXX` escapes.
pub fn to_string(doc: &Value) -> String {
    let s = serde_json::to_string_pretty(doc).unwrap_or_else(|_| "{}".to_string());
    let mut s = crate::sanitize::json_escape(&s).into_owned();
    s.push('\n');
    s
}

pub fn outcome(outcome: &Outcome, pack: &Pack, quiz: &Quiz, lang: Lang) -> Value {
    let name = |id: &str| {
        pack.role(id)
            .map(|r| r.name.get(lang).to_string())
            .unwrap_or_default()
    };
    json!({
        "language": lang.code(),
        "quiz": {"id": quiz.id, "version": quiz.version},
        "dimensions": outcome.dimensions.iter().map(|d| json!({
            "id": d.id,
            "name": quiz.dimensions.iter().find(|x| x.id == d.id).map(|x| x.name.get(lang)).unwrap_or(""),
            "score": round1(d.score),
            "evidence": d.evidence,
        })).collect::<Vec<_>>(),
        "roles": outcome.roles.iter().map(|r| json!({
            "id": r.id,
            "name": name(&r.id),
            "match": round1(r.match_percent),
        })).collect::<Vec<_>>(),
        "recommendation": outcome.recommendation.as_ref().map(|r| json!({
            "role": r.role,
            "name": name(&r.role),
            "close_call": r.close_call,
            "tie": r.tie,
            "runner_up": r.runner_up,
            "runner_up_name": r.runner_up.as_deref().map(name),
            "stability": round2(r.stability),
            "stability_text": super::result_screen::stability_words(r.stability, lang),
        })),
        "evidence": {
            "enough": outcome.evidence.is_enough(),
            "min_per_dimension": outcome.evidence.min_per_dimension,
            "dimensions": outcome.evidence.dimensions.iter().map(|d| json!({
                "id": d.id,
                "answered": d.answered,
                "required": d.required,
                "missing": d.missing(),
            })).collect::<Vec<_>>(),
        },
        "flat_profile": outcome.flat_profile,
        "answered": outcome.answered,
        "skipped": outcome.skipped,
        "total": outcome.total,
        "asked": outcome.asked,
        "stopped_early": outcome.stopped_early,
        "stop_rule": outcome.stop_rule.map(|r| r.name()),
        "reasons": outcome.reasons().iter().map(|r| json!({
            "question": r.question,
            "answer": r.answer,
            "answer_text": super::result::answer_text(quiz, &r.question, &r.answer, lang),
            "support": round2(r.support),
            "points": round2(r.support),
        })).collect::<Vec<_>>(),
        "counter": outcome.recommendation.as_ref().and_then(|r| r.counter.as_ref()).map(|c| json!({
            "dimension": c.dimension,
            "role": c.role,
            "support": round2(c.support),
        })),
    })
}

/// A share or support figure to two decimals.
pub fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
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
    let problems = crate::i18n::diagnostics::word_all(problems, lang);
    json!({"pack": pack, "ok": problems.is_empty(), "problems": problems})
}
