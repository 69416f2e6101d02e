//! The one place that decides whether a progress bar is drawn: only when
//! standard error is a terminal, not `TERM=dumb`, and `NO_COLOR` is unset.
//! Everywhere else (pipes, files, CI) the bar is hidden and costs nothing.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// A bar counting to `len`, labelled `message`, drawn on stderr when it is a terminal.
pub fn counter(len: u64, message: &str) -> ProgressBar {
    let dumb = std::env::var("TERM").is_ok_and(|t| t == "dumb");
    if dumb || crate::render::style::no_color() || !console::Term::stderr().is_term() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(Some(len), ProgressDrawTarget::stderr());
    if let Ok(style) = ProgressStyle::with_template("{msg} {wide_bar} {pos}/{len} ({eta})") {
        bar.set_style(style);
    }
    bar.set_message(message.to_string());
    bar
}
