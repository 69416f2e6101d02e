//! What a batch adds up to: how many responses scored and were rejected, and
//! how the recommendations spread over the roles.

use serde::Serialize;

use crate::engine::batch::Scored;

/// Counts over a batch (or one chunk of it; chunks add up).
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Summary {
    pub scored: u64,
    pub rejected: u64,
    /// Recommendations per role, in pack order.
    pub recommended: Vec<u64>,
    /// Responses with no recommendation (too little evidence).
    pub no_recommendation: u64,
    pub close_calls: u64,
    pub flat_profiles: u64,
}

impl Summary {
    pub fn new(roles: usize) -> Summary {
        Summary {
            recommended: vec![0; roles],
            ..Summary::default()
        }
    }

    pub fn count(&mut self, s: &Scored) {
        self.scored += 1;
        match s.top() {
            Some(r) => self.recommended[r] += 1,
            None => self.no_recommendation += 1,
        }
        self.close_calls += u64::from(s.close_call);
        self.flat_profiles += u64::from(s.flat_profile);
    }

    pub fn add(&mut self, other: &Summary) {
        self.scored += other.scored;
        self.rejected += other.rejected;
        if self.recommended.len() < other.recommended.len() {
            self.recommended.resize(other.recommended.len(), 0);
        }
        for (a, b) in self.recommended.iter_mut().zip(&other.recommended) {
            *a += b;
        }
        self.no_recommendation += other.no_recommendation;
        self.close_calls += other.close_calls;
        self.flat_profiles += other.flat_profiles;
    }
}
