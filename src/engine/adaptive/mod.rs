//! The adaptive quiz: asks the most useful question next and stops as soon as
//! the rest could not change the top role (or, with a confidence level, would
//! very probably not). The method and its proof are in `docs/adaptive.md`.
//!
//! A front end drives an [`AdaptiveSession`]: ask [`AdaptiveSession::next_question`],
//! [`AdaptiveSession::record`] the answer (or a skip), repeat until it returns
//! `None`, then read [`AdaptiveSession::outcome`].

pub mod bank;
pub mod certain;
pub mod confidence;
pub mod order;
pub mod state;

use serde::{Deserialize, Serialize};

use crate::content::{Pack, Question, Quiz};
use crate::engine::stability_map::StabilityMap;
use crate::engine::{Answers, Outcome, Response, Scorer};
use bank::Bank;
use state::State;

/// Why an adaptive quiz stopped before its last question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum StopRule {
    /// No way of answering the rest could change the top role.
    Certain,
    /// The top role stayed on top in at least the asked share of simulated completions.
    Confidence,
}

impl StopRule {
    pub fn name(self) -> &'static str {
        match self {
            StopRule::Certain => "certain",
            StopRule::Confidence => "confidence",
        }
    }
}

/// How an adaptive quiz may stop.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct AdaptiveOptions {
    /// Also stop when the top role stays on top in at least this share (0..1,
    /// exclusive) of simulated completions. `None`: only the certain stop.
    pub confidence: Option<f64>,
}

/// Why an answer could not be recorded.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RecordError {
    #[error("the quiz has no question `{0}`")]
    UnknownQuestion(String),
    #[error("question `{0}` was already answered")]
    AlreadyAsked(String),
    #[error("the answer does not fit question `{0}`")]
    DoesNotFit(String),
}

/// One person's way through an adaptive quiz.
#[derive(Debug, Clone)]
pub struct AdaptiveSession<'a> {
    pack: &'a Pack,
    quiz: &'a Quiz,
    options: AdaptiveOptions,
    bank: Bank,
    state: State,
    opening: Vec<usize>,
    answers: Answers,
    order: Vec<usize>,
    stop: Option<StopRule>,
    keep_going: bool,
}

impl<'a> AdaptiveSession<'a> {
    pub fn new(pack: &'a Pack, quiz: &'a Quiz, options: AdaptiveOptions) -> AdaptiveSession<'a> {
        let bank = Bank::new(pack, quiz);
        let state = State::new(&bank);
        let opening = order::opening(&bank);
        AdaptiveSession {
            pack,
            quiz,
            options,
            bank,
            state,
            opening,
            answers: Answers::new(),
            order: Vec::new(),
            stop: None,
            keep_going: false,
        }
    }

    /// The question to ask now; `None` once the quiz has stopped or every question was asked.
    pub fn next_question(&self) -> Option<&'a Question> {
        if self.stop.is_some() {
            return None;
        }
        let quiz: &'a Quiz = self.quiz;
        order::next(&self.bank, &self.state, &self.opening).and_then(|i| quiz.questions.get(i))
    }

    /// Records the answer to `question_id`, or a skip (`None`), and decides
    /// whether the quiz can stop.
    pub fn record(
        &mut self,
        question_id: &str,
        response: Option<Response>,
    ) -> Result<(), RecordError> {
        let Some(i) = self.quiz.questions.iter().position(|q| q.id == question_id) else {
            return Err(RecordError::UnknownQuestion(question_id.to_string()));
        };
        if self.state.asked[i] {
            return Err(RecordError::AlreadyAsked(question_id.to_string()));
        }
        let question = &self.quiz.questions[i];
        let pick = match &response {
            Some(r) => Some(
                bank::pick_of(question, r)
                    .ok_or_else(|| RecordError::DoesNotFit(question_id.to_string()))?,
            ),
            None => None,
        };
        self.state.record(&self.bank, i, pick);
        self.order.push(i);
        match response {
            Some(r) => self.answers.set(question_id, r),
            None => self.answers.skip(question_id),
        }
        self.stop = self.decide();
        Ok(())
    }

    /// Why the quiz stopped early, if it did.
    pub fn stop_state(&self) -> Option<StopRule> {
        self.stop
    }

    /// Questions asked so far (answered or skipped).
    pub fn asked(&self) -> usize {
        self.state.asked_count
    }

    /// Questions in the quiz.
    pub fn total(&self) -> usize {
        self.quiz.questions.len()
    }

    /// The ids of the questions asked, in the order they were asked.
    pub fn asked_ids(&self) -> Vec<&'a str> {
        let quiz: &'a Quiz = self.quiz;
        self.order
            .iter()
            .map(|&i| quiz.questions[i].id.as_str())
            .collect()
    }

    pub fn answers(&self) -> &Answers {
        &self.answers
    }

    /// The person wants to answer the remaining questions anyway: clears the
    /// stop and asks everything left (the result then counts as complete).
    pub fn answer_the_rest(&mut self) {
        self.keep_going = true;
        self.stop = None;
    }

    /// The recommendation from the answers given, with how the quiz ended
    /// (its stability uncalibrated, as [`crate::engine::evaluate`] states it).
    pub fn outcome(&self) -> Outcome {
        self.outcome_with(None)
    }

    /// [`AdaptiveSession::outcome`] with the stability stated through the
    /// quiz's calibration map (as [`Scorer::calibrated`]).
    pub fn outcome_with(&self, map: Option<&StabilityMap>) -> Outcome {
        let mut outcome = Scorer::new(self.pack, self.quiz)
            .calibrated(map)
            .evaluate(&self.answers);
        let stopped = self.stop.filter(|_| self.asked() < self.total());
        outcome.asked = self.asked();
        outcome.skipped = self.asked() - outcome.answered;
        outcome.stopped_early = stopped.is_some();
        outcome.stop_rule = stopped;
        outcome
    }

    fn decide(&self) -> Option<StopRule> {
        if self.keep_going
            || !may_stop(&self.state, &self.opening)
            || !self.bank.has_evidence(&self.state.evidence)
        {
            return None;
        }
        if certain::is_settled(&self.bank, &self.state) {
            return Some(StopRule::Certain);
        }
        let p = self.options.confidence?;
        if confidence::share_kept(&self.bank, &self.state, p)
            .is_some_and(|s| confidence::clears(s, p))
        {
            return Some(StopRule::Confidence);
        }
        None
    }
}

/// Whether stopping may be considered at all: the opening round is done and
/// some question is still unasked.
pub fn may_stop(state: &State, opening: &[usize]) -> bool {
    state.asked_count < state.asked.len() && opening.iter().all(|&i| state.asked[i])
}
