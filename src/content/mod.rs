//! Content packs: reading, validating and localising quizzes, roles and skills.
//!
//! `load` is the only way in: it returns a fully checked [`Pack`] or every
//! problem found, each pointing at a file, line and column.

pub mod answers;
pub mod answers_file;
#[cfg(prebuilt_pack)]
mod builtin;
pub mod check;
pub mod convert;
pub mod diagnostic;
pub mod model;
mod parse;
pub mod positions;
pub mod skills;
pub mod source;
pub mod text;

use std::collections::BTreeMap;

pub use diagnostic::{Diagnostic, Problem, Severity};
pub use model::*;
pub use skills::Skills;
pub use source::PackSource;
pub use text::Text;

use diagnostic::IdKind;
use raw::{QuizFile, RoleFile, SkillsFile};

pub(crate) mod raw;
pub mod read;
pub mod yaml;

/// The file in `roles/` that holds the skill catalogue.
pub const SKILLS_FILE: &str = "skills.yaml";

/// Loads a pack: the default pack as it was checked when the binary was built,
/// a folder checked now. On failure, every problem found.
pub fn load(source: &PackSource) -> Result<Pack, Vec<Diagnostic>> {
    #[cfg(prebuilt_pack)]
    if let PackSource::BuiltIn = source {
        if let Some(pack) = builtin::pack() {
            return Ok(pack);
        }
    }
    check(source)
}

/// Reads and checks every file of a pack; on failure, every problem found.
pub fn check(source: &PackSource) -> Result<Pack, Vec<Diagnostic>> {
    let (files, mut out) = source.read();
    // A folder over the file limit was cut: references into the files left out
    // cannot be checked.
    let cut = out
        .iter()
        .any(|d| matches!(d.problem, Problem::TooManyFiles { .. }));

    // Quizzes first: their raw structures, the bulk of a large pack, are
    // emptied once checked, before the roles and the catalogue are read.
    let mut quiz_files = Vec::new();
    for f in files.iter().filter(|f| f.folder == "quizzes") {
        let p = parse::parse::<QuizFile>(&f.display, &f.text, &mut out);
        quiz_files.push((f, p));
    }

    // The languages every text must have: those the quizzes declare, English by default.
    let mut languages: Vec<String> = quiz_files
        .iter()
        .filter_map(|(_, p)| p.value.as_ref())
        .flat_map(|q| q.languages.clone().unwrap_or_default())
        .collect();
    if languages.is_empty() {
        languages.push("en".to_string());
    }
    languages.sort();
    languages.dedup();

    let mut quizzes = Vec::new();
    let mut quiz_ids = Vec::new();
    for (f, p) in &quiz_files {
        let Some(raw) = &p.value else { continue };
        let mut c = p.checker(&f.display, &languages, &mut out);
        let quiz = check::check_quiz(&mut c, raw);
        quiz_ids.push((f.display.as_str(), quiz.id.clone(), &p.positions));
        quizzes.push(quiz);
    }
    report_cross_file_duplicates(&quiz_ids, IdKind::Quiz, &mut out);
    let defaults = quizzes.iter().filter(|q| q.default).count();
    if defaults > 1 {
        for q in quizzes.iter().filter(|q| q.default) {
            let (file, pos) = quiz_ids
                .iter()
                .find(|(_, id, _)| *id == q.id)
                .map(|(f, _, p)| (f.to_string(), p.value("id")))
                .unwrap_or_default();
            out.push(Diagnostic::at(
                &file,
                pos,
                Problem::ManyDefaults { count: defaults },
            ));
        }
    }

    // What is left to use of a checked quiz file is its `quality` limits.
    drop(quiz_ids);
    for (_, p) in &mut quiz_files {
        if let Some(raw) = &mut p.value {
            raw.questions = Vec::new();
            raw.dimensions = Vec::new();
        }
    }

    let mut role_files = Vec::new();
    let mut skill_files = Vec::new();
    for f in files.iter().filter(|f| f.folder != "quizzes") {
        if f.name == SKILLS_FILE {
            let p = parse::parse::<SkillsFile>(&f.display, &f.text, &mut out);
            skill_files.push((f, p));
        } else {
            let p = parse::parse::<RoleFile>(&f.display, &f.text, &mut out);
            role_files.push((f, p));
        }
    }

    let mut skills = BTreeMap::new();
    for (f, p) in &skill_files {
        let Some(raw) = &p.value else { continue };
        let mut c = p.checker(&f.display, &languages, &mut out);
        check::check_skills(&mut c, raw, &mut skills);
        check::skills::check_prerequisites(&mut c, &skills, raw);
    }

    // Dimensions come from the quizzes; every role is matched against all of them.
    let mut dimensions: Vec<String> = quizzes
        .iter()
        .flat_map(|q| q.dimensions.iter().map(|d| d.id.clone()))
        .collect();
    dimensions.sort();
    dimensions.dedup();
    let role_ids: Vec<String> = role_files
        .iter()
        .filter_map(|(_, p)| p.value.as_ref().and_then(|r| r.id.clone()))
        .collect();
    // When a file did not parse, references into it cannot be checked: saying
    // "unknown dimension" for every target would only bury the real problem.
    let cx = check::role::RoleContext {
        dimensions: &dimensions,
        role_ids: &role_ids,
        skills: &skills,
        dimensions_complete: !cut && quiz_files.iter().all(|(_, p)| p.value.is_some()),
        roles_complete: !cut && role_files.iter().all(|(_, p)| p.value.is_some()),
        skills_complete: !cut && skill_files.iter().all(|(_, p)| p.value.is_some()),
    };
    let mut roles = Vec::new();
    let mut role_places = Vec::new();
    for (f, p) in &role_files {
        let Some(raw) = &p.value else { continue };
        let mut c = p.checker(&f.display, &languages, &mut out);
        let role = check::check_role(&mut c, raw, &cx);
        role_places.push((f.display.as_str(), role.id.clone(), &p.positions));
        roles.push(role);
    }
    report_cross_file_duplicates(&role_places, IdKind::Role, &mut out);

    if files.iter().all(|f| f.folder != "quizzes") && out.is_empty() {
        out.push(Diagnostic::file_level(
            format!("{}/quizzes", source.describe()),
            Problem::NoQuiz,
        ));
    }
    if role_files.is_empty() && out.is_empty() {
        out.push(Diagnostic::file_level(
            format!("{}/roles", source.describe()),
            Problem::NoRole,
        ));
    }

    if !out.is_empty() {
        Diagnostic::sort(&mut out);
        return Err(out);
    }

    let warnings = quality_warnings(
        &quiz_files,
        &quizzes,
        &skill_files,
        &skills,
        &roles,
        &languages,
    );

    // Neighbours that are roles of the pack take their name from it.
    let names: BTreeMap<String, Text> = roles
        .iter()
        .map(|r| (r.id.clone(), r.name.clone()))
        .collect();
    for role in &mut roles {
        for n in &mut role.neighbours {
            if n.name.is_blank() {
                if let Some(name) = names.get(&n.role) {
                    n.name = name.clone();
                }
            }
        }
    }
    quizzes.sort_by(|a, b| a.id.cmp(&b.id));
    roles.sort_by(|a, b| a.id.cmp(&b.id));
    Ok(Pack {
        origin: source.describe(),
        quizzes,
        roles,
        skills: skills.into(),
        languages,
        warnings,
    })
}

type Parsed<'a, T> = (&'a source::SourceFile, parse::Parsed<'a, T>);

/// The quality warnings of a pack that loaded (see [`check::quality`]).
fn quality_warnings(
    quiz_files: &[Parsed<QuizFile>],
    quizzes: &[Quiz],
    skill_files: &[Parsed<SkillsFile>],
    skills: &BTreeMap<String, Skill>,
    roles: &[Role],
    languages: &[String],
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let names = check::quality::RoleNames::new(roles);
    let parsed = quiz_files.iter().filter(|(_, p)| p.value.is_some());
    for ((f, p), quiz) in parsed.zip(quizzes) {
        let mut c = p.checker(&f.display, languages, &mut out);
        let limits = check::quality::Limits::of(p.value.as_ref().and_then(|q| q.quality.as_ref()));
        check::quality::check_quiz(&mut c, quiz, limits, &names);
    }
    for (f, p) in skill_files {
        let Some(raw) = &p.value else { continue };
        let mut c = p.checker(&f.display, languages, &mut out);
        let listed = raw
            .skills
            .iter()
            .enumerate()
            .filter_map(|(i, s)| s.id.as_ref().and_then(|id| skills.get(id)).map(|s| (i, s)));
        check::quality::check_skills(&mut c, listed);
    }
    Diagnostic::sort(&mut out);
    out
}

/// Ids given in more than one file: (file, id, where the file's values stand).
fn report_cross_file_duplicates(
    places: &[(&str, String, &positions::Positions)],
    what: IdKind,
    out: &mut Vec<Diagnostic>,
) {
    let mut seen: BTreeMap<&str, &str> = BTreeMap::new();
    for (file, id, pos) in places {
        if id.is_empty() {
            continue;
        }
        if let Some(first) = seen.insert(id, file) {
            out.push(Diagnostic::at(
                file,
                pos.value("id"),
                Problem::DuplicateIdAcrossFiles {
                    what,
                    id: id.clone(),
                    first_file: first.to_string(),
                },
            ));
            seen.insert(id, first);
        }
    }
}
