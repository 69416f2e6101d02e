//! A person's answers, as the engine takes them. The types are content's (an
//! answer is checked against its question there); the answers-file reader is
//! `content::answers_file`.

pub use crate::content::answers::{Answers, Response};
