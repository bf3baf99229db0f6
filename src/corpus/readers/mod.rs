//! File formats: which one a file is in, and the reader that turns it into documents.
//!
//! Every reader takes already-decoded text (see [`decode_text`](super::decode_text)) and
//! returns documents with `path`, `format` and `record` filled in; the loader adds the
//! encoding. Readers never panic on input.

mod html;
mod plain;
mod tabular;
mod trec;

use std::path::Path;

use serde::{Deserialize, Serialize};

use super::document::{Document, Format};
use super::error::LoadError;

/// Which columns (CSV) or keys (JSON, JSONL) hold the article text and metadata.
///
/// `None` (or an empty name) means "find it automatically" from common names such as
/// `text`/`body`/`content`/`النص`, `title`/`headline`/`عنوان`, `date`/`published`,
/// `source`/`site`/`publisher`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TableColumns {
    /// The article text. If given and absent from a file, that file fails with
    /// [`LoadError::NoTextColumn`].
    pub text: Option<String>,
    /// The headline. If given and absent, it is found automatically.
    pub title: Option<String>,
    /// The publication date. If given and absent, it is found automatically.
    pub date: Option<String>,
    /// The publisher. If given and absent, it is found automatically.
    pub source: Option<String>,
}

/// Guesses a file's format from its extension, or, for `.txt` and unknown extensions,
/// from how the text starts (`<DOC>` → TREC, `<!doctype html` or `<html` → HTML,
/// anything else → plain text).
pub fn detect_format(path: &Path, text: &str) -> Format {
    let ext = path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase).unwrap_or_default();
    match ext.as_str() {
        "xml" | "trec" | "sgml" | "sgm" => Format::Trec,
        "html" | "htm" | "xhtml" => Format::Html,
        "json" => Format::Json,
        "jsonl" | "ndjson" => Format::JsonLines,
        "csv" | "tsv" => Format::Csv,
        _ => sniff(text),
    }
}

/// The format of a `.txt` (or extension-less) file, from its first bytes.
fn sniff(text: &str) -> Format {
    let mut start = text.trim_start_matches(['\u{FEFF}', ' ', '\t', '\n', '\r']);
    // An XML declaration may precede a TREC file's first <DOC>.
    if starts_with_ignore_case(start, "<?xml")
        && let Some(end) = start.find("?>")
    {
        start = start[end + 2..].trim_start();
    }
    if starts_with_ignore_case(start, "<DOC>") || starts_with_ignore_case(start, "<DOC ") {
        Format::Trec
    } else if starts_with_ignore_case(start, "<!doctype html") || starts_with_ignore_case(start, "<html") {
        Format::Html
    } else {
        Format::PlainText
    }
}

pub(crate) fn starts_with_ignore_case(s: &str, prefix: &str) -> bool {
    s.as_bytes().get(..prefix.len()).is_some_and(|head| head.eq_ignore_ascii_case(prefix.as_bytes()))
}

/// Reads the documents of one decoded file with the reader for `format`.
///
/// `path`, `format` and `record` are filled in; `encoding` is left to the caller.
/// `columns` only matters for CSV, JSON and JSONL.
pub fn read_documents(
    path: &Path,
    text: &str,
    format: Format,
    columns: &TableColumns,
) -> Result<Vec<Document>, LoadError> {
    let mut docs = match format {
        Format::PlainText => plain::read(text)?,
        Format::Trec => trec::read(text)?,
        Format::Html => html::read(text)?,
        Format::Json => tabular::read_json(text, columns)?,
        Format::JsonLines => tabular::read_json_lines(text, columns)?,
        Format::Csv => tabular::read_csv(path, text, columns)?,
    };
    if docs.is_empty() {
        return Err(LoadError::NoDocuments);
    }
    for doc in &mut docs {
        doc.path = path.to_path_buf();
        doc.format = Some(format);
    }
    Ok(docs)
}

/// The columns (CSV header) or keys (JSON, JSONL objects) of a table file, so the user
/// can pick the text column. Empty for formats that have no columns (text, TREC, HTML).
pub fn table_columns(path: &Path, text: &str, format: Format) -> Result<Vec<String>, LoadError> {
    match format {
        Format::Json => tabular::json_columns(text),
        Format::JsonLines => tabular::json_lines_columns(text),
        Format::Csv => tabular::csv_columns(path, text),
        Format::PlainText | Format::Trec | Format::Html => Ok(Vec::new()),
    }
}

/// A body as Khabar stores it: each line trimmed, runs of blank lines collapsed to one,
/// no blank lines at the start or end. Paragraphs stay on their own lines.
pub(crate) fn normalize_body(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_blank = false;
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() {
            pending_blank = !out.is_empty();
            continue;
        }
        if !out.is_empty() {
            out.push('\n');
            if pending_blank {
                out.push('\n');
            }
        }
        pending_blank = false;
        out.push_str(line);
    }
    out
}

/// A one-line field (title, date, source…): whitespace runs become single spaces.
pub(crate) fn one_line(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// `Some(one_line(text))` unless that is empty.
pub(crate) fn non_empty(text: &str) -> Option<String> {
    let s = one_line(text);
    (!s.is_empty()).then_some(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn format_from_extension_and_content() {
        let p = |s: &str| Path::new(s).to_path_buf();
        assert_eq!(detect_format(&p("a.XML"), ""), Format::Trec);
        assert_eq!(detect_format(&p("a.sgml"), ""), Format::Trec);
        assert_eq!(detect_format(&p("a.htm"), ""), Format::Html);
        assert_eq!(detect_format(&p("a.json"), ""), Format::Json);
        assert_eq!(detect_format(&p("a.ndjson"), ""), Format::JsonLines);
        assert_eq!(detect_format(&p("a.tsv"), ""), Format::Csv);
        assert_eq!(detect_format(&p("a.txt"), "\n  <DOC>\n<DOCNO>1</DOCNO>"), Format::Trec);
        assert_eq!(detect_format(&p("a.txt"), "<?xml version=\"1.0\"?>\n<DOC>"), Format::Trec);
        assert_eq!(detect_format(&p("a"), "<!DOCTYPE html><p>x"), Format::Html);
        assert_eq!(detect_format(&p("a.txt"), "<html lang=ar>"), Format::Html);
        assert_eq!(detect_format(&p("a.txt"), "نص <DOC>"), Format::PlainText);
        assert_eq!(detect_format(&p("a.txt"), ""), Format::PlainText);
    }

    #[test]
    fn bodies_keep_paragraphs() {
        assert_eq!(normalize_body("\n\n  a  \n\n\n\nb\nc  \n\n"), "a\n\nb\nc");
        assert_eq!(normalize_body(" \n "), "");
        assert_eq!(one_line("  a \n\t b "), "a b");
        assert_eq!(non_empty(" \n"), None);
    }
}
