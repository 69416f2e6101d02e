//! `--hours-per-week N [--start YYYY-MM-DD]`: a week-by-week plan with dates.
//!
//! Skills are taken in plan order (which puts every prerequisite first) and
//! poured into weeks of N hours: a skill may span several weeks, and the next
//! one starts in the same week when time is left. So no skill is ever started
//! before each of its prerequisites is finished. Time is counted in whole
//! minutes, so fractions of hours never drift.

use chrono::{Datelike, Days, NaiveDate};

use super::plan::{skill_hours, Plan};
use super::Progress;
use crate::content::Pack;
use crate::error::{CareerError, Result};
use crate::i18n::Lang;
use crate::tr;

/// The fewest and most hours a week a plan is made for.
pub const MIN_HOURS_PER_WEEK: f64 = 1.0;
pub const MAX_HOURS_PER_WEEK: f64 = 80.0;
/// Start dates are accepted from this year to this year.
pub const FIRST_YEAR: i32 = 1970;
pub const LAST_YEAR: i32 = 2200;

#[derive(Debug, Clone, PartialEq)]
pub struct Schedule {
    pub start: NaiveDate,
    pub hours_per_week: f64,
    pub weeks: Vec<Week>,
    /// The last day of the last week; the start date when nothing is left to learn.
    pub finish: NaiveDate,
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
        hours_per_week: f64,
        start: NaiveDate,
        lang: Lang,
    ) -> Result<Schedule> {
        let per_week = minutes(hours_per_week).max(1);
        let mut weeks: Vec<Week> = Vec::new();
        let mut items: Vec<WeekItem> = Vec::new();
        let mut left = per_week;
        for (skill, hours) in skills {
            let mut rest = minutes(*hours);
            let mut first = true;
            while rest > 0 {
                if left == 0 {
                    push_week(&mut weeks, std::mem::take(&mut items), start, lang)?;
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
            push_week(&mut weeks, items, start, lang)?;
        }
        let finish = weeks.last().map(|w| w.end).unwrap_or(start);
        Ok(Schedule {
            start,
            hours_per_week,
            weeks,
            finish,
        })
    }

    /// The week in which `skill` is finished.
    pub fn finish_week(&self, skill: &str) -> Option<&Week> {
        self.weeks
            .iter()
            .find(|w| w.items.iter().any(|i| i.finishes && i.skill == skill))
    }

    pub fn total_hours(&self) -> f64 {
        self.weeks.iter().map(Week::hours).sum()
    }
}

fn push_week(
    weeks: &mut Vec<Week>,
    items: Vec<WeekItem>,
    start: NaiveDate,
    lang: Lang,
) -> Result<()> {
    let number = weeks.len() + 1;
    let first = start.checked_add_days(Days::new(7 * (number as u64 - 1)));
    let last = first.and_then(|d| d.checked_add_days(Days::new(6)));
    let (Some(first), Some(last)) = (first, last) else {
        return Err(CareerError::usage(
            tr!(
                lang,
                "the plan runs past the last date the calendar can show",
                "rencana ini melewati tanggal terakhir yang bisa ditampilkan kalender"
            ),
            tr!(
                lang,
                "give more hours a week or an earlier `--start`",
                "berikan lebih banyak jam per minggu atau `--start` yang lebih awal"
            ),
        ));
    };
    weeks.push(Week {
        number,
        start: first,
        end: last,
        items,
    });
    Ok(())
}

/// Reads `--hours-per-week`: a number from 1 to 80.
pub fn parse_hours_per_week(raw: &str, lang: Lang) -> Result<f64> {
    let shown = crate::content::text::sanitize(raw.trim());
    let value: Option<f64> = raw.trim().parse().ok().filter(|v: &f64| v.is_finite());
    match value {
        Some(v) if (MIN_HOURS_PER_WEEK..=MAX_HOURS_PER_WEEK).contains(&v) => Ok(v),
        Some(v) if v > 0.0 && v < MIN_HOURS_PER_WEEK => Err(CareerError::usage(
            tr!(
                lang,
                "--hours-per-week {shown} is too little to plan with",
                "--hours-per-week {shown} terlalu sedikit untuk dibuat rencana"
            ),
            tr!(
                lang,
                "give at least {MIN_HOURS_PER_WEEK} hour a week, e.g. `--hours-per-week 5`",
                "berikan minimal {MIN_HOURS_PER_WEEK} jam per minggu, misalnya `--hours-per-week 5`"
            ),
        )),
        Some(v) if v > MAX_HOURS_PER_WEEK => Err(CareerError::usage(
            tr!(
                lang,
                "--hours-per-week {shown} is more than anyone can keep up",
                "--hours-per-week {shown} lebih dari yang sanggup dijalani siapa pun"
            ),
            tr!(
                lang,
                "give at most {MAX_HOURS_PER_WEEK} hours a week; 5 to 20 is typical next to a job or studies",
                "berikan paling banyak {MAX_HOURS_PER_WEEK} jam per minggu; 5 sampai 20 jam lazim di samping kerja atau kuliah"
            ),
        )),
        _ => Err(CareerError::usage(
            tr!(
                lang,
                "--hours-per-week `{shown}` is not a number of hours above 0",
                "--hours-per-week `{shown}` bukan jumlah jam di atas 0"
            ),
            tr!(
                lang,
                "give the hours you can study each week, e.g. `--hours-per-week 10`",
                "berikan jumlah jam belajarmu tiap minggu, misalnya `--hours-per-week 10`"
            ),
        )),
    }
}

/// Reads `--start`: a calendar date written YYYY-MM-DD.
pub fn parse_start(raw: &str, lang: Lang) -> Result<NaiveDate> {
    let shown = crate::content::text::sanitize(raw.trim());
    let bad = || {
        CareerError::usage(
            tr!(
                lang,
                "--start `{shown}` is not a date written YYYY-MM-DD",
                "--start `{shown}` bukan tanggal dengan format YYYY-MM-DD"
            ),
            tr!(
                lang,
                "write the year, month and day, e.g. `--start 2027-01-04`",
                "tulis tahun, bulan, dan tanggal, misalnya `--start 2027-01-04`"
            ),
        )
    };
    let s = raw.trim();
    let shape_ok = s.len() == 10
        && s.char_indices().all(|(i, c)| {
            if i == 4 || i == 7 {
                c == '-'
            } else {
                c.is_ascii_digit()
            }
        });
    if !shape_ok {
        return Err(bad());
    }
    let date = NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|_| {
        CareerError::usage(
            tr!(
                lang,
                "--start `{shown}` is not a day of the calendar",
                "--start `{shown}` bukan tanggal yang ada di kalender"
            ),
            tr!(
                lang,
                "check the month (01-12) and the day, e.g. `--start 2027-01-04`",
                "periksa bulan (01-12) dan tanggalnya, misalnya `--start 2027-01-04`"
            ),
        )
    })?;
    if !(FIRST_YEAR..=LAST_YEAR).contains(&date.year()) {
        return Err(CareerError::usage(
            tr!(
                lang,
                "--start `{shown}` is outside the years {FIRST_YEAR} to {LAST_YEAR}",
                "--start `{shown}` di luar tahun {FIRST_YEAR} sampai {LAST_YEAR}"
            ),
            tr!(
                lang,
                "give a date such as `--start 2027-01-04`, or leave it out to start today",
                "berikan tanggal seperti `--start 2027-01-04`, atau hapus agar mulai hari ini"
            ),
        ));
    }
    Ok(date)
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
        parse_start(s, Lang::En).unwrap()
    }

    #[test]
    fn a_skill_spans_weeks_and_the_next_starts_in_the_same_week() {
        let skills = vec![("a".to_string(), 15.0), ("b".to_string(), 10.0)];
        let s = Schedule::build(&skills, 10.0, d("2027-01-04"), Lang::En).unwrap();
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
    }

    #[test]
    fn bad_dates_and_hours_are_refused_with_the_value_quoted() {
        for bad in [
            "2027-13-01",
            "2027-02-30",
            "04-01-2027",
            "tomorrow",
            "1900-01-01",
        ] {
            let e = parse_start(bad, Lang::En).unwrap_err();
            assert!(e.to_string().contains(bad), "{e}");
            assert_eq!(e.exit_code(), 2);
        }
        for bad in ["0", "-3", "abc", "NaN", "inf", "200", "0.2"] {
            let e = parse_hours_per_week(bad, Lang::En).unwrap_err();
            assert!(e.to_string().contains(bad), "{e}");
        }
        assert_eq!(parse_hours_per_week(" 7.5 ", Lang::En).unwrap(), 7.5);
    }

    #[test]
    fn nothing_to_learn_finishes_at_the_start() {
        let s = Schedule::build(&[], 10.0, d("2027-01-04"), Lang::En).unwrap();
        assert!(s.weeks.is_empty());
        assert_eq!(s.finish, d("2027-01-04"));
    }
}
