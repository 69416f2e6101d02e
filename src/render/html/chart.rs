//! The SVG charts of the HTML pages, drawn for any number of rows: a profile
//! with each role's target on the same axes, labelled bars, and a week-by-week
//! timeline. Every label passes [`super::text`]; colours are literal, so the
//! charts look the same on screen, on paper and outside the page.

use crate::render::number::whole;
use std::fmt::Write;

use super::text;

/// Colour-blind-safe colours (Okabe–Ito, without the too-light yellow).
const PALETTE: [&str; 7] = [
    "#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9", "#000000",
];
const YOU: &str = "#3d4f6e";
const GRID: &str = "#dfe4ec";
const TRACK: &str = "#edf0f5";
const MUTED: &str = "#5b6475";
const ACCENT: &str = "#0b5cad";
const OTHER: &str = "#9fb0c8";

/// The colour of the `i`th series (a role, a stage).
pub fn color(i: usize) -> &'static str {
    PALETTE[i % PALETTE.len()]
}

/// The marker of the `i`th role at (x, y): colour and shape both vary, so
/// roles stay apart in grey print and for colour-blind readers.
pub fn marker(i: usize, x: f64, y: f64, r: f64) -> String {
    let fill = color(i);
    let style = format!(r##"fill="{fill}" stroke="#ffffff" stroke-width="1.5""##);
    match i % 4 {
        0 => format!(r#"<circle cx="{x:.1}" cy="{y:.1}" r="{r:.1}" {style}/>"#),
        1 => format!(
            r#"<rect x="{:.1}" y="{:.1}" width="{:.1}" height="{:.1}" {style}/>"#,
            x - r * 0.9,
            y - r * 0.9,
            r * 1.8,
            r * 1.8
        ),
        2 => format!(
            r#"<polygon points="{x:.1},{:.1} {:.1},{y:.1} {x:.1},{:.1} {:.1},{y:.1}" {style}/>"#,
            y - r * 1.2,
            x + r * 1.2,
            y + r * 1.2,
            x - r * 1.2
        ),
        _ => format!(
            r#"<polygon points="{x:.1},{:.1} {:.1},{:.1} {:.1},{:.1}" {style}/>"#,
            y - r * 1.2,
            x + r * 1.1,
            y + r * 0.8,
            x - r * 1.1,
            y + r * 0.8
        ),
    }
}

/// A role's marker alone, for a legend.
pub fn legend_marker(i: usize) -> String {
    format!(
        r#"<svg viewBox="0 0 18 18" aria-hidden="true">{}</svg>"#,
        marker(i, 9.0, 9.0, 6.0)
    )
}

/// A small square of `fill`, for a legend.
pub fn legend_swatch(fill: &str) -> String {
    format!(
        r#"<svg viewBox="0 0 18 18" aria-hidden="true"><rect x="2" y="4" width="14" height="10" rx="2" fill="{fill}"/></svg>"#
    )
}

/// The colour of the person's own bars.
pub fn you_color() -> &'static str {
    YOU
}

fn open(width: f64, height: f64, title: &str, class: &str) -> String {
    format!(
        r#"<svg class="{class}" viewBox="0 0 {width:.0} {height:.0}" role="img" aria-label="{}" xmlns="http://www.w3.org/2000/svg"><title>{}</title>"#,
        super::attr(title),
        text(title)
    )
}

/// Vertical grid lines at 0, 25, 50, 75 and 100, with their numbers below.
fn grid(out: &mut String, x: impl Fn(f64) -> f64, top: f64, bottom: f64) {
    for v in [0.0, 25.0, 50.0, 75.0, 100.0] {
        let dash = if v == 50.0 {
            r#" stroke-dasharray="4 3""#
        } else {
            ""
        };
        let _ = write!(
            out,
            r#"<line x1="{0:.1}" y1="{top:.1}" x2="{0:.1}" y2="{bottom:.1}" stroke="{GRID}"{dash}/><text x="{0:.1}" y="{1:.1}" font-size="12" text-anchor="middle" fill="{MUTED}">{v:.0}</text>"#,
            x(v),
            bottom + 15.0
        );
    }
}

/// Keeps `s` to `max` characters, ending with `…` when cut.
fn clip(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let kept: String = s.chars().take(max.saturating_sub(1)).collect();
        format!("{}…", kept.trim_end())
    }
}

/// One row of the profile chart: a dimension, the person's score and every
/// role's target on it (in the order of `roles` below).
pub struct ProfileRow {
    pub name: String,
    pub score: f64,
    pub targets: Vec<f64>,
}

/// The person's scores as bars, one row per dimension, with each role's
/// target drawn as a marker on the same 0–100 axis and joined row to row.
/// `roles` names the roles in marker order.
pub fn profile(rows: &[ProfileRow], roles: &[String], title: &str) -> String {
    const W: f64 = 760.0;
    const ROW: f64 = 60.0;
    let (x0, x1, top) = (14.0, W - 52.0, 6.0);
    let x = |v: f64| x0 + v.clamp(0.0, 100.0) / 100.0 * (x1 - x0);
    let bottom = top + rows.len() as f64 * ROW;
    let mut out = open(W, bottom + 24.0, title, "chart profile");
    grid(&mut out, x, top, bottom);
    let cy = |r: usize| top + r as f64 * ROW + 40.0;
    for (r, row) in rows.iter().enumerate() {
        let y = top + r as f64 * ROW;
        let track = cy(r) - 8.0;
        let _ = write!(
            out,
            r#"<text x="{x0:.1}" y="{:.1}" font-size="15" font-weight="600">{}</text><rect x="{x0:.1}" y="{track:.1}" width="{:.1}" height="16" rx="3" fill="{TRACK}"/><rect x="{x0:.1}" y="{track:.1}" width="{:.1}" height="16" rx="3" fill="{YOU}"><title>{}: {}</title></rect><text x="{:.1}" y="{:.1}" font-size="14" font-weight="600">{}</text>"#,
            y + 20.0,
            text(&clip(&row.name, 70)),
            x1 - x0,
            x(row.score) - x0,
            text(&row.name),
            whole(row.score),
            x1 + 10.0,
            cy(r) + 5.0,
            whole(row.score)
        );
    }
    for (i, name) in roles.iter().enumerate() {
        let points: Vec<String> = rows
            .iter()
            .enumerate()
            .filter_map(|(r, row)| {
                row.targets
                    .get(i)
                    .map(|t| format!("{:.1},{:.1}", x(*t), cy(r)))
            })
            .collect();
        if points.len() > 1 {
            let _ = write!(
                out,
                r#"<polyline points="{}" fill="none" stroke="{}" stroke-width="2" stroke-opacity="0.55"/>"#,
                points.join(" "),
                color(i)
            );
        }
        for (r, row) in rows.iter().enumerate() {
            let Some(t) = row.targets.get(i) else {
                continue;
            };
            let _ = write!(
                out,
                "<g><title>{}: {} {t:.0}</title>{}</g>",
                text(name),
                text(&row.name),
                marker(i, x(*t), cy(r), 7.0)
            );
        }
    }
    out.push_str("</svg>");
    out
}

/// One labelled bar per row on a 0–100 axis, the `highlight`ed rows in the
/// accent colour; `marker` puts a role's legend marker before its name.
pub struct Bar {
    pub label: String,
    pub value: f64,
    pub highlight: bool,
    pub marker: Option<usize>,
}

pub fn bars(rows: &[Bar], suffix: &str, title: &str) -> String {
    const W: f64 = 760.0;
    const ROW: f64 = 44.0;
    let (x0, x1, top) = (14.0, W - 64.0, 4.0);
    let x = |v: f64| x0 + v.clamp(0.0, 100.0) / 100.0 * (x1 - x0);
    let bottom = top + rows.len() as f64 * ROW;
    let mut out = open(W, bottom + 24.0, title, "chart bars");
    grid(&mut out, x, top, bottom);
    for (r, row) in rows.iter().enumerate() {
        let y = top + r as f64 * ROW;
        let label_x = match row.marker {
            Some(i) => {
                out.push_str(&marker(i, x0 + 6.0, y + 13.0, 6.0));
                x0 + 18.0
            }
            None => x0,
        };
        let (fill, weight) = if row.highlight {
            (ACCENT, "700")
        } else {
            (OTHER, "400")
        };
        let _ = write!(
            out,
            r#"<text x="{label_x:.1}" y="{:.1}" font-size="14" font-weight="{weight}">{}</text><rect x="{x0:.1}" y="{:.1}" width="{:.1}" height="14" rx="3" fill="{fill}"><title>{}: {}{}</title></rect><text x="{:.1}" y="{:.1}" font-size="14" font-weight="{weight}">{}{}</text>"#,
            y + 18.0,
            text(&clip(&row.label, 70)),
            y + 24.0,
            x(row.value) - x0,
            text(&row.label),
            whole(row.value),
            text(suffix),
            x1 + 10.0,
            y + 36.0,
            whole(row.value),
            text(suffix)
        );
    }
    out.push_str("</svg>");
    out
}

/// One skill of the timeline: when its work starts and ends, in weeks from
/// the plan's start (fractions within a week), and the stage it belongs to.
pub struct Span {
    pub label: String,
    pub start: f64,
    pub end: f64,
    pub series: usize,
    pub tooltip: String,
}

/// A step between week numbers that gives at most about a dozen ticks.
fn tick_step(weeks: usize) -> usize {
    [1, 2, 4, 5, 10, 13, 26, 52, 104, 260]
        .into_iter()
        .find(|s| weeks / s <= 12)
        .unwrap_or(520)
}

/// A Gantt chart: one row per skill, weeks across, bars coloured by stage.
pub fn timeline(spans: &[Span], weeks: usize, axis: &str, title: &str) -> String {
    const W: f64 = 960.0;
    const ROW: f64 = 22.0;
    let (label_w, x1, top) = (300.0, W - 14.0, 30.0);
    let x0 = label_w + 8.0;
    let weeks_f = weeks.max(1) as f64;
    let x = |w: f64| x0 + w.clamp(0.0, weeks_f) / weeks_f * (x1 - x0);
    let bottom = top + spans.len() as f64 * ROW;
    let mut out = open(W, bottom + 8.0, title, "chart timeline");
    let _ = write!(
        out,
        r#"<text x="{label_w:.1}" y="{:.1}" font-size="12" text-anchor="end" fill="{MUTED}">{}</text>"#,
        top - 10.0,
        text(axis)
    );
    let step = tick_step(weeks);
    // Week n starts at n − 1; label the start of weeks 1, 1 + step, …
    let mut w = 1;
    while w <= weeks {
        let at = x((w - 1) as f64);
        let _ = write!(
            out,
            r#"<line x1="{at:.1}" y1="{:.1}" x2="{at:.1}" y2="{bottom:.1}" stroke="{GRID}"/><text x="{at:.1}" y="{:.1}" font-size="12" fill="{MUTED}">{w}</text>"#,
            top - 6.0,
            top - 10.0
        );
        w += step;
    }
    for (r, span) in spans.iter().enumerate() {
        let y = top + r as f64 * ROW;
        if r % 2 == 0 {
            let _ = write!(
                out,
                r##"<rect x="0" y="{y:.1}" width="{W:.0}" height="{ROW:.0}" fill="#f4f6fa"/>"##
            );
        }
        let width = (x(span.end) - x(span.start)).max(2.0);
        let _ = write!(
            out,
            r#"<text x="{:.1}" y="{:.1}" font-size="14" text-anchor="end">{}</text><rect x="{:.1}" y="{:.1}" width="{width:.1}" height="14" rx="3" fill="{}"><title>{}</title></rect>"#,
            label_w,
            y + 15.5,
            text(&clip(&span.label, 38)),
            x(span.start),
            y + 4.0,
            color(span.series),
            text(&span.tooltip)
        );
    }
    out.push_str("</svg>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticks_stay_few_for_long_plans() {
        assert_eq!(tick_step(8), 1);
        assert_eq!(tick_step(30), 4);
        assert!(200 / tick_step(200) <= 12);
    }

    #[test]
    fn long_labels_are_clipped_with_an_ellipsis() {
        assert_eq!(clip("abcdef", 4), "abc…");
        assert_eq!(clip("abc", 4), "abc");
    }

    #[test]
    fn labels_are_escaped_inside_charts() {
        let svg = profile(
            &[ProfileRow {
                name: "<b>".into(),
                score: 40.0,
                targets: vec![80.0],
            }],
            &["R&D".into()],
            "t",
        );
        assert!(svg.contains("&lt;b&gt;") && svg.contains("R&amp;D"));
        assert!(!svg.contains("<b>"));
    }
}
