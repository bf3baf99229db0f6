//! Command-line interface: argument parsing and dispatch to the subcommands.

mod collocates;
mod corpus_args;
mod freq;
mod keywords;
mod kwic;
mod layout;
mod ngrams;
mod normalize;
mod sentences;
mod stem;
mod tokenize;

use std::path::PathBuf;

use clap::{Parser, Subcommand};

/// Khabar — read and analyse Arabic news text.
#[derive(Debug, Parser)]
#[command(name = "khabar", version, about)]
pub struct Args {
    #[command(subcommand)]
    command: Option<Cmd>,
    /// Files or folders to open in the app (default: the built-in sample corpus).
    paths: Vec<PathBuf>,
}

#[derive(Debug, Subcommand)]
enum Cmd {
    /// Lay out a file's text as the Reader does (one paragraph per line of FILE) and
    /// print each laid-out line: PARAGRAPH<TAB>START..END<TAB>VISUAL.
    Layout(layout::LayoutArgs),
    /// A frequency list over files or folders: ITEM<TAB>FREQUENCY<TAB>RANGE, most frequent first.
    Freq(freq::FreqArgs),
    /// A KWIC concordance over files or folders: DOC<TAB>BEFORE<TAB>HIT<TAB>AFTER (or --count).
    Kwic(kwic::KwicArgs),
    /// N-grams (clusters of 2–6 words) over files or folders: NGRAM<TAB>FREQUENCY<TAB>RANGE.
    Ngrams(ngrams::NgramsArgs),
    /// Collocates of a node word over files or folders, with MI, MI3, t-score, LL, logDice.
    Collocates(collocates::CollocatesArgs),
    /// Keywords of a target sub-corpus against the rest or a reference corpus (LL, %DIFF, Log Ratio).
    Keywords(keywords::KeywordsArgs),
    /// Stem words: one word per line on standard input, one stem per line out.
    Stem(stem::StemArgs),
    /// Normalize standard input (safe set by default; flags turn each switch on or off).
    Normalize(normalize::NormalizeArgs),
    /// Tokenize standard input: KIND<TAB>START..END<TAB>TEXT per token (or --json).
    Tokenize(tokenize::TokenizeArgs),
    /// Split standard input into sentences, one per line.
    Sentences(sentences::SentencesArgs),
}

pub fn run(args: Args) -> anyhow::Result<()> {
    match args.command {
        Some(Cmd::Layout(a)) => layout::run(&a),
        Some(Cmd::Freq(a)) => freq::run(&a),
        Some(Cmd::Kwic(a)) => kwic::run(&a),
        Some(Cmd::Ngrams(a)) => ngrams::run(&a),
        Some(Cmd::Collocates(a)) => collocates::run(&a),
        Some(Cmd::Keywords(a)) => keywords::run(&a),
        Some(Cmd::Stem(a)) => stem::run(&a),
        Some(Cmd::Normalize(a)) => normalize::run(&a),
        Some(Cmd::Tokenize(a)) => tokenize::run(&a),
        Some(Cmd::Sentences(a)) => sentences::run(&a),
        None => open_app(args.paths),
    }
}

#[cfg(feature = "gui")]
fn open_app(paths: Vec<PathBuf>) -> anyhow::Result<()> {
    khabar::app::run(paths).map_err(|e| anyhow::anyhow!("cannot open the window: {e}"))
}

#[cfg(not(feature = "gui"))]
fn open_app(_paths: Vec<PathBuf>) -> anyhow::Result<()> {
    anyhow::bail!("this khabar was built without the `gui` feature; use a subcommand (see --help)")
}
