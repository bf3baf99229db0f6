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

/// Context words of the cluster vectors (the most frequent normalized words, left and
/// right neighbours apart: a vector has `2 × CLUSTER_CONTEXTS` dimensions).
const CLUSTER_CONTEXTS: usize = 1000;
/// A word type needs this many occurrences to be clustered.
const CLUSTER_MIN_COUNT: u32 = 3;
/// Branching of the cluster tree at each level (three levels: 16, 256, 4096 clusters).
const BRANCH: usize = 16;
const LEVELS: usize = 3;
/// Iterations of spherical k-means per split.
const KMEANS_ITERS: usize = 8;

/// Signatures by word hash: (left context id, right context id); id CONTEXTS = other.
/// Cluster paths by word hash: 4 bits per level, level 1 in the high bits (`0xABC`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Distrib {
    pub(crate) map: FxHashMap<u64, (u16, u16)>,
    pub(crate) clusters: FxHashMap<u64, u16>,
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

    /// Number of clustered word types.
    pub fn clustered(&self) -> usize {
        self.clusters.len()
    }

    /// The cluster path of the first of `keys` that has one.
    pub(crate) fn cluster(&self, keys: &[u64]) -> Option<u16> {
        keys.iter().find_map(|k| self.clusters.get(k).copied())
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
        let clusters = cluster(&seqs, &top);
        Distrib { map, clusters }
    }
}

/// A sparse vector: (dimension, weight), sorted by dimension, L2-normalized.
type Sparse = Vec<(u32, f32)>;

/// A deterministic PRNG (SplitMix64) for the k-means seeds.
fn splitmix(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
    super::features::finish(*state)
}

/// Hierarchical spherical k-means over the left/right context vectors of the word types
/// seen at least [`CLUSTER_MIN_COUNT`] times: each word gets a path of [`LEVELS`] cluster
/// ids (like a Brown-cluster bit string cut at several depths). Deterministic.
fn cluster(seqs: &[Vec<u64>], top: &[(u64, u32)]) -> FxHashMap<u64, u16> {
    let ctx: FxHashMap<u64, u32> =
        top.iter().take(CLUSTER_CONTEXTS).enumerate().map(|(i, (h, _))| (*h, i as u32)).collect();
    let words: Vec<u64> = top.iter().filter(|(_, c)| *c >= CLUSTER_MIN_COUNT).map(|(h, _)| *h).collect();
    let index: FxHashMap<u64, usize> = words.iter().enumerate().map(|(i, h)| (*h, i)).collect();
    let mut raw: Vec<FxHashMap<u32, u32>> = vec![FxHashMap::default(); words.len()];
    for seq in seqs {
        for (i, h) in seq.iter().enumerate() {
            let Some(&w) = index.get(h) else { continue };
            if let Some(c) = i.checked_sub(1).and_then(|j| seq.get(j)).and_then(|p| ctx.get(p)) {
                *raw[w].entry(*c).or_insert(0) += 1;
            }
            if let Some(c) = seq.get(i + 1).and_then(|n| ctx.get(n)) {
                *raw[w].entry(*c + CLUSTER_CONTEXTS as u32).or_insert(0) += 1;
            }
        }
    }
    // Positive PMI weights, L2-normalized.
    let mut ctx_total = vec![0f64; 2 * CLUSTER_CONTEXTS];
    let mut total = 0f64;
    for r in &raw {
        for (d, c) in r {
            ctx_total[*d as usize] += f64::from(*c);
            total += f64::from(*c);
        }
    }
    let vecs: Vec<Sparse> = raw
        .iter()
        .map(|r| {
            let wt: f64 = r.values().map(|c| f64::from(*c)).sum();
            let mut v: Sparse = r
                .iter()
                .filter_map(|(d, c)| {
                    let pmi = (f64::from(*c) * total / (wt * ctx_total[*d as usize])).ln();
                    (pmi > 0.0).then_some((*d, pmi as f32))
                })
                .collect();
            v.sort_unstable_by_key(|x| x.0);
            let n = v.iter().map(|x| x.1 * x.1).sum::<f32>().sqrt();
            if n > 0.0 {
                v.iter_mut().for_each(|x| x.1 /= n);
            }
            v
        })
        .collect();
    let mut path = vec![0u16; words.len()];
    let mut groups: Vec<Vec<usize>> = vec![(0..words.len()).filter(|w| !vecs[*w].is_empty()).collect()];
    let mut rng = 0x4b48_4142_4152u64;
    for level in 0..LEVELS {
        let mut next = Vec::new();
        for g in &groups {
            let assign = kmeans(&vecs, g, &mut rng);
            let mut parts: Vec<Vec<usize>> = vec![Vec::new(); BRANCH];
            for (&w, &a) in g.iter().zip(&assign) {
                path[w] |= (a as u16) << (4 * (LEVELS - 1 - level));
                parts[a].push(w);
            }
            next.extend(parts.into_iter().filter(|p| !p.is_empty()));
        }
        groups = next;
    }
    let mut out = FxHashMap::default();
    for g in &groups {
        for &w in g {
            out.insert(words[w], path[w]);
        }
    }
    out
}

/// Spherical k-means of the words `g` into at most [`BRANCH`] clusters; the cluster of each.
fn kmeans(vecs: &[Sparse], g: &[usize], rng: &mut u64) -> Vec<usize> {
    let k = BRANCH.min(g.len());
    if k <= 1 {
        return vec![0; g.len()];
    }
    let dims = 2 * CLUSTER_CONTEXTS;
    // Seeds: k distinct members, chosen with the seeded PRNG.
    let mut seeds: Vec<usize> = Vec::with_capacity(k);
    while seeds.len() < k {
        let s = (splitmix(rng) % g.len() as u64) as usize;
        if !seeds.contains(&s) {
            seeds.push(s);
        }
    }
    let mut cent = vec![0f32; k * dims];
    for (c, &s) in seeds.iter().enumerate() {
        for &(d, x) in &vecs[g[s]] {
            cent[c * dims + d as usize] = x;
        }
    }
    let mut assign = vec![0usize; g.len()];
    for _ in 0..KMEANS_ITERS {
        for (a, &w) in assign.iter_mut().zip(g) {
            let mut best = (f32::NEG_INFINITY, 0);
            for c in 0..k {
                let row = &cent[c * dims..(c + 1) * dims];
                let s: f32 = vecs[w].iter().map(|&(d, x)| x * row[d as usize]).sum();
                if s > best.0 {
                    best = (s, c);
                }
            }
            *a = best.1;
        }
        cent.iter_mut().for_each(|x| *x = 0.0);
        for (&a, &w) in assign.iter().zip(g) {
            for &(d, x) in &vecs[w] {
                cent[a * dims + d as usize] += x;
            }
        }
        for row in cent.chunks_mut(dims) {
            let n = row.iter().map(|x| x * x).sum::<f32>().sqrt();
            if n > 0.0 {
                row.iter_mut().for_each(|x| *x /= n);
            }
        }
    }
    assign
}
