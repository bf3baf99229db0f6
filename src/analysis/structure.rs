//! The block structure of an article body: paragraphs, sub-headings and noise lines.
//!
//! News bodies arrive as lines. A sub-heading is a short line without final
//! punctuation followed by body text (the seed article's «العمليات العسكرية»); a noise
//! line holds no letter at all (the seed's stray `&`). Everything else is a paragraph.

use std::ops::Range;

/// What a line of the body is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    Paragraph,
    Subheading,
    /// Not content: a line without any letter or digit, e.g. a lone `&`.
    Noise,
}

/// One non-empty line of the body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    pub kind: BlockKind,
    /// Byte range in the body, trimmed of surrounding whitespace.
    pub range: Range<usize>,
}

/// A line this short (in words) with no final punctuation may be a sub-heading.
const MAX_SUBHEADING_WORDS: usize = 8;

/// Splits `body` into blocks, one per non-empty line.
pub fn blocks(body: &str) -> Vec<Block> {
    let mut lines: Vec<Range<usize>> = Vec::new();
    let mut start = 0;
    for line in body.split('\n') {
        let lead = line.len() - line.trim_start().len();
        let trimmed = line.trim();
        if !trimmed.is_empty() {
            lines.push(start + lead..start + lead + trimmed.len());
        }
        start += line.len() + 1;
    }
    let mut out = Vec::with_capacity(lines.len());
    for (i, r) in lines.iter().enumerate() {
        let text = &body[r.clone()];
        let kind = if !text.chars().any(char::is_alphanumeric) {
            BlockKind::Noise
        } else if looks_like_subheading(text)
            && lines.get(i + 1).is_some_and(|next| {
                let next = &body[next.clone()];
                next.split_whitespace().count() > text.split_whitespace().count()
                    && !looks_like_subheading(next)
            })
        {
            BlockKind::Subheading
        } else {
            BlockKind::Paragraph
        };
        out.push(Block { kind, range: r.clone() });
    }
    out
}

fn looks_like_subheading(line: &str) -> bool {
    let words = line.split_whitespace().count();
    let last = line.trim_end().chars().last().unwrap_or('.');
    words <= MAX_SUBHEADING_WORDS
        && !matches!(last, '.' | '!' | '?' | '؟' | ':' | '،' | ',' | '؛' | ';' | '"' | '»' | '”' | ')')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seed_like_body() {
        let body = "قال بوتين إن روسيا مستعدة للتعاون مع فرنسا.\n\nالعمليات العسكرية\n\nوتطرق الرئيس الروسي إلى العمليات العسكرية التي يجريها الجيش الروسي في سوريا.\n&\nالتوتر بين انقرة وموسكو\nودعا هولاند إلى تخفيض التصعيد بين روسيا وتركيا وتركيز العمل.";
        let b = blocks(body);
        let kinds: Vec<_> = b.iter().map(|b| b.kind).collect();
        assert_eq!(
            kinds,
            vec![
                BlockKind::Paragraph,
                BlockKind::Subheading,
                BlockKind::Paragraph,
                BlockKind::Noise,
                BlockKind::Subheading,
                BlockKind::Paragraph
            ]
        );
        assert_eq!(&body[b[1].range.clone()], "العمليات العسكرية");
        assert_eq!(&body[b[3].range.clone()], "&");
    }
}
