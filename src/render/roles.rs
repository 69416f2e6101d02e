//! `career roles`: every role, or one role's card, as a [`View`].

use serde_json::{json, Value};

use super::{card, json as js, Style, View};
use crate::content::{Pack, Role};
use crate::i18n::Lang;

/// Every role of the pack, one line each.
pub struct RoleList<'a> {
    pub pack: &'a Pack,
    pub lang: Lang,
}

impl View for RoleList<'_> {
    fn lang(&self) -> Lang {
        self.lang
    }
    fn text(&self, style: &Style) -> String {
        card::list(self.pack, self.lang, style)
    }
    fn json(&self) -> Value {
        let roles: Vec<Value> = self
            .pack
            .roles
            .iter()
            .map(|r| js::role(r, self.lang))
            .collect();
        json!({ "roles": roles })
    }
}

/// One role's full card.
pub struct RoleCard<'a> {
    pub role: &'a Role,
    pub pack: &'a Pack,
    pub lang: Lang,
}

impl View for RoleCard<'_> {
    fn lang(&self) -> Lang {
        self.lang
    }
    fn text(&self, style: &Style) -> String {
        card::text(self.role, self.pack, self.lang, style)
    }
    fn json(&self) -> Value {
        json!({ "role": js::role(self.role, self.lang) })
    }
}
