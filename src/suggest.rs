//! Finding what a person named: a role or skill by its id, in any case, or
//! by its display name in any language the pack is written in; else the
//! closest id as a "did you mean" suggestion. Knows no language of its own.

use crate::content::{Pack, Role, Text};

/// The candidate closest to `input`, if any is close enough to be a likely typo.
pub fn closest<'a>(input: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    candidates
        .into_iter()
        .map(|c| (strsim::jaro_winkler(input, c), c))
        .filter(|(score, _)| *score >= 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0).then_with(|| b.1.cmp(a.1)))
        .map(|(_, c)| c)
}

/// A name folded for matching: lower case, spaces and underscores as
/// hyphens, no hyphens doubled or at the ends. `ML Engineer` and
/// `ml_engineer` both fold to `ml-engineer`.
pub fn fold(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.trim().chars().flat_map(char::to_lowercase) {
        let c = if c.is_whitespace() || c == '_' {
            '-'
        } else {
            c
        };
        if c == '-' && (out.is_empty() || out.ends_with('-')) {
            continue;
        }
        out.push(c);
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

/// The id of the item `input` names, or the closest id when none matches
/// (`Err(None)` when nothing is close). Tried in turn: the exact id; the id
/// folded (any case, spaces for hyphens); a display name in any language,
/// folded. An `input` that names several items by display name matches none
/// of them, and the first is suggested.
pub fn find<'a>(
    input: &str,
    items: impl IntoIterator<Item = (&'a str, &'a Text)> + Clone,
) -> Result<&'a str, Option<&'a str>> {
    if let Some((id, _)) = items.clone().into_iter().find(|(id, _)| *id == input) {
        return Ok(id);
    }
    let want = fold(input);
    if want.is_empty() {
        return Err(None);
    }
    let by_id: Vec<&str> = items
        .clone()
        .into_iter()
        .filter(|(id, _)| fold(id) == want)
        .map(|(id, _)| id)
        .collect();
    if let [id] = by_id.as_slice() {
        return Ok(id);
    }
    let by_name: Vec<&str> = items
        .clone()
        .into_iter()
        .filter(|(_, names)| names.all().any(|n| fold(n) == want))
        .map(|(id, _)| id)
        .collect();
    match by_name.as_slice() {
        [id] => return Ok(id),
        [first, ..] => return Err(Some(first)),
        [] => {}
    }
    // The closest id, comparing folded ids and names alike.
    let mut best: Option<(f64, &str)> = None;
    for (id, names) in items {
        let folded = std::iter::once(fold(id)).chain(names.all().map(fold));
        for candidate in folded {
            let score = strsim::jaro_winkler(&want, &candidate);
            if score >= 0.8 && best.is_none_or(|(b, bid)| score > b || (score == b && id < bid)) {
                best = Some((score, id));
            }
        }
    }
    Err(best.map(|(_, id)| id))
}

/// The role `input` names (see [`find`]).
#[cfg_attr(not(feature = "cli"), allow(dead_code))]
pub fn role<'p>(pack: &'p Pack, input: &str) -> Result<&'p Role, Option<&'p str>> {
    let id = find(input, pack.roles.iter().map(|r| (r.id.as_str(), &r.name)))?;
    pack.role(id).ok_or(None)
}

/// The id of the skill `input` names (see [`find`]).
pub fn skill<'p>(pack: &'p Pack, input: &str) -> Result<&'p str, Option<&'p str>> {
    find(
        input,
        pack.skills.iter().map(|(id, s)| (id.as_str(), &s.name)),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::PackSource;
    use crate::i18n::Lang;

    #[test]
    fn suggests_near_misses_only() {
        let roles = ["ai-engineer", "ml-engineer", "ai-researcher"];
        assert_eq!(closest("ml-enginer", roles), Some("ml-engineer"));
        assert_eq!(closest("banana", roles), None);
    }

    #[test]
    fn ids_match_in_any_case_and_names_in_any_language() {
        let pack = crate::content::load(&PackSource::BuiltIn).unwrap();
        for input in ["ml-engineer", "ML-Engineer", "ML Engineer", " ml_engineer "] {
            assert_eq!(role(&pack, input).map(|r| r.id.as_str()), Ok("ml-engineer"));
        }
        assert_eq!(skill(&pack, "Python"), Ok("python"));
        let name = pack.skills["python"].name.get(Lang::En).to_string();
        let name_id = pack.skills["python"].name.get(Lang::Id).to_string();
        assert_eq!(skill(&pack, &name.to_uppercase()), Ok("python"));
        assert_eq!(skill(&pack, &name_id), Ok("python"));
        assert_eq!(skill(&pack, "pyton"), Err(Some("python")));
        assert_eq!(skill(&pack, "zzzzzz"), Err(None));
        assert_eq!(skill(&pack, ""), Err(None));
    }
}
