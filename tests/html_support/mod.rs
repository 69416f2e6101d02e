//! Shared by tests/html.rs and tests/html_browser.rs: the HTML pages of a
//! saved result and a roadmap, made by the real binary.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use crate::common::{personas, run, Rng};

/// The two pages of one person, in one language.
pub struct Pages {
    pub result: String,
    pub roadmap: String,
}

/// Takes the quiz as a person who loves dimension `dim`, marks `done` as learnt, then renders the
/// result page and `role`'s roadmap page (planned at 10 h a week) in `lang`.
/// `pack` is a content folder, or `None` for the built-in pack.
pub fn make(
    home: &Path,
    pack: Option<&Path>,
    dim: &str,
    done: &str,
    role: &str,
    lang: &str,
) -> Pages {
    let mut base: Vec<String> = vec!["--lang".into(), lang.into()];
    if let Some(p) = pack {
        base.push("--content".into());
        base.push(p.display().to_string());
    }
    let go = |extra: &[&str]| -> String {
        let mut args: Vec<&str> = base.iter().map(String::as_str).collect();
        args.extend_from_slice(extra);
        let (code, out, err) = run(home, &args);
        assert_eq!(code, 0, "career {args:?} failed: {err}");
        out
    };
    let questions: serde_json::Value =
        serde_json::from_str(&go(&["questions", "--format", "json"])).unwrap();
    let answers = personas::answers(&questions, dim, 0.0, &mut Rng::new(1));
    let file = home.join("answers.json");
    std::fs::write(&file, answers.to_string()).unwrap();
    go(&["quiz", "--answers", file.to_str().unwrap()]);
    go(&["progress", "done", done]);
    Pages {
        result: go(&["result", "--format", "html"]),
        roadmap: go(&[
            "roadmap",
            role,
            "--format",
            "html",
            "--hours-per-week",
            "10",
            "--start",
            "2027-01-04",
        ]),
    }
}

/// The default pack's pages of a person who leans towards products and has
/// learnt Python: the result and the AI Engineer roadmap.
pub fn default_pages(lang: &str) -> Pages {
    let home = tempfile::tempdir().unwrap();
    make(home.path(), None, "product", "python", "ai-engineer", lang)
}

fn yaml(path: &Path) -> serde_json::Value {
    serde_saphyr::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// Every role of the pack in `dir` with its target on every dimension, as
/// the files say: (role name, dimension name, target), names in English.
pub fn targets(dir: &Path) -> Vec<(String, String, f64)> {
    let mut dims = std::collections::BTreeMap::new();
    for quiz in std::fs::read_dir(dir.join("quizzes")).unwrap() {
        for d in yaml(&quiz.unwrap().path())["dimensions"]
            .as_array()
            .unwrap()
        {
            dims.insert(
                d["id"].as_str().unwrap().to_string(),
                d["name"]["en"].as_str().unwrap().to_string(),
            );
        }
    }
    let mut out = Vec::new();
    for file in std::fs::read_dir(dir.join("roles")).unwrap() {
        let path = file.unwrap().path();
        if path.file_name().unwrap() == "skills.yaml" {
            continue;
        }
        let role = yaml(&path);
        let name = role["name"]["en"].as_str().unwrap().to_string();
        for (dim, value) in role["targets"].as_object().unwrap() {
            out.push((name.clone(), dims[dim].clone(), value.as_f64().unwrap()));
        }
    }
    out
}

/// The text of the first `<svg class="chart NAME"…>…</svg>` in `html`.
pub fn chart<'a>(html: &'a str, name: &str) -> Option<&'a str> {
    let start = html.find(&format!("<svg class=\"chart {name}\""))?;
    let len = html[start..].find("</svg>")? + "</svg>".len();
    Some(&html[start..start + len])
}

/// Where a test may write its pages and screenshots for a person to look at.
pub fn out_dir(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}
