//! The quiz, indexed once per batch: question and option ids and texts (in
//! every language of the pack) to indexes, and the one check of whether an
//! answer fits its question.

use std::collections::HashMap;

use super::problem::{clip, Problem};
use crate::content::answers::{same_id, Fit, Given};
use crate::content::diagnostic::{Misfit, Suggest};
use crate::content::{Question, QuestionKind, Quiz};
use crate::engine::batch::{Indexed, Slot};

/// An answer as read from a file, before it is checked against its question.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Raw<'a> {
    /// `null` or `skip`.
    Skip,
    Int(i64),
    /// A number with a fraction (never a valid answer; kept for the message).
    Float(f64),
    Str(&'a str),
    /// A list of strings (in [`Lookup::list`]).
    List,
    /// A list holding something other than strings, a map or a boolean.
    Other,
}

/// The question kinds, without their data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Likert,
    Choice,
    Multi,
}

#[derive(Debug, Clone)]
struct QIndex {
    id: String,
    kind: Kind,
    /// The question itself, whose [`Question::fit`] decides what an answer may be.
    question: Question,
    /// The id holds no quote, backslash or control character.
    plain: bool,
    option_ids: Vec<String>,
    /// Normalised option text (any language) or id to option index.
    option_by_text: HashMap<String, u32>,
    /// Normalised option texts and ids with their option, longest first (for multi cells).
    option_texts: Vec<(String, u32)>,
}

/// The quiz as lookup tables.
#[derive(Debug, Clone)]
pub struct QuizIndex {
    questions: Vec<QIndex>,
    by_id: HashMap<String, usize>,
    /// Normalised question text (any language) or id to question index.
    by_text: HashMap<String, usize>,
    /// Normalised likert scale labels (any language) to 1..5.
    likert_labels: HashMap<String, u8>,
}

/// Lower case with runs of white space made one space, for matching texts.
pub fn normalise(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.chars().flat_map(char::to_lowercase));
    }
    out
}

impl QuizIndex {
    /// Indexes `quiz`; `likert_labels` are the scale's labels (1..5) in each
    /// language a CSV may use.
    pub fn new(quiz: &Quiz, likert_labels: &[[&str; 5]]) -> QuizIndex {
        let questions = quiz.questions.iter().map(QIndex::new).collect();
        let by_id = quiz
            .questions
            .iter()
            .enumerate()
            .map(|(i, q)| (q.id.clone(), i))
            .collect();
        let mut by_text = HashMap::new();
        for (i, q) in quiz.questions.iter().enumerate() {
            for t in q.text.values() {
                by_text.entry(normalise(t)).or_insert(i);
            }
        }
        for (i, q) in quiz.questions.iter().enumerate() {
            by_text.insert(normalise(&q.id), i);
        }
        let mut labels = HashMap::new();
        for set in likert_labels {
            for (v, label) in set.iter().enumerate() {
                labels.insert(normalise(label), v as u8 + 1);
            }
        }
        QuizIndex {
            questions,
            by_id,
            by_text,
            likert_labels: labels,
        }
    }

    pub fn len(&self) -> usize {
        self.questions.len()
    }

    pub fn is_empty(&self) -> bool {
        self.questions.is_empty()
    }

    pub fn id(&self, q: usize) -> &str {
        &self.questions[q].id
    }

    /// Question `q` with its id, if there is such a question and its id needs
    /// no escaping in JSON (so a reader may compare raw bytes with it).
    pub fn plain_id(&self, q: usize) -> Option<(usize, &str)> {
        let question = self.questions.get(q)?;
        question.plain.then_some((q, question.id.as_str()))
    }

    pub fn kind(&self, q: usize) -> Kind {
        self.questions[q].kind
    }

    pub fn option_ids(&self, q: usize) -> &[String] {
        &self.questions[q].option_ids
    }

    /// The question with id `id`; `hint` is where to look first (answers usually
    /// come in quiz order, and a comparison is cheaper than a hash).
    pub fn question(&self, id: &str, hint: usize) -> Option<usize> {
        match self.questions.get(hint) {
            Some(q) if same_id(&q.id, id) => Some(hint),
            _ => self.by_id.get(id).copied(),
        }
    }

    /// The question a CSV header names: its id or its text in any language.
    pub fn question_by_header(&self, header: &str) -> Option<usize> {
        self.by_text.get(&normalise(header)).copied()
    }

    fn unknown_option(&self, q: usize, got: &str) -> Problem {
        let ids = &self.questions[q].option_ids;
        Problem::UnknownOption {
            question: self.id(q).to_string(),
            got: clip(got),
            suggestion: crate::suggest::closest(got, ids.iter().map(String::as_str))
                .map(str::to_string),
        }
    }

    fn needs(&self, q: usize) -> Problem {
        let question = self.id(q).to_string();
        match self.kind(q) {
            Kind::Likert => Problem::LikertNeedsNumber { question },
            Kind::Choice => Problem::ChoiceNeedsOption { question },
            Kind::Multi => Problem::MultiNeedsList { question },
        }
    }

    /// Records answer `raw` to question `q` in `out`, if it fits; the same
    /// forms an answers file takes (`list` holds the items of a [`Raw::List`]).
    /// Whether it fits is [`Question::fit`]'s call, as for `career quiz --answers`.
    pub fn accept(
        &self,
        q: usize,
        raw: Raw<'_>,
        list: &[&str],
        out: &mut Indexed,
    ) -> Result<(), Problem> {
        let kind = self.kind(q);
        let one;
        let given = match (kind, raw) {
            (_, Raw::Skip) | (_, Raw::Str("skip")) => {
                out.slots[q] = Slot::Skipped;
                return Ok(());
            }
            (_, Raw::Int(v)) => Given::Likert(v),
            // `4.0` (as pandas writes a column with a gap in it) is 4.
            (Kind::Likert, Raw::Float(v)) => match crate::content::answers::whole_number(v) {
                Some(n) => Given::Likert(n),
                None => return Err(self.not_whole(q, &v.to_string())),
            },
            (Kind::Multi, Raw::Str(s)) => {
                one = [s];
                Given::Multi(&one)
            }
            (_, Raw::Str(s)) => Given::Choice(s),
            (_, Raw::List) => Given::Multi(list),
            (_, Raw::Float(_) | Raw::Other) => return Err(self.needs(q)),
        };
        let start = out.picks.len();
        match self.questions[q].question.fit(given, &mut out.picks) {
            Ok(Fit::Likert(v)) => out.slots[q] = Slot::Likert(v),
            Ok(Fit::Choice(o)) => out.slots[q] = Slot::Choice(o),
            Ok(Fit::Multi) => out.end_multi(q, start),
            Err(misfit) => return Err(self.misfit(q, misfit)),
        }
        Ok(())
    }

    /// A [`Misfit`] as a batch problem of question `q`.
    fn misfit(&self, q: usize, misfit: Misfit) -> Problem {
        match misfit {
            Misfit::LikertOutOfRange(got) => self.out_of_range(q, &got),
            Misfit::NoSuchOption { got, suggest } => Problem::UnknownOption {
                question: self.id(q).to_string(),
                got: clip(&got),
                suggestion: match suggest {
                    Suggest::Closest(s) => Some(s),
                    Suggest::Known(_) => None,
                },
            },
            _ => self.needs(q),
        }
    }

    fn not_whole(&self, q: usize, got: &str) -> Problem {
        Problem::LikertNotWhole {
            question: self.id(q).to_string(),
            got: clip(got),
        }
    }

    fn out_of_range(&self, q: usize, got: &str) -> Problem {
        Problem::LikertOutOfRange {
            question: self.id(q).to_string(),
            got: clip(got),
        }
    }

    /// Records a CSV cell as the answer to `q`: an option's id or text in any
    /// language; for likert 1..5 or a scale label; several options of a multi
    /// question joined with ", " (as Google Forms exports checkboxes). Empty is skipped.
    /// Texts are looked up among the question's own options, so they fit by construction.
    pub fn accept_cell(&self, q: usize, cell: &str, out: &mut Indexed) -> Result<(), Problem> {
        let cell = cell.trim();
        if cell.is_empty() {
            out.slots[q] = Slot::Skipped;
            return Ok(());
        }
        let key = normalise(cell);
        let qi = &self.questions[q];
        let slot = match qi.kind {
            Kind::Likert => match cell.parse::<i64>() {
                // The range is `Question::fit`'s call; the message keeps the cell as written.
                Ok(v) => {
                    return self
                        .accept(q, Raw::Int(v), &[], out)
                        .map_err(|_| self.out_of_range(q, cell))
                }
                Err(_) => match self.likert_labels.get(&key) {
                    Some(v) => Slot::Likert(*v),
                    None => match cell.parse::<f64>().ok().filter(|f| f.is_finite()) {
                        Some(f) => match crate::content::answers::whole_number(f) {
                            Some(n) => {
                                return self
                                    .accept(q, Raw::Int(n), &[], out)
                                    .map_err(|_| self.out_of_range(q, cell))
                            }
                            None => return Err(self.not_whole(q, cell)),
                        },
                        None => return Err(self.needs(q)),
                    },
                },
            },
            Kind::Choice => match qi.option_by_text.get(&key) {
                Some(o) => Slot::Choice(*o),
                None => return Err(self.unknown_option(q, cell)),
            },
            Kind::Multi => {
                let picked = split_multi(&qi.option_texts, &key).map_err(|bad| {
                    // Point at the piece of the original cell that matched nothing.
                    let k = key.get(..bad).map_or(0, |s| s.matches(", ").count());
                    let piece = cell.split(", ").nth(k).unwrap_or(cell);
                    self.unknown_option(q, piece)
                })?;
                out.set_multi(q, picked);
                return Ok(());
            }
        };
        out.slots[q] = slot;
        Ok(())
    }
}

impl QIndex {
    fn new(q: &Question) -> QIndex {
        let kind = match q.kind {
            QuestionKind::Likert { .. } => Kind::Likert,
            QuestionKind::Choice { .. } => Kind::Choice,
            QuestionKind::Multi { .. } => Kind::Multi,
        };
        let options = q.kind.options();
        let mut option_by_text = HashMap::new();
        for (i, o) in options.iter().enumerate() {
            for t in o.text.values() {
                option_by_text.entry(normalise(t)).or_insert(i as u32);
            }
        }
        // An id always means its own option, whatever another option's text says.
        for (i, o) in options.iter().enumerate() {
            option_by_text.insert(normalise(&o.id), i as u32);
        }
        let mut option_texts: Vec<(String, u32)> = option_by_text
            .iter()
            .map(|(t, o)| (t.clone(), *o))
            .collect();
        option_texts.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then_with(|| a.0.cmp(&b.0)));
        QIndex {
            id: q.id.clone(),
            kind,
            question: q.clone(),
            plain: !q.id.bytes().any(|b| b == b'"' || b == b'\\' || b < 0x20),
            option_ids: options.iter().map(|o| o.id.clone()).collect(),
            option_by_text,
            option_texts,
        }
    }
}

/// Splits a normalised multi cell into options. Known texts are matched
/// whole, so an option whose text holds ", " is still one option: every
/// way of reading the cell as texts joined by ", " is tried (left to right,
/// remembering dead ends), so the time is linear in the cell's length
/// times the number of texts. Err: the byte offset where nothing matched.
fn split_multi(option_texts: &[(String, u32)], cell: &str) -> Result<Vec<u32>, usize> {
    const SEP: &str = ", ";
    // next[p] = Some((option, end)) when the cell can be read from p to its end.
    let n = cell.len();
    let mut next: Vec<Option<(u32, usize)>> = vec![None; n + 1];
    let mut reachable = vec![false; n + 1];
    reachable[n] = true;
    for p in (0..n).rev() {
        if !cell.is_char_boundary(p) {
            continue;
        }
        for (text, o) in option_texts {
            if !cell[p..].starts_with(text.as_str()) {
                continue;
            }
            let end = p + text.len();
            let after = if end == n {
                Some(n)
            } else if cell[end..].starts_with(SEP) {
                Some(end + SEP.len())
            } else {
                None
            };
            if let Some(a) = after.filter(|a| *a < n || end == n) {
                if reachable[a] {
                    next[p] = Some((*o, a));
                    reachable[p] = true;
                    break;
                }
            }
        }
    }
    if !reachable[0] {
        // The furthest point a reading from the left gets to, for the message.
        let mut seen = vec![false; n + 1];
        seen[0] = true;
        let mut furthest = 0;
        for p in 0..n {
            if !seen[p] {
                continue;
            }
            furthest = p;
            for (text, _) in option_texts {
                if cell[p..].starts_with(text.as_str()) && cell[p + text.len()..].starts_with(SEP) {
                    seen[p + text.len() + SEP.len()] = true;
                }
            }
        }
        return Err(furthest);
    }
    let mut picked = Vec::new();
    let mut p = 0;
    while p < n {
        let Some((o, a)) = next[p] else { break };
        picked.push(o);
        p = a;
    }
    Ok(picked)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn multi(texts: &[&str]) -> Vec<(String, u32)> {
        let mut option_texts: Vec<(String, u32)> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| (normalise(t), i as u32))
            .collect();
        option_texts.sort_by_key(|t| std::cmp::Reverse(t.0.len()));
        option_texts
    }

    #[test]
    fn ids_compare_equal_exactly_when_they_are_equal() {
        let ids = [
            "",
            "a",
            "b",
            "ab",
            "wire-up-models",
            "wire-up-modelz",
            "xire-up-models",
            "wire-up-model",
            "free-friday",
            "free-fridaY",
            "12345678",
            "12345679",
        ];
        for a in ids {
            for b in ids {
                assert_eq!(same_id(a, b), a == b, "{a:?} {b:?}");
            }
        }
    }

    #[test]
    fn an_option_with_a_comma_is_read_whole() {
        let q = multi(&["Reading, writing", "Reading", "Maths"]);
        assert_eq!(split_multi(&q, "reading, writing, maths"), Ok(vec![0, 2]));
        assert_eq!(split_multi(&q, "reading, maths"), Ok(vec![1, 2]));
        assert_eq!(split_multi(&q, "maths, reading, writing"), Ok(vec![2, 0]));
    }

    #[test]
    fn an_unknown_piece_is_located() {
        let q = multi(&["Reading", "Maths"]);
        assert_eq!(split_multi(&q, "maths, cooking"), Err(7));
        assert_eq!(split_multi(&q, "cooking"), Err(0));
    }
}
