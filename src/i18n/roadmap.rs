//! Interface strings of the roadmap, schedule and progress screens, in
//! English and Bahasa Indonesia. `{name}` marks a placeholder for `fill`.

use super::Lang;

pub struct RoadmapStrings {
    pub title: &'static str,
    pub title_blend: &'static str,
    pub blend_note: &'static str,
    pub summary: &'static str,
    pub remaining: &'static str,
    pub left_out: &'static str,
    pub legend: &'static str,
    pub stage: &'static str,
    pub hours: &'static str,
    pub level_foundation: &'static str,
    pub level_core: &'static str,
    pub level_advanced: &'static str,
    pub kind_course: &'static str,
    pub kind_book: &'static str,
    pub kind_docs: &'static str,
    pub kind_video: &'static str,
    pub kind_project: &'static str,
    pub kind_paper: &'static str,
    pub kind_site: &'static str,
    pub free: &'static str,
    pub paid: &'static str,
    pub needs: &'static str,
    pub you_can: &'static str,
    pub milestone: &'static str,
    pub from_blend: &'static str,
    pub boundaries: &'static str,
    pub outside: &'static str,
    pub neighbours: &'static str,
    pub weekly_plan: &'static str,
    pub plan_intro: &'static str,
    pub plan_excludes: &'static str,
    pub week: &'static str,
    pub weeks: &'static str,
    pub week_column: &'static str,
    pub dates: &'static str,
    pub skills: &'static str,
    pub finished: &'static str,
    pub finish: &'static str,
    pub stage_done_by: &'static str,
    pub nothing_to_schedule: &'static str,
    pub status_todo: &'static str,
    pub status_doing: &'static str,
    pub status_done: &'static str,
    pub status_skip: &'static str,
    pub progress_title: &'static str,
    pub overall: &'static str,
    pub tally_line: &'static str,
    pub nothing_tracked: &'static str,
    pub more_roles: &'static str,
    pub marked: &'static str,
    pub see_progress: &'static str,
    pub not_in_roadmap: &'static str,
}

pub static EN: RoadmapStrings = RoadmapStrings {
    title: "Roadmap: {role}",
    title_blend: "Roadmap: {role} + {other}",
    blend_note: "A blend of {role} and {other} for a close call: skills both need appear once, in {role}'s stages.",
    summary: "{stages}\u{a0}{stages_word} · {skills}\u{a0}{skills_word} · {hours}\u{a0}h in total",
    remaining: "{hours}\u{a0}h left to learn",
    left_out: "Left out because you know them: {skills}",
    legend: "[x] done  [~] learning  [ ] to do  [-] skipped",
    stage: "Stage {n}: {name}",
    hours: "{n}\u{a0}h",
    level_foundation: "foundation",
    level_core: "core",
    level_advanced: "advanced",
    kind_course: "course",
    kind_book: "book",
    kind_docs: "docs",
    kind_video: "video",
    kind_project: "project",
    kind_paper: "paper",
    kind_site: "website",
    free: "free",
    paid: "paid",
    needs: "Needs",
    you_can: "After this stage you can",
    milestone: "Milestone project",
    from_blend: "From the {role} roadmap, \"{stage}\"",
    boundaries: "Boundaries",
    outside: "Outside {role}",
    neighbours: "Where neighbouring roles take over",
    weekly_plan: "Weekly plan",
    plan_intro: "{hours}\u{a0}h a week, starting {start}.",
    plan_excludes: "Skills marked done or skipped are not scheduled.",
    week: "Week {n}",
    weeks: "Weeks {from}–{to}",
    week_column: "Week",
    dates: "Dates",
    skills: "Skills",
    finished: "finished",
    finish: "Finish: {date} ({weeks}\u{a0}weeks, {hours}\u{a0}h)",
    stage_done_by: "Done by week {week} ({date})",
    nothing_to_schedule: "Nothing left to schedule: every skill is done, skipped or known.",
    status_todo: "to do",
    status_doing: "learning",
    status_done: "done",
    status_skip: "skipped",
    progress_title: "Progress: {role}",
    overall: "Overall",
    tally_line: "{done} of {skills}\u{a0}{skills_word} done · {done_hours} of {hours}\u{a0}h",
    nothing_tracked: "Nothing tracked yet. Mark what you have learnt with `career progress done SKILL` (a roadmap lists its skill ids), or pick a roadmap with `--role ROLE`.",
    more_roles: "Showing every roadmap that holds a skill you track; choose one with `--role ROLE`.",
    marked: "Marked as {status}: {skills}",
    see_progress: "See where you stand with `career progress`.",
    not_in_roadmap: "Note: not in the {role} roadmap: {skills}",
};

pub static ID: RoadmapStrings = RoadmapStrings {
    title: "Peta belajar: {role}",
    title_blend: "Peta belajar: {role} + {other}",
    blend_note: "Gabungan {role} dan {other} untuk hasil yang berimbang: keterampilan yang dibutuhkan keduanya muncul sekali, di tahap-tahap {role}.",
    summary: "{stages}\u{a0}tahap · {skills}\u{a0}keterampilan · total {hours}\u{a0}jam",
    remaining: "{hours}\u{a0}jam lagi untuk dipelajari",
    left_out: "Tidak dimasukkan karena sudah kamu kuasai: {skills}",
    legend: "[x] selesai  [~] sedang dipelajari  [ ] belum  [-] dilewati",
    stage: "Tahap {n}: {name}",
    hours: "{n}\u{a0}jam",
    level_foundation: "dasar",
    level_core: "inti",
    level_advanced: "lanjutan",
    kind_course: "kursus",
    kind_book: "buku",
    kind_docs: "dokumentasi",
    kind_video: "video",
    kind_project: "proyek",
    kind_paper: "paper",
    kind_site: "situs web",
    free: "gratis",
    paid: "berbayar",
    needs: "Butuh",
    you_can: "Setelah tahap ini kamu bisa",
    milestone: "Proyek penanda",
    from_blend: "Dari peta belajar {role}, \"{stage}\"",
    boundaries: "Batas peran",
    outside: "Di luar {role}",
    neighbours: "Di mana peran tetangga mengambil alih",
    weekly_plan: "Rencana mingguan",
    plan_intro: "{hours}\u{a0}jam per minggu, mulai {start}.",
    plan_excludes: "Keterampilan yang ditandai selesai atau dilewati tidak dijadwalkan.",
    week: "Minggu {n}",
    weeks: "Minggu {from}–{to}",
    week_column: "Minggu",
    dates: "Tanggal",
    skills: "Keterampilan",
    finished: "selesai",
    finish: "Selesai: {date} ({weeks}\u{a0}minggu, {hours}\u{a0}jam)",
    stage_done_by: "Selesai pada minggu {week} ({date})",
    nothing_to_schedule: "Tidak ada lagi yang perlu dijadwalkan: semua keterampilan sudah selesai, dilewati, atau dikuasai.",
    status_todo: "belum",
    status_doing: "sedang dipelajari",
    status_done: "selesai",
    status_skip: "dilewati",
    progress_title: "Progres: {role}",
    overall: "Keseluruhan",
    tally_line: "{done} dari {skills}\u{a0}keterampilan selesai · {done_hours} dari {hours}\u{a0}jam",
    nothing_tracked: "Belum ada yang dicatat. Tandai yang sudah kamu pelajari dengan `career progress done KETERAMPILAN` (peta belajar mencantumkan id keterampilannya), atau pilih peta belajar dengan `--role PERAN`.",
    more_roles: "Menampilkan setiap peta belajar yang memuat keterampilan yang kamu catat; pilih satu dengan `--role PERAN`.",
    marked: "Ditandai {status}: {skills}",
    see_progress: "Lihat posisimu dengan `career progress`.",
    not_in_roadmap: "Catatan: tidak ada di peta belajar {role}: {skills}",
};

/// The roadmap strings in `lang`.
pub fn strings(lang: Lang) -> &'static RoadmapStrings {
    match lang {
        Lang::En => &EN,
        Lang::Id => &ID,
    }
}

/// `(message, hint)` for a `--hours-per-week` value that cannot be planned
/// with; `given` is the value as typed.
pub fn hours_error(
    e: crate::roadmap::schedule::HoursError,
    given: &str,
    lang: Lang,
) -> (String, String) {
    use crate::roadmap::schedule::{HoursError, MAX_HOURS_PER_WEEK, MIN_HOURS_PER_WEEK};
    let shown = crate::content::text::sanitize(given.trim());
    match e {
        HoursError::TooFew => (
            tr!(
                lang,
                "--hours-per-week {shown} is too little to plan with",
                "--hours-per-week {shown} terlalu sedikit untuk dibuat rencana"
            ),
            tr!(
                lang,
                "give at least {MIN_HOURS_PER_WEEK} hour a week, e.g. `--hours-per-week 5`",
                "berikan minimal {MIN_HOURS_PER_WEEK} jam per minggu, misalnya `--hours-per-week 5`"
            ),
        ),
        HoursError::TooMany => (
            tr!(
                lang,
                "--hours-per-week {shown} is more than anyone can keep up",
                "--hours-per-week {shown} lebih dari yang sanggup dijalani siapa pun"
            ),
            tr!(
                lang,
                "give at most {MAX_HOURS_PER_WEEK} hours a week; 5 to 20 is typical next to a job or studies",
                "berikan paling banyak {MAX_HOURS_PER_WEEK} jam per minggu; 5 sampai 20 jam lazim di samping kerja atau kuliah"
            ),
        ),
        HoursError::NotPositive => (
            tr!(
                lang,
                "--hours-per-week `{shown}` is not a number of hours above 0",
                "--hours-per-week `{shown}` bukan jumlah jam di atas 0"
            ),
            tr!(
                lang,
                "give the hours you can study each week, e.g. `--hours-per-week 10`",
                "berikan jumlah jam belajarmu tiap minggu, misalnya `--hours-per-week 10`"
            ),
        ),
    }
}

/// `(message, hint)` for a `--start` date that cannot be used.
pub fn start_error(
    e: crate::roadmap::schedule::StartError,
    given: &str,
    lang: Lang,
) -> (String, String) {
    use crate::roadmap::schedule::{StartError, FIRST_YEAR, LAST_YEAR};
    let shown = crate::content::text::sanitize(given.trim());
    match e {
        StartError::Shape => (
            tr!(
                lang,
                "--start `{shown}` is not a date written YYYY-MM-DD",
                "--start `{shown}` bukan tanggal dengan format YYYY-MM-DD"
            ),
            tr!(
                lang,
                "write the year, month and day, e.g. `--start 2027-01-04`",
                "tulis tahun, bulan, dan tanggal, misalnya `--start 2027-01-04`"
            ),
        ),
        StartError::NotADay => (
            tr!(
                lang,
                "--start `{shown}` is not a day of the calendar",
                "--start `{shown}` bukan tanggal yang ada di kalender"
            ),
            tr!(
                lang,
                "check the month (01-12) and the day, e.g. `--start 2027-01-04`",
                "periksa bulan (01-12) dan tanggalnya, misalnya `--start 2027-01-04`"
            ),
        ),
        StartError::OutOfYears => (
            tr!(
                lang,
                "--start `{shown}` is outside the years {FIRST_YEAR} to {LAST_YEAR}",
                "--start `{shown}` di luar tahun {FIRST_YEAR} sampai {LAST_YEAR}"
            ),
            tr!(
                lang,
                "give a date such as `--start 2027-01-04`, or leave it out to start today",
                "berikan tanggal seperti `--start 2027-01-04`, atau hapus agar mulai hari ini"
            ),
        ),
    }
}

/// `(message, hint)` for a plan that runs past the calendar's end.
pub fn schedule_error(e: crate::roadmap::schedule::ScheduleError, lang: Lang) -> (String, String) {
    match e {
        crate::roadmap::schedule::ScheduleError::PastCalendar => (
            tr!(
                lang,
                "the plan runs past the last date the calendar can show",
                "rencana ini melewati tanggal terakhir yang bisa ditampilkan kalender"
            ),
            tr!(
                lang,
                "give more hours a week or an earlier `--start`",
                "berikan lebih banyak jam per minggu atau `--start` yang lebih awal"
            ),
        ),
    }
}

/// `(message, hint)` for a skill the catalogue does not have.
pub fn unknown_skill(e: &crate::roadmap::known::UnknownSkill, lang: Lang) -> (String, String) {
    let shown = crate::content::text::sanitize(&e.given);
    let hint = match &e.suggestion {
        Some(s) => tr!(lang, "did you mean `{s}`?", "maksudnya `{s}`?"),
        None => tr!(
            lang,
            "the text roadmap shows each skill's id in brackets, e.g. `career roadmap ROLE`",
            "peta belajar dalam bentuk teks menampilkan id tiap keterampilan dalam kurung, misalnya `career roadmap PERAN`"
        ),
    };
    (
        tr!(
            lang,
            "unknown skill `{shown}`",
            "keterampilan `{shown}` tidak dikenal"
        ),
        hint,
    )
}

/// `(message, hint)` for `career progress done ""`: no skill named.
pub fn no_skill_named(lang: Lang) -> (String, String) {
    (
        tr!(
            lang,
            "no skill was named",
            "belum ada keterampilan yang disebutkan"
        ),
        tr!(
            lang,
            "name a skill by its id or name, e.g. `career progress done python`",
            "sebutkan keterampilan dengan id atau namanya, misalnya `career progress done python`"
        ),
    )
}

/// `(message, hint)` for a roadmap flag the chosen format cannot show.
pub fn flag_unused(flag: &str, format: &str, lang: Lang) -> (String, String) {
    (
        tr!(
            lang,
            "{flag} does not apply to --format {format}: a Mermaid graph shows no weekly plan",
            "{flag} tidak berlaku untuk --format {format}: grafik Mermaid tidak menampilkan rencana mingguan"
        ),
        tr!(
            lang,
            "leave out {flag}, or use --format text, markdown or json for a weekly plan",
            "hapus {flag}, atau pakai --format text, markdown, atau json untuk rencana mingguan"
        ),
    )
}

/// `(message, hint)` for `--blend` naming the roadmap's own role.
pub fn blend_same_role(given: &str, lang: Lang) -> (String, String) {
    let b = crate::content::text::sanitize(given);
    (
        tr!(
            lang,
            "--blend needs a second role, not `{b}` again",
            "--blend butuh peran kedua, bukan `{b}` lagi"
        ),
        String::new(),
    )
}

/// "stage" or "stages" for `n` of them; Indonesian nouns do not change.
pub fn stages_word(lang: Lang, n: usize) -> &'static str {
    match (lang, n) {
        (Lang::En, 1) => "stage",
        (Lang::En, _) => "stages",
        (Lang::Id, _) => "tahap",
    }
}

/// "skill" or "skills" for `n` of them; Indonesian nouns do not change.
pub fn skills_word(lang: Lang, n: usize) -> &'static str {
    match (lang, n) {
        (Lang::En, 1) => "skill",
        (Lang::En, _) => "skills",
        (Lang::Id, _) => "keterampilan",
    }
}
