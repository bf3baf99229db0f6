//! NER speed on ANT v2.1 TEXT bodies, one core: tagging whole articles (both stages;
//! tokens per second) and entity
//! extraction (articles per second: blocks, tokenize, tag, merge).
//!
//! Reads the TEXT bodies of the first 1,000 files (sorted paths) of
//! `../shared/data/ant-v2.1`; skips with a message if the folder is absent. The word-type
//! cache of the feature extractor is warm after the first iteration (as in a session
//! that has tagged a few articles).

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use khabar::analysis::entities::extract;
use khabar::analysis::ner::NerModel;
use khabar::analysis::ner::eval::ends_sentence;
use khabar::text::tokenize::tokenize;

mod common;
use common::ant_bodies;

fn bench(c: &mut Criterion) {
    let Some(bodies) = ant_bodies(1000) else {
        eprintln!("../shared/data/ant-v2.1 is absent: nothing to measure");
        return;
    };
    let model = NerModel::embedded();
    // Each article's sentences: the model tags an article at once (document features).
    let mut articles: Vec<Vec<Vec<&str>>> = Vec::new();
    for b in &bodies {
        let mut sentences = Vec::new();
        let mut cur = Vec::new();
        for t in tokenize(b) {
            let w = t.text(b);
            cur.push(w);
            if ends_sentence(w) {
                sentences.push(std::mem::take(&mut cur));
            }
        }
        if !cur.is_empty() {
            sentences.push(cur);
        }
        articles.push(sentences);
    }
    let tokens: usize = articles.iter().flatten().map(Vec::len).sum();
    let mut g = c.benchmark_group("ner");
    g.sample_size(10);
    g.throughput(Throughput::Elements(tokens as u64));
    g.bench_function(format!("tag {tokens} tokens"), |b| {
        b.iter(|| articles.iter().map(|a| model.tag_document(a).len()).sum::<usize>())
    });
    g.throughput(Throughput::Elements(bodies.len() as u64));
    g.bench_function(format!("entities of {} articles", bodies.len()), |b| {
        b.iter(|| bodies.iter().map(|d| extract(d).mentions.len()).sum::<usize>())
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
