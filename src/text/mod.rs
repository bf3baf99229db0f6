//! Arabic text: character classes and bidi-aware line layout.
//!
//! Nothing here knows about a GUI: the Reader widget and the `khabar layout`
//! command both sit on [`line_layout`].

pub mod line_layout;
pub mod script;

pub use line_layout::{
    BaseDirection, Fallback, GraphemeCount, Line, Measure, ParagraphLayout, VisualRun, layout_paragraph,
};
