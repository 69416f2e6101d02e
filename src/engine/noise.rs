//! How noisily a person answers, read off their own answers: the answer noise
//! (on the 0..1 profile scale) under which the respondent model of
//! `docs/adaptive.md` §4 makes their answers most likely, taking their
//! profile to be where their scores put it. Every kind of question counts: a
//! likert answer by how far it sits from the person's score on its dimension,
//! a choice or multi answer by how far the options taken fall short of the
//! ones the person's profile favours. A second axis of the calibration map
//! ([`super::stability_map`]).

use statrs::function::erf::erfc;

use super::adaptive::bank::{Bank, ItemKind, Pick};
use super::respondent::CHOICE_NOISE_SCALE;

/// The noise levels tried: 0.02 × 1.25ᵏ, from 0.02 to about 3.
const LEVELS: usize = 24;

fn level(k: usize) -> f64 {
    0.02 * 1.25f64.powi(k as i32)
}

/// The standard normal distribution function.
fn phi(x: f64) -> f64 {
    0.5 * erfc(-x / std::f64::consts::SQRT_2)
}

/// `ln(1 + eˣ)` without overflow.
fn softplus(x: f64) -> f64 {
    if x > 30.0 {
        x
    } else {
        x.exp().ln_1p()
    }
}

/// The most likely noise level (natural log) for `answered`, or `None` when
/// nothing was answered.
pub fn estimate(bank: &Bank, answered: &[(usize, Pick)]) -> Option<f64> {
    if answered.is_empty() {
        return None;
    }
    let dims = bank.dims;
    // The profile the scores put the person at (0..1 per dimension).
    let (mut got, mut width) = (vec![0.0; dims], vec![0.0; dims]);
    for &(i, pick) in answered {
        let item = &bank.items[i];
        for d in 0..dims {
            let w = item.width[d];
            if w > 0.0 {
                got[d] += (item.raw(pick, d) - item.min[d]).clamp(0.0, w);
                width[d] += w;
            }
        }
    }
    let profile: Vec<f64> = got
        .iter()
        .zip(&width)
        .map(|(&g, &w)| if w > 0.0 { g / w } else { 0.5 })
        .collect();
    let utility = |o: &[f64]| -> f64 {
        o.iter()
            .zip(&profile)
            .map(|(w, p)| w * (p - 0.5) * 2.0)
            .sum()
    };
    // What each answer contributes, worked out once: a likert answer's
    // expected position and the edges of its interval, a choice or multi
    // answer's option utilities (in `utilities`, from `start`).
    enum Term {
        Likert {
            mean: f64,
            lo: f64,
            hi: f64,
        },
        Choice {
            start: usize,
            end: usize,
            picked: usize,
        },
        Multi {
            start: usize,
            end: usize,
            bits: u32,
        },
    }
    let mut utilities: Vec<f64> = Vec::new();
    let mut terms: Vec<Term> = Vec::with_capacity(answered.len());
    for &(i, pick) in answered {
        let start = utilities.len();
        match (&bank.items[i].kind, pick) {
            (ItemKind::Likert { dim, reverse, .. }, Pick::Likert(v)) => {
                let p = profile.get(*dim).copied().unwrap_or(0.5);
                let v = f64::from(v.clamp(1, 5));
                terms.push(Term::Likert {
                    mean: if *reverse { 1.0 - p } else { p },
                    lo: if v <= 1.0 {
                        f64::NEG_INFINITY
                    } else {
                        (v - 1.5) / 4.0
                    },
                    hi: if v >= 5.0 {
                        f64::INFINITY
                    } else {
                        (v - 0.5) / 4.0
                    },
                });
            }
            (ItemKind::Choice { options }, Pick::Choice(c)) if c < options.len() => {
                utilities.extend(options.iter().map(|o| utility(o)));
                let end = utilities.len();
                terms.push(Term::Choice {
                    start,
                    end,
                    picked: start + c,
                });
            }
            (ItemKind::Multi { options }, Pick::Multi(bits)) => {
                utilities.extend(options.iter().take(31).map(|o| utility(o)));
                let end = utilities.len();
                terms.push(Term::Multi { start, end, bits });
            }
            _ => {}
        }
    }
    // The log-likelihood of the answers at level `k`.
    let likelihood = |k: usize| -> f64 {
        let sigma = level(k);
        let beta = CHOICE_NOISE_SCALE * sigma;
        let mut ll = 0.0;
        for term in &terms {
            match *term {
                Term::Likert { mean, lo, hi } => {
                    let cdf = |edge: f64| match edge {
                        e if e == f64::INFINITY => 1.0,
                        e if e == f64::NEG_INFINITY => 0.0,
                        e => phi((e - mean) / sigma),
                    };
                    ll += (cdf(hi) - cdf(lo)).max(1e-12).ln();
                }
                Term::Choice { start, end, picked } => {
                    let us = &utilities[start..end];
                    let top = us.iter().copied().fold(f64::NEG_INFINITY, f64::max) / beta;
                    let sum: f64 = us.iter().map(|u| (u / beta - top).exp()).sum();
                    ll += utilities[picked] / beta - top - sum.ln();
                }
                Term::Multi { start, end, bits } => {
                    for (o, u) in utilities[start..end].iter().enumerate() {
                        // Taken with chance 1 / (1 + e^−u/β).
                        ll -= if bits & (1 << o) != 0 {
                            softplus(-u / beta)
                        } else {
                            softplus(u / beta)
                        };
                    }
                }
            }
        }
        ll
    };
    // Every third level, then the two on each side of the best of those:
    // the same level as trying all 24 when the likelihood has one peak
    // (the peak lies within two levels of the best of every third), at half
    // the cost.
    let mut best = (f64::NEG_INFINITY, 0);
    let consider = |k: usize, best: &mut (f64, usize)| {
        let ll = likelihood(k);
        if ll > best.0 || (ll == best.0 && k < best.1) {
            *best = (ll, k);
        }
    };
    for k in (0..LEVELS).step_by(3) {
        consider(k, &mut best);
    }
    let coarse = best.1;
    for k in coarse.saturating_sub(2)..=(coarse + 2).min(LEVELS - 1) {
        if k != coarse {
            consider(k, &mut best);
        }
    }
    Some(level(best.1).ln())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{self, PackSource};
    use crate::engine::simulate::{self, SimOptions};

    /// The median estimate over 400 simulated people answering with `noise`.
    fn median_estimate(source: PackSource, noise: f64) -> f64 {
        let pack = content::load(&source).unwrap();
        let bank = Bank::new(&pack, pack.quiz(None).unwrap());
        let options = SimOptions {
            noise,
            ..SimOptions::default()
        };
        let mut estimates: Vec<f64> = (0..400)
            .filter_map(|i| {
                let (_, picks) = simulate::draw(&bank, options, i);
                let answered: Vec<(usize, Pick)> = picks
                    .iter()
                    .enumerate()
                    .filter_map(|(i, p)| p.map(|p| (i, p)))
                    .collect();
                estimate(&bank, &answered)
            })
            .collect();
        estimates.sort_by(f64::total_cmp);
        estimates[estimates.len() / 2].exp()
    }

    #[test]
    fn the_estimate_follows_the_true_noise() {
        let wide = PackSource::Folder(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("tests/fixtures/shapes/wide-pack"),
        );
        for source in [PackSource::BuiltIn, wide] {
            let at: Vec<f64> = [0.1, 0.3, 0.6]
                .iter()
                .map(|&n| median_estimate(source.clone(), n))
                .collect();
            // Rising with the noise, and 0.6 at least twice 0.1. (Not equal
            // to it: the profile is taken from the person's own scores, so at
            // low noise the estimate sits above the truth: 0.15 and 0.23 at
            // 0.1 on these packs, 0.29 at 0.3, 0.57 at 0.6.)
            assert!(at[0] < at[1] && at[1] < at[2], "{at:?}");
            assert!(at[2] > 2.0 * at[0], "{at:?}");
        }
    }

    #[test]
    fn nothing_answered_gives_no_estimate() {
        let pack = content::load(&PackSource::BuiltIn).unwrap();
        let bank = Bank::new(&pack, pack.quiz(None).unwrap());
        assert_eq!(estimate(&bank, &[]), None);
    }
}
