//! Shared by the corpus subcommands: files and folders in, a corpus index out.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::AtomicBool;

use khabar::analysis::index::{BuildControl, CorpusIndex, Level};
use khabar::corpus::{Document, LoadOptions, collect_files, load_paths};

/// Reads every file under `paths` (any format the readers take). Files that cannot be
/// read are reported on stderr and skipped; no readable document at all is an error.
pub fn load_documents(paths: &[PathBuf]) -> anyhow::Result<Vec<Document>> {
    anyhow::ensure!(!paths.is_empty(), "give at least one file or folder");
    let files = collect_files(paths);
    anyhow::ensure!(!files.is_empty(), "no readable files under {}", display(paths));
    let cancel = AtomicBool::new(false);
    let loaded = load_paths(&files, &LoadOptions::default(), &cancel, &|_, _| {});
    let mut docs = Vec::new();
    for l in loaded {
        match l.result {
            Ok(d) => docs.extend(d),
            Err(e) => eprintln!("khabar: skipping {}: {e}", l.path.display()),
        }
    }
    anyhow::ensure!(!docs.is_empty(), "no documents could be read from {}", display(paths));
    Ok(docs)
}

/// [`load_documents`], indexed.
pub fn load_index(paths: &[PathBuf]) -> anyhow::Result<CorpusIndex> {
    let docs = load_documents(paths)?.into_iter().map(Arc::new).collect();
    let cancel = AtomicBool::new(false);
    let control = BuildControl { cancel: &cancel, progress: &|_, _| {} };
    CorpusIndex::build(docs, &control).ok_or_else(|| anyhow::anyhow!("indexing was cancelled"))
}

fn display(paths: &[PathBuf]) -> String {
    paths.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(", ")
}

/// `--by` on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum By {
    Surface,
    Normalized,
    /// Khabar's light stem (search-tuned).
    #[value(alias = "light")]
    Stem,
    /// The ISRI stem.
    Isri,
    Root,
}

impl From<By> for Level {
    fn from(b: By) -> Level {
        match b {
            By::Surface => Level::Surface,
            By::Normalized => Level::Normalized,
            By::Stem => Level::Light,
            By::Isri => Level::Isri,
            By::Root => Level::Root,
        }
    }
}
