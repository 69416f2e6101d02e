//! The number flags in words: the message when a value is out of range or
//! is no number at all, and a hint that gives the range and an example.
//! `--respondents`, `--noise`, `--confidence`, `--seed` and `--threads`
//! share them, whether clap or the command found the value wrong.

use std::fmt::Display;

use super::{fill, Lang};

/// A flag whose value is a number within a range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumberFlag {
    Respondents,
    Noise,
    Confidence,
    Seed,
    Threads,
}

impl NumberFlag {
    /// The flag named `name` (`--threads`, or `--threads <N>` as clap shows it).
    pub fn from_name(name: &str) -> Option<NumberFlag> {
        Some(match name.split([' ', '=']).next()? {
            "--respondents" => NumberFlag::Respondents,
            "--noise" => NumberFlag::Noise,
            "--confidence" => NumberFlag::Confidence,
            "--seed" => NumberFlag::Seed,
            "--threads" => NumberFlag::Threads,
            _ => return None,
        })
    }

    pub fn name(self) -> &'static str {
        match self {
            NumberFlag::Respondents => "--respondents",
            NumberFlag::Noise => "--noise",
            NumberFlag::Confidence => "--confidence",
            NumberFlag::Seed => "--seed",
            NumberFlag::Threads => "--threads",
        }
    }

    /// Whether the flag takes whole numbers only.
    fn whole(self) -> bool {
        matches!(
            self,
            NumberFlag::Respondents | NumberFlag::Seed | NumberFlag::Threads
        )
    }
}

/// "`--threads 0` is out of range".
pub fn out_of_range(flag: NumberFlag, value: &dyn Display, lang: Lang) -> String {
    let flag = flag.name();
    tr!(
        lang,
        "`{flag} {value}` is out of range",
        "`{flag} {value}` di luar rentang"
    )
}

/// What clap could not read as the flag's number: "`--threads abc` is not a
/// whole number", or out of range for digits too many to hold.
pub fn not_a_number(flag: NumberFlag, value: &str, lang: Lang) -> String {
    let digits = value.strip_prefix(['-', '+']).unwrap_or(value);
    if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
        return out_of_range(flag, &value, lang);
    }
    let name = flag.name();
    match (value.trim().is_empty(), flag.whole()) {
        (true, _) => tr!(
            lang,
            "`{name}` has an empty value",
            "`{name}` berisi nilai kosong"
        ),
        (false, true) => tr!(
            lang,
            "`{name} {value}` is not a whole number",
            "`{name} {value}` bukan bilangan bulat"
        ),
        (false, false) => tr!(
            lang,
            "`{name} {value}` is not a number",
            "`{name} {value}` bukan angka"
        ),
    }
}

/// The range the flag takes, with an example.
pub fn hint(flag: NumberFlag, lang: Lang) -> String {
    use crate::engine::respondent::DEFAULT_NOISE;
    use crate::engine::simulate::{MAX_NOISE, MAX_RESPONDENTS};
    let s = lang.adaptive_strings();
    match flag {
        NumberFlag::Respondents => fill(s.respondents_hint, &[("max", &MAX_RESPONDENTS)]),
        NumberFlag::Noise => fill(
            s.noise_hint,
            &[("max", &MAX_NOISE), ("default", &DEFAULT_NOISE)],
        ),
        NumberFlag::Confidence => s.confidence_hint.to_string(),
        NumberFlag::Seed => {
            let max = u64::MAX;
            tr!(
                lang,
                "give a whole number from 0 to {max}, e.g. `--seed 42`",
                "beri bilangan bulat 0 sampai {max}, misalnya `--seed 42`"
            )
        }
        NumberFlag::Threads => {
            let max = crate::cohort::run::MAX_THREADS;
            tr!(
                lang,
                "give a whole number from 1 to {max}, e.g. `--threads 4`; without it, every core is used",
                "beri bilangan bulat 1 sampai {max}, misalnya `--threads 4`; tanpa opsi ini, semua inti dipakai"
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flags_are_found_by_name_as_clap_shows_them() {
        assert_eq!(
            NumberFlag::from_name("--threads <N>"),
            Some(NumberFlag::Threads)
        );
        assert_eq!(NumberFlag::from_name("--noise"), Some(NumberFlag::Noise));
        assert_eq!(NumberFlag::from_name("--lang <LANG>"), None);
    }

    #[test]
    fn digits_too_many_to_hold_are_out_of_range_not_a_non_number() {
        let f = NumberFlag::Seed;
        assert_eq!(
            not_a_number(f, "99999999999999999999999", Lang::En),
            "`--seed 99999999999999999999999` is out of range"
        );
        assert_eq!(
            not_a_number(f, "4x", Lang::En),
            "`--seed 4x` is not a whole number"
        );
        assert_eq!(
            not_a_number(NumberFlag::Noise, "", Lang::Id),
            "`--noise` berisi nilai kosong"
        );
    }
}
