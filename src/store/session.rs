//! An unfinished quiz: the answers so far and where the person stopped.
//!
//! Saved after every answer (atomically), so Ctrl-C, a crash or a closed
//! terminal loses nothing; the next `career quiz` offers to continue. One file
//! per quiz: `sessions/<quiz-id>.json` in the data directory.
//!
//! Every save, removal and load takes the file's lock (as progress does), so
//! two `career quiz` at once never set aside or remove a session the other
//! has just written, and a killed write's temporary file is cleaned up.

use std::path::{Path, PathBuf};

use std::collections::BTreeMap;

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use super::atomic::{self, Loaded, Lock};
use crate::content::Quiz;
use crate::engine::Answers;
use crate::error::{CareerError, Result};

/// The format version of a session file.
pub const SESSION_SCHEMA: u32 = 1;

/// What is saved of an unfinished quiz.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Session {
    pub schema_version: u32,
    pub quiz: String,
    pub quiz_version: u32,
    pub answers: Answers,
    /// The index of the question to ask next.
    pub position: usize,
    pub updated: DateTime<FixedOffset>,
    /// Adaptive quiz only: the question ids in the order they were asked.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub asked: Vec<String>,
    /// Adaptive quiz only: the person chose to answer the rest after it settled.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub answer_rest: bool,
    /// Per question id, its option ids in the order they were shown, so a
    /// resumed quiz shows them the same way.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub orders: BTreeMap<String, Vec<String>>,
}

impl Session {
    pub fn new(quiz: &Quiz, answers: Answers, position: usize) -> Session {
        Session {
            schema_version: SESSION_SCHEMA,
            quiz: quiz.id.clone(),
            quiz_version: quiz.version,
            answers,
            position,
            updated: chrono::Local::now().fixed_offset(),
            asked: Vec::new(),
            answer_rest: false,
            orders: BTreeMap::new(),
        }
    }

    /// The same session with an adaptive quiz's path.
    pub fn with_path(mut self, asked: Vec<String>, answer_rest: bool) -> Session {
        self.asked = asked;
        self.answer_rest = answer_rest;
        self
    }

    /// The same session with the order options were shown in.
    pub fn with_orders(mut self, orders: BTreeMap<String, Vec<String>>) -> Session {
        self.orders = orders;
        self
    }
}

/// Why a saved session could not be continued.
#[derive(Debug, Clone, PartialEq)]
pub enum Unusable {
    /// It was saved for another version of the quiz.
    OtherVersion { saved: u32, current: u32 },
    /// An answer names a question or option the quiz no longer has.
    DoesNotFit,
    /// The file did not parse.
    Damaged { reason: super::DamageReason },
}

/// What `load` found.
#[derive(Debug)]
pub enum Found {
    None,
    Resumable(Session),
    /// A session that cannot be continued; it was moved to `aside`, not deleted.
    SetAside {
        why: Unusable,
        aside: PathBuf,
    },
}

/// Where the session of `quiz_id` is kept.
pub fn path(dir: &Path, quiz_id: &str) -> PathBuf {
    dir.join("sessions").join(format!("{quiz_id}.json"))
}

/// Whether nothing at all stands at `p` (a file that cannot be looked at is
/// not missing: reading it reports why).
fn missing(p: &Path) -> bool {
    matches!(std::fs::symlink_metadata(p), Err(e) if e.kind() == std::io::ErrorKind::NotFound)
}

/// Saves the session atomically, under its lock.
pub fn save(dir: &Path, session: &Session) -> Result<()> {
    let p = path(dir, &session.quiz);
    Ok(Lock::take(&p)?.write_json(session)?)
}

/// Removes the session of `quiz_id` (after its result was saved).
pub fn remove(dir: &Path, quiz_id: &str) -> Result<()> {
    let p = path(dir, quiz_id);
    if missing(&p) {
        return Ok(());
    }
    let _lock = Lock::take(&p)?;
    match std::fs::remove_file(&p) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(CareerError::unwritable(p, e)),
    }
}

/// Loads the session of `quiz` and checks that it can be continued. One that
/// cannot is moved aside (never deleted) and reported.
pub fn load(dir: &Path, quiz: &Quiz) -> Result<Found> {
    let p = path(dir, &quiz.id);
    // Nothing saved: nothing to lock either (the data folder stays as it is).
    if missing(&p) {
        return Ok(Found::None);
    }
    // Held until the session is read and, if unusable, set aside: a save
    // in between would otherwise be set aside in its place.
    let _lock = Lock::take(&p)?;
    let session: Session = match atomic::read_json(&p)? {
        Loaded::Missing => return Ok(Found::None),
        Loaded::Damaged { aside, reason } => {
            return Ok(Found::SetAside {
                why: Unusable::Damaged { reason },
                aside,
            })
        }
        Loaded::Found(s) => s,
    };
    let why = if session.quiz_version != quiz.version {
        Some(Unusable::OtherVersion {
            saved: session.quiz_version,
            current: quiz.version,
        })
    } else if session.quiz != quiz.id || !fits(quiz, &session.answers) {
        Some(Unusable::DoesNotFit)
    } else {
        None
    };
    match why {
        None if !session.asked.iter().all(|id| quiz.question(id).is_some()) => {
            Ok(Found::SetAside {
                aside: atomic::set_aside(&p, &format!("v{}", session.quiz_version))?,
                why: Unusable::DoesNotFit,
            })
        }
        None => Ok(Found::Resumable(Session {
            position: session.position.min(quiz.questions.len()),
            ..session
        })),
        Some(why) => Ok(Found::SetAside {
            aside: atomic::set_aside(&p, &format!("v{}", session.quiz_version))?,
            why,
        }),
    }
}

/// Whether every answer names a question of `quiz` and fits its kind.
pub fn fits(quiz: &Quiz, answers: &Answers) -> bool {
    answers.iter().all(|(qid, response)| {
        quiz.question(qid)
            .is_some_and(|q| q.accepts(response).is_ok())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{self, PackSource, QuestionKind};
    use crate::engine::Response;

    fn quiz() -> Quiz {
        let pack = content::load(&PackSource::BuiltIn).unwrap();
        pack.quiz(None).unwrap().clone()
    }

    #[test]
    fn a_saved_session_comes_back_as_it_was() {
        let dir = tempfile::tempdir().unwrap();
        let q = quiz();
        let mut answers = Answers::new();
        answers.set(&q.questions[1].id, Response::Likert(4));
        save(dir.path(), &Session::new(&q, answers.clone(), 2)).unwrap();
        match load(dir.path(), &q).unwrap() {
            Found::Resumable(s) => {
                assert_eq!(s.answers, answers);
                assert_eq!(s.position, 2);
            }
            other => panic!("expected a resumable session, got {other:?}"),
        }
    }

    #[test]
    fn the_order_options_were_shown_in_comes_back() {
        let dir = tempfile::tempdir().unwrap();
        let q = quiz();
        let likert = q
            .questions
            .iter()
            .find(|x| matches!(x.kind, QuestionKind::Likert { .. }))
            .unwrap();
        let mut answers = Answers::new();
        answers.set(&likert.id, Response::Likert(2));
        let orders: BTreeMap<String, Vec<String>> =
            [("some-question".to_string(), vec!["b".into(), "a".into()])].into();
        save(
            dir.path(),
            &Session::new(&q, answers, 1).with_orders(orders.clone()),
        )
        .unwrap();
        let Found::Resumable(s) = load(dir.path(), &q).unwrap() else {
            panic!("resumable");
        };
        assert_eq!(s.orders, orders);
    }

    #[test]
    fn a_session_of_another_quiz_version_is_kept_aside_not_deleted() {
        let dir = tempfile::tempdir().unwrap();
        let mut q = quiz();
        save(dir.path(), &Session::new(&q, Answers::new(), 3)).unwrap();
        q.version += 1;
        match load(dir.path(), &q).unwrap() {
            Found::SetAside {
                why: Unusable::OtherVersion { saved, current },
                aside,
            } => {
                assert_eq!((saved + 1, current), (current, q.version));
                assert!(aside.exists());
                assert!(!path(dir.path(), &q.id).exists());
            }
            other => panic!("expected the session to be set aside, got {other:?}"),
        }
    }

    #[test]
    fn answers_to_unknown_options_do_not_fit() {
        let q = quiz();
        let choice = q
            .questions
            .iter()
            .find(|x| matches!(x.kind, QuestionKind::Choice { .. }))
            .unwrap();
        let mut a = Answers::new();
        a.set(&choice.id, Response::Choice("no-such-option".into()));
        assert!(!fits(&q, &a));
        a.set(
            &choice.id,
            Response::Choice(choice.kind.options()[0].id.clone()),
        );
        assert!(fits(&q, &a));
    }

    /// Every file of the sessions folder but the lock files.
    fn files(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(dir.join("sessions"))
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| !n.ends_with(".lock"))
            .collect();
        names.sort();
        names
    }

    #[test]
    fn saves_and_loads_at_once_never_damage_or_set_aside_a_session() {
        let dir = tempfile::tempdir().unwrap();
        let q = quiz();
        let start = std::sync::Barrier::new(8);
        std::thread::scope(|s| {
            for t in 0..8 {
                let (q, dir, start) = (&q, dir.path(), &start);
                s.spawn(move || {
                    start.wait();
                    for i in 0..25 {
                        if t % 2 == 0 {
                            let mut answers = Answers::new();
                            answers.set(&q.questions[1].id, Response::Likert(1 + (i % 5) as u8));
                            save(dir, &Session::new(q, answers, i)).unwrap();
                        } else {
                            let found = load(dir, q).unwrap();
                            assert!(
                                matches!(found, Found::None | Found::Resumable(_)),
                                "a session being saved was read as {found:?}"
                            );
                        }
                    }
                });
            }
        });
        assert_eq!(files(dir.path()), [format!("{}.json", q.id)]);
        let Found::Resumable(last) = load(dir.path(), &q).unwrap() else {
            panic!("the last save is there to resume");
        };
        assert_eq!(last.position, 24, "the last save of a thread wins");
        assert_eq!(
            last.answers.get(&q.questions[1].id),
            Some(&Response::Likert(5))
        );
    }

    #[test]
    fn a_session_saved_while_an_old_one_is_set_aside_is_kept() {
        let q = quiz();
        let mut old = q.clone();
        old.version += 1;
        for _ in 0..30 {
            let dir = tempfile::tempdir().unwrap();
            save(dir.path(), &Session::new(&old, Answers::new(), 1)).unwrap();
            let mut answers = Answers::new();
            answers.set(&q.questions[1].id, Response::Likert(5));
            let mine = Session::new(&q, answers, 7);
            let start = std::sync::Barrier::new(2);
            std::thread::scope(|s| {
                s.spawn(|| {
                    start.wait();
                    load(dir.path(), &q).unwrap();
                });
                s.spawn(|| {
                    start.wait();
                    save(dir.path(), &mine).unwrap();
                });
            });
            // Whichever came first, the new session is where the next quiz looks.
            match load(dir.path(), &q).unwrap() {
                Found::Resumable(s) => assert_eq!(s.answers, mine.answers),
                other => panic!("the session just saved was lost: {other:?}"),
            }
        }
    }
}
