//! Quote extraction over ANT v2.1 (articles/s): heuristic people, and with the NER model;
//! and the corpus-wide "who said what" of the Insight view (quotes and entities of every
//! article on all cores, then speakers merged across documents).

use std::hint::black_box;
use std::path::PathBuf;
use std::sync::atomic::AtomicBool;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use khabar::analysis::corpus_quotes::{ArticleQuotes, collect};
use khabar::analysis::entities::merge_corpus;
use khabar::analysis::quotes::{quotes, quotes_heuristic};
use khabar::corpus::{LoadOptions, collect_files, load_paths};
use rayon::prelude::*;

fn ant() -> Vec<(String, String)> {
    let dir = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/data/ant-v2.1"));
    let files = collect_files(&[dir]);
    let cancel = AtomicBool::new(false);
    load_paths(&files, &LoadOptions::default(), &cancel, &|_, _| {})
        .into_iter()
        .filter_map(|l| l.result.ok())
        .flatten()
        .map(|d| (d.title, d.body))
        .collect()
}

fn bench(c: &mut Criterion) {
    let docs = ant();
    if docs.is_empty() {
        eprintln!("ANT v2.1 is absent: quotes benchmark skipped");
        return;
    }
    let mut g = c.benchmark_group("quotes");
    g.sample_size(10);
    g.throughput(Throughput::Elements(docs.len() as u64));
    g.bench_function("ant-v2.1 heuristic people", |b| {
        b.iter(|| docs.iter().map(|(t, body)| quotes_heuristic(t, body).len()).sum::<usize>())
    });
    g.bench_function("ant-v2.1 with NER", |b| {
        b.iter(|| docs.iter().map(|(t, body)| black_box(quotes(t, body)).0.len()).sum::<usize>())
    });
    g.bench_function("ant-v2.1 corpus who said what, all cores", |b| {
        b.iter(|| {
            let found: Vec<_> = docs.par_iter().map(|(t, body)| quotes(t, body)).collect();
            let entities: Vec<_> = found.iter().map(|(_, e)| e.clone()).collect();
            let merged = merge_corpus(&entities);
            let corpus = collect(docs.iter().zip(&found).map(|((_, body), (qs, ents))| ArticleQuotes {
                body,
                quotes: qs,
                entities: ents,
            }));
            black_box((merged.len(), corpus.speakers.len()))
        })
    });
    g.finish();
    // Finding quotes by their words across the corpus (the Insight view does it once
    // per change of its filters).
    let found: Vec<_> = docs.par_iter().map(|(t, body)| quotes(t, body)).collect();
    let corpus = collect(docs.iter().zip(&found).map(|((_, body), (qs, ents))| ArticleQuotes {
        body,
        quotes: qs,
        entities: ents,
    }));
    // The corpus-wide counts the README quotes (printed once, outside the timings).
    let entities: Vec<_> = found.iter().map(|(_, e)| e.clone()).collect();
    if let Some(top) = corpus.speakers.iter().max_by_key(|s| s.quotes) {
        eprintln!(
            "ANT v2.1: {} quotes by {} speakers (first: {}, {} quotes in {} documents), {} entities",
            corpus.quotes.len(),
            corpus.speakers.len(),
            top.name,
            top.quotes,
            top.documents,
            merge_corpus(&entities).len()
        );
    }
    let mut g = c.benchmark_group("corpus quotes");
    g.throughput(Throughput::Elements(corpus.quotes.len() as u64));
    g.bench_function("ant-v2.1 quotes holding إيران", |b| {
        b.iter(|| black_box(corpus.select(|_| true, "إيران").len()))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
