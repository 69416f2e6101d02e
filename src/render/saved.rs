//! The last saved result (`career result`): the result screen under a line
//! saying when it was saved, as text, JSON (with where it was saved) or an
//! HTML page.

use std::path::Path;

use chrono::{DateTime, FixedOffset};
use serde_json::{json, Value};

use super::result_screen::OutcomeView;
use super::{Exporter, Format, Formats, Style, View};
use crate::i18n::Lang;

/// `career result --format`: text, JSON, or a page to share.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum, Default)]
pub enum ResultFormat {
    /// Text for people
    #[default]
    Text,
    /// JSON for scripts (with "schema_version": 1)
    Json,
    /// A self-contained HTML page to share or print (written to stdout: `> result.html`)
    Html,
}

impl ResultFormat {
    /// The same format among text and JSON, which every listing offers;
    /// `None` for HTML.
    pub fn text_or_json(self) -> Option<Format> {
        match self {
            ResultFormat::Text => Some(Format::Text),
            ResultFormat::Json => Some(Format::Json),
            ResultFormat::Html => None,
        }
    }
}

/// A saved result, recomputed against the current pack.
pub struct SavedView<'a> {
    pub result: OutcomeView<'a>,
    /// "Saved on … (quiz `…`, version …)."
    pub line: &'a str,
    pub saved_at: DateTime<FixedOffset>,
    pub file: &'a Path,
}

impl View for SavedView<'_> {
    fn lang(&self) -> Lang {
        self.result.lang
    }
    fn text(&self, style: &Style) -> String {
        format!("{}\n\n{}", style.dim(self.line), self.result.text(style))
    }
    fn json(&self) -> Value {
        let mut body = self.result.json();
        if let Value::Object(fields) = &mut body {
            fields.insert(
                "saved".into(),
                json!({
                    "at": self.saved_at.to_rfc3339(),
                    "file": self.file.display().to_string(),
                }),
            );
        }
        body
    }
}

/// The result page to share or print.
pub struct HtmlExporter;

impl Exporter<SavedView<'_>> for HtmlExporter {
    fn export(&self, v: &SavedView<'_>) -> String {
        let r = &v.result;
        super::html::result::page(r.outcome, r.pack, r.quiz, r.lang, Some(v.line))
    }
}

impl<'a> Formats<SavedView<'a>> for ResultFormat {
    fn exporter(self, style: Style) -> Box<dyn Exporter<SavedView<'a>>> {
        match self {
            ResultFormat::Text => Format::Text.exporter(style),
            ResultFormat::Json => Format::Json.exporter(style),
            ResultFormat::Html => Box::new(HtmlExporter),
        }
    }
}
