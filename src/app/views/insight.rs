//! Article insight: the headline and outline of the article in the Reader, its people,
//! places and organizations with their mentions (click → highlighted in the Reader),
//! who said what (click → the quote in the Reader), and the entities of the whole
//! corpus (click → the documents that mention one).

use crate::app::plural::count;
use egui::{Color32, RichText, Ui};
use egui_extras::{Column, TableBuilder};

use super::table_util::{export_buttons_ui, row_height};
use crate::analysis::ner::EntityType;
use crate::analysis::structure::{BlockKind, blocks};
use crate::app::state::{Command, KhabarApp, View};
use crate::app::widgets::{RtlText, mixed_label};
use crate::export::{Cell, Table};

/// The colour an entity type is marked with, in the Reader and here.
pub fn entity_color(kind: EntityType) -> Color32 {
    match kind {
        EntityType::Person => Color32::from_rgb(110, 170, 255),
        EntityType::Location => Color32::from_rgb(120, 210, 120),
        EntityType::Organization => Color32::from_rgb(240, 150, 80),
        EntityType::Misc => Color32::from_rgb(200, 140, 230),
    }
}

fn type_label(kind: EntityType) -> &'static str {
    match kind {
        EntityType::Person => "People",
        EntityType::Location => "Places",
        EntityType::Organization => "Organizations",
        EntityType::Misc => "Other names",
    }
}

pub fn insight_ui(app: &mut KhabarApp, ui: &mut Ui) {
    egui::ScrollArea::vertical().id_salt("insight").auto_shrink(false).show(ui, |ui| {
        article_ui(app, ui);
        ui.add_space(12.0);
        ui.separator();
        corpus_entities_ui(app, ui);
    });
}

fn article_ui(app: &mut KhabarApp, ui: &mut Ui) {
    let Some(doc) = app.current_document() else {
        ui.label("Open an article in the Reader (or pick one in the Library) to see who and what is in it.");
        if ui.button("Go to the Library").clicked() {
            app.push(Command::ShowView(View::Library));
        }
        return;
    };
    RtlText::new(doc.display_title())
        .font(egui::FontId::new(22.0, crate::app::fonts::bold()))
        .id_salt("insight-title")
        .show(ui);
    let Some(insight) = app.insight.result.clone().filter(|_| app.insight.row == app.reader.row) else {
        ui.horizontal(|ui| {
            ui.spinner();
            ui.label("Finding entities and quotes…");
        });
        return;
    };
    let body = &doc.body;
    let outline = blocks(body);
    let subheadings: Vec<&str> =
        outline.iter().filter(|b| b.kind == BlockKind::Subheading).map(|b| &body[b.range.clone()]).collect();
    let noise = outline.iter().filter(|b| b.kind == BlockKind::Noise).count();
    let paragraphs = outline.iter().filter(|b| b.kind == BlockKind::Paragraph).count();
    ui.label(format!(
        "{}, {}, {}; {}, {}",
        count(paragraphs, "paragraph", "paragraphs"),
        count(subheadings.len(), "sub-heading", "sub-headings"),
        count(noise, "noise line", "noise lines"),
        count(insight.entities.entities.len(), "entity", "entities"),
        count(insight.quotes.len(), "quote", "quotes")
    ));
    for (i, h) in subheadings.iter().enumerate() {
        RtlText::new(h).id_salt(("insight-sub", i)).show(ui);
    }
    ui.checkbox(&mut app.insight.highlight_in_reader, "Mark entities and quotes in the Reader");

    ui.add_space(8.0);
    ui.heading("Entities");
    ui.columns(4, |cols| {
        for (col, kind) in cols.iter_mut().zip(EntityType::ALL) {
            // Headings sit where the (right-aligned, RTL) names of their column do.
            col.with_layout(egui::Layout::right_to_left(egui::Align::Min), |ui| {
                ui.label(RichText::new(type_label(kind)).strong().color(entity_color(kind)));
            });
            let mut list: Vec<(usize, &crate::analysis::entities::Entity)> =
                insight.entities.entities.iter().enumerate().filter(|(_, e)| e.kind == kind).collect();
            list.sort_by(|a, b| b.1.mentions.len().cmp(&a.1.mentions.len()).then(a.0.cmp(&b.0)));
            for (i, e) in list {
                let label = match &e.role {
                    Some(role) => format!("{} ({}) ×{}", e.canonical, role, e.mentions.len()),
                    None => format!("{} ×{}", e.canonical, e.mentions.len()),
                };
                let out = RtlText::new(&label).id_salt(("insight-entity", i)).show(col);
                if out.response.clicked() {
                    app.push(Command::ShowEntity(i));
                }
                out.response.on_hover_text("Click to highlight its mentions in the Reader");
            }
        }
    });

    ui.add_space(8.0);
    ui.heading("Who said what");
    if insight.quotes.is_empty() {
        ui.label("No quotes found.");
        return;
    }
    let row_h = row_height(ui);
    let mut open = None;
    TableBuilder::new(ui)
        .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
        .id_salt("insight-quotes")
        .striped(true)
        .vscroll(false)
        // Left to right: quote | verb | speaker — read from the right.
        .column(Column::remainder().at_least(300.0).clip(true))
        .column(Column::initial(90.0).clip(true))
        .column(Column::initial(70.0))
        .column(Column::initial(180.0).clip(true))
        .header(row_h, |mut h| {
            for t in ["Quote", "Verb", "Kind", "Speaker"] {
                h.col(|ui| {
                    ui.strong(t);
                });
            }
        })
        .body(|body_rows| {
            body_rows.rows(row_h, insight.quotes.len(), |mut row| {
                let i = row.index();
                let q = &insight.quotes[i];
                let text = body.get(q.text.clone()).unwrap_or("");
                let verb = q.verb.as_ref().and_then(|v| body.get(v.clone())).unwrap_or("");
                let mut clicked = false;
                row.col(|ui| {
                    clicked |= RtlText::new(text)
                        .no_wrap()
                        .fill_width()
                        .id_salt(("q", i))
                        .show(ui)
                        .response
                        .clicked();
                });
                row.col(|ui| {
                    clicked |= RtlText::new(verb)
                        .no_wrap()
                        .fill_width()
                        .id_salt(("qv", i))
                        .show(ui)
                        .response
                        .clicked();
                });
                row.col(|ui| {
                    ui.label(q.kind.name());
                });
                row.col(|ui| {
                    let who = q.speaker_name.as_deref().unwrap_or("—");
                    clicked |= RtlText::new(who)
                        .no_wrap()
                        .fill_width()
                        .id_salt(("qs", i))
                        .show(ui)
                        .response
                        .clicked();
                });
                if clicked {
                    open = Some(q.text.clone());
                }
            });
        });
    if let Some(range) = open {
        app.push(Command::ShowInReader(range));
    }
}

fn corpus_entities_ui(app: &mut KhabarApp, ui: &mut Ui) {
    ui.heading("Entities across the corpus");
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
                    .text(format!("Finding entities: {done} / {total} documents"))
                    .desired_width(320.0),
            );
            if ui.button("Cancel").clicked() {
                app.push(Command::CancelCorpusEntities);
            }
        });
        return;
    }
    let Some(entities) = app.insight.corpus.clone() else {
        if ui
            .button(match index.doc_count() {
                1 => "Find the entities of the document".to_string(),
                n => format!("Find the entities of all {n} documents"),
            })
            .clicked()
        {
            app.push(Command::RunCorpusEntities);
        }
        return;
    };
    ui.horizontal(|ui| {
        ui.label(format!("{} entities", entities.len()));
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
    TableBuilder::new(ui)
        .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
        .id_salt("insight-corpus")
        .striped(true)
        .max_scroll_height(360.0)
        .column(Column::initial(260.0).clip(true))
        .column(Column::initial(120.0))
        .column(Column::initial(90.0))
        .column(Column::remainder())
        .header(row_h, |mut h| {
            for t in ["Entity", "Type", "Documents", "Mentions"] {
                h.col(|ui| {
                    ui.strong(t);
                });
            }
        })
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
        for &(doc, n) in e.per_doc.iter().take(300) {
            let Some(d) = index.documents().get(doc) else { continue };
            ui.horizontal(|ui| {
                ui.label(format!("×{n}"));
                if RtlText::new(d.display_title()).no_wrap().id_salt(("ced", doc)).show(ui).response.clicked()
                    && let Some(&row) = app.index_rows.get(doc)
                {
                    app.push(Command::OpenRow(row));
                }
            });
        }
    }
}
