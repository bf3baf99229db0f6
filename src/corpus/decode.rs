//! Bytes to text: byte-order marks, UTF-8, UTF-16 and the legacy Arabic code pages.
//!
//! Order of decisions in [`decode_text`]:
//! 1. a byte-order mark decides (UTF-8, UTF-16LE, UTF-16BE);
//! 2. NUL bytes or many control characters mean a binary file (unless the NULs are the
//!    high bytes of BOM-less UTF-16 text);
//! 3. valid UTF-8 is UTF-8 (also when only its last character is cut off);
//! 4. bytes that are *almost* UTF-8 (many valid multi-byte sequences, a few broken ones)
//!    are refused rather than misread as Windows-1256 mojibake;
//! 5. otherwise chardetng guesses, and Windows-1256 and ISO-8859-6 are tried explicitly;
//!    the winner must decode without errors and look like text.
//!
//! Encoding names are `encoding_rs` names (`UTF-8`, `UTF-16LE`, `windows-1256`…), so
//! `encoding_rs::Encoding::for_label` turns them back into an encoding.

use std::borrow::Cow;

use chardetng::{EncodingDetector, Iso2022JpDetection, Utf8Detection};
use encoding_rs::{Encoding, ISO_8859_6, UTF_16BE, UTF_16LE, WINDOWS_1256};

use super::error::LoadError;

/// Text decoded from a file's bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// The text, without byte-order mark, line ends normalized to `\n`.
    pub text: String,
    /// The encoding the bytes were in, as `encoding_rs` names it (`UTF-8`, `UTF-16LE`,
    /// `UTF-16BE`, `windows-1256`, `ISO-8859-6`, …). A UTF-8 byte-order mark is not
    /// mentioned: the encoding is still `UTF-8`.
    pub encoding: &'static str,
}

/// Decodes a file's bytes to text, detecting the encoding.
///
/// Errors: [`LoadError::Empty`] for no bytes or only whitespace, [`LoadError::Binary`] for
/// NUL bytes or many control characters, [`LoadError::Undecodable`] when no supported
/// encoding gives plausible text. Never panics.
pub fn decode_text(bytes: &[u8]) -> Result<Decoded, LoadError> {
    let (text, encoding) = decode_raw(bytes)?;
    let text = normalize_newlines(text);
    if text.trim().is_empty() {
        return Err(LoadError::Empty);
    }
    Ok(Decoded { text, encoding })
}

fn decode_raw(bytes: &[u8]) -> Result<(String, &'static str), LoadError> {
    if bytes.is_empty() {
        return Err(LoadError::Empty);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return match std::str::from_utf8(rest) {
            Ok(s) => Ok((s.to_owned(), "UTF-8")),
            Err(e) => Err(undecodable(format!(
                "the file starts with a UTF-8 byte-order mark but byte {} is not UTF-8",
                e.valid_up_to() + 3
            ))),
        };
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return decode_utf16(rest, UTF_16LE, 2);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return decode_utf16(rest, UTF_16BE, 2);
    }

    if memchr::memchr(0, bytes).is_some() {
        return bomless_utf16(bytes).ok_or(LoadError::Binary);
    }
    if too_many_controls(bytes) {
        return Err(LoadError::Binary);
    }

    match std::str::from_utf8(bytes) {
        Ok(s) => Ok((s.to_owned(), "UTF-8")),
        // Valid UTF-8 cut off in the middle of its last character (a truncated download):
        // keep the complete characters, so the reader can say what is missing.
        Err(e) if e.error_len().is_none() && e.valid_up_to() > 0 && bytes.len() - e.valid_up_to() < 4 => {
            let valid = &bytes[..e.valid_up_to()];
            Ok((String::from_utf8_lossy(valid).into_owned(), "UTF-8"))
        }
        Err(e) => {
            if looks_like_broken_utf8(bytes) {
                return Err(undecodable(format!(
                    "it looks like UTF-8 but byte {} is not valid UTF-8 (the file may be damaged)",
                    e.valid_up_to()
                )));
            }
            decode_legacy(bytes)
        }
    }
}

fn undecodable(detail: String) -> LoadError {
    LoadError::Undecodable { detail }
}

/// UTF-16 after a byte-order mark; `offset` is the BOM length, for the error message.
fn decode_utf16(
    rest: &[u8],
    encoding: &'static Encoding,
    offset: usize,
) -> Result<(String, &'static str), LoadError> {
    match encoding.decode_without_bom_handling_and_without_replacement(rest) {
        Some(s) => Ok((s.into_owned(), encoding.name())),
        None => Err(undecodable(format!(
            "the file starts with a {} byte-order mark but is not valid {} \
             (odd length or broken surrogate pair after byte {offset})",
            encoding.name(),
            encoding.name()
        ))),
    }
}

/// UTF-16 without a byte-order mark: NULs only at odd (LE) or only at even (BE) positions,
/// decodes cleanly and looks like text. Arabic letters have no NUL byte, but spaces,
/// digits and newlines do, so real text always shows the pattern.
fn bomless_utf16(bytes: &[u8]) -> Option<(String, &'static str)> {
    if !bytes.len().is_multiple_of(2) || bytes.len() < 4 {
        return None;
    }
    let (mut even, mut odd) = (0usize, 0usize);
    for (i, &b) in bytes.iter().enumerate() {
        if b == 0 {
            if i % 2 == 0 {
                even += 1;
            } else {
                odd += 1;
            }
        }
    }
    let encoding = match (even, odd) {
        (0, n) if n > 0 => UTF_16LE,
        (n, 0) if n > 0 => UTF_16BE,
        _ => return None,
    };
    let text = encoding.decode_without_bom_handling_and_without_replacement(bytes)?;
    let stats = TextStats::of(&text);
    stats.looks_like_text().then(|| (text.into_owned(), encoding.name()))
}

/// More than 1% (and at least 3) C0 control bytes other than tab, newline, form feed and
/// carriage return (escape is tolerated too: some terminal logs carry colour codes).
fn too_many_controls(bytes: &[u8]) -> bool {
    let controls =
        bytes.iter().filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C | 0x1B)).count();
    controls >= 3 && controls * 100 > bytes.len()
}

/// Many valid multi-byte UTF-8 sequences and few broken ones: damaged UTF-8, not a
/// legacy code page (Windows-1256 Arabic almost never forms valid UTF-8 sequences).
fn looks_like_broken_utf8(bytes: &[u8]) -> bool {
    let (mut valid_multibyte, mut invalid) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        valid_multibyte += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        if !chunk.invalid().is_empty() {
            invalid += 1;
        }
    }
    valid_multibyte >= 8 && valid_multibyte >= 10 * invalid
}

/// chardetng's guess, checked against Windows-1256 and ISO-8859-6.
fn decode_legacy(bytes: &[u8]) -> Result<(String, &'static str), LoadError> {
    let mut detector = EncodingDetector::new(Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let guess = detector.guess(None, Utf8Detection::Allow);

    let decode = |enc: &'static Encoding| -> Option<(Cow<'_, str>, TextStats)> {
        let text = enc.decode_without_bom_handling_and_without_replacement(bytes)?;
        let stats = TextStats::of(&text);
        Some((text, stats))
    };

    // The best Arabic reading: decodes without errors, looks like text, most Arabic letters.
    let arabic = [WINDOWS_1256, ISO_8859_6]
        .into_iter()
        .filter_map(|enc| decode(enc).map(|(t, s)| (enc, t, s)))
        .filter(|(_, _, s)| s.looks_like_text() && s.arabic > 0)
        .max_by_key(|(enc, _, s)| (s.arabic_score(), *enc == guess));

    let guessed_is_arabic = guess == WINDOWS_1256 || guess == ISO_8859_6;
    if !guessed_is_arabic && let Some((text, stats)) = decode(guess).filter(|(_, s)| s.looks_like_text()) {
        // Keep the guess unless an Arabic code page reads the non-ASCII bytes as mostly
        // Arabic words (and more Arabic than the guess does).
        let arabic_wins =
            arabic.as_ref().is_some_and(|(_, _, a)| a.arabic * 2 >= a.non_ascii && a.arabic > stats.arabic);
        if !arabic_wins {
            return Ok((text.into_owned(), guess.name()));
        }
    }
    match arabic {
        Some((enc, text, _)) => Ok((text.into_owned(), enc.name())),
        None => Err(undecodable(format!(
            "it is not UTF-8, and read as {} it does not look like text",
            if guessed_is_arabic { "Windows-1256 or ISO-8859-6".to_owned() } else { guess.name().to_owned() }
        ))),
    }
}

/// Character counts used to judge whether a decoding is plausible text.
#[derive(Debug, Default, Clone, Copy)]
struct TextStats {
    chars: usize,
    /// Letters, digits, whitespace, marks and ordinary punctuation.
    texty: usize,
    /// C0/C1 controls other than whitespace, private use, replacement characters.
    bad: usize,
    non_ascii: usize,
    /// Arabic-script characters in words without Latin letters. (French read as
    /// ISO-8859-6 gives Arabic letters too, but inside Latin words: `prىsident`.)
    arabic: usize,
    /// Latin-1 letters (`à`, `é`…): in an Arabic text they betray the wrong code page.
    latin1_letters: usize,
}

impl TextStats {
    fn of(text: &str) -> Self {
        let mut s = TextStats::default();
        // The current word: its Arabic characters, and whether it has Latin letters.
        let (mut word_arabic, mut word_latin) = (0usize, false);
        for c in text.chars() {
            s.chars += 1;
            if !c.is_ascii() {
                s.non_ascii += 1;
            }
            if is_arabic(c) && c.is_alphabetic() {
                word_arabic += 1;
            } else if c.is_alphabetic() && (c.is_ascii() || ('\u{C0}'..='\u{24F}').contains(&c)) {
                word_latin = true;
            } else if c.is_whitespace() || c.is_ascii_punctuation() || is_arabic(c) {
                if !word_latin {
                    s.arabic += word_arabic;
                }
                (word_arabic, word_latin) = (0, false);
            }
            if ('\u{C0}'..='\u{FF}').contains(&c) && c.is_alphabetic() {
                s.latin1_letters += 1;
            }
            let control = c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\x0C' | '\x1B');
            if control || c == '\u{FFFD}' || ('\u{E000}'..='\u{F8FF}').contains(&c) {
                s.bad += 1;
            } else if c.is_alphanumeric()
                || c.is_whitespace()
                || c.is_ascii_punctuation()
                || is_arabic(c)
                || matches!(c, '«' | '»' | '“' | '”' | '‘' | '’' | '–' | '—' | '…' | '\u{200C}'..='\u{200F}')
            {
                s.texty += 1;
            }
        }
        if !word_latin {
            s.arabic += word_arabic;
        }
        s
    }

    /// Mostly letters, digits, spaces and punctuation; (almost) no control characters.
    fn looks_like_text(&self) -> bool {
        self.chars > 0 && self.bad * 100 <= self.chars && self.texty * 100 >= self.chars * 85
    }

    /// Arabic letters, minus Latin-1 letters that a wrong Arabic code page produces.
    fn arabic_score(&self) -> isize {
        self.arabic as isize - 2 * self.latin1_letters as isize - 4 * self.bad as isize
    }
}

fn is_arabic(c: char) -> bool {
    matches!(c,
        '\u{0600}'..='\u{06FF}'
        | '\u{0750}'..='\u{077F}'
        | '\u{08A0}'..='\u{08FF}'
        | '\u{FB50}'..='\u{FDFF}'
        | '\u{FE70}'..='\u{FEFF}')
}

/// CRLF and lone CR become LF; borrows nothing when there is no CR.
fn normalize_newlines(text: String) -> String {
    if !text.contains('\r') {
        return text;
    }
    text.replace("\r\n", "\n").replace('\r', "\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    const ARABIC: &str = "قررت الفنانة إليسا أن ترد على كل ما أثير حولها في الأيام الماضية \
        على طريقتها الخاصة، وذلك من خلال حسابها الرسمي عبر موقع التواصل الاجتماعي.\n\
        وسألت إليسا جمهورها عما إذا كانوا مقتنعين بهذه العبارة ويوافقون عليها أم لا.\n";

    fn encode(enc: &'static Encoding, s: &str) -> Vec<u8> {
        let (bytes, _, unmappable) = enc.encode(s);
        assert!(!unmappable, "{} cannot encode the sample", enc.name());
        bytes.into_owned()
    }

    #[test]
    fn utf8_plain_and_with_bom() {
        let d = decode_text(ARABIC.as_bytes()).unwrap();
        assert_eq!((d.text.as_str(), d.encoding), (ARABIC, "UTF-8"));
        let mut bom = b"\xEF\xBB\xBF".to_vec();
        bom.extend_from_slice(ARABIC.as_bytes());
        let d = decode_text(&bom).unwrap();
        assert_eq!((d.text.as_str(), d.encoding), (ARABIC, "UTF-8"));
    }

    #[test]
    fn utf16_with_and_without_bom() {
        for (bom, enc) in [(&b"\xFF\xFE"[..], UTF_16LE), (&b"\xFE\xFF"[..], UTF_16BE)] {
            let units: Vec<u16> = ARABIC.encode_utf16().collect();
            let body: Vec<u8> = units
                .iter()
                .flat_map(|u| if enc == UTF_16LE { u.to_le_bytes() } else { u.to_be_bytes() })
                .collect();
            let mut with_bom = bom.to_vec();
            with_bom.extend_from_slice(&body);
            let d = decode_text(&with_bom).unwrap();
            assert_eq!((d.text.as_str(), d.encoding), (ARABIC, enc.name()));
            let d = decode_text(&body).unwrap();
            assert_eq!((d.text.as_str(), d.encoding), (ARABIC, enc.name()));
        }
    }

    #[test]
    fn arabic_code_pages() {
        for enc in [WINDOWS_1256, ISO_8859_6] {
            let d = decode_text(&encode(enc, ARABIC)).unwrap();
            assert_eq!((d.text.as_str(), d.encoding), (ARABIC, enc.name()));
        }
    }

    #[test]
    fn short_arabic_code_pages() {
        // Even a headline-sized text must come out right in both code pages.
        let s = "هكذا ردت إليسا على اتهامها بالسرقة";
        for enc in [WINDOWS_1256, ISO_8859_6] {
            let d = decode_text(&encode(enc, s)).unwrap();
            assert_eq!((d.text.as_str(), d.encoding), (s, enc.name()));
        }
    }

    #[test]
    fn french_windows_1252_stays_french() {
        let s = "Le président français a appelé à réduire la tension entre Ankara et Moscou; \
                 déclaration à l'Élysée, été 2015.";
        let d = decode_text(&encode(encoding_rs::WINDOWS_1252, s)).unwrap();
        assert_eq!(d.text, s);
    }

    #[test]
    fn utf8_cut_in_the_last_character() {
        let d = decode_text(&"نص".as_bytes()[..3]).unwrap();
        assert_eq!((d.text.as_str(), d.encoding), ("ن", "UTF-8"));
    }

    #[test]
    fn newlines_are_normalized() {
        let d = decode_text(b"a\r\nb\rc\n").unwrap();
        assert_eq!(d.text, "a\nb\nc\n");
    }

    #[test]
    fn empty_and_blank() {
        assert!(matches!(decode_text(b""), Err(LoadError::Empty)));
        assert!(matches!(decode_text(b" \n\t\r\n"), Err(LoadError::Empty)));
        assert!(matches!(decode_text(b"\xEF\xBB\xBF"), Err(LoadError::Empty)));
        assert!(matches!(decode_text(b"\xFF\xFE"), Err(LoadError::Empty)));
    }

    #[test]
    fn binary() {
        let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10";
        assert!(matches!(decode_text(png), Err(LoadError::Binary)));
        assert!(matches!(decode_text(&[0u8; 64]), Err(LoadError::Binary)));
        let controls: Vec<u8> = (0..200u8).map(|i| if i % 10 == 0 { 1 } else { b'a' }).collect();
        assert!(matches!(decode_text(&controls), Err(LoadError::Binary)));
    }

    #[test]
    fn undecodable() {
        let noise: Vec<u8> = (0x80..=0xFFu8).cycle().take(1000).collect();
        assert!(
            matches!(decode_text(&noise), Err(LoadError::Undecodable { .. })),
            "{:?}",
            decode_text(&noise)
        );
        // Damaged UTF-8 is refused, not misread as Windows-1256.
        let mut damaged = ARABIC.as_bytes().to_vec();
        damaged[9] = 0xFF;
        let err = decode_text(&damaged).unwrap_err();
        assert!(matches!(err, LoadError::Undecodable { .. }), "{err:?}");
        assert!(err.to_string().contains("byte 9"), "{err}");
        // A UTF-8 BOM followed by something else.
        assert!(matches!(decode_text(b"\xEF\xBB\xBF\xFFabc"), Err(LoadError::Undecodable { .. })));
        // An odd number of bytes after a UTF-16 BOM.
        assert!(matches!(decode_text(b"\xFF\xFEa\0b"), Err(LoadError::Undecodable { .. })));
    }
}
