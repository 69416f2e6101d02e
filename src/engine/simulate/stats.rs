//! Summaries of how many questions were asked.

/// The mean of `values` (0 for none).
pub fn mean(values: &[usize]) -> f64 {
    if values.is_empty() {
        return 0.0;
    }
    values.iter().sum::<usize>() as f64 / values.len() as f64
}

/// The `q` quantile (0..1) by the nearest-rank method: the smallest value
/// with at least `q` of all values at or below it.
pub fn quantile(values: &[usize], q: f64) -> f64 {
    let mut sorted = values.to_vec();
    sorted.sort_unstable();
    if sorted.is_empty() {
        return 0.0;
    }
    let rank = ((q * sorted.len() as f64).ceil() as usize).clamp(1, sorted.len());
    sorted[rank - 1] as f64
}

/// The middle value; the mean of the two middle values for an even count.
pub fn median(values: &[usize]) -> f64 {
    let mut sorted = values.to_vec();
    sorted.sort_unstable();
    match sorted.len() {
        0 => 0.0,
        n if n % 2 == 1 => sorted[n / 2] as f64,
        n => (sorted[n / 2 - 1] + sorted[n / 2]) as f64 / 2.0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summaries_of_a_small_sample() {
        let v = [10, 2, 7, 4];
        assert_eq!(mean(&v), 5.75);
        assert_eq!(median(&v), 5.5);
        assert_eq!(quantile(&v, 0.9), 10.0);
        assert_eq!(quantile(&v, 0.5), 4.0);
        assert_eq!(median(&[]), 0.0);
    }
}
