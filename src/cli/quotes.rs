//! `khabar quotes FILE|DIR… [--json]`: who said what, one quote per line.
//!
//! With `--json`, one object per quote per line:
//! `{"doc": PATH, "kind": "direct"|"indirect"|"mixed", "text": QUOTED TEXT, "verb": WORD
//! or null, "speaker": NAME or null}`, the speaker being the fullest name the article
//! gives. Without it, TSV: `DOC<TAB>PARAGRAPH<TAB>KIND<TAB>SPEAKER<TAB>VERB<TAB>TEXT`.

use std::io::{BufWriter, Write};
use std::path::PathBuf;

use khabar::analysis::quotes::{quotes, quotes_heuristic};
use rayon::prelude::*;

#[derive(Debug, clap::Args)]
pub struct QuotesArgs {
    /// Files or folders (any format Khabar reads).
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// One JSON object per quote per line.
    #[arg(long)]
    json: bool,
    /// Find speakers without the named-entity model (titles and reporting-verb subjects only).
    #[arg(long)]
    no_ner: bool,
}

#[derive(serde::Serialize)]
struct Row<'a> {
    doc: String,
    kind: &'a str,
    text: &'a str,
    verb: Option<&'a str>,
    speaker: Option<&'a str>,
}

pub fn run(a: &QuotesArgs) -> anyhow::Result<()> {
    let docs = super::corpus_args::load_documents(&a.paths)?;
    let results: Vec<_> = docs
        .par_iter()
        .map(|d| if a.no_ner { quotes_heuristic(&d.title, &d.body) } else { quotes(&d.title, &d.body).0 })
        .collect();
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    for (d, qs) in docs.iter().zip(&results) {
        let doc = if d.record > 0 {
            format!("{}#{}", d.path.display(), d.record)
        } else {
            d.path.display().to_string()
        };
        for q in qs {
            let text = d.body.get(q.text.clone()).unwrap_or("");
            let verb = q.verb.clone().and_then(|v| d.body.get(v));
            let speaker = q.speaker_name.as_deref();
            if a.json {
                let row = Row { doc: doc.clone(), kind: q.kind.name(), text, verb, speaker };
                serde_json::to_writer(&mut out, &row)?;
                writeln!(out)?;
            } else {
                let clean = |s: &str| s.replace(['\t', '\n'], " ");
                writeln!(
                    out,
                    "{doc}\t{}\t{}\t{}\t{}\t{}",
                    q.paragraph,
                    q.kind.name(),
                    speaker.unwrap_or("-"),
                    verb.unwrap_or("-"),
                    clean(text)
                )?;
            }
        }
    }
    out.flush()?;
    Ok(())
}
