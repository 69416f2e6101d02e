//! `career simulate`: simulated respondents with known true profiles take the
//! quiz in full, adaptively with the certain stop, and with confidence stops,
//! so a quiz author can see how many questions each saves and what it costs.
//!
//! Seeded and deterministic: respondent `i` draws from its own ChaCha8 stream
//! `i` of the seed, so results do not depend on threads or on the platform.

pub mod calibration;
pub mod fit;
pub mod population;
pub mod stats;

use rand::rngs::ChaCha8Rng;
use rand::SeedableRng;
use serde::Serialize;

use super::adaptive::bank::{Bank, Pick};
use super::adaptive::state::State;
use super::adaptive::{certain, confidence, may_stop, order};
use super::respondent::{Respondent, DEFAULT_NOISE, DEFAULT_SKIP};
use super::stability_map::{self, StabilityMap};
use super::{stability, CLOSE_CALL_MARGIN};
use crate::content::{Pack, Quiz};

pub const DEFAULT_RESPONDENTS: usize = 1000;
pub const DEFAULT_SEED: u64 = 42;
/// The most respondents one run may simulate: about a minute of work on a
/// 2-core machine (`docs/adaptive.md` has the measurement).
pub const MAX_RESPONDENTS: usize = 100_000;
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
    /// Stated stability against the observed agreement of a fresh retake.
    pub calibration: Vec<calibration::Band>,
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
#[derive(Debug, Clone, PartialEq)]
pub struct Trace {
    pub true_role: usize,
    pub full: Ending,
    pub certain: Ending,
    /// One per entry of [`LEVELS`].
    pub confidence: [Ending; 3],
    /// The stated stability of the full quiz's recommendation.
    pub stability: f64,
    /// The top role of a fresh retake of the whole quiz (new answer noise).
    pub retake: usize,
}

/// Runs the simulation; `tick` is called once per finished respondent (from
/// any thread). With the quiz's calibration `map`, each stated stability is
/// the map's; without, the cheap figure's ([`stability`]).
pub fn run(
    pack: &Pack,
    quiz: &Quiz,
    options: SimOptions,
    map: Option<&StabilityMap>,
    tick: &(dyn Fn() + Sync),
) -> Report {
    let bank = Bank::new(pack, quiz);
    let traces = parallel(options.respondents, &|i| {
        let trace = respondent(pack, quiz, &bank, options, map, i);
        tick();
        trace
    });
    report(quiz, options, &traces)
}

/// `f(0)`, …, `f(n − 1)` in order, worked out on up to 8 threads, each
/// taking a run of indices.
fn parallel<T: Send>(n: usize, f: &(dyn Fn(usize) -> T + Sync)) -> Vec<T> {
    let threads = std::thread::available_parallelism()
        .map_or(1, |t| t.get())
        .clamp(1, 8)
        .min(n.max(1));
    let chunk = n.div_ceil(threads).max(1);
    let mut out: Vec<T> = Vec::with_capacity(n);
    std::thread::scope(|scope| {
        let handles: Vec<_> = (0..threads)
            .map(|t| {
                scope.spawn(move || {
                    let (start, end) = (t * chunk, ((t + 1) * chunk).min(n));
                    (start..end).map(f).collect::<Vec<_>>()
                })
            })
            .collect();
        for h in handles {
            // A panicking worker is a bug; its items are then left out
            // rather than taking the whole run down.
            if let Ok(part) = h.join() {
                out.extend(part);
            }
        }
    });
    out
}

/// Simulates respondent `index` in every mode, and a retake of the full quiz.
pub fn respondent(
    _pack: &Pack,
    _quiz: &Quiz,
    bank: &Bank,
    options: SimOptions,
    map: Option<&StabilityMap>,
    index: usize,
) -> Trace {
    let (mut rng, person, true_role) = person(bank, options, index);
    let picks: Vec<Option<Pick>> = bank
        .items
        .iter()
        .map(|it| person.answer(it, &mut rng))
        .collect();
    let retake_picks: Vec<Option<Pick>> = bank
        .items
        .iter()
        .map(|it| person.answer(it, &mut rng))
        .collect();
    let mut trace = walk_bank(bank, &picks, true_role, map);
    trace.retake = full_state(bank, &retake_picks).1.top;
    trace
}

/// The answer stream, the respondent and their true role, for respondent `index`.
fn person(bank: &Bank, options: SimOptions, index: usize) -> (ChaCha8Rng, Respondent, usize) {
    let mut rng = ChaCha8Rng::seed_from_u64(options.seed);
    rng.set_stream(index as u64);
    let profile = population::profile(bank, index, &mut rng);
    let true_role = population::true_role(bank, &profile);
    let person = Respondent {
        profile,
        noise: options.noise,
        skip: options.skip,
    };
    (rng, person, true_role)
}

/// The true role (index in `pack.roles`) and the answers to every question
/// (`None` = skipped), in quiz order, of simulated respondent `index`.
pub fn draw(bank: &Bank, options: SimOptions, index: usize) -> (usize, Vec<Option<Pick>>) {
    let (mut rng, person, true_role) = person(bank, options, index);
    let picks = bank
        .items
        .iter()
        .map(|item| person.answer(item, &mut rng))
        .collect();
    (true_role, picks)
}

/// Takes the quiz with fixed answers (`None` = skip) in every mode.
pub fn walk(
    _pack: &Pack,
    _quiz: &Quiz,
    bank: &Bank,
    picks: &[Option<Pick>],
    true_role: usize,
) -> Trace {
    walk_bank(bank, picks, true_role, None)
}

/// The state after every question, and how the full quiz ends.
fn full_state(bank: &Bank, picks: &[Option<Pick>]) -> (State, Ending) {
    let mut state = State::new(bank);
    for (i, p) in picks.iter().enumerate() {
        state.record(bank, i, *p);
    }
    let end = ending(bank, &state);
    (state, end)
}

fn walk_bank(
    bank: &Bank,
    picks: &[Option<Pick>],
    true_role: usize,
    map: Option<&StabilityMap>,
) -> Trace {
    let (full_st, full) = full_state(bank, picks);
    let answered = answered(&full_st);
    let figure = stability::stability(bank, &answered, seed_of(&answered), full.top);
    let stability = match map {
        Some(m) => m.stated(figure, stability_map::second_axis(bank, &answered)),
        None => figure,
    };

    let opening = order::opening(bank);
    let mut state = State::new(bank);
    let mut certain_end: Option<Ending> = None;
    let mut confident: [Option<Ending>; 3] = [None; 3];
    loop {
        if may_stop(&state, &opening) && bank.has_evidence(&state.evidence) {
            if certain::is_settled(bank, &state) {
                let end = ending(bank, &state);
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
                    let end = ending(bank, &state);
                    for (level, c) in LEVELS.iter().zip(confident.iter_mut()) {
                        if c.is_none() && confidence::clears(share, *level) {
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
        stability,
        retake: full.top,
    }
}

/// The answered questions of `state` (index and answer), in quiz order.
fn answered(state: &State) -> Vec<(usize, Pick)> {
    state
        .picks
        .iter()
        .enumerate()
        .filter_map(|(i, p)| p.map(|p| (i, p)))
        .collect()
}

/// A seed for the stability figure from the answers (as `stability::seed`
/// does from ids, but from indices: fast, and the simulation's quiz order is fixed).
fn seed_of(answered: &[(usize, Pick)]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &(i, p) in answered {
        let x = match p {
            Pick::Likert(v) => u64::from(v),
            Pick::Choice(c) => 100 + c as u64,
            Pick::Multi(b) => (1 << 40) | u64::from(b),
        };
        h = (h ^ (i as u64)).wrapping_mul(0x0100_0000_01b3);
        h = (h ^ x).wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// How the quiz ends with the questions asked so far, computed on the bank as
/// `engine::evaluate` ranks (equal to it up to rounding in the last digits).
fn ending(bank: &Bank, state: &State) -> Ending {
    let mut scores = vec![0.0; bank.dims];
    state.scores(&mut scores);
    let (top, runner) = bank.top_two(&scores);
    let close_call = runner.is_some_and(|r| {
        bank.roles[top].match_at(&scores) - bank.roles[r].match_at(&scores) <= CLOSE_CALL_MARGIN
    });
    Ending {
        top,
        asked: state.asked_count,
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
        calibration: calibration::table(traces),
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
