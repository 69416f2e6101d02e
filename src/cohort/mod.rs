//! Cohorts: many responses at once. Reading them (JSONL, CSV, a folder of
//! answers files) in bounded chunks, scoring them in parallel in input order
//! ([`run`]), and item analysis for quiz authors ([`analysis`]).
//!
//! Like the engine, this module knows no terminal and no language: problems
//! are typed values, put into words by `render::cohort`.

pub mod alpha;
pub mod analysis;
pub mod index;
pub mod input;
pub mod problem;
pub mod run;
pub mod source;
pub mod summary;
