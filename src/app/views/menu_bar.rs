//! The menu bar: File menu (open files, open folder, recent, samples) and view tabs.

use egui::Ui;

use crate::app::jobs::DialogKind;
use crate::app::state::{Command, KhabarApp, View};
use crate::export::ExportFormat;

pub fn menu_bar_ui(app: &mut KhabarApp, ui: &mut Ui) {
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button("File", |ui| {
            if ui.button("Open files…").clicked() {
                app.push(Command::ShowDialog(DialogKind::OpenFiles));
                ui.close();
            }
            if ui.button("Open folder…").clicked() {
                app.push(Command::ShowDialog(DialogKind::OpenFolder));
                ui.close();
            }
            ui.menu_button("Open recent", |ui| {
                if app.settings.recent.is_empty() {
                    ui.weak("Nothing opened yet");
                }
                let recent = app.settings.recent.clone();
                for p in recent {
                    if ui.button(p.display().to_string()).clicked() {
                        app.push(Command::Open(vec![p]));
                        ui.close();
                    }
                }
                if !app.settings.recent.is_empty() {
                    ui.separator();
                    if ui.button("Clear recent").clicked() {
                        app.push(Command::ClearRecent);
                        ui.close();
                    }
                }
            });
            ui.separator();
            if ui.button("Open project…").clicked() {
                app.push(Command::ShowOpenProject);
                ui.close();
            }
            if ui
                .button("Save project…")
                .on_hover_text("Saves what you opened, to reopen the corpus later")
                .clicked()
            {
                app.push(Command::SaveProject);
                ui.close();
            }
            ui.menu_button("Export library table", |ui| {
                for (format, label) in [
                    (ExportFormat::Csv, "CSV (UTF-8, Excel-ready)…"),
                    (ExportFormat::Xlsx, "Excel workbook (right to left)…"),
                    (ExportFormat::Json, "JSON…"),
                ] {
                    if ui.button(label).clicked() {
                        app.push(Command::ExportLibrary(format));
                        ui.close();
                    }
                }
            });
            ui.separator();
            if ui.button("Show sample corpus").clicked() {
                app.push(Command::LoadSamples);
                ui.close();
            }
            if ui.button("Close all").clicked() {
                app.push(Command::CloseAll);
                ui.close();
            }
        });
        ui.separator();
        for (view, label) in [
            (View::Library, "Library"),
            (View::Reader, "Reader"),
            (View::Insight, "Insight"),
            (View::Frequency, "Frequency"),
            (View::Concordance, "Concordance"),
            (View::Ngrams, "N-grams"),
            (View::Collocations, "Collocations"),
            (View::Keywords, "Keywords"),
            (View::Dispersion, "Dispersion"),
        ] {
            if ui.selectable_label(app.view == view, label).clicked() {
                app.push(Command::ShowView(view));
            }
        }
    });
}
