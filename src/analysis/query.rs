//! What a user types into a search box, turned into the set of surface types it
//! matches: a word at a level (surface, normalized, stem, root), a wildcard (`*`, `?`),
//! a regular expression, or a phrase of several of these. Normalization switches
//! (diacritics, alef/hamza, ى/ي, ة/ه, tatweel) apply to both the query and the text.

use rayon::prelude::*;
use regex::Regex;
use serde::{Deserialize, Serialize};

use super::index::{CorpusIndex, Level, query_form};
use crate::text::normalize::{Normalization, normalize};

/// How a query term is compared with the words of the corpus.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum MatchMode {
    /// The whole word, at the level.
    #[default]
    Exact,
    /// `*` any run of letters, `?` one letter.
    Wildcard,
    /// A regular expression over the word at the level (anchored: the whole word).
    Regex,
}

/// A search: one term, or a phrase of terms separated by spaces.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Query {
    pub text: String,
    pub level: Level,
    pub mode: MatchMode,
    /// Applied to the query and to each word before comparing, at the surface and
    /// normalized levels (stems and roots have their own normalization).
    pub normalization: Normalization,
}

impl Query {
    /// A word or phrase at `level`, with the default switches for that level
    /// (none for surface, the search folding otherwise).
    pub fn new(text: impl Into<String>, level: Level) -> Query {
        let normalization =
            if level == Level::Surface { Normalization::none() } else { Normalization::search() };
        Query { text: text.into(), level, mode: MatchMode::Exact, normalization }
    }

    pub fn with_mode(mut self, mode: MatchMode) -> Query {
        self.mode = mode;
        self
    }

    /// The terms of a phrase (a single word is a phrase of one).
    pub fn terms(&self) -> Vec<&str> {
        self.text.split_whitespace().collect()
    }
}

/// Why a query cannot run.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum QueryError {
    #[error("the query is empty")]
    Empty,
    #[error("not a valid regular expression: {0}")]
    BadRegex(String),
}

/// Surface types matched by one term, as a mask over the surface vocabulary.
pub fn match_term(index: &CorpusIndex, term: &str, query: &Query) -> Result<Vec<bool>, QueryError> {
    let n = index.type_count();
    let stems = matches!(query.level, Level::Light | Level::Isri | Level::Root);
    match query.mode {
        MatchMode::Exact if stems => {
            let form = query_form(term, query.level);
            let mut mask = vec![false; n];
            if let Some(id) = index.vocab(query.level).id(&form) {
                for (t, m) in mask.iter_mut().enumerate() {
                    *m = index.level_id(t as u32, query.level) == id;
                }
            }
            Ok(mask)
        }
        MatchMode::Exact => {
            let want = normalize(term, &query.normalization);
            // Fast paths: the index already holds these two foldings.
            if query.normalization == Normalization::none() {
                let mut mask = vec![false; n];
                if let Some(t) = index.surface().id(&want) {
                    mask[t as usize] = true;
                }
                return Ok(mask);
            }
            if query.normalization == Normalization::search() {
                let mut mask = vec![false; n];
                if let Some(id) = index.vocab(Level::Normalized).id(&want) {
                    for (t, m) in mask.iter_mut().enumerate() {
                        *m = index.level_id(t as u32, Level::Normalized) == id;
                    }
                }
                return Ok(mask);
            }
            Ok(map_types(index, |s| normalize(s, &query.normalization) == want))
        }
        MatchMode::Wildcard | MatchMode::Regex => {
            let pattern = match query.mode {
                MatchMode::Wildcard => wildcard_to_regex(&normalize(term, &query.normalization)),
                _ => term.to_owned(),
            };
            let re =
                Regex::new(&format!("^(?:{pattern})$")).map_err(|e| QueryError::BadRegex(e.to_string()))?;
            if stems {
                // Match the level's vocabulary once, then map types through it.
                let vocab = index.vocab(query.level);
                let hit: Vec<bool> = (0..vocab.len() as u32).map(|id| re.is_match(vocab.get(id))).collect();
                Ok((0..n as u32).map(|t| hit[index.level_id(t, query.level) as usize]).collect())
            } else {
                Ok(map_types(index, |s| re.is_match(&normalize(s, &query.normalization))))
            }
        }
    }
}

fn map_types(index: &CorpusIndex, f: impl Fn(&str) -> bool + Sync) -> Vec<bool> {
    (0..index.type_count() as u32).into_par_iter().map(|t| f(index.surface().get(t))).collect()
}

/// `*` → any letters, `?` → one letter, everything else literal.
fn wildcard_to_regex(w: &str) -> String {
    let mut out = String::new();
    for c in w.chars() {
        match c {
            '*' => out.push_str(".*"),
            '?' => out.push('.'),
            c => out.push_str(&regex::escape(&c.to_string())),
        }
    }
    out
}

/// One match: `len` consecutive tokens from global position `start`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Hit {
    pub start: u32,
    pub len: u32,
}

impl Hit {
    pub fn end(&self) -> u32 {
        self.start + self.len
    }
}

/// All matches of `query` in corpus order.
pub fn find(index: &CorpusIndex, query: &Query) -> Result<Vec<Hit>, QueryError> {
    let terms = query.terms();
    if terms.is_empty() {
        return Err(QueryError::Empty);
    }
    let masks: Vec<Vec<bool>> =
        terms.iter().map(|t| match_term(index, t, query)).collect::<Result<_, _>>()?;
    let mut starts: Vec<u32> = (0..index.type_count() as u32)
        .filter(|&t| masks[0][t as usize])
        .flat_map(|t| index.postings(t).iter().copied())
        .collect();
    starts.sort_unstable();
    if terms.len() == 1 {
        return Ok(starts.into_iter().map(|start| Hit { start, len: 1 }).collect());
    }
    let n = terms.len() as u32;
    let total = index.token_count() as u32;
    Ok(starts
        .into_iter()
        .filter(|&s| {
            s + n <= total
                && index.doc_of(s) == index.doc_of(s + n - 1)
                && (1..n).all(|k| masks[k as usize][index.token(s + k) as usize])
        })
        .map(|start| Hit { start, len: n })
        .collect())
}

/// Number of matches, without materializing them when the query is one word.
pub fn count(index: &CorpusIndex, query: &Query) -> Result<usize, QueryError> {
    let terms = query.terms();
    if let [term] = terms.as_slice() {
        let mask = match_term(index, term, query)?;
        return Ok((0..index.type_count() as u32)
            .filter(|&t| mask[t as usize])
            .map(|t| index.postings(t).len())
            .sum());
    }
    find(index, query).map(|h| h.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::index::tests::index;

    fn texts(ix: &CorpusIndex, hits: &[Hit]) -> Vec<String> {
        hits.iter()
            .map(|h| (h.start..h.end()).map(|p| ix.token_text(p)).collect::<Vec<_>>().join(" "))
            .collect()
    }

    #[test]
    fn surface_normalized_and_stems() {
        let ix = index(&["قال الرئيس إن الأمر قالَ. وقال الوزير", "قالت المصادر"]);
        let surface = find(&ix, &Query::new("قال", Level::Surface)).expect("query");
        assert_eq!(texts(&ix, &surface), vec!["قال"]);
        let norm = find(&ix, &Query::new("قال", Level::Normalized)).expect("query");
        assert_eq!(texts(&ix, &norm), vec!["قال", "قالَ"]);
        // Hamza-insensitive: «الامر» finds «الأمر».
        let hamza = find(&ix, &Query::new("الامر", Level::Normalized)).expect("query");
        assert_eq!(texts(&ix, &hamza), vec!["الأمر"]);
        // The root of قال, وقال, قالت is قول.
        let root = find(&ix, &Query::new("قال", Level::Root)).expect("query");
        assert!(texts(&ix, &root).contains(&"وقال".to_owned()), "{:?}", texts(&ix, &root));
        assert!(texts(&ix, &root).contains(&"قالت".to_owned()));
    }

    #[test]
    fn wildcard_regex_and_phrase() {
        let ix = index(&["قال الرئيس الروسي فلاديمير بوتين. الرئيس الفرنسي قال"]);
        let w =
            find(&ix, &Query::new("الرئيس*", Level::Normalized).with_mode(MatchMode::Wildcard)).expect("q");
        assert_eq!(w.len(), 2);
        let r =
            find(&ix, &Query::new("ال(روسي|فرنسي)", Level::Surface).with_mode(MatchMode::Regex)).expect("q");
        assert_eq!(texts(&ix, &r), vec!["الروسي", "الفرنسي"]);
        let p = find(&ix, &Query::new("الرئيس الروسي", Level::Normalized)).expect("q");
        assert_eq!(texts(&ix, &p), vec!["الرئيس الروسي"]);
        assert_eq!(count(&ix, &Query::new("قال", Level::Surface)), Ok(2));
        assert!(matches!(
            find(&ix, &Query::new("(", Level::Surface).with_mode(MatchMode::Regex)),
            Err(QueryError::BadRegex(_))
        ));
        assert_eq!(find(&ix, &Query::new("  ", Level::Surface)), Err(QueryError::Empty));
    }

    #[test]
    fn switches_are_independent() {
        let ix = index(&["إسرائيل اسرائيل مستشفى مستشفي"]);
        let mut q = Query::new("اسرائيل", Level::Surface);
        assert_eq!(count(&ix, &q), Ok(1));
        q.normalization.unify_alef = true;
        assert_eq!(count(&ix, &q), Ok(2));
        let mut q = Query::new("مستشفى", Level::Surface);
        assert_eq!(count(&ix, &q), Ok(1));
        q.normalization.alef_maqsura_to_ya = true;
        assert_eq!(count(&ix, &q), Ok(2));
    }
}
