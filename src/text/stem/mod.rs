//! Stemmers and root extraction for Arabic words.
//!
//! Four algorithms, one interface ([`Algorithm`], [`Stemmer`]):
//! - [`isri`]: ISRI, output identical to NLTK 3.10.4's `ISRIStemmer`;
//! - [`snowball`]: Snowball Arabic, output identical to snowballstemmer 3.1.1;
//! - [`light`]: Khabar's conservative light stemmer for search;
//! - [`root`]: a root extractor (triliteral/quadriliteral roots).
//!
//! # Types, not tokens; threads
//! A 10M-token news corpus has ~220k distinct types, so stem each type once:
//! - [`Stemmer`] is stateless, `Send + Sync` and cheap to copy: share it between rayon
//!   workers freely; [`Stemmer::stem`] computes every call.
//! - [`CachedStemmer`] adds a per-type cache (`&mut self`): keep one per thread (e.g.
//!   rayon's `map_init`/`for_each_init`), or one in a single-threaded loop over tokens.
//! - [`Stemmer::stem_types`] stems a deduplicated type list in parallel (rayon) and
//!   returns the stems in the same order: build the type list, call it once, then look
//!   stems up per token by type id. This is the recommended path for a corpus.

pub mod isri;
pub mod light;
pub mod root;
pub mod snowball;

use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt;
use std::hash::{BuildHasherDefault, Hasher};
use std::str::FromStr;

use rayon::prelude::*;
use serde::{Deserialize, Serialize};

/// A stemming algorithm. Names (serde, CLI): `isri`, `snowball`, `light`, `root`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Algorithm {
    /// ISRI, identical to NLTK 3.10.4's `ISRIStemmer`.
    Isri,
    /// Snowball Arabic, identical to snowballstemmer 3.1.1.
    Snowball,
    /// Khabar's light stemmer for search (see [`light`]).
    Light,
    /// Root extraction (see [`root`]); particles come back as themselves, normalized.
    Root,
}

impl Algorithm {
    /// All algorithms, in a stable order.
    pub const ALL: [Algorithm; 4] = [Algorithm::Isri, Algorithm::Snowball, Algorithm::Light, Algorithm::Root];

    /// The algorithm's name as used on the command line and in serialized settings.
    pub fn name(self) -> &'static str {
        match self {
            Algorithm::Isri => "isri",
            Algorithm::Snowball => "snowball",
            Algorithm::Light => "light",
            Algorithm::Root => "root",
        }
    }
}

impl fmt::Display for Algorithm {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// An unknown algorithm name.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown stemming algorithm {0:?} (expected isri, snowball, light or root)")]
pub struct UnknownAlgorithm(pub String);

impl FromStr for Algorithm {
    type Err = UnknownAlgorithm;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Algorithm::ALL
            .into_iter()
            .find(|a| a.name().eq_ignore_ascii_case(s))
            .ok_or_else(|| UnknownAlgorithm(s.to_owned()))
    }
}

/// A stemmer for one [`Algorithm`]: stateless, `Copy`, `Send + Sync`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stemmer {
    algorithm: Algorithm,
}

impl Stemmer {
    /// A stemmer for `algorithm`.
    pub fn new(algorithm: Algorithm) -> Self {
        Self { algorithm }
    }

    /// The algorithm.
    pub fn algorithm(&self) -> Algorithm {
        self.algorithm
    }

    /// Stems `word` into `out` (cleared first).
    pub fn stem_into(&self, word: &str, out: &mut String) {
        match self.algorithm {
            Algorithm::Isri => isri::stem_into(word, out),
            Algorithm::Snowball => snowball::stem_into(word, out),
            Algorithm::Light => light::stem_into(word, out),
            Algorithm::Root => root::stem_into(word, out),
        }
    }

    /// The stem of `word`; borrowed when the stem is the word itself.
    pub fn stem<'a>(&self, word: &'a str) -> Cow<'a, str> {
        let mut out = String::new();
        self.stem_into(word, &mut out);
        if out == word { Cow::Borrowed(word) } else { Cow::Owned(out) }
    }

    /// Stems every type of a deduplicated list in parallel (rayon); the result has the
    /// same order as `types`.
    pub fn stem_types<S: AsRef<str> + Sync>(&self, types: &[S]) -> Vec<String> {
        types
            .par_iter()
            .map_init(String::new, |buf, t| {
                self.stem_into(t.as_ref(), buf);
                buf.clone()
            })
            .collect()
    }

    /// A caching stemmer for this algorithm (one per thread).
    pub fn cached(&self) -> CachedStemmer {
        CachedStemmer::new(self.algorithm)
    }
}

/// A [`Stemmer`] with a per-type cache. Not shared between threads: give each worker
/// its own (it is `Send`, and `Clone` copies the cache).
///
/// Words map to an index into one string arena holding all stems; the map uses a fast
/// non-cryptographic hash (FxHash): fine for a local tool, not for untrusted
/// adversarial input in a server.
#[derive(Debug, Clone)]
pub struct CachedStemmer {
    stemmer: Stemmer,
    index: HashMap<Box<str>, (u32, u32), BuildHasherDefault<FxHasher>>,
    arena: String,
    buf: String,
}

impl CachedStemmer {
    /// An empty cache for `algorithm`.
    pub fn new(algorithm: Algorithm) -> Self {
        Self {
            stemmer: Stemmer::new(algorithm),
            index: HashMap::default(),
            arena: String::new(),
            buf: String::new(),
        }
    }

    /// The stem of `word`, computed once per distinct word.
    pub fn stem(&mut self, word: &str) -> &str {
        if let Some(&(start, end)) = self.index.get(word) {
            return self.arena.get(start as usize..end as usize).unwrap_or("");
        }
        self.stemmer.stem_into(word, &mut self.buf);
        if self.arena.len() + self.buf.len() > u32::MAX as usize {
            // 4 GiB of stems: start over rather than overflow the offsets.
            self.clear();
        }
        let start = self.arena.len();
        self.arena.push_str(&self.buf);
        let end = self.arena.len();
        self.index.insert(word.into(), (start as u32, end as u32));
        self.arena.get(start..end).unwrap_or("")
    }

    /// Number of distinct words seen.
    pub fn len(&self) -> usize {
        self.index.len()
    }

    /// Whether no word was stemmed yet.
    pub fn is_empty(&self) -> bool {
        self.index.is_empty()
    }

    /// Forgets every cached stem (e.g. to bound memory on an unbounded stream).
    pub fn clear(&mut self) {
        self.index.clear();
        self.arena.clear();
    }
}

/// FxHash (rustc's hasher): a multiply-rotate over 8-byte words. Fast for short keys.
#[derive(Debug, Default, Clone, Copy)]
pub struct FxHasher {
    hash: u64,
}

impl FxHasher {
    const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

    #[inline]
    fn add(&mut self, w: u64) {
        self.hash = (self.hash.rotate_left(5) ^ w).wrapping_mul(Self::SEED);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut a = [0u8; 8];
            a.copy_from_slice(c);
            self.add(u64::from_le_bytes(a));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut a = [0u8; 8];
            a[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(a));
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.hash
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for a in Algorithm::ALL {
            assert_eq!(a.name().parse::<Algorithm>(), Ok(a));
            assert_eq!(serde_json::to_string(&a).ok(), Some(format!("\"{}\"", a.name())));
        }
        assert!("porter".parse::<Algorithm>().is_err());
    }

    #[test]
    fn cached_equals_uncached_and_parallel() {
        let words = ["الكتاب", "والمستشفيات", "يكتبون", "على", "الكتاب", "", "hello"];
        for a in Algorithm::ALL {
            let s = Stemmer::new(a);
            let mut c = s.cached();
            let par = s.stem_types(&words);
            for (w, p) in words.iter().zip(&par) {
                let direct = s.stem(w).into_owned();
                assert_eq!(c.stem(w), direct);
                assert_eq!(p, &direct);
            }
            assert_eq!(c.len(), 6);
        }
    }

    #[test]
    fn borrowed_when_unchanged() {
        assert!(matches!(Stemmer::new(Algorithm::Isri).stem("في"), Cow::Borrowed(_)));
        assert!(matches!(Stemmer::new(Algorithm::Isri).stem("الكتاب"), Cow::Owned(_)));
    }
}
