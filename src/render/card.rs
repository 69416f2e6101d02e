//! A role's card: what the work is, how it uses models, examples, the analogy.

use super::Style;
use crate::content::{Extent, Pack, Role};
use crate::i18n::{fill, Lang};

pub fn extent_text(e: Extent, lang: Lang) -> &'static str {
    let s = lang.strings();
    match e {
        Extent::Main => s.extent_main,
        Extent::Sometimes => s.extent_sometimes,
        Extent::Rarely => s.extent_rarely,
    }
}

fn section(out: &mut String, title: &str, style: &Style) {
    out.push('\n');
    out.push_str(&style.heading(title));
    out.push('\n');
}

/// The full card of one role.
pub fn text(role: &Role, pack: &Pack, lang: Lang, style: &Style) -> String {
    let s = lang.strings();
    let mut out = String::new();
    out.push_str(&style.accent(role.name.get(lang)));
    out.push('\n');
    out.push_str(&style.wrap(role.summary.get(lang), "  "));
    out.push('\n');

    section(&mut out, s.focus, style);
    out.push_str(&style.wrap(role.focus.get(lang), "  "));
    out.push('\n');
    section(&mut out, s.what_the_work_is, style);
    for w in &role.work {
        out.push_str(&style.bullet(w.get(lang), "  "));
        out.push('\n');
    }
    section(&mut out, s.models_heading, style);
    out.push_str(&style.bullet(
        &format!(
            "{}: {}",
            s.from_scratch,
            extent_text(role.from_scratch, lang)
        ),
        "  ",
    ));
    out.push('\n');
    out.push_str(&style.bullet(
        &format!(
            "{}: {}",
            s.uses_existing,
            extent_text(role.uses_existing, lang)
        ),
        "  ",
    ));
    out.push('\n');
    out.push_str(&style.wrap(role.models_note.get(lang), "  "));
    out.push('\n');
    section(&mut out, s.maths, style);
    out.push_str(&style.wrap(role.math_depth.get(lang), "  "));
    out.push('\n');
    section(&mut out, s.examples, style);
    for e in &role.examples {
        out.push_str(&style.bullet(e.get(lang), "  "));
        out.push('\n');
    }
    section(&mut out, s.analogy, style);
    out.push_str(&style.wrap(role.analogy.get(lang), "  "));
    out.push('\n');
    section(&mut out, s.employers, style);
    for e in &role.employers {
        out.push_str(&style.bullet(e.get(lang), "  "));
        out.push('\n');
    }
    if !role.neighbours.is_empty() {
        section(&mut out, s.neighbours, style);
        for n in &role.neighbours {
            out.push_str(&style.bullet(
                &format!("{}: {}", n.name.get(lang), n.boundary.get(lang)),
                "  ",
            ));
            out.push('\n');
        }
    }
    section(&mut out, s.target_profile, style);
    // In the quiz's dimension order, so the card reads like the result screen.
    let rows: Vec<(String, f64)> = match pack.quiz(None) {
        Some(quiz) => quiz
            .dimensions
            .iter()
            .map(|d| (d.name.get(lang).to_string(), role.target(&d.id)))
            .collect(),
        None => role.targets.iter().map(|(d, v)| (d.clone(), *v)).collect(),
    };
    out.push_str(&super::result::bars(&rows, "", style));
    out.push('\n');
    let next = fill(
        s.next_step,
        &[("command", &format!("career roadmap {}", role.id))],
    );
    out.push_str(&style.wrap(&next, ""));
    out.push('\n');
    out
}

/// One line per role: name and summary.
/// Every role of `roles`, one line each, in the order given.
pub fn list(roles: &[&Role], lang: Lang, style: &Style) -> String {
    let s = lang.strings();
    let mut out = String::new();
    for role in roles {
        out.push_str(&style.accent(role.name.get(lang)));
        out.push_str(&style.dim(&format!("  ({})", role.id)));
        out.push('\n');
        out.push_str(&style.wrap(role.summary.get(lang), "  "));
        out.push('\n');
    }
    out.push('\n');
    let example = roles.first().map(|r| r.id.as_str()).unwrap_or("ROLE");
    out.push_str(&style.wrap(&fill(s.more_about_role, &[("id", &example)]), ""));
    out.push('\n');
    out
}
