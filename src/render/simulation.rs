//! `career simulate` results as a table or a JSON document.

use comfy_table::{CellAlignment, ColumnConstraint, ContentArrangement, Table};
use serde_json::{json, Value};

use super::Style;
use crate::engine::simulate::{ModeReport, Report};
use crate::i18n::{fill, Lang};

/// comfy-table presets with no lines but one under the header: a numbers table reads best bare.
const HEADER_RULE_UTF8: &str = "     ──            ";
const HEADER_RULE_ASCII: &str = "     --            ";

fn percent(share: f64) -> String {
    format!("{:.1}%", share * 100.0)
}

fn mode_name(m: &ModeReport, lang: Lang) -> String {
    let s = lang.adaptive_strings();
    match (m.mode.as_str(), m.confidence) {
        ("full", _) => s.mode_full.to_string(),
        ("certain", _) => s.mode_certain.to_string(),
        (_, Some(p)) => fill(s.mode_confidence, &[("p", &format!("{p:.2}"))]),
        (other, None) => other.to_string(),
    }
}

/// Below this width the table would wrap inside its cells; each mode gets
/// a short block of lines instead.
const TABLE_MIN_WIDTH: usize = 76;

/// The cells of one mode's row, after its name.
fn cells(m: &ModeReport, questions: usize) -> [String; 6] {
    let total = questions.max(1) as f64;
    [
        percent(m.accuracy),
        percent(m.agreement_with_full),
        format!("{:.1} ({:.0}%)", m.mean_asked, 100.0 * m.mean_asked / total),
        format!("{:.1}", m.median_asked),
        format!("{:.1}", m.p90_asked),
        percent(m.close_call_rate),
    ]
}

/// The report as a table (or blocks on a narrow terminal), with a title and a
/// note on what the columns mean.
pub fn text(report: &Report, lang: Lang, style: &Style) -> String {
    let s = lang.adaptive_strings();
    let headers = [
        s.sim_accuracy,
        s.sim_agreement,
        s.sim_mean_asked,
        s.sim_median_asked,
        s.sim_p90_asked,
        s.sim_close_calls,
    ];
    let title = fill(
        s.sim_title,
        &[
            ("n", &report.respondents),
            ("quiz", &report.quiz),
            ("questions", &report.questions),
            ("seed", &report.seed),
            ("noise", &report.noise),
        ],
    );
    let body = if style.width >= TABLE_MIN_WIDTH {
        table(report, lang, style, &headers)
    } else {
        let mut out = String::new();
        for m in &report.modes {
            out.push_str(&style.heading(&mode_name(m, lang)));
            out.push('\n');
            for (h, c) in headers.iter().zip(cells(m, report.questions)) {
                out.push_str(&format!("  {h}: {c}\n"));
            }
        }
        out
    };
    format!(
        "{}\n{body}\n{}\n",
        style.heading(&style.wrap(&title, "")),
        style.wrap(s.sim_notes, "")
    )
}

fn table(report: &Report, lang: Lang, style: &Style, headers: &[&str; 6]) -> String {
    let mut table = Table::new();
    let mut header = vec![lang.adaptive_strings().sim_mode];
    header.extend(headers.iter().copied());
    table
        .load_preset(if style.unicode {
            HEADER_RULE_UTF8
        } else {
            HEADER_RULE_ASCII
        })
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_width(style.width.min(u16::MAX as usize) as u16)
        .set_header(header);
    for m in &report.modes {
        let mut row = vec![mode_name(m, lang)];
        row.extend(cells(m, report.questions));
        table.add_row(row);
    }
    if let Some(col) = table.column_mut(0) {
        col.set_constraint(ColumnConstraint::ContentWidth);
    }
    for c in 1..7 {
        if let Some(col) = table.column_mut(c) {
            col.set_cell_alignment(CellAlignment::Right);
        }
    }
    table.to_string()
}

fn round(x: f64, places: i32) -> f64 {
    let f = 10f64.powi(places);
    (x * f).round() / f
}

/// The body of the JSON document (shares 0..1, rounded to 4 places).
pub fn json(report: &Report, lang: Lang) -> Value {
    json!({
        "language": lang.code(),
        "quiz": {"id": report.quiz, "questions": report.questions},
        "respondents": report.respondents,
        "seed": report.seed,
        "noise": report.noise,
        "skip_probability": report.skip_probability,
        "calibration": report.calibration.iter().map(|b| json!({
            "from": b.from,
            "to": b.to,
            "respondents": b.respondents,
            "stated": round(b.stated, 4),
            "observed": round(b.observed, 4),
        })).collect::<Vec<_>>(),
        "modes": report.modes.iter().map(|m| json!({
            "mode": m.mode,
            "confidence": m.confidence,
            "accuracy": round(m.accuracy, 4),
            "agreement_with_full": round(m.agreement_with_full, 4),
            "mean_asked": round(m.mean_asked, 2),
            "median_asked": m.median_asked,
            "p90_asked": m.p90_asked,
            "close_call_rate": round(m.close_call_rate, 4),
        })).collect::<Vec<_>>(),
    })
}

/// Several noise levels: each report with its calibration table.
pub fn text_all(reports: &[Report], lang: Lang, style: &Style) -> String {
    let mut out = String::new();
    for (k, r) in reports.iter().enumerate() {
        if k > 0 {
            out.push('\n');
        }
        out.push_str(&text(r, lang, style));
        out.push('\n');
        out.push_str(&calibration(r, lang, style));
    }
    out
}

/// The calibration table: stated stability against the observed agreement
/// of a fresh retake, per band.
pub fn calibration(report: &Report, lang: Lang, style: &Style) -> String {
    let s = lang.adaptive_strings();
    let mut table = Table::new();
    table
        .load_preset(if style.unicode {
            HEADER_RULE_UTF8
        } else {
            HEADER_RULE_ASCII
        })
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_width(style.width.min(u16::MAX as usize) as u16)
        .set_header(vec![
            s.cal_band,
            s.cal_respondents,
            s.cal_stated,
            s.cal_observed,
        ]);
    for b in &report.calibration {
        table.add_row(vec![
            format!("{:.2}–{:.2}", b.from, b.to),
            b.respondents.to_string(),
            percent(b.stated),
            percent(b.observed),
        ]);
    }
    for c in 1..4 {
        if let Some(col) = table.column_mut(c) {
            col.set_cell_alignment(CellAlignment::Right);
        }
    }
    format!(
        "{}\n{table}\n{}\n",
        style.heading(&style.wrap(s.cal_title, "")),
        style.wrap(s.cal_notes, "")
    )
}

/// Several noise levels as one JSON body: the first level's fields at the top
/// (as for a single level) and every level under `runs`.
pub fn json_all(reports: &[Report], lang: Lang) -> Value {
    let mut body = reports
        .first()
        .map(|r| json(r, lang))
        .unwrap_or_else(|| json!({}));
    body["runs"] = reports.iter().map(|r| json(r, lang)).collect();
    body
}
