//! Named-entity recognition: a structured (averaged) perceptron over BIO tags with
//! first-order Viterbi decoding, trained on ANERcorp.
//!
//! # Model
//! Each token gets about 40 hashed features (module `features`): the word as written,
//! normalized ([`NER_NORMALIZATION`]), its clitic-stripped stem
//! ([`crate::text::clitics::segment`]) and light stem, prefixes and suffixes of 1–3
//! letters, its shape (digits, Latin, punctuation, has ال, length), its proclitic and
//! enclitic, trigger classes from curated lexicons ([`lexicon`]: person titles,
//! organization and location cues), corpus evidence from the ANT v2.1 word counts (how
//! frequent, whether it takes the article or a possessive pronoun), the neighbours ±2
//! (normalized, stem, shape, trigger class), word bigrams, and gazetteer membership
//! (one-word lookups with and without clitics, and multiword matches marking B/I
//! positions), distributional signatures and three-level word clusters (hierarchical
//! spherical k-means over PPMI context vectors) learnt from unlabelled news ([`distrib`]);
//! after decoding, a span that is wholly an organization-list entry is typed ORG.
//! Features are hashed into `2^bits` buckets of 9 weights each (one per tag);
//! a 9×9 transition matrix (plus a start row) scores the previous tag. Decoding is
//! Viterbi restricted to valid BIO sequences (I-X only after B-X or I-X).
//!
//! Training is the averaged structured perceptron (Collins 2002) with a seeded shuffle
//! per epoch: the same data, gazetteer, epochs and seed give the same bytes.
//!
//! # Two stages
//! The shipped model is stacked ([`NerModel::train_stacked`]): a first-stage model with
//! the features above tags ANT v2.1, and the share of each word type's occurrences it
//! tagged as each type becomes a feature ([`prior`]); it also tags the document being
//! read, and the share of a word's *other* occurrences nearby tagged as each type becomes
//! another (module `doc`). On the training data both come from first-stage models that did not
//! see the sentence (5 folds). In 5-fold cross-validation over the train split the two
//! stages took F1 from 73.4 to 75.5 (the curated name lists of [`lexicon`] then to 76.2);
//! on the test split, 71.5 → 74.1 (→ 75.0 with the lists; 76.3 after adding names in Latin
//! script, which cross-validation scores 76.0: retraining variance, not progress).
//!
//! # Format (`assets/ner/model.bin`)
//! See [`format`]: the non-zero buckets only, weights quantized to `i16`, the gazetteer
//! as entry hashes. The embedded model is parsed once, lazily ([`NerModel::embedded`]).

pub mod distrib;
mod doc;
pub mod eval;
mod features;
pub(crate) mod format;
pub mod gazetteer;
pub mod lexicon;
pub mod prior;
mod train;

use std::fmt;
use std::str::FromStr;
use std::sync::LazyLock;

use serde::{Deserialize, Serialize};

pub use distrib::Distrib;
pub use features::NER_NORMALIZATION;
pub(crate) use features::strip_one_proclitic;
pub use gazetteer::Gazetteer;
pub use prior::Prior;
pub use train::TrainConfig;

/// The type of a named entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum EntityType {
    Person,
    Location,
    Organization,
    /// Other names (events, products, nationalities …) as ANERcorp marks them.
    Misc,
}

impl EntityType {
    /// All types, in tag order.
    pub const ALL: [EntityType; 4] =
        [EntityType::Person, EntityType::Location, EntityType::Organization, EntityType::Misc];

    /// The ANERcorp tag suffix: `PERS`, `LOC`, `ORG`, `MISC`.
    pub fn short(self) -> &'static str {
        match self {
            EntityType::Person => "PERS",
            EntityType::Location => "LOC",
            EntityType::Organization => "ORG",
            EntityType::Misc => "MISC",
        }
    }

    /// The name in JSON output: `PERSON`, `LOCATION`, `ORGANIZATION`, `MISC`.
    pub fn name(self) -> &'static str {
        match self {
            EntityType::Person => "PERSON",
            EntityType::Location => "LOCATION",
            EntityType::Organization => "ORGANIZATION",
            EntityType::Misc => "MISC",
        }
    }

    fn index(self) -> usize {
        match self {
            EntityType::Person => 0,
            EntityType::Location => 1,
            EntityType::Organization => 2,
            EntityType::Misc => 3,
        }
    }
}

impl fmt::Display for EntityType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A BIO tag.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Tag {
    /// Outside any entity.
    O,
    /// The first token of an entity.
    B(EntityType),
    /// A following token of an entity.
    I(EntityType),
}

/// Number of tags.
pub(crate) const N_TAGS: usize = 9;

impl Tag {
    /// The tag's index (0 = O, then B/I per type in [`EntityType::ALL`] order).
    pub(crate) fn index(self) -> usize {
        match self {
            Tag::O => 0,
            Tag::B(t) => 1 + 2 * t.index(),
            Tag::I(t) => 2 + 2 * t.index(),
        }
    }

    /// The tag of an index (out-of-range indexes are O).
    pub(crate) fn from_index(i: usize) -> Tag {
        match i {
            1..=8 => {
                let t = EntityType::ALL[(i - 1) / 2];
                if i.is_multiple_of(2) { Tag::I(t) } else { Tag::B(t) }
            }
            _ => Tag::O,
        }
    }

    /// The entity type, if not O.
    pub fn entity_type(self) -> Option<EntityType> {
        match self {
            Tag::O => None,
            Tag::B(t) | Tag::I(t) => Some(t),
        }
    }
}

impl fmt::Display for Tag {
    /// The ANERcorp spelling: `O`, `B-PERS`, `I-LOC`, …
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Tag::O => f.write_str("O"),
            Tag::B(t) => write!(f, "B-{}", t.short()),
            Tag::I(t) => write!(f, "I-{}", t.short()),
        }
    }
}

/// A tag string that is not in the ANERcorp tag set.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown NER tag {0:?}")]
pub struct UnknownTag(pub String);

impl FromStr for Tag {
    type Err = UnknownTag;

    /// Parses `O`, `B-PERS`, `I-ORG`, … (also `B-PER`, `B-PERSON`, `B-LOCATION`, `B-ORGANIZATION`).
    fn from_str(s: &str) -> Result<Tag, UnknownTag> {
        if s == "O" {
            return Ok(Tag::O);
        }
        let bad = || UnknownTag(s.to_string());
        let (bi, ty) = s.split_once('-').ok_or_else(bad)?;
        let ty = match ty {
            "PERS" | "PER" | "PERSON" => EntityType::Person,
            "LOC" | "LOCATION" => EntityType::Location,
            "ORG" | "ORGANIZATION" => EntityType::Organization,
            "MISC" => EntityType::Misc,
            _ => return Err(bad()),
        };
        match bi {
            "B" => Ok(Tag::B(ty)),
            "I" => Ok(Tag::I(ty)),
            _ => Err(bad()),
        }
    }
}

/// Is `cur` allowed after `prev` (`None` = sentence start) in BIO?
pub(crate) fn allowed(prev: Option<usize>, cur: usize) -> bool {
    match Tag::from_index(cur) {
        Tag::I(t) => prev.is_some_and(|p| Tag::from_index(p).entity_type() == Some(t)),
        _ => true,
    }
}

/// Viterbi over BIO-valid sequences. `emit[i][t]` scores tag t at token i;
/// `trans[p * N_TAGS + t]` scores p → t, with p = N_TAGS the sentence start.
pub(crate) fn viterbi(emit: &[[f32; N_TAGS]], trans: &[f32]) -> Vec<usize> {
    let n = emit.len();
    if n == 0 {
        return Vec::new();
    }
    let mut score = vec![[f32::NEG_INFINITY; N_TAGS]; n];
    let mut back = vec![[0u8; N_TAGS]; n];
    for t in 0..N_TAGS {
        if allowed(None, t) {
            score[0][t] = emit[0][t] + trans.get(N_TAGS * N_TAGS + t).copied().unwrap_or(0.0);
        }
    }
    for i in 1..n {
        for t in 0..N_TAGS {
            let mut best = f32::NEG_INFINITY;
            let mut arg = 0;
            for (p, prev) in score[i - 1].iter().enumerate() {
                if !allowed(Some(p), t) {
                    continue;
                }
                let s = prev + trans.get(p * N_TAGS + t).copied().unwrap_or(0.0);
                if s > best {
                    best = s;
                    arg = p;
                }
            }
            score[i][t] = best + emit[i][t];
            back[i][t] = arg as u8;
        }
    }
    let mut t = (0..N_TAGS).fold(0, |a, b| if score[n - 1][b] > score[n - 1][a] { b } else { a });
    let mut out = vec![0; n];
    for i in (0..n).rev() {
        out[i] = t;
        t = back[i][t] as usize;
    }
    out
}

/// A trained NER model.
#[derive(Debug, Clone, PartialEq)]
pub struct NerModel {
    /// Buckets are `2^bits`.
    pub(crate) bits: u32,
    /// Dequantization factor of `emit`.
    pub(crate) scale: f32,
    /// `2^bits × N_TAGS` quantized weights, bucket-major.
    pub(crate) emit: Vec<i16>,
    /// `(N_TAGS + 1) × N_TAGS` transition weights (last row: sentence start).
    pub(crate) trans: Vec<f32>,
    pub(crate) gazetteer: Gazetteer,
    pub(crate) distrib: Distrib,
    pub(crate) prior: Prior,
    /// The first stage, whose tags of a document give the [`doc`] features of this one.
    pub(crate) first: Option<Box<NerModel>>,
}

/// Why a model file could not be read.
#[derive(Debug, thiserror::Error)]
pub enum NerError {
    #[error("not a Khabar NER model (bad magic or version)")]
    BadHeader,
    #[error("the model file is truncated or corrupt")]
    Corrupt,
    #[error("{0}")]
    Io(#[from] std::io::Error),
}

static EMBEDDED: LazyLock<NerModel> = LazyLock::new(|| {
    NerModel::from_bytes(include_bytes!("../../../assets/ner/model.bin"))
        .unwrap_or_else(|_| NerModel::empty(1))
});

impl NerModel {
    /// A model whose weights are all zero (tags everything O), with `2^bits` buckets.
    pub fn empty(bits: u32) -> Self {
        NerModel {
            bits,
            scale: 1.0,
            emit: vec![0; (1usize << bits) * N_TAGS],
            trans: vec![0.0; (N_TAGS + 1) * N_TAGS],
            gazetteer: Gazetteer::default(),
            distrib: Distrib::default(),
            prior: Prior::default(),
            first: None,
        }
    }

    /// The model shipped in `assets/ner/model.bin`, parsed on first use. (Should that
    /// file not parse, this is an empty model that tags everything O; the `ner_eval` test
    /// would then fail.)
    pub fn embedded() -> &'static NerModel {
        &EMBEDDED
    }

    /// Reads a model written by [`NerModel::to_bytes`].
    pub fn from_bytes(bytes: &[u8]) -> Result<NerModel, NerError> {
        format::read(bytes)
    }

    /// Serializes the model (deterministic: the same model gives the same bytes).
    pub fn to_bytes(&self) -> Vec<u8> {
        format::write(self)
    }

    /// Number of non-zero weights.
    pub fn nonzero_weights(&self) -> usize {
        self.emit.iter().filter(|w| **w != 0).count()
    }

    /// Trains a model without gazetteer features: `epochs` passes over `sentences`
    /// (tokens and gold tags, of equal length), shuffled with `seed`. See
    /// [`NerModel::train_with`] for every option.
    pub fn train(sentences: &[(Vec<String>, Vec<Tag>)], epochs: usize, seed: u64) -> NerModel {
        Self::train_with(sentences, &TrainConfig { epochs, seed, ..TrainConfig::default() })
    }

    /// Trains a model with the options in `config`.
    pub fn train_with(sentences: &[(Vec<String>, Vec<Tag>)], config: &TrainConfig) -> NerModel {
        train::train(sentences, config)
    }

    /// Trains a two-stage model: corpus tag priors ([`Prior`]) from tagging `texts`
    /// (unlabelled news) with first-stage models, then a model using them as features.
    /// The priors seen by each of `folds` contiguous parts of `sentences` come from a
    /// first-stage model trained without that part; the shipped priors from one trained on
    /// everything.
    pub fn train_stacked(
        sentences: &[(Vec<String>, Vec<Tag>)],
        config: &TrainConfig,
        texts: &[&str],
        folds: usize,
    ) -> NerModel {
        train::train_stacked(sentences, config, texts, folds)
    }

    /// Is `word` mostly part of a person's name across ANT v2.1, as the first-stage model
    /// tagged it there (its corpus prior): at least two fifths of its occurrences, and
    /// seen at least 8 times (a rarer word's share is that of one or two articles).
    /// «زرداري» is; «هدفاً» and «حصون» are not.
    pub fn usually_a_name(&self, word: &str) -> bool {
        let mut buf = String::new();
        crate::text::normalize::normalize_into(word, &features::NER_NORMALIZATION, &mut buf);
        self.prior.get(&[features::fnv(buf.as_bytes())]).is_some_and(|p| p.share[0] >= 2 && p.log_count >= 3)
    }

    /// Tags one sentence of tokens (as the tokenizer cuts them: clitics attached,
    /// punctuation apart) with BIO tags. (A sentence alone: [`NerModel::tag_document`]
    /// sees more.)
    pub fn tag(&self, tokens: &[&str]) -> Vec<Tag> {
        self.tag_document(&[tokens.to_vec()]).pop().unwrap_or_default()
    }

    /// Tags the sentences of one document, in order: with a first stage, the tags it
    /// gives the other occurrences of a word nearby are features of the second.
    pub fn tag_document(&self, sentences: &[Vec<&str>]) -> Vec<Vec<Tag>> {
        match &self.first {
            Some(first) => {
                let t1: Vec<Vec<Tag>> = sentences.iter().map(|s| first.tag_sentence(s, None)).collect();
                let hints = doc::hints(sentences, &t1);
                sentences
                    .iter()
                    .zip(&hints)
                    .map(|(s, h)| {
                        let mut tags = self.tag_sentence(s, Some(h));
                        self.split_coordinated_persons(s, &mut tags);
                        tags
                    })
                    .collect()
            }
            None => sentences.iter().map(|s| self.tag_sentence(s, None)).collect(),
        }
    }

    fn tag_sentence(&self, tokens: &[&str], doc: Option<&[Option<doc::DocHint>]>) -> Vec<Tag> {
        if tokens.is_empty() {
            return Vec::new();
        }
        let f = features::extract(tokens, &self.gazetteer, &self.distrib, &self.prior, doc, self.bits);
        let mut emit = vec![[0f32; N_TAGS]; f.len()];
        for (i, e) in emit.iter_mut().enumerate() {
            let mut acc = [0i32; N_TAGS];
            for &b in f.token(i) {
                let base = b as usize * N_TAGS;
                if let Some(row) = self.emit.get(base..base + N_TAGS) {
                    for (a, w) in acc.iter_mut().zip(row) {
                        *a += i32::from(*w);
                    }
                }
            }
            for (e, a) in e.iter_mut().zip(acc) {
                *e = a as f32 * self.scale;
            }
        }
        let mut tags: Vec<Tag> = viterbi(&emit, &self.trans).into_iter().map(Tag::from_index).collect();
        self.gazetteer_types(tokens, &mut tags);
        tags
    }

    /// Two people joined by «و» that the model took for one («ليونيل ميسي ولويس سواريز»):
    /// inside a person span, a «و» word that is no listed name itself («وليد»، «وائل»)
    /// starts a new person when it has two words of the span before it and one after, or
    /// when it is «و» + a listed one-word person name. The gold of ANERcorp's train split
    /// starts a new person at a «و» word inside a run of names 149 times to 49 (the 49
    /// mostly «ولد» "son of" and names like «وايت» that no list holds without «و»); with
    /// two names before and one after, 105 times to 1 («وليد»). Applied to the
    /// final tags of a two-stage model only, so training and the first stage are unchanged.
    fn split_coordinated_persons(&self, tokens: &[&str], tags: &mut [Tag]) {
        let Some(persons) = self.gazetteer.sets.first() else { return };
        if persons.is_empty() {
            return;
        }
        let info = features::infos(tokens);
        for (a, b, ty) in eval::spans(tags) {
            if ty != EntityType::Person {
                continue;
            }
            for i in a + 1..b {
                let norm = &info[i].norm;
                let Some(rest) = norm.strip_prefix('و') else { continue };
                if rest.chars().count() < 3 || persons.contains(&features::fnv(norm.as_bytes())) {
                    continue;
                }
                // Between two names of two words or more, any «و» word; elsewhere a listed
                // name after «و».
                let between = i >= a + 2 && i + 1 < b;
                if between || persons.contains(&features::fnv(rest.as_bytes())) {
                    tags[i] = Tag::B(EntityType::Person);
                }
            }
        }
    }

    /// A tagged span that is, as a whole, an entry of exactly one gazetteer list takes
    /// that list's type (the model found the span; the list knows what it names). MISC has
    /// no list, so e.g. «داعش» between quotes, tagged MISC, becomes the organization the
    /// list says it is. (Chosen on the dev split.)
    fn gazetteer_types(&self, tokens: &[&str], tags: &mut [Tag]) {
        if self.gazetteer.is_empty() {
            return;
        }
        let info = features::infos(tokens);
        for (a, b, ty) in eval::spans(tags) {
            let m = self.gazetteer.exact(&info[a..b]);
            if m.count_ones() != 1 {
                continue;
            }
            let t = [EntityType::Person, EntityType::Location, EntityType::Organization]
                [m.trailing_zeros() as usize];
            // Only organizations: relabelling to person or location lost MISC spans
            // (nationalities, languages) on the dev split.
            if t != ty && t == EntityType::Organization {
                tags[a] = Tag::B(t);
                for x in &mut tags[a + 1..b] {
                    *x = Tag::I(t);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_round_trip_through_strings() {
        for i in 0..N_TAGS {
            let t = Tag::from_index(i);
            assert_eq!(t.index(), i);
            assert_eq!(t.to_string().parse::<Tag>(), Ok(t));
        }
        assert_eq!("B-PERS".parse::<Tag>(), Ok(Tag::B(EntityType::Person)));
        assert!("B-FOO".parse::<Tag>().is_err());
        assert!("X".parse::<Tag>().is_err());
    }

    #[test]
    fn a_wa_word_starts_a_new_person() {
        let mut m = NerModel::empty(4);
        m.gazetteer = Gazetteer::from_lists("لويس\nسواريز\nوليد\nميسي", "", "");
        let p = |b: bool| if b { Tag::B(EntityType::Person) } else { Tag::I(EntityType::Person) };
        let mut tags = vec![p(true), p(false), p(false), p(false)];
        m.split_coordinated_persons(&["ليونيل", "ميسي", "ولويس", "سواريز"], &mut tags);
        assert_eq!(tags, vec![p(true), p(false), p(true), p(false)]);
        // «وليد» is a name itself; «ولد» ("son of") is no listed name without «و».
        let mut tags = vec![p(true), p(false), p(false), p(false)];
        m.split_coordinated_persons(&["سالم", "وليد", "ولد", "ميسي"], &mut tags);
        assert_eq!(tags, vec![p(true), p(false), p(false), p(false)]);
        // Between two names of two words, an unlisted «و» word starts the second.
        let mut tags = vec![p(true), p(false), p(false), p(false)];
        m.split_coordinated_persons(&["إلياس", "سخيري", "وغيلان", "شعلالي"], &mut tags);
        assert_eq!(tags, vec![p(true), p(false), p(true), p(false)]);
        let mut tags = vec![p(true), p(false), p(false)];
        m.split_coordinated_persons(&["سالم", "ولد", "البشير"], &mut tags);
        assert_eq!(tags, vec![p(true), p(false), p(false)]);
    }

    #[test]
    fn viterbi_respects_bio() {
        // Emission prefers I-PERS twice; BIO forbids it at the start, so the best valid
        // path opens the person with B-PERS (5) rather than taking B-LOC (1).
        let mut e = [[0f32; N_TAGS]; 2];
        e[0][Tag::I(EntityType::Person).index()] = 5.0;
        e[0][Tag::B(EntityType::Location).index()] = 1.0;
        e[1][Tag::I(EntityType::Person).index()] = 5.0;
        let trans = vec![0f32; (N_TAGS + 1) * N_TAGS];
        let path: Vec<Tag> = viterbi(&e, &trans).into_iter().map(Tag::from_index).collect();
        assert_eq!(path, vec![Tag::B(EntityType::Person), Tag::I(EntityType::Person)]);
    }

    const P: Tag = Tag::B(EntityType::Person);
    const L: Tag = Tag::B(EntityType::Location);

    /// A toy language: persons after قال/زار/وصل, places after في/إلى; the first `n`
    /// sentences of it.
    fn toy(n: usize) -> Vec<(Vec<String>, Vec<Tag>)> {
        let s = |w: &[&str], t: &[Tag]| (w.iter().map(|x| x.to_string()).collect(), t.to_vec());
        let all = vec![
            s(&["قال", "بوتين", "في", "موسكو"], &[Tag::O, P, Tag::O, L]),
            s(&["قال", "هولاند", "في", "باريس"], &[Tag::O, P, Tag::O, L]),
            s(&["زار", "بوتين", "باريس"], &[Tag::O, P, L]),
            s(&["وصل", "هولاند", "إلى", "موسكو"], &[Tag::O, P, Tag::O, L]),
        ];
        all.into_iter().take(n).collect()
    }

    #[test]
    fn training_learns_a_toy_language_and_round_trips() {
        let (p, l) = (P, L);
        let data = toy(3);
        let m = NerModel::train(&data, 5, 7);
        assert_eq!(m.tag(&["قال", "بوتين", "في", "باريس"]), vec![Tag::O, p, Tag::O, l]);
        let again = NerModel::train(&data, 5, 7);
        assert_eq!(m.to_bytes(), again.to_bytes(), "training is reproducible");
        let back = NerModel::from_bytes(&m.to_bytes()).expect("round trip");
        assert_eq!(back, m);
        assert!(NerModel::from_bytes(b"nope").is_err());
        assert!(NerModel::from_bytes(&m.to_bytes()[..20]).is_err());
    }

    #[test]
    fn stacked_training_is_reproducible_and_round_trips_with_its_first_stage() {
        let (p, l) = (P, L);
        let data = toy(4);
        let texts = ["قال بوتين في موسكو إن هولاند زار باريس.", "وصل بوتين إلى باريس."];
        let config = TrainConfig { epochs: 5, seed: 3, ..TrainConfig::default() };
        let m = NerModel::train_stacked(&data, &config, &texts, 2);
        assert!(m.first.is_some(), "a first stage is kept");
        assert!(!m.prior.is_empty(), "the unlabelled texts gave priors");
        let doc = m.tag_document(&[vec!["قال", "بوتين", "في", "باريس"], vec!["وصل", "هولاند"]]);
        assert_eq!(doc[0], vec![Tag::O, p, Tag::O, l]);
        let again = NerModel::train_stacked(&data, &config, &texts, 2);
        assert_eq!(m.to_bytes(), again.to_bytes(), "stacked training is reproducible");
        let back = NerModel::from_bytes(&m.to_bytes()).expect("round trip");
        assert_eq!(back, m, "the first stage shares the gazetteer and signatures");
    }
}
