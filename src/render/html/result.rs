//! The result page: the recommendation with its reasons, the interest profile
//! with every role's target on the same axes, every role's match and the
//! recommended role's card.

use super::chart::{self, Bar, ProfileRow};
use super::{document, inline, text};
use crate::content::{Pack, Quiz};
use crate::engine::{Outcome, CLOSE_CALL_MARGIN, FLAT_SPREAD};
use crate::i18n::html::strings;
use crate::i18n::{fill, Lang};
use crate::render::result::role_name;

/// The whole page; `saved` is the line saying when and with which quiz the
/// result was saved, if it was.
pub fn page(
    outcome: &Outcome,
    pack: &Pack,
    quiz: &Quiz,
    lang: Lang,
    saved: Option<&str>,
) -> String {
    let h = strings(lang);
    let mut body = format!("<header>\n<h1>{}</h1>\n", text(h.result_title));
    if let Some(line) = saved {
        body.push_str(&format!("<p class=\"sub\">{}</p>\n", inline(line)));
    }
    body.push_str("</header>\n");
    body.push_str(&hero(outcome, pack, quiz, lang));
    body.push_str(&profile(outcome, pack, quiz, lang));
    body.push_str(&matches(outcome, pack, lang));
    if let Some(role) = pack.role(&outcome.recommendation) {
        body.push_str(&format!(
            "<section class=\"card\">\n<h2>{} <span class=\"muted\">· {}</span></h2>\n{}</section>\n",
            text(role.name.get(lang)),
            text(h.role_card),
            super::card::html(role, lang)
        ));
    }
    let s = lang.strings();
    let answered = fill(
        s.answered_line,
        &[
            ("answered", &outcome.answered),
            ("total", &outcome.total),
            ("skipped", &outcome.skipped),
        ],
    );
    let command = format!("career roadmap --format html {}", outcome.recommendation);
    body.push_str(&format!(
        "<p class=\"muted\">{}</p>\n<p>{}</p>\n",
        text(&answered),
        inline(&fill(s.next_step, &[("command", &command)]))
    ));
    document(
        lang,
        &format!(
            "{} · {}",
            h.result_title,
            role_name(pack, &outcome.recommendation, lang)
        ),
        &body,
    )
}

fn top_match(outcome: &Outcome) -> f64 {
    outcome
        .roles
        .first()
        .map(|r| r.match_percent)
        .unwrap_or(0.0)
}

/// The recommendation, its match, why, and what to keep in mind.
fn hero(outcome: &Outcome, pack: &Pack, quiz: &Quiz, lang: Lang) -> String {
    let s = lang.strings();
    let h = strings(lang);
    let name = role_name(pack, &outcome.recommendation, lang);
    let mut out = format!(
        "<div class=\"hero\">\n<p class=\"role\">{} <span class=\"pill top\">{}</span></p>\n",
        text(&fill(s.recommended, &[("role", &name)])),
        text(&fill(
            h.match_of,
            &[("match", &format!("{:.0}", top_match(outcome)))]
        ))
    );
    if let Some(role) = pack.role(&outcome.recommendation) {
        out.push_str(&format!("<p>{}</p>\n", text(role.summary.get(lang))));
    }
    out.push_str(&format!(
        "<h3>{}</h3>\n<p>{}</p>\n",
        text(s.why),
        text(&crate::render::result_screen::why(
            outcome, pack, quiz, lang
        ))
    ));
    let mut notes = Vec::new();
    if outcome.close_call {
        if let Some(runner) = &outcome.runner_up {
            notes.push(fill(
                s.close_call,
                &[
                    ("a", &name),
                    ("b", &role_name(pack, runner, lang)),
                    ("margin", &CLOSE_CALL_MARGIN),
                ],
            ));
        }
    }
    if outcome.flat_profile {
        notes.push(fill(s.flat_profile, &[("spread", &FLAT_SPREAD)]));
    }
    if let Some(line) = crate::render::stopped::line(outcome, lang) {
        notes.push(line);
    }
    for note in notes {
        out.push_str(&format!("<p class=\"note\">{}</p>\n", inline(&note)));
    }
    out.push_str("</div>\n");
    out
}

/// The profile chart and its legend: the person, then each role in match order.
fn profile(outcome: &Outcome, pack: &Pack, quiz: &Quiz, lang: Lang) -> String {
    let s = lang.strings();
    let h = strings(lang);
    let roles: Vec<_> = outcome
        .roles
        .iter()
        .filter_map(|m| pack.role(&m.id))
        .collect();
    let rows: Vec<ProfileRow> = outcome
        .dimensions
        .iter()
        .map(|d| ProfileRow {
            name: quiz
                .dimensions
                .iter()
                .find(|x| x.id == d.id)
                .map(|x| x.name.get(lang).to_string())
                .unwrap_or_else(|| d.id.clone()),
            score: d.score,
            targets: roles.iter().map(|r| r.target(&d.id)).collect(),
        })
        .collect();
    let names: Vec<String> = roles.iter().map(|r| r.name.get(lang).to_string()).collect();
    let mut out = format!(
        "<section class=\"profile\">\n<h2>{}</h2>\n<p class=\"muted\">{}</p>\n{}\n<ul class=\"legend\">\n<li>{}{}</li>\n",
        text(s.your_profile),
        text(h.profile_note),
        chart::profile(&rows, &names, h.chart_profile),
        chart::legend_swatch(chart::you_color()),
        text(h.you)
    );
    for (i, name) in names.iter().enumerate() {
        out.push_str(&format!(
            "<li>{}{}</li>\n",
            chart::legend_marker(i),
            text(name)
        ));
    }
    out.push_str("</ul>\n</section>\n");
    out
}

/// Every role's match, best first, with the markers of the profile chart.
fn matches(outcome: &Outcome, pack: &Pack, lang: Lang) -> String {
    let s = lang.strings();
    let h = strings(lang);
    let rows: Vec<Bar> = outcome
        .roles
        .iter()
        .enumerate()
        .map(|(i, m)| Bar {
            label: role_name(pack, &m.id, lang),
            value: m.match_percent,
            highlight: m.id == outcome.recommendation,
            marker: Some(i),
        })
        .collect();
    format!(
        "<section class=\"matches\">\n<h2>{}</h2>\n{}\n</section>\n",
        text(s.role_matches),
        chart::bars(&rows, "%", h.chart_matches)
    )
}
