//! The calibration map of one quiz: from the quick stability figure
//! ([`super::stability`]) and the person's answer noise as their answers
//! tell it ([`super::noise`]) to the stated stability, the observed retake
//! agreement of simulated people with about the same two numbers. Fitted by [`super::simulate::fit`]; the method
//! and its checks are in `docs/adaptive.md`, "A calibration map per quiz".
//!
//! A map belongs to one quiz: [`fingerprint`] names everything that moves the
//! figure (the questions' numbers, the roles' targets, the method), and a map
//! whose fingerprint differs is not used.

use serde::{Deserialize, Serialize};

use super::adaptive::bank::{Bank, Pick};
use crate::content::{Pack, QuestionKind, Quiz};

/// The map's format and the method behind it; a change makes every map stale.
pub const FORMAT: u32 = 2;

/// Nodes on the quick-figure axis: 0, 0.025, …, 1.
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
    /// Stated stability by quick figure alone (at each of [`FIGURE_NODES`]),
    /// for answers that give no noise estimate.
    pub by_figure: Vec<f64>,
    /// The second axis: answer noise levels (natural log), ascending.
    pub noises: Vec<f64>,
    /// Stated stability by noise (row) and quick figure (column).
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
            && self.noises.len() == self.by_both.len()
            && self.noises.iter().all(|s| s.is_finite())
            && self.noises.windows(2).all(|w| w[0] <= w[1])
            && self.by_both.iter().all(row_ok)
    }

    /// The stated stability (0..1) for a quick figure and, when there is one,
    /// the noise estimate ([`second_axis`]).
    pub fn stated(&self, figure: f64, noise: Option<f64>) -> f64 {
        let at = |row: &[f64]| along(row, figure);
        let v = match noise {
            Some(s) if !self.noises.is_empty() => {
                let last = self.noises.len() - 1;
                let k = self.noises.partition_point(|x| *x <= s);
                if k == 0 || last == 0 {
                    at(&self.by_both[0])
                } else if k > last {
                    at(&self.by_both[last])
                } else {
                    let (a, b) = (self.noises[k - 1], self.noises[k]);
                    let t = if b > a { (s - a) / (b - a) } else { 0.0 };
                    at(&self.by_both[k - 1]) * (1.0 - t) + at(&self.by_both[k]) * t
                }
            }
            _ => at(&self.by_figure),
        };
        v.clamp(0.0, 1.0)
    }
}

/// A row's value at quick figure `x` (0..1), linear between nodes.
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

/// The map's second axis for `answered`: the person's answer noise as
/// their own answers tell it (its natural log; [`super::noise::estimate`]).
pub fn second_axis(bank: &Bank, answered: &[(usize, Pick)]) -> Option<f64> {
    super::noise::estimate(bank, answered)
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

/// A quiz in its [`canonical`] order, with the way from the file's order to
/// it: so a person's stability figure and noise estimate are worked out on
/// the same numbers, summed in the same order, whatever order the file lists
/// dimensions, questions and options in (as the map was fitted).
#[derive(Debug, Clone)]
pub struct Canonical {
    pub bank: Bank,
    /// Per question in the file's order: its index in the canonical quiz.
    question: Vec<usize>,
    /// Per question in the file's order, per option: its canonical index.
    option: Vec<Vec<usize>>,
}

impl Canonical {
    pub fn new(pack: &Pack, quiz: &Quiz) -> Canonical {
        fn ranks<T>(items: &[T], id: impl Fn(&T) -> &str) -> Vec<usize> {
            let mut order: Vec<usize> = (0..items.len()).collect();
            order.sort_by(|&a, &b| id(&items[a]).cmp(id(&items[b])));
            let mut rank = vec![0; items.len()];
            for (new, old) in order.into_iter().enumerate() {
                rank[old] = new;
            }
            rank
        }
        Canonical {
            bank: bank(pack, quiz),
            question: ranks(&quiz.questions, |q| q.id.as_str()),
            option: quiz
                .questions
                .iter()
                .map(|q| ranks(q.kind.options(), |o| o.id.as_str()))
                .collect(),
        }
    }

    /// `answered` (question index and answer in the file's order) in the
    /// canonical quiz's terms, in its question order.
    pub fn picks(&self, answered: &[(usize, Pick)]) -> Vec<(usize, Pick)> {
        let mut out: Vec<(usize, Pick)> = answered
            .iter()
            .filter_map(|&(q, pick)| {
                let options = self.option.get(q)?;
                let pick = match pick {
                    Pick::Likert(v) => Pick::Likert(v),
                    Pick::Choice(o) => Pick::Choice(*options.get(o)?),
                    Pick::Multi(bits) => Pick::Multi(
                        (0..31)
                            .filter(|b| bits & (1 << b) != 0)
                            .filter_map(|b| options.get(b).copied().filter(|n| *n < 31))
                            .fold(0u32, |acc, n| acc | 1 << n),
                    ),
                };
                Some((*self.question.get(q)?, pick))
            })
            .collect();
        out.sort_by_key(|(q, _)| *q);
        out
    }
}

/// A name for everything that moves a quiz's stability figure and its map:
/// its dimensions, every question (id, kind, dimension, weights), the roles'
/// targets and importances, and [`FORMAT`]; taken in id order, so the order
/// a file lists things in does not change it. Read from the content as
/// written (no sums), so the same quiz gives the same name on every machine.
pub fn quiz_fingerprint(pack: &Pack, quiz: &Quiz) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |bytes: &[u8]| {
        for &b in bytes.iter().chain([0xff].iter()) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    };
    let num = |x: f64| x.to_bits().to_le_bytes();
    eat(&FORMAT.to_le_bytes());
    let mut dims: Vec<&str> = quiz.dimensions.iter().map(|d| d.id.as_str()).collect();
    dims.sort_unstable();
    for d in &dims {
        eat(d.as_bytes());
    }
    let mut questions: Vec<_> = quiz.questions.iter().collect();
    questions.sort_by(|a, b| a.id.cmp(&b.id));
    for q in questions {
        eat(q.id.as_bytes());
        eat(q.kind.name().as_bytes());
        match &q.kind {
            QuestionKind::Likert {
                dimension,
                reverse,
                weight,
            } => {
                eat(dimension.as_bytes());
                eat(&[u8::from(*reverse)]);
                eat(&num(*weight));
            }
            QuestionKind::Choice { options } | QuestionKind::Multi { options } => {
                let mut options: Vec<_> = options.iter().collect();
                options.sort_by(|a, b| a.id.cmp(&b.id));
                for o in options {
                    eat(o.id.as_bytes());
                    for d in &dims {
                        eat(&num(o.weight(d)));
                    }
                }
            }
        }
    }
    let mut roles: Vec<_> = pack.roles.iter().collect();
    roles.sort_by(|a, b| a.id.cmp(&b.id));
    for r in roles {
        eat(r.id.as_bytes());
        for d in &dims {
            eat(&num(r.target(d)));
            eat(&num(r.importance(d)));
        }
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
            noises: vec![0.1, 0.3],
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
        // Outside the noises: the nearest row.
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
