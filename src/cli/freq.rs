//! `khabar freq`: a frequency list over files or folders.

use std::io::Write;
use std::path::PathBuf;

use khabar::analysis::frequency::{FreqOptions, frequency_list};

use super::corpus_args::{By, load_index};

#[derive(Debug, clap::Args)]
pub struct FreqArgs {
    /// Count words as written, normalized, by (light) stem, ISRI stem or root.
    #[arg(long, value_enum, default_value = "surface")]
    by: By,
    /// Leave out items rarer than this.
    #[arg(long, default_value_t = 1)]
    min_freq: u64,
    /// Only words in Arabic script.
    #[arg(long)]
    arabic_only: bool,
    /// Leave out stopwords.
    #[arg(long)]
    no_stopwords: bool,
    /// Print JSON lines instead of ITEM<TAB>FREQUENCY<TAB>RANGE.
    #[arg(long)]
    json: bool,
    /// Files or folders.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
}

pub fn run(a: &FreqArgs) -> anyhow::Result<()> {
    let index = load_index(&a.paths)?;
    let opts = FreqOptions {
        min_freq: a.min_freq,
        arabic_only: a.arabic_only,
        exclude_stopwords: a.no_stopwords,
        ..Default::default()
    };
    let list = frequency_list(&index, a.by.into(), &opts, &khabar::text::stopwords::is_stopword);
    let out = std::io::stdout();
    let mut out = std::io::BufWriter::new(out.lock());
    for row in &list.rows {
        if a.json {
            let v = serde_json::json!({
                "item": row.item, "frequency": row.freq, "range": row.range,
                "per_million": list.per_million(row),
            });
            writeln!(out, "{v}")?;
        } else {
            writeln!(out, "{}\t{}\t{}", row.item, row.freq, row.range)?;
        }
    }
    out.flush()?;
    Ok(())
}
