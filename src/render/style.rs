//! How text output looks on this terminal: width, colour and bar characters.

use console::Style as Paint;

use super::Caps;

/// Terminal facts a renderer needs, decided once by the CLI.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    /// Columns to wrap to.
    pub width: usize,
    /// Whether to use colour and bold.
    pub color: bool,
    /// Whether to use Unicode block characters (not on `TERM=dumb`).
    pub unicode: bool,
}

impl Style {
    /// Plain 80-column output, for files, pipes and tests.
    pub fn plain() -> Style {
        Style {
            width: 80,
            color: false,
            unicode: true,
        }
    }

    /// The style for standard output, from the terminal facts decided once
    /// by the CLI (see [`Caps`]).
    pub fn detect() -> Style {
        let caps = Caps::current();
        Style {
            width: caps.stdout_width(),
            color: caps.stdout_color,
            unicode: caps.unicode,
        }
    }

    /// The style for text written on standard error (around prompts, messages).
    pub fn stderr() -> Style {
        let caps = Caps::current();
        Style {
            width: caps.stderr_width(),
            color: caps.stderr_color,
            unicode: caps.unicode,
        }
    }

    fn paint(&self, s: &str, p: Paint) -> String {
        if self.color {
            p.force_styling(true).apply_to(s).to_string()
        } else {
            s.to_string()
        }
    }

    pub fn heading(&self, s: &str) -> String {
        self.paint(s, Paint::new().bold())
    }

    pub fn accent(&self, s: &str) -> String {
        self.paint(s, Paint::new().cyan().bold())
    }

    pub fn dim(&self, s: &str) -> String {
        self.paint(s, Paint::new().dim())
    }

    /// `error:` in red and bold.
    pub fn error_label(&self, s: &str) -> String {
        self.paint(s, Paint::new().red().bold())
    }

    pub fn warn(&self, s: &str) -> String {
        self.paint(s, Paint::new().yellow())
    }

    /// A horizontal bar of `cells` characters filled to `value` out of 100.
    pub fn bar(&self, value: f64, cells: usize) -> String {
        let filled = ((value.clamp(0.0, 100.0) / 100.0) * cells as f64).round() as usize;
        let (full, empty) = if self.unicode {
            ("█", "░")
        } else {
            ("#", "-")
        };
        let bar = format!("{}{}", full.repeat(filled), empty.repeat(cells - filled));
        self.paint(&bar, Paint::new().cyan())
    }

    /// `text` wrapped to the width, every line starting with `indent`.
    pub fn wrap(&self, text: &str, indent: &str) -> String {
        let opts = textwrap::Options::new(self.width.saturating_sub(1).max(20))
            .initial_indent(indent)
            .subsequent_indent(indent)
            .word_splitter(textwrap::WordSplitter::NoHyphenation);
        unglue(&textwrap::fill(&glue_code(text), opts))
    }

    /// A bullet item wrapped with a hanging indent.
    pub fn bullet(&self, text: &str, indent: &str) -> String {
        let first = format!("{indent}- ");
        let rest = format!("{indent}  ");
        let opts = textwrap::Options::new(self.width.saturating_sub(1).max(20))
            .initial_indent(&first)
            .subsequent_indent(&rest)
            .word_splitter(textwrap::WordSplitter::NoHyphenation);
        unglue(&textwrap::fill(&glue_code(text), opts))
    }
}

/// Joins the words of each `code span` with no-break spaces, so a command
/// to copy is never split across lines.
fn glue_code(text: &str) -> String {
    let mut inside = false;
    text.chars()
        .map(|c| match c {
            '`' => {
                inside = !inside;
                c
            }
            ' ' if inside => '\u{a0}',
            _ => c,
        })
        .collect()
}

fn unglue(text: &str) -> String {
    text.replace('\u{a0}', " ")
}
