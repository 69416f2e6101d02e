//! Which question to ask next. Deterministic: the same answers so far always
//! lead to the same next question.
//!
//! - Opening round: for each dimension in turn, the not-yet-chosen question
//!   that informs it the most (largest width), then a second round the same
//!   way ([`OPENING_PER_DIMENSION`] rounds in all).
//! - After that: the question whose possible answers move the gap between the
//!   current leader and the runner-up the most. Ties go to the earlier question.

use super::bank::Bank;
use super::state::State;

/// Questions per dimension in the opening round.
pub const OPENING_PER_DIMENSION: usize = 2;

/// The opening round, in the order it is asked.
pub fn opening(bank: &Bank) -> Vec<usize> {
    let mut chosen: Vec<usize> = Vec::new();
    for _ in 0..OPENING_PER_DIMENSION {
        for d in 0..bank.dims {
            let best = bank
                .items
                .iter()
                .enumerate()
                .filter(|(i, item)| item.width[d] > 0.0 && !chosen.contains(i))
                .fold(None::<(usize, f64)>, |best, (i, item)| match best {
                    Some((_, w)) if item.width[d] <= w => best,
                    _ => Some((i, item.width[d])),
                });
            if let Some((i, _)) = best {
                chosen.push(i);
            }
        }
    }
    chosen
}

/// The next question to ask, or `None` when every question has been asked.
pub fn next(bank: &Bank, state: &State, opening: &[usize]) -> Option<usize> {
    if let Some(&i) = opening.iter().find(|&&i| !state.asked[i]) {
        return Some(i);
    }
    let mut scores = vec![0.0; bank.dims];
    state.scores(&mut scores);
    let (leader, runner_up) = bank.top_two(&scores);
    let mut best: Option<(usize, f64)> = None;
    let mut probe = scores.clone();
    for i in state.unasked() {
        let item = &bank.items[i];
        let spread = match runner_up {
            Some(r) => {
                let (mut lo, mut hi) = (f64::INFINITY, f64::NEG_INFINITY);
                for pick in item.probes() {
                    for d in 0..bank.dims {
                        probe[d] = if item.width[d] > 0.0 {
                            let got = state.got[d] + item.raw(pick, d) - item.min[d];
                            (100.0 * got / (state.width[d] + item.width[d])).clamp(0.0, 100.0)
                        } else {
                            scores[d]
                        };
                    }
                    let gap = bank.roles[leader].match_at(&probe) - bank.roles[r].match_at(&probe);
                    lo = lo.min(gap);
                    hi = hi.max(gap);
                }
                hi - lo
            }
            None => item.width.iter().sum(),
        };
        if best.is_none_or(|(_, s)| spread > s) {
            best = Some((i, spread));
        }
    }
    best.map(|(i, _)| i)
}
