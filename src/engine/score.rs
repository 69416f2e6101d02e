//! Dimension scores: each answered item's contribution, scaled between the least
//! and the most the answered items could have given.

use serde::Serialize;

use super::answers::{Answers, Response};
use crate::content::answers::same_id;
use crate::content::{AnswerOption, Question, QuestionKind, Quiz};

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
            let ws = options.iter().map(|o| weight(o, dimension));
            let min = ws.clone().fold(f64::INFINITY, f64::min);
            let max = ws.fold(f64::NEG_INFINITY, f64::max);
            if min.is_finite() {
                Range { min, max }
            } else {
                Range { min: 0.0, max: 0.0 }
            }
        }
        QuestionKind::Multi { options } => {
            let ws = options.iter().map(|o| weight(o, dimension));
            Range {
                min: ws.clone().filter(|w| *w < 0.0).sum(),
                max: ws.filter(|w| *w > 0.0).sum(),
            }
        }
    }
}

/// An option's weight on `dimension` ([`AnswerOption::weight`]): an option
/// weighs a handful of dimensions, so its few entries are compared in line
/// rather than searched.
fn weight(option: &AnswerOption, dimension: &str) -> f64 {
    option
        .weights
        .iter()
        .find(|(d, _)| same_id(d, dimension))
        .map_or(0.0, |(_, w)| *w)
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
            .map(|o| weight(o, dimension))
            .unwrap_or(0.0),
        (QuestionKind::Multi { options }, Response::Multi(ids)) => options
            .iter()
            .filter(|o| ids.contains(&o.id))
            .map(|o| weight(o, dimension))
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
            for (s, d) in sums.iter_mut().zip(&quiz.dimensions) {
                s.add(range(q, &d.id), contribution(q, resp, &d.id));
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
