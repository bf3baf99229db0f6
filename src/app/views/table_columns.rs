//! The dialog that asks which column of a CSV/JSON file holds the article text.

use egui::Ui;

use crate::app::state::{Command, KhabarApp};

pub fn table_columns_ui(app: &mut KhabarApp, ui: &mut Ui) {
    let Some(pending) = app.pending_table.as_mut() else { return };
    let mut command = None;
    egui::Window::new("Choose the columns").collapsible(false).resizable(false).show(ui.ctx(), |ui| {
        ui.label(format!("{} is a table. Which column holds the article text?", pending.example.display()));
        let columns = pending.columns.clone();
        for (label, slot, required) in [
            ("Text", &mut pending.choice.text, true),
            ("Title", &mut pending.choice.title, false),
            ("Date", &mut pending.choice.date, false),
            ("Source", &mut pending.choice.source, false),
        ] {
            ui.horizontal(|ui| {
                ui.label(label);
                egui::ComboBox::from_id_salt(label)
                    .selected_text(slot.clone().unwrap_or_else(|| "—".into()))
                    .show_ui(ui, |ui| {
                        if !required {
                            ui.selectable_value(slot, None, "—");
                        }
                        for c in &columns {
                            ui.selectable_value(slot, Some(c.clone()), c);
                        }
                    });
            });
        }
        ui.horizontal(|ui| {
            let ok = pending.choice.text.is_some();
            if ui.add_enabled(ok, egui::Button::new("Open")).clicked() {
                command = Some(Command::OpenWithColumns(pending.paths.clone(), pending.choice.clone()));
            }
            if ui.button("Cancel").clicked() {
                command = Some(Command::OpenWithColumns(Vec::new(), Default::default()));
            }
        });
    });
    if let Some(c) = command {
        app.push(c);
    }
}
