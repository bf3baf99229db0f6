//! The Library view: a filter box and a virtualized, sortable table of every loaded
//! document and every file that failed, with its reason.

use egui::{Color32, RichText, Ui};
use egui_extras::{Column as TableColumn, TableBuilder};

use crate::app::library::Column;
use crate::app::state::{Command, KhabarApp};
use crate::app::widgets::{RtlField, RtlText, mixed_label};

pub fn library_ui(app: &mut KhabarApp, ui: &mut Ui) {
    ui.horizontal(|ui| {
        ui.label("Filter:");
        let mut filter = app.filter.clone();
        let out = RtlField::new(&mut filter)
            .hint("title, source, category…")
            .desired_width(320.0)
            .id_salt("library-filter")
            .show(ui);
        if out.changed {
            app.push(Command::SetFilter(filter));
        }
        ui.label(format!("{} of {} rows", app.library.visible().len(), app.library.rows().len()));
        if !app.selection.is_empty() {
            ui.separator();
            ui.label(format!("{} selected (Ctrl+click to add or remove)", app.selection.len()));
            if ui.small_button("Clear selection").clicked() {
                app.selection.clear();
            }
        } else {
            ui.weak("Ctrl+click rows to select documents (e.g. as a keyword target)");
        }
    });
    ui.separator();

    let row_height = super::table_util::row_height(ui);
    let sort = app.library.sort();
    let selected = app.reader.row;
    let mut clicked_row = None;
    let mut sort_by = None;
    TableBuilder::new(ui)
        .id_salt("library-table")
        .striped(true)
        .sense(egui::Sense::click())
        .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
        .column(TableColumn::remainder().at_least(240.0).clip(true))
        .column(TableColumn::initial(90.0).resizable(true).clip(true))
        .column(TableColumn::initial(190.0).resizable(true).clip(true))
        .column(TableColumn::initial(110.0).resizable(true).clip(true))
        .column(TableColumn::initial(60.0).resizable(true))
        .column(TableColumn::initial(90.0).resizable(true).clip(true))
        .column(TableColumn::initial(220.0).resizable(true).clip(true))
        .header(row_height, |mut header| {
            for col in Column::ALL {
                header.col(|ui| {
                    let arrow = match sort {
                        Some((c, true)) if c == col => " ^",
                        Some((c, false)) if c == col => " v",
                        _ => "",
                    };
                    if ui.button(RichText::new(format!("{}{arrow}", col.label())).strong()).clicked() {
                        sort_by = Some(col);
                    }
                });
            }
        })
        .body(|body| {
            let visible = app.library.visible();
            body.rows(row_height, visible.len(), |mut row| {
                let i = visible[row.index()];
                let Some(r) = app.library.row(i) else { return };
                row.set_selected(selected == Some(i) || app.selection.contains(&i));
                let failed = r.status.is_err();
                row.col(|ui| {
                    let out = RtlText::new(&r.title).no_wrap().fill_width().id_salt(("title", i)).show(ui);
                    if out.response.clicked() {
                        clicked_row = Some(i);
                    }
                });
                row.col(|ui| {
                    mixed_label(ui, &r.source);
                });
                row.col(|ui| {
                    ui.label(&r.date);
                });
                row.col(|ui| {
                    mixed_label(ui, &r.category);
                });
                row.col(|ui| {
                    if !failed {
                        ui.label(r.words.to_string());
                    }
                });
                row.col(|ui| {
                    ui.label(&r.encoding);
                });
                row.col(|ui| {
                    if failed {
                        ui.label(RichText::new(r.status_text()).color(Color32::from_rgb(220, 80, 60)))
                            .on_hover_text(format!("{}\n{}", r.path.display(), r.status_text()));
                    } else {
                        ui.label("ok").on_hover_text(r.path.display().to_string());
                    }
                });
                if row.response().clicked() {
                    clicked_row = Some(i);
                }
            });
        });
    if let Some(c) = sort_by {
        app.push(Command::SortBy(c));
    }
    let ctrl = ui.input(|i| i.modifiers.command);
    if let Some(i) = clicked_row.filter(|_| ctrl) {
        if !app.selection.remove(&i) && app.library.row(i).is_some_and(|r| r.document().is_some()) {
            app.selection.insert(i);
        }
        return;
    }
    if let Some(i) = clicked_row {
        app.push(Command::OpenRow(i));
    }
}
