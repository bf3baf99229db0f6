//! Document evidence: how a first-stage model tagged the *other* occurrences of a word
//! in the sentences around it.
//!
//! A news article names its entities many times, some in easy contexts («بنك قطر
//! الوطني» after «رئيس مجلس إدارة»), some in hard ones («أرباح البنك»). The second stage
//! reads, for each token, the share of its other occurrences within [`WINDOW`] sentences
//! that the first stage tagged as each entity type — the label-consistency idea of
//! Krishnan & Manning (2006), as features rather than constraints.

use rustc_hash::FxHashMap;

use super::features::infos;
use super::{N_TAGS, Tag};

/// Sentences on each side whose occurrences count.
pub(crate) const WINDOW: usize = 20;

/// What the other occurrences of a word around a token were tagged.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct DocHint {
    /// Share of the other occurrences tagged as each type ([`super::EntityType::ALL`]
    /// order), in fifths.
    pub share: [u8; 4],
    /// Share of those entity tags that continue an entity (I-), in fifths.
    pub inside: u8,
    /// Number of other occurrences, capped at 3.
    pub others: u8,
}

impl DocHint {
    /// The type with the largest share, if any.
    pub fn main_type(self) -> Option<(usize, u8)> {
        super::prior::main_share(&self.share)
    }
}

type Counts = [u32; N_TAGS];

/// The key a word's occurrences are pooled under: its clitic-stripped normalized stem
/// (للبنك and البنك meet), or `None` for punctuation, digits and one-letter words.
fn keys(sentence: &[&str]) -> Vec<Option<u64>> {
    infos(sentence)
        .iter()
        .map(|w| (w.norm.chars().count() > 1 && w.norm.chars().any(char::is_alphabetic)).then_some(w.h_stem))
        .collect()
}

fn add(map: &mut FxHashMap<u64, Counts>, keys: &[Option<u64>], tags: &[Tag], sign: i64) {
    for (k, t) in keys.iter().zip(tags) {
        if let Some(k) = k {
            let c = map.entry(*k).or_insert([0; N_TAGS]);
            let x = &mut c[t.index()];
            *x = (i64::from(*x) + sign).max(0) as u32;
        }
    }
}

/// The hints of every token of `sentences` (one document, in order), given the first
/// stage's `tags` for them.
pub(crate) fn hints(sentences: &[Vec<&str>], tags: &[Vec<Tag>]) -> Vec<Vec<Option<DocHint>>> {
    let keys: Vec<Vec<Option<u64>>> = sentences.iter().map(|s| keys(s)).collect();
    let empty: Vec<Tag> = Vec::new();
    let tags_of = |s: usize| tags.get(s).unwrap_or(&empty);
    let mut window: FxHashMap<u64, Counts> = FxHashMap::default();
    for (s, k) in keys.iter().enumerate().take(WINDOW + 1) {
        add(&mut window, k, tags_of(s), 1);
    }
    let mut out = Vec::with_capacity(sentences.len());
    for s in 0..sentences.len() {
        if s > WINDOW {
            add(&mut window, &keys[s - WINDOW - 1], tags_of(s - WINDOW - 1), -1);
        }
        if s > 0 && s + WINDOW < sentences.len() {
            add(&mut window, &keys[s + WINDOW], tags_of(s + WINDOW), 1);
        }
        let row = keys[s]
            .iter()
            .zip(tags_of(s).iter().map(Some).chain(std::iter::repeat(None)))
            .map(|(k, own)| {
                let mut c = *window.get(&(*k)?)?;
                if let Some(own) = own {
                    let x = &mut c[own.index()];
                    *x = x.saturating_sub(1);
                }
                hint(&c)
            })
            .collect();
        out.push(row);
    }
    out
}

fn hint(c: &Counts) -> Option<DocHint> {
    let total: u32 = c.iter().sum();
    if total == 0 {
        return None;
    }
    let entity = total - c[0];
    let mut share = [0u8; 4];
    let mut inside = 0u32;
    for (t, s) in share.iter_mut().enumerate() {
        *s = ((u64::from(c[1 + 2 * t] + c[2 + 2 * t]) * 5) / u64::from(total)) as u8;
        inside += c[2 + 2 * t];
    }
    let inside = if entity == 0 { 0 } else { ((u64::from(inside) * 5) / u64::from(entity)) as u8 };
    Some(DocHint { share, inside, others: total.min(3) as u8 })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::ner::EntityType;

    #[test]
    fn other_occurrences_in_the_window_count_and_the_token_itself_does_not() {
        let org = Tag::B(EntityType::Organization);
        let sentences = vec![vec!["أرباح", "البنك", "."], vec!["قال", "البنك", "."], vec!["للبنك", "فروع"]];
        let tags = vec![vec![Tag::O, org, Tag::O], vec![Tag::O, Tag::O, Tag::O], vec![Tag::O, Tag::O]];
        let h = hints(&sentences, &tags);
        // «البنك» of sentence 2 sees sentence 1's (ORG) and sentence 3's «للبنك» (O).
        let b = h[1][1].expect("hint");
        assert_eq!(b.others, 2);
        assert_eq!(b.share[EntityType::Organization as usize], 2);
        // «البنك» of sentence 1 sees two O occurrences only.
        assert_eq!(h[0][1].map(|x| x.share), Some([0; 4]));
        // Punctuation gets none; a word seen once gets none.
        assert_eq!(h[0][2], None);
        assert_eq!(h[0][0], None);
    }
}
