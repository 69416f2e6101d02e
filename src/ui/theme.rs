//! How prompts look: dialoguer's colourful theme (`❯`, `✔`), coloured only
//! when colour is on for standard error; its plain theme (`>` and `[x]`
//! markers) only where glyphs cannot be shown (`TERM=dumb`, a non-UTF-8
//! locale). Colour and glyphs come from [`Caps`], decided once per run.

use std::fmt;

use dialoguer::theme::{ColorfulTheme, SimpleTheme, Theme};

use crate::render::{Caps, Style};

/// Whether prompts must do without Unicode glyphs (`TERM=dumb`, a non-UTF-8
/// locale). Colour is a separate matter: see [`Caps`].
pub fn plain() -> bool {
    !Caps::current().unicode
}

/// The style for text written around the prompts (on standard error).
pub fn stderr_style() -> Style {
    Style::stderr()
}

/// Columns available on standard error for a prompt, kept between 20 and 100.
pub fn prompt_width() -> usize {
    Caps::current().prompt_width()
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
