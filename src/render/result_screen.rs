//! The result screen after a quiz: scores, matches, the recommendation with a
//! reason in the person's own answers, notes, the role at a glance and the
//! next step. Built from the pieces in [`super::result`] and [`super::card`].

use super::card::{models_lines, pack_sections};
use super::number::{in_ten, whole};
use super::result::{answer_text, notes, role_name, scores};
use super::Style;
use crate::content::{Pack, Quiz, Role};
use crate::engine::{Outcome, Recommendation};
use crate::i18n::quiz::strings;
use crate::i18n::{fill, verdict, Lang};

/// The whole result screen as text: the recommendation and its stability
/// first, then the profile, the matches, why, notes, the role at a glance and
/// the next step.
pub fn text(outcome: &Outcome, pack: &Pack, quiz: &Quiz, lang: Lang, style: &Style) -> String {
    let Some(rec) = &outcome.recommendation else {
        return not_enough(outcome, pack, quiz, lang, style);
    };
    let s = lang.strings();
    let mut out = headline(outcome, rec, pack, lang, style);
    let role = pack.role(&rec.role);
    if let Some(role) = role.filter(|_| !rec.tie) {
        out.push_str(&style.wrap(role.summary.get(lang), "  "));
        out.push('\n');
    }
    out.push('\n');
    out.push_str(&scores(outcome, pack, quiz, lang, style));
    out.push('\n');
    out.push_str(&style.heading(s.why));
    out.push('\n');
    out.push_str(&style.wrap(&why(outcome, pack, quiz, lang), "  "));
    out.push('\n');
    if let Some(line) = counter_line(outcome, rec, pack, quiz, lang) {
        out.push_str(&style.wrap(&line, "  "));
        out.push('\n');
    }
    let notes = notes(outcome, pack, lang, style);
    if !notes.is_empty() {
        out.push('\n');
        out.push_str(&notes);
    }
    if let Some(role) = role {
        out.push('\n');
        out.push_str(&glance(role, lang, style));
    }
    out.push('\n');
    out.push_str(&answered_line(outcome, lang, style));
    if let Some(line) = super::stopped::line(outcome, lang) {
        out.push_str(&style.wrap(&line, ""));
        out.push('\n');
    }
    out.push_str(&style.wrap(&next_step(rec, lang), ""));
    out.push('\n');
    out
}

/// The first lines: the recommendation (or the tie) and how stable it is.
fn headline(
    outcome: &Outcome,
    rec: &Recommendation,
    pack: &Pack,
    lang: Lang,
    style: &Style,
) -> String {
    let s = lang.strings();
    let q = strings(lang);
    let v = verdict::strings(lang);
    let top = role_name(pack, &rec.role, lang);
    let top_match = whole(outcome.roles.first().map_or(0.0, |r| r.match_percent));
    let head = match (&rec.runner_up, rec.tie) {
        (Some(runner), true) => fill(
            v.tie_headline,
            &[
                ("a", &top),
                ("b", &role_name(pack, runner, lang)),
                ("match", &top_match),
            ],
        ),
        _ => format!(
            "{} ({})",
            fill(s.recommended, &[("role", &top)]),
            fill(q.match_suffix, &[("match", &top_match)])
        ),
    };
    let mut out = style.accent(&style.wrap(&head, ""));
    out.push('\n');
    out.push_str(&style.wrap(&stability_words(rec, lang), ""));
    out.push('\n');
    out
}

/// "Stable: 9 in 10 retakes would give the same role" (from 0.95, "nearly
/// every retake (more than 9 in 10)": ten in ten would read as certainty),
/// or fairly stable, or unsettled; for a tie, "… one of these two roles" (the figure is then the
/// chance of either).
pub fn stability_words(rec: &Recommendation, lang: Lang) -> String {
    let v = verdict::strings(lang);
    let n = in_ten(rec.stability);
    let template = match (n, rec.tie) {
        (10.., false) => v.nearly_all,
        (10.., true) => v.nearly_all_pair,
        (9.., false) => v.stable,
        (7..=8, false) => v.fairly_stable,
        (_, false) => v.unsettled,
        (9.., true) => v.stable_pair,
        (7..=8, true) => v.fairly_stable_pair,
        (_, true) => v.unsettled_pair,
    };
    fill(template, &[("n", &n)])
}

/// The roadmap command: a blended one for a close call or a tie.
pub fn next_step(rec: &Recommendation, lang: Lang) -> String {
    match (&rec.runner_up, rec.close_call) {
        (Some(runner), true) => {
            let command = format!("career roadmap {} --blend {runner}", rec.role);
            fill(verdict::strings(lang).blend_next, &[("command", &command)])
        }
        _ => {
            let command = format!("career roadmap {}", rec.role);
            fill(lang.strings().next_step, &[("command", &command)])
        }
    }
}

fn answered_line(outcome: &Outcome, lang: Lang, style: &Style) -> String {
    let mut out = style.wrap(
        &fill(
            lang.strings().answered_line,
            &[
                ("answered", &outcome.answered),
                ("total", &outcome.total),
                ("skipped", &outcome.skipped),
            ],
        ),
        "",
    );
    out.push('\n');
    out
}

/// Too few answers: no recommendation, the profile so far, and per dimension
/// how many more answers it needs.
fn not_enough(outcome: &Outcome, pack: &Pack, quiz: &Quiz, lang: Lang, style: &Style) -> String {
    let v = verdict::strings(lang);
    let mut out =
        style.accent(&style.wrap(&fill(v.not_enough, &[("answered", &outcome.answered)]), ""));
    out.push('\n');
    out.push_str(&style.wrap(
        &fill(
            v.not_enough_detail,
            &[("min", &outcome.evidence.min_per_dimension)],
        ),
        "",
    ));
    out.push('\n');
    for d in outcome
        .evidence
        .dimensions
        .iter()
        .filter(|d| d.missing() > 0)
    {
        let line = fill(
            v.missing_line,
            &[
                ("dimension", &dimension_name(quiz, &d.id, lang)),
                ("n", &d.missing()),
                ("answered", &d.answered),
                ("required", &d.required),
            ],
        );
        out.push_str(&style.bullet(&line, "  "));
        out.push('\n');
    }
    out.push('\n');
    out.push_str(&scores(outcome, pack, quiz, lang, style));
    out.push('\n');
    out.push_str(&answered_line(outcome, lang, style));
    out.push_str(&style.wrap(v.not_enough_next, ""));
    out.push('\n');
    out
}

pub fn dimension_name(quiz: &Quiz, id: &str, lang: Lang) -> String {
    quiz.dimensions
        .iter()
        .find(|x| x.id == id)
        .map(|x| x.name.get(lang).to_string())
        .unwrap_or_else(|| id.to_string())
}

/// One paragraph: the match, the strongest interest and the answers that
/// favour the recommended role over the runner-up the most.
pub fn why(outcome: &Outcome, pack: &Pack, quiz: &Quiz, lang: Lang) -> String {
    let s = lang.strings();
    let q = strings(lang);
    let v = verdict::strings(lang);
    let Some(rec) = &outcome.recommendation else {
        return String::new();
    };
    if let (true, Some(runner)) = (rec.tie, &rec.runner_up) {
        return fill(
            v.why_tie,
            &[
                ("a", &role_name(pack, &rec.role, lang)),
                ("b", &role_name(pack, runner, lang)),
            ],
        );
    }
    if rec.reasons.is_empty() {
        return s.no_reasons.to_string();
    }
    let strongest = strongest(outcome, quiz, lang);
    let answers: Vec<String> = rec
        .reasons
        .iter()
        .map(|r| {
            let question = quiz
                .question(&r.question)
                .map(|x| x.text.get(lang))
                .unwrap_or_default();
            let answer = answer_text(quiz, &r.question, &r.answer, lang);
            fill(
                q.why_answer,
                &[("question", &question), ("answer", &answer)],
            )
        })
        .collect();
    let top_match = whole(outcome.roles.first().map_or(0.0, |r| r.match_percent));
    let runner = rec
        .runner_up
        .as_deref()
        .map(|r| role_name(pack, r, lang))
        .unwrap_or_default();
    let paragraph = fill(
        v.why_paragraph,
        &[
            ("role", &role_name(pack, &rec.role, lang)),
            ("match", &top_match),
            ("strongest", &strongest),
            ("answers", &join_list(&answers, q.and)),
            ("runner", &runner),
        ],
    );
    // Without a strongest interest the template leaves a double space.
    paragraph.replace("  ", " ")
}

/// The strongest interest, as the bars show it (whole points). Two or more
/// level at the top are named together; when every interest is level none is
/// strongest, and the sentence is left out.
fn strongest(outcome: &Outcome, quiz: &Quiz, lang: Lang) -> String {
    let q = strings(lang);
    let Some(top) = outcome.dimensions.iter().map(|d| whole(d.score)).max() else {
        return String::new();
    };
    let level: Vec<String> = outcome
        .dimensions
        .iter()
        .filter(|d| whole(d.score) == top)
        .map(|d| dimension_name(quiz, &d.id, lang))
        .collect();
    match level.as_slice() {
        [one] => fill(q.why_strongest, &[("dimension", one), ("score", &top)]),
        _ if level.len() == outcome.dimensions.len() => String::new(),
        _ => fill(
            q.why_strongest_level,
            &[("dimensions", &join_list(&level, q.and)), ("score", &top)],
        ),
    }
}

/// "Pulling the other way: …": the dimension whose answers favour the
/// runner-up most. With the numbers when the person's score on it is nearer
/// the runner-up's target than the recommended role's (the usual case), so
/// the line cannot read as contradicting the strongest interest; without
/// them otherwise (answers on both sides whose sum still favours it).
pub fn counter_line(
    outcome: &Outcome,
    rec: &Recommendation,
    pack: &Pack,
    quiz: &Quiz,
    lang: Lang,
) -> Option<String> {
    let c = rec.counter.as_ref()?;
    let v = verdict::strings(lang);
    let dimension = dimension_name(quiz, &c.dimension, lang);
    let runner = role_name(pack, &c.role, lang);
    let score = outcome
        .dimensions
        .iter()
        .find(|d| d.id == c.dimension)
        .map(|d| d.score);
    let targets = pack
        .role(&c.role)
        .zip(pack.role(&rec.role))
        .map(|(u, r)| (u.target(&c.dimension), r.target(&c.dimension)));
    Some(match (score, targets) {
        (Some(x), Some((their, ours))) if (x - their).abs() < (x - ours).abs() => fill(
            v.counter_nearer,
            &[
                ("dimension", &dimension),
                ("score", &whole(x)),
                ("role", &runner),
                ("their", &whole(their)),
                ("top", &role_name(pack, &rec.role, lang)),
                ("ours", &whole(ours)),
            ],
        ),
        _ => fill(v.counter, &[("dimension", &dimension), ("role", &runner)]),
    })
}

/// `a`, `a and b`, `a; b; and c`.
fn join_list(items: &[String], and: &str) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [a, b] => format!("{a} {and} {b}"),
        [rest @ .., last] => format!("{}; {and} {last}", rest.join("; ")),
    }
}

/// A heading and its lines, as bullets or as wrapped text.
fn section(out: &mut String, title: &str, lines: &[String], bullets: bool, style: &Style) {
    out.push_str(&style.heading(&style.wrap(title, "")));
    out.push('\n');
    for line in lines {
        if bullets {
            out.push_str(&style.bullet(line, "  "));
        } else {
            out.push_str(&style.wrap(line, "  "));
        }
        out.push('\n');
    }
}

/// The recommended role at a glance: the work, from scratch or existing
/// models, example work and the analogy.
fn glance(role: &Role, lang: Lang, style: &Style) -> String {
    let s = lang.strings();
    let texts = |v: &[crate::content::Text]| -> Vec<String> {
        v.iter().map(|t| t.get(lang).to_string()).collect()
    };
    let mut out = String::new();
    out.push_str(&style.accent(&style.wrap(
        &fill(strings(lang).at_a_glance, &[("role", &role.name.get(lang))]),
        "",
    )));
    out.push('\n');
    section(
        &mut out,
        s.what_the_work_is,
        &texts(&role.work),
        true,
        style,
    );
    if let Some(m) = &role.models {
        section(
            &mut out,
            s.models_heading,
            &models_lines(m, lang),
            true,
            style,
        );
        if !m.note.is_blank() {
            out.push_str(&style.wrap(m.note.get(lang), "  "));
            out.push('\n');
        }
    }
    section(&mut out, s.examples, &texts(&role.examples), true, style);
    let analogy = [role.analogy.get(lang).to_string()];
    section(&mut out, s.analogy, &analogy, false, style);
    out.push_str(&pack_sections(role, lang, style));
    out
}

/// A quiz's result, as `career quiz` shows it.
pub struct OutcomeView<'a> {
    pub outcome: &'a Outcome,
    pub pack: &'a Pack,
    pub quiz: &'a Quiz,
    pub lang: Lang,
}

impl super::View for OutcomeView<'_> {
    fn lang(&self) -> Lang {
        self.lang
    }
    fn text(&self, style: &Style) -> String {
        text(self.outcome, self.pack, self.quiz, self.lang, style)
    }
    fn json(&self) -> serde_json::Value {
        super::json::outcome(self.outcome, self.pack, self.quiz, self.lang)
    }
    fn json_document(&self) -> Option<String> {
        Some(super::json::outcome_document(
            self.outcome,
            self.pack,
            self.quiz,
            self.lang,
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{self, PackSource, QuestionKind};
    use crate::engine::{self, Answers, Response};

    /// Answers that lean hard towards `dimension`.
    fn leaning(quiz: &Quiz, dimension: &str) -> Answers {
        let mut a = Answers::new();
        for q in &quiz.questions {
            match &q.kind {
                QuestionKind::Likert {
                    dimension: d,
                    reverse,
                    ..
                } => {
                    let agree = (d == dimension) != *reverse;
                    a.set(&q.id, Response::Likert(if agree { 5 } else { 1 }));
                }
                QuestionKind::Choice { options } => {
                    let best = options
                        .iter()
                        .max_by(|x, y| x.weight(dimension).total_cmp(&y.weight(dimension)))
                        .unwrap();
                    a.set(&q.id, Response::Choice(best.id.clone()));
                }
                QuestionKind::Multi { .. } => {}
            }
        }
        a
    }

    fn screen(lang: Lang, width: usize) -> String {
        let pack = content::load(&PackSource::BuiltIn).unwrap();
        let quiz = pack.quiz(None).unwrap();
        let outcome = engine::evaluate(&pack, quiz, &leaning(quiz, "product"));
        let style = Style {
            width,
            ..Style::plain()
        };
        text(&outcome, &pack, quiz, lang, &style)
    }

    #[test]
    fn the_screen_names_the_role_the_reason_and_the_roadmap_command() {
        let out = screen(Lang::En, 80);
        assert!(out.contains("Recommended: AI Engineer"), "{out}");
        assert!(out.contains("AI Engineer is your best match"), "{out}");
        assert!(out.contains("You answered \""), "{out}");
        assert!(out.contains("AI Engineer at a glance"), "{out}");
        assert!(out.contains("Analogy"), "{out}");
        assert!(out.contains("`career roadmap ai-engineer`"), "{out}");
        for role in ["AI Engineer", "ML Engineer", "AI Researcher"] {
            assert!(out.contains(role), "every role is listed: {role}");
        }
    }

    #[test]
    fn plain_output_fits_narrow_terminals_without_escape_codes() {
        for width in [40, 60, 80] {
            let out = screen(Lang::En, width);
            assert!(!out.contains('\u{1b}'));
            // A command to copy is never broken at its hyphen.
            assert!(
                out.contains("`career roadmap ai-engineer`"),
                "{width}: {out}"
            );
            for line in out.lines() {
                assert!(
                    console::measure_text_width(line) <= width,
                    "{width}: {line:?}"
                );
            }
        }
    }

    #[test]
    fn the_screen_speaks_indonesian() {
        let out = screen(Lang::Id, 80);
        assert!(out.contains("Rekomendasi: AI Engineer"), "{out}");
        assert!(out.contains("paling cocok untukmu"), "{out}");
        assert!(out.contains("Sekilas tentang AI Engineer"), "{out}");
    }

    #[test]
    fn lists_join_like_a_sentence() {
        let v = |xs: &[&str]| xs.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(join_list(&v(&["a"]), "and"), "a");
        assert_eq!(join_list(&v(&["a", "b"]), "and"), "a and b");
        assert_eq!(join_list(&v(&["a", "b", "c"]), "dan"), "a; b; dan c");
    }
}
