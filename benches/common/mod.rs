//! What several benchmarks read: the article bodies of the ANT v2.1 corpus in
//! `../shared/data` (absent on machines without the shared data).

use std::path::PathBuf;

/// The TEXT bodies (trimmed) of the first `max` `.txt` files of ANT v2.1, in sorted path
/// order, or `None` when the corpus is absent.
pub fn ant_bodies(max: usize) -> Option<Vec<String>> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/data/ant-v2.1");
    if !dir.exists() {
        return None;
    }
    let mut files: Vec<PathBuf> = walkdir::WalkDir::new(&dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file() && e.path().extension().is_some_and(|x| x == "txt"))
        .map(|e| e.into_path())
        .collect();
    files.sort();
    let mut out = Vec::new();
    for f in files.iter().take(max) {
        let Ok(doc) = std::fs::read_to_string(f) else { continue };
        if let (Some(a), Some(b)) = (doc.find("<TEXT>"), doc.find("</TEXT>"))
            && let Some(body) = doc.get(a + 6..b)
        {
            out.push(body.trim().to_string());
        }
    }
    Some(out)
}
