//! One way out for every command: a command builds a [`View`] of what it
//! shows, and one [`Exporter`] per output format turns it into text, as
//! hyperfine's exporters do. Each command's `--format` enum is a
//! [`Formats`]: it names the exporter for that format, so commands never
//! `match` on the format or build JSON inline; `cli::output::show` asks the
//! format for its exporter and prints what it makes.
//!
//! Text and JSON ([`TextExporter`], [`JsonExporter`]) work for any view.
//! A command with more formats adds exporters for its own view: the
//! roadmap's Markdown, Mermaid and HTML ([`super::roadmap`]), the result's
//! HTML page ([`super::saved`]), the questions' CSV sheet
//! ([`super::questions`]).

use serde_json::Value;

use super::{json, Style};
use crate::i18n::Lang;

/// What a command shows, ready for text and JSON.
pub trait View {
    /// The language the view speaks.
    fn lang(&self) -> Lang;
    /// Text for people, laid out for `style`.
    fn text(&self, style: &Style) -> String;
    /// The body of the JSON document for scripts; `schema_version` and
    /// `language` are added around it.
    fn json(&self) -> Value;
    /// The language the JSON document names after `schema_version`; `None`
    /// for the few documents published without one (kept as they are).
    fn json_language(&self) -> Option<Lang> {
        Some(self.lang())
    }
    /// The whole JSON document as [`JsonExporter`] writes it, for a view that
    /// writes it straight from typed values; `None` (most views) builds it
    /// from [`View::json`].
    fn json_document(&self) -> Option<String> {
        None
    }
}

/// Turns a view of type `V` into one output format.
pub trait Exporter<V: ?Sized = dyn View> {
    fn export(&self, view: &V) -> String;
}

/// An output format a command offers: which exporter writes it.
pub trait Formats<V: ?Sized> {
    fn exporter(self, style: Style) -> Box<dyn Exporter<V>>;
}

/// Text for people.
pub struct TextExporter {
    pub style: Style,
}

impl<V: View + ?Sized> Exporter<V> for TextExporter {
    fn export(&self, view: &V) -> String {
        let text = view.text(&self.style);
        match super::glyphs::for_terminal(&text, self.style.unicode) {
            std::borrow::Cow::Borrowed(_) => text,
            std::borrow::Cow::Owned(ascii) => ascii,
        }
    }
}

/// A JSON document: `schema_version`, `language`, then the view's fields.
pub struct JsonExporter;

impl<V: View + ?Sized> Exporter<V> for JsonExporter {
    fn export(&self, view: &V) -> String {
        view.json_document()
            .unwrap_or_else(|| json::to_string(&document(view)))
    }
}

/// A view's JSON document: `schema_version`, `language`, then its fields.
pub fn document<V: View + ?Sized>(view: &V) -> Value {
    let head = match view.json_language() {
        Some(lang) => serde_json::json!({ "language": lang.code() }),
        None => serde_json::json!({}),
    };
    let mut doc = json::document(head);
    if let (Value::Object(fields), Value::Object(body)) = (&mut doc, view.json()) {
        fields.extend(body);
    }
    doc
}

/// Text for people, JSON for programs: the formats most commands offer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum, Default)]
pub enum Format {
    /// Text for people
    #[default]
    Text,
    /// JSON for scripts (with "schema_version": 1)
    Json,
}

impl Format {
    /// Whether the output is text for people (not a document for scripts).
    pub fn is_for_people(self) -> bool {
        self == Format::Text
    }
}

impl<V: View + ?Sized> Formats<V> for Format {
    fn exporter(self, style: Style) -> Box<dyn Exporter<V>> {
        match self {
            Format::Text => Box::new(TextExporter { style }),
            Format::Json => Box::new(JsonExporter),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Greeting;

    impl View for Greeting {
        fn lang(&self) -> Lang {
            Lang::Id
        }
        fn text(&self, style: &Style) -> String {
            style.heading("Halo\n")
        }
        fn json(&self) -> Value {
            serde_json::json!({ "greeting": "halo" })
        }
    }

    #[test]
    fn json_documents_lead_with_the_schema_version_and_language() {
        let out = Exporter::<Greeting>::export(&JsonExporter, &Greeting);
        let keys: Vec<String> = serde_json::from_str::<serde_json::Map<String, Value>>(&out)
            .unwrap()
            .keys()
            .cloned()
            .collect();
        assert_eq!(keys, ["schema_version", "language", "greeting"]);
        let text = Formats::<Greeting>::exporter(Format::Text, Style::plain()).export(&Greeting);
        assert_eq!(text, "Halo\n");
    }
}
