//! The list of saved results (`career result --history`).

use std::path::PathBuf;

use serde_json::{json, Value};

use super::json::round1;
use super::result::role_name;
use super::Style;
use crate::content::Pack;
use crate::i18n::quiz::strings;
use crate::i18n::Lang;
use crate::store::results::SavedResult;

/// One line per saved result, newest first: date, recommended role, match, quiz.
pub fn text(results: &[(PathBuf, SavedResult)], pack: &Pack, lang: Lang, style: &Style) -> String {
    let s = strings(lang);
    if results.is_empty() {
        return format!("{}\n", style.wrap(s.history_empty, ""));
    }
    let mut out = String::new();
    out.push_str(&style.heading(s.history_title));
    out.push('\n');
    for (_, r) in results {
        let date = r.saved_at.format("%Y-%m-%d %H:%M");
        let role = role_name(pack, &r.recommendation, lang);
        let matched = r
            .top_match()
            .map(|m| format!(" ({m:.0}%)"))
            .unwrap_or_default();
        let quiz = style.dim(&format!("{} v{}", r.quiz, r.quiz_version));
        out.push_str(&format!("  {date}  {role}{matched}  {quiz}\n"));
    }
    out
}

/// The same list as JSON rows.
pub fn json(results: &[(PathBuf, SavedResult)], pack: &Pack, lang: Lang) -> Value {
    let rows: Vec<Value> = results
        .iter()
        .map(|(file, r)| {
            json!({
                "saved_at": r.saved_at.to_rfc3339(),
                "file": file.display().to_string(),
                "quiz": {"id": r.quiz, "version": r.quiz_version},
                "recommendation": {
                    "role": r.recommendation,
                    "name": role_name(pack, &r.recommendation, lang),
                    "match": r.top_match().map(round1),
                },
            })
        })
        .collect();
    json!({ "results": rows })
}

/// Every saved result (`career result --history`).
pub struct HistoryView<'a> {
    pub results: &'a [(PathBuf, SavedResult)],
    pub pack: &'a Pack,
    pub lang: Lang,
}

impl super::View for HistoryView<'_> {
    fn lang(&self) -> Lang {
        self.lang
    }
    fn text(&self, style: &Style) -> String {
        text(self.results, self.pack, self.lang, style)
    }
    fn json(&self) -> Value {
        json(self.results, self.pack, self.lang)
    }
    /// The history document was published without a `language`.
    fn json_language(&self) -> Option<Lang> {
        None
    }
}
