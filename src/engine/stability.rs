//! How sure: the estimated chance that the same person, taking the whole quiz
//! again, would get the same top role. See `docs/scoring.md`.
//!
//! A retake is a second draw of the same person: their scores are their
//! expected scores plus the noise of one take, and a retake adds fresh noise
//! of the same size. The noise is estimated from the person's own answers:
//! the answered questions are grouped by kind and by the dimensions they
//! inform, and within a group the spread of the answers gives the covariance
//! of one answer across the dimensions. Each answer is measured from the
//! middle of its own question's answers and in units of their spread, so a
//! question whose options all sit high on a dimension, or span less of it,
//! does not count as inconsistency; half an answer's worth of prior at the
//! spread of a uniformly random answer keeps two or three answers that
//! happen to agree from passing for certainty. The covariance of the scores
//! follows from the questions' spreads and widths. Each replicate draws the
//! expected scores around the person's (a flat prior on 0..100, so draws
//! outside the scale are dropped) and then a retake around those; the
//! stability is the share of retakes whose top role is the recommended one.
//! The draws are seeded from the answers, so the same answers always give
//! the same figure.

use rand::rngs::ChaCha8Rng;
use rand::SeedableRng;
use rand_distr::{Distribution, StandardNormal};

use super::adaptive::bank::{Bank, Item, Pick};
use super::answers::Response;

/// Imagined retakes per figure.
pub const REPLICATES: usize = 256;

/// Prior weight, in answers, of a uniformly random answer's spread in each
/// group, so two or three answers that happen to agree are not taken as
/// certainty.
pub const PRIOR_ANSWERS: f64 = 0.5;

/// A square matrix of `n` × `n`, row by row.
type Matrix = Vec<f64>;

/// The answered questions, one row each: where the answer sits on each
/// dimension (0..1, 0 where not informed), the mean and covariance of a
/// uniformly random answer to the question, and the standard deviation of
/// that random answer on each dimension. Flat, so a figure takes a handful
/// of allocations however many questions were answered.
struct Answers {
    dims: usize,
    at: Vec<f64>,
    middle: Vec<f64>,
    spread: Vec<f64>,
    sd: Vec<f64>,
}

impl Answers {
    fn new(bank: &Bank, answered: &[(usize, Pick)]) -> Answers {
        let dims = bank.dims;
        let n = answered.len();
        let mut a = Answers {
            dims,
            at: vec![0.0; n * dims],
            middle: vec![0.0; n * dims],
            spread: vec![0.0; n * dims * dims],
            sd: vec![0.0; n * dims],
        };
        // The positions of one question's probes, one row each.
        let (mut probes, mut probed) = (Vec::new(), Vec::new());
        let rows = dims.max(1);
        for (k, &(i, pick)) in answered.iter().enumerate() {
            let item = &bank.items[i];
            position(item, pick, &mut a.at[k * dims..(k + 1) * dims]);
            item.probes_into(&mut probes);
            let count = probes.len().max(1) as f64;
            probed.clear();
            probed.resize(probes.len() * dims, 0.0);
            for (&q, p) in probes.iter().zip(probed.chunks_exact_mut(rows)) {
                position(item, q, p);
            }
            let middle = &mut a.middle[k * dims..(k + 1) * dims];
            for p in probed.chunks_exact(rows) {
                for (m, &x) in middle.iter_mut().zip(p) {
                    *m += x / count;
                }
            }
            let spread = &mut a.spread[k * dims * dims..(k + 1) * dims * dims];
            for p in probed.chunks_exact(rows) {
                add_outer(spread, p, middle, 1.0 / count);
            }
            let sd = &mut a.sd[k * dims..(k + 1) * dims];
            for (s, v) in sd.iter_mut().zip(spread.iter().step_by(dims + 1)) {
                *s = v.max(0.0).sqrt();
            }
        }
        a
    }

    fn at(&self, k: usize) -> &[f64] {
        &self.at[k * self.dims..(k + 1) * self.dims]
    }

    fn middle(&self, k: usize) -> &[f64] {
        &self.middle[k * self.dims..(k + 1) * self.dims]
    }

    fn spread(&self, k: usize) -> &[f64] {
        &self.spread[k * self.dims * self.dims..(k + 1) * self.dims * self.dims]
    }

    fn sd(&self, k: usize) -> &[f64] {
        &self.sd[k * self.dims..(k + 1) * self.dims]
    }
}

fn position(item: &Item, pick: Pick, out: &mut [f64]) {
    let (width, min) = (&item.width[..out.len()], &item.min[..out.len()]);
    for (d, ((o, &w), &lo)) in out.iter_mut().zip(width).zip(min).enumerate() {
        *o = if w > 0.0 {
            ((item.raw(pick, d) - lo) / w).clamp(0.0, 1.0)
        } else {
            0.0
        };
    }
}

/// `m += scale · (x − mean)(x − mean)ᵀ`.
fn add_outer(m: &mut [f64], x: &[f64], mean: &[f64], scale: f64) {
    let n = x.len();
    let mean = &mean[..n];
    for ((row, &xa), &ma) in m[..n * n].chunks_exact_mut(n.max(1)).zip(x).zip(mean) {
        let da = scale * (xa - ma);
        for ((c, &xb), &mb) in row.iter_mut().zip(x).zip(mean) {
            *c += da * (xb - mb);
        }
    }
}

/// The lower Cholesky factor of a symmetric positive semi-definite matrix,
/// row by row and only on and below the diagonal (row `i` has `i + 1`
/// entries, from `i * (i + 1) / 2`); a pivot that vanishes leaves its column zero.
fn cholesky(a: &[f64], n: usize) -> Vec<f64> {
    let row = |i: usize| i * (i + 1) / 2;
    let mut l = vec![0.0; row(n)];
    for j in 0..n {
        let mut d = a[j * n + j];
        for k in 0..j {
            d -= l[row(j) + k] * l[row(j) + k];
        }
        if d <= 1e-12 {
            continue;
        }
        let dj = d.sqrt();
        l[row(j) + j] = dj;
        for i in j + 1..n {
            let mut s = a[i * n + j];
            for k in 0..j {
                s -= l[row(i) + k] * l[row(j) + k];
            }
            l[row(i) + j] = s / dj;
        }
    }
    l
}

/// The covariance (in points²) of the noise of one take of the scores.
fn noise(bank: &Bank, answered: &[(usize, Pick)], answers: &Answers, width: &[f64]) -> Matrix {
    let dims = bank.dims;
    // Each answer's group, numbered in the order groups first appear; the
    // answers sorted by group (stably, so in order within each).
    let mut keys: Vec<u64> = Vec::new();
    let mut group: Vec<usize> = Vec::with_capacity(answered.len());
    for &(i, _) in answered {
        let key = super::adaptive::confidence::group_key(bank, i);
        group.push(match keys.iter().position(|g| *g == key) {
            Some(g) => g,
            None => {
                keys.push(key);
                keys.len() - 1
            }
        });
    }
    let mut order: Vec<usize> = (0..answered.len()).collect();
    order.sort_by_key(|&k| group[k]);

    let unit = |x: f64, s: f64| if s > 0.0 { x / s } else { 0.0 };
    let rows_of = dims.max(1);
    let mut total = vec![0.0; dims * dims];
    let (mut rows, mut mean, mut cov) = (Vec::new(), vec![0.0; dims], vec![0.0; dims * dims]);
    for members in order.chunk_by(|&a, &b| group[a] == group[b]) {
        let n = members.len() as f64;
        // Each answer measured from the middle of its own question, in units
        // of that question's spread.
        rows.clear();
        for &k in members {
            let (at, middle, s) = (answers.at(k), answers.middle(k), answers.sd(k));
            rows.extend(
                at.iter()
                    .zip(middle)
                    .zip(s)
                    .map(|((&x, &m), &s)| unit(x - m, s)),
            );
        }
        mean.fill(0.0);
        for r in rows.chunks_exact(rows_of) {
            for (m, &x) in mean.iter_mut().zip(r) {
                *m += x / n;
            }
        }
        cov.fill(0.0);
        for r in rows.chunks_exact(rows_of) {
            add_outer(&mut cov, r, &mean, 1.0);
        }
        for &k in members {
            let (spread, s) = (answers.spread(k), answers.sd(k));
            for ((row, spread), &sa) in cov
                .chunks_exact_mut(rows_of)
                .zip(spread.chunks_exact(rows_of))
                .zip(s)
            {
                for ((c, &v), &sb) in row.iter_mut().zip(spread).zip(s) {
                    *c += PRIOR_ANSWERS * unit(unit(v, sa), sb) / n;
                }
            }
        }
        let df = n - 1.0 + PRIOR_ANSWERS;
        cov.iter_mut().for_each(|c| *c /= df);
        // A score is Σ width·position / Σ width, in points.
        for &k in members {
            let item = &bank.items[answered[k].0];
            let (s, iw) = (answers.sd(k), &item.width[..dims]);
            let each = || s.iter().zip(iw).zip(&width[..dims]);
            for ((row, cov), ((&sa, &iwa), &wa)) in total
                .chunks_exact_mut(rows_of)
                .zip(cov.chunks_exact(rows_of))
                .zip(each())
            {
                if wa > 0.0 {
                    for ((t, &c), ((&sb, &iwb), &wb)) in row.iter_mut().zip(cov).zip(each()) {
                        if wb > 0.0 {
                            *t += 1e4 * c * sa * iwa / wa * sb * iwb / wb;
                        }
                    }
                }
            }
        }
    }
    total
}

/// The noise of the expected scores and then of a retake, each dimension's
/// in the quiz's order into `expected` and `retake`: `l` is the Cholesky
/// factor ([`cholesky`]) of the covariance with the dimensions in id order
/// (`by_id`), `z` scratch for twice as many standard normal draws.
fn draw(
    rng: &mut ChaCha8Rng,
    l: &[f64],
    by_id: &[usize],
    z: &mut [f64],
    expected: &mut [f64],
    retake: &mut [f64],
) {
    normals(rng, z);
    let (z1, z2) = z.split_at(by_id.len());
    let mut rows = l;
    for (a, &d) in by_id.iter().enumerate() {
        let (row, rest) = rows.split_at(a + 1);
        rows = rest;
        // Summed in order from −0.0, as `Iterator::sum` sums.
        let (mut e, mut r) = (-0.0, -0.0);
        for ((l, x), y) in row.iter().zip(z1).zip(z2) {
            e += l * x;
            r += l * y;
        }
        expected[d] = e;
        retake[d] = r;
    }
}

/// Fills `z` with standard normal draws, in order. Kept out of line: inlined,
/// the sampler's rare branches crowd the loop it runs in.
#[inline(never)]
fn normals(rng: &mut ChaCha8Rng, z: &mut [f64]) {
    for x in z.iter_mut() {
        *x = StandardNormal.sample(rng);
    }
}

/// The stability (0..1) of role `top` (an index into `bank.roles`) given the
/// answered questions `answered` (question index and answer, in a fixed
/// order such as by question id) and a `seed` made from the answers ([`seed`]).
pub fn stability(bank: &Bank, answered: &[(usize, Pick)], seed: u64, top: usize) -> f64 {
    stability_of(bank, answered, seed, &[top])
}

/// As [`stability`], for a tie: the chance that a retake's top role is one
/// of `tops` (the roles level at the top). With one role it is [`stability`].
pub fn stability_of(bank: &Bank, answered: &[(usize, Pick)], seed: u64, tops: &[usize]) -> f64 {
    let dims = bank.dims;
    // Only the bank's questions (copied only when one is not).
    let inside_bank: Vec<(usize, Pick)>;
    let answered = if answered.iter().all(|(i, _)| *i < bank.items.len()) {
        answered
    } else {
        inside_bank = answered
            .iter()
            .copied()
            .filter(|(i, _)| *i < bank.items.len())
            .collect();
        &inside_bank
    };
    let answers = Answers::new(bank, answered);
    let (mut got, mut width) = (vec![0.0; dims], vec![0.0; dims]);
    for (k, &(i, _)) in answered.iter().enumerate() {
        let (item, at) = (&bank.items[i], answers.at(k));
        for (((g, w), &x), &iw) in got
            .iter_mut()
            .zip(width.iter_mut())
            .zip(at)
            .zip(&item.width)
        {
            *g += x * iw;
            *w += iw;
        }
    }
    let scores: Vec<f64> = got
        .iter()
        .zip(&width)
        .map(|(&g, &w)| if w > 0.0 { 100.0 * g / w } else { 50.0 })
        .collect();
    // Drawn with the dimensions in id order, so the file's order of them
    // cannot change the figure.
    let cov = noise(bank, answered, &answers, &width);
    let by_id = &bank.dims_by_id;
    let mut sorted = vec![0.0; dims * dims];
    for (a, &da) in by_id.iter().enumerate() {
        for (b, &db) in by_id.iter().enumerate() {
            sorted[a * dims + b] = cov[da * dims + db];
        }
    }
    let l = cholesky(&sorted, dims);

    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut z = vec![0.0; 2 * dims];
    let (mut expected, mut retake) = (vec![0.0; dims], vec![0.0; dims]);
    // Retakes kept and counted with expected scores inside 0..100, and kept
    // when every draw counts (only for the rare answers where none is inside).
    let (mut kept, mut counted, mut kept_any) = (0usize, 0usize, 0usize);
    for _ in 0..REPLICATES {
        draw(&mut rng, &l, by_id, &mut z, &mut expected, &mut retake);
        let mut inside = true;
        for ((r, &e), &s) in retake.iter_mut().zip(&expected).zip(&scores) {
            let mean = s + e;
            inside &= (0.0..=100.0).contains(&mean);
            *r = (mean.clamp(0.0, 100.0) + *r).clamp(0.0, 100.0);
        }
        let same = usize::from(tops.contains(&bank.top_two(&retake).0));
        kept_any += same;
        if inside {
            counted += 1;
            kept += same;
        }
    }
    if counted == 0 {
        return kept_any as f64 / REPLICATES as f64;
    }
    kept as f64 / counted as f64
}

/// A seed from the answers alone (FNV-1a over question ids and answers), the
/// same whatever order the quiz file lists its questions or options in.
pub fn seed(responses: &[(&str, &Response)]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |bytes: &[u8]| {
        for &b in bytes.iter().chain([0xff].iter()) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    };
    for (id, r) in responses {
        eat(id.as_bytes());
        match r {
            Response::Likert(v) => eat(&[*v]),
            Response::Choice(o) => eat(o.as_bytes()),
            Response::Multi(os) => {
                let mut os: Vec<&String> = os.iter().collect();
                os.sort();
                for o in os {
                    eat(o.as_bytes());
                }
            }
        }
    }
    h
}
