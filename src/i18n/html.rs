//! Interface strings of the HTML pages (`--format html`), in English and
//! Bahasa Indonesia. `{name}` marks a placeholder for `fill`.

use super::Lang;

pub struct HtmlStrings {
    pub result_title: &'static str,
    pub match_of: &'static str,
    pub you: &'static str,
    pub profile_note: &'static str,
    pub chart_profile: &'static str,
    pub chart_matches: &'static str,
    pub role_card: &'static str,
    pub skill_id: &'static str,
    pub timeline: &'static str,
    pub chart_timeline: &'static str,
    pub timeline_axis: &'static str,
    pub progress: &'static str,
    pub progress_line: &'static str,
    pub no_progress: &'static str,
    pub made_by: &'static str,
    pub history_html: &'static str,
    pub history_html_hint: &'static str,
}

pub static EN: HtmlStrings = HtmlStrings {
    result_title: "Career quiz result",
    match_of: "{match}% match",
    you: "You",
    profile_note:
        "Bars show your score (0–100) on each dimension; markers show where each role sits.",
    chart_profile: "Your interest profile with each role's target",
    chart_matches: "How well each role matches, in percent",
    role_card: "The role in full",
    skill_id: "id",
    timeline: "Timeline",
    chart_timeline: "Week-by-week timeline: one bar per skill",
    timeline_axis: "week",
    progress: "Your progress",
    progress_line:
        "{percent}% done · {done} of {skills} {skills_word} · {doing} in progress · {skipped} skipped",
    no_progress: "Nothing marked yet: `career progress done SKILL` ticks a skill off.",
    made_by: "Made with career. This page works offline and prints well.",
    history_html: "--format html shows one result, not the history",
    history_html_hint: "leave out --history, or use --format text or --format json with it",
};

pub static ID: HtmlStrings = HtmlStrings {
    result_title: "Hasil kuis karier",
    match_of: "cocok {match}%",
    you: "Kamu",
    profile_note: "Batang menunjukkan skormu (0–100) di tiap dimensi; penanda menunjukkan posisi tiap peran.",
    chart_profile: "Profil minatmu dengan target tiap peran",
    chart_matches: "Seberapa cocok tiap peran, dalam persen",
    role_card: "Peran ini selengkapnya",
    skill_id: "id",
    timeline: "Linimasa",
    chart_timeline: "Linimasa minggu demi minggu: satu batang per keterampilan",
    timeline_axis: "minggu",
    progress: "Kemajuanmu",
    progress_line: "{percent}% selesai · {done} dari {skills} keterampilan · {doing} sedang dipelajari · {skipped} dilewati",
    no_progress: "Belum ada yang ditandai: `career progress done KETERAMPILAN` mencentang satu keterampilan.",
    made_by: "Dibuat dengan career. Halaman ini bisa dibuka tanpa internet dan rapi dicetak.",
    history_html: "--format html menampilkan satu hasil, bukan riwayat",
    history_html_hint: "hapus --history, atau pakai --format text atau --format json bersamanya",
};

pub fn strings(lang: Lang) -> &'static HtmlStrings {
    match lang {
        Lang::En => &EN,
        Lang::Id => &ID,
    }
}
