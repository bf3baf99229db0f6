//! Khabar: read and analyse Arabic news text.
//!
//! The crate is layered, and the dependency direction is one way:
//! [`text`] (Arabic text, bidi line layout) ← [`corpus`] (documents, readers) ←
//! [`analysis`] (pure functions over a corpus) ← `app` (the eframe GUI, feature `gui`).
//! `text`, `corpus` and `analysis` never touch egui, eframe or rfd.

pub mod analysis;
pub mod corpus;
pub mod text;

#[cfg(feature = "gui")]
pub mod app;
