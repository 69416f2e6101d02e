//! Scoring many responses fast: the same math as [`super::evaluate`], with the
//! quiz and roles turned into index tables once, answers held as indexes, and
//! every buffer reused from one response to the next.
//!
//! Sums run in exactly the order `evaluate` uses (questions by id, dimensions
//! by id), so the results are bit-for-bit the same; `tests` checks that.

use super::answers::{Answers, Response};
use super::matching::{CLOSE_CALL_MARGIN, FLAT_SPREAD};
use super::score::{self, Range, Sums};
use super::{DimensionScore, Outcome, Reason, RoleMatch, MAX_REASONS};
use crate::content::{Pack, QuestionKind, Quiz};

/// One question's answer, by index. `Multi` holds a range of [`Indexed::picks`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slot {
    Skipped,
    Likert(u8),
    Choice(u32),
    Multi { start: u32, end: u32 },
}

/// One response as indexes into the quiz: a slot per question, in quiz order.
#[derive(Debug, Clone, Default)]
pub struct Indexed {
    pub slots: Vec<Slot>,
    /// Picked option indexes of multi questions, ascending within a question.
    pub picks: Vec<u32>,
}

impl Indexed {
    /// An empty response for a quiz of `questions` questions.
    pub fn new(questions: usize) -> Indexed {
        Indexed {
            slots: vec![Slot::Skipped; questions],
            picks: Vec::new(),
        }
    }

    /// Back to "everything skipped", keeping the buffers.
    pub fn clear(&mut self) {
        self.slots.fill(Slot::Skipped);
        self.picks.clear();
    }

    /// Records a multi answer: `picked` option indexes, in any order, duplicates allowed.
    pub fn set_multi(&mut self, question: usize, picked: impl IntoIterator<Item = u32>) {
        let start = self.picks.len();
        self.picks.extend(picked);
        self.picks[start..].sort_unstable();
        let mut end = start;
        for i in start..self.picks.len() {
            if i == start || self.picks[i] != self.picks[end - 1] {
                self.picks[end] = self.picks[i];
                end += 1;
            }
        }
        self.picks.truncate(end);
        self.slots[question] = Slot::Multi {
            start: start as u32,
            end: end as u32,
        };
    }

    pub fn multi(&self, start: u32, end: u32) -> &[u32] {
        &self.picks[start as usize..end as usize]
    }

    /// Converts the engine's answers (ids) to indexes; answers that do not fit are left out.
    pub fn from_answers(quiz: &Quiz, answers: &Answers) -> Indexed {
        let mut out = Indexed::new(quiz.questions.len());
        for (qi, q) in quiz.questions.iter().enumerate() {
            let opts = q.kind.options();
            let find = |id: &str| opts.iter().position(|o| o.id == id).map(|i| i as u32);
            match answers.get(&q.id) {
                Some(Response::Likert(v)) => out.slots[qi] = Slot::Likert(*v),
                Some(Response::Choice(id)) => {
                    if let Some(i) = find(id) {
                        out.slots[qi] = Slot::Choice(i);
                    }
                }
                Some(Response::Multi(ids)) => {
                    let picked: Vec<u32> = ids.iter().filter_map(|id| find(id)).collect();
                    out.set_multi(qi, picked);
                }
                None => {}
            }
        }
        out
    }

    /// The engine's answers (ids) for these indexes.
    pub fn to_answers(&self, quiz: &Quiz) -> Answers {
        let mut answers = Answers::new();
        for (q, slot) in quiz.questions.iter().zip(&self.slots) {
            let opt = |i: u32| q.kind.options()[i as usize].id.clone();
            match *slot {
                Slot::Skipped => {}
                Slot::Likert(v) => answers.set(&q.id, Response::Likert(v)),
                Slot::Choice(i) => answers.set(&q.id, Response::Choice(opt(i))),
                Slot::Multi { start, end } => answers.set(
                    &q.id,
                    Response::Multi(self.multi(start, end).iter().map(|i| opt(*i)).collect()),
                ),
            }
        }
        answers
    }
}

/// A question's scoring table.
#[derive(Debug, Clone)]
struct QTable {
    /// Range per dimension (quiz dimension order).
    ranges: Vec<Range>,
    /// Dimensions whose range is not empty.
    informs: Vec<usize>,
    /// Likert: the contribution of answers 1..5 per dimension, `[dim * 5 + v - 1]`.
    likert: Vec<f64>,
    /// Choice and multi: the weight of option `o` for dimension `d`, `[o * dims + d]`.
    weights: Vec<f64>,
}

/// A role's targets and importances, by dimension index.
#[derive(Debug, Clone)]
struct RTable {
    target: Vec<f64>,
    importance: Vec<f64>,
}

/// The quiz and roles as index tables, built once per batch.
#[derive(Debug, Clone)]
pub struct Scorer {
    dims: usize,
    questions: Vec<QTable>,
    /// Question indexes sorted by question id: the order `evaluate` sums in.
    by_id: Vec<usize>,
    /// Each question's place in `by_id`, for breaking ties between reasons by id.
    id_rank: Vec<usize>,
    /// Dimension indexes sorted by dimension id: the order matching sums in.
    dims_by_id: Vec<usize>,
    roles: Vec<RTable>,
}

/// Everything the batch concludes from one response; reused between responses.
#[derive(Debug, Clone, Default)]
pub struct Scored {
    pub sums: Vec<Sums>,
    /// 0..100 per dimension, in quiz order.
    pub scores: Vec<f64>,
    /// 0..100 per role, in pack order.
    pub matches: Vec<f64>,
    /// Role indexes, best match first (ties by role id, as `evaluate`).
    pub ranking: Vec<usize>,
    pub answered: usize,
    pub close_call: bool,
    pub flat_profile: bool,
    /// (question index, points) of the reasons, strongest first.
    pub reasons: Vec<(usize, f64)>,
    without: Vec<f64>,
    candidates: Vec<(usize, f64)>,
    /// Per dimension, the answered questions informing it in id order:
    /// (question, range, contribution).
    terms: Vec<Vec<(usize, Range, f64)>>,
    /// Each dimension's score without one question, `[question * dims + d]`.
    loo: Vec<f64>,
}

impl Scored {
    pub fn top(&self) -> Option<usize> {
        self.ranking.first().copied()
    }

    pub fn runner_up(&self) -> Option<usize> {
        self.ranking.get(1).copied()
    }
}

impl Scorer {
    pub fn new(pack: &Pack, quiz: &Quiz) -> Scorer {
        let dims = quiz.dimensions.len();
        let questions = quiz
            .questions
            .iter()
            .map(|q| {
                let ranges: Vec<Range> = quiz
                    .dimensions
                    .iter()
                    .map(|d| score::range(q, &d.id))
                    .collect();
                let informs = (0..dims).filter(|d| ranges[*d].width() > 0.0).collect();
                let mut likert = Vec::new();
                if let QuestionKind::Likert { .. } = q.kind {
                    for d in &quiz.dimensions {
                        for v in 1..=5 {
                            likert.push(score::contribution(q, &Response::Likert(v), &d.id));
                        }
                    }
                }
                let weights = q
                    .kind
                    .options()
                    .iter()
                    .flat_map(|o| quiz.dimensions.iter().map(|d| o.weight(&d.id)))
                    .collect();
                QTable {
                    ranges,
                    informs,
                    likert,
                    weights,
                }
            })
            .collect();
        let mut by_id: Vec<usize> = (0..quiz.questions.len()).collect();
        by_id.sort_by(|a, b| quiz.questions[*a].id.cmp(&quiz.questions[*b].id));
        let mut id_rank = vec![0; by_id.len()];
        for (rank, q) in by_id.iter().enumerate() {
            id_rank[*q] = rank;
        }
        let mut dims_by_id: Vec<usize> = (0..dims).collect();
        dims_by_id.sort_by(|a, b| quiz.dimensions[*a].id.cmp(&quiz.dimensions[*b].id));
        let roles = pack
            .roles
            .iter()
            .map(|r| RTable {
                target: quiz.dimensions.iter().map(|d| r.target(&d.id)).collect(),
                importance: quiz
                    .dimensions
                    .iter()
                    .map(|d| r.importance(&d.id))
                    .collect(),
            })
            .collect();
        Scorer {
            dims,
            questions,
            by_id,
            id_rank,
            dims_by_id,
            roles,
        }
    }

    /// Dimension indexes question `q` informs.
    pub fn informs(&self, q: usize) -> &[usize] {
        &self.questions[q].informs
    }

    /// What question `q`'s answer adds to dimension `d` (`None` when skipped).
    pub fn contribution(&self, a: &Indexed, q: usize, d: usize) -> Option<f64> {
        let t = &self.questions[q];
        match a.slots[q] {
            Slot::Skipped => None,
            Slot::Likert(v) => Some(t.likert[d * 5 + usize::from(v.clamp(1, 5)) - 1]),
            Slot::Choice(o) => Some(t.weights[o as usize * self.dims + d]),
            Slot::Multi { start, end } => Some(
                a.multi(start, end)
                    .iter()
                    .map(|o| t.weights[*o as usize * self.dims + d])
                    .sum(),
            ),
        }
    }

    /// A role's match for `scores` (quiz dimension order), as `matching::match_percent`.
    fn match_percent(&self, role: usize, scores: &[f64]) -> f64 {
        let r = &self.roles[role];
        let (mut dist, mut weight) = (0.0, 0.0);
        for &d in &self.dims_by_id {
            let w = r.importance[d];
            dist += w * (scores[d] - r.target[d]).abs();
            weight += w;
        }
        if weight == 0.0 {
            0.0
        } else {
            (100.0 - dist / weight).clamp(0.0, 100.0)
        }
    }

    /// Scores one response into `out`; with `reasons`, also finds the reasons.
    pub fn score(&self, a: &Indexed, reasons: bool, out: &mut Scored) {
        // One pass over the answered questions in id order: each dimension
        // still receives its additions in the order `evaluate` makes them.
        out.sums.clear();
        out.sums.resize(self.dims, Sums::default());
        out.terms.resize_with(self.dims, Vec::new);
        out.terms.iter_mut().for_each(Vec::clear);
        for &q in &self.by_id {
            if a.slots[q] == Slot::Skipped {
                continue;
            }
            let t = &self.questions[q];
            for &d in &t.informs {
                if let Some(c) = self.contribution(a, q, d) {
                    out.sums[d].add(t.ranges[d], c);
                    out.terms[d].push((q, t.ranges[d], c));
                }
            }
        }
        out.scores.clear();
        out.scores.extend(out.sums.iter().map(Sums::score));
        out.matches.clear();
        for r in 0..self.roles.len() {
            out.matches.push(self.match_percent(r, &out.scores));
        }
        out.ranking.clear();
        out.ranking.extend(0..self.roles.len());
        let m = &out.matches;
        // Roles are kept in id order, so a stable sort breaks ties by id.
        out.ranking.sort_by(|a, b| m[*b].total_cmp(&m[*a]));
        out.answered = a.slots.iter().filter(|s| **s != Slot::Skipped).count();
        out.close_call = match (out.ranking.first(), out.ranking.get(1)) {
            (Some(a), Some(b)) => m[*a] - m[*b] <= CLOSE_CALL_MARGIN,
            _ => false,
        };
        let max = out.scores.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        let min = out.scores.iter().copied().fold(f64::INFINITY, f64::min);
        out.flat_profile = out.answered == 0 || out.scores.is_empty() || max - min < FLAT_SPREAD;
        out.reasons.clear();
        if reasons {
            self.reasons(a, out);
        }
    }

    /// Leave-one-out reasons as `evaluate` finds them, re-summing only the
    /// dimensions the left-out question informs.
    fn reasons(&self, a: &Indexed, out: &mut Scored) {
        let Some(top) = out.top() else { return };
        let top_match = out.matches[top];
        // Each dimension without question q: the additions before q (a prefix,
        // kept as we go) followed by those after it, in the order `evaluate`
        // adds them, so every sum is exactly the one a re-score gives.
        out.loo.clear();
        out.loo.resize(a.slots.len() * self.dims, 0.0);
        for (d, terms) in out.terms.iter().enumerate() {
            let mut prefix = Sums::default();
            for (i, (q, range, c)) in terms.iter().enumerate() {
                let mut s = prefix;
                for (_, r, x) in &terms[i + 1..] {
                    s.add(*r, *x);
                }
                out.loo[q * self.dims + d] = s.score();
                prefix.add(*range, *c);
            }
        }
        out.candidates.clear();
        for (q, slot) in a.slots.iter().enumerate() {
            if *slot == Slot::Skipped {
                continue;
            }
            out.without.clear();
            out.without.extend_from_slice(&out.scores);
            for &d in &self.questions[q].informs {
                out.without[d] = out.loo[q * self.dims + d];
            }
            let points = top_match - self.match_percent(top, &out.without);
            if points > 0.05 {
                out.candidates.push((q, points));
            }
        }
        let rank = &self.id_rank;
        out.candidates
            .sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| rank[a.0].cmp(&rank[b.0])));
        out.reasons
            .extend(out.candidates.iter().take(MAX_REASONS).copied());
    }

    /// The engine's [`Outcome`] for a scored response (for checks and tools, not the hot path).
    pub fn outcome(&self, pack: &Pack, quiz: &Quiz, a: &Indexed, s: &Scored) -> Outcome {
        let role = |i: usize| pack.roles[i].id.clone();
        let answers = a.to_answers(quiz);
        let recommendation = s.top().map(role).unwrap_or_default();
        Outcome {
            quiz: quiz.id.clone(),
            quiz_version: quiz.version,
            dimensions: quiz
                .dimensions
                .iter()
                .zip(&s.sums)
                .map(|(d, sums)| DimensionScore {
                    id: d.id.clone(),
                    score: sums.score(),
                    evidence: sums.evidence,
                })
                .collect(),
            roles: s
                .ranking
                .iter()
                .map(|r| RoleMatch {
                    id: role(*r),
                    match_percent: s.matches[*r],
                })
                .collect(),
            recommendation,
            runner_up: s.runner_up().map(role),
            close_call: s.close_call,
            flat_profile: s.flat_profile,
            answered: s.answered,
            skipped: quiz.questions.len() - s.answered,
            total: quiz.questions.len(),
            asked: quiz.questions.len(),
            stopped_early: false,
            stop_rule: None,
            reasons: s
                .reasons
                .iter()
                .filter_map(|(q, points)| {
                    let id = &quiz.questions[*q].id;
                    Some(Reason {
                        question: id.clone(),
                        answer: answers.get(id)?.clone(),
                        points: *points,
                    })
                })
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use rand::rngs::ChaCha8Rng;
    use rand::{RngExt, SeedableRng};

    use super::*;
    use crate::content::{self, PackSource};
    use crate::i18n::Lang;

    fn random_answers(quiz: &Quiz, rng: &mut ChaCha8Rng) -> Answers {
        let mut a = Answers::new();
        for q in &quiz.questions {
            if rng.random::<f64>() < 0.15 {
                continue;
            }
            let opts = q.kind.options();
            let r = match &q.kind {
                QuestionKind::Likert { .. } => Response::Likert(rng.random_range(1..=5)),
                QuestionKind::Choice { .. } => {
                    Response::Choice(opts[rng.random_range(0..opts.len())].id.clone())
                }
                QuestionKind::Multi { .. } => Response::Multi(
                    opts.iter()
                        .filter(|_| rng.random::<bool>())
                        .map(|o| o.id.clone())
                        .collect(),
                ),
            };
            a.set(&q.id, r);
        }
        a
    }

    fn same_as_evaluate(source: PackSource) {
        let pack = content::load(&source, Lang::En).expect("pack loads");
        let quiz = pack.quiz(None).expect("a quiz");
        let scorer = Scorer::new(&pack, quiz);
        let mut rng = ChaCha8Rng::seed_from_u64(7);
        let mut scored = Scored::default();
        for _ in 0..500 {
            let answers = random_answers(quiz, &mut rng);
            let indexed = Indexed::from_answers(quiz, &answers);
            scorer.score(&indexed, true, &mut scored);
            let fast = scorer.outcome(&pack, quiz, &indexed, &scored);
            assert_eq!(fast, super::super::evaluate(&pack, quiz, &answers));
        }
    }

    #[test]
    fn batch_scoring_equals_evaluate_on_the_built_in_pack() {
        same_as_evaluate(PackSource::BuiltIn);
    }

    #[test]
    fn batch_scoring_equals_evaluate_on_a_pack_of_another_shape() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/starter-pack");
        same_as_evaluate(PackSource::Folder(dir));
    }

    #[test]
    fn duplicate_picks_count_once() {
        let mut a = Indexed::new(1);
        a.set_multi(0, [3, 1, 3, 1, 2]);
        assert_eq!(a.slots[0], Slot::Multi { start: 0, end: 3 });
        assert_eq!(a.picks, vec![1, 2, 3]);
    }
}
