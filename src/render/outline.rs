//! A role's roadmap outline: stages, their skills and milestone projects.

use super::Style;
use crate::content::{Pack, Role};
use crate::i18n::{fill, Lang};

pub fn text(role: &Role, pack: &Pack, lang: Lang, style: &Style) -> String {
    let s = lang.strings();
    let mut out = String::new();
    out.push_str(&style.accent(&fill(s.roadmap_of, &[("role", &role.name.get(lang))])));
    out.push('\n');
    for (i, stage) in role.roadmap.stages.iter().enumerate() {
        out.push('\n');
        out.push_str(&style.heading(&format!(
            "{}: {}",
            fill(s.stage, &[("n", &(i + 1))]),
            stage.name.get(lang)
        )));
        out.push('\n');
        for id in &stage.skills {
            let (name, hours) = pack
                .skills
                .get(id)
                .map(|k| (k.name.get(lang).to_string(), k.hours))
                .unwrap_or_else(|| (id.clone(), 0.0));
            out.push_str(&style.bullet(&format!("{name} ({hours:.0} {})", s.hours_short), "  "));
            out.push('\n');
        }
        out.push_str(&style.wrap(&format!("{}: {}", s.you_can, stage.outcome.get(lang)), "  "));
        out.push('\n');
        if let Some(m) = &stage.milestone {
            out.push_str(&style.wrap(
                &format!(
                    "{}: {} — {}",
                    s.milestone,
                    m.title.get(lang),
                    m.text.get(lang)
                ),
                "  ",
            ));
            out.push('\n');
        }
    }
    if !role.roadmap.outside.is_blank() {
        out.push('\n');
        out.push_str(&style.heading(s.outside_role));
        out.push('\n');
        out.push_str(&style.wrap(role.roadmap.outside.get(lang), "  "));
        out.push('\n');
    }
    out
}
