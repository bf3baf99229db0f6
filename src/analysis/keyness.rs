//! Keywords (keyness): the words a target sub-corpus uses significantly more (or less)
//! than a reference corpus.
//!
//! The target is a set of documents of an index, given as a mask (one `bool` per
//! document: selected documents, one source, one category, a date range — see
//! [`mask_by_source`], [`mask_by_category`], [`mask_by_date_range`],
//! [`mask_by_paths`]). The reference is either the rest of the same index or another
//! index (a separately loaded reference corpus; items are matched by their form at the
//! level). Counted at a [`Level`]; only countable tokens (words, numbers) count.
//!
//! For an item with frequency `a` in the target (`c` words) and `b` in the reference
//! (`d` words):
//!
//! * log-likelihood (Rayson & Garside 2000): `E1 = c·(a+b)/(c+d)`, `E2 = d·(a+b)/(c+d)`,
//!   `LL = 2·(a·ln(a/E1) + b·ln(b/E2))` (`0·ln 0 = 0`), signed: positive when the item is
//!   relatively more frequent in the target (`a/c > b/d`), negative when less.
//! * p-value: LL follows a chi-square distribution with 1 degree of freedom, so
//!   `p = erfc(√(LL/2))` ([`erfc`]). Cut-offs: p < 0.05 ⇔ LL ≥ 3.84, 0.01 ⇔ 6.63,
//!   0.001 ⇔ 10.83, 0.0001 ⇔ 15.13.
//! * %DIFF (Gabrielatos & Marchi 2012) `= (NFt − NFr)·100 / NFr` with `NF` the
//!   frequency per million words.
//! * Log Ratio (Hardie 2014) `= log2((a/c) / (b/d))`.
//!
//!   For %DIFF and Log Ratio a zero frequency is replaced by 0.5 (so an item absent from
//!   the reference gets a large finite value instead of infinity); LL needs no smoothing.

use std::path::PathBuf;

use rayon::prelude::*;
use rustc_hash::FxHashMap;
use serde::Serialize;

use super::index::{CorpusIndex, Level, is_countable};

/// The reference corpus.
#[derive(Debug, Clone, Copy)]
pub enum Reference<'a> {
    /// The documents of the same index outside the target mask.
    Rest,
    /// All documents of another index.
    Corpus(&'a CorpusIndex),
}

/// A significance cut-off.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub enum Significance {
    /// No cut-off.
    All,
    /// p < 0.05 (LL ≥ 3.84).
    P05,
    /// p < 0.01 (LL ≥ 6.63).
    P01,
    /// p < 0.001 (LL ≥ 10.83).
    P001,
    /// p < 0.0001 (LL ≥ 15.13).
    P0001,
}

impl Significance {
    /// The critical |LL| of the cut-off (chi-square, 1 df).
    pub fn critical_ll(self) -> f64 {
        match self {
            Significance::All => 0.0,
            Significance::P05 => 3.84,
            Significance::P01 => 6.63,
            Significance::P001 => 10.83,
            Significance::P0001 => 15.13,
        }
    }

    /// The cut-off for a p-value written as `0.05`, `0.01`, `0.001`, `0.0001` or `1`.
    pub fn from_p(p: f64) -> Option<Significance> {
        [
            (1.0, Significance::All),
            (0.05, Significance::P05),
            (0.01, Significance::P01),
            (0.001, Significance::P001),
            (0.0001, Significance::P0001),
        ]
        .into_iter()
        .find(|(v, _)| (p - v).abs() < 1e-12)
        .map(|(_, s)| s)
    }
}

/// Level and filters.
#[derive(Debug, Clone, PartialEq)]
pub struct KeynessOptions {
    /// The level at which items are counted.
    pub level: Level,
    /// Keep items with at least this frequency in the target (default 1; 0 also lists
    /// items absent from the target, as negative keywords).
    pub min_freq: u64,
    /// Keep items whose |LL| reaches this cut-off (default p < 0.05).
    pub significance: Significance,
    /// Also list negative keywords (underused in the target; default true).
    pub include_negative: bool,
}

impl Default for KeynessOptions {
    fn default() -> Self {
        KeynessOptions {
            level: Level::Surface,
            min_freq: 1,
            significance: Significance::P05,
            include_negative: true,
        }
    }
}

/// One keyword.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct KeywordRow {
    /// The item's form at the level.
    pub item: String,
    /// Frequency in the target.
    pub freq_target: u64,
    /// Frequency in the reference.
    pub freq_reference: u64,
    /// Signed log-likelihood (positive: overused in the target).
    pub log_likelihood: f64,
    /// p-value of the LL (chi-square, 1 df).
    pub p: f64,
    /// %DIFF (0.5 for zero frequencies).
    pub percent_diff: f64,
    /// Log Ratio (0.5 for zero frequencies).
    pub log_ratio: f64,
}

/// The result with the sizes of both sides.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Keywords {
    /// Documents in the target.
    pub target_docs: usize,
    /// Words in the target (`c`).
    pub target_words: u64,
    /// Documents in the reference.
    pub reference_docs: usize,
    /// Words in the reference (`d`).
    pub reference_words: u64,
    /// Sorted by LL, descending.
    pub rows: Vec<KeywordRow>,
}

/// Complementary error function, `erfc(x) = 1 − erf(x)`.
///
/// For |x| < 3 the Maclaurin series `erf(x) = 2/√π · Σ (−1)ᵏ x^(2k+1) / (k!·(2k+1))`,
/// summed until the terms fall below 1e-17 of the sum (absolute error of `erfc` below
/// 1e-13 there: the largest term is about e^(x²) ≈ 8·10³, so at most four digits of the
/// 16 are lost); for |x| ≥ 3 the Laplace continued fraction
/// `erfc(x) = e^(−x²)/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + 2/(x + …)))))` evaluated
/// bottom-up with 60 terms (relative error below 1e-15 for x ≥ 3). Both are far inside
/// the required 1e-7; `erfc(−x) = 2 − erfc(x)`.
pub fn erfc(x: f64) -> f64 {
    if x.is_nan() {
        return f64::NAN;
    }
    if x < 0.0 {
        return 2.0 - erfc(-x);
    }
    if x < 3.0 {
        let x2 = x * x;
        let mut term = x; // (−1)ᵏ x^(2k+1) / k!
        let mut sum = x;
        let mut k = 0.0;
        loop {
            k += 1.0;
            term *= -x2 / k;
            let add = term / (2.0 * k + 1.0);
            sum += add;
            if add.abs() < 1e-17 * sum.abs() || k > 200.0 {
                break;
            }
        }
        1.0 - sum * std::f64::consts::FRAC_2_SQRT_PI
    } else {
        let mut f = x;
        for k in (1..=60).rev() {
            f = x + (k as f64 / 2.0) / f;
        }
        (-x * x).exp() / (std::f64::consts::PI.sqrt() * f)
    }
}

/// p-value of a log-likelihood (chi-square with 1 degree of freedom).
pub fn p_value(ll: f64) -> f64 {
    erfc((ll.abs() / 2.0).sqrt())
}

/// Signed log-likelihood of frequency `a` in `c` words against `b` in `d` words.
pub fn signed_log_likelihood(a: f64, b: f64, c: f64, d: f64) -> f64 {
    if c <= 0.0 || d <= 0.0 {
        return 0.0;
    }
    let e1 = c * (a + b) / (c + d);
    let e2 = d * (a + b) / (c + d);
    let part = |o: f64, e: f64| if o > 0.0 && e > 0.0 { o * (o / e).ln() } else { 0.0 };
    let ll = (2.0 * (part(a, e1) + part(b, e2))).max(0.0);
    if a / c < b / d { -ll } else { ll }
}

/// %DIFF and Log Ratio of `a` in `c` words against `b` in `d` words, zeros replaced by 0.5.
pub fn effect_sizes(a: f64, b: f64, c: f64, d: f64) -> (f64, f64) {
    let a = if a == 0.0 { 0.5 } else { a };
    let b = if b == 0.0 { 0.5 } else { b };
    let c = c.max(1.0);
    let d = d.max(1.0);
    let nt = a / c * 1e6;
    let nr = b / d * 1e6;
    ((nt - nr) * 100.0 / nr, (nt / nr).log2())
}

/// Frequencies per level id of the countable tokens of the documents with `mask[d]`
/// (all documents if `mask` is `None`), and the number of words counted.
fn level_counts(index: &CorpusIndex, level: Level, mask: Option<&[bool]>) -> (Vec<u64>, u64) {
    let n_ids = index.vocab(level).len();
    let table: Vec<u32> = (0..index.type_count() as u32)
        .map(|t| if is_countable(index.kind(t)) { index.level_id(t, level) } else { u32::MAX })
        .collect();
    if mask.is_none() {
        // From the postings: no pass over the tokens.
        let mut counts = vec![0u64; n_ids];
        let mut words = 0;
        for (t, &id) in table.iter().enumerate() {
            if let Some(c) = counts.get_mut(id as usize) {
                let f = index.postings(t as u32).len() as u64;
                *c += f;
                words += f;
            }
        }
        return (counts, words);
    }
    let tokens = index.tokens();
    (0..index.doc_count())
        .into_par_iter()
        .with_min_len(256)
        .filter(|&d| mask.is_none_or(|m| m.get(d).copied().unwrap_or(false)))
        .fold(
            || (vec![0u64; n_ids], 0u64),
            |(mut counts, mut words), d| {
                let r = index.doc_tokens(d);
                for &t in &tokens[r.start as usize..r.end as usize] {
                    let id = table.get(t as usize).copied().unwrap_or(u32::MAX);
                    if let Some(c) = counts.get_mut(id as usize) {
                        *c += 1;
                        words += 1;
                    }
                }
                (counts, words)
            },
        )
        .reduce(
            || (vec![0u64; n_ids], 0),
            |(mut a, wa), (b, wb)| {
                for (x, y) in a.iter_mut().zip(b) {
                    *x += y;
                }
                (a, wa + wb)
            },
        )
}

/// Keywords of the documents of `index` selected by `target` (all documents if `None`)
/// against `reference` (see the module documentation). Rows sorted by LL, descending.
pub fn keywords(
    index: &CorpusIndex,
    target: Option<&[bool]>,
    reference: Reference<'_>,
    opts: &KeynessOptions,
) -> Keywords {
    let level = opts.level;
    let (t_counts, t_words) = level_counts(index, level, target);
    let target_docs = match target {
        Some(m) => (0..index.doc_count()).filter(|&d| m.get(d).copied().unwrap_or(false)).count(),
        None => index.doc_count(),
    };
    // Reference counts, aligned on the target's level ids (items only in the reference
    // are kept apart: they are negative keywords with a = 0).
    let mut r_aligned = vec![0u64; t_counts.len()];
    let mut r_only: Vec<(String, u64)> = Vec::new();
    let (reference_docs, r_words) = match reference {
        Reference::Rest => {
            let (all, all_words) = level_counts(index, level, None);
            for (r, (a, t)) in r_aligned.iter_mut().zip(all.iter().zip(&t_counts)) {
                *r = a.saturating_sub(*t);
            }
            (index.doc_count() - target_docs, all_words.saturating_sub(t_words))
        }
        Reference::Corpus(other) => {
            let (counts, words) = level_counts(other, level, None);
            let mine = index.vocab(level);
            let theirs = other.vocab(level);
            for (id, &f) in counts.iter().enumerate() {
                if f == 0 {
                    continue;
                }
                let s = theirs.get(id as u32);
                match mine.id(s) {
                    Some(my) if (my as usize) < r_aligned.len() => r_aligned[my as usize] += f,
                    _ => r_only.push((s.to_owned(), f)),
                }
            }
            (other.doc_count(), words)
        }
    };
    let (c, d) = (t_words as f64, r_words as f64);
    let critical = opts.significance.critical_ll();
    let make = |item: &str, a: u64, b: u64| -> Option<KeywordRow> {
        // With min_freq 0, items absent from the target (negative keywords) are kept.
        if a < opts.min_freq {
            return None;
        }
        let ll = signed_log_likelihood(a as f64, b as f64, c, d);
        if ll.abs() < critical || (ll < 0.0 && !opts.include_negative) {
            return None;
        }
        let (percent_diff, log_ratio) = effect_sizes(a as f64, b as f64, c, d);
        Some(KeywordRow {
            item: item.to_owned(),
            freq_target: a,
            freq_reference: b,
            log_likelihood: ll,
            p: p_value(ll),
            percent_diff,
            log_ratio,
        })
    };
    let vocab = index.vocab(level);
    let mut rows: Vec<KeywordRow> = t_counts
        .iter()
        .zip(&r_aligned)
        .enumerate()
        .filter(|(_, (a, b))| **a + **b > 0)
        .filter_map(|(id, (&a, &b))| make(vocab.get(id as u32), a, b))
        .collect();
    rows.extend(r_only.iter().filter_map(|(s, b)| make(s, 0, *b)));
    rows.sort_by(|x, y| y.log_likelihood.total_cmp(&x.log_likelihood).then_with(|| x.item.cmp(&y.item)));
    Keywords { target_docs, target_words: t_words, reference_docs, reference_words: r_words, rows }
}

/// Documents whose source equals `source` (case and surrounding spaces ignored).
pub fn mask_by_source(index: &CorpusIndex, source: &str) -> Vec<bool> {
    let want = source.trim();
    index
        .documents()
        .iter()
        .map(|d| d.source.as_deref().is_some_and(|s| s.trim().eq_ignore_ascii_case(want)))
        .collect()
}

/// Documents whose category equals `category` (case and surrounding spaces ignored).
pub fn mask_by_category(index: &CorpusIndex, category: &str) -> Vec<bool> {
    let want = category.trim();
    index
        .documents()
        .iter()
        .map(|d| d.category.as_deref().is_some_and(|s| s.trim().eq_ignore_ascii_case(want)))
        .collect()
}

/// Documents read from one of `paths` or from a file under one of them (a folder).
pub fn mask_by_paths(index: &CorpusIndex, paths: &[PathBuf]) -> Vec<bool> {
    let norm = |p: &std::path::Path| std::fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf());
    let wanted: Vec<PathBuf> = paths.iter().map(|p| norm(p)).collect();
    let mut cache: FxHashMap<PathBuf, bool> = FxHashMap::default();
    index
        .documents()
        .iter()
        .map(|d| {
            *cache.entry(d.path.clone()).or_insert_with(|| {
                let p = norm(&d.path);
                wanted.iter().any(|w| p.starts_with(w))
            })
        })
        .collect()
}

/// A calendar date (the time of day and the time zone are ignored: a date is the day
/// the file writes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Date {
    /// The year, e.g. 2018.
    pub year: i32,
    /// 1–12.
    pub month: u8,
    /// 1–31.
    pub day: u8,
}

const MONTHS: [&str; 12] =
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/// Parses a date leniently: ANT/RFC 2822 style `Sun, 15 Jul 2018 21:56:56 +0400`,
/// `15 July 2018`, ISO `2018-07-15`, `2018-07-15T21:56:56Z`, `2018/07/15`,
/// `20180715`, and (for range bounds) `2018-07` (the 1st) or `2018` (1 January).
/// The first date found wins; `None` if there is none or it is impossible (31 Feb).
pub fn parse_date(s: &str) -> Option<Date> {
    let s = s.trim();
    let words: Vec<&str> =
        s.split(|c: char| c.is_whitespace() || c == ',').filter(|w| !w.is_empty()).collect();
    // Day Month Year, with the month as a name.
    for (i, w) in words.iter().enumerate() {
        let lower = w.to_ascii_lowercase();
        if lower.len() < 3 || !lower.is_char_boundary(3) {
            continue;
        }
        let Some(m) = MONTHS.iter().position(|m| lower.starts_with(m)) else { continue };
        let day = i.checked_sub(1).and_then(|j| words.get(j)).and_then(|d| d.parse::<u8>().ok());
        let year = words.get(i + 1).and_then(|y| y.parse::<i32>().ok());
        if let (Some(day), Some(year)) = (day, year) {
            return valid(year, m as u8 + 1, day);
        }
        // Month Day Year ("Jul 15 2018").
        let day = words.get(i + 1).and_then(|d| d.parse::<u8>().ok());
        let year = words.get(i + 2).and_then(|y| y.parse::<i32>().ok());
        if let (Some(day), Some(year)) = (day, year) {
            return valid(year, m as u8 + 1, day);
        }
    }
    // Numeric: YYYY-MM-DD, YYYY/MM/DD, YYYY.MM.DD, YYYYMMDD, YYYY-MM, YYYY.
    let head: &str = s.split(['T', ' ']).next().unwrap_or("");
    let parts: Vec<&str> = head.split(['-', '/', '.']).collect();
    let num = |p: &str| {
        if !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()) { p.parse::<i32>().ok() } else { None }
    };
    match parts.as_slice() {
        [y, m, d] if y.len() == 4 => valid(num(y)?, u8::try_from(num(m)?).ok()?, u8::try_from(num(d)?).ok()?),
        // DD/MM/YYYY.
        [d, m, y] if y.len() == 4 => valid(num(y)?, u8::try_from(num(m)?).ok()?, u8::try_from(num(d)?).ok()?),
        [y, m] if y.len() == 4 => valid(num(y)?, u8::try_from(num(m)?).ok()?, 1),
        [y] if y.len() == 8 => {
            let v = num(y)?;
            valid(v / 10_000, u8::try_from(v / 100 % 100).ok()?, u8::try_from(v % 100).ok()?)
        }
        [y] if y.len() == 4 => valid(num(y)?, 1, 1),
        _ => None,
    }
}

fn valid(year: i32, month: u8, day: u8) -> Option<Date> {
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return None,
    };
    (1..=days).contains(&day).then_some(Date { year, month, day })
}

/// Documents dated within `from..=to` (either bound may be open). Documents without a
/// readable date are left out.
pub fn mask_by_date_range(index: &CorpusIndex, from: Option<Date>, to: Option<Date>) -> Vec<bool> {
    index
        .documents()
        .iter()
        .map(|d| {
            d.date
                .as_deref()
                .and_then(parse_date)
                .is_some_and(|date| from.is_none_or(|f| date >= f) && to.is_none_or(|t| date <= t))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;
    use std::sync::atomic::AtomicBool;

    use super::*;
    use crate::analysis::index::BuildControl;
    use crate::corpus::Document;

    #[test]
    fn erfc_matches_reference_values() {
        // Python's math.erfc.
        let cases = [
            (0.0, 1.0),
            (0.1, 0.8875370839817152),
            (0.5, 0.4795001221869535),
            (1.0, 0.15729920705028513),
            (2.0, 0.004677734981047265),
            (1.5, 0.033894853524689274),
            (2.5, 0.0004069520174449589),
            (2.9, 4.109787809945886e-05),
            (3.0, 2.2090496998585438e-05),
            (4.0, 1.541725790028002e-08),
            (5.0, 1.5374597944280351e-12),
            (6.0, 2.1519736712498916e-17),
            (-1.0, 1.842700792949715),
        ];
        for (x, want) in cases {
            let got = erfc(x);
            // Relative error below 1e-7 (stricter than absolute for small values).
            assert!((got - want).abs() <= 1e-7 * want, "erfc({x}) = {got}, want {want}");
        }
        // The classic critical values.
        assert!((p_value(3.84) - 0.05004).abs() < 1e-4);
        assert!((p_value(6.63) - 0.01003).abs() < 1e-4);
        assert!((p_value(10.83) - 0.000999).abs() < 1e-5);
        assert!((p_value(15.13) - 0.0001004).abs() < 1e-6);
    }

    #[test]
    fn ll_and_effect_sizes_by_hand() {
        // a = 10 in c = 1000, b = 5 in d = 2000.
        // E1 = 1000·15/3000 = 5, E2 = 10.
        // LL = 2·(10 ln 2 + 5 ln 0.5) = 10 ln 2 = 6.931471805599453
        let ll = signed_log_likelihood(10.0, 5.0, 1000.0, 2000.0);
        assert!((ll - 6.931471805599453).abs() < 1e-12, "{ll}");
        assert!(signed_log_likelihood(5.0, 10.0, 2000.0, 1000.0) < 0.0);
        // NF: 10000 vs 2500 per million → %DIFF = 300, Log Ratio = 2.
        let (pd, lr) = effect_sizes(10.0, 5.0, 1000.0, 2000.0);
        assert!((pd - 300.0).abs() < 1e-9 && (lr - 2.0).abs() < 1e-12, "{pd} {lr}");
        // Zero in the reference → 0.5: NFr = 250 → %DIFF = 3900, LR = log2(40).
        let (pd, lr) = effect_sizes(10.0, 0.0, 1000.0, 2000.0);
        assert!((pd - 3900.0).abs() < 1e-9 && (lr - 40f64.log2()).abs() < 1e-12, "{pd} {lr}");
    }

    fn doc(body: &str, source: &str, category: &str, date: &str) -> Arc<Document> {
        Arc::new(Document {
            body: body.into(),
            source: Some(source.into()),
            category: Some(category.into()),
            date: Some(date.into()),
            ..Default::default()
        })
    }

    fn build(docs: Vec<Arc<Document>>) -> CorpusIndex {
        let cancel = AtomicBool::new(false);
        CorpusIndex::build(docs, &BuildControl { cancel: &cancel, progress: &|_, _| {} }).unwrap_or_default()
    }

    #[test]
    fn keywords_against_the_rest() {
        // Target (BBC): 10 words, هدف ×4. Rest: 20 words, هدف ×1, اقتصاد ×6.
        let ix = build(vec![
            doc(
                "هدف هدف مباراة هدف لاعب هدف فريق ملعب كرة فوز",
                "BBC",
                "sport",
                "Sun, 15 Jul 2018 21:56:56 +0400",
            ),
            doc("اقتصاد اقتصاد سوق اقتصاد نفط سعر اقتصاد بنك مال هدف", "CNN", "economy", "2018-07-20"),
            doc(
                "اقتصاد اقتصاد سوق نمو نفط سعر دولار بنك مال تجارة",
                "CNN",
                "economy",
                "Tue, 20 Feb 2018 01:44:01 GMT",
            ),
        ]);
        let mask = mask_by_source(&ix, "bbc");
        assert_eq!(mask, [true, false, false]);
        let kw = keywords(
            &ix,
            Some(&mask),
            Reference::Rest,
            &KeynessOptions { significance: Significance::All, ..Default::default() },
        );
        assert_eq!((kw.target_docs, kw.target_words, kw.reference_docs, kw.reference_words), (1, 10, 2, 20));
        let row = |w: &str| kw.rows.iter().find(|r| r.item == w).cloned();
        let h = row("هدف").unwrap_or_else(|| panic!("هدف is listed"));
        assert_eq!((h.freq_target, h.freq_reference), (4, 1));
        // E1 = 10·5/30, E2 = 20·5/30. LL = 2(4 ln(4/E1) + 1 ln(1/E2)).
        let e1: f64 = 10.0 * 5.0 / 30.0;
        let e2: f64 = 20.0 * 5.0 / 30.0;
        let want = 2.0 * (4.0 * (4.0 / e1).ln() + (1.0 / e2).ln());
        assert!((h.log_likelihood - want).abs() < 1e-12);
        assert_eq!(kw.rows[0].item, "هدف");
        // اقتصاد: 0 in the target, negative; only listed via min_freq 0.
        assert!(row("اقتصاد").is_none());
        let kw0 = keywords(
            &ix,
            Some(&mask),
            Reference::Rest,
            &KeynessOptions { significance: Significance::All, min_freq: 0, ..Default::default() },
        );
        let last = kw0.rows.last().cloned().unwrap_or_else(|| panic!("rows"));
        assert_eq!(last.item, "اقتصاد");
        assert!(last.log_likelihood < 0.0);
        // Sorted by LL descending.
        assert!(kw0.rows.windows(2).all(|w| w[0].log_likelihood >= w[1].log_likelihood));
        // With the p < 0.05 cut-off only |LL| ≥ 3.84 remain.
        let sig = keywords(&ix, Some(&mask), Reference::Rest, &KeynessOptions::default());
        assert!(sig.rows.iter().all(|r| r.log_likelihood.abs() >= 3.84 && r.p < 0.05));
        assert!(sig.rows.iter().any(|r| r.item == "هدف"));

        // The same against a separate reference index holding the rest.
        let reference = build(vec![
            doc("اقتصاد اقتصاد سوق اقتصاد نفط سعر اقتصاد بنك مال هدف", "CNN", "economy", ""),
            doc("اقتصاد اقتصاد سوق نمو نفط سعر دولار بنك مال تجارة", "CNN", "economy", ""),
        ]);
        let target = build(vec![doc("هدف هدف مباراة هدف لاعب هدف فريق ملعب كرة فوز", "BBC", "sport", "")]);
        let kw2 = keywords(
            &target,
            None,
            Reference::Corpus(&reference),
            &KeynessOptions { significance: Significance::All, min_freq: 0, ..Default::default() },
        );
        let strip = |k: &Keywords| -> Vec<(String, u64, u64, String)> {
            let mut v: Vec<_> = k
                .rows
                .iter()
                .map(|r| {
                    (r.item.clone(), r.freq_target, r.freq_reference, format!("{:.9}", r.log_likelihood))
                })
                .collect();
            v.sort();
            v
        };
        assert_eq!(strip(&kw2), strip(&kw0));
    }

    #[test]
    fn masks_by_category_date_and_dates() {
        let ix = build(vec![
            doc("أ", "BBC", "sport", "Sun, 15 Jul 2018 21:56:56 +0400"),
            doc("ب", "CNN", "Economy", "2018-07-20T10:00:00Z"),
            doc("ج", "CNN", "economy", "Tue, 20 Feb 2018 01:44:01 GMT"),
            doc("د", "CNN", "economy", "no date"),
        ]);
        assert_eq!(mask_by_category(&ix, "economy"), [false, true, true, true]);
        let from = parse_date("2018-07-01");
        let to = parse_date("2018-07-31");
        assert_eq!(mask_by_date_range(&ix, from, to), [true, true, false, false]);
        assert_eq!(mask_by_date_range(&ix, None, parse_date("2018-03")), [false, false, true, false]);
        assert_eq!(
            parse_date("Sun, 15 Jul 2018 21:56:56 +0400"),
            Some(Date { year: 2018, month: 7, day: 15 })
        );
        assert_eq!(parse_date("15 July 2018"), Some(Date { year: 2018, month: 7, day: 15 }));
        assert_eq!(parse_date("2018/07/15"), Some(Date { year: 2018, month: 7, day: 15 }));
        assert_eq!(parse_date("15/07/2018"), Some(Date { year: 2018, month: 7, day: 15 }));
        assert_eq!(parse_date("20180715"), Some(Date { year: 2018, month: 7, day: 15 }));
        assert_eq!(parse_date("2018"), Some(Date { year: 2018, month: 1, day: 1 }));
        assert_eq!(parse_date("31 Feb 2018"), None);
        assert_eq!(parse_date("2016-02-29"), Some(Date { year: 2016, month: 2, day: 29 }));
        assert_eq!(parse_date("tomorrow"), None);
        assert_eq!(parse_date(""), None);
        assert_eq!(parse_date("mayday ١٢"), None);
        assert_eq!(Significance::from_p(0.001), Some(Significance::P001));
        assert_eq!(Significance::from_p(0.2), None);
    }
}
