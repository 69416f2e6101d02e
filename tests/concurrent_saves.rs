//! Results saved and read by many `career` processes at once: every result
//! is kept, a damaged one is set aside once, and no command fails for it.

mod common;

use std::process::{Child, Command, Stdio};

fn spawn(home: &std::path::Path, args: &[&std::ffi::OsStr]) -> Child {
    Command::new(env!("CARGO_BIN_EXE_career"))
        .env("CAREER_HOME", home)
        .env("CAREER_CALIBRATION", "no-fit")
        .env("LANG", "C.UTF-8")
        .env_remove("CAREER_CONTENT")
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

#[test]
fn twelve_quizzes_saved_while_results_are_read_all_keep_their_result() {
    let home = tempfile::tempdir().unwrap();
    let answers = home.path().join("answers.yaml");
    std::fs::write(
        &answers,
        "answers:\n  free-friday: build-small-tool\n  support-chatbot: connect-and-launch\n  face-detection-app: library-model-in-app\n  wire-up-models: 5\n  watch-users-try: 5\n  enjoy-statistics: 1\n",
    )
    .unwrap();
    let results = home.path().join("results");
    std::fs::create_dir(&results).unwrap();
    let damaged = results.join("20200101-000000-000000-00.json");
    std::fs::write(&damaged, b"{ half a result").unwrap();

    let quiz = ["quiz".as_ref(), "--answers".as_ref(), answers.as_os_str()];
    let history = ["result".as_ref(), "--history".as_ref()];
    let mut children: Vec<Child> = (0..12).map(|_| spawn(home.path(), &quiz)).collect();
    children.extend((0..4).map(|_| spawn(home.path(), &history)));
    for child in children {
        let out = child.wait_with_output().unwrap();
        let code = out.status.code();
        let stderr = String::from_utf8_lossy(&out.stderr);
        // `result --history` may run before any quiz has saved (exit 1,
        // "nothing saved yet"); no command fails over the damaged file.
        assert!(matches!(code, Some(0 | 1)), "{code:?}: {stderr}");
        assert!(!stderr.contains("saving failed"), "{stderr}");
    }

    let listed = common::json(home.path(), &["result", "--history", "--format", "json"]);
    assert_eq!(listed["results"].as_array().unwrap().len(), 12);
    assert!(!damaged.exists());
    let aside: Vec<_> = std::fs::read_dir(&results)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".damaged-"))
        .collect();
    assert_eq!(aside.len(), 1, "set aside once: {aside:?}");
}
