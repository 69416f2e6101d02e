//! Saved state in the data folder, through the store's own readers:
//! `progress.json` (read, and read-modify-write), a quiz session, and the
//! saved results `career result` lists.

use std::path::Path;
use std::sync::OnceLock;

use proptest::prelude::*;

use super::*;
use career::content::{QuestionKind, Quiz};
use career::engine::{self, Answers, Response, StopRule};
use career::i18n::store as words;
use career::roadmap::Status;
use career::store::atomic::Loaded;
use career::store::progress::{self, PackKey};
use career::store::results::{self, SavedResult};
use career::store::session::{self, Found, Session, Unusable};
use career::store::{DamageReason, StoreError};

fn quiz() -> &'static Quiz {
    built_in()
        .quiz(None)
        .expect("the default pack has a default quiz")
}

fn answers(v: usize) -> Answers {
    let mut a = Answers::new();
    for (i, q) in quiz().questions.iter().enumerate().skip(v % 3) {
        let k = i + v;
        let r = match &q.kind {
            QuestionKind::Likert { .. } => Response::Likert(1 + (k % 5) as u8),
            QuestionKind::Choice { .. } => {
                Response::Choice(q.kind.options()[k % q.kind.options().len()].id.clone())
            }
            QuestionKind::Multi { .. } => Response::Multi(vec![q.kind.options()[0].id.clone()]),
        };
        a.set(&q.id, r);
    }
    a
}

/// Valid files of each kind, written by the store itself.
struct Corpus {
    progress: Vec<Vec<u8>>,
    sessions: Vec<Vec<u8>>,
    results: Vec<Vec<u8>>,
}

fn corpus() -> &'static Corpus {
    static CORPUS: OnceLock<Corpus> = OnceLock::new();
    CORPUS.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(progress::FILE_NAME);
        let folder = PackKey::of(&career::content::PackSource::Folder(repo()));
        progress::update(&path, &PackKey::built_in(), |p| {
            p.set("python", Status::Done);
            p.set("git", Status::Doing);
            p.set("numpy", Status::Skip);
        })
        .unwrap();
        progress::update(&path, &folder, |p| p.set("coding", Status::Done)).unwrap();
        let progress = vec![
            std::fs::read(&path).unwrap(),
            br#"{"schema_version": 1, "skills": {"python": "done", "git": "skip"}}"#.to_vec(),
        ];

        let q = quiz();
        let asked: Vec<String> = q.questions.iter().take(6).map(|x| x.id.clone()).collect();
        let orders = q
            .questions
            .iter()
            .filter(|x| !x.kind.options().is_empty())
            .take(2)
            .map(|x| {
                let mut ids: Vec<String> = x.kind.options().iter().map(|o| o.id.clone()).collect();
                ids.reverse();
                (x.id.clone(), ids)
            })
            .collect();
        let sessions = [
            Session::new(q, answers(0), 5),
            Session::new(q, answers(1), 6)
                .with_path(asked, true)
                .with_orders(orders),
        ]
        .iter()
        .map(|s| serde_json::to_vec_pretty(s).unwrap())
        .collect();

        let results = (0..3)
            .map(|v| {
                let a = answers(v);
                let outcome = engine::evaluate(built_in(), q, &a);
                let mut r = SavedResult::new(&outcome, &a, "<built-in>");
                if v == 2 {
                    r.asked = Some(9);
                    r.stop_rule = Some(StopRule::Confidence);
                }
                serde_json::to_vec_pretty(&r).unwrap()
            })
            .collect();
        Corpus {
            progress,
            sessions,
            results,
        }
    })
}

/// Empties `dir` (files set aside by the last case go).
fn clear(dir: &Path) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let p = entry.unwrap().path();
        if p.is_dir() {
            std::fs::remove_dir_all(&p).unwrap();
        } else {
            std::fs::remove_file(&p).unwrap();
        }
    }
}

fn clean_store_error(e: &StoreError) -> Checked {
    for lang in LANGS {
        let (message, hint) = words::error(e, lang);
        clean("a saved-state error", &message)?;
        clean("a saved-state error", &hint)?;
    }
    Ok(())
}

fn clean_reason(r: &DamageReason) -> Checked {
    for lang in LANGS {
        clean(
            "why a saved file was set aside",
            &words::damage_reason(r, lang),
        )?;
    }
    Ok(())
}

/// What a damaged file becomes: moved aside whole, never lost.
fn kept_aside(aside: &Path, bytes: &[u8]) -> Checked {
    prop_assert_eq!(
        std::fs::read(aside).unwrap(),
        bytes,
        "the set-aside file is the file"
    );
    Ok(())
}

fn check_progress(dir: &Path, bytes: &[u8], change: bool) -> Checked {
    clear(dir);
    input_is(bytes);
    let path = dir.join(progress::FILE_NAME);
    std::fs::write(&path, bytes).unwrap();
    if change {
        return match progress::update(&path, &PackKey::built_in(), |p| {
            p.set("python", Status::Done)
        }) {
            Ok(p) => {
                prop_assert_eq!(p.status("python"), Status::Done);
                Ok(())
            }
            Err(e) => {
                if let StoreError::Damaged { aside, .. } = &e {
                    kept_aside(aside, bytes)?;
                }
                clean_store_error(&e)
            }
        };
    }
    match progress::load_all(&path) {
        Ok(Loaded::Found(_)) => Ok(()),
        Ok(Loaded::Missing) => Err(TestCaseError::fail("a file that is there read as missing")),
        Ok(Loaded::Damaged { aside, reason }) => {
            kept_aside(&aside, bytes)?;
            clean_reason(&reason)?;
            for lang in LANGS {
                let (message, hint) = words::damaged(&path, &aside, &reason, lang);
                clean("a damaged progress file", &message)?;
                clean("a damaged progress file", &hint)?;
            }
            Ok(())
        }
        Err(e) => clean_store_error(&e),
    }
}

fn check_session(dir: &Path, bytes: &[u8]) -> Checked {
    clear(dir);
    input_is(bytes);
    let q = quiz();
    let path = session::path(dir, &q.id);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, bytes).unwrap();
    match session::load(dir, q) {
        Ok(Found::None) => Err(TestCaseError::fail("a session that is there read as none")),
        Ok(Found::Resumable(s)) => {
            prop_assert!(s.position <= q.questions.len());
            prop_assert!(session::fits(q, &s.answers));
            let outcome = engine::evaluate(built_in(), q, &s.answers);
            prop_assert_eq!(outcome.roles.len(), built_in().roles.len());
            Ok(())
        }
        Ok(Found::SetAside { why, aside }) => {
            kept_aside(&aside, bytes)?;
            match why {
                Unusable::Damaged { reason } => clean_reason(&reason),
                Unusable::OtherVersion { .. } | Unusable::DoesNotFit => Ok(()),
            }
        }
        Err(career::error::CareerError::Store(e)) => clean_store_error(&e),
        Err(e) => Err(TestCaseError::fail(format!(
            "loading a session failed outside the store: {e}"
        ))),
    }
}

fn check_results(dir: &Path, bytes: &[u8]) -> Checked {
    clear(dir);
    input_is(bytes);
    let folder = results::folder(dir);
    std::fs::create_dir_all(&folder).unwrap();
    std::fs::write(folder.join("20261128-090000-000000-00.json"), bytes).unwrap();
    match results::history(dir) {
        Ok(listing) => {
            for d in &listing.damaged {
                kept_aside(&d.aside, bytes)?;
                clean_reason(&d.reason)?;
            }
            let seen = listing.results.len() + listing.damaged.len() + listing.newer.len();
            prop_assert_eq!(seen, 1, "the one file is listed once");
            Ok(())
        }
        Err(e) => clean_store_error(&e),
    }
}

pub fn progress_bytes(name: &str, cases: u32) {
    let dir = tempfile::tempdir().unwrap();
    fuzz(name, cases, (bytes(), any::<bool>()), |(input, change)| {
        check_progress(dir.path(), &input.0, change)
    });
}

pub fn progress_mutations(name: &str, cases: u32) {
    let dir = tempfile::tempdir().unwrap();
    let files = &corpus().progress;
    fuzz(
        name,
        cases,
        (mutations(files.len()), any::<bool>()),
        |(m, change)| check_progress(dir.path(), &m.apply(&files[m.file]), change),
    );
}

pub fn session_bytes(name: &str, cases: u32) {
    let dir = tempfile::tempdir().unwrap();
    fuzz(name, cases, bytes(), |input| {
        check_session(dir.path(), &input.0)
    });
}

pub fn session_mutations(name: &str, cases: u32) {
    let dir = tempfile::tempdir().unwrap();
    let files = &corpus().sessions;
    fuzz(name, cases, mutations(files.len()), |m| {
        check_session(dir.path(), &m.apply(&files[m.file]))
    });
}

pub fn results_bytes(name: &str, cases: u32) {
    let dir = tempfile::tempdir().unwrap();
    fuzz(name, cases, bytes(), |input| {
        check_results(dir.path(), &input.0)
    });
}

pub fn results_mutations(name: &str, cases: u32) {
    let dir = tempfile::tempdir().unwrap();
    let files = &corpus().results;
    fuzz(name, cases, mutations(files.len()), |m| {
        check_results(dir.path(), &m.apply(&files[m.file]))
    });
}
