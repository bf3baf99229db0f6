//! Documents and the readers that turn files into them.
//!
//! Readers never panic on input: every file either yields documents or a
//! [`LoadError`] that says, in words a user understands, what is wrong with it.

mod decode;
mod document;
mod error;
mod load;
pub mod project;
pub mod readers;
pub mod samples;

pub use decode::{Decoded, decode_text};
pub use document::{Document, Format};
pub use error::{LoadError, human_size};
pub use load::{LoadEvent, LoadOptions, Loaded, collect_files, load_file, load_paths};
pub use readers::{TableColumns, detect_format, read_documents, table_columns};
