//! Quotes — who said what: direct quotes, indirect speech and mixed quotes, each with
//! its reporting verb and its speaker.
//!
//! # Method (rules, no model)
//! Each paragraph of [`super::structure`] (noise, sub-headings and a byline/dateline are
//! skipped) is tokenized, and:
//! 1. **Quote marks** `"` `«»` `“”` are paired with a stack. `«“` always open and `»”`
//!    always close; a `"` opens when it follows a space, the start or an opening mark
//!    (`:` `(` `،` tatweel) and is followed by a letter, closes when it follows a letter
//!    or punctuation and is followed by a space, punctuation or the end, and otherwise
//!    closes if a `"` is open. Pairs inside a pair are *nested* (the seed's
//!    «… لمواجهة "داعش"»): never quotes of their own. An opening mark left unclosed (the
//!    seed's `مضيفًا "نرغب … لمواجهة "داعش".`) runs to the paragraph end, or to where the
//!    closing mark should be: before `، مضيفا…`/`. وقال…`, a reporting word after a comma
//!    or a full stop.
//! 2. **Reporting frames**: a reporting verb (see [`REPORTING_VERBS`]; every inflected,
//!    clitic-attached and participle form is generated from a (past, present,
//!    participle) triple), then its subject (a noun phrase up to a preposition, a time
//!    word, a comma, `:` or the complementizer), optional adjuncts (`خلال مؤتمر صحفي مع
//!    هولاند`), then either
//!    - `إن/أن/بأن/أنه…` (after `إلى`/`على`/`من`/`عن` for أشار/شدد/حذر/كشف), or `ألا`
//!      right after the subject (kept in the text): **indirect** speech, the clause up
//!      to the sentence end (or up to `، مضيفًا`, `، وفقا`…; an attribution set off by
//!      commas inside it is skipped); a quote of three words or more inside the clause
//!      makes it **mixed**; `، وأن…` after a nominal object (`أشار إلى وجود…، وأن…`)
//!      makes the object the clause's first half;
//!    - a quote mark (optionally after `:` or `بالقول`): a **direct** quote;
//!    - for «عبّر/أعرب \[X\] عن» + a noun of feeling or stance (`قلقه`, `أمله`,
//!      `ارتياحها`…): **indirect**, the clause after `في أن/من أن/بأن`, else the
//!      stance itself with its complement (`عن ارتياحها لعودة…`). Homographs left out
//!      of the lexicon are read in context: `عبر` is a verb only in that frame (not
//!      «عبر الحدود», «عبر حسابه»), `لافتة` only before `إلى`.
//!
//!    A clause also ends before `، كما/فيما/بينما <reporting verb>`, `فيما يرى آخرون`,
//!    `، وذلك` (not `، وذلك من خلال/عبر/بهدف…`, the means of what was said) and the narrator's schedule `، إذ من المقرر`; `ويذكر أن`/`ويشار إلى أن` are impersonal (nobody's words); a quote
//!    of two words counts when a verb of saying frames it and it closes the sentence.
//! 3. Quotes with no frame before them count when a colon introduces them
//!    (`X: "..."`), when a reporting verb follows them (`"…"، قال X`), or when they
//!    open the sentence with five words or more. Any other quoted span — a name or a
//!    term in quotes («"داعش"», «"شارل ديغول"», `بـ"الكارثة"`) — is no quote.
//! 4. **Speakers**: the subject after the verb; else a subject before it (`وكان الرئيس
//!    الروسي فلاديمير بوتين أكد`); else (a participle `مضيفًا`, or `وتابع:` with no
//!    subject) the speaker of the sentence so far, else the last speaker of the article.
//!    Verb forms carry their agreement (قال/قالت/قالا/قالتا/قالوا, مضيفا/مضيفة/مضيفين):
//!    a plural or dual verb has no subject after it (Arabic verbs before their subject
//!    are singular), so `وأكدوا` goes to a group named in its sentence or the one before
//!    (`قادة الاتحاد`, `الجنديين`, `بوتين وهولاند`), else to the latest speaker that
//!    agrees; a dropped subject of `وأضافت` is the latest feminine speaker. Subjects may
//!    be plural group nouns (`مسؤولون أتراك`, `وزراء خارجية…`), duals (`الوزيران`), a
//!    number and a noun (`3 مصادر`), a quoted name (`وقالت "هيومن رايتس ووتش" إن`), a
//!    statement (`بيان قمة هامبورغ`), the antecedent of an agreeing relative pronoun
//!    (`المعارضة التي رأت`), a quoted name after a role (`نائب المتحدث "فرحان حق"
//!    للصحفيين`); `للصحفيين` after the verb is an addressee.
//!    A subject that is a role (`الرئيس الروسي`) resolves to the person the article
//!    introduced with that role (`الرئيس الروسي فلاديمير بوتين`). The reported name is
//!    the fullest the article gives (`فلاديمير بوتين` for `بوتين`). Also: `نقل عن X
//!    قوله` (X the speaker), a sentence-opening subject cut from its verb by an
//!    apposition or `قد`, organizations as whole genitive chains (`وزارة الاتصالات
//!    وتكنولوجيا المعلومات`), hashtag names, and a bare generic noun (`المتحدث`,
//!    `المصدر`, `الوكالة`; `المؤسسة`/`الهيئة` for any body) resolved to the earlier
//!    speaker it abbreviates; a bare title (`وأوضح الوزير`) is the one person the NER
//!    found with a role of that head. A phrase between `أنّ/إنّ` and the verb is its
//!    subject (`يشار إلى أن الجبهة الشعبية وصفت…`), and the topic of `أما X، … فقال`
//!    speaks. Radio and agency frames: an addressee after the subject is cut (`مصدر أمني
//!    لمراسل الجوهرة أف أم`), `حسب ما صرح به X` skips the pronoun, a role may name its
//!    body with `بـ/في` and the body's own name before the person's (`القيادي بحزب نداء
//!    تونس عبد العزيز القطي`, `…، خميس قسيلة`), a reporter's outlet and place come
//!    before a name set off by a comma, and kin speak as kin (`والد سلمان العبيدي`). `وفق ما ذكرت
//!    X` attributes what precedes it, and frames nothing after it.
//!    Verbal nouns after a preposition frame speech too (`سارعت الوزارة إلى تأكيد أن`,
//!    `اكتفى بالقول إن`, `بعد إعلان الشرطة أن`), and `أصدرت X بيانا قالت فيه` is X's:
//!    the subject is the verbal noun's own, else their clause's.
//! 5. **Attributions** apart from their clause (`…، بحسب ما ذكرت الوكالة`, `…، وفقا
//!    لوزارة الصحة`, `- بحسب X -`, `وبحسب المصادر، فإن…`, `…، على حد قوله`): the clause
//!    is indirect speech of the source, when no quote holds it and no verb frames it
//!    (see `attribution`).
//!
//! People come from [`People`]: built by the caller from named entities, or found by
//! [`People::from_text`] (titles + names, subjects of reporting verbs) when none are given.

use std::ops::Range;

use serde::{Deserialize, Serialize};

mod attribution;
mod clause;
mod frames;
mod lexicon;
mod marks;
mod paragraph;
mod people;
mod phrase;
mod places;
mod speaker;
#[cfg(test)]
mod tests;
mod tokens;
mod words;

pub use lexicon::{REPORTING_VERBS, is_reporting_word, lexicon_size};

use super::entities::ArticleEntities;
use super::structure::{ArticleStructure, BlockKind, structure};

use paragraph::paragraph_quotes;
use speaker::{Memory, Speaker};
use tokens::{as_name, toks};

/// What kind of quote.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// The speaker's words in quote marks.
    Direct,
    /// Reported speech: «قال إن…», «أكد أن…».
    Indirect,
    /// Reported speech holding the speaker's words in quote marks: «قال إن "…"».
    Mixed,
}

impl QuoteKind {
    /// `direct`, `indirect` or `mixed`.
    pub fn name(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Indirect => "indirect",
            QuoteKind::Mixed => "mixed",
        }
    }
}

/// One quote of an article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quote {
    /// Direct, indirect or mixed.
    pub kind: QuoteKind,
    /// The quoted text, without the outer quote marks: byte range in the body.
    pub text: Range<usize>,
    /// The reporting verb (as written, clitics included), when there is one.
    pub verb: Option<Range<usize>>,
    /// The speaker's entity index (into the caller's entities) when linked.
    pub speaker: Option<usize>,
    /// The fullest name the article gives the speaker (or the speaking body, e.g.
    /// «وزارة الخارجية»), when known.
    pub speaker_name: Option<String>,
    /// Index of the quote's block in [`ArticleStructure::blocks`] (the paragraph).
    pub paragraph: usize,
}

impl Quote {
    /// A quote of `paragraph` said by `speaker` (linked to the caller's entity when the
    /// speaker is a known person).
    fn said(
        kind: QuoteKind,
        text: Range<usize>,
        verb: Option<Range<usize>>,
        speaker: Option<&Speaker>,
        people: &People,
        paragraph: usize,
    ) -> Quote {
        Quote {
            kind,
            text,
            verb,
            speaker: speaker.and_then(|s| s.person).and_then(|p| people.persons.get(p)?.entity),
            speaker_name: speaker.map(|s| s.name.clone()),
            paragraph,
        }
    }
}

/// A person known to the extractor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    /// The fullest name, as written (e.g. «فلاديمير بوتين»).
    pub name: String,
    /// A role the article gives the person (e.g. «الرئيس الروسي»).
    pub role: Option<String>,
    /// The caller's entity index, when the person came from named entities.
    pub entity: Option<usize>,
}

/// People of an article and where they are mentioned.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct People {
    /// The persons.
    pub persons: Vec<Person>,
    /// Mentions: byte range in the body and index into `persons`.
    pub mentions: Vec<(Range<usize>, usize)>,
}

/// The quotes of an article (`title` may be empty), with the people of its named
/// entities ([`super::entities::extract`]) completed by [`People::from_text`]. The
/// quotes' `speaker` indexes the entities returned alongside.
pub fn quotes(title: &str, body: &str) -> (Vec<Quote>, ArticleEntities) {
    let ents = super::entities::extract(body);
    let st = structure(title, body);
    let mut people = People::from_entities(&ents);
    people.merge(People::from_text(title, body));
    (quotes_with(body, &st, &people), ents)
}

/// The quotes of an article with people found by [`People::from_text`] only (no NER
/// model: faster, and independent of it).
pub fn quotes_heuristic(title: &str, body: &str) -> Vec<Quote> {
    let st = structure(title, body);
    let people = People::from_text(title, body);
    quotes_with(body, &st, &people)
}

/// The quotes of `body`, given its structure and its people.
pub fn quotes_with(body: &str, st: &ArticleStructure, people: &People) -> Vec<Quote> {
    let mut out = Vec::new();
    let mut memory = Memory::default();
    for p in &st.paragraphs {
        if st.blocks.get(p.block).is_some_and(|b| b.kind != BlockKind::Paragraph) {
            continue;
        }
        let start = st.content_start(p);
        let t = toks(body, start..p.range.end);
        if t.is_empty() {
            continue;
        }
        let sent_ends: Vec<usize> = p.sentences.iter().map(|s| s.end).collect();
        paragraph_quotes(body, &t, &sent_ends, p.block, people, &mut memory, &mut out);
    }
    for q in &mut out {
        // (A name read as no words at all is no speaker: the table shows none rather
        // than an empty cell.)
        q.speaker_name = q.speaker_name.take().map(|n| as_name(&n)).filter(|n| !n.is_empty());
    }
    out
}
