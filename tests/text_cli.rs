//! `khabar normalize`, `khabar tokenize` and `khabar sentences` as a user runs them.

use std::io::Write;
use std::process::{Command, Stdio};

/// Runs `khabar ARGS` with `input` on stdin: (status ok, stdout, stderr).
fn khabar(args: &[&str], input: &[u8]) -> (bool, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_khabar"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start khabar");
    let mut stdin = child.stdin.take().expect("stdin");
    let input = input.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(&input);
    });
    let out = child.wait_with_output().expect("run khabar");
    let _ = writer.join();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn normalize_default_and_switches() {
    let text = "قالَ أحمدُ: «إلى مدرسةٍ كتـــابها ٢٠١٥» ﻻ\n";
    let (ok, out, err) = khabar(&["normalize"], text.as_bytes());
    assert!(ok, "{err}");
    assert_eq!(out, "قال أحمد: «إلى مدرسة كتابها ٢٠١٥» لا\n");
    let (ok, out, _) =
        khabar(&["normalize", "--alef", "--ya", "--ta-marbuta", "--digits", "western"], text.as_bytes());
    assert!(ok);
    assert_eq!(out, "قال احمد: «الي مدرسه كتابها 2015» لا\n");
    let (ok, out, _) = khabar(&["normalize", "--search", "--keep-tashkeel"], "إلى مدرسةٍ".as_bytes());
    assert!(ok);
    assert_eq!(out, "الي مدرسهٍ");
    let (ok, out, _) = khabar(&["normalize", "--none", "--hamza"], "مسؤول رئيسُ".as_bytes());
    assert!(ok);
    assert_eq!(out, "مسءول رءيسُ");
    let (ok, out, _) = khabar(&["normalize", "--digits", "arabic"], b"G20 2015");
    assert!(ok);
    assert_eq!(out, "G٢٠ ٢٠١٥");
}

#[test]
fn tokenize_lines_and_json() {
    let text = "قال بـ\"إرسال\" 3.5% G20";
    let (ok, out, err) = khabar(&["tokenize"], text.as_bytes());
    assert!(ok, "{err}");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines,
        vec![
            "ARABIC\t0..6\tقال",
            "PROCLITIC\t7..11\tبـ",
            "PUNCT\t11..12\t\"",
            "ARABIC\t12..22\tإرسال",
            "PUNCT\t22..23\t\"",
            "NUMBER\t24..27\t3.5",
            "SYMBOL\t27..28\t%",
            "LATIN\t29..32\tG20",
        ]
    );
    for l in &lines {
        let range = l.split('\t').nth(1).unwrap_or("");
        let (a, b) = range.split_once("..").unwrap_or(("0", "0"));
        let (a, b): (usize, usize) = (a.parse().unwrap_or(0), b.parse().unwrap_or(0));
        assert_eq!(&text[a..b], l.split('\t').nth(2).unwrap_or(""));
    }
    let (ok, out, _) = khabar(&["tokenize", "--json"], "#إليسا a@b.com".as_bytes());
    assert!(ok);
    let v: Vec<serde_json::Value> =
        out.lines().map(|l| serde_json::from_str(l).expect("json line")).collect();
    assert_eq!(v.len(), 2);
    assert_eq!(v[0]["kind"], "HASHTAG");
    assert_eq!(v[0]["text"], "#إليسا");
    assert_eq!(v[1]["kind"], "EMAIL");
    assert_eq!(v[1]["start"], 12);
}

#[test]
fn sentences_one_per_line() {
    let text = "قال د. محمد إن النمو بلغ 3.5 بالمئة. وأضاف: \"سنواصل.\" ثم غادر\nعنوان فرعي\n";
    let (ok, out, err) = khabar(&["sentences"], text.as_bytes());
    assert!(ok, "{err}");
    assert_eq!(out, "قال د. محمد إن النمو بلغ 3.5 بالمئة.\nوأضاف: \"سنواصل.\"\nثم غادر\nعنوان فرعي\n");
    let (ok, out, _) = khabar(&["sentences", "--offsets"], "ذهب. عاد".as_bytes());
    assert!(ok);
    assert_eq!(out, "0..7\tذهب.\n8..14\tعاد\n");
}

#[test]
fn bad_input() {
    // Invalid UTF-8: a clear error with the byte offset.
    let mut bytes = "كلمة ".as_bytes().to_vec();
    bytes.extend_from_slice(&[0xFF, 0xFE]);
    for cmd in ["tokenize", "normalize", "sentences"] {
        let (ok, _, err) = khabar(&[cmd], &bytes);
        assert!(!ok, "{cmd} accepted invalid UTF-8");
        assert!(err.contains("not valid UTF-8") && err.contains("byte offset 9"), "{cmd}: {err}");
    }
    // NUL bytes are separators, passed through by normalize.
    let (ok, out, _) = khabar(&["tokenize"], "أ\0ب".as_bytes());
    assert!(ok);
    assert_eq!(out, "ARABIC\t0..2\tأ\nARABIC\t3..5\tب\n");
    let (ok, out, _) = khabar(&["normalize"], "أَ\0".as_bytes());
    assert!(ok);
    assert_eq!(out, "أ\0");
    // Empty input: empty output.
    for cmd in ["tokenize", "normalize", "sentences"] {
        let (ok, out, _) = khabar(&[cmd], b"");
        assert!(ok && out.is_empty(), "{cmd}");
    }
}

/// A single 21 MB line (no line break, words and a 3 MiB "word"): streamed in blocks,
/// offsets into the whole input.
#[test]
fn long_single_line_streams_with_global_offsets() {
    let word = "كتاب ";
    let mut text = word.repeat(2_000_000);
    text.push_str(&"ب".repeat(1_500_000));
    text.push_str(" آخر");
    let (ok, out, err) = khabar(&["tokenize"], text.as_bytes());
    assert!(ok, "{err}");
    let lines: Vec<&str> = out.lines().collect();
    // The 3,000,000-byte word comes out as ceil(3e6 / 1 MiB) = 3 pieces.
    assert_eq!(lines.len(), 2_000_000 + 3 + 1);
    assert!(
        lines[2_000_000..2_000_003].iter().all(|l| l.starts_with("ARABIC\t") && l.len() <= (1 << 20) + 40)
    );
    assert_eq!(lines[1_999_999], format!("ARABIC\t{}..{}\tكتاب", 1_999_999 * 9, 1_999_999 * 9 + 8));
    let last = text.len();
    assert_eq!(lines.last().copied(), Some(format!("ARABIC\t{}..{last}\tآخر", last - 6).as_str()));
    let (ok, out, _) = khabar(&["normalize"], text.as_bytes());
    assert!(ok);
    assert!(out == text, "the safe set leaves this text unchanged");
}
