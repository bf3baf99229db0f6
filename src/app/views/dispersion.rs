//! The dispersion view: where the current concordance query's hits fall — per
//! document across the corpus, along the text of one document, and per source and
//! category — with Gries' DP and Juilland's D.

use std::sync::Arc;

use egui::{RichText, Ui};
use egui_plot::{Bar, BarChart, Plot, Points, VLine};

use crate::analysis::dispersion::{Dispersion, dispersion_with_sizes, document_words};
use crate::app::state::{Command, KhabarApp, View};
use crate::app::widgets::{RtlText, mixed_label};

pub fn dispersion_ui(app: &mut KhabarApp, ui: &mut Ui) {
    let (Some(index), Some(result)) = (app.index.clone(), app.concordance.result.clone()) else {
        ui.label("Search something in the Concordance first: the dispersion of its hits shows here.");
        if ui.button("Go to the Concordance").clicked() {
            app.push(Command::ShowView(View::Concordance));
        }
        return;
    };
    let mut starts: Vec<u32> = result.hits.iter().map(|h| h.start).collect();
    starts.sort_unstable();
    let key = egui::Id::unique((
        "dispersion",
        Arc::as_ptr(&index) as usize,
        starts.len(),
        starts.first().copied(),
        starts.last().copied(),
    ));
    let d: Arc<Dispersion> = match ui.data(|m| m.get_temp::<Arc<Dispersion>>(key)) {
        Some(d) => d,
        None => {
            // Document sizes cost a pass over every token: once per index.
            let sizes_key = egui::Id::unique(("dispersion-sizes", Arc::as_ptr(&index) as usize));
            let sizes = match ui.data(|m| m.get_temp::<Arc<Vec<u64>>>(sizes_key)) {
                Some(s) => s,
                None => {
                    let s = Arc::new(document_words(&index));
                    ui.data_mut(|m| m.insert_temp(sizes_key, s.clone()));
                    s
                }
            };
            let d = Arc::new(dispersion_with_sizes(&index, &starts, &sizes));
            ui.data_mut(|m| m.insert_temp(key, d.clone()));
            d
        }
    };
    mixed_label(
        ui,
        &format!(
            "«\u{2068}{}\u{2069}»: {} hits in {} of {} documents — Gries' DP {:.3} (0 even … 1 clumped), Juilland's D {:.3}",
            app.concordance.query.trim(),
            d.total_hits,
            d.per_doc.len(),
            index.doc_count(),
            d.gries_dp,
            d.juilland_d
        ),
    );
    ui.label(RichText::new("Hits per document (corpus order)").strong());
    let bars: Vec<Bar> = d.per_doc.iter().map(|h| Bar::new(h.doc as f64, h.hits as f64).width(1.0)).collect();
    Plot::new("dispersion-docs")
        .height(160.0)
        .allow_scroll(false)
        .x_axis_label("document")
        .y_axis_label("hits")
        .show(ui, |p| p.bar_chart(BarChart::new("hits", bars)));

    // Along one document: the Reader's, else the one with most hits.
    let chosen = app
        .reader
        .row
        .and_then(|row| app.index_rows.iter().position(|&r| r == row))
        .and_then(|doc| d.per_doc.iter().find(|h| h.doc == doc))
        .or_else(|| d.per_doc.iter().max_by_key(|h| h.hits));
    if let Some(h) = chosen {
        let title = index.documents().get(h.doc).map(|d| d.display_title()).unwrap_or("");
        ui.horizontal(|ui| {
            ui.label(RichText::new(format!("Along one document ({} hits): ", h.hits)).strong());
            RtlText::new(title).no_wrap().id_salt("dispersion-title").show(ui);
        });
        // Right to left: the start of an Arabic text is on the right.
        let points: Vec<[f64; 2]> = h.relative.iter().map(|&r| [1.0 - f64::from(r), 0.5]).collect();
        Plot::new("dispersion-doc")
            .height(70.0)
            .allow_scroll(false)
            .show_axes([true, false])
            .include_x(0.0)
            .include_x(1.0)
            .x_axis_label("position (start of the text on the right)")
            .show(ui, |p| {
                for pt in &points {
                    p.vline(VLine::new("hit", pt[0]).color(egui::Color32::from_rgb(255, 196, 60)));
                }
                p.points(
                    Points::new("hits", points.clone())
                        .radius(2.0)
                        .color(egui::Color32::from_rgb(255, 196, 60)),
                );
            });
    }
    ui.columns(2, |cols| {
        if let [left, right] = cols {
            groups_ui(left, "Per source", &d.by_source);
            groups_ui(right, "Per category", &d.by_category);
        }
    });
}

fn groups_ui(ui: &mut Ui, title: &str, groups: &[crate::analysis::dispersion::GroupCount]) {
    ui.label(RichText::new(title).strong());
    egui::Grid::new(title).striped(true).show(ui, |ui| {
        for h in ["", "hits", "documents with hits", "per million words"] {
            ui.label(RichText::new(h).weak());
        }
        ui.end_row();
        for g in groups {
            mixed_label(ui, &g.name);
            ui.label(g.hits.to_string());
            ui.label(format!("{} / {}", g.docs_with_hits, g.docs));
            ui.label(format!("{:.1}", g.per_million));
            ui.end_row();
        }
    });
}
