//! Integration tests of the corpus layer: encodings, every reader, bad inputs, folders,
//! parallel loading, a property test that nothing panics, and the real ANT corpus when
//! `../shared/data` is present.
//!
//! Fixtures are generated in temporary folders; nothing is checked in.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::Instant;

use encoding_rs::{Encoding, ISO_8859_6, WINDOWS_1256};
use khabar::corpus::readers::{TableColumns, detect_format, read_documents, table_columns};
use khabar::corpus::{
    Document, Format, LoadError, LoadOptions, Loaded, collect_files, decode_text, load_file, load_paths,
};
use proptest::prelude::*;

const TITLE: &str = "هكذا ردت إليسا على اتهامها بالسرقة";
const BODY: &str = "قررت الفنانة إليسا أن ترد على كل ما أثير حولها في الأيام الماضية على طريقتها الخاصة.\n\
                    وسألت إليسا جمهورها عما إذا كانوا مقتنعين بهذه العبارة ويوافقون عليها أم لا.";

fn trec(docno: &str, title: &str, body: &str) -> String {
    format!(
        "<DOC>\n<DOCNO>{docno}</DOCNO>\n<URL>https://example.com/{docno}</URL>\n<SRC>alarabia</SRC>\n\
         <CAT>culture</CAT>\n<TITLE>{title}</TITLE>\n<TIME>Sun, 15 Jul 2018 21:56:56 +0400</TIME>\n\
         <AUTHOR>القاهرة- أحمد الريدي</AUTHOR>\n<ABSTRACT>\nملخص قصير\n</ABSTRACT>\n<TEXT>\n{body}\n</TEXT>\n</DOC>\n"
    )
}

/// A temporary folder with files written into it.
struct Fixture {
    dir: tempfile::TempDir,
}

impl Fixture {
    fn new() -> Self {
        Fixture { dir: tempfile::tempdir().expect("temp dir") }
    }

    fn write(&self, name: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
        let path = self.dir.path().join(name);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).expect("mkdir");
        }
        fs::write(&path, bytes).expect("write fixture");
        path
    }
}

fn load(path: &Path) -> Result<Vec<Document>, LoadError> {
    load_file(path, &LoadOptions::default()).result
}

fn load_one(path: &Path) -> Document {
    let docs = load(path).unwrap_or_else(|e| panic!("{} failed: {e}", path.display()));
    assert_eq!(docs.len(), 1);
    docs.into_iter().next().expect("one document")
}

fn encode(enc: &'static Encoding, s: &str) -> Vec<u8> {
    let (bytes, _, unmappable) = enc.encode(s);
    assert!(!unmappable, "{} cannot encode the sample", enc.name());
    bytes.into_owned()
}

fn utf16(s: &str, little_endian: bool) -> Vec<u8> {
    let mut out = if little_endian { vec![0xFF, 0xFE] } else { vec![0xFE, 0xFF] };
    for unit in s.encode_utf16() {
        out.extend(if little_endian { unit.to_le_bytes() } else { unit.to_be_bytes() });
    }
    out
}

// ------------------------------------------------------------------------ encodings

#[test]
fn utf8_with_and_without_bom() {
    let fx = Fixture::new();
    let text = trec("AL-1", TITLE, BODY);
    let mut with_bom = b"\xEF\xBB\xBF".to_vec();
    with_bom.extend_from_slice(text.as_bytes());
    for path in [fx.write("plain.txt", &text), fx.write("bom.txt", &with_bom)] {
        let d = load_one(&path);
        assert_eq!(d.encoding, "UTF-8");
        assert_eq!(d.format, Some(Format::Trec), "a .txt starting with <DOC> (after a BOM) is TREC");
        assert_eq!(d.title, TITLE);
        assert_eq!(d.body, BODY);
        assert_eq!(d.path, path);
    }
}

#[test]
fn utf16_with_bom() {
    let fx = Fixture::new();
    let text = trec("AL-2", TITLE, BODY).replace('\n', "\r\n");
    for (name, le, label) in [("le.txt", true, "UTF-16LE"), ("be.txt", false, "UTF-16BE")] {
        let d = load_one(&fx.write(name, utf16(&text, le)));
        assert_eq!(d.encoding, label);
        assert_eq!((d.title.as_str(), d.body.as_str()), (TITLE, BODY));
    }
}

#[test]
fn legacy_arabic_code_pages() {
    let fx = Fixture::new();
    let text = trec("AL-3", TITLE, BODY);
    for enc in [WINDOWS_1256, ISO_8859_6] {
        let d = load_one(&fx.write(&format!("{}.txt", enc.name()), encode(enc, &text)));
        assert_eq!(d.encoding, enc.name());
        assert_eq!((d.title.as_str(), d.body.as_str()), (TITLE, BODY), "{}", enc.name());
        // A plain-text article in the same code page.
        let d = load_one(&fx.write(&format!("plain-{}.txt", enc.name()), encode(enc, BODY)));
        assert_eq!((d.encoding.as_str(), d.body.as_str()), (enc.name(), BODY));
    }
}

// ------------------------------------------------------------------------ readers

#[test]
fn plain_text() {
    let fx = Fixture::new();
    let d = load_one(&fx.write("article", format!("\n\n{TITLE}\r\n\r\n{BODY}\r\n&\r\n\n")));
    assert_eq!(d.format, Some(Format::PlainText));
    assert_eq!(d.title, "");
    assert_eq!(d.display_title(), TITLE);
    assert_eq!(d.body, format!("{TITLE}\n\n{BODY}\n&"));
    assert_eq!(d.record, 0);
}

#[test]
fn trec_one_and_many() {
    let fx = Fixture::new();
    let d = load_one(&fx.write("one.xml", trec("AL-culture-590-20180715", TITLE, BODY)));
    assert_eq!(d.id.as_deref(), Some("AL-culture-590-20180715"));
    assert_eq!(d.url.as_deref(), Some("https://example.com/AL-culture-590-20180715"));
    assert_eq!(d.source.as_deref(), Some("alarabia"));
    assert_eq!(d.category.as_deref(), Some("culture"));
    assert_eq!(d.date.as_deref(), Some("Sun, 15 Jul 2018 21:56:56 +0400"));
    assert_eq!(d.author.as_deref(), Some("القاهرة- أحمد الريدي"));
    assert_eq!(d.summary.as_deref(), Some("ملخص قصير"));

    let many: String = (0..3).map(|i| trec(&format!("D{i}"), &format!("عنوان {i}"), BODY)).collect();
    let docs = load(&fx.write("many.trec", many)).expect("three docs");
    assert_eq!(docs.len(), 3);
    for (i, d) in docs.iter().enumerate() {
        assert_eq!(d.record, i);
        assert_eq!(d.id.as_deref(), Some(format!("D{i}").as_str()));
        assert_eq!(d.title, format!("عنوان {i}"));
    }
}

#[test]
fn trec_entities_and_raw_ampersands() {
    let fx = Fixture::new();
    let body = "Dolce &Gabbana\n&\nA &amp; B &lt;tag&gt; &quot;q&quot; &apos;s&apos; x&nbsp;y &#1604;&#x644; &bogus; AT&T";
    let d = load_one(&fx.write("ent.xml", trec("E1", "Q&amp;A &#x627;", body)));
    assert_eq!(d.title, "Q&A ا");
    assert_eq!(d.body, "Dolce &Gabbana\n&\nA & B <tag> \"q\" 's' x\u{A0}y لل &bogus; AT&T");
}

#[test]
fn trec_truncated() {
    let fx = Fixture::new();
    let full = format!("{}{}", trec("OK-1", TITLE, BODY), trec("CUT-2", TITLE, BODY));
    // Cut 20 bytes before the end: in the middle of an Arabic letter.
    let cut = &full.as_bytes()[..full.len() - 20];
    assert!(std::str::from_utf8(cut).is_err());
    let err = load(&fx.write("cut.xml", cut)).expect_err("truncated");
    assert!(matches!(err, LoadError::Truncated { .. }), "{err:?}");
    let msg = err.to_string();
    assert!(msg.contains("</DOC>") && msg.contains("document 2") && msg.contains("CUT-2"), "{msg}");

    let no_text_end = trec("T-1", TITLE, BODY).replace("</TEXT>", "");
    let err = load(&fx.write("notext.xml", no_text_end)).expect_err("no </TEXT>");
    assert!(matches!(err, LoadError::Truncated { .. }), "{err:?}");
    assert!(err.to_string().contains("</TEXT>"), "{err}");

    let err = load(&fx.write("nodoc.xml", "<root><p>not trec</p></root>")).expect_err("no DOC");
    assert!(matches!(err, LoadError::Malformed { .. }), "{err:?}");
}

#[test]
fn html_page() {
    let fx = Fixture::new();
    let page = format!(
        r#"<!DOCTYPE html><html lang="ar"><head><meta charset="utf-8"><title>{TITLE} - العربية</title>
        <meta property="og:site_name" content="العربية"><meta name="date" content="2018-07-15">
        <style>body {{ direction: rtl }}</style><script>document.write("<p>injected</p>")</script></head>
        <body><nav><ul><li>رياضة</li><li>اقتصاد</li></ul></nav>
        <main><h1>{TITLE}</h1><script>track()</script><p>الفقرة   الأولى
        تكمل هنا.</p><p>الفقرة الثانية &amp; الأخيرة.</p><form><input value=x>ابحث</form></main>
        <footer><p>جميع الحقوق محفوظة</p></footer></body></html>"#
    );
    let d = load_one(&fx.write("page.html", &page));
    assert_eq!(d.format, Some(Format::Html));
    assert_eq!(d.title, format!("{TITLE} - العربية"));
    assert_eq!(d.source.as_deref(), Some("العربية"));
    assert_eq!(d.date.as_deref(), Some("2018-07-15"));
    assert_eq!(d.body, format!("{TITLE}\nالفقرة الأولى تكمل هنا.\nالفقرة الثانية & الأخيرة."));
    // A saved page with a .txt extension is recognised by its first bytes.
    assert_eq!(load_one(&fx.write("page.txt", &page)).format, Some(Format::Html));
}

#[test]
fn json_jsonl_csv_auto_and_chosen_columns() {
    let fx = Fixture::new();
    let json = fx.write(
        "a.json",
        format!(
            r#"{{"articles": [{{"headline": "{TITLE}", "content": "{}", "kalam": "ك", "published": "2018"}},
                                  {{"headline": "فارغ", "content": ""}}]}}"#,
            BODY.replace('\n', "\\n")
        ),
    );
    let d = load_one(&json);
    assert_eq!((d.format, d.title.as_str(), d.body.as_str()), (Some(Format::Json), TITLE, BODY));
    assert_eq!(d.date.as_deref(), Some("2018"));

    let chosen = LoadOptions {
        columns: TableColumns { text: Some("kalam".into()), ..TableColumns::default() },
        ..LoadOptions::default()
    };
    let docs = load_file(&json, &chosen).result.expect("chosen column");
    assert_eq!(docs.iter().map(|d| d.body.as_str()).collect::<Vec<_>>(), ["ك"]);

    let jsonl = fx.write("a.jsonl", "{\"النص\": \"أ\", \"المصدر\": \"bbc\"}\n\n{\"النص\": \"ب\"}\n");
    let docs = load(&jsonl).expect("jsonl");
    assert_eq!(docs.iter().map(|d| (d.record, d.body.as_str())).collect::<Vec<_>>(), [(0, "أ"), (2, "ب")]);
    assert_eq!(docs[0].source.as_deref(), Some("bbc"));
    let bad = fx.write("bad.jsonl", "{\"text\": \"a\"}\n{\"text\": \"b\"\n");
    let err = load(&bad).expect_err("bad line");
    assert!(matches!(err, LoadError::Malformed { .. }) && err.to_string().contains("line 2"), "{err}");

    let csv = fx.write("a.csv", format!("id,title,body,source\n7,{TITLE},\"{BODY}\",BBC\n8,empty,,\n"));
    let d = load_one(&csv);
    assert_eq!((d.id.as_deref(), d.title.as_str(), d.body.as_str()), (Some("7"), TITLE, BODY));
    assert_eq!(d.source.as_deref(), Some("BBC"));
    let semi = fx.write("b.csv", "العنوان;المتن\nع;م\n");
    assert_eq!(load_one(&semi).body, "م");

    let err = load_file(&csv, &chosen).result.expect_err("absent chosen column");
    match &err {
        LoadError::NoTextColumn { columns } => assert_eq!(columns, &["id", "title", "body", "source"]),
        other => panic!("{other:?}"),
    }
    let no_text = fx.write("c.tsv", "a\tb\n1\t2\n");
    assert_eq!(load(&no_text).expect_err("no text").to_string(), "no text column; pick one of: a, b");

    // Columns for the picker.
    let cols = |p: &Path| {
        let text = decode_text(&fs::read(p).expect("read")).expect("decode").text;
        table_columns(p, &text, detect_format(p, &text)).expect("columns")
    };
    assert_eq!(cols(&csv), ["id", "title", "body", "source"]);
    assert_eq!(cols(&json), ["content", "headline", "kalam", "published"]);
    assert_eq!(cols(&jsonl), ["المصدر", "النص"]);
    let header_only = fx.write("d.csv", "title,text\n");
    assert!(matches!(load(&header_only), Err(LoadError::NoDocuments)));
}

// ------------------------------------------------------------------------ bad inputs

#[test]
fn binary_empty_undecodable() {
    let fx = Fixture::new();
    let png = fx.write("x.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0\0\0\x01\0\x08\x06\0\0\0");
    assert!(matches!(load(&png), Err(LoadError::Binary)));
    assert!(matches!(load(&fx.write("empty.txt", "")), Err(LoadError::Empty)));
    assert!(matches!(load(&fx.write("blank.txt", " \r\n\t\n")), Err(LoadError::Empty)));
    let noise: Vec<u8> = (0x80..=0xFFu8).rev().cycle().take(4096).collect();
    let err = load(&fx.write("noise.txt", noise)).expect_err("noise");
    assert!(matches!(err, LoadError::Undecodable { .. }), "{err:?}");
    assert!(err.to_string().contains("Windows-1256"), "{err}");
}

#[test]
fn huge_file_is_refused_by_size_without_reading() {
    let fx = Fixture::new();
    let path = fx.dir.path().join("huge.txt");
    let file = fs::File::create(&path).expect("create");
    file.set_len(2 * 1024 * 1024 * 1024).expect("sparse file");
    let start = Instant::now();
    let err = load(&path).expect_err("too large");
    assert!(start.elapsed().as_secs_f64() < 2.0, "took {:?}: it read the file", start.elapsed());
    assert!(matches!(err, LoadError::TooLarge { size: 2147483648, limit: 268435456 }), "{err:?}");
    assert_eq!(err.to_string(), "the file is 2.0 GB; Khabar opens files up to 256 MB");

    let small = fx.write("small.txt", "نص قصير جدا");
    let opts = LoadOptions { max_file_size: 5, ..LoadOptions::default() };
    assert!(matches!(load_file(&small, &opts).result, Err(LoadError::TooLarge { limit: 5, .. })));
}

#[test]
fn unreadable_directory_and_missing_paths() {
    let fx = Fixture::new();
    let dir = fx.dir.path().join("folder.txt");
    fs::create_dir(&dir).expect("mkdir");
    let err = load(&dir).expect_err("a folder");
    assert!(matches!(err, LoadError::Io { .. }), "{err:?}");
    assert_eq!(err.to_string(), "cannot read the file: this is a folder, not a file");

    let missing = fx.dir.path().join("missing.txt");
    let err = load(&missing).expect_err("missing");
    assert!(matches!(err, LoadError::Io { .. }) && err.to_string().contains("does not exist"), "{err}");

    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let locked = fx.write("locked.txt", BODY);
        fs::set_permissions(&locked, fs::Permissions::from_mode(0o000)).expect("chmod");
        let privileged = fs::read(&locked).is_ok(); // root reads anything
        let result = load(&locked);
        if privileged {
            assert!(result.is_ok(), "{result:?}");
        } else {
            let err = result.expect_err("permission denied");
            assert_eq!(err.to_string(), "cannot read the file: permission denied");
        }
    }
}

#[test]
fn mixed_folder_bad_files_do_not_stop_good_ones() {
    let fx = Fixture::new();
    fx.write("a/good1.txt", trec("G1", TITLE, BODY));
    fx.write("a/bad-empty.txt", "");
    fx.write("a/b/good2.html", format!("<html><body><article><p>{BODY}</p></article></body></html>"));
    fx.write("a/b/bad-binary.txt", [0u8, 159, 146, 150, 0, 1, 2]);
    fx.write("a/b/bad-cut.xml", "<DOC><DOCNO>X</DOCNO><TEXT>abc");
    fx.write("a/good3.csv", format!("text\n{TITLE}\n{TITLE}\n"));
    fx.write("a/image.png", [0x89, b'P', b'N', b'G']);
    fx.write("a/.hidden.txt", BODY);
    let files = collect_files(&[fx.dir.path().join("a")]);
    let names: Vec<String> =
        files.iter().map(|p| p.strip_prefix(fx.dir.path()).expect("inside").display().to_string()).collect();
    assert_eq!(
        names,
        [
            "a/b/bad-binary.txt",
            "a/b/bad-cut.xml",
            "a/b/good2.html",
            "a/bad-empty.txt",
            "a/good1.txt",
            "a/good3.csv"
        ]
    );

    let calls = AtomicUsize::new(0);
    let last = Mutex::new((0, 0));
    let progress = |done: usize, total: usize| {
        calls.fetch_add(1, Ordering::Relaxed);
        let mut l = last.lock().expect("lock");
        l.0 = l.0.max(done);
        l.1 = total;
    };
    let loaded = load_paths(&files, &LoadOptions::default(), &AtomicBool::new(false), &progress);
    assert_eq!(loaded.iter().map(|l| &l.path).collect::<Vec<_>>(), files.iter().collect::<Vec<_>>());
    assert_eq!(calls.load(Ordering::Relaxed), 6);
    assert_eq!(*last.lock().expect("lock"), (6, 6));
    let ok: Vec<bool> = loaded.iter().map(|l| l.result.is_ok()).collect();
    assert_eq!(ok, [false, false, true, false, true, true]);
    let docs: usize = loaded.iter().filter_map(|l| l.result.as_ref().ok()).map(Vec::len).sum();
    assert_eq!(docs, 1 + 1 + 2);
    let reasons: Vec<String> =
        loaded.iter().filter_map(|l| l.result.as_ref().err()).map(ToString::to_string).collect();
    assert!(reasons[0].starts_with("this is a binary file"), "{reasons:?}");
    assert!(reasons[1].starts_with("the file is incomplete"), "{reasons:?}");
    assert_eq!(reasons[2], "the file is empty");

    // Cancelled before it starts: nothing is loaded, nothing reported.
    let loaded = load_paths(&files, &LoadOptions::default(), &AtomicBool::new(true), &|_, _| {});
    assert!(loaded.is_empty());
}

// ------------------------------------------------------------------------ no panics

const FORMATS: [Format; 6] =
    [Format::PlainText, Format::Trec, Format::Html, Format::Json, Format::JsonLines, Format::Csv];

fn read_everything(text: &str) {
    for name in ["x.txt", "x.xml", "x.html", "x.json", "x.jsonl", "x.csv", "x.tsv", "x"] {
        let path = Path::new(name);
        let _ = detect_format(path, text);
        for format in FORMATS {
            let _ = read_documents(path, text, format, &TableColumns::default());
            let chosen =
                TableColumns { text: Some("b".into()), title: Some("x".into()), ..Default::default() };
            let _ = read_documents(path, text, format, &chosen);
            let _ = table_columns(path, text, format);
        }
    }
}

/// Pieces that make the readers take their interesting branches.
fn structured_text() -> impl Strategy<Value = String> {
    let piece = prop::sample::select(vec![
        "<DOC>",
        "</DOC>",
        "<doc >",
        "<TEXT>",
        "</TEXT>",
        "<TITLE>",
        "</TITLE>",
        "<DOCNO>",
        "</DOCNO>",
        "<P>",
        "</p>",
        "<!--",
        "-->",
        "<",
        ">",
        "&",
        "&amp;",
        "&#",
        "&#x",
        ";",
        "&#1604;",
        "&#xD800;",
        "<html>",
        "<article>",
        "<p>",
        "<script>",
        "<pre>",
        "\n",
        "\r",
        " ",
        "\t",
        "{",
        "}",
        "[",
        "]",
        "\"text\"",
        "\"b\"",
        ":",
        ",",
        ";",
        "\"",
        "نص",
        "ا",
        "\u{FEFF}",
        "\u{0}",
        "é",
        "1",
    ]);
    prop::collection::vec(piece, 0..60).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..600)) {
        if let Ok(decoded) = decode_text(&bytes) {
            read_everything(&decoded.text);
        }
        read_everything(&String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn structured_text_never_panics(text in structured_text()) {
        let _ = decode_text(text.as_bytes());
        read_everything(&text);
    }

    #[test]
    fn trec_round_trips_titles(title in "[ء-ي a-z0-9&<>\"']{1,30}", body in "[ء-ي .،\n]{1,80}") {
        let escaped = title.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;");
        let docs = read_documents(Path::new("x.xml"), &trec("P", &escaped, &body), Format::Trec, &TableColumns::default());
        let docs = docs.map_err(|e| TestCaseError::fail(e.to_string()))?;
        let expected: Vec<&str> = title.split_whitespace().collect();
        prop_assert_eq!(docs[0].title.clone(), expected.join(" "));
    }
}

// ------------------------------------------------------------------------ real data

fn data_dir() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data");
    if dir.is_dir() {
        Some(dir)
    } else {
        println!("skipped: {} is absent", dir.display());
        None
    }
}

#[test]
fn real_seed_and_ant_files() {
    let Some(data) = data_dir() else { return };
    let seed = load_one(&data.join("seed/000_d592b9f202c30752.txt"));
    assert_eq!((seed.format, seed.encoding.as_str()), (Some(Format::PlainText), "UTF-8"));
    assert!(seed.body.starts_with("دعا الرئيس الفرنسي إلى خفض وتيرة التوتر"), "{}", &seed.body[..80]);
    assert!(seed.body.lines().any(|l| l == "&"), "the stray & line is kept as written");
    assert!(seed.word_count() > 300);

    let ant = data.join("ant-v2.1");
    let d = load_one(&ant.join("Alarabia/culture/AL-culture-590-20180715.txt"));
    assert_eq!(d.format, Some(Format::Trec));
    assert_eq!(d.id.as_deref(), Some("AL-culture-590-20180715"));
    assert_eq!(d.title, "هكذا ردت إليسا على اتهامها بالسرقة");
    assert_eq!(d.source.as_deref(), Some("alarabia"));
    assert_eq!(d.category.as_deref(), Some("culture"));
    assert_eq!(d.date.as_deref(), Some("Sun, 15 Jul 2018 21:56:56 +0400"));
    assert_eq!(d.author.as_deref(), Some("القاهرة- أحمد الريدي"));
    assert!(d.url.as_deref().is_some_and(|u| u.starts_with("https://www.alarabiya.net/")));
    assert!(d.body.starts_with("قررت الفنانة #إليسا"));
    assert_eq!(d.body.lines().count(), 4);

    // Raw `&` in an ANT abstract and body stays as written.
    let d = load_one(&ant.join("Alarabia/culture/AL-culture-502-20180618.txt"));
    assert!(d.body.contains("Dolce&Gabbana"));
    assert!(d.summary.as_deref().is_some_and(|s| s.contains("Dolce&Gabbana")));

    // An article whose TEXT is empty still loads, with its title.
    let d = load_one(&ant.join("France24/internationalNews/FR-internationalNews-2077-20180629.txt"));
    assert!(d.body.is_empty());
    assert_eq!(d.title, "مونديال 2018: مرحلة المجموعات بالأرقام");
}

/// Loads every file of a folder; returns the files and the documents, failing on any error.
fn load_folder(folder: &Path) -> (Vec<PathBuf>, Vec<Document>) {
    let start = Instant::now();
    let files = collect_files(&[folder.to_path_buf()]);
    let collected = start.elapsed();
    let done = AtomicUsize::new(0);
    let loaded: Vec<Loaded> =
        load_paths(&files, &LoadOptions::default(), &AtomicBool::new(false), &|d, _| {
            done.fetch_max(d, Ordering::Relaxed);
        });
    let elapsed = start.elapsed();
    assert_eq!(done.load(Ordering::Relaxed), files.len());
    let failures: Vec<String> = loaded
        .iter()
        .filter_map(|l| l.result.as_ref().err().map(|e| format!("{}: {e}", l.path.display())))
        .collect();
    let docs: Vec<Document> = loaded.into_iter().filter_map(|l| l.result.ok()).flatten().collect();
    let words: usize = docs.iter().map(Document::word_count).sum();
    println!(
        "{}: {} files, {} documents, {} words, {} failures; listing {:.2?}, total {:.2?}",
        folder.display(),
        files.len(),
        docs.len(),
        words,
        failures.len(),
        collected,
        elapsed
    );
    assert!(failures.is_empty(), "{failures:#?}");
    (files, docs)
}

/// The whole ANT v2.1 folder: about 1 s in a debug build, 0.35 s in release (warm cache).
/// For the timing: `cargo test --release --no-default-features --test readers -- --nocapture whole_ant`.
#[test]
fn whole_ant_v21_folder_loads() {
    let Some(data) = data_dir() else { return };
    let (files, docs) = load_folder(&data.join("ant-v2.1"));
    assert_eq!(files.len(), 31_525, "every .txt file, README.md skipped");
    assert_eq!(docs.len(), 31_525);
    assert!(docs.iter().all(|d| d.format == Some(Format::Trec) && d.encoding == "UTF-8" && d.record == 0));
    assert!(docs.iter().all(|d| d.id.is_some() && !d.title.is_empty() && d.source.is_some()));
    assert_eq!(
        docs.iter().filter(|d| d.body.is_empty()).count(),
        2,
        "two France24 articles have an empty TEXT"
    );
}

/// ANT v1.1 (Jawhara FM), same format; its LICENSE file is not an article.
#[test]
fn whole_ant_v11_folder_loads() {
    let Some(data) = data_dir() else { return };
    let (files, docs) = load_folder(&data.join("ant-v1.1"));
    assert_eq!(files.len(), 10_161);
    assert_eq!(docs.len(), 10_161);
}
