//! The page's components, one per file, with typed props.

pub mod about;
pub mod console;
pub mod controls;
pub mod costs;
pub mod frames;
pub mod generator;
pub mod internals;
pub mod lesson_view;
pub mod picker;
pub mod share;
pub mod source;
pub mod stats;
pub mod timeline;
pub mod travel;
