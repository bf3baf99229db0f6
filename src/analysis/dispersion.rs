//! Dispersion of a query's hits: where they fall across the corpus (per document, per
//! source, per category) and along each document, with two dispersion measures.
//!
//! Input: hit positions (global token positions, e.g. the postings of the matched
//! types). Documents are the corpus parts; a document's size is its number of words
//! (countable tokens, [`CorpusIndex::word_count`] summed over the corpus).
//!
//! * **Gries' DP** (Gries 2008), the main measure: with `sᵢ` = the share of the corpus'
//!   words in document `i` and `vᵢ` = the share of the hits in it,
//!   `DP = ½·Σ|vᵢ − sᵢ|`. 0 = hits spread exactly like the words, near 1 = all in one
//!   small part. Also `DPnorm = DP / (1 − min sᵢ)` (Lijffijt & Gries 2012), which
//!   reaches 1 for the most uneven distribution possible.
//! * **Juilland's D** over the relative frequencies `pᵢ = hitsᵢ / wordsᵢ` of the `n`
//!   documents with at least one word: `V = σ(p)/mean(p)` (population standard
//!   deviation), `D = 1 − V/√(n − 1)`. 1 = perfectly even, 0 = all in one document.
//!   Using relative frequencies makes D usable with unequal document sizes.

use std::sync::Arc;

use rayon::prelude::*;
use rustc_hash::FxHashMap;
use serde::Serialize;

use super::index::{CorpusIndex, is_countable};
use crate::corpus::Document;

/// The hits of one document.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DocHits {
    /// Document number in the index.
    pub doc: usize,
    /// Hits in it.
    pub hits: u64,
    /// Its size in words.
    pub words: u64,
    /// Each hit's position along the document's tokens: 0 = first token, 1 = last.
    pub relative: Vec<f32>,
}

/// Hits in a group of documents (a source or a category).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GroupCount {
    /// The source or category, `(none)` when the documents have none.
    pub name: String,
    /// Hits in the group's documents.
    pub hits: u64,
    /// Documents of the group with at least one hit.
    pub docs_with_hits: usize,
    /// Documents in the group.
    pub docs: usize,
    /// Words in the group.
    pub words: u64,
    /// Hits per million words of the group.
    pub per_million: f64,
}

/// The dispersion of a set of hits.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Dispersion {
    /// Hits counted (inside the index).
    pub total_hits: u64,
    /// Documents with at least one hit, in document order.
    pub per_doc: Vec<DocHits>,
    /// Per source, most hits first.
    pub by_source: Vec<GroupCount>,
    /// Per category, most hits first.
    pub by_category: Vec<GroupCount>,
    /// Gries' DP (0 even … 1 uneven); NaN without hits.
    pub gries_dp: f64,
    /// DP normalized by `1 − min sᵢ`; NaN without hits.
    pub gries_dp_norm: f64,
    /// Juilland's D (1 even … 0 uneven); NaN with fewer than two documents or no hits.
    pub juilland_d: f64,
}

/// Group name for documents without the metadata.
pub const NO_GROUP: &str = "(none)";

/// Words (countable tokens) of every document.
pub fn document_words(index: &CorpusIndex) -> Vec<u64> {
    let tokens = index.tokens();
    (0..index.doc_count())
        .into_par_iter()
        .map(|d| {
            let r = index.doc_tokens(d);
            tokens
                .get(r.start as usize..r.end as usize)
                .unwrap_or(&[])
                .iter()
                .filter(|&&t| is_countable(index.kind(t)))
                .count() as u64
        })
        .collect()
}

/// The dispersion of `hits` (global token positions; sorted here if they are not,
/// positions outside the index are ignored). See the module documentation.
pub fn dispersion(index: &CorpusIndex, hits: &[u32]) -> Dispersion {
    let words = document_words(index);
    dispersion_with_sizes(index, hits, &words)
}

/// [`dispersion`] with the document sizes precomputed by [`document_words`] (they do
/// not depend on the query: compute them once per index).
pub fn dispersion_with_sizes(index: &CorpusIndex, hits: &[u32], words: &[u64]) -> Dispersion {
    let n_tokens = index.token_count() as u32;
    let mut sorted: Vec<u32> = hits.iter().copied().filter(|&p| p < n_tokens).collect();
    if !sorted.is_sorted() {
        sorted.sort_unstable();
    }
    let mut per_doc: Vec<DocHits> = Vec::new();
    let mut i = 0;
    while i < sorted.len() {
        let d = index.doc_of(sorted[i]);
        let r = index.doc_tokens(d);
        let span = r.end.saturating_sub(r.start).saturating_sub(1).max(1) as f32;
        let mut relative = Vec::new();
        while i < sorted.len() && sorted[i] < r.end {
            relative.push((sorted[i].saturating_sub(r.start)) as f32 / span);
            i += 1;
        }
        per_doc.push(DocHits {
            doc: d,
            hits: relative.len() as u64,
            words: words.get(d).copied().unwrap_or(0),
            relative,
        });
    }
    let total_hits = sorted.len() as u64;
    let n_words: u64 = words.iter().sum();
    let (gries_dp, gries_dp_norm) = gries_dp(&per_doc, words, total_hits, n_words);
    let juilland_d = juilland_d(&per_doc, words);
    let docs = index.documents();
    let by_source = groups(docs, words, &per_doc, |x| x.source.as_deref());
    let by_category = groups(docs, words, &per_doc, |x| x.category.as_deref());
    Dispersion { total_hits, per_doc, by_source, by_category, gries_dp, gries_dp_norm, juilland_d }
}

/// Hits, documents and words per group (`key` gives a document's group).
fn groups(
    docs: &[Arc<Document>],
    words: &[u64],
    per_doc: &[DocHits],
    key: fn(&Document) -> Option<&str>,
) -> Vec<GroupCount> {
    let name_of = |d: usize| -> &str {
        docs.get(d).and_then(|x| key(x)).map(str::trim).filter(|s| !s.is_empty()).unwrap_or(NO_GROUP)
    };
    let mut map: FxHashMap<&str, GroupCount> = FxHashMap::default();
    for (d, &w) in words.iter().enumerate().take(docs.len()) {
        let name = name_of(d);
        let g = map.entry(name).or_insert_with(|| GroupCount {
            name: name.to_owned(),
            hits: 0,
            docs_with_hits: 0,
            docs: 0,
            words: 0,
            per_million: 0.0,
        });
        g.docs += 1;
        g.words += w;
    }
    for h in per_doc {
        if let Some(g) = map.get_mut(name_of(h.doc)) {
            g.hits += h.hits;
            g.docs_with_hits += 1;
        }
    }
    let mut v: Vec<GroupCount> = map
        .into_values()
        .map(|mut g| {
            g.per_million = if g.words > 0 { g.hits as f64 * 1e6 / g.words as f64 } else { 0.0 };
            g
        })
        .collect();
    v.sort_by(|a, b| b.hits.cmp(&a.hits).then_with(|| a.name.cmp(&b.name)));
    v
}

/// Gries' DP and DPnorm.
fn gries_dp(per_doc: &[DocHits], words: &[u64], total_hits: u64, n_words: u64) -> (f64, f64) {
    if total_hits == 0 || n_words == 0 {
        return (f64::NAN, f64::NAN);
    }
    let n = n_words as f64;
    let t = total_hits as f64;
    // Documents without hits contribute sᵢ each: 1 − Σ sᵢ over documents with hits.
    let mut sum = 0.0;
    let mut share_with_hits = 0.0;
    for h in per_doc {
        let s = words.get(h.doc).copied().unwrap_or(0) as f64 / n;
        share_with_hits += s;
        sum += (h.hits as f64 / t - s).abs();
    }
    sum += (1.0 - share_with_hits).max(0.0);
    let dp = 0.5 * sum;
    let min_s = words.iter().copied().min().unwrap_or(0) as f64 / n;
    let norm = if min_s < 1.0 { dp / (1.0 - min_s) } else { f64::NAN };
    (dp, norm)
}

/// Juilland's D over relative frequencies.
fn juilland_d(per_doc: &[DocHits], words: &[u64]) -> f64 {
    let parts = words.iter().filter(|&&w| w > 0).count();
    if parts < 2 {
        return f64::NAN;
    }
    let (mut sum, mut sum2) = (0.0, 0.0);
    for h in per_doc {
        let w = words.get(h.doc).copied().unwrap_or(0);
        if w > 0 {
            let p = h.hits as f64 / w as f64;
            sum += p;
            sum2 += p * p;
        }
    }
    let n = parts as f64;
    let mean = sum / n;
    if mean <= 0.0 {
        return f64::NAN;
    }
    let var = (sum2 / n - mean * mean).max(0.0);
    let v = var.sqrt() / mean;
    (1.0 - v / (n - 1.0).sqrt()).clamp(0.0, 1.0)
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::AtomicBool;

    use super::*;
    use crate::analysis::index::BuildControl;
    use crate::analysis::index::tests::index;

    fn hits_of(ix: &CorpusIndex, w: &str) -> Vec<u32> {
        ix.surface().id(w).map(|t| ix.postings(t).to_vec()).unwrap_or_default()
    }

    #[test]
    fn measures_by_hand() {
        // Words 4, 4, 2 (N = 10); hits of قال 2, 0, 1 (3).
        let ix = index(&["قال أ ب قال", "ج د ه و", "قال ز"]);
        let d = dispersion(&ix, &hits_of(&ix, "قال"));
        assert_eq!(d.total_hits, 3);
        assert_eq!(d.per_doc.len(), 2);
        assert_eq!((d.per_doc[0].doc, d.per_doc[0].hits, d.per_doc[0].words), (0, 2, 4));
        assert_eq!(d.per_doc[0].relative, vec![0.0, 1.0]);
        assert_eq!((d.per_doc[1].doc, d.per_doc[1].hits), (2, 1));
        assert_eq!(d.per_doc[1].relative, vec![0.0]);
        // s = .4 .4 .2, v = 2/3 0 1/3: DP = ½(4/15 + 2/5 + 2/15) = 0.4; DPnorm = .4/.8.
        assert!((d.gries_dp - 0.4).abs() < 1e-12, "{}", d.gries_dp);
        assert!((d.gries_dp_norm - 0.5).abs() < 1e-12, "{}", d.gries_dp_norm);
        // p = .5 0 .5, mean 1/3, σ = √(1/18), V = 1/√2, D = 1 − (1/√2)/√2 = 0.5.
        assert!((d.juilland_d - 0.5).abs() < 1e-12, "{}", d.juilland_d);
        // Unsorted input gives the same.
        let mut rev = hits_of(&ix, "قال");
        rev.reverse();
        assert_eq!(dispersion(&ix, &rev), d);
    }

    #[test]
    fn even_and_empty() {
        let ix = index(&["قال أ", "قال ب", "قال ج"]);
        let d = dispersion(&ix, &hits_of(&ix, "قال"));
        assert!(d.gries_dp.abs() < 1e-12);
        assert!((d.juilland_d - 1.0).abs() < 1e-12);
        let none = dispersion(&ix, &[]);
        assert_eq!(none.total_hits, 0);
        assert!(none.gries_dp.is_nan() && none.juilland_d.is_nan());
        assert!(none.per_doc.is_empty());
        // Positions past the end are ignored.
        assert_eq!(dispersion(&ix, &[u32::MAX]).total_hits, 0);
    }

    #[test]
    fn per_source_and_category() {
        let doc = |body: &str, src: Option<&str>, cat: &str| {
            Arc::new(Document {
                body: body.into(),
                source: src.map(Into::into),
                category: Some(cat.into()),
                ..Default::default()
            })
        };
        let cancel = AtomicBool::new(false);
        let ix = CorpusIndex::build(
            vec![
                doc("قال أ قال ب", Some("BBC"), "sport"),
                doc("قال ج", Some("CNN"), "sport"),
                doc("د ه", Some("CNN"), "economy"),
                doc("قال", None, "economy"),
            ],
            &BuildControl { cancel: &cancel, progress: &|_, _| {} },
        )
        .unwrap_or_default();
        let d = dispersion(&ix, &hits_of(&ix, "قال"));
        let src: Vec<(&str, u64, usize, usize, u64)> = d
            .by_source
            .iter()
            .map(|g| (g.name.as_str(), g.hits, g.docs_with_hits, g.docs, g.words))
            .collect();
        // Ties by name: "(none)" sorts before "CNN".
        assert_eq!(src, [("BBC", 2, 1, 1, 4), (NO_GROUP, 1, 1, 1, 1), ("CNN", 1, 1, 2, 4)]);
        assert!((d.by_source[2].per_million - 250_000.0).abs() < 1e-6);
        let cat: Vec<(&str, u64)> = d.by_category.iter().map(|g| (g.name.as_str(), g.hits)).collect();
        assert_eq!(cat, [("sport", 3), ("economy", 1)]);
    }
}
