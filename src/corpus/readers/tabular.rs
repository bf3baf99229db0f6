//! Tables of articles: JSON, JSON Lines and CSV/TSV, one article per record.
//!
//! Each record's text comes from one column (key): the one the user chose in
//! [`TableColumns`], or else the first of `text`, `body`, `content`, `article`, `نص`,
//! `النص`, `المتن`… (case-insensitive). Title, date and source are found the same way
//! from common names unless chosen. Records with an empty text cell are skipped;
//! `record` is the index of the row (CSV, after the header), array item (JSON) or line
//! (JSONL, 0-based).
//!
//! JSON keys are listed in alphabetical order (serde_json's map is sorted).

use std::collections::HashSet;
use std::path::Path;

use serde_json::{Map, Value};

use super::super::document::Document;
use super::super::error::LoadError;
use super::{TableColumns, non_empty, normalize_body, one_line};

type Object = Map<String, Value>;

const TEXT_NAMES: &[&str] = &[
    "text",
    "body",
    "content",
    "article",
    "full_text",
    "fulltext",
    "article_text",
    "article_body",
    "articlebody",
    "story",
    "نص",
    "النص",
    "المتن",
    "متن",
    "المحتوى",
    "محتوى",
];
const TITLE_NAMES: &[&str] = &["title", "headline", "heading", "عنوان", "العنوان"];
const DATE_NAMES: &[&str] = &[
    "date",
    "time",
    "published",
    "published_at",
    "publish_date",
    "pubdate",
    "datetime",
    "date_published",
    "timestamp",
    "تاريخ",
    "التاريخ",
];
const SOURCE_NAMES: &[&str] = &["source", "site", "publisher", "outlet", "newspaper", "مصدر", "المصدر"];
const ID_NAMES: &[&str] = &["id", "docno", "doc_id", "docid", "uuid"];
const URL_NAMES: &[&str] = &["url", "link", "href"];
const AUTHOR_NAMES: &[&str] = &["author", "authors", "byline", "writer", "الكاتب", "الكاتب"];
const CATEGORY_NAMES: &[&str] = &["category", "section", "cat", "topic", "التصنيف", "القسم"];
const SUMMARY_NAMES: &[&str] = &["summary", "abstract", "description", "lead", "الملخص", "ملخص"];

/// Where each field is, as indices into the table's column list.
#[derive(Debug)]
struct Resolved {
    text: usize,
    title: Option<usize>,
    date: Option<usize>,
    source: Option<usize>,
    id: Option<usize>,
    url: Option<usize>,
    author: Option<usize>,
    category: Option<usize>,
    summary: Option<usize>,
}

/// The column named `name`: exact match first, then ignoring case and surrounding spaces.
fn find_column(columns: &[String], name: &str) -> Option<usize> {
    let name = name.trim();
    columns.iter().position(|c| c == name).or_else(|| {
        let lower = name.to_lowercase();
        columns.iter().position(|c| c.trim().to_lowercase() == lower)
    })
}

/// The first of `names` present among `columns`, ignoring case.
fn auto_column(columns: &[String], names: &[&str], taken: usize) -> Option<usize> {
    names.iter().find_map(|n| find_column(columns, n).filter(|&i| i != taken))
}

fn given(name: &Option<String>) -> Option<&str> {
    name.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

fn resolve(columns: &[String], wanted: &TableColumns) -> Result<Resolved, LoadError> {
    let no_text = || LoadError::NoTextColumn { columns: columns.to_vec() };
    let text = match given(&wanted.text) {
        Some(name) => find_column(columns, name).ok_or_else(no_text)?,
        None => auto_column(columns, TEXT_NAMES, usize::MAX).ok_or_else(no_text)?,
    };
    let pick = |choice: &Option<String>, names: &[&str]| {
        given(choice)
            .and_then(|n| find_column(columns, n))
            .filter(|&i| i != text)
            .or_else(|| auto_column(columns, names, text))
    };
    Ok(Resolved {
        text,
        title: pick(&wanted.title, TITLE_NAMES),
        date: pick(&wanted.date, DATE_NAMES),
        source: pick(&wanted.source, SOURCE_NAMES),
        id: auto_column(columns, ID_NAMES, text),
        url: auto_column(columns, URL_NAMES, text),
        author: auto_column(columns, AUTHOR_NAMES, text),
        category: auto_column(columns, CATEGORY_NAMES, text),
        summary: auto_column(columns, SUMMARY_NAMES, text),
    })
}

/// One document from a record, given a way to read a cell by column index; `None` if the
/// text cell is empty.
fn build(r: &Resolved, record: usize, cell: impl Fn(usize) -> Option<String>) -> Option<Document> {
    let body = normalize_body(&cell(r.text)?);
    if body.is_empty() {
        return None;
    }
    let field = |i: Option<usize>| i.and_then(&cell).and_then(|v| non_empty(&v));
    Some(Document {
        record,
        title: r.title.and_then(&cell).map(|t| one_line(&t)).unwrap_or_default(),
        date: field(r.date),
        source: field(r.source),
        id: field(r.id),
        url: field(r.url),
        author: field(r.author),
        category: field(r.category),
        summary: r.summary.and_then(&cell).map(|s| normalize_body(&s)).filter(|s| !s.is_empty()),
        body,
        ..Document::default()
    })
}

// ---------------------------------------------------------------- JSON and JSON Lines

/// A JSON value as cell text: strings as they are, arrays of strings one per line
/// (paragraph lists), numbers and booleans written out, null empty.
fn cell_text(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        Value::Array(items) => items.iter().map(cell_text).collect::<Vec<_>>().join("\n"),
        Value::Object(_) => v.to_string(),
    }
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "true/false",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

fn parse_json(text: &str) -> Result<Value, LoadError> {
    serde_json::from_str(text).map_err(|e| LoadError::Malformed { detail: format!("not valid JSON: {e}") })
}

/// The records of a JSON document: an array of objects, an object holding an array of
/// objects (the largest, up to three levels deep), or a single object.
fn json_records<'a>(
    root: &'a Value,
    text_column: Option<&str>,
) -> Result<Vec<(usize, &'a Object)>, LoadError> {
    let objects = |items: &'a [Value]| -> Vec<(usize, &'a Object)> {
        items.iter().enumerate().filter_map(|(i, v)| v.as_object().map(|o| (i, o))).collect()
    };
    match root {
        Value::Array(items) => {
            let records = objects(items);
            if let (true, Some(item)) = (records.is_empty(), items.first()) {
                return Err(LoadError::Malformed {
                    detail: format!("expected a list of objects, but the list holds {}", kind(item)),
                });
            }
            Ok(records)
        }
        Value::Object(map) => {
            let has_text = |m: &Object| {
                let keys: Vec<String> = m.keys().cloned().collect();
                match text_column {
                    Some(name) => find_column(&keys, name).is_some(),
                    None => auto_column(&keys, TEXT_NAMES, usize::MAX)
                        .is_some_and(|i| m.get(&keys[i]).is_some_and(|v| v.is_string() || v.is_array())),
                }
            };
            if !has_text(map)
                && let Some(items) = largest_object_array(map, 3)
            {
                return Ok(objects(items));
            }
            Ok(vec![(0, map)])
        }
        other => Err(LoadError::Malformed {
            detail: format!("expected a list of objects or an object, found {}", kind(other)),
        }),
    }
}

fn largest_object_array(map: &Object, depth: usize) -> Option<&[Value]> {
    let mut best: Option<&[Value]> = None;
    for v in map.values() {
        let candidate = match v {
            Value::Array(items) if items.iter().any(Value::is_object) => Some(items.as_slice()),
            Value::Object(inner) if depth > 1 => largest_object_array(inner, depth - 1),
            _ => None,
        };
        if let Some(c) = candidate
            && best.is_none_or(|b| c.len() > b.len())
        {
            best = Some(c);
        }
    }
    best
}

/// All keys of the records, in order of first appearance.
fn union_keys<'a>(records: impl IntoIterator<Item = &'a Object>) -> Vec<String> {
    let mut seen = HashSet::new();
    let mut keys = Vec::new();
    for obj in records {
        for k in obj.keys() {
            if seen.insert(k.as_str()) {
                keys.push(k.clone());
            }
        }
    }
    keys
}

fn documents_from_objects(
    records: &[(usize, &Object)],
    columns: &TableColumns,
) -> Result<Vec<Document>, LoadError> {
    let keys = union_keys(records.iter().map(|(_, o)| *o));
    let r = resolve(&keys, columns)?;
    Ok(records.iter().filter_map(|&(i, obj)| build(&r, i, |c| obj.get(&keys[c]).map(cell_text))).collect())
}

/// Articles from a `.json` file.
pub(super) fn read_json(text: &str, columns: &TableColumns) -> Result<Vec<Document>, LoadError> {
    let root = parse_json(text)?;
    let records = json_records(&root, given(&columns.text))?;
    documents_from_objects(&records, columns)
}

/// Keys of a `.json` file's records.
pub(super) fn json_columns(text: &str) -> Result<Vec<String>, LoadError> {
    let root = parse_json(text)?;
    let records = json_records(&root, None)?;
    Ok(union_keys(records.iter().map(|(_, o)| *o)))
}

/// The objects of a JSON Lines file with their 0-based line numbers; any bad line fails
/// the whole file with its line number.
fn json_lines(text: &str) -> Result<Vec<(usize, Object)>, LoadError> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let value: Value = serde_json::from_str(line).map_err(|e| {
            let full = e.to_string();
            let suffix = format!(" at line {} column {}", e.line(), e.column());
            let msg = full.strip_suffix(&suffix).unwrap_or(&full);
            LoadError::Malformed { detail: format!("line {}, column {}: {msg}", i + 1, e.column()) }
        })?;
        match value {
            Value::Object(obj) => out.push((i, obj)),
            other => {
                return Err(LoadError::Malformed {
                    detail: format!("line {}: expected an object {{…}}, found {}", i + 1, kind(&other)),
                });
            }
        }
    }
    Ok(out)
}

/// Articles from a `.jsonl` / `.ndjson` file, one object per line.
pub(super) fn read_json_lines(text: &str, columns: &TableColumns) -> Result<Vec<Document>, LoadError> {
    let lines = json_lines(text)?;
    let records: Vec<(usize, &Object)> = lines.iter().map(|(i, o)| (*i, o)).collect();
    documents_from_objects(&records, columns)
}

/// Keys of a JSON Lines file's objects.
pub(super) fn json_lines_columns(text: &str) -> Result<Vec<String>, LoadError> {
    let lines = json_lines(text)?;
    Ok(union_keys(lines.iter().map(|(_, o)| o)))
}

// ---------------------------------------------------------------- CSV and TSV

/// Tab for `.tsv`; otherwise whichever of tab, comma, semicolon the header line uses most
/// (comma when none).
fn delimiter(path: &Path, text: &str) -> u8 {
    let is_tsv = path.extension().and_then(|e| e.to_str()).is_some_and(|e| e.eq_ignore_ascii_case("tsv"));
    if is_tsv {
        return b'\t';
    }
    let header = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let count = |d: char| header.matches(d).count();
    [(',', count(',')), ('\t', count('\t')), (';', count(';'))]
        .into_iter()
        .filter(|&(_, n)| n > 0)
        .max_by_key(|&(d, n)| (n, d == ','))
        .map_or(b',', |(d, _)| d as u8)
}

fn csv_reader<'a>(path: &Path, text: &'a str) -> csv::Reader<&'a [u8]> {
    csv::ReaderBuilder::new()
        .delimiter(delimiter(path, text))
        .has_headers(true)
        .flexible(true)
        .from_reader(text.as_bytes())
}

fn csv_error(e: &csv::Error) -> LoadError {
    let at = e.position().map(|p| format!("line {}: ", p.line())).unwrap_or_default();
    LoadError::Malformed { detail: format!("{at}{e}") }
}

fn csv_headers(reader: &mut csv::Reader<&[u8]>) -> Result<Vec<String>, LoadError> {
    let headers = reader.headers().map_err(|e| csv_error(&e))?;
    Ok(headers
        .iter()
        .enumerate()
        .map(|(i, h)| {
            let h = h.trim();
            if h.is_empty() { format!("column {}", i + 1) } else { h.to_owned() }
        })
        .collect())
}

/// Articles from a `.csv` / `.tsv` file whose first row names the columns.
pub(super) fn read_csv(path: &Path, text: &str, columns: &TableColumns) -> Result<Vec<Document>, LoadError> {
    let mut reader = csv_reader(path, text);
    let headers = csv_headers(&mut reader)?;
    let r = resolve(&headers, columns)?;
    let mut docs = Vec::new();
    for (row, record) in reader.records().enumerate() {
        let record = record.map_err(|e| csv_error(&e))?;
        if let Some(doc) = build(&r, row, |c| record.get(c).map(str::to_owned)) {
            docs.push(doc);
        }
    }
    Ok(docs)
}

/// The header of a `.csv` / `.tsv` file.
pub(super) fn csv_columns(path: &Path, text: &str) -> Result<Vec<String>, LoadError> {
    csv_headers(&mut csv_reader(path, text))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cols(text: Option<&str>) -> TableColumns {
        TableColumns { text: text.map(str::to_owned), ..TableColumns::default() }
    }

    #[test]
    fn json_array_auto_and_chosen_column() {
        let json = r#"[{"id": 1, "Headline": "عنوان", "Body": "نص المقال", "story": "قصة", "date": "2018-07-15"},
                       {"id": 2, "Body": "", "story": "أخرى"}, 5]"#;
        let docs = read_json(json, &cols(None)).unwrap();
        assert_eq!(docs.len(), 1, "the empty body is skipped");
        assert_eq!((docs[0].title.as_str(), docs[0].body.as_str()), ("عنوان", "نص المقال"));
        assert_eq!(docs[0].id.as_deref(), Some("1"));
        assert_eq!(docs[0].date.as_deref(), Some("2018-07-15"));
        let docs = read_json(json, &cols(Some("story"))).unwrap();
        assert_eq!(docs.len(), 2);
        assert_eq!((docs[1].record, docs[1].body.as_str()), (1, "أخرى"));
        let err = read_json(json, &cols(Some("missing"))).unwrap_err();
        assert!(matches!(&err, LoadError::NoTextColumn { columns } if columns.contains(&"story".to_owned())));
    }

    #[test]
    fn json_shapes() {
        let nested = r#"{"meta": {"n": 2}, "data": {"articles": [{"text": "a"}, {"text": "b"}]}}"#;
        assert_eq!(read_json(nested, &cols(None)).unwrap().len(), 2);
        let single = r#"{"title": "t", "content": ["p1", "p2"], "tags": [{"x": 1}]}"#;
        let docs = read_json(single, &cols(None)).unwrap();
        assert_eq!(docs.len(), 1);
        assert_eq!(docs[0].body, "p1\np2");
        assert!(matches!(read_json("\"text\"", &cols(None)), Err(LoadError::Malformed { .. })));
        assert!(matches!(read_json("[1, 2]", &cols(None)), Err(LoadError::Malformed { .. })));
        assert!(matches!(read_json("{\"a\": ", &cols(None)), Err(LoadError::Malformed { .. })));
        assert_eq!(json_columns(single).unwrap(), ["content", "tags", "title"]);
    }

    #[test]
    fn json_lines_are_strict() {
        let ok = "{\"النص\": \"أ\"}\n\n{\"النص\": \"ب\", \"extra\": 1}\n";
        let docs = read_json_lines(ok, &cols(None)).unwrap();
        assert_eq!(docs.iter().map(|d| d.record).collect::<Vec<_>>(), [0, 2]);
        assert_eq!(json_lines_columns(ok).unwrap(), ["النص", "extra"]);
        let bad = "{\"text\": \"a\"}\n{\"text\": oops}\n";
        let err = read_json_lines(bad, &cols(None)).unwrap_err();
        assert!(err.to_string().contains("line 2, column 10"), "{err}");
        let err = read_json_lines("{\"text\": \"a\"}\n[1]\n", &cols(None)).unwrap_err();
        assert!(err.to_string().contains("line 2: expected an object"), "{err}");
    }

    #[test]
    fn csv_delimiters_and_columns() {
        let p = Path::new("a.csv");
        let csv = "id;العنوان;النص;source\n1;عنوان;\"سطر أول\nسطر ثان\";bbc\n2;فارغ;;x\n3;ثالث;نص\n";
        let docs = read_csv(p, csv, &cols(None)).unwrap();
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[0].body, "سطر أول\nسطر ثان");
        assert_eq!(docs[0].title, "عنوان");
        assert_eq!(docs[0].source.as_deref(), Some("bbc"));
        assert_eq!(docs[1].record, 2);
        assert_eq!(csv_columns(p, csv).unwrap(), ["id", "العنوان", "النص", "source"]);

        let tsv = "headline\tkalam\nh\tt,with,commas\n";
        let docs = read_csv(Path::new("a.tsv"), tsv, &cols(Some("KALAM"))).unwrap();
        assert_eq!((docs[0].title.as_str(), docs[0].body.as_str()), ("h", "t,with,commas"));
        let err = read_csv(Path::new("a.tsv"), tsv, &cols(None)).unwrap_err();
        assert_eq!(err.to_string(), "no text column; pick one of: headline, kalam");
        assert_eq!(delimiter(Path::new("x.csv"), "a\tb\tc\n"), b'\t');
        assert_eq!(delimiter(Path::new("x.csv"), "abc\n"), b',');
    }
}
