//! Numbers as each language writes them: `92.5%` in English, `92,5%` in
//! Indonesian (a decimal comma). Whole numbers are left as they are.

use super::Lang;

/// `x` with `places` decimals, in the reader's language.
pub fn decimal(x: f64, places: usize, lang: Lang) -> String {
    localise(format!("{x:.places$}"), lang)
}

/// `x` (already 0..100) with `places` decimals and a percent sign.
pub fn percent(x: f64, places: usize, lang: Lang) -> String {
    format!("{}%", decimal(x, places, lang))
}

/// `x` in its shortest exact form (`0.15`, `2`), in the reader's language.
pub fn shortest(x: f64, lang: Lang) -> String {
    localise(x.to_string(), lang)
}

fn localise(s: String, lang: Lang) -> String {
    match lang {
        Lang::En => s,
        Lang::Id => s.replace('.', ","),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indonesian_uses_a_decimal_comma() {
        assert_eq!(percent(92.5, 1, Lang::En), "92.5%");
        assert_eq!(percent(92.5, 1, Lang::Id), "92,5%");
        assert_eq!(decimal(0.9, 2, Lang::Id), "0,90");
        assert_eq!(shortest(0.15, Lang::Id), "0,15");
        assert_eq!(shortest(2.0, Lang::En), "2");
    }
}
