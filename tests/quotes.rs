//! Quotes end to end: the seed article (every quote of Putin and Hollande with its
//! speaker), and span F1 / speaker accuracy on hand-annotated ANT v2.1 and v1.1
//! (JawharaFM) articles
//! (`tests/data/quotes/*.gold.tsv`: KIND<TAB>SPEAKER[|ALTERNATIVE]<TAB>TEXT, TEXT a
//! substring of the body).

use std::ops::Range;
use std::path::Path;

use khabar::analysis::quotes::{Quote, QuoteKind, quotes, quotes_heuristic};
use khabar::corpus::{LoadOptions, load_file};
use khabar::text::normalize::{Normalization, normalize};

fn n(s: &str) -> String {
    normalize(s, &Normalization::search())
}

/// The seed's quotes: (kind, speaker, start of the quoted text).
const SEED: &[(QuoteKind, &str, &str)] = &[
    (QuoteKind::Direct, "فلاديمير بوتين", "اتفقنا مع هولاند على التعاون"),
    (QuoteKind::Direct, "فلاديمير بوتين", "نرغب أن يكون هناك تنسيق"),
    (QuoteKind::Direct, "فلاديمير بوتين", "نتعاطى باحترام مع التحالف"),
    (QuoteKind::Direct, "فلاديمير بوتين", "لدينا شكوك حول وجهة الشحنات"),
    (QuoteKind::Direct, "فلاديمير بوتين", "كنا ننظر إلى تركيا"),
    (QuoteKind::Direct, "فلاديمير بوتين", "لم نكن نتوقع أن نتلقى ضربة"),
    (QuoteKind::Indirect, "فلاديمير بوتين", "أنه قبل الضربة التي تلقتها روسيا"),
    (QuoteKind::Direct, "فلاديمير بوتين", "في قمة العشرين، أظهرتُ"),
    (QuoteKind::Direct, "فلاديمير بوتين", "لا نرى أن السلطات التركية"),
    (QuoteKind::Direct, "فلاديمير بوتين", "إن وجودنا العسكري في سوريا"),
    (QuoteKind::Indirect, "فلاديمير بوتين", "\"داعش\" والتنظيمات الإرهابية الأخرى"),
    (QuoteKind::Indirect, "فلاديمير بوتين", "الجيش السوري حليف موسكو"),
    (QuoteKind::Indirect, "فلاديمير بوتين", "اقتلاع الإرهاب من سوريا"),
    (QuoteKind::Indirect, "فلاديمير بوتين", "ذلك يحدده الشعب السوري"),
    // «وأعرب عن رغبة باريس بأن يكون هناك تنسيق…»: a stance and what follows (stop 21).
    (QuoteKind::Indirect, "فرانسوا هولاند", "رغبة باريس بأن"),
    (QuoteKind::Direct, "فرانسوا هولاند", "مستعدون للعمل مع روسيا"),
    (QuoteKind::Indirect, "فرانسوا هولاند", "حاملة الطائرات الفرنسية"),
    (QuoteKind::Direct, "فرانسوا هولاند", "اتفقت مع الرئيس بوتين"),
    (QuoteKind::Mixed, "فلاديمير بوتين", "روسيا مستعدة للتعاون مع فرنسا"),
    (QuoteKind::Mixed, "فلاديمير بوتين", "ما تعرضت له روسيا وفرنسا"),
    (QuoteKind::Direct, "فرانسوا هولاند", "جئت الى موسكو لتنسيق"),
    (QuoteKind::Indirect, "فرانسوا هولاند", "أنه من الضروري إنشاء تحالف"),
];

fn check_seed(body: &str, qs: &[Quote]) {
    let got: Vec<(QuoteKind, String, &str)> = qs
        .iter()
        .map(|q| (q.kind, q.speaker_name.clone().unwrap_or_default(), body.get(q.text.clone()).unwrap_or("")))
        .collect();
    assert_eq!(got.len(), SEED.len(), "{got:#?}");
    for ((kind, speaker, start), (gk, gs, gt)) in SEED.iter().zip(&got) {
        assert!(gt.starts_with(start), "expected a quote starting {start:?}, got {gt:?}");
        assert_eq!(gs, speaker, "speaker of {gt:?}");
        assert_eq!(gk, kind, "kind of {gt:?}");
    }
    // Nested "داعش" stays inside its quote; the unclosed quote ends before the final full stop.
    assert!(
        got.iter().any(|g| g.2 == "نرغب أن يكون هناك تنسيق وتبادل للمعلومات الاستخبارية لمواجهة \"داعش\"")
    );
    assert!(!got.iter().any(|g| g.2 == "داعش" || g.2 == "شارل ديغول"));
}

#[test]
fn seed_who_said_what() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/data/seed/000_d592b9f202c30752.txt");
    let Ok(body) = std::fs::read_to_string(path) else {
        eprintln!("{path} is absent: seed quotes test skipped");
        return;
    };
    check_seed(&body, &quotes_heuristic("", &body));
    check_seed(&body, &quotes("", &body).0);
}

struct Gold {
    text: Range<usize>,
    speakers: Vec<String>,
}

fn overlap(a: &Range<usize>, b: &Range<usize>) -> f64 {
    let inter = a.end.min(b.end).saturating_sub(a.start.max(b.start)) as f64;
    let union = (a.end.max(b.end) - a.start.min(b.start)) as f64;
    if union == 0.0 { 0.0 } else { inter / union }
}

fn last_word(s: &str) -> String {
    n(s).split_whitespace().last().unwrap_or("").trim_matches(|c: char| !c.is_alphanumeric()).to_string()
}

/// Span F1 (a predicted quote matches a gold one when their byte ranges overlap by at
/// least half of their union, one to one) and speaker accuracy over matched quotes (the
/// speaker's last name word equals the gold's, or one name holds the other).
fn score(dir: &Path, heuristic: bool) -> (usize, usize, usize, usize, usize) {
    let (mut tp, mut pred, mut gold_n, mut spk_ok, mut spk_n) = (0, 0, 0, 0, 0);
    let mut files: Vec<_> =
        std::fs::read_dir(dir).into_iter().flatten().flatten().map(|e| e.path()).collect();
    files.sort();
    for gold_path in files.iter().filter(|p| p.to_string_lossy().ends_with(".gold.tsv")) {
        let art = gold_path.to_string_lossy().replace(".gold.tsv", ".txt");
        let loaded = load_file(Path::new(&art), &LoadOptions::default());
        let doc = loaded.result.ok().and_then(|d| d.into_iter().next()).expect("fixture article loads");
        let body = &doc.body;
        let gold: Vec<Gold> = std::fs::read_to_string(gold_path)
            .unwrap_or_default()
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .map(|l| {
                let mut f = l.splitn(3, '\t');
                let _kind = f.next();
                let speakers = f.next().unwrap_or("").split('|').map(str::to_string).collect();
                let text = f.next().unwrap_or("");
                let start = body.find(text).unwrap_or_else(|| panic!("gold text not in {art}: {text}"));
                Gold { text: start..start + text.len(), speakers }
            })
            .collect();
        let qs = if heuristic { quotes_heuristic(&doc.title, body) } else { quotes(&doc.title, body).0 };
        let mut used = vec![false; gold.len()];
        for q in &qs {
            let best = gold
                .iter()
                .enumerate()
                .filter(|(i, _)| !used[*i])
                .map(|(i, g)| (i, overlap(&q.text, &g.text)))
                .max_by(|a, b| a.1.total_cmp(&b.1));
            if let Some((i, o)) = best
                && o >= 0.5
            {
                used[i] = true;
                tp += 1;
                spk_n += 1;
                let name = q.speaker_name.clone().unwrap_or_default();
                let ok = gold[i].speakers.iter().any(|g| {
                    let (gn, pn) = (n(g), n(&name));
                    !pn.is_empty()
                        && (last_word(g) == last_word(&name) || gn.contains(&pn) || pn.contains(&gn))
                });
                if ok {
                    spk_ok += 1;
                } else {
                    eprintln!(
                        "speaker: got {name:?}, want {:?} for {:?}",
                        gold[i].speakers,
                        body.get(q.text.clone())
                    );
                }
            } else {
                eprintln!("extra quote in {art}: {:?}", body.get(q.text.clone()));
            }
        }
        for (g, u) in gold.iter().zip(&used) {
            if !u {
                eprintln!("missed quote in {art}: {:?}", body.get(g.text.clone()));
            }
        }
        pred += qs.len();
        gold_n += gold.len();
    }
    (tp, pred, gold_n, spk_ok, spk_n)
}

#[test]
fn annotated_ant_articles() {
    // KHABAR_QUOTES_FIXTURES scores another directory of annotated articles (same format).
    let default_dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/quotes");
    let dir_buf = std::env::var("KHABAR_QUOTES_FIXTURES").unwrap_or_else(|_| default_dir.to_string());
    let dir = Path::new(&dir_buf);
    // Score both extractors before asserting, so a failure still reports both.
    let scores: Vec<_> = [true, false].into_iter().map(|h| (h, score(dir, h))).collect();
    let mut results = Vec::new();
    for (heuristic, (tp, pred, gold, spk_ok, spk_n)) in scores {
        let p = tp as f64 / pred.max(1) as f64;
        let r = tp as f64 / gold.max(1) as f64;
        let f1 = if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) };
        let acc = spk_ok as f64 / spk_n.max(1) as f64;
        eprintln!(
            "quotes (heuristic people: {heuristic}): {gold} gold, {pred} found, {tp} matched: P {:.1} R {:.1} F1 {:.1}; speaker {spk_ok}/{spk_n} = {:.1}%",
            100.0 * p,
            100.0 * r,
            100.0 * f1,
            100.0 * acc
        );
        results.push((gold, f1, acc));
    }
    // Both reports are printed before the first assertion.
    for (gold, f1, acc) in results {
        assert!(gold >= 30, "fixtures missing");
        assert!(f1 >= FLOOR_F1, "span F1 {f1:.3} fell below {FLOOR_F1}");
        assert!(acc >= FLOOR_SPEAKER, "speaker accuracy {acc:.3} fell below {FLOOR_SPEAKER}");
    }
}

/// Floors just under the scores reached (see the report printed by the test): 88.6 /
/// 93.2 % with the NER model, 88.5 / 92.6 % without, over 3,050 articles (15,582
/// quotes). The last 3,004 articles were scored blind before being added, in 376
/// rounds, and keep misses of frames left out (see the README), so these sit below the
/// earlier 0.965 / 0.975; each blind set added pulls F1 down a little (first sight is
/// 65–98).
/// One article alone (CN-middleEast-446: two poems quoted line by line after «قال في
/// قصيدته:», 24 unmarked verse lines the rules do not take) costs 0.6 points of F1.
const FLOOR_F1: f64 = 0.88;
// (0.93 from stop 18 to stop 20; 0.925 from stop 21 to stop 24; 0.92 since stop 25,
// whose long quoted passages with no frame, given to the person named before them, won
// 0.3 points of F1 and cost 0.3 of speakers, without NER down to 92.46 %; 0.925 again
// since stop 26, whose speaker rules brought it back to 92.7 %.)
const FLOOR_SPEAKER: f64 = 0.925;
