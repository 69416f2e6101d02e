//! The end of a quiz with too few answers: before any result, name the
//! dimensions that need more answers and offer to go back to the skipped
//! questions that inform them. Declining is fine; the result then says what
//! is missing instead of recommending a role.

use super::evidence::{self, Short};
use super::flow::{ask_one, Progress};
use super::layout;
use super::prompter::{Ask, Prompter, Reply};
use crate::content::Quiz;
use crate::i18n::quiz_session::strings;
use crate::i18n::{fill, Lang};

/// How the check ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Checked {
    /// Enough answers, nothing left to offer, or the person wants the result.
    Done,
    Interrupted,
}

/// Offers the skipped questions among `asked` (question indices, in the
/// order they were asked) until every dimension has enough answers, none
/// that would help is left, or the person declines. Each question keeps its
/// number from `asked`; `save` runs after every answer.
pub(crate) fn run(
    quiz: &Quiz,
    lang: Lang,
    prompter: &mut dyn Prompter,
    p: &mut Progress,
    save: &mut dyn FnMut(&Progress),
    asked: &[usize],
) -> Checked {
    let s = strings(lang);
    loop {
        let short = evidence::shortfall(quiz, &p.answers);
        let skipped = evidence::skipped_informing(quiz, &p.answers, &short, asked.iter().copied());
        if short.is_empty() || skipped.is_empty() {
            return Checked::Done;
        }
        prompter.show(&needed(quiz, &short, lang));
        let go_back = match skipped.len() {
            1 => s.revisit_one.to_string(),
            n => fill(s.revisit_many, &[("n", &n)]),
        };
        let items = [go_back, s.revisit_no.to_string()];
        match prompter.choose(s.revisit_prompt, &items, 0) {
            None => return Checked::Interrupted,
            Some(0) => {}
            Some(_) => return Checked::Done,
        }
        let mut k = 0;
        while let Some(&i) = skipped.get(k) {
            let q = &quiz.questions[i];
            let ask = Ask {
                number: asked.iter().position(|a| *a == i).unwrap_or(i) + 1,
                total: quiz.questions.len(),
                text: q.text.get(lang),
                can_go_back: k > 0,
            };
            let order = layout::order(&p.orders, q);
            match ask_one(q, &ask, prompter, p.answers.get(&q.id), lang, &order) {
                Reply::Answer(Some(response)) => {
                    p.answers.set(&q.id, response);
                    save(p);
                    k += 1;
                }
                Reply::Answer(None) => {}
                Reply::Skip => k += 1,
                Reply::Back => k = k.saturating_sub(1),
                Reply::Interrupted => return Checked::Interrupted,
            }
        }
    }
}

/// "Too few answers …", then one line per short dimension.
fn needed(quiz: &Quiz, short: &[Short], lang: Lang) -> String {
    let s = strings(lang);
    let mut out = s.evidence_short.to_string();
    for Short { dimension, missing } in short {
        let name = quiz.dimensions[*dimension].name.get(lang);
        let line = match missing {
            1 => fill(s.more_one, &[("dimension", &name)]),
            n => fill(s.more_many, &[("dimension", &name), ("n", n)]),
        };
        out.push_str("\n  • ");
        out.push_str(&line);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::QuestionKind;
    use crate::engine::Response;
    use crate::ui::scripted::{ScriptedPrompter, Seen, Step};

    fn quiz() -> Quiz {
        crate::ui::default_quiz()
    }

    /// Every question that informs the first dimension skipped, the others
    /// answered (a likert 3, or the first option).
    fn all_but_first_dimension(quiz: &Quiz) -> (Progress, Vec<usize>) {
        let d = &quiz.dimensions[0].id;
        let mut p = Progress {
            position: quiz.questions.len(),
            ..Progress::default()
        };
        let mut skipped = Vec::new();
        for (i, q) in quiz.questions.iter().enumerate() {
            if evidence::informs(q, d) {
                skipped.push(i);
            } else {
                p.answers.set(&q.id, any_answer(q));
            }
        }
        (p, skipped)
    }

    fn any_answer(q: &crate::content::Question) -> Response {
        match &q.kind {
            QuestionKind::Likert { .. } => Response::Likert(3),
            QuestionKind::Choice { options } => Response::Choice(options[0].id.clone()),
            QuestionKind::Multi { options } => Response::Multi(vec![options[0].id.clone()]),
        }
    }

    fn step(q: &crate::content::Question, reply: Reply<usize>) -> Step {
        match q.kind {
            QuestionKind::Multi { .. } => Step::Multi(reply.map(|i| vec![i])),
            _ => Step::Select(reply),
        }
    }

    #[test]
    fn enough_answers_go_straight_to_the_result() {
        let quiz = quiz();
        let mut p = Progress::default();
        for q in &quiz.questions {
            p.answers.set(&q.id, any_answer(q));
        }
        let mut prompter = ScriptedPrompter::new([]);
        let all: Vec<usize> = (0..quiz.questions.len()).collect();
        let checked = run(&quiz, Lang::En, &mut prompter, &mut p, &mut |_| {}, &all);
        assert_eq!(checked, Checked::Done);
        assert!(
            prompter.seen.is_empty(),
            "nothing to say: {:?}",
            prompter.seen
        );
    }

    #[test]
    fn a_short_dimension_is_named_and_its_skipped_questions_offered() {
        let quiz = quiz();
        let (mut p, skipped) = all_but_first_dimension(&quiz);
        let first = &quiz.questions[skipped[0]];
        // Go back, answer the first offered question, skip the rest, then
        // take the result as it is.
        let mut steps = vec![Step::Choose(Some(0)), step(first, Reply::Answer(0))];
        steps.extend(
            skipped[1..]
                .iter()
                .map(|i| step(&quiz.questions[*i], Reply::Skip)),
        );
        steps.push(Step::Choose(Some(1)));
        let mut prompter = ScriptedPrompter::new(steps);
        let mut saves = 0;
        let all: Vec<usize> = (0..quiz.questions.len()).collect();
        let checked = run(
            &quiz,
            Lang::En,
            &mut prompter,
            &mut p,
            &mut |_| saves += 1,
            &all,
        );
        assert_eq!(checked, Checked::Done);
        assert_eq!(prompter.remaining(), 0, "{:?}", prompter.seen);
        let Seen::Text(told) = &prompter.seen[0] else {
            panic!("the shortfall is told first: {:?}", prompter.seen);
        };
        assert!(told.contains("Too few answers"), "{told}");
        assert!(
            told.contains(quiz.dimensions[0].name.get(Lang::En)),
            "{told}"
        );
        assert!(
            !told.contains(quiz.dimensions[1].name.get(Lang::En)),
            "{told}"
        );
        let Seen::Choose { items, .. } = &prompter.seen[1] else {
            panic!("then the offer");
        };
        assert!(items[0].contains(&skipped.len().to_string()), "{items:?}");
        // The offered question keeps its place in the quiz.
        assert!(matches!(
            &prompter.seen[2],
            Seen::Select { number, .. } | Seen::Multi { number, .. } if *number == skipped[0] + 1
        ));
        assert!(p.answers.get(&first.id).is_some());
        assert_eq!(saves, 1, "saved after the answer");
        // The second offer counts one question fewer.
        let Some(Seen::Choose { items, .. }) = prompter.seen.last() else {
            panic!("offered again while still short");
        };
        assert!(
            items[0].contains(&(skipped.len() - 1).to_string()),
            "{items:?}"
        );
    }

    #[test]
    fn interrupting_the_offer_interrupts_the_quiz() {
        let quiz = quiz();
        let (mut p, _) = all_but_first_dimension(&quiz);
        let mut prompter = ScriptedPrompter::new([Step::Choose(None)]);
        let all: Vec<usize> = (0..quiz.questions.len()).collect();
        let checked = run(&quiz, Lang::En, &mut prompter, &mut p, &mut |_| {}, &all);
        assert_eq!(checked, Checked::Interrupted);
    }
}
