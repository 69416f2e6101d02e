//! Internal consistency of a scale: Cronbach's α with Feldt's confidence
//! interval, α if each item were dropped, and corrected item–total
//! (item–rest) correlations, all from one pass of running sums.
//!
//! With k items, item variances sᵢ² and total-score variance s_T² (sample
//! variances, n − 1), α = k/(k−1) · (1 − Σ sᵢ² / s_T²). Feldt's interval
//! (Feldt, Woodruff & Salih 1987): with F quantiles of (n−1, (n−1)(k−1))
//! degrees of freedom, lower = 1 − (1−α)·F₀.₉₇₅ and upper = 1 − (1−α)·F₀.₀₂₅,
//! as `pingouin.cronbach_alpha` computes it.

use serde::Serialize;
use statrs::distribution::{ContinuousCDF, FisherSnedecor};

/// Running sums of k item scores over complete responses.
#[derive(Debug, Clone, PartialEq)]
pub struct Moments {
    k: usize,
    pub n: u64,
    sum: Vec<f64>,
    /// Σ xᵢ·xⱼ, row-major k×k.
    cross: Vec<f64>,
}

impl Moments {
    pub fn new(k: usize) -> Moments {
        Moments {
            k,
            n: 0,
            sum: vec![0.0; k],
            cross: vec![0.0; k * k],
        }
    }

    /// Adds one response's item scores (`x.len() == k`).
    pub fn add(&mut self, x: &[f64]) {
        self.n += 1;
        for i in 0..self.k {
            self.sum[i] += x[i];
            let row = &mut self.cross[i * self.k..(i + 1) * self.k];
            for j in i..self.k {
                row[j] += x[i] * x[j];
            }
        }
    }

    pub fn merge(&mut self, other: &Moments) {
        self.n += other.n;
        for (a, b) in self.sum.iter_mut().zip(&other.sum) {
            *a += b;
        }
        for (a, b) in self.cross.iter_mut().zip(&other.cross) {
            *a += b;
        }
    }

    /// The sample covariance of items i and j.
    fn cov(&self, i: usize, j: usize) -> f64 {
        let (i, j) = if i <= j { (i, j) } else { (j, i) };
        let n = self.n as f64;
        (self.cross[i * self.k + j] - self.sum[i] * self.sum[j] / n) / (n - 1.0)
    }
}

/// How reliable a scale is, and what each item does for it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Reliability {
    /// Complete responses used.
    pub n: u64,
    /// Items in the scale.
    pub k: usize,
    /// `None` with fewer than 2 items or 2 responses, or no variance.
    pub alpha: Option<f64>,
    /// The 95% interval (Feldt).
    pub ci: Option<(f64, f64)>,
    /// α of the scale without each item.
    pub alpha_if_dropped: Vec<Option<f64>>,
    /// Each item's correlation with the sum of the other items.
    pub item_rest: Vec<Option<f64>>,
}

/// The confidence level of the interval.
pub const CI_LEVEL: f64 = 0.95;

pub fn reliability(m: &Moments) -> Reliability {
    let k = m.k;
    let all: Vec<usize> = (0..k).collect();
    let enough = m.n >= 2;
    let alpha = if enough { alpha_of(m, &all) } else { None };
    let ci = alpha.and_then(|a| feldt(a, m.n, k, CI_LEVEL));
    let alpha_if_dropped = (0..k)
        .map(|drop| {
            let rest: Vec<usize> = all.iter().copied().filter(|i| *i != drop).collect();
            if enough {
                alpha_of(m, &rest)
            } else {
                None
            }
        })
        .collect();
    let item_rest = (0..k)
        .map(|i| {
            if enough && k >= 2 {
                item_rest(m, i)
            } else {
                None
            }
        })
        .collect();
    Reliability {
        n: m.n,
        k,
        alpha,
        ci,
        alpha_if_dropped,
        item_rest,
    }
}

fn alpha_of(m: &Moments, items: &[usize]) -> Option<f64> {
    let k = items.len();
    if k < 2 {
        return None;
    }
    let item_var: f64 = items.iter().map(|i| m.cov(*i, *i)).sum();
    let total_var: f64 = items
        .iter()
        .flat_map(|i| items.iter().map(move |j| (*i, *j)))
        .map(|(i, j)| m.cov(i, j))
        .sum();
    (total_var > 0.0).then(|| k as f64 / (k as f64 - 1.0) * (1.0 - item_var / total_var))
}

fn item_rest(m: &Moments, i: usize) -> Option<f64> {
    let others = || (0..m.k).filter(move |j| *j != i);
    let var_i = m.cov(i, i);
    let cov_i_rest: f64 = others().map(|j| m.cov(i, j)).sum();
    let var_rest: f64 = others()
        .flat_map(|a| others().map(move |b| (a, b)))
        .map(|(a, b)| m.cov(a, b))
        .sum();
    let denom = (var_i * var_rest).sqrt();
    (denom > 0.0).then(|| cov_i_rest / denom)
}

/// Feldt's interval for α from n responses to k items.
pub fn feldt(alpha: f64, n: u64, k: usize, level: f64) -> Option<(f64, f64)> {
    let df1 = n as f64 - 1.0;
    let df2 = df1 * (k as f64 - 1.0);
    let f = FisherSnedecor::new(df1, df2).ok()?;
    let tail = (1.0 - level) / 2.0;
    let lower = 1.0 - (1.0 - alpha) * f.inverse_cdf(1.0 - tail);
    let upper = 1.0 - (1.0 - alpha) * f.inverse_cdf(tail);
    (lower.is_finite() && upper.is_finite()).then_some((lower, upper))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identical_items_are_perfectly_consistent() {
        let mut m = Moments::new(3);
        for v in [1.0, 2.0, 3.0, 5.0, 4.0] {
            m.add(&[v, v, v]);
        }
        let r = reliability(&m);
        assert!((r.alpha.unwrap() - 1.0).abs() < 1e-12);
        assert!((r.item_rest[0].unwrap() - 1.0).abs() < 1e-12);
    }

    #[test]
    fn a_constant_item_has_no_correlation() {
        let mut m = Moments::new(2);
        for v in [1.0, 2.0, 3.0] {
            m.add(&[v, 2.0]);
        }
        assert_eq!(reliability(&m).item_rest[1], None);
    }
}
