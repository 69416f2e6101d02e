//! The confidence stop: in how many imagined completions of the quiz does the
//! current leader stay on top?
//!
//! Each completion draws a profile around the current scores (narrower the
//! more answers back a dimension), lets the respondent model of
//! [`crate::engine::respondent`] answer every question not yet asked (skipping
//! as often as this person has skipped so far), and ranks the roles again. The
//! draws are seeded by how many questions were asked, so the same answers
//! always give the same decision.

use rand::rngs::ChaCha8Rng;
use rand::SeedableRng;
use rand_distr::{Distribution, StandardNormal};

use super::bank::Bank;
use super::state::{add, scores_into, State};
use crate::engine::respondent::{Respondent, DEFAULT_NOISE};

/// Imagined completions per decision.
pub const COMPLETIONS: usize = 200;
/// How uncertain a profile is before any answer; each answer on a dimension
/// narrows it like one observation (spread / √(1 + answers)). A little wider
/// than the spread of a profile drawn evenly from 0..1 (0.29), because one
/// answer places a profile only roughly: a choice is nearly all-or-nothing on
/// a dimension. Set with `career simulate` as the smallest round value for
/// which, on the default pack, the recommendation matched the full quiz at
/// least as often as each level asked (0.90, 0.95, 0.99); see `docs/adaptive.md`.
pub const PRIOR_SPREAD: f64 = 0.4;
const SEED: u64 = 0x5eed_ca4e_e4ad_a971;

/// The share of completions (0..1) in which the current leader stays on top,
/// or `None` as soon as it is certain the share will be below `need`.
pub fn share_kept(bank: &Bank, state: &State, need: f64) -> Option<f64> {
    let mut scores = vec![0.0; bank.dims];
    state.scores(&mut scores);
    let (leader, _) = bank.top_two(&scores);
    let allowed = ((1.0 - need) * COMPLETIONS as f64 + 1e-9).floor() as usize;
    let skipped = state.asked_count - state.answered_count;
    let skip = (skipped as f64 + 1.0) / (state.asked_count as f64 + 2.0);
    let mut rng = ChaCha8Rng::seed_from_u64(SEED ^ state.asked_count as u64);
    let unasked: Vec<usize> = state.unasked().collect();
    let (mut got, mut width, mut evidence) = (
        state.got.clone(),
        state.width.clone(),
        state.evidence.clone(),
    );
    let mut person = Respondent {
        profile: vec![0.5; bank.dims],
        noise: DEFAULT_NOISE,
        skip,
    };
    let mut finished = vec![0.0; bank.dims];
    let mut lost = 0;
    for _ in 0..COMPLETIONS {
        for ((p, score), n) in person.profile.iter_mut().zip(&scores).zip(&state.evidence) {
            let spread = PRIOR_SPREAD / (1.0 + *n as f64).sqrt();
            let z: f64 = StandardNormal.sample(&mut rng);
            *p = (score / 100.0 + spread * z).clamp(0.0, 1.0);
        }
        got.copy_from_slice(&state.got);
        width.copy_from_slice(&state.width);
        for &i in &unasked {
            if let Some(pick) = person.answer(&bank.items[i], &mut rng) {
                add(bank, i, pick, &mut got, &mut width, &mut evidence);
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
