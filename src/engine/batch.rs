//! Scoring many responses fast: the same math as [`super::evaluate`], with the
//! quiz and roles turned into index tables once, answers held as indexes, and
//! every buffer reused from one response to the next.
//!
//! Sums run in exactly the order `evaluate` uses (questions by id, dimensions
//! by id), so the results are bit-for-bit the same; `tests` checks that.

use super::adaptive::bank::{Bank, Pick};
use super::answers::{Answers, Response};
use super::matching::{CLOSE_CALL_MARGIN, FLAT_SPREAD, TIE_MARGIN};
use super::score::{self, Range, Sums};
use super::stability_map::{self, StabilityMap};
use super::{
    reasons, stability, CounterPull, DimensionScore, Outcome, Reason, Recommendation, RoleMatch,
};
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
        self.end_multi(question, start);
    }

    /// Records the option indexes pushed onto `picks` since `start` as the
    /// multi answer to `question` (sorted, duplicates dropped).
    pub fn end_multi(&mut self, question: usize, start: usize) {
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
    /// The same tables for the informed dimensions only, for the hot loop:
    /// `[(v - 1) * n + k]` and `[o * n + k]` for the k-th of `informs` (n of them).
    likert_informed: Vec<f64>,
    weights_informed: Vec<f64>,
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
    /// Question ids and their option ids, for the stability's seed.
    ids: Vec<(String, Vec<String>)>,
    /// Dimension indexes sorted by dimension id: the order matching sums in.
    dims_by_id: Vec<usize>,
    roles: Vec<RTable>,
    /// The engine's numeric view of the quiz, for reasons and stability.
    bank: Bank,
    /// The quiz's calibration map ([`Scorer::calibrated`]).
    map: Option<StabilityMap>,
    /// The quiz in id order, for the stability figure (as `evaluate`).
    canonical: stability_map::Canonical,
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
    /// Every dimension has the answers it needs for a recommendation.
    pub enough: bool,
    pub close_call: bool,
    pub tie: bool,
    pub flat_profile: bool,
    /// (question index, support) of the reasons, strongest first.
    pub reasons: Vec<(usize, f64)>,
    /// The dimension pulling towards the runner-up, with its support.
    pub counter: Option<(usize, f64)>,
    /// The chance a retake gives the same top role (when asked for).
    pub stability: Option<f64>,
    picks: Vec<(usize, Pick)>,
}

/// What to work out beyond scores and matches.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Extras {
    pub reasons: bool,
    pub stability: bool,
}

impl Scored {
    /// The recommended role, if the evidence is enough.
    pub fn top(&self) -> Option<usize> {
        self.ranking.first().copied().filter(|_| self.enough)
    }

    pub fn runner_up(&self) -> Option<usize> {
        self.top().and(self.ranking.get(1).copied())
    }
}

impl Scorer {
    pub fn new(pack: &Pack, quiz: &Quiz) -> Scorer {
        let dims = quiz.dimensions.len();
        let questions = quiz
            .questions
            .iter()
            .map(|q| {
                let ranges = score::ranges(q, &quiz.dimensions);
                let informs: Vec<usize> = (0..dims).filter(|d| ranges[*d].width() > 0.0).collect();
                let mut likert = Vec::new();
                if let QuestionKind::Likert { .. } = q.kind {
                    for d in &quiz.dimensions {
                        for v in 1..=5 {
                            likert.push(score::contribution(q, &Response::Likert(v), &d.id));
                        }
                    }
                }
                let weights: Vec<f64> = q
                    .kind
                    .options()
                    .iter()
                    .flat_map(|o| quiz.dimensions.iter().map(|d| o.weight(&d.id)))
                    .collect();
                let n_opts = q.kind.options().len();
                let likert_informed = if likert.is_empty() {
                    Vec::new()
                } else {
                    (0..5)
                        .flat_map(|v| informs.iter().map(move |d| (v, *d)))
                        .map(|(v, d)| likert[d * 5 + v])
                        .collect()
                };
                let weights_informed = (0..n_opts)
                    .flat_map(|o| informs.iter().map(move |d| (o, *d)))
                    .map(|(o, d)| weights[o * dims + d])
                    .collect();
                QTable {
                    ranges,
                    informs,
                    likert,
                    weights,
                    likert_informed,
                    weights_informed,
                }
            })
            .collect();
        let mut by_id: Vec<usize> = (0..quiz.questions.len()).collect();
        by_id.sort_by(|a, b| quiz.questions[*a].id.cmp(&quiz.questions[*b].id));
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
            ids: quiz
                .questions
                .iter()
                .map(|q| {
                    let options = q.kind.options().iter().map(|o| o.id.clone()).collect();
                    (q.id.clone(), options)
                })
                .collect(),
            dims_by_id,
            roles,
            bank: Bank::new(pack, quiz),
            map: None,
            canonical: stability_map::Canonical::new(pack, quiz),
        }
    }

    /// States stability through the calibration map of `quiz` (the quiz
    /// this scorer was made for; the map is kept only if it was fitted for
    /// it), as [`super::Scorer::calibrated`].
    pub fn calibrated(mut self, pack: &Pack, quiz: &Quiz, map: Option<&StabilityMap>) -> Scorer {
        let fingerprint = stability_map::quiz_fingerprint(pack, quiz);
        self.map = map.filter(|m| m.fits(&fingerprint)).cloned();
        self
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

    /// Scores one response into `out`, with the reasons and stability if asked.
    pub fn score(&self, a: &Indexed, extras: Extras, out: &mut Scored) {
        // One pass over the answered questions in id order: each dimension
        // still receives its additions in the order `evaluate` makes them.
        out.sums.clear();
        out.sums.resize(self.dims, Sums::default());
        for &q in &self.by_id {
            let t = &self.questions[q];
            let n = t.informs.len();
            let row = match a.slots[q] {
                Slot::Skipped => continue,
                Slot::Likert(v) => {
                    let v = usize::from(v.clamp(1, 5)) - 1;
                    &t.likert_informed[v * n..(v + 1) * n]
                }
                Slot::Choice(o) => &t.weights_informed[o as usize * n..(o as usize + 1) * n],
                Slot::Multi { start, end } => {
                    let picked = a.multi(start, end);
                    for (k, &d) in t.informs.iter().enumerate() {
                        let c = picked
                            .iter()
                            .map(|o| t.weights_informed[*o as usize * n + k])
                            .sum();
                        out.sums[d].add(t.ranges[d], c);
                    }
                    continue;
                }
            };
            for (&d, &c) in t.informs.iter().zip(row) {
                out.sums[d].add(t.ranges[d], c);
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
        let gap = match (out.ranking.first(), out.ranking.get(1)) {
            (Some(a), Some(b)) => m[*a] - m[*b],
            _ => f64::INFINITY,
        };
        out.close_call = gap <= CLOSE_CALL_MARGIN;
        out.tie = gap <= TIE_MARGIN;
        out.enough = !out.ranking.is_empty()
            && out
                .sums
                .iter()
                .zip(&self.bank.required)
                .all(|(s, r)| s.evidence >= *r);
        let max = out.scores.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        let min = out.scores.iter().copied().fold(f64::INFINITY, f64::min);
        out.flat_profile = out.answered == 0 || out.scores.is_empty() || max - min < FLAT_SPREAD;
        out.reasons.clear();
        out.counter = None;
        out.stability = None;
        let Some(top) = out.top() else { return };
        if !(extras.reasons || extras.stability) {
            return;
        }
        // The answered questions in id order, as the engine lists them.
        out.picks.clear();
        for &q in &self.by_id {
            let pick = match a.slots[q] {
                Slot::Skipped => continue,
                Slot::Likert(v) => Pick::Likert(v),
                Slot::Choice(o) => Pick::Choice(o as usize),
                Slot::Multi { start, end } => {
                    let picked = a.multi(start, end);
                    if picked.iter().any(|o| *o >= 31) {
                        continue;
                    }
                    Pick::Multi(picked.iter().fold(0u32, |bits, o| bits | 1 << o))
                }
            };
            out.picks.push((q, pick));
        }
        if extras.reasons {
            if let Some(rival) = out.ranking.get(1).copied() {
                let (cited, counter) = reasons::select(&self.bank, &out.picks, top, rival);
                out.reasons
                    .extend(cited.iter().map(|(k, support)| (out.picks[*k].0, *support)));
                out.counter = counter;
            }
        }
        if extras.stability {
            let owned = self.responses(a, &out.picks);
            let refs: Vec<(&str, &Response)> = owned.iter().map(|(q, r)| (*q, r)).collect();
            let seed = stability::seed(&refs);
            // As `evaluate`: a tie's stability is the chance of either role.
            let tops: Vec<usize> = match out.ranking.get(1) {
                Some(&rival) if out.tie => vec![top, rival],
                _ => vec![top],
            };
            let (bank, picks) = (&self.canonical.bank, self.canonical.picks(&out.picks));
            let figure = stability::stability_of(bank, &picks, seed, &tops);
            out.stability = Some(match &self.map {
                Some(m) => m.stated(figure, stability_map::second_axis(bank, &picks)),
                None => figure,
            });
        }
    }

    /// The answers behind `picks` as the engine's responses (question id, answer).
    fn responses(&self, a: &Indexed, picks: &[(usize, Pick)]) -> Vec<(&str, Response)> {
        picks
            .iter()
            .map(|&(q, _)| {
                let (id, options) = &self.ids[q];
                let opt = |o: &u32| options[*o as usize].clone();
                let r = match a.slots[q] {
                    Slot::Likert(v) => Response::Likert(v),
                    Slot::Choice(o) => Response::Choice(opt(&o)),
                    Slot::Multi { start, end } => {
                        Response::Multi(a.multi(start, end).iter().map(opt).collect())
                    }
                    Slot::Skipped => Response::Multi(Vec::new()),
                };
                (id.as_str(), r)
            })
            .collect()
    }

    /// The engine's [`Outcome`] for a scored response (for checks and tools, not the hot path).
    pub fn outcome(&self, pack: &Pack, quiz: &Quiz, a: &Indexed, s: &Scored) -> Outcome {
        let role = |i: usize| pack.roles[i].id.clone();
        let answers = a.to_answers(quiz);
        let dimensions: Vec<DimensionScore> = quiz
            .dimensions
            .iter()
            .zip(&s.sums)
            .map(|(d, sums)| DimensionScore {
                id: d.id.clone(),
                score: sums.score(),
                evidence: sums.evidence,
            })
            .collect();
        let recommendation = s.top().map(|top| Recommendation {
            role: role(top),
            runner_up: s.runner_up().map(role),
            close_call: s.close_call,
            tie: s.tie,
            stability: s.stability.unwrap_or(f64::NAN),
            reasons: s
                .reasons
                .iter()
                .filter_map(|(q, support)| {
                    let id = &quiz.questions[*q].id;
                    Some(Reason {
                        question: id.clone(),
                        answer: answers.get(id)?.clone(),
                        support: *support,
                    })
                })
                .collect(),
            counter: s.counter.and_then(|(d, support)| {
                Some(CounterPull {
                    dimension: quiz.dimensions[d].id.clone(),
                    role: role(s.runner_up()?),
                    support,
                })
            }),
        });
        Outcome {
            quiz: quiz.id.clone(),
            quiz_version: quiz.version,
            evidence: super::evidence::with_required(quiz, &dimensions, &self.bank.required),
            dimensions,
            roles: s
                .ranking
                .iter()
                .map(|r| RoleMatch {
                    id: role(*r),
                    match_percent: s.matches[*r],
                })
                .collect(),
            recommendation,
            flat_profile: s.flat_profile,
            answered: s.answered,
            skipped: quiz.questions.len() - s.answered,
            total: quiz.questions.len(),
            asked: quiz.questions.len(),
            stopped_early: false,
            stop_rule: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use rand::rngs::ChaCha8Rng;
    use rand::{RngExt, SeedableRng};

    use super::*;
    use crate::content::{self, PackSource};

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
        let pack = content::load(&source).expect("pack loads");
        let quiz = pack.quiz(None).expect("a quiz");
        let scorer = Scorer::new(&pack, quiz);
        let mut rng = ChaCha8Rng::seed_from_u64(7);
        let mut scored = Scored::default();
        for _ in 0..500 {
            let answers = random_answers(quiz, &mut rng);
            let indexed = Indexed::from_answers(quiz, &answers);
            let all = Extras {
                reasons: true,
                stability: true,
            };
            scorer.score(&indexed, all, &mut scored);
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
