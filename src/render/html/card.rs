//! A role's card as HTML: the same sections as the text card.

use super::{list, text};
use crate::content::{Role, Text};
use crate::i18n::Lang;
use crate::render::card::extent_text;

fn block(title: &str, body: &str) -> String {
    if body.trim().is_empty() {
        return String::new();
    }
    format!("<div>\n<h3>{}</h3>\n{body}</div>\n", text(title))
}

fn para(t: &Text, lang: Lang) -> String {
    let s = t.get(lang);
    if s.trim().is_empty() {
        String::new()
    } else {
        format!("<p>{}</p>\n", text(s))
    }
}

fn items(v: &[Text], lang: Lang) -> Vec<String> {
    v.iter().map(|t| t.get(lang).to_string()).collect()
}

/// The card's sections, laid out in a grid; the caller adds the heading.
pub fn html(role: &Role, lang: Lang) -> String {
    let s = lang.strings();
    let models = format!(
        "{}{}",
        list(&[
            format!(
                "{}: {}",
                s.from_scratch,
                extent_text(role.from_scratch, lang)
            ),
            format!(
                "{}: {}",
                s.uses_existing,
                extent_text(role.uses_existing, lang)
            ),
        ]),
        para(&role.models_note, lang)
    );
    let neighbours: Vec<String> = role
        .neighbours
        .iter()
        .map(|n| format!("{}: {}", n.name.get(lang), n.boundary.get(lang)))
        .collect();
    let mut out = String::from("<div class=\"card-grid\">\n");
    for (title, body) in [
        (s.focus, para(&role.focus, lang)),
        (s.what_the_work_is, list(&items(&role.work, lang))),
        (s.models_heading, models),
        (s.maths, para(&role.math_depth, lang)),
        (s.examples, list(&items(&role.examples, lang))),
        (s.analogy, para(&role.analogy, lang)),
        (s.employers, list(&items(&role.employers, lang))),
        (s.neighbours, list(&neighbours)),
    ] {
        out.push_str(&block(title, &body));
    }
    out.push_str("</div>\n");
    out
}
