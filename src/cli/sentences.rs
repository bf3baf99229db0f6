//! `khabar sentences [--offsets] < text`: one sentence per line (optionally prefixed by
//! `START..END<TAB>`, byte offsets into the whole input).
//!
//! Input is streamed and cut after a line break (a hard sentence boundary anyway); a
//! line longer than the block size is cut at whitespace, which may split one sentence
//! in two there. See [`super::tokenize`] for the bounds and invalid UTF-8.

use std::io::{BufWriter, Read, Write};

use khabar::text::sentences::sentences;

use super::tokenize::{CHUNK, Cut, for_each_chunk};

#[derive(Debug, clap::Args)]
pub struct SentencesArgs {
    /// Prefix each sentence with its byte range in the input: START..END<TAB>.
    #[arg(long)]
    offsets: bool,
}

pub fn run(a: &SentencesArgs) -> anyhow::Result<()> {
    let stdout = std::io::stdout();
    let mut out = BufWriter::with_capacity(1 << 16, stdout.lock());
    sentences_stream(std::io::stdin().lock(), &mut out, a.offsets, CHUNK)?;
    out.flush()?;
    Ok(())
}

/// Splits `input` into sentences, written to `out` one per line.
pub fn sentences_stream(
    input: impl Read,
    out: &mut impl Write,
    offsets: bool,
    chunk: usize,
) -> anyhow::Result<()> {
    for_each_chunk(input, Cut::Line, chunk, |text, base| {
        for r in sentences(text) {
            let s = text.get(r.clone()).unwrap_or("");
            if offsets {
                writeln!(out, "{}..{}\t{s}", base + r.start, base + r.end)?;
            } else {
                writeln!(out, "{s}")?;
            }
        }
        Ok(())
    })
}
