//! Content and answer problems as `file:line:column: message` lines with hints.

use crate::content::Diagnostic;
use crate::i18n::diagnostics::word;
use crate::i18n::Lang;

pub fn text(diagnostics: &[Diagnostic], lang: Lang) -> String {
    let s = lang.strings();
    let mut out = String::new();
    for d in diagnostics {
        let w = word(d, lang);
        out.push_str(&w.location_line());
        out.push('\n');
        if let Some(hint) = &w.hint {
            out.push_str(&format!("  {}: {hint}\n", s.hint));
        }
    }
    out
}
