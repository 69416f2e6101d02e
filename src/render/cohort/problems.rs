//! Problems with responses and inputs, in the person's language, and the
//! closing summary of a batch.

use crate::cohort::input::csv::HeaderProblem;
use crate::cohort::problem::{excerpt, Place, Problem, RowProblem};
use crate::cohort::summary::Summary;
use crate::content::Pack;
use crate::i18n::Lang;
use crate::tr;

/// Untrusted text as it may be shown: sanitised and cut short.
pub fn shown(s: &str) -> String {
    excerpt(s)
}

/// What is wrong, and a hint for fixing it.
pub fn message(p: &Problem, lang: Lang) -> (String, Option<String>) {
    let option_hint = |suggestion: &Option<String>| {
        Some(match suggestion {
            Some(s) => tr!(lang, "did you mean `{s}`?", "maksudnya `{s}`?"),
            None => tr!(
                lang,
                "`career questions` lists the options",
                "`career questions` mendaftar opsinya"
            ),
        })
    };
    // The data keeps the whole text (`got`); a message, a short excerpt.
    let got = match p {
        Problem::UnknownQuestion { got, .. }
        | Problem::UnknownOption { got, .. }
        | Problem::LikertOutOfRange { got, .. }
        | Problem::LikertNotWhole { got, .. } => shown(got),
        _ => String::new(),
    };
    match p {
        Problem::BrokenJson { column } => (
            tr!(lang, "the line is not valid JSON (at column {column})", "baris ini bukan JSON yang sah (di kolom {column})"),
            Some(tr!(lang, "each line is one object, e.g. {{\"id\": \"ana\", \"answers\": {{\"free-friday\": \"sketch-idea\"}}}}", "tiap baris satu objek, misalnya {{\"id\": \"ana\", \"answers\": {{\"free-friday\": \"sketch-idea\"}}}}")),
        ),
        Problem::NotAnObject => (
            tr!(lang, "the line is JSON but not an object", "baris ini JSON tetapi bukan objek"),
            Some(tr!(lang, "write {{\"id\": …, \"answers\": {{…}}}}", "tulis {{\"id\": …, \"answers\": {{…}}}}")),
        ),
        Problem::NoAnswers => (
            tr!(lang, "the line has no `answers`", "baris ini tidak punya `answers`"),
            Some(tr!(lang, "add \"answers\": {{question-id: answer, …}}", "tambahkan \"answers\": {{id-pertanyaan: jawaban, …}}")),
        ),
        Problem::AnswersNotAMap => (
            tr!(lang, "`answers` is not a map of question ids to answers", "`answers` bukan peta id pertanyaan ke jawaban"),
            Some(tr!(lang, "write \"answers\": {{\"question-id\": answer}}", "tulis \"answers\": {{\"id-pertanyaan\": jawaban}}")),
        ),
        Problem::BadId => (
            tr!(lang, "`id` is neither text nor a number", "`id` bukan teks maupun angka"),
            None,
        ),
        Problem::UnknownQuestion { suggestion, .. } => (
            tr!(lang, "unknown question `{got}`", "pertanyaan `{got}` tidak dikenal"),
            Some(match suggestion {
                Some(s) => tr!(lang, "did you mean `{s}`?", "maksudnya `{s}`?"),
                None => tr!(lang, "`career questions` lists the question ids", "`career questions` mendaftar id pertanyaan"),
            }),
        ),
        Problem::Duplicate { question } => (
            tr!(lang, "question `{question}` is answered twice", "pertanyaan `{question}` dijawab dua kali"),
            Some(tr!(lang, "keep one answer", "sisakan satu jawaban")),
        ),
        Problem::UnknownOption { question, suggestion, .. } => (
            tr!(lang, "question `{question}` has no option `{got}`", "pertanyaan `{question}` tidak punya opsi `{got}`"),
            option_hint(suggestion),
        ),
        Problem::LikertOutOfRange { question, .. } => (
            tr!(lang, "answer {got} to `{question}` is out of range", "jawaban {got} untuk `{question}` di luar rentang"),
            Some(tr!(lang, "a likert answer is a whole number from 1 (strongly disagree) to 5 (strongly agree)", "jawaban likert berupa bilangan bulat 1 (sangat tidak setuju) sampai 5 (sangat setuju)")),
        ),
        Problem::LikertNotWhole { question, .. } => (
            tr!(lang, "answer {got} to `{question}` is not a whole number", "jawaban {got} untuk `{question}` bukan bilangan bulat"),
            Some(tr!(lang, "a likert answer is a whole number from 1 (strongly disagree) to 5 (strongly agree)", "jawaban likert berupa bilangan bulat 1 (sangat tidak setuju) sampai 5 (sangat setuju)")),
        ),
        Problem::LikertNeedsNumber { question } => (
            tr!(lang, "`{question}` needs a number from 1 to 5", "`{question}` butuh angka 1 sampai 5"),
            Some(tr!(lang, "write a whole number such as `4`; in a CSV file the scale's labels work too, e.g. `Agree`", "tulis bilangan bulat seperti `4`; di file CSV label skala juga bisa, misalnya `Setuju`")),
        ),
        Problem::ChoiceNeedsOption { question } => (
            tr!(lang, "`{question}` needs one option", "`{question}` butuh satu opsi"),
            option_hint(&None),
        ),
        Problem::MultiNeedsList { question } => (
            tr!(lang, "`{question}` needs a list of options", "`{question}` butuh daftar opsi"),
            Some(tr!(lang, "write e.g. [\"a\", \"b\"]", "tulis misalnya [\"a\", \"b\"]")),
        ),
        Problem::TooManyCells { expected, got } => (
            tr!(lang, "the row has {got} cells but the header has {expected}", "baris ini punya {got} sel padahal header punya {expected}"),
            Some(tr!(lang, "a cell with a comma needs double quotes around it", "sel yang memuat koma perlu diapit tanda kutip ganda")),
        ),
        Problem::TooFewCells { expected, got } => (
            tr!(lang, "the row has {got} cells but the header has {expected}", "baris ini punya {got} sel padahal header punya {expected}"),
            Some(tr!(lang, "leave a skipped answer empty but keep its comma", "biarkan jawaban yang dilewati kosong tetapi tetap tulis komanya")),
        ),
        Problem::TooLong { limit } => {
            let kib = limit / 1024;
            (
                tr!(lang, "longer than {kib} KiB", "lebih panjang dari {kib} KiB"),
                Some(tr!(lang, "one response is small; check the file is what you meant", "satu respons itu kecil; periksa berkasnya")),
            )
        }
        Problem::NotUtf8 => (
            tr!(lang, "the text is not UTF-8", "teksnya bukan UTF-8"),
            Some(tr!(lang, "save the file as UTF-8", "simpan berkasnya sebagai UTF-8")),
        ),
        Problem::BadCsv => (
            tr!(lang, "the row is not valid CSV", "baris ini bukan CSV yang sah"),
            None,
        ),
        Problem::Unreadable { reason } => {
            use crate::error::{Access, IoProblem};
            let problem = IoProblem::Os((*reason).into());
            let why = crate::i18n::files::reason(Access::Read, &problem, lang);
            (
                tr!(lang, "cannot be read: {why}", "tidak bisa dibaca: {why}"),
                crate::i18n::files::hint(Access::Read, &problem, lang),
            )
        }
        Problem::AnswersFile { problems } => (
            crate::render::diagnostics::text(problems, lang).trim_end().to_string(),
            None,
        ),
    }
}

/// Where a problem is: `row 5, column "Q3"` / `line 5, answers.q`.
pub fn location(p: &RowProblem, lang: Lang, csv: bool) -> String {
    let row = p.row;
    let mut at = match (&p.file, csv) {
        (Some(f), _) => f.clone(),
        (None, true) => tr!(lang, "row {row}", "baris {row}"),
        (None, false) => tr!(lang, "line {row}", "baris {row}"),
    };
    match &p.place {
        Place::Row => {}
        Place::Field(f) => at.push_str(&format!(", {}", shown(f))),
        Place::Column(c) => {
            let c = shown(c);
            at.push_str(&tr!(lang, ", column \"{c}\"", ", kolom \"{c}\""));
        }
    }
    at
}

/// One problem as lines for standard error.
pub fn text(p: &RowProblem, lang: Lang, csv: bool) -> String {
    let (message, hint) = message(&p.problem, lang);
    if let Problem::AnswersFile { .. } = p.problem {
        // Each of its lines already starts with the file (and line).
        return format!("{message}\n");
    }
    let at = location(p, lang, csv);
    let mut out = format!("{at}: {message}\n");
    if let Some(h) = hint {
        let label = lang.strings().hint;
        out.push_str(&format!("  {label}: {h}\n"));
    }
    out
}

/// One problem as a JSON line for `--errors FILE`.
pub fn json_line(p: &RowProblem, lang: Lang) -> String {
    let (message, hint) = message(&p.problem, lang);
    let mut v = serde_json::to_value(p).unwrap_or_default();
    v["message"] = message.into();
    if let Some(hint) = hint {
        v["hint"] = hint.into();
    }
    let mut s = serde_json::to_string(&v).unwrap_or_default();
    s.push('\n');
    s
}

/// A problem with a whole CSV header, and a hint.
pub fn header(p: &HeaderProblem, lang: Lang) -> (String, String) {
    let sheet = tr!(
        lang,
        "`career questions --format csv` prints a header that fits",
        "`career questions --format csv` mencetak header yang cocok"
    );
    match p {
        HeaderProblem::Empty => (
            tr!(lang, "the CSV file is empty", "berkas CSV kosong"),
            sheet,
        ),
        HeaderProblem::Unreadable => (
            tr!(
                lang,
                "the CSV header row cannot be read",
                "baris header CSV tidak bisa dibaca"
            ),
            tr!(
                lang,
                "save the file as UTF-8 CSV",
                "simpan berkasnya sebagai CSV UTF-8"
            ),
        ),
        HeaderProblem::NoQuestions => (
            tr!(
                lang,
                "no column of the CSV is a question of the quiz",
                "tidak ada kolom CSV yang merupakan pertanyaan kuis"
            ),
            tr!(
                lang,
                "a question column is headed by the question's id or its text; {sheet}",
                "kolom pertanyaan diberi judul id atau teks pertanyaannya; {sheet}"
            ),
        ),
        HeaderProblem::Twice {
            question,
            first,
            second,
        } => (
            tr!(
                lang,
                "columns \"{first}\" and \"{second}\" both hold question `{question}`",
                "kolom \"{first}\" dan \"{second}\" sama-sama memuat pertanyaan `{question}`"
            ),
            tr!(
                lang,
                "remove or rename one of them",
                "hapus atau ganti nama salah satunya"
            ),
        ),
        HeaderProblem::NoIdColumn { name, columns } => {
            // Quoted, so a blank or spaced column name can be seen.
            let list = columns
                .iter()
                .map(|c| format!("\"{c}\""))
                .collect::<Vec<_>>()
                .join(", ");
            (
                tr!(
                    lang,
                    "there is no column \"{name}\" for --id-column",
                    "tidak ada kolom \"{name}\" untuk --id-column"
                ),
                tr!(lang, "the columns are: {list}", "kolomnya: {list}"),
            )
        }
    }
}

/// The closing summary: scored, rejected, and the recommendations per role.
pub fn summary(s: &Summary, pack: &Pack, lang: Lang) -> String {
    let (scored, rejected) = (s.scored, s.rejected);
    let mut out = tr!(
        lang,
        "Scored {scored}, rejected {rejected}.",
        "Dinilai {scored}, ditolak {rejected}."
    );
    if s.scored > 0 {
        let pct = |n: u64| 100.0 * n as f64 / s.scored as f64;
        let mut parts: Vec<(u64, String)> = pack
            .roles
            .iter()
            .zip(&s.recommended)
            .map(|(r, n)| (*n, format!("{} {} ({:.1}%)", r.name.get(lang), n, pct(*n))))
            .collect();
        if s.no_recommendation > 0 {
            let n = s.no_recommendation;
            let none = tr!(lang, "no recommendation", "tanpa rekomendasi");
            parts.push((n, format!("{none} {n} ({:.1}%)", pct(n))));
        }
        parts.sort_by_key(|p| std::cmp::Reverse(p.0));
        let list = parts
            .into_iter()
            .map(|(_, p)| p)
            .collect::<Vec<_>>()
            .join(", ");
        out.push(' ');
        out.push_str(&tr!(lang, "Recommended: {list}.", "Rekomendasi: {list}."));
    }
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_that_cannot_be_read_is_said_in_the_persons_language() {
        let p = Problem::Unreadable {
            reason: std::io::ErrorKind::PermissionDenied,
        };
        let (en, hint) = message(&p, Lang::En);
        assert_eq!(en, "cannot be read: permission denied");
        assert_eq!(hint.as_deref(), Some("check the file's permissions"));
        let (id, hint) = message(&p, Lang::Id);
        assert_eq!(id, "tidak bisa dibaca: izin ditolak");
        assert_eq!(hint.as_deref(), Some("periksa izin file-nya"));
        let p = Problem::Unreadable {
            reason: std::io::ErrorKind::IsADirectory,
        };
        assert_eq!(
            message(&p, Lang::En).0,
            "cannot be read: it is a folder, not a file"
        );
    }
}
