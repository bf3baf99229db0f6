//! Arabic text: character classes, bidi-aware line layout, normalization, tokens,
//! sentences, clitics, stopwords and stemmers.
//!
//! Nothing here knows about a GUI: the Reader widget and the `khabar layout`
//! command both sit on [`line_layout`].

pub mod clitics;
pub mod line_layout;
pub mod normalize;
mod presentation_forms;
pub mod script;
pub mod sentences;
pub mod stem;
pub mod stopwords;
pub mod tokenize;

pub use line_layout::{
    BaseDirection, Fallback, GraphemeCount, Line, Measure, ParagraphLayout, VisualRun, layout_paragraph,
};
