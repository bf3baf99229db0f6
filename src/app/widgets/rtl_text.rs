//! A read-only, selectable text widget that shows Arabic (and mixed) text right:
//! bidi-reordered, wrapped on the logical text, right-aligned, with styled spans,
//! word hit-testing, drag-selection and copy in logical order.

use std::ops::Range;

use egui::{Color32, CursorIcon, Event, FontId, IdSalt, Response, Sense, Ui, pos2, vec2};
use unicode_segmentation::UnicodeSegmentation;

use super::rtl_layout::{Laid, LayoutParams, Span};
use crate::text::BaseDirection;

/// What the widget reports back.
pub struct RtlTextOutput {
    pub response: Response,
    /// The word under the pointer, as a byte range of the text.
    pub hovered_word: Option<Range<usize>>,
    /// The word clicked this frame.
    pub clicked_word: Option<Range<usize>>,
    /// The current selection (logical byte range), if any.
    pub selection: Option<Range<usize>>,
    /// Where each span-highlighted range ended up, for scrolling to it: the screen rect
    /// of the first line holding `scroll_target`, if one was given.
    pub target_rect: Option<egui::Rect>,
}

/// See the module docs.
pub struct RtlText<'a> {
    text: &'a str,
    spans: &'a [Span],
    font: Option<FontId>,
    color: Option<Color32>,
    base: BaseDirection,
    hide_marks: bool,
    wrap: bool,
    id_salt: Option<IdSalt>,
    scroll_target: Option<Range<usize>>,
    fill: bool,
    align: Option<egui::Align>,
}

impl<'a> RtlText<'a> {
    pub fn new(text: &'a str) -> Self {
        Self {
            text,
            spans: &[],
            font: None,
            color: None,
            base: BaseDirection::Majority,
            hide_marks: false,
            wrap: true,
            id_salt: None,
            scroll_target: None,
            fill: false,
            align: None,
        }
    }
    /// With [`Self::fill_width`]: put an unwrapped line at the left (`Min`), centre or
    /// right (`Max`) of the cell whatever its direction; text that does not fit is cut
    /// on the other side. (A concordance's Before column hugs the hit on its left.)
    pub fn align(mut self, align: egui::Align) -> Self {
        self.align = Some(align);
        self
    }
    /// Unwrapped text takes the whole available width, and an RTL line sits at its
    /// right edge (table cells).
    pub fn fill_width(mut self) -> Self {
        self.fill = true;
        self
    }
    pub fn spans(mut self, spans: &'a [Span]) -> Self {
        self.spans = spans;
        self
    }
    pub fn font(mut self, font: FontId) -> Self {
        self.font = Some(font);
        self
    }
    pub fn color(mut self, color: Color32) -> Self {
        self.color = Some(color);
        self
    }
    pub fn base(mut self, base: BaseDirection) -> Self {
        self.base = base;
        self
    }
    /// Draw without Arabic diacritics (the text and its byte ranges are unchanged).
    pub fn hide_marks(mut self, hide: bool) -> Self {
        self.hide_marks = hide;
        self
    }
    /// Single line, no wrapping.
    pub fn no_wrap(mut self) -> Self {
        self.wrap = false;
        self
    }
    pub fn id_salt(mut self, salt: impl egui::AsIdSalt) -> Self {
        self.id_salt = Some(IdSalt::new(salt));
        self
    }
    /// Report the screen rect of this byte range in [`RtlTextOutput::target_rect`].
    pub fn scroll_target(mut self, range: Option<Range<usize>>) -> Self {
        self.scroll_target = range;
        self
    }

    pub fn show(self, ui: &mut Ui) -> RtlTextOutput {
        let font = self.font.clone().unwrap_or_else(|| egui::TextStyle::Body.resolve(ui.style()));
        let color = self.color.unwrap_or_else(|| ui.visuals().text_color());
        let max_width = if self.wrap { ui.available_width().max(20.0) } else { f32::INFINITY };
        let params = LayoutParams { font, color, base: self.base, max_width, hide_marks: self.hide_marks };
        let laid = Laid::cached(ui.ctx(), self.text, self.spans, &params);

        let width = if self.wrap {
            max_width
        } else if self.fill {
            ui.available_width().max(0.0)
        } else {
            laid.width.min(ui.available_width().max(0.0))
        };
        let (rect, response) =
            ui.allocate_exact_size(vec2(width, laid.height.max(laid.row_height)), Sense::click_and_drag());
        // Unwrapped text wider than its cell: an RTL line keeps its start (right) visible.
        let rtl = laid.lines.first().is_some_and(|l| l.rtl);
        let origin = match (self.wrap, self.align) {
            (true, _) => rect.min,
            (false, Some(egui::Align::Min)) => rect.min,
            (false, Some(egui::Align::Center)) => pos2(rect.center().x - laid.width / 2.0, rect.top()),
            (false, Some(egui::Align::Max)) => pos2(rect.right() - laid.width, rect.top()),
            (false, None) if rtl => pos2(rect.right() - laid.width, rect.top()),
            (false, None) => rect.min,
        };
        let text_for_info = self.text;
        // Screen readers (and UI tests) get the text without invisible bidi controls.
        response.widget_info(|| {
            let label: String =
                text_for_info.chars().filter(|&c| !super::rtl_layout::is_bidi_control(c)).collect();
            egui::WidgetInfo::labeled(egui::Role::Label, true, label)
        });
        let id = self.id_salt.map(|s| ui.make_persistent_id(s)).unwrap_or(response.id);
        let sel_id = id.with("selection");

        // Selection: (anchor, cursor) in logical bytes.
        let mut selection: Option<(usize, usize)> = ui.data(|d| d.get_temp(sel_id));
        let pointer = response.interact_pointer_pos().or(response.hover_pos());
        let byte_under = pointer.and_then(|p| laid.byte_at(ui.ctx(), self.text, (p - origin).to_pos2()));
        // A drag is recognised only after the pointer has moved: anchor it where the
        // button went down, not where the pointer is now.
        let press_byte = ui
            .input(|i| i.pointer.press_origin())
            .and_then(|p| laid.byte_at(ui.ctx(), self.text, (p - origin).to_pos2()));
        if response.drag_started()
            && let (Some(a), Some(b)) = (press_byte.or(byte_under), byte_under)
        {
            selection = Some((a, b));
        } else if response.dragged()
            && let (Some((anchor, _)), Some(b)) = (selection, byte_under)
        {
            selection = Some((anchor, b));
        } else if response.clicked() {
            selection = None;
        }
        if response.clicked() || response.drag_started() {
            response.request_focus();
        }
        let selected = selection.map(|(a, b)| a.min(b)..a.max(b)).filter(|r| !r.is_empty());
        ui.data_mut(|d| match selection {
            Some(s) => {
                d.insert_temp(sel_id, s);
            }
            None => {
                d.remove::<(usize, usize)>(sel_id);
            }
        });
        if let Some(r) = &selected
            && (response.has_focus() || response.hovered())
            && ui.input(|i| i.events.iter().any(|e| matches!(e, Event::Copy | Event::Cut)))
        {
            ui.ctx().copy_text(self.text[r.clone()].to_owned());
        }

        let hovered_word =
            if response.hovered() { byte_under.and_then(|b| word_at(self.text, b)) } else { None };
        if hovered_word.is_some() {
            ui.ctx().set_cursor_icon(CursorIcon::Text);
        }
        let clicked_word = if response.clicked() { hovered_word.clone() } else { None };

        if ui.is_rect_visible(rect) {
            let sel_color = ui.visuals().selection.bg_fill;
            // Clipped to the widget's width only: a hamza or a shadda over a tall alef
            // («أن», «إنّ») rises above the line box, and a cell's padding has room for
            // it (clipped to the line, «أن» read «ان» in every table).
            let clip = rect.expand2(vec2(0.0, laid.row_height * 0.5));
            laid.paint(
                &ui.painter().with_clip_rect(clip.intersect(ui.clip_rect())),
                self.text,
                origin,
                selected.clone(),
                sel_color,
            );
        }
        let target_rect = self.scroll_target.and_then(|r| {
            laid.range_rects(ui.ctx(), self.text, r).first().map(|rr| rr.translate(origin.to_vec2()))
        });

        let text = self.text;
        let sel_for_menu = selected.clone();
        response.context_menu(|ui| {
            if let Some(r) = &sel_for_menu
                && ui.button("Copy selection").clicked()
            {
                ui.ctx().copy_text(text[r.clone()].to_owned());
                ui.close();
            }
            if ui.button("Copy all").clicked() {
                ui.ctx().copy_text(text.to_owned());
                ui.close();
            }
        });

        RtlTextOutput { response, hovered_word, clicked_word, selection: selected, target_rect }
    }
}

/// The word (a UAX #29 word segment holding a letter or digit) containing byte `b`.
pub fn word_at(text: &str, b: usize) -> Option<Range<usize>> {
    let mut b = b.min(text.len());
    while !text.is_char_boundary(b) {
        b -= 1;
    }
    // Look only at the line around `b`, not the whole text.
    let line_start = text[..b].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[b..].find('\n').map_or(text.len(), |i| b + i);
    let line = &text[line_start..line_end];
    line.split_word_bound_indices()
        .map(|(i, w)| (line_start + i..line_start + i + w.len(), w))
        .find(|(r, _)| r.start <= b && b < r.end)
        .filter(|(_, w)| w.chars().any(char::is_alphanumeric))
        .map(|(r, _)| r)
}

/// A one-line English label that holds Arabic (a word, a name, a quoted query): drawn
/// left to right with the Arabic parts in bidi order. A plain egui label would draw
/// «في» as «في« and several Arabic words in the wrong order.
pub fn mixed_label(ui: &mut Ui, text: &str) -> Response {
    RtlText::new(text).base(BaseDirection::Ltr).no_wrap().show(ui).response
}

#[cfg(test)]
mod tests {
    use super::word_at;

    #[test]
    fn word_at_finds_arabic_words() {
        let t = "قال بوتين: نعم\nسطر";
        let b = t.find("بوتين").unwrap_or(0) + 2;
        let r = word_at(t, b).unwrap_or(0..0);
        assert_eq!(&t[r], "بوتين");
        assert_eq!(word_at(t, t.find(':').unwrap_or(0)), None);
        let r = word_at(t, t.len() - 1).unwrap_or(0..0);
        assert_eq!(&t[r], "سطر");
    }
}
