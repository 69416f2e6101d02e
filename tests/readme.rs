//! The README shows real output: its examples run, and its weekly plan is what
//! the tool prints.

mod common;

use common::{repo, run};

fn readme() -> String {
    std::fs::read_to_string(repo().join("README.md")).unwrap()
}

#[test]
fn the_weekly_plan_in_the_readme_is_what_the_tool_prints() {
    let home = tempfile::tempdir().unwrap();
    let (code, out, err) = run(
        home.path(),
        &[
            "roadmap",
            "ml-engineer",
            "--hours-per-week",
            "10",
            "--start",
            "2027-01-04",
            "--format",
            "markdown",
        ],
    );
    assert_eq!(code, 0, "{err}");
    let readme = readme();
    let rows: Vec<&str> = readme
        .lines()
        .filter(|l| l.starts_with("| ") && l.contains(" – 20"))
        .collect();
    assert!(rows.len() >= 10, "the README shows a weekly plan");
    for row in rows {
        assert!(
            out.lines().any(|l| l == row),
            "README row not in the tool's output: {row}"
        );
    }
    let finish = readme.lines().find(|l| l.starts_with("**Finish:")).unwrap();
    let date = &finish["**Finish: ".len().."**Finish: ".len() + 10];
    assert!(out.contains(&format!("Finish: {date}")), "{out}");
}

#[test]
fn the_answers_example_in_the_readme_scores() {
    let home = tempfile::tempdir().unwrap();
    let readme = readme();
    let start = readme.find("cat > answers.yaml <<'YAML'\n").unwrap()
        + "cat > answers.yaml <<'YAML'\n".len();
    let end = start + readme[start..].find("\nYAML\n").unwrap();
    let file = home.path().join("answers.yaml");
    std::fs::write(&file, &readme[start..end]).unwrap();
    let (code, out, err) = run(home.path(), &["quiz", "--answers", file.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    // The result screen the README shows starts as the tool's does: the
    // recommendation and its (calibrated) stability.
    let shown = readme
        .find("```text\nRecommended:")
        .expect("a result screen")
        + "```text\n".len();
    let first_two: Vec<&str> = readme[shown..].lines().take(2).collect();
    let printed: Vec<&str> = out.lines().take(2).collect();
    assert_eq!(
        first_two, printed,
        "the README's result screen is not the tool's"
    );
}
