//! A person's answers, and the one rule for whether an answer fits a question.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::diagnostic::{Misfit, Suggest};
use super::model::{Question, QuestionKind};

/// One answered question. A skipped question has no entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Response {
    /// 1 (strongly disagree) .. 5 (strongly agree).
    Likert(u8),
    /// The id of the chosen option.
    Choice(String),
    /// The ids of every chosen option (possibly none).
    Multi(Vec<String>),
}

/// Answers by question id; a missing question counts as skipped.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Answers {
    by_question: BTreeMap<String, Response>,
}

impl Answers {
    pub fn new() -> Answers {
        Answers::default()
    }

    pub fn get(&self, question: &str) -> Option<&Response> {
        self.by_question.get(question)
    }

    pub fn set(&mut self, question: &str, response: Response) {
        self.by_question.insert(question.to_string(), response);
    }

    /// Marks a question as skipped.
    pub fn skip(&mut self, question: &str) {
        self.by_question.remove(question);
    }

    pub fn len(&self) -> usize {
        self.by_question.len()
    }

    pub fn is_empty(&self) -> bool {
        self.by_question.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = (&str, &Response)> {
        self.by_question.iter().map(|(k, v)| (k.as_str(), v))
    }

    /// A copy without one answer (for "what if this were skipped").
    pub fn without(&self, question: &str) -> Answers {
        let mut a = self.clone();
        a.skip(question);
        a
    }
}

/// The answers that do not fit `quiz`, in id order: the question id, and
/// why (`None`: the quiz has no such question).
pub fn misfits<'a>(
    quiz: &super::model::Quiz,
    answers: &'a Answers,
) -> Vec<(&'a str, Option<Misfit>)> {
    let by_id: std::collections::HashMap<&str, &Question> =
        quiz.questions.iter().map(|q| (q.id.as_str(), q)).collect();
    answers
        .iter()
        .filter_map(|(id, r)| match by_id.get(id) {
            None => Some((id, None)),
            Some(q) => q.accepts(r).err().map(|m| (id, Some(m))),
        })
        .collect()
}

/// A number read as a decimal that is a whole number, as that whole number:
/// `4.0` (as pandas writes a column that has a gap) answers 4.
pub fn whole_number(v: f64) -> Option<i64> {
    // Within ±2^53 every whole f64 is exact, and far beyond any answer.
    (v.fract() == 0.0 && v.abs() <= 9_007_199_254_740_992.0).then_some(v as i64)
}

/// An answer as a reader finds it, borrowing its option ids, so that
/// [`Question::fit`] can check it without copying anything.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Given<'a> {
    Likert(i64),
    Choice(&'a str),
    Multi(&'a [&'a str]),
}

/// Where a fitting answer lands, by index. For `Multi`, the picked option
/// indexes were appended to the `picks` given to [`Question::fit`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fit {
    Likert(u8),
    Choice(u32),
    Multi,
}

impl Question {
    /// Whether `response` is an answer this question can take: a likert value
    /// from 1 to 5, or option ids the question has, of the question's kind.
    pub fn accepts(&self, response: &Response) -> Result<(), Misfit> {
        let mut picks = Vec::new();
        match response {
            Response::Likert(v) => self.fit(Given::Likert(i64::from(*v)), &mut picks),
            Response::Choice(id) => self.fit(Given::Choice(id), &mut picks),
            Response::Multi(ids) => {
                let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
                self.fit(Given::Multi(&ids), &mut picks)
            }
        }
        .map(drop)
    }

    /// The one rule for whether an answer fits this question ([`Self::accepts`]
    /// for answers read by id), and where it lands: the likert value or the
    /// options' indexes. Picked indexes of a multi answer are appended to
    /// `picks` (left as they were on a misfit).
    pub fn fit(&self, given: Given<'_>, picks: &mut Vec<u32>) -> Result<Fit, Misfit> {
        let options = self.kind.options();
        let index = |id: &str| match options.iter().position(|o| same_id(&o.id, id)) {
            Some(i) => Ok(i as u32),
            None => Err(Misfit::NoSuchOption {
                got: id.to_string(),
                suggest: Suggest::among(id, options.iter().map(|o| o.id.as_str())),
            }),
        };
        match (&self.kind, given) {
            (QuestionKind::Likert { .. }, Given::Likert(v @ 1..=5)) => Ok(Fit::Likert(v as u8)),
            (QuestionKind::Likert { .. }, Given::Likert(v)) => {
                Err(Misfit::LikertOutOfRange(v.to_string()))
            }
            (QuestionKind::Choice { .. }, Given::Choice(id)) => index(id).map(Fit::Choice),
            (QuestionKind::Multi { .. }, Given::Multi(ids)) => {
                let start = picks.len();
                for id in ids {
                    match index(id) {
                        Ok(i) => picks.push(i),
                        Err(e) => {
                            picks.truncate(start);
                            return Err(e);
                        }
                    }
                }
                Ok(Fit::Multi)
            }
            _ => Err(Misfit::WrongKind),
        }
    }
}

/// `a == b` for short ids, inline and eight bytes at a time: cheaper than the
/// call to `memcmp` that `==` makes, on the batch scorer's hot path.
#[inline]
pub fn same_id(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let word = |s: &[u8], i: usize| {
        let mut w = [0u8; 8];
        w.copy_from_slice(&s[i..i + 8]);
        u64::from_ne_bytes(w)
    };
    let mut i = 0;
    while i + 8 <= a.len() {
        if word(a, i) != word(b, i) {
            return false;
        }
        i += 8;
    }
    a[i..].iter().zip(&b[i..]).all(|(x, y)| x == y)
}
