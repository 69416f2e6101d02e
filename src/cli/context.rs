//! What every command needs: the language, the content pack and the terminal style.

use std::path::PathBuf;

use crate::content::{self, Pack, PackSource, Quiz, Role};
use crate::error::{CareerError, Result};
use crate::i18n::{fill, Lang};
use crate::render::Style;

pub struct Context {
    pub lang: Lang,
    pub source: PackSource,
    pub style: Style,
}

impl Context {
    pub fn new(lang: Lang, content: Option<PathBuf>) -> Context {
        let source = match content {
            Some(dir) => PackSource::Folder(dir),
            None => PackSource::BuiltIn,
        };
        Context {
            lang,
            source,
            style: Style::detect(),
        }
    }

    /// Loads and checks the pack; any problem ends the command with exit 1.
    pub fn pack(&self) -> Result<Pack> {
        content::load(&self.source).map_err(|problems| CareerError::Content {
            pack: self.source.describe(),
            problems,
        })
    }

    pub fn quiz<'p>(&self, pack: &'p Pack, id: Option<&str>) -> Result<&'p Quiz> {
        pack.quiz(id).ok_or_else(|| {
            let s = self.lang.strings();
            let want = id.unwrap_or("");
            let known: Vec<&str> = pack.quizzes.iter().map(|q| q.id.as_str()).collect();
            CareerError::usage(
                fill(s.unknown_quiz, &[("quiz", &want)]),
                self.known_hint(want, &known),
            )
        })
    }

    pub fn role<'p>(&self, pack: &'p Pack, id: &str) -> Result<&'p Role> {
        pack.role(id).ok_or_else(|| {
            let s = self.lang.strings();
            let shown = content::text::sanitize(id);
            CareerError::usage(
                fill(s.unknown_role, &[("role", &shown)]),
                self.known_hint(id, &pack.role_ids()),
            )
        })
    }

    /// "did you mean `x`?" or the list of known ids.
    pub fn known_hint(&self, got: &str, known: &[&str]) -> String {
        let lang = self.lang;
        match crate::suggest::closest(got, known.iter().copied()) {
            Some(s) => crate::tr!(lang, "did you mean `{s}`?", "maksudnya `{s}`?"),
            None => {
                let list = known.join(", ");
                crate::tr!(lang, "choose one of: {list}", "pilih salah satu: {list}")
            }
        }
    }
}
