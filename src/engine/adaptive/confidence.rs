//! The confidence stop: in how many imagined completions of the quiz does the
//! current leader stay on top? See `docs/adaptive.md`.
//!
//! Each completion answers every question not yet asked the way this person
//! has answered so far, with nothing tuned to a particular pack: questions are
//! grouped by kind and by the dimensions they inform (as for the stability,
//! [`crate::engine::stability`]), and an unasked question takes the position
//! (0..1 on each dimension) of an answer drawn from a Pólya urn of its group:
//! the person's own answers in that group, the answers imagined so far, and
//! one uniformly random answer's worth of prior. A person whose answers agree
//! with each other gets completions close to them; one whose answers scatter
//! gets completions that scatter as widely; few answers leave much to chance.
//! Skips are imagined as often as the person has skipped. The draws are
//! seeded by the answers, so the same answers always give the same decision.
//! Two answers' worth of prior and a margin of one Monte Carlo standard error
//! are the only constants; `docs/adaptive.md` shows they hold on packs of
//! four shapes at three noise levels.

use rand::rngs::ChaCha8Rng;
use rand::{RngExt, SeedableRng};

use super::bank::{Bank, ItemKind};
use super::state::{scores_into, State};

/// Imagined completions per decision.
pub const COMPLETIONS: usize = 200;
/// Prior weight, in answers, of a uniformly random answer in each group's urn.
pub const PRIOR_ANSWERS: f64 = 2.0;
/// The share kept must clear the level by this many Monte Carlo standard
/// errors (√(C·p·(1−p)) of C completions), because the stop looks again after
/// every answer and would otherwise stop on a lucky estimate.
pub const STANDARD_ERRORS: f64 = 1.0;

/// Per dimension, where an answer sits within its question's range (0..1);
/// `NaN` where the question does not inform the dimension.
fn position(bank: &Bank, i: usize, pick: super::bank::Pick) -> Vec<f64> {
    let item = &bank.items[i];
    (0..bank.dims)
        .map(|d| {
            if item.width[d] > 0.0 {
                (item.raw(pick, d) - item.min[d]) / item.width[d]
            } else {
                f64::NAN
            }
        })
        .collect()
}

/// Questions of the same kind informing the same dimensions share a group.
pub fn group_key(bank: &Bank, i: usize) -> u64 {
    let item = &bank.items[i];
    let kind = match item.kind {
        ItemKind::Likert { .. } => 0u64,
        ItemKind::Choice { .. } => 1,
        ItemKind::Multi { .. } => 2,
    };
    let mut mask = 0u64;
    for (d, w) in item.width.iter().enumerate().take(60) {
        if *w > 0.0 {
            mask |= 1 << d;
        }
    }
    (mask << 2) | kind
}

/// The share of completions (0..1) in which the current leader stays on top,
/// or `None` as soon as it is certain the share will not clear `need` (by
/// [`STANDARD_ERRORS`]). A share returned clears every level up to `need`.
pub fn share_kept(bank: &Bank, state: &State, need: f64) -> Option<f64> {
    let dims = bank.dims;
    let mut scores = vec![0.0; dims];
    state.scores(&mut scores);
    let (leader, _) = bank.top_two(&scores);
    let allowed = allowed_losses(need)?;
    let skipped = state.asked_count - state.answered_count;
    let skip = (skipped as f64 + 1.0) / (state.asked_count as f64 + 2.0);

    // The urns: per group, the positions of the person's answers.
    let mut keys: Vec<u64> = Vec::new();
    let mut urns: Vec<Vec<Vec<f64>>> = Vec::new();
    let mut seed: u64 = 0x5eed_ca4e_e4ad_a971;
    for (i, pick) in state.picks.iter().enumerate() {
        let Some(pick) = *pick else { continue };
        seed = (seed ^ (i as u64 + 1).wrapping_mul(0x9e37_79b9_7f4a_7c15))
            .wrapping_mul(0x0100_0000_01b3)
            ^ pick_bits(pick);
        let key = group_key(bank, i);
        let slot = match keys.iter().position(|k| *k == key) {
            Some(s) => s,
            None => {
                keys.push(key);
                urns.push(Vec::new());
                keys.len() - 1
            }
        };
        urns[slot].push(position(bank, i, pick));
    }
    let unasked: Vec<(usize, Option<usize>)> = state
        .unasked()
        .map(|i| {
            let key = group_key(bank, i);
            (i, keys.iter().position(|k| *k == key))
        })
        .collect();
    let mut rng = ChaCha8Rng::seed_from_u64(seed ^ state.asked_count as u64);
    let (mut got, mut width) = (state.got.clone(), state.width.clone());
    let mut finished = vec![0.0; dims];
    let mut imagined: Vec<Vec<Vec<f64>>> = vec![Vec::new(); urns.len()];
    let mut prior = vec![0.0; dims];
    let mut lost = 0;
    for _ in 0..COMPLETIONS {
        got.copy_from_slice(&state.got);
        width.copy_from_slice(&state.width);
        imagined.iter_mut().for_each(|v| v.clear());
        for &(i, group) in &unasked {
            if rng.random::<f64>() < skip {
                continue;
            }
            let item = &bank.items[i];
            let held = group.map_or(0, |g| urns[g].len() + imagined[g].len());
            let from_prior = rng.random::<f64>() * (held as f64 + PRIOR_ANSWERS) >= held as f64;
            let pos: &[f64] = if from_prior {
                let probes = item.probes();
                let pick = probes[rng.random_range(0..probes.len())];
                for (d, slot) in prior.iter_mut().enumerate() {
                    *slot = if item.width[d] > 0.0 {
                        (item.raw(pick, d) - item.min[d]) / item.width[d]
                    } else {
                        f64::NAN
                    };
                }
                &prior
            } else {
                let g = group.unwrap_or(0);
                let k = rng.random_range(0..held);
                if k < urns[g].len() {
                    &urns[g][k]
                } else {
                    &imagined[g][k - urns[g].len()]
                }
            };
            for d in 0..dims {
                if item.width[d] > 0.0 {
                    let p = if pos[d].is_nan() {
                        scores[d] / 100.0
                    } else {
                        pos[d]
                    };
                    got[d] += p * item.width[d];
                    width[d] += item.width[d];
                }
            }
            if let Some(g) = group {
                let row = pos.to_vec();
                imagined[g].push(row);
            }
        }
        scores_into(&got, &width, &mut finished);
        if bank.top_two(&finished).0 != leader {
            lost += 1;
            if lost > allowed {
                return None;
            }
        }
    }
    Some(1.0 - lost as f64 / COMPLETIONS as f64)
}

/// How many of [`COMPLETIONS`] may lose the leader for a share to clear
/// `level`; `None` when no share can.
pub fn allowed_losses(level: f64) -> Option<usize> {
    let c = COMPLETIONS as f64;
    let slack = (1.0 - level) * c - STANDARD_ERRORS * (c * level * (1.0 - level)).sqrt();
    (slack >= 0.0).then(|| (slack + 1e-9).floor() as usize)
}

/// Whether a share kept (from [`share_kept`]) clears `level`.
pub fn clears(share: f64, level: f64) -> bool {
    let lost = ((1.0 - share) * COMPLETIONS as f64).round() as usize;
    allowed_losses(level).is_some_and(|a| lost <= a)
}

fn pick_bits(pick: super::bank::Pick) -> u64 {
    match pick {
        super::bank::Pick::Likert(v) => u64::from(v),
        super::bank::Pick::Choice(c) => 100 + c as u64,
        super::bank::Pick::Multi(b) => (1 << 40) | u64::from(b),
    }
}
