//! The calibration map of one quiz: from the cheap stability figure
//! ([`super::stability`]) and the spread of a person's likert answers to the
//! stated stability, the observed retake agreement of simulated people with
//! about the same two numbers. Fitted by [`super::simulate::fit`]; the method
//! and its checks are in `docs/adaptive.md`, "A calibration map per quiz".
//!
//! A map belongs to one quiz: [`fingerprint`] names everything that moves the
//! figure (the questions' numbers, the roles' targets, the method), and a map
//! whose fingerprint differs is not used.

use serde::{Deserialize, Serialize};

use super::adaptive::bank::{Bank, ItemKind, Pick};
use crate::content::{Pack, QuestionKind, Quiz};

/// The map's format and the method behind it; a change makes every map stale.
pub const FORMAT: u32 = 1;

/// Nodes on the cheap-figure axis: 0, 0.025, …, 1.
pub const FIGURE_NODES: usize = 41;

/// A quiz's calibration map.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StabilityMap {
    pub format: u32,
    /// The quiz's id (for people reading the file; the fingerprint decides).
    pub quiz: String,
    /// [`fingerprint`] of the quiz it was fitted for.
    pub fingerprint: String,
    /// Simulated respondents it was fitted on, and their seed.
    pub respondents: usize,
    pub seed: u64,
    /// Stated stability by cheap figure alone (at each of [`FIGURE_NODES`]),
    /// for answers with too few likert statements to give a spread.
    pub by_figure: Vec<f64>,
    /// The likert spreads of the second axis, ascending (empty when the quiz
    /// has no likert statements).
    pub spreads: Vec<f64>,
    /// Stated stability by spread (row) and cheap figure (column).
    pub by_both: Vec<Vec<f64>>,
}

impl StabilityMap {
    /// Whether the map can be used for a quiz with fingerprint `fingerprint`:
    /// the same quiz and method, and well-formed.
    pub fn fits(&self, fingerprint: &str) -> bool {
        let row_ok = |r: &Vec<f64>| {
            r.len() == FIGURE_NODES && r.iter().all(|v| v.is_finite() && (0.0..=1.0).contains(v))
        };
        self.format == FORMAT
            && self.fingerprint == fingerprint
            && row_ok(&self.by_figure)
            && self.spreads.len() == self.by_both.len()
            && self.spreads.iter().all(|s| s.is_finite())
            && self.spreads.windows(2).all(|w| w[0] <= w[1])
            && self.by_both.iter().all(row_ok)
    }

    /// The stated stability (0..1) for a cheap figure and, when there is one,
    /// the likert spread ([`likert_spread`]).
    pub fn stated(&self, figure: f64, spread: Option<f64>) -> f64 {
        let at = |row: &[f64]| along(row, figure);
        let v = match spread {
            Some(s) if !self.spreads.is_empty() => {
                let last = self.spreads.len() - 1;
                let k = self.spreads.partition_point(|x| *x <= s);
                if k == 0 || last == 0 {
                    at(&self.by_both[0])
                } else if k > last {
                    at(&self.by_both[last])
                } else {
                    let (a, b) = (self.spreads[k - 1], self.spreads[k]);
                    let t = if b > a { (s - a) / (b - a) } else { 0.0 };
                    at(&self.by_both[k - 1]) * (1.0 - t) + at(&self.by_both[k]) * t
                }
            }
            _ => at(&self.by_figure),
        };
        v.clamp(0.0, 1.0)
    }
}

/// A row's value at cheap figure `x` (0..1), linear between nodes.
fn along(row: &[f64], x: f64) -> f64 {
    let last = row.len().saturating_sub(1);
    if last == 0 {
        return row.first().copied().unwrap_or(0.0);
    }
    let x = if x.is_nan() { 0.0 } else { x.clamp(0.0, 1.0) };
    let pos = x * last as f64;
    let k = (pos.floor() as usize).min(last - 1);
    let t = pos - k as f64;
    row[k] * (1.0 - t) + row[k + 1] * t
}

/// The spread of a person's likert answers within each dimension (reverse-keyed
/// statements turned round, on the 0..1 scale), pooled over the dimensions;
/// `None` when no dimension has two statements answered. In the respondent
/// model every statement on a dimension shares the person's profile there, so
/// this is their answer noise, give or take the rounding to five points.
pub fn likert_spread(bank: &Bank, answered: &[(usize, Pick)]) -> Option<f64> {
    // Per dimension: count, sum and sum of squares.
    let mut acc = vec![(0usize, 0.0f64, 0.0f64); bank.dims];
    for &(i, pick) in answered {
        let (Some(item), Pick::Likert(v)) = (bank.items.get(i), pick) else {
            continue;
        };
        if let ItemKind::Likert { dim, reverse, .. } = item.kind {
            let x = (f64::from(v.clamp(1, 5)) - 1.0) / 4.0;
            let x = if reverse { 1.0 - x } else { x };
            if let Some(a) = acc.get_mut(dim) {
                a.0 += 1;
                a.1 += x;
                a.2 += x * x;
            }
        }
    }
    let (mut squares, mut df) = (0.0, 0usize);
    for &(n, s, ss) in acc.iter().filter(|a| a.0 >= 2) {
        squares += (ss - s * s / n as f64).max(0.0);
        df += n - 1;
    }
    (df > 0).then(|| (squares / df as f64).sqrt())
}

/// `quiz` in a fixed order: its dimensions, questions and options sorted by
/// id, so neither its fingerprint nor its fitted map depends on the order the
/// file lists them in.
pub fn canonical(quiz: &Quiz) -> Quiz {
    let mut q = quiz.clone();
    q.dimensions.sort_by(|a, b| a.id.cmp(&b.id));
    q.questions.sort_by(|a, b| a.id.cmp(&b.id));
    for question in &mut q.questions {
        if let QuestionKind::Choice { options } | QuestionKind::Multi { options } =
            &mut question.kind
        {
            options.sort_by(|a, b| a.id.cmp(&b.id));
        }
    }
    q
}

/// The numbers a map is fitted on: the [`canonical`] quiz's [`Bank`].
pub fn bank(pack: &Pack, quiz: &Quiz) -> Bank {
    Bank::new(pack, &canonical(quiz))
}

/// The [`fingerprint`] of `quiz`, whatever order its file lists things in.
pub fn quiz_fingerprint(pack: &Pack, quiz: &Quiz) -> String {
    fingerprint(&bank(pack, quiz))
}

/// A name for everything that moves a quiz's stability figure and its map:
/// the dimensions, every question's numbers, the roles' targets and weights,
/// and [`FORMAT`]. The same quiz gives the same name on every machine.
pub fn fingerprint(bank: &Bank) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |x: u64| {
        for b in x.to_le_bytes() {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    };
    let eat_all = |xs: &[f64], eat: &mut dyn FnMut(u64)| {
        eat(xs.len() as u64);
        xs.iter().for_each(|x| eat(x.to_bits()));
    };
    eat(u64::from(FORMAT));
    eat(bank.dims as u64);
    bank.dims_by_id.iter().for_each(|&d| eat(d as u64));
    eat(bank.items.len() as u64);
    for item in &bank.items {
        match &item.kind {
            ItemKind::Likert {
                dim,
                reverse,
                weight,
            } => {
                eat(0);
                eat(*dim as u64);
                eat(u64::from(*reverse));
                eat(weight.to_bits());
            }
            ItemKind::Choice { options } | ItemKind::Multi { options } => {
                eat(if matches!(item.kind, ItemKind::Choice { .. }) {
                    1
                } else {
                    2
                });
                eat(options.len() as u64);
                options.iter().for_each(|o| eat_all(o, &mut eat));
            }
        }
        eat_all(&item.min, &mut eat);
        eat_all(&item.width, &mut eat);
    }
    eat(bank.roles.len() as u64);
    for role in &bank.roles {
        eat(role.base.to_bits());
        eat_all(&role.coef, &mut eat);
        eat_all(&role.target, &mut eat);
    }
    format!("{h:016x}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn map() -> StabilityMap {
        let row = |lo: f64| -> Vec<f64> {
            (0..FIGURE_NODES)
                .map(|k| lo + (1.0 - lo) * k as f64 / (FIGURE_NODES - 1) as f64)
                .collect()
        };
        StabilityMap {
            format: FORMAT,
            quiz: "q".into(),
            fingerprint: "f".into(),
            respondents: 1,
            seed: 1,
            by_figure: row(0.5),
            spreads: vec![0.1, 0.3],
            by_both: vec![row(0.6), row(0.2)],
        }
    }

    #[test]
    fn reads_between_nodes_on_both_axes() {
        let m = map();
        // By figure alone: 0.5 at 0, 1 at 1, 0.75 half way.
        assert!((m.stated(0.5, None) - 0.75).abs() < 1e-12);
        // Spread 0.2 is half way between the rows 0.6.. and 0.2..: at
        // figure 0 that is 0.4, at figure 1 both rows give 1.
        assert!((m.stated(0.0, Some(0.2)) - 0.4).abs() < 1e-12);
        assert!((m.stated(1.0, Some(0.2)) - 1.0).abs() < 1e-12);
        // Outside the spreads: the nearest row.
        assert!((m.stated(0.0, Some(0.0)) - 0.6).abs() < 1e-12);
        assert!((m.stated(0.0, Some(0.9)) - 0.2).abs() < 1e-12);
        // Outside 0..1 and not a number: still a share.
        for x in [-3.0, 7.0, f64::NAN] {
            let v = m.stated(x, Some(x));
            assert!((0.0..=1.0).contains(&v), "{x}: {v}");
        }
    }

    #[test]
    fn a_map_for_another_quiz_or_damaged_is_not_used() {
        let m = map();
        assert!(m.fits("f"));
        assert!(!m.fits("g"));
        let mut short = m.clone();
        short.by_both[1].pop();
        assert!(!short.fits("f"));
        let mut wild = m.clone();
        wild.by_figure[3] = 1.5;
        assert!(!wild.fits("f"));
        let mut old = m;
        old.format = FORMAT + 1;
        assert!(!old.fits("f"));
    }
}
