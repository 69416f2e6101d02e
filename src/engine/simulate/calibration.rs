//! Is the stated stability true? Respondents are grouped by the stability
//! their full-quiz result states, and in each band the share whose fresh
//! retake (same true profile, new answer noise) gives the same top role is
//! set against the mean stated figure.

use serde::Serialize;

use super::Trace;

/// The lower edges of the bands; each runs to the next edge (the last to 1).
pub const EDGES: [f64; 7] = [0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95];

/// One band of stated stability.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Band {
    pub from: f64,
    pub to: f64,
    pub respondents: usize,
    /// Mean stated stability in the band (0..1).
    pub stated: f64,
    /// Share (0..1) whose retake gave the same top role.
    pub observed: f64,
}

/// The band index of a stated stability.
fn band_of(s: f64) -> usize {
    EDGES.iter().rposition(|e| s >= *e).unwrap_or(0)
}

/// The calibration table of `traces` (empty bands are left out).
pub fn table(traces: &[Trace]) -> Vec<Band> {
    let mut n = [0usize; EDGES.len()];
    let mut stated = [0.0f64; EDGES.len()];
    let mut same = [0usize; EDGES.len()];
    for t in traces {
        let b = band_of(t.stability);
        n[b] += 1;
        stated[b] += t.stability;
        same[b] += usize::from(t.retake == t.full.top);
    }
    (0..EDGES.len())
        .filter(|&b| n[b] > 0)
        .map(|b| Band {
            from: EDGES[b],
            to: EDGES.get(b + 1).copied().unwrap_or(1.0),
            respondents: n[b],
            stated: stated[b] / n[b] as f64,
            observed: same[b] as f64 / n[b] as f64,
        })
        .collect()
}
