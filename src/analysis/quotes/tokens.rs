//! The tokens the rules walk: the tokenizer's tokens with their search-normalized
//! form and the form without a leading و/ف.

use std::ops::Range;

use super::lexicon::{search_norm, verb_form};
use super::marks::is_quote_char;
use super::words::is_title;
use crate::text::clitics::{LEXICON_NORMALIZATION, corpus_count};
use crate::text::normalize::{Normalization, normalize};
use crate::text::tokenize::{Token, TokenKind, dotted_acronyms, tokenize};

#[derive(Debug, Clone)]
pub(super) struct Tok {
    pub(super) kind: TokenKind,
    pub(super) range: Range<usize>,
    pub(super) norm: String,
    /// For words: the normalized form without a leading و/ف when the rest is 3+ letters.
    pub(super) bare: String,
    /// Written with a final ه (not ة): may end in an attached pronoun.
    pub(super) ha: bool,
    /// Written علي (the name Ali), not على.
    pub(super) ali: bool,
    /// Written «لأ…»/«لإ…»: ل before a word opening with hamza («لأسوشيتد برس»,
    /// «لأنصاره»), a preposition, since no name starts so.
    pub(super) lam_hamza: bool,
    /// Written «بأ…»/«بإ…»: بـ before a word opening with hamza («بإنشاء ممرات»,
    /// «بأن»), a preposition and its object, since no name starts so (but «بإسم»); or
    /// بـ before a verbal noun opening with a plain alif («باغتيال», «بانسحاب»,
    /// «باستخدام»), see [`ba_before_verbal_noun`].
    pub(super) ba_object: bool,
    /// Written «لـ» + a word the corpus knows with the article («لمتسابق», «لحقوق»,
    /// «لكرة»): a preposition and a common noun, not a name opening with ل («لمياء»,
    /// «لافروف», «لؤي» have no «الـ» form).
    pub(super) lam_noun: bool,
    /// Written «لـ» + a word the corpus knows often on its own but never with the
    /// article glued to the whole («لمكافحة», «لشؤون»: nouns mostly seen in construct,
    /// which [`Tok::lam_noun`] misses). Also true of given names after «لـ» («لسعد»), so
    /// a rule reading it as a genitive must see a name after it.
    pub(super) lam_construct: bool,
    /// «أخرىبعد»: a word ending in «بعد/قبل/دون/بدون/منذ» after two letters or more that
    /// the corpus (ANT v2.1, see `corpus_count`) does not know as written: a typo gluing
    /// the time word to the word before (unlike «يعتقدون», «المؤيدون», «استبعد»).
    pub(super) glued_time_word: bool,
}

impl Tok {
    /// A token with no clitic to strip and none of the flags: a quote mark, a joined
    /// acronym.
    fn plain(kind: TokenKind, range: Range<usize>, norm: String) -> Tok {
        Tok {
            kind,
            range,
            bare: norm.clone(),
            norm,
            ha: false,
            ali: false,
            lam_hamza: false,
            ba_object: false,
            lam_noun: false,
            lam_construct: false,
            glued_time_word: false,
        }
    }

    pub(super) fn is_punct(&self, set: &[char]) -> bool {
        self.kind == TokenKind::Punctuation && self.norm.chars().all(|c| set.contains(&c))
    }
    pub(super) fn is_word(&self) -> bool {
        matches!(self.kind, TokenKind::ArabicWord | TokenKind::LatinWord | TokenKind::Proclitic)
    }
}

pub(super) fn strip_conj(n: &str) -> String {
    for p in ["و", "ف"] {
        if let Some(r) = n.strip_prefix(p)
            && r.chars().count() >= 3
        {
            return r.to_string();
        }
    }
    n.to_string()
}

pub(super) fn toks(body: &str, range: Range<usize>) -> Vec<Tok> {
    let Some(text) = body.get(range.clone()) else { return Vec::new() };
    let mut out = Vec::new();
    let tokens: Vec<Token> = tokenize(text).collect();
    for t in &tokens {
        let Token { kind, range: r } = t.clone();
        let abs = r.start + range.start..r.end + range.start;
        let raw = body.get(abs.clone()).unwrap_or("");
        if kind == TokenKind::Punctuation && raw.chars().count() > 1 && raw.chars().any(is_quote_char) {
            // Split `""` runs into single marks.
            let mut at = abs.start;
            for c in raw.chars() {
                let l = c.len_utf8();
                out.push(Tok::plain(kind, at..at + l, c.to_string()));
                at += l;
            }
            continue;
        }
        if kind == TokenKind::Hashtag {
            // «#الجيش_اليوناني» is the words الجيش اليوناني.
            let mut at = abs.start + 1;
            for w in raw.get(1..).unwrap_or("").split('_') {
                if !w.is_empty() {
                    let norm = search_norm(w);
                    let arabic = w.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c));
                    let kind = if arabic { TokenKind::ArabicWord } else { TokenKind::LatinWord };
                    let bare = if arabic { strip_conj(&norm) } else { norm.clone() };
                    let plain = normalize(w, &Normalization::default());
                    out.push(Tok {
                        kind,
                        range: at..at + w.len(),
                        norm,
                        bare,
                        ha: plain.ends_with(['ه', 'ا', 'م']),
                        ali: plain == "علي",
                        lam_hamza: false,
                        ba_object: false,
                        lam_noun: false,
                        lam_construct: false,
                        glued_time_word: false,
                    });
                }
                at += w.len() + 1;
            }
            continue;
        }
        let mut norm = search_norm(raw);
        // «وقال فان غال…», «المدرب فان مارفيك»: «فان» written with no hamza right after a
        // verb of saying or a title is the Dutch particle of a name, not «فإنّ» (which no
        // verb of saying takes). A search form no rule knows keeps it a name word.
        if raw == "فان"
            && out.last().is_some_and(|p: &Tok| {
                p.kind == TokenKind::ArabicWord && (verb_form(&p.norm).is_some() || is_title(p))
            })
        {
            norm = "ڤان".to_string();
        }
        let bare = if kind == TokenKind::ArabicWord { strip_conj(&norm) } else { norm.clone() };
        let ha = normalize(raw, &Normalization::default()).ends_with(['ه', 'ا', 'م']);
        let ali = normalize(raw, &Normalization::default()) == "علي";
        let lam_hamza = raw.starts_with("لأ") || raw.starts_with("لإ");
        // (Not «بإسم», "on behalf of", inside a role: «الناطق الرسمي بإسم الجبهة…».)
        let ba_object = (raw.starts_with("بأ") || raw.starts_with("بإ")) && norm != "باسم"
            || kind == TokenKind::ArabicWord && ba_before_verbal_noun(raw);
        let lam_noun = kind == TokenKind::ArabicWord && lam_before_common_noun(raw);
        let lam_construct = kind == TokenKind::ArabicWord && !lam_noun && lam_before_construct(raw);
        let glued_time_word = kind == TokenKind::ArabicWord
            && ["بعد", "قبل", "دون", "بدون", "منذ"]
                .iter()
                .any(|w| norm.len() > w.len() + 4 && norm.ends_with(w))
            && known(raw) == 0;
        out.push(Tok {
            kind,
            range: abs,
            norm,
            bare,
            ha,
            ali,
            lam_hamza,
            ba_object,
            lam_noun,
            lam_construct,
            glued_time_word,
        });
    }
    join_dotted_acronyms(body, range.start, &tokens, &mut out);
    out
}

/// «وقالت سي.إن.بي.سي إن…»: an acronym spelt with dots
/// ([`dotted_acronyms`]) is one word, a name — read apart, its «إن» was taken for the
/// complementizer and «سي» for the speaker.
/// (`tokens` were cut from `body[offset..]`.)
fn join_dotted_acronyms(body: &str, offset: usize, tokens: &[Token], t: &mut Vec<Tok>) {
    let Some(text) = body.get(offset..) else { return };
    for r in dotted_acronyms(text, tokens).into_iter().rev() {
        let (Some(first), Some(last)) = (tokens.get(r.start), tokens.get(r.end - 1)) else { continue };
        let span = first.range.start + offset..last.range.end + offset;
        let (Some(a), Some(b)) = (
            t.iter().position(|x| x.range.start == span.start),
            t.iter().position(|x| x.range.end == span.end),
        ) else {
            continue;
        };
        let norm = search_norm(body.get(span.clone()).unwrap_or(""));
        t.splice(a..=b, [Tok::plain(TokenKind::ArabicWord, span, norm)]);
    }
}

/// How often ANT v2.1 has the word as written (lexicon-normalized; 0 under six times).
fn known(word: &str) -> u32 {
    corpus_count(&normalize(word, &LEXICON_NORMALIZATION))
}

/// The word after a one-letter proclitic `letter` («لـ», «بـ») as written, any
/// diacritics on the letter dropped.
fn after_proclitic(raw: &str, letter: char) -> Option<&str> {
    let rest = raw.strip_prefix(letter)?;
    Some(rest.trim_start_matches(|c: char| matches!(c, '\u{64B}'..='\u{65F}' | '\u{670}')))
}

/// How often the corpus must show «الـ» + the word for «لـ» + the word to be read as a
/// preposition and a common noun.
const KNOWN_WITH_ARTICLE: u32 = 10;

/// «لمتسابق», «لحقوق»: «لـ» (not «لل») before a word the corpus knows with the article,
/// when the whole word never takes it («لجنة», «لاعب» are nouns of their own: «اللجنة»);
/// not the reflexive «لنفسي/لنفسه» (whoever speaks, to themself). (Not for «بـ»: too
/// many names open with ب + a word the corpus knows, «باول», «براين».)
fn lam_before_common_noun(raw: &str) -> bool {
    let Some(rest) = after_proclitic(raw, 'ل') else { return false };
    let count = |w: &str| known(&format!("ال{w}"));
    !rest.starts_with('ل')
        && !rest.starts_with("نفس")
        && rest.chars().count() >= 3
        && count(rest) >= KNOWN_WITH_ARTICLE
        && count(raw) == 0
}

/// «باغتيال», «بانسحاب», «باستخدام»: «بـ» before a word of five letters or more that
/// opens with a plain alif (the verbal nouns of derived verbs: افتعال، انفعال، استفعال)
/// and that the corpus knows with the article, when the whole word never takes it. A
/// name opening with «با» is shorter after the ب («باراك», «باول») or unknown with the
/// article («باستيان»: «الاستيان»).
fn ba_before_verbal_noun(raw: &str) -> bool {
    let Some(rest) = after_proclitic(raw, 'ب') else { return false };
    let count = |w: &str| known(&format!("ال{w}"));
    rest.starts_with('ا') && rest.chars().count() >= 5 && count(rest) >= KNOWN_WITH_ARTICLE && count(raw) == 0
}

/// Written «بـ» + a word the corpus knows far better without it: a preposition and its
/// noun, no name. Either four letters or more known with the article at least three
/// times as often as the whole word («بكلمات»: «الكلمات» 213, «بكلمات» 61; «بموقف»:
/// «الموقف» 591, «بموقف» 54), or three or more known on their own (see below). Names
/// opening with ب are unknown after it («بوتين», «بشار») or not so much rarer
/// («برهان»: «الرهان» 41, «رهان» 29, «برهان» 16). Asked of a few words only, not kept
/// on every token: a corpus lookup per token costs too much.
pub(super) fn ba_before_common_noun(raw: &str) -> bool {
    let Some(rest) = after_proclitic(raw, 'ب') else { return false };
    if rest.starts_with('ل') || rest.chars().count() < 3 {
        return false;
    }
    let whole = known(raw);
    let with_article = known(&format!("ال{rest}"));
    // (Or a word the corpus knows on its own, at least fifty times and five times as
    // often as with «بـ»: «بواشنطن» (واشنطن 4,252, بواشنطن 61), «بغير», «بوجود»;
    // names are rarer apart: «بسام» (سام 152, بسام 64), «برهان».)
    let alone = known(rest);
    let long = rest.chars().count() >= 4;
    long && with_article >= KNOWN_WITH_ARTICLE && with_article >= 3 * whole
        || alone >= 50 && alone >= 5 * whole
}

/// How often the corpus must show the word after «لـ» on its own for «لـ» + the word
/// to be read as a preposition and a noun in construct.
const KNOWN_ALONE: u32 = 200;

/// «لمكافحة» (ANT counts «مكافحة» 1,111 times, «المكافحة» 7), «لشؤون»: see
/// [`Tok::lam_construct`].
fn lam_before_construct(raw: &str) -> bool {
    let Some(rest) = after_proclitic(raw, 'ل') else { return false };
    let count = known;
    !rest.starts_with('ل')
        && rest.chars().count() >= 3
        && count(rest) >= KNOWN_ALONE
        && count(&format!("ال{raw}")) == 0
}

/// The words of tokens `r` as written, one space apart (see [`as_name`]).
pub(super) fn join(body: &str, t: &[Tok], r: &Range<usize>) -> String {
    let (Some(a), Some(b)) = (t.get(r.start), r.end.checked_sub(1).and_then(|e| t.get(e))) else {
        return String::new();
    };
    as_name(body.get(a.range.start..b.range.end).unwrap_or(""))
}

/// A name as read: words one space apart, hashtags («#الجيش_اليوناني») and quote marks
/// dropped (also after و: «و"ماركا"» → «وماركا»).
pub(super) fn as_name(s: &str) -> String {
    let unquote = |w: &str| w.trim_matches(|c: char| is_quote_char(c) || c == '#').to_string();
    s.split(|c: char| c.is_whitespace() || c == '_')
        .map(|w| match w.strip_prefix('و') {
            Some(r) if r.starts_with(is_quote_char) => format!("و{}", unquote(r)),
            _ => unquote(w),
        })
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}
