//! Reading ANERcorp and exact-span CoNLL scoring (as `conlleval` does).
//!
//! # ANERcorp
//! One `token TAG` per line. The file marks no sentence boundaries, so a sentence ends
//! after a token `.`, `؟`, `?` or `!` (and at a blank line, should there be one). Right-
//! and left-to-right marks (U+200F, U+200E) that stick to some tokens are removed, and a
//! line with an empty token is skipped. The split follows the CAMeL Lab one (see
//! DESIGN.md): lines 1–125,275 are train, the rest test.

use std::fmt;

use super::{EntityType, NerModel, Tag};

/// Last line (1-based) of the ANERcorp train split.
pub const ANERCORP_TRAIN_LINES: usize = 125_275;

/// A sentence: tokens and their gold tags.
pub type Sentence = (Vec<String>, Vec<Tag>);

/// Is `token` a sentence end?
pub fn ends_sentence(token: &str) -> bool {
    matches!(token, "." | "؟" | "?" | "!")
}

/// Parses `token TAG` lines into sentences (see the module doc). Unknown tags count as O.
pub fn read_conll(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut cur: Sentence = (Vec::new(), Vec::new());
    let flush = |cur: &mut Sentence, out: &mut Vec<Sentence>| {
        if !cur.0.is_empty() {
            out.push(std::mem::take(cur));
        }
    };
    for line in text.lines() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() {
            flush(&mut cur, &mut out);
            continue;
        }
        let (token, tag) = match line.rsplit_once([' ', '\t']) {
            Some((tok, tag)) => (tok, tag.trim()),
            None => (line, "O"),
        };
        let token: String = token
            .chars()
            .filter(|c| !matches!(c, '\u{200e}' | '\u{200f}'))
            .collect::<String>()
            .trim()
            .to_string();
        if token.is_empty() {
            continue;
        }
        let end = ends_sentence(&token);
        cur.0.push(token);
        cur.1.push(tag.parse().unwrap_or(Tag::O));
        if end {
            flush(&mut cur, &mut out);
        }
    }
    flush(&mut cur, &mut out);
    out
}

/// Splits the ANERcorp text into its train (lines 1–125,275) and test parts.
pub fn anercorp_split(text: &str) -> (String, String) {
    let mut train = String::new();
    let mut test = String::new();
    for (i, line) in text.lines().enumerate() {
        let part = if i < ANERCORP_TRAIN_LINES { &mut train } else { &mut test };
        part.push_str(line);
        part.push('\n');
    }
    (train, test)
}

/// The entity spans of a tag sequence, as `conlleval` reads them: a chunk starts at B-X,
/// or at I-X after O or another type, and runs over the following I-X.
pub fn spans(tags: &[Tag]) -> Vec<(usize, usize, EntityType)> {
    let mut out = Vec::new();
    let mut open: Option<(usize, EntityType)> = None;
    for (i, t) in tags.iter().enumerate() {
        let continues = matches!((t, open), (Tag::I(x), Some((_, y))) if *x == y);
        if continues {
            continue;
        }
        if let Some((s, ty)) = open.take() {
            out.push((s, i, ty));
        }
        if let Some(ty) = t.entity_type() {
            open = Some((i, ty));
        }
    }
    if let Some((s, ty)) = open {
        out.push((s, tags.len(), ty));
    }
    out
}

/// Counts for precision, recall and F1.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Prf {
    /// Predicted spans that match a gold span exactly (bounds and type).
    pub correct: usize,
    /// Predicted spans.
    pub predicted: usize,
    /// Gold spans.
    pub gold: usize,
}

impl Prf {
    /// Precision in percent.
    pub fn precision(&self) -> f64 {
        if self.predicted == 0 { 0.0 } else { 100.0 * self.correct as f64 / self.predicted as f64 }
    }

    /// Recall in percent.
    pub fn recall(&self) -> f64 {
        if self.gold == 0 { 0.0 } else { 100.0 * self.correct as f64 / self.gold as f64 }
    }

    /// F1 in percent.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) }
    }
}

/// Scores per type and micro-averaged overall.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Scores {
    /// In [`EntityType::ALL`] order.
    pub per_type: [Prf; 4],
    pub overall: Prf,
    /// Tokens whose tag equals the gold tag.
    pub tokens_correct: usize,
    pub tokens: usize,
}

impl Scores {
    /// The counts for one type.
    pub fn of(&self, t: EntityType) -> Prf {
        self.per_type[t.index()]
    }
}

/// Exact-span scores of `predicted` against `gold` (sentence by sentence, same lengths).
pub fn score(gold: &[Vec<Tag>], predicted: &[Vec<Tag>]) -> Scores {
    let mut s = Scores::default();
    for (g, p) in gold.iter().zip(predicted) {
        let gs = spans(g);
        let ps = spans(p);
        for (_, _, t) in &gs {
            s.per_type[t.index()].gold += 1;
            s.overall.gold += 1;
        }
        for span in &ps {
            s.per_type[span.2.index()].predicted += 1;
            s.overall.predicted += 1;
            if gs.contains(span) {
                s.per_type[span.2.index()].correct += 1;
                s.overall.correct += 1;
            }
        }
        s.tokens += g.len();
        s.tokens_correct += g.iter().zip(p).filter(|(a, b)| a == b).count();
    }
    s
}

/// Tags the sentences with `model`, as one document (ANERcorp marks no article
/// boundaries), and scores them against the gold tags.
pub fn evaluate(model: &NerModel, sentences: &[Sentence]) -> Scores {
    let words: Vec<Vec<&str>> =
        sentences.iter().map(|(w, _)| w.iter().map(String::as_str).collect()).collect();
    let gold: Vec<Vec<Tag>> = sentences.iter().map(|(_, t)| t.clone()).collect();
    score(&gold, &model.tag_document(&words))
}

impl fmt::Display for Scores {
    /// A table like conlleval's: one row per type and the overall (micro) row.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "{:<14}{:>8}{:>8}{:>8}{:>8}{:>8}", "type", "P", "R", "F1", "gold", "pred")?;
        let row = |f: &mut fmt::Formatter<'_>, name: &str, p: &Prf| {
            writeln!(
                f,
                "{:<14}{:>8.2}{:>8.2}{:>8.2}{:>8}{:>8}",
                name,
                p.precision(),
                p.recall(),
                p.f1(),
                p.gold,
                p.predicted
            )
        };
        for t in EntityType::ALL {
            row(f, t.name(), &self.of(t))?;
        }
        row(f, "overall", &self.overall)?;
        let acc =
            if self.tokens == 0 { 0.0 } else { 100.0 * self.tokens_correct as f64 / self.tokens as f64 };
        write!(f, "token accuracy {acc:.2}% over {} tokens", self.tokens)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conlleval_spans() {
        let p = EntityType::Person;
        let l = EntityType::Location;
        let tags = [Tag::B(p), Tag::I(p), Tag::O, Tag::I(l), Tag::B(l), Tag::I(p)];
        assert_eq!(spans(&tags), vec![(0, 2, p), (3, 4, l), (4, 5, l), (5, 6, p)]);
    }

    #[test]
    fn exact_span_scores() {
        let p = EntityType::Person;
        let gold = vec![vec![Tag::B(p), Tag::I(p), Tag::O, Tag::B(EntityType::Location)]];
        let pred = vec![vec![Tag::B(p), Tag::O, Tag::O, Tag::B(EntityType::Location)]];
        let s = score(&gold, &pred);
        assert_eq!(s.overall, Prf { correct: 1, predicted: 2, gold: 2 });
        assert_eq!(s.of(p), Prf { correct: 0, predicted: 1, gold: 1 });
        assert!((s.overall.f1() - 50.0).abs() < 1e-9);
    }

    #[test]
    fn reads_anercorp_lines() {
        let text = "أعلن O\nاتحاد B-ORG\n\u{200f}.\u{200f} O\n O\nفي O\nألمانيا B-LOC\n";
        let s = read_conll(text);
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].0, vec!["أعلن", "اتحاد", "."]);
        assert_eq!(s[1].1, vec![Tag::O, Tag::B(EntityType::Location)]);
    }
}
