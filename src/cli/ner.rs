//! `khabar ner --conll < tokens`: tags tokenized text, one token per line, a blank line
//! between sentences; prints `TOKEN TAG` per line (ANERcorp BIO tags), a blank line
//! between sentences.

use std::io::{BufRead, BufWriter, Write};

use khabar::analysis::ner::NerModel;

#[derive(Debug, clap::Args)]
pub struct NerArgs {
    /// Read CoNLL-style input: one token per line (only its first whitespace-separated
    /// field is read, so `token GOLD` lines work too), a blank line = sentence break.
    #[arg(long, required = true)]
    conll: bool,
    /// A model file written by `khabar train-ner` (default: the built-in model).
    #[arg(long)]
    model: Option<std::path::PathBuf>,
}

pub fn run(a: &NerArgs) -> anyhow::Result<()> {
    let loaded = match &a.model {
        Some(p) => Some(
            NerModel::from_bytes(
                &std::fs::read(p).map_err(|e| anyhow::anyhow!("cannot read {}: {e}", p.display()))?,
            )
            .map_err(|e| anyhow::anyhow!("{}: {e}", p.display()))?,
        ),
        None => None,
    };
    let model = loaded.as_ref().unwrap_or_else(|| NerModel::embedded());
    let stdout = std::io::stdout();
    let mut out = BufWriter::with_capacity(1 << 16, stdout.lock());
    tag_conll(std::io::stdin().lock(), &mut out, model)?;
    out.flush()?;
    Ok(())
}

/// Sentences tagged together (one document for the document features of the model);
/// bounds the memory of a long input.
const CHUNK: usize = 1000;

/// Tags the CoNLL token stream `input` into `out`.
pub fn tag_conll(input: impl BufRead, out: &mut impl Write, model: &NerModel) -> anyhow::Result<()> {
    let mut chunk: Vec<Vec<String>> = Vec::new();
    let mut sentence: Vec<String> = Vec::new();
    let mut first = true;
    let mut flush = |chunk: &mut Vec<Vec<String>>, out: &mut dyn Write| -> std::io::Result<()> {
        let words: Vec<Vec<&str>> = chunk.iter().map(|s| s.iter().map(String::as_str).collect()).collect();
        for (s, tags) in words.iter().zip(model.tag_document(&words)) {
            if !first {
                writeln!(out)?;
            }
            first = false;
            for (w, t) in s.iter().zip(tags) {
                writeln!(out, "{w} {t}")?;
            }
        }
        chunk.clear();
        Ok(())
    };
    for line in input.lines() {
        let line = line?;
        match line.split_whitespace().next() {
            Some(tok) => sentence.push(tok.to_string()),
            None if !sentence.is_empty() => {
                chunk.push(std::mem::take(&mut sentence));
                if chunk.len() >= CHUNK {
                    flush(&mut chunk, out)?;
                }
            }
            None => {}
        }
    }
    if !sentence.is_empty() {
        chunk.push(sentence);
    }
    flush(&mut chunk, out)?;
    Ok(())
}
