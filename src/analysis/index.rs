//! The corpus index: every token of every document as a type id, with the type's
//! normalized form, light stem, ISRI stem and root, positions per type, and sentence
//! and paragraph boundaries.
//!
//! Memory-lean: a token is a `u32` type id and a `u32` byte range start/end in its
//! document; strings live once per type. Stemming and root extraction run once per
//! type (a news corpus has ~40× fewer types than tokens), in parallel.

use std::ops::Range;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use rayon::prelude::*;
use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};

use super::structure::{BlockKind, blocks};
use crate::corpus::Document;
use crate::text::normalize::{Normalization, normalize};
use crate::text::sentences::sentences;
use crate::text::stem::{Algorithm, Stemmer};
use crate::text::tokenize::{TokenKind, tokenize};

/// The level at which tokens are compared and counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    /// The word as written (with its diacritics).
    Surface,
    /// Folded for search: no tashkeel or tatweel, one alef, ى→ي, ة→ه.
    Normalized,
    /// Khabar's light stem (prefixes and suffixes stripped conservatively).
    Light,
    /// The ISRI stem (as NLTK).
    Isri,
    /// The root.
    Root,
}

impl Level {
    pub const ALL: [Level; 5] = [Level::Surface, Level::Normalized, Level::Light, Level::Isri, Level::Root];

    pub fn label(self) -> &'static str {
        match self {
            Level::Surface => "surface",
            Level::Normalized => "normalized",
            Level::Light => "light stem",
            Level::Isri => "ISRI stem",
            Level::Root => "root",
        }
    }

    /// Index into the derived levels (`None` for surface).
    fn derived(self) -> Option<usize> {
        match self {
            Level::Surface => None,
            Level::Normalized => Some(0),
            Level::Light => Some(1),
            Level::Isri => Some(2),
            Level::Root => Some(3),
        }
    }
}

/// Strings with dense ids.
#[derive(Debug, Clone, Default)]
pub struct Vocab {
    strings: Vec<Box<str>>,
    ids: FxHashMap<Box<str>, u32>,
}

impl Vocab {
    /// The id of `s`, adding it if new.
    pub fn intern(&mut self, s: &str) -> u32 {
        if let Some(&id) = self.ids.get(s) {
            return id;
        }
        let id = u32::try_from(self.strings.len()).unwrap_or(u32::MAX);
        self.strings.push(s.into());
        self.ids.insert(s.into(), id);
        id
    }
    pub fn id(&self, s: &str) -> Option<u32> {
        self.ids.get(s).copied()
    }
    pub fn get(&self, id: u32) -> &str {
        self.strings.get(id as usize).map_or("", |s| s)
    }
    pub fn len(&self) -> usize {
        self.strings.len()
    }
    pub fn is_empty(&self) -> bool {
        self.strings.is_empty()
    }
    pub fn iter(&self) -> impl Iterator<Item = (u32, &str)> {
        self.strings.iter().enumerate().map(|(i, s)| (i as u32, &**s))
    }
}

/// Is a token of this kind counted as a word (frequencies, n-grams, collocations)?
/// Punctuation and symbols are kept in the index for concordance context only.
pub fn is_countable(kind: TokenKind) -> bool {
    !matches!(kind, TokenKind::Punctuation | TokenKind::Symbol)
}

/// The index. Cheap to share: build it once, wrap it in an `Arc`.
#[derive(Debug, Clone, Default)]
pub struct CorpusIndex {
    docs: Vec<Arc<Document>>,
    surface: Vocab,
    kinds: Vec<TokenKind>,
    /// For each surface type, its id in each derived level.
    level_ids: [Vec<u32>; 4],
    level_vocab: [Vocab; 4],
    /// Surface type id of every token, documents one after another.
    tokens: Vec<u32>,
    /// Byte range of every token in its document's body.
    starts: Vec<u32>,
    ends: Vec<u32>,
    /// First token of each document.
    doc_starts: Vec<u32>,
    /// Global token indices where sentences / paragraphs start, ascending.
    sentence_starts: Vec<u32>,
    paragraph_starts: Vec<u32>,
    /// Positions of each surface type (CSR: `post_starts[t]..post_starts[t+1]`).
    post_starts: Vec<u32>,
    positions: Vec<u32>,
    countable_tokens: u64,
}

/// Tokens of one document before interning.
struct DocTokens {
    spans: Vec<(u32, u32, TokenKind)>,
    sentence_starts: Vec<u32>,
    paragraph_starts: Vec<u32>,
}

fn tokenize_document(doc: &Document) -> DocTokens {
    let body = &doc.body;
    let mut out = DocTokens { spans: Vec::new(), sentence_starts: Vec::new(), paragraph_starts: Vec::new() };
    for block in blocks(body) {
        if block.kind == BlockKind::Noise {
            continue;
        }
        let first = out.spans.len();
        let text = &body[block.range.clone()];
        for tok in tokenize(text) {
            let a = (block.range.start + tok.range.start) as u32;
            let b = (block.range.start + tok.range.end) as u32;
            out.spans.push((a, b, tok.kind));
        }
        if out.spans.len() == first {
            continue;
        }
        out.paragraph_starts.push(first as u32);
        // The first token at or after each sentence's start begins a sentence; the
        // paragraph's first token always does.
        let mut i = first;
        for sentence in sentences(text) {
            let start = (block.range.start + sentence.start) as u32;
            while i < out.spans.len() && out.spans[i].0 < start {
                i += 1;
            }
            if i < out.spans.len() && out.sentence_starts.last() != Some(&(i as u32)) {
                out.sentence_starts.push(i as u32);
            }
        }
        if out.sentence_starts.binary_search(&(first as u32)).is_err() {
            let at = out.sentence_starts.partition_point(|&s| s < first as u32);
            out.sentence_starts.insert(at, first as u32);
        }
    }
    out
}

/// Progress and cancellation for a long build.
pub struct BuildControl<'a> {
    pub cancel: &'a AtomicBool,
    /// Called with (documents done, total).
    pub progress: &'a (dyn Fn(usize, usize) + Sync),
}

impl CorpusIndex {
    /// Indexes `docs`. Returns `None` if cancelled.
    pub fn build(docs: Vec<Arc<Document>>, control: &BuildControl<'_>) -> Option<CorpusIndex> {
        CorpusIndex::default().extend(docs, control)
    }

    /// This index plus `new_docs`: types already seen keep their ids and stems, only
    /// new types are normalized and stemmed. Returns `None` if cancelled.
    pub fn extend(&self, new_docs: Vec<Arc<Document>>, control: &BuildControl<'_>) -> Option<CorpusIndex> {
        let total = new_docs.len();
        let done = AtomicUsize::new(0);
        let tokenized: Vec<Option<DocTokens>> = new_docs
            .par_iter()
            .map(|d| {
                if control.cancel.load(Ordering::Relaxed) {
                    return None;
                }
                let t = tokenize_document(d);
                let n = done.fetch_add(1, Ordering::Relaxed) + 1;
                if n.is_multiple_of(256) || n == total {
                    (control.progress)(n, total);
                }
                Some(t)
            })
            .collect();
        if control.cancel.load(Ordering::Relaxed) {
            return None;
        }
        let mut ix = self.clone();
        let first_new_type = ix.surface.len();
        for (doc, toks) in new_docs.into_iter().zip(tokenized.into_iter().flatten()) {
            let base = ix.tokens.len() as u32;
            ix.sentence_starts.extend(toks.sentence_starts.iter().map(|s| s + base));
            ix.paragraph_starts.extend(toks.paragraph_starts.iter().map(|s| s + base));
            for &(a, b, kind) in &toks.spans {
                let id = ix.surface.intern(&doc.body[a as usize..b as usize]);
                if id as usize == ix.kinds.len() {
                    ix.kinds.push(kind);
                }
                if is_countable(kind) {
                    ix.countable_tokens += 1;
                }
                ix.tokens.push(id);
                ix.starts.push(a);
                ix.ends.push(b);
            }
            ix.doc_starts.push(base);
            ix.docs.push(doc);
        }
        // Derived levels for the new types, computed in parallel.
        let new_types: Vec<(u32, TokenKind)> =
            (first_new_type..ix.surface.len()).map(|t| (t as u32, ix.kinds[t])).collect();
        let derived: Vec<[String; 4]> = {
            let surface = &ix.surface;
            new_types.par_iter().map(|&(t, kind)| derive_levels(surface.get(t), kind)).collect()
        };
        for forms in derived {
            for (l, form) in forms.iter().enumerate() {
                let id = ix.level_vocab[l].intern(form);
                ix.level_ids[l].push(id);
            }
        }
        ix.build_postings();
        (control.progress)(total, total);
        Some(ix)
    }

    fn build_postings(&mut self) {
        let n_types = self.surface.len();
        let mut counts = vec![0u32; n_types + 1];
        for &t in &self.tokens {
            counts[t as usize + 1] += 1;
        }
        for i in 1..counts.len() {
            counts[i] += counts[i - 1];
        }
        let mut fill = counts.clone();
        let mut positions = vec![0u32; self.tokens.len()];
        for (pos, &t) in self.tokens.iter().enumerate() {
            let slot = &mut fill[t as usize];
            positions[*slot as usize] = pos as u32;
            *slot += 1;
        }
        self.post_starts = counts;
        self.positions = positions;
    }

    // ---- accessors ----

    pub fn documents(&self) -> &[Arc<Document>] {
        &self.docs
    }
    pub fn doc_count(&self) -> usize {
        self.docs.len()
    }
    /// All tokens, punctuation included.
    pub fn token_count(&self) -> usize {
        self.tokens.len()
    }
    /// Tokens counted as words (see [`is_countable`]): the N of frequency statistics.
    pub fn word_count(&self) -> u64 {
        self.countable_tokens
    }
    pub fn surface(&self) -> &Vocab {
        &self.surface
    }
    pub fn type_count(&self) -> usize {
        self.surface.len()
    }
    pub fn kind(&self, surface_type: u32) -> TokenKind {
        self.kinds.get(surface_type as usize).copied().unwrap_or(TokenKind::Symbol)
    }
    /// The vocabulary of a level.
    pub fn vocab(&self, level: Level) -> &Vocab {
        match level.derived() {
            None => &self.surface,
            Some(l) => &self.level_vocab[l],
        }
    }
    /// A surface type's id at `level`.
    pub fn level_id(&self, surface_type: u32, level: Level) -> u32 {
        match level.derived() {
            None => surface_type,
            Some(l) => self.level_ids[l].get(surface_type as usize).copied().unwrap_or(0),
        }
    }
    /// The surface type of the token at global position `pos`.
    pub fn token(&self, pos: u32) -> u32 {
        self.tokens[pos as usize]
    }
    pub fn tokens(&self) -> &[u32] {
        &self.tokens
    }
    /// Byte range of the token at `pos` in its document's body.
    pub fn token_range(&self, pos: u32) -> Range<usize> {
        self.starts[pos as usize] as usize..self.ends[pos as usize] as usize
    }
    /// Global token range of document `d`.
    pub fn doc_tokens(&self, d: usize) -> Range<u32> {
        let start = self.doc_starts.get(d).copied().unwrap_or(0);
        let end = self.doc_starts.get(d + 1).copied().unwrap_or(self.tokens.len() as u32);
        start..end
    }
    /// The document holding global position `pos`.
    pub fn doc_of(&self, pos: u32) -> usize {
        self.doc_starts.partition_point(|&s| s <= pos).saturating_sub(1)
    }
    /// Positions of a surface type, ascending.
    pub fn postings(&self, surface_type: u32) -> &[u32] {
        let t = surface_type as usize;
        match (self.post_starts.get(t), self.post_starts.get(t + 1)) {
            (Some(&a), Some(&b)) => &self.positions[a as usize..b as usize],
            _ => &[],
        }
    }
    /// Sentence start positions, ascending.
    pub fn sentence_starts(&self) -> &[u32] {
        &self.sentence_starts
    }
    pub fn paragraph_starts(&self) -> &[u32] {
        &self.paragraph_starts
    }
    /// Does a sentence start at `pos`?
    pub fn starts_sentence(&self, pos: u32) -> bool {
        self.sentence_starts.binary_search(&pos).is_ok()
    }
    /// The text of the token at `pos`.
    pub fn token_text(&self, pos: u32) -> &str {
        let d = self.doc_of(pos);
        self.docs.get(d).and_then(|doc| doc.body.get(self.token_range(pos))).unwrap_or("")
    }
}

/// A word typed by the user, in the form it has at `level`: the same pipeline the
/// index applies to every type, so it can be looked up in [`CorpusIndex::vocab`].
pub fn query_form(word: &str, level: Level) -> String {
    let kind = if word.chars().any(crate::text::script::is_arabic_script) {
        TokenKind::ArabicWord
    } else {
        TokenKind::LatinWord
    };
    match level.derived() {
        None => word.to_owned(),
        Some(l) => {
            let [a, b, c, d] = derive_levels(word, kind);
            [a, b, c, d].into_iter().nth(l).unwrap_or_default()
        }
    }
}

/// Normalized form, light stem, ISRI stem and root of a surface form.
fn derive_levels(surface: &str, kind: TokenKind) -> [String; 4] {
    let normalized = normalize(surface, &Normalization::search());
    if !matches!(kind, TokenKind::ArabicWord) {
        return [normalized.clone(), normalized.clone(), normalized.clone(), normalized];
    }
    thread_local! {
        static STEMMERS: [Stemmer; 3] =
            [Stemmer::new(Algorithm::Light), Stemmer::new(Algorithm::Isri), Stemmer::new(Algorithm::Root)];
    }
    STEMMERS.with(|s| {
        let light = s[0].stem(&normalized).into_owned();
        let isri = s[1].stem(surface).into_owned();
        let root = s[2].stem(surface).into_owned();
        [normalized, light, isri, root]
    })
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub fn doc(body: &str) -> Arc<Document> {
        Arc::new(Document { body: body.into(), ..Default::default() })
    }

    pub fn index(bodies: &[&str]) -> CorpusIndex {
        let cancel = AtomicBool::new(false);
        let control = BuildControl { cancel: &cancel, progress: &|_, _| {} };
        CorpusIndex::build(bodies.iter().map(|b| doc(b)).collect(), &control).expect("not cancelled")
    }

    #[test]
    fn tokens_types_and_postings() {
        let ix = index(&["قال الرئيس: قال.", "&\nقالَ الوزير"]);
        assert_eq!(ix.doc_count(), 2);
        let qal = ix.surface().id("قال").expect("قال is a type");
        assert_eq!(ix.postings(qal).len(), 2);
        // With its fatha it is another surface type but the same normalized one.
        let qala = ix.surface().id("قالَ").expect("قالَ is a type");
        assert_ne!(qal, qala);
        assert_eq!(ix.level_id(qal, Level::Normalized), ix.level_id(qala, Level::Normalized));
        // The noise line `&` is not indexed.
        assert!(ix.surface().id("&").is_none());
        // Byte ranges point into the original body.
        let p = ix.postings(qala)[0];
        assert_eq!(ix.token_text(p), "قالَ");
        assert_eq!(ix.doc_of(p), 1);
        // Words: قال الرئيس قال | قالَ الوزير
        assert_eq!(ix.word_count(), 5);
    }

    #[test]
    fn sentence_and_paragraph_starts() {
        let ix = index(&["جملة أولى. جملة ثانية.\nفقرة ثانية"]);
        let words: Vec<&str> = (0..ix.token_count() as u32).map(|p| ix.token_text(p)).collect();
        let starts: Vec<&str> = ix.sentence_starts().iter().map(|&p| words[p as usize]).collect();
        assert_eq!(starts, vec!["جملة", "جملة", "فقرة"]);
        assert_eq!(ix.paragraph_starts().len(), 2);
    }

    #[test]
    fn extend_keeps_ids_and_adds_documents() {
        let a = index(&["قال الرئيس"]);
        let cancel = AtomicBool::new(false);
        let control = BuildControl { cancel: &cancel, progress: &|_, _| {} };
        let b = a.extend(vec![doc("قال الوزير")], &control).expect("not cancelled");
        assert_eq!(a.surface().id("قال"), b.surface().id("قال"));
        assert_eq!(b.doc_count(), 2);
        let qal = b.surface().id("قال").unwrap_or(u32::MAX);
        assert_eq!(b.postings(qal), &[0, 2]);
        assert_eq!(b.doc_tokens(1), 2..4);
    }

    #[test]
    fn cancel_stops_the_build() {
        let cancel = AtomicBool::new(true);
        let control = BuildControl { cancel: &cancel, progress: &|_, _| {} };
        assert!(CorpusIndex::build(vec![doc("قال")], &control).is_none());
    }
}
