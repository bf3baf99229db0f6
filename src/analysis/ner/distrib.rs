//! Distributional word classes from unlabelled news text: for each frequent word type,
//! its most frequent left and right neighbours among the most frequent words.
//!
//! ANERcorp is small (125k training tokens); a name it never saw is still often seen in a
//! large news corpus after the same words as known names (الرئيس …, قال …). These two
//! "signatures" act like coarse word clusters (Clark 2003; Ratinov & Roth 2009 show the
//! gain of cluster features for NER). `khabar train-ner --ant DIR` builds them from ANT
//! v2.1; the model ships them as (word hash, left id, right id) triples.

use rustc_hash::FxHashMap;

use super::features::{NER_NORMALIZATION, fnv};
use crate::text::normalize::normalize_into;
use crate::text::tokenize::tokenize;

/// Number of context words (the most frequent normalized words).
const CONTEXTS: usize = 400;
/// A word type needs this many occurrences to get a signature.
const MIN_COUNT: u32 = 3;

/// Signatures by word hash: (left context id, right context id); id CONTEXTS = other.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Distrib {
    pub(crate) map: FxHashMap<u64, (u16, u16)>,
}

impl Distrib {
    /// Number of word types with a signature.
    pub fn len(&self) -> usize {
        self.map.len()
    }

    /// Is it empty?
    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    /// The signature of the first of `keys` that has one.
    pub(crate) fn get(&self, keys: &[u64]) -> Option<(u16, u16)> {
        keys.iter().find_map(|k| self.map.get(k).copied())
    }

    /// Builds the signatures from texts (article bodies). Deterministic: ties are broken
    /// by hash value.
    pub fn build<'a>(texts: impl IntoIterator<Item = &'a str>) -> Distrib {
        // Pass over the texts once, keeping the word-hash sequence per text.
        let mut seqs: Vec<Vec<u64>> = Vec::new();
        let mut counts: FxHashMap<u64, u32> = FxHashMap::default();
        let mut buf = String::new();
        for text in texts {
            let mut seq = Vec::new();
            for t in tokenize(text) {
                normalize_into(t.text(text), &NER_NORMALIZATION, &mut buf);
                let h = fnv(buf.as_bytes());
                *counts.entry(h).or_insert(0) += 1;
                seq.push(h);
            }
            seqs.push(seq);
        }
        let mut top: Vec<(u64, u32)> = counts.iter().map(|(h, c)| (*h, *c)).collect();
        top.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        let ctx: FxHashMap<u64, u16> =
            top.iter().take(CONTEXTS).enumerate().map(|(i, (h, _))| (*h, i as u16)).collect();
        let other = CONTEXTS as u16;
        let mut left: FxHashMap<u64, FxHashMap<u16, u32>> = FxHashMap::default();
        let mut right: FxHashMap<u64, FxHashMap<u16, u32>> = FxHashMap::default();
        for seq in &seqs {
            for (i, h) in seq.iter().enumerate() {
                if counts.get(h).copied().unwrap_or(0) < MIN_COUNT {
                    continue;
                }
                let l = i
                    .checked_sub(1)
                    .and_then(|j| seq.get(j))
                    .map_or(other, |p| ctx.get(p).copied().unwrap_or(other));
                let r = seq.get(i + 1).map_or(other, |n| ctx.get(n).copied().unwrap_or(other));
                *left.entry(*h).or_default().entry(l).or_insert(0) += 1;
                *right.entry(*h).or_default().entry(r).or_insert(0) += 1;
            }
        }
        let best = |m: &FxHashMap<u16, u32>| {
            m.iter()
                .filter(|(id, _)| **id != other)
                .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
                .map_or(other, |(id, _)| *id)
        };
        let map = left.iter().filter_map(|(h, l)| Some((*h, (best(l), best(right.get(h)?))))).collect();
        Distrib { map }
    }
}
