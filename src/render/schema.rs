//! The JSON Schema (draft-07) of each kind of pack file, generated from the
//! content model, as `career schema` prints it and `career init` writes it.

use schemars::generate::SchemaSettings;
use schemars::JsonSchema;

use crate::content::raw::{QuizFile, RoleFile, SkillsFile};

/// The kinds of file in a content pack.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum SchemaKind {
    /// quizzes/*.yaml
    Quiz,
    /// roles/*.yaml
    Role,
    /// roles/skills.yaml
    Skills,
}

/// The schema of one kind of pack file, as pretty JSON with a final newline.
pub fn json(kind: SchemaKind) -> String {
    let (title, description) = match kind {
        SchemaKind::Quiz => (
            "career quiz file",
            "A quiz of a career content pack: quizzes/*.yaml.",
        ),
        SchemaKind::Role => (
            "career role file",
            "A role of a career content pack: roles/*.yaml (all but skills.yaml).",
        ),
        SchemaKind::Skills => (
            "career skill catalogue",
            "The skill catalogue of a career content pack: roles/skills.yaml.",
        ),
    };
    let mut schema = match kind {
        SchemaKind::Quiz => schema_for::<QuizFile>(),
        SchemaKind::Role => schema_for::<RoleFile>(),
        SchemaKind::Skills => schema_for::<SkillsFile>(),
    }
    .to_value();
    no_nulls(&mut schema);
    // `$schema`, the title and the description first, where a reader looks.
    let mut head = serde_json::Map::new();
    if let serde_json::Value::Object(body) = schema {
        head.insert(
            "$schema".into(),
            body.get("$schema").cloned().unwrap_or_default(),
        );
        head.insert("title".into(), title.into());
        head.insert("description".into(), description.into());
        head.extend(
            body.into_iter()
                .filter(|(k, _)| !matches!(k.as_str(), "$schema" | "title" | "description")),
        );
    }
    let mut out = serde_json::to_string_pretty(&head).unwrap_or_default();
    out.push('\n');
    out
}

fn schema_for<T: JsonSchema>() -> schemars::Schema {
    SchemaSettings::draft07()
        .into_generator()
        .into_root_schema_for::<T>()
}

/// Drops the `null` the model's optional fields allow: in a pack file an
/// empty value is a mistake (the loader reports it), so editors flag it too.
fn no_nulls(value: &mut serde_json::Value) {
    use serde_json::Value;
    match value {
        Value::Object(map) => {
            if let Some(Value::Array(types)) = map.get_mut("type") {
                types.retain(|t| t != "null");
                if types.len() == 1 {
                    let only = types.remove(0);
                    map.insert("type".into(), only);
                }
            }
            if let Some(Value::Array(any)) = map.get("anyOf") {
                let kept: Vec<Value> = any
                    .iter()
                    .filter(|s| s.get("type").is_none_or(|t| t != "null"))
                    .cloned()
                    .collect();
                if let [one] = kept.as_slice() {
                    map.remove("anyOf");
                    if let Value::Object(inner) = one {
                        for (k, v) in inner {
                            map.insert(k.clone(), v.clone());
                        }
                    }
                }
            }
            map.values_mut().for_each(no_nulls);
        }
        Value::Array(items) => items.iter_mut().for_each(no_nulls),
        _ => {}
    }
}

/// The file name `career init` gives a schema: `quiz.schema.json`.
pub fn file_name(kind: SchemaKind) -> &'static str {
    match kind {
        SchemaKind::Quiz => "quiz.schema.json",
        SchemaKind::Role => "role.schema.json",
        SchemaKind::Skills => "skills.schema.json",
    }
}
