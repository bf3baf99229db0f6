//! The eframe desktop application: state, background jobs, views and widgets.

pub mod analyses;
pub mod corpus_state;
pub mod fonts;
pub mod jobs;
pub mod library;
pub mod plural;
pub mod state;
pub mod views;
pub mod widgets;

use std::path::PathBuf;

pub use state::{Command, KhabarApp, Settings, View};

const SETTINGS_KEY: &str = "khabar-settings";

impl KhabarApp {
    /// Draws one frame: menu, status bar, the current view, dialogs; then polls jobs
    /// and applies the commands the views pushed.
    pub fn frame_ui(&mut self, ui: &mut egui::Ui) {
        self.poll_jobs();
        let dropped: Vec<PathBuf> =
            ui.input(|i| i.raw.dropped_files.iter().map(|f| f.path().to_owned()).collect());
        if !dropped.is_empty() {
            self.push(Command::Open(dropped));
        }
        egui::Panel::top("menu").show(ui, |ui| views::menu_bar::menu_bar_ui(self, ui));
        egui::Panel::bottom("status").show(ui, |ui| views::status_bar::status_bar_ui(self, ui));
        egui::CentralPanel::default().show(ui, |ui| match self.view {
            View::Library => views::library_table::library_ui(self, ui),
            View::Reader => views::reader::reader_ui(self, ui),
            View::Frequency => views::frequency::frequency_ui(self, ui),
            View::Concordance => views::concordance::concordance_ui(self, ui),
            View::Ngrams => views::ngrams::ngrams_ui(self, ui),
            View::Collocations => views::collocations::collocations_ui(self, ui),
            View::Keywords => views::keywords::keywords_ui(self, ui),
            View::Dispersion => views::dispersion::dispersion_ui(self, ui),
            View::Insight => views::insight::insight_ui(self, ui),
        });
        views::table_columns::table_columns_ui(self, ui);
        if ui.input(|i| !i.raw.hovered_files.is_empty()) {
            let rect = ui.ctx().content_rect();
            ui.painter().rect_filled(rect, 0.0, egui::Color32::from_black_alpha(140));
            ui.painter().text(
                rect.center(),
                egui::Align2::CENTER_CENTER,
                "Drop files or folders to open them",
                egui::FontId::proportional(24.0),
                egui::Color32::WHITE,
            );
        }
        self.apply();
        if self.busy() {
            ui.ctx().request_repaint_after(std::time::Duration::from_millis(100));
        }
    }
}

impl eframe::App for KhabarApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.frame_ui(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, SETTINGS_KEY, &self.settings);
    }
}

/// Opens the main window; with no `paths` it shows the built-in sample corpus.
pub fn run(paths: Vec<PathBuf>) -> eframe::Result<()> {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Khabar — خبر")
            .with_inner_size([1200.0, 800.0])
            .with_drag_and_drop(true),
        ..Default::default()
    };
    eframe::run_native(
        "khabar",
        options,
        Box::new(move |cc| {
            let settings: Settings =
                cc.storage.and_then(|s| eframe::get_value(s, SETTINGS_KEY)).unwrap_or_default();
            Ok(Box::new(KhabarApp::new(&cc.egui_ctx, settings, paths)))
        }),
    )
}
