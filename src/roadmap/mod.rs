//! Learning roadmaps a person can follow: the ordered plan of a role (or a
//! blend of two), the skills they already know left out, a week-by-week
//! schedule from their own hours, and their progress.
//!
//! Everything here is pure: content model in, plain data out. Rendering lives
//! in `render::roadmap`, saving progress in `store::progress`.

pub mod blend;
pub mod graph;
pub mod known;
pub mod plan;
pub mod progress;
pub mod schedule;

pub use plan::{BlendedStage, Plan, PlanStage};
pub use progress::{Progress, Status};
pub use schedule::Schedule;
