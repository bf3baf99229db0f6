//! The n-gram (cluster) view: 2–6 words over forms, stems or roots, minimum frequency
//! and range, containing a word or not; click an n-gram for its concordance.

use egui::{RichText, Ui};
use egui_extras::{Column, TableBuilder};

use super::table_util::{export_buttons_ui, number_ui, row_height};
use crate::analysis::index::Level;
use crate::app::state::{Command, KhabarApp};
use crate::app::widgets::{RtlField, RtlText};
use crate::export::{Cell, Table};

pub fn ngrams_ui(app: &mut KhabarApp, ui: &mut Ui) {
    if app.index.is_none() {
        ui.label(if app.index_job.is_some() { "Indexing the corpus…" } else { "Open documents first." });
        return;
    }
    let mut run = false;
    let s = &mut app.ngrams;
    ui.horizontal_wrapped(|ui| {
        run |= ui.add(egui::Slider::new(&mut s.options.n, 2..=6).text("words")).changed();
        egui::ComboBox::new("ngram-level", "level").selected_text(s.options.level.label()).show_ui(
            ui,
            |ui| {
                for level in Level::ALL {
                    run |= ui.selectable_value(&mut s.options.level, level, level.label()).changed();
                }
            },
        );
        run |= number_ui(ui, "min. frequency", &mut s.options.min_freq, 1..=100_000);
        run |= number_ui(ui, "min. range", &mut s.options.min_range, 1..=100_000);
        ui.label("containing");
        run |= RtlField::new(&mut s.contains)
            .hint("كلمة")
            .desired_width(120.0)
            .id_salt("ngram-contains")
            .show(ui)
            .submitted;
        ui.label("without");
        run |= RtlField::new(&mut s.excludes)
            .hint("كلمة")
            .desired_width(120.0)
            .id_salt("ngram-excludes")
            .show(ui)
            .submitted;
        run |= ui.button("Count").clicked();
        if s.task.is_some() {
            ui.spinner();
        }
    });
    if run {
        app.push(Command::RunNgrams);
    }
    if let Some(e) = &app.ngrams.error {
        ui.colored_label(ui.visuals().error_fg_color, e);
    }
    let Some(rows) = app.ngrams.rows.clone() else { return };
    let level = app.ngrams.options.level;
    let n = app.ngrams.options.n;
    ui.horizontal(|ui| {
        ui.label(format!("{} {n}-grams", rows.len()));
        export_buttons_ui(app, ui, || Table {
            name: format!("{n}-grams ({})", level.label()),
            columns: ["N-gram", "Frequency", "Range"].map(String::from).to_vec(),
            rows: rows
                .iter()
                .map(|r| {
                    vec![Cell::from(r.ngram.as_str()), Cell::Int(r.freq as i64), Cell::Int(r.range as i64)]
                })
                .collect(),
        });
    });
    ui.separator();
    let row_h = row_height(ui);
    let mut open = None;
    TableBuilder::new(ui)
        .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
        .id_salt("ngram-table")
        .striped(true)
        .column(Column::initial(50.0))
        .column(Column::initial(360.0).clip(true))
        .column(Column::initial(90.0))
        .column(Column::remainder())
        .header(row_h, |mut h| {
            for t in ["Rank", "N-gram", "Frequency", "Range"] {
                h.col(|ui| {
                    ui.label(RichText::new(t).strong());
                });
            }
        })
        .body(|body| {
            body.rows(row_h, rows.len(), |mut row| {
                let i = row.index();
                let r = &rows[i];
                row.col(|ui| {
                    ui.label((i + 1).to_string());
                });
                row.col(|ui| {
                    if RtlText::new(&r.ngram)
                        .no_wrap()
                        .fill_width()
                        .id_salt(("ngram", i))
                        .show(ui)
                        .response
                        .clicked()
                    {
                        open = Some(r.ngram.clone());
                    }
                });
                row.col(|ui| {
                    ui.label(r.freq.to_string());
                });
                row.col(|ui| {
                    ui.label(r.range.to_string());
                });
            });
        });
    if let Some(ngram) = open {
        app.push(Command::ConcordanceOf(ngram, level));
    }
}
