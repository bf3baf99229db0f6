//! Saved web pages: the article text of an HTML file, without menus, scripts or ads.
//!
//! The page is parsed with `scraper` (html5ever); nothing is fetched and no script runs.
//! The body comes from the first of `<article>`, `<main>`, the element holding the most
//! `<p>` text, `<body>` that has any text. Inside it, scripts, styles, navigation,
//! headers, footers, asides and forms are skipped, and every block (paragraph, heading,
//! list item, quote…) becomes one line. Title and metadata come from `<meta>` tags
//! (Open Graph, `article:published_time`, `author`…), `<title>` or the first `<h1>`.

use std::collections::HashMap;

use scraper::{ElementRef, Html, Node, Selector};

use super::super::document::Document;
use super::super::error::LoadError;
use super::{non_empty, one_line};

/// Elements whose content is never article text.
const IGNORED: [&str; 18] = [
    "script", "style", "noscript", "nav", "header", "footer", "aside", "form", "template", "svg", "iframe",
    "button", "select", "textarea", "object", "embed", "canvas", "head",
];

/// Elements that start a new line.
const BLOCKS: [&str; 31] = [
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "blockquote",
    "pre",
    "br",
    "tr",
    "td",
    "th",
    "table",
    "section",
    "article",
    "main",
    "figure",
    "figcaption",
    "dl",
    "dd",
    "dt",
    "hr",
    "address",
    "center",
    "caption",
    "details",
];

/// The single article of an HTML page.
pub(super) fn read(text: &str) -> Result<Vec<Document>, LoadError> {
    let html = Html::parse_document(text);
    let meta = meta_tags(&html);
    let get = |keys: &[&str]| keys.iter().find_map(|k| meta.get(*k)).and_then(|v| non_empty(v));

    let title = get(&["og:title", "twitter:title"])
        .or_else(|| first_anywhere(&html, "title").and_then(|t| non_empty(&t.text().collect::<String>())))
        .or_else(|| first(&html, "h1").and_then(|h| non_empty(&h.text().collect::<String>())))
        .unwrap_or_default();
    let body = article_lines(&html).join("\n");
    if body.is_empty() && title.is_empty() {
        return Err(LoadError::NoDocuments);
    }
    let doc = Document {
        title,
        body,
        url: get(&["og:url"]).or_else(|| {
            first_anywhere(&html, "link[rel=canonical]")
                .and_then(|l| l.value().attr("href"))
                .and_then(non_empty)
        }),
        source: get(&["og:site_name", "application-name", "publisher", "dc.publisher"]),
        date: get(&[
            "article:published_time",
            "datepublished",
            "date",
            "pubdate",
            "publishdate",
            "publish-date",
            "dc.date",
            "dc.date.issued",
            "og:published_time",
        ])
        .or_else(|| {
            first(&html, "time[datetime]").and_then(|t| t.value().attr("datetime")).and_then(non_empty)
        }),
        author: get(&["author", "article:author", "dc.creator", "byl"]),
        summary: get(&["description", "og:description", "twitter:description"]),
        ..Document::default()
    };
    Ok(vec![doc])
}

/// `<meta>` contents by lower-cased `property`, `name` or `itemprop`; the first wins.
fn meta_tags(html: &Html) -> HashMap<String, String> {
    let mut meta = HashMap::new();
    let Ok(selector) = Selector::parse("meta[content]") else {
        return meta;
    };
    for el in html.select(&selector) {
        let e = el.value();
        let Some(content) = e.attr("content") else { continue };
        for key in [e.attr("property"), e.attr("name"), e.attr("itemprop")].into_iter().flatten() {
            meta.entry(key.trim().to_ascii_lowercase()).or_insert_with(|| content.to_owned());
        }
    }
    meta
}

/// The first match, even inside `<head>` or other ignored elements.
fn first_anywhere<'a>(html: &'a Html, css: &str) -> Option<ElementRef<'a>> {
    let selector = Selector::parse(css).ok()?;
    html.select(&selector).next()
}

/// The first match outside ignored elements.
fn first<'a>(html: &'a Html, css: &str) -> Option<ElementRef<'a>> {
    let selector = Selector::parse(css).ok()?;
    html.select(&selector).find(|e| !inside_ignored(*e))
}

fn all<'a>(html: &'a Html, css: &str) -> Vec<ElementRef<'a>> {
    match Selector::parse(css) {
        Ok(selector) => html.select(&selector).filter(|e| !inside_ignored(*e)).collect(),
        Err(_) => Vec::new(),
    }
}

fn is_ignored(el: ElementRef<'_>) -> bool {
    let e = el.value();
    IGNORED.contains(&e.name()) || e.attr("hidden").is_some() || e.attr("aria-hidden") == Some("true")
}

fn inside_ignored(el: ElementRef<'_>) -> bool {
    is_ignored(el) || el.ancestors().filter_map(ElementRef::wrap).any(is_ignored)
}

/// The lines of the main article text, trying the likeliest containers first.
fn article_lines(html: &Html) -> Vec<String> {
    // The longest <article> (pages often hold teasers of other articles as <article> too).
    let article = all(html, "article")
        .into_iter()
        .map(lines_of)
        .max_by_key(|lines| lines.iter().map(String::len).sum::<usize>());
    if let Some(lines) = article.filter(|l| !l.is_empty()) {
        return lines;
    }
    for css in ["main", "[role=main]"] {
        if let Some(lines) = first(html, css).map(lines_of).filter(|l| !l.is_empty()) {
            return lines;
        }
    }
    if let Some(lines) = densest_paragraph_parent(html).map(lines_of).filter(|l| !l.is_empty()) {
        return lines;
    }
    if let Some(lines) = first(html, "body").map(lines_of).filter(|l| !l.is_empty()) {
        return lines;
    }
    lines_of(html.root_element())
}

/// The element whose `<p>` children hold the most text.
fn densest_paragraph_parent(html: &Html) -> Option<ElementRef<'_>> {
    let mut by_parent = HashMap::new();
    for p in all(html, "p") {
        let Some(parent) = p.parent() else { continue };
        let len: usize = p.text().map(|t| t.trim().len()).sum();
        *by_parent.entry(parent.id()).or_insert(0usize) += len;
    }
    let (id, _) = by_parent.into_iter().filter(|&(_, len)| len > 0).max_by_key(|&(_, len)| len)?;
    html.tree.get(id).and_then(ElementRef::wrap)
}

/// The text of `root`, one line per block, skipping ignored elements. Iterative, so a
/// deeply nested page cannot overflow the stack.
fn lines_of(root: ElementRef<'_>) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    let flush = |line: &mut String, lines: &mut Vec<String>| {
        let l = one_line(line);
        if !l.is_empty() {
            lines.push(l);
        }
        line.clear();
    };
    let mut in_pre = 0usize;
    // (node, is_closing)
    let mut stack = vec![(*root, false)];
    while let Some((node, closing)) = stack.pop() {
        match node.value() {
            Node::Element(e) => {
                let block = BLOCKS.contains(&e.name());
                if closing {
                    if e.name() == "pre" {
                        in_pre = in_pre.saturating_sub(1);
                    }
                    if block {
                        flush(&mut line, &mut lines);
                    }
                    continue;
                }
                if ElementRef::wrap(node).is_some_and(is_ignored) {
                    continue;
                }
                if block {
                    flush(&mut line, &mut lines);
                }
                if e.name() == "pre" {
                    in_pre += 1;
                }
                stack.push((node, true));
                stack.extend(node.children().rev().map(|c| (c, false)));
            }
            Node::Text(t) if !closing => {
                if in_pre > 0 {
                    let mut parts = t.split('\n');
                    if let Some(head) = parts.next() {
                        line.push_str(head);
                    }
                    for part in parts {
                        flush(&mut line, &mut lines);
                        line.push_str(part);
                    }
                } else {
                    // Words split over two text nodes must stay apart from their neighbours
                    // only where the page has whitespace; `one_line` collapses the rest.
                    line.push_str(t);
                }
            }
            _ => {}
        }
    }
    flush(&mut line, &mut lines);
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<!doctype html><html lang="ar" dir="rtl"><head>
        <title>عنوان الصفحة | الموقع</title>
        <meta property="og:title" content="بوتين وهولاند في موسكو">
        <meta property="og:site_name" content="إيلاف">
        <meta property="article:published_time" content="2015-11-26T20:00:00Z">
        <meta name="author" content="نصر المجالي">
        <style>p { color: red }</style><script>var x = "<p>not text</p>";</script>
        </head><body>
        <header><nav><a href="/">الرئيسية</a></nav></header>
        <aside><p>إعلان</p></aside>
        <article><h1>بوتين وهولاند</h1>
          <p>قال بوتين خلال مؤتمر صحفي: &quot;اتفقنا&quot; على التعاون.</p>
          <script>alert(1)</script><noscript>فعّل جافاسكربت</noscript>
          <blockquote>اقتباس طويل</blockquote>
          <ul><li>أولاً</li><li>ثانياً</li></ul>
          <p>فقرة <b>ثانية</b><br>سطر جديد</p>
        </article>
        <footer>حقوق النشر</footer></body></html>"#;

    #[test]
    fn article_text_and_metadata() {
        let docs = read(PAGE).unwrap();
        let d = &docs[0];
        assert_eq!(d.title, "بوتين وهولاند في موسكو");
        assert_eq!(d.source.as_deref(), Some("إيلاف"));
        assert_eq!(d.date.as_deref(), Some("2015-11-26T20:00:00Z"));
        assert_eq!(d.author.as_deref(), Some("نصر المجالي"));
        assert_eq!(
            d.body,
            "بوتين وهولاند\nقال بوتين خلال مؤتمر صحفي: \"اتفقنا\" على التعاون.\nاقتباس طويل\n\
             أولاً\nثانياً\nفقرة ثانية\nسطر جديد"
        );
    }

    #[test]
    fn without_article_the_densest_paragraphs_win() {
        let page = "<html><head><title>T</title></head><body><div><p>menu</p></div>\
            <div id=c><p>one one one</p><p>two two two</p></div></body></html>";
        let d = &read(page).unwrap()[0];
        assert_eq!(d.title, "T");
        assert_eq!(d.body, "one one one\ntwo two two");
    }

    #[test]
    fn title_falls_back_to_h1_and_empty_pages_fail() {
        let d = &read("<body><h1>رأس</h1>نص حر</body>").unwrap()[0];
        assert_eq!(d.title, "رأس");
        assert_eq!(d.body, "رأس\nنص حر");
        assert!(matches!(read("<html><script>x</script></html>"), Err(LoadError::NoDocuments)));
    }

    #[test]
    fn deep_nesting_does_not_overflow() {
        let page = format!("{}text{}", "<div>".repeat(20_000), "</div>".repeat(20_000));
        let d = &read(&page).unwrap()[0];
        assert_eq!(d.body, "text");
    }
}
