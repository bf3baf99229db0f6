//! KWIC concordance: each hit with the words before and after it, as byte ranges of
//! the original document (so the Reader can highlight the hit with its diacritics),
//! sortable by the 1st/2nd/3rd word before or after, or by document.

use std::ops::Range;

use serde::{Deserialize, Serialize};

use super::index::{CorpusIndex, Level, is_countable};
use super::query::Hit;

/// One concordance line: byte ranges in the body of document `doc`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KwicLine {
    pub doc: usize,
    pub hit: Hit,
    pub before: Range<usize>,
    pub matched: Range<usize>,
    pub after: Range<usize>,
}

impl KwicLine {
    /// The three texts, in logical (reading) order.
    pub fn texts<'a>(&self, body: &'a str) -> (&'a str, &'a str, &'a str) {
        let get = |r: &Range<usize>| body.get(r.clone()).unwrap_or("");
        (get(&self.before), get(&self.matched), get(&self.after))
    }
}

/// The line for `hit` with `words` countable tokens of context on each side, never
/// crossing into another paragraph (so never into another document).
pub fn line(index: &CorpusIndex, hit: Hit, words: usize) -> KwicLine {
    let doc = index.doc_of(hit.start);
    let paragraphs = index.paragraph_starts();
    let p = paragraphs.partition_point(|&s| s <= hit.start);
    let doc_span = index.doc_tokens(doc);
    let span_start = paragraphs.get(p.wrapping_sub(1)).copied().unwrap_or(doc_span.start).max(doc_span.start);
    let span_end = paragraphs.get(p).copied().unwrap_or(doc_span.end).min(doc_span.end);
    let span = span_start..span_end.max(hit.end());
    let last = hit.end().saturating_sub(1).max(hit.start);
    let mut first = hit.start;
    let mut seen = 0;
    while first > span.start && seen < words {
        first -= 1;
        if is_countable(index.kind(index.token(first))) {
            seen += 1;
        }
    }
    let mut end = last;
    let mut seen = 0;
    while end + 1 < span.end && seen < words {
        end += 1;
        if is_countable(index.kind(index.token(end))) {
            seen += 1;
        }
    }
    let hit_range = index.token_range(hit.start).start..index.token_range(last).end;
    let before = if first < hit.start {
        index.token_range(first).start..hit_range.start
    } else {
        hit_range.start..hit_range.start
    };
    let after =
        if end > last { hit_range.end..index.token_range(end).end } else { hit_range.end..hit_range.end };
    KwicLine { doc, hit, before, matched: hit_range, after }
}

/// How concordance lines are ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum SortKey {
    /// Corpus order.
    #[default]
    Position,
    /// By the n-th word before the hit (1 = nearest), then position.
    Before(u8),
    /// By the n-th word after the hit.
    After(u8),
    /// By document title, then position.
    Document,
}

/// The `n`-th countable token before (negative) or after (positive) a hit, at `level`.
fn neighbour(index: &CorpusIndex, hit: Hit, n: i32, level: Level) -> Option<&str> {
    let doc = index.doc_tokens(index.doc_of(hit.start));
    let mut pos = if n < 0 { hit.start as i64 } else { hit.end() as i64 - 1 };
    let step: i64 = if n < 0 { -1 } else { 1 };
    let mut left = n.unsigned_abs();
    while left > 0 {
        pos += step;
        if pos < doc.start as i64 || pos >= doc.end as i64 {
            return None;
        }
        if is_countable(index.kind(index.token(pos as u32))) {
            left -= 1;
        }
    }
    let t = index.token(pos as u32);
    Some(index.vocab(level).get(index.level_id(t, level)))
}

/// Sorts hits in place. Words are compared in their normalized form, so «أكد» and
/// «اكد» sort together.
pub fn sort_hits(index: &CorpusIndex, hits: &mut [Hit], key: SortKey) {
    let title = |h: &Hit| index.documents().get(index.doc_of(h.start)).map(|d| d.display_title().to_owned());
    match key {
        SortKey::Position => hits.sort_by_key(|h| h.start),
        SortKey::Document => hits.sort_by_cached_key(|h| (title(h), h.start)),
        SortKey::Before(n) | SortKey::After(n) => {
            let n = i32::from(n.max(1));
            let n = if matches!(key, SortKey::Before(_)) { -n } else { n };
            hits.sort_by_cached_key(|h| {
                (neighbour(index, *h, n, Level::Normalized).map(str::to_owned), h.start)
            });
        }
    }
}

/// The hits with a word of level id `id` (at `level`) within `left` words before or
/// `right` words after them, in the same document: the concordance of a collocation.
pub fn filter_near(
    index: &CorpusIndex,
    hits: &[Hit],
    level: Level,
    id: u32,
    left: usize,
    right: usize,
) -> Vec<Hit> {
    let near = |h: &Hit| {
        let doc = index.doc_tokens(index.doc_of(h.start));
        let matches = |p: u32| {
            let t = index.token(p);
            is_countable(index.kind(t)).then(|| index.level_id(t, level) == id)
        };
        let mut seen = 0;
        let mut p = h.start;
        while p > doc.start && seen < left {
            p -= 1;
            match matches(p) {
                Some(true) => return true,
                Some(false) => seen += 1,
                None => {}
            }
        }
        let mut seen = 0;
        let mut p = h.end();
        while p < doc.end && seen < right {
            match matches(p) {
                Some(true) => return true,
                Some(false) => seen += 1,
                None => {}
            }
            p += 1;
        }
        false
    };
    hits.iter().copied().filter(near).collect()
}

/// Hits per document, most first: (document, count).
pub fn per_document(index: &CorpusIndex, hits: &[Hit]) -> Vec<(usize, usize)> {
    let mut counts = vec![0usize; index.doc_count()];
    for h in hits {
        if let Some(c) = counts.get_mut(index.doc_of(h.start)) {
            *c += 1;
        }
    }
    let mut out: Vec<(usize, usize)> = counts.into_iter().enumerate().filter(|(_, c)| *c > 0).collect();
    out.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::index::tests::index;
    use crate::analysis::query::{Query, find};

    #[test]
    fn lines_keep_logical_order_and_stay_in_their_document() {
        let ix = index(&["قال الرئيس الروسي: «نحن مستعدون»، وأضاف.", "قال الوزير"]);
        let hits = find(&ix, &Query::new("الروسي", Level::Surface)).expect("query");
        let l = line(&ix, hits[0], 2);
        let body = &ix.documents()[l.doc].body;
        let (b, m, a) = l.texts(body);
        assert_eq!(b, "قال الرئيس ");
        assert_eq!(m, "الروسي");
        assert_eq!(a, ": «نحن مستعدون");
        let hits = find(&ix, &Query::new("قال", Level::Surface)).expect("query");
        let l = line(&ix, hits[1], 5);
        assert_eq!(l.doc, 1);
        assert_eq!(l.doc, 1);
        assert_eq!(l.texts(&ix.documents()[1].body), ("", "قال", " الوزير"));
    }

    #[test]
    fn near_keeps_hits_with_the_collocate_in_the_window() {
        let ix = index(&["قال الرئيس اليوم. قال الوزير إن الرئيس مريض. قال آخر"]);
        let hits = find(&ix, &Query::new("قال", Level::Surface)).expect("query");
        let t = ix.surface().id("الرئيس").expect("type");
        let id = ix.level_id(t, Level::Surface);
        let near = filter_near(&ix, &hits, Level::Surface, id, 0, 1);
        assert_eq!(near, vec![hits[0]]);
        let near = filter_near(&ix, &hits, Level::Surface, id, 0, 3);
        assert_eq!(near, vec![hits[0], hits[1]]);
        // Before the 2nd قال: اليوم, الرئيس (2 words); before the 3rd: مريض, الرئيس.
        assert_eq!(filter_near(&ix, &hits, Level::Surface, id, 2, 0), vec![hits[1], hits[2]]);
        assert_eq!(filter_near(&ix, &hits, Level::Surface, id, 1, 0), vec![]);
    }

    #[test]
    fn context_stays_in_its_paragraph() {
        let ix = index(&["نهاية الفقرة الأولى.\nقال الرئيس"]);
        let hits = find(&ix, &Query::new("قال", Level::Surface)).expect("query");
        let l = line(&ix, hits[0], 5);
        assert_eq!(l.texts(&ix.documents()[0].body), ("", "قال", " الرئيس"));
    }

    #[test]
    fn sort_by_word_before_and_after() {
        let ix = index(&["ب قال ج. أ قال ب. ج قال أ"]);
        let mut hits = find(&ix, &Query::new("قال", Level::Surface)).expect("query");
        sort_hits(&ix, &mut hits, SortKey::Before(1));
        let before: Vec<&str> = hits.iter().map(|h| ix.token_text(h.start - 1)).collect();
        assert_eq!(before, vec!["أ", "ب", "ج"]);
        sort_hits(&ix, &mut hits, SortKey::After(1));
        let after: Vec<&str> = hits.iter().map(|h| ix.token_text(h.start + 1)).collect();
        assert_eq!(after, vec!["أ", "ب", "ج"]);
        sort_hits(&ix, &mut hits, SortKey::Position);
        assert!(hits.windows(2).all(|w| w[0].start < w[1].start));
        assert_eq!(per_document(&ix, &hits), vec![(0, 3)]);
    }
}
