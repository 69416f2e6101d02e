//! Where a person stands: a status per skill, and how far that gets them
//! through a roadmap.
//!
//! Percentages count hours, not skills, because a 80-hour skill is more of the
//! journey than a 15-hour one. Skipped skills leave the total; a skill being
//! learnt (`doing`) counts as not done yet.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::plan::{skill_hours, Plan};
use crate::content::{Pack, Text};

/// The status of one skill.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    #[default]
    Todo,
    Doing,
    Done,
    Skip,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Todo => "todo",
            Status::Doing => "doing",
            Status::Done => "done",
            Status::Skip => "skip",
        }
    }

    /// The status written `word` (as `as_str` writes it).
    pub fn parse(word: &str) -> Option<Status> {
        [Status::Todo, Status::Doing, Status::Done, Status::Skip]
            .into_iter()
            .find(|s| s.as_str() == word)
    }

    /// Whether the skill still needs time in a schedule.
    pub fn needs_time(self) -> bool {
        matches!(self, Status::Todo | Status::Doing)
    }
}

/// Every skill's status; skills not listed are to do.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Progress {
    pub skills: BTreeMap<String, Status>,
}

impl Progress {
    pub fn status(&self, skill: &str) -> Status {
        self.skills.get(skill).copied().unwrap_or_default()
    }

    /// Sets a skill's status; `Todo` forgets the skill.
    pub fn set(&mut self, skill: &str, status: Status) {
        if status == Status::Todo {
            self.skills.remove(skill);
        } else {
            self.skills.insert(skill.to_string(), status);
        }
    }

    /// Whether anything at all is tracked.
    pub fn is_empty(&self) -> bool {
        self.skills.is_empty()
    }
}

/// How far a person is through one stage or a whole roadmap.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Tally {
    pub skills: usize,
    pub done: usize,
    pub doing: usize,
    pub skipped: usize,
    pub hours: f64,
    pub done_hours: f64,
    pub skipped_hours: f64,
}

impl Tally {
    fn add(&mut self, hours: f64, status: Status) {
        self.skills += 1;
        self.hours += hours;
        match status {
            Status::Done => {
                self.done += 1;
                self.done_hours += hours;
            }
            Status::Doing => self.doing += 1,
            Status::Skip => {
                self.skipped += 1;
                self.skipped_hours += hours;
            }
            Status::Todo => {}
        }
    }

    /// Done hours out of the hours not skipped, 0..=100.
    pub fn percent(&self) -> f64 {
        let counted = self.hours - self.skipped_hours;
        if counted <= 0.0 {
            if self.skills > 0 {
                100.0
            } else {
                0.0
            }
        } else {
            (self.done_hours / counted * 100.0).clamp(0.0, 100.0)
        }
    }

    /// Hours still to learn (to do and doing).
    pub fn remaining_hours(&self) -> f64 {
        (self.hours - self.done_hours - self.skipped_hours).max(0.0)
    }
}

/// One stage's tally.
#[derive(Debug, Clone)]
pub struct StageTally {
    pub id: String,
    pub name: Text,
    pub tally: Tally,
}

/// A roadmap's tally, stage by stage and overall.
#[derive(Debug, Clone)]
pub struct PlanTally {
    pub stages: Vec<StageTally>,
    pub overall: Tally,
}

pub fn tally(plan: &Plan, pack: &Pack, progress: &Progress) -> PlanTally {
    let mut overall = Tally::default();
    let stages = plan
        .stages
        .iter()
        .map(|stage| {
            let mut t = Tally::default();
            for id in &stage.skills {
                let hours = skill_hours(pack, id);
                let status = progress.status(id);
                t.add(hours, status);
                overall.add(hours, status);
            }
            StageTally {
                id: stage.id.clone(),
                name: stage.name.clone(),
                tally: t,
            }
        })
        .collect();
    PlanTally { stages, overall }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn skipped_hours_leave_the_total_and_doing_is_not_done() {
        let mut t = Tally::default();
        t.add(30.0, Status::Done);
        t.add(30.0, Status::Doing);
        t.add(40.0, Status::Skip);
        assert_eq!(t.percent(), 50.0);
        assert_eq!(t.remaining_hours(), 30.0);
    }

    #[test]
    fn setting_todo_forgets_the_skill() {
        let mut p = Progress::default();
        p.set("python", Status::Done);
        p.set("python", Status::Todo);
        assert!(p.is_empty());
    }
}
