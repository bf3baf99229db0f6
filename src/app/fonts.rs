//! Installs the bundled Arabic font (Noto Naskh Arabic, OFL) in egui's proportional
//! family, and its bold cut as the `bold` family.

use std::sync::Arc;

use egui::{FontData, FontDefinitions, FontFamily};

const NASKH: &[u8] = include_bytes!("../../assets/fonts/NotoNaskhArabic-Regular.ttf");
const NASKH_BOLD: &[u8] = include_bytes!("../../assets/fonts/NotoNaskhArabic-Bold.ttf");

/// The family for headlines and sub-headings.
pub fn bold() -> FontFamily {
    FontFamily::Name("bold".into())
}

/// egui's default fonts with Noto Naskh Arabic in front (Latin falls back to egui's).
pub fn definitions() -> FontDefinitions {
    let mut fonts = FontDefinitions::default();
    fonts.font_data.insert("naskh".into(), Arc::new(FontData::from_static(NASKH)));
    fonts.font_data.insert("naskh-bold".into(), Arc::new(FontData::from_static(NASKH_BOLD)));
    // Naskh right after egui's Latin font: Latin letters, digits and punctuation all
    // come from one font (one baseline; a Naskh digit among Latin letters sat low and
    // egui reversed "+0400" in a plain label), Arabic falls through to Naskh.
    let proportional = fonts.families.entry(FontFamily::Proportional).or_default();
    proportional.insert(proportional.len().min(1), "naskh".into());
    let fallback = proportional.clone();
    let mut bold = vec!["naskh-bold".to_owned()];
    bold.extend(fallback.into_iter().filter(|f| f != "naskh"));
    fonts.families.insert(bold_family_key(), bold);
    fonts.families.entry(FontFamily::Monospace).or_default().push("naskh".into());
    fonts
}

fn bold_family_key() -> FontFamily {
    bold()
}

/// Puts [`definitions`] into a context.
pub fn install(ctx: &egui::Context) {
    ctx.set_fonts(definitions());
}
