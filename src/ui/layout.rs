//! The order answer options are shown in.
//!
//! Listing options the same way every time gives the quiz away (product,
//! then maths, then theory), so each quiz session shows the options of every
//! `choice` and `multi` question in a fresh random order, unless the question
//! says `shuffle: false`. The orders are part of the saved progress, so a
//! resumed quiz and Back show exactly what was shown before. Answers are
//! recorded by option id, so nothing else depends on the order.

use std::collections::BTreeMap;

use rand::rngs::ChaCha8Rng;
use rand::seq::SliceRandom;
use rand::SeedableRng;

use crate::content::{Question, Quiz};

/// Per question id, its option ids in the order they are shown.
pub type Orders = BTreeMap<String, Vec<String>>;

/// A seed that differs from one quiz session to the next. std's hasher keys
/// come from the operating system's randomness, which is plenty for this.
pub fn fresh_seed() -> u64 {
    use std::hash::BuildHasher;
    std::collections::hash_map::RandomState::new().hash_one(0x5eed_u64)
}

/// Gives every shuffled question of `quiz` an order: the one in `orders`
/// when it still lists exactly the question's options, a new random one
/// (from `seed`) otherwise. Orders of questions the quiz no longer has, or
/// that are not shuffled, are dropped.
pub fn complete(orders: &mut Orders, quiz: &Quiz, seed: u64) {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut kept = Orders::new();
    for q in &quiz.questions {
        let options = q.kind.options();
        if !q.shuffle || options.is_empty() {
            continue;
        }
        // Drawn for every question, so a seed gives the same orders however
        // many of them were kept.
        let mut fresh: Vec<String> = options.iter().map(|o| o.id.clone()).collect();
        fresh.shuffle(&mut rng);
        let order = match orders.remove(&q.id) {
            Some(saved) if positions(q, &saved).is_some() => saved,
            _ => fresh,
        };
        kept.insert(q.id.clone(), order);
    }
    *orders = kept;
}

/// The options of `q` in the order shown: indices into its options, first
/// shown first. The written order when `orders` has none that fits.
pub fn order(orders: &Orders, q: &Question) -> Vec<usize> {
    let written = || (0..q.kind.options().len()).collect();
    match orders.get(&q.id) {
        Some(ids) if q.shuffle => positions(q, ids).unwrap_or_else(written),
        _ => written(),
    }
}

/// The option indices of `ids`, when they are a permutation of `q`'s options.
fn positions(q: &Question, ids: &[String]) -> Option<Vec<usize>> {
    let options = q.kind.options();
    if ids.len() != options.len() {
        return None;
    }
    let mut seen = vec![false; options.len()];
    ids.iter()
        .map(|id| {
            let i = options.iter().position(|o| o.id == *id)?;
            (!std::mem::replace(&mut seen[i], true)).then_some(i)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::QuestionKind;

    fn quiz() -> Quiz {
        crate::ui::default_quiz()
    }

    fn with_options(quiz: &Quiz) -> impl Iterator<Item = &Question> {
        quiz.questions
            .iter()
            .filter(|q| !matches!(q.kind, QuestionKind::Likert { .. }))
    }

    #[test]
    fn every_option_is_shown_once() {
        let quiz = quiz();
        let mut orders = Orders::new();
        complete(&mut orders, &quiz, 7);
        for q in with_options(&quiz) {
            let mut shown = order(&orders, q);
            shown.sort_unstable();
            assert_eq!(shown, (0..q.kind.options().len()).collect::<Vec<_>>());
        }
    }

    #[test]
    fn sessions_get_different_orders_and_a_kept_order_stays() {
        let quiz = quiz();
        let (mut a, mut b) = (Orders::new(), Orders::new());
        complete(&mut a, &quiz, 1);
        complete(&mut b, &quiz, 2);
        let shown = |o: &Orders| with_options(&quiz).map(|q| order(o, q)).collect::<Vec<_>>();
        assert_ne!(shown(&a), shown(&b), "two seeds, two layouts");
        // Completing again (a resumed quiz) keeps every saved order.
        let before = a.clone();
        complete(&mut a, &quiz, 99);
        assert_eq!(a, before);
    }

    #[test]
    fn a_saved_order_that_no_longer_fits_is_replaced() {
        let quiz = quiz();
        let q = with_options(&quiz).next().unwrap();
        let mut orders = Orders::new();
        orders.insert(q.id.clone(), vec!["gone".into()]);
        orders.insert("no-such-question".into(), vec![]);
        complete(&mut orders, &quiz, 3);
        assert!(!orders.contains_key("no-such-question"));
        assert_eq!(orders[&q.id].len(), q.kind.options().len());
        let mut broken = Orders::new();
        let first = q.kind.options()[0].id.clone();
        broken.insert(q.id.clone(), vec![first; q.kind.options().len()]);
        assert_eq!(
            order(&broken, q),
            (0..q.kind.options().len()).collect::<Vec<_>>()
        );
    }

    /// The tiny test pack with `extra` questions appended to its quiz.
    fn tiny_with(extra: &str) -> Result<crate::content::Pack, Vec<crate::content::Diagnostic>> {
        let root =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/tiny-pack");
        let dir = tempfile::tempdir().unwrap();
        for folder in ["quizzes", "roles"] {
            std::fs::create_dir_all(dir.path().join(folder)).unwrap();
            for entry in std::fs::read_dir(root.join(folder)).unwrap() {
                let path = entry.unwrap().path();
                std::fs::copy(
                    &path,
                    dir.path().join(folder).join(path.file_name().unwrap()),
                )
                .unwrap();
            }
        }
        let quiz = dir.path().join("quizzes/tiny.yaml");
        let text = std::fs::read_to_string(&quiz).unwrap() + extra;
        std::fs::write(&quiz, text).unwrap();
        crate::content::load(&crate::content::PackSource::Folder(
            dir.path().to_path_buf(),
        ))
    }

    #[test]
    fn a_pack_can_keep_ordered_options_in_their_written_order() {
        let pack = tiny_with(
            r#"
  - id: how-often
    kind: choice
    shuffle: false
    text: "How often do you ship?"
    options:
      - {id: never, text: "Never", weights: {product: 0}}
      - {id: sometimes, text: "Sometimes", weights: {product: 1}}
      - {id: often, text: "Often", weights: {product: 2}}
"#,
        )
        .expect("validate accepts `shuffle: false`");
        let quiz = pack.quiz(None).unwrap();
        let q = quiz.question("how-often").unwrap();
        assert!(!q.shuffle);
        for seed in 0..20 {
            let mut orders = Orders::new();
            complete(&mut orders, quiz, seed);
            assert_eq!(order(&orders, q), vec![0, 1, 2], "seed {seed}");
        }
    }

    #[test]
    fn shuffle_does_not_apply_to_a_likert_statement() {
        let errors = tiny_with(
            r#"
  - id: q9
    kind: likert
    dimension: product
    shuffle: false
    text: "I like demos."
"#,
        )
        .expect_err("shuffle on a likert statement is a mistake");
        let named = errors.iter().any(|d| {
            matches!(&d.problem, crate::content::diagnostic::Problem::FieldNotForKind { field, .. } if field == "shuffle")
        });
        assert!(named, "{errors:?}");
    }
}
