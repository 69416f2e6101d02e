//! The quiz and its roles as plain numbers, so the adaptive engine can weigh
//! thousands of "what if" answers quickly without touching strings.

use crate::content::{Pack, QuestionKind, Quiz};
use crate::engine::answers::Response;
use crate::engine::score;

/// Every question of a quiz and every role, indexed by position.
#[derive(Debug, Clone)]
pub struct Bank {
    /// Number of dimensions, in the quiz's dimension order.
    pub dims: usize,
    /// The questions in the quiz's order.
    pub items: Vec<Item>,
    /// The roles in the pack's order (sorted by id, which is also the tie-break).
    pub roles: Vec<RoleShape>,
    /// Per dimension: answered questions needed before recommending
    /// (`engine::evidence`).
    pub required: Vec<usize>,
    /// The dimension indices in id order, for anything that must not depend
    /// on the order the quiz file lists them in.
    pub dims_by_id: Vec<usize>,
}

/// One question: what each answer adds to each dimension.
#[derive(Debug, Clone)]
pub struct Item {
    pub kind: ItemKind,
    /// Per dimension: the least the question can add (`score::range().min`).
    pub min: Vec<f64>,
    /// Per dimension: how far apart its least and most are; 0 = it does not inform it.
    pub width: Vec<f64>,
}

#[derive(Debug, Clone)]
pub enum ItemKind {
    Likert {
        dim: usize,
        reverse: bool,
        weight: f64,
    },
    /// Raw option weights, one row per option, one column per dimension.
    Choice {
        options: Vec<Vec<f64>>,
    },
    Multi {
        options: Vec<Vec<f64>>,
    },
}

/// An answer in the engine's own terms: a likert value, an option index, or a
/// set of option indices as bits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pick {
    Likert(u8),
    Choice(usize),
    Multi(u32),
}

/// A role's match as numbers: `base − Σ coef_d · |score_d − target_d|`.
#[derive(Debug, Clone)]
pub struct RoleShape {
    pub base: f64,
    pub coef: Vec<f64>,
    pub target: Vec<f64>,
}

impl RoleShape {
    /// The same number as `matching::match_percent` (up to rounding in the last digits).
    pub fn match_at(&self, scores: &[f64]) -> f64 {
        let mut m = self.base;
        for ((s, c), t) in scores.iter().zip(&self.coef).zip(&self.target) {
            m -= c * (s - t).abs();
        }
        m.clamp(0.0, 100.0)
    }
}

impl Bank {
    pub fn new(pack: &Pack, quiz: &Quiz) -> Bank {
        let dims = quiz.dimensions.len();
        let dim_ids: Vec<&str> = quiz.dimensions.iter().map(|d| d.id.as_str()).collect();
        let items: Vec<Item> = quiz
            .questions
            .iter()
            .map(|q| {
                let ranges = score::ranges(q, &quiz.dimensions);
                let row = |o: &crate::content::AnswerOption| -> Vec<f64> {
                    dim_ids.iter().map(|d| o.weight(d)).collect()
                };
                let kind = match &q.kind {
                    QuestionKind::Likert {
                        dimension,
                        reverse,
                        weight,
                    } => ItemKind::Likert {
                        dim: quiz.dimension_index(dimension).unwrap_or(0),
                        reverse: *reverse,
                        weight: *weight,
                    },
                    QuestionKind::Choice { options } => ItemKind::Choice {
                        options: options.iter().map(row).collect(),
                    },
                    QuestionKind::Multi { options } => ItemKind::Multi {
                        options: options.iter().map(row).collect(),
                    },
                };
                Item {
                    kind,
                    min: ranges.iter().map(|r| r.min).collect(),
                    width: ranges.iter().map(|r| r.width().max(0.0)).collect(),
                }
            })
            .collect();
        let roles = pack
            .roles
            .iter()
            .map(|r| {
                let total: f64 = dim_ids.iter().map(|d| r.importance(d)).sum();
                let (base, scale) = if total > 0.0 {
                    (100.0, 1.0 / total)
                } else {
                    (0.0, 0.0)
                };
                RoleShape {
                    base,
                    coef: dim_ids.iter().map(|d| r.importance(d) * scale).collect(),
                    target: dim_ids.iter().map(|d| r.target(d)).collect(),
                }
            })
            .collect();
        // From the widths just computed rather than from the quiz again.
        let required = crate::engine::evidence::required(
            quiz.min_answers_per_dimension,
            dims,
            items.iter().map(|item| item.width.iter().copied()),
        );
        let mut dims_by_id: Vec<usize> = (0..dims).collect();
        dims_by_id.sort_by(|&a, &b| dim_ids[a].cmp(dim_ids[b]));
        Bank {
            dims,
            items,
            roles,
            required,
            dims_by_id,
        }
    }

    /// Whether `evidence` (answered questions per dimension) meets the minimum.
    pub fn has_evidence(&self, evidence: &[usize]) -> bool {
        self.required.iter().zip(evidence).all(|(r, e)| e >= r)
    }

    /// The index of the best role at `scores`, and of the runner-up; ties go to
    /// the lower index (the lower id), as in `matching::rank`.
    pub fn top_two(&self, scores: &[f64]) -> (usize, Option<usize>) {
        // (index, match) of the best and second-best role so far.
        let mut best: Option<(usize, f64)> = None;
        let mut second: Option<(usize, f64)> = None;
        for (i, r) in self.roles.iter().enumerate() {
            let m = r.match_at(scores);
            match best {
                Some((_, bm)) if m <= bm => {
                    if second.is_none_or(|(_, sm)| m > sm) {
                        second = Some((i, m));
                    }
                }
                _ => {
                    second = best;
                    best = Some((i, m));
                }
            }
        }
        (best.map_or(0, |b| b.0), second.map(|s| s.0))
    }
}

impl Item {
    /// What `pick` adds to dimension `d`, as `score::contribution` computes it.
    pub fn raw(&self, pick: Pick, d: usize) -> f64 {
        match (&self.kind, pick) {
            (
                ItemKind::Likert {
                    dim,
                    reverse,
                    weight,
                },
                Pick::Likert(v),
            ) if *dim == d => {
                let agree = (f64::from(v.clamp(1, 5)) - 1.0) / 4.0;
                weight * if *reverse { 1.0 - agree } else { agree }
            }
            (ItemKind::Choice { options }, Pick::Choice(i)) => options.get(i).map_or(0.0, |o| o[d]),
            (ItemKind::Multi { options }, Pick::Multi(bits)) => options
                .iter()
                .enumerate()
                .filter(|(i, _)| bits & (1 << i) != 0)
                .map(|(_, o)| o[d])
                .sum(),
            _ => 0.0,
        }
    }

    /// Every distinct answer worth trying when asking "what could this question do?":
    /// each likert value, each option, and for a multi the empty set, each
    /// single option and all of them.
    pub fn probes(&self) -> Vec<Pick> {
        let mut v = Vec::new();
        self.probes_into(&mut v);
        v
    }

    /// [`Item::probes`] into `out` (emptied first), to reuse its memory.
    pub fn probes_into(&self, out: &mut Vec<Pick>) {
        out.clear();
        match &self.kind {
            ItemKind::Likert { .. } => out.extend((1..=5).map(Pick::Likert)),
            ItemKind::Choice { options } => out.extend((0..options.len()).map(Pick::Choice)),
            ItemKind::Multi { options } => {
                let n = options.len().min(31);
                out.push(Pick::Multi(0));
                out.extend((0..n).map(|i| Pick::Multi(1 << i)));
                out.push(Pick::Multi((1u32 << n) - 1));
            }
        }
    }

    /// Whether the question informs any dimension at all.
    pub fn informs_any(&self) -> bool {
        self.width.iter().any(|w| *w > 0.0)
    }
}

/// Turns a person's answer into a [`Pick`]; `None` when it does not fit the question.
pub fn pick_of(q: &crate::content::Question, response: &Response) -> Option<Pick> {
    q.accepts(response).ok()?;
    let index = |id: &str| q.kind.options().iter().position(|o| o.id == id);
    match (&q.kind, response) {
        (QuestionKind::Likert { .. }, Response::Likert(v)) => Some(Pick::Likert(*v)),
        (QuestionKind::Choice { .. }, Response::Choice(id)) => index(id).map(Pick::Choice),
        (QuestionKind::Multi { options }, Response::Multi(ids)) if options.len() <= 31 => {
            let mut bits = 0u32;
            for id in ids {
                bits |= 1 << index(id)?;
            }
            Some(Pick::Multi(bits))
        }
        _ => None,
    }
}

/// Turns a [`Pick`] back into the answer a person would have given.
pub fn response_of(q: &crate::content::Question, pick: Pick) -> Option<Response> {
    let options = q.kind.options();
    match (&q.kind, pick) {
        (QuestionKind::Likert { .. }, Pick::Likert(v)) => Some(Response::Likert(v)),
        (QuestionKind::Choice { .. }, Pick::Choice(i)) => {
            options.get(i).map(|o| Response::Choice(o.id.clone()))
        }
        (QuestionKind::Multi { .. }, Pick::Multi(bits)) => Some(Response::Multi(
            options
                .iter()
                .enumerate()
                .filter(|(i, _)| *i < 32 && bits & (1 << i) != 0)
                .map(|(_, o)| o.id.clone())
                .collect(),
        )),
        _ => None,
    }
}
