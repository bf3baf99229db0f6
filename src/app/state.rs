//! The application state and the commands that change it.
//!
//! Views read the state and push [`Command`]s; [`KhabarApp::apply`] carries them out
//! at the end of the frame (rerun's store/viewer split, in small).

use crate::app::plural::count;
use std::path::PathBuf;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use super::analyses::poll_task;
use super::corpus_state::{
    CollocationState, ConcordanceState, FrequencyState, InsightState, KeywordState, Near, NgramState,
};
use super::jobs::{DialogJob, DialogKind, ExportJob, IndexJob, LoadJob, Poll, Task};
use super::library::{Column, Library};
use crate::analysis::index::{CorpusIndex, Level};
use crate::corpus::project::{Project, Source};
use crate::corpus::readers::{TableColumns, detect_format, table_columns};
use crate::corpus::{Document, Format, LoadOptions, decode_text, samples};

/// What a project dialog ended with.
pub enum ProjectOutcome {
    Saved(PathBuf),
    Open(PathBuf, Project),
    Cancelled,
}

/// The views of the main window.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum View {
    Library,
    Reader,
    Frequency,
    Concordance,
    Ngrams,
    Collocations,
    Keywords,
    Dispersion,
    Insight,
}

/// Something the user asked for; applied after the frame is drawn.
#[derive(Debug, Clone)]
pub enum Command {
    ShowDialog(DialogKind),
    /// Open files and folders (from a dialog, drag and drop or the recent list).
    Open(Vec<PathBuf>),
    /// Start loading with these table columns (after the column dialog).
    OpenWithColumns(Vec<PathBuf>, TableColumns),
    CancelLoad,
    CancelIndex,
    CloseAll,
    LoadSamples,
    /// Show the document of this Library row in the Reader.
    OpenRow(usize),
    ShowView(View),
    SortBy(Column),
    SetFilter(String),
    DismissMessage,
    ClearRecent,
    /// Save the Library table (visible rows, current order).
    ExportLibrary(crate::export::ExportFormat),
    /// Ask where to save the project (what was opened) and save it.
    SaveProject,
    /// Ask for a project file and open it.
    ShowOpenProject,
    /// Open a project file: its sources replace the Library.
    OpenProject(PathBuf),
    /// Save any table.
    ExportTable(crate::export::Table, crate::export::ExportFormat),
    /// Compute the frequency list with the current settings.
    RunFrequency,
    /// Run the concordance query with the current settings.
    RunConcordance,
    /// Concordance of an item at a level (from a frequency list).
    ConcordanceOf(String, Level),
    RunNgrams,
    RunCollocations,
    RunKeywords,
    /// Ask for a reference corpus (files or folder) and index it.
    LoadReference,
    /// Concordance of the collocation node with this collocate nearby.
    ConcordanceNear {
        collocate: String,
        id: u32,
    },
    /// Highlight an entity's mentions in the Reader and show it there.
    ShowEntity(usize),
    /// Open the current article in the Reader with `range` of its body highlighted.
    ShowInReader(std::ops::Range<usize>),
    /// Find the entities and quotes of every document of the index (and cancel that).
    RunCorpusInsight,
    CancelCorpusInsight,
    /// Open index document `doc` in the Reader with `range` of its body highlighted.
    OpenHit {
        doc: usize,
        range: std::ops::Range<usize>,
    },
}

/// Settings kept between runs (eframe storage).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    pub recent: Vec<PathBuf>,
    pub reader_font_size: f32,
    pub hide_marks: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Settings { recent: Vec::new(), reader_font_size: 20.0, hide_marks: false }
    }
}

impl Settings {
    const MAX_RECENT: usize = 12;

    fn remember(&mut self, paths: &[PathBuf]) {
        for p in paths.iter().rev() {
            self.recent.retain(|r| r != p);
            self.recent.insert(0, p.clone());
        }
        self.recent.truncate(Self::MAX_RECENT);
    }
}

/// A CSV/JSON open waiting for the user to pick the text column.
#[derive(Debug, Clone)]
pub struct PendingTable {
    pub paths: Vec<PathBuf>,
    /// The file whose columns are offered.
    pub example: PathBuf,
    pub columns: Vec<String>,
    pub choice: TableColumns,
}

/// Reader state that is not persisted.
#[derive(Debug, Default)]
pub struct ReaderState {
    /// Library row shown.
    pub row: Option<usize>,
    pub search: String,
    /// Word last clicked in the Reader (byte range in the body) and its text.
    pub clicked: Option<(std::ops::Range<usize>, String)>,
    /// A range of the body to highlight and scroll to (a concordance hit).
    pub highlight: Option<std::ops::Range<usize>>,
    /// Scroll to `highlight` on the next frame.
    pub scroll_to_highlight: bool,
}

/// Everything the app holds.
pub struct KhabarApp {
    pub settings: Settings,
    pub view: View,
    pub library: Library,
    /// Library rows the user selected (Ctrl+click).
    pub selection: std::collections::BTreeSet<usize>,
    pub filter: String,
    pub reader: ReaderState,
    pub load: Option<LoadJob>,
    pub dialog: Option<DialogJob>,
    pub export: Option<ExportJob>,
    /// The index of the loaded documents, when built.
    pub index: Option<Arc<CorpusIndex>>,
    pub index_job: Option<IndexJob>,
    /// Library row of each index document.
    pub index_rows: Vec<usize>,
    /// Library rows of the index being built.
    pending_index_rows: Vec<usize>,
    pub frequency: FrequencyState,
    pub concordance: ConcordanceState,
    pub ngrams: NgramState,
    pub collocations: CollocationState,
    pub keywords: KeywordState,
    pub insight: InsightState,
    /// What was opened since the Library was last emptied (saved in projects).
    pub opened: Vec<Source>,
    /// Sources waiting for the current load to finish.
    queued: std::collections::VecDeque<Source>,
    /// A project dialog or file operation in progress: its message, or a project to open.
    project_task: Option<Task<Result<ProjectOutcome, String>>>,
    pub pending_table: Option<PendingTable>,
    /// A message for the user (load finished, what failed).
    pub message: Option<String>,
    pub showing_samples: bool,
    commands: Vec<Command>,
    repaint: Option<egui::Context>,
}

impl KhabarApp {
    /// A new app; with no `paths` it shows the built-in sample corpus.
    pub fn new(ctx: &egui::Context, settings: Settings, paths: Vec<PathBuf>) -> KhabarApp {
        super::fonts::install(ctx);
        ctx.options_mut(|o| o.zoom_with_keyboard = false);
        let mut app = KhabarApp {
            settings,
            view: View::Library,
            library: Library::default(),
            selection: std::collections::BTreeSet::new(),
            filter: String::new(),
            reader: ReaderState::default(),
            load: None,
            dialog: None,
            export: None,
            index: None,
            index_job: None,
            index_rows: Vec::new(),
            pending_index_rows: Vec::new(),
            frequency: FrequencyState::default(),
            concordance: ConcordanceState::default(),
            ngrams: NgramState::default(),
            collocations: CollocationState::default(),
            keywords: KeywordState::default(),
            insight: InsightState::default(),
            opened: Vec::new(),
            queued: Default::default(),
            project_task: None,
            pending_table: None,
            message: None,
            showing_samples: false,
            commands: Vec::new(),
            repaint: Some(ctx.clone()),
        };
        if paths.is_empty() {
            app.push(Command::LoadSamples);
        } else {
            app.push(Command::Open(paths));
        }
        app.apply();
        app
    }

    /// Is anything still running in the background (loading, indexing, analyses,
    /// dialogs)? The UI keeps repainting while it is.
    pub fn busy(&self) -> bool {
        self.load.is_some()
            || !self.queued.is_empty()
            || self.dialog.is_some()
            || self.export.is_some()
            || self.project_task.is_some()
            || self.index_job.is_some()
            || self.frequency.task.is_some()
            || self.concordance.task.is_some()
            || self.ngrams.task.is_some()
            || self.collocations.task.is_some()
            || self.keywords.task.is_some()
            || self.keywords.reference_task.is_some()
            || self.insight.task.is_some()
            || self.insight.corpus_task.is_some()
    }

    /// Queues a command for the end of the frame.
    pub fn push(&mut self, c: Command) {
        self.commands.push(c);
    }

    /// The document shown in the Reader.
    pub fn current_document(&self) -> Option<Arc<Document>> {
        self.reader.row.and_then(|i| self.library.row(i)).and_then(|r| r.document().cloned())
    }

    pub(super) fn repainter(&self) -> impl Fn() + Send + Sync + 'static {
        let ctx = self.repaint.clone();
        move || {
            if let Some(c) = &ctx {
                c.request_repaint();
            }
        }
    }

    /// Polls background jobs; called once per frame.
    pub fn poll_jobs(&mut self) {
        if let Some(d) = &self.dialog
            && let Poll::Finished(picked) = d.poll()
        {
            self.dialog = None;
            if let Some(paths) = picked.filter(|p| !p.is_empty()) {
                self.push(Command::Open(paths));
            }
        }
        if let Some(job) = &self.index_job
            && let Poll::Finished(index) = job.poll()
        {
            self.index_job = None;
            if let Some(index) = index {
                self.index = Some(Arc::new(index));
                self.index_rows = std::mem::take(&mut self.pending_index_rows);
                // Results of the old index are stale.
                self.frequency.list = None;
                self.concordance.result = None;
                self.ngrams.rows = None;
                self.collocations.result = None;
                self.keywords.result = None;
                self.insight.corpus = None;
                if !self.concordance.query.trim().is_empty() {
                    self.push(Command::RunConcordance);
                }
                if self.view == View::Frequency {
                    self.push(Command::RunFrequency);
                }
            }
        }
        if let Some(task) = &self.frequency.task
            && let Poll::Finished(result) = task.poll()
        {
            self.frequency.task = None;
            match result {
                Some(Ok(list)) => {
                    self.frequency.list = Some(Arc::new(list));
                    self.frequency.error = None;
                }
                Some(Err(e)) => self.frequency.error = Some(e),
                None => self.frequency.error = Some("the frequency list failed (a bug in Khabar)".into()),
            }
        }
        if let Some(task) = &self.concordance.task
            && let Poll::Finished(result) = task.poll()
        {
            self.concordance.task = None;
            match result {
                Some(Ok(r)) => {
                    self.concordance.selected.clear();
                    self.concordance.result = Some(Arc::new(r));
                    self.concordance.error = None;
                    self.concordance.scroll_to_top = true;
                }
                Some(Err(e)) => self.concordance.error = Some(e),
                None => self.concordance.error = Some("the search failed (a bug in Khabar)".into()),
            }
        }
        self.poll_insight();
        if let Some(task) = &self.project_task
            && let Poll::Finished(result) = task.poll()
        {
            self.project_task = None;
            match result {
                Some(Ok(ProjectOutcome::Saved(path))) => {
                    self.message = Some(format!("Project saved to {}", path.display()))
                }
                Some(Ok(ProjectOutcome::Open(path, project))) => self.open_project(&path, project),
                Some(Ok(ProjectOutcome::Cancelled)) => {}
                Some(Err(e)) => self.message = Some(e),
                None => self.message = Some("the project dialog failed (a bug in Khabar)".into()),
            }
        }
        if self.load.is_none()
            && let Some(next) = self.queued.pop_front()
        {
            self.start_load(next.paths, next.columns);
        }
        poll_task(&mut self.ngrams.task, &mut self.ngrams.rows, &mut self.ngrams.error);
        poll_task(&mut self.collocations.task, &mut self.collocations.result, &mut self.collocations.error);
        poll_task(&mut self.keywords.task, &mut self.keywords.result, &mut self.keywords.error);
        let mut reference = None;
        poll_task(&mut self.keywords.reference_task, &mut reference, &mut self.keywords.error);
        if let Some(r) = reference {
            let (index, label) = Arc::unwrap_or_clone(r);
            self.keywords.reference = Some(Arc::new(index));
            self.keywords.reference_label = label;
            self.keywords.use_reference = true;
        }
        if let Some(job) = &self.export
            && let Poll::Finished(result) = job.poll()
        {
            self.export = None;
            match result {
                Some(Ok(path)) => self.message = Some(format!("Exported to {}", path.display())),
                Some(Err(e)) => self.message = Some(format!("Export failed: {e}")),
                None => {}
            }
        }
        if let Some(job) = &self.load
            && let Poll::Finished(loaded) = job.poll()
        {
            let cancelled = job.is_cancelled();
            self.load = None;
            if self.showing_samples && loaded.iter().any(|l| l.result.is_ok()) {
                self.selection.clear();
                self.library.clear();
                self.showing_samples = false;
                self.reader.row = None;
            }
            let files = loaded.len();
            let failed: Vec<String> = loaded
                .iter()
                .filter_map(|l| l.result.as_ref().err().map(|e| format!("{}: {e}", l.path.display())))
                .collect();
            let single = loaded.len() == 1 && loaded[0].result.as_ref().is_ok_and(|d| d.len() == 1);
            let first = self.library.add_loaded(loaded);
            let mut msg = format!(
                "{}{} read, {} in the library",
                if cancelled { "Cancelled: " } else { "" },
                count(files, "file", "files"),
                count(self.library.document_count(), "document", "documents")
            );
            if !failed.is_empty() {
                msg.push_str(&format!("; {} could not be read — first: {}", failed.len(), failed[0]));
            }
            self.message = Some(msg);
            if single && let Some(row) = first {
                self.push(Command::OpenRow(row));
            }
            self.reindex();
        }
    }

    /// Replaces the Library with a project's sources.
    fn open_project(&mut self, path: &std::path::Path, project: Project) {
        self.apply_one(Command::CloseAll);
        self.queued.extend(project.sources);
        self.settings.remember(&[path.to_owned()]);
        self.message = Some(format!("Opening project {}", path.display()));
    }

    /// Brings the index up to date with the Library: extends it when documents were
    /// only added, rebuilds it otherwise.
    pub fn reindex(&mut self) {
        if let Some(job) = self.index_job.take() {
            job.cancel();
        }
        let rows: Vec<usize> = (0..self.library.rows().len())
            .filter(|&i| self.library.row(i).is_some_and(|r| r.document().is_some()))
            .collect();
        if rows.is_empty() {
            self.index = None;
            self.index_rows.clear();
            return;
        }
        let extends = self.index.is_some() && rows.starts_with(&self.index_rows);
        let (base, new_rows) = if extends {
            (self.index.clone(), rows[self.index_rows.len()..].to_vec())
        } else {
            (None, rows.clone())
        };
        if new_rows.is_empty() {
            return;
        }
        let docs = new_rows
            .iter()
            .filter_map(|&i| self.library.row(i).and_then(|r| r.document().cloned()))
            .collect();
        self.pending_index_rows = rows;
        self.index_job = Some(IndexJob::start(base, docs, self.repainter()));
    }

    /// Carries out queued commands.
    pub fn apply(&mut self) {
        let commands = std::mem::take(&mut self.commands);
        for c in commands {
            self.apply_one(c);
        }
    }

    fn apply_one(&mut self, c: Command) {
        match c {
            Command::ShowDialog(kind) => {
                if self.dialog.is_none() {
                    self.dialog = Some(DialogJob::start(kind, self.repainter()));
                }
            }
            Command::Open(paths) if paths.len() == 1 && Project::is_project_path(&paths[0]) => {
                self.apply_one(Command::OpenProject(paths[0].clone()));
            }
            Command::OpenProject(path) => match Project::load(&path) {
                Ok(project) => self.open_project(&path, project),
                Err(e) => self.message = Some(format!("{}: {e}", path.display())),
            },
            Command::SaveProject => {
                if self.opened.is_empty() {
                    self.message = Some("Nothing to save: open files or folders first (the built-in sample needs no project).".into());
                } else if self.project_task.is_none() {
                    let project = Project::new(self.opened.clone());
                    self.project_task = Some(Task::spawn(
                        move || {
                            let Some(path) = rfd::FileDialog::new()
                                .set_title("Save project")
                                .set_file_name("corpus.khabar.json")
                                .add_filter("Khabar project", &["json"])
                                .save_file()
                            else {
                                return Ok(ProjectOutcome::Cancelled);
                            };
                            project.save(&path).map_err(|e| e.to_string())?;
                            Ok(ProjectOutcome::Saved(path))
                        },
                        self.repainter(),
                    ));
                }
            }
            Command::ShowOpenProject => {
                if self.project_task.is_none() {
                    self.project_task = Some(Task::spawn(
                        || {
                            let Some(path) = rfd::FileDialog::new()
                                .set_title("Open project")
                                .add_filter("Khabar project", &["json"])
                                .pick_file()
                            else {
                                return Ok(ProjectOutcome::Cancelled);
                            };
                            let project =
                                Project::load(&path).map_err(|e| format!("{}: {e}", path.display()))?;
                            Ok(ProjectOutcome::Open(path, project))
                        },
                        self.repainter(),
                    ));
                }
            }
            Command::Open(paths) => {
                if let Some(pending) = table_pending(&paths) {
                    self.pending_table = Some(pending);
                } else {
                    self.start_load(paths, TableColumns::default());
                }
            }
            Command::OpenWithColumns(paths, columns) => {
                self.pending_table = None;
                if !paths.is_empty() {
                    self.start_load(paths, columns);
                }
            }
            Command::CancelIndex => {
                if let Some(job) = self.index_job.take() {
                    job.cancel();
                }
            }
            Command::CancelLoad => {
                if let Some(job) = &self.load {
                    job.cancel();
                }
            }
            Command::CloseAll => {
                self.opened.clear();
                self.queued.clear();
                self.selection.clear();
                self.library.clear();
                self.reader = ReaderState::default();
                self.showing_samples = false;
                self.view = View::Library;
                self.reindex();
            }
            Command::LoadSamples => {
                self.opened.clear();
                self.selection.clear();
                self.library.clear();
                self.library.add_documents(samples::sample_documents());
                self.showing_samples = true;
                self.reader.row = None;
                self.reindex();
            }
            Command::OpenRow(i) => {
                if self.library.row(i).is_some_and(|r| r.document().is_some()) {
                    self.reader.row = Some(i);
                    self.reader.clicked = None;
                    self.reader.highlight = None;
                    self.view = View::Reader;
                }
            }
            Command::OpenHit { doc, range } => {
                if let Some(&row) = self.index_rows.get(doc) {
                    self.reader.row = Some(row);
                    self.reader.clicked = None;
                    self.reader.highlight = Some(range);
                    self.reader.scroll_to_highlight = true;
                    self.view = View::Reader;
                }
            }
            Command::ShowEntity(e) => {
                self.insight.selected_entity = Some(e);
                self.insight.highlight_in_reader = true;
                let first = self
                    .insight
                    .result
                    .as_ref()
                    .and_then(|r| {
                        r.entities
                            .entities
                            .get(e)
                            .and_then(|en| en.mentions.first())
                            .and_then(|&m| r.entities.mentions.get(m))
                    })
                    .map(|m| m.range.clone());
                self.reader.highlight = first;
                self.reader.scroll_to_highlight = true;
                self.view = View::Reader;
            }
            Command::ShowInReader(range) => {
                self.reader.highlight = Some(range);
                self.reader.scroll_to_highlight = true;
                self.view = View::Reader;
            }
            Command::RunCorpusInsight => self.run_corpus_insight(),
            Command::CancelCorpusInsight => {
                self.insight.corpus_cancel.store(true, std::sync::atomic::Ordering::Relaxed);
            }
            Command::RunFrequency => self.run_frequency(),
            Command::RunConcordance => self.run_concordance(),
            Command::RunNgrams => self.run_ngrams(),
            Command::RunCollocations => self.run_collocations(),
            Command::RunKeywords => self.run_keywords(),
            Command::LoadReference => self.load_reference(),
            Command::ConcordanceNear { collocate, id } => {
                let c = &self.collocations;
                self.concordance.query = c.node.trim().to_owned();
                self.concordance.level = c.node_level;
                self.concordance.mode = crate::analysis::query::MatchMode::Exact;
                self.concordance.near = Some(Near {
                    level: c.options.level,
                    id,
                    label: collocate,
                    left: c.options.left,
                    right: c.options.right,
                });
                self.view = View::Concordance;
                self.run_concordance();
            }
            Command::ConcordanceOf(item, level) => {
                self.concordance.near = None;
                self.concordance.query = item;
                self.concordance.level = level;
                self.concordance.mode = crate::analysis::query::MatchMode::Exact;
                self.view = View::Concordance;
                self.run_concordance();
            }
            Command::ExportTable(table, format) => {
                if self.export.is_none() {
                    self.export = Some(ExportJob::start(table, format, self.repainter()));
                }
            }
            Command::ShowView(v) => {
                self.view = v;
                if v == View::Frequency && self.frequency.list.is_none() && self.frequency.task.is_none() {
                    self.run_frequency();
                }
            }
            Command::SortBy(c) => self.library.toggle_sort(c),
            Command::SetFilter(f) => {
                self.library.set_filter(&f);
                self.filter = f;
            }
            Command::DismissMessage => self.message = None,
            Command::ClearRecent => self.settings.recent.clear(),
            Command::ExportLibrary(format) => {
                if self.export.is_none() {
                    self.export = Some(ExportJob::start(self.library.to_table(), format, self.repainter()));
                }
            }
        }
    }

    fn start_load(&mut self, paths: Vec<PathBuf>, columns: TableColumns) {
        if self.load.is_some() {
            // One load at a time: this one starts when the current one is done.
            self.queued.push_back(Source { paths, columns });
            return;
        }
        self.settings.remember(&paths);
        if self.showing_samples {
            self.opened.clear();
        }
        self.opened.push(Source { paths: paths.clone(), columns: columns.clone() });
        let options = LoadOptions { columns, ..LoadOptions::default() };
        self.load = Some(LoadJob::start(paths, options, self.repainter()));
    }
}

/// If `paths` name CSV/JSON files directly, the columns of the first one, so the user
/// can pick the text column before loading.
fn table_pending(paths: &[PathBuf]) -> Option<PendingTable> {
    for p in paths.iter().filter(|p| p.is_file()) {
        let ext = p.extension().and_then(|e| e.to_str()).unwrap_or("").to_ascii_lowercase();
        if !matches!(ext.as_str(), "csv" | "tsv" | "json" | "jsonl" | "ndjson") {
            continue;
        }
        let Ok(meta) = std::fs::metadata(p) else { continue };
        if meta.len() > LoadOptions::default().max_file_size {
            continue; // the load will report it as too large
        }
        let Ok(bytes) = std::fs::read(p) else { continue };
        let Ok(decoded) = decode_text(&bytes) else { continue };
        let format = detect_format(p, &decoded.text);
        if !matches!(format, Format::Csv | Format::Json | Format::JsonLines) {
            continue;
        }
        let Ok(columns) = table_columns(p, &decoded.text, format) else { continue };
        let choice = TableColumns {
            text: guess(&columns, &["text", "body", "content", "article", "نص", "النص"]),
            title: guess(&columns, &["title", "headline", "عنوان", "العنوان"]),
            date: guess(&columns, &["date", "time", "published", "تاريخ"]),
            source: guess(&columns, &["source", "site", "publisher", "مصدر", "المصدر"]),
        };
        return Some(PendingTable { paths: paths.to_vec(), example: p.clone(), columns, choice });
    }
    None
}

fn guess(columns: &[String], names: &[&str]) -> Option<String> {
    columns.iter().find(|c| names.iter().any(|n| c.trim().eq_ignore_ascii_case(n))).cloned()
}
