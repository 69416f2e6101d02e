//! The quiz as the engine understood it, for authors and the curious.

use super::Style;
use crate::content::{QuestionKind, Quiz};
use crate::i18n::{fill, Lang};

pub fn text(quiz: &Quiz, lang: Lang, style: &Style) -> String {
    let s = lang.strings();
    let mut out = String::new();
    out.push_str(&style.accent(&fill(
        s.questions_of,
        &[
            ("title", &quiz.title.get(lang)),
            ("n", &quiz.questions.len()),
        ],
    )));
    out.push('\n');
    for (i, q) in quiz.questions.iter().enumerate() {
        out.push('\n');
        let kind = match &q.kind {
            QuestionKind::Likert {
                dimension, reverse, ..
            } => {
                let rev = if *reverse {
                    format!(", {}", s.reverse_keyed)
                } else {
                    String::new()
                };
                format!("{}, {} {dimension}{rev}", s.kind_likert, s.dimension)
            }
            QuestionKind::Choice { .. } => s.kind_choice.to_string(),
            QuestionKind::Multi { .. } => s.kind_multi.to_string(),
        };
        out.push_str(&style.heading(&format!("{:>2}. {}", i + 1, q.id)));
        out.push_str(&style.dim(&format!("  [{kind}]")));
        out.push('\n');
        out.push_str(&style.wrap(q.text.get(lang), "    "));
        out.push('\n');
        for o in q.kind.options() {
            let weights = o
                .weights
                .iter()
                .filter(|(_, w)| **w != 0.0)
                .map(|(d, w)| format!("{d} {w:+}"))
                .collect::<Vec<_>>()
                .join(", ");
            out.push_str(&style.bullet(
                &format!(
                    "{}: {} {}",
                    o.id,
                    o.text.get(lang),
                    style.dim(&format!("({weights})"))
                ),
                "    ",
            ));
            out.push('\n');
        }
    }
    out
}

/// An empty response sheet: a header row with `id` and one column per
/// question (by id), the columns `career score` reads.
pub fn csv_sheet(quiz: &Quiz) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    let header = std::iter::once("id").chain(quiz.questions.iter().map(|q| q.id.as_str()));
    let _ = w.write_record(header);
    let bytes = w.into_inner().unwrap_or_default();
    String::from_utf8(bytes).unwrap_or_default()
}

/// The quiz's questions, as a [`super::View`].
pub struct QuestionsView<'a> {
    pub quiz: &'a Quiz,
    pub lang: Lang,
}

impl super::View for QuestionsView<'_> {
    fn lang(&self) -> Lang {
        self.lang
    }
    fn text(&self, style: &Style) -> String {
        text(self.quiz, self.lang, style)
    }
    fn json(&self) -> serde_json::Value {
        super::json::questions(self.quiz, self.lang)
    }
}

/// `career questions` output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum, Default)]
pub enum QuestionsFormat {
    /// Text for people
    #[default]
    Text,
    /// JSON for scripts (with "schema_version": 1)
    Json,
    /// An empty response sheet: a header row with id and one column per question
    Csv,
}

/// The empty response sheet ([`csv_sheet`]).
pub struct CsvExporter;

impl super::Exporter<QuestionsView<'_>> for CsvExporter {
    fn export(&self, view: &QuestionsView<'_>) -> String {
        csv_sheet(view.quiz)
    }
}

impl<'a> super::Formats<QuestionsView<'a>> for QuestionsFormat {
    fn exporter(self, style: Style) -> Box<dyn super::Exporter<QuestionsView<'a>>> {
        match self {
            QuestionsFormat::Text => super::Format::Text.exporter(style),
            QuestionsFormat::Json => super::Format::Json.exporter(style),
            QuestionsFormat::Csv => Box::new(CsvExporter),
        }
    }
}
