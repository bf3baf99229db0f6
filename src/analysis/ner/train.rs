//! Averaged structured perceptron training (Collins 2002).

use super::doc::{DocHint, hints};
use super::features::{SentenceFeatures, extract};
use super::{Distrib, Gazetteer, N_TAGS, NerModel, Prior, Tag, viterbi};

/// Training options.
#[derive(Debug, Clone)]
pub struct TrainConfig {
    /// Passes over the data.
    pub epochs: usize,
    /// Seed of the per-epoch shuffle.
    pub seed: u64,
    /// The weight table has `2^bits` buckets (9 weights each).
    pub bits: u32,
    /// Gazetteer for the gazetteer features (empty: none fire).
    pub gazetteer: Gazetteer,
    /// Distributional signatures (empty: none fire).
    pub distrib: Distrib,
    /// Corpus tag priors (empty: none fire); [`NerModel::train_stacked`] makes them.
    pub prior: Prior,
}

impl Default for TrainConfig {
    fn default() -> Self {
        TrainConfig {
            epochs: 10,
            seed: 1,
            bits: 20,
            gazetteer: Gazetteer::default(),
            distrib: Distrib::default(),
            prior: Prior::default(),
        }
    }
}

/// A small deterministic PRNG (SplitMix64) for the shuffles.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        super::features::finish(self.0)
    }

    fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = (self.next() % (i as u64 + 1)) as usize;
            v.swap(i, j);
        }
    }
}

fn scores(f: &SentenceFeatures, w: &[f32]) -> Vec<[f32; N_TAGS]> {
    (0..f.len())
        .map(|i| {
            let mut e = [0f32; N_TAGS];
            for &b in f.token(i) {
                let base = b as usize * N_TAGS;
                if let Some(row) = w.get(base..base + N_TAGS) {
                    for (e, w) in e.iter_mut().zip(row) {
                        *e += w;
                    }
                }
            }
            e
        })
        .collect()
}

/// Weights plus the running sums for averaging (`avg = w - u / c`).
struct Averaged {
    w: Vec<f32>,
    u: Vec<f64>,
}

impl Averaged {
    fn new(n: usize) -> Self {
        Averaged { w: vec![0.0; n], u: vec![0.0; n] }
    }

    fn add(&mut self, i: usize, d: f32, c: f64) {
        if let (Some(w), Some(u)) = (self.w.get_mut(i), self.u.get_mut(i)) {
            *w += d;
            *u += f64::from(d) * c;
        }
    }

    fn average(&self, c: f64) -> Vec<f32> {
        self.w.iter().zip(&self.u).map(|(w, u)| (f64::from(*w) - u / c) as f32).collect()
    }
}

/// Features and gold tag indexes of the usable sentences; sentence `i` is featurized
/// with `prior_of(i)` and document hints `doc[i]`, if given.
fn featurize<'p>(
    sentences: &[(Vec<String>, Vec<Tag>)],
    config: &TrainConfig,
    prior_of: impl Fn(usize) -> &'p Prior,
    doc: Option<&[Vec<Option<DocHint>>]>,
) -> Vec<(SentenceFeatures, Vec<usize>)> {
    let bits = config.bits.clamp(8, 24);
    sentences
        .iter()
        .enumerate()
        .filter(|(_, (w, t))| !w.is_empty() && w.len() == t.len())
        .map(|(i, (w, t))| {
            let words: Vec<&str> = w.iter().map(String::as_str).collect();
            let d = doc.and_then(|d| d.get(i)).map(Vec::as_slice);
            let f = extract(&words, &config.gazetteer, &config.distrib, prior_of(i), d, bits);
            (f, t.iter().map(|t| t.index()).collect())
        })
        .collect()
}

pub(super) fn train(sentences: &[(Vec<String>, Vec<Tag>)], config: &TrainConfig) -> NerModel {
    fit(&featurize(sentences, config, |_| &config.prior, None), config)
}

pub(super) fn train_stacked(
    sentences: &[(Vec<String>, Vec<Tag>)],
    config: &TrainConfig,
    texts: &[&str],
    folds: usize,
) -> NerModel {
    let base = TrainConfig { prior: Prior::default(), ..config.clone() };
    let folds = folds.clamp(2, sentences.len().max(2));
    let n = sentences.len().max(1);
    let fold_of = |i: usize| i * folds / n;
    // Each fold's priors and first-stage tags come from a model that did not see it.
    let mut fold_priors: Vec<Prior> = Vec::with_capacity(folds);
    let mut first_tags: Vec<Vec<Tag>> = vec![Vec::new(); sentences.len()];
    for k in 0..folds {
        let rest: Vec<(Vec<String>, Vec<Tag>)> =
            sentences.iter().enumerate().filter(|(i, _)| fold_of(*i) != k).map(|(_, s)| s.clone()).collect();
        let m = train(&rest, &base);
        fold_priors.push(Prior::build(&m, texts));
        for (i, (w, _)) in sentences.iter().enumerate().filter(|(i, _)| fold_of(*i) == k) {
            let words: Vec<&str> = w.iter().map(String::as_str).collect();
            first_tags[i] = m.tag(&words);
        }
    }
    let first = train(sentences, &base);
    let prior = Prior::build(&first, texts);
    let words: Vec<Vec<&str>> =
        sentences.iter().map(|(w, _)| w.iter().map(String::as_str).collect()).collect();
    let doc = hints(&words, &first_tags);
    let data = featurize(sentences, config, |i| &fold_priors[fold_of(i).min(folds - 1)], Some(&doc));
    let mut model = fit(&data, &TrainConfig { prior, ..config.clone() });
    model.first = Some(Box::new(first));
    model
}

/// Averaged-perceptron training over featurized sentences; the model keeps `config`'s
/// gazetteer, signatures and priors.
fn fit(data: &[(SentenceFeatures, Vec<usize>)], config: &TrainConfig) -> NerModel {
    let bits = config.bits.clamp(8, 24);
    let mut emit = Averaged::new((1usize << bits) * N_TAGS);
    let mut trans = Averaged::new((N_TAGS + 1) * N_TAGS);
    let mut order: Vec<usize> = (0..data.len()).collect();
    let mut rng = Rng(config.seed);
    let mut c = 1.0f64;
    for _ in 0..config.epochs {
        rng.shuffle(&mut order);
        for &k in &order {
            let (f, gold) = &data[k];
            let pred = viterbi(&scores(f, &emit.w), &trans.w);
            if pred != *gold {
                for i in 0..gold.len() {
                    let (g, p) = (gold[i], pred[i]);
                    if g != p {
                        for &b in f.token(i) {
                            emit.add(b as usize * N_TAGS + g, 1.0, c);
                            emit.add(b as usize * N_TAGS + p, -1.0, c);
                        }
                    }
                    let gp = if i == 0 { N_TAGS } else { gold[i - 1] };
                    let pp = if i == 0 { N_TAGS } else { pred[i - 1] };
                    if (gp, g) != (pp, p) {
                        trans.add(gp * N_TAGS + g, 1.0, c);
                        trans.add(pp * N_TAGS + p, -1.0, c);
                    }
                }
            }
            c += 1.0;
        }
    }
    let avg = emit.average(c);
    let max = avg.iter().fold(0f32, |m, w| m.max(w.abs()));
    let scale = if max > 0.0 { max / f32::from(i16::MAX) } else { 1.0 };
    let q = avg.iter().map(|w| (w / scale).round().clamp(-32767.0, 32767.0) as i16).collect();
    NerModel {
        bits,
        scale,
        emit: q,
        trans: trans.average(c),
        gazetteer: config.gazetteer.clone(),
        distrib: config.distrib.clone(),
        prior: config.prior.clone(),
        first: None,
    }
}
