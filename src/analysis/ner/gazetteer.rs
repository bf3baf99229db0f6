//! Gazetteers (lists of person, location and organization names) as sets of hashes.
//!
//! The model is trained with the ANERGazet lists (Benajiba et al.; free for research) as
//! features. A model needs only to know whether a (normalized) word sequence is on a list,
//! so it ships the 64-bit FNV hashes of the entries, not the lists themselves.

use std::path::Path;

use rustc_hash::FxHashSet;

use super::features::{NER_NORMALIZATION, WordInfo, fnv};
use crate::text::normalize::normalize;

/// The gazetteer types, in bit order: person = 1, location = 2, organization = 4.
pub(crate) const GAZ_TYPES: usize = 3;

/// The file names of the ANERGazet lists, in `GAZ_TYPES` order (person, location, organization).
pub const ANERGAZET_FILES: [&str; 3] =
    ["AlignedPersGazetteer.txt", "AlignedLocGazetteer.txt", "AlignedOrgGazetteer.txt"];

/// Longest entry, in words, that is matched.
const MAX_WORDS: usize = 6;

/// Hashed gazetteer entries, one set per type.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Gazetteer {
    pub(crate) sets: [FxHashSet<u64>; GAZ_TYPES],
    /// The longest entry in words (at most 6).
    pub(crate) max_words: usize,
}

/// Which gazetteer spans start (`b`) or continue (`i`) at a token, as type bit masks.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct GazMatch {
    pub b: u8,
    pub i: u8,
}

impl GazMatch {
    pub fn code(self) -> u64 {
        u64::from(self.b) | (u64::from(self.i) << 4)
    }
}

/// Continues an FNV-1a hash with `bytes`.
fn fnv_more(mut h: u64, bytes: &[u8]) -> u64 {
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

impl Gazetteer {
    /// An empty gazetteer (no gazetteer features fire).
    pub fn new() -> Self {
        Self::default()
    }

    /// Builds a gazetteer from three lists (persons, locations, organizations), one
    /// entry per line; lines without a letter (separators like `====`) are skipped.
    pub fn from_lists(persons: &str, locations: &str, organizations: &str) -> Self {
        let mut g = Gazetteer::default();
        for (t, list) in [persons, locations, organizations].into_iter().enumerate() {
            for line in list.lines() {
                g.insert(t, line);
            }
        }
        g
    }

    /// Reads the ANERGazet files ([`ANERGAZET_FILES`]) from `dir`.
    pub fn from_dir(dir: &Path) -> std::io::Result<Self> {
        let read = |name: &str| std::fs::read_to_string(dir.join(name));
        Ok(Self::from_lists(
            &read(ANERGAZET_FILES[0])?,
            &read(ANERGAZET_FILES[1])?,
            &read(ANERGAZET_FILES[2])?,
        ))
    }

    /// Adds the curated lists of [`super::lexicon`] (organizations and persons missing
    /// from ANERGazet): [`super::lexicon::EXTRA_PERSONS`] to the person list and the lists
    /// of [`super::lexicon::EXTRA_ORGANIZATIONS`] to the organization list.
    pub fn add_curated(&mut self) {
        for e in super::lexicon::EXTRA_PERSONS {
            self.insert(0, e);
        }
        for e in super::lexicon::EXTRA_ORGANIZATIONS.iter().flat_map(|l| l.iter()) {
            self.insert(2, e);
        }
    }

    /// Adds one entry of type `t` (0 person, 1 location, 2 organization).
    pub(crate) fn insert(&mut self, t: usize, entry: &str) {
        let n =
            normalize(entry.trim_matches(|c: char| c == '\u{200f}' || c.is_whitespace()), &NER_NORMALIZATION);
        let words: Vec<&str> = n.split_whitespace().collect();
        if words.is_empty() || words.len() > MAX_WORDS || !n.chars().any(char::is_alphabetic) {
            return;
        }
        let Some(set) = self.sets.get_mut(t) else { return };
        set.insert(fnv(words.join(" ").as_bytes()));
        self.max_words = self.max_words.max(words.len());
    }

    /// Number of entries over all types.
    pub fn len(&self) -> usize {
        self.sets.iter().map(FxHashSet::len).sum()
    }

    /// Is the gazetteer empty?
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The types (bit mask) any of whose lists holds one of `keys` as a one-word entry.
    pub(crate) fn single(&self, keys: &[u64]) -> u8 {
        let mut m = 0;
        for (t, set) in self.sets.iter().enumerate() {
            if keys.iter().any(|k| set.contains(k)) {
                m |= 1 << t;
            }
        }
        m
    }

    /// The types (bit mask) whose lists hold the whole of `words` as one entry (the first
    /// word may carry a proclitic).
    pub(crate) fn exact(&self, words: &[std::rc::Rc<WordInfo>]) -> u8 {
        let Some(first) = words.first() else { return 0 };
        if words.len() > self.max_words.max(1) {
            return 0;
        }
        let mut m = 0;
        for &k in &first.keys {
            let h = words[1..].iter().fold(k, |h, w| fnv_more(fnv_more(h, b" "), w.norm.as_bytes()));
            for (t, set) in self.sets.iter().enumerate() {
                if set.contains(&h) {
                    m |= 1 << t;
                }
            }
        }
        m
    }

    /// Multiword matches over a sentence: for each type, the longest entry starting at
    /// each token (the first word may carry a proclitic) marks B there and I after.
    pub(crate) fn spans(&self, words: &[std::rc::Rc<WordInfo>]) -> Vec<GazMatch> {
        let mut out = vec![GazMatch::default(); words.len()];
        if self.max_words < 2 {
            return out;
        }
        for i in 0..words.len() {
            for (t, set) in self.sets.iter().enumerate() {
                let mut best = 0;
                for &k in &words[i].keys {
                    let mut h = k;
                    for (j, w) in words.iter().enumerate().skip(i + 1).take(self.max_words - 1) {
                        h = fnv_more(fnv_more(h, b" "), w.norm.as_bytes());
                        if j > best && set.contains(&h) {
                            best = j;
                        }
                    }
                }
                if best > i {
                    out[i].b |= 1 << t;
                    for m in out.iter_mut().take(best + 1).skip(i + 1) {
                        m.i |= 1 << t;
                    }
                }
            }
        }
        out
    }
}
