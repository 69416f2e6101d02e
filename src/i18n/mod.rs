//! The two languages the tool speaks, and its interface strings.

#[macro_use]
mod tr;
mod adaptive;
pub mod diagnostics;
pub mod files;
pub mod flags;
#[cfg(feature = "cli")]
pub mod help;
pub mod html;
pub mod number;
pub mod quiz;
pub mod quiz_session;
pub mod roadmap;
pub mod store;
mod strings;
pub mod verdict;

pub use adaptive::AdaptiveStrings;
pub use strings::{Strings, EN, ID};

use serde::Serialize;

/// A language of the interface and of content lookups.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(feature = "cli", derive(clap::ValueEnum))]
pub enum Lang {
    /// English
    En,
    /// Bahasa Indonesia
    Id,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Id => "id",
        }
    }

    /// The interface strings in this language.
    pub fn strings(self) -> &'static Strings {
        match self {
            Lang::En => &EN,
            Lang::Id => &ID,
        }
    }

    /// The language named by a POSIX locale such as `id_ID.UTF-8`; `None` for others.
    pub fn from_locale(locale: &str) -> Option<Lang> {
        let code = locale
            .split(['_', '.', '@', '-'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        match code.as_str() {
            "id" | "in" => Some(Lang::Id),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The language from `LC_ALL`, then `LC_MESSAGES`, then `LANG`; English otherwise.
    pub fn from_env() -> Lang {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|k| std::env::var(k).ok())
            .find(|v| !v.is_empty())
            .and_then(|v| Lang::from_locale(&v))
            .unwrap_or(Lang::En)
    }
}

/// A countable thing, named in both languages. Indonesian nouns do not
/// change with the number ("1 masalah", "3 masalah"); English ones do.
#[derive(Debug, Clone, Copy)]
pub struct Noun {
    pub one: &'static str,
    pub many: &'static str,
    pub id: &'static str,
}

pub const PROBLEM: Noun = Noun {
    one: "problem",
    many: "problems",
    id: "masalah",
};
pub const QUIZ: Noun = Noun {
    one: "quiz",
    many: "quizzes",
    id: "kuis",
};
pub const QUESTION: Noun = Noun {
    one: "question",
    many: "questions",
    id: "pertanyaan",
};
pub const ROLE: Noun = Noun {
    one: "role",
    many: "roles",
    id: "peran",
};
pub const WARNING: Noun = Noun {
    one: "warning",
    many: "warnings",
    id: "peringatan",
};

pub const SKILL: Noun = Noun {
    one: "skill",
    many: "skills",
    id: "keterampilan",
};

/// `n` and the noun in the right number: "1 problem", "2 problems", "2 masalah".
pub fn count(lang: Lang, n: usize, noun: Noun) -> String {
    let word = match lang {
        Lang::En if n == 1 => noun.one,
        Lang::En => noun.many,
        Lang::Id => noun.id,
    };
    format!("{n} {word}")
}

impl AsRef<str> for Lang {
    fn as_ref(&self) -> &str {
        self.code()
    }
}

/// Fills `{name}` placeholders in a translated template.
pub fn fill(template: &str, values: &[(&str, &dyn std::fmt::Display)]) -> String {
    let mut out = template.to_string();
    for (name, value) in values {
        out = out.replace(&format!("{{{name}}}"), &value.to_string());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_use_the_singular_for_one_only_in_english() {
        assert_eq!(count(Lang::En, 1, PROBLEM), "1 problem");
        assert_eq!(count(Lang::En, 0, PROBLEM), "0 problems");
        assert_eq!(count(Lang::En, 2, QUIZ), "2 quizzes");
        assert_eq!(count(Lang::Id, 1, QUIZ), "1 kuis");
        assert_eq!(count(Lang::Id, 2, PROBLEM), "2 masalah");
    }

    #[test]
    fn indonesian_locales_pick_indonesian() {
        assert_eq!(Lang::from_locale("id_ID.UTF-8"), Some(Lang::Id));
        assert_eq!(Lang::from_locale("en_US.UTF-8"), Some(Lang::En));
        assert_eq!(Lang::from_locale("C.UTF-8"), None);
    }
}
