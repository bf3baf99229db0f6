//! `khabar kwic`: a concordance (or just its hit count) over files or folders.

use std::io::Write;
use std::path::PathBuf;

use khabar::analysis::concordance::{SortKey, line, sort_hits};
use khabar::analysis::query::{MatchMode, Query, count, find};

use super::corpus_args::{By, load_index};

#[derive(Debug, clap::Args)]
pub struct KwicArgs {
    /// A word, a phrase (words separated by spaces), a wildcard (with --wildcard) or a
    /// regular expression (with --regex).
    #[arg(long, short)]
    query: String,
    /// Compare words as written, normalized, by (light) stem, ISRI stem or root.
    #[arg(long, value_enum, default_value = "surface")]
    by: By,
    /// `*` and `?` in the query are wildcards.
    #[arg(long, conflicts_with = "regex")]
    wildcard: bool,
    /// The query is a regular expression over whole words.
    #[arg(long)]
    regex: bool,
    /// Print only the number of hits.
    #[arg(long)]
    count: bool,
    /// Words of context on each side.
    #[arg(long, default_value_t = 5)]
    context: usize,
    /// Sort: position, doc, l1..l3 (word before), r1..r3 (word after).
    #[arg(long, default_value = "position")]
    sort: String,
    /// Print JSON lines instead of DOC<TAB>BEFORE<TAB>HIT<TAB>AFTER.
    #[arg(long)]
    json: bool,
    /// Files or folders.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
}

fn sort_key(s: &str) -> anyhow::Result<SortKey> {
    Ok(match s {
        "position" => SortKey::Position,
        "doc" => SortKey::Document,
        "l1" | "l2" | "l3" => SortKey::Before(s[1..].parse()?),
        "r1" | "r2" | "r3" => SortKey::After(s[1..].parse()?),
        other => anyhow::bail!("unknown --sort {other:?}; use position, doc, l1, l2, l3, r1, r2 or r3"),
    })
}

pub fn run(a: &KwicArgs) -> anyhow::Result<()> {
    let key = sort_key(&a.sort)?;
    let index = load_index(&a.paths)?;
    let mode = if a.regex {
        MatchMode::Regex
    } else if a.wildcard {
        MatchMode::Wildcard
    } else {
        MatchMode::Exact
    };
    let query = Query::new(a.query.clone(), a.by.into()).with_mode(mode);
    let out = std::io::stdout();
    let mut out = std::io::BufWriter::new(out.lock());
    if a.count {
        writeln!(out, "{}", count(&index, &query)?)?;
        return Ok(out.flush()?);
    }
    let mut hits = find(&index, &query)?;
    sort_hits(&index, &mut hits, key);
    let clean = |s: &str| s.replace(['\t', '\n', '\r'], " ");
    for hit in hits {
        let l = line(&index, hit, a.context);
        let doc = &index.documents()[l.doc];
        let (before, matched, after) = l.texts(&doc.body);
        let name = doc.path.display().to_string();
        if a.json {
            let v = serde_json::json!({
                "doc": name, "record": doc.record, "before": before, "hit": matched, "after": after,
                "start": l.matched.start, "end": l.matched.end,
            });
            writeln!(out, "{v}")?;
        } else {
            writeln!(out, "{name}\t{}\t{}\t{}", clean(before.trim()), clean(matched), clean(after.trim()))?;
        }
    }
    Ok(out.flush()?)
}
