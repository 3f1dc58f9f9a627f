//! The exam engine: answers, choice order, selection, sessions, scoring and
//! the clock. It knows nothing of terminals or storage; front ends drive it.

pub mod answer;
pub mod clock;
pub mod drill;
pub mod exam;
pub mod forecast;
pub mod memory;
pub mod presentation;
pub mod progress;
pub mod scoring;
pub mod select;
pub mod tally;
