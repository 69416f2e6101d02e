//! The HTML pages without a browser: one self-contained document each, the
//! language on the page, charts for any number of roles and dimensions,
//! content text escaped and only https addresses as links.

mod common;
mod html_support;

use common::{repo, run, starter_pack_copy};
use html_support::{chart, default_pages, make, targets};

fn self_contained(page: &str) {
    assert!(page.starts_with("<!DOCTYPE html>"), "{page}");
    assert!(page.trim_end().ends_with("</html>"));
    assert!(!page.contains("<script"), "no scripts");
    for outside in ["src=", "<link", "@import", "url("] {
        assert!(
            !page.contains(outside),
            "nothing loaded from outside: {outside}"
        );
    }
    assert!(page.contains("<style>") && page.contains("@media print"));
}

/// The pages of the starter pack in `pack` (copied under `dir`), in English.
fn starter_pages(dir: &std::path::Path, pack: &std::path::Path) -> html_support::Pages {
    let home = dir.join("home");
    std::fs::create_dir_all(&home).unwrap();
    make(&home, Some(pack), "build", "programming", "builder", "en")
}

#[test]
fn the_result_page_shows_the_recommendation_every_match_and_the_card() {
    let pages = default_pages("en");
    let page = &pages.result;
    self_contained(page);
    assert!(page.contains("<html lang=\"en\">"));
    assert!(page.contains("Recommended: AI Engineer"), "{page}");
    assert!(page.contains("AI Engineer is your best match"));
    assert!(page.contains("Analogy") && page.contains("What the work is"));
    let matches = chart(page, "bars").expect("a chart of every role's match");
    for role in ["AI Engineer", "ML Engineer", "AI Researcher"] {
        assert!(matches.contains(role), "{role} has a match bar");
    }
    assert!(page.contains("<code>career roadmap ai-engineer</code>"));
    // How stable the recommendation is, said next to it.
    let hero = &page[page.find("<div class=\"hero\">").unwrap()..];
    let stability = &hero[hero
        .find("<p class=\"stability\">")
        .expect("a stability line")..];
    assert!(
        stability.contains("in 10) would give the same role")
            || stability.contains("in 10 retakes would give the same role"),
        "{stability}"
    );
}

/// Each role's target, as its file gives it, is a marker on the profile chart.
fn every_target_drawn(profile: &str, pack: &std::path::Path) -> usize {
    let all = targets(pack);
    for (role, dim, value) in &all {
        let title = format!("<title>{role}: {dim} {value:.0}</title>");
        assert!(profile.contains(&title), "missing {title} in {profile}");
        assert!(
            profile.contains(&format!(">{dim}</text>")),
            "{dim} has a row"
        );
    }
    all.len()
}

#[test]
fn every_role_target_is_drawn_on_the_profile_axes() {
    let pages = default_pages("en");
    let profile = chart(&pages.result, "profile").expect("a profile chart");
    let drawn = every_target_drawn(profile, &repo());
    assert!(drawn >= 9, "3 roles × 3 dimensions");
    assert_eq!(profile.matches("<g><title>").count(), drawn);
}

#[test]
fn a_pack_of_another_shape_draws_its_own_roles_and_dimensions() {
    let dir = tempfile::tempdir().unwrap();
    let pack = starter_pack_copy(dir.path());
    let pages = starter_pages(dir.path(), &pack);
    let profile = chart(&pages.result, "profile").unwrap();
    assert_eq!(
        every_target_drawn(profile, &pack),
        4,
        "2 roles × 2 dimensions"
    );
    assert_eq!(profile.matches("<g><title>").count(), 4);
    assert!(
        !profile.contains("AI Engineer"),
        "nothing of the default pack"
    );
    assert!(pages.roadmap.contains("<html lang=\"en\">"));
    assert!(pages.roadmap.contains("Roadmap: Builder"));
}

#[test]
fn both_pages_speak_indonesian() {
    let pages = default_pages("id");
    assert!(pages.result.contains("<html lang=\"id\">"));
    assert!(pages.result.contains("Rekomendasi: AI Engineer"));
    assert!(pages.result.contains("Profil minatmu"));
    assert!(pages.result.contains("Seberapa cocok tiap peran"));
    assert!(pages.roadmap.contains("<html lang=\"id\">"));
    assert!(pages.roadmap.contains("Linimasa"));
    assert!(pages.roadmap.contains("Kemajuanmu"));
    assert!(!pages.roadmap.contains("Your progress"));
}

#[test]
fn the_roadmap_page_has_stages_skills_ids_links_timeline_and_progress() {
    let pages = default_pages("en");
    let page = &pages.roadmap;
    self_contained(page);
    assert!(page.contains("<h1>Roadmap: AI Engineer</h1>"));
    assert!(page.contains("Stage 1: "));
    assert!(
        page.contains("<code title=\"id\">python</code>"),
        "skill ids shown"
    );
    assert!(
        page.contains("<span class=\"pill\">60\u{a0}h</span>"),
        "hours shown"
    );
    assert!(page
        .contains(r#"<a href="https://docs.python.org/3/tutorial/" rel="noopener noreferrer">"#));
    // The person's progress: python is done.
    assert!(page.contains("<li class=\"skill done\">\n<div class=\"skill-head\"><span class=\"skill-name\">Python programming</span>"));
    assert!(page.contains("% done · 1 of "), "one skill done: {page}");
    let timeline = chart(page, "timeline").expect("a timeline with --hours-per-week");
    assert!(timeline.contains("NumPy"), "skills on the timeline");
    assert!(
        !timeline.contains(">Python programming<"),
        "done skills are not planned"
    );
    assert!(page.contains("10\u{a0}h a week, starting 2027-01-04"));
}

#[test]
fn without_hours_per_week_there_is_no_timeline() {
    let home = tempfile::tempdir().unwrap();
    let (code, page, err) = run(home.path(), &["roadmap", "ml-engineer", "--format", "html"]);
    assert_eq!(code, 0, "{err}");
    assert!(chart(&page, "timeline").is_none());
    assert!(page.contains("Nothing marked yet"));
}

#[test]
fn content_text_is_escaped_and_only_https_addresses_are_links() {
    let dir = tempfile::tempdir().unwrap();
    let pack = starter_pack_copy(dir.path());
    let role = pack.join("roles/builder.yaml");
    let text = std::fs::read_to_string(&role).unwrap().replace(
        "en: \"Builder\"",
        "en: \"Builder <script>alert(1)</script> & Co\"",
    );
    std::fs::write(&role, text).unwrap();
    let skills = pack.join("roles/skills.yaml");
    let text = std::fs::read_to_string(&skills).unwrap().replace(
        "https://docs.python.org/3/tutorial/",
        "http://insecure.example.org/tutorial",
    );
    std::fs::write(&skills, text).unwrap();
    let pages = starter_pages(dir.path(), &pack);
    for page in [&pages.result, &pages.roadmap] {
        assert!(!page.contains("<script"), "{page}");
        assert!(page.contains("Builder &lt;script&gt;alert(1)&lt;/script&gt; &amp; Co"));
    }
    assert!(!pages.roadmap.contains("href=\"http://"));
    assert!(
        pages.roadmap.contains("The Python Tutorial"),
        "the title stays, as text"
    );
}

#[test]
fn history_has_no_html_page() {
    let home = tempfile::tempdir().unwrap();
    let (code, _, err) = run(home.path(), &["result", "--history", "--format", "html"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("leave out --history"), "{err}");
}

/// The page shows every score as the text and the JSON's one rounding does
/// (to a tenth, then halves away from zero: 31.5 is 32 everywhere), on
/// respondents whose scores land on halves.
#[test]
fn the_page_rounds_scores_as_the_text_does() {
    let dir = tempfile::tempdir().unwrap();
    let h = dir.path();
    let (_, jsonl, _) = run(
        h,
        &[
            "simulate",
            "--respondents",
            "12",
            "--emit",
            "jsonl",
            "--seed",
            "3",
        ],
    );
    let mut halves = 0;
    for (i, line) in jsonl.lines().enumerate() {
        let doc: serde_json::Value = serde_json::from_str(line).unwrap();
        let file = h.join(format!("a{i}.json"));
        std::fs::write(
            &file,
            serde_json::json!({ "answers": doc["answers"] }).to_string(),
        )
        .unwrap();
        let f = file.to_str().unwrap();
        let (code, _, err) = run(h, &["quiz", "--answers", f]);
        assert_eq!(code, 0, "{err}");
        let (_, json, _) = run(h, &["result", "--format", "json"]);
        let (_, page, _) = run(h, &["result", "--format", "html"]);
        let json: serde_json::Value = serde_json::from_str(&json).unwrap();
        for d in json["dimensions"].as_array().unwrap() {
            let score = d["score"].as_f64().unwrap();
            halves += usize::from((score * 10.0).round() as i64 % 10 == 5);
            let expected = (score * 10.0).round() / 10.0;
            let expected = expected.round() as i64;
            let name = d["name"].as_str().unwrap();
            assert!(
                page.contains(&format!("<title>{name}: {expected}</title>")),
                "{name} {score}: {page}"
            );
        }
    }
    assert!(
        halves > 0,
        "no score on a half: the test would prove nothing"
    );
}
