//! The adaptive quiz's promises, checked on the built-in pack:
//! - the certain stop never changes the recommendation, however the questions
//!   it did not ask would have been answered or skipped;
//! - someone who answers "not sure" to everything is never stopped early;
//! - the simulation is deterministic.

use career::content::{self, Pack, PackSource, Question, QuestionKind, Quiz};
use career::engine::adaptive::bank::{self, Bank};
use career::engine::simulate::{self, SimOptions};
use career::engine::{self, AdaptiveOptions, AdaptiveSession, Answers, Response, StopRule};
use proptest::prelude::*;
use rand::rngs::ChaCha8Rng;
use rand::{RngExt, SeedableRng};

fn pack() -> Pack {
    content::load(&PackSource::BuiltIn).expect("the built-in pack loads")
}

fn default_quiz(pack: &Pack) -> &Quiz {
    pack.quiz(None)
        .expect("the built-in pack has a default quiz")
}

/// Runs the adaptive quiz (certain stop only) over a full set of answers.
fn run_adaptive<'a>(pack: &'a Pack, quiz: &'a Quiz, answers: &Answers) -> AdaptiveSession<'a> {
    let mut session = AdaptiveSession::new(pack, quiz, AdaptiveOptions::default());
    while let Some(q) = session.next_question() {
        session
            .record(&q.id, answers.get(&q.id).cloned())
            .expect("answers fit their questions");
    }
    session
}

fn top(pack: &Pack, quiz: &Quiz, answers: &Answers) -> String {
    engine::rank(pack, quiz, answers)[0].id.clone()
}

/// A uniformly random answer to `q`.
fn random_answer(q: &Question, rng: &mut ChaCha8Rng) -> Response {
    match &q.kind {
        QuestionKind::Likert { .. } => Response::Likert(rng.random_range(1..=5)),
        QuestionKind::Choice { options } => {
            Response::Choice(options[rng.random_range(0..options.len())].id.clone())
        }
        QuestionKind::Multi { options } => Response::Multi(
            options
                .iter()
                .filter(|_| rng.random::<bool>())
                .map(|o| o.id.clone())
                .collect(),
        ),
    }
}

/// The answer to `q` that pushes dimension `dim` as far up (or down) as it goes,
/// or `None` when the question does not inform it (left skipped).
fn extreme_answer(q: &Question, dim: &str, up: bool) -> Option<Response> {
    let sign = if up { 1.0 } else { -1.0 };
    match &q.kind {
        QuestionKind::Likert {
            dimension, reverse, ..
        } if dimension == dim => Some(Response::Likert(if up != *reverse { 5 } else { 1 })),
        QuestionKind::Likert { .. } => None,
        QuestionKind::Choice { options } if options.iter().any(|o| o.weight(dim) != 0.0) => options
            .iter()
            .max_by(|a, b| (sign * a.weight(dim)).total_cmp(&(sign * b.weight(dim))))
            .map(|o| Response::Choice(o.id.clone())),
        QuestionKind::Choice { .. } => None,
        QuestionKind::Multi { options } => Some(Response::Multi(
            options
                .iter()
                .filter(|o| sign * o.weight(dim) > 0.0)
                .map(|o| o.id.clone())
                .collect(),
        )),
    }
}

/// Completions of the questions `session` did not ask: all skipped, every
/// dimension pushed to either end, a greedy push towards each rival, and
/// random answers with light and heavy skipping.
fn completions(
    pack: &Pack,
    quiz: &Quiz,
    given: &Answers,
    unasked: &[&Question],
    rng: &mut ChaCha8Rng,
    greedy: bool,
) -> Vec<Answers> {
    let mut out = vec![given.clone()];
    for d in &quiz.dimensions {
        for up in [true, false] {
            let mut a = given.clone();
            for q in unasked {
                if let Some(r) = extreme_answer(q, &d.id, up) {
                    a.set(&q.id, r);
                }
            }
            out.push(a);
        }
    }
    if greedy {
        let leader = top(pack, quiz, given);
        for rival in pack.roles.iter().filter(|r| r.id != leader) {
            // Answer each question the way that most favours the rival over the leader.
            let mut a = given.clone();
            for q in unasked {
                let mut options: Vec<Option<Response>> = vec![None];
                options.extend(match &q.kind {
                    QuestionKind::Likert { .. } => {
                        (1..=5).map(|v| Some(Response::Likert(v))).collect()
                    }
                    QuestionKind::Choice { options } => options
                        .iter()
                        .map(|o| Some(Response::Choice(o.id.clone())))
                        .collect::<Vec<_>>(),
                    QuestionKind::Multi { options } => options
                        .iter()
                        .map(|o| Some(Response::Multi(vec![o.id.clone()])))
                        .collect(),
                });
                let gap = |a: &Answers| {
                    let ranked = engine::rank(pack, quiz, a);
                    let m = |id: &str| {
                        ranked
                            .iter()
                            .find(|r| r.id == id)
                            .map_or(0.0, |r| r.match_percent)
                    };
                    m(&rival.id) - m(&leader)
                };
                let best = options
                    .into_iter()
                    .map(|r| {
                        let mut b = a.clone();
                        match &r {
                            Some(r) => b.set(&q.id, r.clone()),
                            None => b.skip(&q.id),
                        }
                        (gap(&b), b)
                    })
                    .max_by(|x, y| x.0.total_cmp(&y.0));
                if let Some((_, b)) = best {
                    a = b;
                }
            }
            out.push(a);
        }
    }
    for skip in [0.0, 0.5, 0.9] {
        for _ in 0..2 {
            let mut a = given.clone();
            for q in unasked {
                if rng.random::<f64>() >= skip {
                    a.set(&q.id, random_answer(q, rng));
                }
            }
            out.push(a);
        }
    }
    out
}

#[test]
fn certain_stop_never_changes_the_recommendation() {
    let pack = pack();
    let quiz = default_quiz(&pack);
    let bank = Bank::new(&pack, quiz);
    let mut rng = ChaCha8Rng::seed_from_u64(11);
    let (mut stopped, mut checked) = (0, 0);
    for (i, skip) in (0..2000).map(|i| (i, [0.05, 0.3][i % 2])) {
        let options = SimOptions {
            seed: 2024,
            skip,
            ..SimOptions::default()
        };
        let (_, picks) = simulate::draw(&bank, options, i);
        let mut answers = Answers::new();
        for (q, p) in quiz.questions.iter().zip(&picks) {
            if let Some(r) = p.and_then(|p| bank::response_of(q, p)) {
                answers.set(&q.id, r);
            }
        }
        let session = run_adaptive(&pack, quiz, &answers);
        // What the adaptive quiz recommends (`engine::rank` is what `evaluate`
        // ranks; see `rank_is_what_evaluate_recommends`).
        let recommendation = top(&pack, quiz, session.answers());
        assert_eq!(
            recommendation,
            top(&pack, quiz, &answers),
            "respondent {i}: the adaptive quiz disagrees with the full quiz"
        );
        if session.stop_state() != Some(StopRule::Certain) {
            continue;
        }
        stopped += 1;
        if i % 100 == 1 {
            let outcome = session.outcome();
            assert_eq!(outcome.recommended(), Some(recommendation.as_str()));
            assert!(outcome.stopped_early && outcome.asked < outcome.total);
        }
        // However the unasked questions are answered, the top role stays.
        let asked = session.asked_ids();
        let unasked: Vec<&Question> = quiz
            .questions
            .iter()
            .filter(|q| !asked.contains(&q.id.as_str()))
            .collect();
        for full in completions(
            &pack,
            quiz,
            session.answers(),
            &unasked,
            &mut rng,
            i % 50 == 0,
        ) {
            checked += 1;
            assert_eq!(
                top(&pack, quiz, &full),
                recommendation,
                "respondent {i}: a completion changed the top role after a certain stop"
            );
        }
    }
    // The test means something only if the stop actually fires, and often.
    assert!(
        stopped > 1000,
        "only {stopped} of 2000 respondents stopped early"
    );
    assert!(checked > 10_000, "only {checked} completions checked");
}

#[test]
fn rank_is_what_evaluate_recommends() {
    let pack = pack();
    let quiz = default_quiz(&pack);
    let bank = Bank::new(&pack, quiz);
    for i in 0..20 {
        let (_, picks) = simulate::draw(&bank, SimOptions::default(), i);
        let mut answers = Answers::new();
        for (q, p) in quiz.questions.iter().zip(&picks) {
            if let Some(r) = p.and_then(|p| bank::response_of(q, p)) {
                answers.set(&q.id, r);
            }
        }
        assert_eq!(
            engine::evaluate(&pack, quiz, &answers).roles,
            engine::rank(&pack, quiz, &answers)
        );
    }
}

#[test]
fn all_not_sure_is_never_stopped_early() {
    let pack = pack();
    let quiz = default_quiz(&pack);
    for confidence in [None, Some(0.5), Some(0.95)] {
        let mut session = AdaptiveSession::new(&pack, quiz, AdaptiveOptions { confidence });
        while let Some(q) = session.next_question() {
            session.record(&q.id, None).expect("a skip always fits");
        }
        let outcome = session.outcome();
        assert_eq!(session.stop_state(), None, "confidence {confidence:?}");
        assert!(!outcome.stopped_early);
        assert_eq!(outcome.stop_rule, None);
        assert_eq!((outcome.asked, outcome.total), (39, 39));
        assert_eq!((outcome.answered, outcome.skipped), (0, 39));
        assert!(outcome.flat_profile);
    }
}

#[test]
fn a_clear_profile_stops_early_and_says_why() {
    let pack = pack();
    let quiz = default_quiz(&pack);
    let bank = Bank::new(&pack, quiz);
    // Respondent 1 sits near the first role's targets and answers without noise.
    let options = SimOptions {
        noise: 0.0,
        skip: 0.0,
        ..SimOptions::default()
    };
    let (true_role, picks) = simulate::draw(&bank, options, 1);
    let mut answers = Answers::new();
    for (q, p) in quiz.questions.iter().zip(&picks) {
        if let Some(r) = p.and_then(|p| bank::response_of(q, p)) {
            answers.set(&q.id, r);
        }
    }
    let session = run_adaptive(&pack, quiz, &answers);
    let outcome = session.outcome();
    assert_eq!(outcome.stop_rule, Some(StopRule::Certain));
    assert!(outcome.asked < outcome.total / 2, "asked {}", outcome.asked);
    assert_eq!(
        outcome.recommended(),
        Some(pack.roles[true_role].id.as_str())
    );
    assert_eq!(outcome.answered + outcome.skipped, outcome.asked);
}

#[test]
fn answering_the_rest_after_a_stop_asks_everything() {
    let pack = pack();
    let quiz = default_quiz(&pack);
    let bank = Bank::new(&pack, quiz);
    let (_, picks) = simulate::draw(&bank, SimOptions::default(), 1);
    let mut session = AdaptiveSession::new(&pack, quiz, AdaptiveOptions::default());
    let answer = |id: &str| {
        let i = quiz.questions.iter().position(|q| q.id == id)?;
        picks[i].and_then(|p| bank::response_of(&quiz.questions[i], p))
    };
    while let Some(q) = session.next_question() {
        session.record(&q.id, answer(&q.id)).unwrap();
    }
    assert!(session.stop_state().is_some());
    session.answer_the_rest();
    while let Some(q) = session.next_question() {
        session.record(&q.id, answer(&q.id)).unwrap();
    }
    let outcome = session.outcome();
    assert_eq!((outcome.asked, outcome.stopped_early), (39, false));
    assert_eq!(session.asked_ids().len(), 39);
}

#[test]
fn record_rejects_what_does_not_fit() {
    let pack = pack();
    let quiz = default_quiz(&pack);
    let mut session = AdaptiveSession::new(&pack, quiz, AdaptiveOptions::default());
    let q = session.next_question().expect("a first question");
    let wrong = match q.kind {
        QuestionKind::Likert { .. } => Response::Choice("nope".into()),
        _ => Response::Likert(9),
    };
    assert!(session.record(&q.id, Some(wrong)).is_err());
    assert!(session.record("no-such-question", None).is_err());
    session.record(&q.id, None).unwrap();
    assert!(session.record(&q.id, None).is_err(), "asked twice");
    assert_eq!(session.asked(), 1);
}

#[test]
fn the_same_seed_gives_the_same_report() {
    let pack = pack();
    let quiz = default_quiz(&pack);
    let options = SimOptions {
        respondents: 60,
        seed: 7,
        ..SimOptions::default()
    };
    let a = simulate::run(&pack, quiz, options, None, &|| {});
    let b = simulate::run(&pack, quiz, options, None, &|| {});
    assert_eq!(a, b);
    let c = simulate::run(&pack, quiz, SimOptions { seed: 8, ..options }, None, &|| {});
    assert_ne!(a, c, "a different seed draws different respondents");
    let certain = a.modes.iter().find(|m| m.mode == "certain").unwrap();
    assert_eq!(certain.agreement_with_full, 1.0);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Any answers at all (random, with any skipping): the adaptive quiz
    /// recommends what answering everything recommends.
    #[test]
    fn adaptive_agrees_with_full_on_any_answers(seed in any::<u64>(), skip in 0.0f64..1.0, lean in 0usize..6) {
        let pack = pack();
        let quiz = default_quiz(&pack);
        let mut rng = ChaCha8Rng::seed_from_u64(seed);
        let mut answers = Answers::new();
        let dim = &quiz.dimensions[lean % quiz.dimensions.len()].id;
        for q in &quiz.questions {
            if rng.random::<f64>() < skip {
                continue;
            }
            // Lean half the answers one way so that early stops happen.
            let r = if rng.random::<bool>() {
                extreme_answer(q, dim, lean < 3).unwrap_or_else(|| random_answer(q, &mut rng))
            } else {
                random_answer(q, &mut rng)
            };
            answers.set(&q.id, r);
        }
        let session = run_adaptive(&pack, quiz, &answers);
        prop_assert_eq!(
            session.outcome().recommended().map(String::from),
            engine::evaluate(&pack, quiz, &answers).recommended().map(String::from)
        );
    }
}
