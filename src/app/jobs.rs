//! Work that must not block a frame: loading files and waiting for file dialogs.
//! Each job runs on its own thread and is polled by the UI once per frame.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc::{Receiver, TryRecvError, channel};

use crate::corpus::{LoadOptions, Loaded, collect_files, load_paths};

/// Progress of a running load.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    pub done: usize,
    /// 0 while the folders are still being walked.
    pub total: usize,
}

/// A load of files and folders on a background thread, with progress and Cancel.
pub struct LoadJob {
    cancel: Arc<AtomicBool>,
    done: Arc<AtomicUsize>,
    total: Arc<AtomicUsize>,
    result: Receiver<Vec<Loaded>>,
    /// What the user asked to open, for messages.
    pub label: String,
}

/// What polling a job gives.
pub enum Poll<T> {
    Running,
    Finished(T),
}

impl LoadJob {
    /// Starts loading `paths` (files and folders); `repaint` is called when there is
    /// something new to show.
    pub fn start(
        paths: Vec<PathBuf>,
        options: LoadOptions,
        repaint: impl Fn() + Send + Sync + 'static,
    ) -> LoadJob {
        let cancel = Arc::new(AtomicBool::new(false));
        let done = Arc::new(AtomicUsize::new(0));
        let total = Arc::new(AtomicUsize::new(0));
        let (tx, rx) = channel();
        let label = match paths.as_slice() {
            [one] => one.display().to_string(),
            many => format!("{} items", many.len()),
        };
        let (c, d, t) = (cancel.clone(), done.clone(), total.clone());
        std::thread::spawn(move || {
            let files = collect_files(&paths);
            t.store(files.len(), Ordering::Relaxed);
            repaint();
            let last_repaint = std::sync::Mutex::new(std::time::Instant::now());
            let progress = |n: usize, _total: usize| {
                d.store(n, Ordering::Relaxed);
                // Wake the UI at most ~30 times a second.
                if let Ok(mut last) = last_repaint.try_lock()
                    && last.elapsed().as_millis() >= 33
                {
                    *last = std::time::Instant::now();
                    repaint();
                }
            };
            let loaded = load_paths(&files, &options, &c, &progress);
            // The receiver is gone only if the app closed: nothing to report then.
            let _ = tx.send(loaded);
            repaint();
        });
        LoadJob { cancel, done, total, result: rx, label }
    }

    pub fn progress(&self) -> Progress {
        Progress { done: self.done.load(Ordering::Relaxed), total: self.total.load(Ordering::Relaxed) }
    }

    pub fn cancel(&self) {
        self.cancel.store(true, Ordering::Relaxed);
    }

    pub fn is_cancelled(&self) -> bool {
        self.cancel.load(Ordering::Relaxed)
    }

    pub fn poll(&self) -> Poll<Vec<Loaded>> {
        match self.result.try_recv() {
            Ok(v) => Poll::Finished(v),
            Err(TryRecvError::Empty) => Poll::Running,
            // The thread died without sending: report an empty result rather than hang.
            Err(TryRecvError::Disconnected) => Poll::Finished(Vec::new()),
        }
    }
}

/// Which dialog to show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DialogKind {
    OpenFiles,
    OpenFolder,
}

/// A native file dialog on its own thread, so the window keeps repainting.
pub struct DialogJob {
    result: Receiver<Option<Vec<PathBuf>>>,
}

impl DialogJob {
    pub fn start(kind: DialogKind, repaint: impl Fn() + Send + 'static) -> DialogJob {
        let (tx, rx) = channel();
        std::thread::spawn(move || {
            let picked = match kind {
                DialogKind::OpenFiles => rfd::FileDialog::new()
                    .set_title("Open Arabic articles")
                    .add_filter(
                        "All supported",
                        &[
                            "txt", "xml", "trec", "sgml", "html", "htm", "json", "jsonl", "ndjson", "csv",
                            "tsv",
                        ],
                    )
                    .add_filter("Plain text", &["txt"])
                    .add_filter("TREC / ANT XML", &["xml", "trec", "sgml", "txt"])
                    .add_filter("HTML", &["html", "htm"])
                    .add_filter("JSON / JSONL", &["json", "jsonl", "ndjson"])
                    .add_filter("CSV / TSV", &["csv", "tsv"])
                    .add_filter("All files", &["*"])
                    .pick_files(),
                DialogKind::OpenFolder => {
                    rfd::FileDialog::new().set_title("Open a folder of articles").pick_folders()
                }
            };
            let _ = tx.send(picked);
            repaint();
        });
        DialogJob { result: rx }
    }

    pub fn poll(&self) -> Poll<Option<Vec<PathBuf>>> {
        match self.result.try_recv() {
            Ok(v) => Poll::Finished(v),
            Err(TryRecvError::Empty) => Poll::Running,
            Err(TryRecvError::Disconnected) => Poll::Finished(None),
        }
    }
}

/// "Save as…" for a table, then the export itself, on a background thread.
pub struct ExportJob {
    result: Receiver<Option<Result<PathBuf, String>>>,
}

impl ExportJob {
    /// Asks where to save `table` and writes it there in `format`. Finishes with
    /// `None` when the user cancels the dialog.
    pub fn start(
        table: crate::export::Table,
        format: crate::export::ExportFormat,
        repaint: impl Fn() + Send + 'static,
    ) -> ExportJob {
        let (tx, rx) = channel();
        std::thread::spawn(move || {
            let ext = format.extension();
            let file_name = format!("{}.{ext}", table.name.replace(['/', '\\', ':'], " "));
            let picked = rfd::FileDialog::new()
                .set_title("Export table")
                .set_file_name(file_name)
                .add_filter(ext.to_uppercase(), &[ext])
                .save_file();
            let result = picked.map(|path| {
                crate::export::export(&table, &path, format).map(|()| path).map_err(|e| e.to_string())
            });
            let _ = tx.send(result);
            repaint();
        });
        ExportJob { result: rx }
    }

    pub fn poll(&self) -> Poll<Option<Result<PathBuf, String>>> {
        match self.result.try_recv() {
            Ok(v) => Poll::Finished(v),
            Err(TryRecvError::Empty) => Poll::Running,
            Err(TryRecvError::Disconnected) => {
                Poll::Finished(Some(Err("the export stopped unexpectedly".into())))
            }
        }
    }
}

/// Builds (or extends) the corpus index on a background thread.
pub struct IndexJob {
    cancel: Arc<AtomicBool>,
    done: Arc<AtomicUsize>,
    total: usize,
    result: Receiver<Option<crate::analysis::index::CorpusIndex>>,
}

impl IndexJob {
    /// Indexes `docs`, on top of `base` when given (its documents keep their ids).
    pub fn start(
        base: Option<Arc<crate::analysis::index::CorpusIndex>>,
        docs: Vec<Arc<crate::corpus::Document>>,
        repaint: impl Fn() + Send + Sync + 'static,
    ) -> IndexJob {
        use crate::analysis::index::{BuildControl, CorpusIndex};
        let cancel = Arc::new(AtomicBool::new(false));
        let done = Arc::new(AtomicUsize::new(0));
        let total = docs.len();
        let (tx, rx) = channel();
        let (c, d) = (cancel.clone(), done.clone());
        std::thread::spawn(move || {
            let progress = |n: usize, _: usize| {
                d.store(n, Ordering::Relaxed);
                repaint();
            };
            let control = BuildControl { cancel: &c, progress: &progress };
            let index = match base {
                Some(b) => b.extend(docs, &control),
                None => CorpusIndex::build(docs, &control),
            };
            let _ = tx.send(index);
            repaint();
        });
        IndexJob { cancel, done, total, result: rx }
    }

    pub fn progress(&self) -> Progress {
        Progress { done: self.done.load(Ordering::Relaxed), total: self.total }
    }

    pub fn cancel(&self) {
        self.cancel.store(true, Ordering::Relaxed);
    }

    /// `Finished(None)`: cancelled.
    pub fn poll(&self) -> Poll<Option<crate::analysis::index::CorpusIndex>> {
        match self.result.try_recv() {
            Ok(v) => Poll::Finished(v),
            Err(TryRecvError::Empty) => Poll::Running,
            Err(TryRecvError::Disconnected) => Poll::Finished(None),
        }
    }
}

/// Any computation on a background thread whose result the UI picks up when ready.
pub struct Task<T> {
    result: Receiver<T>,
}

impl<T: Send + 'static> Task<T> {
    pub fn spawn(f: impl FnOnce() -> T + Send + 'static, repaint: impl Fn() + Send + 'static) -> Task<T> {
        let (tx, rx) = channel();
        std::thread::spawn(move || {
            let _ = tx.send(f());
            repaint();
        });
        Task { result: rx }
    }

    /// `Finished(None)`: the computation panicked (a bug); the UI carries on.
    pub fn poll(&self) -> Poll<Option<T>> {
        match self.result.try_recv() {
            Ok(v) => Poll::Finished(Some(v)),
            Err(TryRecvError::Empty) => Poll::Running,
            Err(TryRecvError::Disconnected) => Poll::Finished(None),
        }
    }
}
