//! A person's answers, read from a file or collected by the interactive quiz,
//! and checked against the quiz they answer.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::content::positions::Positions;
use crate::content::{Diagnostic, Question, QuestionKind, Quiz};
use crate::i18n::Lang;
use crate::tr;

/// One answered question. A skipped question has no entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Response {
    /// 1 (strongly disagree) .. 5 (strongly agree).
    Likert(u8),
    /// The id of the chosen option.
    Choice(String),
    /// The ids of every chosen option (possibly none).
    Multi(Vec<String>),
}

/// Answers by question id; a missing question counts as skipped.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Answers {
    by_question: BTreeMap<String, Response>,
}

impl Answers {
    pub fn new() -> Answers {
        Answers::default()
    }

    pub fn get(&self, question: &str) -> Option<&Response> {
        self.by_question.get(question)
    }

    pub fn set(&mut self, question: &str, response: Response) {
        self.by_question.insert(question.to_string(), response);
    }

    /// Marks a question as skipped.
    pub fn skip(&mut self, question: &str) {
        self.by_question.remove(question);
    }

    pub fn len(&self) -> usize {
        self.by_question.len()
    }

    pub fn is_empty(&self) -> bool {
        self.by_question.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = (&str, &Response)> {
        self.by_question.iter().map(|(k, v)| (k.as_str(), v))
    }

    /// A copy without one answer (for "what if this were skipped").
    pub fn without(&self, question: &str) -> Answers {
        let mut a = self.clone();
        a.skip(question);
        a
    }
}

/// The largest answers file read, in bytes.
pub const MAX_ANSWERS_BYTES: usize = 1024 * 1024;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct AnswersFile {
    #[serde(default)]
    quiz: Option<String>,
    #[serde(default)]
    answers: BTreeMap<String, serde_yaml::Value>,
}

/// Reads an answers file (YAML or JSON) and checks every answer against `quiz`.
/// Returns every problem found, not just the first.
pub fn parse_answers(
    display: &str,
    text: &str,
    quiz: &Quiz,
    lang: Lang,
) -> Result<Answers, Vec<Diagnostic>> {
    if text.len() > MAX_ANSWERS_BYTES {
        return Err(vec![Diagnostic::file_level(
            display.to_string(),
            tr!(
                lang,
                "the answers file is larger than 1 MiB",
                "berkas jawaban lebih besar dari 1 MiB"
            ),
            tr!(
                lang,
                "an answers file maps question ids to answers; it is small",
                "berkas jawaban hanya memetakan id pertanyaan ke jawaban; ukurannya kecil"
            ),
        )]);
    }
    let positions = Positions::index(text);
    let file: AnswersFile = match serde_yaml::from_str(text) {
        Ok(f) => f,
        Err(e) => {
            let mut d = crate::content::parse_error(display, text, &e, lang);
            let example = example_answers(quiz);
            d.hint = Some(tr!(
                lang,
                "an answers file looks like `{example}`",
                "berkas jawaban berbentuk `{example}`"
            ));
            return Err(vec![d]);
        }
    };
    let mut out = Vec::new();
    if let Some(qid) = &file.quiz {
        if *qid != quiz.id {
            let (shown, want) = (crate::content::text::sanitize(qid), &quiz.id);
            out.push(Diagnostic::at(
                display,
                positions.value("quiz"),
                tr!(
                    lang,
                    "these answers are for quiz `{shown}`, not `{want}`",
                    "jawaban ini untuk kuis `{shown}`, bukan `{want}`"
                ),
                Some(tr!(
                    lang,
                    "pass `--quiz {shown}` or change `quiz:`",
                    "pakai `--quiz {shown}` atau ubah `quiz:`"
                )),
            ));
        }
    }
    let mut answers = Answers::new();
    for (qid, value) in &file.answers {
        let path = format!("answers.{qid}");
        let Some(question) = quiz.question(qid) else {
            let hint =
                match crate::suggest::closest(qid, quiz.questions.iter().map(|q| q.id.as_str())) {
                    Some(s) => tr!(
                        lang,
                        "did you mean `{s}`? `career questions` lists the ids",
                        "maksudnya `{s}`? `career questions` mendaftar id-nya"
                    ),
                    None => tr!(
                        lang,
                        "`career questions` lists the question ids",
                        "`career questions` mendaftar id pertanyaan"
                    ),
                };
            let shown = crate::content::text::sanitize(qid);
            out.push(
                Diagnostic::at(
                    display,
                    positions.key(&path),
                    tr!(
                        lang,
                        "unknown question `{shown}`",
                        "pertanyaan `{shown}` tidak dikenal"
                    ),
                    Some(hint),
                )
                .in_field(&path),
            );
            continue;
        };
        match check_response(question, value, lang) {
            Ok(Some(r)) => answers.set(qid, r),
            Ok(None) => {}
            Err((message, hint)) => out.push(
                Diagnostic::at(display, positions.value(&path), message, Some(hint))
                    .in_field(&path),
            ),
        }
    }
    out.sort_by_key(|d| (d.line, d.column));
    if out.is_empty() {
        Ok(answers)
    } else {
        Err(out)
    }
}

/// A one-line answers document for `quiz`, built from its real ids.
fn example_answers(quiz: &Quiz) -> String {
    let mut parts = Vec::new();
    if let Some(q) = quiz
        .questions
        .iter()
        .find(|q| matches!(q.kind, QuestionKind::Likert { .. }))
    {
        parts.push(format!("{}: 4", q.id));
    }
    if let Some((q, o)) = quiz
        .questions
        .iter()
        .find_map(|q| q.kind.options().first().map(|o| (q, o)))
    {
        parts.push(format!("{}: {}", q.id, o.id));
    }
    format!("answers: {{{}}}", parts.join(", "))
}

/// Checks one answer; `Ok(None)` is an explicit skip (`null` or `skip`).
fn check_response(
    q: &Question,
    value: &serde_yaml::Value,
    lang: Lang,
) -> Result<Option<Response>, (String, String)> {
    use serde_yaml::Value;
    let qid = &q.id;
    let option_ids = || {
        q.kind
            .options()
            .iter()
            .map(|o| o.id.as_str())
            .collect::<Vec<_>>()
    };
    let unknown_option = |got: &str| {
        let ids = option_ids();
        let shown = crate::content::text::sanitize(got);
        let hint = match crate::suggest::closest(got, ids.iter().copied()) {
            Some(s) => tr!(lang, "did you mean `{s}`?", "maksudnya `{s}`?"),
            None => {
                let list = ids.join(", ");
                tr!(lang, "the options are: {list}", "opsinya: {list}")
            }
        };
        (
            tr!(
                lang,
                "question `{qid}` has no option `{shown}`",
                "pertanyaan `{qid}` tidak punya opsi `{shown}`"
            ),
            hint,
        )
    };
    if value.is_null() || value.as_str() == Some("skip") {
        return Ok(None);
    }
    match (&q.kind, value) {
        (QuestionKind::Likert { .. }, Value::Number(n)) => match n.as_u64() {
            Some(v @ 1..=5) => Ok(Some(Response::Likert(v as u8))),
            _ => Err((
                tr!(lang, "answer {n} to `{qid}` is out of range", "jawaban {n} untuk `{qid}` di luar rentang"),
                tr!(lang, "a likert answer is a whole number from 1 (strongly disagree) to 5 (strongly agree)", "jawaban likert berupa bilangan bulat 1 (sangat tidak setuju) sampai 5 (sangat setuju)"),
            )),
        },
        (QuestionKind::Likert { .. }, _) => Err((
            tr!(lang, "`{qid}` needs a number from 1 to 5", "`{qid}` butuh angka 1 sampai 5"),
            tr!(lang, "write e.g. `{qid}: 4`", "tulis misalnya `{qid}: 4`"),
        )),
        (QuestionKind::Choice { options }, Value::String(s)) => {
            if options.iter().any(|o| o.id == *s) {
                Ok(Some(Response::Choice(s.clone())))
            } else {
                Err(unknown_option(s))
            }
        }
        (QuestionKind::Choice { .. }, _) => {
            let first = option_ids().first().copied().unwrap_or("…").to_string();
            Err((
                tr!(lang, "`{qid}` needs one option id", "`{qid}` butuh satu id opsi"),
                tr!(lang, "write e.g. `{qid}: {first}`", "tulis misalnya `{qid}: {first}`"),
            ))
        }
        (QuestionKind::Multi { options }, Value::Sequence(items)) => {
            let mut chosen = Vec::new();
            for item in items {
                let Some(s) = item.as_str() else {
                    return Err((
                        tr!(lang, "`{qid}` lists something that is not an option id", "`{qid}` memuat sesuatu yang bukan id opsi"),
                        tr!(lang, "list option ids, e.g. `[a, b]`", "daftarkan id opsi, misalnya `[a, b]`"),
                    ));
                };
                if !options.iter().any(|o| o.id == s) {
                    return Err(unknown_option(s));
                }
                if !chosen.iter().any(|c: &String| c == s) {
                    chosen.push(s.to_string());
                }
            }
            Ok(Some(Response::Multi(chosen)))
        }
        (QuestionKind::Multi { options }, Value::String(s)) => {
            if options.iter().any(|o| o.id == *s) {
                Ok(Some(Response::Multi(vec![s.clone()])))
            } else {
                Err(unknown_option(s))
            }
        }
        (QuestionKind::Multi { .. }, _) => Err((
            tr!(lang, "`{qid}` needs a list of option ids", "`{qid}` butuh daftar id opsi"),
            tr!(lang, "write e.g. `{qid}: [a, b]`", "tulis misalnya `{qid}: [a, b]`"),
        )),
    }
}
