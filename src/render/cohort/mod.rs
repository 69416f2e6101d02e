//! Output of `career score` and `career analyze`: result rows, problems and
//! the summary, and the item-analysis report.

pub mod analysis;
pub mod problems;
pub mod rows;
