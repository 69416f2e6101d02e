//! Why: the answers that express the recommended role's interest pattern
//! better than the runner-up's. Linear in the number of answers; the method is
//! in `docs/scoring.md` ("Why: the reasons").
//!
//! An answer's *position* on a dimension it informs is where it sits within
//! its own range, 0..100 (what the dimension score would be if it were the
//! only answer). Its *support* for role R over the runner-up U is
//!
//! ```text
//! support = Σ_d  share(d) · ( cU(d)·|pos(d) − tU(d)| − cR(d)·|pos(d) − tR(d)| )
//! ```
//!
//! with `share(d)` the answer's width over all answered width on `d` (its
//! weight in the score) and `c` each role's normalised importance (its weight
//! in the match). Positive support means the answer's position is nearer R's
//! targets than U's, in match points; only such answers are cited.

use serde::Serialize;

use super::adaptive::bank::{Bank, Pick};
use super::answers::Response;

/// How many reasons the explanation keeps.
pub const MAX_REASONS: usize = 3;
/// The least support (match points) an answer needs to be cited.
pub const MIN_SUPPORT: f64 = 0.01;
/// A likert "Neutral" is cited only when the recommended role's target on its
/// dimension is within this many points of the middle (50).
pub const MIDDLE_BAND: f64 = 20.0;
/// A dimension is said to pull the other way when its answers together favour
/// the runner-up by at least this many match points.
pub const MIN_COUNTER_PULL: f64 = 0.5;

/// One answer cited for the recommendation.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Reason {
    pub question: String,
    pub answer: Response,
    /// Match points by which this answer's position favours the recommended
    /// role over the runner-up, weighted like the score (always > 0).
    pub support: f64,
}

/// The dimension whose answers favour the runner-up the most.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CounterPull {
    pub dimension: String,
    /// The role it points towards (the runner-up).
    pub role: String,
    /// Match points towards that role (always > 0).
    pub support: f64,
}

/// Per answered question (in `answered` order): its support for `top` over
/// `rival`, and per dimension the sum of every answer's support.
pub fn supports(
    bank: &Bank,
    answered: &[(usize, Pick)],
    top: usize,
    rival: usize,
) -> (Vec<f64>, Vec<f64>) {
    let dims = bank.dims;
    let mut total_width = vec![0.0; dims];
    for &(i, _) in answered {
        for (t, w) in total_width.iter_mut().zip(&bank.items[i].width) {
            *t += w;
        }
    }
    let (r, u) = (&bank.roles[top], &bank.roles[rival]);
    let mut per_dim = vec![0.0; dims];
    let per_answer = answered
        .iter()
        .map(|&(i, pick)| {
            let item = &bank.items[i];
            let mut support = 0.0;
            for d in 0..dims {
                let w = item.width[d];
                if w <= 0.0 || total_width[d] <= 0.0 {
                    continue;
                }
                let pos = 100.0 * (item.raw(pick, d) - item.min[d]) / w;
                let term = (w / total_width[d])
                    * (u.coef[d] * (pos - u.target[d]).abs()
                        - r.coef[d] * (pos - r.target[d]).abs());
                support += term;
                per_dim[d] += term;
            }
            support
        })
        .collect();
    (per_answer, per_dim)
}

/// Whether an answer may be cited: positive support, and a "Neutral" only
/// where the recommended role's target is near the middle.
pub fn citable(bank: &Bank, i: usize, pick: Pick, support: f64, top: usize) -> bool {
    if support < MIN_SUPPORT {
        return false;
    }
    match (&bank.items[i].kind, pick) {
        (super::adaptive::bank::ItemKind::Likert { dim, .. }, Pick::Likert(3)) => {
            (bank.roles[top].target[*dim] - 50.0).abs() <= MIDDLE_BAND
        }
        _ => true,
    }
}

/// Cited answers (index into `answered`, support) and the counter pull
/// (dimension index, support).
pub type Selection = (Vec<(usize, f64)>, Option<(usize, f64)>);

/// Which answers to cite for `top` over `rival`: indexes into `answered`
/// with their support, strongest first, at most [`MAX_REASONS`]; and the
/// dimension pulling the other way most, with its support (> 0).
pub fn select(bank: &Bank, answered: &[(usize, Pick)], top: usize, rival: usize) -> Selection {
    let (per_answer, per_dim) = supports(bank, answered, top, rival);
    let mut cited: Vec<(usize, f64)> = per_answer
        .iter()
        .enumerate()
        .filter(|(k, s)| citable(bank, answered[*k].0, answered[*k].1, **s, top))
        .map(|(k, s)| (k, *s))
        .collect();
    // Strongest first; equal support keeps the quiz's order.
    cited.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    cited.truncate(MAX_REASONS);
    let counter = per_dim
        .iter()
        .enumerate()
        .filter(|(_, s)| **s <= -MIN_COUNTER_PULL)
        .min_by(|a, b| a.1.total_cmp(b.1))
        .map(|(d, s)| (d, -s));
    (cited, counter)
}

/// The reasons for `top` over `rival` (strongest first, at most
/// [`MAX_REASONS`]) and what pulled the other way. `responses` are the
/// answers as given, parallel to `answered`; `ids` the question ids.
pub fn explain(
    bank: &Bank,
    answered: &[(usize, Pick)],
    responses: &[(&str, &Response)],
    dim_ids: &[&str],
    role_ids: &[&str],
    top: usize,
    rival: usize,
) -> (Vec<Reason>, Option<CounterPull>) {
    let (cited, counter) = select(bank, answered, top, rival);
    let reasons = cited
        .into_iter()
        .map(|(k, support)| Reason {
            question: responses[k].0.to_string(),
            answer: responses[k].1.clone(),
            support,
        })
        .collect();
    let counter = counter.map(|(d, support)| CounterPull {
        dimension: dim_ids[d].to_string(),
        role: role_ids[rival].to_string(),
        support,
    });
    (reasons, counter)
}
