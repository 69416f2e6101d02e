//! Shared by the pseudo-terminal tests: the real binary in a pty with a
//! temporary data directory, and a person's keys.
//!
//! Options are shown in a random order, so the tests read the order off the
//! screen, as a person would, before pressing keys.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;

use career::content::{self, Pack, PackSource, Question, QuestionKind, Quiz};
use career::engine::{self, Answers, Response};
use career::i18n::Lang;
use rexpect::process::wait::WaitStatus;
use rexpect::reader::Options;
use rexpect::session::{spawn_with_options, PtySession};

/// Generous: debug builds on a busy machine can be slow to draw.
pub const TIMEOUT_MS: u64 = 30_000;
pub const DOWN: &str = "\x1b[B";
pub const ENTER: &str = "\r";
pub const ESC: &str = "\x1b";
pub const SHOW_CURSOR: &str = "\x1b[?25h";

/// What a person does at one question.
#[derive(Debug, Clone)]
pub enum Pick {
    /// Press Down this many times from where the highlight starts, then Enter.
    One(usize),
    /// A likert point 1..=5, by its number key.
    Likert(u8),
    /// This option (index in the quiz file), found on screen and reached
    /// with the arrow keys from the top (a question not answered before).
    Arrow(usize),
    /// This option (index in the quiz file), found on screen and picked with
    /// its number key.
    Key(usize),
    /// Tick these options (indices in the quiz file), found on screen, then confirm.
    Ticks(Vec<usize>),
}

/// A data directory and, optionally, a content pack, both temporary.
pub struct World {
    pub home: tempfile::TempDir,
    pub pack: Option<tempfile::TempDir>,
}

impl World {
    pub fn new() -> World {
        World {
            home: tempfile::tempdir().unwrap(),
            pack: None,
        }
    }

    /// A world with the four-question test quiz and the default roles.
    pub fn mini() -> World {
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

    pub fn load(&self) -> Pack {
        let source = match &self.pack {
            Some(dir) => PackSource::Folder(dir.path().to_path_buf()),
            None => PackSource::BuiltIn,
        };
        content::load(&source).unwrap()
    }

    /// `career ARGS` in a pseudo-terminal, with a sane terminal and no
    /// settings leaking in from the caller's environment.
    pub fn spawn(&self, args: &[&str], env: &[(&str, &str)]) -> PtySession {
        self.spawn_sized(None, args, env)
    }

    /// Like [`World::spawn`], on a terminal `columns` wide (set with stty
    /// before career starts, as a real terminal window would be).
    pub fn spawn_sized(
        &self,
        columns: Option<u16>,
        args: &[&str],
        env: &[(&str, &str)],
    ) -> PtySession {
        let bin = env!("CARGO_BIN_EXE_career");
        let mut cmd = match columns {
            None => Command::new(bin),
            Some(cols) => {
                let mut sh = Command::new("sh");
                sh.arg("-c")
                    .arg(format!("stty cols {cols} rows 24 && exec \"$0\" \"$@\""))
                    .arg(bin);
                sh
            }
        };
        cmd.args(args)
            .env("CAREER_HOME", self.home.path())
            .env("TERM", "xterm-256color")
            .env("COLUMNS", "80")
            .env("LANG", "en_US.UTF-8")
            .env("CAREER_CALIBRATION", "no-fit");
        for var in [
            "NO_COLOR",
            "CLICOLOR",
            "CLICOLOR_FORCE",
            "LC_ALL",
            "LC_MESSAGES",
            "CAREER_CONTENT",
            "CAREER_TEST_SEED",
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

    pub fn session_file(&self, quiz: &str) -> PathBuf {
        self.home
            .path()
            .join("sessions")
            .join(format!("{quiz}.json"))
    }

    /// Every file in the data directory, however deep.
    pub fn stored_files(&self) -> Vec<PathBuf> {
        fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
            for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
                let path = entry.path();
                if path.is_dir() {
                    walk(&path, out);
                } else {
                    out.push(path);
                }
            }
        }
        let mut out = Vec::new();
        walk(self.home.path(), &mut out);
        out
    }

    /// The answers of the one saved result.
    pub fn saved_answers(&self) -> serde_json::Value {
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

/// `text` as rexpect hands it over and matches it: one char per byte.
pub fn as_read(text: &str) -> String {
    text.bytes().map(char::from).collect()
}

/// The bytes career wrote, from text rexpect handed over.
pub fn written(read: &str) -> Vec<u8> {
    read.chars()
        .map(|c| u8::try_from(c).unwrap_or(b'?'))
        .collect()
}

pub fn send(p: &mut PtySession, keys: &str) {
    p.send(keys).unwrap();
    p.flush().unwrap();
}

pub fn header(lang: Lang, n: usize, total: usize) -> String {
    match lang {
        Lang::En => format!("Question {n} of {total}"),
        Lang::Id => format!("Pertanyaan {n} dari {total}"),
    }
}

/// The option texts of `q` in the quiz file's order.
pub fn labels(q: &Question, lang: Lang) -> Vec<String> {
    q.kind
        .options()
        .iter()
        .map(|o| o.text.get(lang).to_string())
        .collect()
}

/// Reads the screen until every one of `labels` is drawn; returns, for each
/// label (in the file's order), its place on screen (0 = top).
pub fn shown_order(p: &mut PtySession, labels: &[String]) -> Vec<usize> {
    // The start of each label: long ones are wrapped to the terminal.
    let keys: Vec<String> = labels
        .iter()
        .map(|l| as_read(&l.chars().take(24).collect::<String>()))
        .collect();
    let any = keys
        .iter()
        .map(|k| regex::escape(k))
        .collect::<Vec<_>>()
        .join("|");
    let mut places = vec![usize::MAX; labels.len()];
    for place in 0..labels.len() {
        // The leftmost label drawn next.
        let (_, found) = p
            .exp_regex(&any)
            .unwrap_or_else(|e| panic!("options {keys:?} not drawn: {e}"));
        let i = keys.iter().position(|k| *k == found).unwrap();
        assert_eq!(places[i], usize::MAX, "{found:?} drawn twice");
        places[i] = place;
    }
    places
}

/// Waits for question `n` and answers it with keys; `labels` are the
/// question's option texts (empty for a likert statement).
pub fn answer(
    p: &mut PtySession,
    lang: Lang,
    n: usize,
    total: usize,
    pick: &Pick,
    labels: &[String],
) {
    p.exp_string(&header(lang, n, total))
        .unwrap_or_else(|e| panic!("question {n} was not asked: {e}"));
    let keys = match pick {
        Pick::One(i) => format!("{}{ENTER}", DOWN.repeat(*i)),
        Pick::Likert(v) => v.to_string(),
        Pick::Arrow(i) => format!("{}{ENTER}", DOWN.repeat(shown_order(p, labels)[*i])),
        Pick::Key(i) => (shown_order(p, labels)[*i] + 1).to_string(),
        Pick::Ticks(ticks) => {
            let shown = shown_order(p, labels);
            let places: Vec<usize> = ticks.iter().map(|i| shown[*i]).collect();
            let last = places.iter().max().copied().unwrap_or(0);
            let mut keys: String = (0..=last)
                .map(|j| {
                    if places.contains(&j) {
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

/// Answers questions `from..` of `quiz` (shown in the file's order) with `picks`.
pub fn answer_all(p: &mut PtySession, lang: Lang, quiz: &Quiz, picks: &[Pick], from: usize) {
    let total = quiz.questions.len();
    for (i, (q, pick)) in quiz.questions.iter().zip(picks).enumerate().skip(from) {
        answer(p, lang, i + 1, total, pick, &labels(q, lang));
    }
}

pub fn exit_code(p: &mut PtySession) -> i32 {
    match p.process.wait().unwrap() {
        WaitStatus::Exited(_, code) => code,
        other => panic!("career did not exit normally: {other:?}"),
    }
}

/// Picks, for every question, what leans most towards `dimension`.
pub fn persona(quiz: &Quiz, dimension: &str) -> Vec<Pick> {
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
            } => Pick::Likert(if (d == dimension) != *reverse { 5 } else { 1 }),
            QuestionKind::Choice { options } => {
                let best = (0..options.len())
                    .max_by(|a, b| lean(&options[*a]).total_cmp(&lean(&options[*b])))
                    .unwrap();
                Pick::Arrow(best)
            }
            QuestionKind::Multi { options } => Pick::Ticks(
                (0..options.len())
                    .filter(|i| lean(&options[*i]) > 0.0)
                    .collect(),
            ),
        })
        .collect()
}

/// The answers the picks give, as the library understands them. Relative
/// moves (`Pick::One`) on a likert statement count from Neutral.
pub fn answers_of(quiz: &Quiz, picks: &[Pick]) -> Answers {
    let mut a = Answers::new();
    for (q, pick) in quiz.questions.iter().zip(picks) {
        let response = match (&q.kind, pick) {
            (QuestionKind::Likert { .. }, Pick::Likert(v)) => Response::Likert(*v),
            (QuestionKind::Likert { .. }, Pick::One(i)) => Response::Likert(3 + *i as u8),
            (QuestionKind::Choice { options }, Pick::Arrow(i) | Pick::Key(i)) => {
                Response::Choice(options[*i].id.clone())
            }
            (QuestionKind::Multi { options }, Pick::Ticks(t)) => {
                let mut t = t.clone();
                t.sort_unstable();
                Response::Multi(t.iter().map(|i| options[*i].id.clone()).collect())
            }
            _ => unreachable!("a pick fits its question: {pick:?}"),
        };
        a.set(&q.id, response);
    }
    a
}

/// The recommended role's id and name for `picks`, computed by the library.
pub fn expected_role(pack: &Pack, quiz: &Quiz, picks: &[Pick], lang: Lang) -> (String, String) {
    let outcome = engine::evaluate(pack, quiz, &answers_of(quiz, picks));
    let role = outcome.recommended().expect("enough answers").to_string();
    let name = pack.role(&role).unwrap().name.get(lang).to_string();
    (role, name)
}
