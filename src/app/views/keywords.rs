//! The keywords view: what a sub-corpus (a source, a category, a date range) says more
//! (or less) than the rest of the corpus or than a separately loaded reference
//! corpus — log-likelihood with p-value cut-offs, %DIFF and Log Ratio.

use egui::{RichText, Ui};
use egui_extras::{Column, TableBuilder};

use super::table_util::{export_buttons_ui, number_ui, row_height};
use crate::analysis::index::{CorpusIndex, Level};
use crate::analysis::keyness::Significance;
use crate::app::corpus_state::KeywordTarget;
use crate::app::state::{Command, KhabarApp};
use crate::app::widgets::RtlText;
use crate::export::{Cell, Table};

const CUTOFFS: [(Significance, &str); 5] = [
    (Significance::All, "all"),
    (Significance::P05, "p < 0.05"),
    (Significance::P01, "p < 0.01"),
    (Significance::P001, "p < 0.001"),
    (Significance::P0001, "p < 0.0001"),
];

/// Distinct non-empty values of a metadata field, sorted.
fn values(index: &CorpusIndex, field: fn(&crate::corpus::Document) -> Option<&String>) -> Vec<String> {
    let mut v: Vec<String> =
        index.documents().iter().filter_map(|d| field(d).cloned()).filter(|s| !s.is_empty()).collect();
    v.sort();
    v.dedup();
    v
}

pub fn keywords_ui(app: &mut KhabarApp, ui: &mut Ui) {
    let Some(index) = app.index.clone() else {
        ui.label(if app.index_job.is_some() { "Indexing the corpus…" } else { "Open documents first." });
        return;
    };
    let mut run = false;
    let mut load_reference = false;
    let k = &mut app.keywords;
    ui.horizontal_wrapped(|ui| {
        ui.label("Target:");
        let kind = match &k.target {
            KeywordTarget::Source(_) => 0,
            KeywordTarget::Category(_) => 1,
            KeywordTarget::Dates(..) => 2,
            KeywordTarget::Selected => 3,
        };
        let n_selected = app.selection.len();
        let selected_label = format!("selected documents ({n_selected})");
        for (i, label) in ["source", "category", "dates", selected_label.as_str()].into_iter().enumerate() {
            if ui.selectable_label(kind == i, label).clicked() && kind != i {
                k.target = match i {
                    0 => KeywordTarget::Source(String::new()),
                    1 => KeywordTarget::Category(String::new()),
                    2 => KeywordTarget::Dates(String::new(), String::new()),
                    _ => KeywordTarget::Selected,
                };
            }
        }
        match &mut k.target {
            KeywordTarget::Source(s) => {
                egui::ComboBox::new("kw-source", "source").selected_text(s.clone()).show_ui(ui, |ui| {
                    for v in values(&index, |d| d.source.as_ref()) {
                        run |= ui.selectable_value(s, v.clone(), &v).changed();
                    }
                });
            }
            KeywordTarget::Category(c) => {
                egui::ComboBox::new("kw-category", "category").selected_text(c.clone()).show_ui(ui, |ui| {
                    for v in values(&index, |d| d.category.as_ref()) {
                        run |= ui.selectable_value(c, v.clone(), &v).changed();
                    }
                });
            }
            KeywordTarget::Selected => {
                if n_selected == 0 {
                    ui.weak("Ctrl+click documents in the Library to select them");
                }
            }
            KeywordTarget::Dates(from, to) => {
                ui.label("from");
                ui.add(egui::TextEdit::singleline(from).hint_text("2018-03-01").desired_width(90.0));
                ui.label("to");
                ui.add(egui::TextEdit::singleline(to).hint_text("2018-06-30").desired_width(90.0));
            }
        }
    });
    ui.horizontal_wrapped(|ui| {
        ui.label("Against:");
        run |= ui.selectable_value(&mut k.use_reference, false, "the rest of the corpus").changed();
        let label = if k.reference.is_some() {
            format!("reference: {}", k.reference_label)
        } else {
            "a reference corpus".into()
        };
        run |= ui.selectable_value(&mut k.use_reference, true, label).changed();
        if ui.button("Load reference corpus…").clicked() {
            load_reference = true;
        }
        if k.reference_task.is_some() {
            ui.spinner();
            ui.label("loading the reference corpus…");
        }
    });
    ui.horizontal_wrapped(|ui| {
        egui::ComboBox::new("kw-level", "level").selected_text(k.options.level.label()).show_ui(ui, |ui| {
            for level in Level::ALL {
                run |= ui.selectable_value(&mut k.options.level, level, level.label()).changed();
            }
        });
        run |= number_ui(ui, "min. frequency", &mut k.options.min_freq, 0..=100_000);
        let current = CUTOFFS.iter().find(|(s, _)| *s == k.options.significance).map_or("", |(_, l)| l);
        egui::ComboBox::new("kw-cutoff", "significance").selected_text(current).show_ui(ui, |ui| {
            for (s, l) in CUTOFFS {
                run |= ui.selectable_value(&mut k.options.significance, s, l).changed();
            }
        });
        run |= ui.checkbox(&mut k.options.include_negative, "negative keywords").changed();
        run |= ui.button("Find keywords").clicked();
        if k.task.is_some() {
            ui.spinner();
        }
    });
    if run {
        app.push(Command::RunKeywords);
    }
    if load_reference {
        app.push(Command::LoadReference);
    }
    if let Some(e) = &app.keywords.error {
        ui.colored_label(ui.visuals().error_fg_color, e);
    }
    let Some(result) = app.keywords.result.clone() else { return };
    let level = app.keywords.options.level;
    ui.horizontal(|ui| {
        ui.label(format!(
            "{} keywords — target {} documents, {} words; reference {} documents, {} words",
            result.rows.len(),
            result.target_docs,
            result.target_words,
            result.reference_docs,
            result.reference_words
        ));
        export_buttons_ui(app, ui, || Table {
            name: "Keywords".into(),
            columns: ["Item", "Target freq.", "Reference freq.", "Log-likelihood", "p", "%DIFF", "Log Ratio"]
                .map(String::from)
                .to_vec(),
            rows: result
                .rows
                .iter()
                .map(|r| {
                    vec![
                        Cell::from(r.item.as_str()),
                        Cell::Int(r.freq_target as i64),
                        Cell::Int(r.freq_reference as i64),
                        r.log_likelihood.into(),
                        r.p.into(),
                        r.percent_diff.into(),
                        r.log_ratio.into(),
                    ]
                })
                .collect(),
        });
    });
    ui.separator();
    let row_h = row_height(ui);
    let mut open = None;
    TableBuilder::new(ui)
        .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
        .id_salt("kw-table")
        .striped(true)
        .column(Column::initial(200.0).clip(true))
        .columns(Column::initial(105.0), 6)
        .header(row_h, |mut h| {
            for t in ["Item", "Target freq.", "Reference freq.", "Log-likelihood", "p", "%DIFF", "Log Ratio"]
            {
                h.col(|ui| {
                    ui.label(RichText::new(t).strong());
                });
            }
        })
        .body(|body| {
            body.rows(row_h, result.rows.len(), |mut row| {
                let i = row.index();
                let r = &result.rows[i];
                row.col(|ui| {
                    if RtlText::new(&r.item)
                        .no_wrap()
                        .fill_width()
                        .id_salt(("kw", i))
                        .show(ui)
                        .response
                        .clicked()
                    {
                        open = Some(r.item.clone());
                    }
                });
                row.col(|ui| {
                    ui.label(r.freq_target.to_string());
                });
                row.col(|ui| {
                    ui.label(r.freq_reference.to_string());
                });
                row.col(|ui| {
                    ui.label(format!("{:.2}", r.log_likelihood));
                });
                row.col(|ui| {
                    ui.label(format!("{:.2e}", r.p));
                });
                row.col(|ui| {
                    ui.label(format!("{:.1}", r.percent_diff));
                });
                row.col(|ui| {
                    ui.label(format!("{:.2}", r.log_ratio));
                });
            });
        });
    if let Some(item) = open {
        app.push(Command::ConcordanceOf(item, level));
    }
}
