//! Typed content and answers problems, worded in the reader's language.
//!
//! The only place their messages and hints are written; the domain reports a
//! [`Problem`] and this turns it into text, once, at the edge.

use serde::Serialize;

use super::Lang;
use crate::content::diagnostic::{
    Diagnostic, Expected, FileKind, IdKind, Misfit, Problem, ReadError, Severity, Suggest,
};
use crate::content::text::sanitize;

/// A diagnostic in words: what the text and JSON outputs show.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Worded {
    pub file: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub column: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    pub severity: &'static str,
    pub message: String,
    pub hint: Option<String>,
}

impl Worded {
    /// `file:line:column: field: message`; the path alone when there is no line.
    pub fn location_line(&self) -> String {
        let mut out = self.file.clone();
        if let (Some(l), Some(c)) = (self.line, self.column) {
            out.push_str(&format!(":{l}:{c}"));
        }
        out.push_str(": ");
        if let Some(f) = &self.field {
            out.push_str(f);
            out.push_str(": ");
        }
        out.push_str(&self.message);
        out
    }
}

/// Words one diagnostic; every string that came from outside is sanitised.
pub fn word(d: &Diagnostic, lang: Lang) -> Worded {
    Worded {
        file: sanitize(&d.file),
        line: d.pos.map(|p| p.line),
        column: d.pos.map(|p| p.column),
        field: d.field.as_deref().map(sanitize),
        severity: match d.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        },
        message: sanitize(&message(&d.problem, lang)),
        hint: hint(&d.problem, lang).map(|h| sanitize(&h)),
    }
}

pub fn word_all(list: &[Diagnostic], lang: Lang) -> Vec<Worded> {
    list.iter().map(|d| word(d, lang)).collect()
}

fn id_kind(what: IdKind, lang: Lang) -> &'static str {
    match (what, lang) {
        (IdKind::Quiz, Lang::En) => "quiz",
        (IdKind::Quiz, Lang::Id) => "kuis",
        (IdKind::Role, Lang::En) => "role",
        (IdKind::Role, Lang::Id) => "peran",
        (IdKind::Dimension, Lang::En) => "dimension",
        (IdKind::Dimension, Lang::Id) => "dimensi",
        (IdKind::Stage, Lang::En) => "stage",
        (IdKind::Stage, Lang::Id) => "tahap",
        (IdKind::Skill, Lang::En) => "skill",
        (IdKind::Skill, Lang::Id) => "keterampilan",
        (IdKind::Section, Lang::En) => "section",
        (IdKind::Section, Lang::Id) => "bagian",
        (IdKind::Question, Lang::En) => "question",
        (IdKind::Question, Lang::Id) => "pertanyaan",
        (IdKind::Option, Lang::En) => "option",
        (IdKind::Option, Lang::Id) => "opsi",
    }
}

fn expected(e: Expected, lang: Lang) -> &'static str {
    match (e, lang) {
        (Expected::Number, Lang::En) => "a number",
        (Expected::Number, Lang::Id) => "sebuah angka",
        (Expected::WholeNumber, Lang::En) => "a whole number, 0 or more",
        (Expected::WholeNumber, Lang::Id) => "sebuah bilangan bulat, 0 atau lebih",
        (Expected::TrueFalse, Lang::En) => "true or false",
        (Expected::TrueFalse, Lang::Id) => "true atau false",
        (Expected::Text, Lang::En) => "a text",
        (Expected::Text, Lang::Id) => "sebuah teks",
        (Expected::TextOrLanguages, Lang::En) => "a text, or a map of language code to text",
        (Expected::TextOrLanguages, Lang::Id) => "sebuah teks, atau peta kode bahasa ke teks",
        (Expected::List, Lang::En) => "a list",
        (Expected::List, Lang::Id) => "sebuah daftar",
        (Expected::Map, Lang::En) => "a map of `key: value` entries",
        (Expected::Map, Lang::Id) => "sebuah peta berisi `kunci: nilai`",
    }
}

/// "did you mean `x`?" or "known ids: a, b" (never an empty list).
fn suggest(s: &Suggest, lang: Lang) -> String {
    match s {
        Suggest::Closest(s) => tr!(lang, "did you mean `{s}`?", "maksudnya `{s}`?"),
        Suggest::Known(list) if list.is_empty() => tr!(
            lang,
            "the pack defines none yet; docs/authoring.md shows where they are defined",
            "paket ini belum mendefinisikan satu pun; docs/authoring.md menunjukkan tempat mendefinisikannya"
        ),
        Suggest::Known(list) => {
            let list = list.join(", ");
            tr!(lang, "known ids: {list}", "id yang dikenal: {list}")
        }
    }
}

pub fn message(p: &Problem, lang: Lang) -> String {
    use Problem as P;
    match p {
        P::NotAPackFolder => tr!(
            lang,
            "this is not a content pack folder that can be read",
            "ini bukan folder paket konten yang bisa dibaca"
        ),
        P::NoFolder { folder } => tr!(
            lang,
            "the pack has no readable `{folder}/` folder",
            "paket tidak punya folder `{folder}/` yang bisa dibaca"
        ),
        P::TooManyFiles { count, max } => tr!(
            lang,
            "too many files ({count}); at most {max} are read",
            "terlalu banyak file ({count}); paling banyak {max} dibaca"
        ),
        P::OutsidePack => tr!(
            lang,
            "this file links to a place outside the pack; it was not read",
            "file ini menautkan ke luar paket; tidak dibaca"
        ),
        P::FileTooLarge { bytes, limit, .. } => tr!(
            lang,
            "this file is {bytes} bytes; the limit is {limit}",
            "file ini {bytes} byte; batasnya {limit}"
        ),
        P::NotText => tr!(
            lang,
            "this file is not UTF-8 text",
            "file ini bukan teks UTF-8"
        ),
        P::NotRegularFile => tr!(
            lang,
            "could not read this file: not a regular file",
            "tidak bisa membaca file ini: bukan file biasa"
        ),
        P::ReadFailed {
            reason: ReadError::NotFound,
        } => tr!(lang, "no such file or folder", "file atau folder ini tidak ada"),
        P::ReadFailed {
            reason: ReadError::PermissionDenied,
        } => tr!(
            lang,
            "could not read this file: permission denied",
            "tidak bisa membaca file ini: izin ditolak"
        ),
        P::ReadFailed {
            reason: ReadError::Other(reason),
        } => tr!(
            lang,
            "could not read this file: {reason}",
            "tidak bisa membaca file ini: {reason}"
        ),
        P::NotRead => tr!(
            lang,
            "this file was not read: only `.yaml` and `.yml` files are",
            "file ini tidak dibaca: hanya file `.yaml` dan `.yml` yang dibaca"
        ),
        P::FileEmpty => tr!(lang, "the file is empty", "file ini kosong"),
        P::Syntax { detail } => detail.clone(),
        P::Tab => tr!(
            lang,
            "this line is indented with a tab",
            "baris ini diindentasi dengan tab"
        ),
        P::WrongType { expected: e } => {
            let e = expected(*e, lang);
            tr!(lang, "this should be {e}", "nilai ini seharusnya {e}")
        }
        P::UnknownField { field, .. } => tr!(
            lang,
            "unknown field `{field}`",
            "field `{field}` tidak dikenal"
        ),
        P::DuplicateKey { key, .. } => tr!(lang, "duplicate key `{key}`", "kunci `{key}` ganda"),
        P::TooDeep => tr!(
            lang,
            "the YAML is nested too deeply",
            "YAML-nya bersarang terlalu dalam"
        ),
        P::NoQuiz => tr!(lang, "the pack has no quiz", "paket ini tidak punya kuis"),
        P::NoRole => tr!(lang, "the pack has no role", "paket ini tidak punya peran"),
        P::ManyDefaults { count } => tr!(
            lang,
            "{count} quizzes say `default: true`",
            "{count} kuis menyatakan `default: true`"
        ),
        P::DuplicateIdAcrossFiles { what, id, .. } | P::DuplicateId { what, id, .. } => {
            let what = id_kind(*what, lang);
            tr!(lang, "duplicate {what} id `{id}`", "id {what} `{id}` ganda")
        }
        P::MissingField { field } => {
            tr!(lang, "missing field `{field}`", "field `{field}` belum ada")
        }
        P::IdNotKebab { id } => tr!(
            lang,
            "id `{id}` is not lowercase kebab-case",
            "id `{id}` bukan huruf kecil bertanda hubung (kebab-case)"
        ),
        P::TextEmpty { .. } => tr!(lang, "this text is empty", "teks ini kosong"),
        P::TextTooLong { max } => tr!(
            lang,
            "this text is longer than {max} characters",
            "teks ini lebih dari {max} karakter"
        ),
        P::TextMissingLanguage { code } => {
            // "`id`" alone reads like the key `id:`; the language is named too.
            let name = language_name(code, lang);
            tr!(
                lang,
                "this text has no {name}`{code}` version, but the pack declares `{code}` in `languages`",
                "teks ini tidak punya versi {name}`{code}`, padahal paket menyatakan `{code}` di `languages`"
            )
        }
        P::TooManyQuestions { count, max } => tr!(
            lang,
            "the quiz has {count} questions; at most {max} are allowed",
            "kuis berisi {count} pertanyaan; paling banyak {max}"
        ),
        P::NoQuestionInforms { dimension: d } => tr!(
            lang,
            "no question informs dimension `{d}`",
            "tidak ada pertanyaan yang mengukur dimensi `{d}`"
        ),
        P::FieldNotForKind { field, kind } => tr!(
            lang,
            "field `{field}` does not apply to {kind} questions",
            "field `{field}` tidak berlaku untuk pertanyaan {kind}"
        ),
        P::UnknownDimension { dimension: d, .. } => tr!(
            lang,
            "unknown dimension `{d}`",
            "dimensi `{d}` tidak dikenal"
        ),
        P::LikertWeightOutOfRange { weight, .. } => tr!(
            lang,
            "likert weight {weight} is out of range",
            "bobot likert {weight} di luar rentang"
        ),
        P::UnknownQuestionKind { kind, .. } => tr!(
            lang,
            "unknown question kind `{kind}`",
            "jenis pertanyaan `{kind}` tidak dikenal"
        ),
        P::TooFewOptions { min } => tr!(
            lang,
            "this question needs at least {min} options",
            "pertanyaan ini butuh paling sedikit {min} opsi"
        ),
        P::TooManyOptions { max } => tr!(
            lang,
            "this question has more than {max} options",
            "pertanyaan ini punya lebih dari {max} opsi"
        ),
        P::OptionWeightOutOfRange { weight: w, .. } => tr!(
            lang,
            "weight {w} is out of range",
            "bobot {w} di luar rentang"
        ),
        P::TargetOutOfRange { value: v } => tr!(
            lang,
            "target {v} is out of range",
            "target {v} di luar rentang"
        ),
        P::MissingTarget { dimension: d } => tr!(
            lang,
            "the role has no target for dimension `{d}`",
            "peran ini tidak punya target untuk dimensi `{d}`"
        ),
        P::ImportanceOutOfRange { value: v } => tr!(
            lang,
            "importance {v} is out of range",
            "bobot kepentingan {v} di luar rentang"
        ),
        P::OwnNeighbour => tr!(
            lang,
            "a role cannot be its own neighbour",
            "sebuah peran tidak bisa menjadi tetangganya sendiri"
        ),
        P::UnknownRole { role, .. } => tr!(
            lang,
            "unknown role `{role}`",
            "peran `{role}` tidak dikenal"
        ),
        P::BadExtent { value: s, .. } => tr!(
            lang,
            "`{s}` is not one of main, sometimes, rarely",
            "`{s}` bukan salah satu dari main, sometimes, rarely"
        ),
        P::UnknownSkill { skill, .. } => tr!(
            lang,
            "unknown skill `{skill}`",
            "keterampilan `{skill}` tidak dikenal"
        ),
        P::SkillListedTwice { skill, .. } => tr!(
            lang,
            "skill `{skill}` is listed twice in this roadmap",
            "keterampilan `{skill}` tercantum dua kali di peta belajar ini"
        ),
        P::SkillBeforePrerequisite {
            skill,
            stage: a,
            pre,
            pre_stage: b,
        } => tr!(
            lang,
            "skill `{skill}` is in stage {a}, earlier than its prerequisite `{pre}` in stage {b}",
            "keterampilan `{skill}` ada di tahap {a}, lebih awal dari prasyaratnya `{pre}` di tahap {b}"
        ),
        P::PrerequisiteNotInRoadmap { skill, pre } => tr!(
            lang,
            "skill `{skill}` needs `{pre}`, which this roadmap does not list",
            "keterampilan `{skill}` butuh `{pre}`, yang tidak ada di peta belajar ini"
        ),
        P::BadLevel { level: l, .. } => {
            tr!(lang, "`{l}` is not a level", "`{l}` bukan sebuah level")
        }
        P::HoursOutOfRange { hours: h, max } => tr!(
            lang,
            "hours must be above 0 and at most {max}, not {h}",
            "jam harus di atas 0 dan paling banyak {max}, bukan {h}"
        ),
        P::UnknownPrerequisite { pre, skill: id, .. } => tr!(
            lang,
            "prerequisite `{pre}` of `{id}` is not a skill",
            "prasyarat `{pre}` dari `{id}` bukan sebuah keterampilan"
        ),
        P::PrerequisiteCycle { cycle } => {
            let shown = cycle.join(" -> ");
            tr!(
                lang,
                "prerequisite cycle: {shown}",
                "siklus prasyarat: {shown}"
            )
        }
        P::BadUrl { url } => tr!(
            lang,
            "`{url}` is not a valid web address",
            "`{url}` bukan alamat web yang valid"
        ),
        P::UrlWithUserInfo { url } => tr!(
            lang,
            "`{url}` holds a user name or password before `@`",
            "`{url}` memuat nama pengguna atau kata sandi sebelum `@`"
        ),
        P::BadResourceKind { kind: k, .. } => tr!(
            lang,
            "`{k}` is not a resource kind",
            "`{k}` bukan jenis sumber belajar"
        ),
        P::FewItemsForDimension {
            dimension: d,
            count,
            min,
        } => tr!(
            lang,
            "dimension `{d}` is informed by {count} question(s); at least {min} measure it reliably",
            "dimensi `{d}` hanya diukur oleh {count} pertanyaan; minimal {min} agar pengukurannya andal"
        ),
        P::FewReverseItems {
            dimension: d,
            count,
            min,
        } => tr!(
            lang,
            "dimension `{d}` has {count} reverse-keyed likert statement(s); at least {min} keep agreeing-with-everything from looking like an interest",
            "dimensi `{d}` punya {count} pernyataan likert terbalik (reverse); minimal {min} agar kebiasaan setuju pada semua hal tidak terbaca sebagai minat"
        ),
        P::RoleNamedInItem { role } => tr!(
            lang,
            "this text names the role `{role}`, so it measures which label people pick rather than what interests them",
            "teks ini menyebut peran `{role}`, jadi yang terukur adalah label yang dipilih orang, bukan minatnya"
        ),
        P::InsecureUrl { url } => tr!(
            lang,
            "`{url}` is a plain `http://` link",
            "`{url}` adalah tautan `http://` biasa"
        ),
        P::AnswersTooLarge { .. } => tr!(
            lang,
            "the answers file is larger than 1 MiB",
            "file jawaban lebih besar dari 1 MiB"
        ),
        P::AnswersEmpty => tr!(lang, "the answers file is empty", "file jawaban kosong"),
        P::AnswersShape {
            detail: Some(d), ..
        } => d.clone(),
        P::AnswersShape { detail: None, .. } => tr!(
            lang,
            "this is not an answers file",
            "ini bukan file jawaban"
        ),
        P::WrongQuiz { got, want } => tr!(
            lang,
            "these answers are for quiz `{got}`, not `{want}`",
            "jawaban ini untuk kuis `{got}`, bukan `{want}`"
        ),
        P::UnknownQuestion { id, .. } => tr!(
            lang,
            "unknown question `{id}`",
            "pertanyaan `{id}` tidak dikenal"
        ),
        P::Misfit {
            question: qid,
            misfit,
        } => match misfit {
            Misfit::LikertOutOfRange(n) => tr!(
                lang,
                "answer {n} to `{qid}` is out of range",
                "jawaban {n} untuk `{qid}` di luar rentang"
            ),
            Misfit::LikertNotWhole(n) => tr!(
                lang,
                "answer {n} to `{qid}` is not a whole number",
                "jawaban {n} untuk `{qid}` bukan bilangan bulat"
            ),
            Misfit::LikertNotNumber => tr!(
                lang,
                "`{qid}` needs a number from 1 to 5",
                "`{qid}` butuh angka 1 sampai 5"
            ),
            Misfit::NoSuchOption { got, .. } => tr!(
                lang,
                "question `{qid}` has no option `{got}`",
                "pertanyaan `{qid}` tidak punya opsi `{got}`"
            ),
            Misfit::ChoiceNotOptionId { .. } => tr!(
                lang,
                "`{qid}` needs one option id",
                "`{qid}` butuh satu id opsi"
            ),
            Misfit::MultiItemNotOptionId => tr!(
                lang,
                "`{qid}` lists something that is not an option id",
                "`{qid}` memuat sesuatu yang bukan id opsi"
            ),
            Misfit::MultiNotList => tr!(
                lang,
                "`{qid}` needs a list of option ids",
                "`{qid}` butuh daftar id opsi"
            ),
            Misfit::WrongKind => tr!(
                lang,
                "this answer does not fit question `{qid}`",
                "jawaban ini tidak cocok untuk pertanyaan `{qid}`"
            ),
        },
    }
}

pub fn hint(p: &Problem, lang: Lang) -> Option<String> {
    use Problem as P;
    let yaml_hint = || {
        tr!(lang, "check the YAML here: indentation, quotes around text with `:` or `#`, and the field's type", "periksa YAML di sini: indentasi, tanda kutip untuk teks yang memuat `:` atau `#`, dan tipe field-nya")
    };
    Some(match p {
        P::NotAPackFolder => tr!(lang, "pass a folder that holds `quizzes/` and `roles/`", "berikan folder yang berisi `quizzes/` dan `roles/`"),
        P::NoFolder { folder } => tr!(lang, "create `{folder}/` with at least one .yaml file", "buat `{folder}/` berisi minimal satu file .yaml"),
        P::TooManyFiles { .. } => tr!(lang, "split the pack", "pecah paketnya"),
        P::OutsidePack => tr!(lang, "copy the file into the pack instead of linking to it", "salin file-nya ke dalam paket, jangan ditautkan"),
        P::FileTooLarge { kind: FileKind::Quiz, .. } => tr!(lang, "a quiz is one file: remove comments, shorten long texts, or move some questions into a second quiz", "satu kuis adalah satu file: hapus komentar, persingkat teks yang panjang, atau pindahkan sebagian pertanyaan ke kuis kedua"),
        P::FileTooLarge { kind: FileKind::Role, .. } => tr!(lang, "a role is one file: remove comments or shorten its texts; skills are described in `roles/skills.yaml`", "satu peran adalah satu file: hapus komentar atau persingkat teksnya; keterampilan dijelaskan di `roles/skills.yaml`"),
        P::FileTooLarge { kind: FileKind::Catalogue, .. } => tr!(lang, "the skill catalogue is one file: remove comments, shorten descriptions, or remove skills no roadmap lists", "katalog keterampilan adalah satu file: hapus komentar, persingkat deskripsi, atau hapus keterampilan yang tidak ada di peta belajar mana pun"),
        P::FileTooLarge { kind: FileKind::Other, .. } => tr!(lang, "use a smaller file", "pakai file yang lebih kecil"),
        P::NotRead => tr!(lang, "if it is meant to be read, rename it to end in `.yaml`; otherwise move it out of this folder", "bila file ini seharusnya dibaca, ganti namanya agar berakhiran `.yaml`; bila tidak, pindahkan dari folder ini"),
        P::NotText => tr!(lang, "save the file as UTF-8", "simpan file sebagai UTF-8"),
        P::ReadFailed { reason: ReadError::NotFound } => tr!(lang, "check the path for a typo; the path is taken from the folder you run `career` in", "periksa salah ketik pada path-nya; path dihitung dari folder tempat `career` dijalankan"),
        P::NotRegularFile | P::ReadFailed { .. } => tr!(lang, "check the file's permissions", "periksa izin file-nya"),
        P::FileEmpty => tr!(lang, "see docs/authoring.md for what a file holds", "lihat docs/authoring.md untuk isi sebuah file"),
        P::Syntax { .. } | P::TooDeep => yaml_hint(),
        P::Tab => tr!(lang, "YAML indents with spaces, not tabs: replace the tab on this line", "YAML memakai spasi untuk indentasi, bukan tab: ganti tab di baris ini"),
        P::WrongType { expected: e } => match e {
            Expected::Number => tr!(lang, "write a number such as `2` or `-0.5`", "tulis angka seperti `2` atau `-0.5`"),
            Expected::WholeNumber => tr!(lang, "write a whole number such as `2`", "tulis bilangan bulat seperti `2`"),
            Expected::TrueFalse => tr!(lang, "write `true` or `false`", "tulis `true` atau `false`"),
            Expected::Text | Expected::TextOrLanguages => tr!(lang, "write the text, in quotes if it holds `:` or `#`", "tulis teksnya, dalam tanda kutip bila memuat `:` atau `#`"),
            Expected::List => tr!(lang, "write one `- item` per line, or `[a, b]`", "tulis satu `- item` per baris, atau `[a, b]`"),
            Expected::Map => tr!(lang, "write one `key: value` per line, indented under the field", "tulis satu `kunci: nilai` per baris, diindentasi di bawah field-nya"),
        },
        P::UnknownField { suggestion: Some(s), .. } => tr!(lang, "did you mean `{s}`?", "maksudnya `{s}`?"),
        P::UnknownField { suggestion: None, .. } => tr!(lang, "remove it; docs/authoring.md lists the fields", "hapus field ini; docs/authoring.md mencantumkan field yang ada"),
        P::DuplicateKey { key, first_line: line } => tr!(lang, "`{key}` is already given on line {line}; keep one of them", "`{key}` sudah ada di baris {line}; simpan salah satunya"),
        P::NoQuiz => tr!(lang, "add a quiz file such as `quizzes/interests.yaml`", "tambahkan file kuis seperti `quizzes/interests.yaml`"),
        P::NoRole => tr!(lang, "add a role file such as `roles/ai-engineer.yaml`", "tambahkan file peran seperti `roles/ai-engineer.yaml`"),
        P::ManyDefaults { .. } => tr!(lang, "keep `default: true` on one quiz only", "pakai `default: true` pada satu kuis saja"),
        P::DuplicateIdAcrossFiles { id, first_file: first, .. } => tr!(lang, "`{id}` is already defined in {first}", "`{id}` sudah didefinisikan di {first}"),
        P::MissingField { field } => tr!(lang, "add `{field}:`; docs/authoring.md describes it", "tambahkan `{field}:`; docs/authoring.md menjelaskannya"),
        P::IdNotKebab { .. } => tr!(lang, "use lowercase letters, digits and single dashes, like `ml-engineer`", "pakai huruf kecil, angka dan satu tanda hubung, misalnya `ml-engineer`"),
        P::TextEmpty { required: true } => tr!(lang, "write the text; this field cannot be left out", "isi teksnya; field ini wajib ada"),
        P::TextEmpty { required: false } => tr!(lang, "write the text, or remove it", "isi teksnya, atau hapus saja"),
        P::TextTooLong { .. } => tr!(lang, "shorten it", "persingkat"),
        P::TextMissingLanguage { code } => tr!(lang, "add `{code}: \"…\"` under this field", "tambahkan `{code}: \"…\"` di bawah field ini"),
        P::DuplicateId { id, first_line: line, .. } => tr!(lang, "ids must be unique; the first `{id}` is on line {line}", "id harus unik; `{id}` yang pertama ada di baris {line}"),
        P::TooManyQuestions { .. } => tr!(lang, "split it into several quizzes", "pecah menjadi beberapa kuis"),
        P::NoQuestionInforms { dimension: d } => tr!(lang, "add a likert question with `dimension: {d}` or give an option a weight for `{d}`", "tambahkan pertanyaan likert dengan `dimension: {d}` atau beri bobot `{d}` pada sebuah opsi"),
        P::FieldNotForKind { .. } => tr!(lang, "remove it", "hapus field ini"),
        P::UnknownDimension { suggest: s, .. }
        | P::UnknownQuestionKind { suggest: s, .. }
        | P::BadExtent { suggest: s, .. }
        | P::UnknownSkill { suggest: s, .. }
        | P::BadLevel { suggest: s, .. }
        | P::UnknownPrerequisite { suggest: s, .. }
        | P::BadResourceKind { suggest: s, .. } => suggest(s, lang),
        P::FewItemsForDimension { dimension: d, .. } => tr!(lang, "add questions that inform `{d}`, or lower `quality.min_items_per_dimension` in the quiz file", "tambahkan pertanyaan yang mengukur `{d}`, atau turunkan `quality.min_items_per_dimension` di file kuis"),
        P::FewReverseItems { dimension: d, .. } => tr!(lang, "add likert statements with `dimension: {d}` and `reverse: true`, or lower `quality.min_reverse_per_dimension` in the quiz file", "tambahkan pernyataan likert dengan `dimension: {d}` dan `reverse: true`, atau turunkan `quality.min_reverse_per_dimension` di file kuis"),
        P::RoleNamedInItem { .. } => tr!(lang, "describe an activity instead of naming the role; docs/authoring.md has tips on writing items", "gambarkan sebuah aktivitas, jangan sebut nama perannya; docs/authoring.md berisi tips menulis item"),
        P::InsecureUrl { .. } => tr!(lang, "use the `https://` address", "pakai alamat `https://`"),
        P::LikertWeightOutOfRange { max, .. } => tr!(lang, "use a number above 0 and at most {max}", "pakai angka di atas 0 dan paling besar {max}"),
        P::TooFewOptions { .. } => tr!(lang, "add `options:` with an `id`, `text` and `weights` for each", "tambahkan `options:` dengan `id`, `text` dan `weights` untuk tiap opsi"),
        P::TooManyOptions { .. } => tr!(lang, "keep the options a person can compare at a glance", "batasi opsi agar mudah dibandingkan"),
        P::OptionWeightOutOfRange { max, .. } => tr!(lang, "use a number from -{max} to {max}", "pakai angka dari -{max} sampai {max}"),
        P::TargetOutOfRange { .. } => tr!(lang, "use a number from 0 to 100", "pakai angka dari 0 sampai 100"),
        P::MissingTarget { dimension: d } => tr!(lang, "add `{d}: 0..100` under `targets:`", "tambahkan `{d}: 0..100` di bawah `targets:`"),
        P::ImportanceOutOfRange { .. } => tr!(lang, "use a number above 0 and at most 10", "pakai angka di atas 0 dan paling besar 10"),
        P::OwnNeighbour => tr!(lang, "name another role", "sebutkan peran lain"),
        P::UnknownRole { suggestion: Some(s), .. } => tr!(lang, "did you mean `{s}`? For a role outside the pack, add `name:`", "maksudnya `{s}`? Untuk peran di luar paket, tambahkan `name:`"),
        P::UnknownRole { suggestion: None, .. } => tr!(lang, "for a role outside the pack, add `name:`", "untuk peran di luar paket, tambahkan `name:`"),
        P::SkillListedTwice { first_line: line, .. } => tr!(lang, "keep only the entry on line {line}", "simpan hanya yang di baris {line}"),
        P::SkillBeforePrerequisite { skill, pre, pre_stage: b, .. } => tr!(lang, "move `{skill}` to stage {b} or later, or `{pre}` earlier", "pindahkan `{skill}` ke tahap {b} atau sesudahnya, atau `{pre}` lebih awal"),
        P::PrerequisiteNotInRoadmap { pre, .. } => tr!(lang, "add `{pre}` to this stage or an earlier one", "tambahkan `{pre}` ke tahap ini atau sebelumnya"),
        P::HoursOutOfRange { .. } => tr!(lang, "estimate the hours a learner needs, e.g. `hours: 30`", "perkirakan jam yang dibutuhkan, misalnya `hours: 30`"),
        P::PrerequisiteCycle { .. } => tr!(lang, "remove one of these prerequisites so the chain has a start", "hapus salah satu prasyarat ini agar rantainya punya awal"),
        P::BadUrl { .. } => tr!(lang, "write a full address such as `https://docs.python.org/3/tutorial/`", "tulis alamat lengkap seperti `https://docs.python.org/3/tutorial/`"),
        P::UrlWithUserInfo { .. } => tr!(lang, "link to the page itself, such as `https://docs.python.org/3/tutorial/`, with nothing before the host", "tautkan halamannya langsung, seperti `https://docs.python.org/3/tutorial/`, tanpa apa pun sebelum nama host"),
        P::AnswersTooLarge { .. } => tr!(lang, "an answers file maps question ids to answers; it is small", "file jawaban hanya memetakan id pertanyaan ke jawaban; ukurannya kecil"),
        P::AnswersEmpty | P::AnswersShape { .. } => {
            let example = match p {
                P::AnswersShape { example, .. } => example.clone(),
                _ => "answers: {…}".to_string(),
            };
            tr!(lang, "an answers file looks like `{example}`", "file jawaban berbentuk `{example}`")
        }
        P::WrongQuiz { got, .. } => tr!(lang, "pass `--quiz {got}` or change `quiz:`", "pakai `--quiz {got}` atau ubah `quiz:`"),
        P::UnknownQuestion { suggestion: Some(s), .. } => tr!(lang, "did you mean `{s}`? `career questions` lists the ids", "maksudnya `{s}`? `career questions` menampilkan daftar id-nya"),
        P::UnknownQuestion { suggestion: None, .. } => tr!(lang, "`career questions` lists the question ids", "`career questions` menampilkan daftar id pertanyaan"),
        P::Misfit { question: qid, misfit } => match misfit {
            Misfit::LikertOutOfRange(_) | Misfit::LikertNotWhole(_) => tr!(lang, "a likert answer is a whole number from 1 (strongly disagree) to 5 (strongly agree)", "jawaban likert berupa bilangan bulat 1 (sangat tidak setuju) sampai 5 (sangat setuju)"),
            Misfit::LikertNotNumber => tr!(lang, "write e.g. `{qid}: 4`", "tulis misalnya `{qid}: 4`"),
            Misfit::NoSuchOption { suggest: Suggest::Closest(s), .. } => tr!(lang, "did you mean `{s}`?", "maksudnya `{s}`?"),
            Misfit::NoSuchOption { suggest: Suggest::Known(list), .. } if list.is_empty() => tr!(lang, "`career questions` shows how each question is answered", "`career questions` menunjukkan cara menjawab tiap pertanyaan"),
            Misfit::NoSuchOption { suggest: Suggest::Known(list), .. } => {
                let list = list.join(", ");
                tr!(lang, "the options are: {list}", "opsinya: {list}")
            }
            Misfit::ChoiceNotOptionId { first } => tr!(lang, "write e.g. `{qid}: {first}`", "tulis misalnya `{qid}: {first}`"),
            Misfit::MultiItemNotOptionId => tr!(lang, "list option ids, e.g. `[a, b]`", "daftarkan id opsi, misalnya `[a, b]`"),
            Misfit::MultiNotList => tr!(lang, "write e.g. `{qid}: [a, b]`", "tulis misalnya `{qid}: [a, b]`"),
            Misfit::WrongKind => tr!(lang, "`career questions` shows how each question is answered", "`career questions` menunjukkan cara menjawab tiap pertanyaan"),
        },
    })
}

/// A language code's name and a space ("Indonesian "), for the two the tool
/// knows; nothing for another code.
fn language_name(code: &str, lang: Lang) -> &'static str {
    match (code, lang) {
        ("en", Lang::En) => "English ",
        ("id", Lang::En) => "Indonesian ",
        ("en", Lang::Id) => "bahasa Inggris ",
        ("id", Lang::Id) => "bahasa Indonesia ",
        _ => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hint_never_lists_nothing() {
        let p = Problem::UnknownDimension {
            dimension: "build".into(),
            suggest: Suggest::Known(Vec::new()),
        };
        for lang in [Lang::En, Lang::Id] {
            let h = hint(&p, lang).expect("a hint");
            assert!(!h.trim_end().ends_with(':'), "{h}");
            assert!(h.contains("docs/authoring.md"), "{h}");
        }
        let listed = Problem::UnknownDimension {
            dimension: "build".into(),
            suggest: Suggest::Known(vec!["product".into(), "maths".into()]),
        };
        assert_eq!(
            hint(&listed, Lang::En).as_deref(),
            Some("known ids: product, maths")
        );
    }
}
