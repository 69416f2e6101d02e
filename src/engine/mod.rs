//! The engine: answers in, a recommendation out. It never touches a terminal.

pub mod adaptive;
pub mod answers;
pub mod batch;
pub mod matching;
pub mod respondent;
pub mod score;
pub mod simulate;

pub use adaptive::{AdaptiveOptions, AdaptiveSession, StopRule};
pub use answers::{parse_answers, Answers, Response};
pub use matching::{RoleMatch, CLOSE_CALL_MARGIN, FLAT_SPREAD};
pub use score::DimensionScore;

use serde::Serialize;

use crate::content::{Pack, Quiz};

/// How many reasons the explanation keeps.
pub const MAX_REASONS: usize = 3;

/// Everything the engine concludes from one set of answers.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Outcome {
    pub quiz: String,
    pub quiz_version: u32,
    pub dimensions: Vec<DimensionScore>,
    /// Every role, best match first.
    pub roles: Vec<RoleMatch>,
    pub recommendation: String,
    pub runner_up: Option<String>,
    /// The top two roles are within [`CLOSE_CALL_MARGIN`] points.
    pub close_call: bool,
    /// The dimension scores are too even to mean much ([`FLAT_SPREAD`]).
    pub flat_profile: bool,
    pub answered: usize,
    pub skipped: usize,
    pub total: usize,
    /// Questions put to the person (answered or skipped); `total` unless an
    /// adaptive quiz stopped early.
    pub asked: usize,
    /// An adaptive quiz stopped before its last question.
    pub stopped_early: bool,
    /// Which rule stopped it, when it stopped early.
    pub stop_rule: Option<StopRule>,
    /// The answers that did most for the recommended role, strongest first.
    pub reasons: Vec<Reason>,
}

/// One answer and how much it raised the recommended role's match.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Reason {
    pub question: String,
    pub answer: Response,
    /// Match points the recommended role would lose if this answer were skipped.
    pub points: f64,
}

/// Every role's match for `answers`, best first (what [`evaluate`] ranks, without the reasons).
pub fn rank(pack: &Pack, quiz: &Quiz, answers: &Answers) -> Vec<RoleMatch> {
    matching::rank(&pack.roles, &score::score(quiz, answers))
}

/// Scores `answers` against every role of the pack.
pub fn evaluate(pack: &Pack, quiz: &Quiz, answers: &Answers) -> Outcome {
    let dimensions = score::score(quiz, answers);
    let roles = matching::rank(&pack.roles, &dimensions);
    let recommendation = roles.first().map(|r| r.id.clone()).unwrap_or_default();
    let runner_up = roles.get(1).map(|r| r.id.clone());
    let close_call = match (roles.first(), roles.get(1)) {
        (Some(a), Some(b)) => a.match_percent - b.match_percent <= CLOSE_CALL_MARGIN,
        _ => false,
    };
    let answered = quiz
        .questions
        .iter()
        .filter(|q| answers.get(&q.id).is_some())
        .count();
    let reasons = match pack.role(&recommendation) {
        Some(top) => reasons(quiz, answers, top, roles[0].match_percent),
        None => Vec::new(),
    };
    Outcome {
        quiz: quiz.id.clone(),
        quiz_version: quiz.version,
        flat_profile: answered == 0 || matching::is_flat(&dimensions),
        dimensions,
        roles,
        recommendation,
        runner_up,
        close_call,
        answered,
        skipped: quiz.questions.len() - answered,
        total: quiz.questions.len(),
        asked: quiz.questions.len(),
        stopped_early: false,
        stop_rule: None,
        reasons,
    }
}

/// The answers whose removal would lower the top role's match the most.
fn reasons(
    quiz: &Quiz,
    answers: &Answers,
    top: &crate::content::Role,
    top_match: f64,
) -> Vec<Reason> {
    let mut found: Vec<(f64, Reason)> = quiz
        .questions
        .iter()
        .filter_map(|q| {
            let answer = answers.get(&q.id)?.clone();
            let without = score::score(quiz, &answers.without(&q.id));
            let points = top_match - matching::match_percent(top, &without);
            (points > 0.05).then(|| {
                (
                    points,
                    Reason {
                        question: q.id.clone(),
                        answer,
                        points,
                    },
                )
            })
        })
        .collect();
    found.sort_by(|a, b| {
        b.0.total_cmp(&a.0)
            .then_with(|| a.1.question.cmp(&b.1.question))
    });
    found
        .into_iter()
        .take(MAX_REASONS)
        .map(|(_, r)| r)
        .collect()
}
