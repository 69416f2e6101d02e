//! Pack files (a quiz, a role, the skill catalogue, and file names) through
//! `content::load`, the loader every command uses.

use std::ffi::OsStr;
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};

use proptest::collection::vec;
use proptest::prelude::*;

use super::*;
use career::content::{self, PackSource};
use career::engine::{self, Answers};

/// Packs of several shapes, each copied into a temporary folder.
const PACKS: &[&str] = &[
    ".",
    "tests/fixtures/tiny-pack",
    "examples/starter-pack",
    "tests/fixtures/cohort/pack",
    "tests/fixtures/shapes/choice-pack",
    "tests/fixtures/shapes/likert-pack",
    "tests/fixtures/shapes/wide-pack",
];

/// Which file of a pack is fuzzed.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Kind {
    Quiz,
    Role,
    Skills,
}

/// One valid file of a pack copy: where it is and what it held.
struct File {
    pack: PathBuf,
    path: PathBuf,
    original: Vec<u8>,
}

pub struct Packs {
    _dir: tempfile::TempDir,
    files: Vec<File>,
}

impl Packs {
    /// Copies every pack and lists its files of `kind`.
    pub fn new(kind: Kind) -> Packs {
        Packs::of(kind, PACKS)
    }

    /// The small packs only: for arbitrary bytes, where the file fuzzed
    /// never parses and the time goes into reading the others.
    pub fn small(kind: Kind) -> Packs {
        Packs::of(kind, &PACKS[1..])
    }

    fn of(kind: Kind, packs: &[&str]) -> Packs {
        let dir = tempfile::tempdir().unwrap();
        let mut files = Vec::new();
        for (i, from) in packs.iter().enumerate() {
            let pack = dir.path().join(format!("pack{i}"));
            for folder in ["quizzes", "roles"] {
                let to = pack.join(folder);
                std::fs::create_dir_all(&to).unwrap();
                let mut names: Vec<PathBuf> = std::fs::read_dir(repo().join(from).join(folder))
                    .unwrap()
                    .map(|e| e.unwrap().path())
                    .collect();
                names.sort();
                for src in names {
                    let name = src.file_name().unwrap();
                    let original = std::fs::read(&src).unwrap();
                    let path = to.join(name);
                    std::fs::write(&path, &original).unwrap();
                    let this = match (folder, name.to_str()) {
                        ("quizzes", _) => Kind::Quiz,
                        (_, Some("skills.yaml")) => Kind::Skills,
                        _ => Kind::Role,
                    };
                    if this == kind {
                        files.push(File {
                            pack: pack.clone(),
                            path,
                            original,
                        });
                    }
                }
            }
        }
        Packs { _dir: dir, files }
    }

    pub fn len(&self) -> usize {
        self.files.len()
    }

    pub fn original(&self, i: usize) -> &[u8] {
        &self.files[i % self.files.len()].original
    }

    /// Runs `check` on the pack of file `i` with the file replaced by
    /// `bytes`, then puts the file back.
    pub fn with(&self, i: usize, bytes: &[u8], check: impl FnOnce(&Path) -> Checked) -> Checked {
        let f = &self.files[i % self.files.len()];
        std::fs::write(&f.path, bytes).unwrap();
        input_is(bytes);
        let checked = check(&f.pack);
        std::fs::write(&f.path, &f.original).unwrap();
        checked
    }

    /// Loads the pack of file `i` with the file replaced by `bytes`.
    pub fn check_with(&self, i: usize, bytes: &[u8]) -> Checked {
        self.with(i, bytes, check_pack)
    }
}

/// Loads the pack in `dir`: a pack that loads is usable (its warnings in
/// words, its answers scored), one that does not says why in clean words.
pub fn check_pack(dir: &Path) -> Checked {
    match content::load(&PackSource::Folder(dir.to_path_buf())) {
        Ok(pack) => {
            clean_diagnostics("a warning", &pack.warnings)?;
            for quiz in &pack.quizzes {
                let outcome = engine::evaluate(&pack, quiz, &Answers::new());
                prop_assert_eq!(outcome.roles.len(), pack.roles.len());
            }
            Ok(())
        }
        Err(problems) => {
            prop_assert!(!problems.is_empty(), "a pack refused without a reason");
            clean_diagnostics("a pack problem", &problems)
        }
    }
}

pub fn arbitrary(kind: Kind, name: &str, cases: u32) {
    let packs = Packs::small(kind);
    let n = packs.len();
    fuzz(name, cases, (0..n, bytes()), |(i, input)| {
        packs.check_with(i, &input.0)
    });
}

pub fn mutated(kind: Kind, name: &str, cases: u32) {
    let packs = Packs::new(kind);
    fuzz(name, cases, mutations(packs.len()), |m| {
        let bytes = m.apply(packs.original(m.file));
        packs.check_with(m.file, &bytes)
    });
}

/// A valid role file under an arbitrary name (any bytes a Unix name may
/// hold): the name reaches messages only cleaned.
pub fn file_names(name: &str, cases: u32) {
    let packs = Packs::small(Kind::Role);
    let byte = prop_oneof![
        4 => any::<u8>().prop_filter("a name holds no / or NUL", |b| *b != b'/' && *b != 0),
        1 => Just(0x1b),
    ];
    let names = vec(byte, 1..40).prop_map(|mut b| {
        b.extend_from_slice(b".yaml");
        Input(b)
    });
    fuzz(name, cases, (0..packs.len(), names), |(i, file)| {
        let f = &packs.files[i % packs.files.len()];
        let path = f.path.with_file_name(OsStr::from_bytes(&file.0));
        if path.exists() {
            return Ok(());
        }
        std::fs::write(&path, &f.original).unwrap();
        input_is(&file.0);
        let checked = check_pack(&f.pack);
        std::fs::remove_file(&path).unwrap();
        checked
    });
}
