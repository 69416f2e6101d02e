//! Answer sets built from `career questions --format json`: a person who loves
//! one dimension, and noisy versions of that person.

use serde_json::{json, Map, Value};

use super::Rng;

/// The answer a person who loves `dim` gives to `question`.
pub fn loving_answer(question: &Value, dim: &str) -> Value {
    let weight = |o: &Value, d: &str| o["weights"][d].as_f64().unwrap_or(0.0);
    let others = |o: &Value| -> f64 {
        o["weights"]
            .as_object()
            .map(|m| {
                m.iter()
                    .filter(|(k, _)| *k != dim)
                    .map(|(_, v)| v.as_f64().unwrap_or(0.0))
                    .sum()
            })
            .unwrap_or(0.0)
    };
    match question["kind"].as_str().unwrap() {
        "likert" => {
            let mine = question["dimension"] == dim;
            let reverse = question["reverse"].as_bool().unwrap_or(false);
            // Agree strongly with what they love, mildly disagree with the rest.
            let v = match (mine, reverse) {
                (true, false) => 5,
                (true, true) => 1,
                (false, false) => 2,
                (false, true) => 4,
            };
            json!(v)
        }
        "choice" => {
            let options = question["options"].as_array().unwrap();
            let best = options
                .iter()
                .max_by(|a, b| {
                    (weight(a, dim) - 0.5 * others(a))
                        .total_cmp(&(weight(b, dim) - 0.5 * others(b)))
                })
                .unwrap();
            best["id"].clone()
        }
        _ => {
            let picked: Vec<Value> = question["options"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|o| weight(o, dim) > 0.0 && weight(o, dim) >= others(o))
                .map(|o| o["id"].clone())
                .collect();
            json!(picked)
        }
    }
}

/// A random answer (or a skip, as `null`) to `question`.
pub fn random_answer(question: &Value, rng: &mut Rng) -> Value {
    if rng.chance(0.2) {
        return Value::Null;
    }
    let options = question["options"].as_array();
    match question["kind"].as_str().unwrap() {
        "likert" => json!(1 + rng.below(5)),
        "choice" => {
            let options = options.unwrap();
            options[rng.below(options.len())]["id"].clone()
        }
        _ => json!(options
            .unwrap()
            .iter()
            .filter(|_| rng.chance(0.4))
            .map(|o| o["id"].clone())
            .collect::<Vec<_>>()),
    }
}

/// An answers document for a person who loves `dim`; with `noise` > 0 each
/// answer is replaced by a random one (or skipped) with that probability.
pub fn answers(questions: &Value, dim: &str, noise: f64, rng: &mut Rng) -> Value {
    let mut answers = Map::new();
    for q in questions["questions"].as_array().unwrap() {
        let a = if noise > 0.0 && rng.chance(noise) {
            random_answer(q, rng)
        } else {
            loving_answer(q, dim)
        };
        answers.insert(q["id"].as_str().unwrap().to_string(), a);
    }
    json!({ "answers": answers })
}
