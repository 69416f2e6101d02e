//! A role's card as HTML: the same sections as the text card.

use super::{list, text};
use crate::content::{Role, Text};
use crate::i18n::Lang;
use crate::render::card::models_lines;

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
/// Models and maths appear only when the role has them, then the pack's own
/// sections.
pub fn html(role: &Role, lang: Lang) -> String {
    let s = lang.strings();
    let models = role.models.as_ref().map_or_else(String::new, |m| {
        format!("{}{}", list(&models_lines(m, lang)), para(&m.note, lang))
    });
    let maths = role
        .math_depth
        .as_ref()
        .map_or_else(String::new, |t| para(t, lang));
    let neighbours: Vec<String> = role
        .neighbours
        .iter()
        .map(|n| format!("{}: {}", n.name.get(lang), n.boundary.get(lang)))
        .collect();
    let mut blocks: Vec<(String, String)> = vec![
        (s.focus.into(), para(&role.focus, lang)),
        (s.what_the_work_is.into(), list(&items(&role.work, lang))),
        (s.models_heading.into(), models),
        (s.maths.into(), maths),
        (s.examples.into(), list(&items(&role.examples, lang))),
        (s.analogy.into(), para(&role.analogy, lang)),
        (s.employers.into(), list(&items(&role.employers, lang))),
    ];
    for sec in &role.sections {
        blocks.push((
            sec.title.get(lang).to_string(),
            format!(
                "{}{}",
                para(&sec.text, lang),
                list(&items(&sec.items, lang))
            ),
        ));
    }
    blocks.push((s.neighbours.into(), list(&neighbours)));
    let mut out = String::from("<div class=\"card-grid\">\n");
    for (title, body) in blocks {
        out.push_str(&block(&title, &body));
    }
    out.push_str("</div>\n");
    out
}
