//! Enough answers before a result: when a finished quiz leaves a dimension
//! with too few answers, the person hears which ones and can go back to the
//! questions they skipped that would inform them. The rule (how many answers
//! a dimension needs, which questions inform it) is the engine's
//! ([`crate::engine::evidence`]); this only picks the questions to offer.

use crate::content::{Question, Quiz};
use crate::engine::{evidence, score, Answers};

/// A dimension still short of answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Short {
    /// Index into the quiz's dimensions.
    pub dimension: usize,
    /// How many more answers it needs.
    pub missing: usize,
}

/// Whether `q` tells anything about dimension `d` (as the engine counts it).
pub(crate) fn informs(q: &Question, d: &str) -> bool {
    score::range(q, d).width() > 0.0
}

/// The dimensions of `quiz` that `answers` leave short, in the quiz's order.
pub fn shortfall(quiz: &Quiz, answers: &Answers) -> Vec<Short> {
    let found = evidence::evidence(quiz, &score::score(quiz, answers));
    found
        .dimensions
        .iter()
        .enumerate()
        .filter(|(_, d)| d.missing() > 0)
        .map(|(dimension, d)| Short {
            dimension,
            missing: d.missing(),
        })
        .collect()
}

/// Of `candidates` (question indices, in the order to ask them), the ones
/// left unanswered that inform a dimension in `short`.
pub fn skipped_informing(
    quiz: &Quiz,
    answers: &Answers,
    short: &[Short],
    candidates: impl IntoIterator<Item = usize>,
) -> Vec<usize> {
    candidates
        .into_iter()
        .filter(|i| {
            quiz.questions.get(*i).is_some_and(|q| {
                answers.get(&q.id).is_none()
                    && short
                        .iter()
                        .any(|s| informs(q, &quiz.dimensions[s.dimension].id))
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::QuestionKind;
    use crate::engine::Response;

    fn quiz() -> Quiz {
        crate::ui::default_quiz()
    }

    fn likerts_on<'a>(quiz: &'a Quiz, d: &'a str) -> impl Iterator<Item = usize> + 'a {
        quiz.questions.iter().enumerate().filter_map(move |(i, q)| {
            matches!(&q.kind, QuestionKind::Likert { dimension, .. } if dimension == d).then_some(i)
        })
    }

    #[test]
    fn no_answers_leave_every_dimension_short_by_the_minimum() {
        let quiz = quiz();
        assert_eq!(quiz.min_answers_per_dimension, 3, "the default minimum");
        let short = shortfall(&quiz, &Answers::new());
        assert_eq!(short.len(), quiz.dimensions.len());
        assert!(short.iter().all(|s| s.missing == 3), "{short:?}");
    }

    #[test]
    fn three_answers_on_a_dimension_are_enough_for_it() {
        let quiz = quiz();
        let d = quiz.dimensions[1].id.clone();
        let mut answers = Answers::new();
        for i in likerts_on(&quiz, &d).take(2) {
            answers.set(&quiz.questions[i].id, Response::Likert(3));
        }
        let short = shortfall(&quiz, &answers);
        assert!(short.contains(&Short {
            dimension: 1,
            missing: 1
        }));
        let third = likerts_on(&quiz, &d).nth(2).unwrap();
        answers.set(&quiz.questions[third].id, Response::Likert(5));
        assert!(shortfall(&quiz, &answers).iter().all(|s| s.dimension != 1));
    }

    #[test]
    fn only_unanswered_questions_on_a_short_dimension_are_offered() {
        let quiz = quiz();
        let d = quiz.dimensions[0].id.clone();
        let mut answers = Answers::new();
        let first = likerts_on(&quiz, &d).next().unwrap();
        answers.set(&quiz.questions[first].id, Response::Likert(4));
        let short = [Short {
            dimension: 0,
            missing: 2,
        }];
        let offered = skipped_informing(&quiz, &answers, &short, 0..quiz.questions.len());
        assert!(!offered.contains(&first));
        assert!(offered.iter().all(|i| informs(&quiz.questions[*i], &d)));
        let others = likerts_on(&quiz, &quiz.dimensions[2].id).next().unwrap();
        assert!(!offered.contains(&others), "a likert on another dimension");
    }
}
