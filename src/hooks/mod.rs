//! The page's yew hooks: the run, the keyboard, the moment shown.

pub mod use_frames;
pub mod use_keyboard;
pub mod use_moment;
pub mod use_runner;

pub use use_frames::{use_frames, Frames};
pub use use_keyboard::use_keyboard;
pub use use_moment::{use_moment, Moment};
pub use use_runner::{use_runner, RunnerHandle};
