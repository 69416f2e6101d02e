//! `career`: a career roadmap quiz engine.
//!
//! Data flows one way: content files ([`content`]) are validated into a model,
//! the [`engine`] turns answers into an [`engine::Outcome`], and [`render`]
//! turns results into text or JSON. Only [`cli`] touches the terminal.

pub mod cli;
pub mod cohort;
pub mod content;
pub mod engine;
pub mod error;
pub mod i18n;
pub mod render;
pub mod roadmap;
pub mod sanitize;
pub mod store;
pub mod suggest;
pub mod ui;
