//! `khabar keywords`: keywords of a target sub-corpus against the rest or a reference
//! corpus.

use std::io::Write;
use std::path::PathBuf;

use anyhow::{bail, ensure};
use khabar::analysis::keyness::{
    KeynessOptions, Reference, Significance, keywords, mask_by_category, mask_by_date_range, mask_by_paths,
    mask_by_source, parse_date,
};

use super::corpus_args::{By, load_index};

#[derive(Debug, clap::Args)]
pub struct KeywordsArgs {
    /// Target: documents from this source (e.g. bbc; case ignored).
    #[arg(long, value_name = "SOURCE")]
    target_source: Option<String>,
    /// Target: documents of this category (case ignored).
    #[arg(long, value_name = "CATEGORY")]
    target_category: Option<String>,
    /// Target: documents read from this file or folder (repeat for several).
    #[arg(long, value_name = "PATH")]
    target_paths: Vec<PathBuf>,
    /// Target: documents dated on or after this day (2018-07-15, "15 Jul 2018", …).
    #[arg(long, value_name = "DATE")]
    from: Option<String>,
    /// Target: documents dated on or before this day.
    #[arg(long, value_name = "DATE")]
    to: Option<String>,
    /// A separate reference corpus (file or folder; repeat for several). Without it the
    /// reference is the documents outside the target.
    #[arg(long, value_name = "PATH")]
    reference: Vec<PathBuf>,
    /// Compare words as written, normalized, by (light) stem, ISRI stem or root.
    #[arg(long, value_enum, default_value = "surface")]
    by: By,
    /// Leave out items rarer than this in the target.
    #[arg(long, default_value_t = 1)]
    min_freq: u64,
    /// Significance cut-off: 0.05, 0.01, 0.001, 0.0001, or 1 for none.
    #[arg(long, default_value_t = 0.05)]
    p: f64,
    /// Only positive keywords (overused in the target).
    #[arg(long)]
    positive_only: bool,
    /// Print a header line before the TSV rows.
    #[arg(long)]
    header: bool,
    /// Print JSON lines instead of
    /// ITEM<TAB>FREQ_TARGET<TAB>FREQ_REFERENCE<TAB>LL<TAB>P<TAB>%DIFF<TAB>LOG_RATIO.
    #[arg(long)]
    json: bool,
    /// Files or folders of the corpus holding the target.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
}

pub fn run(a: &KeywordsArgs) -> anyhow::Result<()> {
    let Some(significance) = Significance::from_p(a.p) else {
        bail!("--p must be 0.05, 0.01, 0.001, 0.0001 or 1, not {}", a.p);
    };
    let date = |s: &Option<String>| -> anyhow::Result<_> {
        match s {
            None => Ok(None),
            Some(s) => parse_date(s).map(Some).ok_or_else(|| anyhow::anyhow!("cannot read the date {s:?}")),
        }
    };
    let (from, to) = (date(&a.from)?, date(&a.to)?);
    let index = load_index(&a.paths)?;
    let mut masks: Vec<Vec<bool>> = Vec::new();
    if let Some(s) = &a.target_source {
        masks.push(mask_by_source(&index, s));
    }
    if let Some(c) = &a.target_category {
        masks.push(mask_by_category(&index, c));
    }
    if !a.target_paths.is_empty() {
        masks.push(mask_by_paths(&index, &a.target_paths));
    }
    if from.is_some() || to.is_some() {
        masks.push(mask_by_date_range(&index, from, to));
    }
    let target: Option<Vec<bool>> =
        masks.into_iter().reduce(|a, b| a.iter().zip(&b).map(|(x, y)| *x && *y).collect());
    if let Some(t) = &target {
        ensure!(t.iter().any(|&x| x), "no document matches the target");
    }
    let reference_index = if a.reference.is_empty() { None } else { Some(load_index(&a.reference)?) };
    let reference = match &reference_index {
        Some(r) => Reference::Corpus(r),
        None => {
            let Some(t) = &target else {
                bail!(
                    "give a target (--target-source, --target-category, --target-paths, --from/--to) or --reference"
                );
            };
            ensure!(
                t.iter().any(|&x| !x),
                "every document is in the target: nothing is left as the reference"
            );
            Reference::Rest
        }
    };
    let opts = KeynessOptions {
        level: a.by.into(),
        min_freq: a.min_freq,
        significance,
        include_negative: !a.positive_only,
    };
    let kw = keywords(&index, target.as_deref(), reference, &opts);
    eprintln!(
        "khabar: target {} documents, {} words; reference {} documents, {} words",
        kw.target_docs, kw.target_words, kw.reference_docs, kw.reference_words
    );
    let out = std::io::stdout();
    let mut out = std::io::BufWriter::new(out.lock());
    if a.header && !a.json {
        writeln!(out, "ITEM\tFREQ_TARGET\tFREQ_REFERENCE\tLL\tP\t%DIFF\tLOG_RATIO")?;
    }
    for r in &kw.rows {
        if a.json {
            let v = serde_json::json!({
                "item": r.item, "freq_target": r.freq_target, "freq_reference": r.freq_reference,
                "ll": r.log_likelihood, "p": r.p, "percent_diff": r.percent_diff, "log_ratio": r.log_ratio,
            });
            writeln!(out, "{v}")?;
        } else {
            writeln!(
                out,
                "{}\t{}\t{}\t{:.4}\t{:.3e}\t{:.2}\t{:.4}",
                r.item, r.freq_target, r.freq_reference, r.log_likelihood, r.p, r.percent_diff, r.log_ratio
            )?;
        }
    }
    out.flush()?;
    Ok(())
}
