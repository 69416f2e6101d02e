//! `career simulate`: simulated respondents with known true profiles take the
//! quiz in full, adaptively with the certain stop, and with confidence stops,
//! so a quiz author can see how many questions each saves and what it costs.
//!
//! Seeded and deterministic: respondent `i` draws from its own ChaCha8 stream
//! `i` of the seed, so results do not depend on threads or on the platform.

pub mod population;
pub mod stats;

use rand::rngs::ChaCha8Rng;
use rand::SeedableRng;
use serde::Serialize;

use super::adaptive::bank::{self, Bank, Pick};
use super::adaptive::state::State;
use super::adaptive::{certain, confidence, may_stop, order};
use super::respondent::{Respondent, DEFAULT_NOISE, DEFAULT_SKIP};
use super::{Answers, CLOSE_CALL_MARGIN};
use crate::content::{Pack, Quiz};

pub const DEFAULT_RESPONDENTS: usize = 1000;
pub const DEFAULT_SEED: u64 = 42;
/// The most respondents one run may simulate.
pub const MAX_RESPONDENTS: usize = 1_000_000;
/// The largest answer noise accepted (on the 0..1 profile scale).
pub const MAX_NOISE: f64 = 2.0;
/// The confidence levels every simulation tries.
pub const LEVELS: [f64; 3] = [0.90, 0.95, 0.99];

/// What to simulate.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SimOptions {
    pub respondents: usize,
    pub seed: u64,
    /// Answer noise, standard deviation on the 0..1 profile scale.
    pub noise: f64,
    /// Chance that a respondent skips ("not sure") any one question.
    pub skip: f64,
}

impl Default for SimOptions {
    fn default() -> SimOptions {
        SimOptions {
            respondents: DEFAULT_RESPONDENTS,
            seed: DEFAULT_SEED,
            noise: DEFAULT_NOISE,
            skip: DEFAULT_SKIP,
        }
    }
}

/// How one way of running the quiz fared over every respondent.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ModeReport {
    /// `full`, `certain`, or `confidence-0.95` and the like.
    pub mode: String,
    /// The confidence level, for confidence modes.
    pub confidence: Option<f64>,
    /// Share (0..1) whose recommendation is their true role.
    pub accuracy: f64,
    /// Share (0..1) whose recommendation equals the full quiz's.
    pub agreement_with_full: f64,
    pub mean_asked: f64,
    pub median_asked: f64,
    /// 90th percentile (nearest rank) of questions asked.
    pub p90_asked: f64,
    /// Share (0..1) whose top two roles were within the close-call margin.
    pub close_call_rate: f64,
}

/// The whole simulation.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    pub quiz: String,
    pub questions: usize,
    pub respondents: usize,
    pub seed: u64,
    pub noise: f64,
    pub skip_probability: f64,
    pub modes: Vec<ModeReport>,
}

/// How one respondent's quiz ended in one mode.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ending {
    /// Index of the recommended role in `pack.roles`.
    pub top: usize,
    pub asked: usize,
    pub close_call: bool,
}

/// One respondent in every mode.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Trace {
    pub true_role: usize,
    pub full: Ending,
    pub certain: Ending,
    /// One per entry of [`LEVELS`].
    pub confidence: [Ending; 3],
}

/// Runs the simulation; `tick` is called once per finished respondent (from any thread).
pub fn run(pack: &Pack, quiz: &Quiz, options: SimOptions, tick: &(dyn Fn() + Sync)) -> Report {
    let bank = Bank::new(pack, quiz);
    let n = options.respondents;
    let threads = std::thread::available_parallelism()
        .map_or(1, |t| t.get())
        .clamp(1, 8)
        .min(n.max(1));
    let chunk = n.div_ceil(threads).max(1);
    let mut traces: Vec<Trace> = Vec::with_capacity(n);
    std::thread::scope(|scope| {
        let handles: Vec<_> = (0..threads)
            .map(|t| {
                let bank = &bank;
                scope.spawn(move || {
                    let start = t * chunk;
                    let end = ((t + 1) * chunk).min(n);
                    (start..end)
                        .map(|i| {
                            let trace = respondent(pack, quiz, bank, options, i);
                            tick();
                            trace
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        for h in handles {
            // A panicking worker is a bug; its respondents are then left out
            // rather than taking the whole report down.
            if let Ok(part) = h.join() {
                traces.extend(part);
            }
        }
    });
    report(quiz, options, &traces)
}

/// Simulates respondent `index` in every mode.
pub fn respondent(
    pack: &Pack,
    quiz: &Quiz,
    bank: &Bank,
    options: SimOptions,
    index: usize,
) -> Trace {
    let (true_role, picks) = draw(bank, options, index);
    walk(pack, quiz, bank, &picks, true_role)
}

/// The true role (index in `pack.roles`) and the answers to every question
/// (`None` = skipped), in quiz order, of simulated respondent `index`.
pub fn draw(bank: &Bank, options: SimOptions, index: usize) -> (usize, Vec<Option<Pick>>) {
    let mut rng = ChaCha8Rng::seed_from_u64(options.seed);
    rng.set_stream(index as u64);
    let profile = population::profile(bank, index, &mut rng);
    let true_role = population::true_role(bank, &profile);
    let person = Respondent {
        profile,
        noise: options.noise,
        skip: options.skip,
    };
    let picks = bank
        .items
        .iter()
        .map(|item| person.answer(item, &mut rng))
        .collect();
    (true_role, picks)
}

/// Takes the quiz with fixed answers (`None` = skip) in every mode.
pub fn walk(
    pack: &Pack,
    quiz: &Quiz,
    bank: &Bank,
    picks: &[Option<Pick>],
    true_role: usize,
) -> Trace {
    let answers_of = |asked: &[bool]| {
        let mut a = Answers::new();
        for (i, q) in quiz.questions.iter().enumerate() {
            if asked[i] {
                if let Some(r) = picks[i].and_then(|p| bank::response_of(q, p)) {
                    a.set(&q.id, r);
                }
            }
        }
        a
    };
    let total = quiz.questions.len();
    let full = ending(pack, quiz, &answers_of(&vec![true; total]), total);

    let opening = order::opening(bank);
    let mut state = State::new(bank);
    let mut certain_end: Option<Ending> = None;
    let mut confident: [Option<Ending>; 3] = [None; 3];
    loop {
        if may_stop(&state, &opening) && bank.has_evidence(&state.evidence) {
            if certain::is_settled(bank, &state) {
                let end = ending(pack, quiz, &answers_of(&state.asked), state.asked_count);
                certain_end = Some(end);
                for c in confident.iter_mut().filter(|c| c.is_none()) {
                    *c = Some(end);
                }
                break;
            }
            let need = LEVELS
                .iter()
                .zip(&confident)
                .filter(|(_, c)| c.is_none())
                .map(|(l, _)| *l)
                .fold(f64::INFINITY, f64::min);
            if need.is_finite() {
                if let Some(share) = confidence::share_kept(bank, &state, need) {
                    let end = ending(pack, quiz, &answers_of(&state.asked), state.asked_count);
                    for (level, c) in LEVELS.iter().zip(confident.iter_mut()) {
                        if c.is_none() && share >= *level {
                            *c = Some(end);
                        }
                    }
                }
            }
        }
        let Some(i) = order::next(bank, &state, &opening) else {
            break;
        };
        state.record(bank, i, picks[i]);
    }
    Trace {
        true_role,
        full,
        certain: certain_end.unwrap_or(full),
        confidence: confident.map(|c| c.unwrap_or(full)),
    }
}

/// The recommendation for `answers`, computed exactly as `engine::evaluate` does.
fn ending(pack: &Pack, quiz: &Quiz, answers: &Answers, asked: usize) -> Ending {
    let ranked = super::rank(pack, quiz, answers);
    let top = ranked
        .first()
        .and_then(|m| pack.roles.iter().position(|r| r.id == m.id))
        .unwrap_or(0);
    let close_call = match (ranked.first(), ranked.get(1)) {
        (Some(a), Some(b)) => a.match_percent - b.match_percent <= CLOSE_CALL_MARGIN,
        _ => false,
    };
    Ending {
        top,
        asked,
        close_call,
    }
}

/// Sums the traces up, mode by mode.
pub fn report(quiz: &Quiz, options: SimOptions, traces: &[Trace]) -> Report {
    let mut modes = vec![mode("full", None, traces, |t| t.full)];
    modes.push(mode("certain", None, traces, |t| t.certain));
    for (k, level) in LEVELS.iter().enumerate() {
        modes.push(mode(
            &format!("confidence-{level:.2}"),
            Some(*level),
            traces,
            |t| t.confidence[k],
        ));
    }
    Report {
        quiz: quiz.id.clone(),
        questions: quiz.questions.len(),
        respondents: traces.len(),
        seed: options.seed,
        noise: options.noise,
        skip_probability: options.skip,
        modes,
    }
}

fn mode(
    name: &str,
    confidence: Option<f64>,
    traces: &[Trace],
    pick: impl Fn(&Trace) -> Ending,
) -> ModeReport {
    let n = traces.len().max(1) as f64;
    let share = |f: &dyn Fn(&Trace) -> bool| traces.iter().filter(|t| f(t)).count() as f64 / n;
    let asked: Vec<usize> = traces.iter().map(|t| pick(t).asked).collect();
    ModeReport {
        mode: name.to_string(),
        confidence,
        accuracy: share(&|t| pick(t).top == t.true_role),
        agreement_with_full: share(&|t| pick(t).top == t.full.top),
        mean_asked: stats::mean(&asked),
        median_asked: stats::median(&asked),
        p90_asked: stats::quantile(&asked, 0.9),
        close_call_rate: share(&|t| pick(t).close_call),
    }
}
