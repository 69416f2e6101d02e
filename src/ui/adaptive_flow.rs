//! The adaptive quiz flow: the engine picks each next question, and the quiz
//! ends as soon as the rest could not change the top match, with an offer to
//! answer the rest anyway. Skip, back and saving work as in [`super::flow`].
//!
//! The path (the questions in the order they were asked) is part of the
//! progress, so going back revisits the same questions, later answers are kept,
//! and a resumed quiz replays to exactly where it was.

use super::flow::{apply, ask_one, Moved, Progress};
use super::layout;
use super::prompter::{Ask, Prompter};
use super::revisit::{self, Checked};
use crate::content::{Pack, Quiz};
use crate::engine::{AdaptiveOptions, AdaptiveSession};
use crate::i18n::Lang;
use crate::render::stopped;

/// How the adaptive flow ended; both carry the progress (answers and path).
#[derive(Debug, Clone, PartialEq)]
pub enum AdaptiveEnd {
    Finished(Progress),
    Interrupted(Progress),
}

/// An engine session that has seen the answers along the path so far.
pub fn replay<'a>(
    pack: &'a Pack,
    quiz: &'a Quiz,
    options: AdaptiveOptions,
    p: &Progress,
) -> AdaptiveSession<'a> {
    let mut session = AdaptiveSession::new(pack, quiz, options);
    for id in &p.asked {
        // The path was built from this quiz; a question it does not know is passed over.
        let _ = session.record(id, p.answers.get(id).cloned());
    }
    if p.answer_rest {
        session.answer_the_rest();
    }
    session
}

/// Asks the adaptive quiz from `start`. `save` is called after every step.
pub fn run(
    pack: &Pack,
    quiz: &Quiz,
    options: AdaptiveOptions,
    lang: Lang,
    prompter: &mut dyn Prompter,
    start: Progress,
    save: &mut dyn FnMut(&Progress),
) -> AdaptiveEnd {
    let total = quiz.questions.len();
    let mut p = start;
    p.asked.retain(|id| quiz.question(id).is_some());
    p.position = p.position.min(p.asked.len());
    loop {
        if p.position == p.asked.len() {
            let session = replay(pack, quiz, options, &p);
            if let Some(rule) = session.stop_state() {
                prompter.show(&stopped::settled(rule, session.asked(), total, lang));
                let s = lang.adaptive_strings();
                let items = vec![s.rest_no.to_string(), s.rest_yes.to_string()];
                let prompt = stopped::offer_rest(total - session.asked(), lang);
                match prompter.choose(&prompt, &items, 0) {
                    None => return AdaptiveEnd::Interrupted(p),
                    Some(0) => return finish(quiz, lang, prompter, p, save),
                    Some(_) => {
                        p.answer_rest = true;
                        save(&p);
                        continue;
                    }
                }
            }
            match session.next_question() {
                Some(q) => p.asked.push(q.id.clone()),
                None => return finish(quiz, lang, prompter, p, save),
            }
        }
        let Some(q) = quiz.question(&p.asked[p.position]) else {
            return finish(quiz, lang, prompter, p, save);
        };
        let ask = Ask {
            number: p.position + 1,
            total,
            text: q.text.get(lang),
            can_go_back: p.position > 0,
        };
        let order = layout::order(&p.orders, q);
        let reply = ask_one(q, &ask, prompter, p.answers.get(&q.id), lang, &order);
        match apply(&mut p, &q.id, reply) {
            Moved::Again => continue,
            Moved::Interrupted => return AdaptiveEnd::Interrupted(p),
            Moved::On => save(&p),
        }
    }
}

/// Before the result: enough answers on every dimension, or the skipped
/// questions along the path offered again ([`revisit`]).
fn finish(
    quiz: &Quiz,
    lang: Lang,
    prompter: &mut dyn Prompter,
    mut p: Progress,
    save: &mut dyn FnMut(&Progress),
) -> AdaptiveEnd {
    let asked: Vec<usize> = p
        .asked
        .iter()
        .filter_map(|id| quiz.questions.iter().position(|q| q.id == *id))
        .collect();
    match revisit::run(quiz, lang, prompter, &mut p, save, &asked) {
        Checked::Done => AdaptiveEnd::Finished(p),
        Checked::Interrupted => AdaptiveEnd::Interrupted(p),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{self, PackSource, QuestionKind};
    use crate::engine::{self, StopRule};
    use crate::ui::prompter::Reply;
    use crate::ui::scripted::{ScriptedPrompter, Seen, Step};

    fn pack() -> Pack {
        content::load(&PackSource::BuiltIn).unwrap()
    }

    /// The steps of a person who loves building products, in the order the
    /// engine asks, then `after` at the offer to answer the rest; when that is
    /// "yes", every remaining question is skipped.
    fn product_lover(pack: &Pack, after: usize) -> Vec<Step> {
        let quiz = pack.quiz(None).unwrap();
        let mut session = AdaptiveSession::new(pack, quiz, AdaptiveOptions::default());
        let mut steps = Vec::new();
        while let Some(q) = session.next_question() {
            let (step, response) = loves_product(q);
            steps.push(step);
            session.record(&q.id.clone(), Some(response)).unwrap();
        }
        steps.push(Step::Choose(Some(after)));
        if after == 1 {
            session.answer_the_rest();
            while let Some(q) = session.next_question() {
                steps.push(match q.kind {
                    QuestionKind::Multi { .. } => Step::Multi(Reply::Skip),
                    _ => Step::Select(Reply::Skip),
                });
                session.record(&q.id.clone(), None).unwrap();
            }
        }
        steps
    }

    fn loves_product(q: &crate::content::Question) -> (Step, engine::Response) {
        match &q.kind {
            QuestionKind::Likert {
                reverse, dimension, ..
            } => {
                let agree = (dimension == "product") != *reverse;
                let i = if agree { 4 } else { 0 };
                (
                    Step::Select(Reply::Answer(i)),
                    engine::Response::Likert(i as u8 + 1),
                )
            }
            QuestionKind::Choice { options } => {
                let i = (0..options.len())
                    .max_by(|a, b| {
                        options[*a]
                            .weight("product")
                            .total_cmp(&options[*b].weight("product"))
                    })
                    .unwrap();
                (
                    Step::Select(Reply::Answer(i)),
                    engine::Response::Choice(options[i].id.clone()),
                )
            }
            QuestionKind::Multi { options } => {
                let picked: Vec<usize> = (0..options.len())
                    .filter(|i| options[*i].weight("product") > 0.0)
                    .collect();
                let ids = picked.iter().map(|i| options[*i].id.clone()).collect();
                (
                    Step::Multi(Reply::Answer(picked)),
                    engine::Response::Multi(ids),
                )
            }
        }
    }

    #[test]
    fn a_clear_profile_settles_early_with_the_same_top_role_as_the_full_quiz() {
        let pack = pack();
        let quiz = pack.quiz(None).unwrap();
        let mut prompter = ScriptedPrompter::new(product_lover(&pack, 0));
        let mut saves = 0;
        let end = run(
            &pack,
            quiz,
            AdaptiveOptions::default(),
            Lang::En,
            &mut prompter,
            Progress::default(),
            &mut |_| saves += 1,
        );
        let AdaptiveEnd::Finished(p) = end else {
            panic!("finishes")
        };
        assert!(
            p.asked.len() < quiz.questions.len(),
            "settled before the end"
        );
        assert_eq!(saves, p.asked.len(), "saved after every answer");
        let session = replay(&pack, quiz, AdaptiveOptions::default(), &p);
        assert_eq!(session.stop_state(), Some(StopRule::Certain));
        let outcome = session.outcome();
        assert!(outcome.stopped_early);
        assert_eq!(outcome.recommended(), Some("ai-engineer"));
        let settled = prompter
            .seen
            .iter()
            .any(|s| matches!(s, Seen::Text(t) if t.contains("Settled after")));
        assert!(settled, "{:?}", prompter.seen);
    }

    #[test]
    fn answering_the_rest_asks_every_question() {
        let pack = pack();
        let quiz = pack.quiz(None).unwrap();
        let steps = product_lover(&pack, 1);
        let mut prompter = ScriptedPrompter::new(steps);
        let end = run(
            &pack,
            quiz,
            AdaptiveOptions::default(),
            Lang::En,
            &mut prompter,
            Progress::default(),
            &mut |_| {},
        );
        let AdaptiveEnd::Finished(p) = end else {
            panic!("finishes")
        };
        assert!(p.answer_rest);
        assert_eq!(p.asked.len(), quiz.questions.len());
        assert!(
            !replay(&pack, quiz, AdaptiveOptions::default(), &p)
                .outcome()
                .stopped_early
        );
    }

    #[test]
    fn interrupting_keeps_the_path_and_resuming_continues_it() {
        let pack = pack();
        let quiz = pack.quiz(None).unwrap();
        let mut steps = product_lover(&pack, 0);
        let full = steps.clone();
        steps.truncate(3);
        steps.push(Step::Select(Reply::Interrupted));
        let mut prompter = ScriptedPrompter::new(steps);
        let AdaptiveEnd::Interrupted(p) = run(
            &pack,
            quiz,
            AdaptiveOptions::default(),
            Lang::En,
            &mut prompter,
            Progress::default(),
            &mut |_| {},
        ) else {
            panic!("interrupted")
        };
        assert_eq!(p.position, 3);
        assert_eq!(p.answers.len(), 3);
        let mut prompter = ScriptedPrompter::new(full[3..].to_vec());
        let AdaptiveEnd::Finished(done) = run(
            &pack,
            quiz,
            AdaptiveOptions::default(),
            Lang::En,
            &mut prompter,
            p,
            &mut |_| {},
        ) else {
            panic!("finishes")
        };
        assert_eq!(
            replay(&pack, quiz, AdaptiveOptions::default(), &done)
                .outcome()
                .recommended(),
            Some("ai-engineer")
        );
    }
}
