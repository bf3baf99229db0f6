//! Character classes of Arabic script that layout and drawing need.

/// Is `c` in one of the Arabic script blocks (letters, marks, digits, punctuation,
/// presentation forms)? A shaper guesses right-to-left for a string that holds one.
pub fn is_arabic_script(c: char) -> bool {
    matches!(c as u32,
        0x0600..=0x06FF | 0x0750..=0x077F | 0x0870..=0x089F | 0x08A0..=0x08FF
        | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF)
}

/// Arabic combining marks: harakat, tanween, shadda, sukun, superscript (dagger) alef,
/// Quranic annotation marks.
pub fn is_arabic_mark(c: char) -> bool {
    matches!(c as u32, 0x0610..=0x061A | 0x064B..=0x065F | 0x0670 | 0x06D6..=0x06DC
        | 0x06DF..=0x06E4 | 0x06E7 | 0x06E8 | 0x06EA..=0x06ED | 0x08D3..=0x08FF)
}

/// Does `c` take part in Arabic joining, so that a run of such characters must be
/// shaped as one piece? Letters, marks, tatweel and the zero-width joiners; not Arabic
/// punctuation (، ؛ ؟ ٪ ۔) nor Arabic-Indic digits, which do not join.
pub fn is_arabic_joining(c: char) -> bool {
    (is_arabic_script(c) || c == '\u{200C}' || c == '\u{200D}')
        && !matches!(c, '\u{060C}' | '\u{061B}' | '\u{061F}' | '\u{066A}'..='\u{066D}' | '\u{06D4}')
        && !is_arabic_indic_digit(c)
}

/// Arabic-Indic (٠–٩) and Extended Arabic-Indic / Persian (۰–۹) digits.
pub fn is_arabic_indic_digit(c: char) -> bool {
    matches!(c, '\u{0660}'..='\u{0669}' | '\u{06F0}'..='\u{06F9}')
}

/// The mirrored form of `c` (rule L4: `(` shown at an RTL level is drawn as `)`).
pub fn mirrored(c: char) -> char {
    unicode_bidi_mirroring::get_mirrored(c).unwrap_or(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes() {
        assert!(is_arabic_joining('ب'));
        assert!(is_arabic_joining('\u{064E}'));
        assert!(!is_arabic_joining('،'));
        assert!(!is_arabic_joining('٣'));
        assert!(is_arabic_script('٣'));
        assert!(is_arabic_mark('\u{0651}'));
        assert!(!is_arabic_mark('ا'));
        assert_eq!(mirrored('('), ')');
        assert_eq!(mirrored('«'), '»');
        assert_eq!(mirrored('a'), 'a');
    }
}
