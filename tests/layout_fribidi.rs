//! Our line layout against an independent UBA implementation: GNU FriBidi.
//!
//! For every paragraph, `fribidi --nobreak --novisual --levels` gives the embedding
//! level of each character; each line we lay out is then reordered by rule L2 with
//! those levels and must equal our visual order, character for character.
//! FriBidi is required (Debian `libfribidi-bin`): a missing binary fails the test.

mod common;

use common::{fribidi_levels, reorder_l2};
use khabar::text::{BaseDirection, GraphemeCount, layout_paragraph};

#[test]
fn every_line_matches_fribidi_visual_order() {
    let mut paragraphs: Vec<String> = common::MIXED.iter().map(|s| s.to_string()).collect();
    let ant = common::ant_paragraphs();
    if ant.is_empty() {
        eprintln!("../shared/data/ant-v2.1 is absent: checking the hand-written lines only");
    } else {
        assert!(ant.len() >= 500, "sampled {} ANT paragraphs, want ≥ 500", ant.len());
    }
    paragraphs.extend(ant);
    let levels = fribidi_levels(&paragraphs);

    let mut lines_checked = 0usize;
    let mut failures = Vec::new();
    for (para, levels) in paragraphs.iter().zip(&levels) {
        let chars: Vec<char> = para.chars().collect();
        assert_eq!(chars.len(), levels.len(), "fribidi levels per character for {para:?}");
        // byte offset -> char index
        let char_at: std::collections::HashMap<usize, usize> =
            para.char_indices().enumerate().map(|(ci, (b, _))| (b, ci)).collect();
        for width in [f32::INFINITY, 60.0, 23.0, 7.0] {
            let layout = layout_paragraph(para, BaseDirection::AUTO_LTR, width, &mut GraphemeCount);
            for line in &layout.lines {
                if line.range.is_empty() {
                    continue;
                }
                let a = char_at[&line.range.start];
                let b = char_at.get(&line.range.end).copied().unwrap_or(chars.len());
                let expected = reorder_l2(&chars[a..b], &levels[a..b]);
                let ours = line.visual_text(para);
                lines_checked += 1;
                if ours != expected && failures.len() < 10 {
                    failures
                        .push(format!("width {width}: {para:?}\n ours     {ours:?}\n fribidi  {expected:?}"));
                }
            }
        }
    }
    assert!(failures.is_empty(), "lines differing from fribidi:\n{}", failures.join("\n"));
    eprintln!("{lines_checked} lines of {} paragraphs match fribidi", paragraphs.len());
}

#[test]
fn l2_reference_reorders_as_specified() {
    let chars: Vec<char> = "ab12".chars().collect();
    assert_eq!(reorder_l2(&chars, &[1, 1, 2, 2]), "12ba");
    assert_eq!(reorder_l2(&chars, &[0, 0, 0, 0]), "ab12");
}
