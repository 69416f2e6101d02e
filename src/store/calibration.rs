//! Calibration maps kept in the data directory, one per quiz, named by the
//! quiz's fingerprint (`calibration/<fingerprint>.json`). They can be made
//! again at any time, so a file that cannot be read or does not fit its
//! quiz is simply not used (and is replaced by the next fit).

use std::path::{Path, PathBuf};

use super::atomic;
use super::StoreError;
use crate::engine::stability_map::StabilityMap;

/// The calibration maps of the built-in pack (`{"schema_version": 1,
/// "maps": […]}`), made by `career calibrate --format json` when the pack
/// changes and checked by `tests/calibration.rs`.
const BUILT_IN: &str = include_str!("../../calibration/built-in.json");

/// The built-in pack's map for the quiz with this fingerprint, if any.
pub fn built_in(fingerprint: &str) -> Option<StabilityMap> {
    // Read only when it holds that fingerprint (another pack's quiz: never).
    if fingerprint.is_empty() || !BUILT_IN.contains(fingerprint) {
        return None;
    }
    #[derive(serde::Deserialize)]
    struct Document {
        maps: Vec<StabilityMap>,
    }
    let doc: Document = serde_json::from_str(BUILT_IN).ok()?;
    doc.maps.into_iter().find(|m| m.fits(fingerprint))
}

/// Where the map of the quiz with this fingerprint is kept.
pub fn path(data_dir: &Path, fingerprint: &str) -> PathBuf {
    // A fingerprint is 16 hex digits; anything else cannot name a file here.
    let name: String = fingerprint
        .chars()
        .filter(char::is_ascii_hexdigit)
        .take(16)
        .collect();
    data_dir.join("calibration").join(format!("{name}.json"))
}

/// The kept map of the quiz with this fingerprint, if there is a usable one.
pub fn load(data_dir: &Path, fingerprint: &str) -> Option<StabilityMap> {
    let bytes = atomic::read_bounded(&path(data_dir, fingerprint)).ok()??;
    let map: StabilityMap = serde_json::from_slice(&bytes).ok()?;
    map.fits(fingerprint).then_some(map)
}

/// Keeps `map` (atomically: a reader sees the old file or the new one).
pub fn save(data_dir: &Path, map: &StabilityMap) -> Result<PathBuf, StoreError> {
    let path = path(data_dir, &map.fingerprint);
    atomic::write_json(&path, map)?;
    Ok(path)
}
