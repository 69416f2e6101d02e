//! Properties of the engine over many generated answer sets, and robustness of
//! the parsers against arbitrary input.

use career::content::{self, PackSource, QuestionKind};
use career::engine::{self, Answers, Response};
use career::i18n::Lang;
use proptest::prelude::*;

fn pack() -> &'static content::Pack {
    static PACK: std::sync::OnceLock<content::Pack> = std::sync::OnceLock::new();
    PACK.get_or_init(|| content::load(&PackSource::BuiltIn).expect("the built-in pack is valid"))
}

/// Answers built from one random number per question: skip, or an answer.
fn answers_from(pack: &content::Pack, picks: &[u16]) -> Answers {
    let quiz = pack.quiz(None).unwrap();
    let mut a = Answers::new();
    for (q, pick) in quiz.questions.iter().zip(picks) {
        let pick = *pick as usize;
        if pick.is_multiple_of(5) {
            continue;
        }
        let r = match &q.kind {
            QuestionKind::Likert { .. } => Response::Likert((pick % 5 + 1) as u8),
            QuestionKind::Choice { options } => {
                Response::Choice(options[pick % options.len()].id.clone())
            }
            QuestionKind::Multi { options } => Response::Multi(
                options
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| pick >> i & 1 == 1)
                    .map(|(_, o)| o.id.clone())
                    .collect(),
            ),
        };
        a.set(&q.id, r);
    }
    a
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn outcomes_are_well_formed(picks in proptest::collection::vec(any::<u16>(), 40)) {
        let pack = pack();
        let quiz = pack.quiz(None).unwrap();
        let out = engine::evaluate(pack, quiz, &answers_from(pack, &picks));
        for d in &out.dimensions {
            prop_assert!((0.0..=100.0).contains(&d.score));
        }
        prop_assert_eq!(out.roles.len(), pack.roles.len());
        prop_assert!(out.roles.windows(2).all(|w| w[0].match_percent >= w[1].match_percent));
        prop_assert!(out.roles.iter().all(|r| (0.0..=100.0).contains(&r.match_percent)));
        prop_assert_eq!(out.answered + out.skipped, quiz.questions.len());
        prop_assert_eq!(out.recommendation.is_some(), out.evidence.is_enough());
        if let Some(rec) = &out.recommendation {
            prop_assert_eq!(&rec.role, &out.roles[0].id);
            prop_assert!(rec.reasons.len() <= engine::MAX_REASONS);
            prop_assert!(rec.reasons.iter().all(|r| r.support > 0.0));
            prop_assert!((0.0..=1.0).contains(&rec.stability));
            let gap = out.roles[0].match_percent - out.roles[1].match_percent;
            prop_assert_eq!(rec.close_call, gap <= engine::CLOSE_CALL_MARGIN);
            prop_assert_eq!(rec.tie, gap <= engine::TIE_MARGIN);
        }
    }

    #[test]
    fn skipping_an_unanswered_question_changes_nothing(picks in proptest::collection::vec(any::<u16>(), 40)) {
        let pack = pack();
        let quiz = pack.quiz(None).unwrap();
        let answers = answers_from(pack, &picks);
        let skipped = quiz.questions.iter().find(|q| answers.get(&q.id).is_none());
        if let Some(q) = skipped {
            let again = answers.without(&q.id);
            prop_assert_eq!(engine::evaluate(pack, quiz, &answers), engine::evaluate(pack, quiz, &again));
        }
    }

    #[test]
    fn answers_parser_never_panics(text in ".{0,300}") {
        let pack = pack();
        let quiz = pack.quiz(None).unwrap();
        let _ = career::content::answers_file::parse_answers("fuzz.yaml", &text, quiz);
        let yamlish = format!("answers:\n  {text}: {text}\n");
        let _ = career::content::answers_file::parse_answers("fuzz.yaml", &yamlish, quiz);
    }

    #[test]
    fn pack_loader_never_panics_on_arbitrary_files(quiz in ".{0,400}", role in ".{0,400}") {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("quizzes")).unwrap();
        std::fs::create_dir_all(dir.path().join("roles")).unwrap();
        std::fs::write(dir.path().join("quizzes/q.yaml"), &quiz).unwrap();
        std::fs::write(dir.path().join("roles/r.yaml"), &role).unwrap();
        let result = content::load(&PackSource::Folder(dir.path().to_path_buf()));
        if let Err(problems) = result {
            let placed = |p: &career::content::Diagnostic| {
                let w = career::i18n::diagnostics::word(p, Lang::En);
                p.pos.is_none_or(|at| at.line >= 1 && at.column >= 1) && !w.message.is_empty()
            };
            prop_assert!(problems.iter().all(placed));
        }
    }
}

#[test]
fn a_pack_from_yaml_fragments_never_panics() {
    // Structured but wrong inputs the random strings above rarely reach.
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("quizzes")).unwrap();
    std::fs::create_dir_all(dir.path().join("roles")).unwrap();
    let quizzes = [
        "id: q\nquestions: [{id: a, kind: likert}]\n",
        "id: q\ndimensions: [{id: x}]\nquestions: [{id: a, kind: choice, options: [{id: o, weights: {x: .nan}}]}]\n",
        "id: q\ndimensions: [{id: x, name: n, description: d}]\nquestions: [{id: a, kind: multi, text: t, options: []}]\n",
        "[1, 2, 3]\n",
        "id: Q Q\nversion: -1\n",
        "&a [*a]\n",
    ];
    for q in quizzes {
        std::fs::write(dir.path().join("quizzes/q.yaml"), q).unwrap();
        std::fs::write(
            dir.path().join("roles/r.yaml"),
            "id: r\ntargets: {x: 500}\nroadmap: {stages: [{id: s, skills: [nope]}]}\n",
        )
        .unwrap();
        let result = content::load(&PackSource::Folder(dir.path().to_path_buf()));
        assert!(result.is_err(), "{q}");
    }
}
