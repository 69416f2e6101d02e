//! Opening the input of `career score` and `career analyze`: a file, `-`
//! (standard input) or a folder, in a format named or implied.

use std::path::Path;

use crate::cli::args::{CohortInputArgs, InputArg};
use crate::cli::Context;
use crate::cohort::index::QuizIndex;
use crate::cohort::input::csv::Plan;
use crate::cohort::run::{self, MAX_THREADS};
use crate::cohort::source::{Input, InputFormat, OpenProblem, Source};
use crate::content::Quiz;
use crate::error::{CareerError, Result};
use crate::i18n::flags::{self, NumberFlag};
use crate::i18n::{Lang, EN, ID};
use crate::tr;

/// An open batch: where it comes from and how it maps to the quiz.
pub struct Batch {
    pub source: Source,
    pub format: InputFormat,
    pub index: QuizIndex,
    pub plan: Option<Plan>,
    /// The input's size in bytes, when known (for the progress bar).
    pub size: Option<u64>,
}

pub fn open(ctx: &Context, args: &CohortInputArgs, quiz: &Quiz) -> Result<Batch> {
    let lang = ctx.lang;
    let path = &args.path;
    let stdin = path.as_os_str() == "-";
    let format = match args.input {
        Some(InputArg::Jsonl) => InputFormat::Jsonl,
        Some(InputArg::Csv) => InputFormat::Csv,
        Some(InputArg::YamlDir) => InputFormat::YamlDir,
        None if stdin => InputFormat::Jsonl,
        None => InputFormat::detect(path).ok_or_else(|| {
            let shown = crate::content::text::sanitize(&path.display().to_string());
            CareerError::usage(
                tr!(lang, "cannot tell the format of `{shown}`", "format `{shown}` tidak dikenali"),
                tr!(lang, "name it .jsonl or .csv, give a folder, or pass --input jsonl|csv|yaml-dir", "beri nama .jsonl atau .csv, berikan folder, atau pakai --input jsonl|csv|yaml-dir"),
            )
        })?,
    };
    let index = QuizIndex::new(quiz, &[EN.likert_labels, ID.likert_labels]);
    let (input, size): (Input, Option<u64>) = if stdin || format == InputFormat::YamlDir {
        (Box::new(std::io::stdin()), None)
    } else {
        let file = std::fs::File::open(path).map_err(|e| io_error(path, e))?;
        // A folder opens, then fails at the first read: say so now.
        if file.metadata().is_ok_and(|m| m.is_dir()) {
            return Err(io_error(path, std::io::ErrorKind::IsADirectory.into()));
        }
        let size = file.metadata().ok().map(|m| m.len());
        (Box::new(file), size)
    };
    if format == InputFormat::YamlDir && !path.is_dir() {
        let shown = crate::content::text::sanitize(&path.display().to_string());
        return Err(CareerError::usage(
            tr!(lang, "`{shown}` is not a folder", "`{shown}` bukan folder"),
            tr!(
                lang,
                "--input yaml-dir reads a folder of answers files",
                "--input yaml-dir membaca folder berisi berkas jawaban"
            ),
        ));
    }
    let (source, plan) = Source::open(format, input, Some(path), &index, args.id_column.as_deref())
        .map_err(|p| open_error(p, path, lang))?;
    Ok(Batch {
        source,
        format,
        index,
        plan,
        size,
    })
}

fn open_error(p: OpenProblem, path: &Path, lang: Lang) -> CareerError {
    match p {
        OpenProblem::Io(e) => io_error(path, e),
        OpenProblem::Header(h) => {
            let (message, hint) = crate::render::cohort::problems::header(&h, lang);
            let shown = crate::content::text::sanitize(&path.display().to_string());
            let message = format!("{shown}: {message}");
            match h {
                crate::cohort::input::csv::HeaderProblem::NoIdColumn { .. } => {
                    CareerError::usage(message, hint)
                }
                _ => CareerError::Data { message, hint },
            }
        }
    }
}

fn io_error(path: &Path, e: std::io::Error) -> CareerError {
    CareerError::unreadable(path, e)
}

/// The threads to use: `--threads N`, checked to be 1 to [`MAX_THREADS`]
/// before any thread starts, else every core.
pub fn threads(args: &CohortInputArgs, lang: Lang) -> Result<usize> {
    let Some(n) = args.threads else {
        return Ok(run::threads(None));
    };
    usize::try_from(n)
        .ok()
        .filter(|n| (1..=MAX_THREADS).contains(n))
        .map(|n| run::threads(Some(n)))
        .ok_or_else(|| {
            let flag = NumberFlag::Threads;
            CareerError::usage(flags::out_of_range(flag, &n, lang), flags::hint(flag, lang))
        })
}

/// `--errors FILE`, created (or emptied) before the batch starts.
pub fn errors_file(path: Option<&Path>) -> Result<Option<std::fs::File>> {
    path.map(|p| std::fs::File::create(p).map_err(|e| CareerError::unwritable(p, e)))
        .transpose()
}
