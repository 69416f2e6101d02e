//! The certain stop: can any way of answering (or skipping) the questions
//! not yet asked change the top role? See `docs/adaptive.md` for the proof.
//!
//! 1. Each dimension's score is a weighted mean of the answered questions'
//!    values (each in 0..1, weighted by the question's width). Over every way
//!    of answering or skipping the rest, its least and most reachable values are
//!    `got / (width + rest)` and `(got + rest) / (width + rest)` (or anything in
//!    0..100 when nothing about it is answered yet), see [`reachable`].
//! 2. `match(leader) − match(rival)` is a sum over dimensions of piecewise
//!    linear functions of one score each, with kinks only at the two roles'
//!    targets; its least value over the box of reachable ranges is the sum of
//!    each dimension's least value, found at a range end or a target inside it.
//! 3. If that least value is above zero for every rival, no completion can
//!    change the top role. Treating the dimensions independently only widens
//!    what is considered reachable, so the test can miss a chance to stop but
//!    never stops wrongly.

use super::bank::{Bank, RoleShape};
use super::state::State;

/// How far above zero the leader's guaranteed margin must be, in match points,
/// so that rounding in the last digits can never decide a result.
pub const MARGIN_EPSILON: f64 = 1e-6;

/// The least and most each dimension's score can still become, 0..100.
pub fn reachable(state: &State, out: &mut [(f64, f64)]) {
    for (d, slot) in out.iter_mut().enumerate() {
        let (got, width, rest) = (state.got[d], state.width[d], state.remaining[d]);
        *slot = if width + rest <= 0.0 {
            (super::super::score::NEUTRAL, super::super::score::NEUTRAL)
        } else if width <= 0.0 {
            // Nothing answered yet: skipping everything keeps 50, and one answer
            // at either extreme reaches 0 or 100.
            (0.0, 100.0)
        } else {
            (
                (100.0 * got / (width + rest)).clamp(0.0, 100.0),
                (100.0 * (got + rest) / (width + rest)).clamp(0.0, 100.0),
            )
        };
    }
}

/// The least `match(leader) − match(rival)` over the box `ranges`.
pub fn least_margin(leader: &RoleShape, rival: &RoleShape, ranges: &[(f64, f64)]) -> f64 {
    let mut total = leader.base - rival.base;
    for (d, &(lo, hi)) in ranges.iter().enumerate() {
        let term = |x: f64| {
            rival.coef[d] * (x - rival.target[d]).abs()
                - leader.coef[d] * (x - leader.target[d]).abs()
        };
        let mut least = term(lo).min(term(hi));
        for t in [leader.target[d], rival.target[d]] {
            if t > lo && t < hi {
                least = least.min(term(t));
            }
        }
        total += least;
    }
    total
}

/// The leader's guaranteed lead: the least margin over every rival and every
/// reachable completion. Positive (above [`MARGIN_EPSILON`]) means settled.
pub fn guaranteed_lead(bank: &Bank, state: &State, leader: usize) -> f64 {
    let mut ranges = vec![(0.0, 0.0); bank.dims];
    reachable(state, &mut ranges);
    lead_over_box(bank, leader, &ranges)
}

/// The least margin of `leader` over every rival within `ranges`.
pub fn lead_over_box(bank: &Bank, leader: usize, ranges: &[(f64, f64)]) -> f64 {
    let l = &bank.roles[leader];
    bank.roles
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != leader)
        .map(|(_, r)| least_margin(l, r, ranges))
        .fold(f64::INFINITY, f64::min)
}

/// Whether no completion of the quiz can change the top role.
pub fn is_settled(bank: &Bank, state: &State) -> bool {
    let mut scores = vec![0.0; bank.dims];
    state.scores(&mut scores);
    let (leader, _) = bank.top_two(&scores);
    guaranteed_lead(bank, state, leader) > MARGIN_EPSILON
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::adaptive::bank::{Item, ItemKind, Pick};

    fn shape(coef: f64, target: f64) -> RoleShape {
        RoleShape {
            base: 100.0,
            coef: vec![coef],
            target: vec![target],
        }
    }

    #[test]
    fn least_margin_is_the_least_over_the_whole_range() {
        // Brute force on a fine grid that includes every target, for roles of
        // unequal importance (where the least can sit at a target inside the range).
        let mut seed = 7u64;
        let mut next = || {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            ((seed >> 11) as f64 / (1u64 << 53) as f64 * 100.0).round()
        };
        for _ in 0..500 {
            let (leader, rival) = (shape(next() / 100.0, next()), shape(next() / 100.0, next()));
            let (a, b) = (next(), next());
            let range = [(a.min(b), a.max(b))];
            let brute = (0..=1000)
                .map(|k| range[0].0 + (range[0].1 - range[0].0) * k as f64 / 1000.0)
                .chain([leader.target[0], rival.target[0]])
                .filter(|x| *x >= range[0].0 && *x <= range[0].1)
                .map(|x| leader.match_at(&[x]) - rival.match_at(&[x]))
                .fold(f64::INFINITY, f64::min);
            let least = least_margin(&leader, &rival, &range);
            assert!((least - brute).abs() < 1e-9, "{least} vs {brute}");
        }
        // A rival that cares more about a dimension is closest at its own target.
        let least = least_margin(&shape(0.1, 0.0), &shape(0.5, 50.0), &[(0.0, 100.0)]);
        assert!((least - -5.0).abs() < 1e-9);
    }

    /// Every score reachable by answering or skipping the unasked questions,
    /// by enumeration.
    fn enumerate(bank: &Bank, state: &State, d: usize) -> Vec<f64> {
        let unasked: Vec<usize> = state.unasked().collect();
        let mut out = Vec::new();
        let mut stack = vec![(0usize, state.clone())];
        while let Some((k, s)) = stack.pop() {
            if k == unasked.len() {
                let mut scores = vec![0.0; bank.dims];
                s.scores(&mut scores);
                out.push(scores[d]);
                continue;
            }
            let i = unasked[k];
            let mut picks: Vec<Option<Pick>> = vec![None];
            picks.extend(bank.items[i].probes().into_iter().map(Some));
            for p in picks {
                let mut next = s.clone();
                next.record(bank, i, p);
                stack.push((k + 1, next));
            }
        }
        out
    }

    #[test]
    fn reachable_ranges_are_exact() {
        let likert = |dim: usize, reverse: bool, weight: f64| Item {
            kind: ItemKind::Likert {
                dim,
                reverse,
                weight,
            },
            min: vec![0.0, 0.0],
            width: if dim == 0 {
                vec![weight, 0.0]
            } else {
                vec![0.0, weight]
            },
        };
        let choice = Item {
            kind: ItemKind::Choice {
                options: vec![vec![2.0, 0.0], vec![0.0, 2.0], vec![-1.0, 1.0]],
            },
            min: vec![-1.0, 0.0],
            width: vec![3.0, 2.0],
        };
        let bank = Bank {
            dims: 2,
            items: vec![
                likert(0, false, 1.0),
                likert(0, true, 2.0),
                choice,
                likert(1, false, 1.0),
                likert(0, false, 0.5),
            ],
            roles: vec![],
            required: vec![0, 0],
            dims_by_id: vec![0, 1],
        };
        for first in [Some(Pick::Likert(4)), Some(Pick::Likert(1)), None] {
            for second in [Some(Pick::Choice(2)), None] {
                let mut state = State::new(&bank);
                state.record(&bank, 0, first);
                state.record(&bank, 2, second);
                let mut ranges = vec![(0.0, 0.0); 2];
                reachable(&state, &mut ranges);
                for (d, &(lo, hi)) in ranges.iter().enumerate() {
                    let all = enumerate(&bank, &state, d);
                    let min = all.iter().copied().fold(f64::INFINITY, f64::min);
                    let max = all.iter().copied().fold(f64::NEG_INFINITY, f64::max);
                    assert!((min - lo).abs() < 1e-9, "dim {d}: least {min} vs {lo}");
                    assert!((max - hi).abs() < 1e-9, "dim {d}: most {max} vs {hi}");
                }
            }
        }
    }
}
