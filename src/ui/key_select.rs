//! A one-of-many prompt whose numbered items also answer to their number
//! key: "4" picks the fourth item at once. dialoguer's `Select` has no such
//! keys, so this draws with the same theme and reads keys with console.
//! Otherwise it behaves like `Select` with `report(false)`: arrows, Tab, j/k
//! move (wrapping round), Enter or space picks, Esc or q leaves, and the
//! prompt clears itself when done.

use std::io;

use console::{Key, Term};
use dialoguer::theme::Theme;

/// Items up to this many are numbered; more would need two keys.
pub const MAX_NUMBERED: usize = 9;

/// Columns the number adds before an item's text ("4. ").
pub const NUMBER_WIDTH: usize = 3;

/// `label` as the `n`-th numbered item (1-based).
pub fn numbered(n: usize, label: &str) -> String {
    format!("{n}. {label}")
}

/// The prompt. Items may hold newlines (already wrapped to the terminal).
pub struct KeySelect<'a> {
    pub theme: &'a dyn Theme,
    pub prompt: &'a str,
    pub items: &'a [String],
    /// Where the highlight starts.
    pub default: usize,
    /// The first `numbered` items answer to the keys 1 to `numbered`.
    pub numbered: usize,
}

impl KeySelect<'_> {
    /// The index picked, or `None` on Esc. An error on Ctrl-C (console
    /// reports it as an interrupted read) or when the terminal is gone.
    pub fn interact_on_opt(&self, term: &Term) -> io::Result<Option<usize>> {
        if self.items.is_empty() {
            return Err(io::Error::other("nothing to choose from"));
        }
        let last = self.items.len() - 1;
        let mut sel = self.default.min(last);
        term.hide_cursor()?;
        let picked = loop {
            let drawn = self.draw(term, sel)?;
            let key = term.read_key()?;
            term.clear_last_lines(drawn)?;
            if let Some(to) = moved(&key, sel, last) {
                sel = to;
                continue;
            }
            match key {
                Key::Enter | Key::Char(' ') => break Some(sel),
                Key::Escape | Key::Char('q') => break None,
                Key::Char(c) => {
                    if let Some(n) = self.number_key(c) {
                        break Some(n);
                    }
                }
                _ => {}
            }
        };
        term.show_cursor()?;
        term.flush()?;
        Ok(picked)
    }

    /// The item a digit key picks, if any.
    fn number_key(&self, c: char) -> Option<usize> {
        let n = c.to_digit(10)? as usize;
        (1..=self.numbered.min(self.items.len()))
            .contains(&n)
            .then(|| n - 1)
    }

    /// Draws the prompt and the items; returns the lines written.
    fn draw(&self, term: &Term, sel: usize) -> io::Result<usize> {
        let mut screen = String::new();
        self.theme
            .format_select_prompt(&mut screen, self.prompt)
            .map_err(io::Error::other)?;
        for (i, item) in self.items.iter().enumerate() {
            screen.push('\n');
            self.theme
                .format_select_prompt_item(&mut screen, item, i == sel)
                .map_err(io::Error::other)?;
        }
        write_screen(term, &screen)
    }
}

/// Where a cursor key moves the highlight among items `0..=last` (wrapping
/// round): arrows, Tab, j/k, Home, End. `None` for any other key.
pub fn moved(key: &Key, sel: usize, last: usize) -> Option<usize> {
    Some(match key {
        Key::ArrowDown | Key::Tab | Key::Char('j') => {
            if sel == last {
                0
            } else {
                sel + 1
            }
        }
        Key::ArrowUp | Key::BackTab | Key::Char('k') => {
            if sel == 0 {
                last
            } else {
                sel - 1
            }
        }
        Key::Home => 0,
        Key::End => last,
        _ => return None,
    })
}

/// Writes a drawn prompt; returns the lines it takes, for clearing it.
pub fn write_screen(term: &Term, screen: &str) -> io::Result<usize> {
    term.write_line(screen)?;
    term.flush()?;
    Ok(screen.matches('\n').count() + 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use dialoguer::theme::SimpleTheme;

    fn prompt(items: &[String], numbered: usize) -> KeySelect<'_> {
        KeySelect {
            theme: &SimpleTheme,
            prompt: "?",
            items,
            default: 0,
            numbered,
        }
    }

    #[test]
    fn number_keys_pick_only_numbered_items() {
        let items: Vec<String> = ["a", "b", "c", "skip"].map(String::from).to_vec();
        let p = prompt(&items, 3);
        assert_eq!(p.number_key('1'), Some(0));
        assert_eq!(p.number_key('3'), Some(2));
        assert_eq!(p.number_key('4'), None, "skip has no number");
        assert_eq!(p.number_key('0'), None);
        assert_eq!(p.number_key('x'), None);
    }

    #[test]
    fn items_are_numbered_from_one() {
        assert_eq!(numbered(4, "Agree"), "4. Agree");
        assert_eq!(numbered(1, "x").len() - 1, NUMBER_WIDTH);
    }
}
