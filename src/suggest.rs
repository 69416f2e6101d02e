//! "Did you mean …?" suggestions for mistyped ids and names.

/// The candidate closest to `input`, if any is close enough to be a likely typo.
pub fn closest<'a>(input: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    candidates
        .into_iter()
        .map(|c| (strsim::jaro_winkler(input, c), c))
        .filter(|(score, _)| *score >= 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0).then_with(|| b.1.cmp(a.1)))
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::closest;

    #[test]
    fn suggests_near_misses_only() {
        let roles = ["ai-engineer", "ml-engineer", "ai-researcher"];
        assert_eq!(closest("ml-enginer", roles), Some("ml-engineer"));
        assert_eq!(closest("banana", roles), None);
    }
}
