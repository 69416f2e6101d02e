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

use super::adaptive::bank::{Bank, Pick};
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
        let mut p = vec![0.0; dims];
        for (k, &(i, pick)) in answered.iter().enumerate() {
            position(bank, i, pick, &mut a.at[k * dims..(k + 1) * dims]);
            let probes = bank.items[i].probes();
            let count = probes.len().max(1) as f64;
            let middle = &mut a.middle[k * dims..(k + 1) * dims];
            for &q in &probes {
                position(bank, i, q, &mut p);
                for d in 0..dims {
                    middle[d] += p[d] / count;
                }
            }
            let spread = &mut a.spread[k * dims * dims..(k + 1) * dims * dims];
            for &q in &probes {
                position(bank, i, q, &mut p);
                add_outer(spread, &p, middle, 1.0 / count);
            }
            for d in 0..dims {
                a.sd[k * dims + d] = spread[d * dims + d].max(0.0).sqrt();
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

fn position(bank: &Bank, i: usize, pick: Pick, out: &mut [f64]) {
    let item = &bank.items[i];
    for (d, o) in out.iter_mut().enumerate() {
        *o = if item.width[d] > 0.0 {
            ((item.raw(pick, d) - item.min[d]) / item.width[d]).clamp(0.0, 1.0)
        } else {
            0.0
        };
    }
}

/// `m += scale · (x − mean)(x − mean)ᵀ`.
fn add_outer(m: &mut [f64], x: &[f64], mean: &[f64], scale: f64) {
    let n = x.len();
    for a in 0..n {
        for b in 0..n {
            m[a * n + b] += scale * (x[a] - mean[a]) * (x[b] - mean[b]);
        }
    }
}

/// The lower Cholesky factor of a symmetric positive semi-definite matrix;
/// a pivot that vanishes leaves its column zero.
fn cholesky(a: &[f64], n: usize) -> Matrix {
    let mut l = vec![0.0; n * n];
    for j in 0..n {
        let mut d = a[j * n + j];
        for k in 0..j {
            d -= l[j * n + k] * l[j * n + k];
        }
        if d <= 1e-12 {
            continue;
        }
        let dj = d.sqrt();
        l[j * n + j] = dj;
        for i in j + 1..n {
            let mut s = a[i * n + j];
            for k in 0..j {
                s -= l[i * n + k] * l[j * n + k];
            }
            l[i * n + j] = s / dj;
        }
    }
    l
}

/// The covariance (in points²) of the noise of one take of the scores.
fn noise(bank: &Bank, answered: &[(usize, Pick)], answers: &Answers, width: &[f64]) -> Matrix {
    let dims = bank.dims;
    let mut groups: Vec<(u64, Vec<usize>)> = Vec::new();
    for (k, &(i, _)) in answered.iter().enumerate() {
        let key = super::adaptive::confidence::group_key(bank, i);
        match groups.iter_mut().find(|(g, _)| *g == key) {
            Some((_, members)) => members.push(k),
            None => groups.push((key, vec![k])),
        }
    }
    let unit = |x: f64, s: f64| if s > 0.0 { x / s } else { 0.0 };
    let mut total = vec![0.0; dims * dims];
    let (mut rows, mut mean, mut cov) = (Vec::new(), vec![0.0; dims], vec![0.0; dims * dims]);
    for (_, members) in &groups {
        let n = members.len() as f64;
        // Each answer measured from the middle of its own question, in units
        // of that question's spread.
        rows.clear();
        for &k in members {
            let (at, middle, s) = (answers.at(k), answers.middle(k), answers.sd(k));
            rows.extend((0..dims).map(|d| unit(at[d] - middle[d], s[d])));
        }
        mean.fill(0.0);
        for r in rows.chunks_exact(dims) {
            for d in 0..dims {
                mean[d] += r[d] / n;
            }
        }
        cov.fill(0.0);
        for r in rows.chunks_exact(dims) {
            add_outer(&mut cov, r, &mean, 1.0);
        }
        for &k in members {
            let (spread, s) = (answers.spread(k), answers.sd(k));
            for a in 0..dims {
                for b in 0..dims {
                    cov[a * dims + b] +=
                        PRIOR_ANSWERS * unit(unit(spread[a * dims + b], s[a]), s[b]) / n;
                }
            }
        }
        let df = n - 1.0 + PRIOR_ANSWERS;
        cov.iter_mut().for_each(|c| *c /= df);
        // A score is Σ width·position / Σ width, in points.
        for &k in members {
            let item = &bank.items[answered[k].0];
            let s = answers.sd(k);
            for a in 0..dims {
                for b in 0..dims {
                    if width[a] > 0.0 && width[b] > 0.0 {
                        total[a * dims + b] += 1e4 * cov[a * dims + b] * s[a] * item.width[a]
                            / width[a]
                            * s[b]
                            * item.width[b]
                            / width[b];
                    }
                }
            }
        }
    }
    total
}

/// The stability (0..1) of role `top` (an index into `bank.roles`) given the
/// answered questions `answered` (question index and answer, in a fixed
/// order such as by question id) and a `seed` made from the answers ([`seed`]).
pub fn stability(bank: &Bank, answered: &[(usize, Pick)], seed: u64, top: usize) -> f64 {
    let dims = bank.dims;
    let answered: Vec<(usize, Pick)> = answered
        .iter()
        .copied()
        .filter(|(i, _)| *i < bank.items.len())
        .collect();
    let answers = Answers::new(bank, &answered);
    let (mut got, mut width) = (vec![0.0; dims], vec![0.0; dims]);
    for (k, &(i, _)) in answered.iter().enumerate() {
        let (item, at) = (&bank.items[i], answers.at(k));
        for d in 0..dims {
            got[d] += at[d] * item.width[d];
            width[d] += item.width[d];
        }
    }
    let scores: Vec<f64> = (0..dims)
        .map(|d| {
            if width[d] > 0.0 {
                100.0 * got[d] / width[d]
            } else {
                50.0
            }
        })
        .collect();
    // Drawn with the dimensions in id order, so the file's order of them
    // cannot change the figure.
    let cov = noise(bank, &answered, &answers, &width);
    let by_id = &bank.dims_by_id;
    let mut sorted = vec![0.0; dims * dims];
    for (a, &da) in by_id.iter().enumerate() {
        for (b, &db) in by_id.iter().enumerate() {
            sorted[a * dims + b] = cov[da * dims + db];
        }
    }
    let l = cholesky(&sorted, dims);

    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut z = vec![0.0; dims];
    let mut draw = |rng: &mut ChaCha8Rng, out: &mut [f64]| {
        for x in z.iter_mut() {
            *x = StandardNormal.sample(rng);
        }
        for (a, &d) in by_id.iter().enumerate() {
            out[d] = (0..=a).map(|b| l[a * dims + b] * z[b]).sum();
        }
    };
    let (mut expected, mut retake) = (vec![0.0; dims], vec![0.0; dims]);
    // Retakes kept and counted with expected scores inside 0..100, and kept
    // when every draw counts (only for the rare answers where none is inside).
    let (mut kept, mut counted, mut kept_any) = (0usize, 0usize, 0usize);
    for _ in 0..REPLICATES {
        draw(&mut rng, &mut expected);
        draw(&mut rng, &mut retake);
        let mut inside = true;
        for d in 0..dims {
            let mean = scores[d] + expected[d];
            inside &= (0.0..=100.0).contains(&mean);
            retake[d] = (mean.clamp(0.0, 100.0) + retake[d]).clamp(0.0, 100.0);
        }
        let same = usize::from(bank.top_two(&retake).0 == top);
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
