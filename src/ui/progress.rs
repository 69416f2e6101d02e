//! Progress bars: "Question 7 of 24" above each question, and a counter for
//! long computations. Only this module decides whether a bar is drawn.
//!
//! The bar never draws on its own (no ticker thread). It is rendered on demand
//! into a line that the prompter writes above a question and removes with it,
//! so it can never draw over a prompt. It is hidden when standard error is not
//! a terminal, on `TERM=dumb` and with colours off; the header then is plain text.

use std::io::{self, IsTerminal};
use std::sync::{Arc, Mutex};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle, TermLike};

/// A bar counting to `len` on standard error (for long computations such as
/// `career simulate`); hidden where bars do not belong, like the question bar.
pub fn counter(len: u64, message: &str) -> ProgressBar {
    if !io::stderr().is_terminal() || super::theme::plain() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(Some(len), ProgressDrawTarget::stderr());
    if let Ok(style) = ProgressStyle::with_template("{msg} {wide_bar} {pos}/{len} ({eta})") {
        bar.set_style(style);
    }
    bar.set_message(message.to_string());
    bar
}

/// A bar for a stream of `total` bytes (`None`: unknown, a spinner), whose
/// message the caller keeps current (e.g. rows and rows per second); hidden
/// where bars do not belong.
pub fn stream(total: Option<u64>, message: &str) -> ProgressBar {
    if !io::stderr().is_terminal() || super::theme::plain() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(total, ProgressDrawTarget::stderr());
    let template = match total {
        Some(_) => "{msg} {wide_bar} {percent}% ({eta})",
        None => "{spinner} {msg} ({elapsed})",
    };
    if let Ok(style) = ProgressStyle::with_template(template) {
        bar.set_style(style);
    }
    bar.set_message(message.to_string());
    bar
}

/// The progress header shown above each question.
pub struct QuestionBar {
    bar: ProgressBar,
    line: Arc<Mutex<String>>,
}

impl QuestionBar {
    /// A bar for a quiz of `total` questions; hidden where bars do not belong.
    pub fn new(total: usize) -> QuestionBar {
        let visible = io::stderr().is_terminal() && !super::theme::plain();
        QuestionBar::with_visibility(total, visible)
    }

    fn with_visibility(total: usize, visible: bool) -> QuestionBar {
        let line = Arc::new(Mutex::new(String::new()));
        let target = if visible {
            ProgressDrawTarget::term_like(Box::new(LineCapture {
                line: Arc::clone(&line),
                width: super::theme::prompt_width() as u16,
            }))
        } else {
            ProgressDrawTarget::hidden()
        };
        let bar = ProgressBar::with_draw_target(Some(total as u64), target);
        if let Ok(style) = ProgressStyle::with_template("{bar:24.cyan/blue} {msg}") {
            bar.set_style(style.progress_chars("█░"));
        }
        QuestionBar { bar, line }
    }

    pub fn is_visible(&self) -> bool {
        !self.bar.is_hidden()
    }

    /// The header for question `number` (1-based): the bar followed by
    /// `label`, or `label` alone when the bar is hidden.
    pub fn header(&self, number: usize, label: &str) -> String {
        if !self.is_visible() {
            return label.to_string();
        }
        self.bar.set_message(label.to_string());
        self.bar.set_position(number.saturating_sub(1) as u64);
        self.bar.force_draw();
        match self.line.lock() {
            Ok(line) => line.trim_end().to_string(),
            Err(_) => label.to_string(),
        }
    }
}

/// A draw target that keeps the last line indicatif drew instead of writing it.
#[derive(Debug)]
struct LineCapture {
    line: Arc<Mutex<String>>,
    width: u16,
}

impl LineCapture {
    fn edit(&self, f: impl FnOnce(&mut String)) -> io::Result<()> {
        if let Ok(mut line) = self.line.lock() {
            f(&mut line);
        }
        Ok(())
    }
}

impl TermLike for LineCapture {
    fn width(&self) -> u16 {
        self.width
    }

    fn move_cursor_up(&self, _: usize) -> io::Result<()> {
        Ok(())
    }

    fn move_cursor_down(&self, _: usize) -> io::Result<()> {
        Ok(())
    }

    fn move_cursor_right(&self, _: usize) -> io::Result<()> {
        Ok(())
    }

    fn move_cursor_left(&self, _: usize) -> io::Result<()> {
        Ok(())
    }

    fn write_line(&self, s: &str) -> io::Result<()> {
        self.edit(|line| *line = s.to_string())
    }

    fn write_str(&self, s: &str) -> io::Result<()> {
        self.edit(|line| line.push_str(s.trim_start_matches('\r')))
    }

    fn clear_line(&self) -> io::Result<()> {
        self.edit(String::clear)
    }

    fn flush(&self) -> io::Result<()> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_header_shows_how_far_the_person_is() {
        let bar = QuestionBar::with_visibility(4, true);
        let first = console::strip_ansi_codes(&bar.header(1, "Question 1 of 4")).to_string();
        let third = console::strip_ansi_codes(&bar.header(3, "Question 3 of 4")).to_string();
        assert!(first.ends_with("Question 1 of 4"), "{first}");
        assert!(third.ends_with("Question 3 of 4"), "{third}");
        let filled = |s: &str| s.chars().filter(|c| *c == '█').count();
        assert_eq!(filled(&first), 0);
        assert_eq!(filled(&third), 12, "half of 24 cells after 2 of 4: {third}");
    }

    #[test]
    fn a_hidden_bar_leaves_the_plain_label() {
        let bar = QuestionBar::with_visibility(4, false);
        assert_eq!(bar.header(2, "Question 2 of 4"), "Question 2 of 4");
    }
}
