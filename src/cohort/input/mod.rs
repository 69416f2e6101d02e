//! The input formats, each read in chunks of whole responses.

pub mod csv;
pub mod dir;
pub mod jsonl;
mod scan;
