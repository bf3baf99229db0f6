//! State of the corpus views (frequency list, concordance): what the user asked, and
//! the results computed in the background from the current index.

use std::sync::Arc;

use crate::analysis::concordance::SortKey;
use crate::analysis::frequency::FreqList;
use crate::analysis::index::Level;
use crate::analysis::query::{Hit, MatchMode};
use crate::text::normalize::Normalization;

use super::jobs::Task;

/// The frequency list view.
pub struct FrequencyState {
    pub level: Level,
    pub min_freq: u64,
    pub exclude_stopwords: bool,
    pub arabic_only: bool,
    /// Keep items matching this regular expression.
    pub pattern: String,
    /// Show only items containing this text (folded).
    pub search: String,
    pub list: Option<Arc<FreqList>>,
    pub error: Option<String>,
    pub task: Option<Task<Result<FreqList, String>>>,
}

impl Default for FrequencyState {
    fn default() -> Self {
        FrequencyState {
            level: Level::Normalized,
            min_freq: 1,
            exclude_stopwords: false,
            arabic_only: true,
            pattern: String::new(),
            search: String::new(),
            list: None,
            error: None,
            task: None,
        }
    }
}

/// Result of a concordance search.
pub struct ConcordanceResult {
    pub hits: Vec<Hit>,
    /// (index document, hits), most first.
    pub per_document: Vec<(usize, usize)>,
}

/// The concordance (KWIC) view.
pub struct ConcordanceState {
    pub query: String,
    pub level: Level,
    pub mode: MatchMode,
    pub normalization: Normalization,
    pub context: usize,
    pub sort: SortKey,
    pub result: Option<Arc<ConcordanceResult>>,
    pub error: Option<String>,
    pub task: Option<Task<Result<ConcordanceResult, String>>>,
    /// The row to scroll to after a new result (e.g. 0).
    pub scroll_to_top: bool,
    /// Keep only hits with this collocate nearby (from the collocation view).
    pub near: Option<Near>,
    /// Lines selected with Ctrl+click (indices into the result's hits).
    pub selected: std::collections::BTreeSet<usize>,
}

/// A collocate that must occur near a concordance hit.
#[derive(Debug, Clone, PartialEq)]
pub struct Near {
    pub level: Level,
    pub id: u32,
    pub label: String,
    pub left: usize,
    pub right: usize,
}

impl Default for ConcordanceState {
    fn default() -> Self {
        ConcordanceState {
            query: String::new(),
            level: Level::Normalized,
            mode: MatchMode::Exact,
            normalization: Normalization::search(),
            context: 6,
            sort: SortKey::Position,
            result: None,
            error: None,
            task: None,
            scroll_to_top: false,
            near: None,
            selected: Default::default(),
        }
    }
}

/// The n-gram view.
pub struct NgramState {
    pub options: crate::analysis::ngrams::NgramOptions,
    pub contains: String,
    pub excludes: String,
    pub rows: Option<Arc<Vec<crate::analysis::ngrams::NgramRow>>>,
    pub error: Option<String>,
    pub task: Option<Task<Result<Vec<crate::analysis::ngrams::NgramRow>, String>>>,
}

impl Default for NgramState {
    fn default() -> Self {
        NgramState {
            options: crate::analysis::ngrams::NgramOptions {
                n: 3,
                level: Level::Normalized,
                min_freq: 2,
                ..Default::default()
            },
            contains: String::new(),
            excludes: String::new(),
            rows: None,
            error: None,
            task: None,
        }
    }
}

/// The collocation view.
pub struct CollocationState {
    pub node: String,
    /// Level at which the node is matched.
    pub node_level: Level,
    pub options: crate::analysis::collocation::CollocationOptions,
    pub result: Option<Arc<crate::analysis::collocation::Collocations>>,
    pub error: Option<String>,
    pub task: Option<Task<Result<crate::analysis::collocation::Collocations, String>>>,
}

impl Default for CollocationState {
    fn default() -> Self {
        CollocationState {
            node: String::new(),
            node_level: Level::Normalized,
            options: crate::analysis::collocation::CollocationOptions {
                level: Level::Normalized,
                min_freq: 3,
                ..Default::default()
            },
            result: None,
            error: None,
            task: None,
        }
    }
}

/// What the keyword target is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeywordTarget {
    Source(String),
    Category(String),
    /// Inclusive dates, as typed (`2018-03-01`).
    Dates(String, String),
    /// The documents selected in the Library.
    Selected,
}

/// The keywords view.
pub struct KeywordState {
    pub target: KeywordTarget,
    /// Compare against a separately loaded reference corpus instead of the rest.
    pub use_reference: bool,
    pub options: crate::analysis::keyness::KeynessOptions,
    pub result: Option<Arc<crate::analysis::keyness::Keywords>>,
    pub error: Option<String>,
    pub task: Option<Task<Result<crate::analysis::keyness::Keywords, String>>>,
    /// A reference corpus (folder or files) and its index.
    pub reference: Option<Arc<crate::analysis::index::CorpusIndex>>,
    pub reference_label: String,
    pub reference_task: Option<Task<Result<(crate::analysis::index::CorpusIndex, String), String>>>,
}

impl Default for KeywordState {
    fn default() -> Self {
        KeywordState {
            target: KeywordTarget::Source(String::new()),
            use_reference: false,
            options: crate::analysis::keyness::KeynessOptions {
                level: Level::Normalized,
                ..Default::default()
            },
            result: None,
            error: None,
            task: None,
            reference: None,
            reference_label: String::new(),
            reference_task: None,
        }
    }
}

/// What Khabar found in one article.
#[derive(Debug, Clone, Default)]
pub struct ArticleInsight {
    pub entities: crate::analysis::entities::ArticleEntities,
    pub quotes: Vec<crate::analysis::quotes::Quote>,
}

/// The part of the Insight view shown: each has the whole height, so its tables scroll
/// on their own and never inside another scroll area (which would catch the wheel).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum InsightPage {
    /// The article in the Reader: outline, entities, who said what.
    #[default]
    Article,
    /// The entities of all documents.
    CorpusEntities,
    /// Who said what in all documents.
    CorpusQuotes,
}

/// The article insight view and the entity/quote highlights in the Reader.
#[derive(Default)]
pub struct InsightState {
    /// The part of the view shown.
    pub page: InsightPage,
    /// Library row the insight belongs to.
    pub row: Option<usize>,
    pub result: Option<Arc<ArticleInsight>>,
    pub task: Option<Task<(usize, ArticleInsight)>>,
    /// Underline entities and shade quotes in the Reader.
    pub highlight_in_reader: bool,
    /// Entity whose mentions are highlighted in the Reader.
    pub selected_entity: Option<usize>,
    /// Corpus-wide entities and quotes of the current index.
    pub corpus: Option<Arc<CorpusInsight>>,
    pub corpus_task: Option<Task<Option<CorpusInsight>>>,
    pub corpus_progress: Arc<std::sync::atomic::AtomicUsize>,
    pub corpus_cancel: Arc<std::sync::atomic::AtomicBool>,
    /// A corpus entity whose documents are listed.
    pub corpus_selected: Option<usize>,
    /// A speaker whose quotes are listed (all quotes when none).
    pub speaker_selected: Option<usize>,
    /// Shows only the speakers whose name holds these words.
    pub speaker_filter: String,
    /// Shows only speakers that are persons.
    pub people_only: bool,
    /// Shows only quotes holding these words.
    pub quote_filter: String,
    /// The quotes listed for a view of the corpus quotes (indices into them).
    pub quote_rows: Option<(QuoteView, Arc<Vec<usize>>)>,
}

/// What selects the corpus quotes listed: a speaker, or the speakers the filters list,
/// and words in the quote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuoteView {
    pub speaker: Option<usize>,
    pub speaker_filter: String,
    pub people_only: bool,
    pub words: String,
}

/// What Khabar found across the corpus: entities and who said what.
#[derive(Debug, Clone)]
pub struct CorpusInsight {
    /// The index the documents were read from (results of another index are stale).
    pub index: Arc<crate::analysis::index::CorpusIndex>,
    pub entities: Vec<crate::analysis::entities::CorpusEntity>,
    pub quotes: crate::analysis::corpus_quotes::CorpusQuotes,
}
