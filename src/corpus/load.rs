//! Loading files from disk: choosing the files in folders, reading each one safely, and
//! loading many in parallel with progress and cancellation.
//!
//! A file that fails becomes a [`Loaded`] with an error; it never stops the others.

use std::fs::File;
use std::io::Read;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use super::decode::decode_text;
use super::document::Document;
use super::error::LoadError;
use super::readers::{TableColumns, detect_format, read_documents};

/// Extensions of files picked up when walking a folder (plus files without extension).
const TEXT_EXTENSIONS: [&str; 12] =
    ["txt", "xml", "trec", "sgml", "sgm", "html", "htm", "json", "jsonl", "ndjson", "csv", "tsv"];

/// How files are loaded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LoadOptions {
    /// Files larger than this (in bytes) are refused with [`LoadError::TooLarge`] without
    /// being read. Default 256 MiB.
    pub max_file_size: u64,
    /// Which columns hold the text and metadata in CSV, JSON and JSONL files.
    pub columns: TableColumns,
}

impl Default for LoadOptions {
    fn default() -> Self {
        LoadOptions { max_file_size: 256 * 1024 * 1024, columns: TableColumns::default() }
    }
}

/// The outcome for one file: its documents, or why it could not be loaded.
#[derive(Debug)]
pub struct Loaded {
    /// The file, as it was given.
    pub path: PathBuf,
    /// The documents (at least one) or the reason for failure.
    pub result: Result<Vec<Document>, LoadError>,
}

/// Progress of a background load, for a UI channel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LoadEvent {
    /// `done` of `total` files have been loaded (successfully or not).
    Progress {
        /// Files finished so far.
        done: usize,
        /// Files in the job.
        total: usize,
    },
}

/// The files to load from what the user picked: files as given (always kept, even if
/// they look like something else, so the user gets a reason if they fail), folders
/// walked recursively. In folders, hidden files and folders are skipped and only files
/// with a known text extension (`txt`, `xml`, `trec`, `sgml`, `html`, `htm`, `json`,
/// `jsonl`, `ndjson`, `csv`, `tsv`) or without extension (except `LICENSE`, `README`,
/// `COPYING` and the like) are kept. Symbolic links are
/// followed; link loops are skipped. Sorted, without duplicates.
pub fn collect_files(paths: &[PathBuf]) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for path in paths {
        if !path.is_dir() {
            files.push(path.clone());
            continue;
        }
        let walker = walkdir::WalkDir::new(path)
            .follow_links(true)
            .into_iter()
            .filter_entry(|e| e.depth() == 0 || !is_hidden(e.file_name()));
        // Unreadable folders and link loops come out as errors: skip them.
        for entry in walker.flatten() {
            if entry.file_type().is_file() && has_text_extension(entry.path()) {
                files.push(entry.into_path());
            }
        }
    }
    files.sort();
    files.dedup();
    files
}

fn is_hidden(name: &std::ffi::OsStr) -> bool {
    name.to_str().is_some_and(|n| n.starts_with('.'))
}

/// Files without extension that are about a corpus, not part of it.
const NOT_ARTICLES: [&str; 8] =
    ["LICENSE", "LICENCE", "COPYING", "README", "NOTICE", "CHANGELOG", "AUTHORS", "CITATION"];

fn has_text_extension(path: &Path) -> bool {
    match path.extension() {
        None => !path
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| NOT_ARTICLES.iter().any(|x| x.eq_ignore_ascii_case(n))),
        Some(ext) => ext.to_str().is_some_and(|e| TEXT_EXTENSIONS.iter().any(|t| t.eq_ignore_ascii_case(e))),
    }
}

/// Loads one file: checks its size before reading (a 2 GB file is refused at once),
/// reads it, detects the encoding and format, and reads its documents, filling in path,
/// format, encoding and record. Never panics; every failure is a [`LoadError`].
pub fn load_file(path: &Path, opts: &LoadOptions) -> Loaded {
    let result = catch_unwind(AssertUnwindSafe(|| load_documents(path, opts))).unwrap_or_else(|_| {
        Err(LoadError::Malformed {
            detail: "Khabar's reader failed on this file (this is a bug in Khabar)".to_owned(),
        })
    });
    Loaded { path: path.to_path_buf(), result }
}

fn load_documents(path: &Path, opts: &LoadOptions) -> Result<Vec<Document>, LoadError> {
    let bytes = read_limited(path, opts.max_file_size)?;
    let decoded = decode_text(&bytes)?;
    drop(bytes);
    let format = detect_format(path, &decoded.text);
    let mut docs = read_documents(path, &decoded.text, format, &opts.columns)?;
    for doc in &mut docs {
        doc.encoding = decoded.encoding.to_owned();
    }
    Ok(docs)
}

/// The file's bytes, refusing folders and files over `limit` before reading anything.
fn read_limited(path: &Path, limit: u64) -> Result<Vec<u8>, LoadError> {
    let file = File::open(path)?;
    let meta = file.metadata()?;
    if meta.is_dir() {
        return Err(std::io::Error::from(std::io::ErrorKind::IsADirectory).into());
    }
    if meta.len() > limit {
        return Err(LoadError::TooLarge { size: meta.len(), limit });
    }
    // The file may grow while we read it: never read more than the limit (+1 to notice).
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    file.take(limit.saturating_add(1)).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        return Err(LoadError::TooLarge { size: bytes.len() as u64, limit });
    }
    Ok(bytes)
}

/// Loads `files` in parallel (rayon's global pool). Results come back in the order of
/// `files`. `progress(done, total)` is called from worker threads as each file finishes,
/// so it must be cheap and thread-safe (throttling is up to the caller). When `cancel`
/// becomes true, files not yet started are skipped and only the finished ones are
/// returned (still in order).
pub fn load_paths(
    files: &[PathBuf],
    opts: &LoadOptions,
    cancel: &AtomicBool,
    progress: &(dyn Fn(usize, usize) + Sync),
) -> Vec<Loaded> {
    let total = files.len();
    let done = AtomicUsize::new(0);
    let results: Vec<Option<Loaded>> = files
        .par_iter()
        .map(|path| {
            if cancel.load(Ordering::Relaxed) {
                return None;
            }
            let loaded = load_file(path, opts);
            let finished = done.fetch_add(1, Ordering::Relaxed) + 1;
            progress(finished, total);
            Some(loaded)
        })
        .collect();
    results.into_iter().flatten().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_limit_is_256_mib() {
        assert_eq!(LoadOptions::default().max_file_size, 268_435_456);
    }

    #[test]
    fn extensions() {
        assert!(has_text_extension(Path::new("a/b.TXT")));
        assert!(has_text_extension(Path::new("a/article-17")));
        assert!(!has_text_extension(Path::new("a/LICENSE")));
        assert!(!has_text_extension(Path::new("a/b.png")));
        assert!(!has_text_extension(Path::new("a/README.md")));
    }

    #[test]
    fn folders_are_walked_and_filtered() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::create_dir_all(root.join("sub/.hidden")).unwrap();
        for f in ["b.txt", "a.xml", "sub/c.json", "sub/.d.txt", "sub/.hidden/e.txt", "img.png", "NOTES"] {
            std::fs::write(root.join(f), "x").unwrap();
        }
        let png = root.join("img.png");
        let files = collect_files(&[root.to_path_buf(), png.clone(), root.join("b.txt")]);
        let names: Vec<_> = files.iter().map(|p| p.strip_prefix(root).unwrap().to_path_buf()).collect();
        let expected: Vec<PathBuf> =
            ["NOTES", "a.xml", "b.txt", "img.png", "sub/c.json"].iter().map(PathBuf::from).collect();
        assert_eq!(names, expected);
    }
}
