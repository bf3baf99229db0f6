//! Turns text into positioned, shaped pieces for painting with egui, on top of
//! [`crate::text::line_layout`].
//!
//! egui's shaper (harfrust) joins Arabic letters and lays a pure-Arabic string out
//! right to left, but it places runs in logical order and has no bidi pass. So each
//! visual run from the line layout is cut into pieces egui can draw on its own:
//! Arabic joining clusters are handed to egui whole; neutral characters at an RTL
//! level (spaces, quotes, brackets) are reversed and mirrored here (rule L4); LTR
//! runs (Latin, numbers) go whole, except characters of Arabic script at an LTR level
//! (Arabic-Indic digits), which are placed one by one so the shaper cannot reverse
//! them. The result is cached and painted by [`super::rtl_text`] and
//! [`super::rtl_field`].

use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::ops::Range;
use std::sync::Arc;

use egui::{Color32, Context, FontId, Id, Pos2, Rect, epaint::text::FontsView, pos2, vec2};
use unicode_segmentation::UnicodeSegmentation;

use crate::text::script::{is_arabic_joining, is_arabic_mark, is_arabic_script, mirrored};
use crate::text::{BaseDirection, Measure, ParagraphLayout, layout_paragraph};

/// How a byte range of the text is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct SpanStyle {
    pub color: Option<Color32>,
    pub background: Option<Color32>,
    pub underline: Option<Color32>,
}

/// A styled byte range of the text. Later spans win where spans overlap.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Span {
    pub range: Range<usize>,
    pub style: SpanStyle,
}

impl Span {
    pub fn new(range: Range<usize>, style: SpanStyle) -> Self {
        Self { range, style }
    }
}

/// Everything a layout depends on.
#[derive(Debug, Clone, PartialEq)]
pub struct LayoutParams {
    pub font: FontId,
    pub color: Color32,
    pub base: BaseDirection,
    pub max_width: f32,
    pub hide_marks: bool,
}

/// One shaped piece: a byte range of the text drawn by one egui galley.
#[derive(Debug, Clone)]
pub struct Piece {
    /// Byte range in the text.
    pub range: Range<usize>,
    /// The string handed to egui (reversed and mirrored for neutrals at an RTL level).
    pub display: String,
    /// Are the piece's characters displayed right to left?
    pub rtl: bool,
    /// Left edge, relative to the line's left edge.
    pub x: f32,
    pub width: f32,
    pub style: SpanStyle,
}

/// One display line.
#[derive(Debug, Clone)]
pub struct LaidLine {
    /// Byte range in the text.
    pub range: Range<usize>,
    /// Offset of the line's left edge from the layout's left edge (right alignment).
    pub left: f32,
    pub top: f32,
    pub width: f32,
    /// The paragraph is right to left.
    pub rtl: bool,
    /// Pieces in display order, left to right.
    pub pieces: Vec<Piece>,
}

/// A laid-out text: lines of pieces, in layout coordinates (origin top-left).
#[derive(Debug, Clone)]
pub struct Laid {
    pub lines: Vec<LaidLine>,
    pub row_height: f32,
    pub width: f32,
    pub height: f32,
    pub font: FontId,
    pub color: Color32,
    /// Diacritics are left out of the drawn (and measured) text.
    pub hide_marks: bool,
}

impl Laid {
    /// Lays out `text` (paragraphs separated by `\n`) with egui's fonts.
    pub fn new(fonts: &mut FontsView<'_>, text: &str, spans: &[Span], p: &LayoutParams) -> Laid {
        let row_height = fonts.row_height(&p.font);
        let mut lines = Vec::new();
        let mut para_start = 0usize;
        let mut widest = 0.0f32;
        for para in text.split('\n') {
            let layout = layout_lines(fonts, para, &p.font, p.base, p.max_width, p.hide_marks);
            for line in &layout.lines {
                let mut pieces = Vec::new();
                for run in &line.runs {
                    let range = para_start + run.range.start..para_start + run.range.end;
                    run_pieces(text, range, run.rtl, spans, p.hide_marks, &mut pieces);
                }
                let mut x = 0.0;
                for piece in &mut pieces {
                    piece.x = x;
                    piece.width = display_width(fonts, &piece.display, &p.font);
                    x += piece.width;
                }
                widest = widest.max(x);
                lines.push(LaidLine {
                    range: para_start + line.range.start..para_start + line.range.end,
                    left: 0.0,
                    top: lines.len() as f32 * row_height,
                    width: x,
                    rtl: layout.rtl,
                    pieces,
                });
            }
            para_start += para.len() + 1;
        }
        let width = if p.max_width.is_finite() { p.max_width.max(widest) } else { widest };
        for line in &mut lines {
            if line.rtl {
                line.left = width - line.width;
            }
        }
        let height = lines.len() as f32 * row_height;
        Laid {
            lines,
            row_height,
            width,
            height,
            font: p.font.clone(),
            color: p.color,
            hide_marks: p.hide_marks,
        }
    }

    /// Cached layout: recomputed only when the text, spans or parameters change.
    pub fn cached(ctx: &Context, text: &str, spans: &[Span], p: &LayoutParams) -> Arc<Laid> {
        let key = {
            let mut h = std::collections::hash_map::DefaultHasher::new();
            text.hash(&mut h);
            spans.hash(&mut h);
            p.font.hash(&mut h);
            p.color.hash(&mut h);
            p.base.hash(&mut h);
            p.max_width.to_bits().hash(&mut h);
            p.hide_marks.hash(&mut h);
            ctx.pixels_per_point().to_bits().hash(&mut h);
            h.finish()
        };
        let frame = ctx.cumulative_pass_nr();
        let cache_id = Id::unique("khabar-rtl-layout-cache");
        let hit = ctx.data_mut(|d| {
            let cache = d.get_temp_mut_or_default::<LayoutCache>(cache_id);
            cache.get(key, frame)
        });
        if let Some(laid) = hit {
            return laid;
        }
        let laid = Arc::new(ctx.fonts_mut(|f| Laid::new(f, text, spans, p)));
        ctx.data_mut(|d| d.get_temp_mut_or_default::<LayoutCache>(cache_id).insert(key, laid.clone(), frame));
        laid
    }

    /// Paints the text with its top-left corner at `origin`, skipping invisible lines.
    pub fn paint(
        &self,
        painter: &egui::Painter,
        text: &str,
        origin: Pos2,
        selection: Option<Range<usize>>,
        selection_color: Color32,
    ) {
        let clip = painter.clip_rect();
        for line in &self.lines {
            let top = origin.y + line.top;
            if top > clip.bottom() || top + self.row_height < clip.top() {
                continue;
            }
            for piece in &line.pieces {
                let left = origin.x + line.left + piece.x;
                let rect = Rect::from_min_size(pos2(left, top), vec2(piece.width, self.row_height));
                if let Some(bg) = piece.style.background {
                    painter.rect_filled(rect, 2.0, bg);
                }
                if let Some(sel) = &selection
                    && let Some((a, b)) = self.span_in_piece(painter.ctx(), text, piece, sel.clone())
                {
                    painter.rect_filled(
                        Rect::from_min_max(pos2(left + a, top), pos2(left + b, top + self.row_height)),
                        0.0,
                        selection_color,
                    );
                }
                let color = piece.style.color.unwrap_or(self.color);
                let galley = painter.layout_no_wrap(piece.display.clone(), self.font.clone(), color);
                painter.galley(pos2(left, top), galley, color);
                if let Some(u) = piece.style.underline {
                    let y = top + self.row_height - 2.0;
                    painter.line_segment([pos2(rect.left(), y), pos2(rect.right(), y)], (1.5, u));
                }
            }
        }
    }

    /// The caret position (byte offset) nearest to `pos`, relative to the layout origin.
    pub fn byte_at(&self, ctx: &Context, text: &str, pos: Pos2) -> Option<usize> {
        if self.lines.is_empty() {
            return None;
        }
        let row = ((pos.y / self.row_height).floor().max(0.0) as usize).min(self.lines.len() - 1);
        let line = &self.lines[row];
        let x = pos.x - line.left;
        if line.pieces.is_empty() {
            return Some(line.range.start);
        }
        let piece = line.pieces.iter().find(|p| x < p.x + p.width).or(line.pieces.last())?;
        let local = x - piece.x;
        self.boundaries(ctx, text, piece)
            .into_iter()
            .min_by(|a, b| (a.1 - local).abs().total_cmp(&(b.1 - local).abs()))
            .map(|(byte, _)| byte)
    }

    /// The x coordinate and line index of the caret before byte `b`.
    pub fn caret_x(&self, ctx: &Context, text: &str, b: usize) -> Option<(usize, f32)> {
        for (i, line) in self.lines.iter().enumerate() {
            if b < line.range.start || b > line.range.end {
                continue;
            }
            let piece = line
                .pieces
                .iter()
                .find(|p| p.range.start <= b && b < p.range.end)
                .or_else(|| line.pieces.iter().find(|p| p.range.end == b));
            let Some(piece) = piece else {
                let x = if line.rtl { line.left + line.width } else { line.left };
                return Some((i, x));
            };
            return Some((i, line.left + piece.x + self.x_in_piece(ctx, text, piece, b)));
        }
        None
    }

    /// Rectangles (relative to the origin) covering a byte range, one per piece.
    pub fn range_rects(&self, ctx: &Context, text: &str, range: Range<usize>) -> Vec<Rect> {
        let mut out = Vec::new();
        for line in &self.lines {
            for piece in &line.pieces {
                if let Some((a, b)) = self.span_in_piece(ctx, text, piece, range.clone()) {
                    let left = line.left + piece.x;
                    out.push(Rect::from_min_max(
                        pos2(left + a, line.top),
                        pos2(left + b, line.top + self.row_height),
                    ));
                }
            }
        }
        out
    }

    /// Horizontal extent, from the piece's left edge, of a byte range inside it.
    fn span_in_piece(&self, ctx: &Context, text: &str, piece: &Piece, r: Range<usize>) -> Option<(f32, f32)> {
        let s = r.start.max(piece.range.start);
        let e = r.end.min(piece.range.end);
        if s >= e {
            return None;
        }
        if s == piece.range.start && e == piece.range.end {
            return Some((0.0, piece.width));
        }
        let bounds = self.boundaries(ctx, text, piece);
        let x_of = |b: usize| bounds.iter().find(|(byte, _)| *byte >= b).map_or(0.0, |(_, x)| *x);
        let (a, b) = (x_of(s), x_of(e));
        Some((a.min(b), a.max(b)))
    }

    /// x offset, from the piece's left edge, of the caret before byte `b`.
    fn x_in_piece(&self, ctx: &Context, text: &str, piece: &Piece, b: usize) -> f32 {
        let bounds = self.boundaries(ctx, text, piece);
        bounds.iter().find(|(byte, _)| *byte >= b).or(bounds.last()).map_or(0.0, |(_, x)| *x)
    }

    /// Every grapheme boundary of a piece, in logical order, with its x offset from
    /// the piece's left edge. Measured, not interpolated: the x of boundary k is the
    /// shaped width of the first k graphemes (from the right for an RTL piece). A
    /// zero-width joiner after an unfinished Arabic prefix keeps its last letter in
    /// the joined form it has inside the word, so the width is the word's own.
    fn boundaries(&self, ctx: &Context, text: &str, piece: &Piece) -> Vec<(usize, f32)> {
        let bounds = grapheme_bounds(text, piece.range.clone());
        let n = bounds.len() - 1;
        let joining = piece.rtl && text[piece.range.clone()].chars().any(is_arabic_joining);
        ctx.fonts_mut(|fonts| {
            bounds
                .iter()
                .enumerate()
                .map(|(k, &b)| {
                    let w = if k == 0 {
                        0.0
                    } else if k == n {
                        piece.width
                    } else {
                        let mut prefix = strip_marks(&text[piece.range.start..b], self.hide_marks);
                        if joining {
                            prefix.push('\u{200D}');
                        }
                        display_width(fonts, &prefix, &self.font).min(piece.width)
                    };
                    (b, if piece.rtl { piece.width - w } else { w })
                })
                .collect()
        })
    }
}

/// Grapheme boundaries of `text[range]`, including both ends.
fn grapheme_bounds(text: &str, range: Range<usize>) -> Vec<usize> {
    let Some(s) = text.get(range.clone()) else { return vec![range.start, range.end] };
    let mut v: Vec<usize> = s.grapheme_indices(true).map(|(i, _)| range.start + i).collect();
    v.push(range.end);
    v
}

fn display_width(fonts: &mut FontsView<'_>, s: &str, font: &FontId) -> f32 {
    if s.is_empty() {
        return 0.0;
    }
    fonts.layout_no_wrap(s.to_owned(), font.clone(), Color32::WHITE).size().x
}

/// The characters handed to egui: without bidi controls (LRM, RLM, embeddings,
/// isolates — they steer the layout here and have no glyph), and without Arabic
/// diacritics when they are hidden.
fn strip_marks(s: &str, hide: bool) -> String {
    s.chars().filter(|&c| !(is_bidi_control(c) || hide && is_arabic_mark(c))).collect()
}

pub(crate) fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Line breaking measures logical text with egui's fonts.
struct EguiMeasure<'a, 'f> {
    fonts: &'a mut FontsView<'f>,
    font: &'a FontId,
    hide_marks: bool,
}

impl Measure for EguiMeasure<'_, '_> {
    fn width(&mut self, text: &str) -> f32 {
        display_width(self.fonts, &strip_marks(text, self.hide_marks), self.font)
    }
}

/// Breaks one paragraph into lines measured with egui's fonts: the code path shared
/// by the widgets and the `khabar layout` command.
pub fn layout_lines(
    fonts: &mut FontsView<'_>,
    paragraph: &str,
    font: &FontId,
    base: BaseDirection,
    max_width: f32,
    hide_marks: bool,
) -> ParagraphLayout {
    let mut measure = EguiMeasure { fonts, font, hide_marks };
    layout_paragraph(paragraph, base, max_width, &mut measure)
}

/// The style in force at byte `b` (last matching span wins).
fn style_at(spans: &[Span], b: usize) -> SpanStyle {
    spans.iter().rev().find(|s| s.range.contains(&b)).map(|s| s.style).unwrap_or_default()
}

/// Cuts one visual run into pieces, appended in display order (left to right).
fn run_pieces(text: &str, run: Range<usize>, rtl: bool, spans: &[Span], hide: bool, out: &mut Vec<Piece>) {
    let s = &text[run.clone()];
    // Logical chunks of one class and one style.
    let mut chunks: Vec<(Range<usize>, bool, SpanStyle)> = Vec::new();
    let mut prev_joining = false;
    for (i, c) in s.char_indices() {
        let b = run.start + i;
        let joining = if rtl {
            is_arabic_joining(c) || (prev_joining && is_arabic_mark(c))
        } else {
            // In an LTR run only Arabic-script characters need separate treatment.
            is_arabic_script(c)
        };
        let style = style_at(spans, b);
        match chunks.last_mut() {
            Some((r, j, st)) if *j == joining && *st == style => r.end = b + c.len_utf8(),
            _ => chunks.push((b..b + c.len_utf8(), joining, style)),
        }
        prev_joining = joining;
    }
    let piece = |range: Range<usize>, display: String, rtl: bool, style: SpanStyle| Piece {
        range,
        display,
        rtl,
        x: 0.0,
        width: 0.0,
        style,
    };
    if rtl {
        for (range, joining, style) in chunks.into_iter().rev() {
            let chunk = &text[range.clone()];
            if joining {
                // harfrust guesses Arabic => right to left, joined.
                out.push(piece(range, strip_marks(chunk, hide), true, style));
            } else {
                let graphemes: Vec<(usize, &str)> = chunk.grapheme_indices(true).collect();
                if chunk.chars().any(is_arabic_script) {
                    // The shaper would reverse these again: one grapheme per piece.
                    for (i, g) in graphemes.into_iter().rev() {
                        let r = range.start + i..range.start + i + g.len();
                        out.push(piece(
                            r,
                            strip_marks(g, false).chars().map(mirrored).collect(),
                            true,
                            style,
                        ));
                    }
                } else {
                    let display: String = graphemes
                        .iter()
                        .rev()
                        .flat_map(|(_, g)| g.chars().filter(|&c| !is_bidi_control(c)).map(mirrored))
                        .collect();
                    out.push(piece(range, display, true, style));
                }
            }
        }
    } else {
        for (range, arabic, style) in chunks {
            let chunk = &text[range.clone()];
            if arabic {
                for (i, g) in chunk.grapheme_indices(true) {
                    let r = range.start + i..range.start + i + g.len();
                    out.push(piece(r, strip_marks(g, hide), false, style));
                }
            } else {
                out.push(piece(range, strip_marks(chunk, false), false, style));
            }
        }
    }
}

/// Layouts keyed by a hash of their inputs; entries unused for a while are dropped.
#[derive(Clone, Default)]
struct LayoutCache {
    entries: HashMap<u64, (Arc<Laid>, u64)>,
}

impl LayoutCache {
    const MAX_ENTRIES: usize = 2048;
    const MAX_IDLE_PASSES: u64 = 120;

    fn get(&mut self, key: u64, pass: u64) -> Option<Arc<Laid>> {
        let e = self.entries.get_mut(&key)?;
        e.1 = pass;
        Some(e.0.clone())
    }

    fn insert(&mut self, key: u64, laid: Arc<Laid>, pass: u64) {
        if self.entries.len() >= Self::MAX_ENTRIES {
            self.entries.retain(|_, (_, used)| used.saturating_add(Self::MAX_IDLE_PASSES) >= pass);
            if self.entries.len() >= Self::MAX_ENTRIES {
                self.entries.clear();
            }
        }
        self.entries.insert(key, (laid, pass));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Runs `f` inside an egui pass with Khabar's fonts.
    fn with_ctx(f: impl FnOnce(&Context)) {
        let ctx = Context::default();
        crate::app::fonts::install(&ctx);
        let mut f = Some(f);
        let mut out = ctx.run_ui(egui::RawInput::default(), |ui| {
            if let Some(f) = f.take() {
                f(ui.ctx());
            }
        });
        out.textures_delta.clear();
    }

    fn params() -> LayoutParams {
        LayoutParams {
            font: FontId::proportional(20.0),
            color: Color32::WHITE,
            base: BaseDirection::AUTO_RTL,
            max_width: f32::INFINITY,
            hide_marks: false,
        }
    }

    #[test]
    fn carets_walk_right_to_left_through_arabic_and_round_trip() {
        let text = "قالَ الرئيس في 2015: \"مستشفى\"";
        with_ctx(|ctx| {
            let laid = ctx.fonts_mut(|f| Laid::new(f, text, &[], &params()));
            assert_eq!(laid.lines.len(), 1);
            // Inside the first word, logical order runs right to left on screen.
            let word_end = text.find(' ').unwrap_or(0);
            let bounds: Vec<usize> = grapheme_bounds(text, 0..word_end);
            let xs: Vec<f32> =
                bounds.iter().filter_map(|&b| laid.caret_x(ctx, text, b)).map(|(_, x)| x).collect();
            assert_eq!(xs.len(), bounds.len());
            assert!(xs.windows(2).all(|w| w[0] > w[1]), "{xs:?}");
            // The first word of an RTL line starts at its right edge.
            assert!((xs[0] - laid.width).abs() < 0.5, "{} vs {}", xs[0], laid.width);
            // Clicking where a caret is drawn puts the caret there.
            let y = laid.row_height / 2.0;
            for b in grapheme_bounds(text, 0..text.len()) {
                let Some((_, x)) = laid.caret_x(ctx, text, b) else { continue };
                let back = laid.byte_at(ctx, text, pos2(x, y));
                let same_x =
                    back.and_then(|bb| laid.caret_x(ctx, text, bb)).map(|(_, xx)| (xx - x).abs() < 0.5);
                assert_eq!(same_x, Some(true), "byte {b} at x {x} came back as {back:?}");
            }
        });
    }

    #[test]
    fn measured_carets_follow_letter_widths() {
        // «مستشفى»: letters of very different widths; a measured caret is not the
        // evenly spaced one.
        let text = "مستشفى";
        with_ctx(|ctx| {
            let laid = ctx.fonts_mut(|f| Laid::new(f, text, &[], &params()));
            let bounds = grapheme_bounds(text, 0..text.len());
            let n = (bounds.len() - 1) as f32;
            let xs: Vec<f32> =
                bounds.iter().filter_map(|&b| laid.caret_x(ctx, text, b)).map(|(_, x)| x).collect();
            let evenly: Vec<f32> = (0..bounds.len()).map(|k| laid.width * (1.0 - k as f32 / n)).collect();
            let max_diff = xs.iter().zip(&evenly).map(|(a, b)| (a - b).abs()).fold(0.0, f32::max);
            assert!(max_diff > 1.0, "carets {xs:?} are just evenly spaced {evenly:?}");
        });
    }

    #[test]
    fn isolated_arabic_in_an_english_line_keeps_its_place_and_no_control_is_drawn() {
        let text = "«\u{2068}في\u{2069}»: 238 hits";
        with_ctx(|ctx| {
            let p = LayoutParams { base: BaseDirection::Ltr, ..params() };
            let laid = ctx.fonts_mut(|f| Laid::new(f, text, &[], &p));
            let shown: String = laid.lines[0].pieces.iter().map(|p| p.display.as_str()).collect();
            assert!(!shown.chars().any(is_bidi_control), "{shown:?}");
            // Without the isolate, UBA makes «238» an Arabic number and moves it left
            // of the word; isolated, the English sentence keeps its order.
            assert!(shown.starts_with("«في»: 238"), "{shown:?}");
        });
    }
}
