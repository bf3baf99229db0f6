//! Concordance and frequency lists on the full ANT v2.1 index: the first page of a
//! concordance of a frequent word (قال), its full hit count, a phrase, a wildcard, and
//! frequency lists by normalized form and by stem. The index is built once, outside
//! the measurements. Skipped with a message when ../shared/data/ant-v2.1 is absent.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::AtomicBool;

use criterion::{Criterion, criterion_group, criterion_main};
use khabar::analysis::concordance::line;
use khabar::analysis::frequency::{FreqOptions, frequency_list};
use khabar::analysis::index::{BuildControl, CorpusIndex, Level};
use khabar::analysis::query::{MatchMode, Query, count, find};
use khabar::corpus::{Document, LoadOptions, collect_files, load_paths};

fn index() -> Option<CorpusIndex> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/data/ant-v2.1");
    if !dir.exists() {
        eprintln!("../shared/data/ant-v2.1 is absent: nothing to measure");
        return None;
    }
    let files = collect_files(&[dir]);
    let cancel = AtomicBool::new(false);
    let docs: Vec<Arc<Document>> = load_paths(&files, &LoadOptions::default(), &cancel, &|_, _| {})
        .into_iter()
        .filter_map(|l| l.result.ok())
        .flatten()
        .map(Arc::new)
        .collect();
    CorpusIndex::build(docs, &BuildControl { cancel: &cancel, progress: &|_, _| {} })
}

fn kwic(c: &mut Criterion) {
    let Some(ix) = index() else { return };
    let qal = Query::new("قال", Level::Normalized);
    eprintln!("قال: {:?} hits", count(&ix, &qal));
    let mut g = c.benchmark_group("ant-v2.1 concordance");
    g.bench_function("قال: find + first page (50 lines)", |b| {
        b.iter(|| {
            let hits = find(&ix, &qal).unwrap_or_default();
            hits.iter().take(50).map(|h| line(&ix, *h, 6).matched.len()).sum::<usize>()
        })
    });
    g.bench_function("قال: full count", |b| b.iter(|| count(&ix, &qal)));
    let phrase = Query::new("الرئيس الروسي", Level::Normalized);
    g.bench_function("phrase الرئيس الروسي", |b| b.iter(|| find(&ix, &phrase).map(|h| h.len())));
    let wild = Query::new("است*", Level::Normalized).with_mode(MatchMode::Wildcard);
    g.bench_function("wildcard است*", |b| b.iter(|| find(&ix, &wild).map(|h| h.len())));
    let root = Query::new("قال", Level::Root);
    g.bench_function("root of قال", |b| b.iter(|| count(&ix, &root)));
    g.finish();

    let mut g = c.benchmark_group("ant-v2.1 frequency list");
    g.sample_size(10);
    for level in [Level::Normalized, Level::Light, Level::Root] {
        g.bench_function(format!("by {}", level.label()), |b| {
            b.iter(|| frequency_list(&ix, level, &FreqOptions::default(), &|_| false).rows.len())
        });
    }
    g.finish();
}

criterion_group!(benches, kwic);
criterion_main!(benches);
