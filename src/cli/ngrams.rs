//! `khabar ngrams`: n-grams (clusters) over files or folders.

use std::io::Write;
use std::path::PathBuf;
use std::sync::atomic::AtomicBool;

use khabar::analysis::ngrams::{NgramOptions, ngrams};

use super::corpus_args::{By, load_index};

#[derive(Debug, clap::Args)]
pub struct NgramsArgs {
    /// Words per n-gram (2 to 6).
    #[arg(short, long, default_value_t = 3, value_parser = clap::value_parser!(u8).range(2..=6))]
    n: u8,
    /// Compare words as written, normalized, by (light) stem, ISRI stem or root.
    #[arg(long, value_enum, default_value = "surface")]
    by: By,
    /// Leave out n-grams rarer than this.
    #[arg(long, default_value_t = 1)]
    min_freq: u64,
    /// Leave out n-grams found in fewer documents than this.
    #[arg(long, default_value_t = 1)]
    min_range: u64,
    /// Only n-grams containing this word (compared at the --by level).
    #[arg(long, value_name = "WORD")]
    contains: Option<String>,
    /// Leave out n-grams containing this word (compared at the --by level).
    #[arg(long, value_name = "WORD")]
    excludes: Option<String>,
    /// Print JSON lines instead of NGRAM<TAB>FREQUENCY<TAB>RANGE.
    #[arg(long)]
    json: bool,
    /// Files or folders.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
}

pub fn run(a: &NgramsArgs) -> anyhow::Result<()> {
    let index = load_index(&a.paths)?;
    let opts = NgramOptions {
        n: usize::from(a.n),
        level: a.by.into(),
        min_freq: a.min_freq,
        min_range: a.min_range,
        contains: a.contains.clone(),
        excludes: a.excludes.clone(),
    };
    let rows = ngrams(&index, &opts, &AtomicBool::new(false))?;
    let out = std::io::stdout();
    let mut out = std::io::BufWriter::new(out.lock());
    for row in &rows {
        if a.json {
            let v = serde_json::json!({ "ngram": row.ngram, "frequency": row.freq, "range": row.range });
            writeln!(out, "{v}")?;
        } else {
            writeln!(out, "{}\t{}\t{}", row.ngram, row.freq, row.range)?;
        }
    }
    out.flush()?;
    Ok(())
}
