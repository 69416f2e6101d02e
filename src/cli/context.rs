//! What every command needs: the language, the content pack and the terminal style.

use std::mem::ManuallyDrop;
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
    /// The pack is never freed: a command loads it once and ends soon after,
    /// and freeing a whole model just before the process exits only costs
    /// time (docs/performance.md, "Start-up").
    pub fn pack(&self) -> Result<ManuallyDrop<Pack>> {
        content::load(&self.source)
            .map(ManuallyDrop::new)
            .map_err(|problems| CareerError::Content {
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

    /// The role `id` names: its id in any case, or its name in any language.
    pub fn role<'p>(&self, pack: &'p Pack, id: &str) -> Result<&'p Role> {
        crate::suggest::role(pack, id).map_err(|suggestion| {
            let s = self.lang.strings();
            let shown = content::text::sanitize(id);
            let lang = self.lang;
            let hint = match suggestion {
                Some(s) => crate::tr!(lang, "did you mean `{s}`?", "maksudnya `{s}`?"),
                None => self.known_hint("", &pack.role_ids()),
            };
            CareerError::usage(fill(s.unknown_role, &[("role", &shown)]), hint)
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
