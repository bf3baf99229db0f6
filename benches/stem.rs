//! Stemming throughput on the ANT v2.1 token stream: the Arabic-letter runs
//! (U+0621..=U+0652, U+0670, U+0671) of every `<TEXT>` body, files in sorted order — the
//! same stream `scripts/compare_stem.py` feeds to the Python peers.
//!
//! For each algorithm: `per-token` stems every token (no cache) on the first
//! 200,000 tokens; `per-type cache` runs a fresh [`CachedStemmer`] over the first
//! 2,000,000 tokens (cache build included), as a frequency list would; `types parallel`
//! stems the deduplicated types of those 2M tokens with rayon ([`Stemmer::stem_types`]).
//! Throughput is reported in tokens (elements) per second.

use std::hint::black_box;
use std::path::PathBuf;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use khabar::text::stem::{Algorithm, CachedStemmer, Stemmer};

const PER_TOKEN: usize = 200_000;
const CACHED: usize = 2_000_000;

fn is_arabic_letter(c: char) -> bool {
    ('\u{0621}'..='\u{0652}').contains(&c) || c == '\u{0670}' || c == '\u{0671}'
}

/// Up to `limit` tokens of ANT v2.1, or `None` when the corpus is absent.
fn ant_tokens(limit: usize) -> Option<Vec<String>> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/data/ant-v2.1");
    if !dir.exists() {
        return None;
    }
    let mut tokens = Vec::new();
    for entry in walkdir::WalkDir::new(&dir).sort_by_file_name().into_iter().flatten() {
        if tokens.len() >= limit {
            break;
        }
        if !entry.file_type().is_file() || entry.path().extension().is_none_or(|e| e != "txt") {
            continue;
        }
        let Ok(bytes) = std::fs::read(entry.path()) else { continue };
        let text = String::from_utf8_lossy(&bytes);
        let mut rest: &str = &text;
        while let Some(start) = rest.find("<TEXT>") {
            let body = &rest[start + 6..];
            let end = body.find("</TEXT>").unwrap_or(body.len());
            tokens.extend(
                body[..end]
                    .split(|c: char| !is_arabic_letter(c))
                    .filter(|w| !w.is_empty())
                    .map(str::to_owned),
            );
            rest = &body[end..];
        }
    }
    tokens.truncate(limit);
    Some(tokens)
}

fn stem(c: &mut Criterion) {
    let Some(tokens) = ant_tokens(CACHED) else {
        eprintln!("../shared/data/ant-v2.1 is absent: nothing to measure");
        return;
    };
    let mut types: Vec<&str> = tokens.iter().map(String::as_str).collect();
    types.sort_unstable();
    types.dedup();
    eprintln!("{} tokens, {} types", tokens.len(), types.len());
    let few = &tokens[..tokens.len().min(PER_TOKEN)];

    let mut g = c.benchmark_group("stem per-token");
    g.sample_size(10);
    g.throughput(Throughput::Elements(few.len() as u64));
    for a in Algorithm::ALL {
        let s = Stemmer::new(a);
        g.bench_function(a.name(), |b| {
            let mut out = String::new();
            b.iter(|| {
                let mut bytes = 0usize;
                for t in few {
                    s.stem_into(t, &mut out);
                    bytes += out.len();
                }
                black_box(bytes)
            })
        });
    }
    g.finish();

    let mut g = c.benchmark_group("stem per-type cache");
    g.sample_size(10);
    g.throughput(Throughput::Elements(tokens.len() as u64));
    for a in Algorithm::ALL {
        g.bench_function(a.name(), |b| {
            b.iter(|| {
                let mut cache = CachedStemmer::new(a);
                let mut bytes = 0usize;
                for t in &tokens {
                    bytes += cache.stem(t).len();
                }
                black_box(bytes)
            })
        });
    }
    g.finish();

    let mut g = c.benchmark_group("stem types parallel");
    g.sample_size(10);
    g.throughput(Throughput::Elements(types.len() as u64));
    for a in Algorithm::ALL {
        let s = Stemmer::new(a);
        g.bench_function(a.name(), |b| b.iter(|| black_box(s.stem_types(&types))));
    }
    g.finish();
}

criterion_group!(benches, stem);
criterion_main!(benches);
