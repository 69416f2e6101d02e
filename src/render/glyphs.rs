//! Typographic characters our own text uses, in ASCII for a terminal that
//! cannot show Unicode (`LANG=C`, `TERM=dumb`: [`super::Caps::unicode`]).
//! Bars, cursors and box lines have their own ASCII forms where they are
//! drawn; this covers the punctuation and arrows in running text. Letters
//! outside ASCII (a pack's own words) are left as they are.

use std::borrow::Cow;

/// The ASCII stand-in for a typographic character, if it has one.
fn ascii_of(c: char) -> Option<&'static str> {
    Some(match c {
        '\u{a0}' | '\u{202f}' | '\u{2009}' => " ",
        '·' | '•' => "-",
        '–' | '−' => "-",
        '—' => "--",
        '…' => "...",
        '‘' | '’' => "'",
        '“' | '”' => "\"",
        '←' => "<-",
        '→' => "->",
        '↑' => "Up",
        '↓' => "Down",
        '×' => "x",
        '≥' => ">=",
        '≤' => "<=",
        '±' => "+/-",
        '≈' => "~",
        'α' => "alpha",
        _ => return None,
    })
}

/// `s` with every character [`ascii_of`] knows replaced.
pub fn ascii(s: &str) -> Cow<'_, str> {
    if s.is_ascii() || !s.chars().any(|c| ascii_of(c).is_some()) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match ascii_of(c) {
            Some(a) => out.push_str(a),
            None => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// `s` as it should reach a terminal that shows Unicode (`unicode`) or not.
pub fn for_terminal(s: &str, unicode: bool) -> Cow<'_, str> {
    if unicode {
        Cow::Borrowed(s)
    } else {
        ascii(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn punctuation_and_arrows_become_ascii_and_letters_stay() {
        assert_eq!(
            ascii("3 stages · 12 skills – 1\u{a0}200 h … ← Back ↑ ↓ é"),
            "3 stages - 12 skills - 1 200 h ... <- Back Up Down é"
        );
        assert!(matches!(ascii("plain text"), Cow::Borrowed(_)));
        assert_eq!(for_terminal("a · b", true), "a · b");
    }
}
