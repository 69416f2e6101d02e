//! The quiz flow: one question at a time, with skip and back, through any
//! [`Prompter`]. It knows nothing of terminals or files; the caller saves the
//! progress it reports after every step.

use super::layout::{self, Orders};
use super::prompter::{Ask, Prompter, Reply};
use super::revisit::{self, Checked};
use crate::content::{Question, QuestionKind, Quiz};
use crate::engine::{Answers, Response};
use crate::i18n::quiz::strings;
use crate::i18n::{fill, Lang};
use crate::store::session::Session;

/// Where a person is in the quiz.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Progress {
    pub answers: Answers,
    /// The index of the question to ask next (in the quiz, or in `asked`).
    pub position: usize,
    /// Adaptive quiz only: the question ids in the order the engine chose them.
    pub asked: Vec<String>,
    /// Adaptive quiz only: the person chose to answer the rest after it settled.
    pub answer_rest: bool,
    /// The order each question's options are shown in ([`layout`]).
    pub orders: Orders,
}

impl Progress {
    /// Nothing entered yet: no answer, skip or step taken.
    pub fn is_blank(&self) -> bool {
        self.answers.is_empty() && self.position == 0 && !self.answer_rest
    }
}

/// How the flow ended.
#[derive(Debug, Clone, PartialEq)]
pub enum End {
    /// Every question was answered or skipped.
    Finished(Answers),
    /// Ctrl-C: the progress to save and continue from later.
    Interrupted(Progress),
}

impl End {
    /// The answers, when the quiz was finished.
    #[cfg(test)]
    pub fn finished(self) -> Option<Answers> {
        match self {
            End::Finished(a) => Some(a),
            End::Interrupted(_) => None,
        }
    }
}

/// Asks the questions of `quiz` from `start.position` on. `save` is called
/// after every answer, skip or step back, so a crash loses nothing. At the
/// end, a dimension left with too few answers is named and the skipped
/// questions on it are offered again ([`revisit`]).
pub fn run(
    quiz: &Quiz,
    lang: Lang,
    prompter: &mut dyn Prompter,
    start: Progress,
    save: &mut dyn FnMut(&Progress),
) -> End {
    let total = quiz.questions.len();
    let mut p = start;
    p.position = p.position.min(total);
    while let Some(q) = quiz.questions.get(p.position) {
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
            Moved::Interrupted => return End::Interrupted(p),
            Moved::On => save(&p),
        }
    }
    let all: Vec<usize> = (0..total).collect();
    match revisit::run(quiz, lang, prompter, &mut p, save, &all) {
        Checked::Done => End::Finished(p.answers),
        Checked::Interrupted => End::Interrupted(p),
    }
}

/// What a reply did to the progress.
pub(crate) enum Moved {
    /// Answered, skipped or stepped back: save and go on.
    On,
    /// Nothing usable (an index the question does not have): ask again.
    Again,
    Interrupted,
}

/// Applies the reply to question `id`: record or skip it and move on, or step back.
pub(crate) fn apply(p: &mut Progress, id: &str, reply: Reply<Option<Response>>) -> Moved {
    match reply {
        Reply::Answer(Some(response)) => {
            p.answers.set(id, response);
            p.position += 1;
        }
        Reply::Answer(None) => return Moved::Again,
        Reply::Skip => {
            p.answers.skip(id);
            p.position += 1;
        }
        Reply::Back => p.position = p.position.saturating_sub(1),
        Reply::Interrupted => return Moved::Interrupted,
    }
    Moved::On
}

/// Asks one question; the earlier answer, if any, is where the cursor
/// starts, and a likert statement without one starts on its middle point,
/// so Enter pressed too soon records no extreme. `order` lists the options
/// (indices into the question's) in the order shown.
pub(crate) fn ask_one(
    q: &Question,
    ask: &Ask,
    prompter: &mut dyn Prompter,
    earlier: Option<&Response>,
    lang: Lang,
    order: &[usize],
) -> Reply<Option<Response>> {
    match &q.kind {
        QuestionKind::Likert { .. } => {
            let points = &lang.strings().likert_labels;
            let labels: Vec<String> = points.iter().map(|l| l.to_string()).collect();
            let cursor = match earlier {
                Some(Response::Likert(v)) => usize::from(v.clamp(&1, &5) - 1),
                _ => points.len() / 2,
            };
            prompter
                .select(ask, &labels, cursor)
                .map(|i| (i < points.len()).then(|| Response::Likert(i as u8 + 1)))
        }
        QuestionKind::Choice { options } => {
            let labels: Vec<String> = order
                .iter()
                .map(|i| options[*i].text.get(lang).into())
                .collect();
            let cursor = match earlier {
                Some(Response::Choice(id)) => order.iter().position(|i| options[*i].id == *id),
                _ => None,
            };
            prompter
                .select(ask, &labels, cursor.unwrap_or(0))
                .map(|shown| {
                    order
                        .get(shown)
                        .map(|i| Response::Choice(options[*i].id.clone()))
                })
        }
        QuestionKind::Multi { options } => {
            let labels: Vec<String> = order
                .iter()
                .map(|i| options[*i].text.get(lang).into())
                .collect();
            let checked: Vec<bool> = order
                .iter()
                .map(|i| matches!(earlier, Some(Response::Multi(ids)) if ids.contains(&options[*i].id)))
                .collect();
            prompter.multi_select(ask, &labels, &checked).map(|ticked| {
                // Recorded in the written order, whatever the order shown.
                let mut picked: Option<Vec<usize>> = ticked
                    .iter()
                    .map(|shown| order.get(*shown).copied())
                    .collect();
                if let Some(picked) = &mut picked {
                    picked.sort_unstable();
                    picked.dedup();
                }
                picked.map(|p| Response::Multi(p.iter().map(|i| options[*i].id.clone()).collect()))
            })
        }
    }
}

/// What to do with an unfinished quiz.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resume {
    Continue,
    StartOver,
}

/// Tells the person about their unfinished quiz and asks whether to continue;
/// `None` when they press Ctrl-C.
pub fn offer_resume(
    prompter: &mut dyn Prompter,
    quiz: &Quiz,
    session: &Session,
    lang: Lang,
) -> Option<Resume> {
    let s = strings(lang);
    let date = session.updated.format("%Y-%m-%d %H:%M").to_string();
    let answered = quiz
        .questions
        .iter()
        .filter(|q| session.answers.get(&q.id).is_some())
        .count();
    prompter.show(&fill(
        s.resume_found,
        &[
            ("date", &date),
            ("answered", &answered),
            ("total", &quiz.questions.len()),
        ],
    ));
    let next = (session.position + 1).min(quiz.questions.len());
    let items = vec![
        fill(s.resume_continue, &[("n", &next)]),
        s.resume_restart.to_string(),
    ];
    match prompter.choose(s.resume_prompt, &items, 0)? {
        0 => Some(Resume::Continue),
        _ => Some(Resume::StartOver),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::scripted::{ScriptedPrompter, Seen, Step};

    fn quiz() -> Quiz {
        crate::ui::default_quiz()
    }

    /// The first answer option of every question, as a script.
    fn first_options(quiz: &Quiz) -> Vec<Step> {
        quiz.questions
            .iter()
            .map(|q| match q.kind {
                QuestionKind::Multi { .. } => Step::Multi(Reply::Answer(vec![0])),
                _ => Step::Select(Reply::Answer(0)),
            })
            .collect()
    }

    fn run_script(
        quiz: &Quiz,
        steps: Vec<Step>,
        start: Progress,
    ) -> (End, ScriptedPrompter, usize) {
        let mut prompter = ScriptedPrompter::new(steps);
        let mut saves = 0;
        let end = run(quiz, Lang::En, &mut prompter, start, &mut |_| saves += 1);
        (end, prompter, saves)
    }

    /// The answer that picking item `i` of `q` gives.
    fn response_for(q: &Question, i: usize) -> Response {
        match &q.kind {
            QuestionKind::Likert { .. } => Response::Likert(i as u8 + 1),
            QuestionKind::Choice { options } => Response::Choice(options[i].id.clone()),
            QuestionKind::Multi { options } => Response::Multi(vec![options[i].id.clone()]),
        }
    }

    fn step_for(q: &Question, reply: Reply<usize>) -> Step {
        match q.kind {
            QuestionKind::Multi { .. } => Step::Multi(reply.map(|i| vec![i])),
            _ => Step::Select(reply),
        }
    }

    #[test]
    fn answering_every_question_records_each_answer_by_id() {
        let q = quiz();
        let (end, _, saves) = run_script(&q, first_options(&q), Progress::default());
        let End::Finished(answers) = end else {
            panic!("the quiz should finish");
        };
        assert_eq!(answers.len(), q.questions.len());
        assert_eq!(
            saves,
            q.questions.len(),
            "progress is saved after every answer"
        );
        for question in &q.questions {
            let want = match &question.kind {
                QuestionKind::Likert { .. } => Response::Likert(1),
                QuestionKind::Choice { options } => Response::Choice(options[0].id.clone()),
                QuestionKind::Multi { options } => Response::Multi(vec![options[0].id.clone()]),
            };
            assert_eq!(answers.get(&question.id), Some(&want), "{}", question.id);
        }
    }

    #[test]
    fn likert_questions_offer_the_five_labelled_points_from_neutral() {
        let q = quiz();
        let (_, prompter, _) = run_script(&q, first_options(&q), Progress::default());
        let likert = q
            .questions
            .iter()
            .position(|x| matches!(x.kind, QuestionKind::Likert { .. }))
            .unwrap();
        let Seen::Select { items, cursor, .. } = &prompter.seen[likert] else {
            panic!("a likert question is a select");
        };
        assert_eq!(items, &Lang::En.strings().likert_labels.map(String::from));
        // Enter pressed too soon records no extreme.
        assert_eq!(items[*cursor], "Neutral");
    }

    #[test]
    fn a_skipped_question_is_left_unanswered() {
        let q = quiz();
        let mut steps = first_options(&q);
        steps[0] = step_for(&q.questions[0], Reply::Skip);
        let (end, _, _) = run_script(&q, steps, Progress::default());
        let End::Finished(answers) = end else {
            panic!("the quiz should finish");
        };
        assert_eq!(answers.get(&q.questions[0].id), None);
        assert_eq!(answers.len(), q.questions.len() - 1);
    }

    #[test]
    fn back_returns_to_the_earlier_answer_and_keeps_later_ones() {
        let q = quiz();
        let (a, b, c) = (&q.questions[0], &q.questions[1], &q.questions[2]);
        let steps = vec![
            step_for(a, Reply::Answer(1)),
            step_for(b, Reply::Answer(3)),
            step_for(c, Reply::Answer(2)),
            // At the fourth question, go back twice and change the second answer.
            step_for(&q.questions[3], Reply::Back),
            step_for(c, Reply::Back),
            step_for(b, Reply::Answer(4)),
        ];
        let (end, prompter, _) = run_script(&q, steps, Progress::default());
        let End::Interrupted(p) = end else {
            panic!("the script ends before the quiz does");
        };
        // The third question comes next, and its earlier answer is kept.
        assert_eq!(p.position, 2);
        assert_eq!(p.answers.len(), 3);
        let cursors: Vec<(usize, usize)> = prompter
            .seen
            .iter()
            .filter_map(|s| match s {
                Seen::Select { number, cursor, .. } => Some((*number, *cursor)),
                _ => None,
            })
            .collect();
        // Revisiting a question starts on the answer given before.
        assert!(cursors.contains(&(3, 2)), "{cursors:?}");
        assert!(cursors.contains(&(2, 3)), "{cursors:?}");
        // The changed answer replaced the first one; the others are as given.
        assert_eq!(p.answers.get(&b.id), Some(&response_for(b, 4)));
        assert_eq!(p.answers.get(&a.id), Some(&response_for(a, 1)));
        assert_eq!(p.answers.get(&c.id), Some(&response_for(c, 2)));
    }

    #[test]
    fn the_first_question_offers_no_back() {
        let q = quiz();
        let (_, prompter, _) = run_script(&q, first_options(&q), Progress::default());
        let backs: Vec<bool> = prompter
            .seen
            .iter()
            .filter_map(|s| match s {
                Seen::Select { can_go_back, .. } | Seen::Multi { can_go_back, .. } => {
                    Some(*can_go_back)
                }
                _ => None,
            })
            .collect();
        assert!(!backs[0]);
        assert!(backs[1..].iter().all(|b| *b));
    }

    #[test]
    fn interrupting_keeps_the_answers_so_far_and_the_place() {
        let q = quiz();
        let steps: Vec<Step> = first_options(&q).into_iter().take(5).collect();
        let (end, _, saves) = run_script(&q, steps, Progress::default());
        let End::Interrupted(p) = end else {
            panic!("the script stops after five answers");
        };
        assert_eq!((p.position, p.answers.len(), saves), (5, 5, 5));
    }

    #[test]
    fn a_resumed_quiz_starts_where_it_stopped_with_its_answers() {
        let q = quiz();
        let (end, _, _) = run_script(
            &q,
            first_options(&q).into_iter().take(5).collect(),
            Progress::default(),
        );
        let End::Interrupted(p) = end else {
            panic!("the script stops after five answers");
        };
        let rest: Vec<Step> = first_options(&q).into_iter().skip(5).collect();
        let (end, prompter, _) = run_script(&q, rest, p);
        assert!(matches!(
            &prompter.seen[0],
            Seen::Select { number: 6, .. } | Seen::Multi { number: 6, .. }
        ));
        assert_eq!(end.finished().map(|a| a.len()), Some(q.questions.len()));
    }

    #[test]
    fn multi_select_ticks_the_earlier_answer() {
        let q = quiz();
        let idx = q
            .questions
            .iter()
            .position(|x| matches!(x.kind, QuestionKind::Multi { .. }))
            .unwrap();
        let QuestionKind::Multi { options } = &q.questions[idx].kind else {
            unreachable!()
        };
        let mut answers = Answers::new();
        answers.set(
            &q.questions[idx].id,
            Response::Multi(vec![options[1].id.clone()]),
        );
        let start = Progress {
            answers,
            position: idx,
            ..Progress::default()
        };
        let (end, prompter, _) = run_script(&q, vec![Step::Multi(Reply::Answer(vec![]))], start);
        let Seen::Multi { checked, .. } = &prompter.seen[0] else {
            panic!("expected the multi-select question");
        };
        assert_eq!(checked.iter().filter(|c| **c).count(), 1);
        assert!(checked[1]);
        // Unticking everything is an answer ("none of these"), not a skip.
        let End::Interrupted(p) = end else {
            panic!("the script ends")
        };
        assert_eq!(
            p.answers.get(&q.questions[idx].id),
            Some(&Response::Multi(vec![]))
        );
    }

    #[test]
    fn options_show_in_the_sessions_order_and_are_recorded_by_id() {
        let q = quiz();
        let mut start = Progress::default();
        layout::complete(&mut start.orders, &q, 11);
        // Pick the first option shown, everywhere.
        let (end, prompter, _) = run_script(&q, first_options(&q), start.clone());
        let answers = end.finished().unwrap();
        let mut reordered = 0;
        for (question, seen) in q.questions.iter().zip(&prompter.seen) {
            let options = question.kind.options();
            if options.is_empty() {
                continue;
            }
            let order = layout::order(&start.orders, question);
            reordered += usize::from(order != (0..options.len()).collect::<Vec<_>>());
            let shown: Vec<String> = order
                .iter()
                .map(|i| options[*i].text.get(Lang::En).to_string())
                .collect();
            let (Seen::Select { items, .. } | Seen::Multi { items, .. }) = seen else {
                panic!("{seen:?}");
            };
            assert_eq!(items, &shown, "{}", question.id);
            let first = options[order[0]].id.clone();
            let want = match question.kind {
                QuestionKind::Multi { .. } => Response::Multi(vec![first]),
                _ => Response::Choice(first),
            };
            assert_eq!(answers.get(&question.id), Some(&want), "{}", question.id);
        }
        assert!(
            reordered > 0,
            "some options are shown out of their written order"
        );
    }

    #[test]
    fn back_shows_a_question_in_the_order_it_was_shown_before() {
        let q = quiz();
        let k = q
            .questions
            .iter()
            .position(|x| matches!(x.kind, QuestionKind::Choice { .. }))
            .unwrap();
        let mut start = Progress {
            position: k,
            ..Progress::default()
        };
        layout::complete(&mut start.orders, &q, 4);
        let next = &q.questions[k + 1];
        let steps = vec![
            Step::Select(Reply::Answer(1)),
            step_for(next, Reply::Back),
            Step::Select(Reply::Answer(2)),
        ];
        let (end, prompter, _) = run_script(&q, steps, start.clone());
        let shown: Vec<&Vec<String>> = prompter
            .seen
            .iter()
            .filter_map(|s| match s {
                Seen::Select { number, items, .. } if *number == k + 1 => Some(items),
                _ => None,
            })
            .collect();
        assert_eq!(shown.len(), 2);
        assert_eq!(shown[0], shown[1], "the same order after Back");
        // The highlight returns to the answer given, wherever it is shown.
        let cursors: Vec<usize> = prompter
            .seen
            .iter()
            .filter_map(|s| match s {
                Seen::Select { number, cursor, .. } if *number == k + 1 => Some(*cursor),
                _ => None,
            })
            .collect();
        assert_eq!(cursors, vec![0, 1]);
        let End::Interrupted(p) = end else {
            panic!("the script ends first");
        };
        let options = q.questions[k].kind.options();
        let order = layout::order(&start.orders, &q.questions[k]);
        let want = Response::Choice(options[order[2]].id.clone());
        assert_eq!(p.answers.get(&q.questions[k].id), Some(&want));
    }

    #[test]
    fn finishing_with_everything_skipped_names_what_is_missing_first() {
        let q = quiz();
        let mut steps: Vec<Step> = q
            .questions
            .iter()
            .map(|x| step_for(x, Reply::Skip))
            .collect();
        // Decline the offer to go back: the quiz ends, without answers.
        steps.push(Step::Choose(Some(1)));
        let (end, prompter, _) = run_script(&q, steps, Progress::default());
        assert_eq!(end.finished().map(|a| a.len()), Some(0));
        let told = prompter
            .seen
            .iter()
            .any(|s| matches!(s, Seen::Text(t) if t.contains("Too few answers")));
        assert!(told, "{:?}", prompter.seen.last());
    }

    #[test]
    fn resume_offer_continues_or_starts_over_as_chosen() {
        let q = quiz();
        let session = Session::new(&q, Answers::new(), 4);
        let mut p = ScriptedPrompter::new([Step::Choose(Some(0))]);
        assert_eq!(
            offer_resume(&mut p, &q, &session, Lang::En),
            Some(Resume::Continue)
        );
        let Seen::Choose { items, .. } = &p.seen[1] else {
            panic!("expected a choice");
        };
        assert!(items[0].contains('5'), "continue at question 5: {items:?}");
        let mut p = ScriptedPrompter::new([Step::Choose(Some(1))]);
        assert_eq!(
            offer_resume(&mut p, &q, &session, Lang::En),
            Some(Resume::StartOver)
        );
        let mut p = ScriptedPrompter::new([Step::Choose(None)]);
        assert_eq!(offer_resume(&mut p, &q, &session, Lang::En), None);
    }
}
