//! Fitting a quiz's calibration map ([`StabilityMap`]): simulated people at
//! ten noise levels take the quiz, and each one's quick stability figure and
//! noise estimate ([`crate::engine::noise`]) are set against how often their
//! own fresh retakes give the same top role. The map at a point is the mean
//! agreement of the [`NEIGHBOURS`] simulated people nearest it (each axis in
//! units of its standard deviation), made non-decreasing in the quick figure.
//! See `docs/adaptive.md`.

use super::{answered, full_state, parallel, person, seed_of, SimOptions};
use crate::content::{Pack, Quiz};
use crate::engine::adaptive::bank::{Bank, Pick};
use crate::engine::respondent::DEFAULT_SKIP;
use crate::engine::stability;
use crate::engine::stability_map::{self, StabilityMap, FIGURE_NODES, FORMAT};

/// The answer noise levels simulated, as many people at each.
pub const NOISES: [f64; 10] = [0.08, 0.12, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.6, 0.8];
/// Simulated people per noise level.
pub const PER_NOISE: usize = 2_000;
/// Fresh retakes per simulated person.
pub const RETAKES: usize = 32;
/// The seed of the fit (apart from `career simulate`'s default, 42, so its
/// check is on people the map was not fitted on).
pub const SEED: u64 = 101;
/// Simulated people averaged at each point of the map.
pub const NEIGHBOURS: usize = 300;
/// Points on the noise axis (at evenly spaced shares of the people).
pub const SPREAD_NODES: usize = 21;

/// How many simulated people a fit takes (for a progress bar).
pub const fn people() -> usize {
    NOISES.len() * PER_NOISE
}

/// One simulated person: the two numbers the map reads, and the share of
/// their retakes whose top role was their first take's.
#[derive(Debug, Clone, Copy)]
struct Point {
    figure: f64,
    noise: Option<f64>,
    agreement: f64,
}

/// Fits the map of `quiz`; `tick` is called once per simulated person (from
/// any thread). Deterministic: the same quiz gives the same map on any
/// machine, with any number of threads and whatever order its file lists
/// things in (it is fitted on the [`stability_map::canonical`] quiz).
pub fn fit(pack: &Pack, quiz: &Quiz, tick: &(dyn Fn() + Sync)) -> StabilityMap {
    let bank = stability_map::bank(pack, quiz);
    let points = parallel(people(), &|j| {
        let p = point(&bank, j);
        tick();
        p
    });
    map_of(
        &points,
        &quiz.id,
        stability_map::quiz_fingerprint(pack, quiz),
    )
}

fn point(bank: &Bank, j: usize) -> Point {
    let options = SimOptions {
        respondents: people(),
        seed: SEED,
        noise: NOISES[j / PER_NOISE],
        skip: DEFAULT_SKIP,
    };
    let (mut rng, person, _) = person(bank, options, j);
    let mut picks: Vec<Option<Pick>> = bank
        .items
        .iter()
        .map(|it| person.answer(it, &mut rng))
        .collect();
    let (state, first) = full_state(bank, &picks);
    let answered = answered(&state);
    let figure = stability::stability(bank, &answered, seed_of(&answered), first.top);
    let noise = stability_map::second_axis(bank, &answered);
    let mut same = 0usize;
    for _ in 0..RETAKES {
        for (p, item) in picks.iter_mut().zip(&bank.items) {
            *p = person.answer(item, &mut rng);
        }
        same += usize::from(full_state(bank, &picks).1.top == first.top);
    }
    Point {
        figure,
        noise,
        agreement: same as f64 / RETAKES as f64,
    }
}

fn map_of(points: &[Point], quiz: &str, fingerprint: String) -> StabilityMap {
    let node = |k: usize| k as f64 / (FIGURE_NODES - 1) as f64;
    let figures: Vec<f64> = points.iter().map(|p| p.figure).collect();
    let agreements: Vec<f64> = points.iter().map(|p| p.agreement).collect();
    let by_figure = row(&agreements, |i, x| (figures[i] - x).abs(), &node);

    // The second axis, from the people with a noise estimate.
    let with: Vec<(f64, f64, f64)> = points
        .iter()
        .filter_map(|p| p.noise.map(|s| (p.figure, s, p.agreement)))
        .collect();
    let mut noises: Vec<f64> = Vec::new();
    let mut by_both = Vec::new();
    if !with.is_empty() {
        let mut sorted: Vec<f64> = with.iter().map(|w| w.1).collect();
        sorted.sort_by(f64::total_cmp);
        let last = sorted.len() - 1;
        for k in 0..SPREAD_NODES {
            let q = 0.01 + 0.98 * k as f64 / (SPREAD_NODES - 1) as f64;
            let s = round(sorted[(q * last as f64).round() as usize]);
            if noises.last() != Some(&s) {
                noises.push(s);
            }
        }
        let unit = |xs: &mut dyn Iterator<Item = f64>| {
            let v: Vec<f64> = xs.collect();
            let m = v.iter().sum::<f64>() / v.len() as f64;
            let sd = (v.iter().map(|x| (x - m) * (x - m)).sum::<f64>() / v.len() as f64).sqrt();
            if sd > 0.0 {
                sd
            } else {
                1.0
            }
        };
        let (uf, us) = (
            unit(&mut with.iter().map(|w| w.0)),
            unit(&mut with.iter().map(|w| w.1)),
        );
        let agreements: Vec<f64> = with.iter().map(|w| w.2).collect();
        by_both = noises
            .iter()
            .map(|&s| {
                let distance = |i: usize, x: f64| {
                    let (df, ds) = ((with[i].0 - x) / uf, (with[i].1 - s) / us);
                    df * df + ds * ds
                };
                row(&agreements, distance, &node)
            })
            .collect();
    }
    StabilityMap {
        format: FORMAT,
        quiz: quiz.to_string(),
        fingerprint,
        respondents: points.len(),
        seed: SEED,
        by_figure,
        noises,
        by_both,
    }
}

/// One row of the map: at each quick-figure node, the mean agreement of the
/// [`NEIGHBOURS`] nearest people by `distance(person, node)`, then made
/// non-decreasing (pool adjacent violators), rounded to 4 decimals.
fn row(
    agreements: &[f64],
    distance: impl Fn(usize, f64) -> f64,
    node: &dyn Fn(usize) -> f64,
) -> Vec<f64> {
    let k = NEIGHBOURS.min(agreements.len());
    let mut near: Vec<(f64, usize)> = Vec::with_capacity(agreements.len());
    let raw: Vec<f64> = (0..FIGURE_NODES)
        .map(|n| {
            if k == 0 {
                return 0.0;
            }
            let x = node(n);
            near.clear();
            near.extend((0..agreements.len()).map(|i| (distance(i, x), i)));
            near.select_nth_unstable_by(k - 1, |a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
            near[..k].iter().map(|&(_, i)| agreements[i]).sum::<f64>() / k as f64
        })
        .collect();
    increasing(&raw).into_iter().map(round).collect()
}

/// The non-decreasing sequence nearest `values` in squared error.
fn increasing(values: &[f64]) -> Vec<f64> {
    // Blocks of (mean, count).
    let mut blocks: Vec<(f64, usize)> = Vec::new();
    for &v in values {
        blocks.push((v, 1));
        while let [.., (a, na), (b, nb)] = blocks[..] {
            if a <= b {
                break;
            }
            blocks.pop();
            let n = na + nb;
            if let Some(last) = blocks.last_mut() {
                *last = ((a * na as f64 + b * nb as f64) / n as f64, n);
            }
        }
    }
    blocks
        .iter()
        .flat_map(|&(m, n)| std::iter::repeat_n(m, n))
        .collect()
}

fn round(x: f64) -> f64 {
    (x * 1e4).round() / 1e4
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn increasing_pools_what_goes_down() {
        assert_eq!(
            increasing(&[0.125, 0.5, 0.25, 0.75]),
            vec![0.125, 0.375, 0.375, 0.75]
        );
        assert_eq!(increasing(&[0.75, 0.25, 0.5]), vec![0.5, 0.5, 0.5]);
        assert_eq!(increasing(&[]), Vec::<f64>::new());
    }

    /// 20,000 people spread evenly over quick figures 0..1 and noises
    /// 0.1..0.5, whose agreement is a known function of the two.
    fn people(agreement: impl Fn(f64, f64) -> f64) -> Vec<Point> {
        (0..20_000)
            .map(|i| {
                let (figure, noise) = (
                    (i % 200) as f64 / 199.0,
                    0.1 + 0.4 * (i / 200) as f64 / 99.0,
                );
                Point {
                    figure,
                    noise: Some(noise),
                    agreement: agreement(figure, noise),
                }
            })
            .collect()
    }

    #[test]
    fn the_map_gives_back_the_agreement_it_was_fitted_on() {
        // Agreement rises with the figure and falls with the noise.
        let truth = |f: f64, s: f64| (0.4 + 0.6 * f * f - 0.5 * (s - 0.1)).clamp(0.0, 1.0);
        let map = map_of(&people(truth), "q", "f".into());
        assert!(map.fits("f"));
        // Inside the square (at its edges the nearest people all lie on one
        // side, and a local mean is pulled inwards).
        for (f, s) in [(0.2, 0.15), (0.5, 0.3), (0.8, 0.25), (0.7, 0.4), (0.9, 0.2)] {
            let (got, want) = (map.stated(f, Some(s)), truth(f, s));
            // 300 nearest of 20,000: a neighbourhood of a few hundredths.
            assert!((got - want).abs() < 0.03, "at {f}, {s}: {got} for {want}");
        }
        // Without a noise estimate, the figure's row: the mean over the noises.
        let mean = |f: f64| {
            (0..100)
                .map(|k| truth(f, 0.1 + 0.4 * k as f64 / 99.0))
                .sum::<f64>()
                / 100.0
        };
        for f in [0.1, 0.6, 0.9] {
            let got = map.stated(f, None);
            assert!(
                (got - mean(f)).abs() < 0.03,
                "at {f}: {got} for {}",
                mean(f)
            );
        }
    }

    #[test]
    fn the_map_never_goes_down_as_the_figure_rises() {
        // Agreement that dips in the middle: the map pools the dip.
        let dip = |f: f64, _: f64| {
            if (0.4..0.6).contains(&f) {
                0.3
            } else {
                0.5 + 0.4 * f
            }
        };
        let map = map_of(&people(dip), "q", "f".into());
        for row in map.by_both.iter().chain([&map.by_figure]) {
            assert!(row.windows(2).all(|w| w[0] <= w[1]), "{row:?}");
        }
    }
}
