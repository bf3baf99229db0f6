//! Pure analyses over documents: no GUI, no I/O.

pub mod collocation;
pub mod concordance;
pub mod corpus_quotes;
pub mod dispersion;
pub mod entities;
pub mod frequency;
pub mod index;
pub mod keyness;
pub mod ner;
pub mod ngrams;
pub mod query;
pub mod quotes;
pub mod structure;
