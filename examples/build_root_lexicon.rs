//! Builds `src/text/stem/root_lexicon.tsv`, the root extractor's lexicon, from the ANT
//! v2.1 news corpus alone (no gold data), by expectation–maximization:
//!
//! 1. Count the Arabic-letter word types of every `<TEXT>` body.
//! 2. Every root starts with the same weight. Each type (weight 1 + ln(frequency))
//!    shares itself among its candidate analyses ([`root::candidates`]) in proportion
//!    to `weight(root) · exp(−cost)`; the shares summed per root are the new weights.
//! 3. After the iterations, roots with a weight of at least 1 are written, heaviest first.
//!
//! Usage: `cargo run --no-default-features --release --example build_root_lexicon --
//! ../shared/data/ant-v2.1 > src/text/stem/root_lexicon.tsv`

use std::collections::HashMap;
use std::path::Path;

use khabar::text::stem::root;

const ITERATIONS: usize = 6;

fn main() -> anyhow::Result<()> {
    let dir = std::env::args().nth(1).unwrap_or_else(|| "../shared/data/ant-v2.1".into());
    let mut types: HashMap<String, u64> = HashMap::new();
    let mut files = 0usize;
    for entry in walkdir::WalkDir::new(Path::new(&dir)).sort_by_file_name() {
        let entry = entry?;
        if !entry.file_type().is_file() || entry.path().extension().is_none_or(|e| e != "txt") {
            continue;
        }
        let text = String::from_utf8_lossy(&std::fs::read(entry.path())?).into_owned();
        files += 1;
        let mut rest = text.as_str();
        while let Some(start) = rest.find("<TEXT>") {
            let body = &rest[start + 6..];
            let end = body.find("</TEXT>").unwrap_or(body.len());
            for w in body[..end].split(|c: char| !is_arabic_letter(c)).filter(|w| !w.is_empty()) {
                *types.entry(w.to_owned()).or_default() += 1;
            }
            rest = &body[end..];
        }
    }
    eprintln!("{files} files, {} types", types.len());

    // Candidates once: (type weight, [(root, exp(-cost))]).
    let mut analyses: Vec<(f64, Vec<(String, f64)>)> = Vec::with_capacity(types.len());
    for (w, f) in &types {
        let mut cands: HashMap<String, f64> = HashMap::new();
        for c in root::candidates(w) {
            let r: String = c.root.iter().collect();
            let p = (-f64::from(c.cost)).exp();
            let e = cands.entry(r).or_default();
            *e = e.max(p);
        }
        if !cands.is_empty() {
            analyses.push((1.0 + (*f as f64).ln(), cands.into_iter().collect()));
        }
    }
    eprintln!("{} analysed types", analyses.len());

    let mut weights: HashMap<String, f64> = HashMap::new();
    for it in 0..ITERATIONS {
        let mut next: HashMap<String, f64> = HashMap::new();
        for (tw, cands) in &analyses {
            let score =
                |r: &str, p: f64| if it == 0 { p } else { p * weights.get(r).copied().unwrap_or(0.0) };
            let z: f64 = cands.iter().map(|(r, p)| score(r, *p)).sum();
            if z <= 0.0 {
                continue;
            }
            for (r, p) in cands {
                let share = tw * score(r, *p) / z;
                if share > 1e-6 {
                    *next.entry(r.clone()).or_default() += share;
                }
            }
        }
        weights = next;
        eprintln!("iteration {}: {} roots with weight", it + 1, weights.len());
    }
    let mut out: Vec<(String, f64)> = weights.into_iter().filter(|(_, w)| *w >= 1.0).collect();
    out.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    println!(
        "# root\tweight — learnt from ANT v2.1 by examples/build_root_lexicon.rs ({ITERATIONS} EM iterations)"
    );
    for (r, w) in &out {
        println!("{r}\t{w:.1}");
    }
    eprintln!("{} roots written", out.len());
    Ok(())
}

fn is_arabic_letter(c: char) -> bool {
    ('\u{0621}'..='\u{0652}').contains(&c) || c == '\u{0670}' || c == '\u{0671}'
}
