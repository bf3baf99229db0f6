//! `khabar ngrams`, `khabar collocates` and `khabar keywords` end to end: the binary
//! reads a temporary folder of TREC and plain-text Arabic articles and its output is
//! checked against counts and scores worked out by hand below.

use std::path::Path;
use std::process::Command;

/// Three documents (21 words):
/// * `bbc/a.xml` (BBC, sport, 10 words): قال المدرب إن الفريق فاز. قال المدرب إن المباراة صعبة
/// * `cnn/b.xml` (CNN, economy, 8 words): قال الوزير إن الاقتصاد ينمو. ارتفع سعر النفط
/// * `plain/c.txt` (no metadata, 3 words): قال المدرب إن
fn corpus() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let trec = |src: &str, cat: &str, time: &str, text: &str| {
        format!(
            "<DOC>\n<DOCNO>{src}-1</DOCNO>\n<URL>http://example.com/{src}</URL>\n<SRC>{src}</SRC>\n\
             <CAT>{cat}</CAT>\n<TITLE>عنوان</TITLE>\n<TIME>{time}</TIME>\n<AUTHOR></AUTHOR>\n\
             <ABSTRACT>\nملخص\n</ABSTRACT>\n<TEXT>\n{text}\n</TEXT>\n</DOC>\n"
        )
    };
    let write = |rel: &str, content: &str| {
        let p = dir.path().join(rel);
        if let Some(parent) = p.parent() {
            std::fs::create_dir_all(parent).expect("mkdir");
        }
        std::fs::write(p, content).expect("write");
    };
    write(
        "bbc/a.xml",
        &trec(
            "BBC",
            "sport",
            "Sun, 15 Jul 2018 21:56:56 +0400",
            "قال المدرب إن الفريق فاز. قال المدرب إن المباراة صعبة",
        ),
    );
    write(
        "cnn/b.xml",
        &trec(
            "CNN",
            "economy",
            "Tue, 20 Feb 2018 01:44:01 GMT",
            "قال الوزير إن الاقتصاد ينمو. ارتفع سعر النفط",
        ),
    );
    write("plain/c.txt", "قال المدرب إن\n");
    dir
}

fn khabar(args: &[&str], paths: &[&Path]) -> (bool, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_khabar")).args(args).args(paths).output().expect("run khabar");
    (
        out.status.success(),
        String::from_utf8(out.stdout).expect("UTF-8 stdout"),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn ok(args: &[&str], paths: &[&Path]) -> String {
    let (success, stdout, stderr) = khabar(args, paths);
    assert!(success, "khabar {args:?} failed: {stderr}");
    stdout
}

#[test]
fn ngrams_tsv_and_json() {
    let dir = corpus();
    // Bigrams seen twice or more, by hand (none across the sentence end "فاز. قال"):
    // قال المدرب in a (×2) and c; المدرب إن in a (×2) and c.
    let out = ok(&["ngrams", "-n", "2", "--min-freq", "2"], &[dir.path()]);
    assert_eq!(out, "المدرب إن\t3\t2\nقال المدرب\t3\t2\n");
    // All bigrams: 8 in a, 6 in b, 2 in c = 16 occurrences.
    let out = ok(&["ngrams", "-n", "2"], &[dir.path()]);
    let total: u64 =
        out.lines().filter_map(|l| l.split('\t').nth(1)).filter_map(|f| f.parse::<u64>().ok()).sum();
    assert_eq!(total, 16);
    assert!(!out.contains("فاز قال"));
    let out = ok(&["ngrams", "-n", "3", "--contains", "المدرب", "--json"], &[dir.path()]);
    let rows: Vec<serde_json::Value> =
        out.lines().map(|l| serde_json::from_str(l).expect("JSON line")).collect();
    assert_eq!(rows.len(), 3, "{out}");
    assert_eq!(rows[0]["ngram"], "قال المدرب إن");
    assert_eq!(rows[0]["frequency"], 3);
    assert_eq!(rows[0]["range"], 2);
    // --excludes and the normalized level (إن → ان).
    let out = ok(&["ngrams", "-n", "2", "--by", "normalized", "--min-freq", "3"], &[dir.path()]);
    assert_eq!(out, "المدرب ان\t3\t2\nقال المدرب\t3\t2\n");
    let out = ok(&["ngrams", "-n", "2", "--excludes", "قال", "--min-freq", "2"], &[dir.path()]);
    assert_eq!(out, "المدرب إن\t3\t2\n");
    // n out of range is refused.
    assert!(!khabar(&["ngrams", "-n", "7"], &[dir.path()]).0);
}

#[test]
fn collocates_of_qal() {
    let dir = corpus();
    let out = ok(&["collocates", "--node", "قال", "--window", "1", "--sort", "freq"], &[dir.path()]);
    let rows: Vec<Vec<&str>> = out.lines().map(|l| l.split('\t').collect()).collect();
    // Node قال ×4. Window 1/1: right المدرب ×3, الوزير ×1; left فاز ×1 (the second قال
    // of a; crossing the sentence end is allowed by default).
    let cols: Vec<(&str, &str, &str, &str, &str)> =
        rows.iter().map(|r| (r[0], r[1], r[2], r[3], r[4])).collect();
    assert_eq!(
        cols,
        [("المدرب", "0", "3", "3", "3"), ("الوزير", "0", "1", "1", "1"), ("فاز", "1", "0", "1", "1")]
    );
    // MI of المدرب: N = 21, f(n) = 4, f(c) = 3, O = 3, span = 2:
    // E = 4·3·2/21 = 1.142857…, MI = log2(3/E) = log2(2.625) = 1.3923174…
    // logDice = 14 + log2(2·3/(4+3)) = 13.7776076…
    let mi: f64 = rows[0][5].parse().expect("MI");
    assert!((mi - 1.3923).abs() < 1e-4, "{mi}");
    let log_dice: f64 = rows[0][9].parse().expect("logDice");
    assert!((log_dice - 13.7776).abs() < 1e-4, "{log_dice}");
    // Inside the sentence only: فاز goes.
    let out = ok(&["collocates", "--node", "قال", "--window", "1", "--within-sentence"], &[dir.path()]);
    assert!(!out.contains("فاز"), "{out}");
    assert_eq!(out.lines().count(), 2);
    // JSON lines, and --left/--right.
    let out = ok(&["collocates", "--node", "قال", "--left", "0", "--right", "2", "--json"], &[dir.path()]);
    let rows: Vec<serde_json::Value> =
        out.lines().map(|l| serde_json::from_str(l).expect("JSON line")).collect();
    let find = |w: &str| rows.iter().find(|r| r["collocate"] == w).cloned();
    assert_eq!(find("إن").map(|r| r["freq_right"].clone()), Some(serde_json::json!(4)));
    assert!(find("فاز").is_none());
}

#[test]
fn keywords_by_source_and_reference() {
    let dir = corpus();
    // Target BBC (10 words) against the rest (11 words). المدرب: a = 2, b = 1.
    let out = ok(&["keywords", "--target-source", "bbc", "--p", "1", "--positive-only"], &[dir.path()]);
    let rows: Vec<Vec<&str>> = out.lines().map(|l| l.split('\t').collect()).collect();
    let row = rows.iter().find(|r| r[0] == "المدرب").unwrap_or_else(|| panic!("المدرب in {out}"));
    assert_eq!((row[1], row[2]), ("2", "1"));
    let (a, b, c, d) = (2.0f64, 1.0f64, 10.0f64, 11.0f64);
    let e1 = c * (a + b) / (c + d);
    let e2 = d * (a + b) / (c + d);
    let ll = 2.0 * (a * (a / e1).ln() + b * (b / e2).ln());
    let got: f64 = row[3].parse().expect("LL");
    assert!((got - ll).abs() < 1e-4, "{got} vs {ll}");
    // Log Ratio = log2((2/10)/(1/11)) = log2(2.2).
    let lr: f64 = row[6].parse().expect("Log Ratio");
    assert!((lr - 2.2f64.log2()).abs() < 1e-4, "{lr}");
    // Rows sorted by LL, descending; all positive.
    let lls: Vec<f64> = rows.iter().filter_map(|r| r[3].parse().ok()).collect();
    assert!(lls.windows(2).all(|w| w[0] >= w[1]) && lls.iter().all(|&x| x > 0.0));
    // Nothing here reaches p < 0.05.
    assert_eq!(ok(&["keywords", "--target-source", "bbc"], &[dir.path()]), "");

    // The same target as a separate corpus against the other two as a reference.
    let bbc = dir.path().join("bbc");
    let reference = dir.path().join("cnn");
    let plain = dir.path().join("plain");
    let args = [
        "keywords",
        "--p",
        "1",
        "--positive-only",
        "--reference",
        reference.to_str().unwrap_or(""),
        "--reference",
        plain.to_str().unwrap_or(""),
    ];
    let out2 = ok(&args, &[bbc.as_path()]);
    assert_eq!(out2, out);
    // --target-paths picks the same documents.
    let out3 = ok(
        &["keywords", "--p", "1", "--positive-only", "--target-paths", bbc.to_str().unwrap_or("")],
        &[dir.path()],
    );
    assert_eq!(out3, out);
    // Date range: only a is in July 2018.
    let out4 = ok(
        &["keywords", "--p", "1", "--positive-only", "--from", "2018-07-01", "--to", "2018-07-31"],
        &[dir.path()],
    );
    assert_eq!(out4, out);
    // No target and no reference: an error, not an empty list.
    let (success, _, stderr) = khabar(&["keywords"], &[dir.path()]);
    assert!(!success && stderr.contains("target"), "{stderr}");
    let (success, _, stderr) = khabar(&["keywords", "--target-source", "nowhere"], &[dir.path()]);
    assert!(!success && stderr.contains("no document"), "{stderr}");
}
