//! Interface strings of the adaptive quiz and `career simulate`, in English and
//! Bahasa Indonesia. `{name}` marks a placeholder filled by [`super::fill`].

use super::Lang;

pub struct AdaptiveStrings {
    /// Result line when the certain stop ended the quiz.
    pub stopped_certain: &'static str,
    /// Result line when the confidence stop ended the quiz.
    pub stopped_confidence: &'static str,
    /// Shown by the interactive quiz the moment the certain stop fires.
    pub settled_certain: &'static str,
    /// Shown by the interactive quiz the moment the confidence stop fires.
    pub settled_confidence: &'static str,
    /// The offer that follows a settled message.
    pub offer_rest: &'static str,
    pub rest_yes: &'static str,
    pub rest_no: &'static str,
    pub confidence_needs_adaptive: &'static str,
    pub confidence_needs_adaptive_hint: &'static str,
    pub confidence_hint: &'static str,
    pub respondents_hint: &'static str,
    pub noise_hint: &'static str,
    pub simulating: &'static str,
    /// The bar while a quiz's calibration map is fitted.
    pub calibrating: &'static str,
    /// `career calibrate`: one line per quiz, and where the map was kept.
    pub calibrated: &'static str,
    pub calibrated_kept: &'static str,
    pub calibrated_built_in: &'static str,
    /// A quiz, result or batch whose new map could not be kept (a warning).
    pub calibrated_not_kept: &'static str,
    pub calibrated_check: &'static str,
    pub sim_title: &'static str,
    pub sim_mode: &'static str,
    pub sim_accuracy: &'static str,
    pub sim_agreement: &'static str,
    pub sim_mean_asked: &'static str,
    pub sim_median_asked: &'static str,
    pub sim_p90_asked: &'static str,
    pub sim_close_calls: &'static str,
    pub mode_full: &'static str,
    pub mode_certain: &'static str,
    pub mode_confidence: &'static str,
    pub sim_notes: &'static str,
    pub cal_title: &'static str,
    pub cal_band: &'static str,
    pub cal_respondents: &'static str,
    pub cal_stated: &'static str,
    pub cal_observed: &'static str,
    pub cal_notes: &'static str,
}

pub static EN: AdaptiveStrings = AdaptiveStrings {
    stopped_certain: "Stopped early after {asked} of {total} questions: the rest could not change your top match.",
    stopped_confidence: "Stopped early after {asked} of {total} questions: the rest would very probably not change your top match.",
    settled_certain: "Settled after {asked} of {total} questions: the rest could not change your top match.",
    settled_confidence: "Settled after {asked} of {total} questions: the rest would very probably not change your top match.",
    offer_rest: "Answer the remaining {n} questions anyway?",
    rest_yes: "Yes, answer the rest",
    rest_no: "No, show my result",
    confidence_needs_adaptive: "`--confidence` only works with `--adaptive`",
    confidence_needs_adaptive_hint: "add `--adaptive`, e.g. `career quiz --adaptive --confidence 0.95`",
    confidence_hint: "give a share strictly between 0 and 1, e.g. `--confidence 0.95`",
    respondents_hint: "give a whole number from 1 to {max}, e.g. `--respondents 1000`",
    noise_hint: "give a number from 0 (no noise) to {max}; the default is {default}",
    simulating: "simulating respondents",
    calibrating: "calibrating the stability figure for this quiz (once)",
    calibrated: "Quiz `{quiz}`: its stability figure is calibrated on {n} simulated respondents.",
    calibrated_kept: "Kept in {path}; quizzes, results and `career score --stability` read it from there.",
    calibrated_built_in: "The program comes with this quiz's map, so there was nothing to keep.",
    calibrated_not_kept: "the stability figure's calibration map for quiz `{quiz}` could not be kept ({reason}), so it will be fitted again next time",
    calibrated_check: "See how well it holds: `career simulate --noise 0.15,0.3,0.5`.",
    sim_title: "{n} simulated respondents on quiz `{quiz}` ({questions} questions), seed {seed}, noise {noise}",
    sim_mode: "Mode",
    sim_accuracy: "Accuracy",
    sim_agreement: "= full",
    sim_mean_asked: "Asked (mean)",
    sim_median_asked: "Median",
    sim_p90_asked: "P90",
    sim_close_calls: "Close calls",
    mode_full: "full quiz",
    mode_certain: "certain stop",
    mode_confidence: "confidence {p}",
    sim_notes: "Accuracy: the recommendation is the role nearest the respondent's true profile. = full: it is the same as after answering every question (always 100% for the certain stop). Asked: questions asked, mean (share of the quiz), median and 90th percentile. Close calls: top two roles within 5 points.",
    cal_title: "Is the stated stability true?",
    cal_band: "Stated stability",
    cal_respondents: "Respondents",
    cal_stated: "Stated (mean)",
    cal_observed: "Same role on retake",
    cal_notes: "Each respondent's full-quiz result states a stability; a fresh retake of the whole quiz (same person, new answer noise) shows how often the same top role really comes back.",
};

pub static ID: AdaptiveStrings = AdaptiveStrings {
    stopped_certain: "Berhenti lebih awal setelah {asked} dari {total} pertanyaan: sisanya tidak mungkin mengubah kecocokan teratasmu.",
    stopped_confidence: "Berhenti lebih awal setelah {asked} dari {total} pertanyaan: sisanya hampir pasti tidak mengubah kecocokan teratasmu.",
    settled_certain: "Sudah pasti setelah {asked} dari {total} pertanyaan: sisanya tidak mungkin mengubah kecocokan teratasmu.",
    settled_confidence: "Sudah hampir pasti setelah {asked} dari {total} pertanyaan: sisanya hampir pasti tidak mengubah kecocokan teratasmu.",
    offer_rest: "Tetap jawab {n} pertanyaan sisanya?",
    rest_yes: "Ya, jawab sisanya",
    rest_no: "Tidak, tampilkan hasilku",
    confidence_needs_adaptive: "`--confidence` hanya bisa dipakai bersama `--adaptive`",
    confidence_needs_adaptive_hint: "tambahkan `--adaptive`, misalnya `career quiz --adaptive --confidence 0.95`",
    confidence_hint: "beri proporsi di antara 0 dan 1 (tidak termasuk keduanya), misalnya `--confidence 0.95`",
    respondents_hint: "beri bilangan bulat 1 sampai {max}, misalnya `--respondents 1000`",
    noise_hint: "beri angka 0 (tanpa noise) sampai {max}; bawaannya {default}",
    simulating: "menyimulasikan responden",
    calibrating: "mengalibrasi angka stabilitas untuk kuis ini (sekali saja)",
    calibrated: "Kuis `{quiz}`: angka stabilitasnya dikalibrasi dengan {n} responden simulasi.",
    calibrated_kept: "Disimpan di {path}; kuis, hasil dan `career score --stability` membacanya dari sana.",
    calibrated_built_in: "Program ini sudah membawa peta kuis ini, jadi tidak ada yang perlu disimpan.",
    calibrated_not_kept: "peta kalibrasi angka stabilitas untuk kuis `{quiz}` tidak bisa disimpan ({reason}), jadi akan dibuat lagi lain kali",
    calibrated_check: "Lihat seberapa tepat: `career simulate --noise 0.15,0.3,0.5`.",
    sim_title: "{n} responden simulasi pada kuis `{quiz}` ({questions} pertanyaan), seed {seed}, noise {noise}",
    sim_mode: "Mode",
    sim_accuracy: "Akurasi",
    sim_agreement: "= penuh",
    sim_mean_asked: "Ditanya (rerata)",
    sim_median_asked: "Median",
    sim_p90_asked: "P90",
    sim_close_calls: "Selisih tipis",
    mode_full: "kuis penuh",
    mode_certain: "berhenti pasti",
    mode_confidence: "keyakinan {p}",
    sim_notes: "Akurasi: rekomendasinya adalah peran yang paling dekat dengan profil asli responden. = penuh: sama dengan hasil setelah menjawab semua pertanyaan (selalu 100% untuk berhenti pasti). Ditanya: jumlah pertanyaan yang ditanyakan, rerata (bagian dari kuis), median, dan persentil ke-90. Selisih tipis: dua peran teratas berjarak paling jauh 5 poin.",
    cal_title: "Apakah stabilitas yang disebut benar?",
    cal_band: "Stabilitas yang disebut",
    cal_respondents: "Responden",
    cal_stated: "Disebut (rerata)",
    cal_observed: "Peran sama saat diulang",
    cal_notes: "Hasil kuis penuh tiap responden menyebut sebuah stabilitas; mengulang seluruh kuis (orang yang sama, noise jawaban baru) menunjukkan seberapa sering peran teratas yang sama benar-benar muncul lagi.",
};

impl Lang {
    /// The adaptive quiz's and the simulation's strings in this language.
    pub fn adaptive_strings(self) -> &'static AdaptiveStrings {
        match self {
            Lang::En => &EN,
            Lang::Id => &ID,
        }
    }
}
