//! `career simulate` through the one way out: the reports at every noise
//! level as a [`View`], and the simulated respondents' answers as JSON lines
//! (`--emit jsonl`).

use serde_json::{json, Map, Value};

use super::{Style, View};
use crate::engine::simulate::Report;
use crate::engine::Response;
use crate::i18n::Lang;

/// The reports of one run, one per noise level.
pub struct SimulationView<'a> {
    pub reports: &'a [Report],
    pub lang: Lang,
}

impl View for SimulationView<'_> {
    fn lang(&self) -> Lang {
        self.lang
    }
    fn text(&self, style: &Style) -> String {
        super::simulation::text_all(self.reports, self.lang, style)
    }
    fn json(&self) -> Value {
        super::simulation::json_all(self.reports, self.lang)
    }
}

/// One respondent as a line of JSON in the answers-file form:
/// `{"id": "r1", "answers": {…}}`, answers in the quiz's order.
pub fn respondent_line<'q>(
    number: usize,
    answers: impl IntoIterator<Item = (&'q str, Response)>,
) -> String {
    let answers: Map<String, Value> = answers
        .into_iter()
        .map(|(id, r)| (id.to_string(), json!(r)))
        .collect();
    let mut line =
        json!({"id": format!("r{number}"), "answers": Value::Object(answers)}).to_string();
    line.push('\n');
    line
}
