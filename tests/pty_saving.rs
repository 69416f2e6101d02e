//! What the quiz keeps, through a real pseudo-terminal: nothing before the
//! first answer or with `--no-save`, a resumed adaptive quiz that says it
//! stays adaptive, and a finish with too few answers that offers the
//! skipped questions before any result.

#![cfg(unix)]

mod pty_support;

use career::i18n::Lang;
use pty_support::*;

#[test]
fn ctrl_c_before_the_first_answer_leaves_nothing() {
    let world = World::mini();
    let mut p = world.spawn(&["quiz"], &[]);
    p.exp_string(&header(Lang::En, 1, 4)).unwrap();
    p.exp_string("Skip / not sure").unwrap();
    p.send_control('c').unwrap();
    let rest = p.exp_eof().unwrap();
    assert_eq!(exit_code(&mut p), 130);
    assert!(rest.contains("nothing was saved"), "{rest}");
    assert!(!rest.contains("answers are saved"), "{rest}");
    assert_eq!(world.stored_files(), Vec::<std::path::PathBuf>::new());

    // The next run starts afresh: no offer to continue at question 1.
    let mut p = world.spawn(&["quiz"], &[]);
    let before = p.exp_string(&header(Lang::En, 1, 4)).unwrap();
    assert!(!before.contains("unfinished quiz"), "{before}");
    p.send_control('c').unwrap();
    p.exp_eof().unwrap();
}

#[test]
fn no_save_leaves_nothing_on_ctrl_c_or_at_the_end() {
    let world = World::mini();
    let quiz = world.load().quiz(None).unwrap().clone();
    let mut p = world.spawn(&["quiz", "--no-save"], &[]);
    // The welcome promises nothing it will not keep.
    let welcome = p.exp_string(&header(Lang::En, 1, 4)).unwrap();
    assert!(welcome.contains("nothing is kept"), "{welcome}");
    assert!(!welcome.contains("your answers are kept"), "{welcome}");
    send(&mut p, "1");
    answer_all(&mut p, Lang::En, &quiz, &[Pick::Key(0), Pick::Likert(4)], 1);
    p.exp_string(&header(Lang::En, 3, 4)).unwrap();
    p.exp_string("Back to the previous question").unwrap();
    p.send_control('c').unwrap();
    let rest = p.exp_eof().unwrap();
    assert_eq!(exit_code(&mut p), 130);
    assert!(rest.contains("Nothing was saved (`--no-save`)"), "{rest}");
    assert_eq!(world.stored_files(), Vec::<std::path::PathBuf>::new());

    let picks = [
        Pick::Key(1),
        Pick::Likert(2),
        Pick::Likert(5),
        Pick::Ticks(vec![1]),
    ];
    let mut p = world.spawn(&["quiz", "--no-save"], &[]);
    answer_all(&mut p, Lang::En, &quiz, &picks, 0);
    p.exp_string("Recommended").unwrap();
    p.exp_eof().unwrap();
    assert_eq!(exit_code(&mut p), 0);
    assert_eq!(world.stored_files(), Vec::<std::path::PathBuf>::new());
}

#[test]
fn a_resumed_adaptive_quiz_says_it_stays_adaptive() {
    let world = World::new();
    let quiz = world.load().quiz(None).unwrap().clone();
    let total = quiz.questions.len();
    let mut p = world.spawn(&["quiz", "--adaptive"], &[]);
    // No promise of a fixed length.
    let welcome = p.exp_string(&header(Lang::En, 1, total)).unwrap();
    assert!(
        welcome.contains(&format!("up to {total} questions")),
        "{welcome}"
    );
    assert!(!welcome.contains(&format!("{total} questions, about")));
    assert!(welcome.contains("stops as soon as"), "{welcome}");
    send(&mut p, ENTER);
    p.exp_string(&header(Lang::En, 2, total)).unwrap();
    // The engine's second question may be of any kind: wait for its prompt.
    p.exp_regex(r"Back to the previous question|\(space ticks")
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(200));
    p.send_control('c').unwrap();
    p.exp_eof().unwrap();
    assert_eq!(exit_code(&mut p), 130);

    let mut p = world.spawn(&["quiz", "--resume"], &[]);
    p.exp_string("begun with `--adaptive`").unwrap();
    p.exp_string("may stop early").unwrap();
    p.exp_string(&header(Lang::En, 2, total)).unwrap();
    p.send_control('c').unwrap();
    p.exp_eof().unwrap();
}

#[test]
fn skipping_everything_names_what_is_missing_and_offers_the_questions_again() {
    let world = World::mini();
    let quiz = world.load().quiz(None).unwrap().clone();
    let mut p = world.spawn(&["quiz"], &[]);
    for (n, downs) in [(1, 3), (2, 3), (3, 3)] {
        // "Skip" is three down: after three options from the top, or after
        // the five likert points from Neutral.
        answer(&mut p, Lang::En, n, 4, &Pick::One(downs), &[]);
    }
    p.exp_string(&header(Lang::En, 4, 4)).unwrap();
    p.exp_string("Proving a bound").unwrap();
    send(&mut p, ESC);
    p.exp_string("What would you like to do?").unwrap();
    send(&mut p, &format!("{DOWN}{ENTER}"));
    // Before any result: what is missing, and the way back.
    p.exp_string("Too few answers to recommend a role yet")
        .unwrap();
    for d in &quiz.dimensions {
        p.exp_string(d.name.get(Lang::En)).unwrap();
    }
    p.exp_string("Go back to the 4 skipped questions about these")
        .unwrap();
    send(&mut p, ENTER);
    // The first skipped question again, keeping its number.
    let picks = [
        Pick::Key(1),
        Pick::Likert(4),
        Pick::Likert(2),
        Pick::Ticks(vec![0]),
    ];
    answer_all(&mut p, Lang::En, &quiz, &picks, 0);
    let out = p.exp_eof().unwrap();
    assert!(out.contains("Recommended"), "{out}");
    assert_eq!(exit_code(&mut p), 0);
    assert_eq!(
        world.saved_answers(),
        serde_json::to_value(answers_of(&quiz, &picks)).unwrap()
    );
}
