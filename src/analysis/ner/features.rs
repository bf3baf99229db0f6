//! Features of a token in its sentence, hashed into buckets of the weight table.
//!
//! A word's own features (its forms, affixes, shape, trigger classes, corpus counts)
//! depend on the word alone and are computed once per word type and cached per thread;
//! the context features (neighbours ±2, bigrams, gazetteer matches) are mixed from the
//! cached hashes, so tagging allocates no strings per token. A second-stage model adds
//! the corpus priors of the word and its neighbours ([`Prior`]) and the document evidence
//! of the first stage ([`DocHint`]).
//!
//! Hashing is FNV-1a over the UTF-8 bytes followed by a SplitMix64 finalizer, written
//! here so that the buckets — and thus a trained model — are the same on every platform
//! and Rust version (`std`'s hashers make no such promise).

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use rustc_hash::FxHashSet;

use super::distrib::Distrib;
use super::doc::DocHint;
use super::gazetteer::{GazMatch, Gazetteer};
use super::lexicon::{LOCATION_CUES, NAME_CUES, ORG_CUES, PERSON_TITLES};
use super::prior::{Prior, WordPrior};
use crate::text::clitics::{LEXICON_NORMALIZATION, corpus_count, segment};
use crate::text::normalize::{Digits, Normalization, normalize_into};
use crate::text::stem::light;

/// The normalization of every word-form feature and of the gazetteer and trigger
/// lookups: tashkeel and tatweel stripped, alef forms unified, ى → ي, ة → ه, digits
/// Western (the search preset plus digits). Hamza seats are kept.
pub const NER_NORMALIZATION: Normalization = Normalization {
    strip_tashkeel: true,
    dagger_alef_to_alef: false,
    strip_tatweel: true,
    presentation_forms: true,
    unify_alef: true,
    alef_maqsura_to_ya: true,
    ta_marbuta_to_ha: true,
    hamza_seats: false,
    digits: Digits::Western,
};

/// FNV-1a over `bytes`.
pub(crate) fn fnv(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// SplitMix64 finalizer: spreads the bits of `x`.
pub(crate) fn finish(mut x: u64) -> u64 {
    x = x.wrapping_add(0x9e37_79b9_7f4a_7c15);
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

/// The hash of feature template `t` with value hash `v`.
fn feat(t: u64, v: u64) -> u64 {
    finish(v ^ t.wrapping_mul(0x2545_f491_4f6c_dd1d))
}

/// The hash of template `t` over two value hashes (bigrams).
fn feat2(t: u64, a: u64, b: u64) -> u64 {
    feat(t, finish(a).rotate_left(21) ^ b)
}

// Feature templates. The numbers are part of the model format: do not renumber.
const T_BIAS: u64 = 1;
const T_WORD: u64 = 2;
const T_NORM: u64 = 3;
const T_STEM: u64 = 4;
const T_LIGHT: u64 = 5;
const T_PRE: u64 = 6; // + length
const T_SUF: u64 = 10; // + length
const T_SHAPE: u64 = 14;
const T_PROCLITIC: u64 = 15;
const T_ENCLITIC: u64 = 16;
const T_CLASS: u64 = 17;
const T_FREQ: u64 = 18;
const T_ARTICLE: u64 = 19;
const T_POSSESSIVE: u64 = 20;
const T_CTX_NORM: u64 = 30; // + offset index (0..4)
const T_CTX_STEM: u64 = 35; // + offset index
const T_CTX_CLASS: u64 = 40; // + offset index
const T_CTX_SHAPE: u64 = 45; // + offset index
const T_BIGRAM_PREV: u64 = 50;
const T_BIGRAM_NEXT: u64 = 51;
const T_GAZ: u64 = 52; // single-token membership, by offset
const T_GAZ_SPAN: u64 = 60; // multiword match position, by offset
const T_FIRST: u64 = 70;
const T_CLASS_SUF: u64 = 71;
const T_STEM_PRE: u64 = 72; // + length
const T_STEM_SUF: u64 = 76; // + length
const T_CTX_SUF: u64 = 80; // + offset index
const T_DIST: u64 = 85; // + 0 left, 1 right, 2 both, 3 none
const T_CLUSTER: u64 = 90; // + level (0..3), 3 = none
const T_CTX_CLUSTER: u64 = 94; // + 3 × offset index + level
const T_CLUSTER_PAIR: u64 = 110; // (previous, current) at level 2
const T_AFFIX4: u64 = 120; // + 0 prefix, 1 suffix, 2 stem prefix, 3 stem suffix (4 letters)
const T_PRIOR: u64 = 130; // + type: share in fifths
const T_PRIOR_COUNT: u64 = 134; // + type: share × log-count band
const T_PRIOR_INSIDE: u64 = 138;
const T_PRIOR_NONE: u64 = 139;
const T_CTX_PRIOR: u64 = 140; // + offset index (0..4): main type × share
const T_DOC: u64 = 150; // + type: share in fifths × others
const T_DOC_INSIDE: u64 = 154;
const T_DOC_NONE: u64 = 155;
const T_CTX_DOC: u64 = 156; // + offset index (0..2): main type × share

/// The template of an affix feature of `k` letters (`base` for 1–3, [`T_AFFIX4`] + `four`
/// for 4: the numbers after `base + 3` are taken).
fn affix_template(base: u64, k: usize, four: u64) -> u64 {
    if k == 4 { T_AFFIX4 + four } else { base + k as u64 }
}

/// Trigger classes of a word (bits of [`WordInfo::class`]).
pub(crate) mod class {
    pub const TITLE: u8 = 1;
    pub const ORG: u8 = 2;
    pub const LOC: u8 = 4;
    pub const NAME: u8 = 8;
    pub const PUNCT: u8 = 16;
    pub const DIGIT: u8 = 32;
    pub const LATIN: u8 = 64;
    pub const NISBA: u8 = 128;
}

/// What is known about a word type, independent of the model.
#[derive(Debug)]
pub(crate) struct WordInfo {
    /// The word normalized ([`NER_NORMALIZATION`]).
    pub norm: String,
    /// Lookup keys for gazetteers and triggers: the normalized word, its clitic-stripped
    /// stem and the word minus a one-letter proclitic (for names the lexicon lacks).
    pub keys: Vec<u64>,
    pub h_norm: u64,
    pub h_stem: u64,
    pub class: u8,
    pub shape: u64,
    /// Hash of the last two letters of the stem.
    pub h_suf2: u64,
    /// Hashed own features.
    pub own: Vec<u64>,
}

fn triggers() -> &'static [FxHashSet<&'static str>; 4] {
    static SETS: std::sync::LazyLock<[FxHashSet<&'static str>; 4]> = std::sync::LazyLock::new(|| {
        let set = |l: &[&'static str]| l.iter().copied().collect::<FxHashSet<_>>();
        [set(PERSON_TITLES), set(ORG_CUES), set(LOCATION_CUES), set(NAME_CUES)]
    });
    &SETS
}

/// Proclitic letters stripped by the simple rule (one letter, at least 3 letters left).
const ONE_LETTER_PROCLITICS: [char; 5] = ['و', 'ب', 'ل', 'ف', 'ك'];

/// The normalized word minus a leading one-letter proclitic, when at least 3 letters
/// remain: لبوتين → بوتين. Used for lookups only (never decides a mention's range alone).
pub(crate) fn strip_one_proclitic(norm: &str) -> Option<&str> {
    let mut chars = norm.chars();
    let first = chars.next()?;
    let rest = chars.as_str();
    (ONE_LETTER_PROCLITICS.contains(&first) && rest.chars().count() >= 3).then_some(rest)
}

fn compute(word: &str) -> WordInfo {
    let mut norm = String::with_capacity(word.len());
    normalize_into(word, &NER_NORMALIZATION, &mut norm);
    let seg = segment(word);
    let stem_orig = word.get(seg.stem.clone()).unwrap_or(word);
    let mut stem = String::with_capacity(stem_orig.len());
    normalize_into(stem_orig, &NER_NORMALIZATION, &mut stem);
    let mut lstem = String::new();
    light::stem_into(word, &mut lstem);

    let is_arabic = norm.chars().any(|c| ('\u{0621}'..='\u{064A}').contains(&c));
    let is_digit = !norm.is_empty() && norm.chars().all(|c| c.is_ascii_digit() || c == '.' || c == ',');
    let is_latin = norm.chars().any(|c| c.is_ascii_alphabetic());
    let is_punct = !norm.is_empty() && !norm.chars().any(char::is_alphanumeric);

    let sets = triggers();
    let stripped = strip_one_proclitic(&norm);
    let mut class = 0u8;
    for (bit, set) in [class::TITLE, class::ORG, class::LOC, class::NAME].into_iter().zip(sets.iter()) {
        if set.contains(norm.as_str())
            || set.contains(stem.as_str())
            || stripped.is_some_and(|s| set.contains(s))
        {
            class |= bit;
        }
    }
    if is_punct {
        class |= class::PUNCT;
    }
    if is_digit {
        class |= class::DIGIT;
    }
    if is_latin {
        class |= class::LATIN;
    }
    // A nisba adjective with the article (الروسي، الفرنسية): part of a role, not a name.
    if is_arabic && stem.starts_with("ال") && (stem.ends_with('ي') || stem.ends_with("يه")) {
        class |= class::NISBA;
    }

    let h_norm = fnv(norm.as_bytes());
    let h_stem = fnv(stem.as_bytes());
    let mut keys = vec![h_norm];
    if h_stem != h_norm {
        keys.push(h_stem);
    }
    if let Some(s) = stripped {
        let h = fnv(s.as_bytes());
        if !keys.contains(&h) {
            keys.push(h);
        }
    }

    let shape_name = if is_digit {
        "d"
    } else if is_latin {
        "x"
    } else if is_punct {
        "p"
    } else if !is_arabic {
        "o"
    } else if stem.starts_with("ال") {
        "al"
    } else {
        "a"
    };
    let len = norm.chars().count().min(8);
    let shape = fnv(format!("{shape_name}{len}").as_bytes());

    let mut own = Vec::with_capacity(24);
    own.push(feat(T_WORD, fnv(word.as_bytes())));
    own.push(feat(T_NORM, h_norm));
    own.push(feat(T_STEM, h_stem));
    own.push(feat(T_LIGHT, fnv(lstem.as_bytes())));
    own.push(feat(T_SHAPE, shape));
    own.push(feat(T_SHAPE, fnv(shape_name.as_bytes())));
    let chars: Vec<char> = norm.chars().collect();
    for k in 1..=4usize {
        if chars.len() > k {
            let p: String = chars[..k].iter().collect();
            let s: String = chars[chars.len() - k..].iter().collect();
            own.push(feat(affix_template(T_PRE, k, 0), fnv(p.as_bytes())));
            own.push(feat(affix_template(T_SUF, k, 1), fnv(s.as_bytes())));
        }
    }
    let schars: Vec<char> = stem.chars().collect();
    if stem != norm {
        for k in 1..=4usize {
            if schars.len() > k {
                let p: String = schars[..k].iter().collect();
                let s: String = schars[schars.len() - k..].iter().collect();
                own.push(feat(affix_template(T_STEM_PRE, k, 2), fnv(p.as_bytes())));
                own.push(feat(affix_template(T_STEM_SUF, k, 3), fnv(s.as_bytes())));
            }
        }
    }
    let pro = word.get(seg.proclitics.clone()).unwrap_or("");
    let enc = word.get(seg.enclitics.clone()).unwrap_or("");
    own.push(feat(T_PROCLITIC, fnv(pro.as_bytes())));
    own.push(feat(T_ENCLITIC, fnv(enc.as_bytes())));
    for bit in 0..8 {
        if class & (1 << bit) != 0 {
            own.push(feat(T_CLASS, bit));
        }
    }
    if is_arabic {
        // Corpus evidence (ANT v2.1 counts): names are rare-ish, never take the article
        // and rarely a possessive pronoun.
        let mut key = String::new();
        normalize_into(stem_orig, &LEXICON_NORMALIZATION, &mut key);
        let count = corpus_count(&key);
        let bucket = if count == 0 { 0 } else { 1 + u64::from(count.ilog2() / 2) };
        own.push(feat(T_FREQ, bucket));
        if !key.starts_with("ال") && count > 0 {
            let with_article = corpus_count(&format!("ال{key}"));
            own.push(feat(T_ARTICLE, u64::from(with_article > 0) + 2 * u64::from(with_article * 4 > count)));
            let poss = corpus_count(&format!("{key}ه")) + corpus_count(&format!("{key}ها"));
            own.push(feat(T_POSSESSIVE, u64::from(poss > 0)));
        }
    }
    let h_suf2 = fnv(schars[schars.len().saturating_sub(2)..].iter().collect::<String>().as_bytes());
    WordInfo { norm, keys, h_norm, h_stem, class, shape, h_suf2, own }
}

/// Cache entries kept per thread before the cache is emptied.
const CACHE_LIMIT: usize = 200_000;

thread_local! {
    static CACHE: RefCell<HashMap<String, Rc<WordInfo>>> = RefCell::new(HashMap::new());
}

/// The [`WordInfo`] of each word, from the thread's cache.
pub(crate) fn infos(tokens: &[&str]) -> Vec<Rc<WordInfo>> {
    CACHE.with(|c| {
        let mut cache = c.borrow_mut();
        if cache.len() > CACHE_LIMIT {
            cache.clear();
        }
        tokens
            .iter()
            .map(|t| {
                if let Some(i) = cache.get(*t) {
                    return Rc::clone(i);
                }
                let info = Rc::new(compute(t));
                cache.insert((*t).to_string(), Rc::clone(&info));
                info
            })
            .collect()
    })
}

/// The feature buckets of every token of a sentence: `buckets[starts[i]..starts[i+1]]`
/// are token i's.
#[derive(Debug, Default, Clone)]
pub(crate) struct SentenceFeatures {
    pub buckets: Vec<u32>,
    pub starts: Vec<u32>,
}

impl SentenceFeatures {
    pub fn len(&self) -> usize {
        self.starts.len().saturating_sub(1)
    }

    pub fn token(&self, i: usize) -> &[u32] {
        let s = self.starts.get(i).copied().unwrap_or(0) as usize;
        let e = self.starts.get(i + 1).copied().unwrap_or(0) as usize;
        self.buckets.get(s..e).unwrap_or(&[])
    }
}

/// Extracts the features of `tokens` with the gazetteer `gaz`, hashed into `2^bits` buckets.
pub(crate) fn extract(
    tokens: &[&str],
    gaz: &Gazetteer,
    distrib: &Distrib,
    prior: &Prior,
    doc: Option<&[Option<DocHint>]>,
    bits: u32,
) -> SentenceFeatures {
    let info = infos(tokens);
    let n = info.len();
    let gaz_single: Vec<u8> = info.iter().map(|w| gaz.single(&w.keys)).collect();
    let spans: Vec<GazMatch> = gaz.spans(&info);
    let clusters: Vec<Option<u16>> = info.iter().map(|w| distrib.cluster(&w.keys)).collect();
    let priors: Vec<Option<WordPrior>> = info.iter().map(|w| prior.get(&w.keys)).collect();
    let shift = 64 - bits;
    let mut out = SentenceFeatures { buckets: Vec::with_capacity(n * 48), starts: Vec::with_capacity(n + 1) };
    let push = |buckets: &mut Vec<u32>, h: u64| buckets.push((h >> shift) as u32);
    for i in 0..n {
        out.starts.push(out.buckets.len() as u32);
        let b = &mut out.buckets;
        let w = &info[i];
        push(b, feat(T_BIAS, 0));
        for &h in &w.own {
            push(b, h);
        }
        if i == 0 {
            push(b, feat(T_FIRST, 0));
        }
        for (k, off) in [-2isize, -1, 1, 2].into_iter().enumerate() {
            let j = i as isize + off;
            let k = k as u64;
            match usize::try_from(j).ok().and_then(|j| info.get(j)) {
                Some(c) => {
                    push(b, feat(T_CTX_NORM + k, c.h_norm));
                    push(b, feat(T_CTX_SHAPE + k, c.shape));
                    if off.abs() == 1 {
                        push(b, feat(T_CTX_STEM + k, c.h_stem));
                        push(b, feat(T_CTX_SUF + k, c.h_suf2));
                    }
                    for bit in 0..8 {
                        if c.class & (1 << bit) != 0 {
                            push(b, feat(T_CTX_CLASS + k, bit));
                        }
                    }
                    let g = usize::try_from(j).ok().and_then(|j| gaz_single.get(j)).copied().unwrap_or(0);
                    if g != 0 {
                        push(b, feat(T_GAZ + 1 + k, u64::from(g)));
                    }
                    let s = usize::try_from(j).ok().and_then(|j| spans.get(j)).copied().unwrap_or_default();
                    if s != GazMatch::default() {
                        push(b, feat(T_GAZ_SPAN + 1 + k, s.code()));
                    }
                }
                None => push(b, feat(T_CTX_NORM + k, if off < 0 { 1 } else { 2 })),
            }
        }
        if let Some(p) = i.checked_sub(1).and_then(|j| info.get(j)) {
            push(b, feat2(T_BIGRAM_PREV, p.h_norm, w.h_norm));
            // A title before a word with this suffix (الرئيس X-ين).
            if p.class & (class::TITLE | class::NISBA) != 0 {
                push(b, feat2(T_CLASS_SUF, u64::from(p.class & (class::TITLE | class::NISBA)), w.h_stem));
            }
        }
        if let Some(nx) = info.get(i + 1) {
            push(b, feat2(T_BIGRAM_NEXT, w.h_norm, nx.h_norm));
        }
        if !distrib.clusters.is_empty() {
            match clusters[i] {
                Some(c) => {
                    for l in 0..3u64 {
                        push(b, feat(T_CLUSTER + l, u64::from(c >> (4 * (2 - l)))));
                    }
                }
                None => push(b, feat(T_CLUSTER + 3, 0)),
            }
            for (k, off) in [-2isize, -1, 1, 2].into_iter().enumerate() {
                let j = i as isize + off;
                let c = usize::try_from(j).ok().and_then(|j| clusters.get(j)).copied().flatten();
                if let Some(c) = c {
                    for l in 1..3u64 {
                        push(b, feat(T_CTX_CLUSTER + 3 * k as u64 + l, u64::from(c >> (4 * (2 - l)))));
                    }
                }
            }
            if i > 0 {
                let p = clusters[i - 1].map_or(0xffff, |c| u64::from(c >> 4));
                let c = clusters[i].map_or(0xffff, |c| u64::from(c >> 4));
                push(b, feat2(T_CLUSTER_PAIR, p, c));
            }
        }
        match distrib.get(&w.keys) {
            Some((l, r)) if !distrib.is_empty() => {
                push(b, feat(T_DIST, u64::from(l)));
                push(b, feat(T_DIST + 1, u64::from(r)));
                push(b, feat(T_DIST + 2, (u64::from(l) << 16) | u64::from(r)));
            }
            None if !distrib.is_empty() => push(b, feat(T_DIST + 3, 0)),
            _ => {}
        }
        if !prior.is_empty() {
            prior_features(&priors, i, &mut |h| push(b, h));
        }
        if let Some(doc) = doc {
            doc_features(doc, i, &mut |h| push(b, h));
        }
        if gaz_single[i] != 0 {
            push(b, feat(T_GAZ, u64::from(gaz_single[i])));
        }
        if spans[i] != GazMatch::default() {
            push(b, feat(T_GAZ_SPAN, spans[i].code()));
        }
    }
    out.starts.push(out.buckets.len() as u32);
    out
}

/// The corpus-prior features of token `i` ([`Prior`]): its share of each entity type
/// (alone and with its count band), how often it continues an entity, and the main type
/// of its neighbours ±2.
fn prior_features(priors: &[Option<WordPrior>], i: usize, push: &mut impl FnMut(u64)) {
    match priors[i] {
        Some(p) => {
            let band = u64::from(p.log_count / 3);
            for (t, s) in p.share.iter().enumerate().filter(|(_, s)| **s > 0) {
                push(feat(T_PRIOR + t as u64, u64::from(*s)));
                push(feat(T_PRIOR_COUNT + t as u64, u64::from(*s) << 8 | band));
            }
            push(feat(T_PRIOR_INSIDE, u64::from(p.inside)));
        }
        None => push(feat(T_PRIOR_NONE, 0)),
    }
    for (k, off) in [-2isize, -1, 1, 2].into_iter().enumerate() {
        let j = i as isize + off;
        let p = usize::try_from(j).ok().and_then(|j| priors.get(j)).copied().flatten();
        if let Some((t, s)) = p.and_then(WordPrior::main_type) {
            push(feat(T_CTX_PRIOR + k as u64, (t as u64) << 8 | u64::from(s)));
        }
    }
}

/// The document features of token `i` ([`DocHint`]): the share of its other
/// occurrences nearby tagged as each type by the first stage, and the main type of its
/// neighbours' other occurrences.
fn doc_features(doc: &[Option<DocHint>], i: usize, push: &mut impl FnMut(u64)) {
    match doc.get(i).copied().flatten() {
        Some(h) => {
            for (t, s) in h.share.iter().enumerate() {
                push(feat(T_DOC + t as u64, u64::from(*s) << 8 | u64::from(h.others)));
            }
            if h.main_type().is_some() {
                push(feat(T_DOC_INSIDE, u64::from(h.inside)));
            }
        }
        None => push(feat(T_DOC_NONE, 0)),
    }
    for (k, off) in [-1isize, 1].into_iter().enumerate() {
        let j = i as isize + off;
        let h = usize::try_from(j).ok().and_then(|j| doc.get(j)).copied().flatten();
        if let Some((t, s)) = h.and_then(DocHint::main_type) {
            push(feat(T_CTX_DOC + k as u64, (t as u64) << 8 | u64::from(s)));
        }
    }
}
