//! Enough evidence before recommending: per dimension, a minimum number of
//! answered questions that inform it (the quiz's `min_answers_per_dimension`,
//! or every question it has when it has fewer).

use serde::Serialize;

use super::score::DimensionScore;
use crate::content::Quiz;

/// Answered questions each dimension needs when the quiz does not say.
pub const DEFAULT_MIN_ANSWERS: usize = crate::content::DEFAULT_MIN_ANSWERS;

/// Whether the answers back every dimension enough to recommend a role.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Evidence {
    /// What the quiz asks for per dimension.
    pub min_per_dimension: usize,
    /// One entry per dimension, in the quiz's order.
    pub dimensions: Vec<DimensionEvidence>,
}

/// One dimension's evidence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DimensionEvidence {
    pub id: String,
    /// Answered questions that inform it.
    pub answered: usize,
    /// How many it needs: the minimum, or every question informing it if fewer.
    pub required: usize,
}

impl DimensionEvidence {
    /// How many more answers it needs (0 when it has enough).
    pub fn missing(&self) -> usize {
        self.required.saturating_sub(self.answered)
    }
}

impl Evidence {
    /// Every dimension has its minimum.
    pub fn is_enough(&self) -> bool {
        self.dimensions.iter().all(|d| d.missing() == 0)
    }

    /// The dimensions still short of answers, with how many more each needs.
    pub fn missing_per_dimension(&self) -> Vec<(&str, usize)> {
        self.dimensions
            .iter()
            .filter(|d| d.missing() > 0)
            .map(|d| (d.id.as_str(), d.missing()))
            .collect()
    }
}

/// What each of `dims` dimensions needs before a recommendation: `min`
/// answers, or as many questions as inform it when fewer do. `widths` gives
/// each question's width on every dimension (as [`super::score::ranges`]
/// has it); a width above 0 informs.
pub fn required<Q, W>(min: usize, dims: usize, widths: Q) -> Vec<usize>
where
    Q: IntoIterator<Item = W>,
    W: IntoIterator<Item = f64>,
{
    let mut counts = vec![0; dims];
    for question in widths {
        for (count, w) in counts.iter_mut().zip(question) {
            if w > 0.0 {
                *count += 1;
            }
        }
    }
    counts.into_iter().map(|n| min.min(n)).collect()
}

/// The evidence behind `scores` (as [`super::score::score`] returns them).
pub fn evidence(quiz: &Quiz, scores: &[DimensionScore]) -> Evidence {
    let required = required(
        quiz.min_answers_per_dimension,
        quiz.dimensions.len(),
        quiz.questions.iter().map(|q| {
            super::score::ranges(q, &quiz.dimensions)
                .into_iter()
                .map(|r| r.width())
        }),
    );
    with_required(quiz, scores, &required)
}

/// [`evidence`] when what each dimension needs is known already, in the
/// quiz's order (a [`super::adaptive::bank::Bank`] holds it as `required`).
pub fn with_required(quiz: &Quiz, scores: &[DimensionScore], required: &[usize]) -> Evidence {
    Evidence {
        min_per_dimension: quiz.min_answers_per_dimension,
        dimensions: quiz
            .dimensions
            .iter()
            .zip(required)
            .map(|(d, &required)| DimensionEvidence {
                id: d.id.clone(),
                answered: scores
                    .iter()
                    .find(|s| s.id == d.id)
                    .map_or(0, |s| s.evidence),
                required,
            })
            .collect(),
    }
}
