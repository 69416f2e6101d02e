//! Item analysis: per dimension, how reliable its items are together and how
//! each item behaves; per question, how it was answered; for the cohort, how
//! the recommendations spread. Built from running sums, so it streams: chunks
//! are summed on their own and merged in input order.
//!
//! An item's score on a dimension is its contribution as docs/scoring.md
//! defines it (likert `w·(v−1)/4` or reversed, a choice's weight, the sum of a
//! multi's picked weights). α uses the responses that answered every item of
//! the dimension.

use serde::Serialize;

use super::alpha::{self, Moments};
use super::summary::Summary;
use crate::content::{Pack, QuestionKind, Quiz};
use crate::engine::batch::{Indexed, Scored, Scorer, Slot};

/// An item–rest correlation below this flags the item.
pub const MIN_ITEM_REST: f64 = 0.2;
/// An option picked by more than this share of those who answered is flagged.
pub const MAX_PICK_RATE: f64 = 0.9;
/// An option picked by less than this share is flagged.
pub const MIN_PICK_RATE: f64 = 0.02;
/// A skip rate above this flags the item.
pub const MAX_SKIP_RATE: f64 = 0.2;

/// Running sums for one batch or one chunk.
#[derive(Debug, Clone)]
pub struct Accumulator {
    dims: usize,
    /// Per dimension: the questions informing it and their moments.
    scales: Vec<(Vec<usize>, Moments)>,
    questions: Vec<QuestionSums>,
    summary: Summary,
    score_sum: Vec<f64>,
    x: Vec<f64>,
}

#[derive(Debug, Clone)]
struct QuestionSums {
    answered: u64,
    /// Likert: answers 1..5; choice and multi: picks per option.
    counts: Vec<u64>,
    /// Sum of the item score per dimension.
    item_sum: Vec<f64>,
    /// Sum of pickers' dimension scores, `[option * dims + d]`.
    picker_score: Vec<f64>,
}

impl Accumulator {
    pub fn new(pack: &Pack, quiz: &Quiz, scorer: &Scorer) -> Accumulator {
        let dims = quiz.dimensions.len();
        let scales = (0..dims)
            .map(|d| {
                let items: Vec<usize> = (0..quiz.questions.len())
                    .filter(|q| scorer.informs(*q).contains(&d))
                    .collect();
                let k = items.len();
                (items, Moments::new(k))
            })
            .collect();
        let questions = quiz
            .questions
            .iter()
            .map(|q| {
                let n = match q.kind {
                    QuestionKind::Likert { .. } => 5,
                    _ => q.kind.options().len(),
                };
                QuestionSums {
                    answered: 0,
                    counts: vec![0; n],
                    item_sum: vec![0.0; dims],
                    picker_score: vec![0.0; q.kind.options().len() * dims],
                }
            })
            .collect();
        Accumulator {
            dims,
            scales,
            questions,
            summary: Summary::new(pack.roles.len()),
            score_sum: vec![0.0; dims],
            x: Vec::new(),
        }
    }

    /// Adds one scored response.
    pub fn add(&mut self, scorer: &Scorer, a: &Indexed, s: &Scored) {
        self.summary.count(s);
        for (sum, score) in self.score_sum.iter_mut().zip(&s.scores) {
            *sum += score;
        }
        for (q, sums) in self.questions.iter_mut().enumerate() {
            let one;
            let picked: &[u32] = match a.slots[q] {
                Slot::Skipped => continue,
                Slot::Likert(v) => {
                    sums.counts[usize::from(v.clamp(1, 5)) - 1] += 1;
                    &[]
                }
                Slot::Choice(o) => {
                    one = [o];
                    &one
                }
                Slot::Multi { start, end } => a.multi(start, end),
            };
            sums.answered += 1;
            for &o in picked {
                sums.counts[o as usize] += 1;
                for d in 0..self.dims {
                    sums.picker_score[o as usize * self.dims + d] += s.scores[d];
                }
            }
            for &d in scorer.informs(q) {
                sums.item_sum[d] += scorer.contribution(a, q, d).unwrap_or(0.0);
            }
        }
        for (d, (items, moments)) in self.scales.iter_mut().enumerate() {
            self.x.clear();
            for &q in items.iter() {
                match scorer.contribution(a, q, d) {
                    Some(c) => self.x.push(c),
                    None => break,
                }
            }
            if self.x.len() == items.len() && !items.is_empty() {
                moments.add(&self.x);
            }
        }
    }

    /// Counts a rejected response.
    pub fn reject(&mut self) {
        self.summary.rejected += 1;
    }

    pub fn merge(&mut self, other: &Accumulator) {
        self.summary.add(&other.summary);
        for (a, b) in self.score_sum.iter_mut().zip(&other.score_sum) {
            *a += b;
        }
        for (a, b) in self.scales.iter_mut().zip(&other.scales) {
            a.1.merge(&b.1);
        }
        for (a, b) in self.questions.iter_mut().zip(&other.questions) {
            a.answered += b.answered;
            for (x, y) in a.counts.iter_mut().zip(&b.counts) {
                *x += y;
            }
            for (x, y) in a.item_sum.iter_mut().zip(&b.item_sum) {
                *x += y;
            }
            for (x, y) in a.picker_score.iter_mut().zip(&b.picker_score) {
                *x += y;
            }
        }
    }

    /// The report.
    pub fn finish(&self, pack: &Pack, quiz: &Quiz) -> Analysis {
        let n = self.summary.scored;
        let share = |x: u64| if n == 0 { 0.0 } else { x as f64 / n as f64 };
        let dimensions = quiz
            .dimensions
            .iter()
            .enumerate()
            .map(|(d, dim)| {
                let (items, moments) = &self.scales[d];
                let rel = alpha::reliability(moments);
                let items = items
                    .iter()
                    .enumerate()
                    .map(|(i, &q)| self.item(pack, quiz, d, q, &rel, i))
                    .collect();
                DimensionReport {
                    id: dim.id.clone(),
                    complete: rel.n,
                    alpha: rel.alpha,
                    ci: rel.ci,
                    items,
                }
            })
            .collect();
        let _ = pack;
        Analysis {
            respondents: n,
            rejected: self.summary.rejected,
            dimensions,
            cohort: CohortReport {
                recommended: pack
                    .roles
                    .iter()
                    .zip(&self.summary.recommended)
                    .map(|(r, c)| (r.id.clone(), *c))
                    .collect(),
                close_call_share: share(self.summary.close_calls),
                insufficient_share: share(self.summary.no_recommendation),
                flat_share: share(self.summary.flat_profiles),
                mean_profile: quiz
                    .dimensions
                    .iter()
                    .zip(&self.score_sum)
                    .map(|(d, s)| (d.id.clone(), if n == 0 { None } else { Some(s / n as f64) }))
                    .collect(),
            },
        }
    }

    fn item(
        &self,
        _pack: &Pack,
        quiz: &Quiz,
        d: usize,
        q: usize,
        rel: &alpha::Reliability,
        i: usize,
    ) -> ItemReport {
        let question = &quiz.questions[q];
        let sums = &self.questions[q];
        let n = self.summary.scored;
        let skip_rate = if n == 0 {
            0.0
        } else {
            1.0 - sums.answered as f64 / n as f64
        };
        let mean = (sums.answered > 0).then(|| sums.item_sum[d] / sums.answered as f64);
        let options: Vec<OptionReport> = question
            .kind
            .options()
            .iter()
            .enumerate()
            .map(|(o, opt)| {
                let picks = sums.counts[o];
                OptionReport {
                    id: opt.id.clone(),
                    picks,
                    pick_rate: (sums.answered > 0).then(|| picks as f64 / sums.answered as f64),
                    mean_dimension_score: (picks > 0)
                        .then(|| sums.picker_score[o * self.dims + d] / picks as f64),
                }
            })
            .collect();
        let distribution = match question.kind {
            QuestionKind::Likert { .. } => sums.counts.clone(),
            _ => Vec::new(),
        };
        let item_rest = rel.item_rest.get(i).copied().flatten();
        let alpha_if_dropped = rel.alpha_if_dropped.get(i).copied().flatten();
        let mut flags = Vec::new();
        if item_rest.is_some_and(|r| r < MIN_ITEM_REST) {
            flags.push(Flag::LowItemRest);
        }
        if let (Some(a), Some(without)) = (rel.alpha, alpha_if_dropped) {
            if without > a {
                flags.push(Flag::AlphaRisesWithout);
            }
        }
        for o in &options {
            match o.pick_rate {
                Some(r) if r > MAX_PICK_RATE => flags.push(Flag::OptionTooCommon {
                    option: o.id.clone(),
                }),
                Some(r) if r < MIN_PICK_RATE => flags.push(Flag::OptionTooRare {
                    option: o.id.clone(),
                }),
                _ => {}
            }
        }
        if skip_rate > MAX_SKIP_RATE {
            flags.push(Flag::ManySkips);
        }
        ItemReport {
            question: question.id.clone(),
            kind: question.kind.name(),
            answered: sums.answered,
            skip_rate,
            mean,
            item_rest,
            alpha_if_dropped,
            distribution,
            options,
            flags,
        }
    }
}

/// The whole item analysis.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Analysis {
    pub respondents: u64,
    pub rejected: u64,
    pub dimensions: Vec<DimensionReport>,
    pub cohort: CohortReport,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DimensionReport {
    pub id: String,
    /// Responses that answered every item of the dimension (α uses these).
    pub complete: u64,
    pub alpha: Option<f64>,
    /// Feldt's 95% interval for α.
    pub ci: Option<(f64, f64)>,
    pub items: Vec<ItemReport>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ItemReport {
    pub question: String,
    pub kind: &'static str,
    pub answered: u64,
    pub skip_rate: f64,
    /// Mean item score on this dimension, over those who answered.
    pub mean: Option<f64>,
    /// Corrected item–total correlation (with the sum of the other items).
    pub item_rest: Option<f64>,
    pub alpha_if_dropped: Option<f64>,
    /// Likert: how many answered 1, 2, 3, 4, 5.
    pub distribution: Vec<u64>,
    pub options: Vec<OptionReport>,
    pub flags: Vec<Flag>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OptionReport {
    pub id: String,
    pub picks: u64,
    /// Share of those who answered the question.
    pub pick_rate: Option<f64>,
    /// Mean score on the dimension of those who picked the option.
    pub mean_dimension_score: Option<f64>,
}

/// Signs that an item likely fails.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "flag", rename_all = "snake_case")]
pub enum Flag {
    /// Item–rest correlation below [`MIN_ITEM_REST`].
    LowItemRest,
    /// α would rise if the item were dropped.
    AlphaRisesWithout,
    /// One option picked by more than [`MAX_PICK_RATE`].
    OptionTooCommon { option: String },
    /// One option picked by less than [`MIN_PICK_RATE`].
    OptionTooRare { option: String },
    /// Skipped by more than [`MAX_SKIP_RATE`].
    ManySkips,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CohortReport {
    /// Recommendations per role id.
    pub recommended: Vec<(String, u64)>,
    pub close_call_share: f64,
    /// Share with no recommendation (too little evidence).
    pub insufficient_share: f64,
    pub flat_share: f64,
    /// Mean score per dimension.
    pub mean_profile: Vec<(String, Option<f64>)>,
}
