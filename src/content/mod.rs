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
pub mod events;
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
    let source::PackFiles {
        mut files,
        problems: mut out,
        skipped,
        gaps,
    } = source.read();

    // Quizzes first, one file at a time: a file's raw structure (the bulk of a
    // large pack) goes as soon as the file is checked, before the next is read.
    let mut declared: Vec<String> = Vec::new();
    let mut quiz_files: Vec<QuizChecked> = Vec::new();
    let mut quizzes = Vec::new();
    let mut all_quizzes_parsed = true;
    for f in files.iter_mut().filter(|f| f.folder == "quizzes") {
        // The text goes once the file is checked; a message that needs a
        // position in it later reads it again.
        let text = match f.take_text() {
            Ok(text) => text,
            Err(why) => {
                out.push(Diagnostic::file_level(f.display.clone(), why));
                all_quizzes_parsed = false;
                continue;
            }
        };
        let mut p = parse::parse::<QuizFile>(&f.display, &text, &mut out);
        let Some(raw) = p.value.take() else {
            all_quizzes_parsed = false;
            continue;
        };
        declared.extend(raw.languages.iter().flatten().cloned());
        let languages = pack_languages(&declared);
        let mut problems = Vec::new();
        quizzes.push(check::check_quiz(
            &mut p.checker(&f.display, &languages, &mut problems),
            &raw,
        ));
        quiz_files.push(QuizChecked {
            display: f.display.clone(),
            limits: check::quality::Limits::of(raw.quality.as_ref()),
            parsed: parse::Parsed {
                value: None,
                positions: p.positions.detach(f.again.clone()),
                mistyped: p.mistyped,
            },
            again: f.again.clone(),
            languages,
            problems,
        });
    }
    // The languages every text must have: those the quizzes declare, English by default.
    let languages = pack_languages(&declared);
    for (q, quiz) in quiz_files.iter_mut().zip(&mut quizzes) {
        if q.languages != languages {
            // Checked before a later quiz declared more languages: again, with all of them.
            let text = q.again.text().unwrap_or_default();
            let p = parse::parse::<QuizFile>(&q.display, &text, &mut Vec::new());
            if let Some(raw) = &p.value {
                q.problems.clear();
                *quiz =
                    check::check_quiz(&mut p.checker(&q.display, &languages, &mut q.problems), raw);
            }
        }
        out.append(&mut q.problems);
    }

    let quiz_ids: Vec<_> = quiz_files
        .iter()
        .zip(&quizzes)
        .map(|(q, quiz)| (q.display.as_str(), quiz.id.clone(), &q.parsed.positions))
        .collect();
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
    drop(quiz_ids);

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
        .filter_map(|(_, p)| {
            p.value
                .as_ref()
                .and_then(|r| r.id.as_deref().map(str::to_string))
        })
        .collect();
    // When a file could not be read, was left out or did not parse (or there
    // is no quiz at all), references into it cannot be checked: saying
    // "unknown dimension" for every target would only bury the real problem.
    let cx = check::role::RoleContext {
        dimensions: &dimensions,
        role_ids: &role_ids,
        skills: &skills,
        dimensions_complete: !gaps.quizzes && all_quizzes_parsed && !quizzes.is_empty(),
        roles_complete: !gaps.roles && role_files.iter().all(|(_, p)| p.value.is_some()),
        skills_complete: !gaps.skills && skill_files.iter().all(|(_, p)| p.value.is_some()),
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

    // An empty folder; a folder that could not be read, or a file in it, is
    // reported as such.
    if files.iter().all(|f| f.folder != "quizzes") && !gaps.quizzes {
        out.push(Diagnostic::file_level(
            format!("{}/quizzes", source.describe()),
            Problem::NoQuiz,
        ));
    }
    if role_files.is_empty() && !gaps.roles {
        out.push(Diagnostic::file_level(
            format!("{}/roles", source.describe()),
            Problem::NoRole,
        ));
    }

    if !out.is_empty() {
        // Files that were not read are told too: one may be the missing quiz or role.
        out.extend(skipped);
        Diagnostic::sort(&mut out);
        return Err(out);
    }

    let mut warnings = quality_warnings(
        &quiz_files,
        &quizzes,
        &skill_files,
        &skills,
        &roles,
        &languages,
    );
    warnings.extend(skipped);
    Diagnostic::sort(&mut warnings);

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

/// What is kept of a quiz file once checked: where its values stand (its
/// raw structure is gone), its quality limits, the languages it was checked
/// against and its problems.
struct QuizChecked {
    display: String,
    parsed: parse::Parsed<'static, ()>,
    again: source::Reread,
    limits: check::quality::Limits,
    languages: Vec<String>,
    problems: Vec<Diagnostic>,
}

/// The languages every text must be written in: those declared, else English.
fn pack_languages(declared: &[String]) -> Vec<String> {
    let mut languages = declared.to_vec();
    if languages.is_empty() {
        languages.push("en".to_string());
    }
    languages.sort();
    languages.dedup();
    languages
}

/// The quality warnings of a pack that loaded (see [`check::quality`]).
fn quality_warnings(
    quiz_files: &[QuizChecked],
    quizzes: &[Quiz],
    skill_files: &[Parsed<SkillsFile>],
    skills: &BTreeMap<String, Skill>,
    roles: &[Role],
    languages: &[String],
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let names = check::quality::RoleNames::new(roles);
    for (q, quiz) in quiz_files.iter().zip(quizzes) {
        let mut c = q.parsed.checker(&q.display, languages, &mut out);
        check::quality::check_quiz(&mut c, quiz, q.limits, &names);
    }
    for (f, p) in skill_files {
        let Some(raw) = &p.value else { continue };
        let mut c = p.checker(&f.display, languages, &mut out);
        let listed = raw.skills.iter().enumerate().filter_map(|(i, s)| {
            s.id.as_deref()
                .and_then(|id| skills.get(id))
                .map(|s| (i, s))
        });
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
