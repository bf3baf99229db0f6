//! Pure analyses over documents: no GUI, no I/O.

pub mod structure;
pub mod quotes;
pub mod index;
pub mod concordance;
pub mod query;
pub mod frequency;
pub mod ngrams;
pub mod collocation;
pub mod keyness;
pub mod dispersion;
pub mod ner;
pub mod entities;
