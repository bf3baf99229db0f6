//! Arabic stopwords: `assets/stopwords/ar.txt` (Stopwords ISO, MIT, plus Khabar's
//! additions; source and licence in the file's header) and the clitic-attached forms
//! generated from it.
//!
//! Every listed word `w` also yields `p + w` for the proclitics و ف ب ل ك وب ول وك فب فل فك
//! (ل/ب/ك + ال… written لل…/بال…: للذي, بالتي), so وفي، ومن، بأن، فإن، لهذا are stopwords
//! too. A few generated forms that are frequent content words in news are left out
//! ([`NOT_STOPWORDS`]: ولي as in ولي العهد, باب, فهم …).
//!
//! Words are compared after [`STOPWORD_NORMALIZATION`] (safe set + alef unification),
//! so `is_stopword` takes a word as written (إلى and الى both match).

use std::collections::HashSet;
use std::sync::LazyLock;

use super::normalize::{Normalization, normalize_into};

/// The normalization under which words are compared: the safe set plus alef unification.
/// ى and ة are kept (على is a stopword, علي — the name Ali — is not).
pub const STOPWORD_NORMALIZATION: Normalization = Normalization {
    strip_tashkeel: true,
    dagger_alef_to_alef: false,
    strip_tatweel: true,
    presentation_forms: true,
    unify_alef: true,
    alef_maqsura_to_ya: false,
    ta_marbuta_to_ha: false,
    hamza_seats: false,
    digits: super::normalize::Digits::Keep,
};

/// Proclitic sequences attached to every listed word.
const PROCLITICS: &[&str] = &["و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك"];

/// Generated forms that are content words in news (normalized): ولي (ولي العهد), واحد,
/// باب, كاف, فهم, فعل, لبي, وام (the WAM agency), للقاء.
pub const NOT_STOPWORDS: &[&str] = &["ولي", "واحد", "باب", "كاف", "فهم", "فعل", "لبي", "وام", "للقاء"];

/// The listed words (normalized), without generated forms.
pub fn base_list() -> impl Iterator<Item = &'static str> {
    include_str!("../../assets/stopwords/ar.txt")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

static STOPWORDS: LazyLock<HashSet<String>> = LazyLock::new(|| {
    let base: Vec<&str> = base_list().collect();
    let mut set: HashSet<String> = HashSet::with_capacity(base.len() * (PROCLITICS.len() + 1));
    for w in &base {
        set.insert((*w).to_string());
        for p in PROCLITICS {
            let form = match w.strip_prefix("ال") {
                // ل + ال → لل; ب/ك + ال stay بال/كال.
                Some(rest) if p.ends_with('ل') => format!("{}لل{rest}", p.trim_end_matches('ل')),
                _ => format!("{p}{w}"),
            };
            if !NOT_STOPWORDS.contains(&form.as_str()) {
                set.insert(form);
            }
        }
    }
    set
});

thread_local! {
    static BUF: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
}

/// Is `word` (as written, or normalized) a stopword, bare or with proclitics?
pub fn is_stopword(word: &str) -> bool {
    BUF.with(|buf| match buf.try_borrow_mut() {
        Ok(mut buf) => {
            normalize_into(word, &STOPWORD_NORMALIZATION, &mut buf);
            STOPWORDS.contains(buf.as_str())
        }
        Err(_) => STOPWORDS.contains(super::normalize::normalize(word, &STOPWORD_NORMALIZATION).as_str()),
    })
}

/// The number of stopwords, generated forms included.
pub fn len() -> usize {
    STOPWORDS.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn listed_and_generated() {
        for w in ["في", "من", "على", "إلى", "الى", "الذي", "هذا", "أن", "إن", "لكن", "قد"]
        {
            assert!(is_stopword(w), "{w}");
        }
        for w in ["وفي", "ومن", "بأن", "فإن", "لهذا", "للذي", "بالتي", "وعلى", "فقد", "ولكن", "وذلك"]
        {
            assert!(is_stopword(w), "{w}");
        }
        assert!(is_stopword("فِي") && is_stopword("إِلَى") && is_stopword("هٰذا"));
    }

    #[test]
    fn content_words_are_not_stopwords() {
        for w in ["علي", "بوتين", "الرئيس", "ولي", "باب", "فهم", "واحد", "سوريا", "اليوم", "مليون", "", "the"]
        {
            assert!(!is_stopword(w), "{w}");
        }
    }

    #[test]
    fn list_is_normalized_and_sane() {
        let base: Vec<&str> = base_list().collect();
        assert!(base.len() > 300);
        for w in &base {
            let mut n = String::new();
            normalize_into(w, &STOPWORD_NORMALIZATION, &mut n);
            assert_eq!(&n, w, "not normalized");
            assert!(w.chars().count() >= 2, "{w}");
        }
        assert!(len() > base.len() * 8);
    }
}
