//! One view per file. Each draws from the app state and pushes commands.

pub mod concordance;
pub mod frequency;
pub mod library_table;
pub mod menu_bar;
pub mod reader;
pub mod status_bar;
pub mod table_columns;
