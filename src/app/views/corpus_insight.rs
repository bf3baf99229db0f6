//! Insight across the corpus, two pages of the Insight view: the entities of all
//! documents (click → the documents that mention one) and who said what (speakers with
//! their quotes and documents, filtered by name or to people; click a speaker → their
//! quotes, narrowed by words in the quote; click a quote → the Reader at it). Every
//! table exports. Tables share the page's height and scroll on their own.

use std::sync::Arc;

use egui::Ui;
use egui_extras::{Column, TableBuilder};

use super::insight::{entity_color, type_label};
use super::table_util::{column_names, export_buttons_ui, row_height, rtl_cell};
use crate::analysis::corpus_quotes::CorpusQuotes;
use crate::analysis::index::CorpusIndex;
use crate::app::corpus_state::{CorpusInsight, InsightPage, QuoteView};
use crate::app::plural::count;
use crate::app::state::{Command, KhabarApp};
use crate::app::widgets::{RtlField, RtlText, mixed_label};
use crate::export::{Cell, Table};
use crate::text::normalize::{Normalization, normalize};

/// The least height a table is given, however small the window.
const MIN_TABLE_HEIGHT: f32 = 120.0;

/// The page `page` (entities or who said what) of the corpus insight, after the pass
/// over all documents that finds them (started here, with progress and Cancel).
pub fn corpus_insight_ui(app: &mut KhabarApp, ui: &mut Ui, page: InsightPage) {
    let Some(index) = app.index.clone() else {
        ui.label("Waiting for the corpus index…");
        return;
    };
    if app.insight.corpus_task.is_some() {
        ui.horizontal(|ui| {
            let done = app.insight.corpus_progress.load(std::sync::atomic::Ordering::Relaxed);
            let total = index.doc_count().max(1);
            ui.add(
                egui::ProgressBar::new(done as f32 / total as f32)
                    .text(format!("Finding entities and quotes: {done} / {total} documents"))
                    .desired_width(360.0),
            );
            if ui.button("Cancel").clicked() {
                app.push(Command::CancelCorpusInsight);
            }
        });
        return;
    }
    let Some(found) = app.insight.corpus.clone().filter(|c| Arc::ptr_eq(&c.index, &index)) else {
        let label = match index.doc_count() {
            1 => "Find the entities and quotes of the document".to_string(),
            n => format!("Find the entities and quotes of all {n} documents"),
        };
        if ui.button(label).clicked() {
            app.push(Command::RunCorpusInsight);
        }
        return;
    };
    match page {
        InsightPage::CorpusQuotes => speakers_ui(app, ui, &found),
        _ => entities_ui(app, ui, &found),
    }
}

/// A labelled Arabic filter field of the corpus pages.
fn filter_field(ui: &mut Ui, label: &str, text: &mut String, hint: &str, id: &str) {
    ui.label(label);
    RtlField::new(text).hint(hint).desired_width(220.0).id_salt(id).show(ui);
}

/// The height left for a table in `ui` (its body, below a header row), keeping `below`
/// for what follows it.
fn table_height(ui: &Ui, below: f32) -> f32 {
    (ui.available_height() - row_height(ui) - below).max(MIN_TABLE_HEIGHT)
}

fn entities_ui(app: &mut KhabarApp, ui: &mut Ui, found: &CorpusInsight) {
    let (index, entities) = (&found.index, &found.entities);
    ui.horizontal(|ui| {
        ui.label(count(entities.len(), "entity", "entities"));
        export_buttons_ui(app, ui, || Table {
            name: "Entities".into(),
            columns: ["Entity", "Type", "Documents", "Mentions"].map(String::from).to_vec(),
            rows: entities
                .iter()
                .map(|e| {
                    vec![
                        Cell::from(e.canonical.as_str()),
                        e.kind.name().into(),
                        e.documents.into(),
                        e.mentions.into(),
                    ]
                })
                .collect(),
        });
    });
    let row_h = row_height(ui);
    let mut selected = app.insight.corpus_selected;
    // With an entity chosen, its documents take the lower third of the page.
    let documents_height = if selected.is_some() { ui.available_height() / 3.0 } else { 0.0 };
    let height = table_height(ui, documents_height);
    TableBuilder::new(ui)
        .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
        .id_salt("insight-corpus")
        .striped(true)
        .min_scrolled_height(height)
        .max_scroll_height(height)
        .column(Column::initial(260.0).clip(true))
        .column(Column::initial(120.0))
        .column(Column::initial(90.0))
        .column(Column::remainder())
        .header(row_h, |h| column_names(h, &["Entity", "Type", "Documents", "Mentions"]))
        .body(|body| {
            body.rows(row_h, entities.len(), |mut row| {
                let i = row.index();
                let e = &entities[i];
                row.set_selected(selected == Some(i));
                row.col(|ui| {
                    let t = RtlText::new(&e.canonical).no_wrap().fill_width().color(entity_color(e.kind));
                    if t.id_salt(("ce", i)).show(ui).response.clicked() {
                        selected = Some(i);
                    }
                });
                row.col(|ui| {
                    ui.label(type_label(e.kind));
                });
                row.col(|ui| {
                    ui.label(e.documents.to_string());
                });
                row.col(|ui| {
                    ui.label(e.mentions.to_string());
                });
            });
        });
    app.insight.corpus_selected = selected;
    if let Some(e) = selected.and_then(|i| entities.get(i)) {
        ui.add_space(6.0);
        mixed_label(ui, &format!("Documents mentioning «\u{2068}{}\u{2069}»", e.canonical));
        egui::ScrollArea::vertical().id_salt("corpus-entity-documents").auto_shrink([false, true]).show(
            ui,
            |ui| {
                for &(doc, n) in e.per_doc.iter().take(300) {
                    let Some(d) = index.documents().get(doc) else { continue };
                    ui.horizontal(|ui| {
                        ui.label(format!("×{n}"));
                        if RtlText::new(d.display_title())
                            .no_wrap()
                            .id_salt(("ced", doc))
                            .show(ui)
                            .response
                            .clicked()
                            && let Some(&row) = app.index_rows.get(doc)
                        {
                            app.push(Command::OpenRow(row));
                        }
                    });
                }
                if e.per_doc.len() > 300 {
                    ui.label(format!("… and {} more (export the table for all)", e.per_doc.len() - 300));
                }
            },
        );
    }
}

/// The speakers whose name holds every word of `filter` (search normalization: hamza,
/// alef maqsura and ta marbuta folded), only persons if `people_only`, most quoted
/// first.
fn speakers_matching(quotes: &CorpusQuotes, filter: &str, people_only: bool) -> Vec<usize> {
    let search = Normalization::search();
    let words: Vec<String> = normalize(filter, &search).split_whitespace().map(str::to_owned).collect();
    (0..quotes.speakers.len())
        .filter(|&s| {
            let sp = &quotes.speakers[s];
            (sp.person || !people_only) && words.iter().all(|w| sp.key.contains(w.as_str()))
        })
        .collect()
}

fn speakers_ui(app: &mut KhabarApp, ui: &mut Ui, found: &CorpusInsight) {
    let quotes = &found.quotes;
    ui.label(format!(
        "{} by {}; {} with no speaker found",
        count(quotes.quotes.len(), "quote", "quotes"),
        count(quotes.speakers.len(), "speaker", "speakers"),
        quotes.quotes.iter().filter(|q| q.speaker.is_none()).count()
    ));
    ui.horizontal(|ui| {
        filter_field(
            ui,
            "Speaker",
            &mut app.insight.speaker_filter,
            "a name or part of it",
            "speaker-filter",
        );
        // Bodies and documents («البيان», «الوزارة») are grouped by name across
        // articles, which mixes different ones; people are who they are.
        ui.checkbox(&mut app.insight.people_only, "People only")
            .on_hover_text("Only speakers the entity recognizer found to be persons");
        export_buttons_ui(app, ui, || speakers_table(quotes));
    });
    let shown = speakers_matching(quotes, &app.insight.speaker_filter, app.insight.people_only);
    let narrowed = !app.insight.speaker_filter.trim().is_empty() || app.insight.people_only;
    let row_h = row_height(ui);
    let mut selected = app.insight.speaker_selected;
    // The speakers take a third of the page, their quotes the rest.
    let height = (ui.available_height() / 3.0).max(MIN_TABLE_HEIGHT);
    TableBuilder::new(ui)
        .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
        .id_salt("insight-speakers")
        .striped(true)
        .min_scrolled_height(height)
        .max_scroll_height(height)
        .column(Column::initial(260.0).clip(true))
        .column(Column::initial(90.0))
        .column(Column::remainder())
        .header(row_h, |h| column_names(h, &["Speaker", "Quotes", "Documents"]))
        .body(|body| {
            body.rows(row_h, shown.len(), |mut row| {
                let s = shown[row.index()];
                let sp = &quotes.speakers[s];
                row.set_selected(selected == Some(s));
                row.col(|ui| {
                    let mut t = RtlText::new(&sp.name).no_wrap().fill_width();
                    if sp.person {
                        t = t.color(entity_color(crate::analysis::ner::EntityType::Person));
                    }
                    if t.id_salt(("sp", s)).show(ui).response.clicked() {
                        selected = if selected == Some(s) { None } else { Some(s) };
                    }
                });
                row.col(|ui| {
                    ui.label(sp.quotes.to_string());
                });
                row.col(|ui| {
                    ui.label(sp.documents.to_string());
                });
            });
        });
    app.insight.speaker_selected = selected;
    ui.add_space(6.0);
    let selected = selected.and_then(|s| quotes.speakers.get(s).map(|sp| (s, sp)));
    match selected {
        Some((_, sp)) => {
            ui.horizontal(|ui| {
                mixed_label(ui, &format!("Quotes of «\u{2068}{}\u{2069}»", sp.name));
                if ui.button("All quotes").clicked() {
                    app.insight.speaker_selected = None;
                }
            });
        }
        None if !narrowed => {
            ui.label("All quotes (click a speaker to see only theirs)");
        }
        None => {
            ui.label("Quotes of the speakers listed (click one to see only theirs)");
        }
    }
    ui.horizontal(|ui| {
        filter_field(ui, "Words in the quote", &mut app.insight.quote_filter, "e.g. إيران", "quote-filter");
    });
    // The rows change only with the selection and the filters: computed once for them
    // (a scan of every quote of a large corpus, too slow for each frame).
    let view = QuoteView {
        speaker: selected.map(|(s, _)| s),
        speaker_filter: app.insight.speaker_filter.clone(),
        people_only: app.insight.people_only,
        words: app.insight.quote_filter.clone(),
    };
    let rows = match app.insight.quote_rows.take().filter(|(v, _)| *v == view) {
        Some((_, rows)) => rows,
        None => {
            let listed: Vec<bool> = match view.speaker {
                Some(one) => (0..quotes.speakers.len()).map(|s| s == one).collect(),
                None => {
                    let mut listed = vec![!narrowed; quotes.speakers.len()];
                    for &s in &shown {
                        listed[s] = true;
                    }
                    listed
                }
            };
            // With nothing narrowed, quotes with no speaker are listed too.
            let everyone = view.speaker.is_none() && !narrowed;
            let select = |s: Option<usize>| s.map_or(everyone, |s| listed[s]);
            Arc::new(quotes.select(select, &view.words))
        }
    };
    app.insight.quote_rows = Some((view, rows.clone()));
    ui.horizontal(|ui| {
        ui.label(count(rows.len(), "quote", "quotes"));
        export_buttons_ui(app, ui, || quotes_table(&found.index, quotes, &rows));
    });
    quotes_rows_ui(app, ui, &found.index, quotes, &rows);
}

fn quotes_rows_ui(
    app: &mut KhabarApp,
    ui: &mut Ui,
    index: &CorpusIndex,
    quotes: &CorpusQuotes,
    rows: &[usize],
) {
    let row_h = row_height(ui);
    let mut open = None;
    let height = table_height(ui, 0.0);
    TableBuilder::new(ui)
        .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
        .id_salt("insight-corpus-quotes")
        .striped(true)
        .min_scrolled_height(height)
        .max_scroll_height(height)
        // Left to right: quote | verb | kind | speaker | document — read from the right.
        .column(Column::remainder().at_least(260.0).clip(true))
        .column(Column::initial(80.0).clip(true))
        .column(Column::initial(64.0))
        .column(Column::initial(160.0).clip(true))
        .column(Column::initial(200.0).clip(true))
        .header(row_h, |h| column_names(h, &["Quote", "Verb", "Kind", "Speaker", "Document"]))
        .body(|body| {
            body.rows(row_h, rows.len(), |mut row| {
                let i = rows[row.index()];
                let q = &quotes.quotes[i];
                let Some(doc) = index.documents().get(q.doc) else { return };
                let speaker =
                    q.speaker.and_then(|s| quotes.speakers.get(s)).map_or("—", |s| s.name.as_str());
                let mut clicked = rtl_cell(&mut row, doc.body.get(q.text.clone()).unwrap_or(""), ("cq", i));
                clicked |= rtl_cell(&mut row, q.verb.as_deref().unwrap_or(""), ("cqv", i));
                row.col(|ui| {
                    ui.label(q.kind.name());
                });
                clicked |= rtl_cell(&mut row, speaker, ("cqs", i));
                clicked |= rtl_cell(&mut row, doc.display_title(), ("cqd", i));
                if clicked {
                    open = Some((q.doc, q.text.clone()));
                }
            });
        });
    if let Some((doc, range)) = open {
        app.push(Command::OpenHit { doc, range });
    }
}

fn speakers_table(quotes: &CorpusQuotes) -> Table {
    Table {
        name: "Speakers".into(),
        columns: ["Speaker", "Person", "Quotes", "Documents"].map(String::from).to_vec(),
        rows: quotes
            .speakers
            .iter()
            .map(|s| {
                vec![
                    Cell::from(s.name.as_str()),
                    Cell::from(if s.person { "yes" } else { "no" }),
                    s.quotes.into(),
                    s.documents.into(),
                ]
            })
            .collect(),
    }
}

fn quotes_table(index: &CorpusIndex, quotes: &CorpusQuotes, rows: &[usize]) -> Table {
    Table {
        name: "Quotes".into(),
        columns: ["Document", "File", "Speaker", "Verb", "Kind", "Quote"].map(String::from).to_vec(),
        rows: rows
            .iter()
            .filter_map(|&i| {
                let q = quotes.quotes.get(i)?;
                let doc = index.documents().get(q.doc)?;
                Some(vec![
                    Cell::from(doc.display_title()),
                    Cell::from(doc.path.display().to_string()),
                    Cell::from(
                        q.speaker.and_then(|s| quotes.speakers.get(s)).map_or("", |s| s.name.as_str()),
                    ),
                    Cell::from(q.verb.as_deref().unwrap_or("")),
                    Cell::from(q.kind.name()),
                    Cell::from(doc.body.get(q.text.clone()).unwrap_or("")),
                ])
            })
            .collect(),
    }
}
