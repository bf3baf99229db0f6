//! Arabic normalization as a set of independent switches.
//!
//! Each switch folds one kind of spelling variation; the user sees and chooses each
//! one. [`Normalization::default`] is the *safe* set — it only removes what never
//! changes which word is written (vowel marks, tatweel, PDF presentation forms).
//! Letter folding (alef forms, ى/ي, ة/ه, hamza seats) merges distinct words (على/علي,
//! كتابة/كتابه) and is opt-in; [`Normalization::search`] is the usual set for search.
//!
//! Normalization never loses the way back: [`normalize_with_offsets`] maps every output
//! byte to the byte offset of the original character it came from, so a hit found in
//! the normalized text highlights the original (with its diacritics).
//!
//! Every switch is a per-character rewrite whose output is a fixed point of all
//! switches, so normalizing twice equals normalizing once (a property test checks it).
//!
//! # The dagger (superscript) alef U+0670
//! It is the one mark that stands for a letter: هٰذا، لٰكن، ذٰلك، الرحمٰن. In news text it
//! only appears in those words, whose standard spelling has *no* alef (هذا، لكن، ذلك), so
//! stripping it (as CAMeL Tools' `dediac_ar` does; pyarabic's `strip_tashkeel` and NLTK's
//! ISRI leave it in the word, which then matches nothing) gives the spelling everyone
//! searches for. It is therefore removed with the tashkeel. For
//! classical or Quranic text, where it marks a long vowel that may be spelled out,
//! [`Normalization::dagger_alef_to_alef`] turns it into a plain ا instead (and then it is
//! kept even when tashkeel is stripped).

use std::ops::Range;

use serde::{Deserialize, Serialize};

use super::presentation_forms;

/// What to do with digits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Digits {
    /// Leave every digit as written.
    #[default]
    Keep,
    /// Arabic-Indic (٠–٩) and Persian (۰–۹) digits → Western 0–9.
    Western,
    /// Western (0–9) and Persian (۰–۹) digits → Arabic-Indic ٠–٩.
    ArabicIndic,
}

/// The normalization switches. Each one is independent of the others.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default)]
pub struct Normalization {
    /// Remove tashkeel: harakat (fatha, damma, kasra), tanween, shadda, sukun, the rarer
    /// vowel marks (U+0656–U+065F), Quranic annotation marks, a lone combining
    /// madda/hamza (U+0653–U+0655), and the dagger alef U+0670 (see the module doc).
    pub strip_tashkeel: bool,
    /// Dagger alef U+0670 → ا (overrides its removal by `strip_tashkeel`).
    pub dagger_alef_to_alef: bool,
    /// Remove tatweel (kashida) U+0640: كتـــاب → كتاب.
    pub strip_tatweel: bool,
    /// Unicode compatibility forms → base letters, as NFKC does: presentation forms
    /// U+FB50–U+FDFF and U+FE70–U+FEFF (from PDFs; ﻻ → لا, ﷲ → الله), and a letter
    /// followed by a combining madda/hamza (ا + ◌ٔ) → the precomposed letter (أ).
    pub presentation_forms: bool,
    /// أ إ آ ٱ ٲ ٳ → ا.
    pub unify_alef: bool,
    /// ى (alef maqsura) → ي.
    pub alef_maqsura_to_ya: bool,
    /// ة (ta marbuta) → ه.
    pub ta_marbuta_to_ha: bool,
    /// Hamza on a seat → bare hamza: ؤ ئ → ء.
    pub hamza_seats: bool,
    /// Digit sets.
    pub digits: Digits,
}

impl Default for Normalization {
    /// The safe set: strip tashkeel, strip tatweel, presentation forms → base letters.
    fn default() -> Self {
        Normalization {
            strip_tashkeel: true,
            dagger_alef_to_alef: false,
            strip_tatweel: true,
            presentation_forms: true,
            unify_alef: false,
            alef_maqsura_to_ya: false,
            ta_marbuta_to_ha: false,
            hamza_seats: false,
            digits: Digits::Keep,
        }
    }
}

impl Normalization {
    /// Every switch off: the text comes out unchanged.
    pub const fn none() -> Self {
        Normalization {
            strip_tashkeel: false,
            dagger_alef_to_alef: false,
            strip_tatweel: false,
            presentation_forms: false,
            unify_alef: false,
            alef_maqsura_to_ya: false,
            ta_marbuta_to_ha: false,
            hamza_seats: false,
            digits: Digits::Keep,
        }
    }

    /// The search preset: the safe set plus alef unification, ى → ي and ة → ه, so that
    /// the usual spelling variants of a word meet. Hamza seats and digits are untouched.
    pub fn search() -> Self {
        Normalization {
            unify_alef: true,
            alef_maqsura_to_ya: true,
            ta_marbuta_to_ha: true,
            ..Self::default()
        }
    }

    /// Does this set leave every text unchanged?
    pub fn is_noop(&self) -> bool {
        *self == Self::none()
    }
}

/// What one input character becomes.
enum Map {
    Keep,
    Drop,
    To(char),
}

/// Tashkeel other than the dagger alef and the combining madda/hamza.
#[inline]
fn is_tashkeel(c: char) -> bool {
    matches!(c as u32,
        0x064B..=0x0652 | 0x0656..=0x065F | 0x0610..=0x061A | 0x06D6..=0x06DC | 0x06DF..=0x06E4
        | 0x06E7 | 0x06E8 | 0x06EA..=0x06ED | 0x08D3..=0x08E1 | 0x08E3..=0x08FF)
}

/// The per-character rewrite (presentation forms and composition are handled by the caller).
#[inline]
fn map_char(c: char, n: &Normalization) -> Map {
    match c {
        '0'..='9' if n.digits == Digits::ArabicIndic => {
            Map::To(char::from_u32(c as u32 - '0' as u32 + 0x0660).unwrap_or(c))
        }
        '\u{0660}'..='\u{0669}' if n.digits == Digits::Western => {
            Map::To(char::from_u32(c as u32 - 0x0660 + '0' as u32).unwrap_or(c))
        }
        '\u{06F0}'..='\u{06F9}' => match n.digits {
            Digits::Keep => Map::Keep,
            Digits::Western => Map::To(char::from_u32(c as u32 - 0x06F0 + '0' as u32).unwrap_or(c)),
            Digits::ArabicIndic => Map::To(char::from_u32(c as u32 - 0x06F0 + 0x0660).unwrap_or(c)),
        },
        '\u{0670}' if n.dagger_alef_to_alef => Map::To('ا'),
        '\u{0670}' | '\u{0653}'..='\u{0655}' if n.strip_tashkeel => Map::Drop,
        '\u{0640}' if n.strip_tatweel => Map::Drop,
        'أ' | 'إ' | 'آ' | 'ٱ' | 'ٲ' | 'ٳ' if n.unify_alef => Map::To('ا'),
        'ى' if n.alef_maqsura_to_ya => Map::To('ي'),
        'ة' if n.ta_marbuta_to_ha => Map::To('ه'),
        'ؤ' | 'ئ' if n.hamza_seats => Map::To('ء'),
        _ if n.strip_tashkeel && is_tashkeel(c) => Map::Drop,
        _ => Map::Keep,
    }
}

/// Canonical composition of a letter with a following combining madda (U+0653), hamza
/// above (U+0654) or hamza below (U+0655), as in Unicode NFC.
#[inline]
fn compose(base: char, mark: char) -> Option<char> {
    Some(match (base, mark) {
        ('ا', '\u{0653}') => 'آ',
        ('ا', '\u{0654}') => 'أ',
        ('ا', '\u{0655}') => 'إ',
        ('و', '\u{0654}') => 'ؤ',
        ('ي', '\u{0654}') => 'ئ',
        ('\u{06D5}', '\u{0654}') => '\u{06C0}',
        ('\u{06C1}', '\u{0654}') => '\u{06C2}',
        ('\u{06D2}', '\u{0654}') => '\u{06D3}',
        _ => return None,
    })
}

/// Where normalized characters go: a string, optionally with the offset map.
trait Sink {
    fn push(&mut self, c: char, origin: usize);
    /// Copies an unchanged run of the original that starts at byte `origin`.
    fn push_run(&mut self, s: &str, origin: usize);
    /// The last character written by this run, if any.
    fn last(&self) -> Option<char>;
    /// Replaces the last character (same origin).
    fn replace_last(&mut self, c: char);
}

struct Plain<'a> {
    out: &'a mut String,
    start: usize,
}

impl Sink for Plain<'_> {
    #[inline]
    fn push(&mut self, c: char, _origin: usize) {
        self.out.push(c);
    }
    #[inline]
    fn push_run(&mut self, s: &str, _origin: usize) {
        self.out.push_str(s);
    }
    #[inline]
    fn last(&self) -> Option<char> {
        self.out.get(self.start..).and_then(|s| s.chars().next_back())
    }
    #[inline]
    fn replace_last(&mut self, c: char) {
        if self.last().is_some() {
            self.out.pop();
            self.out.push(c);
        }
    }
}

struct Mapped<'a> {
    out: &'a mut String,
    offsets: &'a mut Vec<usize>,
}

impl Sink for Mapped<'_> {
    #[inline]
    fn push(&mut self, c: char, origin: usize) {
        self.out.push(c);
        self.offsets.extend(std::iter::repeat_n(origin, c.len_utf8()));
    }
    #[inline]
    fn push_run(&mut self, s: &str, origin: usize) {
        self.out.push_str(s);
        for (j, c) in s.char_indices() {
            self.offsets.extend(std::iter::repeat_n(origin + j, c.len_utf8()));
        }
    }
    #[inline]
    fn last(&self) -> Option<char> {
        self.out.chars().next_back()
    }
    #[inline]
    fn replace_last(&mut self, c: char) {
        if let Some(old) = self.out.pop() {
            let keep = self.offsets.len().saturating_sub(old.len_utf8());
            let origin = self.offsets.get(keep).copied().unwrap_or(0);
            self.offsets.truncate(keep);
            self.push(c, origin);
        }
    }
}

/// Writes the normalized form of one character (already expanded from presentation forms).
#[inline]
fn emit<S: Sink>(c: char, origin: usize, n: &Normalization, sink: &mut S) {
    if n.presentation_forms
        && matches!(c, '\u{0653}'..='\u{0655}')
        && let Some(composed) = sink.last().and_then(|b| compose(b, c))
    {
        let composed = match map_char(composed, n) {
            Map::To(m) => m,
            _ => composed,
        };
        sink.replace_last(composed);
        return;
    }
    match map_char(c, n) {
        Map::Keep => sink.push(c, origin),
        Map::Drop => {}
        Map::To(m) => sink.push(m, origin),
    }
}

/// A set of code points of the U+0600 block, as a 256-bit mask.
type BlockMask = [u64; 4];

/// The mask of the code points in `ranges` (offsets from U+0600, inclusive).
const fn block_mask(ranges: &[(u32, u32)]) -> BlockMask {
    let mut m = [0u64; 4];
    let mut r = 0;
    while r < ranges.len() {
        let (a, b) = ranges[r];
        let mut cp = a;
        while cp <= b {
            let o = (cp - 0x600) as usize;
            m[o >> 6] |= 1 << (o & 63);
            cp += 1;
        }
        r += 1;
    }
    m
}

const TASHKEEL_MASK: BlockMask = block_mask(&[
    (0x064B, 0x065F),
    (0x0610, 0x061A),
    (0x0670, 0x0670),
    (0x06D6, 0x06DC),
    (0x06DF, 0x06E4),
    (0x06E7, 0x06E8),
    (0x06EA, 0x06ED),
]);
const DAGGER_MASK: BlockMask = block_mask(&[(0x0670, 0x0670)]);
const TATWEEL_MASK: BlockMask = block_mask(&[(0x0640, 0x0640)]);
const COMBINING_HAMZA_MASK: BlockMask = block_mask(&[(0x0653, 0x0655)]);
const ALEF_MASK: BlockMask = block_mask(&[(0x0622, 0x0623), (0x0625, 0x0625), (0x0671, 0x0673)]);
const YA_MASK: BlockMask = block_mask(&[(0x0649, 0x0649)]);
const TA_MASK: BlockMask = block_mask(&[(0x0629, 0x0629)]);
const HAMZA_MASK: BlockMask = block_mask(&[(0x0624, 0x0624), (0x0626, 0x0626)]);
const INDIC_DIGITS_MASK: BlockMask = block_mask(&[(0x0660, 0x0669), (0x06F0, 0x06F9)]);
const PERSIAN_DIGITS_MASK: BlockMask = block_mask(&[(0x06F0, 0x06F9)]);

/// The characters of the U+0600 block that the switches `n` may change.
fn affected(n: &Normalization) -> BlockMask {
    let mut m = [0u64; 4];
    let mut add = |on: bool, mask: &BlockMask| {
        if on {
            for (x, y) in m.iter_mut().zip(mask) {
                *x |= y;
            }
        }
    };
    add(n.strip_tashkeel, &TASHKEEL_MASK);
    add(n.dagger_alef_to_alef, &DAGGER_MASK);
    add(n.strip_tatweel, &TATWEEL_MASK);
    add(n.presentation_forms, &COMBINING_HAMZA_MASK);
    add(n.unify_alef, &ALEF_MASK);
    add(n.alef_maqsura_to_ya, &YA_MASK);
    add(n.ta_marbuta_to_ha, &TA_MASK);
    add(n.hamza_seats, &HAMZA_MASK);
    add(n.digits == Digits::Western, &INDIC_DIGITS_MASK);
    add(n.digits == Digits::ArabicIndic, &PERSIAN_DIGITS_MASK);
    m
}

/// The hot loop: unchanged characters are copied in runs (one `push_str` per run); a
/// two-byte character of the U+0600 block is tested against a 256-bit mask without
/// decoding; only characters that may change go through [`emit`].
fn run<S: Sink>(text: &str, n: &Normalization, sink: &mut S) {
    let mask = affected(n);
    let ascii_digits = n.digits == Digits::ArabicIndic;
    let b = text.as_bytes();
    let mut i = 0;
    let mut run_start = 0;
    while let Some(&b0) = b.get(i) {
        if b0 < 0x80 {
            if !(ascii_digits && b0.is_ascii_digit()) {
                i += 1;
                continue;
            }
        } else if (0xD8..=0xDB).contains(&b0) {
            let o = (((usize::from(b0) & 0x1F) << 6)
                | (usize::from(b.get(i + 1).copied().unwrap_or(0)) & 0x3F))
                .wrapping_sub(0x600)
                & 0xFF;
            if (mask[o >> 6] >> (o & 63)) & 1 == 0 {
                i += 2;
                continue;
            }
        }
        let Some(c) = text.get(i..).and_then(|s| s.chars().next()) else { break };
        let w = c.len_utf8();
        let cp = c as u32;
        let special = cp < 0x80
            || (0x600..0x700).contains(&cp)
            || (n.presentation_forms && matches!(cp, 0xFB50..=0xFDFF | 0xFE70..=0xFEFF))
            || (n.strip_tashkeel && matches!(cp, 0x08D3..=0x08FF));
        if !special {
            i += w;
            continue;
        }
        if let Some(prefix) = text.get(run_start..i)
            && !prefix.is_empty()
        {
            sink.push_run(prefix, run_start);
        }
        if n.presentation_forms
            && matches!(cp, 0xFB50..=0xFDFF | 0xFE70..=0xFEFF)
            && let Some(expansion) = presentation_forms::expand(c)
        {
            for e in expansion.chars() {
                emit(e, i, n, sink);
            }
        } else {
            emit(c, i, n, sink);
        }
        i += w;
        run_start = i;
    }
    if let Some(rest) = text.get(run_start..)
        && !rest.is_empty()
    {
        sink.push_run(rest, run_start);
    }
}

/// The normalized form of `text` under the switches `n`.
pub fn normalize(text: &str, n: &Normalization) -> String {
    let mut out = String::with_capacity(text.len());
    normalize_into(text, n, &mut out);
    out
}

/// Normalizes `text` into `out` (cleared first): for hot loops that reuse one buffer.
pub fn normalize_into(text: &str, n: &Normalization, out: &mut String) {
    out.clear();
    if n.is_noop() {
        out.push_str(text);
        return;
    }
    run(text, n, &mut Plain { out, start: 0 });
}

/// Appends the normalized form of `text` to `out` (without clearing it).
pub fn normalize_append(text: &str, n: &Normalization, out: &mut String) {
    let start = out.len();
    run(text, n, &mut Plain { out, start });
}

/// A normalized text that knows where each of its bytes came from.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Normalized {
    /// The normalized text.
    pub text: String,
    /// `offsets[i]` is the byte offset, in the original, of the character that produced
    /// byte `i` of [`Self::text`]; `offsets[text.len()]` is the original's length. The
    /// offsets never decrease.
    pub offsets: Vec<usize>,
}

impl Normalized {
    /// The byte range of the original that byte range `range` of the normalized text
    /// came from, including the marks/tatweel removed after its last character. A range
    /// that cuts an expanded ligature covers the whole original ligature. Out-of-range
    /// input is clamped.
    pub fn original_range(&self, range: Range<usize>) -> Range<usize> {
        let last = self.offsets.len().saturating_sub(1);
        let a = range.start.min(last);
        let b = range.end.clamp(a, last);
        let start = self.offsets.get(a).copied().unwrap_or(0);
        let mut j = b;
        while j < last && self.offsets.get(j).copied().unwrap_or(0) <= start && j > a {
            j += 1;
        }
        let end = self.offsets.get(j).copied().unwrap_or(start).max(start);
        start..end
    }
}

/// Normalizes `text` and keeps the way back: see [`Normalized`].
pub fn normalize_with_offsets(text: &str, n: &Normalization) -> Normalized {
    let mut out = Normalized::default();
    normalize_into_with_offsets(text, n, &mut out);
    out
}

/// [`normalize_with_offsets`] into a reused [`Normalized`] (cleared first).
pub fn normalize_into_with_offsets(text: &str, n: &Normalization, out: &mut Normalized) {
    out.text.clear();
    out.offsets.clear();
    out.text.reserve(text.len());
    out.offsets.reserve(text.len() + 1);
    run(text, n, &mut Mapped { out: &mut out.text, offsets: &mut out.offsets });
    out.offsets.push(text.len());
}

#[cfg(test)]
mod tests {
    use super::*;

    fn safe(s: &str) -> String {
        normalize(s, &Normalization::default())
    }

    #[test]
    fn tashkeel_is_stripped_by_default() {
        assert_eq!(safe("كَتَبَ الوَلَدُ دَرْساً مُهِمّاً"), "كتب الولد درسا مهما");
        assert_eq!(safe("كتابٌ وقلمٍ"), "كتاب وقلم");
        // Quranic marks.
        assert_eq!(safe("الْعَالَمِينَ\u{06DA}"), "العالمين");
        let keep = Normalization { strip_tashkeel: false, ..Normalization::default() };
        assert_eq!(normalize("كَتَبَ", &keep), "كَتَبَ");
    }

    #[test]
    fn dagger_alef() {
        assert_eq!(safe("هٰذا ذٰلك لٰكن"), "هذا ذلك لكن");
        let to_alef = Normalization { dagger_alef_to_alef: true, ..Normalization::default() };
        assert_eq!(normalize("الرحمٰن", &to_alef), "الرحمان");
        let keep = Normalization::none();
        assert_eq!(normalize("هٰذا", &keep), "هٰذا");
    }

    #[test]
    fn tatweel() {
        assert_eq!(safe("كتـــاب بـ\"إرسال\""), "كتاب ب\"إرسال\"");
        let keep = Normalization { strip_tatweel: false, ..Normalization::default() };
        assert_eq!(normalize("كتـــاب", &keep), "كتـــاب");
    }

    #[test]
    fn letter_folding_is_opt_in() {
        let s = "أحمد إلى آخر ٱلقرية مسؤول رئيس على";
        assert_eq!(safe(s), s);
        let alef = Normalization { unify_alef: true, ..Normalization::default() };
        assert_eq!(normalize(s, &alef), "احمد الى اخر القرية مسؤول رئيس على");
        let ya = Normalization { alef_maqsura_to_ya: true, ..Normalization::default() };
        assert_eq!(normalize("على مستشفى", &ya), "علي مستشفي");
        let ta = Normalization { ta_marbuta_to_ha: true, ..Normalization::default() };
        assert_eq!(normalize("مدرسة كبيرة", &ta), "مدرسه كبيره");
        let hamza = Normalization { hamza_seats: true, ..Normalization::default() };
        assert_eq!(normalize("مسؤول رئيس", &hamza), "مسءول رءيس");
        assert_eq!(normalize(s, &Normalization::search()), "احمد الي اخر القريه مسؤول رئيس علي");
    }

    #[test]
    fn digits() {
        let w = Normalization { digits: Digits::Western, ..Normalization::default() };
        assert_eq!(normalize("عام ٢٠١٥ و۱۳۹۴ و2016", &w), "عام 2015 و1394 و2016");
        let a = Normalization { digits: Digits::ArabicIndic, ..Normalization::default() };
        assert_eq!(normalize("G20 عام 2015 و۱۳۹۴", &a), "G٢٠ عام ٢٠١٥ و١٣٩٤");
        assert_eq!(safe("٢٠١٥ 2015"), "٢٠١٥ 2015");
    }

    #[test]
    fn presentation_forms_expand() {
        // ﻻ lam-alef, ﷲ Allah, isolated/final forms from a PDF.
        assert_eq!(safe("\u{FEFB}"), "لا");
        assert_eq!(safe("\u{FDF2}"), "الله");
        assert_eq!(safe("\u{FEB3}\u{FEE0}\u{FE8E}\u{FEE1}"), "سلام");
        // Lam-alef with hamza, then alef unification on the expansion.
        assert_eq!(normalize("\u{FEF7}", &Normalization::search()), "لا");
        // The isolated fatha form is a fatha, then stripped; kept without the tashkeel switch.
        assert_eq!(safe("ب\u{FE76}"), "ب");
        let keep = Normalization { strip_tashkeel: false, ..Normalization::default() };
        assert_eq!(normalize("ب\u{FE76}", &keep), "ب\u{064E}");
        assert_eq!(normalize("\u{FEFB}", &Normalization::none()), "\u{FEFB}");
    }

    #[test]
    fn combining_hamza_is_composed() {
        assert_eq!(safe("ا\u{0654}حمد"), "أحمد");
        assert_eq!(safe("مسو\u{0654}ول"), "مسؤول");
        assert_eq!(normalize("ا\u{0655}لى", &Normalization::search()), "الي");
        // A lone combining hamza is a mark.
        assert_eq!(safe("ل\u{0654}"), "ل");
    }

    #[test]
    fn ascii_and_other_text_untouched() {
        let s = "Hello, world! 3.5% — naïve café 😀";
        assert_eq!(safe(s), s);
        assert_eq!(normalize("", &Normalization::search()), "");
    }

    #[test]
    fn offsets_lead_back_to_the_original() {
        let text = "قالَ: «كتـابُهُ» ﻻ";
        let n = normalize_with_offsets(text, &Normalization::default());
        assert_eq!(n.text, "قال: «كتابه» لا");
        assert_eq!(n.offsets.len(), n.text.len() + 1);
        let find = |w: &str| {
            let a = n.text.find(w).unwrap_or(0);
            n.original_range(a..a + w.len())
        };
        assert_eq!(&text[find("قال")], "قالَ");
        assert_eq!(&text[find("كتابه")], "كتـابُهُ");
        assert_eq!(&text[find("لا")], "ﻻ");
        // Half a ligature maps to the whole ligature.
        let a = n.text.find("لا").unwrap_or(0);
        assert_eq!(&text[n.original_range(a..a + 2)], "ﻻ");
        assert_eq!(n.original_range(0..0), 0..0);
        assert_eq!(n.original_range(1000..2000), text.len()..text.len());
    }

    #[test]
    fn into_reuses_and_clears() {
        let mut buf = String::from("old");
        normalize_into("كَ", &Normalization::default(), &mut buf);
        assert_eq!(buf, "ك");
        normalize_append("بَ", &Normalization::default(), &mut buf);
        assert_eq!(buf, "كب");
    }

    #[test]
    fn serde_round_trip_and_default_fill() {
        let n = Normalization::search();
        let json = serde_json::to_string(&n).unwrap_or_default();
        let back: Normalization = serde_json::from_str(&json).unwrap_or_default();
        assert_eq!(back, n);
        let partial: Normalization =
            serde_json::from_str(r#"{"unify_alef":true,"digits":"western"}"#).unwrap_or_default();
        assert!(partial.unify_alef && partial.strip_tashkeel && partial.digits == Digits::Western);
    }

    mod props {
        use super::*;
        use proptest::prelude::*;

        fn any_norm() -> impl Strategy<Value = Normalization> {
            (any::<[bool; 8]>(), 0..3u8).prop_map(|(b, d)| Normalization {
                strip_tashkeel: b[0],
                dagger_alef_to_alef: b[1],
                strip_tatweel: b[2],
                presentation_forms: b[3],
                unify_alef: b[4],
                alef_maqsura_to_ya: b[5],
                ta_marbuta_to_ha: b[6],
                hamza_seats: b[7],
                digits: [Digits::Keep, Digits::Western, Digits::ArabicIndic][d as usize % 3],
            })
        }

        fn arabicish() -> impl Strategy<Value = String> {
            prop::collection::vec(
                prop_oneof![
                    prop::char::range('\u{0600}', '\u{06FF}'),
                    prop::char::range('\u{08D0}', '\u{08FF}'),
                    prop::char::range('\u{FB50}', '\u{FDFF}'),
                    prop::char::range('\u{FE70}', '\u{FEFF}'),
                    prop::char::range(' ', '~'),
                    any::<char>(),
                ],
                0..40,
            )
            .prop_map(|v| v.into_iter().collect())
        }

        proptest! {
            #[test]
            fn idempotent(s in arabicish(), n in any_norm()) {
                let once = normalize(&s, &n);
                prop_assert_eq!(normalize(&once, &n), once);
            }

            #[test]
            fn offsets_are_consistent(s in arabicish(), n in any_norm()) {
                let m = normalize_with_offsets(&s, &n);
                prop_assert_eq!(&m.text, &normalize(&s, &n));
                prop_assert_eq!(m.offsets.len(), m.text.len() + 1);
                prop_assert!(m.offsets.windows(2).all(|w| w[0] <= w[1]));
                prop_assert!(m.offsets.iter().all(|&o| s.is_char_boundary(o)));
                let len = m.text.len();
                for a in 0..=len {
                    let r = m.original_range(a..len);
                    prop_assert!(r.start <= r.end && r.end <= s.len());
                }
            }

            #[test]
            fn none_is_identity(s in any::<String>()) {
                prop_assert_eq!(normalize(&s, &Normalization::none()), s);
            }
        }
    }
}
