//! Role matching: how close a person's dimension scores are to each role's targets.

use serde::Serialize;

use super::score::DimensionScore;
use crate::content::Role;

/// Two roles within this many points of each other are a close call.
pub const CLOSE_CALL_MARGIN: f64 = 5.0;
/// Two roles within this many points of each other are a tie: neither won.
pub const TIE_MARGIN: f64 = 0.05;
/// A profile whose highest and lowest dimension scores are closer than this is flat.
pub const FLAT_SPREAD: f64 = 15.0;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RoleMatch {
    pub id: String,
    /// 0..100: 100 minus the weighted mean absolute distance to the role's targets.
    #[serde(rename = "match")]
    pub match_percent: f64,
}

/// The match of one role: 100 − Σ wᵢ·|scoreᵢ − targetᵢ| / Σ wᵢ.
pub fn match_percent(role: &Role, scores: &[DimensionScore]) -> f64 {
    let (mut dist, mut weight) = (0.0, 0.0);
    // Sum in id order so the file's dimension order cannot change the last digit.
    let mut sorted: Vec<&DimensionScore> = scores.iter().collect();
    sorted.sort_by(|a, b| a.id.cmp(&b.id));
    for s in sorted {
        let w = role.importance(&s.id);
        dist += w * (s.score - role.target(&s.id)).abs();
        weight += w;
    }
    if weight == 0.0 {
        0.0
    } else {
        (100.0 - dist / weight).clamp(0.0, 100.0)
    }
}

/// Every role's match, best first; equal matches are ordered by role id.
pub fn rank(roles: &[Role], scores: &[DimensionScore]) -> Vec<RoleMatch> {
    let mut matches: Vec<RoleMatch> = roles
        .iter()
        .map(|r| RoleMatch {
            id: r.id.clone(),
            match_percent: match_percent(r, scores),
        })
        .collect();
    matches.sort_by(|a, b| {
        b.match_percent
            .total_cmp(&a.match_percent)
            .then_with(|| a.id.cmp(&b.id))
    });
    matches
}

/// Whether the spread of the scores is too small to say much.
pub fn is_flat(scores: &[DimensionScore]) -> bool {
    let max = scores
        .iter()
        .map(|s| s.score)
        .fold(f64::NEG_INFINITY, f64::max);
    let min = scores.iter().map(|s| s.score).fold(f64::INFINITY, f64::min);
    scores.is_empty() || max - min < FLAT_SPREAD
}
