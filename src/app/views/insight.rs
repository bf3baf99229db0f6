//! Article insight: the headline and outline of the article in the Reader, its people,
//! places and organizations with their mentions (click → highlighted in the Reader) and
//! who said what (click → the quote in the Reader), both exported; beside them, on pages
//! of their own, the corpus-wide insight of [`super::corpus_insight`].

use crate::app::plural::count;
use egui::{Color32, RichText, Ui};
use egui_extras::{Column, TableBuilder};

use super::table_util::{column_names, export_buttons_ui, row_height, rtl_cell};
use crate::analysis::entities::ArticleEntities;
use crate::analysis::ner::EntityType;
use crate::analysis::quotes::Quote;
use crate::analysis::structure::{Block, BlockKind, blocks};
use crate::app::corpus_state::InsightPage;
use crate::app::state::{Command, KhabarApp, View};
use crate::app::widgets::RtlText;
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

pub(super) fn type_label(kind: EntityType) -> &'static str {
    match kind {
        EntityType::Person => "People",
        EntityType::Location => "Places",
        EntityType::Organization => "Organizations",
        EntityType::Misc => "Other names",
    }
}

pub fn insight_ui(app: &mut KhabarApp, ui: &mut Ui) {
    ui.horizontal(|ui| {
        for (page, label) in [
            (InsightPage::Article, "This article"),
            (InsightPage::CorpusEntities, "Entities across the corpus"),
            (InsightPage::CorpusQuotes, "Who said what across the corpus"),
        ] {
            if ui.selectable_label(app.insight.page == page, label).clicked() {
                app.insight.page = page;
            }
        }
    });
    ui.separator();
    match app.insight.page {
        InsightPage::Article => {
            egui::ScrollArea::vertical()
                .id_salt("insight")
                .auto_shrink(false)
                .show(ui, |ui| article_ui(app, ui));
        }
        page => super::corpus_insight::corpus_insight_ui(app, ui, page),
    }
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
    ui.horizontal(|ui| {
        ui.heading("Entities");
        export_buttons_ui(app, ui, || article_entities_table(&insight.entities));
    });
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
    ui.horizontal(|ui| {
        ui.heading("Who said what");
        if !insight.quotes.is_empty() {
            export_buttons_ui(app, ui, || article_quotes_table(body, &outline, &insight.quotes));
        }
    });
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
        .header(row_h, |h| column_names(h, &["Quote", "Verb", "Kind", "Speaker"]))
        .body(|body_rows| {
            body_rows.rows(row_h, insight.quotes.len(), |mut row| {
                let i = row.index();
                let q = &insight.quotes[i];
                let text = body.get(q.text.clone()).unwrap_or("");
                let verb = q.verb.as_ref().and_then(|v| body.get(v.clone())).unwrap_or("");
                let mut clicked = rtl_cell(&mut row, text, ("q", i));
                clicked |= rtl_cell(&mut row, verb, ("qv", i));
                row.col(|ui| {
                    ui.label(q.kind.name());
                });
                clicked |= rtl_cell(&mut row, q.speaker_name.as_deref().unwrap_or("—"), ("qs", i));
                if clicked {
                    open = Some(q.text.clone());
                }
            });
        });
    if let Some(range) = open {
        app.push(Command::ShowInReader(range));
    }
}

fn article_entities_table(entities: &ArticleEntities) -> Table {
    Table {
        name: "Article entities".into(),
        columns: ["Entity", "Type", "Role", "Mentions"].map(String::from).to_vec(),
        rows: entities
            .entities
            .iter()
            .map(|e| {
                vec![
                    Cell::from(e.canonical.as_str()),
                    e.kind.name().into(),
                    Cell::from(e.role.as_deref().unwrap_or("")),
                    e.mentions.len().into(),
                ]
            })
            .collect(),
    }
}

/// The quotes of the article; `outline` is [`blocks`] of `body`, which the quotes'
/// paragraph indices point into.
fn article_quotes_table(body: &str, outline: &[Block], quotes: &[Quote]) -> Table {
    Table {
        name: "Article quotes".into(),
        columns: ["Paragraph", "Speaker", "Verb", "Kind", "Quote"].map(String::from).to_vec(),
        rows: quotes
            .iter()
            .map(|q| {
                let verb = q.verb.clone().and_then(|v| body.get(v)).unwrap_or("");
                // Paragraphs counted from 1 as the reader counts them: headline,
                // sub-headings and noise lines are not paragraphs.
                let paragraph =
                    outline.iter().take(q.paragraph + 1).filter(|b| b.kind == BlockKind::Paragraph).count();
                vec![
                    paragraph.into(),
                    Cell::from(q.speaker_name.as_deref().unwrap_or("")),
                    Cell::from(verb),
                    Cell::from(q.kind.name()),
                    Cell::from(body.get(q.text.clone()).unwrap_or("")),
                ]
            })
            .collect(),
    }
}
