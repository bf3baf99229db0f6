//! Collocations of a node: the words found within a window around each occurrence of
//! the node, with association measures.
//!
//! The node is a set of surface types (from a query; [`node_types`] gives the types of
//! a word at a level). Around every node token, the window takes up to `left` words
//! before and `right` words after it, counting only countable tokens (punctuation and
//! symbols are skipped, they do not use up the window), never leaving the document,
//! and optionally never leaving the node's sentence. Node tokens inside a window use up
//! a slot but are never counted as collocates. Each (node occurrence, collocate token)
//! pair counts once, so overlapping windows count a word once per node occurrence
//! (as AntConc does).
//!
//! Measures, with `N` = words in the corpus ([`CorpusIndex::word_count`]), `f(n)` =
//! occurrences of the node, `f(c)` = occurrences of the collocate (at the level), `O` =
//! co-occurrences (left + right), `span = left + right`, `R1 = f(n)·span` (window slots):
//!
//! * expected `E = f(n)·f(c)·span / N` (= `R1·f(c)/N`)
//! * MI `= log2(O / E)` (Church & Hanks, with the window correction)
//! * MI3 `= log2(O³ / E)`
//! * t-score `= (O − E) / √O`
//! * log-likelihood (Dunning 1993) over the 2×2 table `O11 = O`, `O12 = R1 − O`,
//!   `O21 = f(c) − O`, `O22 = N − R1 − f(c) + O` (negative cells clamped to 0), with
//!   `Eij = Ri·Cj / N` from the margins `R1`, `R2 = N − R1`, `C1 = f(c)`, `C2 = N − f(c)`:
//!   `LL = 2·Σ Oij·ln(Oij/Eij)` (`0·ln 0 = 0`), given a negative sign when `O < E`
//!   (the pair repels), so sorting by LL puts the strongest attractions first.
//! * logDice (Rychlý 2008) `= 14 + log2(2·O / (f(n) + f(c)))`.

use std::cmp::Ordering;

use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};

use super::index::{CorpusIndex, Level, is_countable, query_form};

/// How the collocate table is sorted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Measure {
    /// Total co-occurrence frequency.
    Freq,
    /// Co-occurrences to the left of the node.
    FreqLeft,
    /// Co-occurrences to the right of the node.
    FreqRight,
    /// Mutual information.
    Mi,
    /// MI cubed.
    Mi3,
    /// t-score.
    T,
    /// Signed log-likelihood.
    Ll,
    /// logDice.
    LogDice,
}

/// Window and filters.
#[derive(Debug, Clone, PartialEq)]
pub struct CollocationOptions {
    /// Words before the node (default 5).
    pub left: usize,
    /// Words after the node (default 5).
    pub right: usize,
    /// The level at which collocates are counted.
    pub level: Level,
    /// Keep collocates co-occurring at least this often (default 1).
    pub min_freq: u64,
    /// May a window reach into the previous/next sentence? (default true, as AntConc)
    pub cross_sentences: bool,
    /// The order of the rows (descending).
    pub sort: Measure,
}

impl Default for CollocationOptions {
    fn default() -> Self {
        CollocationOptions {
            left: 5,
            right: 5,
            level: Level::Surface,
            min_freq: 1,
            cross_sentences: true,
            sort: Measure::Ll,
        }
    }
}

/// One collocate.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CollocateRow {
    /// The collocate's form at the level.
    pub collocate: String,
    /// Its id in [`CorpusIndex::vocab`] at the level (to look up its KWIC).
    pub level_id: u32,
    /// Co-occurrences to the left of the node (before it in reading order).
    pub freq_left: u64,
    /// Co-occurrences to the right of the node (after it in reading order).
    pub freq_right: u64,
    /// `freq_left + freq_right`.
    pub freq: u64,
    /// Occurrences of the collocate in the corpus.
    pub collocate_freq: u64,
    /// Mutual information, `log2(O/E)`.
    pub mi: f64,
    /// MI3, `log2(O³/E)`.
    pub mi3: f64,
    /// t-score, `(O − E)/√O`.
    pub t_score: f64,
    /// Signed log-likelihood (negative when `O < E`).
    pub log_likelihood: f64,
    /// logDice, `14 + log2(2·O/(f(n) + f(c)))`.
    pub log_dice: f64,
}

impl CollocateRow {
    /// The value of `m` for this row.
    pub fn value(&self, m: Measure) -> f64 {
        match m {
            Measure::Freq => self.freq as f64,
            Measure::FreqLeft => self.freq_left as f64,
            Measure::FreqRight => self.freq_right as f64,
            Measure::Mi => self.mi,
            Measure::Mi3 => self.mi3,
            Measure::T => self.t_score,
            Measure::Ll => self.log_likelihood,
            Measure::LogDice => self.log_dice,
        }
    }
}

/// The result: the node's frequency and the collocates.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Collocations {
    /// Occurrences of the node, `f(n)`.
    pub node_freq: u64,
    /// Words in the corpus, `N`.
    pub corpus_words: u64,
    /// The collocates, sorted by [`CollocationOptions::sort`].
    pub rows: Vec<CollocateRow>,
}

/// The surface types whose form at `level` equals `word`'s (see [`query_form`]).
pub fn node_types(index: &CorpusIndex, word: &str, level: Level) -> Vec<u32> {
    let Some(id) = index.vocab(level).id(&query_form(word.trim(), level)) else {
        return Vec::new();
    };
    (0..index.type_count() as u32).filter(|&t| index.level_id(t, level) == id).collect()
}

/// Association scores of one pair (see the module documentation for the formulas).
/// Returns `(MI, MI3, t-score, signed LL, logDice)`.
pub fn scores(o: f64, node_freq: f64, coll_freq: f64, span: f64, n: f64) -> (f64, f64, f64, f64, f64) {
    let r1 = node_freq * span;
    let e = if n > 0.0 { r1 * coll_freq / n } else { 0.0 };
    let (mi, mi3) =
        if o > 0.0 && e > 0.0 { ((o / e).log2(), (o * o * o / e).log2()) } else { (f64::NAN, f64::NAN) };
    let t = if o > 0.0 { (o - e) / o.sqrt() } else { 0.0 };
    let ll = log_likelihood_2x2(o, r1, coll_freq, n);
    let ll = if o < e { -ll } else { ll };
    let denom = node_freq + coll_freq;
    let log_dice = if o > 0.0 && denom > 0.0 { 14.0 + (2.0 * o / denom).log2() } else { f64::NAN };
    (mi, mi3, t, ll, log_dice)
}

/// Dunning's G² for a 2×2 table given `O11`, the first row total `r1`, the first column
/// total `c1` and the grand total `n`; negative cells are clamped to 0. Always ≥ 0.
pub fn log_likelihood_2x2(o11: f64, r1: f64, c1: f64, n: f64) -> f64 {
    if n <= 0.0 {
        return 0.0;
    }
    let r1 = r1.min(n);
    let c1 = c1.min(n);
    let r2 = n - r1;
    let c2 = n - c1;
    let cells = [
        (o11, r1 * c1 / n),
        ((r1 - o11).max(0.0), r1 * c2 / n),
        ((c1 - o11).max(0.0), r2 * c1 / n),
        ((n - r1 - c1 + o11).max(0.0), r2 * c2 / n),
    ];
    let sum: f64 = cells.iter().map(|&(o, e)| if o > 0.0 && e > 0.0 { o * (o / e).ln() } else { 0.0 }).sum();
    (2.0 * sum).max(0.0)
}

/// Collocates of the node `node` (surface type ids) in `index` (see the module
/// documentation). Non-countable node types are ignored.
pub fn collocations(index: &CorpusIndex, node: &[u32], opts: &CollocationOptions) -> Collocations {
    let n_types = index.type_count();
    let mut is_node = vec![false; n_types];
    for &t in node {
        if let Some(slot) = is_node.get_mut(t as usize) {
            *slot = is_countable(index.kind(t));
        }
    }
    let tokens = index.tokens();
    let sentences = index.sentence_starts();
    let countable = |t: u32| is_countable(index.kind(t));
    // Co-occurrence counts per collocate level id: (left, right).
    let mut counts: FxHashMap<u32, (u64, u64)> = FxHashMap::default();
    let mut node_freq = 0u64;
    let mut nodes: Vec<u32> =
        is_node.iter().enumerate().filter(|(_, n)| **n).map(|(t, _)| t as u32).collect();
    nodes.sort_unstable();
    for &t in &nodes {
        for &pos in index.postings(t) {
            node_freq += 1;
            let doc = index.doc_tokens(index.doc_of(pos));
            let (lo, hi) = if opts.cross_sentences {
                (doc.start, doc.end)
            } else {
                let i = sentences.partition_point(|&s| s <= pos);
                let start = if i > 0 { sentences[i - 1] } else { doc.start };
                let end = sentences.get(i).copied().unwrap_or(doc.end);
                (start.max(doc.start), end.min(doc.end))
            };
            // Left.
            let mut q = pos;
            let mut seen = 0;
            while seen < opts.left && q > lo {
                q -= 1;
                let ty = tokens[q as usize];
                if !countable(ty) {
                    continue;
                }
                seen += 1;
                if !is_node[ty as usize] {
                    counts.entry(index.level_id(ty, opts.level)).or_default().0 += 1;
                }
            }
            // Right.
            let mut q = pos + 1;
            let mut seen = 0;
            while seen < opts.right && q < hi {
                let ty = tokens[q as usize];
                q += 1;
                if !countable(ty) {
                    continue;
                }
                seen += 1;
                if !is_node[ty as usize] {
                    counts.entry(index.level_id(ty, opts.level)).or_default().1 += 1;
                }
            }
        }
    }
    let counts: Vec<(u32, (u64, u64))> =
        counts.into_iter().filter(|(_, (l, r))| l + r >= opts.min_freq.max(1)).collect();
    // Frequencies of the collocates at the level: sum the postings of their surface types.
    let mut level_freq: FxHashMap<u32, u64> = counts.iter().map(|&(id, _)| (id, 0)).collect();
    for t in 0..n_types as u32 {
        if !countable(t) {
            continue;
        }
        if let Some(f) = level_freq.get_mut(&index.level_id(t, opts.level)) {
            *f += index.postings(t).len() as u64;
        }
    }
    let n = index.word_count() as f64;
    let span = (opts.left + opts.right) as f64;
    let vocab = index.vocab(opts.level);
    let mut rows: Vec<CollocateRow> = counts
        .into_iter()
        .map(|(id, (l, r))| {
            let cf = level_freq.get(&id).copied().unwrap_or(0);
            let o = (l + r) as f64;
            let (mi, mi3, t_score, log_likelihood, log_dice) =
                scores(o, node_freq as f64, cf as f64, span, n);
            CollocateRow {
                collocate: vocab.get(id).to_owned(),
                level_id: id,
                freq_left: l,
                freq_right: r,
                freq: l + r,
                collocate_freq: cf,
                mi,
                mi3,
                t_score,
                log_likelihood,
                log_dice,
            }
        })
        .collect();
    sort_rows(&mut rows, opts.sort);
    Collocations { node_freq, corpus_words: index.word_count(), rows }
}

/// Sorts rows by `m`, descending (NaN last), then by frequency, then by collocate.
pub fn sort_rows(rows: &mut [CollocateRow], m: Measure) {
    rows.sort_by(|a, b| {
        let (x, y) = (a.value(m), b.value(m));
        let by_value = match (x.is_nan(), y.is_nan()) {
            (true, true) => Ordering::Equal,
            (true, false) => Ordering::Greater,
            (false, true) => Ordering::Less,
            (false, false) => y.total_cmp(&x),
        };
        by_value.then_with(|| b.freq.cmp(&a.freq)).then_with(|| a.collocate.cmp(&b.collocate))
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::index::tests::index;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9 * b.abs().max(1.0)
    }

    #[test]
    fn window_counts_by_hand() {
        // Node قال. Window 2/2.
        // doc 0: قال الرئيس إن الحرب انتهت. قال الوزير
        // doc 1: أمس قال ، الرئيس
        let ix = index(&["قال الرئيس إن الحرب انتهت. قال الوزير", "أمس قال ، الرئيس"]);
        let node = node_types(&ix, "قال", Level::Surface);
        assert_eq!(node.len(), 1);
        let opts = CollocationOptions { left: 2, right: 2, sort: Measure::Freq, ..Default::default() };
        let c = collocations(&ix, &node, &opts);
        assert_eq!(c.node_freq, 3);
        let get = |c: &Collocations, w: &str| {
            c.rows.iter().find(|r| r.collocate == w).map(|r| (r.freq_left, r.freq_right, r.collocate_freq))
        };
        // الرئيس: right of node 1 (doc 0) and right of node 3 (doc 1, the comma is skipped).
        assert_eq!(get(&c, "الرئيس"), Some((0, 2, 2)));
        assert_eq!(get(&c, "إن"), Some((0, 1, 1)));
        // انتهت is left of the second قال (crossing the sentence end is allowed).
        assert_eq!(get(&c, "انتهت"), Some((1, 0, 1)));
        assert_eq!(get(&c, "الحرب"), Some((1, 0, 1)));
        assert_eq!(get(&c, "الوزير"), Some((0, 1, 1)));
        assert_eq!(get(&c, "أمس"), Some((1, 0, 1)));
        // Windows stay in the document: nothing from doc 0 reaches doc 1.
        assert_eq!(c.rows.iter().map(|r| r.freq).sum::<u64>(), 2 + 1 + 1 + 1 + 1 + 1);
        // The node itself is not a collocate.
        assert!(get(&c, "قال").is_none());

        let within = collocations(&ix, &node, &CollocationOptions { cross_sentences: false, ..opts.clone() });
        assert_eq!(get(&within, "انتهت"), None);
        assert_eq!(get(&within, "الحرب"), None);
        assert_eq!(get(&within, "الرئيس"), Some((0, 2, 2)));

        let frequent = collocations(&ix, &node, &CollocationOptions { min_freq: 2, ..opts });
        assert_eq!(frequent.rows.len(), 1);
    }

    #[test]
    fn one_score_by_hand() {
        // Corpus of 10 words, node أ, collocate ب, window 1/1 (span 2):
        //   أ ب ج د ه أ ب و ب ز
        // node at 0 → right ب; node at 5 → left ه, right ب. So O(ب) = 2, f(ب) = 3.
        let ix = index(&["أ ب ج د ه أ ب و ب ز"]);
        assert_eq!(ix.word_count(), 10);
        let node = node_types(&ix, "أ", Level::Surface);
        let c = collocations(&ix, &node, &CollocationOptions { left: 1, right: 1, ..Default::default() });
        let row = c.rows.iter().find(|r| r.collocate == "ب").cloned();
        let Some(row) = row else { panic!("ب is a collocate") };
        assert_eq!((row.freq_left, row.freq_right, row.collocate_freq), (0, 2, 3));
        // N = 10, f(n) = 2, f(c) = 3, O = 2, span = 2.
        // E = 2·3·2/10 = 1.2
        // MI = log2(2/1.2) = 0.736965594166206
        // MI3 = log2(8/1.2) = 2.736965594166206
        // t = (2 − 1.2)/√2 = 0.565685424949238
        // logDice = 14 + log2(4/5) = 13.678071905112638
        // 2×2: R1 = 4, C1 = 3, O11 = 2, O12 = 2, O21 = 1, O22 = 5
        //      E11 = 1.2, E12 = 2.8, E21 = 1.8, E22 = 4.2
        // LL = 2·(2 ln(2/1.2) + 2 ln(2/2.8) + 1 ln(1/1.8) + 5 ln(5/4.2))
        //    = 2·(1.021651248 − 0.672944473 − 0.587786665 + 0.871766936) = 1.265374090
        assert!(close(row.mi, 0.736965594166206), "{}", row.mi);
        assert!(close(row.mi3, 2.736965594166206), "{}", row.mi3);
        assert!(close(row.t_score, 0.565685424949238), "{}", row.t_score);
        assert!(close(row.log_dice, 13.678071905112638), "{}", row.log_dice);
        assert!((row.log_likelihood - 1.265374090).abs() < 1e-8, "{}", row.log_likelihood);
        // ج never co-occurs and is not listed.
        assert!(c.rows.iter().all(|r| r.collocate != "ج"));
    }

    #[test]
    fn repulsion_has_negative_ll_and_sorting() {
        let (_, _, _, ll, _) = scores(1.0, 10.0, 50.0, 10.0, 1000.0);
        // E = 10·50·10/1000 = 5 > O = 1.
        assert!(ll < 0.0);
        let mut rows = vec![
            CollocateRow {
                collocate: "a".into(),
                level_id: 0,
                freq_left: 1,
                freq_right: 0,
                freq: 1,
                collocate_freq: 1,
                mi: 1.0,
                mi3: 0.0,
                t_score: 0.0,
                log_likelihood: -3.0,
                log_dice: f64::NAN,
            },
            CollocateRow {
                collocate: "b".into(),
                level_id: 1,
                freq_left: 0,
                freq_right: 5,
                freq: 5,
                collocate_freq: 5,
                mi: 0.5,
                mi3: 2.0,
                t_score: 1.0,
                log_likelihood: 2.0,
                log_dice: 10.0,
            },
        ];
        sort_rows(&mut rows, Measure::Mi);
        assert_eq!(rows[0].collocate, "a");
        sort_rows(&mut rows, Measure::Ll);
        assert_eq!(rows[0].collocate, "b");
        sort_rows(&mut rows, Measure::LogDice);
        assert_eq!(rows[0].collocate, "b");
        sort_rows(&mut rows, Measure::FreqLeft);
        assert_eq!(rows[0].collocate, "a");
    }

    #[test]
    fn normalized_level_and_node_matching() {
        let ix = index(&["قالَ الرئيسُ", "قال الرئيس", "قالت الرئيسة"]);
        assert_eq!(node_types(&ix, "قال", Level::Surface).len(), 1);
        let node = node_types(&ix, "قال", Level::Normalized);
        assert_eq!(node.len(), 2);
        let c =
            collocations(&ix, &node, &CollocationOptions { level: Level::Normalized, ..Default::default() });
        assert_eq!(c.node_freq, 2);
        let r = c.rows.iter().find(|r| r.collocate == "الرئيس").map(|r| (r.freq, r.collocate_freq));
        assert_eq!(r, Some((2, 2)));
        assert!(node_types(&ix, "غائب", Level::Surface).is_empty());
        assert!(collocations(&ix, &[], &CollocationOptions::default()).rows.is_empty());
    }
}
