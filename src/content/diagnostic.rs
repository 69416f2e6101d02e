//! A problem found in a content pack, pointing at a file, line and column.

use std::fmt;

use serde::Serialize;

use super::positions::Pos;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    pub file: String,
    pub line: usize,
    pub column: usize,
    /// The dotted path of the field, e.g. `questions.3.options.1.weights`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    pub message: String,
    pub hint: Option<String>,
}

impl Diagnostic {
    pub fn at(file: &str, pos: Pos, message: String, hint: Option<String>) -> Diagnostic {
        Diagnostic {
            file: file.to_string(),
            line: pos.line.max(1),
            column: pos.column.max(1),
            field: None,
            message,
            hint,
        }
    }

    /// Names the field the problem is in.
    pub fn in_field(mut self, path: &str) -> Diagnostic {
        if !path.is_empty() {
            self.field = Some(path.to_string());
        }
        self
    }

    /// `file:line:column: field: message` (the field when known).
    pub fn location_line(&self) -> String {
        match &self.field {
            Some(f) => format!(
                "{}:{}:{}: {f}: {}",
                self.file, self.line, self.column, self.message
            ),
            None => format!(
                "{}:{}:{}: {}",
                self.file, self.line, self.column, self.message
            ),
        }
    }

    /// A problem with a whole file or folder (reported at line 1).
    pub fn file_level(file: String, message: String, hint: String) -> Diagnostic {
        Diagnostic {
            file,
            line: 1,
            column: 1,
            field: None,
            message,
            hint: Some(hint),
        }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.location_line())?;
        if let Some(hint) = &self.hint {
            write!(f, "\n  hint: {hint}")?;
        }
        Ok(())
    }
}
