//! Tokenizer for Arabic news text: words, numbers, punctuation, URLs, e-mails,
//! hashtags and mentions, each with its byte range in the *original* text.
//!
//! Tokens are cut from the original, not from a normalized copy, so a token's range
//! always highlights what the author wrote (with diacritics); normalize a token's text
//! (see [`super::normalize`]) to count or search it.
//!
//! # Rules
//! - Whitespace, control characters (NUL included) and invisible format characters
//!   (bidi marks, zero-width space, BOM) separate tokens and are never part of one.
//! - [`TokenKind::ArabicWord`]: Arabic letters, marks (harakat, Quranic marks), tatweel
//!   and the zero-width (non-)joiner, in any order. A word may start or end with tatweel.
//!   A run of tatweel alone is [`TokenKind::Punctuation`] (a dash-like rule).
//! - [`TokenKind::Proclitic`]: a word that *ends* with tatweel and whose letters are a
//!   proclitic sequence (بـ لـ كـ وـ فـ الـ وبـ ولـ فبـ …): the news convention for
//!   attaching a clitic to a quoted word, a number or a Latin name, as in `بـ"إرسال"`
//!   (→ `بـ` Proclitic, `"` Punctuation, `إرسال` ArabicWord) or `بـ20` (→ `بـ`, `20`).
//! - [`TokenKind::Number`]: digits of any set (0–9, ٠–٩, ۰–۹), with `.` `,` `٫` `٬` and the
//!   Arabic-press decimal `ر` (`6ر1`) inside — a separator only counts between two digits,
//!   so `2015.` is a number and a full stop.
//! - [`TokenKind::LatinWord`]: letters of any non-Arabic script, with ASCII digits and an
//!   inner apostrophe (`don't`). A run of ASCII letters and digits that holds a letter is a
//!   LatinWord whether it starts with the letter or not (`G20`, `MP3`, `4G`); digits only
//!   make a Number. A Latin run followed by Arabic letters is cut there (`CNNعربي`).
//! - [`TokenKind::Url`]: from `http://`, `https://`, `ftp://` or `www.` up to whitespace or a
//!   quote/guillemet/Arabic comma, minus trailing punctuation (a `)` is kept only if the URL
//!   opened one). Bare domains (`bbc.com`) are words and punctuation.
//! - [`TokenKind::Email`]: `local@domain.tld`. [`TokenKind::Hashtag`]: `#` + word characters
//!   (`#إليسا`). [`TokenKind::Mention`]: `@` + ASCII word characters.
//! - [`TokenKind::Punctuation`]: ، ؛ ؟ ۔ . ! : ; ? , « » " “ ” ' ‘ ’ ( ) [ ] { } – — - … / \ and
//!   the General Punctuation block; a run of one repeated character (`...`, `!!`, `--`) is
//!   one token.
//! - [`TokenKind::Symbol`]: anything else (%, ٪, $, +, emoji …), one character each, with
//!   its variation selectors, skin tones and zero-width-joiner sequence.
//!
//! # Why a hand-written state machine
//! No regex: one pass over the bytes with a table lookup per character (ASCII and the
//! U+0600 block are decoded inline), no backtracking except a short look-ahead for URLs
//! and e-mails, and no allocation per token — the iterator only yields ranges. That is
//! what makes normalize+tokenize run at tens of millions of tokens per second (see the
//! `text` benchmark), where a regex tokenizer manages a few million.

use std::ops::Range;

use serde::{Deserialize, Serialize};

/// The kind of a token.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum TokenKind {
    /// A word in Arabic script (letters, marks, tatweel).
    ArabicWord,
    /// A proclitic written apart with a trailing tatweel: `بـ`, `لـ`, `والـ`.
    Proclitic,
    /// A word in Latin (or another non-Arabic) script, possibly with ASCII digits.
    LatinWord,
    /// A number in any digit set, with decimal/thousand separators.
    Number,
    /// A punctuation mark, or a run of one repeated punctuation mark.
    Punctuation,
    /// A web address.
    Url,
    /// An e-mail address.
    Email,
    /// `#` and a word.
    Hashtag,
    /// `@` and a user name.
    Mention,
    /// Any other visible character.
    Symbol,
}

impl TokenKind {
    /// The name printed by `khabar tokenize`.
    pub fn name(self) -> &'static str {
        match self {
            TokenKind::ArabicWord => "ARABIC",
            TokenKind::Proclitic => "PROCLITIC",
            TokenKind::LatinWord => "LATIN",
            TokenKind::Number => "NUMBER",
            TokenKind::Punctuation => "PUNCT",
            TokenKind::Url => "URL",
            TokenKind::Email => "EMAIL",
            TokenKind::Hashtag => "HASHTAG",
            TokenKind::Mention => "MENTION",
            TokenKind::Symbol => "SYMBOL",
        }
    }

    /// Is this a word (Arabic or Latin)?
    pub fn is_word(self) -> bool {
        matches!(self, TokenKind::ArabicWord | TokenKind::LatinWord)
    }
}

/// A token: its kind and its byte range in the text it was cut from.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Token {
    /// What the token is.
    pub kind: TokenKind,
    /// Byte range in the original text; always on char boundaries, never empty.
    pub range: Range<usize>,
}

impl Token {
    /// The token's text in `source` (the text it was cut from).
    pub fn text<'a>(&self, source: &'a str) -> &'a str {
        source.get(self.range.clone()).unwrap_or("")
    }
}

/// Character classes the state machine dispatches on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum C {
    /// Whitespace, controls, invisible format characters.
    Space,
    /// Arabic letter.
    Letter,
    /// Arabic combining mark.
    Mark,
    /// U+0640.
    Tatweel,
    /// ZWNJ / ZWJ: inside a word, else space.
    Joiner,
    /// A digit of any set.
    Digit,
    /// ASCII letter.
    Ascii,
    /// Other non-Arabic letter.
    Alpha,
    /// Punctuation.
    Punct,
    /// Everything else.
    Symbol,
}

const fn ascii_table() -> [C; 128] {
    let mut t = [C::Symbol; 128];
    let mut i = 0;
    while i < 128 {
        let b = i as u8;
        t[i] = if b <= 0x20 || b == 0x7F {
            C::Space
        } else if b.is_ascii_digit() {
            C::Digit
        } else if b.is_ascii_alphabetic() {
            C::Ascii
        } else {
            match b {
                b'!' | b'"' | b'\'' | b'(' | b')' | b',' | b'-' | b'.' | b'/' | b':' | b';' | b'?' | b'['
                | b']' | b'{' | b'}' | b'\\' => C::Punct,
                _ => C::Symbol,
            }
        };
        i += 1;
    }
    t
}

const fn arabic_table() -> [C; 256] {
    let mut t = [C::Letter; 256];
    let mut i = 0;
    while i < 256 {
        let cp = 0x600 + i as u32;
        t[i] = match cp {
            0x0600..=0x060B
            | 0x060E
            | 0x060F
            | 0x066A
            | 0x066D
            | 0x06DD
            | 0x06DE
            | 0x06E9
            | 0x06FD
            | 0x06FE => C::Symbol,
            0x060C | 0x060D | 0x061B | 0x061D..=0x061F | 0x06D4 => C::Punct,
            0x061C => C::Space,
            0x0610..=0x061A
            | 0x064B..=0x065F
            | 0x0670
            | 0x06D6..=0x06DC
            | 0x06DF..=0x06E4
            | 0x06E7
            | 0x06E8
            | 0x06EA..=0x06ED => C::Mark,
            0x0640 => C::Tatweel,
            0x0660..=0x0669 | 0x06F0..=0x06F9 => C::Digit,
            // ٫ ٬ are number separators; alone they are punctuation.
            0x066B | 0x066C => C::Punct,
            _ => C::Letter,
        };
        i += 1;
    }
    t
}

static ASCII: [C; 128] = ascii_table();
static ARABIC: [C; 256] = arabic_table();

/// The class of a code point outside ASCII and U+0600–U+06FF.
fn class_slow(cp: u32) -> C {
    match cp {
        0x80..=0xA0
        | 0xAD
        | 0x1680
        | 0x2000..=0x200B
        | 0x200E
        | 0x200F
        | 0x2028..=0x202F
        | 0x205F..=0x2064
        | 0x2066..=0x206F
        | 0x3000
        | 0xFEFF => C::Space,
        0x200C | 0x200D => C::Joiner,
        0x0750..=0x077F
        | 0x0870..=0x0887
        | 0x0889..=0x088E
        | 0x08A0..=0x08C9
        | 0xFB50..=0xFD3D
        | 0xFD40..=0xFDFB
        | 0xFE76..=0xFEFC => C::Letter,
        0x0898..=0x089F | 0x08CA..=0x08E1 | 0x08E3..=0x08FF | 0xFE70..=0xFE75 => C::Mark,
        0x0888 | 0x0890 | 0x0891 | 0x08E2 | 0xFDFC..=0xFDFF => C::Symbol,
        0xFD3E
        | 0xFD3F
        | 0xAB
        | 0xBB
        | 0xA1
        | 0xBF
        | 0xB7
        | 0x2010..=0x2027
        | 0x2030..=0x205E
        | 0x3001..=0x3003
        | 0x300C..=0x300F
        | 0xFF01
        | 0xFF0C
        | 0xFF0E
        | 0xFF1A
        | 0xFF1B
        | 0xFF1F => C::Punct,
        _ => match char::from_u32(cp) {
            Some(c) if c.is_alphabetic() => C::Alpha,
            // Combining diacritics of Latin etc. (continue a Latin word).
            Some(_) if matches!(cp, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF) => {
                C::Alpha
            }
            Some(c) if c.is_control() => C::Space,
            _ => C::Symbol,
        },
    }
}

/// Decodes the char starting at byte `i` of valid UTF-8 `b`: (code point, width).
#[inline(always)]
fn decode(b: &[u8], i: usize) -> (u32, usize) {
    let at = |k: usize| b.get(i + k).copied().unwrap_or(0x80) as u32 & 0x3F;
    let b0 = b.get(i).copied().unwrap_or(0) as u32;
    if b0 < 0x80 {
        (b0, 1)
    } else if b0 < 0xE0 {
        (((b0 & 0x1F) << 6) | at(1), 2)
    } else if b0 < 0xF0 {
        (((b0 & 0x0F) << 12) | (at(1) << 6) | at(2), 3)
    } else {
        (((b0 & 0x07) << 18) | (at(1) << 12) | (at(2) << 6) | at(3), 4)
    }
}

#[inline(always)]
fn class(cp: u32) -> C {
    if cp < 0x80 {
        ASCII[cp as usize]
    } else if (0x600..0x700).contains(&cp) {
        ARABIC[(cp - 0x600) as usize]
    } else {
        class_slow(cp)
    }
}

/// Is `cp` a digit of any of the three sets?
#[inline]
fn is_digit(cp: u32) -> bool {
    matches!(cp, 0x30..=0x39 | 0x0660..=0x0669 | 0x06F0..=0x06F9)
}

/// Are the letters of `word` (marks and tatweel ignored) a proclitic sequence:
/// [و|ف] [ب|ل|ك|س] [ال], at least one of them, or لل?
fn is_proclitic_letters(word: &str) -> bool {
    let mut letters = ['\0'; 5];
    let mut n = 0;
    for c in word.chars() {
        if matches!(class(c as u32), C::Letter) {
            if n == letters.len() {
                return false;
            }
            letters[n] = c;
            n += 1;
        }
    }
    let l = letters.get(..n).unwrap_or(&[]);
    let mut i = 0;
    if matches!(l.get(i), Some('و' | 'ف')) {
        i += 1;
    }
    if matches!(l.get(i..), Some(['ل', 'ل'])) {
        return true;
    }
    if matches!(l.get(i), Some('ب' | 'ل' | 'ك' | 'س')) {
        i += 1;
    }
    if matches!(l.get(i..i + 2), Some(['ا' | 'أ', 'ل'])) {
        i += 2;
    }
    i > 0 && i == n
}

/// The tokens of a text, in order. Created by [`tokenize`].
#[derive(Debug, Clone)]
pub struct Tokens<'a> {
    text: &'a str,
    pos: usize,
}

/// Cuts `text` into tokens (see the module doc for the rules). Never panics; every range
/// is non-empty, on char boundaries, and after the previous one.
pub fn tokenize(text: &str) -> Tokens<'_> {
    Tokens { text, pos: 0 }
}

/// Appends the tokens of `text` to `out`.
pub fn tokenize_into(text: &str, out: &mut Vec<Token>) {
    out.extend(tokenize(text));
}

/// Acronyms spelt in Arabic letters with glued full stops («سي.إن.بي.سي», «إف.بي.آي»,
/// «د.ب.أ»): each maximal run of three or more Arabic words of one to three letters
/// joined by `.` with no space, as a range of indexes into `tokens` (cut from `text`).
/// The tokenizer cuts them at each dot; the sentence splitter, the named entities and
/// the quote rules read them whole.
pub fn dotted_acronyms(text: &str, tokens: &[Token]) -> Vec<Range<usize>> {
    let part = |t: &Token| {
        t.kind == TokenKind::ArabicWord && {
            let letters = t
                .text(text)
                .chars()
                .filter(|&c| {
                    super::script::is_arabic_script(c) && !super::script::is_arabic_mark(c) && c != 'ـ'
                })
                .count();
            (1..=3).contains(&letters)
        }
    };
    let glued = |a: &Token, b: &Token| a.range.end == b.range.start;
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let mut j = i;
        while part(&tokens[i])
            && j + 2 < tokens.len()
            && tokens[j + 1].text(text) == "."
            && part(&tokens[j + 2])
            && glued(&tokens[j], &tokens[j + 1])
            && glued(&tokens[j + 1], &tokens[j + 2])
        {
            j += 2;
        }
        if j >= i + 4 {
            out.push(i..j + 1);
            i = j + 1;
        } else {
            i += 1;
        }
    }
    out
}

impl Iterator for Tokens<'_> {
    type Item = Token;

    #[inline]
    fn next(&mut self) -> Option<Token> {
        let b = self.text.as_bytes();
        let len = b.len();
        // Skip separators.
        let (start, cp, w, c) = loop {
            if self.pos >= len {
                return None;
            }
            let b0 = b.get(self.pos).copied().unwrap_or(0);
            if b0 == b' ' {
                self.pos += 1;
                continue;
            }
            let (cp, w) = decode(b, self.pos);
            let c = class(cp);
            if matches!(c, C::Space | C::Joiner) {
                self.pos += w;
                continue;
            }
            break (self.pos, cp, w, c);
        };
        let (kind, end) = match c {
            C::Letter | C::Mark => arabic_word(self.text, start),
            C::Tatweel => {
                let (k, e) = arabic_word(self.text, start);
                if has_letter(self.text, start, e) { (k, e) } else { (TokenKind::Punctuation, e) }
            }
            C::Digit => number(b, start),
            C::Ascii => {
                if let Some(e) = url(b, start) {
                    (TokenKind::Url, e)
                } else if let Some(e) = email(b, start) {
                    (TokenKind::Email, e)
                } else {
                    (TokenKind::LatinWord, latin_word(b, start))
                }
            }
            C::Alpha => (TokenKind::LatinWord, latin_word(b, start)),
            C::Punct => (TokenKind::Punctuation, repeat_run(b, start, cp, w)),
            C::Symbol if cp == u32::from(b'#') => match hashtag(b, start + 1) {
                Some(e) => (TokenKind::Hashtag, e),
                None => (TokenKind::Symbol, symbol(b, start, w)),
            },
            C::Symbol if cp == u32::from(b'@') => match mention(b, start + 1) {
                Some(e) => (TokenKind::Mention, e),
                None => (TokenKind::Symbol, symbol(b, start, w)),
            },
            C::Symbol | C::Space | C::Joiner => (TokenKind::Symbol, symbol(b, start, w)),
        };
        let end = end.max(start + w).min(len);
        self.pos = end;
        Some(Token { kind, range: start..end })
    }
}

/// Does `text[a..e]` hold an Arabic letter?
fn has_letter(text: &str, a: usize, e: usize) -> bool {
    text.get(a..e).is_some_and(|s| s.chars().any(|c| class(c as u32) == C::Letter))
}

/// An Arabic word from `start`: letters, marks, tatweel, joiners.
#[inline]
fn arabic_word(text: &str, start: usize) -> (TokenKind, usize) {
    let b = text.as_bytes();
    let mut i = start;
    let mut last_tatweel = false;
    loop {
        let b0 = b.get(i).copied().unwrap_or(0);
        // Inline the common case: a two-byte char of the U+0600 block.
        if (0xD8..=0xDB).contains(&b0) {
            let cp = ((u32::from(b0) & 0x1F) << 6) | (u32::from(b.get(i + 1).copied().unwrap_or(0)) & 0x3F);
            match ARABIC[(cp - 0x600) as usize & 0xFF] {
                C::Letter | C::Mark => {
                    last_tatweel = false;
                    i += 2;
                    continue;
                }
                C::Tatweel => {
                    last_tatweel = true;
                    i += 2;
                    continue;
                }
                _ => break,
            }
        }
        if b0 < 0x80 {
            break;
        }
        let (cp, w) = decode(b, i);
        match class(cp) {
            C::Letter | C::Mark | C::Joiner => {
                last_tatweel = false;
                i += w;
            }
            _ => break,
        }
    }
    let kind = if last_tatweel && text.get(start..i).is_some_and(is_proclitic_letters) {
        TokenKind::Proclitic
    } else {
        TokenKind::ArabicWord
    };
    (kind, i)
}

/// A number from `start` (a digit), or a LatinWord if ASCII letters follow ASCII digits.
fn number(b: &[u8], start: usize) -> (TokenKind, usize) {
    let mut i = start;
    let mut plain_ascii = true;
    loop {
        let (cp, w) = decode(b, i);
        if i < b.len() && is_digit(cp) {
            plain_ascii &= cp < 0x80;
            i += w;
            continue;
        }
        // A separator between two digits.
        if i < b.len() && matches!(cp, 0x2E | 0x2C | 0x066B | 0x066C | 0x0631) {
            let (next, _) = decode(b, i + w);
            if i + w < b.len() && is_digit(next) {
                plain_ascii = false;
                i += w;
                continue;
            }
        }
        break;
    }
    if plain_ascii && b.get(i).is_some_and(u8::is_ascii_alphabetic) {
        return (TokenKind::LatinWord, latin_word(b, i));
    }
    (TokenKind::Number, i)
}

/// A Latin (non-Arabic-script) word from `start`.
fn latin_word(b: &[u8], start: usize) -> usize {
    let mut i = start;
    while i < b.len() {
        let b0 = b.get(i).copied().unwrap_or(0);
        if b0.is_ascii_alphanumeric() {
            i += 1;
            continue;
        }
        if b0 < 0x80 && b0 != b'\'' {
            break;
        }
        let (cp, w) = decode(b, i);
        match class(cp) {
            C::Alpha | C::Ascii => i += w,
            C::Digit if cp < 0x80 => i += w,
            // An inner apostrophe: don't, O'Brien, l’Etat.
            _ if (cp == 0x27 || cp == 0x2019) && i > start => {
                let (next, _) = decode(b, i + w);
                if i + w < b.len() && matches!(class(next), C::Ascii | C::Alpha) {
                    i += w;
                } else {
                    break;
                }
            }
            _ => break,
        }
    }
    i
}

/// A URL starting at `start`, if one does: its end.
fn url(b: &[u8], start: usize) -> Option<usize> {
    let rest = b.get(start..)?;
    let starts =
        |p: &[u8]| rest.len() > p.len() && rest.get(..p.len()).is_some_and(|s| s.eq_ignore_ascii_case(p));
    if !(starts(b"http://") || starts(b"https://") || starts(b"ftp://") || starts(b"www.")) {
        return None;
    }
    let mut i = start;
    let mut parens = 0i32;
    while i < b.len() {
        let (cp, w) = decode(b, i);
        let stop = match cp {
            0x22 | 0x3C | 0x3E | 0x60 | 0xAB | 0xBB | 0x060C | 0x061B | 0x201C | 0x201D => true,
            0x28 => {
                parens += 1;
                false
            }
            0x29 => {
                parens -= 1;
                parens < 0
            }
            _ => matches!(class(cp), C::Space | C::Joiner),
        };
        if stop {
            break;
        }
        i += w;
    }
    // Trailing punctuation belongs to the sentence.
    while i > start {
        let Some(&last) = b.get(i - 1) else { break };
        if matches!(last, b'.' | b',' | b';' | b':' | b'!' | b'?' | b'\'') {
            i -= 1;
        } else if i >= start + 2 && b.get(i - 2..i) == Some("؟".as_bytes()) {
            i -= 2;
        } else {
            break;
        }
    }
    // Just the prefix (`www.`, `http://`) is no URL.
    let body = b.get(start..i)?;
    let prefix = body.windows(3).position(|w| w == b"://").map_or(4, |p| p + 3);
    (body.len() > prefix).then_some(i)
}

/// Characters allowed in the local part of an e-mail address.
fn is_local(c: u8) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, b'.' | b'_' | b'%' | b'+' | b'-')
}

/// An e-mail address starting at `start`, if one does: its end.
fn email(b: &[u8], start: usize) -> Option<usize> {
    let mut i = start;
    while b.get(i).copied().is_some_and(is_local) {
        i += 1;
    }
    if b.get(i) != Some(&b'@') || i == start {
        return None;
    }
    i += 1;
    let domain = i;
    let mut last_dot = None;
    while let Some(&c) = b.get(i) {
        if c.is_ascii_alphanumeric() || c == b'-' {
            i += 1;
        } else if c == b'.' && b.get(i + 1).is_some_and(u8::is_ascii_alphanumeric) && i > domain {
            last_dot = Some(i);
            i += 1;
        } else {
            break;
        }
    }
    let dot = last_dot?;
    let tld = b.get(dot + 1..i)?;
    (tld.len() >= 2 && tld.iter().all(u8::is_ascii_alphabetic)).then_some(i)
}

/// The end of a hashtag whose word starts at `i` (after `#`), if there is a word.
fn hashtag(b: &[u8], i: usize) -> Option<usize> {
    let mut j = i;
    while j < b.len() {
        let (cp, w) = decode(b, j);
        if cp == u32::from(b'_')
            || matches!(
                class(cp),
                C::Letter | C::Mark | C::Tatweel | C::Joiner | C::Digit | C::Ascii | C::Alpha
            )
        {
            j += w;
        } else {
            break;
        }
    }
    (j > i).then_some(j)
}

/// The end of a mention whose name starts at `i` (after `@`), if there is one.
fn mention(b: &[u8], i: usize) -> Option<usize> {
    let mut j = i;
    while b.get(j).is_some_and(|&c| c.is_ascii_alphanumeric() || c == b'_') {
        j += 1;
    }
    (j > i).then_some(j)
}

/// A run of the same punctuation character `cp` (width `w`) from `start`.
fn repeat_run(b: &[u8], start: usize, cp: u32, w: usize) -> usize {
    let mut i = start + w;
    while i < b.len() && decode(b, i).0 == cp {
        i += w;
    }
    i
}

/// One symbol character with its variation selectors, skin tones, combining marks and
/// zero-width-joiner sequence.
fn symbol(b: &[u8], start: usize, w: usize) -> usize {
    let mut i = start + w;
    while i < b.len() {
        let (cp, w) = decode(b, i);
        match cp {
            0xFE00..=0xFE0F | 0x1F3FB..=0x1F3FF | 0xE0020..=0xE007F | 0x20D0..=0x20FF | 0x0300..=0x036F => {
                i += w
            }
            0x200D if i + w < b.len() => {
                let (_, w2) = decode(b, i + w);
                i += w + w2;
            }
            _ => break,
        }
    }
    i.min(b.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> Vec<(TokenKind, &str)> {
        tokenize(s).map(|t| (t.kind, t.text(s))).collect()
    }

    use TokenKind::*;

    #[test]
    fn arabic_words_and_punctuation() {
        assert_eq!(
            toks("قال بوتين: «اتفقنا مع هولاند»، ثم غادر."),
            vec![
                (ArabicWord, "قال"),
                (ArabicWord, "بوتين"),
                (Punctuation, ":"),
                (Punctuation, "«"),
                (ArabicWord, "اتفقنا"),
                (ArabicWord, "مع"),
                (ArabicWord, "هولاند"),
                (Punctuation, "»"),
                (Punctuation, "،"),
                (ArabicWord, "ثم"),
                (ArabicWord, "غادر"),
                (Punctuation, "."),
            ]
        );
    }

    #[test]
    fn diacritics_and_tatweel_stay_in_the_word() {
        assert_eq!(toks("كَتَبَ كتـــاب"), vec![(ArabicWord, "كَتَبَ"), (ArabicWord, "كتـــاب")]);
        assert_eq!(toks("مي\u{200C}خواهم"), vec![(ArabicWord, "مي\u{200C}خواهم")]);
    }

    #[test]
    fn tatweel_proclitics() {
        assert_eq!(
            toks("بـ\"إرسال\" ولـ2015 والـG20 كـ«داعش»"),
            vec![
                (Proclitic, "بـ"),
                (Punctuation, "\""),
                (ArabicWord, "إرسال"),
                (Punctuation, "\""),
                (Proclitic, "ولـ"),
                (Number, "2015"),
                (Proclitic, "والـ"),
                (LatinWord, "G20"),
                (Proclitic, "كـ"),
                (Punctuation, "«"),
                (ArabicWord, "داعش"),
                (Punctuation, "»"),
            ]
        );
        // Not a proclitic: a word ending in tatweel, a leading tatweel, a tatweel rule.
        assert_eq!(toks("هـ ـه ـــ"), vec![(ArabicWord, "هـ"), (ArabicWord, "ـه"), (Punctuation, "ـــ")]);
        assert_eq!(toks("1436هـ"), vec![(Number, "1436"), (ArabicWord, "هـ")]);
    }

    #[test]
    fn numbers() {
        assert_eq!(
            toks("3.5 1,200,000 ٢٠١٥ ۱۳۹۴ ٣٫٥ ١٬٠٠٠ 6ر1 ٦ر١"),
            vec![
                (Number, "3.5"),
                (Number, "1,200,000"),
                (Number, "٢٠١٥"),
                (Number, "۱۳۹۴"),
                (Number, "٣٫٥"),
                (Number, "١٬٠٠٠"),
                (Number, "6ر1"),
                (Number, "٦ر١"),
            ]
        );
        assert_eq!(toks("عام 2015."), vec![(ArabicWord, "عام"), (Number, "2015"), (Punctuation, ".")]);
        assert_eq!(toks("2015م"), vec![(Number, "2015"), (ArabicWord, "م")]);
        assert_eq!(toks("50%"), vec![(Number, "50"), (Symbol, "%")]);
        // ر after digits, not followed by a digit, starts a word.
        assert_eq!(toks("5رجال"), vec![(Number, "5"), (ArabicWord, "رجال")]);
        assert_eq!(toks("1.,2"), vec![(Number, "1"), (Punctuation, "."), (Punctuation, ","), (Number, "2")]);
    }

    #[test]
    fn latin_mixed() {
        assert_eq!(
            toks("G20 MP3 4G don't l’Etat CNN."),
            vec![
                (LatinWord, "G20"),
                (LatinWord, "MP3"),
                (LatinWord, "4G"),
                (LatinWord, "don't"),
                (LatinWord, "l’Etat"),
                (LatinWord, "CNN"),
                (Punctuation, "."),
            ]
        );
        assert_eq!(toks("CNNعربي café"), vec![(LatinWord, "CNN"), (ArabicWord, "عربي"), (LatinWord, "café")]);
        assert_eq!(toks("'quoted'"), vec![(Punctuation, "'"), (LatinWord, "quoted"), (Punctuation, "'")]);
    }

    #[test]
    fn urls_emails_tags() {
        let s = "زوروا https://www.alarabiya.net/ar/culture/2018/07/15/هكذا-ردت.html، أو www.bbc.com/arabic. \
                 راسلونا: info.desk@bbc.co.uk #إليسا #G20 @AlArabiya (http://x.org/a_(b)) # @";
        assert_eq!(
            toks(s),
            vec![
                (ArabicWord, "زوروا"),
                (Url, "https://www.alarabiya.net/ar/culture/2018/07/15/هكذا-ردت.html"),
                (Punctuation, "،"),
                (ArabicWord, "أو"),
                (Url, "www.bbc.com/arabic"),
                (Punctuation, "."),
                (ArabicWord, "راسلونا"),
                (Punctuation, ":"),
                (Email, "info.desk@bbc.co.uk"),
                (Hashtag, "#إليسا"),
                (Hashtag, "#G20"),
                (Mention, "@AlArabiya"),
                (Punctuation, "("),
                (Url, "http://x.org/a_(b)"),
                (Punctuation, ")"),
                (Symbol, "#"),
                (Symbol, "@"),
            ]
        );
        assert_eq!(
            toks("www. http://"),
            vec![
                (LatinWord, "www"),
                (Punctuation, "."),
                (LatinWord, "http"),
                (Punctuation, ":"),
                (Punctuation, "//")
            ]
        );
        assert_eq!(toks("a@b"), vec![(LatinWord, "a"), (Mention, "@b")]);
    }

    #[test]
    fn punctuation_runs_and_symbols() {
        assert_eq!(
            toks("ماذا؟! حقاً... نعم!! – «لا» (1) ٪ 😀👍🏽"),
            vec![
                (ArabicWord, "ماذا"),
                (Punctuation, "؟"),
                (Punctuation, "!"),
                (ArabicWord, "حقاً"),
                (Punctuation, "..."),
                (ArabicWord, "نعم"),
                (Punctuation, "!!"),
                (Punctuation, "–"),
                (Punctuation, "«"),
                (ArabicWord, "لا"),
                (Punctuation, "»"),
                (Punctuation, "("),
                (Number, "1"),
                (Punctuation, ")"),
                (Symbol, "٪"),
                (Symbol, "😀"),
                (Symbol, "👍🏽"),
            ]
        );
    }

    #[test]
    fn separators_are_skipped() {
        assert_eq!(
            toks("\u{0}أ\u{200F}ب\u{FEFF}\tc\r\n\u{200C}"),
            vec![(ArabicWord, "أ"), (ArabicWord, "ب"), (LatinWord, "c")]
        );
        assert!(toks("").is_empty());
        assert!(toks(" \n\t\u{A0}").is_empty());
    }

    #[test]
    fn presentation_forms_are_letters() {
        assert_eq!(toks("\u{FEFB}\u{FEB3}"), vec![(ArabicWord, "\u{FEFB}\u{FEB3}")]);
    }

    #[test]
    fn into_appends() {
        let mut v = Vec::new();
        tokenize_into("a b", &mut v);
        tokenize_into("c", &mut v);
        assert_eq!(v.len(), 3);
    }

    mod props {
        use super::*;
        use proptest::prelude::*;

        fn texty() -> impl Strategy<Value = String> {
            prop::collection::vec(
                prop_oneof![
                    prop::char::range('\u{0600}', '\u{06FF}'),
                    prop::sample::select(vec![
                        ' ', '.', ',', '@', '#', '/', ':', 'w', 'h', 't', 'p', 's', '1', 'ـ', 'ر', '٫', '\'',
                        '\u{200D}', '\u{200C}', '(', ')'
                    ]),
                    prop::char::range(' ', '~'),
                    any::<char>(),
                ],
                0..60,
            )
            .prop_map(|v| v.into_iter().collect())
        }

        proptest! {
            #[test]
            fn ranges_are_valid_increasing_and_cover_all_visible(s in texty()) {
                let mut prev = 0;
                for t in tokenize(&s) {
                    prop_assert!(t.range.start >= prev);
                    prop_assert!(t.range.start < t.range.end);
                    prop_assert!(t.range.end <= s.len());
                    prop_assert!(s.is_char_boundary(t.range.start) && s.is_char_boundary(t.range.end));
                    // What lies between tokens is only separators.
                    let gap = &s[prev..t.range.start];
                    prop_assert!(gap.chars().all(|c| matches!(class(c as u32), C::Space | C::Joiner)), "gap {:?}", gap);
                    prev = t.range.end;
                }
                prop_assert!(s[prev..].chars().all(|c| matches!(class(c as u32), C::Space | C::Joiner)));
            }

            #[test]
            fn no_panic_on_any_string(s in any::<String>()) {
                let n = tokenize(&s).count();
                prop_assert!(n <= s.chars().count());
            }
        }
    }
}
