//! A problem found in a content pack, pointing at a file, line and column.

use std::fmt;

use serde::Serialize;

use super::positions::Pos;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    pub file: String,
    pub line: usize,
    pub column: usize,
    pub message: String,
    pub hint: Option<String>,
}

impl Diagnostic {
    pub fn at(file: &str, pos: Pos, message: String, hint: Option<String>) -> Diagnostic {
        Diagnostic {
            file: file.to_string(),
            line: pos.line.max(1),
            column: pos.column.max(1),
            message,
            hint,
        }
    }

    /// A problem with a whole file or folder (reported at line 1).
    pub fn file_level(file: String, message: String, hint: String) -> Diagnostic {
        Diagnostic {
            file,
            line: 1,
            column: 1,
            message,
            hint: Some(hint),
        }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}",
            self.file, self.line, self.column, self.message
        )?;
        if let Some(hint) = &self.hint {
            write!(f, "\n  hint: {hint}")?;
        }
        Ok(())
    }
}
