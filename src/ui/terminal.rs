//! The real prompter: dialoguer prompts on standard error, a progress header
//! above each question, "Skip / not sure" and "Back" as the last items.

use console::Term;
use dialoguer::Select;

use super::key_select::{self, KeySelect};
use super::progress::QuestionBar;
use super::prompter::{Ask, Prompter, Reply};
use super::theme::{prompt_width, QuizTheme};
use super::tick_select::{TickSelect, Ticks};
use super::{interrupt, theme};
use crate::i18n::quiz::{strings, QuizStrings};
use crate::i18n::{fill, Lang};

/// Asks on the terminal (standard error), one question at a time.
pub struct TerminalPrompter {
    term: Term,
    theme: QuizTheme,
    bar: QuestionBar,
    s: &'static QuizStrings,
}

/// What a dialoguer prompt returned, before it becomes a [`Reply`].
enum Got<T> {
    Chosen(T),
    Escaped,
    Failed,
}

impl<T> From<dialoguer::Result<Option<T>>> for Got<T> {
    fn from(r: dialoguer::Result<Option<T>>) -> Got<T> {
        match r {
            Ok(Some(t)) => Got::Chosen(t),
            Ok(None) => Got::Escaped,
            // Ctrl-C (console reports it as an interrupted read) or a lost terminal.
            Err(_) => Got::Failed,
        }
    }
}

impl TerminalPrompter {
    /// A prompter for a quiz of `total` questions, speaking `lang`.
    pub fn new(total: usize, lang: Lang) -> TerminalPrompter {
        TerminalPrompter {
            term: Term::stderr(),
            theme: QuizTheme::detect(),
            bar: QuestionBar::new(total),
            s: strings(lang),
        }
    }

    /// `text` wrapped so no line reaches the terminal's edge after a prefix of
    /// `indent` columns and a suffix of `tail`; continuation lines are
    /// indented to align. dialoguer counts lines by newlines, so a line the
    /// terminal wrapped itself would leave rubbish behind when it clears.
    /// The width is read anew each time, so a resized terminal is followed.
    fn wrap(&self, text: &str, indent: usize, tail: usize) -> String {
        let room = prompt_width().saturating_sub(indent + tail + 1).max(10);
        let pad = format!("\n{}", " ".repeat(indent));
        let opts =
            textwrap::Options::new(room).word_splitter(textwrap::WordSplitter::NoHyphenation);
        textwrap::wrap(text, opts).join(&pad)
    }

    fn prompt_text(&self, ask: &Ask, extra: Option<&str>) -> String {
        // Room for the theme's "? " before and " ›" after.
        let mut text = self.wrap(ask.text, 2, 2);
        if let Some(extra) = extra {
            let style = theme::stderr_style();
            text.push_str("\n  ");
            text.push_str(&style.dim(&self.wrap(extra, 2, 2)));
        }
        text
    }

    fn items(&self, labels: &[String], multi: bool) -> Vec<String> {
        let indent = self.theme.item_indent(multi);
        labels.iter().map(|l| self.wrap(l, indent, 0)).collect()
    }

    /// Writes the progress header, runs `prompt`, then removes the header
    /// (the prompt clears itself), so nothing is ever drawn over a prompt.
    fn with_header<T>(&self, ask: &Ask, prompt: impl FnOnce() -> Got<T>) -> Got<T> {
        let label = fill(
            self.s.question_of,
            &[("n", &ask.number), ("total", &ask.total)],
        );
        let header = self.bar.header(ask.number, &label);
        let header = theme::stderr_style().dim(&header);
        if self.term.write_line(&header).is_err() {
            return Got::Failed;
        }
        let got = prompt();
        if !matches!(got, Got::Failed) {
            let _ = self.term.clear_last_lines(1);
        }
        got
    }

    fn interrupted<T>(&self) -> Reply<T> {
        let _ = self.term.show_cursor();
        Reply::Interrupted
    }

    /// After Esc on a multi-select question: skip, go back, or return to it.
    fn multi_menu(&self, ask: &Ask) -> Option<Reply<Vec<usize>>> {
        let mut labels = vec![self.s.multi_return.to_string(), self.s.skip.to_string()];
        if ask.can_go_back {
            labels.push(back_label(self.s.back));
        }
        let items = self.items(&labels, false);
        let prompt = self.wrap(self.s.multi_menu, 2, 2);
        let got: Got<usize> = Select::with_theme(&self.theme)
            .with_prompt(prompt)
            .items(&items)
            .default(0)
            .report(false)
            .interact_on_opt(&self.term)
            .into();
        match got {
            Got::Chosen(1) => Some(Reply::Skip),
            Got::Chosen(2) => Some(Reply::Back),
            Got::Chosen(_) | Got::Escaped => None,
            Got::Failed => Some(self.interrupted()),
        }
    }
}

impl Prompter for TerminalPrompter {
    fn show(&mut self, text: &str) {
        // Lines that already fit are kept as they are (with their indents);
        // longer ones are wrapped at word boundaries to the terminal.
        let width = prompt_width().saturating_sub(1);
        let lines: Vec<String> = text
            .split('\n')
            .map(|line| {
                if console::measure_text_width(line) <= width {
                    line.to_string()
                } else {
                    textwrap::fill(line, width)
                }
            })
            .collect();
        let _ = self.term.write_line(&lines.join("\n"));
    }

    /// Answers are numbered and their number keys pick them at once.
    fn select(&mut self, ask: &Ask, labels: &[String], cursor: usize) -> Reply<usize> {
        let numbered = if labels.len() <= key_select::MAX_NUMBERED {
            labels.len()
        } else {
            0
        };
        let indent = self.theme.item_indent(false);
        let mut items: Vec<String> = labels
            .iter()
            .enumerate()
            .map(|(i, l)| match numbered {
                0 => self.wrap(l, indent, 0),
                _ => self.wrap(
                    &key_select::numbered(i + 1, l),
                    indent + key_select::NUMBER_WIDTH,
                    0,
                ),
            })
            .collect();
        items.push(self.wrap(self.s.skip, indent, 0));
        if ask.can_go_back {
            items.push(self.wrap(&back_label(self.s.back), indent, 0));
        }
        let prompt = self.prompt_text(ask, None);
        loop {
            if interrupt::signalled() {
                return self.interrupted();
            }
            let got = self.with_header(ask, || {
                KeySelect {
                    theme: &self.theme,
                    prompt: &prompt,
                    items: &items,
                    default: cursor,
                    numbered,
                }
                .interact_on_opt(&self.term)
                .map_err(dialoguer::Error::from)
                .into()
            });
            return match got {
                Got::Chosen(i) if i < labels.len() => Reply::Answer(i),
                Got::Chosen(i) if i == labels.len() => Reply::Skip,
                Got::Chosen(_) => Reply::Back,
                Got::Escaped if ask.can_go_back => Reply::Back,
                Got::Escaped => continue,
                Got::Failed => self.interrupted(),
            };
        }
    }

    fn multi_select(
        &mut self,
        ask: &Ask,
        labels: &[String],
        checked: &[bool],
    ) -> Reply<Vec<usize>> {
        let items = self.items(labels, true);
        let prompt = self.prompt_text(ask, Some(self.s.multi_hint));
        // Kept across the Esc menu: "Return to the question" brings back the
        // ticks and the cursor as they were.
        let (mut ticked, mut cursor) = (checked.to_vec(), 0);
        loop {
            if interrupt::signalled() {
                return self.interrupted();
            }
            let got = self.with_header(ask, || {
                TickSelect {
                    theme: &self.theme,
                    prompt: &prompt,
                    items: &items,
                    ticked: &ticked,
                    cursor,
                }
                .interact_on(&self.term)
                .map(Some)
                .map_err(dialoguer::Error::from)
                .into()
            });
            match got {
                Got::Chosen(Ticks::Confirmed(chosen)) => return Reply::Answer(chosen),
                Got::Chosen(Ticks::Left {
                    ticked: t,
                    cursor: c,
                }) => {
                    (ticked, cursor) = (t, c);
                    if let Some(reply) = self.multi_menu(ask) {
                        return reply;
                    }
                }
                Got::Failed => return self.interrupted(),
                Got::Escaped => {}
            }
        }
    }

    fn choose(&mut self, prompt: &str, labels: &[String], cursor: usize) -> Option<usize> {
        let items = self.items(labels, false);
        let prompt = self.wrap(prompt, 2, 2);
        loop {
            if interrupt::signalled() {
                self.interrupted::<()>();
                return None;
            }
            let got: Got<usize> = Select::with_theme(&self.theme)
                .with_prompt(prompt.clone())
                .items(&items)
                .default(cursor.min(items.len().saturating_sub(1)))
                .report(true)
                .interact_on_opt(&self.term)
                .into();
            match got {
                Got::Chosen(i) => return Some(i),
                Got::Escaped => continue,
                Got::Failed => {
                    self.interrupted::<()>();
                    return None;
                }
            }
        }
    }
}

/// "← Back…", with an ASCII arrow where the terminal shows no Unicode.
fn back_label(back: &str) -> String {
    crate::render::glyphs::for_terminal(back, crate::render::Caps::current().unicode).into_owned()
}
