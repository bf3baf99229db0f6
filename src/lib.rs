//! Khabar: read and analyse Arabic news text.
//!
//! The crate is layered, and the dependency direction is one way:
//! [`text`] (Arabic text, bidi line layout) ← [`corpus`] (documents, readers) ←
//! [`analysis`] (pure functions over a corpus) ← `app` (the eframe GUI, feature `gui`);
//! [`export`] writes any table as CSV, XLSX or JSON.
//! `text`, `corpus`, `analysis` and `export` never touch egui, eframe or rfd.

pub mod analysis;
pub mod corpus;
pub mod export;
pub mod text;

#[cfg(feature = "gui")]
pub mod app;
