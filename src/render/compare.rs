//! The roles side by side in a table that fits the terminal.

use comfy_table::{presets, ContentArrangement, Table};

use super::card::extent_text;
use super::Style;
use crate::content::Role;
use crate::i18n::Lang;

pub fn text(roles: &[&Role], lang: Lang, style: &Style) -> String {
    let s = lang.strings();
    let mut table = Table::new();
    table
        .load_preset(if style.unicode {
            presets::UTF8_FULL_CONDENSED
        } else {
            presets::ASCII_FULL_CONDENSED
        })
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_width(style.width.min(u16::MAX as usize) as u16);
    let mut header = vec![String::new()];
    header.extend(roles.iter().map(|r| r.name.get(lang).to_string()));
    table.set_header(header);
    let list = |items: &[crate::content::Text]| {
        items
            .iter()
            .map(|t| format!("- {}", t.get(lang)))
            .collect::<Vec<_>>()
            .join("\n")
    };
    type Cell<'a> = Box<dyn Fn(&Role) -> String + 'a>;
    // A role without a section shows a dash; a section no role has is left out.
    let absent = || "—".to_string();
    let mut rows: Vec<(String, Cell)> = vec![(
        s.focus.to_string(),
        Box::new(|r: &Role| r.focus.get(lang).to_string()),
    )];
    if roles.iter().any(|r| r.models.is_some()) {
        rows.push((
            s.from_scratch.to_string(),
            Box::new(move |r: &Role| {
                r.models
                    .as_ref()
                    .map_or_else(absent, |m| extent_text(m.from_scratch, lang).to_string())
            }),
        ));
        rows.push((
            s.uses_existing.to_string(),
            Box::new(move |r: &Role| {
                r.models
                    .as_ref()
                    .map_or_else(absent, |m| extent_text(m.uses_existing, lang).to_string())
            }),
        ));
    }
    if roles.iter().any(|r| r.math_depth.is_some()) {
        rows.push((
            s.maths.to_string(),
            Box::new(move |r: &Role| {
                r.math_depth
                    .as_ref()
                    .map_or_else(absent, |t| t.get(lang).to_string())
            }),
        ));
    }
    rows.push((
        s.examples.to_string(),
        Box::new(move |r: &Role| list(&r.examples)),
    ));
    rows.push((
        s.employers.to_string(),
        Box::new(move |r: &Role| list(&r.employers)),
    ));
    // The pack's own sections, lined up by id, titled as the first role has it.
    let mut ids: Vec<(&str, String)> = Vec::new();
    for sec in roles.iter().flat_map(|r| &r.sections) {
        if !ids.iter().any(|(id, _)| *id == sec.id) {
            ids.push((&sec.id, sec.title.get(lang).to_string()));
        }
    }
    for (id, title) in ids {
        rows.push((
            title,
            Box::new(
                move |r: &Role| match r.sections.iter().find(|x| x.id == id) {
                    None => absent(),
                    Some(sec) => {
                        let text = sec.text.get(lang);
                        match (text.trim().is_empty(), sec.items.is_empty()) {
                            (false, true) => text.to_string(),
                            (true, _) => list(&sec.items),
                            (false, false) => format!("{text}\n{}", list(&sec.items)),
                        }
                    }
                },
            ),
        ));
    }
    for (label, cell) in rows {
        let mut row = vec![label];
        row.extend(roles.iter().map(|r| cell(r)));
        table.add_row(row);
    }
    format!("{table}\n")
}

/// Roles side by side, as a [`super::View`].
pub struct Comparison<'a> {
    pub roles: Vec<&'a Role>,
    pub lang: Lang,
}

impl super::View for Comparison<'_> {
    fn lang(&self) -> Lang {
        self.lang
    }
    fn text(&self, style: &Style) -> String {
        text(&self.roles, self.lang, style)
    }
    fn json(&self) -> serde_json::Value {
        let rows: Vec<serde_json::Value> = self
            .roles
            .iter()
            .map(|r| super::json::role(r, self.lang))
            .collect();
        serde_json::json!({ "roles": rows })
    }
}
