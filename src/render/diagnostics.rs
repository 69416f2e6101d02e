//! Content and answer problems as `file:line:column: message` lines with hints.

use crate::content::Diagnostic;
use crate::i18n::Lang;

pub fn text(diagnostics: &[Diagnostic], lang: Lang) -> String {
    let s = lang.strings();
    let mut out = String::new();
    for d in diagnostics {
        out.push_str(&d.location_line());
        out.push('\n');
        if let Some(hint) = &d.hint {
            out.push_str(&format!("  {}: {hint}\n", s.hint));
        }
    }
    out
}
