//! Frequency lists at any level (surface, normalized, light stem, ISRI stem, root):
//! rank, item, frequency, per million words, range (documents containing it).

use regex::Regex;
use serde::{Deserialize, Serialize};

use super::index::{CorpusIndex, Level, is_countable};
use crate::text::tokenize::TokenKind;

/// Which items a frequency list keeps.
#[derive(Debug, Clone, Default)]
pub struct FreqOptions {
    pub min_freq: u64,
    /// Leave out stopwords (judged on each item's most frequent spelling).
    pub exclude_stopwords: bool,
    /// Only words in Arabic script.
    pub arabic_only: bool,
    /// Keep items matching this expression (anywhere in the item).
    pub pattern: Option<Regex>,
    /// Count only these documents (a mask over the index's documents).
    pub documents: Option<Vec<bool>>,
}

/// One row of a frequency list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FreqRow {
    /// Id of the item in the level's vocabulary.
    pub id: u32,
    pub item: String,
    pub freq: u64,
    /// Documents containing the item.
    pub range: u32,
}

/// A frequency list and the size of what was counted.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct FreqList {
    pub level: Option<Level>,
    pub rows: Vec<FreqRow>,
    /// Words counted (the denominator of "per million").
    pub total_words: u64,
    pub documents: usize,
}

impl FreqList {
    pub fn per_million(&self, row: &FreqRow) -> f64 {
        if self.total_words == 0 { 0.0 } else { row.freq as f64 * 1e6 / self.total_words as f64 }
    }
}

/// Counts every countable token at `level`, most frequent first (ties by item).
pub fn frequency_list(
    index: &CorpusIndex,
    level: Level,
    opts: &FreqOptions,
    is_stopword: &dyn Fn(&str) -> bool,
) -> FreqList {
    let n_items = index.vocab(level).len();
    let mut freq = vec![0u64; n_items];
    let mut range = vec![0u32; n_items];
    let mut last_doc = vec![u32::MAX; n_items];
    // Per surface type: its level id, or MAX when the type is left out.
    let keep: Vec<u32> = (0..index.type_count() as u32)
        .map(|t| {
            let kind = index.kind(t);
            let ok = is_countable(kind) && (!opts.arabic_only || kind == TokenKind::ArabicWord);
            if ok { index.level_id(t, level) } else { u32::MAX }
        })
        .collect();
    let mut total = 0u64;
    let mut docs = 0usize;
    for d in 0..index.doc_count() {
        if opts.documents.as_ref().is_some_and(|m| !m.get(d).copied().unwrap_or(false)) {
            continue;
        }
        docs += 1;
        for p in index.doc_tokens(d) {
            let t = index.token(p);
            if is_countable(index.kind(t)) {
                total += 1;
            }
            let id = keep[t as usize];
            if id == u32::MAX {
                continue;
            }
            freq[id as usize] += 1;
            if last_doc[id as usize] != d as u32 {
                last_doc[id as usize] = d as u32;
                range[id as usize] += 1;
            }
        }
    }
    let vocab = index.vocab(level);
    // A level item is a stopword when its most frequent spelling is: the stopword
    // test normalizes as it needs to.
    let mut spelling = vec![u32::MAX; if opts.exclude_stopwords { n_items } else { 0 }];
    if opts.exclude_stopwords {
        for t in 0..index.type_count() as u32 {
            let id = index.level_id(t, level) as usize;
            let best = spelling[id];
            if best == u32::MAX || index.postings(t).len() > index.postings(best).len() {
                spelling[id] = t;
            }
        }
    }
    let mut rows: Vec<FreqRow> = (0..n_items)
        .filter(|&i| freq[i] > 0 && freq[i] >= opts.min_freq)
        .filter(|&i| !opts.exclude_stopwords || !is_stopword(index.surface().get(spelling[i])))
        .filter(|&i| opts.pattern.as_ref().is_none_or(|re| re.is_match(vocab.get(i as u32))))
        .map(|i| FreqRow {
            id: i as u32,
            item: vocab.get(i as u32).to_owned(),
            freq: freq[i],
            range: range[i],
        })
        .collect();
    rows.sort_by(|a, b| b.freq.cmp(&a.freq).then_with(|| a.item.cmp(&b.item)));
    FreqList { level: Some(level), rows, total_words: total, documents: docs }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::index::tests::index;

    fn no_stop(_: &str) -> bool {
        false
    }

    #[test]
    fn counts_frequency_and_range_like_a_plain_count() {
        let bodies = ["قال الرئيس: قال.", "قالَ الوزير إن الرئيس G20", "2015 الرئيس"];
        let ix = index(&bodies);
        let list = frequency_list(&ix, Level::Surface, &FreqOptions::default(), &no_stop);
        let get = |w: &str| list.rows.iter().find(|r| r.item == w).map(|r| (r.freq, r.range));
        assert_eq!(get("الرئيس"), Some((3, 3)));
        assert_eq!(get("قال"), Some((2, 1)));
        assert_eq!(get(":"), None, "punctuation is not counted");
        assert_eq!(list.rows[0].item, "الرئيس");
        // قال + قالَ at the normalized level.
        let norm = frequency_list(&ix, Level::Normalized, &FreqOptions::default(), &no_stop);
        assert_eq!(norm.rows.iter().find(|r| r.item == "قال").map(|r| (r.freq, r.range)), Some((3, 2)));
        // 10 countable tokens: قال الرئيس قال | قالَ الوزير إن الرئيس G20 | 2015 الرئيس
        assert_eq!(list.total_words, 10);
        assert!((list.per_million(&list.rows[0]) - 300_000.0).abs() < 1e-6);
    }

    #[test]
    fn filters() {
        let ix = index(&["قال الرئيس إن G20 في 2015", "في الرئيس"]);
        let arabic = FreqOptions { arabic_only: true, ..Default::default() };
        let l = frequency_list(&ix, Level::Surface, &arabic, &no_stop);
        assert!(l.rows.iter().all(|r| r.item != "G20" && r.item != "2015"));
        let stop = FreqOptions { exclude_stopwords: true, ..Default::default() };
        let l = frequency_list(&ix, Level::Surface, &stop, &|w| w == "في" || w == "إن");
        assert!(l.rows.iter().all(|r| r.item != "في" && r.item != "إن"));
        let min = FreqOptions { min_freq: 2, ..Default::default() };
        let l = frequency_list(&ix, Level::Surface, &min, &no_stop);
        let items: Vec<&str> = l.rows.iter().map(|r| r.item.as_str()).collect();
        assert_eq!(items, vec!["الرئيس", "في"]);
        let re = FreqOptions { pattern: Regex::new("^ال").ok(), ..Default::default() };
        assert_eq!(frequency_list(&ix, Level::Surface, &re, &no_stop).rows.len(), 1);
        let sub = FreqOptions { documents: Some(vec![false, true]), ..Default::default() };
        let l = frequency_list(&ix, Level::Surface, &sub, &no_stop);
        assert_eq!(l.total_words, 2);
        assert_eq!(l.documents, 1);
    }
}
