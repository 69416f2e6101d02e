//! What the adaptive engine knows part-way through a quiz: per dimension, how
//! much the answered questions gave, how much they could have given, and how
//! much the questions not yet asked could still add.

use super::bank::{Bank, Pick};
use crate::engine::score::NEUTRAL;

#[derive(Debug, Clone)]
pub struct State {
    /// Per dimension: Σ (contribution − least) over answered questions.
    pub got: Vec<f64>,
    /// Per dimension: Σ width over answered questions.
    pub width: Vec<f64>,
    /// Per dimension: Σ width over questions not asked yet.
    pub remaining: Vec<f64>,
    /// Per dimension: answered questions that informed it.
    pub evidence: Vec<usize>,
    /// Per question: whether it has been asked (answered or skipped).
    pub asked: Vec<bool>,
    /// Per question: the answer given, `None` if skipped or not asked yet.
    pub picks: Vec<Option<Pick>>,
    pub asked_count: usize,
    pub answered_count: usize,
}

impl State {
    pub fn new(bank: &Bank) -> State {
        let mut remaining = vec![0.0; bank.dims];
        for item in &bank.items {
            for (r, w) in remaining.iter_mut().zip(&item.width) {
                *r += w;
            }
        }
        State {
            got: vec![0.0; bank.dims],
            width: vec![0.0; bank.dims],
            remaining,
            evidence: vec![0; bank.dims],
            asked: vec![false; bank.items.len()],
            picks: vec![None; bank.items.len()],
            asked_count: 0,
            answered_count: 0,
        }
    }

    /// Records question `i` as asked, with its answer or `None` for a skip.
    pub fn record(&mut self, bank: &Bank, i: usize, pick: Option<Pick>) {
        let Some(item) = bank.items.get(i) else {
            return;
        };
        if self.asked[i] {
            return;
        }
        self.asked[i] = true;
        self.asked_count += 1;
        for d in 0..bank.dims {
            self.remaining[d] = (self.remaining[d] - item.width[d]).max(0.0);
        }
        if let Some(pick) = pick {
            self.picks[i] = Some(pick);
            self.answered_count += 1;
            add(
                bank,
                i,
                pick,
                &mut self.got,
                &mut self.width,
                &mut self.evidence,
            );
        }
    }

    /// The dimension scores as things stand (unasked questions count as skipped).
    pub fn scores(&self, out: &mut [f64]) {
        scores_into(&self.got, &self.width, out);
    }

    /// How many questions have not been asked yet.
    pub fn unasked(&self) -> impl Iterator<Item = usize> + '_ {
        self.asked
            .iter()
            .enumerate()
            .filter(|(_, a)| !**a)
            .map(|(i, _)| i)
    }
}

/// Adds question `i`'s answer to running sums.
pub fn add(
    bank: &Bank,
    i: usize,
    pick: Pick,
    got: &mut [f64],
    width: &mut [f64],
    evidence: &mut [usize],
) {
    let item = &bank.items[i];
    for d in 0..bank.dims {
        if item.width[d] > 0.0 {
            got[d] += item.raw(pick, d) - item.min[d];
            width[d] += item.width[d];
            evidence[d] += 1;
        }
    }
}

/// Scores from running sums, as `score::Sums::score` computes them.
pub fn scores_into(got: &[f64], width: &[f64], out: &mut [f64]) {
    for d in 0..out.len() {
        out[d] = if width[d] > 0.0 {
            (100.0 * got[d] / width[d]).clamp(0.0, 100.0)
        } else {
            NEUTRAL
        };
    }
}
