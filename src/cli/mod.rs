//! Command-line interface: argument parsing and dispatch to the subcommands.

mod collocates;
mod corpus_args;
mod entities;
mod freq;
mod keywords;
mod kwic;
mod layout;
mod ner;
mod ngrams;
mod normalize;
mod quotes;
mod sentences;
mod stem;
mod tokenize;
mod train_ner;

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
    /// Quotes (who said what) in files or folders: TSV, or one JSON object per quote (--json).
    Quotes(quotes::QuotesArgs),
    /// Tag tokens with named entities: one token per line on standard input (blank line =
    /// sentence break), TOKEN TAG out (ANERcorp BIO tags: B-PERS, I-LOC, B-ORG, B-MISC …).
    Ner(ner::NerArgs),
    /// Named-entity mentions of files or folders (--json: one object per mention, byte
    /// offsets into the document body).
    Entities(entities::EntitiesArgs),
    /// Train the NER model on ANERcorp (+ ANERGazet) and score it on the test split.
    TrainNer(train_ner::TrainNerArgs),
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
        Some(Cmd::Quotes(a)) => quotes::run(&a),
        Some(Cmd::Ner(a)) => ner::run(&a),
        Some(Cmd::Entities(a)) => entities::run(&a),
        Some(Cmd::TrainNer(a)) => train_ner::run(&a),
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
