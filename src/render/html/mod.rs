//! Self-contained HTML pages (`--format html`): inline CSS and SVG, no
//! scripts, readable offline and printable. Every content text goes through
//! [`text`] (or [`attr`] inside an attribute); only `https` links become links.

pub mod card;
pub mod chart;
pub mod result;
pub mod roadmap;

use crate::i18n::Lang;

/// The page's style sheet, screen and print.
const CSS: &str = include_str!("page.css");

/// `s` escaped for an HTML text node (`&`, `<`, `>`).
pub fn text(s: &str) -> String {
    html_escape::encode_text(s).into_owned()
}

/// `s` escaped for a double-quoted attribute value.
pub fn attr(s: &str) -> String {
    html_escape::encode_double_quoted_attribute(s).into_owned()
}

/// Escaped text in which `code spans` (the way messages quote commands)
/// become `<code>` elements.
pub fn inline(s: &str) -> String {
    let mut out = String::new();
    for (i, part) in s.split('`').enumerate() {
        if i % 2 == 1 {
            out.push_str(&format!("<code>{}</code>", text(part)));
        } else {
            out.push_str(&text(part));
        }
    }
    out
}

/// A link to `url` labelled `label`, only when `url` is a well-formed
/// `https` address; anything else is shown as plain text, never as a link.
pub fn link(url: &str, label: &str) -> String {
    match url::Url::parse(url) {
        Ok(u) if u.scheme() == "https" => format!(
            r#"<a href="{}" rel="noopener noreferrer">{}</a>"#,
            attr(u.as_str()),
            text(label)
        ),
        _ => text(label),
    }
}

/// A whole document: `lang` on the page, the style sheet inline, `body` as given.
pub fn document(lang: Lang, title: &str, body: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n\
<title>{title}</title>\n<style>\n{CSS}</style>\n</head>\n<body>\n<main>\n{body}\
<footer>{footer}</footer>\n</main>\n</body>\n</html>\n",
        lang = lang.code(),
        title = text(title),
        footer = text(crate::i18n::html::strings(lang).made_by),
    )
}

/// A `<ul>` of escaped items; nothing when there are none.
pub fn list(items: &[String]) -> String {
    if items.is_empty() {
        return String::new();
    }
    let mut out = String::from("<ul>\n");
    for item in items {
        out.push_str(&format!("<li>{}</li>\n", text(item)));
    }
    out.push_str("</ul>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_in_content_is_shown_as_text() {
        assert_eq!(
            text("<script>alert('x')</script> & co"),
            "&lt;script&gt;alert('x')&lt;/script&gt; &amp; co"
        );
        assert_eq!(attr(r#"a"b"#), "a&quot;b");
        assert_eq!(
            inline("run `career <x>` now"),
            "run <code>career &lt;x&gt;</code> now"
        );
    }

    #[test]
    fn only_https_addresses_become_links() {
        assert_eq!(
            link("https://example.org/a?b=1&c=2", "Docs"),
            r#"<a href="https://example.org/a?b=1&amp;c=2" rel="noopener noreferrer">Docs</a>"#
        );
        for bad in [
            "http://example.org",
            "javascript:alert(1)",
            "data:text/html,x",
            "not a url",
        ] {
            assert_eq!(link(bad, "Docs"), "Docs", "{bad}");
        }
        // A quote in an address cannot end the attribute.
        assert!(!link("https://example.org/\"onmouseover=x", "a").contains("\"onmouseover"));
    }
}
