//! A model of how a person with a given interest profile answers questions,
//! used to simulate respondents (`career simulate`) and to imagine how a real
//! person might finish a quiz (the confidence stop). Documented in `docs/adaptive.md`.

use rand::{Rng, RngExt};
use rand_distr::{Distribution, Gumbel, StandardNormal};

use super::adaptive::bank::{Item, ItemKind, Pick};

/// Answer noise on the 0..1 profile scale when none is given.
pub const DEFAULT_NOISE: f64 = 0.15;
/// How often a simulated respondent says "not sure" to a question.
pub const DEFAULT_SKIP: f64 = 0.05;
/// Choice and multi noise is Gumbel with this many times the noise as its scale,
/// so both kinds of question are about as noisy as a likert statement.
pub const CHOICE_NOISE_SCALE: f64 = 4.0;

/// A simulated person: a true profile (0..1 per dimension) and how noisily
/// and how often they answer.
#[derive(Debug, Clone)]
pub struct Respondent {
    pub profile: Vec<f64>,
    pub noise: f64,
    pub skip: f64,
}

impl Respondent {
    /// The answer to `item`, or `None` when the respondent skips it.
    pub fn answer<R: Rng + ?Sized>(&self, item: &Item, rng: &mut R) -> Option<Pick> {
        let skipped = rng.random::<f64>() < self.skip;
        let pick = self.pick(item, rng);
        (!skipped).then_some(pick)
    }

    /// The answer to `item`, never skipping.
    pub fn pick<R: Rng + ?Sized>(&self, item: &Item, rng: &mut R) -> Pick {
        match &item.kind {
            ItemKind::Likert { dim, reverse, .. } => {
                let latent = self.profile.get(*dim).copied().unwrap_or(0.5) + self.normal(rng);
                let agree = if *reverse { 1.0 - latent } else { latent };
                Pick::Likert((1.0 + 4.0 * agree.clamp(0.0, 1.0)).round() as u8)
            }
            ItemKind::Choice { options } => {
                let mut best = (0, f64::NEG_INFINITY);
                for (i, o) in options.iter().enumerate() {
                    let u = self.utility(o) + self.gumbel(rng);
                    if u > best.1 {
                        best = (i, u);
                    }
                }
                Pick::Choice(best.0)
            }
            ItemKind::Multi { options } => {
                let mut bits = 0u32;
                for (i, o) in options.iter().enumerate().take(31) {
                    // Taking an option or not, each with Gumbel noise: a logistic choice.
                    if self.utility(o) + self.gumbel(rng) - self.gumbel(rng) > 0.0 {
                        bits |= 1 << i;
                    }
                }
                Pick::Multi(bits)
            }
        }
    }

    /// How much the respondent likes an option: its weights times how far the
    /// profile is above (or below) the middle, −1..1 per dimension.
    fn utility(&self, weights: &[f64]) -> f64 {
        weights
            .iter()
            .zip(&self.profile)
            .map(|(w, p)| w * (p - 0.5) * 2.0)
            .sum()
    }

    fn normal<R: Rng + ?Sized>(&self, rng: &mut R) -> f64 {
        if self.noise > 0.0 {
            let z: f64 = StandardNormal.sample(rng);
            z * self.noise
        } else {
            0.0
        }
    }

    fn gumbel<R: Rng + ?Sized>(&self, rng: &mut R) -> f64 {
        match Gumbel::new(0.0, self.noise * CHOICE_NOISE_SCALE) {
            Ok(g) if self.noise > 0.0 => g.sample(rng),
            _ => 0.0,
        }
    }
}
