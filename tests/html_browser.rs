//! Both HTML pages in a real browser (headless Chromium), in English and
//! Indonesian: the rendered DOM holds the charts and key text, and a
//! screenshot of each page is not blank. CI installs Chromium (`.ci/run`);
//! without it this test fails and says how to install it.

mod common;
mod html_support;

use std::path::{Path, PathBuf};
use std::process::Command;

use html_support::{default_pages, out_dir};

fn chromium() -> PathBuf {
    for name in ["chromium", "chromium-browser", "google-chrome"] {
        let found = Command::new("sh")
            .args(["-c", &format!("command -v {name}")])
            .output();
        if let Ok(out) = found {
            let path = String::from_utf8_lossy(&out.stdout).trim().to_string();
            if out.status.success() && !path.is_empty() {
                return PathBuf::from(path);
            }
        }
    }
    panic!(
        "headless Chromium is needed for this test and was not found; \
         install it with `apt-get update && apt-get install -y chromium` (.ci/run does this)"
    );
}

/// Runs headless Chromium on `page` with `args`; returns its stdout.
fn browse(page: &Path, args: &[&str]) -> String {
    let profile = tempfile::tempdir().unwrap();
    let out = Command::new("timeout")
        .arg("120")
        .arg(chromium())
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
            // Paint every tile before the screenshot is taken.
            "--run-all-compositor-stages-before-draw",
            "--virtual-time-budget=3000",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .args(args)
        .arg(format!("file://{}", page.display()))
        .output()
        .expect("chromium runs");
    assert!(
        out.status.success(),
        "chromium failed on {}: {}",
        page.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Decodes a PNG and returns (width, height, the standard deviation of its
/// grey levels, the share of pixels that are not near-white).
fn picture_stats(png_file: &Path) -> (u32, u32, f64, f64) {
    let decoder = png::Decoder::new(std::io::BufReader::new(
        std::fs::File::open(png_file).unwrap(),
    ));
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buf).unwrap();
    let channels = info.color_type.samples();
    let greys: Vec<f64> = buf[..info.buffer_size()]
        .chunks(channels)
        .map(|p| {
            let rgb = &p[..channels.min(3)];
            rgb.iter().map(|c| f64::from(*c)).sum::<f64>() / rgb.len() as f64
        })
        .collect();
    let n = greys.len() as f64;
    let mean = greys.iter().sum::<f64>() / n;
    let sd = (greys.iter().map(|g| (g - mean).powi(2)).sum::<f64>() / n).sqrt();
    let inked = greys.iter().filter(|g| **g < 200.0).count() as f64 / n;
    (info.width, info.height, sd, inked)
}

/// The page as the browser built it, and a screenshot that is not blank.
fn check_in_browser(dir: &Path, name: &str, html: &str, must_show: &[&str], charts: &[&str]) {
    let page = dir.join(format!("{name}.html"));
    std::fs::write(&page, html).unwrap();
    let dom = browse(&page, &["--dump-dom"]);
    for chart in charts {
        assert!(
            dom.contains(&format!("<svg class=\"chart {chart}\"")),
            "{name}: the {chart} chart is in the rendered page"
        );
    }
    for text in must_show {
        assert!(
            dom.contains(text),
            "{name}: {text:?} is in the rendered page"
        );
    }
    let shot = dir.join(format!("{name}.png"));
    let _ = std::fs::remove_file(&shot);
    browse(
        &page,
        &[
            &format!("--screenshot={}", shot.display()),
            "--window-size=1200,1600",
        ],
    );
    let (w, h, sd, inked) = picture_stats(&shot);
    assert_eq!((w, h), (1200, 1600), "{name}: screenshot size");
    assert!(
        sd > 10.0,
        "{name}: the screenshot is nearly one colour (sd {sd:.1})"
    );
    assert!(
        inked > 0.01,
        "{name}: almost nothing is drawn ({:.2}% dark pixels)",
        inked * 100.0
    );
}

#[test]
fn both_pages_render_in_a_browser_in_english_and_indonesian() {
    let dir = out_dir("html_browser");
    for (lang, recommended, profile, timeline) in [
        (
            "en",
            "Recommended: AI Engineer",
            "Your interest profile",
            "Timeline",
        ),
        (
            "id",
            "Rekomendasi: AI Engineer",
            "Profil minatmu",
            "Linimasa",
        ),
    ] {
        let pages = default_pages(lang);
        check_in_browser(
            &dir,
            &format!("result-{lang}"),
            &pages.result,
            &[
                &format!("<html lang=\"{lang}\">"),
                recommended,
                profile,
                "ML Engineer",
            ],
            &["profile", "bars"],
        );
        check_in_browser(
            &dir,
            &format!("roadmap-{lang}"),
            &pages.roadmap,
            &[
                &format!("<html lang=\"{lang}\">"),
                timeline,
                "<code title=\"id\">python</code>",
                "https://docs.python.org/3/tutorial/",
            ],
            &["timeline"],
        );
    }
    eprintln!("pages and screenshots: {}", dir.display());
}
