//! The analyses the views ask for, started as background tasks from the current
//! index, and the polling that brings their results back into the state.

use std::sync::Arc;

use super::corpus_state::{ArticleInsight, ConcordanceResult, CorpusInsight, KeywordTarget};
use super::jobs::{Poll, Task};
use super::state::KhabarApp;
use crate::analysis::concordance::{per_document, sort_hits};
use crate::analysis::frequency::{FreqOptions, frequency_list};
use crate::analysis::index::CorpusIndex;
use crate::analysis::query::{Query, find};
use crate::corpus::{Document, LoadOptions};

/// Picks up a finished background task: its value, or its error.
pub(super) fn poll_task<T: Send + 'static>(
    task: &mut Option<Task<Result<T, String>>>,
    value: &mut Option<Arc<T>>,
    error: &mut Option<String>,
) {
    let Some(t) = task else { return };
    if let Poll::Finished(result) = t.poll() {
        *task = None;
        match result {
            Some(Ok(v)) => {
                *value = Some(Arc::new(v));
                *error = None;
            }
            Some(Err(e)) => *error = Some(e),
            None => *error = Some("the computation failed (a bug in Khabar)".into()),
        }
    }
}

impl KhabarApp {
    pub(super) fn run_frequency(&mut self) {
        let Some(index) = self.index.clone() else { return };
        let f = &self.frequency;
        let pattern = if f.pattern.trim().is_empty() {
            None
        } else {
            match regex::Regex::new(f.pattern.trim()) {
                Ok(re) => Some(re),
                Err(e) => {
                    self.frequency.error = Some(format!("not a valid regular expression: {e}"));
                    return;
                }
            }
        };
        let opts = FreqOptions {
            min_freq: f.min_freq,
            exclude_stopwords: f.exclude_stopwords,
            arabic_only: f.arabic_only,
            pattern,
            documents: None,
        };
        let level = f.level;
        self.frequency.task = Some(Task::spawn(
            move || Ok(frequency_list(&index, level, &opts, &crate::text::stopwords::is_stopword)),
            self.repainter(),
        ));
    }

    /// Keeps the insight (entities, quotes) of the article in the Reader up to date.
    pub(super) fn poll_insight(&mut self) {
        if let Some(task) = &self.insight.task
            && let Poll::Finished(result) = task.poll()
        {
            self.insight.task = None;
            if let Some((row, insight)) = result {
                self.insight.row = Some(row);
                self.insight.result = Some(Arc::new(insight));
                self.insight.selected_entity = None;
            }
        }
        if let Some(task) = &self.insight.corpus_task
            && let Poll::Finished(result) = task.poll()
        {
            self.insight.corpus_task = None;
            if let Some(Some(found)) = result
                && self.index.as_ref().is_some_and(|i| Arc::ptr_eq(i, &found.index))
            {
                self.insight.corpus = Some(Arc::new(found));
                self.insight.corpus_selected = None;
                self.insight.speaker_selected = None;
                self.insight.quote_rows = None;
            }
        }
        let wanted = self.reader.row;
        let analysed = self.insight.row;
        if wanted.is_some() && wanted != analysed && self.insight.task.is_none() {
            let (Some(row), Some(doc)) = (wanted, self.current_document()) else { return };
            self.insight.task = Some(Task::spawn(
                move || {
                    // Quotes are attributed to the article's entities, found on the way.
                    let (quotes, entities) = crate::analysis::quotes::quotes(&doc.title, &doc.body);
                    (row, ArticleInsight { entities, quotes })
                },
                self.repainter(),
            ));
        }
    }

    /// Finds the entities and quotes of every document of the index, on all cores, in
    /// the background (with progress and Cancel).
    pub(super) fn run_corpus_insight(&mut self) {
        use std::sync::atomic::Ordering;
        let Some(index) = self.index.clone() else { return };
        if self.insight.corpus_task.is_some() {
            return;
        }
        let progress = Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let cancel = Arc::new(std::sync::atomic::AtomicBool::new(false));
        self.insight.corpus_progress = progress.clone();
        self.insight.corpus_cancel = cancel.clone();
        let repaint = self.repainter();
        self.insight.corpus_task =
            Some(Task::spawn(
                move || {
                    use crate::analysis::corpus_quotes::{ArticleQuotes, collect};
                    use rayon::prelude::*;
                    let articles: Option<Vec<_>> = index
                        .documents()
                        .par_iter()
                        .map(|d| {
                            if cancel.load(Ordering::Relaxed) {
                                return None;
                            }
                            let found = crate::analysis::quotes::quotes(&d.title, &d.body);
                            if progress.fetch_add(1, Ordering::Relaxed).is_multiple_of(200) {
                                repaint();
                            }
                            Some(found)
                        })
                        .collect();
                    let (quotes, entities): (Vec<_>, Vec<_>) = articles?.into_iter().unzip();
                    let quotes =
                        collect(index.documents().iter().zip(&quotes).zip(&entities).map(
                            |((d, qs), ents)| ArticleQuotes { body: &d.body, quotes: qs, entities: ents },
                        ));
                    let entities = crate::analysis::entities::merge_corpus(&entities);
                    Some(CorpusInsight { index, entities, quotes })
                },
                self.repainter(),
            ));
    }

    pub(super) fn run_ngrams(&mut self) {
        let Some(index) = self.index.clone() else { return };
        let mut opts = self.ngrams.options.clone();
        let word = |s: &str| Some(s.trim().to_owned()).filter(|s| !s.is_empty());
        opts.contains = word(&self.ngrams.contains);
        opts.excludes = word(&self.ngrams.excludes);
        self.ngrams.task = Some(Task::spawn(
            move || {
                let cancel = std::sync::atomic::AtomicBool::new(false);
                crate::analysis::ngrams::ngrams(&index, &opts, &cancel).map_err(|e| e.to_string())
            },
            self.repainter(),
        ));
    }

    pub(super) fn run_collocations(&mut self) {
        let Some(index) = self.index.clone() else { return };
        let node = self.collocations.node.trim().to_owned();
        if node.is_empty() {
            self.collocations.result = None;
            return;
        }
        let level = self.collocations.node_level;
        let opts = self.collocations.options.clone();
        self.collocations.task = Some(Task::spawn(
            move || {
                let types = crate::analysis::collocation::node_types(&index, &node, level);
                if types.is_empty() {
                    return Err(format!("«{node}» does not occur in the corpus"));
                }
                Ok(crate::analysis::collocation::collocations(&index, &types, &opts))
            },
            self.repainter(),
        ));
    }

    pub(super) fn run_keywords(&mut self) {
        use crate::analysis::keyness::{
            Reference, keywords, mask_by_category, mask_by_date_range, mask_by_source, parse_date,
        };
        let Some(index) = self.index.clone() else { return };
        let k = &self.keywords;
        let reference = if k.use_reference { k.reference.clone() } else { None };
        if k.use_reference && reference.is_none() {
            self.keywords.error = Some("load a reference corpus first".into());
            return;
        }
        let target = k.target.clone();
        let opts = k.options.clone();
        let selected: Vec<bool> = {
            let rows = &self.index_rows;
            (0..index.doc_count()).map(|d| rows.get(d).is_some_and(|r| self.selection.contains(r))).collect()
        };
        self.keywords.task = Some(Task::spawn(
            move || {
                let mask = match &target {
                    KeywordTarget::Source(s) if s.is_empty() && reference.is_some() => None,
                    KeywordTarget::Source(s) if s.is_empty() => return Err("pick a source".into()),
                    KeywordTarget::Source(s) => Some(mask_by_source(&index, s)),
                    KeywordTarget::Category(c) => Some(mask_by_category(&index, c)),
                    KeywordTarget::Selected => Some(selected),
                    KeywordTarget::Dates(from, to) => {
                        let parse = |s: &str| {
                            if s.trim().is_empty() {
                                Ok(None)
                            } else {
                                parse_date(s)
                                    .map(Some)
                                    .ok_or_else(|| format!("not a date: {s:?} (write 2018-03-01)"))
                            }
                        };
                        Some(mask_by_date_range(&index, parse(from)?, parse(to)?))
                    }
                };
                if mask.as_ref().is_some_and(|m| !m.iter().any(|&b| b)) {
                    return Err("no document matches the target".into());
                }
                let reference = match &reference {
                    Some(r) => Reference::Corpus(r),
                    None => Reference::Rest,
                };
                Ok(keywords(&index, mask.as_deref(), reference, &opts))
            },
            self.repainter(),
        ));
    }

    pub(super) fn load_reference(&mut self) {
        let repaint = self.repainter();
        self.keywords.reference_task = Some(Task::spawn(
            move || {
                let picked =
                    rfd::FileDialog::new().set_title("Reference corpus: pick a folder").pick_folders();
                let Some(paths) = picked.filter(|p| !p.is_empty()) else {
                    return Err("no reference corpus chosen".into());
                };
                let files = crate::corpus::collect_files(&paths);
                let cancel = std::sync::atomic::AtomicBool::new(false);
                let docs: Vec<Arc<Document>> =
                    crate::corpus::load_paths(&files, &LoadOptions::default(), &cancel, &|_, _| {})
                        .into_iter()
                        .filter_map(|l| l.result.ok())
                        .flatten()
                        .map(Arc::new)
                        .collect();
                if docs.is_empty() {
                    return Err("the reference corpus holds no readable document".into());
                }
                let label = format!(
                    "{} ({} documents)",
                    paths.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(", "),
                    docs.len()
                );
                let control = crate::analysis::index::BuildControl { cancel: &cancel, progress: &|_, _| {} };
                CorpusIndex::build(docs, &control).map(|ix| (ix, label)).ok_or_else(|| "cancelled".into())
            },
            repaint,
        ));
    }

    pub(super) fn run_concordance(&mut self) {
        let Some(index) = self.index.clone() else { return };
        let c = &self.concordance;
        if c.query.trim().is_empty() {
            self.concordance.result = None;
            self.concordance.error = None;
            return;
        }
        let query = Query {
            text: c.query.trim().to_owned(),
            level: c.level,
            mode: c.mode,
            normalization: c.normalization,
        };
        let sort = c.sort;
        let near = c.near.clone();
        self.concordance.task = Some(Task::spawn(
            move || {
                let mut hits = find(&index, &query).map_err(|e| e.to_string())?;
                if let Some(n) = near {
                    hits = crate::analysis::concordance::filter_near(
                        &index, &hits, n.level, n.id, n.left, n.right,
                    );
                }
                let per_document = per_document(&index, &hits);
                sort_hits(&index, &mut hits, sort);
                Ok(ConcordanceResult { hits, per_document })
            },
            self.repainter(),
        ));
    }
}
