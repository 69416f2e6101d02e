//! The result page: the recommendation with its reasons, the interest profile
//! with every role's target on the same axes, every role's match and the
//! recommended role's card.

use super::chart::{self, Bar, ProfileRow};
use super::{document, inline, text};
use crate::content::{Pack, Quiz};
use crate::engine::{Outcome, Recommendation};
use crate::i18n::html::strings;
use crate::i18n::{fill, verdict, Lang};
use crate::render::number::whole;
use crate::render::result::{notes, role_name};
use crate::render::{result_screen, Style};

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
    match &outcome.recommendation {
        Some(rec) => body.push_str(&hero(outcome, rec, pack, quiz, lang)),
        None => body.push_str(&not_enough(outcome, quiz, lang)),
    }
    body.push_str(&profile(outcome, pack, quiz, lang));
    body.push_str(&matches(outcome, pack, lang));
    // The recommended role's card; both cards when two roles tie.
    let cards: Vec<&str> = match &outcome.recommendation {
        Some(rec) if rec.tie => std::iter::once(rec.role.as_str())
            .chain(rec.runner_up.as_deref())
            .collect(),
        Some(rec) => vec![rec.role.as_str()],
        None => Vec::new(),
    };
    for role in cards.iter().filter_map(|id| pack.role(id)) {
        body.push_str(&format!(
            "<section class=\"card\">\n<h2>{} <span class=\"muted\">· {}</span></h2>\n{}</section>\n",
            text(role.name.get(lang)),
            text(h.role_card),
            super::card::html(role, lang)
        ));
    }
    let answered = fill(
        lang.strings().answered_line,
        &[
            ("answered", &outcome.answered),
            ("total", &outcome.total),
            ("skipped", &outcome.skipped),
        ],
    );
    body.push_str(&format!("<p class=\"muted\">{}</p>\n", text(&answered)));
    if let Some(rec) = &outcome.recommendation {
        body.push_str(&format!(
            "<p>{}</p>\n",
            inline(&result_screen::next_step(rec, lang))
        ));
    }
    let title = match (&outcome.recommendation, outcome.recommended()) {
        // A tie names both roles, as the page does.
        (Some(rec), _) if rec.tie && rec.runner_up.is_some() => format!(
            "{} · {} / {}",
            h.result_title,
            role_name(pack, &rec.role, lang),
            role_name(pack, rec.runner_up.as_deref().unwrap_or_default(), lang)
        ),
        (_, Some(id)) => format!("{} · {}", h.result_title, role_name(pack, id, lang)),
        (_, None) => h.result_title.to_string(),
    };
    document(lang, &title, &body)
}

/// Lines of text as paragraphs, `class` on each.
fn paragraphs(lines: &str, class: &str) -> String {
    lines
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| format!("<p class=\"{class}\">{}</p>\n", inline(l.trim())))
        .collect()
}

/// The recommendation (or the tie), its match and stability, why, what
/// pulls the other way, and what to keep in mind.
fn hero(outcome: &Outcome, rec: &Recommendation, pack: &Pack, quiz: &Quiz, lang: Lang) -> String {
    let s = lang.strings();
    let h = strings(lang);
    let v = verdict::strings(lang);
    let top_match = whole(outcome.roles.first().map_or(0.0, |r| r.match_percent));
    let name = role_name(pack, &rec.role, lang);
    let head = match (&rec.runner_up, rec.tie) {
        (Some(runner), true) => text(&fill(
            v.tie_headline,
            &[
                ("a", &name),
                ("b", &role_name(pack, runner, lang)),
                ("match", &top_match),
            ],
        )),
        _ => format!(
            "{} <span class=\"pill top\">{}</span>",
            text(&fill(s.recommended, &[("role", &name)])),
            text(&fill(h.match_of, &[("match", &top_match)]))
        ),
    };
    let mut out = format!(
        "<div class=\"hero\">\n<p class=\"role\">{head}</p>\n<p class=\"stability\">{}</p>\n",
        text(&result_screen::stability_words(rec, lang))
    );
    if let Some(role) = pack.role(&rec.role).filter(|_| !rec.tie) {
        out.push_str(&format!("<p>{}</p>\n", text(role.summary.get(lang))));
    }
    out.push_str(&format!(
        "<h3>{}</h3>\n<p>{}</p>\n",
        text(s.why),
        text(&result_screen::why(outcome, pack, quiz, lang))
    ));
    if let Some(line) = result_screen::counter_line(outcome, rec, pack, quiz, lang) {
        out.push_str(&format!("<p>{}</p>\n", text(&line)));
    }
    // The text screen's notes, unwrapped: one paragraph each.
    let wide = Style {
        width: usize::MAX / 4,
        ..Style::plain()
    };
    out.push_str(&paragraphs(&notes(outcome, pack, lang, &wide), "note"));
    if let Some(line) = crate::render::stopped::line(outcome, lang) {
        out.push_str(&paragraphs(&line, "note"));
    }
    out.push_str("</div>\n");
    out
}

/// Too few answers for a recommendation: what is missing, per dimension.
fn not_enough(outcome: &Outcome, quiz: &Quiz, lang: Lang) -> String {
    let v = verdict::strings(lang);
    let missing: Vec<String> = outcome
        .evidence
        .dimensions
        .iter()
        .filter(|d| d.missing() > 0)
        .map(|d| {
            fill(
                v.missing_line,
                &[
                    (
                        "dimension",
                        &result_screen::dimension_name(quiz, &d.id, lang),
                    ),
                    ("n", &d.missing()),
                    ("answered", &d.answered),
                    ("required", &d.required),
                ],
            )
        })
        .collect();
    format!(
        "<div class=\"hero\">\n<p class=\"role\">{}</p>\n<p>{}</p>\n{}<p>{}</p>\n</div>\n",
        text(&fill(v.not_enough, &[("answered", &outcome.answered)])),
        text(&fill(
            v.not_enough_detail,
            &[("min", &outcome.evidence.min_per_dimension)]
        )),
        super::list(&missing),
        inline(v.not_enough_next)
    )
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
            highlight: outcome.recommended() == Some(m.id.as_str()),
            marker: Some(i),
        })
        .collect();
    format!(
        "<section class=\"matches\">\n<h2>{}</h2>\n{}\n</section>\n",
        text(s.role_matches),
        chart::bars(&rows, "%", h.chart_matches)
    )
}
