//! `career`: a career roadmap quiz engine.
//!
//! Data flows one way: content files ([`content`]) are validated into a model,
//! the [`engine`] turns answers into an [`engine::Outcome`], [`roadmap`] plans
//! what to learn, [`store`] keeps results and progress, and (with the `cli`
//! feature) `render` turns them into text or JSON and `cli` is the program.
//!
//! # The library surface
//!
//! Built with `--no-default-features`, the crate is the library alone, with
//! no terminal crates (clap, console, dialoguer, indicatif) in its tree:
//! - [`content`]: load and check a pack ([`content::load`]), the model
//!   ([`content::Pack`], [`content::Quiz`], [`content::Role`]) and typed
//!   diagnostics;
//! - [`engine`]: score answers ([`engine::evaluate`]), the adaptive quiz and
//!   simulated respondents;
//! - [`roadmap`]: plans, blends, weekly schedules and progress views;
//! - [`store`]: saved results, sessions and progress in the data directory;
//! - [`i18n`]: the two languages ([`i18n::Lang`]) and the wording of
//!   diagnostics;
//! - [`error`]: the errors commands end with;
//! - [`sanitize`]: the one sanitiser for outside text bound for a terminal;
//! - [`cohort`]: many responses at once (batch scoring, item analysis).
//!
//! The `cli` feature (on by default) adds:
//! - `cli`: the `career` program; its one public item is `cli::main`, which
//!   runs it and returns the exit code (`src/main.rs` is that call alone);
//! - `render`: every command's output goes one way, a view (`render::View`)
//!   turned into text, JSON or a format of its own by an exporter
//!   (`render::Exporter`). Public of it: the roadmap's view and exporters
//!   (`render::roadmap`: text, Markdown, JSON, Mermaid, HTML) and
//!   `render::Style`, for programs that print a roadmap themselves.
//!
//! Everything else (argument parsing, terminal capabilities, prompts, pager,
//! the other renderers) is private to the crate and may change at any time.

#[cfg(feature = "cli")]
pub mod cli;
pub mod cohort;
pub mod content;
pub mod engine;
pub mod error;
pub mod i18n;
#[cfg(feature = "cli")]
pub mod render;
pub mod roadmap;
pub mod sanitize;
pub mod store;
pub(crate) mod suggest;
#[cfg(feature = "cli")]
pub(crate) mod ui;
