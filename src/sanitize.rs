//! The one sanitiser for text from outside (packs, answers files, file
//! names, saved state, flags) on its way to a terminal or a text file.
//!
//! It removes what could drive a terminal or disguise text: C0 controls
//! except newline and tab, DEL, C1 controls (U+0080–U+009F, which some
//! terminals read as escape sequences), and the bidirectional and other
//! invisible format characters (U+202A–U+202E, U+2066–U+2069, U+200E,
//! U+200F, U+061C). The CLI's writer (`cli::output`) passes every byte of
//! text output through [`for_terminal`], so no caller can forget it; JSON
//! output gets [`json_escape`] instead, which keeps the data and makes the
//! same characters visible as `\uXXXX` escapes.

use std::borrow::Cow;

/// Whether `c` must never reach a terminal raw.
pub fn is_unsafe(c: char) -> bool {
    matches!(c,
        '\u{0}'..='\u{8}' | '\u{b}'..='\u{1f}' | '\u{7f}'..='\u{9f}'
        | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'
        | '\u{200e}' | '\u{200f}' | '\u{61c}')
}

/// Whether `s` holds a character [`is_unsafe`] names. Each of them is a C0
/// control or DEL (one byte), or starts with the byte 0xC2 (C1), 0xD8
/// (U+061C) or 0xE2 (the bidi and format marks), so a run of bytes with none
/// of those is passed over at a glance, a vector register at a time; only a
/// run with one has its characters looked at.
pub fn has_unsafe(s: &str) -> bool {
    let suspect = |c: u8| matches!(c, 0..=8 | 0xb..=0x1f | 0x7f | 0xc2 | 0xd8 | 0xe2);
    let mut at = 0;
    for chunk in s.as_bytes().chunks(32) {
        let end = at + chunk.len();
        // No early exit inside a chunk, so the compiler can vectorise it.
        if chunk.iter().fold(false, |any, &c| any | suspect(c)) {
            // The characters that start in this chunk.
            let mut start = at;
            while !s.is_char_boundary(start) {
                start += 1;
            }
            if s[start..]
                .char_indices()
                .take_while(|(i, _)| start + i < end)
                .any(|(_, c)| is_unsafe(c))
            {
                return true;
            }
        }
        at = end;
    }
    false
}

/// `s` without unsafe characters (newlines and tabs stay).
pub fn clean(s: &str) -> Cow<'_, str> {
    if !has_unsafe(s) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(s.chars().filter(|c| !is_unsafe(*c)).collect())
}

/// `s` ready for a terminal: like [`clean`], but with `keep_sgr` the colour
/// and bold sequences our own renderers add (`ESC [ digits ; … m`) are kept.
/// Any other escape sequence loses its ESC and shows as plain text.
pub fn for_terminal(s: &str, keep_sgr: bool) -> Cow<'_, str> {
    if !has_unsafe(s) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(c) = rest.chars().next() {
        if c == '\u{1b}' && keep_sgr {
            if let Some(n) = sgr_len(rest) {
                out.push_str(&rest[..n]);
                rest = &rest[n..];
                continue;
            }
        }
        if !is_unsafe(c) {
            out.push(c);
        }
        rest = &rest[c.len_utf8()..];
    }
    Cow::Owned(out)
}

/// The length of a Select Graphic Rendition sequence at the start of `s`.
fn sgr_len(s: &str) -> Option<usize> {
    let body = s.strip_prefix("\u{1b}[")?;
    let params = body
        .bytes()
        .take_while(|b| b.is_ascii_digit() || *b == b';')
        .count();
    (body.as_bytes().get(params) == Some(&b'm') && params <= 32).then_some(2 + params + 1)
}

/// Serialized JSON with unsafe characters that serde leaves raw (DEL, C1,
/// bidi and format characters) written as `\uXXXX` escapes. Outside strings
/// JSON is ASCII, so this only touches string contents, and the parsed value
/// is unchanged.
pub fn json_escape(json: &str) -> Cow<'_, str> {
    if !has_unsafe(json) {
        return Cow::Borrowed(json);
    }
    let mut out = String::with_capacity(json.len() + 16);
    for c in json.chars() {
        if is_unsafe(c) {
            out.push_str(&format!("\\u{:04x}", c as u32));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// At most `max` characters of `s`, ending in `…` when cut: for echoing
/// what someone typed or wrote in a file.
pub fn excerpt(s: &str, max: usize) -> Cow<'_, str> {
    match s.char_indices().nth(max) {
        None => Cow::Borrowed(s),
        Some((end, _)) => Cow::Owned(format!("{}…", &s[..end])),
    }
}

/// Every line of `s` longer than `max` characters cut to an excerpt, with
/// the number of characters left out. Messages echo input (an answer, an id,
/// a file name); a megabyte of it is no use to anyone.
pub fn cut_long_lines(s: &str, max: usize) -> Cow<'_, str> {
    if s.len() <= max || !s.split('\n').any(|l| l.chars().nth(max).is_some()) {
        return Cow::Borrowed(s);
    }
    let lines: Vec<String> = s
        .split('\n')
        .map(|line| {
            let total = line.chars().count();
            if total <= max {
                line.to_string()
            } else {
                let keep = max / 2;
                format!("{} [+{}]", excerpt(line, keep), total - keep)
            }
        })
        .collect();
    Cow::Owned(lines.join("\n"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_unsafe_character_is_found_among_safe_neighbours() {
        // Every character up to U+3000 (past every unsafe one): alone,
        // between multi-byte neighbours that share its first bytes, and
        // straddling two of the chunks the check reads at a time.
        for c in (0..0x3000).filter_map(char::from_u32) {
            for s in [
                c.to_string(),
                format!("\u{2014}{c}\u{a0}\u{2065}\u{61b}\u{2029}x"),
            ] {
                let want = s.chars().any(is_unsafe);
                assert_eq!(has_unsafe(&s), want, "{:?}", s);
            }
        }
    }

    #[test]
    fn controls_and_bidi_characters_are_removed_but_words_newlines_and_tabs_stay() {
        let hostile = "a\u{1b}[2Jb\u{7}c\r\n\td\u{9b}31m\u{202e}e\u{2066}f\u{200f}g\u{61c}h\u{7f}";
        assert_eq!(clean(hostile), "a[2Jbc\n\td31mefgh");
        assert_eq!(for_terminal(hostile, false), "a[2Jbc\n\td31mefgh");
    }

    #[test]
    fn colour_sequences_are_kept_only_when_asked_and_others_never() {
        let painted = "\u{1b}[1;36mTitle\u{1b}[0m \u{1b}]0;owned\u{7} \u{1b}[2J";
        assert_eq!(
            for_terminal(painted, true),
            "\u{1b}[1;36mTitle\u{1b}[0m ]0;owned [2J"
        );
        assert_eq!(for_terminal(painted, false), "[1;36mTitle[0m ]0;owned [2J");
    }

    #[test]
    fn json_keeps_the_data_and_shows_hidden_characters_as_escapes() {
        let doc = serde_json::json!({ "name": "evil\u{202e}txt\u{9b}" });
        let text = serde_json::to_string(&doc).unwrap();
        let escaped = json_escape(&text);
        assert!(!escaped.contains('\u{202e}') && !escaped.contains('\u{9b}'));
        assert!(escaped.contains("\\u202e"));
        let back: serde_json::Value = serde_json::from_str(&escaped).unwrap();
        assert_eq!(back, doc);
    }

    #[test]
    fn long_lines_are_cut_to_an_excerpt_that_says_how_much_was_left_out() {
        let long = format!("answers.q1: {}\nnext", "x".repeat(1_000_000));
        let cut = cut_long_lines(&long, 200);
        assert!(cut.len() < 300, "{}", cut.len());
        assert!(
            cut.ends_with(&format!("… [+{}]\nnext", 1_000_012 - 100)),
            "{cut}"
        );
        assert_eq!(cut_long_lines("short\nlines", 200), "short\nlines");
    }
}
