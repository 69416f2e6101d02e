//! Words of a quiz session beyond the questions: an adaptive welcome, a quiz
//! that stays adaptive, stopping with nothing saved, and too few answers for
//! a result. English and Bahasa Indonesia; a missing translation is a compile
//! error.

use super::Lang;

/// Strings of the quiz session.
pub struct SessionStrings {
    /// The welcome's count in adaptive mode.
    pub adaptive_count: &'static str,
    pub adaptive_minutes: &'static str,
    pub adaptive_early: &'static str,
    pub still_adaptive: &'static str,
    pub how_to_stop_unsaved: &'static str,
    pub interrupted_unsaved: &'static str,
    pub interrupted_no_save: &'static str,
    pub evidence_short: &'static str,
    pub more_one: &'static str,
    pub more_many: &'static str,
    pub revisit_prompt: &'static str,
    pub revisit_one: &'static str,
    pub revisit_many: &'static str,
    pub revisit_no: &'static str,
}

const EN: SessionStrings = SessionStrings {
    adaptive_count: "up to {n} questions",
    adaptive_minutes: "{minutes} minutes at most",
    adaptive_early: "The quiz stops as soon as your answers settle the result, often well before the last question.",
    still_adaptive: "This quiz was begun with `--adaptive`, so it goes on as an adaptive quiz and may stop early. To take the full quiz instead, run `career quiz --restart`.",
    how_to_stop_unsaved: "Ctrl-C stops at any time; with `--no-save` nothing is kept.",
    interrupted_unsaved: "Stopped before the first answer; nothing was saved.",
    interrupted_no_save: "Stopped. Nothing was saved (`--no-save`).",
    evidence_short: "Too few answers to recommend a role yet. Still needed:",
    more_one: "{dimension}: 1 more answer",
    more_many: "{dimension}: {n} more answers",
    revisit_prompt: "Answer some of the questions you skipped?",
    revisit_one: "Go back to the skipped question about these",
    revisit_many: "Go back to the {n} skipped questions about these",
    revisit_no: "See the result as it is",
};

const ID: SessionStrings = SessionStrings {
    adaptive_count: "paling banyak {n} pertanyaan",
    adaptive_minutes: "paling lama {minutes} menit",
    adaptive_early: "Kuis berhenti begitu jawabanmu sudah menentukan hasilnya, sering jauh sebelum pertanyaan terakhir.",
    still_adaptive: "Kuis ini dimulai dengan `--adaptive`, jadi dilanjutkan sebagai kuis adaptif dan bisa berhenti lebih awal. Untuk mengikuti kuis lengkap, jalankan `career quiz --restart`.",
    how_to_stop_unsaved: "Ctrl-C menghentikan kuis kapan saja; dengan `--no-save` tidak ada yang disimpan.",
    interrupted_unsaved: "Berhenti sebelum jawaban pertama; tidak ada yang disimpan.",
    interrupted_no_save: "Berhenti. Tidak ada yang disimpan (`--no-save`).",
    evidence_short: "Jawaban belum cukup untuk merekomendasikan peran. Masih diperlukan:",
    more_one: "{dimension}: 1 jawaban lagi",
    more_many: "{dimension}: {n} jawaban lagi",
    revisit_prompt: "Jawab sebagian pertanyaan yang kamu lewati?",
    revisit_one: "Kembali ke pertanyaan yang dilewati tentang ini",
    revisit_many: "Kembali ke {n} pertanyaan yang dilewati tentang ini",
    revisit_no: "Lihat hasilnya apa adanya",
};

/// The session strings in `lang`.
pub fn strings(lang: Lang) -> &'static SessionStrings {
    match lang {
        Lang::En => &EN,
        Lang::Id => &ID,
    }
}
