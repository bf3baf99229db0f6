//! A loaded article and the metadata every reader fills in.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

/// The file format a document was read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Format {
    PlainText,
    Trec,
    Html,
    Json,
    JsonLines,
    Csv,
}

impl Format {
    /// A short name for tables and messages.
    pub fn label(self) -> &'static str {
        match self {
            Format::PlainText => "text",
            Format::Trec => "TREC XML",
            Format::Html => "HTML",
            Format::Json => "JSON",
            Format::JsonLines => "JSONL",
            Format::Csv => "CSV",
        }
    }
}

/// One article. `body` is the article text, paragraphs separated by `\n`; every byte
/// range elsewhere in Khabar (tokens, entities, hits) indexes into `body`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// Where the document came from.
    pub path: PathBuf,
    /// Which record of a multi-record file (TREC with several `<DOC>`, a JSONL line, a CSV
    /// row); 0 for single-document files.
    pub record: usize,
    pub format: Option<Format>,
    /// The character encoding the bytes were decoded from, e.g. `UTF-8`, `windows-1256`.
    pub encoding: String,
    /// `DOCNO` or another identifier the file gives.
    pub id: Option<String>,
    pub title: String,
    pub url: Option<String>,
    /// Publisher, e.g. `alarabia`, `BBC`.
    pub source: Option<String>,
    pub category: Option<String>,
    /// Publication date as the file writes it.
    pub date: Option<String>,
    pub author: Option<String>,
    pub summary: Option<String>,
    pub body: String,
}

impl Document {
    /// Number of whitespace-separated words in the body.
    pub fn word_count(&self) -> usize {
        self.body.split_whitespace().count()
    }

    /// The title, or the first non-empty line of the body, for lists.
    pub fn display_title(&self) -> &str {
        let t = self.title.trim();
        if !t.is_empty() {
            return t;
        }
        self.body.lines().map(str::trim).find(|l| !l.is_empty()).unwrap_or("")
    }
}
