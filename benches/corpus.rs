//! Corpus tools on the full ANT v2.1 folder (31,525 files, ~11M tokens): index build,
//! trigrams, collocations of قال, keywords of one source against the rest.
//! Skipped with a message when ../shared/data/ant-v2.1 is absent.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::AtomicBool;
use std::time::Instant;

use criterion::{Criterion, criterion_group, criterion_main};
use khabar::analysis::collocation::{CollocationOptions, collocations, node_types};
use khabar::analysis::dispersion::dispersion;
use khabar::analysis::index::{BuildControl, CorpusIndex, Level};
use khabar::analysis::keyness::{KeynessOptions, Reference, keywords, mask_by_source};
use khabar::analysis::ngrams::{NgramOptions, ngrams};
use khabar::corpus::{Document, LoadOptions, collect_files, load_paths};

fn ant() -> Option<PathBuf> {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/data/ant-v2.1");
    p.exists().then_some(p)
}

fn build(docs: Vec<Arc<Document>>) -> Option<CorpusIndex> {
    let cancel = AtomicBool::new(false);
    CorpusIndex::build(docs, &BuildControl { cancel: &cancel, progress: &|_, _| {} })
}

fn corpus(c: &mut Criterion) {
    let Some(dir) = ant() else {
        eprintln!("../shared/data/ant-v2.1 is absent: nothing to measure");
        return;
    };
    let files = collect_files(std::slice::from_ref(&dir));
    let loaded = load_paths(&files, &LoadOptions::default(), &AtomicBool::new(false), &|_, _| {});
    let docs: Vec<Arc<Document>> =
        loaded.into_iter().filter_map(|l| l.result.ok()).flatten().map(Arc::new).collect();
    let t = Instant::now();
    let Some(index) = build(docs.clone()) else { return };
    eprintln!(
        "{} documents, {} tokens, {} words, {} types; first build {:?}",
        index.doc_count(),
        index.token_count(),
        index.word_count(),
        index.type_count(),
        t.elapsed()
    );
    let cancel = AtomicBool::new(false);
    let trigrams = NgramOptions { n: 3, ..Default::default() };
    let node = node_types(&index, "قال", Level::Surface);
    let mask = mask_by_source(&index, "bbc");
    {
        let rows = ngrams(&index, &trigrams, &cancel).unwrap_or_default();
        eprintln!("trigrams: {} distinct; top {:?}", rows.len(), rows.first());
        let col = collocations(&index, &node, &CollocationOptions::default());
        eprintln!(
            "قال: {} occurrences, {} collocates; top {:?}",
            col.node_freq,
            col.rows.len(),
            col.rows.first()
        );
        let kw = keywords(&index, Some(&mask), Reference::Rest, &KeynessOptions::default());
        eprintln!("BBC keywords: {} rows; top {:?}", kw.rows.len(), kw.rows.first());
    }

    let mut g = c.benchmark_group("ant-v2.1 corpus tools");
    g.sample_size(10);
    g.bench_function("index build", |b| b.iter(|| build(docs.clone())));
    g.bench_function("trigrams (surface, min freq 1)", |b| b.iter(|| ngrams(&index, &trigrams, &cancel)));
    let trigrams2 = NgramOptions { min_freq: 2, ..trigrams.clone() };
    g.bench_function("trigrams (surface, min freq 2)", |b| b.iter(|| ngrams(&index, &trigrams2, &cancel)));
    let stems = NgramOptions { level: Level::Light, n: 2, min_freq: 2, ..Default::default() };
    g.bench_function("bigrams (light stem, min freq 2)", |b| b.iter(|| ngrams(&index, &stems, &cancel)));
    g.bench_function("collocations of قال (5/5, surface)", |b| {
        b.iter(|| collocations(&index, &node, &CollocationOptions::default()))
    });
    let qal_norm = node_types(&index, "قال", Level::Normalized);
    let norm_opts = CollocationOptions { level: Level::Normalized, ..Default::default() };
    g.bench_function("collocations of قال (5/5, normalized)", |b| {
        b.iter(|| collocations(&index, &qal_norm, &norm_opts))
    });
    g.bench_function("keywords BBC vs rest (surface)", |b| {
        b.iter(|| keywords(&index, Some(&mask), Reference::Rest, &KeynessOptions::default()))
    });
    let hits: Vec<u32> = node.iter().flat_map(|&t| index.postings(t).iter().copied()).collect();
    g.bench_function("dispersion of قال", |b| b.iter(|| dispersion(&index, &hits)));
    g.finish();
}

criterion_group!(benches, corpus);
criterion_main!(benches);
