//! Normalization + tokenization speed on ANT v2.1 TEXT bodies (tokens per second, one core).
//!
//! Reads the TEXT bodies of the first 3,000 files (sorted paths) of
//! `../shared/data/ant-v2.1`; skips with a message if the folder is absent.
//! Throughput is reported in tokens (elements) per second.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use khabar::text::normalize::{Normalization, normalize_into};
use khabar::text::sentences::sentences;
use khabar::text::tokenize::{TokenKind, tokenize};

mod common;

/// The TEXT bodies of up to `max` ANT v2.1 files, each followed by a newline.
fn ant_text(max: usize) -> Option<String> {
    Some(common::ant_bodies(max)?.into_iter().flat_map(|b| [b, "\n".to_string()]).collect())
}

fn text(c: &mut Criterion) {
    let Some(text) = ant_text(3000) else {
        eprintln!("../shared/data/ant-v2.1 is absent: nothing to measure");
        return;
    };
    let tokens = tokenize(&text).count();
    eprintln!("{} bytes, {tokens} tokens", text.len());
    let mut g = c.benchmark_group("ant-v2.1 3000 TEXT bodies");
    g.sample_size(20);
    g.throughput(Throughput::Elements(tokens as u64));
    g.bench_function("tokenize", |b| b.iter(|| tokenize(&text).count()));
    let search = Normalization::search();
    g.bench_function("tokenize + normalize each word (search preset)", |b| {
        let mut buf = String::new();
        b.iter(|| {
            let mut bytes = 0usize;
            for t in tokenize(&text) {
                if t.kind == TokenKind::ArabicWord {
                    normalize_into(t.text(&text), &search, &mut buf);
                    bytes += buf.len();
                }
            }
            bytes
        })
    });
    g.bench_function("normalize text (search preset) + tokenize", |b| {
        let mut buf = String::new();
        b.iter(|| {
            normalize_into(&text, &search, &mut buf);
            tokenize(&buf).count()
        })
    });
    g.bench_function("sentences", |b| b.iter(|| sentences(&text).len()));
    g.finish();
}

criterion_group!(benches, text);
criterion_main!(benches);
