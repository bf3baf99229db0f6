//! A single-line text field for search and filter boxes that behaves on Arabic:
//! the text is drawn by the bidi layout, the caret sits where the next typed letter
//! will appear, a click places the caret at the clicked character, and arrow keys move
//! in reading direction (← moves forward through an Arabic line).
//!
//! egui's `TextEdit` mirrors caret and selection on Arabic (measured, egui 0.37), so
//! this field keeps its caret as a logical byte offset and maps it to the screen
//! through the same [`Laid`] layout the Reader uses.

use std::ops::Range;

use egui::{
    Event, EventFilter, FontId, IdSalt, ImeEvent, Key, Modifiers, Response, Sense, Stroke, TextStyle, Ui,
    pos2, vec2,
};
use unicode_segmentation::UnicodeSegmentation;

use super::rtl_layout::{Laid, LayoutParams};
use crate::text::BaseDirection;

/// Caret and selection anchor, logical byte offsets into the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
struct Cursor {
    caret: usize,
    anchor: usize,
}

impl Cursor {
    fn selection(self) -> Range<usize> {
        self.caret.min(self.anchor)..self.caret.max(self.anchor)
    }
}

/// What happened to the field this frame.
pub struct RtlFieldOutput {
    pub response: Response,
    /// The text changed.
    pub changed: bool,
    /// Enter was pressed while focused.
    pub submitted: bool,
}

/// See the module docs. Edits a `String` in place.
pub struct RtlField<'a> {
    text: &'a mut String,
    hint: &'a str,
    width: Option<f32>,
    id_salt: Option<IdSalt>,
}

impl<'a> RtlField<'a> {
    pub fn new(text: &'a mut String) -> Self {
        Self { text, hint: "", width: None, id_salt: None }
    }
    pub fn hint(mut self, hint: &'a str) -> Self {
        self.hint = hint;
        self
    }
    pub fn desired_width(mut self, width: f32) -> Self {
        self.width = Some(width);
        self
    }
    pub fn id_salt(mut self, salt: impl egui::AsIdSalt) -> Self {
        self.id_salt = Some(IdSalt::new(salt));
        self
    }

    pub fn show(self, ui: &mut Ui) -> RtlFieldOutput {
        let font: FontId = TextStyle::Body.resolve(ui.style());
        let row_h = ui.ctx().fonts_mut(|f| f.row_height(&font));
        let pad = vec2(6.0, 3.0);
        let width = self.width.unwrap_or_else(|| ui.available_width()).max(40.0);
        let id = match self.id_salt {
            Some(s) => ui.make_persistent_id(s),
            None => ui.next_auto_id(),
        };
        let (rect, _) = ui.allocate_exact_size(vec2(width, row_h + 2.0 * pad.y), Sense::hover());
        let response = ui.interact(rect, id, Sense::click_and_drag());
        let (info_text, info_hint) = (self.text.clone(), self.hint);
        response.widget_info(|| egui::WidgetInfo {
            label: Some(info_hint.to_owned()),
            ..egui::WidgetInfo::text_edit(true, &info_text, &info_text, info_hint)
        });
        let cursor_id = id.with("cursor");
        let mut cur: Cursor = ui
            .data(|d| d.get_temp(cursor_id))
            .unwrap_or(Cursor { caret: self.text.len(), anchor: self.text.len() });
        cur.caret = clamp_to_boundary(self.text, cur.caret);
        cur.anchor = clamp_to_boundary(self.text, cur.anchor);

        let params = LayoutParams {
            font: font.clone(),
            color: ui.visuals().text_color(),
            base: BaseDirection::AUTO_RTL,
            max_width: f32::INFINITY,
            hide_marks: false,
        };
        let inner = rect.shrink2(pad);
        let laid = Laid::cached(ui.ctx(), self.text, &[], &params);
        let scroll_id = id.with("scroll");
        let mut scroll: f32 = ui.data(|d| d.get_temp(scroll_id)).unwrap_or(0.0);
        let origin = text_origin(&laid, inner, scroll);

        if response.clicked() || response.drag_started() {
            response.request_focus();
        }
        if let Some(p) = response.interact_pointer_pos()
            && let Some(b) = laid.byte_at(ui.ctx(), self.text, (p - origin).to_pos2())
        {
            if response.drag_started() || response.clicked() {
                let shift = ui.input(|i| i.modifiers.shift);
                // A drag starts where the button went down.
                let pressed = ui
                    .input(|i| i.pointer.press_origin())
                    .and_then(|p| laid.byte_at(ui.ctx(), self.text, (p - origin).to_pos2()))
                    .unwrap_or(b);
                let anchor = if shift {
                    cur.anchor
                } else if response.drag_started() {
                    pressed
                } else {
                    b
                };
                cur = Cursor { caret: b, anchor };
            } else if response.dragged() {
                cur.caret = b;
            }
        }

        let mut changed = false;
        let mut submitted = false;
        let focused = response.has_focus();
        if focused {
            ui.memory_mut(|m| {
                m.set_focus_lock_filter(
                    id,
                    EventFilter {
                        horizontal_arrows: true,
                        vertical_arrows: false,
                        tab: false,
                        escape: false,
                    },
                )
            });
            let events = ui.input(|i| {
                i.filtered_events(&EventFilter {
                    horizontal_arrows: true,
                    vertical_arrows: false,
                    tab: false,
                    escape: false,
                })
            });
            for event in events {
                match event {
                    Event::Text(t) | Event::Paste(t) | Event::Ime(ImeEvent::Commit(t)) => {
                        let t: String = t.chars().filter(|c| !c.is_control()).collect();
                        if !t.is_empty() {
                            replace(self.text, &mut cur, &t);
                            changed = true;
                        }
                    }
                    Event::Copy => {
                        let r = cur.selection();
                        if !r.is_empty() {
                            ui.ctx().copy_text(self.text[r].to_owned());
                        }
                    }
                    Event::Cut => {
                        let r = cur.selection();
                        if !r.is_empty() {
                            ui.ctx().copy_text(self.text[r].to_owned());
                            replace(self.text, &mut cur, "");
                            changed = true;
                        }
                    }
                    Event::Key { key, pressed: true, modifiers, .. } => {
                        let rtl = laid.lines.first().is_none_or(|l| l.rtl);
                        changed |= self::key(self.text, &mut cur, key, modifiers, rtl, &mut submitted);
                    }
                    _ => {}
                }
            }
            ui.output_mut(|o| {
                o.ime = Some(egui::output::IMEOutput {
                    purpose: egui::IMEPurpose::Normal,
                    rect,
                    cursor_rect: rect,
                    should_interrupt_composition: false,
                })
            });
        }
        ui.data_mut(|d| d.insert_temp(cursor_id, cur));

        // Re-layout if the text changed this frame.
        let laid = if changed { Laid::cached(ui.ctx(), self.text, &[], &params) } else { laid };
        let rtl = laid.lines.first().is_none_or(|l| l.rtl);
        // Keep the caret inside the box when the text is wider than it.
        let caret = laid.caret_x(ui.ctx(), self.text, cur.caret).map(|(_, x)| x);
        if let Some(cx) = caret {
            let x = text_origin(&laid, inner, scroll).x + cx;
            if x < inner.left() + 2.0 {
                scroll += inner.left() + 2.0 - x;
            } else if x > inner.right() - 2.0 {
                scroll -= x - (inner.right() - 2.0);
            }
        }
        scroll = clamp_scroll(&laid, inner, scroll);
        ui.data_mut(|d| d.insert_temp(scroll_id, scroll));
        let origin = text_origin(&laid, inner, scroll);
        if ui.is_rect_visible(rect) {
            let visuals = ui.style().interact(&response);
            let stroke = if focused { ui.visuals().selection.stroke } else { visuals.bg_stroke };
            ui.painter().rect(rect, 3.0, ui.visuals().extreme_bg_color, stroke, egui::StrokeKind::Inside);
            let painter = ui.painter_at(inner.expand(1.0));
            if self.text.is_empty() {
                let hint = egui::WidgetText::from(self.hint).color(ui.visuals().weak_text_color());
                let g =
                    hint.into_galley(ui, Some(egui::TextWrapMode::Truncate), inner.width(), TextStyle::Body);
                painter.galley(
                    pos2(inner.right() - g.size().x, inner.top()),
                    g,
                    ui.visuals().weak_text_color(),
                );
            }
            let sel = cur.selection();
            laid.paint(
                &painter,
                self.text,
                origin,
                (!sel.is_empty() && focused).then_some(sel),
                ui.visuals().selection.bg_fill,
            );
            if focused {
                let x = caret.map(|x| origin.x + x).unwrap_or(if rtl { inner.right() } else { inner.left() });
                painter.line_segment(
                    [pos2(x, inner.top()), pos2(x, inner.bottom())],
                    Stroke::new(1.5, ui.visuals().text_color()),
                );
            }
        }
        if changed {
            ui.ctx().request_repaint();
        }
        let mut response = response;
        if changed {
            response.mark_changed();
        }
        RtlFieldOutput { response, changed, submitted }
    }
}

/// Where the text starts: RTL text hugs the right edge, LTR text the left, moved by
/// `scroll` (positive: to the right) when the text is wider than the box.
fn text_origin(laid: &Laid, inner: egui::Rect, scroll: f32) -> egui::Pos2 {
    let rtl = laid.lines.first().is_none_or(|l| l.rtl);
    let x = if rtl { inner.right() - laid.width } else { inner.left() };
    pos2(x + scroll, inner.top())
}

/// Scrolling never leaves a gap: an RTL text moves right (towards its end) at most by
/// its overflow, an LTR text left.
fn clamp_scroll(laid: &Laid, inner: egui::Rect, scroll: f32) -> f32 {
    let overflow = (laid.width - inner.width()).max(0.0);
    let rtl = laid.lines.first().is_none_or(|l| l.rtl);
    if rtl { scroll.clamp(0.0, overflow) } else { scroll.clamp(-overflow, 0.0) }
}

fn clamp_to_boundary(text: &str, mut b: usize) -> usize {
    b = b.min(text.len());
    while !text.is_char_boundary(b) {
        b -= 1;
    }
    b
}

/// Replaces the selection with `s` and puts the caret after it.
fn replace(text: &mut String, cur: &mut Cursor, s: &str) {
    let r = cur.selection();
    text.replace_range(r.clone(), s);
    cur.caret = r.start + s.len();
    cur.anchor = cur.caret;
}

fn prev_boundary(text: &str, b: usize) -> usize {
    text[..b].grapheme_indices(true).next_back().map_or(0, |(i, _)| i)
}

fn next_boundary(text: &str, b: usize) -> usize {
    text[b..].graphemes(true).next().map_or(b, |g| b + g.len())
}

/// Applies one key press. Returns whether the text changed.
fn key(text: &mut String, cur: &mut Cursor, key: Key, m: Modifiers, rtl: bool, submitted: &mut bool) -> bool {
    let sel = cur.selection();
    match key {
        Key::Backspace => {
            if sel.is_empty() {
                cur.anchor = prev_boundary(text, cur.caret);
            }
            replace(text, cur, "");
            true
        }
        Key::Delete => {
            if sel.is_empty() {
                cur.anchor = next_boundary(text, cur.caret);
            }
            replace(text, cur, "");
            true
        }
        Key::ArrowLeft | Key::ArrowRight => {
            // In a right-to-left line, ← moves towards the end of the text.
            let forward = (key == Key::ArrowLeft) == rtl;
            if !m.shift && !sel.is_empty() {
                cur.caret = if forward { sel.end } else { sel.start };
            } else {
                cur.caret =
                    if forward { next_boundary(text, cur.caret) } else { prev_boundary(text, cur.caret) };
            }
            if !m.shift {
                cur.anchor = cur.caret;
            }
            false
        }
        Key::Home | Key::End => {
            cur.caret = if key == Key::Home { 0 } else { text.len() };
            if !m.shift {
                cur.anchor = cur.caret;
            }
            false
        }
        Key::A if m.command => {
            cur.anchor = 0;
            cur.caret = text.len();
            false
        }
        Key::Enter => {
            *submitted = true;
            false
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn editing_keys_work_on_graphemes() {
        let mut t = String::from("قالَ");
        let mut c = Cursor { caret: t.len(), anchor: t.len() };
        let mut s = false;
        // Backspace removes the whole last grapheme (letter + fatha).
        assert!(key(&mut t, &mut c, Key::Backspace, Modifiers::NONE, true, &mut s));
        assert_eq!(t, "قا");
        // In RTL, ArrowRight moves backwards.
        key(&mut t, &mut c, Key::ArrowRight, Modifiers::NONE, true, &mut s);
        assert_eq!(c.caret, "ق".len());
        replace(&mut t, &mut c, "ب");
        assert_eq!(t, "قبا");
        key(&mut t, &mut c, Key::A, Modifiers::COMMAND, true, &mut s);
        assert_eq!(c.selection(), 0..t.len());
        key(&mut t, &mut c, Key::Enter, Modifiers::NONE, true, &mut s);
        assert!(s);
    }
}
