//! The Reader: one article, right to left — metadata, headline, sub-headings,
//! paragraphs (noise lines dimmed), find-in-article highlighting, zoom and
//! show/hide diacritics.

use egui::{Color32, FontFamily, FontId, Key, Modifiers, RichText, Ui};

use crate::analysis::structure::{BlockKind, blocks};
use crate::app::fonts;
use crate::app::state::{Command, KhabarApp, View};
use crate::app::widgets::{RtlField, RtlText, Span, SpanStyle, mixed_label};
use crate::text::BaseDirection;

const MIN_FONT: f32 = 10.0;
const MAX_FONT: f32 = 48.0;

pub fn reader_ui(app: &mut KhabarApp, ui: &mut Ui) {
    let Some(doc) = app.current_document() else {
        ui.vertical_centered(|ui| {
            ui.add_space(40.0);
            ui.label("No article selected. Pick one in the Library.");
            if ui.button("Go to the Library").clicked() {
                app.push(Command::ShowView(View::Library));
            }
        });
        return;
    };
    zoom_keys(ui, &mut app.settings.reader_font_size);

    ui.horizontal(|ui| {
        ui.add(
            egui::Slider::new(&mut app.settings.reader_font_size, MIN_FONT..=MAX_FONT)
                .step_by(1.0)
                .text("Size"),
        );
        ui.checkbox(&mut app.settings.hide_marks, "Hide diacritics");
        ui.checkbox(&mut app.insight.highlight_in_reader, "Entities & quotes")
            .on_hover_text("Underline people (blue), places (green), organizations (orange); shade quotes");
        ui.separator();
        ui.label("Find:");
        RtlField::new(&mut app.reader.search)
            .hint("كلمة…")
            .desired_width(220.0)
            .id_salt("reader-find")
            .show(ui);
        let hits = if app.reader.search.trim().is_empty() {
            0
        } else {
            doc.body.matches(app.reader.search.trim()).count()
        };
        if !app.reader.search.trim().is_empty() {
            ui.label(format!("{hits} hit(s)"));
        }
    });
    if let Some((range, word)) = app.reader.clicked.clone() {
        ui.horizontal(|ui| {
            mixed_label(
                ui,
                &format!("Selected word: \u{2068}{word}\u{2069}  (bytes {}..{})", range.start, range.end),
            );
            // The word is part of an entity: offer it across the corpus.
            let entity =
                app.insight.result.as_ref().filter(|_| app.insight.row == app.reader.row).and_then(|r| {
                    let m = r
                        .entities
                        .mentions
                        .iter()
                        .position(|m| m.range.start <= range.start && range.end <= m.range.end)?;
                    let e = r.entities.mentions[m].entity;
                    r.entities.entities.get(e).map(|en| (e, en.canonical.clone(), en.kind))
                });
            if let Some((e, canonical, kind)) = entity {
                ui.separator();
                mixed_label(ui, &format!("{}: \u{2068}{canonical}\u{2069}", kind.name()));
                if ui.button("Mentions here").clicked() {
                    app.push(Command::ShowEntity(e));
                }
                if ui
                    .button("Across the corpus")
                    .on_hover_text("Concordance of the name in every document")
                    .clicked()
                {
                    app.push(Command::ConcordanceOf(canonical, crate::analysis::index::Level::Normalized));
                }
            } else if ui.button("Concordance").clicked() {
                app.push(Command::ConcordanceOf(word, crate::analysis::index::Level::Normalized));
            }
        });
    }
    ui.separator();

    let size = app.settings.reader_font_size;
    let hide = app.settings.hide_marks;
    let needle = app.reader.search.trim().to_owned();
    let mut clicked = None;

    egui::ScrollArea::vertical().id_salt(("reader", app.reader.row)).auto_shrink(false).show(ui, |ui| {
        // A reading column of about 45 ems, centred.
        let column = ui.available_width().min(size * 45.0).max(200.0);
        let margin = ((ui.available_width() - column) / 2.0).max(0.0);
        ui.horizontal(|ui| {
            ui.add_space(margin);
            ui.vertical(|ui| {
                ui.set_max_width(column);
                let highlight = app.reader.highlight.clone();
                let scroll = std::mem::take(&mut app.reader.scroll_to_highlight);
                let marks = insight_marks(app);
                article_ui(ui, &doc, &needle, size, hide, &mut clicked, highlight, scroll, &marks);
            });
        });
    });
    if clicked.is_some() {
        app.reader.clicked = clicked;
    }
}

/// The article itself: metadata, headline, summary, body blocks.
#[allow(clippy::too_many_arguments)]
fn article_ui(
    ui: &mut Ui,
    doc: &crate::corpus::Document,
    needle: &str,
    size: f32,
    hide: bool,
    clicked: &mut Option<(std::ops::Range<usize>, String)>,
    highlight: Option<std::ops::Range<usize>>,
    scroll_to_highlight: bool,
    marks: &[Span],
) {
    let highlight_style = SpanStyle {
        background: Some(Color32::from_rgba_unmultiplied(255, 140, 0, 150)),
        underline: Some(Color32::from_rgb(255, 170, 0)),
        ..Default::default()
    };
    let body_font = FontId::new(size, FontFamily::Proportional);
    let hit_style = SpanStyle {
        background: Some(Color32::from_rgba_unmultiplied(250, 210, 60, 140)),
        ..Default::default()
    };
    {
        let meta: Vec<(&str, String)> = [
            ("Source", doc.source.clone()),
            ("Category", doc.category.clone()),
            ("Date", doc.date.clone()),
            ("Author", doc.author.clone()),
            ("URL", doc.url.clone()),
        ]
        .into_iter()
        .filter_map(|(k, v)| v.filter(|v| !v.is_empty()).map(|v| (k, v)))
        .collect();
        egui::Grid::new("reader-meta").num_columns(2).show(ui, |ui| {
            for (k, v) in &meta {
                ui.label(RichText::new(*k).weak());
                // A URL reads left to right even with an Arabic slug in it.
                let base = if *k == "URL" { BaseDirection::Ltr } else { BaseDirection::Majority };
                RtlText::new(v).base(base).no_wrap().id_salt(("meta", *k)).show(ui);
                ui.end_row();
            }
            ui.label(RichText::new("File").weak());
            let name = doc.path.file_name().map(|n| n.to_string_lossy()).unwrap_or_default();
            mixed_label(
                ui,
                &format!("{name} — {}, {}", doc.format.map(|f| f.label()).unwrap_or("?"), doc.encoding),
            )
            .on_hover_text(doc.path.display().to_string());
            ui.end_row();
        });
        ui.add_space(size * 0.5);
        RtlText::new(doc.display_title())
            .font(FontId::new(size * 1.45, fonts::bold()))
            .hide_marks(hide)
            .id_salt("headline")
            .show(ui);
        if let Some(summary) = doc.summary.as_deref().filter(|s| !s.trim().is_empty()) {
            ui.add_space(size * 0.3);
            RtlText::new(summary.trim())
                .font(FontId::new(size * 0.9, FontFamily::Proportional))
                .color(ui.visuals().weak_text_color())
                .hide_marks(hide)
                .id_salt("summary")
                .show(ui);
        }
        ui.add_space(size * 0.6);
        let body = &doc.body;
        let mut body_blocks = blocks(body);
        // A file without a title: its first line is the headline, shown once.
        if doc.title.trim().is_empty() && !body_blocks.is_empty() {
            body_blocks.remove(0);
        }
        for (bi, block) in body_blocks.into_iter().enumerate() {
            let text = &body[block.range.clone()];
            // Entity and quote marks (body ranges) clipped to this block.
            let mut spans: Vec<Span> = marks
                .iter()
                .filter(|m| m.range.start < block.range.end && m.range.end > block.range.start)
                .map(|m| {
                    let a = m.range.start.max(block.range.start) - block.range.start;
                    let b = m.range.end.min(block.range.end) - block.range.start;
                    Span::new(a..b, m.style)
                })
                .collect();
            spans.extend(find_spans(text, needle, hit_style));
            // A concordance hit inside this block: highlight it and scroll to it.
            let local = highlight
                .as_ref()
                .filter(|h| h.start >= block.range.start && h.end <= block.range.end)
                .map(|h| h.start - block.range.start..h.end - block.range.start);
            if let Some(r) = &local {
                spans.push(Span::new(r.clone(), highlight_style));
            }
            let widget = match block.kind {
                BlockKind::Subheading => {
                    ui.add_space(size * 0.4);
                    RtlText::new(text).font(FontId::new(size * 1.15, fonts::bold()))
                }
                BlockKind::Noise => {
                    RtlText::new(text).font(body_font.clone()).color(ui.visuals().weak_text_color())
                }
                BlockKind::Paragraph => RtlText::new(text).font(body_font.clone()),
            };
            let out =
                widget.spans(&spans).hide_marks(hide).id_salt(("block", bi)).scroll_target(local).show(ui);
            if scroll_to_highlight && let Some(rect) = out.target_rect {
                ui.scroll_to_rect(rect, Some(egui::Align::Center));
            }
            if block.kind == BlockKind::Noise {
                out.response
                    .clone()
                    .on_hover_text("Noise line: not part of the article, left out of analyses");
            }
            if let Some(w) = out.clicked_word {
                let r = block.range.start + w.start..block.range.start + w.end;
                *clicked = Some((r.clone(), body[r].to_owned()));
            }
            ui.add_space(size * 0.45);
        }
    }
}

/// Entity underlines (coloured by type; the selected entity filled) and quote shading
/// for the article in the Reader, as body ranges, when the user asked for them.
fn insight_marks(app: &KhabarApp) -> Vec<Span> {
    let Some(insight) = app.insight.result.as_ref().filter(|_| app.insight.row == app.reader.row) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    if app.insight.highlight_in_reader {
        for q in &insight.quotes {
            out.push(Span::new(
                q.text.clone(),
                SpanStyle {
                    background: Some(Color32::from_rgba_unmultiplied(90, 140, 255, 40)),
                    ..Default::default()
                },
            ));
        }
        for m in &insight.entities.mentions {
            let color = super::insight::entity_color(m.kind);
            let selected = app.insight.selected_entity == Some(m.entity);
            let style = SpanStyle {
                underline: Some(color),
                background: selected.then(|| color.gamma_multiply(0.35)),
                ..Default::default()
            };
            out.push(Span::new(m.range.clone(), style));
        }
    }
    out
}

/// Background spans for every occurrence of `needle` in `text`.
fn find_spans(text: &str, needle: &str, style: SpanStyle) -> Vec<Span> {
    if needle.is_empty() {
        return Vec::new();
    }
    text.match_indices(needle).map(|(i, m)| Span::new(i..i + m.len(), style)).collect()
}

/// Ctrl + / Ctrl − / Ctrl 0 change the Reader's text size.
fn zoom_keys(ui: &Ui, size: &mut f32) {
    ui.input_mut(|i| {
        if i.consume_key(Modifiers::COMMAND, Key::Plus) || i.consume_key(Modifiers::COMMAND, Key::Equals) {
            *size = (*size + 2.0).min(MAX_FONT);
        }
        if i.consume_key(Modifiers::COMMAND, Key::Minus) {
            *size = (*size - 2.0).max(MIN_FONT);
        }
        if i.consume_key(Modifiers::COMMAND, Key::Num0) {
            *size = 20.0;
        }
    });
}
