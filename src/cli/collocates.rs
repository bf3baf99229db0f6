//! `khabar collocates`: collocations of a node word over files or folders.

use std::io::Write;
use std::path::PathBuf;

use khabar::analysis::collocation::{CollocationOptions, Measure, collocations, node_types};

use super::corpus_args::{By, load_index};

/// `--sort` on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum SortBy {
    Freq,
    FreqLeft,
    FreqRight,
    Mi,
    Mi3,
    T,
    Ll,
    Logdice,
}

impl From<SortBy> for Measure {
    fn from(s: SortBy) -> Measure {
        match s {
            SortBy::Freq => Measure::Freq,
            SortBy::FreqLeft => Measure::FreqLeft,
            SortBy::FreqRight => Measure::FreqRight,
            SortBy::Mi => Measure::Mi,
            SortBy::Mi3 => Measure::Mi3,
            SortBy::T => Measure::T,
            SortBy::Ll => Measure::Ll,
            SortBy::Logdice => Measure::LogDice,
        }
    }
}

#[derive(Debug, clap::Args)]
pub struct CollocatesArgs {
    /// The node word.
    #[arg(long)]
    node: String,
    /// Count collocates as written, normalized, by (light) stem, ISRI stem or root.
    #[arg(long, value_enum, default_value = "surface")]
    by: By,
    /// Match the node at this level (default: the --by level).
    #[arg(long, value_enum)]
    node_by: Option<By>,
    /// Words on each side of the node.
    #[arg(long, default_value_t = 5)]
    window: usize,
    /// Words before the node (overrides --window).
    #[arg(long)]
    left: Option<usize>,
    /// Words after the node (overrides --window).
    #[arg(long)]
    right: Option<usize>,
    /// Leave out collocates co-occurring fewer times than this.
    #[arg(long, default_value_t = 1)]
    min_freq: u64,
    /// Keep windows inside the node's sentence.
    #[arg(long)]
    within_sentence: bool,
    /// Order of the rows (descending).
    #[arg(long, value_enum, default_value = "ll")]
    sort: SortBy,
    /// Print a header line before the TSV rows.
    #[arg(long)]
    header: bool,
    /// Print JSON lines instead of
    /// COLLOCATE<TAB>FREQ_L<TAB>FREQ_R<TAB>FREQ<TAB>COLLOCATE_FREQ<TAB>MI<TAB>MI3<TAB>T<TAB>LL<TAB>LOGDICE.
    #[arg(long)]
    json: bool,
    /// Files or folders.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
}

pub fn run(a: &CollocatesArgs) -> anyhow::Result<()> {
    let index = load_index(&a.paths)?;
    let node = node_types(&index, &a.node, a.node_by.unwrap_or(a.by).into());
    let opts = CollocationOptions {
        left: a.left.unwrap_or(a.window),
        right: a.right.unwrap_or(a.window),
        level: a.by.into(),
        min_freq: a.min_freq,
        cross_sentences: !a.within_sentence,
        sort: a.sort.into(),
    };
    let c = collocations(&index, &node, &opts);
    eprintln!("khabar: node {:?}: {} occurrences in {} words", a.node, c.node_freq, c.corpus_words);
    let out = std::io::stdout();
    let mut out = std::io::BufWriter::new(out.lock());
    if a.header && !a.json {
        writeln!(out, "COLLOCATE\tFREQ_L\tFREQ_R\tFREQ\tCOLLOCATE_FREQ\tMI\tMI3\tT\tLL\tLOGDICE")?;
    }
    for r in &c.rows {
        if a.json {
            let v = serde_json::json!({
                "collocate": r.collocate, "freq_left": r.freq_left, "freq_right": r.freq_right,
                "freq": r.freq, "collocate_freq": r.collocate_freq, "mi": finite(r.mi), "mi3": finite(r.mi3),
                "t": finite(r.t_score), "ll": finite(r.log_likelihood), "logdice": finite(r.log_dice),
            });
            writeln!(out, "{v}")?;
        } else {
            writeln!(
                out,
                "{}\t{}\t{}\t{}\t{}\t{:.4}\t{:.4}\t{:.4}\t{:.4}\t{:.4}",
                r.collocate,
                r.freq_left,
                r.freq_right,
                r.freq,
                r.collocate_freq,
                r.mi,
                r.mi3,
                r.t_score,
                r.log_likelihood,
                r.log_dice
            )?;
        }
    }
    out.flush()?;
    Ok(())
}

/// JSON has no NaN: undefined scores become `null`.
fn finite(x: f64) -> Option<f64> {
    x.is_finite().then_some(x)
}
