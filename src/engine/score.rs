//! Dimension scores: each answered item's contribution, scaled between the least
//! and the most the answered items could have given.

use serde::Serialize;

use super::answers::{Answers, Response};
use crate::content::answers::same_id;
use crate::content::{Dimension, Question, QuestionKind, Quiz};

/// The least and the most one question can add to one dimension.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Range {
    pub min: f64,
    pub max: f64,
}

impl Range {
    pub fn width(self) -> f64 {
        self.max - self.min
    }
}

/// What `question` can contribute to `dimension`; zero width when it does not inform it.
pub fn range(question: &Question, dimension: &str) -> Range {
    match &question.kind {
        QuestionKind::Likert {
            dimension: d,
            weight,
            ..
        } if d == dimension => Range {
            min: 0.0,
            max: *weight,
        },
        QuestionKind::Likert { .. } => Range { min: 0.0, max: 0.0 },
        QuestionKind::Choice { options } => {
            choice_range(options.iter().map(|o| o.weight(dimension)))
        }
        QuestionKind::Multi { options } => multi_range(options.iter().map(|o| o.weight(dimension))),
    }
}

/// [`range`] for every dimension of `dimensions`, in their order, reading
/// each option's weights once rather than once per dimension.
pub fn ranges(question: &Question, dimensions: &[Dimension]) -> Vec<Range> {
    let options = match &question.kind {
        QuestionKind::Likert { .. } => {
            return dimensions.iter().map(|d| range(question, &d.id)).collect()
        }
        QuestionKind::Choice { options } | QuestionKind::Multi { options } => options,
    };
    // Options by dimensions: each option's weight on each dimension.
    let n = dimensions.len();
    let mut table = vec![0.0; options.len() * n];
    for (o, row) in options.iter().zip(table.chunks_mut(n.max(1))) {
        for (d, w) in &o.weights {
            if let Some(i) = dimensions.iter().position(|x| same_id(&x.id, d)) {
                row[i] = *w;
            }
        }
    }
    let multi = matches!(question.kind, QuestionKind::Multi { .. });
    (0..n)
        .map(|i| {
            let ws = table.iter().skip(i).step_by(n).copied();
            if multi {
                multi_range(ws)
            } else {
                choice_range(ws)
            }
        })
        .collect()
}

/// One option is picked: from its least weight to its greatest.
fn choice_range(ws: impl Iterator<Item = f64> + Clone) -> Range {
    let min = ws.clone().fold(f64::INFINITY, f64::min);
    let max = ws.fold(f64::NEG_INFINITY, f64::max);
    if min.is_finite() {
        Range { min, max }
    } else {
        Range { min: 0.0, max: 0.0 }
    }
}

/// Any options are picked: from all the negative weights to all the positive.
fn multi_range(ws: impl Iterator<Item = f64> + Clone) -> Range {
    Range {
        min: ws.clone().filter(|w| *w < 0.0).sum(),
        max: ws.filter(|w| *w > 0.0).sum(),
    }
}

/// What an answer adds to `dimension`.
pub fn contribution(question: &Question, response: &Response, dimension: &str) -> f64 {
    match (&question.kind, response) {
        (
            QuestionKind::Likert {
                dimension: d,
                reverse,
                weight,
            },
            Response::Likert(v),
        ) if d == dimension => {
            let v = f64::from((*v).clamp(1, 5));
            let agree = (v - 1.0) / 4.0;
            weight * if *reverse { 1.0 - agree } else { agree }
        }
        (QuestionKind::Choice { options }, Response::Choice(id)) => options
            .iter()
            .find(|o| o.id == *id)
            .map(|o| o.weight(dimension))
            .unwrap_or(0.0),
        (QuestionKind::Multi { options }, Response::Multi(ids)) => options
            .iter()
            .filter(|o| ids.contains(&o.id))
            .map(|o| o.weight(dimension))
            .sum(),
        _ => 0.0,
    }
}

/// Running sums for one dimension; adaptive stopping extends these with bounds.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Sums {
    pub got: f64,
    pub min: f64,
    pub max: f64,
    /// How many answered questions informed the dimension.
    pub evidence: usize,
}

impl Sums {
    pub fn add(&mut self, r: Range, got: f64) {
        if r.width() > 0.0 {
            self.got += got;
            self.min += r.min;
            self.max += r.max;
            self.evidence += 1;
        }
    }

    /// 0..100; 50 (no lean either way) when nothing informed the dimension.
    pub fn score(&self) -> f64 {
        let width = self.max - self.min;
        if width <= 0.0 {
            NEUTRAL
        } else {
            (100.0 * (self.got - self.min) / width).clamp(0.0, 100.0)
        }
    }
}

/// The score of a dimension nothing was learnt about.
pub const NEUTRAL: f64 = 50.0;

/// One dimension's result.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DimensionScore {
    pub id: String,
    pub score: f64,
    /// Answered questions that informed this dimension.
    pub evidence: usize,
}

/// The sums of every dimension of `quiz`, in the quiz's dimension order.
pub fn sums(quiz: &Quiz, answers: &Answers) -> Vec<Sums> {
    let mut sums = vec![Sums::default(); quiz.dimensions.len()];
    // A fixed order (by id) keeps sums identical however the file orders questions.
    let mut questions: Vec<&Question> = quiz.questions.iter().collect();
    questions.sort_unstable_by(|a, b| a.id.cmp(&b.id));
    for q in questions {
        if let Some(resp) = answers.get(&q.id) {
            let ranges = ranges(q, &quiz.dimensions);
            for ((s, d), r) in sums.iter_mut().zip(&quiz.dimensions).zip(ranges) {
                s.add(r, contribution(q, resp, &d.id));
            }
        }
    }
    sums
}

/// Scores every dimension of `quiz`.
pub fn score(quiz: &Quiz, answers: &Answers) -> Vec<DimensionScore> {
    quiz.dimensions
        .iter()
        .zip(sums(quiz, answers))
        .map(|(d, s)| DimensionScore {
            id: d.id.clone(),
            score: s.score(),
            evidence: s.evidence,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{self, PackSource};

    #[test]
    fn every_dimensions_range_at_once_is_each_ones_range() {
        let folder =
            |name: &str| PackSource::Folder(format!("tests/fixtures/shapes/{name}").into());
        for source in [
            PackSource::BuiltIn,
            folder("wide-pack"),
            folder("choice-pack"),
        ] {
            let pack = content::load(&source).expect("the pack loads");
            for quiz in &pack.quizzes {
                for q in &quiz.questions {
                    let each: Vec<Range> =
                        quiz.dimensions.iter().map(|d| range(q, &d.id)).collect();
                    assert_eq!(ranges(q, &quiz.dimensions), each, "{}", q.id);
                }
            }
        }
    }
}
