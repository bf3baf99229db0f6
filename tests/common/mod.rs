//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};

/// `../shared/data/<sub>` next to the repository, if present. Tests that need the
/// shared corpus print why they skip when it is absent.
pub fn shared_data(sub: &str) -> Option<PathBuf> {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/data").join(sub);
    if p.exists() {
        Some(p)
    } else {
        eprintln!("skipping: {} is absent", p.display());
        None
    }
}

/// The built-in sample corpus shipped with the app.
pub fn samples_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("assets/samples")
}

/// Hand-written lines: Arabic with Latin, both digit sets, brackets, quotes, punctuation.
pub const MIXED: &[&str] = &[
    "قال بوتين خلال مؤتمر صحفي مشترك مع هولاند: \"اتفقنا على التعاون\"، مضيفًا «نرغب في التنسيق».",
    "في قمة مجموعة العشرين G20 عام 2015 أظهرتُ صوراً (للصهاريج) التي تنقل النفط.",
    "منظومة إس 400 وصلت إلى سوريا في 25/11/2015 بسعر 3.5 مليار دولار، أي 12% من الميزانية.",
    "ارتفع المؤشر بنسبة ٣٫٥٪ إلى ١٢٬٠٠٠ نقطة يوم ٢٠ نوفمبر.",
    "The Kremlin said بوتين and Hollande met in Moscow on 26 November 2015.",
    "نشرت صحيفة New York Times تقريراً بعنوان \"Russia and France\" يوم الخميس.",
    "هل قال ذلك؟ نعم! قالها مرتين؛ الأولى في باريس والثانية في موسكو...",
    "موقع www.bbc.com/arabic و البريد info@example.com ورقم الهاتف +44 20 7946 0958",
    "&",
    "2015",
    "(1) البند الأول [مادة 3] {ملحق}",
    "عنوان: \"داعش\" و'النصرة' و«القاعدة»",
    "C++ و Rust 1.95 و Python 3.11 لغات برمجة",
    "سعر البرميل 60$ أو -5 درجات أو 1,200.50 يورو",
    "الساعة 10:30 صباحاً، 2018-07-15T21:56:56 +0400",
    "   مسافات في البداية والنهاية   ",
    "\u{202B}نص مضمّن\u{202C} and \u{2067}عزل\u{2069} text",
    "كلمةطويلةجداجداجداجداجداجداجداجداجداجداجداجداجداجداجداجداجدا بدون مسافات",
];

/// Paragraphs sampled from ANT v2.1: every paragraph of every 60th file.
pub fn ant_paragraphs() -> Vec<String> {
    let Some(root) = shared_data("ant-v2.1") else { return Vec::new() };
    let mut files: Vec<_> = walk(&root);
    files.sort();
    let mut out = Vec::new();
    for f in files.iter().step_by(60) {
        let Ok(text) = std::fs::read_to_string(f) else { continue };
        let body = text.split("<TEXT>").nth(1).and_then(|t| t.split("</TEXT>").next()).unwrap_or("");
        out.extend(body.lines().map(str::trim).filter(|l| !l.is_empty()).map(String::from));
    }
    out
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    if let Ok(rd) = std::fs::read_dir(dir) {
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                out.extend(walk(&p));
            } else if p.extension().is_some_and(|x| x == "txt") {
                out.push(p);
            }
        }
    }
    out
}

/// Embedding levels per character for each paragraph, from fribidi.
pub fn fribidi_levels(paragraphs: &[String]) -> Vec<Vec<u8>> {
    let mut child = Command::new("fribidi")
        .args(["--nobreak", "--novisual", "--levels"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run `fribidi` ({e}); install Debian package libfribidi-bin"));
    let mut stdin = child.stdin.take().expect("stdin is piped");
    let input: String = paragraphs.iter().map(|p| format!("{p}\n")).collect();
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let out = child.wait_with_output().expect("fribidi runs");
    writer.join().expect("writer thread").expect("write to fribidi");
    assert!(out.status.success(), "fribidi failed: {:?}", out.status);
    let text = String::from_utf8(out.stdout).expect("fribidi prints UTF-8");
    let levels: Vec<Vec<u8>> =
        text.lines().map(|l| l.split_whitespace().map(|n| n.parse().expect("a level")).collect()).collect();
    assert_eq!(levels.len(), paragraphs.len(), "one line of levels per paragraph");
    levels
}

/// Rule L2: from the highest level down to the lowest odd one, reverse every maximal
/// sequence of characters at that level or higher.
pub fn reorder_l2(chars: &[char], levels: &[u8]) -> String {
    let mut order: Vec<usize> = (0..chars.len()).collect();
    let Some(&max) = levels.iter().max() else { return String::new() };
    let min_odd = levels.iter().copied().filter(|l| l % 2 == 1).min().unwrap_or(max + 1);
    let mut level = max;
    while level >= min_odd && level > 0 {
        let mut i = 0;
        while i < order.len() {
            if levels[order[i]] >= level {
                let start = i;
                while i < order.len() && levels[order[i]] >= level {
                    i += 1;
                }
                order[start..i].reverse();
            } else {
                i += 1;
            }
        }
        level -= 1;
    }
    order.into_iter().map(|i| chars[i]).collect()
}
