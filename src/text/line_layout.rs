//! Bidi-aware line layout of one paragraph, independent of any GUI toolkit.
//!
//! egui (0.37) shapes Arabic but has no Unicode Bidirectional Algorithm and wraps
//! lines on the visual glyph stream, so an RTL paragraph comes out with its lines in
//! the wrong order and `2015` as `5102`. This module does the part egui lacks, in
//! the order UAX #9 prescribes:
//!
//! 1. resolve embedding levels for the whole paragraph (`unicode-bidi`, rules P–I);
//! 2. find break opportunities on the *logical* text (UAX #14, `unicode-linebreak`)
//!    and fill lines greedily, measuring with the caller's [`Measure`] (the GUI passes
//!    egui's fonts, tests pass a character counter);
//! 3. per line, apply L1 and L2 and return the level runs in visual order.
//!
//! Drawing (handing each run to a shaper, mirroring, painting) belongs to the caller;
//! the `khabar layout` command and the Reader widget share everything above it.

use std::ops::Range;

use unicode_bidi::{Direction, Level, ParagraphBidiInfo};
use unicode_linebreak::{BreakOpportunity, linebreaks};
use unicode_segmentation::UnicodeSegmentation;

/// How the base (paragraph) direction is chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BaseDirection {
    /// The first strong character decides (UAX #9 P2–P3); a paragraph without one
    /// gets `fallback`.
    Auto {
        fallback: Fallback,
    },
    Ltr,
    Rtl,
    /// The script with more strong characters decides (ties and neutral-only
    /// paragraphs: RTL). For Arabic news, where a title may open with a Latin name
    /// («THE VOICE KIDS "العربية" في بيت …»), this reads better than the first
    /// strong character.
    Majority,
}

/// Direction of a paragraph that holds no strong character (only digits, symbols).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Fallback {
    Ltr,
    Rtl,
}

impl BaseDirection {
    /// Automatic, with LTR for neutral-only paragraphs (the UAX #9 default, and fribidi's).
    pub const AUTO_LTR: BaseDirection = BaseDirection::Auto { fallback: Fallback::Ltr };
    /// Automatic, with RTL for neutral-only paragraphs (what an Arabic reader expects).
    pub const AUTO_RTL: BaseDirection = BaseDirection::Auto { fallback: Fallback::Rtl };

    fn level_for(self, paragraph: &str) -> Level {
        match self {
            BaseDirection::Ltr => Level::ltr(),
            BaseDirection::Rtl => Level::rtl(),
            BaseDirection::Auto { fallback } => match unicode_bidi::get_base_direction(paragraph) {
                Direction::Rtl => Level::rtl(),
                Direction::Ltr => Level::ltr(),
                Direction::Mixed => match fallback {
                    Fallback::Ltr => Level::ltr(),
                    Fallback::Rtl => Level::rtl(),
                },
            },
            BaseDirection::Majority => {
                let (mut ltr, mut rtl) = (0usize, 0usize);
                for c in paragraph.chars() {
                    match unicode_bidi::bidi_class(c) {
                        unicode_bidi::BidiClass::L => ltr += 1,
                        unicode_bidi::BidiClass::R | unicode_bidi::BidiClass::AL => rtl += 1,
                        _ => {}
                    }
                }
                if ltr > rtl { Level::ltr() } else { Level::rtl() }
            }
        }
    }
}

/// Measures the advance width of a piece of logical text, in any unit.
pub trait Measure {
    fn width(&mut self, text: &str) -> f32;
}

/// A [`Measure`] that counts grapheme clusters: one unit each. For headless use and
/// tests, where only the order of characters matters.
#[derive(Debug, Default, Clone, Copy)]
pub struct GraphemeCount;

impl Measure for GraphemeCount {
    fn width(&mut self, text: &str) -> f32 {
        text.graphemes(true).count() as f32
    }
}

/// A run of one embedding level inside a line, as a byte range of the paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VisualRun {
    pub range: Range<usize>,
    /// Odd level: the run's characters are displayed right to left.
    pub rtl: bool,
}

/// One laid-out line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    /// Logical byte range in the paragraph. Whitespace at which the line was broken
    /// is not part of any line.
    pub range: Range<usize>,
    /// The level runs of the line, in display order from left to right.
    pub runs: Vec<VisualRun>,
}

impl Line {
    /// The line's characters in display order, left to right (rule L2; no mirroring,
    /// no shaping): what `fribidi` reorders the same characters to.
    pub fn visual_text(&self, paragraph: &str) -> String {
        let mut out = String::with_capacity(self.range.len());
        for run in &self.runs {
            let s = &paragraph[run.range.clone()];
            if run.rtl {
                out.extend(s.chars().rev());
            } else {
                out.push_str(s);
            }
        }
        out
    }
}

/// A paragraph broken into lines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParagraphLayout {
    /// The resolved paragraph direction: RTL paragraphs are right-aligned.
    pub rtl: bool,
    pub lines: Vec<Line>,
}

/// Lays out one paragraph (text without `\n`) into lines no wider than `max_width`
/// (a word wider than a line is broken between grapheme clusters).
///
/// An empty or all-whitespace paragraph yields one empty line, so that blank lines
/// keep their height.
pub fn layout_paragraph(
    paragraph: &str,
    base: BaseDirection,
    max_width: f32,
    measure: &mut impl Measure,
) -> ParagraphLayout {
    let info = ParagraphBidiInfo::new(paragraph, Some(base.level_for(paragraph)));
    let rtl = info.paragraph_level.is_rtl();
    // Levels once per paragraph, with rule L1 applied at its end. Whitespace at a
    // break is in no line, so per-line L1 would only move invisible isolate controls
    // left at a line's end; resolving per paragraph keeps them where fribidi does.
    let levels = info.reordered_levels(0..paragraph.len());
    let lines = break_lines(paragraph, max_width, measure)
        .into_iter()
        .map(|range| Line { runs: visual_runs(&levels, range.clone()), range })
        .collect();
    ParagraphLayout { rtl, lines }
}

/// The level runs of `levels[range]` in display order (rule L2): from the highest
/// level down to the lowest odd one, every maximal sequence of runs at that level or
/// higher is reversed.
fn visual_runs(levels: &[Level], range: Range<usize>) -> Vec<VisualRun> {
    let mut runs: Vec<(Range<usize>, Level)> = Vec::new();
    for i in range {
        let level = levels[i];
        match runs.last_mut() {
            Some((r, l)) if *l == level => r.end = i + 1,
            _ => runs.push((i..i + 1, level)),
        }
    }
    let max = runs.iter().map(|(_, l)| l.number()).max().unwrap_or(0);
    let min_odd = runs.iter().map(|(_, l)| l.number()).filter(|n| n % 2 == 1).min();
    if let Some(min_odd) = min_odd {
        for level in (min_odd..=max).rev() {
            let mut i = 0;
            while i < runs.len() {
                if runs[i].1.number() >= level {
                    let start = i;
                    while i < runs.len() && runs[i].1.number() >= level {
                        i += 1;
                    }
                    runs[start..i].reverse();
                } else {
                    i += 1;
                }
            }
        }
    }
    runs.into_iter().map(|(range, level)| VisualRun { range, rtl: level.is_rtl() }).collect()
}

/// Greedy line filling over UAX #14 break opportunities, on the logical text.
fn break_lines(paragraph: &str, max_width: f32, measure: &mut impl Measure) -> Vec<Range<usize>> {
    let mut lines = Vec::new();
    let mut line_start = 0usize;
    // End of the last segment's content (trailing whitespace excluded) on this line.
    let mut line_end = 0usize;
    let mut x = 0.0f32;
    let mut seg_start = 0usize;

    for (brk, opportunity) in linebreaks(paragraph) {
        let segment = &paragraph[seg_start..brk];
        let content_len = segment.trim_end().len();
        let content = &segment[..content_len];
        let content_w = if content.is_empty() { 0.0 } else { measure.width(content) };

        if line_end > line_start && x + content_w > max_width {
            lines.push(line_start..line_end);
            line_start = seg_start;
            x = 0.0;
        }
        if content_w > max_width && !content.is_empty() {
            // A single segment wider than a line: break it between graphemes.
            let (full_lines, rest_start, rest_w) =
                split_overlong(paragraph, seg_start, seg_start + content_len, max_width, measure);
            lines.extend(full_lines);
            line_start = rest_start;
            x = rest_w;
        } else {
            x += content_w;
        }
        if !content.is_empty() {
            line_end = seg_start + content_len;
            if content_len < segment.len() {
                x += measure.width(&segment[content_len..]);
            }
        } else if line_end <= line_start {
            // Leading whitespace of a line belongs to it (it is not a break point).
            line_end = line_start;
        }
        seg_start = brk;

        if opportunity == BreakOpportunity::Mandatory && brk < paragraph.len() {
            lines.push(line_start..line_end.max(line_start));
            line_start = brk;
            line_end = brk;
            x = 0.0;
        }
    }
    if line_end > line_start || lines.is_empty() {
        lines.push(line_start..line_end.max(line_start));
    }
    lines
}

/// Breaks `paragraph[start..end]` between grapheme clusters into lines of at most
/// `max_width` (at least one cluster each). Returns the full lines, the start of the
/// unfinished last line and its width.
fn split_overlong(
    paragraph: &str,
    start: usize,
    end: usize,
    max_width: f32,
    measure: &mut impl Measure,
) -> (Vec<Range<usize>>, usize, f32) {
    let mut lines = Vec::new();
    let mut line_start = start;
    let mut x = 0.0;
    for (offset, g) in paragraph[start..end].grapheme_indices(true) {
        let at = start + offset;
        let w = measure.width(g);
        if at > line_start && x + w > max_width {
            lines.push(line_start..at);
            line_start = at;
            x = 0.0;
        }
        x += w;
    }
    (lines, line_start, x)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lay(text: &str, width: f32) -> Vec<(Range<usize>, String)> {
        let p = layout_paragraph(text, BaseDirection::AUTO_LTR, width, &mut GraphemeCount);
        p.lines.iter().map(|l| (l.range.clone(), l.visual_text(text))).collect()
    }

    #[test]
    fn unwrapped_arabic_is_reversed() {
        let v = lay("قال بوتين", 100.0);
        assert_eq!(v.len(), 1);
        assert_eq!(v[0].1, "نيتوب لاق");
    }

    #[test]
    fn numbers_and_latin_keep_their_order_inside_arabic() {
        let text = "في قمة G20 عام 2015";
        let v = lay(text, 100.0);
        assert_eq!(v[0].1, "2015 ماع G20 ةمق يف");
    }

    #[test]
    fn first_logical_words_land_on_the_first_line() {
        // Each Arabic word is 3 graphemes; width 7 fits two words and a space.
        let text = "واحد اثن ثلث اربع";
        let v = lay(text, 9.0);
        assert_eq!(v.len(), 2);
        assert_eq!(&text[v[0].0.clone()], "واحد اثن");
        assert_eq!(&text[v[1].0.clone()], "ثلث اربع");
        assert_eq!(v[0].1, "نثا دحاو");
    }

    #[test]
    fn break_whitespace_belongs_to_no_line() {
        let text = "aaa bbb ccc";
        let v = lay(text, 5.0);
        let ranges: Vec<_> = v.iter().map(|(r, _)| r.clone()).collect();
        assert_eq!(ranges, vec![0..3, 4..7, 8..11]);
    }

    #[test]
    fn overlong_word_is_split_between_graphemes() {
        let v = lay("abcdefgh", 3.0);
        let ranges: Vec<_> = v.iter().map(|(r, _)| r.clone()).collect();
        assert_eq!(ranges, vec![0..3, 3..6, 6..8]);
    }

    #[test]
    fn empty_paragraph_has_one_empty_line() {
        let p = layout_paragraph("", BaseDirection::AUTO_RTL, 10.0, &mut GraphemeCount);
        assert_eq!(p.lines.len(), 1);
        assert!(p.lines[0].range.is_empty());
        assert!(p.rtl);
    }

    #[test]
    fn majority_direction_reads_an_arabic_title_opening_with_latin_as_rtl() {
        let title = "THE VOICE KIDS \"العربية\" في بيت حمزة لبيض نجم";
        let first = layout_paragraph(title, BaseDirection::AUTO_LTR, 1000.0, &mut GraphemeCount);
        let major = layout_paragraph(title, BaseDirection::Majority, 1000.0, &mut GraphemeCount);
        assert!(!first.rtl);
        assert!(major.rtl);
        let english = layout_paragraph(
            "The Kremlin said بوتين met Hollande",
            BaseDirection::Majority,
            1000.0,
            &mut GraphemeCount,
        );
        assert!(!english.rtl);
    }

    #[test]
    fn neutral_paragraph_follows_fallback() {
        let ltr = layout_paragraph("&", BaseDirection::AUTO_LTR, 10.0, &mut GraphemeCount);
        let rtl = layout_paragraph("&", BaseDirection::AUTO_RTL, 10.0, &mut GraphemeCount);
        assert!(!ltr.rtl);
        assert!(rtl.rtl);
    }

    #[test]
    fn lines_cover_all_non_space_text_in_order() {
        let text = "قال بوتين خلال مؤتمر صحفي مشترك مع هولاند في الكرملين مساء الخميس: \"اتفقنا\"";
        for width in [5.0, 10.0, 17.0, 40.0] {
            let p = layout_paragraph(text, BaseDirection::AUTO_RTL, width, &mut GraphemeCount);
            let mut joined = String::new();
            let mut last = 0;
            for l in &p.lines {
                assert!(l.range.start >= last);
                joined.push_str(&text[last..l.range.start]);
                joined.push_str(&text[l.range.clone()]);
                last = l.range.end;
            }
            joined.push_str(&text[last..]);
            assert_eq!(joined, text);
            assert!(p.lines.iter().all(|l| l.range.is_empty()
                || GraphemeCount.width(&text[l.range.clone()]) <= width
                || !text[l.range.clone()].contains(' ')));
        }
    }
}
