//! How prompts look: dialoguer's colourful theme on a colour terminal, its
//! plain theme (`>` and `[x]` markers, no escape codes) when colours are off
//! (`NO_COLOR`, `CLICOLOR=0`, `TERM=dumb`), so the cursor is always visible.

use std::fmt;

use dialoguer::theme::{ColorfulTheme, SimpleTheme, Theme};

use crate::render::{style::no_color, Style};

/// Whether prompts on standard error must do without colour.
pub fn plain() -> bool {
    let dumb = std::env::var("TERM").is_ok_and(|t| t == "dumb");
    let clicolor_off = std::env::var("CLICOLOR").is_ok_and(|v| v == "0");
    dumb || clicolor_off || no_color() || !console::colors_enabled_stderr()
}

/// The style for text written around the prompts (on standard error).
pub fn stderr_style() -> Style {
    let dumb = std::env::var("TERM").is_ok_and(|t| t == "dumb");
    Style {
        width: prompt_width(),
        color: !plain(),
        unicode: !dumb,
    }
}

/// Columns available on standard error, kept between 40 and 100.
pub fn prompt_width() -> usize {
    let (_, cols) = console::Term::stderr().size();
    usize::from(cols).clamp(40, 100)
}

/// The quiz's prompt theme.
pub struct QuizTheme {
    colorful: Option<ColorfulTheme>,
}

impl QuizTheme {
    /// The theme for this terminal and environment.
    pub fn detect() -> QuizTheme {
        QuizTheme {
            colorful: (!plain()).then(ColorfulTheme::default),
        }
    }

    /// Columns before an item's text (`❯ `, `> [x] `…), so wrapped lines align.
    pub fn item_indent(&self, multi: bool) -> usize {
        match (&self.colorful, multi) {
            (Some(_), false) => 2,
            (Some(_), true) => 4,
            (None, false) => 2,
            (None, true) => 6,
        }
    }

    fn inner(&self) -> &dyn Theme {
        match &self.colorful {
            Some(c) => c,
            None => &SimpleTheme,
        }
    }
}

impl Theme for QuizTheme {
    fn format_prompt(&self, f: &mut dyn fmt::Write, prompt: &str) -> fmt::Result {
        self.inner().format_prompt(f, prompt)
    }

    /// Plain prompts start with `? ` like colourful ones (so wrapped lines
    /// align) and add no `:` after a question mark.
    fn format_select_prompt(&self, f: &mut dyn fmt::Write, prompt: &str) -> fmt::Result {
        match &self.colorful {
            Some(c) => c.format_select_prompt(f, prompt),
            None => write!(f, "? {prompt}"),
        }
    }

    fn format_select_prompt_selection(
        &self,
        f: &mut dyn fmt::Write,
        prompt: &str,
        sel: &str,
    ) -> fmt::Result {
        self.inner().format_select_prompt_selection(f, prompt, sel)
    }

    fn format_select_prompt_item(
        &self,
        f: &mut dyn fmt::Write,
        text: &str,
        active: bool,
    ) -> fmt::Result {
        self.inner().format_select_prompt_item(f, text, active)
    }

    fn format_multi_select_prompt(&self, f: &mut dyn fmt::Write, prompt: &str) -> fmt::Result {
        match &self.colorful {
            Some(c) => c.format_multi_select_prompt(f, prompt),
            None => write!(f, "? {prompt}"),
        }
    }

    fn format_multi_select_prompt_selection(
        &self,
        f: &mut dyn fmt::Write,
        prompt: &str,
        selections: &[&str],
    ) -> fmt::Result {
        self.inner()
            .format_multi_select_prompt_selection(f, prompt, selections)
    }

    /// The colourful theme marks the active item by colour alone; add an
    /// arrow so it shows on every terminal.
    fn format_multi_select_prompt_item(
        &self,
        f: &mut dyn fmt::Write,
        text: &str,
        checked: bool,
        active: bool,
    ) -> fmt::Result {
        match &self.colorful {
            Some(c) => {
                let marker = if active {
                    c.active_item_prefix.to_string()
                } else {
                    c.inactive_item_prefix.to_string()
                };
                write!(f, "{marker} ")?;
                c.format_multi_select_prompt_item(f, text, checked, active)
            }
            None => SimpleTheme.format_multi_select_prompt_item(f, text, checked, active),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_plain_theme_marks_the_cursor_and_ticks_without_escape_codes() {
        let t = QuizTheme { colorful: None };
        let mut s = String::new();
        t.format_multi_select_prompt_item(&mut s, "Deploy it", true, true)
            .unwrap();
        assert_eq!(s, "> [x] Deploy it");
        let mut s = String::new();
        t.format_select_prompt_item(&mut s, "Agree", false).unwrap();
        assert_eq!(s, "  Agree");
        let mut s = String::new();
        t.format_select_prompt(&mut s, "Which one?").unwrap();
        assert_eq!(s, "? Which one?");
    }

    #[test]
    fn the_colourful_theme_shows_the_cursor_in_multi_select_too() {
        let t = QuizTheme {
            colorful: Some(ColorfulTheme::default()),
        };
        let (mut on, mut off) = (String::new(), String::new());
        t.format_multi_select_prompt_item(&mut on, "x", false, true)
            .unwrap();
        t.format_multi_select_prompt_item(&mut off, "x", false, false)
            .unwrap();
        assert!(console::strip_ansi_codes(&on).starts_with('❯'));
        assert!(console::strip_ansi_codes(&off).starts_with(' '));
    }
}
