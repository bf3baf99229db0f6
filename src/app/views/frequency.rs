//! The frequency list view: by surface form, normalized form, light stem, ISRI stem
//! or root; minimum frequency, stopwords, Arabic only, a regular expression and a
//! search box; click an item for its concordance; export.

use egui::{RichText, Ui};
use egui_extras::{Column, TableBuilder};

use crate::analysis::index::Level;
use crate::app::library::fold;
use crate::app::state::{Command, KhabarApp};
use crate::app::widgets::{RtlField, RtlText};
use crate::export::{Cell, ExportFormat, Table};

pub fn frequency_ui(app: &mut KhabarApp, ui: &mut Ui) {
    if app.index.is_none() {
        ui.label(if app.index_job.is_some() {
            "Indexing the corpus…"
        } else {
            "Open documents to count words."
        });
        return;
    }
    let mut run = false;
    let f = &mut app.frequency;
    ui.horizontal_wrapped(|ui| {
        egui::ComboBox::new("freq-level", "level").selected_text(f.level.label()).show_ui(ui, |ui| {
            for level in Level::ALL {
                run |= ui.selectable_value(&mut f.level, level, level.label()).changed();
            }
        });
        run |= super::table_util::number_ui(ui, "min. frequency", &mut f.min_freq, 1..=1_000_000);
        run |= ui.checkbox(&mut f.exclude_stopwords, "No stopwords").changed();
        run |= ui.checkbox(&mut f.arabic_only, "Arabic only").changed();
        ui.label("Regex");
        run |= RtlField::new(&mut f.pattern)
            .hint("^ال")
            .desired_width(140.0)
            .id_salt("freq-regex")
            .show(ui)
            .submitted;
        ui.separator();
        ui.label("Find");
        RtlField::new(&mut f.search).hint("كلمة").desired_width(160.0).id_salt("freq-search").show(ui);
        if f.task.is_some() {
            ui.spinner();
        }
    });
    if run {
        app.push(Command::RunFrequency);
    }
    if let Some(e) = &app.frequency.error {
        ui.colored_label(ui.visuals().error_fg_color, e);
    }
    let Some(list) = app.frequency.list.clone() else { return };
    let needle = fold(app.frequency.search.trim());
    let rows: Vec<usize> = (0..list.rows.len())
        .filter(|&i| needle.is_empty() || fold(&list.rows[i].item).contains(&needle))
        .collect();
    ui.horizontal(|ui| {
        ui.label(format!(
            "{} items ({} shown), {} words in {} documents",
            list.rows.len(),
            rows.len(),
            list.total_words,
            list.documents
        ));
        for (format, label) in
            [(ExportFormat::Csv, "CSV"), (ExportFormat::Xlsx, "XLSX"), (ExportFormat::Json, "JSON")]
        {
            if ui.button(format!("Export {label}")).clicked() {
                app.push(Command::ExportTable(table(&list, &rows), format));
            }
        }
        if ui.button("Copy").on_hover_text("Copy the shown rows as tab-separated text").clicked() {
            ui.ctx().copy_text(crate::export::to_tsv(&table(&list, &rows), 0..rows.len()));
        }
    });
    ui.separator();
    let level = app.frequency.level;
    let row_h = super::table_util::row_height(ui);
    let mut open = None;
    TableBuilder::new(ui)
        .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
        .id_salt("freq-table")
        .striped(true)
        .column(Column::initial(60.0))
        .column(Column::initial(220.0).clip(true))
        .column(Column::initial(90.0))
        .column(Column::initial(100.0))
        .column(Column::remainder())
        .header(row_h, |mut h| {
            for title in ["Rank", "Item", "Frequency", "Per million", "Range"] {
                h.col(|ui| {
                    ui.label(RichText::new(title).strong());
                });
            }
        })
        .body(|body| {
            body.rows(row_h, rows.len(), |mut row| {
                let i = rows[row.index()];
                let r = &list.rows[i];
                row.col(|ui| {
                    ui.label((i + 1).to_string());
                });
                row.col(|ui| {
                    let out = RtlText::new(&r.item).no_wrap().fill_width().id_salt(("freq-item", i)).show(ui);
                    if out.response.clicked() {
                        open = Some(r.item.clone());
                    }
                    out.response.on_hover_text("Click for its concordance");
                });
                row.col(|ui| {
                    ui.label(r.freq.to_string());
                });
                row.col(|ui| {
                    ui.label(format!("{:.1}", list.per_million(r)));
                });
                row.col(|ui| {
                    ui.label(r.range.to_string());
                });
            });
        });
    if let Some(item) = open {
        app.push(Command::ConcordanceOf(item, level));
    }
}

fn table(list: &crate::analysis::frequency::FreqList, rows: &[usize]) -> Table {
    let level = list.level.map(|l| l.label()).unwrap_or("");
    Table {
        name: format!("Frequency ({level})"),
        columns: ["Rank", "Item", "Frequency", "Per million", "Range"].map(String::from).to_vec(),
        rows: rows
            .iter()
            .map(|&i| {
                let r = &list.rows[i];
                vec![
                    Cell::from(i + 1),
                    r.item.as_str().into(),
                    Cell::Int(r.freq as i64),
                    list.per_million(r).into(),
                    Cell::Int(i64::from(r.range)),
                ]
            })
            .collect(),
    }
}
