//! Small pieces shared by the table views: the row height, export buttons, header
//! cells (plain or sortable) and a clickable cell of Arabic text.

use egui::{RichText, Ui};

use crate::app::state::{Command, KhabarApp};
use crate::export::{ExportFormat, Table};

/// The height of a table row: a line of body text with room above it for a hamza or a
/// shadda over a tall alef («أن», «إنّ»): Arabic comes from a fallback font taller than
/// the line box of egui's Latin font, and a cell clips what rises past it.
pub fn row_height(ui: &Ui) -> f32 {
    ui.text_style_height(&egui::TextStyle::Body) + 14.0
}

/// "Export CSV / XLSX / JSON" and "Copy" for a table built on demand.
pub fn export_buttons_ui(app: &mut KhabarApp, ui: &mut Ui, table: impl Fn() -> Table) {
    for (format, label) in
        [(ExportFormat::Csv, "CSV"), (ExportFormat::Xlsx, "XLSX"), (ExportFormat::Json, "JSON")]
    {
        if ui.button(format!("Export {label}")).clicked() {
            app.push(Command::ExportTable(table(), format));
        }
    }
    if ui.button("Copy").on_hover_text("Copy the rows as tab-separated text").clicked() {
        let t = table();
        ui.ctx().copy_text(crate::export::to_tsv(&t, 0..t.rows.len()));
    }
}

/// A header cell that is a button when `sortable`; `active` marks the current order.
pub fn header_ui(ui: &mut Ui, title: &str, active: bool) -> bool {
    let text = if active { format!("{title} v") } else { title.to_owned() };
    ui.button(RichText::new(text).strong()).clicked()
}

/// A label and a number field named by it (for screen readers and UI tests).
pub fn number_ui<N: egui::emath::Numeric>(
    ui: &mut Ui,
    label: &str,
    value: &mut N,
    range: std::ops::RangeInclusive<N>,
) -> bool {
    let l = ui.label(label);
    ui.add(egui::DragValue::new(value).range(range)).labelled_by(l.id).changed()
}

/// A header row that only names its columns.
pub fn column_names(mut header: egui_extras::TableRow<'_, '_>, names: &[&str]) {
    for name in names {
        header.col(|ui| {
            ui.strong(*name);
        });
    }
}

/// A cell of right-to-left text on one line, clipped to the column; true when clicked.
pub fn rtl_cell(row: &mut egui_extras::TableRow<'_, '_>, text: &str, salt: impl egui::AsIdSalt) -> bool {
    let mut clicked = false;
    row.col(|ui| {
        clicked = crate::app::widgets::RtlText::new(text)
            .no_wrap()
            .fill_width()
            .id_salt(salt)
            .show(ui)
            .response
            .clicked();
    });
    clicked
}
