//! Turning one YAML file into its raw structure, reporting syntax errors,
//! wrong types and unknown fields with their line and column.

use serde::de::DeserializeOwned;

use super::diagnostic::Diagnostic;
use super::positions::{Pos, Positions};
use crate::i18n::Lang;
use crate::tr;

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
    lang: Lang,
    out: &mut Vec<Diagnostic>,
) -> Parsed<T> {
    let positions = Positions::index(text);
    if text.trim().is_empty() {
        out.push(Diagnostic::file_level(
            display.to_string(),
            tr!(lang, "the file is empty", "berkas ini kosong"),
            tr!(
                lang,
                "see docs/authoring.md for what a file holds",
                "lihat docs/authoring.md untuk isi sebuah berkas"
            ),
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
        let hint = match crate::suggest::closest(&field, KNOWN_FIELDS.iter().copied()) {
            Some(s) => tr!(lang, "did you mean `{s}`?", "maksudnya `{s}`?"),
            None => tr!(
                lang,
                "remove it; docs/authoring.md lists the fields",
                "hapus field ini; docs/authoring.md mendaftar field yang ada"
            ),
        };
        out.push(
            Diagnostic::at(
                display,
                positions.key(&path),
                tr!(
                    lang,
                    "unknown field `{field}`",
                    "field `{field}` tidak dikenal"
                ),
                Some(hint),
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
            out.push(serde_error(display, text, &e, lang));
            Parsed {
                value: None,
                positions,
            }
        }
    }
}

/// A serde_yaml error as a diagnostic, with the position moved out of the message.
pub fn serde_error(display: &str, text: &str, e: &serde_yaml::Error, lang: Lang) -> Diagnostic {
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
    let hint = if tab {
        tr!(
            lang,
            "YAML indents with spaces, not tabs: replace the tab on this line",
            "YAML memakai spasi untuk indentasi, bukan tab: ganti tab di baris ini"
        )
    } else {
        tr!(
        lang,
        "check the YAML here: indentation, quotes around text with `:` or `#`, and the field's type",
        "periksa YAML di sini: indentasi, tanda kutip untuk teks yang memuat `:` atau `#`, dan tipe field-nya"
    )
    };
    Diagnostic::at(display, pos, message, Some(hint))
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
