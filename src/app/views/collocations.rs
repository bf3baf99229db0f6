//! The collocation view: collocates of a node word within a window, with MI, MI3,
//! t-score, log-likelihood and logDice, sortable; click a collocate for the
//! concordance of the pair.

use egui::Ui;
use egui_extras::{Column, TableBuilder};

use super::table_util::{export_buttons_ui, header_ui, number_ui, row_height};
use crate::analysis::collocation::{Measure, sort_rows};
use crate::analysis::index::Level;
use crate::app::state::{Command, KhabarApp};
use crate::app::widgets::{RtlField, RtlText, mixed_label};
use crate::export::{Cell, Table};

const COLUMNS: [(&str, Option<Measure>); 10] = [
    ("Collocate", None),
    ("Left", Some(Measure::FreqLeft)),
    ("Right", Some(Measure::FreqRight)),
    ("Together", Some(Measure::Freq)),
    ("Corpus freq.", None),
    ("MI", Some(Measure::Mi)),
    ("MI3", Some(Measure::Mi3)),
    ("t-score", Some(Measure::T)),
    ("Log-likelihood", Some(Measure::Ll)),
    ("logDice", Some(Measure::LogDice)),
];

pub fn collocations_ui(app: &mut KhabarApp, ui: &mut Ui) {
    if app.index.is_none() {
        ui.label(if app.index_job.is_some() { "Indexing the corpus…" } else { "Open documents first." });
        return;
    }
    let mut run = false;
    let s = &mut app.collocations;
    ui.horizontal_wrapped(|ui| {
        ui.label("Node");
        run |= RtlField::new(&mut s.node)
            .hint("قال")
            .desired_width(160.0)
            .id_salt("colloc-node")
            .show(ui)
            .submitted;
        egui::ComboBox::new("colloc-node-level", "node level").selected_text(s.node_level.label()).show_ui(
            ui,
            |ui| {
                for level in Level::ALL {
                    run |= ui.selectable_value(&mut s.node_level, level, level.label()).changed();
                }
            },
        );
        egui::ComboBox::new("colloc-level", "collocates by").selected_text(s.options.level.label()).show_ui(
            ui,
            |ui| {
                for level in Level::ALL {
                    run |= ui.selectable_value(&mut s.options.level, level, level.label()).changed();
                }
            },
        );
    });
    ui.horizontal_wrapped(|ui| {
        // Reading order: the words before the node are on its right.
        run |= number_ui(ui, "words before", &mut s.options.left, 0..=20);
        run |= number_ui(ui, "words after", &mut s.options.right, 0..=20);
        run |= number_ui(ui, "min. co-occurrence", &mut s.options.min_freq, 1..=10_000);
        run |= ui.checkbox(&mut s.options.cross_sentences, "across sentences").changed();
        run |= ui.button("Find collocates").clicked();
        if s.task.is_some() {
            ui.spinner();
        }
    });
    if run {
        app.push(Command::RunCollocations);
    }
    if let Some(e) = &app.collocations.error {
        ui.colored_label(ui.visuals().error_fg_color, e);
    }
    let Some(result) = app.collocations.result.clone() else { return };
    let sort = app.collocations.options.sort;
    let mut rows = result.rows.clone();
    sort_rows(&mut rows, sort);
    ui.horizontal(|ui| {
        mixed_label(
            ui,
            &format!(
                "«\u{2068}{}\u{2069}»: {} occurrences in {} words; {} collocates",
                app.collocations.node.trim(),
                result.node_freq,
                result.corpus_words,
                rows.len()
            ),
        );
        let node = app.collocations.node.trim().to_owned();
        export_buttons_ui(app, ui, || Table {
            name: format!("Collocates of {node}"),
            columns: COLUMNS.iter().map(|(t, _)| (*t).to_owned()).collect(),
            rows: rows
                .iter()
                .map(|r| {
                    vec![
                        Cell::from(r.collocate.as_str()),
                        Cell::Int(r.freq_left as i64),
                        Cell::Int(r.freq_right as i64),
                        Cell::Int(r.freq as i64),
                        Cell::Int(r.collocate_freq as i64),
                        r.mi.into(),
                        r.mi3.into(),
                        r.t_score.into(),
                        r.log_likelihood.into(),
                        r.log_dice.into(),
                    ]
                })
                .collect(),
        });
    });
    ui.separator();
    let row_h = row_height(ui);
    let mut open = None;
    let mut new_sort = None;
    let mut table = TableBuilder::new(ui)
        .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
        .id_salt("colloc-table")
        .striped(true)
        .column(Column::initial(200.0).clip(true));
    for _ in 1..COLUMNS.len() {
        table = table.column(Column::initial(88.0));
    }
    table
        .header(row_h, |mut h| {
            for (title, measure) in COLUMNS {
                h.col(|ui| match measure {
                    Some(m) => {
                        if header_ui(ui, title, m == sort) {
                            new_sort = Some(m);
                        }
                    }
                    None => {
                        ui.strong(title);
                    }
                });
            }
        })
        .body(|body| {
            body.rows(row_h, rows.len(), |mut row| {
                let i = row.index();
                let r = &rows[i];
                row.col(|ui| {
                    let out = RtlText::new(&r.collocate).no_wrap().fill_width().id_salt(("coll", i)).show(ui);
                    if out.response.clicked() {
                        open = Some((r.collocate.clone(), r.level_id));
                    }
                });
                for v in [r.freq_left, r.freq_right, r.freq, r.collocate_freq] {
                    row.col(|ui| {
                        ui.label(v.to_string());
                    });
                }
                for v in [r.mi, r.mi3, r.t_score, r.log_likelihood, r.log_dice] {
                    row.col(|ui| {
                        ui.label(format!("{v:.2}"));
                    });
                }
            });
        });
    if let Some(m) = new_sort {
        app.collocations.options.sort = m;
    }
    if let Some((collocate, id)) = open {
        app.push(Command::ConcordanceNear { collocate, id });
    }
}
