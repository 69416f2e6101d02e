//! A pick-any prompt that, unlike dialoguer's `MultiSelect`, hands back what
//! was ticked when it is left with Esc, so the menu Esc opens ("Return to
//! the question") can bring the question back as it was. Drawn with the
//! same theme: arrows, Tab, j/k move (wrapping round), Space ticks or
//! unticks, Enter confirms, Esc or q leaves; the prompt clears itself.

use std::io;

use console::{Key, Term};
use dialoguer::theme::Theme;

use super::key_select::{moved, write_screen};

/// How the prompt ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ticks {
    /// Enter: the ticked items' indexes, in order.
    Confirmed(Vec<usize>),
    /// Esc: what was ticked then, and where the cursor was.
    Left { ticked: Vec<bool>, cursor: usize },
}

pub struct TickSelect<'a> {
    pub theme: &'a dyn Theme,
    pub prompt: &'a str,
    /// Items may hold newlines (already wrapped to the terminal).
    pub items: &'a [String],
    /// Ticked at the start (missing entries count as unticked).
    pub ticked: &'a [bool],
    /// Where the cursor starts.
    pub cursor: usize,
}

impl TickSelect<'_> {
    /// An error on Ctrl-C (console reports it as an interrupted read) or
    /// when the terminal is gone.
    pub fn interact_on(&self, term: &Term) -> io::Result<Ticks> {
        if self.items.is_empty() {
            return Err(io::Error::other("nothing to choose from"));
        }
        let last = self.items.len() - 1;
        let mut ticked: Vec<bool> = (0..self.items.len())
            .map(|i| self.ticked.get(i).copied().unwrap_or(false))
            .collect();
        let mut sel = self.cursor.min(last);
        term.hide_cursor()?;
        let end = loop {
            let drawn = self.draw(term, sel, &ticked)?;
            let key = term.read_key()?;
            term.clear_last_lines(drawn)?;
            if let Some(to) = moved(&key, sel, last) {
                sel = to;
                continue;
            }
            match key {
                Key::Char(' ') => ticked[sel] = !ticked[sel],
                Key::Enter => {
                    break Ticks::Confirmed(
                        ticked
                            .iter()
                            .enumerate()
                            .filter_map(|(i, t)| t.then_some(i))
                            .collect(),
                    )
                }
                Key::Escape | Key::Char('q') => {
                    break Ticks::Left {
                        ticked,
                        cursor: sel,
                    }
                }
                _ => {}
            }
        };
        term.show_cursor()?;
        term.flush()?;
        Ok(end)
    }

    /// Draws the prompt and the items; returns the lines written.
    fn draw(&self, term: &Term, sel: usize, ticked: &[bool]) -> io::Result<usize> {
        let mut screen = String::new();
        self.theme
            .format_multi_select_prompt(&mut screen, self.prompt)
            .map_err(io::Error::other)?;
        for (i, item) in self.items.iter().enumerate() {
            screen.push('\n');
            self.theme
                .format_multi_select_prompt_item(&mut screen, item, ticked[i], i == sel)
                .map_err(io::Error::other)?;
        }
        write_screen(term, &screen)
    }
}
