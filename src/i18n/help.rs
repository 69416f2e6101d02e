//! `--help`, the man page and command-line errors in the person's language.
//!
//! clap writes English. For Indonesian, [`localize`] rewrites every about
//! and help text of the built command (headings, usage, defaults and
//! possible values included), and [`clap_error`] words clap's errors from
//! their kind and context instead of clap's English sentences.

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::Command;

use super::Lang;

/// The root command's closing text.
const AFTER_HELP_ID: &str = "\
Kode keluar: 0 berhasil, 1 konten, jawaban atau data tersimpan bermasalah, 2 salah pakai, 130 dihentikan.
Lingkungan: CAREER_CONTENT (seperti --content), CAREER_HOME (folder data),
LC_ALL / LANG (bahasa), NO_COLOR, CLICOLOR, CLICOLOR_FORCE, TERM=dumb, PAGER.";

const TEMPLATE_ID: &str = "\
{before-help}{about-with-newline}
Penggunaan: {usage}

{all-args}{after-help}";

/// Indonesian about texts, by command path (`progress done`).
fn about_id(path: &str) -> Option<&'static str> {
    Some(match path {
        "" => "Temukan karier yang cocok untukmu lewat kuis minat, lalu ikuti peta belajarnya minggu demi minggu.",
        "quiz" => "Ikuti kuis minat, atau nilai file jawaban dengan --answers.",
        "questions" => "Tampilkan pertanyaan kuis seperti yang dipahami mesin.",
        "roles" => "Daftar semua peran, atau kartu satu peran.",
        "compare" => "Bandingkan peran berdampingan.",
        "roadmap" => "Tampilkan peta belajar sebuah peran: tahapan, jam, sumber belajar, rencana mingguan.",
        "result" => "Tampilkan hasil kuis terakhir yang tersimpan, atau --history untuk semuanya (keluar dengan kode 1 bila belum ada).",
        "progress" => "Catat kemajuanmu: tandai keterampilan selesai, sedang dipelajari atau dilewati, atau lihat sejauh mana kamu.",
        "progress done" => "Tandai keterampilan sudah dipelajari.",
        "progress doing" => "Tandai keterampilan yang sedang dipelajari.",
        "progress skip" => "Tandai keterampilan yang tidak akan dipelajari; tidak dihitung di total.",
        "progress reset" => "Kembalikan keterampilan ke \"belum\".",
        "validate" => "Periksa paket konten dan laporkan setiap masalah dengan file dan barisnya.",
        "simulate" => "Ukur kuis dengan responden simulasi: ketepatan dan pertanyaan yang dihemat karena berhenti lebih awal.",
        "calibrate" => "Buat sekarang peta kalibrasi angka stabilitas untuk kuis-kuis sebuah paket (kalau tidak, dibuat sekali saat pertama dipakai).",
        "score" => "Nilai banyak respons sekaligus (JSONL, CSV seperti ekspor Google Forms, atau folder).",
        "analyze" => "Analisis butir dari banyak respons: reliabilitas, korelasi butir-sisa, butir yang lemah.",
        "completions" => "Cetak skrip pelengkapan untuk shell (bash, zsh, fish atau powershell).",
        "man" => "Cetak halaman manual (roff), untuk `man`; atau, dengan --dir, tulis satu halaman per perintah.",
        "init" => "Mulai paket konten baru di DIR: kuis kecil, dua peran dan katalog keterampilan yang langsung jalan.",
        "schema" => "Cetak JSON Schema (draft-07) sebuah file paket, untuk editor yang memeriksa YAML saat kamu mengetik.",
        p if p == "help" || p.ends_with(" help") => "Tampilkan bantuan ini atau bantuan perintah yang disebut.",
        _ => return None,
    })
}

/// Indonesian help of argument `id` in the command at `path`.
fn arg_id(path: &str, id: &str) -> Option<&'static str> {
    let top = path.split(' ').next().unwrap_or("");
    Some(match (top, id) {
        (_, "lang") => "Bahasa antarmuka dan konten: en atau id (bawaan: dari LC_ALL/LANG, selain itu en).",
        (_, "content") => "Muat paket konten di DIR (berisi quizzes/ dan roles/) sebagai ganti paket bawaan.",
        (_, "color") => "Kapan memakai warna: auto (di terminal, kecuali ada NO_COLOR atau CLICOLOR=0), always atau never.",
        (_, "no_pager") => "Jangan pakai pager (keluaran panjang di terminal dibuka lewat $PAGER, bawaan `less -FRX`).",
        (_, "help") => "Tampilkan bantuan.",
        (_, "version") => "Tampilkan versi.",
        ("roadmap", "format") => "Format keluaran: teks, daftar centang Markdown, JSON, grafik prasyarat Mermaid, atau halaman HTML untuk dibagikan atau dicetak.",
        ("result", "format") => "Format keluaran: text untuk orang, json untuk skrip, html untuk halaman yang bisa dibagikan atau dicetak.",
        ("score", "format") => "Format keluaran (bawaan: text di terminal, selain itu jsonl).",
        ("analyze", "format") => "Format keluaran: text, json, atau laporan markdown untuk dibagikan.",
        ("questions", "format") => "Format keluaran: text untuk orang, json untuk skrip, csv untuk lembar respons kosong.",
        ("calibrate", "format") => "Format keluaran: text untuk orang, json untuk skrip (peta-petanya sendiri).",
        ("calibrate", "quiz") => "Kuis mana dari paket itu (bawaan: setiap kuis paket).",
        (_, "format") => "Format keluaran: text untuk orang, json untuk skrip.",
        (_, "quiz") => "Kuis mana dari paket itu (bawaan: kuis utama paket).",
        ("quiz", "answers") => "Nilai jawaban di FILE (YAML atau JSON; - untuk stdin) alih-alih bertanya.",
        ("quiz", "adaptive") => "Tanyakan pertanyaan paling menentukan lebih dulu, dan berhenti begitu sisanya tak bisa lagi mengubah peran teratas.",
        ("quiz", "confidence") => "Dengan --adaptive: berhenti juga bila peran teratas tetap teratas di sedikitnya P (0 < P < 1, mis. 0.95) dari penyelesaian simulasi.",
        ("quiz", "resume") => "Lanjutkan kuis yang belum selesai tanpa bertanya.",
        ("quiz", "restart") => "Buang kuis yang belum selesai dan mulai lagi tanpa bertanya.",
        ("quiz", "no_save") => "Jangan simpan hasilnya di folder data.",
        (_, "path") => "Respons: file .jsonl atau .csv, folder file jawaban, atau - untuk stdin (JSONL).",
        (_, "input") => "Format masukan (bawaan: dari ekstensi; folder berarti yaml-dir).",
        (_, "id_column") => "CSV: kolom yang memuat id setiap respons (bawaan: kolom bernama id; jika tidak ada, nomor baris).",
        (_, "threads") => "Jumlah thread, 1 sampai 256 (bawaan: semua inti).",
        ("score", "reasons") => "Sertakan alasan (jawaban yang mendukung peran yang disarankan dibanding peringkat kedua).",
        ("score", "stability") => "Sertakan stabilitas tiap rekomendasi (256 simulasi ulang per respons; jauh lebih lambat).",
        ("score", "errors") => "Tulis masalah baris ke FILE sebagai JSON Lines, bukan ke stderr.",
        ("score", "strict") => "Berhenti pada baris buruk pertama (kode keluar 1).",
        ("simulate", "respondents") => "Berapa responden simulasi (1 sampai 100000).",
        ("simulate", "seed") => "Benih undian acak; benih yang sama memberi laporan yang sama.",
        ("simulate", "noise") => "Derau jawaban: simpangan baku pada skala profil 0..1 (0 sampai 2); beberapa tingkat dipisah koma (`--noise 0.15,0.3,0.5`) dijalankan bergantian.",
        ("simulate", "emit") => "Alih-alih laporan, tulis jawaban kuis penuh para responden simulasi sebagai baris JSON (`{\"id\": …, \"answers\": {…}}`), untuk `career score` dan sejenisnya.",
        ("result", "history") => "Daftar setiap hasil tersimpan dengan tanggal dan peran yang disarankan.",
        ("roles", "role") => "Id peran (lihat `career roles`); tanpa itu, semua peran.",
        ("compare", "roles") => "Id peran yang dibandingkan (bawaan: semua peran).",
        ("roadmap", "role") => "Id peran (bawaan: peran dari hasil tersimpan terakhir).",
        ("roadmap", "hours_per_week") => "Rencanakan minggu demi minggu dengan N jam seminggu (1 sampai 80; tidak dengan --format mermaid).",
        ("roadmap", "start") => "Hari pertama rencana mingguan, YYYY-MM-DD (bawaan: hari ini).",
        ("roadmap", "known") => "Keterampilan yang sudah kamu kuasai, tidak dimasukkan ke rencana (id atau nama, dipisah koma).",
        ("roadmap", "blend") => "Gabungkan peta belajar peran kedua (untuk hasil yang tipis); keterampilan yang sama muncul sekali.",
        ("progress", "role") => "Ukur terhadap peta belajar peran ini (bawaan: setiap peta belajar yang memuat keterampilan yang kamu catat).",
        ("progress", "skills") => "Id atau nama keterampilan (dipisah spasi atau koma; lihat `career roadmap PERAN`).",
        ("validate", "dir") => "Folder paket yang diperiksa (bawaan: --content, selain itu paket bawaan).",
        ("init", "dir") => "Folder tempat paket dibuat (dibuat bila belum ada; file yang sudah ada tidak pernah ditimpa).",
        ("schema", "kind") => "File yang mana: kuis (quizzes/*.yaml), peran (roles/*.yaml) atau katalog keterampilan (roles/skills.yaml).",
        ("completions", "shell") => "Shell yang akan dilengkapi.",
        ("man", "dir") => "Tulis halamannya ke DIR: career.1 dan satu halaman per perintah (career-quiz.1, career-roadmap.1, …), lengkap dengan opsi tiap perintah.",
        ("completions", "static_script") => "Skrip yang hanya melengkapi perintah dan opsi, tanpa menanyakan id peran dan keterampilan ke `career` setiap kali Tab ditekan.",
        (_, "subcommand") => "Perintah yang ingin dilihat bantuannya.",
        _ => return None,
    })
}

/// `cmd` with its help in `lang` (unchanged for English). The command is
/// built first, so clap's own `--help`, `--version` and `help` are there to
/// be translated too.
pub fn localize(mut cmd: Command, lang: Lang) -> Command {
    if lang == Lang::En {
        return cmd;
    }
    cmd.build();
    cmd = cmd.after_help(AFTER_HELP_ID);
    translate(cmd, "")
}

fn translate(mut cmd: Command, path: &str) -> Command {
    if let Some(about) = about_id(path) {
        cmd = cmd.about(about).long_about(None::<&str>);
    }
    let usage = cmd
        .render_usage()
        .to_string()
        .trim_start_matches("Usage:")
        .trim()
        .replace("[OPTIONS]", "[OPSI]")
        .replace("<COMMAND>", "<PERINTAH>")
        .replace("[COMMAND]", "[PERINTAH]");
    cmd = cmd
        .help_template(TEMPLATE_ID)
        .override_usage(usage)
        .subcommand_help_heading("Perintah")
        .subcommand_value_name("PERINTAH");
    let ids: Vec<String> = cmd
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .collect();
    for id in ids {
        cmd = cmd.mut_arg(&id, |a| {
            let mut help = arg_id(path, &id)
                .map(str::to_string)
                .or_else(|| a.get_help().map(|h| h.to_string()))
                .unwrap_or_default();
            let values: Vec<String> = a
                .get_possible_values()
                .iter()
                .filter(|v| !v.is_hide_set())
                .map(|v| v.get_name().to_string())
                .collect();
            let takes_value = a.get_action().takes_values();
            if takes_value && !values.is_empty() && !a.is_hide_possible_values_set() {
                help.push_str(&format!(" [pilihan: {}]", values.join(", ")));
            }
            let defaults: Vec<String> = a
                .get_default_values()
                .iter()
                .map(|d| d.to_string_lossy().into_owned())
                .collect();
            if takes_value && !defaults.is_empty() && !a.is_hide_default_value_set() {
                help.push_str(&format!(" [bawaan: {}]", defaults.join(", ")));
            }
            if let Some(env) = a.get_env() {
                help.push_str(&format!(" [env: {}]", env.to_string_lossy()));
            }
            let heading = if a.is_positional() { "Argumen" } else { "Opsi" };
            a.help(help)
                .long_help(None::<&str>)
                .hide_possible_values(true)
                .hide_default_value(true)
                .hide_env(true)
                .help_heading(heading)
        });
    }
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in names {
        let sub_path = if path.is_empty() {
            name.clone()
        } else {
            format!("{path} {name}")
        };
        cmd = cmd.mut_subcommand(&name, |s| translate(s, &sub_path));
    }
    cmd
}

/// A command-line error in the person's language.
#[derive(Debug, Clone, PartialEq)]
pub struct ClapMessage {
    /// One line: what was wrong.
    pub summary: String,
    /// What to do about it, if anything can be said.
    pub hint: Option<String>,
    /// Everything to show a person after `error:` (summary, hint, usage).
    pub full: String,
}

fn context(e: &clap::Error, kind: ContextKind) -> Option<String> {
    match e.get(kind)? {
        ContextValue::String(s) => Some(s.clone()),
        ContextValue::Strings(v) => Some(v.join(", ")),
        ContextValue::StyledStr(s) => Some(s.to_string()),
        ContextValue::StyledStrs(v) => Some(
            v.iter()
                .map(|s| s.to_string())
                .collect::<Vec<_>>()
                .join(", "),
        ),
        ContextValue::Number(n) => Some(n.to_string()),
        ContextValue::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

/// Words a clap error in `lang`: clap's own English text, or Indonesian
/// built from the error's kind and context (never clap's English detail).
pub fn clap_error(e: &clap::Error, lang: Lang) -> ClapMessage {
    if let Some(message) = number_error(e, lang) {
        return message;
    }
    match lang {
        Lang::En => english(e),
        Lang::Id => indonesian(e),
    }
}

/// A value clap could not read as a number flag's number (`--threads abc`,
/// `--seed 99999999999999999999`): said as the range checks say it, with
/// the range, never in Rust's words ("invalid digit found in string").
fn number_error(e: &clap::Error, lang: Lang) -> Option<ClapMessage> {
    use super::flags::{self, NumberFlag};
    if e.kind() != ErrorKind::ValueValidation {
        return None;
    }
    let flag = NumberFlag::from_name(&context(e, ContextKind::InvalidArg)?)?;
    let value = context(e, ContextKind::InvalidValue).unwrap_or_default();
    let summary = flags::not_a_number(flag, &value, lang);
    let hint = flags::hint(flag, lang);
    let more = tr!(
        lang,
        "For more information, try '--help'.",
        "Ketik '--help' untuk bantuan."
    );
    Some(ClapMessage {
        full: format!("{summary}\n  {}: {hint}\n\n{more}", lang.strings().hint),
        summary,
        hint: Some(hint),
    })
}

fn english(e: &clap::Error) -> ClapMessage {
    if e.kind() == ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand {
        let summary = "a command is missing".to_string();
        return ClapMessage {
            full: summary.clone(),
            hint: Some("`career --help` lists the commands".into()),
            summary,
        };
    }
    let rendered = e.render().to_string();
    let full = rendered
        .trim_start_matches("error:")
        .trim_start()
        .trim_end()
        .to_string();
    let summary = full.lines().next().unwrap_or("").to_string();
    let hint = full
        .lines()
        .filter_map(|l| l.trim().strip_prefix("tip:"))
        .map(str::trim)
        .collect::<Vec<_>>()
        .join("; ");
    ClapMessage {
        summary,
        hint: (!hint.is_empty()).then_some(hint),
        full,
    }
}

fn indonesian(e: &clap::Error) -> ClapMessage {
    let arg = context(e, ContextKind::InvalidArg).unwrap_or_default();
    let value = context(e, ContextKind::InvalidValue).unwrap_or_default();
    let summary = match e.kind() {
        ErrorKind::UnknownArgument => format!("argumen tidak dikenal: '{arg}'"),
        ErrorKind::InvalidSubcommand => format!(
            "perintah tidak dikenal: '{}'",
            context(e, ContextKind::InvalidSubcommand).unwrap_or_default()
        ),
        ErrorKind::InvalidValue if value.is_empty() => {
            format!("'{arg}' perlu nilai, tetapi tidak ada yang diberikan")
        }
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => {
            format!("nilai '{value}' tidak valid untuk '{arg}'")
        }
        ErrorKind::MissingRequiredArgument => {
            format!("argumen wajib belum diberikan: {arg}")
        }
        ErrorKind::MissingSubcommand | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            "perintahnya belum disebutkan".to_string()
        }
        ErrorKind::ArgumentConflict => match context(e, ContextKind::PriorArg) {
            Some(prior) => format!("'{arg}' tidak bisa dipakai bersama '{prior}'"),
            None => format!("'{arg}' tidak bisa dipakai di sini"),
        },
        ErrorKind::TooManyValues | ErrorKind::WrongNumberOfValues | ErrorKind::TooFewValues => {
            format!("jumlah nilai untuk '{arg}' tidak tepat")
        }
        ErrorKind::NoEquals => format!("'{arg}' perlu tanda '=' sebelum nilainya"),
        ErrorKind::InvalidUtf8 => "ada argumen yang bukan teks UTF-8".to_string(),
        _ => "cara memakai perintah ini tidak tepat".to_string(),
    };
    let mut hints = Vec::new();
    if let Some(s) = context(e, ContextKind::SuggestedArg) {
        hints.push(format!("maksudnya '{s}'?"));
    }
    if let Some(s) = context(e, ContextKind::SuggestedSubcommand) {
        hints.push(format!("maksudnya '{s}'?"));
    }
    if let Some(s) = context(e, ContextKind::SuggestedValue) {
        hints.push(format!("maksudnya '{s}'?"));
    }
    // `career --format json roles`: clap's "'roles --format' exists".
    // clap words it in English; only the quoted command is kept.
    // (Its tip about `--` is said below, in its place.)
    let suggested = context(e, ContextKind::Suggested).unwrap_or_default();
    if suggested.ends_with("exists") {
        if let Some(s) = suggested.split('\'').nth(1) {
            hints.push(format!("'{s}' ada: tulis opsi itu sesudah perintahnya"));
        }
    }
    if let Some(valid) = context(e, ContextKind::ValidValue).filter(|v| !v.is_empty()) {
        hints.push(format!("pilihan yang ada: {valid}"));
    }
    // Only where clap gives the same tip: where a value could be meant.
    if hints.is_empty()
        && e.kind() == ErrorKind::UnknownArgument
        && arg.starts_with('-')
        && suggested.contains("as a value")
    {
        hints.push(format!(
            "untuk memakai '{arg}' sebagai nilai, tulis '-- {arg}'"
        ));
    }
    // "maksudnya 'json'? pilihan yang ada: …": a question ends its own clause.
    let hint = hints.into_iter().reduce(|a, b| match a.ends_with('?') {
        true => format!("{a} {b}"),
        false => format!("{a}; {b}"),
    });
    let mut full = summary.clone();
    if let Some(h) = &hint {
        full.push_str(&format!("\n\n  petunjuk: {h}"));
    }
    if let Some(usage) = context(e, ContextKind::Usage) {
        let usage = usage.trim_start_matches("Usage:").trim();
        full.push_str(&format!("\n\nPenggunaan: {usage}"));
    }
    full.push_str("\n\nKetik '--help' untuk bantuan.");
    ClapMessage {
        summary,
        hint,
        full,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn walk(cmd: &Command, path: &str, missing: &mut Vec<String>) {
        if about_id(path).is_none() {
            missing.push(format!("about of `{path}`"));
        }
        for a in cmd.get_arguments() {
            if arg_id(path, a.get_id().as_str()).is_none() {
                missing.push(format!("`{path}` argument `{}`", a.get_id()));
            }
        }
        // `help`'s own children only name the commands to show help for.
        if path == "help" || path.ends_with(" help") {
            return;
        }
        for s in cmd.get_subcommands() {
            let sub = if path.is_empty() {
                s.get_name().to_string()
            } else {
                format!("{path} {}", s.get_name())
            };
            walk(s, &sub, missing);
        }
    }

    #[test]
    fn every_command_and_flag_has_indonesian_help() {
        let mut cmd = crate::cli::Cli::full_command();
        cmd.build();
        let mut missing = Vec::new();
        walk(&cmd, "", &mut missing);
        assert!(
            missing.is_empty(),
            "add these to src/i18n/help.rs: {missing:#?}"
        );
    }
}
