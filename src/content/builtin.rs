//! The default pack as build.rs checked and stored it: loaded without parsing
//! YAML or re-running any check.

use super::model::Pack;

static PREBUILT: &str = include_str!(concat!(env!("OUT_DIR"), "/builtin-pack.json"));

/// The checked default pack; `None` only if the stored form cannot be read
/// (then the caller checks the embedded files instead).
pub fn pack() -> Option<Pack> {
    serde_json::from_str(PREBUILT).ok()
}
