//! One way out for every command: a command builds a [`View`] of what it
//! shows, and one [`Exporter`] per output format turns any view into text,
//! as hyperfine's exporters do. Commands never `match` on the format or
//! build JSON inline; `cli::output::show` picks the exporter and prints.
//!
//! `career roadmap`, with its extra Markdown and Mermaid formats, has its
//! own exporters in [`super::roadmap`] built the same way.

use serde_json::Value;

use super::{json, Style};
use crate::i18n::Lang;

/// What a command shows, ready for any format.
pub trait View {
    /// The language the view speaks (named in every JSON document).
    fn lang(&self) -> Lang;
    /// Text for people, laid out for `style`.
    fn text(&self, style: &Style) -> String;
    /// The body of the JSON document for scripts; `schema_version` and
    /// `language` are added around it.
    fn json(&self) -> Value;
}

/// Turns any view into one output format.
pub trait Exporter {
    fn export(&self, view: &dyn View) -> String;
}

/// Text for people.
pub struct TextExporter {
    pub style: Style,
}

impl Exporter for TextExporter {
    fn export(&self, view: &dyn View) -> String {
        view.text(&self.style)
    }
}

/// A JSON document: `schema_version`, `language`, then the view's fields.
pub struct JsonExporter;

impl Exporter for JsonExporter {
    fn export(&self, view: &dyn View) -> String {
        let mut doc = json::document(serde_json::json!({ "language": view.lang().code() }));
        if let (Value::Object(fields), Value::Object(body)) = (&mut doc, view.json()) {
            fields.extend(body);
        }
        json::to_string(&doc)
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
        let out = JsonExporter.export(&Greeting);
        let keys: Vec<String> = serde_json::from_str::<serde_json::Map<String, Value>>(&out)
            .unwrap()
            .keys()
            .cloned()
            .collect();
        assert_eq!(keys, ["schema_version", "language", "greeting"]);
        let text = TextExporter {
            style: Style::plain(),
        }
        .export(&Greeting);
        assert_eq!(text, "Halo\n");
    }
}
