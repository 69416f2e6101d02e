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
        unglue(&fill(&glue_code(text), opts))
    }

    /// A bullet item wrapped with a hanging indent.
    pub fn bullet(&self, text: &str, indent: &str) -> String {
        let first = format!("{indent}- ");
        let rest = format!("{indent}  ");
        let opts = textwrap::Options::new(self.width.saturating_sub(1).max(20))
            .initial_indent(&first)
            .subsequent_indent(&rest)
            .word_splitter(textwrap::WordSplitter::NoHyphenation);
        unglue(&fill(&glue_code(text), opts))
    }
}

/// `textwrap::fill(text, opts)`: the same string, without textwrap's
/// word-by-word work when the text fits on its first line (most lines of a
/// long roadmap). One line wins over any break when it fits: textwrap's
/// optimal fit charges every extra line more than a short last line.
pub fn fill(text: &str, opts: textwrap::Options) -> String {
    let line = text.trim_end_matches(' ');
    let plain = !text.contains(['\n', '\u{1b}']);
    let width = textwrap::core::display_width;
    if plain && width(opts.initial_indent) + width(line) <= opts.width {
        let mut out = String::with_capacity(opts.initial_indent.len() + line.len());
        out.push_str(opts.initial_indent);
        out.push_str(line);
        out
    } else {
        textwrap::fill(text, opts)
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

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    /// Words of spaces, hyphens, no-break spaces, wide and combining
    /// characters, of any length.
    fn text() -> impl Strategy<Value = String> {
        proptest::collection::vec(
            prop_oneof![
                Just(" "),
                Just("  "),
                Just("-"),
                Just("\u{a0}"),
                Just("語"),
                Just("e\u{301}"),
                Just("word"),
                Just("a-very-long-hyphenated-identifier"),
                Just("x"),
            ],
            0..40,
        )
        .prop_map(|parts| parts.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        /// The shortcut for lines that fit gives textwrap's own answer.
        #[test]
        fn fill_is_textwraps_fill(
            text in text(),
            width in 1usize..90,
            first in prop_oneof![Just(""), Just("  "), Just("      - "), Just("語 ")],
            rest in prop_oneof![Just(""), Just("  "), Just("      ")],
            hyphens in any::<bool>(),
        ) {
            let mut opts = textwrap::Options::new(width)
                .initial_indent(first)
                .subsequent_indent(rest);
            if !hyphens {
                opts = opts.word_splitter(textwrap::WordSplitter::NoHyphenation);
            }
            prop_assert_eq!(super::fill(&text, opts.clone()), textwrap::fill(&text, opts));
        }
    }
}
