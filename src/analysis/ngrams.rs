//! N-grams (clusters): sequences of 2 to 6 consecutive words counted at a [`Level`]
//! (surface, normalized, light stem, ISRI stem or root), with their frequency and range
//! (number of documents containing them).
//!
//! An n-gram never crosses a sentence start or a punctuation/symbol token (see
//! [`is_countable`]): `قال الرئيس، إن` holds the bigram `قال الرئيس` but not
//! `الرئيس إن`. Filters: minimum frequency, minimum range, and a word the n-gram must
//! contain or must not contain, matched at the same level (the word goes through
//! [`query_form`], the pipeline the index applies to every type).
//!
//! Speed: an n-gram is a fixed array of level ids (`[u32; N]`), counted in an
//! `FxHashMap` per chunk of documents on all cores, then merged; strings are built only
//! for the n-grams that pass the filters.

use std::sync::atomic::{AtomicBool, Ordering};

use rayon::prelude::*;
use rustc_hash::FxHashMap;
use serde::Serialize;

use super::index::{CorpusIndex, Level, is_countable, query_form};

/// The smallest supported n.
pub const MIN_N: usize = 2;
/// The largest supported n.
pub const MAX_N: usize = 6;

/// Level id used in the per-type table for tokens that break n-grams (punctuation).
const BREAK: u32 = u32::MAX;

/// What to count and what to keep.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NgramOptions {
    /// Words per n-gram, [`MIN_N`]..=[`MAX_N`].
    pub n: usize,
    /// The level at which words are compared.
    pub level: Level,
    /// Keep n-grams occurring at least this often.
    pub min_freq: u64,
    /// Keep n-grams occurring in at least this many documents.
    pub min_range: u64,
    /// Keep only n-grams containing this word (at `level`).
    pub contains: Option<String>,
    /// Drop n-grams containing this word (at `level`).
    pub excludes: Option<String>,
}

impl Default for NgramOptions {
    fn default() -> Self {
        NgramOptions {
            n: 3,
            level: Level::Surface,
            min_freq: 1,
            min_range: 1,
            contains: None,
            excludes: None,
        }
    }
}

/// One n-gram of the result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NgramRow {
    /// The words (level forms) joined by a space, in reading order.
    pub ngram: String,
    /// Occurrences in the corpus.
    pub freq: u64,
    /// Documents containing it at least once.
    pub range: u64,
}

/// Why n-grams could not be counted.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NgramError {
    /// `n` outside [`MIN_N`]..=[`MAX_N`].
    #[error("n must be between {MIN_N} and {MAX_N}, not {0}")]
    BadN(usize),
    /// The cancel flag was raised.
    #[error("n-gram counting was cancelled")]
    Cancelled,
}

/// Counts the n-grams of `index` (see the module documentation). Rows are sorted by
/// frequency (descending), then by text. Checks `cancel` between documents.
pub fn ngrams(
    index: &CorpusIndex,
    opts: &NgramOptions,
    cancel: &AtomicBool,
) -> Result<Vec<NgramRow>, NgramError> {
    match opts.n {
        2 => count::<2>(index, opts, cancel),
        3 => count::<3>(index, opts, cancel),
        4 => count::<4>(index, opts, cancel),
        5 => count::<5>(index, opts, cancel),
        6 => count::<6>(index, opts, cancel),
        n => Err(NgramError::BadN(n)),
    }
}

/// The id of `word` at `level` in `index`, or `None` if no token has that form.
pub fn level_id_of_word(index: &CorpusIndex, word: &str, level: Level) -> Option<u32> {
    index.vocab(level).id(&query_form(word.trim(), level))
}

/// For every surface type, its id at `level`, or [`BREAK`] if it is not countable.
fn level_table(index: &CorpusIndex, level: Level) -> Vec<u32> {
    (0..index.type_count() as u32)
        .map(|t| if is_countable(index.kind(t)) { index.level_id(t, level) } else { BREAK })
        .collect()
}

#[derive(Debug, Clone, Copy)]
struct Entry {
    freq: u32,
    range: u32,
    /// The last document counted in `range` (documents are visited in order per chunk).
    last_doc: u32,
}

/// Splits the documents into about `parts` contiguous chunks of similar token counts.
fn chunks(index: &CorpusIndex, parts: usize) -> Vec<std::ops::Range<usize>> {
    let n_docs = index.doc_count();
    let target = (index.token_count() / parts.max(1)).max(1);
    let mut out = Vec::new();
    let mut start = 0;
    let mut size = 0usize;
    for d in 0..n_docs {
        size += index.doc_tokens(d).len();
        if size >= target {
            out.push(start..d + 1);
            start = d + 1;
            size = 0;
        }
    }
    if start < n_docs {
        out.push(start..n_docs);
    }
    out
}

fn count<const N: usize>(
    index: &CorpusIndex,
    opts: &NgramOptions,
    cancel: &AtomicBool,
) -> Result<Vec<NgramRow>, NgramError> {
    let contains = match &opts.contains {
        Some(w) => match level_id_of_word(index, w, opts.level) {
            Some(id) => Some(id),
            // No token has this form: no n-gram can contain it.
            None => return Ok(Vec::new()),
        },
        None => None,
    };
    let excludes = opts.excludes.as_deref().and_then(|w| level_id_of_word(index, w, opts.level));
    let table = level_table(index, opts.level);
    let parts = chunks(index, rayon::current_num_threads().max(1) * 2);
    let maps: Vec<Option<FxHashMap<[u32; N], Entry>>> = parts
        .into_par_iter()
        .map(|docs| count_chunk::<N>(index, &table, docs, contains, excludes, cancel))
        .collect();
    let mut maps: Vec<FxHashMap<[u32; N], Entry>> =
        maps.into_iter().collect::<Option<Vec<_>>>().ok_or(NgramError::Cancelled)?;
    maps.sort_by_key(|m| std::cmp::Reverse(m.len()));
    let mut merged = maps.first().cloned().unwrap_or_default();
    for m in maps.into_iter().skip(1) {
        if cancel.load(Ordering::Relaxed) {
            return Err(NgramError::Cancelled);
        }
        for (k, e) in m {
            merged
                .entry(k)
                .and_modify(|b| {
                    b.freq += e.freq;
                    b.range += e.range;
                })
                .or_insert(e);
        }
    }
    let vocab = index.vocab(opts.level);
    let mut rows: Vec<NgramRow> = merged
        .into_par_iter()
        .filter(|(_, e)| u64::from(e.freq) >= opts.min_freq && u64::from(e.range) >= opts.min_range)
        .map(|(k, e)| {
            let mut s = String::new();
            for (i, &id) in k.iter().enumerate() {
                if i > 0 {
                    s.push(' ');
                }
                s.push_str(vocab.get(id));
            }
            NgramRow { ngram: s, freq: u64::from(e.freq), range: u64::from(e.range) }
        })
        .collect();
    rows.par_sort_unstable_by(|a, b| b.freq.cmp(&a.freq).then_with(|| a.ngram.cmp(&b.ngram)));
    Ok(rows)
}

/// Counts the n-grams of documents `docs`; `None` if cancelled.
fn count_chunk<const N: usize>(
    index: &CorpusIndex,
    table: &[u32],
    docs: std::ops::Range<usize>,
    contains: Option<u32>,
    excludes: Option<u32>,
    cancel: &AtomicBool,
) -> Option<FxHashMap<[u32; N], Entry>> {
    let tokens = index.tokens();
    let starts = index.sentence_starts();
    let mut map: FxHashMap<[u32; N], Entry> = FxHashMap::default();
    for d in docs {
        if d % 64 == 0 && cancel.load(Ordering::Relaxed) {
            return None;
        }
        let range = index.doc_tokens(d);
        let mut s = starts.partition_point(|&x| x < range.start);
        let mut window = [0u32; N];
        let mut len = 0usize;
        let doc = d as u32;
        for pos in range {
            while s < starts.len() && starts[s] < pos {
                s += 1;
            }
            if starts.get(s) == Some(&pos) {
                len = 0;
            }
            let id = tokens.get(pos as usize).and_then(|&t| table.get(t as usize)).copied().unwrap_or(BREAK);
            if id == BREAK {
                len = 0;
                continue;
            }
            window.copy_within(1.., 0);
            window[N - 1] = id;
            len = (len + 1).min(N);
            if len < N {
                continue;
            }
            if contains.is_some_and(|c| !window.contains(&c)) || excludes.is_some_and(|x| window.contains(&x))
            {
                continue;
            }
            let e = map.entry(window).or_insert(Entry { freq: 0, range: 0, last_doc: u32::MAX });
            e.freq += 1;
            if e.last_doc != doc {
                e.last_doc = doc;
                e.range += 1;
            }
        }
    }
    Some(map)
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;
    use crate::analysis::index::tests::index;
    use crate::text::normalize::{Normalization, normalize};

    fn run(ix: &CorpusIndex, opts: &NgramOptions) -> Vec<NgramRow> {
        ngrams(ix, opts, &AtomicBool::new(false)).unwrap_or_default()
    }

    fn find<'a>(rows: &'a [NgramRow], s: &str) -> Option<&'a NgramRow> {
        rows.iter().find(|r| r.ngram == s)
    }

    #[test]
    fn bigrams_by_hand() {
        let ix = index(&["قال الرئيس إن الحرب انتهت. قال الرئيس، إن السلام قريب", "قال الرئيس إن"]);
        let rows = run(&ix, &NgramOptions { n: 2, ..Default::default() });
        let get = |s: &str| find(&rows, s).map(|r| (r.freq, r.range));
        assert_eq!(get("قال الرئيس"), Some((3, 2)));
        assert_eq!(get("الرئيس إن"), Some((2, 2)));
        assert_eq!(get("إن الحرب"), Some((1, 1)));
        assert_eq!(get("إن السلام"), Some((1, 1)));
        // Across the sentence end and across the comma: none.
        assert_eq!(get("انتهت قال"), None);
        assert_eq!(get("الرئيس ،"), None);
        // All bigrams, listed by hand:
        // doc 1: قال الرئيس | الرئيس إن | إن الحرب | الحرب انتهت | قال الرئيس | إن السلام | السلام قريب
        // doc 2: قال الرئيس | الرئيس إن
        assert_eq!(rows.iter().map(|r| r.freq).sum::<u64>(), 9);
        assert_eq!(rows.len(), 6);
        // Sorted by frequency, then text.
        assert_eq!(rows[0].ngram, "قال الرئيس");
        assert_eq!(rows[1].ngram, "الرئيس إن");
        let tail: Vec<&str> = rows[2..].iter().map(|r| r.ngram.as_str()).collect();
        let mut sorted = tail.clone();
        sorted.sort_unstable();
        assert_eq!(tail, sorted);
    }

    #[test]
    fn filters_frequency_range_contains_excludes() {
        let ix = index(&["قال الرئيس إن الحرب انتهت. قال الرئيس، إن السلام قريب", "قال الرئيس إن"]);
        let rows = run(&ix, &NgramOptions { n: 2, min_freq: 2, ..Default::default() });
        assert_eq!(rows.iter().map(|r| r.ngram.as_str()).collect::<Vec<_>>(), ["قال الرئيس", "الرئيس إن"]);
        let rows = run(&ix, &NgramOptions { n: 2, min_range: 2, ..Default::default() });
        assert_eq!(rows.len(), 2);
        let rows = run(&ix, &NgramOptions { n: 2, contains: Some("إن".into()), ..Default::default() });
        assert_eq!(
            rows.iter().map(|r| r.ngram.as_str()).collect::<Vec<_>>(),
            ["الرئيس إن", "إن الحرب", "إن السلام"]
        );
        let rows = run(&ix, &NgramOptions { n: 2, excludes: Some("الرئيس".into()), ..Default::default() });
        assert!(rows.iter().all(|r| !r.ngram.contains("الرئيس")));
        assert_eq!(rows.len(), 4);
        let rows = run(&ix, &NgramOptions { n: 2, contains: Some("غائب".into()), ..Default::default() });
        assert!(rows.is_empty());
        let rows = run(&ix, &NgramOptions { n: 3, ..Default::default() });
        assert_eq!(find(&rows, "قال الرئيس إن").map(|r| (r.freq, r.range)), Some((2, 2)));
        assert_eq!(
            ngrams(&ix, &NgramOptions { n: 7, ..Default::default() }, &AtomicBool::new(false)),
            Err(NgramError::BadN(7))
        );
        assert_eq!(ngrams(&ix, &NgramOptions::default(), &AtomicBool::new(true)), Err(NgramError::Cancelled));
    }

    #[test]
    fn normalized_level_merges_spellings() {
        let ix = index(&["قالَ الرئيسُ أمس", "قال الرئيس امس"]);
        let surface = run(&ix, &NgramOptions { n: 2, ..Default::default() });
        assert!(surface.iter().all(|r| r.freq == 1));
        let norm = run(&ix, &NgramOptions { n: 2, level: Level::Normalized, ..Default::default() });
        assert_eq!(find(&norm, "قال الرئيس").map(|r| (r.freq, r.range)), Some((2, 2)));
        assert_eq!(find(&norm, "الرئيس امس").map(|r| (r.freq, r.range)), Some((2, 2)));
        // The filter word is normalized the same way.
        let with = run(
            &ix,
            &NgramOptions {
                n: 2,
                level: Level::Normalized,
                contains: Some("أمس".into()),
                ..Default::default()
            },
        );
        assert_eq!(with.len(), 1);
    }

    /// Brute force over token texts: split each document into runs of words between
    /// punctuation and sentence starts, slide a window, count in a BTreeMap.
    fn brute(ix: &CorpusIndex, n: usize, norm: bool) -> BTreeMap<String, (u64, u64)> {
        let mut out: BTreeMap<String, (u64, u64)> = BTreeMap::new();
        for d in 0..ix.doc_count() {
            let mut seen = std::collections::BTreeSet::new();
            let mut run: Vec<String> = Vec::new();
            for pos in ix.doc_tokens(d) {
                if ix.starts_sentence(pos) {
                    run.clear();
                }
                if !is_countable(ix.kind(ix.token(pos))) {
                    run.clear();
                    continue;
                }
                let text = ix.token_text(pos);
                run.push(if norm { normalize(text, &Normalization::search()) } else { text.to_owned() });
                if run.len() >= n {
                    let g = run[run.len() - n..].join(" ");
                    let e = out.entry(g.clone()).or_default();
                    e.0 += 1;
                    if seen.insert(g) {
                        e.1 += 1;
                    }
                }
            }
        }
        out
    }

    #[test]
    fn equals_brute_force() {
        let bodies = [
            "قال الرئيس الروسي فلاديمير بوتين إن روسيا وفرنسا ستتعاونان في مكافحة الإرهاب.",
            "وأكد الرئيس الفرنسي فرانسوا هولاند، في مؤتمر صحفي مع الرئيس الروسي، أن \"داعش\" عدو مشترك.\nقال الرئيس الروسي إن التعاون مستمر",
            "الرئيس الروسي فلاديمير بوتين قال: إن روسيا لن تتراجع؛ الرئيس الروسي فلاديمير بوتين أكد ذلك 2015 مرة",
            "قالَ الرّئيس الروسيّ كلاماً. قال الرئيس الروسي كلاما",
        ];
        let ix = index(&bodies);
        for norm in [false, true] {
            for n in 2..=6 {
                let level = if norm { Level::Normalized } else { Level::Surface };
                let rows = run(&ix, &NgramOptions { n, level, ..Default::default() });
                let got: BTreeMap<String, (u64, u64)> =
                    rows.iter().map(|r| (r.ngram.clone(), (r.freq, r.range))).collect();
                assert_eq!(got.len(), rows.len(), "duplicate rows for n={n}");
                assert_eq!(got, brute(&ix, n, norm), "n={n} normalized={norm}");
            }
        }
    }
}
