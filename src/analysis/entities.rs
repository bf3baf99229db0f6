//! Named entities of an article: mentions as byte ranges over the body, merged into
//! entities (aliases, clitic-attached forms), with the role a title gives a person;
//! and entities merged across a corpus.
//!
//! # Pipeline
//! 1. [`structure::blocks`](super::structure::blocks) cuts the body into lines; noise
//!    lines are skipped.
//! 2. Each line is tokenized and cut into sentences after `.` `؟` `?` `!` (as the model
//!    was trained, see [`ner::eval`](super::ner::eval)), and tagged with the NER model.
//! 3. A mention's range covers its tokens minus a leading proclitic: وموسكو → موسكو,
//!    لبوتين → بوتين, والأردن → الأردن (the article stays). The proclitic is found by
//!    [`clitics::segment`](crate::text::clitics::segment) — its cut, the first letter
//!    alone or none, whichever leaves the commonest word in ANT (وكندا → كندا, not ندا;
//!    واس stays whole) —, or by a one-letter rule (و ب ل ف ك) when what remains is the
//!    text of another mention in the article. «لل» + name is ل + the article: the entity
//!    is named with it (للأمم المتحدة joins الأمم المتحدة).
//! 4. Aliases: mentions with the same normalized text are one entity; a shorter person
//!    mention whose words occur, in order and contiguous, in a longer person name of the
//!    article (بوتين in فلاديمير بوتين) joins that person (the closest earlier mention
//!    wins when several persons fit). The canonical name is the fullest form.
//! 5. Role: the title words right before a person mention (الرئيس الروسي in «أكد الرئيس
//!    الروسي فلاديمير بوتين»): a run of titles ([`crate::analysis::ner::lexicon::PERSON_TITLES`]), nisba
//!    adjectives (ال…ي/ية) and the complement of a title (وزير الخارجية), starting with a
//!    title. An entity keeps the first role of two words or more, else the first role.

use std::borrow::Cow;
use std::collections::HashMap;
use std::ops::Range;

use rustc_hash::FxHashSet;
use serde::{Deserialize, Serialize};

use super::ner::eval::{ends_sentence, spans};
use super::ner::lexicon::PERSON_TITLES;
use super::ner::{EntityType, NER_NORMALIZATION, NerModel, strip_one_proclitic};
use super::structure::{BlockKind, blocks};
use crate::text::clitics::{LEXICON_NORMALIZATION, corpus_count, segment};
use crate::text::normalize::{Normalization, normalize};
use crate::text::stopwords::is_stopword;
use crate::text::tokenize::{Token, TokenKind, dotted_acronyms, tokenize};

/// One mention of an entity in the body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    /// Byte range in the body (without a leading proclitic).
    pub range: Range<usize>,
    pub kind: EntityType,
    /// Index of the entity in [`ArticleEntities::entities`].
    pub entity: usize,
}

/// An entity of one article: its mentions merged.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entity {
    /// The fullest name the article gives (tashkeel and tatweel removed).
    pub canonical: String,
    pub kind: EntityType,
    /// For a person, the title words before a mention, e.g. «الرئيس الروسي».
    pub role: Option<String>,
    /// Indexes into [`ArticleEntities::mentions`], in text order.
    pub mentions: Vec<usize>,
}

/// The entities of one article.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArticleEntities {
    /// In text order.
    pub mentions: Vec<Mention>,
    /// In order of first mention.
    pub entities: Vec<Entity>,
}

impl ArticleEntities {
    /// The entity a mention belongs to.
    pub fn entity_of(&self, mention: usize) -> Option<&Entity> {
        self.mentions.get(mention).and_then(|m| self.entities.get(m.entity))
    }

    /// The entities of one type, in order of first mention.
    pub fn of_kind(&self, kind: EntityType) -> impl Iterator<Item = &Entity> {
        self.entities.iter().filter(move |e| e.kind == kind)
    }
}

/// Extracts the entities of an article body with the embedded model.
pub fn extract(body: &str) -> ArticleEntities {
    extract_with(body, NerModel::embedded())
}

/// A mention before merging.
struct Raw {
    range: Range<usize>,
    kind: EntityType,
    role: Option<String>,
}

fn norm(text: &str) -> String {
    normalize(text, &NER_NORMALIZATION)
}

fn display(text: &str) -> String {
    normalize(&restore_article(text), &Normalization::default())
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// «لل» + a name is «ل» + «ال» with the alef elided (للأمم المتحدة, للعراق): for the
/// entity's identity and canonical name the article comes back (الأمم المتحدة); the
/// mention's range keeps the whole word, the closest the body has.
fn restore_article(text: &str) -> Cow<'_, str> {
    match text.strip_prefix("لل") {
        Some(rest) if rest.chars().take_while(|c| c.is_alphabetic()).count() >= 2 => {
            Cow::Owned(format!("ال{rest}"))
        }
        _ => Cow::Borrowed(text),
    }
}

/// The role-title lookup set ([`PERSON_TITLES`] minus «counterpart», which is no role).
fn role_titles() -> &'static FxHashSet<&'static str> {
    static SET: std::sync::LazyLock<FxHashSet<&'static str>> = std::sync::LazyLock::new(|| {
        PERSON_TITLES.iter().copied().filter(|t| !t.starts_with("نظير")).collect()
    });
    &SET
}

/// The normalized word minus a leading و or ف (والرئيس → الرئيس), with its byte cut.
fn strip_conjunction(word: &str) -> (String, usize) {
    let n = norm(word);
    for c in ['و', 'ف'] {
        if let Some(rest) = n.strip_prefix(c)
            && rest.chars().count() >= 2
            && !role_titles().contains(n.as_str())
        {
            return (rest.to_string(), c.len_utf8());
        }
    }
    (n, 0)
}

/// The role before the token at `start` of `toks` (see the module doc).
fn role_before(text: &str, toks: &[Token], start: usize) -> Option<(usize, usize)> {
    let titles = role_titles();
    let mut first_title: Option<(usize, usize)> = None;
    let mut j = start;
    let mut taken = 0;
    while j > 0 && taken < 5 {
        let (w, cut) = strip_conjunction(toks[j - 1].text(text));
        let is_title = titles.contains(w.as_str());
        let is_nisba =
            w.starts_with("ال") && w.chars().count() >= 5 && (w.ends_with('ي') || w.ends_with("يه"));
        let is_complement = w.starts_with("ال")
            && j >= 2
            && titles.contains(strip_conjunction(toks[j - 2].text(text)).0.as_str());
        if !(is_title || is_nisba || is_complement) {
            break;
        }
        if is_title {
            first_title = Some((j - 1, cut));
        }
        j -= 1;
        taken += 1;
    }
    first_title
}

/// The byte length of a proclitic to cut from the start of a mention's first word.
fn proclitic_cut(word: &str) -> usize {
    let seg = segment(word);
    if seg.proclitics.is_empty() {
        return 0;
    }
    let pro = norm(word.get(seg.proclitics.clone()).unwrap_or(""));
    let end = seg.proclitics.end;
    let cut = if pro == "ال" {
        0
    } else if pro.ends_with("ال") {
        // وال/بال/فال: keep the article with the name (والأردن → الأردن).
        end.saturating_sub("ال".len())
    } else {
        commonest_cut(word, end)
    };
    // Two letters left must make a known word (قم، عز), not some name's tail.
    let rest = word.get(cut..).unwrap_or("");
    match rest.chars().filter(|c| c.is_alphabetic()).count() {
        0 | 1 => 0,
        2 if corpus_count(&normalize(rest, &LEXICON_NORMALIZATION)) == 0 => 0,
        _ => cut,
    }
}

/// The cut among the segmenter's, the first letter alone, and none, that leaves the
/// commonest word in ANT (ties go to the segmenter): a cut of two letters may take a
/// name's first letter for a proclitic (ولويس → و + ل + ويس: لويس is commoner), and a
/// one-letter cut may take a name's own first letter (واس → و + اس: واس is commoner).
fn commonest_cut(word: &str, cut: usize) -> usize {
    let count =
        |at: usize| word.get(at..).map_or(0, |rest| corpus_count(&normalize(rest, &LEXICON_NORMALIZATION)));
    let one = word.chars().next().map_or(0, char::len_utf8);
    let mut best = (count(cut), cut);
    for at in [one, 0] {
        if at < cut {
            let c = count(at);
            if c > best.0 {
                best = (c, at);
            }
        }
    }
    best.1
}

/// A word token of the body: global byte range and normalized text.
struct Word {
    range: Range<usize>,
    norm: String,
}

/// Extracts the entities of an article body with `model`.
pub fn extract_with(body: &str, model: &NerModel) -> ArticleEntities {
    let mut words: Vec<Word> = Vec::new();
    // Every sentence of the article (its block's offset, its tokens), tagged together so
    // that the model sees the other mentions of a name.
    let mut sentences: Vec<(usize, Vec<Token>)> = Vec::new();
    let mut acronyms: Vec<Range<usize>> = Vec::new();
    for block in blocks(body).into_iter().filter(|b| b.kind != BlockKind::Noise) {
        let off = block.range.start;
        let Some(text) = body.get(block.range.clone()) else { continue };
        let toks: Vec<Token> = tokenize(text).collect();
        // (Nothing glued to it but a quote mark, a bracket or a final full stop:
        // «"سي.إن.بي.سي"», not «سي.إف.إم56», a model number.)
        let word_like = |t: &Token| {
            matches!(t.kind, TokenKind::ArabicWord | TokenKind::LatinWord | TokenKind::Number)
                || t.text(text) == "."
        };
        let glued = |a: &Token, b: &Token| a.range.end == b.range.start;
        acronyms.extend(dotted_acronyms(text, &toks).into_iter().filter_map(|r| {
            let (first, last) = (toks.get(r.start)?, toks.get(r.end - 1)?);
            let free_before = r
                .start
                .checked_sub(1)
                .and_then(|i| toks.get(i))
                .is_none_or(|p| !glued(p, first) || !word_like(p));
            let free_after =
                toks.get(r.end).is_none_or(|n| !glued(last, n) || !word_like(n) || n.text(text) == ".");
            (free_before && free_after).then(|| off + first.range.start..off + last.range.end)
        }));
        words.extend(
            toks.iter()
                .map(|t| Word { range: off + t.range.start..off + t.range.end, norm: norm(t.text(text)) }),
        );
        let mut s = 0;
        while s < toks.len() {
            let mut e = s;
            while e < toks.len() {
                e += 1;
                if ends_sentence(toks[e - 1].text(text)) {
                    break;
                }
            }
            sentences.push((off, toks[s..e].to_vec()));
            s = e;
        }
    }
    let texts: Vec<Vec<&str>> = sentences
        .iter()
        .map(|(off, sent)| {
            sent.iter().map(|t| body.get(off + t.range.start..off + t.range.end).unwrap_or("")).collect()
        })
        .collect();
    let mut raws: Vec<Raw> = Vec::new();
    for ((off, sent), tags) in sentences.iter().zip(model.tag_document(&texts)) {
        for (a, mut b, kind) in spans(&tags) {
            // A name ends on a word: punctuation the model took in («أف أم.») stays out.
            while b > a + 1 && sent.get(b - 1).is_some_and(|t| t.kind == TokenKind::Punctuation) {
                b -= 1;
            }
            let (Some(first), Some(last)) = (sent.get(a), sent.get(b.wrapping_sub(1))) else { continue };
            let Some(first_text) = body.get(off + first.range.start..off + first.range.end) else { continue };
            let cut = proclitic_cut(first_text);
            let range = off + first.range.start + cut..off + last.range.end;
            let role = if kind == EntityType::Person { role_of(body, *off, sent, a) } else { None };
            raws.push(Raw { range, kind, role });
        }
    }
    split_attached(body, &words, &mut raws);
    split_adjacent_people(body, &words, &mut raws);
    trim_trailing_object(body, &words, &mut raws, |w| model.usually_a_name(w));
    propagate(body, &words, &mut raws);
    acronym_mentions(&acronyms, &mut raws);
    merge(body, raws)
}

/// «سي.إن.بي.سي», «إف.بي.آي», «د.ب.أ» ([`dotted_acronyms`], byte ranges in `acronyms`):
/// the tokenizer cuts them at each dot and the model tags them piece by piece («سي» a
/// person, «بي» an organization). In the news such acronyms name organizations — media,
/// agencies, companies: 666 in ANT v2.1, «سي.إن.إن» 43, «إف.بي.آي» 28, «بي.بي.سي» 27 —
/// so each becomes one organization mention in place of whatever was tagged inside it.
fn acronym_mentions(acronyms: &[Range<usize>], raws: &mut Vec<Raw>) {
    for range in acronyms {
        raws.retain(|r| r.range.end <= range.start || r.range.start >= range.end);
        raws.push(Raw { range: range.clone(), kind: EntityType::Organization, role: None });
    }
}

/// Currencies (normalized), which ANERcorp tags as other names («دولار» 122 times B-MISC,
/// «يورو» 40): in an analyst's list of names they are noise, so a MISC mention that is a
/// currency is no entity. The tagger keeps the training convention (its scores are
/// ANERcorp's); «ريال مدريد» is the club.
const CURRENCIES: &[&str] = &[
    "دولار",
    "يورو",
    "جنيه",
    "ريال",
    "درهم",
    "دينار",
    "ليره",
    "روبل",
    "يوان",
    "فرنك",
    "استرليني",
    "روبيه",
    "بيتكوين",
];

/// Is `text` a currency: one word with the article, a one-letter proclitic, the
/// accusative or a plural ending («بالدولار», «دولارا», «الدولارات», «وجنيهات»; «ين»
/// only as written), then nisba adjectives («الدولار الأمريكي», «جنيه إسترليني»)?
fn is_currency(text: &str) -> bool {
    let n = norm(text);
    let mut words = n.split_whitespace();
    let Some(first) = words.next() else { return false };
    let stems = strip_one_proclitic(first)
        .into_iter()
        .chain([first])
        .flat_map(|w| [w.strip_prefix("ال").unwrap_or(w), w.strip_prefix('ل').unwrap_or(w)]);
    let currency = matches!(first, "ين" | "الين")
        || stems.into_iter().any(|w| {
            ["ات", "ا", ""]
                .iter()
                .any(|end| w.strip_suffix(end).is_some_and(|stem| CURRENCIES.contains(&stem)))
        });
    currency && words.all(|w| w.chars().count() >= 4 && (w.ends_with('ي') || w.ends_with("يه")))
}

/// A MISC mention that is a function word («في», «له»: 207 of them in ANT v2.1) is the
/// tagger's slip, no name. (Not for other types: «علي», «لي», «كاين» are names.)
fn function_word(text: &str) -> bool {
    !text.contains(char::is_whitespace) && is_stopword(text)
}

/// Words that end a person's name after their surname («دونالد ترامب جونيور», «جورج
/// بوش الابن», «عبد الله الثاني»), normalized.
const NAME_SUFFIXES: &[&str] =
    &["جونيور", "الابن", "الاب", "الاول", "الثاني", "الثالث", "الرابع", "الكبير", "الصغير"];

/// Trims the last word of a person mention of three words or more when it is no part of
/// the name: the word before it ends other mentions of people in the article («رونالدو»
/// alone), the last word is in none, and across the corpus it is seldom part of a name
/// (`name_word`: «دك كريستيانو رونالدو حصون نادي جيرونا», «حصون» (fortresses) is the
/// verb's object; «بيلاوال بوتو زرداري» keeps «زرداري»). A generational suffix stays.
fn trim_trailing_object(body: &str, words: &[Word], raws: &mut [Raw], name_word: impl Fn(&str) -> bool) {
    let words_in = |range: &std::ops::Range<usize>| -> Vec<&Word> {
        words.iter().filter(|w| w.range.end > range.start && w.range.start < range.end).collect()
    };
    let people: Vec<(std::ops::Range<usize>, Vec<String>)> = raws
        .iter()
        .filter(|r| r.kind == EntityType::Person)
        .map(|r| (r.range.clone(), words_in(&r.range).iter().map(|w| w.norm.clone()).collect()))
        .collect();
    for r in raws.iter_mut().filter(|r| r.kind == EntityType::Person) {
        let inside = words_in(&r.range);
        let n = inside.len();
        if n < 3 || NAME_SUFFIXES.contains(&inside[n - 1].norm.as_str()) {
            continue;
        }
        if name_word(body.get(inside[n - 1].range.clone()).unwrap_or("")) {
            continue;
        }
        let (last, before) = (&inside[n - 1].norm, &inside[n - 2].norm);
        let others = || people.iter().filter(|(range, _)| *range != r.range);
        let surname_elsewhere = others().any(|(_, ws)| ws.last() == Some(before));
        let last_elsewhere = others().any(|(_, ws)| ws.contains(last));
        if surname_elsewhere && !last_elsewhere {
            r.range.end = inside[n - 2].range.end;
        }
    }
}

/// Cuts a person mention that is two people side by side, the subject and the object of
/// a verb: «وحذر صالحي ترامب من…» → «صالحي» + «ترامب». A cut is made where the words
/// before it are a person introduced earlier in the article (alone or as the end of a
/// longer name: «أكبر صالحي») and the words after it are another person named elsewhere
/// («ترامب», «دونالد ترامب»). A name whose first mention is the whole run («إيفانكا
/// ترامب», later «إيفانكا») is one person and stays whole.
fn split_adjacent_people(body: &str, words: &[Word], raws: &mut Vec<Raw>) {
    let people: Vec<(usize, String)> = raws
        .iter()
        .filter(|r| r.kind == EntityType::Person)
        .map(|r| (r.range.start, norm(body.get(r.range.clone()).unwrap_or(""))))
        .collect();
    // Is `name` a person mention, or the end of one, with no word of `other` (the rest
    // of the run: «كيم جونغ أون» is no «أون» beside «كيم جونغ»), and where does it first
    // occur?
    let first_as_name = |name: &str, other: &str| {
        let tail = format!(" {name}");
        people
            .iter()
            .filter(|(_, t)| {
                (t == name || t.ends_with(&tail)) && !t.split(' ').any(|w| other.split(' ').any(|o| o == w))
            })
            .map(|(at, _)| *at)
            .min()
    };
    let mut extra = Vec::new();
    for r in raws.iter_mut().filter(|r| r.kind == EntityType::Person) {
        // The words of the mention; the first may have lost a proclitic («لكيم»).
        let inside: Vec<&Word> =
            words.iter().filter(|w| w.range.end > r.range.start && w.range.start < r.range.end).collect();
        if inside.len() < 2 {
            continue;
        }
        let norms: Vec<String> = inside
            .iter()
            .enumerate()
            .map(|(k, w)| match k {
                0 => norm(body.get(r.range.start..w.range.end).unwrap_or("")),
                _ => w.norm.clone(),
            })
            .collect();
        let whole = norms.join(" ");
        let first_whole = people.iter().filter(|(_, t)| *t == whole).map(|(at, _)| *at).min();
        for k in 1..inside.len() {
            let (before, after) = (norms[..k].join(" "), norms[k..].join(" "));
            let introduced =
                first_as_name(&before, &after).is_some_and(|at| first_whole.is_none_or(|w| at < w));
            if introduced && first_as_name(&after, &before).is_some() {
                extra.push(Raw {
                    range: inside[k].range.start..r.range.end,
                    kind: EntityType::Person,
                    role: None,
                });
                r.range.end = inside[k - 1].range.end;
                break;
            }
        }
    }
    raws.extend(extra);
}

/// The role of the person mention starting at token `a` of `sent` (a sentence of the
/// block at `off`): the title run before it, displayed.
fn role_of(body: &str, off: usize, sent: &[Token], a: usize) -> Option<String> {
    let block = body.get(off..)?;
    let (j, cut) = role_before(block, sent, a)?;
    let start = sent[j].range.start + cut;
    let end = sent[a.checked_sub(1)?].range.end;
    block.get(start..end).map(display)
}

/// The kind each mention text (normalized) was tagged with most often.
fn known_texts(body: &str, raws: &[Raw]) -> HashMap<String, EntityType> {
    let mut votes: HashMap<String, HashMap<EntityType, usize>> = HashMap::new();
    for r in raws {
        let n = norm(body.get(r.range.clone()).unwrap_or(""));
        *votes.entry(n).or_default().entry(r.kind).or_insert(0) += 1;
    }
    votes
        .into_iter()
        .filter_map(|(n, v)| {
            v.into_iter().max_by_key(|(k, c)| (*c, std::cmp::Reverse(*k))).map(|(k, _)| (n, k))
        })
        .collect()
}

/// Cuts a mention where a later word is a clitic-attached known mention: «فرانسوا هولاند
/// بموسكو» → «فرانسوا هولاند» + «موسكو».
fn split_attached(body: &str, words: &[Word], raws: &mut Vec<Raw>) {
    let known = known_texts(body, raws);
    let mut extra = Vec::new();
    for r in raws.iter_mut() {
        let inside: Vec<&Word> =
            words.iter().filter(|w| w.range.start >= r.range.start && w.range.end <= r.range.end).collect();
        for (k, w) in inside.iter().enumerate().skip(1) {
            let Some(rest) = strip_one_proclitic(&w.norm) else { continue };
            let Some(&kind) = known.get(rest) else { continue };
            let cut = body.get(w.range.clone()).and_then(|t| t.chars().next()).map_or(0, char::len_utf8);
            extra.push(Raw { range: w.range.start + cut..w.range.end, kind, role: None });
            if let Some(prev) = inside.get(k - 1) {
                r.range.end = prev.range.end;
            }
            if let Some(after) = inside.get(k + 1) {
                extra.push(Raw {
                    range: after.range.start..inside[inside.len() - 1].range.end,
                    kind: r.kind,
                    role: None,
                });
            }
            break;
        }
    }
    raws.extend(extra);
    raws.retain(|r| r.range.start < r.range.end);
}

/// One sense per article: a word sequence tagged as an entity somewhere is a mention
/// wherever else it occurs untagged (also with a one-letter proclitic: وموسكو, لداعش).
fn propagate(body: &str, words: &[Word], raws: &mut Vec<Raw>) {
    let known = known_texts(body, raws);
    let max_len = known.keys().map(|k| k.split_whitespace().count()).max().unwrap_or(0).min(6);
    let mut covered = vec![false; words.len()];
    for (i, w) in words.iter().enumerate() {
        covered[i] = raws.iter().any(|r| r.range.start < w.range.end && w.range.start < r.range.end);
    }
    let mut i = 0;
    while i < words.len() {
        let mut hit = None;
        if !covered[i] {
            'len: for len in (1..=max_len.min(words.len() - i)).rev() {
                if covered[i..i + len].iter().any(|c| *c) {
                    continue;
                }
                let tail: Vec<&str> = words[i + 1..i + len].iter().map(|w| w.norm.as_str()).collect();
                let first = &words[i].norm;
                for (head, cut) in [(Some(first.as_str()), 0), (strip_one_proclitic(first), 1)] {
                    let Some(head) = head else { continue };
                    let key = std::iter::once(head).chain(tail.iter().copied()).collect::<Vec<_>>().join(" ");
                    if let Some(&kind) = known.get(&key) {
                        let cut = if cut == 1 {
                            body.get(words[i].range.clone())
                                .and_then(|t| t.chars().next())
                                .map_or(0, char::len_utf8)
                        } else {
                            0
                        };
                        hit = Some((len, kind, cut));
                        break 'len;
                    }
                }
            }
        }
        match hit {
            Some((len, kind, cut)) => {
                raws.push(Raw {
                    range: words[i].range.start + cut..words[i + len - 1].range.end,
                    kind,
                    role: None,
                });
                i += len;
            }
            None => i += 1,
        }
    }
}

/// Merges raw mentions into entities (steps 3–5 of the module doc).
fn merge(body: &str, mut raws: Vec<Raw>) -> ArticleEntities {
    raws.sort_by_key(|r| r.range.start);
    // One type per text in an article: the majority vote.
    let votes = known_texts(body, &raws);
    for r in raws.iter_mut() {
        if let Some(k) = votes.get(&norm(body.get(r.range.clone()).unwrap_or(""))) {
            r.kind = *k;
        }
    }
    // (After the vote: «ريال» tagged MISC in an article that names the club is the club.)
    raws.retain(|r| {
        !(r.kind == EntityType::Misc
            && body.get(r.range.clone()).is_some_and(|t| is_currency(t) || function_word(t)))
    });
    // Clitic rule: وX / بX … where X is another mention's text.
    let texts: FxHashSet<String> =
        raws.iter().map(|r| norm(body.get(r.range.clone()).unwrap_or(""))).collect();
    for r in raws.iter_mut() {
        let t = body.get(r.range.clone()).unwrap_or("");
        let n = norm(t);
        if let Some(rest) = strip_one_proclitic(&n)
            && texts.contains(rest)
            && let Some(c) = t.chars().next()
        {
            r.range.start += c.len_utf8();
        }
    }
    let words: Vec<Vec<String>> = raws
        .iter()
        .map(|r| {
            norm(&restore_article(body.get(r.range.clone()).unwrap_or("")))
                .split_whitespace()
                .map(str::to_string)
                .collect()
        })
        .collect();
    // A shorter mention inside a person's full name is that person, whatever it was
    // tagged (هولاند alone reads as the Netherlands to a model trained on 2007 news).
    let persons: Vec<&Vec<String>> = raws
        .iter()
        .zip(&words)
        .filter(|(r, w)| r.kind == EntityType::Person && w.len() > 1)
        .map(|(_, w)| w)
        .collect();
    let relabel: Vec<bool> = raws
        .iter()
        .zip(&words)
        .map(|(r, w)| {
            r.kind != EntityType::Person
                && !w.is_empty()
                && persons.iter().any(|p| p.len() > w.len() && p.windows(w.len()).any(|x| x == w.as_slice()))
        })
        .collect();
    for (r, re) in raws.iter_mut().zip(relabel) {
        if re {
            r.kind = EntityType::Person;
        }
    }
    // Longest first, then text order.
    let mut order: Vec<usize> = (0..raws.len()).collect();
    order.sort_by_key(|&i| (std::cmp::Reverse(words[i].len()), raws[i].range.start));
    let mut entity_of = vec![usize::MAX; raws.len()];
    let mut ents: Vec<(EntityType, Vec<String>, usize)> = Vec::new(); // kind, words, first raw
    let mut by_key: HashMap<(EntityType, String), usize> = HashMap::new();
    for &i in &order {
        let kind = raws[i].kind;
        let key = words[i].join(" ");
        if key.is_empty() {
            continue;
        }
        if let Some(&e) = by_key.get(&(kind, key.clone())) {
            entity_of[i] = e;
            continue;
        }
        let mut found = None;
        if matches!(kind, EntityType::Person | EntityType::Organization) {
            let w = &words[i];
            // A person's shorter mention is any run of the full name (بوتين، فلاديمير
            // بوتين); an organization's, its leading words (بايرن for بايرن ميونيخ).
            let fits: Vec<usize> = (0..ents.len())
                .filter(|&e| {
                    let full = &ents[e].1;
                    ents[e].0 == kind
                        && full.len() > w.len()
                        && if kind == EntityType::Person {
                            full.windows(w.len()).any(|x| x == w.as_slice())
                        } else {
                            full.starts_with(w)
                        }
                })
                .collect();
            // The closest earlier mention of a fitting entity, else the first fitting one.
            let start = raws[i].range.start;
            found = fits
                .iter()
                .copied()
                .filter_map(|e| {
                    let last_before = (0..raws.len())
                        .filter(|&k| entity_of[k] == e && raws[k].range.start < start)
                        .map(|k| raws[k].range.start)
                        .max();
                    last_before.map(|p| (p, e))
                })
                .max()
                .map(|(_, e)| e)
                .or_else(|| fits.first().copied());
        }
        let e = found.unwrap_or_else(|| {
            ents.push((kind, words[i].clone(), i));
            ents.len() - 1
        });
        by_key.insert((kind, key), e);
        entity_of[i] = e;
    }
    // Renumber entities by first mention.
    let mut first: Vec<(usize, usize)> = Vec::new();
    for e in 0..ents.len() {
        if let Some(k) = (0..raws.len()).find(|&k| entity_of[k] == e) {
            first.push((k, e));
        }
    }
    first.sort_unstable();
    let mut renum = vec![usize::MAX; ents.len()];
    let mut entities = Vec::with_capacity(first.len());
    for (new, &(_, e)) in first.iter().enumerate() {
        renum[e] = new;
        let (kind, _, canon_raw) = &ents[e];
        let canonical = display(body.get(raws[*canon_raw].range.clone()).unwrap_or(""));
        entities.push(Entity { canonical, kind: *kind, role: None, mentions: Vec::new() });
    }
    let mut mentions = Vec::with_capacity(raws.len());
    for (k, r) in raws.into_iter().enumerate() {
        let Some(&e) = renum.get(entity_of[k]) else { continue };
        let Some(ent) = entities.get_mut(e) else { continue };
        ent.mentions.push(mentions.len());
        if let Some(role) = r.role {
            let better = match &ent.role {
                None => true,
                Some(old) => old.split_whitespace().count() < 2 && role.split_whitespace().count() >= 2,
            };
            if better {
                ent.role = Some(role);
            }
        }
        mentions.push(Mention { range: r.range, kind: r.kind, entity: e });
    }
    ArticleEntities { mentions, entities }
}

/// An entity across a corpus.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CorpusEntity {
    pub canonical: String,
    pub kind: EntityType,
    /// Number of documents that mention it.
    pub documents: usize,
    /// Number of mentions over all documents.
    pub mentions: usize,
    /// (document index in `articles`, mentions there), by document index.
    pub per_doc: Vec<(usize, usize)>,
}

/// Merges the entities of many articles by type and normalized canonical name; a
/// one-word person (بوتين) joins the multiword person whose last word it is (فلاديمير
/// بوتين), the one with most mentions if several. Sorted by mentions, most first.
pub fn merge_corpus(articles: &[ArticleEntities]) -> Vec<CorpusEntity> {
    let mut groups: Vec<CorpusEntity> = Vec::new();
    let mut keys: Vec<(EntityType, Vec<String>)> = Vec::new();
    let mut index: HashMap<(EntityType, String), usize> = HashMap::new();
    for (d, a) in articles.iter().enumerate() {
        for e in &a.entities {
            let words: Vec<String> = norm(&e.canonical).split_whitespace().map(str::to_string).collect();
            let key = (e.kind, words.join(" "));
            let g = *index.entry(key).or_insert_with(|| {
                groups.push(CorpusEntity {
                    canonical: e.canonical.clone(),
                    kind: e.kind,
                    documents: 0,
                    mentions: 0,
                    per_doc: Vec::new(),
                });
                keys.push((e.kind, words));
                groups.len() - 1
            });
            add_doc(&mut groups[g], d, e.mentions.len());
        }
    }
    // One-word persons into the multiword person ending with that word.
    let mut target = vec![None; groups.len()];
    for g in 0..groups.len() {
        let (kind, words) = &keys[g];
        if *kind != EntityType::Person || words.len() != 1 {
            continue;
        }
        target[g] = (0..groups.len())
            .filter(|&h| {
                keys[h].0 == EntityType::Person && keys[h].1.len() > 1 && keys[h].1.last() == words.last()
            })
            .max_by_key(|&h| (groups[h].mentions, std::cmp::Reverse(h)));
    }
    for g in 0..groups.len() {
        if let Some(h) = target[g] {
            let per_doc = std::mem::take(&mut groups[g].per_doc);
            for (d, n) in per_doc {
                add_doc(&mut groups[h], d, n);
            }
        }
    }
    let mut out: Vec<CorpusEntity> =
        groups.into_iter().enumerate().filter(|(g, _)| target[*g].is_none()).map(|(_, c)| c).collect();
    for c in &mut out {
        c.per_doc.sort_unstable();
        c.documents = c.per_doc.len();
    }
    out.sort_by(|a, b| b.mentions.cmp(&a.mentions).then_with(|| a.canonical.cmp(&b.canonical)));
    out
}

fn add_doc(c: &mut CorpusEntity, doc: usize, mentions: usize) {
    c.mentions += mentions;
    match c.per_doc.iter_mut().find(|(d, _)| *d == doc) {
        Some(p) => p.1 += mentions,
        None => c.per_doc.push((doc, mentions)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raw(body: &str, text: &str, nth: usize, kind: EntityType) -> Raw {
        let start = body.match_indices(text).nth(nth).map(|(i, _)| i).unwrap_or(0);
        Raw { range: start..start + text.len(), kind, role: None }
    }

    #[test]
    fn a_proclitic_cut_leaves_the_commoner_word() {
        // The segmenter reads ولويس as و + ل + ويس; لويس is the word.
        assert_eq!(proclitic_cut("ولويس"), "و".len());
        // و + ك + ندا, و + ب + كين: Canada and Beijing kept whole.
        assert_eq!(proclitic_cut("وكندا"), "و".len());
        assert_eq!(proclitic_cut("وبكين"), "و".len());
        assert_eq!(proclitic_cut("لبوتين"), "ل".len());
        assert_eq!(proclitic_cut("والأردن"), "و".len());
        assert_eq!(proclitic_cut("بوتين"), 0);
    }

    fn words_of(body: &str) -> Vec<Word> {
        tokenize(body)
            .filter(|t| t.kind == TokenKind::ArabicWord)
            .map(|t| Word { range: t.range.clone(), norm: norm(t.text(body)) })
            .collect()
    }

    #[test]
    fn two_people_side_by_side_are_cut_apart() {
        let body =
            "حذر أكبر صالحي الرئيس الأمريكي دونالد ترامب. وقال ترامب إنه سيقرر. وحذر صالحي ترامب من الخطوة.";
        let p = EntityType::Person;
        let words = words_of(body);
        let mut raws = vec![
            raw(body, "صالحي", 0, p),
            raw(body, "دونالد ترامب", 0, p),
            raw(body, "ترامب", 1, p),
            raw(body, "صالحي ترامب", 0, p),
        ];
        split_adjacent_people(body, &words, &mut raws);
        let mut texts: Vec<&str> = raws.iter().map(|r| &body[r.range.clone()]).collect();
        texts.sort_unstable();
        assert_eq!(texts, vec!["ترامب", "ترامب", "دونالد ترامب", "صالحي", "صالحي"]);
        // Introduced as the whole run first: one person, even where her first name
        // stood alone before a later mention.
        let body = "وصلت إيفانكا ترامب إلى باريس. وقالت إيفانكا إن الزيارة مهمة. وأكد دونالد ترامب ذلك. \
                    وعادت إيفانكا ترامب مساء.";
        let words = words_of(body);
        let mut raws = vec![
            raw(body, "إيفانكا ترامب", 0, p),
            raw(body, "إيفانكا", 1, p),
            raw(body, "دونالد ترامب", 0, p),
            raw(body, "إيفانكا ترامب", 1, p),
        ];
        split_adjacent_people(body, &words, &mut raws);
        assert_eq!(raws.len(), 4);
        assert_eq!(&body[raws[3].range.clone()], "إيفانكا ترامب");
        // The end of a longer form of the same name is no second person.
        // (His sister «كيم يو جونغ» ends with «جونغ», and the proclitic of «لكيم» is
        // cut off the mention.)
        let body = "وصلت كيم يو جونغ إلى سيول. وهي الشقيقة الصغرى لكيم جونغ أون.";
        let words = words_of(body);
        let mut raws = vec![raw(body, "كيم يو جونغ", 0, p), raw(body, "كيم جونغ أون", 0, p)];
        split_adjacent_people(body, &words, &mut raws);
        assert_eq!(raws.len(), 2);
        assert_eq!(&body[raws[1].range.clone()], "كيم جونغ أون");
    }

    #[test]
    fn a_noun_after_the_surname_is_no_part_of_the_name() {
        let body = "دك النجم البرتغالي كريستيانو رونالدو حصون نادي جيرونا. وسجل رونالدو أربعة أهداف. \
                    وحضر دونالد ترامب جونيور المباراة مع والده ترامب.";
        let p = EntityType::Person;
        let words = words_of(body);
        let mut raws = vec![
            raw(body, "كريستيانو رونالدو حصون", 0, p),
            raw(body, "رونالدو", 1, p),
            raw(body, "دونالد ترامب جونيور", 0, p),
            raw(body, "ترامب", 1, p),
        ];
        trim_trailing_object(body, &words, &mut raws, |_| false);
        let texts: Vec<&str> = raws.iter().map(|r| &body[r.range.clone()]).collect();
        assert_eq!(texts, vec!["كريستيانو رونالدو", "رونالدو", "دونالد ترامب جونيور", "ترامب"]);
        // A last word that is mostly a name across the corpus stays («زرداري»).
        let body = "وقال بيلاوال بوتو زرداري إن الحزب سيفوز. وأضاف بوتو أن الانتخابات مزورة.";
        let words = words_of(body);
        let mut raws = vec![raw(body, "بيلاوال بوتو زرداري", 0, p), raw(body, "بوتو", 1, p)];
        trim_trailing_object(body, &words, &mut raws, |w| w == "زرداري");
        assert_eq!(&body[raws[0].range.clone()], "بيلاوال بوتو زرداري");
    }

    #[test]
    fn lil_is_li_plus_the_article() {
        let body = "توجه الوفد للأمم المتحدة. وقالت الأمم المتحدة إن للعراق حقا.";
        let raws = vec![
            raw(body, "للأمم المتحدة", 0, EntityType::Organization),
            raw(body, "الأمم المتحدة", 0, EntityType::Organization),
            raw(body, "للعراق", 0, EntityType::Location),
        ];
        let a = merge(body, raws);
        let names: Vec<(&str, usize)> =
            a.entities.iter().map(|e| (e.canonical.as_str(), e.mentions.len())).collect();
        assert_eq!(names, vec![("الأمم المتحدة", 2), ("العراق", 1)]);
    }

    #[test]
    fn aliases_merge_into_the_fullest_name() {
        let body = "قال بوتين أمس. وأكد فلاديمير بوتين أن لبوتين رأيا، وزار هولاند موسكو ثم وموسكو.";
        let p = EntityType::Person;
        let l = EntityType::Location;
        let raws = vec![
            raw(body, "بوتين", 0, p),
            raw(body, "فلاديمير بوتين", 0, p),
            raw(body, "لبوتين", 0, p),
            raw(body, "هولاند", 0, l),
            raw(body, "موسكو", 0, l),
            raw(body, "وموسكو", 0, l),
        ];
        let a = merge(body, raws);
        assert_eq!(a.entities.len(), 3, "{:#?}", a.entities);
        let putin = &a.entities[0];
        assert_eq!((putin.canonical.as_str(), putin.kind, putin.mentions.len()), ("فلاديمير بوتين", p, 3));
        // لبوتين: the range leaves the clitic out.
        let texts: Vec<&str> = putin.mentions.iter().map(|&m| &body[a.mentions[m].range.clone()]).collect();
        assert_eq!(texts, vec!["بوتين", "فلاديمير بوتين", "بوتين"]);
        let moscow = a.entities.iter().find(|e| e.canonical == "موسكو").expect("Moscow");
        assert_eq!(moscow.mentions.len(), 2);
        assert!(a.mentions.iter().all(|m| &body[m.range.clone()] != "وموسكو"));
    }

    #[test]
    fn an_organization_s_leading_words_are_that_organization() {
        let body =
            "فاز بايرن ميونيخ على ريال مدريد. وقال مدرب بايرن إن ريال قوي، والاتحاد الأوروبي يراقب ميونيخ.";
        let o = EntityType::Organization;
        let raws = vec![
            raw(body, "بايرن ميونيخ", 0, o),
            raw(body, "ريال مدريد", 0, o),
            raw(body, "بايرن", 1, o),
            raw(body, "ريال", 1, o),
            raw(body, "الاتحاد الأوروبي", 0, o),
            raw(body, "ميونيخ", 1, EntityType::Location),
        ];
        let a = merge(body, raws);
        let count = |name: &str| a.entities.iter().find(|e| e.canonical == name).map(|e| e.mentions.len());
        assert_eq!(count("بايرن ميونيخ"), Some(2), "{:#?}", a.entities);
        assert_eq!(count("ريال مدريد"), Some(2));
        assert_eq!(count("الاتحاد الأوروبي"), Some(1));
        // A trailing word is not a short form of an organization (ميونيخ is the city).
        assert_eq!(count("ميونيخ"), Some(1));
        assert_eq!(a.entities.len(), 4);
    }

    #[test]
    fn a_short_name_joins_the_closest_earlier_person() {
        let body = "التقى جورج بوش الأب ثم جورج واشنطن. وقال جورج إن الأمر انتهى.";
        let p = EntityType::Person;
        let raws = vec![raw(body, "جورج بوش", 0, p), raw(body, "جورج واشنطن", 0, p), raw(body, "جورج", 2, p)];
        let a = merge(body, raws);
        let last = a.mentions.iter().max_by_key(|m| m.range.start).expect("mentions");
        assert_eq!(a.entities[last.entity].canonical, "جورج واشنطن");
    }

    #[test]
    fn role_is_the_title_run_before_the_name() {
        let text = "أكد الرئيس الروسي فلاديمير بوتين ووزير الخارجية الأمريكي جون كيري مع نظيره الفرنسي هولاند";
        let toks: Vec<Token> = tokenize(text).collect();
        let at = |w: &str| toks.iter().position(|t| t.text(text) == w).unwrap_or(0);
        let role = |w: &str| {
            role_before(text, &toks, at(w))
                .map(|(j, cut)| display(&text[toks[j].range.start + cut..toks[at(w) - 1].range.end]))
        };
        assert_eq!(role("فلاديمير").as_deref(), Some("الرئيس الروسي"));
        assert_eq!(role("جون").as_deref(), Some("وزير الخارجية الأمريكي"));
        assert_eq!(role("هولاند"), None, "a counterpart is no role");
    }

    #[test]
    fn a_currency_is_no_name() {
        for w in ["دولار", "الدولار", "بالدولار", "للدولار", "دولارا", "الدولارات", "واليورو", "جنيهات", "الليرة"]
        {
            assert!(is_currency(w), "{w}");
        }
        assert!(is_currency("الدولار الأمريكي") && is_currency("جنيه إسترليني") && is_currency("ين"));
        assert!(
            function_word("في") && function_word("له") && !function_word("نوبل") && !function_word("في يوم")
        );
        for w in ["ريال مدريد", "دولة", "الدين", "يوروبا", "فرنسا", "يناير", "الدولار الأمريكي القوي جدا"]
        {
            assert!(!is_currency(w), "{w}");
        }
        // A dotted acronym is one organization.
        let a =
            extract("وذكرت صحيفة واشنطن بوست ومحطة تلفزيون \"سي.إن.بي.سي\" اليوم أن الشركة ستغلق مصانعها.");
        assert!(
            a.entities.iter().any(|e| e.canonical == "سي.إن.بي.سي" && e.kind == EntityType::Organization),
            "{:?}",
            a.entities
        );
        assert!(!a.entities.iter().any(|e| e.canonical == "سي" || e.canonical == "بي"), "{:?}", a.entities);
        // Tagged or not, an article's dollars list no entity.
        let a = extract(
            "ارتفع سعر الدولار أمام اليورو في بورصة نيويورك، وقال الرئيس الأمريكي دونالد ترامب إن الدولار قوي.",
        );
        assert!(a.entities.iter().all(|e| !is_currency(&e.canonical)), "{:?}", a.entities);
        assert!(a.entities.iter().any(|e| e.canonical == "دونالد ترامب"), "{:?}", a.entities);
    }
}
