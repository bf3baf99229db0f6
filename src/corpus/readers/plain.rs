//! Plain text: the whole file is one article.
//!
//! The body is the text with each line trimmed, leading and trailing blank lines removed
//! and runs of blank lines collapsed; each line is a paragraph. There is no title field:
//! [`Document::display_title`] shows the first line.

use super::super::document::Document;
use super::super::error::LoadError;
use super::normalize_body;

/// One document holding the whole text.
pub(super) fn read(text: &str) -> Result<Vec<Document>, LoadError> {
    let body = normalize_body(text);
    if body.is_empty() {
        return Err(LoadError::Empty);
    }
    Ok(vec![Document { body, ..Document::default() }])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_text_is_the_body() {
        let docs = read("\n\nعنوان المقال\n\nالفقرة الأولى.\r\nالفقرة الثانية.\n&\n\n").unwrap();
        assert_eq!(docs.len(), 1);
        assert_eq!(docs[0].body, "عنوان المقال\n\nالفقرة الأولى.\nالفقرة الثانية.\n&");
        assert_eq!(docs[0].title, "");
        assert_eq!(docs[0].display_title(), "عنوان المقال");
    }

    #[test]
    fn blank_text_is_empty() {
        assert!(matches!(read(" \n\t"), Err(LoadError::Empty)));
    }
}
