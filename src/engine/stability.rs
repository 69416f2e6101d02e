//! How sure: the estimated chance that the same person, taking the whole quiz
//! again, would get the same top role. See `docs/scoring.md`.
//!
//! A bootstrap over the person's own answers: the answered questions are
//! grouped by kind and by the dimensions they inform, and each replicate
//! redraws every group with replacement, so a person whose answers on a
//! dimension agree with each other gets a narrow spread and one whose answers
//! scatter gets a wide one. A retake differs from this result by the noise of
//! both takes, so each replicate's departure from the person's scores is
//! widened by √(1 + answered width / quiz width) per dimension (√2 after a full
//! quiz). The stability is the share of replicates whose top role is the
//! recommended one. The random draws are seeded from the answers themselves,
//! so the same answers always give the same figure.

use rand::rngs::ChaCha8Rng;
use rand::{RngExt, SeedableRng};

use super::adaptive::bank::{Bank, Pick};
use super::answers::Response;

/// Bootstrap replicates per figure.
pub const REPLICATES: usize = 200;

/// Prior weight, in answers, of a uniformly random answer in each group (as
/// for the confidence stop): a group of few answers may well be unlike the
/// person's next ones, so its draws are sometimes a random answer instead.
pub const PRIOR_ANSWERS: f64 = 0.5;

/// One answered question's contribution to every dimension.
struct Row {
    got: Vec<f64>,
    width: Vec<f64>,
    /// What each possible answer of the question would have given, per dimension.
    probes: Vec<Vec<f64>>,
}

/// The stability (0..1) of role `top` (an index into `bank.roles`) given the
/// answered questions `answered` (question index and answer, in a fixed
/// order such as by question id) and a `seed` made from the answers ([`seed`]).
pub fn stability(bank: &Bank, answered: &[(usize, Pick)], seed: u64, top: usize) -> f64 {
    let dims = bank.dims;
    let rows: Vec<Row> = answered
        .iter()
        .filter_map(|&(i, pick)| {
            let item = bank.items.get(i)?;
            Some(Row {
                got: (0..dims)
                    .map(|d| {
                        if item.width[d] > 0.0 {
                            item.raw(pick, d) - item.min[d]
                        } else {
                            0.0
                        }
                    })
                    .collect(),
                width: item.width.clone(),
                probes: item
                    .probes()
                    .into_iter()
                    .map(|p| {
                        (0..dims)
                            .map(|d| {
                                if item.width[d] > 0.0 {
                                    item.raw(p, d) - item.min[d]
                                } else {
                                    0.0
                                }
                            })
                            .collect()
                    })
                    .collect(),
            })
        })
        .map(|mut row: Row| {
            // Probes in an order no file order can change.
            row.probes.sort_by(|a, b| {
                bank.dims_by_id
                    .iter()
                    .map(|&d| a[d].total_cmp(&b[d]))
                    .find(|o| o.is_ne())
                    .unwrap_or(std::cmp::Ordering::Equal)
            });
            row
        })
        .collect();
    // Groups of interchangeable questions: same kind, same dimensions informed.
    let mut groups: Vec<(u64, Vec<usize>)> = Vec::new();
    for (k, &(i, _)) in answered.iter().enumerate().take(rows.len()) {
        let key = super::adaptive::confidence::group_key(bank, i);
        match groups.iter_mut().find(|(g, _)| *g == key) {
            Some((_, members)) => members.push(k),
            None => groups.push((key, vec![k])),
        }
    }
    let (mut got, mut width) = (vec![0.0; dims], vec![0.0; dims]);
    for r in &rows {
        for d in 0..dims {
            got[d] += r.got[d];
            width[d] += r.width[d];
        }
    }
    let scores: Vec<f64> = (0..dims).map(|d| score(got[d], width[d], 50.0)).collect();
    let quiz_width: Vec<f64> = (0..dims)
        .map(|d| bank.items.iter().map(|it| it.width[d]).sum())
        .collect();
    let widen: Vec<f64> = (0..dims)
        .map(|d| {
            let share = if quiz_width[d] > 0.0 {
                (width[d] / quiz_width[d]).min(1.0)
            } else {
                0.0
            };
            (1.0 + share).sqrt()
        })
        .collect();
    let prior = PRIOR_ANSWERS;
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut replicate = vec![0.0; dims];
    let mut kept = 0usize;
    for _ in 0..REPLICATES {
        got.iter_mut().for_each(|g| *g = 0.0);
        width.iter_mut().for_each(|w| *w = 0.0);
        for (_, members) in &groups {
            let n = members.len() as f64;
            for _ in 0..members.len() {
                let r = &rows[members[rng.random_range(0..members.len())]];
                let from_prior = rng.random::<f64>() * (n + prior) >= n;
                let drawn = if from_prior && !r.probes.is_empty() {
                    &r.probes[rng.random_range(0..r.probes.len())]
                } else {
                    &r.got
                };
                for d in 0..dims {
                    got[d] += drawn[d];
                    width[d] += r.width[d];
                }
            }
        }
        for d in 0..dims {
            let drawn = score(got[d], width[d], scores[d]);
            replicate[d] = (scores[d] + widen[d] * (drawn - scores[d])).clamp(0.0, 100.0);
        }
        if bank.top_two(&replicate).0 == top {
            kept += 1;
        }
    }
    kept as f64 / REPLICATES as f64
}

fn score(got: f64, width: f64, otherwise: f64) -> f64 {
    if width > 0.0 {
        (100.0 * got / width).clamp(0.0, 100.0)
    } else {
        otherwise
    }
}

/// A seed from the answers alone (FNV-1a over question ids and answers), the
/// same whatever order the quiz file lists its questions or options in.
pub fn seed(responses: &[(&str, &Response)]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |bytes: &[u8]| {
        for &b in bytes.iter().chain([0xff].iter()) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    };
    for (id, r) in responses {
        eat(id.as_bytes());
        match r {
            Response::Likert(v) => eat(&[*v]),
            Response::Choice(o) => eat(o.as_bytes()),
            Response::Multi(os) => {
                let mut os: Vec<&String> = os.iter().collect();
                os.sort();
                for o in os {
                    eat(o.as_bytes());
                }
            }
        }
    }
    h
}
