//! A roadmap as text, Markdown, JSON, a Mermaid graph or an HTML page: a
//! [`RoadmapView`] and one exporter per format, in the shape every command
//! shares ([`super::view`]): text and JSON through the view, the others as
//! exporters of their own. Each returns a String; only the CLI prints.

pub(crate) mod json;
pub(crate) mod markdown;
pub(crate) mod mermaid;
pub(crate) mod progress;
pub(crate) mod text;

use crate::content::{Level, Pack, ResourceKind, Role, Skill};
use crate::i18n::roadmap::{strings, RoadmapStrings};
use crate::i18n::{fill, Lang};
use crate::roadmap::schedule::Week;
use crate::roadmap::{Plan, PlanStage, Progress, Schedule, Status};

use super::view::{JsonExporter, TextExporter};
use super::{Exporter, Formats, Style, View};

/// The formats `career roadmap --format` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum ExportFormat {
    /// For reading in a terminal.
    #[default]
    Text,
    /// A GitHub checklist.
    Markdown,
    /// For programs (`"schema_version": 1`).
    Json,
    /// A prerequisite graph that renders on GitHub.
    Mermaid,
    /// A self-contained HTML page to share or print (written to stdout: `> roadmap.html`).
    Html,
}

/// Everything a roadmap renderer shows.
pub struct RoadmapView<'a> {
    pub pack: &'a Pack,
    pub role: &'a Role,
    /// The second role of a blend.
    pub blend: Option<&'a Role>,
    pub plan: &'a Plan,
    pub progress: &'a Progress,
    pub schedule: Option<&'a Schedule>,
    pub lang: Lang,
}

impl ExportFormat {
    /// Whether the format can show a weekly plan (`--hours-per-week`,
    /// `--start`): all but the Mermaid graph.
    pub fn shows_weeks(self) -> bool {
        self != ExportFormat::Mermaid
    }
}

impl<'a> Formats<RoadmapView<'a>> for ExportFormat {
    fn exporter(self, style: Style) -> Box<dyn Exporter<RoadmapView<'a>>> {
        exporter(self, style)
    }
}

/// The exporter for `format`, for a roadmap of any lifetime; `style`
/// matters to text only.
pub fn exporter(format: ExportFormat, style: Style) -> Box<dyn for<'v> Exporter<RoadmapView<'v>>> {
    match format {
        ExportFormat::Text => Box::new(TextExporter { style }),
        ExportFormat::Json => Box::new(JsonExporter),
        ExportFormat::Markdown => Box::new(markdown::MarkdownExporter),
        ExportFormat::Mermaid => Box::new(mermaid::MermaidExporter),
        ExportFormat::Html => Box::new(super::html::roadmap::HtmlExporter),
    }
}

impl View for RoadmapView<'_> {
    fn lang(&self) -> Lang {
        self.lang
    }
    fn text(&self, style: &Style) -> String {
        text::Layout { style: *style }.roadmap(self)
    }
    fn json(&self) -> serde_json::Value {
        json::value(self)
    }
}

impl<'a> RoadmapView<'a> {
    /// "From the {role} roadmap, "{stage}"": the label of a blended role's stage.
    pub fn blend_label(&self, b: &crate::roadmap::BlendedStage, lang: Lang) -> String {
        let role = crate::render::result::role_name(self.pack, &b.role, lang);
        fill(
            strings(lang).from_blend,
            &[("role", &role), ("stage", &b.name.get(lang))],
        )
    }

    pub fn s(&self) -> &'static RoadmapStrings {
        strings(self.lang)
    }

    pub fn skill(&self, id: &str) -> Option<&'a Skill> {
        self.pack.skills.get(id)
    }

    /// A skill's name in the view's language (its id if the pack lacks it).
    pub fn skill_name(&self, id: &str) -> String {
        self.skill(id)
            .map(|k| k.name.get(self.lang).to_string())
            .unwrap_or_else(|| id.to_string())
    }

    pub fn status(&self, id: &str) -> Status {
        self.progress.status(id)
    }

    /// The roles the plan is made of: the first, then the blended one.
    pub fn roles(&self) -> Vec<&'a Role> {
        std::iter::once(self.role).chain(self.blend).collect()
    }

    pub fn title(&self) -> String {
        let s = self.s();
        let role = self.role.name.get(self.lang);
        match self.blend {
            Some(b) => fill(
                s.title_blend,
                &[("role", &role), ("other", &b.name.get(self.lang))],
            ),
            None => fill(s.title, &[("role", &role)]),
        }
    }

    /// "6 stages · 32 skills · 1180 h in total".
    pub fn summary(&self) -> String {
        use crate::i18n::roadmap::{skills_word, stages_word};
        let (stages, skills) = (self.plan.stages.len(), self.plan.skills().count());
        fill(
            self.s().summary,
            &[
                ("stages", &stages),
                ("stages_word", &stages_word(self.lang, stages)),
                ("skills", &skills),
                ("skills_word", &skills_word(self.lang, skills)),
                ("hours", &hours(self.plan.hours(self.pack), self.lang)),
            ],
        )
    }

    /// "Stage 2: Maths and algorithms".
    pub fn stage_title(&self, n: usize, stage: &PlanStage) -> String {
        fill(
            self.s().stage,
            &[("n", &n), ("name", &stage.name.get(self.lang))],
        )
    }

    /// The week a stage's last skill is finished, when there is a schedule.
    pub fn stage_done_by(&self, stage: &PlanStage) -> Option<&'a Week> {
        let schedule = self.schedule?;
        stage
            .skills
            .iter()
            .filter_map(|id| schedule.finish_week(id))
            .max_by_key(|w| w.number)
    }

    /// "60 h" or "60 jam".
    pub fn hours_label(&self, h: f64) -> String {
        fill(self.s().hours, &[("n", &hours(h, self.lang))])
    }

    pub fn level(&self, level: Level) -> &'static str {
        let s = self.s();
        match level {
            Level::Foundation => s.level_foundation,
            Level::Core => s.level_core,
            Level::Advanced => s.level_advanced,
        }
    }

    pub fn kind(&self, kind: ResourceKind) -> &'static str {
        let s = self.s();
        match kind {
            ResourceKind::Course => s.kind_course,
            ResourceKind::Book => s.kind_book,
            ResourceKind::Docs => s.kind_docs,
            ResourceKind::Video => s.kind_video,
            ResourceKind::Project => s.kind_project,
            ResourceKind::Paper => s.kind_paper,
            ResourceKind::Site => s.kind_site,
        }
    }

    pub fn cost(&self, free: bool) -> &'static str {
        if free {
            self.s().free
        } else {
            self.s().paid
        }
    }

    pub fn status_word(&self, status: Status) -> &'static str {
        status_word(self.s(), status)
    }

    /// The neighbours of the plan's roles that are not themselves in the
    /// plan, each once, in the order the roles list them.
    pub fn other_neighbours(&self) -> Vec<&'a crate::content::Neighbour> {
        let roles = self.roles();
        let mut out: Vec<&crate::content::Neighbour> = Vec::new();
        for n in roles.iter().flat_map(|r| &r.neighbours) {
            if !roles.iter().any(|r| r.id == n.role) && !out.iter().any(|o| o.role == n.role) {
                out.push(n);
            }
        }
        out
    }

    /// Skill names of the skills left out by `--known`, joined.
    pub fn left_out_names(&self) -> String {
        self.plan
            .left_out
            .iter()
            .map(|id| self.skill_name(id))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// A status as a word ("done", "selesai").
pub fn status_word(s: &RoadmapStrings, status: Status) -> &'static str {
    match status {
        Status::Todo => s.status_todo,
        Status::Doing => s.status_doing,
        Status::Done => s.status_done,
        Status::Skip => s.status_skip,
    }
}

/// Consecutive weeks spent on one skill alone, shown as one row.
#[derive(Debug, Clone, PartialEq)]
pub struct WeekRow {
    pub first: usize,
    pub last: usize,
    pub start: chrono::NaiveDate,
    pub end: chrono::NaiveDate,
    /// (skill, hours, finished in these weeks)
    pub items: Vec<(String, f64, bool)>,
}

impl WeekRow {
    /// "Week 3" or "Weeks 1–6".
    pub fn label(&self, lang: Lang) -> String {
        let s = strings(lang);
        if self.first == self.last {
            fill(s.week, &[("n", &self.first)])
        } else {
            fill(s.weeks, &[("from", &self.first), ("to", &self.last)])
        }
    }

    /// "3" or "1–6".
    pub fn numbers(&self) -> String {
        if self.first == self.last {
            self.first.to_string()
        } else {
            format!("{}–{}", self.first, self.last)
        }
    }
}

/// The schedule's weeks, with runs of weeks given to one unfinished skill
/// folded into one row, so a 60-hour skill reads as one line, not six.
pub fn week_rows(schedule: &Schedule) -> Vec<WeekRow> {
    let mut rows: Vec<WeekRow> = Vec::new();
    for w in &schedule.weeks {
        if let (Some(row), [item]) = (rows.last_mut(), w.items.as_slice()) {
            if let [(skill, hours, false)] = row.items.as_mut_slice() {
                if *skill == item.skill && !item.starts {
                    *hours += item.hours();
                    row.items[0].2 = item.finishes;
                    row.last = w.number;
                    row.end = w.end;
                    continue;
                }
            }
        }
        rows.push(WeekRow {
            first: w.number,
            last: w.number,
            start: w.start,
            end: w.end,
            items: w
                .items
                .iter()
                .map(|i| (i.skill.clone(), i.hours(), i.finishes))
                .collect(),
        });
    }
    rows
}

/// Hours as shown: whole numbers without decimals, others with one (a decimal
/// comma in Indonesian).
pub fn hours(h: f64, lang: Lang) -> String {
    if (h - h.round()).abs() < 0.05 {
        format!("{:.0}", h.round())
    } else {
        crate::i18n::number::decimal(h, 1, lang)
    }
}

/// The checkbox a status is shown with in text: `[x]`, `[~]`, `[ ]`, `[-]`.
pub fn mark(status: Status) -> &'static str {
    match status {
        Status::Done => "[x]",
        Status::Doing => "[~]",
        Status::Todo => "[ ]",
        Status::Skip => "[-]",
    }
}

/// A date as `2027-01-04`.
pub fn date(d: chrono::NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

#[cfg(test)]
mod tests {
    use super::{hours, Lang};

    #[test]
    fn hours_drop_needless_decimals() {
        assert_eq!(hours(60.0, Lang::En), "60");
        assert_eq!(hours(7.5, Lang::En), "7.5");
        assert_eq!(hours(7.5, Lang::Id), "7,5");
        assert_eq!(hours(0.333, Lang::En), "0.3");
    }
}
