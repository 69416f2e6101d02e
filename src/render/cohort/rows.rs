//! The exporters of `career score`: one output line per scored response, as
//! JSON Lines, CSV, or a short text line for a person at a terminal. Unlike
//! a [`crate::render::View`]'s exporters, which make one string, these
//! stream: each row is appended to a reused byte buffer that goes straight
//! to standard output, so a batch of millions never sits in memory. The
//! format is chosen once, in [`RowExporter::new`]; numbers are rounded to
//! one decimal as in `career quiz --format json`.

use crate::cohort::index::{Kind, QuizIndex};
use crate::cohort::source::{Fields, Response};
use crate::content::{Pack, Quiz};
use crate::engine::batch::{Scored, Slot};
use crate::i18n::Lang;

/// The output formats of `career score`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum RowFormat {
    /// One line per response for a person
    Text,
    /// One JSON object per line
    Jsonl,
    /// CSV with a header row
    Csv,
}

impl RowFormat {
    /// The format when `--format` is not given: text for a person at a
    /// terminal, JSON Lines for a program (`caps` of the run, decided once).
    pub fn default_for(caps: &crate::render::Caps) -> RowFormat {
        if caps.stdout_tty {
            RowFormat::Text
        } else {
            RowFormat::Jsonl
        }
    }
}

/// The exporter of one `--format` of `career score`, writing rows of one
/// batch (one per worker thread).
pub struct RowExporter<'a> {
    pub format: RowFormat,
    pub reasons: bool,
    pub stability: bool,
    pack: &'a Pack,
    quiz: &'a Quiz,
    index: &'a QuizIndex,
    /// The passed-through CSV columns (for the CSV header).
    fields: &'a [String],
    lang: Lang,
    csv: Option<csv::Writer<Vec<u8>>>,
    scratch: String,
}

impl<'a> RowExporter<'a> {
    pub fn new(
        format: RowFormat,
        extras: crate::engine::batch::Extras,
        pack: &'a Pack,
        quiz: &'a Quiz,
        index: &'a QuizIndex,
        fields: &'a [String],
        lang: Lang,
    ) -> RowExporter<'a> {
        RowExporter {
            format,
            reasons: extras.reasons,
            stability: extras.stability,
            pack,
            quiz,
            index,
            fields,
            lang,
            csv: None,
            scratch: String::new(),
        }
    }

    /// The CSV header row (nothing for the other formats).
    pub fn header(&mut self) -> Vec<u8> {
        if self.format != RowFormat::Csv {
            return Vec::new();
        }
        let mut cols: Vec<String> = vec!["id".into()];
        cols.extend(self.fields.iter().cloned());
        cols.extend(self.quiz.dimensions.iter().map(|d| d.id.clone()));
        cols.extend(self.pack.roles.iter().map(|r| format!("match_{}", r.id)));
        for c in [
            "recommendation",
            "runner_up",
            "close_call",
            "tie",
            "flat_profile",
            "answered",
            "skipped",
        ] {
            cols.push(c.into());
        }
        if self.stability {
            cols.push("stability".into());
        }
        if self.reasons {
            cols.push("reasons".into());
        }
        let mut w = csv::Writer::from_writer(Vec::new());
        let _ = w.write_record(&cols);
        w.into_inner().unwrap_or_default()
    }

    /// Appends one response's line to `out`.
    pub fn row(&mut self, out: &mut Vec<u8>, r: &Response<'_>, s: &Scored) {
        match self.format {
            RowFormat::Jsonl => self.jsonl(out, r, s),
            RowFormat::Csv => self.csv(out, r, s),
            RowFormat::Text => self.text(out, r, s),
        }
    }

    fn jsonl(&mut self, out: &mut Vec<u8>, r: &Response<'_>, s: &Scored) {
        out.extend_from_slice(b"{\"id\":");
        json_str(out, r.id);
        match r.fields {
            Fields::None => {}
            Fields::Json([]) => {}
            Fields::Json(fields) => {
                out.extend_from_slice(b",\"fields\":{");
                for (i, (k, v)) in fields.iter().enumerate() {
                    if i > 0 {
                        out.push(b',');
                    }
                    json_str(out, k);
                    out.push(b':');
                    out.extend_from_slice(v.get().as_bytes());
                }
                out.push(b'}');
            }
            Fields::Csv(cells) => {
                out.extend_from_slice(b",\"fields\":{");
                for (i, (k, v)) in self.fields.iter().zip(cells).enumerate() {
                    if i > 0 {
                        out.push(b',');
                    }
                    json_str(out, k);
                    out.push(b':');
                    json_str(out, v);
                }
                out.push(b'}');
            }
        }
        out.extend_from_slice(b",\"dimensions\":{");
        for (i, d) in self.quiz.dimensions.iter().enumerate() {
            if i > 0 {
                out.push(b',');
            }
            json_key(out, &d.id);
            tenths(out, s.scores[i]);
        }
        out.extend_from_slice(b"},\"evidence\":{");
        for (i, d) in self.quiz.dimensions.iter().enumerate() {
            if i > 0 {
                out.push(b',');
            }
            json_key(out, &d.id);
            out.extend_from_slice(itoa::Buffer::new().format(s.sums[i].evidence).as_bytes());
        }
        out.extend_from_slice(b"},\"match\":{");
        for (i, role) in self.pack.roles.iter().enumerate() {
            if i > 0 {
                out.push(b',');
            }
            json_key(out, &role.id);
            tenths(out, s.matches[i]);
        }
        out.extend_from_slice(b"},\"recommendation\":");
        self.role_or_null(out, s.top());
        out.extend_from_slice(b",\"runner_up\":");
        self.role_or_null(out, s.runner_up());
        let known = s.top().is_some();
        out.extend_from_slice(b",\"close_call\":");
        json_flag(out, known.then_some(s.close_call));
        out.extend_from_slice(b",\"tie\":");
        json_flag(out, known.then_some(s.tie));
        if let Some(st) = s.stability {
            out.extend_from_slice(b",\"stability\":");
            hundredths(out, st);
        }
        out.extend_from_slice(b",\"flat_profile\":");
        out.extend_from_slice(if s.flat_profile { b"true" } else { b"false" });
        out.extend_from_slice(b",\"answered\":");
        out.extend_from_slice(itoa::Buffer::new().format(s.answered).as_bytes());
        out.extend_from_slice(b",\"skipped\":");
        let skipped = self.quiz.questions.len() - s.answered;
        out.extend_from_slice(itoa::Buffer::new().format(skipped).as_bytes());
        if self.reasons {
            out.extend_from_slice(b",\"reasons\":[");
            for (i, (q, points)) in s.reasons.iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                out.extend_from_slice(b"{\"question\":");
                json_str(out, self.index.id(*q));
                out.extend_from_slice(b",\"answer\":");
                self.answer_json(out, r, *q);
                out.extend_from_slice(b",\"support\":");
                hundredths(out, *points);
                out.push(b'}');
            }
            out.push(b']');
            out.extend_from_slice(b",\"counter\":");
            match (s.counter, s.runner_up()) {
                (Some((d, support)), Some(rival)) => {
                    out.extend_from_slice(b"{\"dimension\":");
                    json_str(out, &self.quiz.dimensions[d].id);
                    out.extend_from_slice(b",\"role\":");
                    json_str(out, &self.pack.roles[rival].id);
                    out.extend_from_slice(b",\"support\":");
                    hundredths(out, support);
                    out.push(b'}');
                }
                _ => out.extend_from_slice(b"null"),
            }
        }
        out.extend_from_slice(b"}\n");
    }

    fn role_or_null(&self, out: &mut Vec<u8>, role: Option<usize>) {
        match role {
            Some(r) => json_str(out, &self.pack.roles[r].id),
            None => out.extend_from_slice(b"null"),
        }
    }

    fn answer_json(&self, out: &mut Vec<u8>, r: &Response<'_>, q: usize) {
        let ids = self.index.option_ids(q);
        match r.answers.slots[q] {
            Slot::Skipped => out.extend_from_slice(b"null"),
            Slot::Likert(v) => out.extend_from_slice(itoa::Buffer::new().format(v).as_bytes()),
            Slot::Choice(o) => json_str(out, &ids[o as usize]),
            Slot::Multi { start, end } => {
                out.push(b'[');
                for (i, o) in r.answers.multi(start, end).iter().enumerate() {
                    if i > 0 {
                        out.push(b',');
                    }
                    json_str(out, &ids[*o as usize]);
                }
                out.push(b']');
            }
        }
    }

    /// An answer as plain text: `4`, `option-id`, `a+b`.
    fn answer_plain(&self, into: &mut String, r: &Response<'_>, q: usize) {
        let ids = self.index.option_ids(q);
        match (self.index.kind(q), r.answers.slots[q]) {
            (_, Slot::Likert(v)) => into.push_str(itoa::Buffer::new().format(v)),
            (_, Slot::Choice(o)) => into.push_str(&ids[o as usize]),
            (Kind::Multi, Slot::Multi { start, end }) => {
                for (i, o) in r.answers.multi(start, end).iter().enumerate() {
                    if i > 0 {
                        into.push('+');
                    }
                    into.push_str(&ids[*o as usize]);
                }
            }
            _ => {}
        }
    }

    fn csv(&mut self, out: &mut Vec<u8>, r: &Response<'_>, s: &Scored) {
        let mut w = self
            .csv
            .take()
            .unwrap_or_else(|| csv::Writer::from_writer(Vec::new()));
        let clean = crate::content::text::sanitize;
        let _ = w.write_field(clean(r.id));
        match r.fields {
            Fields::Csv(cells) => {
                for c in cells {
                    let _ = w.write_field(clean(c));
                }
            }
            // A JSON line's own fields vary from line to line: they have no columns.
            Fields::Json(_) | Fields::None => {
                for _ in self.fields {
                    let _ = w.write_field("");
                }
            }
        }
        let mut num = Vec::new();
        for v in s.scores.iter().chain(&s.matches) {
            num.clear();
            tenths(&mut num, *v);
            let _ = w.write_field(&num);
        }
        let role = |r: Option<usize>| r.map_or("", |r| self.pack.roles[r].id.as_str());
        let _ = w.write_field(role(s.top()));
        let _ = w.write_field(role(s.runner_up()));
        let flag = |known: bool, f: bool| match (known, f) {
            (false, _) => "",
            (true, true) => "true",
            (true, false) => "false",
        };
        let known = s.top().is_some();
        let _ = w.write_field(flag(known, s.close_call));
        let _ = w.write_field(flag(known, s.tie));
        let _ = w.write_field(flag(true, s.flat_profile));
        let _ = w.write_field(itoa::Buffer::new().format(s.answered));
        let _ = w.write_field(itoa::Buffer::new().format(self.quiz.questions.len() - s.answered));
        if self.stability {
            num.clear();
            if let Some(st) = s.stability {
                hundredths(&mut num, st);
            }
            let _ = w.write_field(&num);
        }
        if self.reasons {
            let mut text = std::mem::take(&mut self.scratch);
            text.clear();
            for (i, (q, points)) in s.reasons.iter().enumerate() {
                if i > 0 {
                    text.push_str("; ");
                }
                text.push_str(self.index.id(*q));
                text.push('=');
                self.answer_plain(&mut text, r, *q);
                num.clear();
                hundredths(&mut num, *points);
                text.push_str(" (+");
                text.push_str(std::str::from_utf8(&num).unwrap_or(""));
                text.push(')');
            }
            let _ = w.write_field(&text);
            self.scratch = text;
        }
        let _ = w.write_record(None::<&[u8]>);
        let _ = w.flush();
        if let Ok(bytes) = w.into_inner() {
            out.extend_from_slice(&bytes);
            let mut bytes = bytes;
            bytes.clear();
            self.csv = Some(csv::Writer::from_writer(bytes));
        }
    }

    fn text(&mut self, out: &mut Vec<u8>, r: &Response<'_>, s: &Scored) {
        let name = |i: usize| self.pack.roles[i].name.get(self.lang).to_string();
        let id = crate::render::cohort::problems::shown(r.id);
        let line = match s.top() {
            None => {
                let none = crate::tr!(
                    self.lang,
                    "not enough answers for a recommendation",
                    "jawaban belum cukup untuk rekomendasi"
                );
                format!("{id}: {none}")
            }
            Some(top) => {
                let mut line = format!("{id}: {} ({:.1}%)", name(top), s.matches[top]);
                if s.close_call {
                    if let Some(second) = s.runner_up() {
                        let with = crate::tr!(self.lang, "close call with", "nyaris sama dengan");
                        line.push_str(&format!(", {with} {}", name(second)));
                    }
                }
                // With --stability: how many of ten retakes would agree.
                if let Some(st) = s.stability {
                    let n = crate::render::number::in_ten(st);
                    let words = match n {
                        10.. => crate::tr!(
                            self.lang,
                            "more than 9 in 10 retakes agree",
                            "lebih dari 9 dari 10 ulangan kuis sama"
                        ),
                        _ => crate::tr!(
                            self.lang,
                            "{n} in 10 retakes agree",
                            "{n} dari 10 ulangan kuis sama"
                        ),
                    };
                    line.push_str(&format!(", {words}"));
                }
                line
            }
        };
        // Text rows go to a terminal: they pass the one sanitiser.
        out.extend_from_slice(crate::sanitize::clean(&line).as_bytes());
        out.push(b'\n');
    }
}

fn json_flag(out: &mut Vec<u8>, flag: Option<bool>) {
    out.extend_from_slice(match flag {
        Some(true) => b"true",
        Some(false) => b"false",
        None => b"null",
    });
}

/// `x` rounded to two decimals, as `round2` gives it.
fn hundredths(out: &mut Vec<u8>, x: f64) {
    let _ = serde_json::to_writer(&mut *out, &crate::render::json::round2(x));
}

/// A JSON string, escaped; characters that could act on a terminal (bidi
/// controls, C1) are written as `\uXXXX` too, as every JSON document is.
fn json_str(out: &mut Vec<u8>, s: &str) {
    if s.bytes()
        .all(|b| (0x20..0x7f).contains(&b) && b != b'"' && b != b'\\')
    {
        out.push(b'"');
        out.extend_from_slice(s.as_bytes());
        out.push(b'"');
    } else {
        let json = serde_json::to_string(s).unwrap_or_default();
        out.extend_from_slice(crate::sanitize::json_escape(&json).as_bytes());
    }
}

fn json_key(out: &mut Vec<u8>, s: &str) {
    json_str(out, s);
    out.push(b':');
}

/// `x` rounded to one decimal, written as `round1` would print it (`80.0`, `62.5`).
fn tenths(out: &mut Vec<u8>, x: f64) {
    let t = (x * 10.0).round();
    if !t.is_finite() {
        out.extend_from_slice(b"null");
        return;
    }
    let t = t as i64;
    if t < 0 {
        out.push(b'-');
    }
    let t = t.unsigned_abs();
    out.extend_from_slice(itoa::Buffer::new().format(t / 10).as_bytes());
    out.push(b'.');
    out.push(b'0' + (t % 10) as u8);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tenths_print_like_serde_json_prints_round1() {
        for x in [
            0.0, 80.0, 62.45, 62.55, 99.96, 100.0, 0.04, 33.333_333, 7.25,
        ] {
            let mut out = Vec::new();
            tenths(&mut out, x);
            let want = serde_json::to_string(&crate::render::json::round1(x)).unwrap();
            assert_eq!(String::from_utf8(out).unwrap(), want, "{x}");
        }
    }
}
