//! `khabar entities FILE|DIR… [--json]`: the named-entity mentions of every document.

use std::io::{BufWriter, Write};
use std::path::PathBuf;

use khabar::analysis::entities::extract;
use rayon::prelude::*;

#[derive(Debug, clap::Args)]
pub struct EntitiesArgs {
    /// One JSON object per mention per line: {"doc": PATH, "text": MENTION, "type":
    /// "PERSON"|"LOCATION"|"ORGANIZATION"|"MISC", "canonical": NAME, "start": BYTE, "end":
    /// BYTE}. START and END are byte offsets into the document's body text (the text the
    /// reader extracted: for TREC/ANT files the TEXT element, for plain text the whole
    /// file); a mention excludes a leading proclitic (وموسكو → موسكو). For a file with
    /// several documents, PATH is followed by #RECORD (from 1) for the second and later.
    /// Without --json: DOC<TAB>START..END<TAB>TYPE<TAB>TEXT<TAB>CANONICAL.
    #[arg(long)]
    json: bool,
    /// Files or folders.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
}

/// One JSON line, fields in this order.
#[derive(serde::Serialize)]
struct Row<'a> {
    doc: &'a str,
    text: &'a str,
    #[serde(rename = "type")]
    kind: &'a str,
    canonical: &'a str,
    start: usize,
    end: usize,
}

pub fn run(a: &EntitiesArgs) -> anyhow::Result<()> {
    let docs = super::corpus_args::load_documents(&a.paths)?;
    let results: Vec<_> = docs.par_iter().map(|d| extract(&d.body)).collect();
    let stdout = std::io::stdout();
    let mut out = BufWriter::with_capacity(1 << 16, stdout.lock());
    for (d, ents) in docs.iter().zip(&results) {
        let mut doc = d.path.display().to_string();
        if d.record > 0 {
            doc.push_str(&format!("#{}", d.record));
        }
        for m in &ents.mentions {
            let text = d.body.get(m.range.clone()).unwrap_or("");
            let canonical = ents.entities.get(m.entity).map(|e| e.canonical.as_str()).unwrap_or(text);
            if a.json {
                let row = Row {
                    doc: &doc,
                    text,
                    kind: m.kind.name(),
                    canonical,
                    start: m.range.start,
                    end: m.range.end,
                };
                writeln!(out, "{}", serde_json::to_string(&row)?)?;
            } else {
                writeln!(
                    out,
                    "{doc}\t{}..{}\t{}\t{text}\t{canonical}",
                    m.range.start,
                    m.range.end,
                    m.kind.name()
                )?;
            }
        }
    }
    out.flush()?;
    Ok(())
}
