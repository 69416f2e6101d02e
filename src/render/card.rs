//! A role's card: what the work is, how it uses models, examples, the analogy.

use super::Style;
use crate::content::{Extent, Models, Pack, Role};
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

/// The two lines of the models section: how much the role builds models
/// from scratch, and how much it uses existing ones.
pub fn models_lines(m: &Models, lang: Lang) -> [String; 2] {
    let s = lang.strings();
    [
        format!("{}: {}", s.from_scratch, extent_text(m.from_scratch, lang)),
        format!(
            "{}: {}",
            s.uses_existing,
            extent_text(m.uses_existing, lang)
        ),
    ]
}

/// The sections the pack declares for this role, each a heading with its
/// text and items.
pub fn pack_sections(role: &Role, lang: Lang, style: &Style) -> String {
    let mut out = String::new();
    for sec in &role.sections {
        section(&mut out, sec.title.get(lang), style);
        if !sec.text.is_blank() {
            out.push_str(&style.wrap(sec.text.get(lang), "  "));
            out.push('\n');
        }
        for item in &sec.items {
            out.push_str(&style.bullet(item.get(lang), "  "));
            out.push('\n');
        }
    }
    out
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
    if let Some(m) = &role.models {
        section(&mut out, s.models_heading, style);
        for line in models_lines(m, lang) {
            out.push_str(&style.bullet(&line, "  "));
            out.push('\n');
        }
        out.push_str(&style.wrap(m.note.get(lang), "  "));
        out.push('\n');
    }
    if let Some(maths) = &role.math_depth {
        section(&mut out, s.maths, style);
        out.push_str(&style.wrap(maths.get(lang), "  "));
        out.push('\n');
    }
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
    out.push_str(&pack_sections(role, lang, style));
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
pub fn list(pack: &Pack, lang: Lang, style: &Style) -> String {
    let s = lang.strings();
    let mut out = String::new();
    for role in &pack.roles {
        out.push_str(&style.accent(role.name.get(lang)));
        out.push_str(&style.dim(&format!("  ({})", role.id)));
        out.push('\n');
        out.push_str(&style.wrap(role.summary.get(lang), "  "));
        out.push('\n');
    }
    out.push('\n');
    let example = pack.roles.first().map(|r| r.id.as_str()).unwrap_or("ROLE");
    out.push_str(&style.wrap(&fill(s.more_about_role, &[("id", &example)]), ""));
    out.push('\n');
    out
}
