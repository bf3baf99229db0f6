//! Corpus tag priors: how a first-stage model tagged each word type across a large
//! unlabelled news corpus (ANT v2.1).
//!
//! ANERcorp is small (125k training tokens) and most names of a new article are not in
//! it; but a large news corpus shows the same name many times, often in a context the
//! model reads easily («الرئيس الروسي فلاديمير بوتين»). Tagging that corpus once and
//! keeping, per word type, the share of its occurrences tagged as each entity type turns
//! those easy contexts into evidence for the hard ones — the "prediction history" of
//! Ratinov & Roth (2009), aggregated over a corpus instead of one document.
//!
//! To train the second stage on priors that look like the ones it will meet on new
//! text, the priors of each training fold come from a first-stage model that did not
//! see that fold (stacking); see [`super::NerModel::train_stacked`].

use rayon::prelude::*;
use rustc_hash::FxHashMap;

use super::eval::ends_sentence;
use super::features::{NER_NORMALIZATION, fnv};
use super::{N_TAGS, NerModel, Tag};
use crate::text::normalize::normalize_into;
use crate::text::tokenize::tokenize;

/// A word type needs this many occurrences in the corpus to get a prior.
const MIN_COUNT: u32 = 2;
/// Sentences longer than this many tokens are cut (titles and lists without a full stop).
const MAX_SENTENCE: usize = 120;

/// The tag prior of one word type: the share of its occurrences tagged as each entity
/// type, in fifths (`0..=5`, rounded down), the share of those that continue an entity
/// (I-) rather than begin one, in fifths, and log₂ of its count.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct WordPrior {
    /// Per [`super::EntityType::ALL`] type.
    pub share: [u8; 4],
    pub inside: u8,
    pub log_count: u8,
}

impl WordPrior {
    fn pack(self) -> u64 {
        let mut v = 0u64;
        for s in self.share {
            v = (v << 3) | u64::from(s);
        }
        (((v << 3) | u64::from(self.inside)) << 5) | u64::from(self.log_count)
    }

    fn unpack(mut v: u64) -> Option<WordPrior> {
        let log_count = (v & 31) as u8;
        v >>= 5;
        let inside = (v & 7) as u8;
        v >>= 3;
        let mut share = [0u8; 4];
        for s in share.iter_mut().rev() {
            *s = (v & 7) as u8;
            v >>= 3;
        }
        let ok = v == 0 && inside <= 5 && share.iter().all(|s| *s <= 5);
        ok.then_some(WordPrior { share, inside, log_count })
    }

    /// The type with the largest share, if any share is at least a fifth.
    pub fn main_type(self) -> Option<(usize, u8)> {
        main_share(&self.share)
    }
}

/// The type (index) with the largest share in `share` (the first on ties) and that
/// share, if it is not zero.
pub(crate) fn main_share(share: &[u8; 4]) -> Option<(usize, u8)> {
    let (t, s) = share.iter().enumerate().max_by_key(|(i, s)| (**s, usize::MAX - i))?;
    (*s > 0).then_some((t, *s))
}

/// Tag priors by normalized word hash.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Prior {
    pub(crate) map: FxHashMap<u64, WordPrior>,
}

impl Prior {
    /// Number of word types with a prior.
    pub fn len(&self) -> usize {
        self.map.len()
    }

    /// Is it empty (no prior features fire)?
    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    /// The prior of the first of `keys` that has one.
    pub(crate) fn get(&self, keys: &[u64]) -> Option<WordPrior> {
        keys.iter().find_map(|k| self.map.get(k).copied())
    }

    /// Tags `texts` (article bodies) with `model` and keeps, per word type seen at least
    /// `MIN_COUNT` (2) times with some entity tag, its prior. Deterministic (counts do not
    /// depend on the order the threads finish in).
    pub fn build(model: &NerModel, texts: &[&str]) -> Prior {
        let counts = texts
            .par_iter()
            .fold(FxHashMap::<u64, [u32; N_TAGS]>::default, |mut acc, text| {
                count_text(model, text, &mut acc);
                acc
            })
            .reduce(FxHashMap::default, |mut a, b| {
                for (h, c) in b {
                    let e = a.entry(h).or_insert([0; N_TAGS]);
                    e.iter_mut().zip(c).for_each(|(x, y)| *x += y);
                }
                a
            });
        let map = counts
            .into_iter()
            .filter_map(|(h, c)| {
                let total: u32 = c.iter().sum();
                let entity = total - c[0];
                if total < MIN_COUNT || entity == 0 {
                    return None;
                }
                let fifths = |n: u32| ((u64::from(n) * 5) / u64::from(total.max(1))) as u8;
                let mut share = [0u8; 4];
                let mut inside = 0u32;
                for (t, s) in share.iter_mut().enumerate() {
                    let (b, i) = (c[1 + 2 * t], c[2 + 2 * t]);
                    *s = fifths(b + i);
                    inside += i;
                }
                let inside = ((u64::from(inside) * 5) / u64::from(entity)) as u8;
                let p = WordPrior { share, inside, log_count: total.ilog2().min(31) as u8 };
                Some((h, p))
            })
            .collect();
        Prior { map }
    }

    /// The priors as sorted `(hash, packed)` pairs (for the model file).
    pub(crate) fn packed(&self) -> Vec<(u64, u64)> {
        let mut v: Vec<(u64, u64)> = self.map.iter().map(|(h, p)| (*h, p.pack())).collect();
        v.sort_unstable();
        v
    }

    /// Adds a packed entry read from a model file; `false` if it is malformed.
    pub(crate) fn insert_packed(&mut self, hash: u64, packed: u64) -> bool {
        match WordPrior::unpack(packed) {
            Some(p) => {
                self.map.insert(hash, p);
                true
            }
            None => false,
        }
    }
}

/// Tags the sentences of `text` and counts the tags of each normalized word.
fn count_text(model: &NerModel, text: &str, acc: &mut FxHashMap<u64, [u32; N_TAGS]>) {
    let toks: Vec<&str> = tokenize(text).map(|t| t.text(text)).collect();
    let mut buf = String::new();
    let mut s = 0;
    while s < toks.len() {
        let mut e = s;
        while e < toks.len() && e - s < MAX_SENTENCE {
            e += 1;
            if ends_sentence(toks[e - 1]) {
                break;
            }
        }
        let sent = &toks[s..e];
        for (w, tag) in sent.iter().zip(model.tag(sent)) {
            normalize_into(w, &NER_NORMALIZATION, &mut buf);
            let c = acc.entry(fnv(buf.as_bytes())).or_insert([0; N_TAGS]);
            c[Tag::index(tag)] += 1;
        }
        s = e;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packing_round_trips() {
        let p = WordPrior { share: [5, 0, 3, 1], inside: 2, log_count: 17 };
        assert_eq!(WordPrior::unpack(p.pack()), Some(p));
        assert_eq!(WordPrior::unpack(u64::MAX), None);
        assert_eq!(p.main_type(), Some((0, 5)));
        assert_eq!(WordPrior::default().main_type(), None);
    }
}
