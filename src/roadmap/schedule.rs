//! `--hours-per-week N [--start YYYY-MM-DD]`: a week-by-week plan with dates.
//!
//! Skills are taken in plan order (which puts every prerequisite first) and
//! poured into weeks of N hours: a skill may span several weeks, and the next
//! one starts in the same week when time is left. So no skill is ever started
//! before each of its prerequisites is finished. Time is counted in whole
//! minutes, so fractions of hours never drift.

use std::collections::HashMap;

use chrono::{Datelike, Days, NaiveDate};
use thiserror::Error;

use super::plan::{skill_hours, Plan};
use super::Progress;
use crate::content::Pack;

/// The fewest and most hours a week a plan is made for.
pub const MIN_HOURS_PER_WEEK: f64 = 1.0;
pub const MAX_HOURS_PER_WEEK: f64 = 80.0;
/// Start dates are accepted from this year to this year.
pub const FIRST_YEAR: i32 = 1970;
pub const LAST_YEAR: i32 = 2200;

/// Hours a week to plan with: a number from 1 to 80.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct HoursPerWeek(f64);

/// Why a number of hours a week cannot be planned with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum HoursError {
    /// Not a finite number above 0.
    #[error("not a number of hours above 0")]
    NotPositive,
    /// Above 0 but under [`MIN_HOURS_PER_WEEK`].
    #[error("less than {MIN_HOURS_PER_WEEK} hour a week")]
    TooFew,
    /// Over [`MAX_HOURS_PER_WEEK`].
    #[error("more than {MAX_HOURS_PER_WEEK} hours a week")]
    TooMany,
}

impl HoursPerWeek {
    pub fn new(hours: f64) -> Result<HoursPerWeek, HoursError> {
        if !hours.is_finite() || hours <= 0.0 {
            Err(HoursError::NotPositive)
        } else if hours < MIN_HOURS_PER_WEEK {
            Err(HoursError::TooFew)
        } else if hours > MAX_HOURS_PER_WEEK {
            Err(HoursError::TooMany)
        } else {
            Ok(HoursPerWeek(hours))
        }
    }

    pub fn get(self) -> f64 {
        self.0
    }
}

/// Why a start date cannot be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum StartError {
    /// Not written YYYY-MM-DD.
    #[error("not a date written YYYY-MM-DD")]
    Shape,
    /// Written YYYY-MM-DD but not a day of the calendar (2027-02-30).
    #[error("not a day of the calendar")]
    NotADay,
    /// Outside [`FIRST_YEAR`]..=[`LAST_YEAR`].
    #[error("outside the years {FIRST_YEAR} to {LAST_YEAR}")]
    OutOfYears,
}

/// A start date within the years a plan is made for.
pub fn check_start(date: NaiveDate) -> Result<NaiveDate, StartError> {
    if (FIRST_YEAR..=LAST_YEAR).contains(&date.year()) {
        Ok(date)
    } else {
        Err(StartError::OutOfYears)
    }
}

/// Why a schedule cannot be made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum ScheduleError {
    /// The plan would run past the last date the calendar can hold.
    #[error("the plan runs past the last date the calendar can show")]
    PastCalendar,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Schedule {
    pub start: NaiveDate,
    pub hours_per_week: f64,
    pub weeks: Vec<Week>,
    /// The last day of the last week; the start date when nothing is left to learn.
    pub finish: NaiveDate,
    /// The week (index into `weeks`) each skill is finished in.
    finished_in: HashMap<String, usize>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Week {
    /// 1 for the first week.
    pub number: usize,
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub items: Vec<WeekItem>,
}

/// Time given to one skill in one week.
#[derive(Debug, Clone, PartialEq)]
pub struct WeekItem {
    pub skill: String,
    pub minutes: u64,
    /// The skill's first week.
    pub starts: bool,
    /// The skill is finished this week.
    pub finishes: bool,
}

impl WeekItem {
    pub fn hours(&self) -> f64 {
        self.minutes as f64 / 60.0
    }
}

impl Week {
    pub fn hours(&self) -> f64 {
        self.items.iter().map(WeekItem::hours).sum()
    }
}

fn minutes(hours: f64) -> u64 {
    if hours.is_finite() && hours > 0.0 {
        ((hours * 60.0).round() as u64).max(1)
    } else {
        0
    }
}

impl Schedule {
    /// Schedules `skills` (id, hours), in the order given, at `hours_per_week`
    /// from `start`.
    pub fn build(
        skills: &[(String, f64)],
        hours_per_week: HoursPerWeek,
        start: NaiveDate,
    ) -> Result<Schedule, ScheduleError> {
        let hours_per_week = hours_per_week.get();
        let per_week = minutes(hours_per_week).max(1);
        let mut weeks: Vec<Week> = Vec::new();
        let mut items: Vec<WeekItem> = Vec::new();
        let mut left = per_week;
        for (skill, hours) in skills {
            let mut rest = minutes(*hours);
            let mut first = true;
            while rest > 0 {
                if left == 0 {
                    push_week(&mut weeks, std::mem::take(&mut items), start)?;
                    left = per_week;
                }
                let take = rest.min(left);
                rest -= take;
                left -= take;
                items.push(WeekItem {
                    skill: skill.clone(),
                    minutes: take,
                    starts: first,
                    finishes: rest == 0,
                });
                first = false;
            }
        }
        if !items.is_empty() {
            push_week(&mut weeks, items, start)?;
        }
        let finish = weeks.last().map(|w| w.end).unwrap_or(start);
        let finished_in = weeks
            .iter()
            .enumerate()
            .flat_map(|(k, w)| {
                w.items
                    .iter()
                    .filter(|i| i.finishes)
                    .map(move |i| (i.skill.clone(), k))
            })
            .collect();
        Ok(Schedule {
            start,
            hours_per_week,
            weeks,
            finish,
            finished_in,
        })
    }

    /// The week in which `skill` is finished.
    pub fn finish_week(&self, skill: &str) -> Option<&Week> {
        self.finished_in.get(skill).map(|&k| &self.weeks[k])
    }

    pub fn total_hours(&self) -> f64 {
        self.weeks.iter().map(Week::hours).sum()
    }
}

fn push_week(
    weeks: &mut Vec<Week>,
    items: Vec<WeekItem>,
    start: NaiveDate,
) -> Result<(), ScheduleError> {
    let number = weeks.len() + 1;
    let first = start.checked_add_days(Days::new(7 * (number as u64 - 1)));
    let last = first.and_then(|d| d.checked_add_days(Days::new(6)));
    let (Some(first), Some(last)) = (first, last) else {
        return Err(ScheduleError::PastCalendar);
    };
    weeks.push(Week {
        number,
        start: first,
        end: last,
        items,
    });
    Ok(())
}

/// The plan's skills that still need time (to do or being learnt), in plan
/// order, with their hours: what a schedule is built from.
pub fn remaining(plan: &Plan, pack: &Pack, progress: &Progress) -> Vec<(String, f64)> {
    plan.skills()
        .filter(|id| progress.status(id).needs_time())
        .map(|id| (id.to_string(), skill_hours(pack, id)))
        .collect()
}

/// Today in the local time zone: the default start.
pub fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn h(n: f64) -> HoursPerWeek {
        HoursPerWeek::new(n).unwrap()
    }

    #[test]
    fn a_skill_spans_weeks_and_the_next_starts_in_the_same_week() {
        let skills = vec![("a".to_string(), 15.0), ("b".to_string(), 10.0)];
        let s = Schedule::build(&skills, h(10.0), d("2027-01-04")).unwrap();
        assert_eq!(s.weeks.len(), 3);
        assert_eq!(s.weeks[0].items.len(), 1);
        let w2: Vec<(&str, u64, bool)> = s.weeks[1]
            .items
            .iter()
            .map(|i| (i.skill.as_str(), i.minutes, i.finishes))
            .collect();
        assert_eq!(w2, vec![("a", 300, true), ("b", 300, false)]);
        assert_eq!(s.weeks[2].start, d("2027-01-18"));
        assert_eq!(s.finish, d("2027-01-24"));
        assert_eq!(s.finish_week("a").map(|w| w.number), Some(2));
        assert_eq!(s.finish_week("b").map(|w| w.number), Some(3));
    }

    #[test]
    fn hours_outside_1_to_80_are_refused_by_kind() {
        for (v, e) in [
            (0.0, HoursError::NotPositive),
            (-3.0, HoursError::NotPositive),
            (f64::NAN, HoursError::NotPositive),
            (f64::INFINITY, HoursError::NotPositive),
            (0.2, HoursError::TooFew),
            (200.0, HoursError::TooMany),
        ] {
            assert_eq!(HoursPerWeek::new(v), Err(e), "{v}");
        }
        assert_eq!(h(7.5).get(), 7.5);
        assert_eq!(check_start(d("1900-01-01")), Err(StartError::OutOfYears));
    }

    #[test]
    fn a_plan_past_the_calendar_is_an_error_not_a_panic() {
        let skills = vec![("a".to_string(), 2000.0)];
        let e = Schedule::build(&skills, h(1.0), NaiveDate::MAX - Days::new(30));
        assert_eq!(e, Err(ScheduleError::PastCalendar));
    }

    #[test]
    fn nothing_to_learn_finishes_at_the_start() {
        let s = Schedule::build(&[], h(10.0), d("2027-01-04")).unwrap();
        assert!(s.weeks.is_empty());
        assert_eq!(s.finish, d("2027-01-04"));
    }
}
