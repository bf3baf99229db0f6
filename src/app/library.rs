//! The Library: every file the user opened, as rows — a document or a failure with its
//! reason — plus the filtered, sorted order the table shows.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::corpus::{Document, Loaded};
use crate::text::script::is_arabic_mark;

/// One row of the Library table.
#[derive(Debug, Clone)]
pub struct Row {
    pub path: PathBuf,
    pub title: String,
    pub source: String,
    pub date: String,
    pub category: String,
    pub words: usize,
    pub encoding: String,
    /// The document, or why the file could not be read.
    pub status: Result<Arc<Document>, String>,
    /// Folded title + metadata, for the filter box.
    search_key: String,
}

impl Row {
    fn from_document(doc: Document) -> Row {
        let title = doc.display_title().to_owned();
        let source = doc.source.clone().unwrap_or_default();
        let category = doc.category.clone().unwrap_or_default();
        let date = doc.date.clone().unwrap_or_default();
        let search_key = fold(&format!("{title} {source} {category} {date} {}", doc.path.display()));
        Row {
            path: doc.path.clone(),
            words: doc.word_count(),
            encoding: doc.encoding.clone(),
            title,
            source,
            date,
            category,
            search_key,
            status: Ok(Arc::new(doc)),
        }
    }

    fn failed(path: &Path, reason: String) -> Row {
        let title = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        Row {
            search_key: fold(&format!("{title} {reason} {}", path.display())),
            path: path.to_owned(),
            title,
            source: String::new(),
            date: String::new(),
            category: String::new(),
            words: 0,
            encoding: String::new(),
            status: Err(reason),
        }
    }

    pub fn document(&self) -> Option<&Arc<Document>> {
        self.status.as_ref().ok()
    }

    pub fn status_text(&self) -> &str {
        match &self.status {
            Ok(_) => "ok",
            Err(e) => e,
        }
    }
}

/// Folds text for filtering: lower case, no Arabic diacritics or tatweel, one alef.
pub fn fold(s: &str) -> String {
    s.chars()
        .filter(|&c| !is_arabic_mark(c) && c != '\u{0640}')
        .map(|c| match c {
            'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
            'ى' => 'ي',
            'ة' => 'ه',
            c => c,
        })
        .flat_map(char::to_lowercase)
        .collect()
}

/// Sortable columns.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Column {
    Title,
    Source,
    Date,
    Category,
    Words,
    Encoding,
    Status,
}

impl Column {
    pub const ALL: [Column; 7] = [
        Column::Title,
        Column::Source,
        Column::Date,
        Column::Category,
        Column::Words,
        Column::Encoding,
        Column::Status,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Column::Title => "Title",
            Column::Source => "Source",
            Column::Date => "Date",
            Column::Category => "Category",
            Column::Words => "Words",
            Column::Encoding => "Encoding",
            Column::Status => "Status",
        }
    }
}

/// All rows plus the current view of them.
#[derive(Debug, Default)]
pub struct Library {
    rows: Vec<Row>,
    /// Indices into `rows`, filtered and sorted.
    visible: Vec<usize>,
    filter: String,
    sort: Option<(Column, bool)>,
}

impl Library {
    pub fn rows(&self) -> &[Row] {
        &self.rows
    }

    pub fn visible(&self) -> &[usize] {
        &self.visible
    }

    pub fn row(&self, i: usize) -> Option<&Row> {
        self.rows.get(i)
    }

    pub fn sort(&self) -> Option<(Column, bool)> {
        self.sort
    }

    pub fn document_count(&self) -> usize {
        self.rows.iter().filter(|r| r.status.is_ok()).count()
    }

    pub fn failure_count(&self) -> usize {
        self.rows.len() - self.document_count()
    }

    /// The visible rows, in their current order, as an exportable table.
    pub fn to_table(&self) -> crate::export::Table {
        use crate::export::Cell;
        crate::export::Table {
            name: "Library".into(),
            columns: ["Title", "Source", "Date", "Category", "Words", "Encoding", "Status", "Path"]
                .map(String::from)
                .to_vec(),
            rows: self
                .visible
                .iter()
                .filter_map(|&i| self.rows.get(i))
                .map(|r| {
                    vec![
                        Cell::from(r.title.as_str()),
                        r.source.as_str().into(),
                        r.date.as_str().into(),
                        r.category.as_str().into(),
                        r.words.into(),
                        r.encoding.as_str().into(),
                        r.status_text().into(),
                        r.path.display().to_string().into(),
                    ]
                })
                .collect(),
        }
    }

    /// Adds documents (e.g. the built-in samples).
    pub fn add_documents(&mut self, docs: impl IntoIterator<Item = Document>) {
        self.rows.extend(docs.into_iter().map(Row::from_document));
        self.refresh();
    }

    /// Adds what a load produced: a row per document, a row per failed file.
    /// Returns the index of the first added document row, if any.
    pub fn add_loaded(&mut self, loaded: Vec<Loaded>) -> Option<usize> {
        let first = self.rows.len();
        for l in loaded {
            match l.result {
                Ok(docs) => self.rows.extend(docs.into_iter().map(Row::from_document)),
                Err(e) => self.rows.push(Row::failed(&l.path, e.to_string())),
            }
        }
        self.refresh();
        (first..self.rows.len()).find(|&i| self.rows[i].status.is_ok())
    }

    /// Removes every row.
    pub fn clear(&mut self) {
        self.rows.clear();
        self.refresh();
    }

    pub fn set_filter(&mut self, filter: &str) {
        if self.filter != filter {
            filter.clone_into(&mut self.filter);
            self.refresh();
        }
    }

    /// Sorts by `column`; asking again for the same column flips the order.
    pub fn toggle_sort(&mut self, column: Column) {
        self.sort = match self.sort {
            Some((c, asc)) if c == column => Some((c, !asc)),
            _ => Some((column, true)),
        };
        self.refresh();
    }

    fn refresh(&mut self) {
        let needle = fold(self.filter.trim());
        let terms: Vec<&str> = needle.split_whitespace().collect();
        self.visible = (0..self.rows.len())
            .filter(|&i| terms.iter().all(|t| self.rows[i].search_key.contains(t)))
            .collect();
        if let Some((col, asc)) = self.sort {
            let rows = &self.rows;
            self.visible.sort_by(|&a, &b| {
                let (a, b) = (&rows[a], &rows[b]);
                let ord = match col {
                    Column::Title => a.title.cmp(&b.title),
                    Column::Source => a.source.cmp(&b.source),
                    Column::Date => a.date.cmp(&b.date),
                    Column::Category => a.category.cmp(&b.category),
                    Column::Words => a.words.cmp(&b.words),
                    Column::Encoding => a.encoding.cmp(&b.encoding),
                    Column::Status => a.status.is_ok().cmp(&b.status.is_ok()),
                };
                if asc { ord } else { ord.reverse() }
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(title: &str, words: usize) -> Document {
        Document { title: title.into(), body: "كلمة ".repeat(words), ..Default::default() }
    }

    #[test]
    fn filter_ignores_diacritics_and_hamza_forms() {
        let mut lib = Library::default();
        lib.add_documents([doc("أكدَ الرئيس", 3), doc("قال الوزير", 5)]);
        lib.set_filter("اكد");
        assert_eq!(lib.visible().len(), 1);
        lib.set_filter("");
        assert_eq!(lib.visible().len(), 2);
    }

    #[test]
    fn table_follows_filter_and_order() {
        let mut lib = Library::default();
        lib.add_documents([doc("أ", 3), doc("ب", 5), doc("ج", 4)]);
        lib.toggle_sort(Column::Words);
        lib.toggle_sort(Column::Words);
        let t = lib.to_table();
        let words: Vec<_> = t.rows.iter().map(|r| r[4].clone()).collect();
        assert_eq!(words, vec![5usize.into(), 4usize.into(), 3usize.into()]);
        lib.set_filter("ب");
        assert_eq!(lib.to_table().rows.len(), 1);
    }

    #[test]
    fn sort_toggles() {
        let mut lib = Library::default();
        lib.add_documents([doc("a", 3), doc("b", 5)]);
        lib.toggle_sort(Column::Words);
        assert_eq!(lib.row(lib.visible()[0]).map(|r| r.words), Some(3));
        lib.toggle_sort(Column::Words);
        assert_eq!(lib.row(lib.visible()[0]).map(|r| r.words), Some(5));
    }
}
