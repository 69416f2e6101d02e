//! The words of a recommendation: the headline, how stable it is, why, what
//! is still missing, and the next step, in English and Bahasa Indonesia.

use super::Lang;

pub struct VerdictStrings {
    pub tie_headline: &'static str,
    /// 0.95 and over ("10 in 10" would read as certainty).
    pub nearly_all: &'static str,
    pub nearly_all_pair: &'static str,
    pub stable: &'static str,
    pub fairly_stable: &'static str,
    pub unsettled: &'static str,
    pub stable_pair: &'static str,
    pub fairly_stable_pair: &'static str,
    pub unsettled_pair: &'static str,
    pub not_enough: &'static str,
    pub not_enough_detail: &'static str,
    pub missing_line: &'static str,
    pub not_enough_next: &'static str,
    pub why_paragraph: &'static str,
    pub why_tie: &'static str,
    pub counter: &'static str,
    pub counter_nearer: &'static str,
    pub blend_next: &'static str,
    pub profile_so_far: &'static str,
}

pub static EN: VerdictStrings = VerdictStrings {
    tie_headline: "A tie: {a} and {b} match you equally well ({match}% each).",
    nearly_all: "Stable: nearly every retake (more than 9 in 10) would give the same role.",
    nearly_all_pair: "Stable: nearly every retake (more than 9 in 10) would give one of these two roles.",
    stable: "Stable: {n} in 10 retakes would give the same role.",
    fairly_stable: "Fairly stable: about {n} in 10 retakes would give the same role.",
    unsettled: "Unsettled: a retake could go either way (about {n} in 10 would give the same role).",
    stable_pair: "Stable: {n} in 10 retakes would give one of these two roles.",
    fairly_stable_pair: "Fairly stable: about {n} in 10 retakes would give one of these two roles.",
    unsettled_pair: "Unsettled: a retake could give another role (about {n} in 10 would give one of these two).",
    not_enough: "Not enough answers yet for a recommendation ({answered} answered).",
    not_enough_detail: "Each interest needs at least {min} answers before a role is recommended. Still needed:",
    missing_line: "{dimension}: {n} more ({answered} of {required} so far)",
    not_enough_next: "Next step: answer more questions with `career quiz` (or add them to your answers file) and score again.",
    why_paragraph: "{role} is your best match, at {match}%. {strongest} You answered {answers}, which point towards {role} more than towards {runner}.",
    why_tie: "Your answers fit {a} and {b} equally well, so neither is ahead; read both cards.",
    counter: "Pulling the other way: your answers on {dimension} point towards {role}.",
    counter_nearer: "Pulling the other way: on {dimension} your score ({score}) is nearer {role}'s target ({their}) than {top}'s ({ours}).",
    blend_next: "Next step: one roadmap for both with `{command}`",
    profile_so_far: "Your interest profile so far",
};

pub static ID: VerdictStrings = VerdictStrings {
    tie_headline: "Seri: {a} dan {b} sama cocoknya untukmu (masing-masing {match}%).",
    nearly_all: "Stabil: hampir setiap kali mengulang kuis (lebih dari 9 dari 10) akan memberi peran yang sama.",
    nearly_all_pair: "Stabil: hampir setiap kali mengulang kuis (lebih dari 9 dari 10) akan memberi salah satu dari dua peran ini.",
    stable: "Stabil: {n} dari 10 kali mengulang kuis akan memberi peran yang sama.",
    fairly_stable: "Cukup stabil: sekitar {n} dari 10 kali mengulang kuis akan memberi peran yang sama.",
    unsettled: "Belum mantap: mengulang kuis bisa memberi hasil lain (sekitar {n} dari 10 memberi peran yang sama).",
    stable_pair: "Stabil: {n} dari 10 kali mengulang kuis akan memberi salah satu dari dua peran ini.",
    fairly_stable_pair: "Cukup stabil: sekitar {n} dari 10 kali mengulang kuis akan memberi salah satu dari dua peran ini.",
    unsettled_pair: "Belum mantap: mengulang kuis bisa memberi peran lain (sekitar {n} dari 10 memberi salah satu dari dua peran ini).",
    not_enough: "Jawabannya belum cukup untuk sebuah rekomendasi ({answered} dijawab).",
    not_enough_detail: "Tiap minat perlu paling sedikit {min} jawaban sebelum sebuah peran direkomendasikan. Masih kurang:",
    missing_line: "{dimension}: {n} lagi (baru {answered} dari {required})",
    not_enough_next: "Langkah berikutnya: jawab lebih banyak pertanyaan dengan `career quiz` (atau tambahkan ke file jawabanmu), lalu nilai lagi.",
    why_paragraph: "{role} paling cocok untukmu, dengan kecocokan {match}%. {strongest} Kamu menjawab {answers}, yang lebih mengarah ke {role} daripada ke {runner}.",
    why_tie: "Jawabanmu sama cocoknya dengan {a} dan {b}, jadi tidak ada yang unggul; baca kedua kartunya.",
    counter: "Yang menarik ke arah lain: jawabanmu tentang {dimension} mengarah ke {role}.",
    counter_nearer: "Yang menarik ke arah lain: untuk {dimension}, nilaimu ({score}) lebih dekat ke target {role} ({their}) daripada target {top} ({ours}).",
    blend_next: "Langkah berikutnya: satu peta belajar untuk keduanya dengan `{command}`",
    profile_so_far: "Profil minatmu sejauh ini",
};

/// The recommendation strings in `lang`.
pub fn strings(lang: Lang) -> &'static VerdictStrings {
    match lang {
        Lang::En => &EN,
        Lang::Id => &ID,
    }
}
