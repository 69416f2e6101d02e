//! The interactive quiz as a person meets it: the real binary in a
//! pseudo-terminal, answered with arrow keys, number keys, space and Enter.
//!
//! The keys are derived from the quiz content (a persona picks what leans
//! most towards one dimension) and from the order the options are drawn in,
//! and the expected role is the one the library computes for the same
//! answers, so the tests follow the content.

#![cfg(unix)]

mod pty_support;

use career::engine;
use career::i18n::Lang;
use pty_support::*;

#[test]
fn a_full_quiz_answered_with_arrow_keys_ends_on_the_result_screen() {
    let world = World::new();
    let pack = world.load();
    let quiz = pack.quiz(None).unwrap();
    let picks = persona(quiz, "product");
    let (role, name) = expected_role(&pack, quiz, &picks, Lang::En);
    assert_eq!(role, "ai-engineer", "someone who loves shipping products");

    let mut p = world.spawn(&["quiz"], &[]);
    p.exp_string("39 questions").unwrap();
    answer_all(&mut p, Lang::En, quiz, &picks, 0);
    p.exp_string(&format!("Recommended: {name}")).unwrap();
    p.exp_string("Why").unwrap();
    p.exp_string(&format!("{name} at a glance")).unwrap();
    p.exp_string(&format!("`career roadmap {role}`")).unwrap();
    p.exp_string("Result saved").unwrap();
    p.exp_eof().unwrap();
    assert_eq!(exit_code(&mut p), 0);
    // Finished: the result is kept and the unfinished session is gone.
    assert!(!world.session_file("interests").exists());
    assert_eq!(
        world.saved_answers(),
        serde_json::to_value(answers_of(quiz, &picks)).unwrap()
    );
}

#[test]
fn going_back_and_changing_an_answer_changes_the_result() {
    let world = World::mini();
    let pack = world.load();
    let quiz = pack.quiz(None).unwrap();
    // Enter alone on a likert statement answers Neutral.
    let first = [
        Pick::Key(0),
        Pick::One(0),
        Pick::One(0),
        Pick::Ticks(vec![0]),
    ];
    let changed = [
        Pick::Key(1),
        Pick::One(0),
        Pick::One(0),
        Pick::Ticks(vec![0]),
    ];
    let (_, before) = expected_role(&pack, quiz, &first, Lang::En);
    let (_, after) = expected_role(&pack, quiz, &changed, Lang::En);
    assert_ne!(
        before, after,
        "the test quiz is built so the first answer decides"
    );

    let mut p = world.spawn(&["quiz"], &[]);
    answer_all(&mut p, Lang::En, quiz, &first[..3], 0);
    // At the multi-select question, Esc opens the menu; go back from there.
    p.exp_string(&header(Lang::En, 4, 4)).unwrap();
    p.exp_string("Training a network").unwrap();
    send(&mut p, ESC);
    p.exp_string("What would you like to do?").unwrap();
    send(&mut p, &format!("{DOWN}{DOWN}{ENTER}"));
    // Question 3 starts on its earlier answer (Neutral, index 2); "Back" is
    // the last item, after five labels and "Skip".
    answer(&mut p, Lang::En, 3, 4, &Pick::One(4), &[]);
    answer(&mut p, Lang::En, 2, 4, &Pick::One(4), &[]);
    // Change the first answer from "build" to "research".
    answer(
        &mut p,
        Lang::En,
        1,
        4,
        &changed[0],
        &labels(&quiz.questions[0], Lang::En),
    );
    // The later answers are kept: Enter alone confirms them.
    answer_all(&mut p, Lang::En, quiz, &changed, 1);
    p.exp_string(&format!("Recommended: {after}")).unwrap();
    p.exp_eof().unwrap();
    assert_eq!(exit_code(&mut p), 0);
    assert_eq!(
        world.saved_answers(),
        serde_json::to_value(answers_of(quiz, &changed)).unwrap()
    );
}

#[test]
fn ctrl_c_restores_the_cursor_saves_and_the_next_run_resumes() {
    let world = World::mini();
    let pack = world.load();
    let quiz = pack.quiz(None).unwrap();
    let picks = [
        Pick::Arrow(2),
        Pick::Likert(5),
        Pick::One(1),
        Pick::Ticks(vec![2]),
    ];

    let mut p = world.spawn(&["quiz"], &[]);
    answer_all(&mut p, Lang::En, quiz, &picks[..2], 0);
    p.exp_string(&header(Lang::En, 3, 4)).unwrap();
    p.exp_string("Back to the previous question").unwrap();
    p.send_control('c').unwrap();
    let rest = p.exp_eof().unwrap();
    assert!(
        rest.contains(SHOW_CURSOR),
        "the cursor is shown again: {rest:?}"
    );
    assert!(rest.contains("Your answers are saved. Run `career quiz` to continue."));
    assert_eq!(exit_code(&mut p), 130);
    assert!(world.session_file("mini").exists());

    // The next run offers to continue at question 3, with the answers kept.
    let mut p = world.spawn(&["quiz"], &[]);
    p.exp_string("unfinished quiz").unwrap();
    p.exp_string("2 of 4 questions answered").unwrap();
    p.exp_string("Continue at question 3").unwrap();
    send(&mut p, ENTER);
    answer_all(&mut p, Lang::En, quiz, &picks, 2);
    let (_, name) = expected_role(&pack, quiz, &picks, Lang::En);
    p.exp_string(&format!("Recommended: {name}")).unwrap();
    p.exp_string("4 of 4 questions answered").unwrap();
    p.exp_eof().unwrap();
    assert_eq!(exit_code(&mut p), 0);
    assert_eq!(
        world.saved_answers(),
        serde_json::to_value(answers_of(quiz, &picks)).unwrap()
    );
    assert!(!world.session_file("mini").exists());
}

#[test]
fn restart_discards_an_unfinished_quiz_without_asking() {
    let world = World::mini();
    let pack = world.load();
    let quiz = pack.quiz(None).unwrap();
    let options = quiz.questions[0].kind.options();
    let first_labels = labels(&quiz.questions[0], Lang::En);
    // The same seed both times: the same order, so only the kept answer
    // could move the highlight.
    let seed = [("CAREER_TEST_SEED", "3")];
    let mut p = world.spawn(&["quiz"], &seed);
    p.exp_string(&header(Lang::En, 1, 4)).unwrap();
    let shown = shown_order(&mut p, &first_labels);
    // The option drawn last.
    send(&mut p, &format!("{DOWN}{DOWN}{ENTER}"));
    let old = shown.iter().position(|at| *at == 2).unwrap();
    p.exp_string(&header(Lang::En, 2, 4)).unwrap();
    p.exp_string("Back to the previous question").unwrap();
    p.send_control('c').unwrap();
    p.exp_eof().unwrap();
    assert_eq!(exit_code(&mut p), 130);

    // No question about the old quiz, and question 1 no longer starts on the
    // old answer: Enter alone picks the option drawn first.
    let mut p = world.spawn(&["quiz", "--restart"], &seed);
    p.exp_string(&header(Lang::En, 1, 4)).unwrap();
    let top = shown_order(&mut p, &first_labels)
        .iter()
        .position(|at| *at == 0)
        .unwrap();
    assert_ne!(top, old);
    send(&mut p, ENTER);
    let rest = [
        Pick::One(0),
        Pick::One(0),
        Pick::One(0),
        Pick::Ticks(vec![]),
    ];
    answer_all(&mut p, Lang::En, quiz, &rest, 1);
    let out = p.exp_eof().unwrap();
    assert_eq!(exit_code(&mut p), 0);
    assert!(!out.contains("unfinished quiz"), "{out}");
    let answers = world.saved_answers();
    assert_eq!(answers["first-choice"], options[top].id.as_str());
    assert_eq!(answers["fun-tasks"], serde_json::json!([]));
}

#[test]
fn the_whole_flow_speaks_indonesian() {
    let world = World::new();
    let pack = world.load();
    let quiz = pack.quiz(None).unwrap();
    let picks = persona(quiz, "theory");
    let (role, name) = expected_role(&pack, quiz, &picks, Lang::Id);
    assert_eq!(role, "ai-researcher", "someone who loves open questions");
    let total = quiz.questions.len();

    // Colours off too: the plain theme and a text progress header.
    let env = [("NO_COLOR", "1")];
    let mut p = world.spawn(&["--lang", "id", "quiz"], &env);
    p.exp_string("39 pertanyaan").unwrap();
    p.exp_string("Kembali").unwrap();
    answer_all(&mut p, Lang::Id, quiz, &picks[..5], 0);
    p.exp_string(&header(Lang::Id, 6, total)).unwrap();
    p.exp_string("Lewati / tidak yakin").unwrap();
    p.send_control('c').unwrap();
    let rest = p.exp_eof().unwrap();
    assert!(rest.contains(SHOW_CURSOR));
    assert!(rest.contains("Jawabanmu sudah disimpan. Jalankan `career quiz` untuk melanjutkan."));
    assert_eq!(exit_code(&mut p), 130);

    let mut p = world.spawn(&["--lang", "id", "quiz", "--resume"], &env);
    p.exp_string("Melanjutkan di pertanyaan 6 dari 39").unwrap();
    answer_all(&mut p, Lang::Id, quiz, &picks, 5);
    p.exp_string(&format!("Rekomendasi: {name}")).unwrap();
    // The recommendation and its stability come first, then the details.
    let out = p.exp_string("Profil minatmu").unwrap();
    assert!(out.contains("Stabil") || out.contains("Belum mantap"));
    assert!(!out.contains("\x1b[0m"), "no colour codes with NO_COLOR");
    p.exp_string("Alasannya").unwrap();
    p.exp_string(&format!("`career roadmap {role}`")).unwrap();
    p.exp_string("Hasil disimpan").unwrap();
    p.exp_eof().unwrap();
    assert_eq!(exit_code(&mut p), 0);
}

#[test]
fn the_adaptive_quiz_settles_early_and_says_so() {
    use career::engine::{AdaptiveOptions, AdaptiveSession};
    let world = World::new();
    let pack = world.load();
    let quiz = pack.quiz(None).unwrap();
    let picks = persona(quiz, "theory");
    let answers = answers_of(quiz, &picks);
    // The order the engine asks in, replayed with the same answers.
    let mut session = AdaptiveSession::new(&pack, quiz, AdaptiveOptions::default());
    let mut order = Vec::new();
    while let Some(q) = session.next_question() {
        order.push(quiz.questions.iter().position(|x| x.id == q.id).unwrap());
        session
            .record(&q.id.clone(), answers.get(&q.id).cloned())
            .unwrap();
    }
    let asked = order.len();
    assert!(
        asked < quiz.questions.len(),
        "a clear profile settles early"
    );
    let expected = session.outcome();
    assert_eq!(
        expected.recommended(),
        engine::evaluate(&pack, quiz, &answers).recommended()
    );
    let name = pack
        .role(expected.recommended().unwrap())
        .unwrap()
        .name
        .get(Lang::En)
        .to_string();

    let mut p = world.spawn(&["quiz", "--adaptive"], &[]);
    let total = quiz.questions.len();
    for (n, i) in order.iter().enumerate() {
        let q = &quiz.questions[*i];
        answer(
            &mut p,
            Lang::En,
            n + 1,
            total,
            &picks[*i],
            &labels(q, Lang::En),
        );
    }
    p.exp_string(&format!("Settled after {asked} of {total} questions"))
        .unwrap();
    // The default is to see the result now.
    send(&mut p, ENTER);
    p.exp_string(&format!("Recommended: {name}")).unwrap();
    p.exp_string(&format!("Stopped early after {asked} of {total}"))
        .unwrap();
    p.exp_eof().unwrap();
    assert_eq!(exit_code(&mut p), 0);
}

/// On a pick-any question Esc opens a menu; "Return to the question" brings
/// the question back with the ticks made before, and Enter confirms them.
#[test]
fn returning_from_the_menu_keeps_the_ticks() {
    let world = World::mini();
    let pack = world.load();
    let quiz = pack.quiz(None).unwrap();
    let first = [Pick::Arrow(0), Pick::Likert(3), Pick::One(0)];
    let mut p = world.spawn(&["quiz"], &[]);
    answer_all(&mut p, Lang::En, quiz, &first, 0);
    let q = &quiz.questions[3];
    let names = labels(q, Lang::En);
    p.exp_string(&header(Lang::En, 4, 4)).unwrap();
    let shown = shown_order(&mut p, &names);
    // Tick the two options drawn first.
    send(&mut p, &format!(" {DOWN} "));
    send(&mut p, ESC);
    p.exp_string("What would you like to do?").unwrap();
    send(&mut p, ENTER);
    // The question is back; Enter alone confirms what was ticked.
    p.exp_string(&header(Lang::En, 4, 4)).unwrap();
    send(&mut p, ENTER);
    p.exp_string("Recommended").unwrap();
    p.exp_eof().unwrap();
    assert_eq!(exit_code(&mut p), 0);
    let mut expected: Vec<String> = q
        .kind
        .options()
        .iter()
        .zip(&shown)
        .filter(|(_, place)| **place < 2)
        .map(|(o, _)| o.id.clone())
        .collect();
    expected.sort();
    let saved = world.saved_answers();
    let mut got: Vec<String> = saved[q.id.as_str()]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_string())
        .collect();
    got.sort();
    assert_eq!(got, expected, "{saved}");
}
