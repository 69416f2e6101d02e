//! Who the simulated respondents are: half spread evenly over every possible
//! profile, half close to one of the roles' targets (taking the roles in turn).

use rand::{Rng, RngExt};
use rand_distr::{Distribution, StandardNormal};

use crate::engine::adaptive::bank::Bank;

/// How far (on the 0..1 scale) a "near a role" profile strays from the role's targets.
pub const NEAR_ROLE_SPREAD: f64 = 0.10;

/// The true profile (0..1 per dimension) of respondent `index`.
pub fn profile<R: Rng + ?Sized>(bank: &Bank, index: usize, rng: &mut R) -> Vec<f64> {
    if index.is_multiple_of(2) || bank.roles.is_empty() {
        (0..bank.dims).map(|_| rng.random::<f64>()).collect()
    } else {
        let role = &bank.roles[(index / 2) % bank.roles.len()];
        (0..bank.dims)
            .map(|d| {
                let z: f64 = StandardNormal.sample(rng);
                (role.target[d] / 100.0 + NEAR_ROLE_SPREAD * z).clamp(0.0, 1.0)
            })
            .collect()
    }
}

/// The role whose targets are nearest `profile` under the match formula: the
/// role this respondent "really" is.
pub fn true_role(bank: &Bank, profile: &[f64]) -> usize {
    let scores: Vec<f64> = profile.iter().map(|p| p * 100.0).collect();
    bank.top_two(&scores).0
}
