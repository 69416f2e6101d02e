//! The item-analysis report as a [`View`] with text, JSON and Markdown
//! exporters. Text and Markdown share one table shape; only the markup
//! differs.

use serde_json::{json, Value};

use crate::cohort::analysis::{Analysis, DimensionReport, Flag, ItemReport};
use crate::content::{Pack, Quiz};
use crate::i18n::Lang;
use crate::render::view::{JsonExporter, TextExporter};
use crate::render::{Exporter, Formats, Style, View};
use crate::tr;

/// Output formats of `career analyze`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum AnalysisFormat {
    /// Text for people
    #[default]
    Text,
    /// JSON for scripts (with "schema_version": 1)
    Json,
    /// A Markdown report to share
    Markdown,
}

/// What `career analyze` shows: the report of a cohort's responses to a
/// quiz of a pack, in the person's language.
pub struct AnalysisView<'a> {
    pub analysis: &'a Analysis,
    pub pack: &'a Pack,
    pub quiz: &'a Quiz,
    pub lang: Lang,
}

impl View for AnalysisView<'_> {
    fn lang(&self) -> Lang {
        self.lang
    }

    fn text(&self, _style: &Style) -> String {
        tables(self.analysis, self.pack, self.quiz, self.lang, false)
    }

    fn json(&self) -> Value {
        let mut body = serde_json::to_value(self.analysis).unwrap_or_default();
        body["language"] = json!(self.lang.code());
        body["quiz"] = json!({"id": self.quiz.id, "version": self.quiz.version});
        body["ci_method"] = json!("feldt");
        body["ci_level"] = json!(crate::cohort::alpha::CI_LEVEL);
        body
    }

    /// The report names its language after its figures (published so).
    fn json_language(&self) -> Option<Lang> {
        None
    }
}

/// The report as Markdown to share: the text's tables in Markdown markup.
pub struct MarkdownExporter;

impl Exporter<AnalysisView<'_>> for MarkdownExporter {
    fn export(&self, v: &AnalysisView<'_>) -> String {
        tables(v.analysis, v.pack, v.quiz, v.lang, true)
    }
}

impl<'a> Formats<AnalysisView<'a>> for AnalysisFormat {
    fn exporter(self, style: Style) -> Box<dyn Exporter<AnalysisView<'a>>> {
        match self {
            AnalysisFormat::Text => Box::new(TextExporter { style }),
            AnalysisFormat::Json => Box::new(JsonExporter),
            AnalysisFormat::Markdown => Box::new(MarkdownExporter),
        }
    }
}

fn num(x: Option<f64>, places: usize) -> String {
    match x {
        Some(v) => format!("{v:.places$}"),
        None => "—".to_string(),
    }
}

fn pct(x: f64) -> String {
    format!("{:.1}%", 100.0 * x)
}

pub fn flag_text(f: &Flag, lang: Lang) -> String {
    match f {
        Flag::LowItemRest => tr!(lang, "item-rest r < 0.2", "r item-sisa < 0,2"),
        Flag::AlphaRisesWithout => tr!(lang, "α rises if dropped", "α naik jika dibuang"),
        Flag::OptionTooCommon { option } => {
            tr!(
                lang,
                "`{option}` picked by > 90%",
                "`{option}` dipilih > 90%"
            )
        }
        Flag::OptionTooRare { option } => {
            tr!(lang, "`{option}` picked by < 2%", "`{option}` dipilih < 2%")
        }
        Flag::ManySkips => tr!(lang, "skipped by > 20%", "dilewati > 20%"),
    }
}

/// A table: a header row and rows of cells.
struct Table {
    head: Vec<String>,
    rows: Vec<Vec<String>>,
}

impl Table {
    fn render(&self, markdown: bool) -> String {
        let mut out = String::new();
        if markdown {
            out.push_str(&format!("| {} |\n", self.head.join(" | ")));
            out.push_str(&format!("|{}\n", " --- |".repeat(self.head.len())));
            for r in &self.rows {
                let cells: Vec<String> = r.iter().map(|c| c.replace('|', "\\|")).collect();
                out.push_str(&format!("| {} |\n", cells.join(" | ")));
            }
            return out;
        }
        let width = |i: usize| {
            std::iter::once(&self.head[i])
                .chain(self.rows.iter().map(|r| &r[i]))
                .map(|c| console::measure_text_width(c))
                .max()
                .unwrap_or(0)
        };
        let widths: Vec<usize> = (0..self.head.len()).map(width).collect();
        let line = |cells: &[String]| {
            let mut l = String::new();
            for (i, c) in cells.iter().enumerate() {
                let pad = widths[i].saturating_sub(console::measure_text_width(c));
                l.push_str(c);
                if i + 1 < cells.len() {
                    l.push_str(&" ".repeat(pad + 2));
                }
            }
            l.trim_end().to_string() + "\n"
        };
        out.push_str(&line(&self.head));
        for r in &self.rows {
            out.push_str(&line(r));
        }
        out
    }
}

fn heading(out: &mut String, text: &str, level: usize, markdown: bool) {
    if markdown {
        out.push_str(&format!("{} {text}\n\n", "#".repeat(level)));
    } else {
        out.push_str(&format!("{text}\n"));
        let under = if level <= 1 { '=' } else { '-' };
        out.push_str(&under.to_string().repeat(console::measure_text_width(text)));
        out.push_str("\n\n");
    }
}

fn tables(a: &Analysis, pack: &Pack, quiz: &Quiz, lang: Lang, markdown: bool) -> String {
    let mut out = String::new();
    let title = quiz.title.get(lang);
    heading(
        &mut out,
        &tr!(lang, "Item analysis: {title}", "Analisis butir: {title}"),
        1,
        markdown,
    );
    let (n, rejected) = (a.respondents, a.rejected);
    out.push_str(&tr!(
        lang,
        "{n} responses scored, {rejected} rejected. α is Cronbach's alpha over the responses that answered every item of the dimension, with Feldt's 95% confidence interval.\n\n",
        "{n} respons dinilai, {rejected} ditolak. α adalah alpha Cronbach atas respons yang menjawab semua butir dimensi itu, dengan selang kepercayaan 95% metode Feldt.\n\n"
    ));
    for d in &a.dimensions {
        dimension(&mut out, d, quiz, lang, markdown);
    }
    cohort(&mut out, a, pack, quiz, lang, markdown);
    out
}

fn dimension(out: &mut String, d: &DimensionReport, quiz: &Quiz, lang: Lang, markdown: bool) {
    let name = quiz
        .dimensions
        .iter()
        .find(|x| x.id == d.id)
        .map_or(d.id.as_str(), |x| x.name.get(lang));
    heading(out, &format!("{name} ({})", d.id), 2, markdown);
    let (alpha, complete, k) = (num(d.alpha, 3), d.complete, d.items.len());
    let ci = match d.ci {
        Some((lo, hi)) => format!("[{lo:.3}, {hi:.3}]"),
        None => "—".to_string(),
    };
    out.push_str(&tr!(
        lang,
        "α = {alpha}, 95% CI {ci}, from {complete} complete responses to {k} items.\n\n",
        "α = {alpha}, SK 95% {ci}, dari {complete} respons lengkap atas {k} butir.\n\n"
    ));
    let head = [
        tr!(lang, "item", "butir"),
        tr!(lang, "kind", "jenis"),
        tr!(lang, "mean", "rerata"),
        tr!(lang, "skipped", "dilewati"),
        tr!(lang, "item-rest r", "r item-sisa"),
        tr!(lang, "α if dropped", "α jika dibuang"),
        tr!(lang, "answers", "jawaban"),
        tr!(lang, "flags", "tanda"),
    ];
    let rows = d.items.iter().map(|i| item_row(i, lang)).collect();
    out.push_str(
        &Table {
            head: head.to_vec(),
            rows,
        }
        .render(markdown),
    );
    out.push('\n');
}

fn item_row(i: &ItemReport, lang: Lang) -> Vec<String> {
    let answers = if i.kind == "likert" {
        let total: u64 = i.distribution.iter().sum();
        i.distribution
            .iter()
            .enumerate()
            .map(|(v, c)| {
                let share = if total == 0 {
                    0.0
                } else {
                    *c as f64 / total as f64
                };
                format!("{}:{:.0}%", v + 1, 100.0 * share)
            })
            .collect::<Vec<_>>()
            .join(" ")
    } else {
        i.options
            .iter()
            .map(|o| {
                let rate = o
                    .pick_rate
                    .map_or("—".into(), |r| format!("{:.0}%", 100.0 * r));
                let score = num(o.mean_dimension_score, 0);
                format!("{} {rate} (→{score})", o.id)
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    let flags = i
        .flags
        .iter()
        .map(|f| flag_text(f, lang))
        .collect::<Vec<_>>()
        .join("; ");
    vec![
        i.question.clone(),
        i.kind.to_string(),
        num(i.mean, 2),
        pct(i.skip_rate),
        num(i.item_rest, 3),
        num(i.alpha_if_dropped, 3),
        answers,
        if flags.is_empty() { "ok".into() } else { flags },
    ]
}

fn cohort(out: &mut String, a: &Analysis, pack: &Pack, quiz: &Quiz, lang: Lang, markdown: bool) {
    heading(out, &tr!(lang, "Cohort", "Kohort"), 2, markdown);
    let n = a.respondents;
    let rows = a
        .cohort
        .recommended
        .iter()
        .map(|(id, c)| {
            let name = pack.role(id).map_or(id.as_str(), |r| r.name.get(lang));
            let share = if n == 0 { 0.0 } else { *c as f64 / n as f64 };
            vec![name.to_string(), c.to_string(), pct(share)]
        })
        .collect();
    let head = vec![
        tr!(lang, "recommended", "rekomendasi"),
        tr!(lang, "responses", "respons"),
        tr!(lang, "share", "porsi"),
    ];
    out.push_str(&Table { head, rows }.render(markdown));
    out.push('\n');
    let (close, none, flat) = (
        pct(a.cohort.close_call_share),
        pct(a.cohort.insufficient_share),
        pct(a.cohort.flat_share),
    );
    out.push_str(&tr!(
        lang,
        "Close calls: {close}. Too little evidence for a recommendation: {none}. Flat profiles: {flat}.\n",
        "Nyaris sama: {close}. Bukti terlalu sedikit untuk rekomendasi: {none}. Profil datar: {flat}.\n"
    ));
    let profile = a
        .cohort
        .mean_profile
        .iter()
        .map(|(id, m)| {
            let name = quiz
                .dimensions
                .iter()
                .find(|d| d.id == *id)
                .map_or(id.as_str(), |d| d.name.get(lang));
            format!("{name} {}", num(*m, 1))
        })
        .collect::<Vec<_>>()
        .join(", ");
    out.push_str(&tr!(
        lang,
        "Mean profile: {profile}.\n",
        "Profil rata-rata: {profile}.\n"
    ));
}
