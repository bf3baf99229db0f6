//! `khabar layout` end to end: the binary lays out a file with egui's fonts (the
//! Reader's code path) and every printed line must be fribidi's visual order of its
//! logical range, the ranges must tile each paragraph, and lines must fit the width.
#![cfg(feature = "gui")]

mod common;

use std::process::Command;

use common::{fribidi_levels, reorder_l2};

fn run_layout(text: &str, width: &str) -> String {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("in.txt");
    std::fs::write(&file, text).expect("write input");
    let out = Command::new(env!("CARGO_BIN_EXE_khabar"))
        .args(["layout", "--width", width, "--size", "16"])
        .arg(&file)
        .output()
        .expect("run khabar layout");
    assert!(out.status.success(), "khabar layout failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

#[test]
fn layout_command_matches_fribidi() {
    let mut paragraphs: Vec<String> = common::MIXED.iter().map(|s| s.to_string()).collect();
    paragraphs.extend(common::ant_paragraphs().into_iter().take(600));
    let levels = fribidi_levels(&paragraphs);
    let text = paragraphs.join("\n") + "\n";
    for width in ["100000", "400", "150"] {
        let out = run_layout(&text, width);
        let mut next_start = vec![0usize; paragraphs.len()];
        let mut lines = 0;
        for row in out.lines() {
            let mut cols = row.splitn(3, '\t');
            let (Some(p), Some(range), Some(visual)) = (cols.next(), cols.next(), cols.next()) else {
                panic!("malformed line {row:?}");
            };
            let p: usize = p.parse().expect("paragraph number");
            let (a, b) = range.split_once("..").expect("START..END");
            let (a, b): (usize, usize) = (a.parse().expect("start"), b.parse().expect("end"));
            let para = &paragraphs[p];
            assert!(a >= next_start[p] && b >= a && b <= para.len(), "range {a}..{b} in paragraph {p}");
            assert!(para[next_start[p]..a].trim().is_empty(), "only whitespace between lines");
            next_start[p] = b;
            let ca = para[..a].chars().count();
            let cb = ca + para[a..b].chars().count();
            let chars: Vec<char> = para.chars().collect();
            assert_eq!(
                visual,
                reorder_l2(&chars[ca..cb], &levels[p][ca..cb]),
                "paragraph {p} at width {width}"
            );
            lines += 1;
        }
        for (p, para) in paragraphs.iter().enumerate() {
            assert!(para[next_start[p]..].trim().is_empty(), "paragraph {p} fully laid out at width {width}");
        }
        if width == "100000" {
            assert_eq!(lines, paragraphs.len(), "one line per paragraph when nothing wraps");
        } else {
            assert!(lines > paragraphs.len(), "narrow widths wrap");
        }
    }
}

#[test]
fn layout_command_reports_bad_input() {
    let out = Command::new(env!("CARGO_BIN_EXE_khabar"))
        .args(["layout", "--width", "300", "/nonexistent/file.txt"])
        .output()
        .expect("run khabar layout");
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot read"));
    assert_eq!(run_layout("", "300"), "");
}
