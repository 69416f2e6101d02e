//! The result of a quiz as text: profile bars, role matches, the recommendation and why.

use console::{measure_text_width, pad_str, Alignment};

use super::Style;
use crate::content::{Pack, QuestionKind, Quiz};
use crate::engine::{Outcome, Response, CLOSE_CALL_MARGIN, FLAT_SPREAD};
use crate::i18n::{fill, Lang};

/// A labelled bar per row: `label  ██████░░░░  82suffix`.
pub fn bars(rows: &[(String, f64)], suffix: &str, style: &Style) -> String {
    let label_width = rows
        .iter()
        .map(|(l, _)| measure_text_width(l))
        .max()
        .unwrap_or(0)
        .min(28);
    let cells = if style.width >= 70 { 20 } else { 10 };
    let mut out = String::new();
    for (label, value) in rows {
        let label = pad_str(label, label_width, Alignment::Left, Some("…"));
        out.push_str(&format!(
            "  {label}  {}  {:>3}{suffix}\n",
            style.bar(*value, cells),
            super::number::whole(*value)
        ));
    }
    out
}

/// How an answer reads to the person who gave it.
pub fn answer_text(quiz: &Quiz, question: &str, answer: &Response, lang: Lang) -> String {
    let Some(q) = quiz.question(question) else {
        return String::new();
    };
    let option = |id: &str| {
        q.kind
            .options()
            .iter()
            .find(|o| o.id == id)
            .map(|o| o.text.get(lang).to_string())
    };
    match (&q.kind, answer) {
        (QuestionKind::Likert { .. }, Response::Likert(v)) => {
            lang.strings().likert_labels[usize::from(v.clamp(&1, &5) - 1)].to_string()
        }
        (_, Response::Choice(id)) => option(id).unwrap_or_default(),
        // Nothing ticked is an answer too ("none of these"): it is named, never left blank.
        (_, Response::Multi(ids)) if ids.is_empty() => {
            crate::i18n::quiz::strings(lang).nothing_ticked.to_string()
        }
        (_, Response::Multi(ids)) => ids
            .iter()
            .filter_map(|id| option(id))
            .collect::<Vec<_>>()
            .join("; "),
        _ => String::new(),
    }
}

pub fn role_name(pack: &Pack, id: &str, lang: Lang) -> String {
    pack.role(id)
        .map(|r| r.name.get(lang).to_string())
        .unwrap_or_else(|| id.to_string())
}

/// Profile bars and, when there is a recommendation, role matches.
pub fn scores(outcome: &Outcome, pack: &Pack, quiz: &Quiz, lang: Lang, style: &Style) -> String {
    let s = lang.strings();
    let mut out = String::new();
    let heading = if outcome.recommendation.is_some() {
        s.your_profile
    } else {
        crate::i18n::verdict::strings(lang).profile_so_far
    };
    out.push_str(&style.heading(heading));
    out.push('\n');
    let dims: Vec<(String, f64)> = outcome
        .dimensions
        .iter()
        .map(|d| {
            let name = quiz
                .dimensions
                .iter()
                .find(|x| x.id == d.id)
                .map(|x| x.name.get(lang).to_string())
                .unwrap_or_else(|| d.id.clone());
            (name, d.score)
        })
        .collect();
    out.push_str(&bars(&dims, "", style));
    if outcome.recommendation.is_none() {
        // Without enough answers no role is claimed to match.
        return out;
    }
    out.push('\n');
    out.push_str(&style.heading(s.role_matches));
    out.push('\n');
    let roles: Vec<(String, f64)> = outcome
        .roles
        .iter()
        .map(|r| (role_name(pack, &r.id, lang), r.match_percent))
        .collect();
    out.push_str(&bars(&roles, "%", style));
    out
}

/// The notes that qualify a recommendation: a close call, a flat profile.
pub fn notes(outcome: &Outcome, pack: &Pack, lang: Lang, style: &Style) -> String {
    let s = lang.strings();
    let mut out = String::new();
    if let Some(rec) = outcome
        .recommendation
        .as_ref()
        .filter(|r| r.close_call && !r.tie)
    {
        if let Some(runner) = &rec.runner_up {
            let a = role_name(pack, &rec.role, lang);
            let b = role_name(pack, runner, lang);
            out.push_str(&style.warn(&style.wrap(
                &fill(
                    s.close_call,
                    &[("a", &a), ("b", &b), ("margin", &CLOSE_CALL_MARGIN)],
                ),
                "",
            )));
            out.push('\n');
        }
    }
    if outcome.flat_profile && outcome.recommendation.is_some() {
        out.push_str(
            &style.warn(&style.wrap(&fill(s.flat_profile, &[("spread", &FLAT_SPREAD)]), "")),
        );
        out.push('\n');
    }
    out
}
