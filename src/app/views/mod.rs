//! One view per file. Each draws from the app state and pushes commands.

pub mod collocations;
pub mod concordance;
pub mod corpus_insight;
pub mod dispersion;
pub mod frequency;
pub mod insight;
pub mod keywords;
pub mod library_table;
pub mod menu_bar;
pub mod ngrams;
pub mod reader;
pub mod status_bar;
pub mod table_columns;
pub mod table_util;
