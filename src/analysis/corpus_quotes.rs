//! Who said what across a corpus: every quote with the document it is in, and the
//! speakers merged across documents («بوتين» in one article and «فلاديمير بوتين» in
//! another are one speaker), each with how many quotes and documents they have.
//!
//! Built from the per-article output of [`super::quotes::quotes`]; no I/O, no GUI.

use std::collections::HashMap;
use std::ops::Range;

use serde::{Deserialize, Serialize};

use super::entities::ArticleEntities;
use super::ner::EntityType;
use super::quotes::{Quote, QuoteKind};
use crate::text::normalize::{Normalization, normalize};

/// One quote of the corpus.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CorpusQuote {
    /// Index of the document (in the order the articles were given).
    pub doc: usize,
    pub kind: QuoteKind,
    /// The quoted text: byte range in the document's body.
    pub text: Range<usize>,
    /// The reporting verb as written, when there is one.
    pub verb: Option<String>,
    /// Index into [`CorpusQuotes::speakers`], when the speaker is known.
    pub speaker: Option<usize>,
    /// The quoted text under search normalization, for finding quotes by their words.
    pub key: String,
}

/// A speaker across the corpus.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CorpusSpeaker {
    /// The fullest name the corpus gives the speaker.
    pub name: String,
    /// The name under search normalization (hamza, alef maqsura, ta marbuta folded),
    /// for filtering.
    pub key: String,
    /// Linked to a person the NER found (not a body, a title or a group).
    pub person: bool,
    /// Number of quotes.
    pub quotes: usize,
    /// Number of documents with a quote of theirs.
    pub documents: usize,
}

/// The quotes of a corpus and their speakers, most quoted first.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CorpusQuotes {
    /// By document, then by position in the document.
    pub quotes: Vec<CorpusQuote>,
    /// By number of quotes, most first; ties by name.
    pub speakers: Vec<CorpusSpeaker>,
}

impl CorpusQuotes {
    /// Indices into [`Self::quotes`] of the quotes said by `speaker`.
    pub fn quotes_of(&self, speaker: usize) -> impl Iterator<Item = usize> + '_ {
        self.quotes.iter().enumerate().filter(move |(_, q)| q.speaker == Some(speaker)).map(|(i, _)| i)
    }

    /// Indices of the quotes whose speaker passes `speaker` and whose text holds every
    /// word of `words` (search normalization: «ايران» finds «إيران»): who said what
    /// about something.
    pub fn select(&self, speaker: impl Fn(Option<usize>) -> bool, words: &str) -> Vec<usize> {
        let words: Vec<String> =
            normalize(words, &Normalization::search()).split_whitespace().map(str::to_owned).collect();
        (0..self.quotes.len())
            .filter(|&i| {
                let q = &self.quotes[i];
                speaker(q.speaker) && words.iter().all(|w| q.key.contains(w.as_str()))
            })
            .collect()
    }
}

/// One article's share of the input: its body, its quotes and the entities they link to.
pub struct ArticleQuotes<'a> {
    pub body: &'a str,
    pub quotes: &'a [Quote],
    pub entities: &'a ArticleEntities,
}

/// Collects the quotes of many articles (document `i` is the `i`-th item) and merges
/// their speakers by normalized name; a one-word person («بوتين») joins the person of
/// several words whose last word it is («فلاديمير بوتين»), the most quoted if several.
/// Only persons merge that way: «الرئيس» alone is no part of «نائب الرئيس».
pub fn collect<'a>(articles: impl IntoIterator<Item = ArticleQuotes<'a>>) -> CorpusQuotes {
    struct Group {
        name: String,
        person: bool,
        words: Vec<String>,
        quotes: Vec<usize>,
    }
    let search = Normalization::search();
    let mut groups: Vec<Group> = Vec::new();
    let mut by_key: HashMap<String, usize> = HashMap::new();
    let mut quotes = Vec::new();
    let mut group_of: Vec<Option<usize>> = Vec::new();
    for (doc, a) in articles.into_iter().enumerate() {
        for q in a.quotes {
            let g = q.speaker_name.as_deref().map(str::trim).filter(|n| !n.is_empty()).map(|name| {
                let words: Vec<String> =
                    normalize(name, &search).split_whitespace().map(str::to_owned).collect();
                let person = q
                    .speaker
                    .and_then(|e| a.entities.entities.get(e))
                    .is_some_and(|e| e.kind == EntityType::Person);
                let g = *by_key.entry(words.join(" ")).or_insert_with(|| {
                    groups.push(Group { name: name.to_owned(), person: false, words, quotes: Vec::new() });
                    groups.len() - 1
                });
                groups[g].person |= person;
                groups[g].quotes.push(quotes.len());
                g
            });
            group_of.push(g);
            quotes.push(CorpusQuote {
                doc,
                kind: q.kind,
                text: q.text.clone(),
                verb: q.verb.clone().and_then(|v| a.body.get(v)).map(str::to_owned),
                speaker: None,
                key: normalize(a.body.get(q.text.clone()).unwrap_or(""), &search),
            });
        }
    }
    // One-word persons into the person of several words ending with that word.
    let target: Vec<Option<usize>> = (0..groups.len())
        .map(|g| {
            let (words, person) = (&groups[g].words, groups[g].person);
            if !person || words.len() != 1 {
                return None;
            }
            (0..groups.len())
                .filter(|&h| {
                    groups[h].person && groups[h].words.len() > 1 && groups[h].words.last() == words.last()
                })
                .max_by_key(|&h| (groups[h].quotes.len(), std::cmp::Reverse(h)))
        })
        .collect();
    let root = |g: usize| target[g].unwrap_or(g);
    let mut members: Vec<Vec<usize>> = vec![Vec::new(); groups.len()];
    for (q, g) in group_of.iter().enumerate() {
        if let Some(g) = *g {
            members[root(g)].push(q);
        }
    }
    let mut speakers: Vec<(usize, CorpusSpeaker)> = (0..groups.len())
        .filter(|&g| target[g].is_none())
        .map(|g| {
            let qs = &members[g];
            let mut docs: Vec<usize> = qs.iter().map(|&q| quotes[q].doc).collect();
            docs.dedup();
            let speaker = CorpusSpeaker {
                name: groups[g].name.clone(),
                key: groups[g].words.join(" "),
                person: groups[g].person,
                quotes: qs.len(),
                documents: docs.len(),
            };
            (g, speaker)
        })
        .collect();
    speakers.sort_by(|a, b| b.1.quotes.cmp(&a.1.quotes).then_with(|| a.1.name.cmp(&b.1.name)));
    let mut rank = vec![0; groups.len()];
    for (r, (g, _)) in speakers.iter().enumerate() {
        rank[*g] = r;
    }
    for (q, g) in group_of.into_iter().enumerate() {
        quotes[q].speaker = g.map(|g| rank[root(g)]);
    }
    CorpusQuotes { quotes, speakers: speakers.into_iter().map(|(_, s)| s).collect() }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::quotes::quotes;

    fn corpus(bodies: &[&str]) -> CorpusQuotes {
        let found: Vec<_> = bodies.iter().map(|b| quotes("", b)).collect();
        collect(bodies.iter().zip(&found).map(|(body, (qs, ents))| ArticleQuotes {
            body,
            quotes: qs,
            entities: ents,
        }))
    }

    #[test]
    fn a_person_is_one_speaker_across_documents() {
        let c = corpus(&[
            "عنوان\n\nقال الرئيس الروسي فلاديمير بوتين إن بلاده مستعدة للتعاون مع فرنسا. وأضاف بوتين أن الحوار مستمر.",
            "عنوان آخر\n\nوقال بوتين في موسكو إن العقوبات لن تؤثر على الاقتصاد.",
            "عنوان ثالث\n\nوقالت وزارة الخارجية إن السفير سيعود قريبا.",
        ]);
        assert_eq!(c.quotes.len(), 4, "{c:#?}");
        let putin = c.speakers.iter().position(|s| s.name == "فلاديمير بوتين").expect("putin");
        assert_eq!(c.speakers[putin].quotes, 3, "{c:#?}");
        assert_eq!(c.speakers[putin].documents, 2);
        assert!(c.speakers[putin].person);
        assert_eq!(putin, 0, "the most quoted first");
        assert_eq!(c.quotes_of(putin).map(|q| c.quotes[q].doc).collect::<Vec<_>>(), vec![0, 0, 1]);
        let ministry = c.speakers.iter().position(|s| s.name.contains("وزارة الخارجية")).expect("ministry");
        assert!(!c.speakers[ministry].person);
        assert_eq!(c.quotes[3].speaker, Some(ministry));
        assert_eq!(c.quotes[3].doc, 2);
        assert_eq!(c.quotes[0].verb.as_deref(), Some("قال"));
        // Who said what about something: words folded as in search.
        assert_eq!(c.select(|s| s == Some(putin), "العقوبات"), vec![2]);
        assert_eq!(c.select(|_| true, "السفير"), vec![3]);
        assert_eq!(c.select(|_| true, "اقتصاد"), vec![2]);
        assert_eq!(c.select(|s| s == Some(putin), ""), vec![0, 1, 2]);
        assert!(c.select(|s| s == Some(ministry), "العقوبات").is_empty());
    }

    #[test]
    fn a_title_alone_does_not_join_a_longer_title() {
        let groups = |names: &[(&str, bool)]| {
            // Build the input by hand: one article per name, one quote each.
            let body = "نص";
            let ents = ArticleEntities::default();
            let qs: Vec<Vec<Quote>> = names
                .iter()
                .map(|(n, _)| {
                    vec![Quote {
                        kind: QuoteKind::Indirect,
                        text: 0..body.len(),
                        verb: None,
                        speaker: None,
                        speaker_name: Some((*n).to_owned()),
                        paragraph: 0,
                    }]
                })
                .collect();
            collect(qs.iter().map(|q| ArticleQuotes { body, quotes: q, entities: &ents }))
        };
        let c = groups(&[("نائب الرئيس", false), ("الرئيس", false), ("الرئيس", false)]);
        assert_eq!(c.speakers.len(), 2, "{c:#?}");
        assert_eq!((c.speakers[0].name.as_str(), c.speakers[0].quotes), ("الرئيس", 2));
        assert_eq!(c.speakers[0].documents, 2);
        // Spelling variants (hamza, ta marbuta) are one speaker under search normalization.
        let c = groups(&[("وزارة الخارجية", false), ("وزاره الخارجيه", false)]);
        assert_eq!(c.speakers.len(), 1, "{c:#?}");
    }

    #[test]
    fn quotes_without_a_speaker_are_kept() {
        let c = corpus(&["عنوان\n\nوتابع: \"لن نتراجع عن موقفنا\"."]);
        assert_eq!(c.quotes.len(), 1, "{c:#?}");
        assert_eq!(c.quotes[0].speaker, None);
        assert!(c.speakers.is_empty());
    }
}
