//! Progress bars: "Question 7 of 24" above each question, and a counter for
//! long computations. Only this module decides whether a bar is drawn.
//!
//! The bar never draws on its own (no ticker thread). It is rendered on demand
//! into a line that the prompter writes above a question and removes with it,
//! so it can never draw over a prompt. It is hidden when standard error is not
//! a terminal, on `TERM=dumb` and with colours off; the header then is plain text.
//!
//! The header always fits on one line of the terminal as it is now (the
//! width is read for every question, so a resize is followed): the bar
//! shrinks to leave room for the label, and goes when there is too little.
//! A header the terminal wrapped would be two lines, and the prompter clears
//! only one, so old headers would pile up above the questions.

use std::io;
use std::sync::atomic::{AtomicU16, Ordering};
use std::sync::{Arc, Mutex};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle, TermLike};

/// A bar counting to `len` on standard error (for long computations such as
/// `career simulate`); hidden where bars do not belong, like the question bar.
pub fn counter(len: u64, message: &str) -> ProgressBar {
    if !crate::render::Caps::current().bars_on_stderr() {
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
    if !crate::render::Caps::current().bars_on_stderr() {
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

/// Cells of the bar when the terminal has room.
const BAR_CELLS: usize = 24;
/// Fewer cells than this tell too little; the label is shown alone.
const MIN_BAR_CELLS: usize = 6;

/// The progress header shown above each question.
pub struct QuestionBar {
    bar: ProgressBar,
    line: Arc<Mutex<String>>,
    width: Arc<AtomicU16>,
}

impl QuestionBar {
    /// A bar for a quiz of `total` questions; hidden where bars do not belong.
    pub fn new(total: usize) -> QuestionBar {
        let visible = crate::render::Caps::current().bars_on_stderr();
        QuestionBar::with_visibility(total, visible)
    }

    fn with_visibility(total: usize, visible: bool) -> QuestionBar {
        let line = Arc::new(Mutex::new(String::new()));
        let width = Arc::new(AtomicU16::new(u16::MAX));
        let target = if visible {
            ProgressDrawTarget::term_like(Box::new(LineCapture {
                line: Arc::clone(&line),
                width: Arc::clone(&width),
            }))
        } else {
            ProgressDrawTarget::hidden()
        };
        let bar = ProgressBar::with_draw_target(Some(total as u64), target);
        QuestionBar { bar, line, width }
    }

    pub fn is_visible(&self) -> bool {
        !self.bar.is_hidden()
    }

    /// The header for question `number` (1-based): the bar followed by
    /// `label`, or `label` alone when the bar is hidden; it fits the
    /// terminal's current width.
    pub fn header(&self, number: usize, label: &str) -> String {
        self.header_within(number, label, super::theme::prompt_width())
    }

    /// The header fitted to `width` columns. The last column stays free: a
    /// line that fills it makes some terminals wrap.
    fn header_within(&self, number: usize, label: &str, width: usize) -> String {
        let room = width.saturating_sub(1);
        let more = if crate::render::Caps::current().unicode {
            "…"
        } else {
            "..."
        };
        let label = console::truncate_str(label, room, more).into_owned();
        let cells = BAR_CELLS.min(room.saturating_sub(console::measure_text_width(&label) + 1));
        if !self.is_visible() || cells < MIN_BAR_CELLS {
            return label;
        }
        let template = format!("{{bar:{cells}.cyan/blue}} {{msg}}");
        if let Ok(style) = ProgressStyle::with_template(&template) {
            let chars = if crate::render::Caps::current().unicode {
                "█░"
            } else {
                "#-"
            };
            self.bar.set_style(style.progress_chars(chars));
        }
        self.width
            .store(u16::try_from(width).unwrap_or(u16::MAX), Ordering::Relaxed);
        self.bar.set_message(label.clone());
        self.bar.set_position(number.saturating_sub(1) as u64);
        self.bar.force_draw();
        match self.line.lock() {
            Ok(line) => line.trim_end().to_string(),
            Err(_) => label,
        }
    }
}

/// A draw target that keeps the last line indicatif drew instead of writing it.
#[derive(Debug)]
struct LineCapture {
    line: Arc<Mutex<String>>,
    width: Arc<AtomicU16>,
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
        self.width.load(Ordering::Relaxed)
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
        let first =
            console::strip_ansi_codes(&bar.header_within(1, "Question 1 of 4", 80)).to_string();
        let third =
            console::strip_ansi_codes(&bar.header_within(3, "Question 3 of 4", 80)).to_string();
        assert!(first.ends_with("Question 1 of 4"), "{first}");
        assert!(third.ends_with("Question 3 of 4"), "{third}");
        let filled = |s: &str| s.chars().filter(|c| *c == '█').count();
        assert_eq!(filled(&first), 0);
        assert_eq!(filled(&third), 12, "half of 24 cells after 2 of 4: {third}");
    }

    #[test]
    fn the_header_fits_a_narrow_terminal_on_one_line() {
        let bar = QuestionBar::with_visibility(34, true);
        for width in [20, 30, 40, 41, 42, 45, 60] {
            let header = bar.header_within(10, "Question 10 of 34", width);
            let plain = console::strip_ansi_codes(&header).to_string();
            assert!(
                console::measure_text_width(&plain) < width,
                "{width} columns: {plain:?}"
            );
            assert!(!plain.contains('\n'), "{plain:?}");
            assert!(plain.starts_with('█') || plain.starts_with('░') || plain.starts_with('Q'));
        }
        // 40 columns leave room for a shorter bar and the whole label.
        let at_40 =
            console::strip_ansi_codes(&bar.header_within(10, "Question 10 of 34", 40)).to_string();
        assert!(at_40.ends_with("Question 10 of 34"), "{at_40}");
        let cells = at_40.chars().filter(|c| *c == '█' || *c == '░').count();
        assert_eq!(cells, 40 - 1 - 18, "{at_40}");
        // Too narrow for a useful bar: the label alone.
        let at_20 = bar.header_within(10, "Question 10 of 34", 20);
        assert_eq!(console::strip_ansi_codes(&at_20), "Question 10 of 34");
    }

    #[test]
    fn a_hidden_bar_leaves_the_plain_label() {
        let bar = QuestionBar::with_visibility(4, false);
        assert_eq!(bar.header(2, "Question 2 of 4"), "Question 2 of 4");
    }
}
