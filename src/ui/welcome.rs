//! The words around the questions: the welcome screen and the resume note.

use crate::content::Quiz;
use crate::i18n::quiz::strings;
use crate::i18n::{fill, Lang};
use crate::render::Style;

/// What the quiz is, how many questions, how long it takes, and that answers
/// can be changed or the quiz stopped at any time.
pub fn text(quiz: &Quiz, lang: Lang, style: &Style) -> String {
    let s = strings(lang);
    let mut facts = fill(s.question_count, &[("n", &quiz.questions.len())]);
    if let Some(minutes) = quiz.minutes {
        facts.push_str(", ");
        facts.push_str(&fill(s.about_minutes, &[("minutes", &minutes)]));
    }
    let mut out = String::new();
    out.push_str(&style.accent(quiz.title.get(lang)));
    out.push('\n');
    out.push_str(&style.dim(&facts));
    out.push('\n');
    if !quiz.intro.is_blank() {
        out.push('\n');
        out.push_str(&style.wrap(quiz.intro.get(lang), ""));
        out.push('\n');
    }
    out.push('\n');
    for line in [s.how_to_answer, s.how_to_change, s.how_to_stop] {
        out.push_str(&style.bullet(line, ""));
        out.push('\n');
    }
    out
}

/// The note shown when a quiz continues where it stopped.
pub fn continuing(quiz: &Quiz, position: usize, answered: usize, lang: Lang) -> String {
    fill(
        strings(lang).continuing,
        &[
            ("n", &(position + 1).min(quiz.questions.len())),
            ("total", &quiz.questions.len()),
            ("answered", &answered),
        ],
    )
}
