//! The engine: answers in, a recommendation out. It never touches a terminal.

pub mod adaptive;
pub mod answers;
pub mod batch;
pub mod evidence;
pub mod matching;
pub mod noise;
pub mod reasons;
pub mod respondent;
pub mod score;
pub mod simulate;
pub mod stability;
pub mod stability_map;

pub use adaptive::{AdaptiveOptions, AdaptiveSession, StopRule};
pub use answers::{Answers, Response};
pub use evidence::{DimensionEvidence, Evidence};
pub use matching::{RoleMatch, CLOSE_CALL_MARGIN, FLAT_SPREAD, TIE_MARGIN};
pub use reasons::{CounterPull, Reason, MAX_REASONS};
pub use score::DimensionScore;

use serde::Serialize;

use crate::content::{Pack, Quiz};
use adaptive::bank::{self, Bank, Pick};
use stability_map::StabilityMap;

/// Everything the engine concludes from one set of answers.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Outcome {
    pub quiz: String,
    pub quiz_version: u32,
    pub dimensions: Vec<DimensionScore>,
    /// Every role, best match first.
    pub roles: Vec<RoleMatch>,
    /// `None` while the answers are too few to recommend anything ([`Evidence`]).
    pub recommendation: Option<Recommendation>,
    /// Per dimension, how many answers back it and how many it needs.
    pub evidence: Evidence,
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
}

/// The recommended role and how far to trust it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Recommendation {
    /// The top role's id (on a tie, the first by id).
    pub role: String,
    pub runner_up: Option<String>,
    /// The top two roles are within [`CLOSE_CALL_MARGIN`] points.
    pub close_call: bool,
    /// The top two roles are within [`TIE_MARGIN`] points: neither won.
    pub tie: bool,
    /// 0..1: the estimated chance that a retake of the whole quiz gives the
    /// same top role: the quiz's calibration map's figure when the scorer
    /// has one ([`Scorer::calibrated`]), else the uncalibrated [`stability`].
    pub stability: f64,
    /// The answers that favour this role over the runner-up, strongest first.
    pub reasons: Vec<Reason>,
    /// The dimension whose answers favour the runner-up the most, if any does.
    pub counter: Option<CounterPull>,
}

impl Outcome {
    /// The recommended role's id, if there is a recommendation.
    pub fn recommended(&self) -> Option<&str> {
        self.recommendation.as_ref().map(|r| r.role.as_str())
    }

    /// The reasons (none without a recommendation).
    pub fn reasons(&self) -> &[Reason] {
        self.recommendation
            .as_ref()
            .map_or(&[], |r| r.reasons.as_slice())
    }
}

/// Every role's match for `answers`, best first (what [`evaluate`] ranks, without the reasons).
pub fn rank(pack: &Pack, quiz: &Quiz, answers: &Answers) -> Vec<RoleMatch> {
    matching::rank(&pack.roles, &score::score(quiz, answers))
}

/// Scores `answers` against every role of the pack. The stability is the
/// uncalibrated figure; [`Scorer::calibrated`] states the calibrated one.
pub fn evaluate(pack: &Pack, quiz: &Quiz, answers: &Answers) -> Outcome {
    Scorer::new(pack, quiz).evaluate(answers)
}

/// Scores many sets of answers against one quiz, preparing the quiz once.
#[derive(Debug, Clone)]
pub struct Scorer<'a> {
    pack: &'a Pack,
    quiz: &'a Quiz,
    bank: Bank,
    map: Option<&'a StabilityMap>,
    /// The quiz's [`stability_map::quiz_fingerprint`], once asked for.
    fingerprint: std::cell::OnceCell<String>,
    /// The quiz in id order, for the stability figure (once asked for).
    canonical: std::cell::OnceCell<stability_map::Canonical>,
}

impl<'a> Scorer<'a> {
    pub fn new(pack: &'a Pack, quiz: &'a Quiz) -> Scorer<'a> {
        Scorer {
            pack,
            quiz,
            bank: Bank::new(pack, quiz),
            map: None,
            fingerprint: std::cell::OnceCell::new(),
            canonical: std::cell::OnceCell::new(),
        }
    }

    /// The quiz's fingerprint, which names its calibration map.
    pub fn fingerprint(&self) -> &str {
        self.fingerprint
            .get_or_init(|| stability_map::quiz_fingerprint(self.pack, self.quiz))
    }

    /// States stability through the quiz's calibration map (kept only if it
    /// was fitted for this very quiz: [`StabilityMap::fits`]).
    pub fn calibrated(mut self, map: Option<&'a StabilityMap>) -> Scorer<'a> {
        self.map = map.filter(|m| m.fits(self.fingerprint()));
        self
    }

    /// Whether `answers` are enough for a recommendation, so that a
    /// stability figure (and the quiz's calibration map) will be wanted.
    /// Cheap: it scores the answers and counts the evidence, nothing more.
    pub fn recommends(&self, answers: &Answers) -> bool {
        let dimensions = score::score(self.quiz, answers);
        !self.pack.roles.is_empty()
            && evidence::with_required(self.quiz, &dimensions, &self.bank.required).is_enough()
    }

    /// Scores `answers` against every role of the pack.
    pub fn evaluate(&self, answers: &Answers) -> Outcome {
        let (pack, quiz) = (self.pack, self.quiz);
        let dimensions = score::score(quiz, answers);
        let roles = matching::rank(&pack.roles, &dimensions);
        let evidence = evidence::with_required(quiz, &dimensions, &self.bank.required);
        // In question-id order, so the file's order never changes a figure.
        let mut order: Vec<usize> = (0..quiz.questions.len()).collect();
        order.sort_by(|&a, &b| quiz.questions[a].id.cmp(&quiz.questions[b].id));
        let mut answered_picks: Vec<(usize, Pick)> = Vec::new();
        let mut responses: Vec<(&str, &Response)> = Vec::new();
        for i in order {
            let q = &quiz.questions[i];
            if let Some(r) = answers.get(&q.id) {
                if let Some(p) = bank::pick_of(q, r) {
                    answered_picks.push((i, p));
                    responses.push((q.id.as_str(), r));
                }
            }
        }
        let answered = responses.len();
        let recommendation = if evidence.is_enough() && !roles.is_empty() {
            Some(self.recommend(&roles, &answered_picks, &responses))
        } else {
            None
        };
        Outcome {
            quiz: quiz.id.clone(),
            quiz_version: quiz.version,
            flat_profile: answered == 0 || matching::is_flat(&dimensions),
            dimensions,
            roles,
            recommendation,
            evidence,
            answered,
            skipped: quiz.questions.len() - answered,
            total: quiz.questions.len(),
            asked: quiz.questions.len(),
            stopped_early: false,
            stop_rule: None,
        }
    }

    /// The stated stability of `tops` (calibrated when there is a map).
    fn stability(
        &self,
        answered: &[(usize, Pick)],
        responses: &[(&str, &Response)],
        tops: &[usize],
    ) -> f64 {
        // Worked out on the quiz in id order, as the map was fitted, so the
        // order the file lists things in changes nothing.
        let c = self
            .canonical
            .get_or_init(|| stability_map::Canonical::new(self.pack, self.quiz));
        let answered = c.picks(answered);
        let figure = stability::stability_of(&c.bank, &answered, stability::seed(responses), tops);
        match self.map {
            Some(m) => m.stated(figure, stability_map::second_axis(&c.bank, &answered)),
            None => figure,
        }
    }

    fn recommend(
        &self,
        roles: &[RoleMatch],
        answered: &[(usize, Pick)],
        responses: &[(&str, &Response)],
    ) -> Recommendation {
        let pack = self.pack;
        let index = |id: &str| pack.roles.iter().position(|r| r.id == id);
        let top = &roles[0];
        let runner = roles.get(1);
        let gap = runner.map_or(f64::INFINITY, |r| top.match_percent - r.match_percent);
        let top_i = index(&top.id).unwrap_or(0);
        let (reasons, counter) = match runner.and_then(|r| index(&r.id)) {
            Some(rival) => {
                let dim_ids: Vec<&str> =
                    self.quiz.dimensions.iter().map(|d| d.id.as_str()).collect();
                reasons::explain(
                    &self.bank,
                    answered,
                    responses,
                    &dim_ids,
                    &pack.role_ids(),
                    top_i,
                    rival,
                )
            }
            None => (Vec::new(), None),
        };
        let tie = gap <= TIE_MARGIN;
        // A tie names both roles, so its stability is the chance a retake
        // gives one of them (no winner is picked by id here).
        let tops: Vec<usize> = match runner.and_then(|r| index(&r.id)) {
            Some(rival) if tie => vec![top_i, rival],
            _ => vec![top_i],
        };
        Recommendation {
            role: top.id.clone(),
            runner_up: runner.map(|r| r.id.clone()),
            close_call: gap <= CLOSE_CALL_MARGIN,
            tie,
            stability: self.stability(answered, responses, &tops),
            reasons,
            counter,
        }
    }
}
