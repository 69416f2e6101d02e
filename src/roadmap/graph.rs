//! The prerequisite graph of the skill catalogue, on indices.
//!
//! Built once per command in O(skills + prerequisites): skill `i` is the
//! `i`-th id of the catalogue, and each skill knows its direct prerequisites
//! and dependents by index, in flat arrays. Nothing is closed transitively up
//! front; what ordering needs is computed for the skills a roadmap holds,
//! when it asks:
//! - the order of a stage walks the prerequisites of that stage's skills,
//!   down to the first skill (in prerequisite order) of the stage: anything
//!   earlier cannot need a skill of the stage, so a roadmap whose stages
//!   follow the prerequisites costs what its stages hold, not the catalogue
//!   once per stage;
//! - how many skills build on a skill (a tie-breaker) is counted for the
//!   skills a roadmap holds, 64 at a time in one sweep of the catalogue, and
//!   kept for the rest of the run.

use std::cell::RefCell;
use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap};

use crate::content::{Level, Pack};

/// Lists of skill indices, one per skill, in one flat array.
#[derive(Debug, Default)]
struct Lists {
    /// Where each skill's list starts in `items`; one more entry than skills.
    starts: Vec<usize>,
    items: Vec<usize>,
}

impl Lists {
    fn of(&self, i: usize) -> &[usize] {
        &self.items[self.starts[i]..self.starts[i + 1]]
    }
}

/// The catalogue's prerequisite graph. Borrowing the pack keeps ids as `&str`.
#[derive(Debug)]
pub struct SkillGraph<'p> {
    pack: &'p Pack,
    ids: Vec<&'p str>,
    index: HashMap<&'p str, usize>,
    levels: Vec<Level>,
    /// Direct prerequisites of each skill, by index (unknown ids left out).
    prereqs: Lists,
    /// Direct dependents of each skill, by index.
    dependents_of: Lists,
    /// Every skill, prerequisites before the skills that need them (skills
    /// in a cycle, which validation rejects, come last).
    topo: Vec<usize>,
    /// Each skill's place in `topo`.
    topo_pos: Vec<usize>,
    /// How many skills of `topo` come before any skill of a cycle: a skill
    /// among them needs no skill placed after it.
    acyclic: usize,
    /// How many skills build on each skill, once counted.
    dependents: RefCell<Vec<Option<usize>>>,
    /// Reused by every walk, so a walk costs what it visits, not the catalogue.
    scratch: RefCell<Scratch>,
}

/// Per-skill working space for walks, valid for the skills the current walk
/// has visited: nothing is cleared between walks.
#[derive(Debug)]
struct Scratch {
    visits: Visits,
    /// Prerequisites still to pass, during a stage's ordering.
    waiting: Vec<usize>,
    /// The skill's place among the stage's members, or `usize::MAX`.
    member: Vec<usize>,
}

#[derive(Debug)]
/// Marks visited skills without clearing a whole vector for every walk.
struct Visits {
    stamp: Vec<u32>,
    now: u32,
}

impl Visits {
    fn new(n: usize) -> Visits {
        Visits {
            stamp: vec![0; n],
            now: 0,
        }
    }

    fn next(&mut self) {
        self.now += 1;
        if self.now == u32::MAX {
            self.stamp.iter_mut().for_each(|s| *s = 0);
            self.now = 1;
        }
    }

    /// True the first time `i` is seen in this walk.
    fn first(&mut self, i: usize) -> bool {
        let fresh = self.stamp[i] != self.now;
        self.stamp[i] = self.now;
        fresh
    }

    /// Whether `i` was seen in this walk.
    fn seen(&self, i: usize) -> bool {
        self.stamp[i] == self.now
    }
}

impl<'p> SkillGraph<'p> {
    pub fn new(pack: &'p Pack) -> SkillGraph<'p> {
        let n = pack.skills.len();
        let mut ids = Vec::with_capacity(n);
        let mut levels = Vec::with_capacity(n);
        let mut index = HashMap::with_capacity(n);
        for (i, (id, skill)) in pack.skills.iter().enumerate() {
            ids.push(id.as_str());
            levels.push(skill.level);
            index.insert(id.as_str(), i);
        }
        // Direct prerequisites, each once; a skill never needs itself.
        let mut seen = Visits::new(n);
        let mut prereqs = Lists {
            starts: Vec::with_capacity(n + 1),
            items: Vec::new(),
        };
        let mut counts = vec![0usize; n];
        for (i, skill) in pack.skills.values().enumerate() {
            prereqs.starts.push(prereqs.items.len());
            seen.next();
            seen.first(i);
            for pre in &skill.prerequisites {
                if let Some(&p) = index.get(pre.as_str()) {
                    if seen.first(p) {
                        prereqs.items.push(p);
                        counts[p] += 1;
                    }
                }
            }
        }
        prereqs.starts.push(prereqs.items.len());
        // Dependents: the same edges turned round, by counting sort.
        let mut starts = Vec::with_capacity(n + 1);
        let mut at = 0;
        for c in &counts {
            starts.push(at);
            at += c;
        }
        starts.push(at);
        let mut fill = starts.clone();
        let mut items = vec![0; at];
        for i in 0..n {
            for &p in prereqs.of(i) {
                items[fill[p]] = i;
                fill[p] += 1;
            }
        }
        let dependents_of = Lists { starts, items };
        // Kahn's algorithm: a skill comes after all its prerequisites.
        let mut waiting: Vec<usize> = (0..n).map(|i| prereqs.of(i).len()).collect();
        let mut topo: Vec<usize> = (0..n).filter(|&i| waiting[i] == 0).collect();
        topo.reserve(n - topo.len());
        let mut next = 0;
        while let Some(&i) = topo.get(next) {
            next += 1;
            for &d in dependents_of.of(i) {
                waiting[d] -= 1;
                if waiting[d] == 0 {
                    topo.push(d);
                }
            }
        }
        let acyclic = topo.len();
        if topo.len() < n {
            let mut placed = vec![false; n];
            topo.iter().for_each(|&i| placed[i] = true);
            topo.extend((0..n).filter(|&i| !placed[i]));
        }
        let mut topo_pos = vec![0; n];
        for (pos, &i) in topo.iter().enumerate() {
            topo_pos[i] = pos;
        }
        SkillGraph {
            pack,
            ids,
            index,
            levels,
            prereqs,
            dependents_of,
            topo,
            topo_pos,
            acyclic,
            dependents: RefCell::new(vec![None; n]),
            scratch: RefCell::new(Scratch {
                visits: Visits::new(n),
                waiting: vec![0; n],
                member: vec![usize::MAX; n],
            }),
        }
    }

    pub fn pack(&self) -> &'p Pack {
        self.pack
    }

    /// The index of a skill id, if the catalogue has it.
    pub fn index(&self, id: &str) -> Option<usize> {
        self.index.get(id).copied()
    }

    pub fn id(&self, i: usize) -> &'p str {
        self.ids[i]
    }

    pub fn len(&self) -> usize {
        self.ids.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    /// Every skill `from` needs, directly or through others (each once),
    /// visited depth first, leaving out skills placed before `floor` in
    /// prerequisite order (and what they need). Marks them in `visits`.
    fn ancestors(&self, visits: &mut Visits, from: &[usize], floor: usize, out: &mut Vec<usize>) {
        visits.next();
        let mut todo: Vec<usize> = Vec::new();
        for &f in from {
            if visits.first(f) {
                out.push(f);
                todo.push(f);
            }
        }
        while let Some(cur) = todo.pop() {
            for &p in self.prereqs.of(cur) {
                if self.topo_pos[p] >= floor && visits.first(p) {
                    out.push(p);
                    todo.push(p);
                }
            }
        }
    }

    /// Counts, for each of `skills` not yet counted, how many skills of the
    /// catalogue build on it (directly or not). One sweep of the catalogue in
    /// prerequisite order per 64 skills: bit `j` of a skill's word says that
    /// it needs the `j`-th skill of the batch.
    pub fn count_dependents(&self, skills: &[usize]) {
        let mut todo: Vec<usize> = {
            let known = self.dependents.borrow();
            skills
                .iter()
                .copied()
                .filter(|&s| known[s].is_none())
                .collect()
        };
        if todo.is_empty() {
            return;
        }
        todo.sort_by_key(|&s| self.topo_pos[s]);
        todo.dedup();
        let mut words = vec![0u64; self.len()];
        for batch in todo.chunks(64) {
            let first = self.topo_pos[batch[0]];
            for &i in &self.topo[first..] {
                words[i] = 0;
            }
            for (j, &s) in batch.iter().enumerate() {
                words[s] |= 1 << j;
            }
            // 64 counters side by side, one bit of each per plane (a binary
            // counter per bit position): adding a word costs a few steps,
            // not one per set bit.
            let mut planes = [0u64; usize::BITS as usize];
            for &i in &self.topo[first..] {
                let own = words[i];
                let mut w = own;
                for &p in self.prereqs.of(i) {
                    if self.topo_pos[p] >= first {
                        w |= words[p];
                    }
                }
                words[i] = w;
                // Bits it inherited: batch skills it builds on.
                let mut carry = w & !own;
                for plane in planes.iter_mut() {
                    if carry == 0 {
                        break;
                    }
                    let sum = *plane ^ carry;
                    carry &= *plane;
                    *plane = sum;
                }
            }
            let mut known = self.dependents.borrow_mut();
            for (j, &s) in batch.iter().enumerate() {
                let count = planes
                    .iter()
                    .enumerate()
                    .map(|(k, plane)| (((plane >> j) & 1) as usize) << k)
                    .sum();
                known[s] = Some(count);
            }
        }
    }

    /// How many skills of the catalogue build on skill `i` (0 when not counted).
    pub fn dependents(&self, i: usize) -> usize {
        self.dependents.borrow()[i].unwrap_or(0)
    }

    /// Orders the skills of one stage: prerequisites first (direct or
    /// through skills outside the stage), ties broken by level, then by how
    /// much of the catalogue builds on a skill, then by id.
    ///
    /// Kahn's algorithm over the stage's skills and everything they need: a
    /// skill outside the stage is passed as soon as its prerequisites are, so
    /// a stage skill is ready exactly when every stage skill it needs is
    /// placed. A skill that comes before every stage skill in prerequisite
    /// order (and outside any cycle) cannot need one, so it counts as passed
    /// and is not visited. Time: the prerequisites visited, times log of the
    /// stage.
    pub fn order(&self, skills: &[String]) -> Vec<String> {
        let mut members: Vec<&str> = skills.iter().map(String::as_str).collect();
        members.sort_unstable();
        members.dedup();
        let indices: Vec<Option<usize>> = members.iter().map(|id| self.index(id)).collect();
        let known: Vec<usize> = indices.iter().flatten().copied().collect();
        self.count_dependents(&known);
        let floor = known
            .iter()
            .map(|&i| self.topo_pos[i])
            .min()
            .unwrap_or(0)
            .min(self.acyclic);

        let mut scratch = self.scratch.borrow_mut();
        let Scratch {
            visits,
            waiting,
            member,
        } = &mut *scratch;
        let mut area = Vec::new();
        self.ancestors(visits, &known, floor, &mut area);
        for &i in &area {
            member[i] = usize::MAX;
            // Prerequisites still to pass: those visited (the others have).
            waiting[i] = self
                .prereqs
                .of(i)
                .iter()
                .filter(|&&p| self.topo_pos[p] >= floor)
                .count();
        }
        for (m, i) in indices.iter().enumerate() {
            if let Some(i) = *i {
                member[i] = m;
            }
        }
        let key = |m: usize| {
            let (level, dependents) = match indices[m] {
                Some(i) => (self.levels[i], self.dependents(i)),
                None => (Level::Core, 0),
            };
            Reverse((level, Reverse(dependents), members[m], m))
        };
        let mut ready: BinaryHeap<_> = (0..members.len())
            .filter(|&m| indices[m].is_none_or(|i| waiting[i] == 0))
            .map(key)
            .collect();
        let mut passing: Vec<usize> = area
            .iter()
            .copied()
            .filter(|&i| waiting[i] == 0 && member[i] == usize::MAX)
            .collect();
        let mut out: Vec<String> = Vec::with_capacity(members.len());
        let mut placed = vec![false; members.len()];
        loop {
            // Skills outside the stage pass as soon as they can.
            let next = match passing.pop() {
                Some(i) => Some(i),
                None => match ready.pop() {
                    Some(Reverse((_, _, id, m))) => {
                        out.push(id.to_string());
                        placed[m] = true;
                        indices[m]
                    }
                    None => break,
                },
            };
            let Some(i) = next else { continue };
            for &d in self.dependents_of.of(i) {
                if !visits.seen(d) {
                    continue;
                }
                waiting[d] -= 1;
                if waiting[d] == 0 {
                    match member[d] {
                        usize::MAX => passing.push(d),
                        m => ready.push(key(m)),
                    }
                }
            }
        }
        // Only a prerequisite cycle leaves skills unplaced; validation rejects
        // those, but nothing is ever dropped silently.
        out.extend(
            members
                .iter()
                .zip(&placed)
                .filter(|(_, p)| !**p)
                .map(|(id, _)| id.to_string()),
        );
        out
    }

    /// For every skill, the latest of `placed` over everything it needs
    /// (directly or not), kept up to date by [`Latest::place`].
    pub fn latest_placed(&self, placed: &[Option<usize>]) -> Latest<'_, 'p> {
        let mut latest = Latest {
            graph: self,
            best: vec![None; self.len()],
        };
        // Latest first, so each skill's figure is set at most once here.
        let mut order: Vec<(usize, usize)> = placed
            .iter()
            .enumerate()
            .filter_map(|(i, at)| at.map(|at| (at, i)))
            .collect();
        order.sort_unstable_by(|a, b| b.cmp(a));
        for (at, i) in order {
            latest.place(i, at);
        }
        latest
    }

    /// For a sequence of skills: pairs `(skill, prerequisite)` where the skill
    /// comes before something it needs (directly or not). One pass in
    /// prerequisite order: each skill carries the latest position of anything
    /// it needs, and the skill that holds it.
    pub fn order_violations(&self, order: &[&str]) -> Vec<(String, String)> {
        let mut pos: Vec<Option<usize>> = vec![None; self.len()];
        for (k, id) in order.iter().enumerate() {
            if let Some(i) = self.index(id) {
                pos[i].get_or_insert(k);
            }
        }
        // latest[i]: the latest-placed skill i needs, with its position.
        let mut latest: Vec<Option<(usize, usize)>> = vec![None; self.len()];
        let mut out = Vec::new();
        for &i in &self.topo {
            let mut best: Option<(usize, usize)> = None;
            for &p in self.prereqs.of(i) {
                let candidates = [latest[p], pos[p].map(|at| (at, p))];
                for c in candidates.into_iter().flatten() {
                    if best.is_none_or(|b| c.0 > b.0) {
                        best = Some(c);
                    }
                }
            }
            latest[i] = best;
            if let (Some(at), Some((later, p))) = (pos[i], best) {
                if later > at {
                    out.push((self.ids[i].to_string(), self.ids[p].to_string()));
                }
            }
        }
        out
    }
}

/// The latest placement among each skill's prerequisites (direct or not).
/// Placing a skill raises the figure of everything that needs it, stopping
/// where a figure is already as late: each skill's figure only grows, so the
/// work is bounded by the number of stages times the graph's size.
pub struct Latest<'g, 'p> {
    graph: &'g SkillGraph<'p>,
    best: Vec<Option<usize>>,
}

impl Latest<'_, '_> {
    /// The latest placement among what skill `i` needs, if any is placed.
    pub fn of(&self, i: usize) -> Option<usize> {
        self.best[i]
    }

    /// Skill `i` is placed at `at`.
    pub fn place(&mut self, i: usize, at: usize) {
        let mut todo = vec![i];
        while let Some(v) = todo.pop() {
            for &d in self.graph.dependents_of.of(v) {
                if self.best[d] < Some(at) {
                    self.best[d] = Some(at);
                    todo.push(d);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{PackSource, Skill, Text};

    fn chain(n: usize) -> Pack {
        let mut pack = crate::content::load(&PackSource::BuiltIn).unwrap();
        let template = pack.skills.values().next().unwrap().clone();
        pack.skills.clear();
        for i in 0..n {
            let id = format!("s{i:04}");
            let skill = Skill {
                id: id.clone(),
                name: Text::default(),
                prerequisites: if i == 0 {
                    vec![]
                } else {
                    vec![format!("s{:04}", i - 1)]
                },
                level: Level::Core,
                ..template.clone()
            };
            pack.skills.insert(id, skill);
        }
        pack
    }

    #[test]
    fn dependents_count_everything_that_builds_on_a_skill() {
        let pack = chain(200);
        let g = SkillGraph::new(&pack);
        let all: Vec<usize> = (0..200).collect();
        g.count_dependents(&all);
        // In a chain of 200, skill k is needed by the 199 - k after it.
        for k in [0, 1, 63, 64, 65, 130, 199] {
            assert_eq!(g.dependents(g.index(&format!("s{k:04}")).unwrap()), 199 - k);
        }
    }

    #[test]
    fn a_stage_listed_backwards_comes_out_in_prerequisite_order() {
        let pack = chain(10);
        let g = SkillGraph::new(&pack);
        // s0003 needs s0001 only through s0002, which is not in the stage.
        let stage: Vec<String> = ["s0009", "s0003", "s0001"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert_eq!(g.order(&stage), vec!["s0001", "s0003", "s0009"]);
        assert_eq!(
            g.order_violations(&["s0003", "s0001"]),
            vec![("s0003".to_string(), "s0001".to_string())]
        );
        assert!(g.order_violations(&["s0001", "s0003"]).is_empty());
    }

    #[test]
    fn the_latest_placed_prerequisite_follows_new_placements() {
        let pack = chain(10);
        let g = SkillGraph::new(&pack);
        let at = |k: usize| g.index(&format!("s{k:04}")).unwrap();
        let mut placed = vec![None; g.len()];
        placed[at(2)] = Some(3);
        placed[at(5)] = Some(1);
        let mut latest = g.latest_placed(&placed);
        // s0002 needs only unplaced skills; everything after it needs s0002.
        assert_eq!(latest.of(at(2)), None);
        assert_eq!(latest.of(at(3)), Some(3));
        assert_eq!(latest.of(at(9)), Some(3));
        latest.place(at(7), 5);
        assert_eq!(latest.of(at(6)), Some(3));
        assert_eq!(latest.of(at(8)), Some(5));
        assert_eq!(latest.of(at(9)), Some(5));
    }
}
