//! The KWIC concordance view, laid out for right-to-left reading: the columns run
//! **Before | Hit | After** from right to left, so the words before a hit stand on
//! its right as in the text. Query by word, normalized word, stem, root, phrase,
//! wildcard or regular expression, with the normalization switches as toggles; sort by
//! the words around the hit; click a line to read it in place.

use crate::app::plural::count;
use egui::{Align, Color32, RichText, Ui};
use egui_extras::{Column, TableBuilder};

use crate::analysis::concordance::{KwicLine, SortKey, line};
use crate::analysis::index::{CorpusIndex, Level};
use crate::analysis::query::MatchMode;
use crate::app::state::{Command, KhabarApp};
use crate::app::widgets::{RtlField, RtlText, Span, SpanStyle, mixed_label};
use crate::export::{Cell, ExportFormat, Table};

const SORTS: [(SortKey, &str); 8] = [
    (SortKey::Position, "corpus order"),
    (SortKey::Before(1), "1st word before"),
    (SortKey::Before(2), "2nd word before"),
    (SortKey::Before(3), "3rd word before"),
    (SortKey::After(1), "1st word after"),
    (SortKey::After(2), "2nd word after"),
    (SortKey::After(3), "3rd word after"),
    (SortKey::Document, "document"),
];

pub fn concordance_ui(app: &mut KhabarApp, ui: &mut Ui) {
    let Some(index) = app.index.clone() else {
        ui.label(if app.index_job.is_some() {
            "Indexing the corpus…"
        } else {
            "Open documents to search them."
        });
        return;
    };
    let mut run = false;
    let c = &mut app.concordance;
    ui.horizontal_wrapped(|ui| {
        ui.label("Search");
        let out = RtlField::new(&mut c.query)
            .hint("كلمة أو عبارة")
            .desired_width(240.0)
            .id_salt("kwic-query")
            .show(ui);
        run |= out.submitted;
        egui::ComboBox::new("kwic-level", "level").selected_text(c.level.label()).show_ui(ui, |ui| {
            for level in Level::ALL {
                run |= ui.selectable_value(&mut c.level, level, level.label()).changed();
            }
        });
        egui::ComboBox::new("kwic-mode", "match").selected_text(mode_label(c.mode)).show_ui(ui, |ui| {
            for mode in [MatchMode::Exact, MatchMode::Wildcard, MatchMode::Regex] {
                run |= ui.selectable_value(&mut c.mode, mode, mode_label(mode)).changed();
            }
        });
        if ui.button("Search").clicked() {
            run = true;
        }
        if c.task.is_some() {
            ui.spinner();
        }
    });
    ui.horizontal_wrapped(|ui| {
        let n = &mut c.normalization;
        ui.label("Ignore:");
        run |= ui.checkbox(&mut n.strip_tashkeel, "diacritics").changed();
        let mut hamza = n.unify_alef;
        if ui.checkbox(&mut hamza, "hamza/alef forms").changed() {
            n.unify_alef = hamza;
            n.hamza_seats = hamza;
            run = true;
        }
        run |= ui.checkbox(&mut n.alef_maqsura_to_ya, "ى/ي").changed();
        run |= ui.checkbox(&mut n.ta_marbuta_to_ha, "ة/ه").changed();
        run |= ui.checkbox(&mut n.strip_tatweel, "tatweel").changed();
        ui.separator();
        ui.label("Context");
        ui.add(egui::Slider::new(&mut c.context, 1..=20).text("words"));
        let current = SORTS.iter().find(|(k, _)| *k == c.sort).map_or("", |(_, l)| l);
        egui::ComboBox::new("kwic-sort", "sort order").selected_text(current).show_ui(ui, |ui| {
            for (key, label) in SORTS {
                run |= ui.selectable_value(&mut c.sort, key, label).changed();
            }
        });
    });
    if let Some(near) = app.concordance.near.clone() {
        ui.horizontal(|ui| {
            mixed_label(
                ui,
                &format!(
                    "Only hits with «\u{2068}{}\u{2069}» within {} words before / {} after",
                    near.label, near.left, near.right
                ),
            );
            if ui.small_button("show all hits").clicked() {
                app.concordance.near = None;
                run = true;
            }
        });
    }
    if run {
        app.push(Command::RunConcordance);
    }
    if let Some(e) = &app.concordance.error {
        ui.colored_label(ui.visuals().error_fg_color, e);
    }
    let Some(result) = app.concordance.result.clone() else { return };
    let context = app.concordance.context;
    ui.horizontal(|ui| {
        ui.label(format!(
            "{} in {}",
            count(result.hits.len(), "hit", "hits"),
            count(result.per_document.len(), "document", "documents")
        ));
        for (format, label) in
            [(ExportFormat::Csv, "CSV"), (ExportFormat::Xlsx, "XLSX"), (ExportFormat::Json, "JSON")]
        {
            if ui.button(format!("Export {label}")).clicked() {
                app.push(Command::ExportTable(table(&index, &result.hits, context), format));
            }
        }
        let selected = app.concordance.selected.clone();
        let (label, tip) = if selected.is_empty() {
            ("Copy".to_owned(), "Copy all lines as tab-separated text (Ctrl+click lines to copy only those)")
        } else {
            (format!("Copy {} selected", selected.len()), "Copy the Ctrl+clicked lines as tab-separated text")
        };
        if ui.button(label).on_hover_text(tip).clicked() {
            let t = table(&index, &result.hits, context);
            let rows: Vec<usize> = if selected.is_empty() {
                (0..t.rows.len()).collect()
            } else {
                selected.into_iter().collect()
            };
            ui.ctx().copy_text(crate::export::to_tsv(&t, rows));
        }
        if !app.concordance.selected.is_empty() && ui.small_button("Clear selection").clicked() {
            app.concordance.selected.clear();
        }
    });
    egui::CollapsingHeader::new(format!("Hits per document ({})", result.per_document.len()))
        .id_salt("kwic-per-doc")
        .show(ui, |ui| {
            egui::ScrollArea::vertical().max_height(140.0).id_salt("kwic-per-doc-scroll").show(ui, |ui| {
                for &(doc, n) in result.per_document.iter().take(200) {
                    let title = index.documents().get(doc).map(|d| d.display_title()).unwrap_or("");
                    ui.horizontal(|ui| {
                        ui.label(n.to_string());
                        if RtlText::new(title)
                            .no_wrap()
                            .id_salt(("kwic-doc", doc))
                            .show(ui)
                            .response
                            .clicked()
                            && let Some(&h) = result.hits.iter().find(|h| index.doc_of(h.start) == doc)
                        {
                            let l = line(&index, h, 0);
                            app.push(Command::OpenHit { doc, range: l.matched });
                        }
                    });
                }
            });
        });
    ui.separator();

    let row_h = super::table_util::row_height(ui);
    let hit_style = SpanStyle { color: Some(Color32::from_rgb(255, 196, 60)), ..Default::default() };
    let width = ui.available_width();
    let side = ((width - 150.0 - 180.0) / 2.0).max(120.0);
    let mut open = None;
    let mut toggle = None;
    let ctrl = ui.input(|i| i.modifiers.command);
    let selected = &app.concordance.selected;
    let mut builder = TableBuilder::new(ui)
        .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
        .id_salt("kwic-table")
        .striped(true)
        .sense(egui::Sense::click())
        .column(Column::exact(side).clip(true))
        .column(Column::exact(150.0).clip(true))
        .column(Column::exact(side).clip(true))
        .column(Column::remainder().clip(true));
    if app.concordance.scroll_to_top {
        builder = builder.scroll_to_row(0, Some(Align::TOP));
        app.concordance.scroll_to_top = false;
    }
    builder
        .header(row_h, |mut h| {
            // Left to right: After | Hit | Before | Document — read from the right.
            for title in ["After", "Hit", "Before", "Document"] {
                h.col(|ui| {
                    ui.with_layout(egui::Layout::right_to_left(Align::Center), |ui| {
                        ui.label(RichText::new(title).strong());
                    });
                });
            }
        })
        .body(|body| {
            body.rows(row_h, result.hits.len(), |mut row| {
                let i = row.index();
                let l = line(&index, result.hits[i], context);
                let Some(doc) = index.documents().get(l.doc) else { return };
                let (before, matched, after) = l.texts(&doc.body);
                let span = [Span::new(0..matched.len(), hit_style)];
                row.set_selected(selected.contains(&i));
                let mut clicked = false;
                row.col(|ui| {
                    let t = RtlText::new(after.trim()).no_wrap().fill_width().align(Align::Max);
                    clicked |= t.id_salt(("a", i)).show(ui).response.clicked();
                });
                row.col(|ui| {
                    let t = RtlText::new(matched).spans(&span).no_wrap().fill_width().align(Align::Center);
                    clicked |= t.id_salt(("h", i)).show(ui).response.clicked();
                });
                row.col(|ui| {
                    let t = RtlText::new(before.trim()).no_wrap().fill_width().align(Align::Min);
                    clicked |= t.id_salt(("b", i)).show(ui).response.clicked();
                });
                row.col(|ui| {
                    let t = RtlText::new(doc.display_title()).no_wrap().fill_width();
                    clicked |= t.id_salt(("d", i)).show(ui).response.clicked();
                });
                clicked |= row.response().clicked();
                if clicked && ctrl {
                    toggle = Some(i);
                } else if clicked {
                    open = Some(l);
                }
            });
        });
    if let Some(i) = toggle
        && !app.concordance.selected.remove(&i)
    {
        app.concordance.selected.insert(i);
    }
    if let Some(l) = open {
        app.push(Command::OpenHit { doc: l.doc, range: l.matched });
    }
}

fn mode_label(m: MatchMode) -> &'static str {
    match m {
        MatchMode::Exact => "word / phrase",
        MatchMode::Wildcard => "wildcard (* ?)",
        MatchMode::Regex => "regular expression",
    }
}

/// The concordance as a table, columns in reading order.
fn table(index: &CorpusIndex, hits: &[crate::analysis::query::Hit], context: usize) -> Table {
    Table {
        name: "Concordance".into(),
        columns: ["Document", "Before", "Hit", "After", "Start", "End"].map(String::from).to_vec(),
        rows: hits
            .iter()
            .filter_map(|&h| {
                let l: KwicLine = line(index, h, context);
                let doc = index.documents().get(l.doc)?;
                let (b, m, a) = l.texts(&doc.body);
                Some(vec![
                    Cell::from(doc.path.display().to_string()),
                    b.trim().into(),
                    m.into(),
                    a.trim().into(),
                    l.matched.start.into(),
                    l.matched.end.into(),
                ])
            })
            .collect(),
    }
}
