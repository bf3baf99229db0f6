//! ANT v2.1 folder (31,525 .txt files) → browsable Library: walk, read, decode, parse every file on all
//! cores, then build the Library rows (filter keys, sort order).

use std::path::PathBuf;
use std::sync::atomic::AtomicBool;

use criterion::{Criterion, criterion_group, criterion_main};
use khabar::corpus::{LoadOptions, collect_files, load_paths};

fn ant() -> Option<PathBuf> {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/data/ant-v2.1");
    p.exists().then_some(p)
}

fn load(c: &mut Criterion) {
    let Some(dir) = ant() else {
        eprintln!("../shared/data/ant-v2.1 is absent: nothing to measure");
        return;
    };
    {
        let files = collect_files(std::slice::from_ref(&dir));
        let loaded = load_paths(&files, &LoadOptions::default(), &AtomicBool::new(false), &|_, _| {});
        let docs: usize = loaded.iter().filter_map(|l| l.result.as_ref().ok()).map(Vec::len).sum();
        eprintln!(
            "{} files, {docs} documents, {} failed",
            files.len(),
            loaded.iter().filter(|l| l.result.is_err()).count()
        );
        for l in loaded.iter().filter(|l| l.result.is_err()) {
            eprintln!(
                "  {}: {}",
                l.path.display(),
                l.result.as_ref().err().map(|e| e.to_string()).unwrap_or_default()
            );
        }
    }
    let mut g = c.benchmark_group("ant-v2.1");
    g.sample_size(10);
    g.bench_function("collect+load 31,525 files", |b| {
        b.iter(|| {
            let files = collect_files(std::slice::from_ref(&dir));
            let cancel = AtomicBool::new(false);
            let loaded = load_paths(&files, &LoadOptions::default(), &cancel, &|_, _| {});
            assert_eq!(loaded.len(), files.len());
            loaded
        })
    });
    #[cfg(feature = "gui")]
    g.bench_function("folder to Library rows", |b| {
        b.iter(|| {
            let files = collect_files(std::slice::from_ref(&dir));
            let cancel = AtomicBool::new(false);
            let loaded = load_paths(&files, &LoadOptions::default(), &cancel, &|_, _| {});
            let mut lib = khabar::app::library::Library::default();
            lib.add_loaded(loaded);
            assert_eq!(lib.rows().len(), files.len());
            lib
        })
    });
    g.finish();
}

criterion_group!(benches, load);
criterion_main!(benches);
