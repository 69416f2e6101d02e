//! Turning one YAML file into its raw structure, reporting syntax errors,
//! wrong types and unknown fields with their line and column.

use serde::de::DeserializeOwned;

use super::diagnostic::{Diagnostic, Problem};
use super::positions::{Pos, Positions};

/// Every field name the pack format knows, for "did you mean" hints.
const KNOWN_FIELDS: &[&str] = &[
    "id",
    "version",
    "default",
    "languages",
    "title",
    "intro",
    "minutes",
    "min_answers_per_dimension",
    "dimensions",
    "name",
    "description",
    "questions",
    "kind",
    "text",
    "dimension",
    "reverse",
    "weight",
    "options",
    "weights",
    "summary",
    "targets",
    "importance",
    "focus",
    "work",
    "models",
    "from_scratch",
    "existing",
    "note",
    "math_depth",
    "sections",
    "items",
    "examples",
    "analogy",
    "employers",
    "neighbours",
    "role",
    "boundary",
    "roadmap",
    "outside",
    "stages",
    "outcome",
    "skills",
    "milestone",
    "about",
    "level",
    "hours",
    "prerequisites",
    "resources",
    "url",
    "free",
];

/// A parsed file: its raw value (if it parsed) and where everything stands.
pub struct Parsed<T> {
    pub value: Option<T>,
    pub positions: Positions,
}

pub fn parse<T: DeserializeOwned>(
    display: &str,
    text: &str,
    out: &mut Vec<Diagnostic>,
) -> Parsed<T> {
    let positions = Positions::index(text);
    if text.trim().is_empty() {
        out.push(Diagnostic::file_level(
            display.to_string(),
            Problem::FileEmpty,
        ));
        return Parsed {
            value: None,
            positions,
        };
    }
    let mut unknown = Vec::new();
    let de = serde_yaml::Deserializer::from_str(text);
    let result: Result<T, _> = serde_ignored::deserialize(de, |path| unknown.push(dotted(&path)));
    for path in unknown {
        let field = path.rsplit('.').next().unwrap_or(&path).to_string();
        let suggestion =
            crate::suggest::closest(&field, KNOWN_FIELDS.iter().copied()).map(str::to_string);
        out.push(
            Diagnostic::at(
                display,
                positions.key(&path),
                Problem::UnknownField { field, suggestion },
            )
            .in_field(&path),
        );
    }
    match result {
        Ok(v) => Parsed {
            value: Some(v),
            positions,
        },
        Err(e) => {
            out.push(serde_error(display, text, &e));
            Parsed {
                value: None,
                positions,
            }
        }
    }
}

/// A serde_yaml error as a diagnostic, with the position moved out of the message.
pub fn serde_error(display: &str, text: &str, e: &serde_yaml::Error) -> Diagnostic {
    let pos = e
        .location()
        .map(|l| Pos {
            line: l.line(),
            column: l.column(),
        })
        .unwrap_or(Pos { line: 1, column: 1 });
    let mut message = e.to_string();
    if let Some(i) = message.find(" at line ") {
        message.truncate(i);
    }
    let tab = e
        .location()
        .and_then(|l| text.lines().nth(l.line().saturating_sub(1)))
        .is_some_and(|l| l.contains('\t'));
    let problem = if tab {
        Problem::Tab
    } else {
        Problem::Syntax { detail: message }
    };
    Diagnostic::at(display, pos, problem)
}

/// serde_ignored's path in the dotted form `Positions` uses.
fn dotted(path: &serde_ignored::Path) -> String {
    use serde_ignored::Path;
    match path {
        Path::Root => String::new(),
        Path::Seq { parent, index } => join(dotted(parent), &index.to_string()),
        Path::Map { parent, key } => join(dotted(parent), key),
        Path::Some { parent }
        | Path::NewtypeStruct { parent }
        | Path::NewtypeVariant { parent } => dotted(parent),
    }
}

fn join(parent: String, child: &str) -> String {
    if parent.is_empty() {
        child.to_string()
    } else {
        format!("{parent}.{child}")
    }
}
