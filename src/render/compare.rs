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
    let rows: Vec<(&str, Cell)> = vec![
        (s.focus, Box::new(|r: &Role| r.focus.get(lang).to_string())),
        (
            s.from_scratch,
            Box::new(|r: &Role| extent_text(r.from_scratch, lang).to_string()),
        ),
        (
            s.uses_existing,
            Box::new(|r: &Role| extent_text(r.uses_existing, lang).to_string()),
        ),
        (
            s.maths,
            Box::new(|r: &Role| r.math_depth.get(lang).to_string()),
        ),
        (s.examples, Box::new(move |r: &Role| list(&r.examples))),
        (s.employers, Box::new(move |r: &Role| list(&r.employers))),
    ];
    for (label, cell) in rows {
        let mut row = vec![label.to_string()];
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
