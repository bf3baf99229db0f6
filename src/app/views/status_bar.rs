//! The status bar: corpus size, load progress with Cancel, the last message.

use crate::app::plural::count;
use egui::Ui;

use crate::app::state::{Command, KhabarApp};

pub fn status_bar_ui(app: &mut KhabarApp, ui: &mut Ui) {
    ui.horizontal(|ui| {
        if let Some(job) = &app.load {
            let p = job.progress();
            let (frac, text) = if p.total == 0 {
                (0.0, format!("Finding files in {}…", job.label))
            } else {
                (p.done as f32 / p.total as f32, format!("Loading {} / {} files", p.done, p.total))
            };
            ui.add(egui::ProgressBar::new(frac).text(text).desired_width(320.0));
            if ui.button("Cancel").clicked() {
                app.push(Command::CancelLoad);
            }
            ui.separator();
        }
        if let Some(job) = &app.index_job {
            let p = job.progress();
            let frac = if p.total == 0 { 0.0 } else { p.done as f32 / p.total as f32 };
            ui.add(
                egui::ProgressBar::new(frac)
                    .text(format!("Indexing {} / {} documents", p.done, p.total))
                    .desired_width(260.0),
            );
            if ui.button("Stop indexing").clicked() {
                app.push(Command::CancelIndex);
            }
            ui.separator();
        } else if let Some(ix) = &app.index {
            ui.label(format!("{} words, {} types", ix.word_count(), ix.type_count()));
            ui.separator();
        }
        let docs = app.library.document_count();
        let failed = app.library.failure_count();
        let mut summary = count(docs, "document", "documents");
        if failed > 0 {
            summary.push_str(&format!(", {failed} unreadable"));
        }
        if app.showing_samples {
            summary.push_str(" (built-in sample: ANT Corpus v2.1)");
        }
        ui.label(summary);
        if let Some(msg) = app.message.clone() {
            ui.separator();
            crate::app::widgets::mixed_label(ui, &msg);
            if ui.small_button("×").clicked() {
                app.push(Command::DismissMessage);
            }
        }
    });
}
