//! The one way a score, match or share is rounded for people to read, so the
//! bars, the sentences and the JSON's text all show the same number.

/// A score or match (0..100) as a whole number: first to one decimal (what the
/// JSON holds), then to the nearest whole, halves away from zero.
pub fn whole(x: f64) -> i64 {
    tenth(x).round() as i64
}

/// A score or match to one decimal, as the JSON holds it; never a negative
/// zero (`-0.04` is `0.0`, not `-0.0`).
pub fn tenth(x: f64) -> f64 {
    (x * 10.0).round() / 10.0 + 0.0
}

/// A share (0..1) as "n in 10".
pub fn in_ten(share: f64) -> i64 {
    whole(share * 10.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn halves_round_up_the_same_way_everywhere() {
        assert_eq!(whole(62.5), 63);
        assert_eq!(whole(62.45), 63);
        assert_eq!(whole(62.44), 62);
        assert_eq!(tenth(62.45), 62.5);
        assert_eq!(in_ten(0.85), 9);
        assert_eq!(in_ten(0.5), 5);
    }

    #[test]
    fn a_small_negative_rounds_to_a_positive_zero() {
        assert!(tenth(-0.04).is_sign_positive());
        assert!(tenth(-0.0).is_sign_positive());
        assert_eq!(tenth(-0.06), -0.1);
    }
}
