//! The interactive quiz as a person meets it: the real binary in a
//! pseudo-terminal, answered with arrow keys, space and Enter.
//!
//! The keys are derived from the quiz content (a persona picks what leans
//! most towards one dimension), and the expected role is the one the library
//! computes for the same answers, so the tests follow the content.

#![cfg(unix)]

use std::path::{Path, PathBuf};
use std::process::Command;

use career::content::{self, Pack, PackSource, QuestionKind, Quiz};
use career::engine::{self, Answers, Response};
use career::i18n::Lang;
use rexpect::process::wait::WaitStatus;
use rexpect::reader::Options;
use rexpect::session::{spawn_with_options, PtySession};

/// Generous: debug builds on a busy machine can be slow to draw.
const TIMEOUT_MS: u64 = 30_000;
const DOWN: &str = "\x1b[B";
const ENTER: &str = "\r";
const ESC: &str = "\x1b";
const SHOW_CURSOR: &str = "\x1b[?25h";

/// What a person does at one question.
#[derive(Debug, Clone)]
enum Pick {
    /// The item at this index (answer options, then skip, then back).
    One(usize),
    /// Tick these options of a multi-select question, then confirm.
    Ticks(Vec<usize>),
}

/// A data directory and, optionally, a content pack, both temporary.
struct World {
    home: tempfile::TempDir,
    pack: Option<tempfile::TempDir>,
}

impl World {
    fn new() -> World {
        World {
            home: tempfile::tempdir().unwrap(),
            pack: None,
        }
    }

    /// A world with the four-question test quiz and the default roles.
    fn mini() -> World {
        let pack = tempfile::tempdir().unwrap();
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        std::fs::create_dir_all(pack.path().join("quizzes")).unwrap();
        std::fs::copy(
            root.join("tests/fixtures/mini-quiz.yaml"),
            pack.path().join("quizzes/mini.yaml"),
        )
        .unwrap();
        std::fs::create_dir_all(pack.path().join("roles")).unwrap();
        for entry in std::fs::read_dir(root.join("roles")).unwrap() {
            let path = entry.unwrap().path();
            std::fs::copy(
                &path,
                pack.path().join("roles").join(path.file_name().unwrap()),
            )
            .unwrap();
        }
        World {
            home: tempfile::tempdir().unwrap(),
            pack: Some(pack),
        }
    }

    fn load(&self) -> Pack {
        let source = match &self.pack {
            Some(dir) => PackSource::Folder(dir.path().to_path_buf()),
            None => PackSource::BuiltIn,
        };
        content::load(&source).unwrap()
    }

    /// `career ARGS` in a pseudo-terminal, with a sane terminal and no
    /// settings leaking in from the caller's environment.
    fn spawn(&self, args: &[&str], env: &[(&str, &str)]) -> PtySession {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_career"));
        cmd.args(args)
            .env("CAREER_HOME", self.home.path())
            .env("TERM", "xterm-256color")
            .env("COLUMNS", "80")
            .env("LANG", "en_US.UTF-8");
        for var in [
            "NO_COLOR",
            "CLICOLOR",
            "CLICOLOR_FORCE",
            "LC_ALL",
            "LC_MESSAGES",
            "CAREER_CONTENT",
        ] {
            cmd.env_remove(var);
        }
        if let Some(pack) = &self.pack {
            cmd.arg("--content").arg(pack.path());
        }
        for (k, v) in env {
            cmd.env(k, v);
        }
        spawn_with_options(cmd, Options::new().timeout_ms(Some(TIMEOUT_MS)))
            .expect("career starts in a pseudo-terminal")
    }

    fn session_file(&self, quiz: &str) -> PathBuf {
        self.home
            .path()
            .join("sessions")
            .join(format!("{quiz}.json"))
    }

    /// The answers of the one saved result.
    fn saved_answers(&self) -> serde_json::Value {
        let dir = self.home.path().join("results");
        let files: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        assert_eq!(files.len(), 1, "one saved result: {files:?}");
        let saved: serde_json::Value =
            serde_json::from_slice(&std::fs::read(&files[0]).unwrap()).unwrap();
        saved["answers"].clone()
    }
}

fn send(p: &mut PtySession, keys: &str) {
    p.send(keys).unwrap();
    p.flush().unwrap();
}

fn header(lang: Lang, n: usize, total: usize) -> String {
    match lang {
        Lang::En => format!("Question {n} of {total}"),
        Lang::Id => format!("Pertanyaan {n} dari {total}"),
    }
}

/// Waits for question `n` and answers it with keys.
fn answer(p: &mut PtySession, lang: Lang, n: usize, total: usize, pick: &Pick) {
    p.exp_string(&header(lang, n, total))
        .unwrap_or_else(|e| panic!("question {n} was not asked: {e}"));
    let keys = match pick {
        Pick::One(i) => format!("{}{ENTER}", DOWN.repeat(*i)),
        Pick::Ticks(ticks) => {
            let last = ticks.iter().max().copied().unwrap_or(0);
            let mut keys: String = (0..=last)
                .map(|j| {
                    if ticks.contains(&j) {
                        format!(" {DOWN}")
                    } else {
                        DOWN.to_string()
                    }
                })
                .collect();
            keys.push_str(ENTER);
            keys
        }
    };
    send(p, &keys);
}

fn exit_code(p: &mut PtySession) -> i32 {
    match p.process.wait().unwrap() {
        WaitStatus::Exited(_, code) => code,
        other => panic!("career did not exit normally: {other:?}"),
    }
}

/// Picks, for every question, what leans most towards `dimension`.
fn persona(quiz: &Quiz, dimension: &str) -> Vec<Pick> {
    let lean = |o: &career::content::AnswerOption| {
        let others = o
            .weights
            .iter()
            .filter(|(d, _)| *d != dimension)
            .map(|(_, w)| *w)
            .fold(0.0, f64::max);
        o.weight(dimension) - others
    };
    quiz.questions
        .iter()
        .map(|q| match &q.kind {
            QuestionKind::Likert {
                dimension: d,
                reverse,
                ..
            } => Pick::One(if (d == dimension) != *reverse { 4 } else { 0 }),
            QuestionKind::Choice { options } => {
                let best = (0..options.len())
                    .max_by(|a, b| lean(&options[*a]).total_cmp(&lean(&options[*b])))
                    .unwrap();
                Pick::One(best)
            }
            QuestionKind::Multi { options } => Pick::Ticks(
                (0..options.len())
                    .filter(|i| lean(&options[*i]) > 0.0)
                    .collect(),
            ),
        })
        .collect()
}

/// The answers the picks give, as the library understands them.
fn answers_of(quiz: &Quiz, picks: &[Pick]) -> Answers {
    let mut a = Answers::new();
    for (q, pick) in quiz.questions.iter().zip(picks) {
        let response = match (&q.kind, pick) {
            (QuestionKind::Likert { .. }, Pick::One(i)) => Response::Likert(*i as u8 + 1),
            (QuestionKind::Choice { options }, Pick::One(i)) => {
                Response::Choice(options[*i].id.clone())
            }
            (QuestionKind::Multi { options }, Pick::Ticks(t)) => {
                Response::Multi(t.iter().map(|i| options[*i].id.clone()).collect())
            }
            _ => unreachable!("a pick fits its question"),
        };
        a.set(&q.id, response);
    }
    a
}

/// The recommended role's name for `picks`, computed by the library.
fn expected_role(pack: &Pack, quiz: &Quiz, picks: &[Pick], lang: Lang) -> (String, String) {
    let outcome = engine::evaluate(pack, quiz, &answers_of(quiz, picks));
    let role = outcome.recommended().expect("enough answers").to_string();
    let name = pack.role(&role).unwrap().name.get(lang).to_string();
    (role, name)
}

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
    let total = quiz.questions.len();
    for (i, pick) in picks.iter().enumerate() {
        answer(&mut p, Lang::En, i + 1, total, pick);
    }
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
    let first = [
        Pick::One(0),
        Pick::One(2),
        Pick::One(2),
        Pick::Ticks(vec![0]),
    ];
    let changed = [
        Pick::One(1),
        Pick::One(2),
        Pick::One(2),
        Pick::Ticks(vec![0]),
    ];
    let (_, before) = expected_role(&pack, quiz, &first, Lang::En);
    let (_, after) = expected_role(&pack, quiz, &changed, Lang::En);
    assert_ne!(
        before, after,
        "the test quiz is built so the first answer decides"
    );

    let mut p = world.spawn(&["quiz"], &[]);
    for (i, pick) in first[..3].iter().enumerate() {
        answer(&mut p, Lang::En, i + 1, 4, pick);
    }
    // At the multi-select question, Esc opens the menu; go back from there.
    p.exp_string(&header(Lang::En, 4, 4)).unwrap();
    p.exp_string("Training a network").unwrap();
    send(&mut p, ESC);
    p.exp_string("What would you like to do?").unwrap();
    send(&mut p, &format!("{DOWN}{DOWN}{ENTER}"));
    // Question 3 starts on its earlier answer (Neutral, index 2); "Back" is
    // the last item, after five labels and "Skip".
    answer(&mut p, Lang::En, 3, 4, &Pick::One(4));
    answer(&mut p, Lang::En, 2, 4, &Pick::One(4));
    // Change the first answer from "build" to "research".
    answer(&mut p, Lang::En, 1, 4, &Pick::One(1));
    // The later answers are kept: Enter alone confirms them.
    answer(&mut p, Lang::En, 2, 4, &Pick::One(0));
    answer(&mut p, Lang::En, 3, 4, &Pick::One(0));
    answer(&mut p, Lang::En, 4, 4, &Pick::Ticks(vec![0]));
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
        Pick::One(2),
        Pick::One(4),
        Pick::One(0),
        Pick::Ticks(vec![2]),
    ];

    let mut p = world.spawn(&["quiz"], &[]);
    answer(&mut p, Lang::En, 1, 4, &picks[0]);
    answer(&mut p, Lang::En, 2, 4, &picks[1]);
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
    answer(&mut p, Lang::En, 3, 4, &picks[2]);
    answer(&mut p, Lang::En, 4, 4, &picks[3]);
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
    let mut p = world.spawn(&["quiz"], &[]);
    answer(&mut p, Lang::En, 1, 4, &Pick::One(1));
    p.exp_string(&header(Lang::En, 2, 4)).unwrap();
    p.exp_string("Back to the previous question").unwrap();
    p.send_control('c').unwrap();
    p.exp_eof().unwrap();
    assert_eq!(exit_code(&mut p), 130);

    // No question about the old quiz, and question 1 no longer starts on the
    // old answer: Enter alone picks the first option.
    let mut p = world.spawn(&["quiz", "--restart"], &[]);
    for (i, pick) in [Pick::One(0), Pick::One(0), Pick::One(0)]
        .iter()
        .enumerate()
    {
        answer(&mut p, Lang::En, i + 1, 4, pick);
    }
    answer(&mut p, Lang::En, 4, 4, &Pick::Ticks(vec![]));
    let out = p.exp_eof().unwrap();
    assert_eq!(exit_code(&mut p), 0);
    assert!(!out.contains("unfinished quiz"), "{out}");
    let answers = world.saved_answers();
    assert_eq!(answers["first-choice"], "build");
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
    for (i, pick) in picks[..5].iter().enumerate() {
        answer(&mut p, Lang::Id, i + 1, total, pick);
    }
    p.exp_string(&header(Lang::Id, 6, total)).unwrap();
    p.exp_string("Lewati / tidak yakin").unwrap();
    p.send_control('c').unwrap();
    let rest = p.exp_eof().unwrap();
    assert!(rest.contains(SHOW_CURSOR));
    assert!(rest.contains("Jawabanmu sudah disimpan. Jalankan `career quiz` untuk melanjutkan."));
    assert_eq!(exit_code(&mut p), 130);

    let mut p = world.spawn(&["--lang", "id", "quiz", "--resume"], &env);
    p.exp_string("Melanjutkan di pertanyaan 6 dari 39").unwrap();
    for (i, pick) in picks.iter().enumerate().skip(5) {
        answer(&mut p, Lang::Id, i + 1, total, pick);
    }
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
        .role(expected.recommended().expect("enough answers"))
        .unwrap()
        .name
        .get(Lang::En)
        .to_string();

    let mut p = world.spawn(&["quiz", "--adaptive"], &[]);
    let total = quiz.questions.len();
    for (n, i) in order.iter().enumerate() {
        answer(&mut p, Lang::En, n + 1, total, &picks[*i]);
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
