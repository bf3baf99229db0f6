//! TREC / ANT corpus files: one or many `<DOC>…</DOC>` records with `DOCNO`, `URL`,
//! `SRC`, `CAT`, `TITLE`, `TIME`, `AUTHOR`, `ABSTRACT` and `TEXT` fields.
//!
//! These files are SGML, not well-formed XML: bodies contain raw `&` (ANT v2.1 has dozens,
//! e.g. `Dolce &Gabbana`), there is no root element, and other collections put unquoted
//! attributes or `<P>` without `</P>` in the text. An XML parser rejects them, so this is
//! a small, tolerant hand parser: it looks for the known tags case-insensitively, takes
//! the raw text between an opening and its closing tag, removes any markup inside it and
//! decodes the common entities, leaving a stray `&` as it is. It refuses only what would
//! silently lose text: a `<DOC>` or a field that is never closed.

use std::borrow::Cow;

use super::super::document::Document;
use super::super::error::LoadError;
use super::{non_empty, normalize_body};

/// What a tag inside `<DOC>` feeds.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Field {
    Id,
    Url,
    Source,
    Category,
    Title,
    Date,
    Author,
    Summary,
    Body,
}

fn field_for(tag: &str) -> Option<Field> {
    const FIELDS: [(&str, Field); 18] = [
        ("DOCNO", Field::Id),
        ("DOCID", Field::Id),
        ("URL", Field::Url),
        ("SRC", Field::Source),
        ("SOURCE", Field::Source),
        ("CAT", Field::Category),
        ("CATEGORY", Field::Category),
        ("TITLE", Field::Title),
        ("HEADLINE", Field::Title),
        ("HL", Field::Title),
        ("TIME", Field::Date),
        ("DATE", Field::Date),
        ("DATE_TIME", Field::Date),
        ("AUTHOR", Field::Author),
        ("BYLINE", Field::Author),
        ("ABSTRACT", Field::Summary),
        ("SUMMARY", Field::Summary),
        ("TEXT", Field::Body),
    ];
    FIELDS.iter().find(|(name, _)| name.eq_ignore_ascii_case(tag)).map(|&(_, f)| f)
}

/// All `<DOC>` records of a TREC file, in order; `record` is the index in the file.
pub(super) fn read(text: &str) -> Result<Vec<Document>, LoadError> {
    let mut docs = Vec::new();
    let mut pos = 0;
    while let Some((_, open_end)) = find_open(text, pos, "DOC") {
        let number = docs.len() + 1;
        let close = find_close(text, open_end, "DOC");
        let next_open = find_open(text, open_end, "DOC");
        let (close_start, close_end) = match (close, next_open) {
            (Some((cs, _)), Some((ns, _))) if ns < cs => {
                let docno = peek_docno(&text[open_end..ns]);
                return Err(LoadError::Malformed {
                    detail: format!(
                        "{} has no </DOC> before the next <DOC> starts",
                        describe(number, docno.as_deref())
                    ),
                });
            }
            (Some(range), _) => range,
            (None, Some((ns, _))) => {
                let docno = peek_docno(&text[open_end..ns]);
                return Err(LoadError::Malformed {
                    detail: format!(
                        "{} has no </DOC> before the next <DOC> starts",
                        describe(number, docno.as_deref())
                    ),
                });
            }
            (None, None) => {
                let docno = peek_docno(&text[open_end..]);
                return Err(LoadError::Truncated {
                    detail: format!(
                        "the text ends before </DOC> closes {}",
                        describe(number, docno.as_deref())
                    ),
                });
            }
        };
        let mut doc = read_doc(&text[open_end..close_start], number)?;
        doc.record = number - 1;
        docs.push(doc);
        pos = close_end;
    }
    if docs.is_empty() {
        return Err(LoadError::Malformed {
            detail: "no <DOC> element found, so this is not a TREC file".to_owned(),
        });
    }
    Ok(docs)
}

/// "document 3 (DOCNO AL-culture-590-20180715)" or "document 3".
fn describe(number: usize, docno: Option<&str>) -> String {
    match docno {
        Some(id) => format!("document {number} ({id})"),
        None => format!("document {number}"),
    }
}

/// The DOCNO of a possibly broken record, for error messages.
fn peek_docno(content: &str) -> Option<String> {
    let (_, start) = find_open(content, 0, "DOCNO")?;
    let rest = &content[start..];
    let end = find_close(rest, 0, "DOCNO")
        .map_or_else(|| rest.find(['<', '\n']).unwrap_or(rest.len()), |(cs, _)| cs);
    let id = non_empty(&rest[..end])?;
    Some(id.chars().take(80).collect())
}

/// The fields of one record (the text between `<DOC>` and `</DOC>`).
fn read_doc(content: &str, number: usize) -> Result<Document, LoadError> {
    let mut doc = Document::default();
    let bytes = content.as_bytes();
    let mut p = 0;
    while let Some(off) = bytes.get(p..).and_then(|rest| memchr::memchr(b'<', rest)) {
        let lt = p + off;
        let Some((name, open_end)) = open_tag_at(content, lt) else {
            p = lt + 1;
            continue;
        };
        let Some(field) = field_for(name) else {
            // Unknown tag: step over it and keep looking, so fields nested in it are found.
            p = open_end;
            continue;
        };
        let Some((close_start, close_end)) = find_close(content, open_end, name) else {
            let docno = doc.id.clone().or_else(|| peek_docno(content));
            return Err(LoadError::Truncated {
                detail: format!(
                    "the <{0}> field of {1} has no </{0}>",
                    name.to_ascii_uppercase(),
                    describe(number, docno.as_deref())
                ),
            });
        };
        store(&mut doc, field, &content[open_end..close_start]);
        p = close_end;
    }
    Ok(doc)
}

fn store(doc: &mut Document, field: Field, raw: &str) {
    let value = decode_entities(&strip_markup(raw)).into_owned();
    let set = |slot: &mut Option<String>| {
        if slot.is_none() {
            *slot = non_empty(&value);
        }
    };
    match field {
        Field::Id => set(&mut doc.id),
        Field::Url => set(&mut doc.url),
        Field::Source => set(&mut doc.source),
        Field::Category => set(&mut doc.category),
        Field::Date => set(&mut doc.date),
        Field::Author => set(&mut doc.author),
        Field::Title => {
            if doc.title.is_empty() {
                doc.title = non_empty(&value).unwrap_or_default();
            }
        }
        Field::Summary => {
            if doc.summary.is_none() {
                let s = normalize_body(&value);
                doc.summary = (!s.is_empty()).then_some(s);
            }
        }
        Field::Body => {
            // Several TEXT blocks (some TREC collections split the body) are joined.
            let s = normalize_body(&value);
            if !s.is_empty() {
                if !doc.body.is_empty() {
                    doc.body.push_str("\n\n");
                }
                doc.body.push_str(&s);
            }
        }
    }
}

/// If an opening tag `<NAME>` or `<NAME attr…>` starts at `lt`, its name and end.
fn open_tag_at(s: &str, lt: usize) -> Option<(&str, usize)> {
    let b = s.as_bytes();
    let name_start = lt + 1;
    let name_len = b
        .get(name_start..)?
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric() || **c == b'_' || **c == b'-')
        .count();
    if name_len == 0 || !b[name_start].is_ascii_alphabetic() {
        return None;
    }
    let name_end = name_start + name_len;
    let end = match b.get(name_end)? {
        b'>' => name_end + 1,
        c if c.is_ascii_whitespace() => name_end + memchr::memchr(b'>', &b[name_end..])? + 1,
        _ => return None,
    };
    Some((&s[name_start..name_end], end))
}

/// The next `<NAME>` (or `<NAME attr…>`) at or after `from`: (start, end) byte offsets.
fn find_open(s: &str, from: usize, name: &str) -> Option<(usize, usize)> {
    let b = s.as_bytes();
    let mut i = from;
    while let Some(off) = memchr::memchr(b'<', b.get(i..)?) {
        let lt = i + off;
        if let Some((found, end)) = open_tag_at(s, lt)
            && found.eq_ignore_ascii_case(name)
        {
            return Some((lt, end));
        }
        i = lt + 1;
    }
    None
}

/// The next `</NAME>` (spaces allowed before `>`) at or after `from`.
fn find_close(s: &str, from: usize, name: &str) -> Option<(usize, usize)> {
    let b = s.as_bytes();
    let mut i = from;
    while let Some(off) = memchr::memchr(b'<', b.get(i..)?) {
        let lt = i + off;
        let name_start = lt + 2;
        let name_end = name_start + name.len();
        if b.get(lt + 1) == Some(&b'/')
            && b.get(name_start..name_end).is_some_and(|n| n.eq_ignore_ascii_case(name.as_bytes()))
        {
            let spaces = b[name_end..].iter().take_while(|c| c.is_ascii_whitespace()).count();
            if b.get(name_end + spaces) == Some(&b'>') {
                return Some((lt, name_end + spaces + 1));
            }
        }
        i = lt + 1;
    }
    None
}

/// Removes tags and comments inside a field (`<P>`, `<br/>`, `<!-- … -->`); paragraph-like
/// tags become line breaks. A `<` that does not start a tag (`a < b`) is kept.
fn strip_markup(raw: &str) -> Cow<'_, str> {
    if !raw.contains('<') {
        return Cow::Borrowed(raw);
    }
    let b = raw.as_bytes();
    let mut out = String::with_capacity(raw.len());
    let mut copied = 0;
    let mut i = 0;
    // Once a `<!--` has no `-->`, later ones have none either: do not search again.
    let mut comments_end = true;
    while let Some(off) = b.get(i..).and_then(|rest| memchr::memchr(b'<', rest)) {
        let lt = i + off;
        let rest = &raw[lt..];
        let skip = if rest.starts_with("<!--") {
            let end = if comments_end { rest.find("-->") } else { None };
            comments_end = end.is_some();
            end.map(|end| (end + 3, false))
        } else {
            tag_len(rest)
        };
        match skip {
            Some((len, line_break)) => {
                out.push_str(&raw[copied..lt]);
                if line_break {
                    out.push('\n');
                }
                copied = lt + len;
                i = copied;
            }
            None => i = lt + 1,
        }
    }
    out.push_str(&raw[copied..]);
    Cow::Owned(out)
}

/// Length of a tag at the start of `s` (`<p>`, `</P>`, `<br />`, `<a href=…>`), at most
/// 300 bytes and on one line, and whether it breaks a line.
fn tag_len(s: &str) -> Option<(usize, bool)> {
    let b = s.as_bytes();
    let name_start = if b.get(1) == Some(&b'/') { 2 } else { 1 };
    let name_len = b.get(name_start..)?.iter().take_while(|c| c.is_ascii_alphanumeric()).count();
    if name_len == 0 || !b[name_start].is_ascii_alphabetic() {
        return None;
    }
    let after = name_start + name_len;
    match b.get(after)? {
        b'>' | b'/' | b' ' | b'\t' | b'\n' => {}
        _ => return None,
    }
    let window = &b[after..b.len().min(after + 300)];
    let gt = window.iter().position(|&c| c == b'>' || c == b'<' || c == b'\n')?;
    if window[gt] != b'>' {
        return None;
    }
    let name = &s[name_start..after];
    let breaks = ["p", "br", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "hl", "blockquote"]
        .iter()
        .any(|t| t.eq_ignore_ascii_case(name));
    Some((after + gt + 1, breaks))
}

/// Decodes `&amp; &lt; &gt; &quot; &apos; &nbsp;` and numeric `&#NNN; &#xHH;` references.
/// Anything else, including a lone `&`, stays as written.
pub(super) fn decode_entities(s: &str) -> Cow<'_, str> {
    if !s.contains('&') {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut copied = 0;
    let mut i = 0;
    while let Some(off) = s.as_bytes().get(i..).and_then(|rest| memchr::memchr(b'&', rest)) {
        let amp = i + off;
        match entity_at(&s[amp..]) {
            Some((c, len)) => {
                out.push_str(&s[copied..amp]);
                out.push(c);
                copied = amp + len;
                i = copied;
            }
            None => i = amp + 1,
        }
    }
    out.push_str(&s[copied..]);
    Cow::Owned(out)
}

/// The character and length of an entity reference at the start of `s` (which starts with `&`).
fn entity_at(s: &str) -> Option<(char, usize)> {
    let semi = s.as_bytes().iter().take(12).position(|&c| c == b';')?;
    let name = &s[1..semi];
    let c = match name {
        "amp" | "AMP" => '&',
        "lt" | "LT" => '<',
        "gt" | "GT" => '>',
        "quot" | "QUOT" => '"',
        "apos" => '\'',
        "nbsp" => '\u{A0}',
        _ => {
            let digits = name.strip_prefix('#')?;
            let code = match digits.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => digits.parse::<u32>().ok()?,
            };
            // No NULs or control characters smuggled in through references.
            char::from_u32(code).filter(|c| !c.is_control() || matches!(c, '\t' | '\n'))?
        }
    };
    Some((c, semi + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    const ANT: &str = "<DOC>\n<DOCNO>AL-culture-590-20180715</DOCNO>\n<URL>https://www.alarabiya.net/x.html</URL>\n\
        <SRC>alarabia</SRC>\n<CAT>culture</CAT>\n<TITLE>هكذا ردت إليسا على اتهامها بالسرقة</TITLE>\n\
        <TIME>Sun, 15 Jul 2018 21:56:56 +0400</TIME>\n<AUTHOR></AUTHOR>\n<ABSTRACT>\nملخص\n</ABSTRACT>\n\
        <TEXT>\nالسطر الأول.\nDolce &Gabbana & co &amp; &#1604; &#x644;\n</TEXT>\n</DOC>\n";

    #[test]
    fn reads_an_ant_record() {
        let docs = read(ANT).unwrap();
        assert_eq!(docs.len(), 1);
        let d = &docs[0];
        assert_eq!(d.id.as_deref(), Some("AL-culture-590-20180715"));
        assert_eq!(d.url.as_deref(), Some("https://www.alarabiya.net/x.html"));
        assert_eq!(d.source.as_deref(), Some("alarabia"));
        assert_eq!(d.category.as_deref(), Some("culture"));
        assert_eq!(d.title, "هكذا ردت إليسا على اتهامها بالسرقة");
        assert_eq!(d.date.as_deref(), Some("Sun, 15 Jul 2018 21:56:56 +0400"));
        assert_eq!(d.author, None);
        assert_eq!(d.summary.as_deref(), Some("ملخص"));
        assert_eq!(d.body, "السطر الأول.\nDolce &Gabbana & co & ل ل");
        assert_eq!(d.record, 0);
    }

    #[test]
    fn many_records_and_lowercase_tags() {
        let text = format!("{ANT}{}", ANT.replace("DOC>", "doc>").replace("590", "591"));
        let docs = read(&text).unwrap();
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[1].record, 1);
        assert_eq!(docs[1].id.as_deref(), Some("AL-culture-591-20180715"));
    }

    #[test]
    fn markup_inside_text() {
        let docs = read("<DOC><TEXT><P>one &lt;b&gt;</P><P>two <b>bold</b> 3 < 4</P><!-- c --></TEXT></DOC>")
            .unwrap();
        assert_eq!(docs[0].body, "one <b>\n\ntwo bold 3 < 4");
    }

    #[test]
    fn truncated_and_malformed() {
        let cut = &ANT[..ANT.len() - 10];
        let err = read(cut).unwrap_err();
        assert!(matches!(err, LoadError::Truncated { .. }), "{err:?}");
        assert!(err.to_string().contains("AL-culture-590-20180715"), "{err}");

        let no_text_end = ANT.replace("</TEXT>", "");
        let err = read(&no_text_end).unwrap_err();
        assert!(matches!(err, LoadError::Truncated { .. }), "{err:?}");
        assert!(err.to_string().contains("<TEXT>"), "{err}");

        let err = read(&format!("{}{ANT}", &ANT[..ANT.len() - 8])).unwrap_err();
        assert!(matches!(err, LoadError::Malformed { .. }), "{err:?}");

        assert!(matches!(read("just text"), Err(LoadError::Malformed { .. })));
    }

    #[test]
    fn entities() {
        assert_eq!(decode_entities("a &amp; b &lt;&gt;&quot;&apos;&nbsp;"), "a & b <>\"'\u{A0}");
        assert_eq!(decode_entities("&#1604;&#x644;&#X644;"), "للل");
        assert_eq!(
            decode_entities("& &; &amp &#; &#xZZ; &#0; &#1114112; &unknown;"),
            "& &; &amp &#; &#xZZ; &#0; &#1114112; &unknown;"
        );
        assert_eq!(decode_entities("&&amp;"), "&&");
    }
}
