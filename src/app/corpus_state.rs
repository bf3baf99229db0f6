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
        }
    }
}
