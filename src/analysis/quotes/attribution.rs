//! Attributions that stand apart from the clause they attribute: «…، بحسب ما ذكرت
//! الوكالة», «…، وفقا لوزارة الصحة», «… - بحسب ما ذكرته وكالة الأناضول - …»,
//! «…، نقلا عن مصادر مطلعة», «…، وفق أطباء وشهود عيان», «…، على حد قوله», and
//! before it: «وبحسب المصادر، فإن…», «وفقا لوكالة رويترز فقد…». The clause is reported
//! speech (indirect) of the source when no quote holds it already and no reporting
//! verb frames it; words quoted after the sentence's last quote are the source's. A
//! source without a relaying verb must look like one (a person, a title, an
//! organization, a group, a statement or a report, whose issuer after «صدر عن»
//! speaks: «وفقا للقانون» attributes nothing); «نقلته X عن Y» is Y's. Set off by
//! commas inside a reported clause («…أن عائد المتحف، بحسب تصريحات الوزير، يبقى
//! زهيدا»), an attribution is skipped over: the clause goes on (see `parenthetical`).

use std::ops::Range;

use super::clause::{COMPLEMENTIZERS, reporting_at, sentence_end};
use super::lexicon::{Agreement, search_norm, verb_form};
use super::marks::{is_mark, is_quote_char, pair_marks};
use super::phrase::{Np, definite, has_pronoun_suffix, read_np};
use super::speaker::{Memory, Speaker, clause_subject, resolve};
use super::tokens::{Tok, join};
use super::words::{
    PREPOSITIONS, impersonal_opening, is_addressee, is_document, is_group_head, is_org_head, is_subject_stop,
    is_time_word, is_title, stop_word,
};
use super::{People, Quote, QuoteKind};
use crate::text::tokenize::TokenKind;

/// Words opening an attribution (search-normalized, also read without و).
const OPENERS: &[&str] = &["بحسب", "حسب", "وفق", "وفقا", "طبقا"];

/// One-word openers that a relaying verb follows («حسبما قال»); «كما» only with a verb
/// of saying after a comma («…، كما قال الوزير»: not «كما تعهدت المدن…», "also").
const VERB_OPENERS: &[&str] = &["حسبما", "بحسبما", "وفقما", "طبقما"];

/// Verbs of saying that «كما» turns into an attribution (search-normalized lemmas).
const KAMA_VERBS: &[&str] = &["قال", "ذكر", "اورد", "افاد", "اعلن", "اوضح", "اشار", "اكد", "كتب"];

/// Verbs that relay what a source said, besides the reporting verbs (search-normalized):
/// «وفقا لما تداولته إمارة المنطقة», «بحسب ما روته الصحيفة».
const RELAY_VERBS: &[&str] = &[
    "نقل",
    "نقلت",
    "نشر",
    "نشرت",
    "بث",
    "بثت",
    "اورد",
    "اوردت",
    "تداول",
    "تداولت",
    "تناقل",
    "تناقلت",
    "روي",
    "روت",
    // «وفقا لما أظهرت بيانات رويترز»: figures that show.
    "اظهر",
    "اظهرت",
];

/// «على حد قوله», «بحسب تعبيرها»: the pronoun's agreement.
fn own_words(tok: &Tok) -> Option<Agreement> {
    let w = tok.norm.as_str();
    // («حسب تأكيده», «وفق تقديرها», «بحسب ادعائها», «حسب رأيه»: his own account too.)
    let stem = [
        "قول",
        "تعبير",
        "وصف",
        "رواي",
        "كلام",
        "تاكيد",
        "تقدير",
        "راي",
        "ادعاء",
        "ادعائ",
        "زعم",
        "اعتراف",
        "تصريح",
    ]
    .iter()
    .find_map(|s| w.strip_prefix(s))?;
    let stem = stem.strip_prefix('ت').unwrap_or(stem);
    match stem {
        "ه" => Some(Agreement::MS),
        "ها" => Some(Agreement::FS),
        "هم" => Some(Agreement::MP),
        "هما" => Some(Agreement::MD),
        _ => None,
    }
}

/// A reporting or relaying verb, maybe with an object pronoun («ذكرته», «نقلتها»).
fn relays(tok: &Tok) -> bool {
    let w = tok.norm.as_str();
    let plain = |x: &str| verb_form(x).is_some() || RELAY_VERBS.contains(&x);
    plain(w) || ["ه", "ها"].iter().any(|p| w.strip_suffix(p).is_some_and(plain))
}

/// How an attribution names its source.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Source {
    /// A noun phrase at this token: after a relaying verb (any subject) or not (it must
    /// look like a source).
    Phrase { at: usize, relayed: bool },
    /// «على حد قوله»: the last speaker agreeing with the pronoun.
    Pronoun(Agreement),
    /// «…، وفق ما أعلن الاثنين»: a relaying verb with no subject of its own; the
    /// attributed clause's subject said it.
    OwnSubject,
}

/// An attribution opening at token `p`: its source and the token after its words.
fn attribution_at(t: &[Tok], p: usize) -> Option<Source> {
    attribution_read(t, p, false)
}

/// [`attribution_at`], where `closing` says the attribution ends its sentence (then
/// «على ما» needs no comma before it: «…عن 46 عاما على ما أعلنت وكيلة أعمالها.»).
fn attribution_read(t: &[Tok], p: usize, closing: bool) -> Option<Source> {
    let tok = t.get(p)?;
    let is = |x: &Tok, set: &[&str]| set.contains(&x.norm.as_str()) || set.contains(&x.bare.as_str());
    let next = t.get(p + 1);
    // «…، على ما أكدت وكيلة أعماله»: like «بحسب ما» after a comma (not «على ما يبدو»: no
    // relaying verb; not «صواريخ على ما قالت إنها منشآت…», a preposition's object).
    let ala_ma = tok.norm == "علي"
        && p > 0
        && (closing || t[p - 1].is_punct(&['،', ',']))
        && next.is_some_and(|n| n.norm == "ما");
    if is(tok, OPENERS) || ala_ma {
        let next = next?;
        if let Some(a) = own_words(next).filter(|_| !ala_ma) {
            return Some(Source::Pronoun(a));
        }
        if matches!(next.norm.as_str(), "ما" | "لما") {
            // «وفق ما جاء في بيان الوزارة», «على ما ورد في بيان صدر عن النجمين»: the
            // document (and its issuer) after «في».
            if t.get(p + 2).is_some_and(|v| matches!(v.norm.as_str(), "جاء" | "ورد" | "وردت"))
                && t.get(p + 3).is_some_and(|x| x.norm == "في")
            {
                return Some(Source::Phrase { at: p + 4, relayed: false });
            }
            t.get(p + 2).filter(|v| relays(v))?;
            // «بحسب ما أكده، الخميس، رئيس الهيئة…»: past a day set off by commas.
            let mut at = p + 3;
            while at < p + 7 && t.get(at).is_some_and(|x| x.is_punct(&['،', ',']) || is_time_word(x)) {
                at += 1;
            }
            // «بحسب ما أكده في تصريحات وزير الاستثمار»: past where it was said.
            if t.get(at).is_some_and(|x| x.norm == "في")
                && t.get(at + 1).is_some_and(|x| {
                    matches!(x.bare.as_str(), "تصريح" | "تصريحات" | "حديث" | "مقابله" | "بيان" | "كلمه")
                })
            {
                at += 2;
            }
            // «وفق ما أعلن الاثنين.»: no source after the verb (a day, the end); not
            // «وفق ما نقلت "بلومبرغ"», a quoted name.
            if t.get(at).is_none_or(|x| !x.is_word() || is_subject_stop(x))
                && own_name_end(t, at).is_none_or(|_| !t[at].norm.chars().all(is_quote_char))
                // («وفقا لما يشير إليه الخبراء»: the verb's object before its subject.)
                && !t.get(at).is_some_and(|x| {
                    matches!(x.norm.as_str(), "به" | "بها" | "عنه" | "عنها" | "اليه" | "اليها")
                })
            {
                return Some(Source::OwnSubject);
            }
            return Some(Source::Phrase { at, relayed: true });
        }
        return Some(Source::Phrase { at: p + 1, relayed: false });
    }
    if is(tok, VERB_OPENERS) && next.is_some_and(relays) {
        return Some(Source::Phrase { at: p + 2, relayed: true });
    }
    let saying = |n: &Tok| verb_form(&n.norm).is_some_and(|v| !v.participle && KAMA_VERBS.contains(&v.lemma));
    if tok.norm == "كما" && p > 0 && t[p - 1].is_punct(&['،', ',']) && next.is_some_and(saying) {
        // «…، كما كتب في إحدى مدوناته»: no subject, the last speaker that agrees.
        if t.get(p + 2).is_none_or(|x| !x.is_word() || is_subject_stop(x))
            && let Some(vf) = next.and_then(|n| verb_form(&n.norm))
        {
            return Some(Source::Pronoun(vf.agreement));
        }
        return Some(Source::Phrase { at: p + 2, relayed: true });
    }
    // «…، كما جاء في البيان», «كما ورد في تقرير نشر…»: the document says so.
    if kama_fi(t, p) {
        return Some(Source::Phrase { at: p + 3, relayed: false });
    }
    if tok.norm == "نقلا" && next.is_some_and(|n| n.norm == "عن") {
        return Some(Source::Phrase { at: p + 2, relayed: true });
    }
    if tok.norm == "علي" && next.is_some_and(|n| n.norm == "حد") {
        return t.get(p + 2).and_then(own_words).map(Source::Pronoun);
    }
    None
}

/// «كما جاء في» / «كما ورد في» at `p` (as stated in).
fn kama_fi(t: &[Tok], p: usize) -> bool {
    t.get(p).is_some_and(|x| x.norm == "كما")
        && t.get(p + 1).is_some_and(|v| matches!(v.norm.as_str(), "جاء" | "ورد" | "وردت"))
        && t.get(p + 2).is_some_and(|x| x.norm == "في")
}

/// «ويؤكد الحادث وفق أوزمجو "…"»: an attribution at `p` between a frame's subject and
/// its words; the source (who really said them), the token after its name, and whether
/// the source only passed the words on («وقال قاسمي وفقا لما نقلته وكالة الأنباء إن…»:
/// the outlet relayed, the subject said them).
pub(super) fn source_in_frame(
    body: &str,
    t: &[Tok],
    p: usize,
    people: &People,
) -> Option<(Speaker, usize, bool)> {
    let tok = t.get(p)?;
    if !(OPENERS.contains(&tok.norm.as_str()) || OPENERS.contains(&tok.bare.as_str())) {
        return None;
    }
    let conduit = t.get(p + 1).is_some_and(|n| matches!(n.norm.as_str(), "ما" | "لما"))
        && t.get(p + 2).is_some_and(|v| {
            ["نقل", "اورد"].iter().any(|r| {
                v.bare.strip_prefix(r).is_some_and(|e| matches!(e, "" | "ت" | "ته" | "ه" | "ها" | "تها"))
            })
        });
    match attribution_at(t, p)? {
        Source::Phrase { at, relayed } => {
            source_speaker(body, t, at, relayed, people).map(|(s, after)| (s, after, conduit))
        }
        Source::Pronoun(_) | Source::OwnSubject => None,
    }
}

/// «وفق نفس المتحدث», «حسب ذات المصدر (الأمني)», «بحسب المصدر نفسه» at opener `p`:
/// the source already quoted; the token after the phrase.
fn same_source(t: &[Tok], p: usize) -> Option<usize> {
    let word = |x: usize| t.get(x).filter(|w| w.kind == TokenKind::ArabicWord);
    let first = word(p + 1)?;
    if matches!(first.bare.as_str(), "نفس" | "ذات") && word(p + 2).is_some_and(definite) {
        // («ذات المصدر الأمني»: and its adjective.)
        let adjective =
            word(p + 3).is_some_and(|a| definite(a) && !is_subject_stop(a) && a.bare.ends_with('ي'));
        return Some(p + 3 + usize::from(adjective));
    }
    (definite(first)
        && word(p + 2).is_some_and(|x| matches!(x.bare.as_str(), "نفسه" | "ذاته" | "نفسها" | "ذاتها")))
    .then_some(p + 3)
}

/// What «بحسب» may name without anyone speaking: rules, plans, prices, accounts
/// (search-normalized, without ال).
const NOT_SOURCES: &[&str] = &[
    "قانون",
    "دستور",
    "خطه",
    "سعر",
    "اسعار",
    "حسابات",
    "نظام",
    "امر",
    "قرار",
    "اتفاق",
    "اتفاقيه",
    "لائحه",
    "شروط",
    "برنامج",
    "معايير",
    "تصنيف",
    "ترتيب",
    "ميزانيه",
    "جدول",
];

/// Heads of what «بحسب/وفق» also follows as a measure, an order or a need, not a
/// source («وفق التسلسل الزمني», «وفقا للشريعة الإسلامية», «حسب ميول المستخدمين»,
/// «وفقاً لحصة الأصوات»): with [`NOT_SOURCES`], never a source named by its place
/// alone (search-normalized, without ال).
const CRITERIA: &[&str] = &[
    "قواعد",
    "قاعده",
    "شريعه",
    "قوانين",
    "لوائح",
    "اتفاقيات",
    "معاهده",
    "معاهدات",
    "مبدا",
    "مبادئ",
    "اسس",
    "اساس",
    "احكام",
    "تسلسل",
    "حجم",
    "نوع",
    "طبيعه",
    "توقيت",
    "ظروف",
    "ظرفيات",
    "حاجه",
    "احتياجات",
    "طلب",
    "رغبه",
    "رغبات",
    "تفضيلات",
    "ميول",
    "نسبه",
    "حصه",
    "عدد",
    "معدل",
    "مستوي",
    "درجه",
    "تقسيم",
    "تعليمات",
    "توجيهات",
    "اجراءات",
    "عقد",
    "مرسوم",
    "قرارات",
    "تعريف",
    "مفهوم",
    "منطق",
    "سياسه",
    "اصول",
    "عرف",
    "متعارف",
    "تقويم",
    "مواعيد",
    "موعد",
    "ساعه",
    "ترتيب",
    "تصنيفات",
    "مقاييس",
    "مقياس",
    "نموذج",
    "شكل",
    "حاله",
    "حالات",
    "تقدير",
    "اختيار",
    "اهميه",
    "اولويه",
    "اولويات",
    "امكانيات",
    "امكانات",
    "قدرات",
    "قدره",
    "دين",
    "عادات",
    "عاده",
    "تقاليد",
    "نظم",
    "انظمه",
    "خطط",
    "توصيات",
    "شروطه",
    "صيغه",
    "سلم",
    "جنس",
    "عمر",
    "اعمار",
    "سن",
    "مناطق",
    "منطقه",
    "مكان",
    "طريقه",
    "اسلوب",
    "قيمه",
    "حجمه",
    "وزن",
    "طول",
    "كميه",
    "مده",
    "فتره",
    "حسابات",
    "منظور",
    "انتهاء",
    "بدايه",
    "ضوابط",
    "درجات",
    "متطلبات",
    "تاريخ",
    "مقتضيات",
    "احوال",
    "مستجدات",
    "تطورات",
    "نتيجه",
    "نتائجها",
    "مراحل",
    "مرحله",
    "فئات",
    "فئه",
    "اوزان",
    "رتبه",
    "تخصص",
    "اختصاص",
    "اختصاصات",
];

/// Where an attribution whose source no list holds stands in its sentence.
#[derive(Clone, Copy)]
enum Place {
    /// «…، وفقا لشرطة المدينة.», «…، بحسب فرانس برس.», «…وفقا لهوبسون.»: ending it.
    Closing,
    /// «ويبحث التونسي، وفقا لبن صالح، عن النزل…»: set off by commas inside it.
    Enclosed,
    /// «ووفقًا للمنصة، فإن…», «وبحسب المعلومات فإن…», «ووفقا للحداد، أجلت…»: opening it,
    /// closed by «(،) فإن/فقد» or by a comma before a verb.
    Fronted,
}

/// A short attribution (opener at `p`, words from `at`) names its source even when the
/// rules know no such person, title or body, where it stands as `place` says — unless
/// it is a measure or a rule ([`CRITERIA`], [`NOT_SOURCES`]: «وفق القانون.») or it speaks
/// to the reader («وفقاً لتفضيلاتك»). The speaker and the token after its name.
fn lenient_source(
    body: &str,
    t: &[Tok],
    (p, at, se): (usize, usize, usize),
    place: Place,
    people: &People,
) -> Option<(Speaker, usize)> {
    let se = se.min(t.len());
    let comma = |x: usize| t.get(x).is_some_and(|c| c.is_punct(&['،', ',']));
    let end = match place {
        Place::Closing => {
            let end = (at..se).find(|&x| !t[x].is_word()).unwrap_or(se);
            let ends = end >= se || t[end].is_punct(&['.', '!', '؟', '?']) && end + 1 >= se;
            (ends && end - at <= 5).then_some(end)?
        }
        Place::Enclosed => {
            let end = (at..se.min(at + 5)).find(|&x| !t[x].is_word())?;
            (p > 0 && comma(p - 1) && comma(end) && end + 1 < se).then_some(end)?
        }
        Place::Fronted => {
            let main = |x: usize| {
                t.get(x).is_some_and(|w| matches!(w.norm.as_str(), "فان" | "فانه" | "فانها" | "فقد"))
            };
            let end = (at..se.min(at + 7)).find(|&x| !t[x].is_word() || main(x))?;
            let verb_after_comma = comma(end)
                && end - at <= 3
                && t.get(end + 1).is_some_and(|x| x.kind == TokenKind::ArabicWord && verb_like_opening(x));
            (main(end) || comma(end) && main(end + 1) || verb_after_comma).then_some(end)?
        }
    };
    if end == at {
        return None;
    }
    named_source(body, t, p, at, end, people)
}

/// The source named by the words `at..end` after the opener at `p`, unless a measure,
/// a rule or the reader (see [`lenient_source`]): the speaker and `end`.
fn named_source(
    body: &str,
    t: &[Tok],
    p: usize,
    at: usize,
    end: usize,
    people: &People,
) -> Option<(Speaker, usize)> {
    let first = &t[at];
    // «وفقا/طبقا لـ…»: the preposition is read off the source («لشرطة» → «شرطة»).
    let raw = body.get(first.range.clone())?;
    let lam =
        matches!(t[p].norm.as_str(), "وفقا" | "ووفقا" | "طبقا" | "وطبقا") || first.norm.starts_with("لل");
    let head = if lam {
        raw.strip_prefix("لل")
            .map(|r| format!("ال{r}"))
            .or_else(|| raw.strip_prefix('ل').map(str::to_string))?
    } else {
        raw.to_string()
    };
    let head_norm = search_norm(&head);
    let stem = head_norm.strip_prefix("ال").unwrap_or(&head_norm);
    let probe = Tok { norm: head_norm.clone(), bare: head_norm.clone(), ..first.clone() };
    if stem.chars().count() < 2
        || CRITERIA.contains(&stem)
        || NOT_SOURCES.contains(&stem)
        || stop_word(&head_norm)
        || is_time_word(&probe)
        || has_pronoun_suffix(&probe) && !is_document(&probe)
        // («لتفضيلاتك», «لرغبتك»: yours, the reader's.)
        || ["تك", "تكم", "اتكم"].iter().any(|s| stem.ends_with(s))
        || (at..end).any(|x| {
            verb_form(&t[x].norm).is_some_and(|f| !f.participle)
                || x == at && PREPOSITIONS.contains(&t[x].norm.as_str())
                || t[x].kind == TokenKind::Proclitic
        })
    {
        return None;
    }
    let tail = join(body, t, &(at + 1..end));
    let name = if tail.is_empty() { head } else { format!("{head} {tail}") };
    let person = people.by_name(&name);
    let name = person.and_then(|i| people.persons.get(i)).map_or(name, |x| x.name.clone());
    Some((Speaker::new(person, name), end))
}

/// A past or present verb of the third person by its shape («أجلت», «يعاني», «تواصل»):
/// no article, no preposition glued, a verbal prefix or suffix.
fn verb_like_opening(x: &Tok) -> bool {
    let w = x.bare.as_str();
    let n = w.chars().count();
    !definite(x)
        && !stop_word(w)
        && !PREPOSITIONS.contains(&w)
        && (4..=7).contains(&n)
        && (w.starts_with(['ي', 'ت']) || w.ends_with('ت') || w.ends_with("وا"))
}

/// The source named at token `at`, and the token after its name. `لـ` before the name
/// («وفقا لوزارة الصحة», «وفقا للوكالة») is read off.
fn source_speaker(
    body: &str,
    t: &[Tok],
    at: usize,
    relayed: bool,
    people: &People,
) -> Option<(Speaker, usize)> {
    // «وفقا لما أعلنت عنه المنظمة»: the verb's pronoun object before its subject.
    let at = if relayed
        && t.get(at)
            .is_some_and(|x| matches!(x.norm.as_str(), "عنه" | "عنها" | "به" | "بها" | "اليه" | "اليها"))
    {
        at + 1
    } else {
        at
    };
    let first = t.get(at)?;
    // «حسب ما أفاد به لمراسل الجوهرة أف أم، البشير الرمضاني، الكاتب العام…», «وفق ما
    // أكدته لمراسل الجوهرة أف أم، المديرة الجهوية…»: whom it was told, then the source
    // set off by a comma.
    if relayed
        && is_addressee(first)
        && let Some(comma) = (at + 1..(at + 7).min(t.len())).find(|&x| t[x].is_punct(&['،', ',']))
        && let Some(np) = read_np(t, comma + 1).filter(|np| np.all.start == comma + 1)
        && let Some(s) = resolve(body, t, &np, people)
    {
        return Some((s, np.all.end));
    }
    // «وفق ما نقلت "بلومبرغ"»: a quoted name after a relaying verb, or closed by a
    // comma («وبحسب "كود دوت أورغ"، يكسب…»).
    if first.kind == TokenKind::Punctuation
        && first.norm.chars().all(is_quote_char)
        && let Some(end) = own_name_end(t, at)
        && (relayed
            || t.get(end).is_some_and(|c| c.is_punct(&['،', ',']))
            // («…، بحسب "الأناضول".»: or ending the sentence.)
            || t.get(end).is_none_or(|c| c.is_punct(&['.', '!', '؟', '?'])))
    {
        let name = join(body, t, &(at + 1..end - 1));
        let person = people.by_name(&name);
        let name = person.and_then(|p| people.persons.get(p)).map_or(name, |p| p.name.clone());
        return Some((Speaker::new(person, name), end));
    }
    if first.kind == TokenKind::ArabicWord && first.norm.starts_with('ل') && !relayed_np_start(t, at) {
        return lam_source(body, t, at, people);
    }
    // «وفق بيانات وزارة التجارة»: a document and its owner in the genitive.
    if is_document(first)
        && let Some(owner) = genitive_owner(body, t, at + 1, people)
    {
        return Some(owner);
    }
    let mut np = read_np(t, at).filter(|np| np.all.start == at)?;
    let head = np.role.as_ref().or(np.name.as_ref()).map_or(at, |r| r.start);
    // «وبحسب عملاق التواصل الاجتماعي، فإن…»: fronted and closed by «، فإن», the
    // phrase (with the definite words the reading left) is a source — unless a rule
    // or a plan («وبحسب القانون الألماني، فإن…»).
    let fronted = (np.all.end..(np.all.end + 3).min(t.len()))
        .find(|&c| !(t[c].is_word() && definite(&t[c]) && !is_subject_stop(&t[c])))
        .filter(|&c| {
            t[c].is_punct(&['،', ','])
                && t.get(c + 1).is_some_and(|x| matches!(x.norm.as_str(), "فان" | "فانه" | "فانها"))
                && !t
                    .get(head)
                    .is_some_and(|h| NOT_SOURCES.contains(&h.bare.strip_prefix("ال").unwrap_or(&h.bare)))
        });
    if let Some(c) = fronted
        && c > np.all.end
        && np.role.is_none()
    {
        np = Np { role: None, name: Some(at..c), all: at..c };
    }
    // A statement or a report speaks for its owner («وفق نص البيان», «بحسب التقرير»;
    // not «وفق القرار», «بحسب النص المشروع»).
    let document = |h: &Tok| {
        let noun = |x: &Tok| is_document(x);
        noun(h) || matches!(h.bare.as_str(), "نص" | "النص") && t.get(head + 1).is_some_and(noun)
    };
    // Forces and services speak for themselves too («، وفق الحرس الوطني», «بحسب
    // الشرطة»), though no list of bodies holds them (as subjects they read as before).
    let force = |h: &Tok| {
        matches!(h.bare.strip_prefix("ال").unwrap_or(&h.bare), "شرطه" | "حرس" | "جيش" | "قوات" | "نيابه")
    };
    let looks = relayed
        || np.role.is_some()
        || t.get(head).is_some_and(|h| is_org_head(h) || is_group_head(h) || document(h) || force(h))
        || people.person_at(first.range.clone()).is_some()
        || fronted.is_some();
    if !looks {
        return None;
    }
    let mut speaker = resolve(body, t, &np, people)?;
    let mut end = np.all.end;
    if t.get(head).is_some_and(document)
        && let Some((owner, after)) = document_owner(body, t, head, end, people)
    {
        speaker = owner;
        end = after;
    }
    // «نقلته وكالة الأناضول عن وزير الداخلية»: the minister said it (also past a day
    // set off by commas: «نقلته وكالة "تاس"، الثلاثاء، عن وزيري النفط…»).
    let mut an = end;
    while an < end + 4 && t.get(an).is_some_and(|x| x.is_punct(&['،', ',']) || is_time_word(x)) {
        an += 1;
    }
    if relayed
        && t.get(an).is_some_and(|x| x.norm == "عن")
        && let Some(np2) = read_np(t, an + 1).filter(|n| n.all.start == an + 1)
        && let Some(s2) = resolve(body, t, &np2, people)
    {
        speaker = s2;
        end = np2.all.end;
    }
    Some((speaker, end))
}

/// A document's issuer after «صدر/الصادر عن» or «نشره/أصدره» («بحسب بيان مقتضب صدر
/// عن الرئاسة التركية», «وفق بيان نشره التحالف»): the issuer speaks; without one, the
/// document's name stops before that word («بيان مقتضب»). The document's head is at
/// `head`, the phrase read so far ends at `end`; returns the speaker and the token
/// after its words.
pub(super) fn document_owner(
    body: &str,
    t: &[Tok],
    head: usize,
    end: usize,
    people: &People,
) -> Option<(Speaker, usize)> {
    let issued = |x: &Tok| {
        matches!(
            x.bare.as_str(),
            "صدر"
                | "الصادر"
                | "الصادره"
                | "صادر"
                | "صادره"
                | "نشر"
                | "نشره"
                | "نشرته"
                | "اصدره"
                | "اصدرته"
                | "اصدرها"
                | "نشرها"
                | "اورده"
                | "اوردته"
                | "اوردها"
                | "اوردتها"
                | "المنشور"
        )
    };
    // «بحسب أرقام وزارة التجارة», «وفق بيانات البنك الدولي»: the owner in the genitive.
    if let Some(owner) = genitive_owner(body, t, head + 1, people) {
        return Some(owner);
    }
    // «وفق حصيلة سابقة للمرصد السوري…», «بحسب بيان للوزارة»: the owner after `لـ`,
    // read whole (not «لاتحاد» alone out of «بيان لاتحاد اذاعات الدول العربية»).
    if let Some(owner) = (head + 1..(head + 3).min(t.len()))
        .take_while(|&x| t[x].is_word())
        .find_map(|x| lam_source(body, t, x, people))
        .filter(|(s, after)| *after >= end || s.name.split_whitespace().count() >= 2)
    {
        return Some(owner);
    }
    // «بحسب تقرير نشرته صحيفة…»: the phrase read may stop before the verb.
    let w = (head + 1..end.max(head + 3).min(head + 6).min(t.len()))
        .take_while(|&x| t[x].is_word())
        .find(|&x| issued(&t[x]))?;
    let an = t.get(w + 1).is_some_and(|x| x.norm == "عن");
    // «نشره التحالف»: the verb's subject after its object pronoun.
    let subject_follows = matches!(
        t[w].bare.as_str(),
        "نشره"
            | "نشرته"
            | "نشرها"
            | "اصدره"
            | "اصدرته"
            | "اصدرها"
            | "اورده"
            | "اوردته"
            | "اوردها"
            | "اوردتها"
    );
    let from = if an { w + 2 } else { w + 1 };
    if (an || subject_follows)
        && let Some(np) = read_np(t, from).filter(|np| np.all.start == from).map(|np| before_time(t, np))
        && let Some(owner) = resolve(body, t, &np, people)
    {
        return Some((owner, np.all.end));
    }
    // «وأفادت الأرقام التي أوردتها "يونامي" في بيان لها»: a quoted name as the issuer.
    if (an || subject_follows)
        && t.get(from).is_some_and(is_mark)
        && let Some(close) = own_name_end(t, from)
    {
        return Some((Speaker::new(None, join(body, t, &(from + 1..close - 1))), close));
    }
    // («البيان الذي نشرته…»: not the relative pronoun.)
    let name_end = (head + 1..w).find(|&x| is_subject_stop(&t[x])).unwrap_or(w);
    Some((Speaker::new(None, join(body, t, &(head..name_end))), w))
}

/// A document's owner in the genitive right after it at `at`: a body, a group, a
/// title or a known person, read whole («وزارة التجارة الأمريكية»); the speaker and
/// the token after its words.
fn genitive_owner(body: &str, t: &[Tok], at: usize, people: &People) -> Option<(Speaker, usize)> {
    let first = t.get(at).filter(|x| x.kind == TokenKind::ArabicWord)?;
    let owner_like = is_org_head(first)
        || is_group_head(first)
        || is_title(first)
        || people.person_at(first.range.clone()).is_some();
    if !owner_like {
        return None;
    }
    let np = before_time(t, read_np(t, at).filter(|np| np.all.start == at)?);
    let owner = resolve(body, t, &np, people)?;
    Some((owner, np.all.end))
}

/// A noun phrase cut before the first time word inside it («وزارة الداخلية اليوم
/// الأربعاء» → «وزارة الداخلية»).
fn before_time(t: &[Tok], np: Np) -> Np {
    match (np.all.start + 1..np.all.end).find(|&x| is_time_word(&t[x])) {
        Some(cut) => np.clip(cut),
        None => np,
    }
}

/// Is the word at `at` a name or a title that merely starts with ل (not `لـ` + noun)?
fn relayed_np_start(t: &[Tok], at: usize) -> bool {
    t.get(at).is_some_and(|x| is_title(x) || is_org_head(x))
}

/// A source written with `لـ`: the noun after it must head an organization, a group,
/// a role or a statement; the name runs over the definite words after it.
fn lam_source(body: &str, t: &[Tok], at: usize, people: &People) -> Option<(Speaker, usize)> {
    let first = t.get(at)?;
    let raw = body.get(first.range.clone())?;
    let rest = raw
        .strip_prefix("لل")
        .map(|r| format!("ال{r}"))
        .or_else(|| raw.strip_prefix('ل').map(str::to_string))?;
    let probe = Tok { norm: search_norm(&rest), bare: search_norm(&rest), ..first.clone() };
    // «وفقا لتقديرات صندوق النقد الدولي», «وفقا لبيانات البنك المركزي»: the owner.
    if is_document(&probe)
        && !probe.norm.ends_with("بيان")
        && let Some(owner) = genitive_owner(body, t, at + 1, people)
    {
        return Some(owner);
    }
    // «وفقا للتقرير», «وفقا للبيانات نفسها», «وفقا لبيانات رويترز»: a document with no
    // owner in the genitive speaks itself, definite or with a name of its own.
    let itself = |x: &Tok| matches!(x.bare.as_str(), "نفسها" | "نفسه" | "ذاتها" | "ذاته");
    let document_end = if definite(&probe) {
        Some(at + 1 + usize::from(t.get(at + 1).is_some_and(itself)))
    } else {
        own_name_end(t, at + 1)
    };
    if is_document(&probe)
        && !probe.norm.ends_with("بيان")
        && let Some(end) = document_end
    {
        let tail = join(body, t, &(at + 1..end));
        let name = if tail.is_empty() { rest } else { format!("{rest} {tail}") };
        return Some((Speaker::new(None, name), end));
    }
    if !(is_org_head(&probe) || is_group_head(&probe) || is_title(&probe) || probe.norm.ends_with("بيان"))
    {
        return None;
    }
    let mut end = at + 1;
    while end < t.len()
        && end < at + 6
        && t[end].is_word()
        && definite(&t[end])
        && !is_subject_stop(&t[end])
        && !is_time_word(&t[end])
    {
        end += 1;
    }
    // «وفقا لوكالة رويترز فقد…», «وفقا لموقع "سبورت 360"»: an indefinite head's own
    // name, one or two words up to a stop or a mark, or quoted.
    if end == at + 1 && is_org_head(&probe) && !definite(&probe) {
        end = own_name_end(t, end).unwrap_or(end);
    }
    let tail = join(body, t, &(at + 1..end));
    let name = if tail.is_empty() { rest } else { format!("{rest} {tail}") };
    let person = people.by_name(&name).filter(|_| is_title(&probe));
    let name = person.and_then(|p| people.persons.get(p)).map_or(name, |p| p.name.clone());
    Some((Speaker::new(person, name), end))
}

/// A name right after a body's head at `k`: in quote marks (up to the token after the
/// closing mark), or one or two words not written with the article that a stop word or
/// punctuation ends; the token after it.
fn own_name_end(t: &[Tok], k: usize) -> Option<usize> {
    let mark = |x: &Tok| x.kind == TokenKind::Punctuation && x.norm.chars().all(is_quote_char);
    if t.get(k).is_some_and(mark) {
        let close = (k + 1..(k + 7).min(t.len())).find(|&x| mark(&t[x]))?;
        return (close > k + 1 && (k + 1..close).all(|x| t[x].is_word() || t[x].kind == TokenKind::Number))
            .then_some(close + 1);
    }
    // («وفق بلاغ لمؤسسة تيسير نشرته…»: not the verb after the name.)
    let plain = |x: &Tok| x.is_word() && !definite(x) && !is_subject_stop(x) && !relays(x);
    let n = (k..(k + 2).min(t.len())).take_while(|&x| plain(&t[x])).count();
    (n > 0 && t.get(k + n).is_none_or(|x| !x.is_word() || is_subject_stop(x) || relays(x))).then_some(k + n)
}

/// Does a sentence go on with the rest of its clause at `x` after «، بحسب X،» (an
/// object: «"مؤسسة خارجية"»), rather than with a comment («في تطور…», «وسط…», «ما
/// يعني…»)?
fn continues_clause(t: &[Tok], at: usize) -> bool {
    let Some(x) = t.get(at) else { return false };
    let next = t.get(at + 1);
    let w = x.norm.as_str();
    // («والغاية من إنتاجه، حسب الشركة، هو ترفيهي»: «هو/هي» there is the copula.)
    let comment = PREPOSITIONS.contains(&w)
        || stop_word(w) && !matches!(w, "هو" | "هي" | "هم")
        || x.is_word() && x.bare != x.norm
        || matches!(w, "وسط" | "مما" | "ما" | "الامر" | "وهو" | "وهي");
    // «، بحسب مراقبين، نحو 100 ألف مقاتل»: «نحو» before a number is "about".
    let about = w == "نحو" && next.is_some_and(|n| n.kind == TokenKind::Number);
    !comment || about
}

/// «وأثنى الكثير من السياح الروس، حسب الجمعية، على الجو الدافئ…», «تأتي هذه المشاريع،
/// بحسب الوزير، في إطار…», «وتتميز الهواتف، وفقا للشركة، بسرعتها»: a preposition (or
/// «بـ» glued to a noun) after the attribution carries the sentence on (not the
/// narrator's «في إشارة…», «في وقت…», «في حين…», «في تطور…», «في خطوة…»).
fn adjunct_goes_on(t: &[Tok], at: usize) -> bool {
    let Some(x) = t.get(at) else { return false };
    let next = t.get(at + 1).map_or("", |n| n.bare.as_str());
    (PREPOSITIONS.contains(&x.norm.as_str())
        && !(x.norm == "في" && matches!(next, "اشاره" | "وقت" | "حين" | "تطور" | "خطوه" | "ظل")))
        || x.kind == TokenKind::ArabicWord
            && x.norm.starts_with('ب')
            && x.norm.chars().count() >= 5
            && !stop_word(&x.norm)
}

/// An attribution opening at `p` inside a reported clause and closed by a comma, the
/// clause going on after it («…أن عائد المتحف، بحسب تصريحات وزير الآثار، يبقى
/// زهيدا»): the closing comma. Not when a frame, a relative or a comment follows
/// («، بحسب الوكالة، مضيفا…», «، وفقا للشرطة، التي…») or the source's role.
pub(super) fn parenthetical(body: &str, t: &[Tok], p: usize, people: &People) -> Option<usize> {
    let after = match attribution_at(t, p)? {
        Source::Phrase { at, relayed } => source_speaker(body, t, at, relayed, people)?.1,
        Source::Pronoun(_) => p + 3,
        Source::OwnSubject => return None,
    };
    let comma = |x: usize| t.get(x).is_some_and(|c| c.is_punct(&['،', ',']));
    // Not the source's apposition («، بحسب مهند هاشم، مراسل بي بي سي»).
    let goes_on = |x: usize| {
        t.get(x).is_some_and(|next| {
            next.kind == TokenKind::ArabicWord
                && !is_title(next)
                && !is_org_head(next)
                && !is_group_head(next)
                && continues_clause(t, x)
                && verb_form(&next.norm).is_none()
                && !COMPLEMENTIZERS.contains(&next.norm.as_str())
        })
    };
    if comma(after) {
        return goes_on(after + 1).then_some(after);
    }
    // «، بحسب تصريحات وزير الآثار، يبقى زهيدا…»: the source's phrase read the
    // clause's words as a name in apposition, which no comma closes.
    (p + 2..after).find(|&x| comma(x)).filter(|&x| goes_on(x + 1))
}

/// A preposition and a quote right after it at `x` («، وفق المخرج، على "تهافت
/// السياسيين…"»): the verb's complement in the source's words, the clause going on.
fn quoted_complement(t: &[Tok], x: usize) -> bool {
    let mark = |y: usize| {
        t.get(y).is_some_and(|m| m.kind == TokenKind::Punctuation && m.norm.chars().all(is_quote_char))
    };
    t.get(x).is_some_and(|p| PREPOSITIONS.contains(&p.norm.as_str())) && mark(x + 1)
}

/// Does a reporting verb in `clause` (outside the attribution `phrase`) frame speech
/// there: have a complementizer, a colon or a quote mark after it (for a verb opening
/// the clause, anywhere up to the sentence end `se`)? («التي دعت إلى
/// الفعالية» frames nothing, nor «نفى رئيس اللجنة صحة التصريحات…، وفقا لما نشره
/// الاتحاد», whose object is a noun; «قالوا إنها…» does.)
fn frames_speech(t: &[Tok], clause: Range<usize>, phrase: &Range<usize>, se: usize) -> bool {
    let mark = |y: usize| t[y].kind == TokenKind::Punctuation && t[y].norm.chars().any(is_quote_char);
    // (Words in marks, not a quoted name: «كشفت شركة "دوجي" عن هاتف…، وفق ما ذكر موقع…»
    // is the site's report of what the company unveiled.)
    let quotation = |y: usize| {
        let closing = (clause.start..y).filter(|&z| mark(z)).count() % 2 == 1;
        mark(y) && !closing && {
            let close = (y + 1..(y + 40).min(t.len())).find(|&z| mark(z));
            close.is_none_or(|c| (y + 1..c).filter(|&z| t[z].is_word()).count() >= 3)
        }
    };
    let complement =
        |y: usize| COMPLEMENTIZERS.contains(&t[y].norm.as_str()) || quotation(y) || t[y].is_punct(&[':']);
    clause.clone().any(|x| {
        // A verb opening the clause may have its complement past the attribution
        // («وقالت الخارجية في رسالة…، بحسب الوكالة، إن…»).
        // (Not a quote mark of the attribution itself: «وفق ما نقلت "رويترز"».)
        let reach = if x == clause.start { se.min(x + 30) } else { (x + 8).min(clause.end) };
        // («…، ما يرجح أن…»: the narrator's inference, no one's frame.)
        let inference = x > 0 && matches!(t[x - 1].norm.as_str(), "ما" | "مما");
        !phrase.contains(&x)
            && !inference
            && relays(&t[x])
            && (x + 1..reach).any(|y| !phrase.contains(&y) && complement(y))
    })
}

/// In an attributed `clause` that already holds a quote: the last pair of quote marks
/// after every quote of the paragraph, with three words or more and nothing but words
/// between them (a quoted name or title is shorter; a nested mark is no pair): the
/// byte range inside the marks.
fn quote_left_over(t: &[Tok], clause: Range<usize>, block: usize, out: &[Quote]) -> Option<Range<usize>> {
    let (from_byte, to_byte) =
        (t.get(clause.start)?.range.start, t.get(clause.end.checked_sub(1)?)?.range.end);
    let covered = out
        .iter()
        .filter(|q| q.paragraph == block && q.text.start < to_byte && from_byte < q.text.end)
        .map(|q| q.text.end)
        .max()?;
    let mark = |x: &Tok| x.kind == TokenKind::Punctuation && x.norm.chars().all(is_quote_char);
    // Past the closing mark of the quote that ends at `covered`.
    let from = (clause.start..clause.end).find(|&x| t[x].range.start >= covered && !mark(&t[x]))?;
    let marks: Vec<usize> = (from..clause.end).filter(|&x| mark(&t[x])).collect();
    let [open, close] = marks.as_slice() else { return None };
    let inside = &t[open + 1..*close];
    let words = inside.iter().filter(|x| x.is_word()).count();
    (words >= 3 && inside.iter().all(|x| x.is_word() || x.is_punct(&['،', ','])))
        .then(|| t[open + 1].range.start..t[close - 1].range.end)
}

/// Byte range of tokens `r` without leading and trailing punctuation.
fn text_of(t: &[Tok], r: Range<usize>) -> Option<(Range<usize>, usize)> {
    let words: Vec<&Tok> = t.get(r)?.iter().collect();
    let first = words.iter().position(|x| x.kind != TokenKind::Punctuation)?;
    let last = words.iter().rposition(|x| x.kind != TokenKind::Punctuation)?;
    let n = words[first..=last].iter().filter(|x| x.is_word() || x.kind == TokenKind::Number).count();
    Some((words[first].range.start..words[last].range.end, n))
}

/// Clauses of a paragraph attributed by a phrase apart from them (see the module doc),
/// added to `out` (which holds the paragraph's other quotes).
#[allow(clippy::too_many_arguments)]
pub(super) fn attributed_clauses(
    body: &str,
    t: &[Tok],
    sent_ends: &[usize],
    block: usize,
    people: &People,
    memory: &Memory,
    out: &mut Vec<Quote>,
) {
    let mut ss = 0;
    while ss < t.len() {
        let se = sentence_end(t, sent_ends, ss).max(ss + 1);
        // A source is no speaker that a later «وقالت» goes back to.
        if let Some(q) = sentence_attribution(body, t, ss, se, block, people, memory, out) {
            out.push(q);
        }
        ss = se;
    }
}

/// The attributed clause of the sentence `ss..se`, if any.
#[allow(clippy::too_many_arguments)]
fn sentence_attribution(
    body: &str,
    t: &[Tok],
    ss: usize,
    se: usize,
    block: usize,
    people: &People,
    memory: &Memory,
    out: &[Quote],
) -> Option<Quote> {
    for p in ss..se {
        // «…، وذلك حسب تقرير نشرته صحيفة…»: «وذلك» between the comma and the opener.
        let mut lead =
            if p >= ss + 2 && t[p - 1].norm == "وذلك" && t[p - 2].is_punct(&['،', ',']) { 2 } else { 1 };
        // («و حسب ما أفاد به…»: the conjunction written apart.)
        // («ولكن وفقا للخبراء فإن…», «لكن وحسب محمود فإن…»: after «لكن» too.)
        let but = |x: usize| matches!(t[x].norm.as_str(), "لكن" | "ولكن");
        let opening = p == ss
            || p == ss + 1 && (t[ss].norm == "و" || but(ss))
            || p == ss + 2 && but(ss) && t[ss + 1].norm == "و";
        let before = if opening { None } else { t.get(p - lead) };
        // «…إلى 24.52 في المئة بحسب ما أعلنه معهد الإحصاءات»: «بحسب ما» + a relaying
        // verb attributes what precedes it, comma or not.
        let relayed_here = t[p].norm != "علي"
            && t.get(p + 1).is_some_and(|n| matches!(n.norm.as_str(), "ما" | "لما"))
            && t.get(p + 2).is_some_and(relays)
            && before.is_some_and(|b| b.is_word() && !COMPLEMENTIZERS.contains(&b.norm.as_str()));
        let apart = before.is_some_and(|b| b.is_punct(&['،', ',', '-', '–', '('])) || relayed_here;
        // «ومن المحتمل وفقاً لمخارش أن يكون…»: between an impersonal predicate and its
        // clause, the source vouches for the clause after it.
        let impersonal = !opening && p >= ss + 2 && impersonal_opening(t, p - 2);
        let opener = |x: &Tok| OPENERS.contains(&x.norm.as_str()) || OPENERS.contains(&x.bare.as_str());
        // «…ليسجل مستوى قياسيا منخفضا وفقا للتجار.»: an attribution closing its
        // sentence needs no comma (checked once its source is read).
        // («على ما أعلنت X», not «على ما قاله X لـY»: a verb with its object pronoun
        // after «على ما» is as often the object of a preposition.)
        let ala_ma = t[p].norm == "علي"
            && t.get(p + 1).is_some_and(|n| n.norm == "ما")
            && t.get(p + 2).is_some_and(|v| verb_form(&v.norm).is_some() && !has_pronoun_suffix(v));
        // (A closing quote mark too: «…هواتف "غالاكسي نوت-7" حسب ما كشفته مصادر…».)
        let closing_mark = p > ss + 2 && t.get(p - 1).is_some_and(is_mark) && t[p - 2].is_word();
        let closing = !(opening || apart || impersonal)
            && before.is_some_and(|b| b.is_word() || closing_mark)
            && (opener(&t[p]) || ala_ma || kama_fi(t, p));
        if !(opening || apart || impersonal || closing) {
            continue;
        }
        if closing {
            lead = 0;
        }
        let Some(source) = attribution_read(t, p, closing) else { continue };
        if opening && !opener(&t[p]) {
            continue;
        }
        // The speaker of the paragraph's last quote before it («وأوضح فلان أن… . كما
        // أن…، وفق تعبيره»), not one quoted later in the paragraph.
        let last_speaker = |a: Agreement| {
            let agrees = |s: &&Speaker| s.agrees(a, false);
            let at = t[p].range.start;
            out.iter()
                .rev()
                .filter(|q| q.paragraph == block && q.text.end <= at)
                .filter_map(|q| q.speaker_name.as_deref())
                .find_map(|name| memory.history.iter().rev().filter(agrees).find(|s| s.name == name))
                .or_else(|| memory.history.iter().rev().find(agrees))
                .or(memory.last.as_ref())
                .cloned()
        };
        let same = same_source(t, p);
        // «وفق نفس المتحدث», «حسب المصدر ذاته»: whoever was quoted last in the
        // paragraph (further back, memory is too loose a guide: the phrase names it).
        let quoted_here = || {
            let at = t[p].range.start;
            out.iter()
                .rev()
                .filter(|q| q.paragraph == block && q.text.end <= at)
                .find_map(|q| q.speaker_name.as_deref())
                .and_then(|name| memory.history.iter().rev().find(|s| s.name == name))
                .cloned()
        };
        // Named by a source that looks like one (not read leniently, see
        // `lenient_source`).
        let mut vouched = false;
        let (speaker, after) = match source {
            Source::Phrase { .. }
                if let Some(after) = same
                    && let Some(s) = quoted_here() =>
            {
                (s, after)
            }
            Source::Phrase { at, relayed } => {
                let strict = source_speaker(body, t, at, relayed, people);
                vouched = strict.is_some();
                let lenient = |place| lenient_source(body, t, (p, at, se), place, people);
                let found = strict.or_else(|| match (relayed, opening) {
                    (true, _) => None,
                    (false, true) => lenient(Place::Fronted),
                    (false, false) => lenient(Place::Closing).or_else(|| lenient(Place::Enclosed)),
                });
                let Some(found) = found else { continue };
                found
            }
            Source::Pronoun(a) => (last_speaker(a)?, p + 3),
            Source::OwnSubject => {
                let np = clause_subject(t, ss, p - lead)?;
                (resolve(body, t, &np, people)?, p + 3)
            }
        };
        let ends_sentence = t.get(after).is_none_or(|x| after >= se || x.is_punct(&['.', '؟', '?', '!']));
        // «وسيتسنى لجمهور المهرجان وفق نفس المتحدث الاستمتاع بعروض…»: the same source
        // named inside its sentence, with no comma, vouches for the whole of it.
        // («وبلغت عائدات الموسم بحسب الرابطة 3,6 مليار…»: so does a source that looks
        // like one, when a plain word or a number goes on.)
        let goes_on = t.get(after).is_some_and(|x| {
            x.kind == TokenKind::Number
                || x.kind == TokenKind::ArabicWord
                    && verb_form(&x.norm).is_none()
                    && !COMPLEMENTIZERS.contains(&x.norm.as_str())
                    && continues_clause(t, after)
        });
        let inside = closing
            && !ends_sentence
            && (same.is_some() || vouched && goes_on)
            && (ss..p).filter(|&x| t[x].is_word()).count() >= 2;
        if closing && !ends_sentence && !inside {
            continue;
        }
        // («…إلى 24.52 في المئة بحسب ما أعلنه معهد الإحصاءات.»: no comma to step over
        // either; inside its sentence, as before, the words before it alone.)
        if relayed_here && ends_sentence && t[p - 1].is_word() {
            lead = 0;
        }
        // (Not «أي أنه بحسب ما ذكرته "ديلي ميل" لا يعتبر…»: there it attributes what
        // follows.)
        // (Whom it was told may follow: «…حسب ما أكده مصدر أمني للجوهرة "اف ام".»)
        if relayed_here
            && t.get(after).is_some_and(|x| {
                x.is_word()
                    && !PREPOSITIONS.contains(&x.norm.as_str())
                    && !is_time_word(x)
                    && !is_addressee(x)
            })
        {
            continue;
        }
        // «وبحسب نتنياهو "تثبت هذه الملفات أن…"»: the source's words in marks right
        // after it, a direct quote (to its closing mark, past the sentence end if need be).
        let quoted_after = if opening && t.get(after).is_some_and(is_mark) {
            // (Its sentence ends with it: not «وبحسب مراسل "سكاي نيوز عربية"، فإن…»,
            // the source's name.)
            pair_marks(body, t).into_iter().find(|g| {
                g.open == after
                    && g.words >= 3
                    && g.close
                        .is_some_and(|c| t.get(c + 1).is_none_or(|x| x.is_punct(&['.', '!', '?', '؟', '…'])))
            })
        } else {
            None
        };
        let clause = if let Some(g) = &quoted_after {
            g.open + 1..g.close.unwrap_or(g.end)
        } else if inside {
            ss..se
        } else if impersonal {
            match t.get(after) {
                Some(c) if COMPLEMENTIZERS.contains(&c.norm.as_str()) => after + 1..se,
                _ => continue,
            }
        } else if opening {
            // «وبحسب المصادر، فإن…»: the clause after the comma; «وبحسب إذاعة "كادينا
            // كوبي" فإن…», «وبحسب البيان فقد "…"»: after «فإن/فقد» with no comma.
            // («وبحسب وزارة الخارجية فمنذ إعلان الاستقلال…»: «فـ» glued to a function
            // word opens the clause too.)
            let fa = |x: &Tok| {
                x.kind == TokenKind::ArabicWord
                    && x.norm.starts_with('ف')
                    && x.bare != x.norm
                    && stop_word(&x.bare)
            };
            let mut comma = (after..se).find(|&x| {
                t[x].is_punct(&['،', ',']) || matches!(t[x].norm.as_str(), "فان" | "فقد") || fa(&t[x])
            })?;
            // «وبحسب أحمد مجاهد، عضو مجلس إدارة الاتحاد، فإن…»: past an apposition.
            if t[comma].is_punct(&['،', ','])
                && let Some(f) = (comma + 2..(comma + 12).min(se))
                    .find(|&x| matches!(t[x].norm.as_str(), "فان" | "فقد") && t[x - 1].is_punct(&['،', ',']))
                && (comma + 1..f - 1).all(|x| t[x].is_word() && verb_form(&t[x].norm).is_none())
            {
                comma = f - 1;
            }
            let start = if fa(&t[comma]) {
                comma
            } else if matches!(t[comma].norm.as_str(), "فان" | "فقد") {
                comma + 1
            } else if t
                .get(comma + 1)
                .is_some_and(|x| matches!(x.bare.as_str(), "فان" | "ان") || x.norm == "فقد")
            {
                comma + 2
            } else {
                comma + 1
            };
            // («وحسب شركة فيسبوك، فإن فريقا…، وأفادت دوغان: "…"»: up to another frame.)
            let end =
                (start + 1..se).find(|&x| t[x].is_punct(&['،', ',']) && reporting_at(t, x + 1)).unwrap_or(se);
            start..end
        } else if before.is_some_and(|b| b.is_punct(&['-', '–', '(']))
            && t.get(after).is_some_and(|x| x.is_punct(&['-', '–', ')']))
            || t.get(after).is_some_and(|x| x.is_punct(&['،', ',']))
                && (ss..p).filter(|&x| t[x].is_word()).count() <= 6
                && after + 1 < se
                && (continues_clause(t, after + 1)
                    || quoted_complement(t, after + 1)
                    || adjunct_goes_on(t, after + 1))
        {
            // «… - بحسب X - …», «وكلفت الوزارة، بحسب ما ذكرته الوكالة، شركة…»: the
            // attribution stands inside its sentence, which it attributes whole, up to
            // a frame of its own after a comma («…، مضيفا أن…»).
            let framed_after = (after + 1..se).find(|&x| {
                t[x - 1].is_punct(&['،', ','])
                    && verb_form(&t[x].norm).is_some()
                    && frames_speech(t, x..se, &(x..x), se)
            });
            ss..framed_after.map_or(se, |x| x - 1)
        } else {
            ss..p - lead
        };
        // «قال الوزير، وفقا للوكالة، إن…»: the attribution sits in a frame, whose
        // clause is a quote of its own.
        if !opening
            && t.get(after).is_some_and(|x| x.is_punct(&['،', ',']))
            && t.get(after + 1).is_some_and(|x| COMPLEMENTIZERS.contains(&x.norm.as_str()))
        {
            return None;
        }
        let phrase = p..after;
        let framed = frames_speech(t, clause.clone(), &phrase, se);
        let trailing = clause.end + lead == p;
        let (text, words) = text_of(t, clause.clone())?;
        let taken =
            out.iter().any(|q| q.paragraph == block && q.text.start < text.end && text.start < q.text.end);
        if taken && trailing {
            // «وعبّرت عن "…"، داعية … الحملة التي ترمي إلى "فرض وصاية…"، وفق نص
            // البيان»: words quoted after the sentence's last quote are the source's.
            return quote_left_over(t, clause, block, out)
                .map(|inner| Quote::said(QuoteKind::Direct, inner, None, Some(&speaker), people, block));
        }
        if (framed && quoted_after.is_none()) || taken || words < 3 {
            return None;
        }
        let quoted = body.get(text.clone()).is_some_and(|s| s.chars().any(is_quote_char));
        let kind = if quoted_after.is_some() {
            QuoteKind::Direct
        } else if quoted {
            QuoteKind::Mixed
        } else {
            QuoteKind::Indirect
        };
        return Some(Quote::said(kind, text, None, Some(&speaker), people, block));
    }
    None
}
