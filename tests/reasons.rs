//! Reasons that support the recommendation (docs/scoring.md, "Why: the
//! reasons"), checked over simulated respondents of several profiles on the
//! built-in pack and on a pack of another shape, with the criterion
//! recomputed here from the pack's own numbers.

use std::path::Path;

use career::content::{self, Pack, PackSource, Quiz};
use career::engine::adaptive::bank::{self, Bank};
use career::engine::respondent::Respondent;
use career::engine::score::{contribution, range};
use career::engine::{self, Answers, Response};
use rand::rngs::ChaCha8Rng;
use rand::{RngExt, SeedableRng};

fn load(folder: Option<&str>) -> Pack {
    let source = match folder {
        None => PackSource::BuiltIn,
        Some(f) => PackSource::Folder(Path::new(env!("CARGO_MANIFEST_DIR")).join(f)),
    };
    content::load(&source).expect("the pack loads")
}

/// Respondents of several kinds: corners of the profile space (which
/// overshoot every target), uniform profiles, and profiles at a role's targets.
fn answers_for(pack: &Pack, quiz: &Quiz, bank: &Bank, k: usize) -> Answers {
    let mut rng = ChaCha8Rng::seed_from_u64(k as u64);
    let dims = quiz.dimensions.len();
    let profile: Vec<f64> = match k % 4 {
        0 => (0..dims)
            .map(|_| if rng.random::<bool>() { 1.0 } else { 0.0 })
            .collect(),
        1 => (0..dims).map(|_| rng.random::<f64>()).collect(),
        2 => {
            let role = &pack.roles[k / 4 % pack.roles.len()];
            quiz.dimensions
                .iter()
                .map(|d| role.target(&d.id) / 100.0)
                .collect()
        }
        _ => {
            // Overshooting one dimension hard, the rest anywhere.
            let mut p: Vec<f64> = (0..dims).map(|_| rng.random::<f64>()).collect();
            p[k / 4 % dims] = 1.0;
            p
        }
    };
    let person = Respondent {
        profile,
        noise: [0.0, 0.15, 0.3][k % 3],
        skip: 0.05,
    };
    let mut answers = Answers::new();
    for (q, item) in quiz.questions.iter().zip(&bank.items) {
        if let Some(r) = person
            .answer(item, &mut rng)
            .and_then(|p| bank::response_of(q, p))
        {
            answers.set(&q.id, r);
        }
    }
    answers
}

/// The documented support of one answer for role `r` over role `u`.
fn support(pack: &Pack, quiz: &Quiz, answers: &Answers, id: &str, r: &str, u: &str) -> f64 {
    let (r, u) = (pack.role(r).unwrap(), pack.role(u).unwrap());
    let q = quiz.question(id).unwrap();
    let answer = answers.get(id).unwrap();
    let norm = |role: &content::Role| -> f64 {
        quiz.dimensions.iter().map(|d| role.importance(&d.id)).sum()
    };
    let mut total = 0.0;
    for d in &quiz.dimensions {
        let own = range(q, &d.id);
        if own.width() <= 0.0 {
            continue;
        }
        let answered_width: f64 = quiz
            .questions
            .iter()
            .filter(|x| answers.get(&x.id).is_some())
            .map(|x| range(x, &d.id).width().max(0.0))
            .sum();
        let position = 100.0 * (contribution(q, answer, &d.id) - own.min) / own.width();
        let far = |role: &content::Role| {
            role.importance(&d.id) / norm(role) * (position - role.target(&d.id)).abs()
        };
        total += own.width() / answered_width * (far(u) - far(r));
    }
    total
}

fn check_pack(folder: Option<&str>, respondents: usize) {
    let pack = load(folder);
    let quiz = pack.quiz(None).unwrap();
    let bank = Bank::new(&pack, quiz);
    let (mut with_reasons, mut checked) = (0, 0);
    for k in 0..respondents {
        let answers = answers_for(&pack, quiz, &bank, k);
        let out = engine::evaluate(&pack, quiz, &answers);
        let Some(rec) = &out.recommendation else {
            continue;
        };
        let runner = rec.runner_up.as_deref().unwrap();
        for reason in &rec.reasons {
            let s = support(&pack, quiz, &answers, &reason.question, &rec.role, runner);
            assert!(
                s > 0.0,
                "{folder:?} respondent {k}: `{}` favours {runner} over {} ({s})",
                reason.question,
                rec.role
            );
            assert!(
                (s - reason.support).abs() < 1e-6,
                "the support stated is the documented one"
            );
            if let (Some(Response::Likert(3)), Some(q)) = (
                answers.get(&reason.question),
                quiz.question(&reason.question),
            ) {
                if let content::QuestionKind::Likert { dimension, .. } = &q.kind {
                    let t = pack.role(&rec.role).unwrap().target(dimension);
                    assert!(
                        (t - 50.0).abs() <= 20.0,
                        "a Neutral cited for a target of {t}"
                    );
                }
            }
        }
        let supports: Vec<f64> = rec.reasons.iter().map(|r| r.support).collect();
        assert!(supports.windows(2).all(|w| w[0] >= w[1]), "strongest first");
        if !out.flat_profile && !rec.tie {
            checked += 1;
            assert!(
                !rec.reasons.is_empty(),
                "{folder:?} respondent {k}: a clear result with no reason"
            );
        }
        with_reasons += usize::from(!rec.reasons.is_empty());
    }
    assert!(
        checked > respondents / 2,
        "most results were clear: {checked}"
    );
    assert!(with_reasons > respondents / 2);
}

#[test]
fn every_cited_reason_supports_the_recommendation_on_the_built_in_pack() {
    check_pack(None, 1000);
}

#[test]
fn every_cited_reason_supports_the_recommendation_on_a_wider_pack() {
    check_pack(Some("tests/fixtures/shapes/wide-pack"), 1000);
}

#[test]
fn answers_that_argue_against_the_role_are_not_cited() {
    // Five product choices, two "Strongly agree" product statements and one
    // "Strongly disagree": the disagreement must not be a reason for AI Engineer.
    let pack = load(Some("tests/fixtures/interests-2026"));
    let quiz = pack.quiz(None).unwrap();
    let mut answers = Answers::new();
    for (q, o) in [
        ("free-friday", "build-small-tool"),
        ("support-chatbot", "connect-and-launch"),
        ("face-detection-app", "library-model-in-app"),
        ("stock-prices", "forecast-dashboard"),
        ("recommender", "plug-in-service"),
    ] {
        answers.set(q, Response::Choice(o.to_string()));
    }
    answers.set("user-experience", Response::Likert(5));
    answers.set("deploy-and-monitor", Response::Likert(5));
    answers.set("wire-up-models", Response::Likert(1));
    let out = engine::evaluate(&pack, quiz, &answers);
    let rec = out.recommendation.expect("enough answers");
    assert_eq!(rec.role, "ai-engineer");
    let cited: Vec<&str> = rec.reasons.iter().map(|r| r.question.as_str()).collect();
    assert!(!cited.contains(&"wire-up-models"), "{cited:?}");
    assert_eq!(cited.len(), 3, "{cited:?}");
}
