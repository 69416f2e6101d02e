//! Checks a role file: its card, its target profile and its roadmap outline.

use std::collections::BTreeMap;

use super::{join, Checker};
use crate::content::model::{Extent, Milestone, Neighbour, Roadmap, Role, Skill, Stage};
use crate::content::raw::{RoadmapEntry, RoleFile};
use crate::content::text::{sanitize, Text};
use crate::tr;

const EXTENTS: [&str; 3] = ["main", "sometimes", "rarely"];

/// What a role is checked against: the pack's dimensions, roles and skills.
pub struct RoleContext<'a> {
    pub dimensions: &'a [String],
    pub role_ids: &'a [String],
    pub skills: &'a BTreeMap<String, Skill>,
    /// Whether every quiz, role and catalogue file parsed, so that a missing
    /// id really is unknown rather than in a file that could not be read.
    pub dimensions_complete: bool,
    pub roles_complete: bool,
    pub skills_complete: bool,
}

pub fn check_role(c: &mut Checker, raw: &RoleFile, cx: &RoleContext) -> Role {
    let lang = c.lang;
    let id = c.id("", &raw.id).unwrap_or_default();
    let name = c.text("", "name", &raw.name);
    let summary = c.text("", "summary", &raw.summary);

    let targets = dimension_numbers(
        c,
        "targets",
        &raw.targets,
        cx,
        |v| (0.0..=100.0).contains(&v),
        |v| {
            (
                tr!(
                    lang,
                    "target {v} is out of range",
                    "target {v} di luar rentang"
                ),
                tr!(
                    lang,
                    "use a number from 0 to 100",
                    "pakai angka dari 0 sampai 100"
                ),
            )
        },
    );
    for d in cx.dimensions {
        if cx.dimensions_complete && !raw.targets.contains_key(d) {
            let at = if raw.targets.is_empty() {
                ""
            } else {
                "targets"
            };
            c.error(
                at,
                tr!(
                    lang,
                    "the role has no target for dimension `{d}`",
                    "peran ini tidak punya target untuk dimensi `{d}`"
                ),
                tr!(
                    lang,
                    "add `{d}: 0..100` under `targets:`",
                    "tambahkan `{d}: 0..100` di bawah `targets:`"
                ),
            );
        }
    }
    let importance = dimension_numbers(
        c,
        "importance",
        &raw.importance,
        cx,
        |v| v > 0.0 && v <= 10.0,
        |v| {
            (
                tr!(
                    lang,
                    "importance {v} is out of range",
                    "bobot kepentingan {v} di luar rentang"
                ),
                tr!(
                    lang,
                    "use a number above 0 and at most 10",
                    "pakai angka di atas 0 dan paling besar 10"
                ),
            )
        },
    );

    let focus = c.text("", "focus", &raw.focus);
    let work = c.texts("", "work", &raw.work);
    let (from_scratch, uses_existing, models_note) = match &raw.models {
        None => {
            c.missing("", "models");
            (Extent::Sometimes, Extent::Sometimes, Text::default())
        }
        Some(m) => (
            extent(c, "models", "from_scratch", &m.from_scratch),
            extent(c, "models", "existing", &m.existing),
            c.text("models", "note", &m.note),
        ),
    };
    let math_depth = c.text("", "math_depth", &raw.math_depth);
    let examples = c.texts("", "examples", &raw.examples);
    let analogy = c.text("", "analogy", &raw.analogy);
    let employers = c.texts("", "employers", &raw.employers);

    let mut neighbours = Vec::new();
    for (i, n) in raw.neighbours.iter().enumerate() {
        let path = format!("neighbours.{i}");
        let Some(role) = n.role.clone() else {
            c.missing(&path, "role");
            continue;
        };
        let in_pack = cx.role_ids.contains(&role) || !cx.roles_complete;
        if role == id {
            c.error(
                &join(&path, "role"),
                tr!(
                    lang,
                    "a role cannot be its own neighbour",
                    "sebuah peran tidak bisa menjadi tetangganya sendiri"
                ),
                tr!(lang, "name another role", "sebutkan peran lain"),
            );
        }
        let name = if in_pack {
            c.optional_text(&path, "name", &n.name)
        } else if n.name.is_none() {
            let hint = match crate::suggest::closest(&role, cx.role_ids.iter().map(String::as_str))
            {
                Some(s) => tr!(
                    lang,
                    "did you mean `{s}`? For a role outside the pack, add `name:`",
                    "maksudnya `{s}`? Untuk peran di luar paket, tambahkan `name:`"
                ),
                None => tr!(
                    lang,
                    "for a role outside the pack, add `name:`",
                    "untuk peran di luar paket, tambahkan `name:`"
                ),
            };
            let shown = sanitize(&role);
            c.error(
                &join(&path, "role"),
                tr!(
                    lang,
                    "unknown role `{shown}`",
                    "peran `{shown}` tidak dikenal"
                ),
                hint,
            );
            Text::default()
        } else {
            c.optional_text(&path, "name", &n.name)
        };
        let boundary = c.text(&path, "boundary", &n.boundary);
        neighbours.push(Neighbour {
            role,
            name,
            boundary,
        });
    }

    let roadmap = match &raw.roadmap {
        None => {
            c.missing("", "roadmap");
            Roadmap::default()
        }
        Some(r) => check_roadmap(c, r, cx),
    };

    Role {
        id,
        name,
        summary,
        targets,
        importance,
        focus,
        work,
        from_scratch,
        uses_existing,
        models_note,
        math_depth,
        examples,
        analogy,
        employers,
        neighbours,
        roadmap,
    }
}

/// Checks a map of dimension id to number (`targets`, `importance`): every key
/// must be a dimension of the pack and every value pass `in_range`.
fn dimension_numbers(
    c: &mut Checker,
    field: &str,
    raw: &BTreeMap<String, f64>,
    cx: &RoleContext,
    in_range: impl Fn(f64) -> bool,
    out_of_range: impl Fn(f64) -> (String, String),
) -> BTreeMap<String, f64> {
    let lang = c.lang;
    let mut checked = BTreeMap::new();
    for (d, v) in raw {
        let path = join(field, d);
        if cx.dimensions_complete && !cx.dimensions.contains(d) {
            let hint = c.unknown_hint(d, cx.dimensions.iter().map(String::as_str));
            let d = sanitize(d);
            c.error_at_key(
                &path,
                tr!(
                    lang,
                    "unknown dimension `{d}`",
                    "dimensi `{d}` tidak dikenal"
                ),
                hint,
            );
        } else if !in_range(*v) {
            let (message, hint) = out_of_range(*v);
            c.error(&path, message, hint);
        } else {
            checked.insert(d.clone(), *v);
        }
    }
    checked
}

fn extent(c: &mut Checker, parent: &str, field: &str, raw: &Option<String>) -> Extent {
    let lang = c.lang;
    match raw.as_deref().map(|s| (s, Extent::parse(s))) {
        None => {
            c.missing(parent, field);
            Extent::Sometimes
        }
        Some((_, Some(e))) => e,
        Some((s, None)) => {
            let hint = c.unknown_hint(s, EXTENTS);
            let s = sanitize(s);
            c.error(
                &join(parent, field),
                tr!(
                    lang,
                    "`{s}` is not one of main, sometimes, rarely",
                    "`{s}` bukan salah satu dari main, sometimes, rarely"
                ),
                hint,
            );
            Extent::Sometimes
        }
    }
}

fn check_roadmap(c: &mut Checker, raw: &RoadmapEntry, cx: &RoleContext) -> Roadmap {
    let lang = c.lang;
    let outside = c.text("roadmap", "outside", &raw.outside);
    if raw.stages.is_empty() {
        c.missing("roadmap", "stages");
    }
    let mut stages = Vec::new();
    let mut stage_ids = Vec::new();
    // Where each skill is first listed: (stage index, path of the entry).
    let mut placed: BTreeMap<String, (usize, String)> = BTreeMap::new();
    for (i, s) in raw.stages.iter().enumerate() {
        let path = format!("roadmap.stages.{i}");
        let sid = c.id(&path, &s.id).unwrap_or_default();
        stage_ids.push((join(&path, "id"), sid.clone()));
        let name = c.text(&path, "name", &s.name);
        let outcome = c.text(&path, "outcome", &s.outcome);
        let milestone = s.milestone.as_ref().map(|m| Milestone {
            title: c.text(&join(&path, "milestone"), "title", &m.title),
            text: c.text(&join(&path, "milestone"), "text", &m.text),
        });
        if s.skills.is_empty() {
            c.missing(&path, "skills");
        }
        let mut skills = Vec::new();
        for (j, skill) in s.skills.iter().enumerate() {
            let spath = join(&join(&path, "skills"), &j.to_string());
            if !cx.skills.contains_key(skill) {
                if !cx.skills_complete {
                    continue;
                }
                let hint = c.unknown_hint(skill, cx.skills.keys().map(String::as_str));
                let shown = sanitize(skill);
                c.error(
                    &spath,
                    tr!(
                        lang,
                        "unknown skill `{shown}`",
                        "skill `{shown}` tidak dikenal"
                    ),
                    hint,
                );
                continue;
            }
            if let Some((_, first)) = placed.get(skill) {
                let line = c.positions.value(first).line;
                c.error(
                    &spath,
                    tr!(
                        lang,
                        "skill `{skill}` is listed twice in this roadmap",
                        "skill `{skill}` tercantum dua kali di roadmap ini"
                    ),
                    tr!(
                        lang,
                        "keep only the entry on line {line}",
                        "simpan hanya yang di baris {line}"
                    ),
                );
                continue;
            }
            placed.insert(skill.clone(), (i, spath));
            skills.push(skill.clone());
        }
        stages.push(Stage {
            id: sid,
            name,
            outcome,
            skills,
            milestone,
        });
    }
    c.duplicates(&stage_ids, "stage");
    for (skill, (stage, path)) in &placed {
        for pre in &cx.skills[skill].prerequisites {
            match placed.get(pre) {
                Some((pre_stage, _)) if pre_stage > stage => {
                    let (a, b) = (stage + 1, pre_stage + 1);
                    c.error(
                        path,
                        tr!(
                            lang,
                            "skill `{skill}` is in stage {a}, earlier than its prerequisite `{pre}` in stage {b}",
                            "skill `{skill}` ada di tahap {a}, lebih awal dari prasyaratnya `{pre}` di tahap {b}"
                        ),
                        tr!(lang, "move `{skill}` to stage {b} or later, or `{pre}` earlier", "pindahkan `{skill}` ke tahap {b} atau sesudahnya, atau `{pre}` lebih awal"),
                    );
                }
                Some(_) => {}
                None if cx.skills.contains_key(pre) => {
                    c.error(
                        path,
                        tr!(
                            lang,
                            "skill `{skill}` needs `{pre}`, which this roadmap does not list",
                            "skill `{skill}` butuh `{pre}`, yang tidak ada di roadmap ini"
                        ),
                        tr!(
                            lang,
                            "add `{pre}` to this stage or an earlier one",
                            "tambahkan `{pre}` ke tahap ini atau sebelumnya"
                        ),
                    );
                }
                None => {}
            }
        }
    }
    Roadmap { outside, stages }
}
