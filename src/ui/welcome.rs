//! The words around the questions: the welcome screen and the resume note.

use crate::content::Quiz;
use crate::i18n::quiz::strings;
use crate::i18n::{fill, quiz_session, Lang};
use crate::render::Style;

/// How this quiz session runs, as far as the welcome must tell.
#[derive(Debug, Clone, Copy, Default)]
pub struct Mode {
    /// The engine picks the questions and may stop early.
    pub adaptive: bool,
    /// Nothing is saved (`--no-save`).
    pub no_save: bool,
}

/// What the quiz is, how many questions, how long it takes, and that answers
/// can be changed or the quiz stopped at any time. An adaptive quiz promises
/// no fixed count: up to that many, and it may stop early.
pub fn text(quiz: &Quiz, lang: Lang, style: &Style, mode: Mode) -> String {
    let s = strings(lang);
    let a = quiz_session::strings(lang);
    let adaptive = mode.adaptive;
    let (count, about) = match adaptive {
        true => (a.adaptive_count, a.adaptive_minutes),
        false => (s.question_count, s.about_minutes),
    };
    let mut facts = fill(count, &[("n", &quiz.questions.len())]);
    if let Some(minutes) = quiz.minutes {
        facts.push_str(", ");
        facts.push_str(&fill(about, &[("minutes", &minutes)]));
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
    if adaptive {
        out.push_str(&style.bullet(a.adaptive_early, ""));
        out.push('\n');
    }
    let stop = match mode.no_save {
        true => a.how_to_stop_unsaved,
        false => s.how_to_stop,
    };
    for line in [s.how_to_answer, s.how_to_change, stop] {
        let line = crate::render::glyphs::for_terminal(line, style.unicode);
        out.push_str(&style.bullet(&line, ""));
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_adaptive_welcome_promises_no_fixed_length() {
        let quiz = &crate::ui::default_quiz();
        let style = Style {
            width: 80,
            color: false,
            unicode: true,
        };
        let n = quiz.questions.len();
        let adaptive_mode = Mode {
            adaptive: true,
            no_save: false,
        };
        let full = text(quiz, Lang::En, &style, Mode::default());
        assert!(full.contains(&format!("{n} questions, about")), "{full}");
        let adaptive = text(quiz, Lang::En, &style, adaptive_mode);
        assert!(
            !adaptive.contains(&format!("{n} questions, about")),
            "{adaptive}"
        );
        assert!(
            adaptive.contains(&format!("up to {n} questions")),
            "{adaptive}"
        );
        assert!(adaptive.contains("stops as soon as"), "{adaptive}");
        let id = text(quiz, Lang::Id, &style, adaptive_mode);
        assert!(
            id.contains(&format!("paling banyak {n} pertanyaan")),
            "{id}"
        );
    }
}
