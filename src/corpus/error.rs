//! Why a file could not be loaded, in words a journalist understands.
//!
//! Every reader returns [`LoadError`]; the Library shows its `Display` text next to the
//! file name, so messages are short, specific English sentences without jargon.

use std::io;

/// A file that did not load, and why.
///
/// The `Display` text is meant for the user ("the file is empty", "the file is 2.0 GB;
/// Khabar opens files up to 256 MB"); the variants let the UI react (e.g. offer a column
/// picker for [`LoadError::NoTextColumn`]).
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// The operating system refused to read the file (missing, a folder, no permission…).
    #[error("cannot read the file: {}", describe_io(.source))]
    Io {
        /// The underlying error.
        source: io::Error,
    },
    /// Zero bytes, or nothing but whitespace.
    #[error("the file is empty")]
    Empty,
    /// NUL bytes or many control characters: an image, archive, program…
    #[error("this is a binary file, not text (it contains NUL bytes or other control characters)")]
    Binary,
    /// No supported character encoding turns the bytes into plausible text.
    #[error(
        "the bytes are not valid text in any supported encoding \
         (UTF-8, UTF-16, Windows-1256, ISO-8859-6): {detail}"
    )]
    Undecodable {
        /// What went wrong, e.g. where the first invalid byte is.
        detail: String,
    },
    /// Larger than [`LoadOptions::max_file_size`](super::LoadOptions::max_file_size).
    #[error("the file is {}; Khabar opens files up to {}", human_size(*.size), human_size(*.limit))]
    TooLarge {
        /// Size of the file in bytes.
        size: u64,
        /// The limit in bytes.
        limit: u64,
    },
    /// The file stops in the middle of a document, e.g. a `<DOC>` without `</DOC>`.
    #[error("the file is incomplete: {detail}")]
    Truncated {
        /// Which document or field is cut off.
        detail: String,
    },
    /// The file is in a known format but its content does not follow it.
    #[error("the file is damaged or not in the expected format: {detail}")]
    Malformed {
        /// What is wrong and where (e.g. `line 3: expected value`).
        detail: String,
    },
    /// A table (CSV, JSON, JSONL) without a column Khabar recognises as the article text,
    /// or without the column the user chose.
    #[error("{}", no_text_column_message(.columns))]
    NoTextColumn {
        /// The columns the file does have, for a picker.
        columns: Vec<String>,
    },
    /// The file is readable but holds no article (e.g. an empty JSON array, a CSV with
    /// only a header, a web page without text).
    #[error("the file contains no articles")]
    NoDocuments,
}

impl From<io::Error> for LoadError {
    fn from(source: io::Error) -> Self {
        LoadError::Io { source }
    }
}

/// A plain-words reason for the common I/O failures; the OS message otherwise.
fn describe_io(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::NotFound => "it does not exist (was it moved or deleted?)".to_owned(),
        io::ErrorKind::PermissionDenied => "permission denied".to_owned(),
        io::ErrorKind::IsADirectory => "this is a folder, not a file".to_owned(),
        _ => e.to_string(),
    }
}

fn no_text_column_message(columns: &[String]) -> String {
    if columns.is_empty() {
        "no text column: the table has no columns".to_owned()
    } else {
        format!("no text column; pick one of: {}", columns.join(", "))
    }
}

/// A size for people: `512 bytes`, `3.4 KB`, `256 MB`, `2.0 GB` (binary units).
pub fn human_size(bytes: u64) -> String {
    const UNITS: [&str; 4] = ["KB", "MB", "GB", "TB"];
    if bytes < 1024 {
        return if bytes == 1 { "1 byte".to_owned() } else { format!("{bytes} bytes") };
    }
    let mut value = bytes as f64 / 1024.0;
    let mut unit = 0;
    while value >= 1024.0 && unit + 1 < UNITS.len() {
        value /= 1024.0;
        unit += 1;
    }
    if value < 10.0 { format!("{value:.1} {}", UNITS[unit]) } else { format!("{value:.0} {}", UNITS[unit]) }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_send_sync_static<T: Send + Sync + 'static>() {}

    #[test]
    fn error_is_send_sync_static() {
        assert_send_sync_static::<LoadError>();
    }

    #[test]
    fn sizes_read_like_people_write_them() {
        assert_eq!(human_size(0), "0 bytes");
        assert_eq!(human_size(1), "1 byte");
        assert_eq!(human_size(1023), "1023 bytes");
        assert_eq!(human_size(1536), "1.5 KB");
        assert_eq!(human_size(256 * 1024 * 1024), "256 MB");
        assert_eq!(human_size(2 * 1024 * 1024 * 1024), "2.0 GB");
        assert_eq!(human_size(u64::MAX), "16777216 TB");
    }

    #[test]
    fn messages_are_specific() {
        let e = LoadError::TooLarge { size: 2 << 30, limit: 256 << 20 };
        assert_eq!(e.to_string(), "the file is 2.0 GB; Khabar opens files up to 256 MB");
        let e = LoadError::NoTextColumn { columns: vec!["id".into(), "headline".into()] };
        assert_eq!(e.to_string(), "no text column; pick one of: id, headline");
        let e = LoadError::from(io::Error::from(io::ErrorKind::NotFound));
        assert!(e.to_string().starts_with("cannot read the file: it does not exist"));
        assert_eq!(LoadError::Empty.to_string(), "the file is empty");
    }
}
