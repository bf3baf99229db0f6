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
//!    `، وذلك` and the narrator's schedule `، إذ من المقرر`; `ويذكر أن`/`ويشار إلى أن` are impersonal (nobody's words); a quote
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

use serde::Serialize;

mod attribution;

use super::entities::ArticleEntities;
use super::ner::EntityType;
use super::structure::{ArticleStructure, BlockKind, structure};
use crate::text::normalize::{Normalization, normalize};
use crate::text::tokenize::{Token, TokenKind, tokenize};

/// What kind of quote.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
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

/// The reporting verbs: (past 3ms, present 3ms, active participle or "" when the
/// participle is no reporting form). Every entry yields its 3rd-person forms with their
/// agreement: past `X Xت Xا Xتا Xوا`, present `Y تY Yان تYان Yون`, participles `Z Zا
/// Zة Zين Zتين Zات` (tanween dropped), each bare and with و/ف attached
/// (search-normalized: أ→ا, ى→ي, ة→ه). A list of weak-verb forms adds those the affix
/// rule does not produce.
pub const REPORTING_VERBS: &[(&str, &str, &str)] = &[
    ("قال", "يقول", "قائل"),
    ("أكد", "يؤكد", "مؤكد"),
    ("أضاف", "يضيف", "مضيف"),
    ("تابع", "يتابع", "متابع"),
    ("أشار", "يشير", "مشير"),
    ("أعرب", "يعرب", "معرب"),
    ("شدد", "يشدد", "مشدد"),
    ("دعا", "يدعو", "داعي"),
    ("رفض", "يرفض", "رافض"),
    ("أوضح", "يوضح", "موضح"),
    ("اعتبر", "يعتبر", "معتبر"),
    ("صرح", "يصرح", "مصرح"),
    ("نفى", "ينفي", "نافي"),
    ("طالب", "يطالب", "مطالب"),
    ("حذر", "يحذر", "محذر"),
    ("أعلن", "يعلن", "معلن"),
    ("كشف", "يكشف", "كاشف"),
    ("لفت", "يلفت", "لافت"),
    ("ذكر", "يذكر", "ذاكر"),
    ("رأى", "يرى", ""),
    ("وصف", "يصف", "واصف"),
    ("ختم", "يختم", "خاتم"),
    ("استطرد", "يستطرد", "مستطرد"),
    ("أفاد", "يفيد", "مفيد"),
    ("أقر", "يقر", "مقر"),
    ("اعترف", "يعترف", "معترف"),
    ("زعم", "يزعم", "زاعم"),
    ("تساءل", "يتساءل", "متسائل"),
    ("أردف", "يردف", "مردف"),
    ("نوه", "ينوه", "منوه"),
    ("عبر", "يعبر", "معبر"),
    ("غرد", "يغرد", "مغرد"),
    ("كتب", "يكتب", ""),
    ("توقع", "يتوقع", "متوقع"),
    ("أجاب", "يجيب", "مجيب"),
    ("علق", "يعلق", "معلق"),
    ("زاد", "يزيد", ""),
    ("استدرك", "يستدرك", "مستدرك"),
    ("نبه", "ينبه", "منبه"),
    ("أبلغ", "يبلغ", ""),
    ("أوضح", "يوضح", "موضح"),
    ("بين", "يبين", "مبين"),
    ("أخبر", "يخبر", ""),
    ("توعد", "يتوعد", "متوعد"),
    ("تعهد", "يتعهد", "متعهد"),
    ("هدد", "يهدد", "مهدد"),
    ("أورد", "يورد", ""),
    ("اتهم", "يتهم", "متهم"),
    ("رجح", "يرجح", "مرجح"),
    ("استبعد", "يستبعد", "مستبعد"),
    ("أصر", "يصر", ""),
    ("ألمح", "يلمح", ""),
    ("لمح", "يلمح", ""),
    ("نقل", "ينقل", ""),
];

/// Forms of weak verbs (search-normalized, without و/ف) not made by the suffix rule:
/// (form, lemma, agreement, participle).
const IRREGULAR: &[(&str, &str, Agreement, bool)] = &[
    ("قلت", "قال", Agreement::MS, false),
    ("قالو", "قال", Agreement::MP, false),
    ("دعت", "دعا", Agreement::FS, false),
    ("دعتا", "دعا", Agreement::FD, false),
    ("دعوا", "دعا", Agreement::MP, false),
    ("داعيا", "دعا", Agreement::MS, true),
    ("داعيه", "دعا", Agreement::FS, true),
    ("داعين", "دعا", Agreement::MP, true),
    ("نفت", "نفي", Agreement::FS, false),
    ("نفتا", "نفي", Agreement::FD, false),
    ("نفوا", "نفي", Agreement::MP, false),
    ("نفيا", "نفي", Agreement::MD, false),
    ("نافيا", "نفي", Agreement::MS, true),
    ("نافيه", "نفي", Agreement::FS, true),
    ("نافين", "نفي", Agreement::MP, true),
    ("رات", "راي", Agreement::FS, false),
    ("راتا", "راي", Agreement::FD, false),
    ("راوا", "راي", Agreement::MP, false),
    ("يرون", "راي", Agreement::MP, false),
    ("تري", "راي", Agreement::FS, false),
    ("زادت", "زاد", Agreement::FS, false),
];

/// Grammatical number of a verb form or a speaker.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
enum Number {
    #[default]
    Singular,
    Dual,
    Plural,
}

/// The agreement a verb form shows (number, and gender: `Some(true)` feminine).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
struct Agreement {
    number: Number,
    feminine: Option<bool>,
}

impl Agreement {
    const MS: Agreement = Agreement { number: Number::Singular, feminine: Some(false) };
    const FS: Agreement = Agreement { number: Number::Singular, feminine: Some(true) };
    const MD: Agreement = Agreement { number: Number::Dual, feminine: Some(false) };
    const FD: Agreement = Agreement { number: Number::Dual, feminine: Some(true) };
    const MP: Agreement = Agreement { number: Number::Plural, feminine: Some(false) };
    const FP: Agreement = Agreement { number: Number::Plural, feminine: Some(true) };
}

/// Suffixes of the past stem (3rd person): قال قالت قالا قالتا قالوا.
const PAST_SUFFIXES: &[(&str, Agreement)] = &[
    ("", Agreement::MS),
    ("ت", Agreement::FS),
    ("ا", Agreement::MD),
    ("تا", Agreement::FD),
    ("وا", Agreement::MP),
];

/// Prefix and suffix of the present stem (3rd person): يقول تقول يقولان تقولان يقولون.
const PRESENT_AFFIXES: &[(&str, &str, Agreement)] = &[
    ("ي", "", Agreement::MS),
    ("ت", "", Agreement::FS),
    ("ي", "ان", Agreement::MD),
    ("ت", "ان", Agreement::FD),
    ("ي", "ون", Agreement::MP),
    ("ت", "ين", Agreement::FS),
];

/// Suffixes of the active participle (حال, accusative; tanween dropped): مضيفا مضيفة
/// مضيفين مضيفتين مضيفات.
const PARTICIPLE_SUFFIXES: &[(&str, Agreement)] = &[
    ("", Agreement::MS),
    ("ا", Agreement::MS),
    ("ه", Agreement::FS),
    ("ين", Agreement::MP),
    ("تين", Agreement::FD),
    ("ات", Agreement::FP),
];

/// Verbs whose complement clause (إن/أن) is reported speech.
const INDIRECT_VERBS: &[&str] = &[
    "قال",
    "اكد",
    "اضاف",
    "تابع",
    "اشار",
    "شدد",
    "اوضح",
    "اعتبر",
    "صرح",
    "نفي",
    "حذر",
    "اعلن",
    "كشف",
    "لفت",
    "ذكر",
    "راي",
    "افاد",
    "اقر",
    "اعترف",
    "زعم",
    "اردف",
    "نوه",
    "توقع",
    "استطرد",
    "ختم",
    "استدرك",
    "نبه",
    "ابلغ",
    "بين",
    "كتب",
    "غرد",
    "علق",
    "اجاب",
    "اخبر",
    "توعد",
    "تعهد",
    "هدد",
    "اورد",
    "اتهم",
    "رجح",
    "اصر",
    "المح",
    "لمح",
    "نقل",
    "اعتقد",
    "قدر",
    "خلص",
    "وجد",
    "استنتج",
    "ظن",
    "جاء",
];

/// Verbs of thinking, estimating and concluding, which report only the clause they
/// introduce («يعتقد الخبير أن…», «ويقدّر المركز أن…», «خلصت الدراسة إلى أن…», «وجد
/// الباحثون أن…», «ترى المجموعة أنه…»): (past, present, participle), read as frames only
/// when a complementizer follows (after their subject and «إلى»), since their forms
/// are often nouns («قدر», «معتقد», «وجد»).
const THINKING_VERBS: &[(&str, &str, &str)] = &[
    ("اعتقد", "يعتقد", "معتقد"),
    ("قدّر", "يقدر", "مقدر"),
    ("خلص", "يخلص", ""),
    ("وجد", "يجد", ""),
    ("استنتج", "يستنتج", "مستنتج"),
    ("رأى", "يرى", ""),
    ("ظن", "يظن", ""),
];

static THINKING: std::sync::LazyLock<std::collections::HashMap<String, VerbForm>> =
    std::sync::LazyLock::new(|| {
        let mut m = std::collections::HashMap::new();
        for (past, present, part) in THINKING_VERBS {
            let lemma: &'static str = Box::leak(search_norm(past).into_boxed_str());
            for (f, participle, agreement) in inflections(past, present, part) {
                for p in ["", "و", "ف"] {
                    m.entry(format!("{p}{f}")).or_insert(VerbForm {
                        lemma,
                        participle,
                        agreement,
                        nominal: false,
                    });
                }
            }
        }
        m
    });

/// Nouns of documents that speak in «وجاء في بيان…», «جاء في التقرير أن…».
const DOCUMENTS: &[&str] = &[
    "بيان",
    "تقرير",
    "رساله",
    "نص",
    "كلمه",
    "خطاب",
    "تغريده",
    "منشور",
    "تصريح",
    "مقال",
    "افتتاحيه",
    "وثيقه",
    "مذكره",
    "دراسه",
    "قرار",
    "اعلان",
    "تسجيل",
    "شريط",
    "فيديو",
];

/// A reporting verb form: the lemma (search-normalized past form) and whether it is a
/// participle (حال: مضيفًا, قائلا), which has no subject of its own.
#[derive(Debug, Clone, Copy)]
struct VerbForm {
    lemma: &'static str,
    participle: bool,
    agreement: Agreement,
    /// A verbal noun in a frame («إلى تأكيد أن»): its subject is its clause's.
    nominal: bool,
}

fn search_norm(s: &str) -> String {
    normalize(s, &Normalization::search())
}

static LEXICON: std::sync::LazyLock<std::collections::HashMap<String, VerbForm>> =
    std::sync::LazyLock::new(|| {
        let mut m = std::collections::HashMap::new();
        let lemmas: Vec<&'static str> =
            REPORTING_VERBS.iter().map(|(p, _, _)| &*Box::leak(search_norm(p).into_boxed_str())).collect();
        for ((past, present, part), lemma) in REPORTING_VERBS.iter().zip(&lemmas) {
            for (f, participle, agreement) in inflections(past, present, part) {
                for p in ["", "و", "ف"] {
                    m.entry(format!("{p}{f}")).or_insert(VerbForm {
                        lemma,
                        participle,
                        agreement,
                        nominal: false,
                    });
                }
            }
        }
        for &(f, lemma, agreement, participle) in IRREGULAR {
            let lemma = lemmas.iter().find(|l| **l == lemma).copied().unwrap_or("قال");
            for p in ["", "و", "ف"] {
                m.entry(format!("{p}{f}")).or_insert(VerbForm {
                    lemma,
                    participle,
                    agreement,
                    nominal: false,
                });
            }
        }
        // Homographs that are far more often something else: بين (between), علي (Ali),
        // نقلا («نقلا عن», relaying, not the dual «they both moved»),
        // تري, مقر (headquarters), لافت (remarkable), معبر (crossing), مبين, ذاكر, ختم
        // as a noun, عبر (across, via).
        for w in [
            "بين",
            "وبين",
            "علي",
            "تري",
            "مقر",
            "لافت",
            "لافته",
            "معبر",
            "مبين",
            "ذاكر",
            "عبر",
            "وعبر",
            "مفيد",
            "مطالب",
            "معلن",
            "معلق",
            "مقرا",
            "قائل",
            "خاتم",
            "زاد",
            "يزيد",
            "تزيد",
            "يرون",
            "متهم",
            "متهمه",
            "مرجح",
            "مستبعد",
            "مهدد",
            "مهدده",
            "متعهد",
            "مقرات",
            "متابعات",
            "مطالبات",
            "معلقات",
            "معبرات",
            "مبينات",
            "نقلا",
            "ونقلا",
            // «لا داعي», the name «وداعي»: the bare participle is a noun.
            "داعي",
            "وداعي",
        ] {
            m.remove(w);
        }
        m
    });

/// The 3rd-person forms of a reporting verb (search-normalized, without و/ف): (form,
/// is a participle, agreement).
fn inflections(past: &str, present: &str, part: &str) -> Vec<(String, bool, Agreement)> {
    let (past, present, part) = (search_norm(past), search_norm(present), search_norm(part));
    let stem = present.strip_prefix('ي').unwrap_or(&present);
    let mut forms = Vec::new();
    for (s, a) in PAST_SUFFIXES {
        forms.push((format!("{past}{s}"), false, *a));
    }
    for (p, s, a) in PRESENT_AFFIXES {
        forms.push((format!("{p}{stem}{s}"), false, *a));
    }
    if !part.is_empty() {
        for (s, a) in PARTICIPLE_SUFFIXES {
            forms.push((format!("{part}{s}"), true, *a));
        }
    }
    forms
}

fn verb_form(norm: &str) -> Option<VerbForm> {
    LEXICON.get(norm).copied()
}

/// Is `normalized` (search-normalized: أ→ا, ى→ي, ة→ه) a form of a reporting verb?
pub fn is_reporting_word(normalized: &str) -> bool {
    LEXICON.contains_key(normalized)
}

/// Number of generated reporting-verb forms (for documentation and tests).
pub fn lexicon_size() -> usize {
    LEXICON.len()
}

/// Title words that open a role phrase (search-normalized, without و/ف).
const TITLES: &[&str] = &[
    "الرئيس",
    "رئيس",
    "رئيسه",
    "وزير",
    "وزيره",
    "الوزير",
    "الملك",
    "الملكه",
    "الامير",
    "امير",
    "الشيخ",
    "السفير",
    "سفير",
    "المتحدث",
    "المتحدثه",
    "متحدث",
    "الناطق",
    "ناطق",
    "المدير",
    "مدير",
    "مديره",
    "الامين",
    "امين",
    "النائب",
    "نائب",
    "المستشار",
    "مستشار",
    "المستشاره",
    "قائد",
    "القائد",
    "زعيم",
    "الزعيم",
    "السيناتور",
    "المرشد",
    "العاهل",
    "ولي",
    "الجنرال",
    "اللواء",
    "العميد",
    "العقيد",
    "الدكتور",
    "المحامي",
    "القاضي",
    "المدرب",
    "مدرب",
    "اللاعب",
    "لاعب",
    "النجم",
    "نجم",
    "الفنان",
    "الفنانه",
    "الممثل",
    "الممثله",
    "الكاتب",
    "الكاتبه",
    "المطرب",
    "المطربه",
    "الباحث",
    "الخبير",
    "خبير",
    "المحلل",
    "محلل",
    "عضو",
    "مسؤول",
    "المسؤول",
    "المبعوث",
    "مبعوث",
    "المندوب",
    "مندوب",
    "البابا",
    "السيده",
    "السيد",
    "نظيره",
    "نظيرته",
    "الاعلامي",
    "الاعلاميه",
    "الناشط",
    "الناشطه",
    "المرشح",
    "المرشحه",
    "رئيسه",
    "حاكم",
    "الحاكم",
    "محافظ",
    "المحافظ",
    "مساعد",
    "المساعد",
    "الشاعر",
    "الروائي",
    "المخرج",
    "المغني",
    "المغنيه",
    "الحارس",
    "المهاجم",
    "الدولي",
    "مهاجم",
    "الصحفي",
    "الصحفيه",
    "مراسل",
    "مراسله",
    "استاذ",
    "الاستاذ",
    "الدكتوره",
    "النجمه",
];

/// Words that end a subject noun phrase (search-normalized).
const SUBJECT_STOP: &[&str] = &[
    "في",
    "خلال",
    "مع",
    "امام",
    "عبر",
    "علي",
    "الي",
    "عن",
    "من",
    "حسب",
    "بحسب",
    "وفق",
    "وفقا",
    "اثناء",
    "بعد",
    "قبل",
    "لدي",
    "يوم",
    "اليوم",
    "امس",
    "مساء",
    "صباح",
    "الاحد",
    "الاثنين",
    "الثلاثاء",
    "الاربعاء",
    "الخميس",
    "الجمعه",
    "السبت",
    "بالقول",
    "قائلا",
    "ايضا",
    "كذلك",
    "الذي",
    "التي",
    "الذين",
    "اللذين",
    "حين",
    "عندما",
    "لوكاله",
    "لصحيفه",
    "لقناه",
    "لموقع",
    "لشبكه",
    "لبي",
    "لرويترز",
    "بيان",
    "تصريح",
    "تصريحات",
    "قوله",
    "قولها",
    "قولهم",
    "ان",
    "انه",
    "انها",
    "انهم",
    "بان",
    "بانه",
    "بانها",
    "اذ",
    "حيث",
    "و",
    "او",
    "ثم",
    "قد",
    "لقد",
    "فقد",
    "ما",
    "لا",
    "لم",
    "لن",
    "هذا",
    "هذه",
    "ذلك",
    "تلك",
    "كما",
    "لكن",
    "ولكن",
    "مضيفا",
    "بعدما",
    "ليلا",
    "نهارا",
    "صباحا",
    "فجرا",
    "ظهرا",
    "عصرا",
    "الليله",
    "غدا",
    "مجددا",
    "مؤخرا",
    "سابقا",
    "لاحقا",
    "حينها",
    "رسميا",
    "علنا",
    "ردا",
    "تعليقا",
    "اليه",
    "له",
    "لها",
    "لهم",
    "فيه",
    "فيها",
    "عليه",
    "حول",
    "بشان",
    "ضد",
    "نحو",
    "لدى",
    "منذ",
    "امام",
    "داخل",
    "خارج",
    "بين",
    "عند",
    "تجاه",
    "اثر",
    "عقب",
    "بدوره",
    "بدورها",
    "كل",
    "جميع",
];

/// Head nouns of organizations and other non-person speakers (search-normalized, without
/// و/ف): their name runs over the whole genitive chain («وزارة الاتصالات وتكنولوجيا
/// المعلومات», «شركة البنية التحتية للاتصالات الإيرانية»).
const ORG_HEADS: &[&str] = &[
    "وزاره",
    "وكاله",
    "شركه",
    "مركز",
    "هيئه",
    "منظمه",
    "مجلس",
    "حزب",
    "جمعيه",
    "صحيفه",
    "قناه",
    "مؤسسه",
    "جامعه",
    "محكمه",
    "لجنه",
    "اداره",
    "مكتب",
    "بعثه",
    "حركه",
    "جبهه",
    "مديريه",
    "سفاره",
    "قياده",
    "غرفه",
    "اتحاد",
    "رابطه",
    "نقابه",
    "مصلحه",
    "دائره",
    "بلديه",
    "رئاسه",
    "حكومه",
    "مصدر",
    "مصادر",
    "الوزاره",
    "الوكاله",
    "الشركه",
    "المركز",
    "الهيئه",
    "المنظمه",
    "المجلس",
    "الحزب",
    "الصحيفه",
    "القناه",
    "المؤسسه",
    "المحكمه",
    "اللجنه",
    "الحكومه",
    "الاداره",
    "الرئاسه",
    "السفاره",
    "القياده",
    "صفحه",
    "مرصد",
    "مفوضيه",
    "برلمان",
    "موقع",
    "سلطات",
    "امم",
];

/// Plural nouns of people that head a speaking group («وزراء خارجية مجموعة السبع»,
/// «مسؤولون أتراك», «أطباء وشهود عيان») (search-normalized, without و/ف and ال).
const GROUP_HEADS: &[&str] = &[
    "وزراء",
    "مسؤولون",
    "مسؤولين",
    "مسؤولو",
    "مسؤولي",
    "قاده",
    "زعماء",
    "نواب",
    "اعضاء",
    "خبراء",
    "محللون",
    "محللين",
    "سكان",
    "شهود",
    "اطباء",
    "ناشطون",
    "ناشطين",
    "نشطاء",
    "محققون",
    "محققين",
    "دبلوماسيون",
    "دبلوماسيين",
    "معارضون",
    "متظاهرون",
    "محتجون",
    "مواطنون",
    "مراقبون",
    "باحثون",
    "علماء",
    "مسعفون",
    "ممثلو",
    "ممثلون",
    "مشرعون",
    "برلمانيون",
    "حقوقيون",
    "مصادر",
    "تقارير",
    "انصار",
    "مؤيدو",
    "مؤيدون",
    "معارضو",
    "اهالي",
    "مقاتلون",
    "مسلحون",
    "جنود",
    "ضباط",
    "خبيران",
    "اخرون",
];

/// A plural noun of people heading a group of speakers.
fn is_group_head(tok: &Tok) -> bool {
    [&tok.bare, &tok.norm].iter().any(|w| GROUP_HEADS.contains(&w.strip_prefix("ال").unwrap_or(w)))
}

/// The head of an organization or, indefinite, of a group («مسؤولون أتراك»; a definite
/// group, «المسؤولون الأتراك», is read as a definite name).
fn is_org_head(tok: &Tok) -> bool {
    let bare = tok.bare.strip_prefix("ال").unwrap_or(&tok.bare);
    ORG_HEADS.contains(&bare)
        || ORG_HEADS.contains(&tok.norm.as_str())
        || is_group_head(tok) && !tok.bare.starts_with("ال")
}

/// A word with no article, no proclitic and no conjunction («إسرائيل», not «لكرة»,
/// «وتكنولوجيا»).
fn is_bare_name_word(tok: &Tok) -> bool {
    tok.kind == TokenKind::ArabicWord
        && !definite(tok)
        && tok.bare == tok.norm
        && !tok.norm.starts_with(['ل', 'ب', 'ك'])
}

/// Kin nouns: «والد X» speaks as X's father, not as X (search-normalized, without و/ف).
const KIN_HEADS: &[&str] = &[
    "والد",
    "والده",
    "والدا",
    "شقيق",
    "شقيقه",
    "شقيقا",
    "زوج",
    "زوجه",
    "نجل",
    "نجله",
    "ارمله",
    "ابن",
    "ابنه",
    "عم",
    "خال",
    "جد",
    "جده",
    "اخ",
    "اخت",
    "عائله",
    "اسره",
    "اقارب",
];

/// Is `tok` a kin noun in construct with a name («والد سلمان العبيدي», «والدة الضحية»)?
/// Not one written with a final ه, a pronoun («والده» "his father», «شقيقه»).
fn is_kin_head(tok: &Tok) -> bool {
    let kin = |w: &String| KIN_HEADS.contains(&w.as_str()) && !(tok.ha && w.ends_with('ه'));
    kin(&tok.norm) || kin(&tok.bare)
}

/// A word after a subject naming whom it spoke to: «مصدر أمني لمراسل الجوهرة أف أم»,
/// «لوكالة الأنباء» (not «للصحفيين»: «النقابة الوطنية للصحفيين التونسيين»).
fn is_addressee(tok: &Tok) -> bool {
    let Some(rest) = tok.norm.strip_prefix('ل') else { return false };
    let rest = rest.strip_prefix('ل').map_or(rest.to_string(), |r| format!("ال{r}"));
    let rest = rest.strip_prefix("ال").unwrap_or(&rest);
    matches!(
        rest,
        "مراسل"
            | "مراسله"
            | "وكاله"
            | "صحيفه"
            | "قناه"
            | "اذاعه"
            | "موقع"
            | "تلفزيون"
            | "وسائل"
            | "جوهره"
            | "جريده"
            | "مجله"
    )
}

/// The number a subject noun phrase shows: coordinated names («بوتين وهولاند»), a dual
/// («الوزيران», «مسؤولان»), a sound plural («المسؤولون») or a plural group head.
fn np_number(t: &[Tok], np: &Np) -> Number {
    let head_at = np.role.as_ref().or(np.name.as_ref()).map_or(np.all.start, |r| r.start);
    let Some(head) = t.get(head_at) else { return Number::Singular };
    // Coordinated names («بوتين وهولاند», «مصر والسودان»), not things («الأعمال والمؤسسات»).
    if np.role.is_none()
        && let Some(n) = &np.name
        && !is_org_head(head)
        && !definite(head)
    {
        let conj = t
            .get(n.start + 1..n.end)
            .map_or(0, |w| w.iter().filter(|x| x.norm.starts_with('و') && x.bare != x.norm).count());
        if conj > 0 {
            return if conj == 1 { Number::Dual } else { Number::Plural };
        }
    }
    noun_number(head)
}

/// The number of a noun: dual in ـان / plural in ـون ـين of a title or group word, a
/// plural group head.
fn noun_number(tok: &Tok) -> Number {
    let w = tok.bare.as_str();
    let known = |stem: &str| {
        let bare = stem.strip_prefix("ال").unwrap_or(stem);
        [stem, bare].iter().any(|x| TITLES.contains(x) || ORG_HEADS.contains(x))
            || GROUP_HEADS.contains(&bare)
    };
    if is_group_head(tok) {
        return Number::Plural;
    }
    if let Some(stem) = w.strip_suffix("ان")
        && (known(stem) || w.starts_with("ال") && stem.chars().count() >= 5)
    {
        return Number::Dual;
    }
    if let Some(stem) = w.strip_suffix("ون").or_else(|| w.strip_suffix("ين"))
        && (known(stem) || w.starts_with("ال") && stem.chars().count() >= 5)
    {
        return Number::Plural;
    }
    Number::Singular
}

/// Complementizers opening reported speech (search-normalized).
const COMPLEMENTIZERS: &[&str] = &[
    "ان",
    "انه",
    "انها",
    "انهم",
    "انهما",
    "اننا",
    "انني",
    "بان",
    "بانه",
    "بانها",
    "بانهم",
    "بانهما",
    "فان",
    "وان",
];

/// A complementizer at `c` joined by «و» after a comma («وأشار إلى وجود قبول من
/// الجانب السعودي…، وأن بدء عملية التفتيش…») coordinates its clause with the verb's
/// nominal object after «إلى/على/عن/بـ» between the subject's end `k` and `c`: the token
/// where that object starts.
fn coordinated_object(t: &[Tok], k: usize, c: usize) -> Option<usize> {
    if !(c > k + 2 && t[c].norm.starts_with('و') && t[c - 1].is_punct(&['،', ','])) {
        return None;
    }
    let p = (k..c).find(|&x| matches!(t[x].norm.as_str(), "الي" | "علي" | "عن"))?;
    // Only words and commas between: no sentence or quote of its own.
    let object = p + 1;
    (object < c - 1
        && (k..c).all(|x| t[x].is_word() || t[x].kind == TokenKind::Number || t[x].is_punct(&['،', ','])))
    .then_some(object)
}

/// «إذ/حيث من المقرر/المزمع/المنتظر» at `x`: what is scheduled, said impersonally.
fn scheduled(t: &[Tok], x: usize) -> bool {
    let at = |y: usize, f: &dyn Fn(&str) -> bool| t.get(y).is_some_and(|n| f(n.norm.as_str()));
    at(x, &|w| matches!(w, "اذ" | "حيث"))
        && at(x + 1, &|w| w == "من")
        && at(x + 2, &|w| matches!(w, "المقرر" | "المزمع" | "المنتظر"))
}

/// «ألا» / «بألا» (أنْ + لا, "that … not": «متوقعا ألا يتحقق ذلك»), told from «إلا»
/// ("except"), which search normalization merges with it, by its written hamza.
fn negative_complementizer(body: &str, tok: &Tok) -> bool {
    tok.kind == TokenKind::ArabicWord
        && body.get(tok.range.clone()).is_some_and(|w| {
            let plain: String = w.chars().filter(|c| !('\u{064B}'..='\u{0652}').contains(c)).collect();
            matches!(plain.as_str(), "ألا" | "بألا")
        })
}

/// Attribution words after a comma that end a reported clause («، وفقا لـ…»).
const ATTRIBUTION: &[&str] =
    &["وفقا", "حسب", "بحسب", "وفق", "علي حد", "نقلا", "طبقا", "بحسبما", "حسبما", "وفقما"];

#[derive(Debug, Clone)]
struct Tok {
    kind: TokenKind,
    range: Range<usize>,
    norm: String,
    /// For words: the normalized form without a leading و/ف when the rest is 3+ letters.
    bare: String,
    /// Written with a final ه (not ة): may end in an attached pronoun.
    ha: bool,
    /// Written علي (the name Ali), not على.
    ali: bool,
}

impl Tok {
    fn is_punct(&self, set: &[char]) -> bool {
        self.kind == TokenKind::Punctuation && self.norm.chars().all(|c| set.contains(&c))
    }
    fn is_word(&self) -> bool {
        matches!(self.kind, TokenKind::ArabicWord | TokenKind::LatinWord | TokenKind::Proclitic)
    }
}

fn strip_conj(n: &str) -> String {
    for p in ["و", "ف"] {
        if let Some(r) = n.strip_prefix(p)
            && r.chars().count() >= 3
        {
            return r.to_string();
        }
    }
    n.to_string()
}

fn toks(body: &str, range: Range<usize>) -> Vec<Tok> {
    let Some(text) = body.get(range.clone()) else { return Vec::new() };
    let mut out = Vec::new();
    for t in tokenize(text) {
        let Token { kind, range: r } = t;
        let abs = r.start + range.start..r.end + range.start;
        let raw = body.get(abs.clone()).unwrap_or("");
        if kind == TokenKind::Punctuation && raw.chars().count() > 1 && raw.chars().any(is_quote_char) {
            // Split `""` runs into single marks.
            let mut at = abs.start;
            for c in raw.chars() {
                let l = c.len_utf8();
                out.push(Tok {
                    kind,
                    range: at..at + l,
                    norm: c.to_string(),
                    bare: c.to_string(),
                    ha: false,
                    ali: false,
                });
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
                    });
                }
                at += w.len() + 1;
            }
            continue;
        }
        let norm = search_norm(raw);
        let bare = if kind == TokenKind::ArabicWord { strip_conj(&norm) } else { norm.clone() };
        let ha = normalize(raw, &Normalization::default()).ends_with(['ه', 'ا', 'م']);
        let ali = normalize(raw, &Normalization::default()) == "علي";
        out.push(Tok { kind, range: abs, norm, bare, ha, ali });
    }
    out
}

fn is_quote_char(c: char) -> bool {
    matches!(c, '"' | '«' | '»' | '“' | '”')
}

/// A pair of quote marks (or an unclosed opening mark) at the top level.
#[derive(Debug, Clone)]
struct Seg {
    /// Token index of the opening mark.
    open: usize,
    /// Token index of the closing mark, `None` when unclosed.
    close: Option<usize>,
    /// Token index one past the last quoted token.
    end: usize,
    /// Quoted text (without the marks), byte range.
    inner: Range<usize>,
    /// Number of word tokens inside.
    words: usize,
}

/// Pairs the quote marks of a paragraph's tokens; returns the top-level segments.
fn pair_marks(body: &str, t: &[Tok]) -> Vec<Seg> {
    #[derive(Clone, Copy, PartialEq)]
    enum M {
        Straight,
        Guillemet,
        Curly,
    }
    let mut stack: Vec<(M, usize)> = Vec::new();
    let mut pairs: Vec<(usize, Option<usize>, usize)> = Vec::new(); // open, close, depth
    for (i, tok) in t.iter().enumerate() {
        if tok.kind != TokenKind::Punctuation || tok.norm.chars().count() != 1 {
            continue;
        }
        let Some(c) = tok.norm.chars().next() else { continue };
        let (m, dir) = match c {
            '«' => (M::Guillemet, Some(true)),
            '»' => (M::Guillemet, Some(false)),
            '“' => (M::Curly, Some(true)),
            '”' => (M::Curly, Some(false)),
            '"' => (M::Straight, None),
            _ => continue,
        };
        let opening = dir.unwrap_or_else(|| {
            let before = body.get(..tok.range.start).and_then(|s| s.chars().next_back());
            let after = body.get(tok.range.end..).and_then(|s| s.chars().next());
            let open_side = before
                .is_none_or(|b| b.is_whitespace() || matches!(b, ':' | '(' | '[' | '،' | 'ـ' | '-' | '«'));
            let close_side = after.is_none_or(|a| {
                a.is_whitespace()
                    || matches!(
                        a,
                        '.' | '،' | ',' | ':' | ';' | '؛' | ')' | ']' | '!' | '?' | '؟' | '»' | '-' | '…'
                    )
            });
            let word_after = after.is_some_and(|a| a.is_alphanumeric() || a == '(' || a == '.');
            let is_open = stack.iter().any(|(k, _)| *k == M::Straight);
            if open_side && word_after && !close_side {
                true
            } else if close_side && !open_side {
                false
            } else {
                !is_open
            }
        });
        if opening {
            stack.push((m, i));
        } else if let Some(pos) = stack.iter().rposition(|(k, _)| *k == m) {
            // Marks opened after the matching one are unclosed: they end here.
            while stack.len() > pos + 1 {
                if let Some((_, o)) = stack.pop() {
                    pairs.push((o, None, stack.len()));
                }
            }
            if let Some((_, o)) = stack.pop() {
                pairs.push((o, Some(i), stack.len()));
            }
        }
    }
    // Unclosed marks: the innermost ones are nested in the outer ones.
    for (depth, (_, o)) in stack.iter().enumerate() {
        pairs.push((*o, None, depth));
    }
    let mut out = Vec::new();
    pairs.sort_by_key(|p| p.0);
    let mut covered_until = 0usize;
    for (open, close, depth) in pairs {
        if depth > 0 || open < covered_until {
            continue;
        }
        let end = match close {
            Some(c) => c,
            None => unclosed_end(t, open),
        };
        covered_until = close.map_or(end, |c| c + 1);
        let first = t.get(open + 1).map_or(0, |x| x.range.start);
        let mut last_tok = end;
        // An unclosed quote does not take the paragraph's final full stop.
        if close.is_none() {
            while last_tok > open + 1
                && t.get(last_tok - 1).is_some_and(|x| x.is_punct(&['.', '،', ',', '…', ':']))
            {
                last_tok -= 1;
            }
        }
        if last_tok <= open + 1 {
            continue;
        }
        let last = t.get(last_tok - 1).map_or(first, |x| x.range.end);
        let words = t
            .get(open + 1..last_tok)
            .map_or(0, |s| s.iter().filter(|x| x.is_word() || x.kind == TokenKind::Number).count());
        out.push(Seg { open, close, end: last_tok, inner: first..last.max(first), words });
    }
    out
}

/// Where an unclosed quote opened at token `open` ends: before `، <reporting word>`,
/// before `. <reporting verb>`, else at the paragraph end.
fn unclosed_end(t: &[Tok], open: usize) -> usize {
    let mut i = open + 1;
    while i < t.len() {
        let tok = &t[i];
        if tok.is_punct(&['،', ',', '.'])
            && t.get(i + 1)
                .is_some_and(|n| verb_form(&n.norm).is_some() || ATTRIBUTION.contains(&n.norm.as_str()))
        {
            return i;
        }
        i += 1;
    }
    t.len()
}

/// A subject noun phrase split into role and name (token index ranges).
#[derive(Debug, Clone, Default)]
struct Np {
    role: Option<Range<usize>>,
    name: Option<Range<usize>>,
    /// The whole phrase.
    all: Range<usize>,
}

/// More titles, whose feminine forms are made like the others'.
const MORE_TITLES: &[&str] = &[
    "منسق",
    "المنسق",
    "ممثل",
    "مفوض",
    "المفوض",
    "المقرر",
    "المدعي",
    "مدعي",
    "عمده",
    "العمده",
    "قاضي",
    "قيادي",
    "القيادي",
    "ضيف",
];

/// Titles whose quoted complement is an outlet or a programme, not the person's name
/// («مراسل "الجوهرة أف أم" في غزة، بهاء طباسي», «ضيف "بوليتيكا"»).
const MEDIA_TITLES: &[&str] = &["مراسل", "مراسله", "ضيف", "ضيفه", "مذيع", "مذيعه", "مقدم", "مقدمه", "محرر"];

/// Titles that have no feminine title form (an adjective, or another word).
const NO_FEMININE: &[&str] = &["الدولي", "ولي", "نظيره", "العاهل", "البابا", "السيد", "مسؤول", "المسؤول"];

/// Every title form: [`TITLES`] and [`MORE_TITLES`] with their feminines (ـة, written ه
/// when search-normalized: «منسقة الأمم المتحدة», «نائبة مديرة القسم»); «مسؤولة» is
/// made apart, as «مسؤوله» also reads "his official".
static TITLE_FORMS: std::sync::LazyLock<std::collections::HashSet<String>> = std::sync::LazyLock::new(|| {
    let mut set = std::collections::HashSet::new();
    for w in TITLES.iter().chain(MORE_TITLES) {
        set.insert(w.to_string());
        if !w.ends_with('ه') && !NO_FEMININE.contains(w) {
            set.insert(format!("{w}ه"));
        }
    }
    set.insert("المسؤوله".to_string());
    set
});

fn is_title(tok: &Tok) -> bool {
    TITLE_FORMS.contains(&tok.bare) || TITLE_FORMS.contains(&tok.norm)
}

fn is_subject_stop(tok: &Tok) -> bool {
    if tok.ali {
        return false;
    }
    !tok.is_word()
        || tok.kind == TokenKind::Proclitic
        || SUBJECT_STOP.contains(&tok.norm.as_str())
        || COMPLEMENTIZERS.contains(&tok.norm.as_str())
        || verb_form(&tok.norm).is_some()
}

/// Name words in `t`, not counting the particles of compound names (عبد, بن, أبو).
fn name_words(t: &[Tok]) -> usize {
    t.iter()
        .filter(|x| !matches!(x.bare.as_str(), "عبد" | "بن" | "ابن" | "ابو" | "بنت" | "ابي" | "ال"))
        .count()
}

/// A word ending in an attached pronoun (ـه ـها ـهم ـهما, written with ه, not ة) is
/// no name word («هولاند دعمه»); «عبدالله» is.
fn has_pronoun_suffix(tok: &Tok) -> bool {
    let n = &tok.bare;
    tok.ha
        && (n.ends_with('ه') || n.ends_with("ها") || n.ends_with("هم") || n.ends_with("هما"))
        && !n.ends_with("الله")
        && !n.ends_with("له")
        && n.chars().count() > 3
}

fn definite(tok: &Tok) -> bool {
    tok.bare.starts_with("ال")
        || tok.bare.starts_with("لل")
        || tok.norm == "باسم"
        || tok.norm == "بلسان"
        || tok.norm.starts_with("بال")
}

/// Reads a subject noun phrase starting at token `i`.
fn read_np(t: &[Tok], i: usize) -> Option<Np> {
    let first = t.get(i)?;
    // «حسب ما صرح به مصدر أمني»: the verb's object pronoun before its subject.
    if matches!(first.norm.as_str(), "به" | "بها" | "عنه" | "عنها")
        && let Some(np) = read_np(t, i + 1).filter(|np| np.all.start == i + 1)
    {
        return Some(Np { all: i..np.all.end, ..np });
    }
    // «قال للصحفيين»: an addressee, no subject.
    if first.norm.starts_with("لل") && !is_title(first) {
        return None;
    }
    // «وقال لمستشاريه: "…"», «قالت لأنصارها إن…»: `لـ` + a noun with an attached
    // pronoun right before the speech is whom the speaker told, no subject.
    if first.norm.starts_with('ل')
        && has_pronoun_suffix(first)
        && !is_title(first)
        && t.get(i + 1)
            .is_none_or(|n| n.kind == TokenKind::Punctuation || COMPLEMENTIZERS.contains(&n.norm.as_str()))
    {
        return None;
    }
    // «كشفت 3 مصادر»: a number before the head.
    if first.kind == TokenKind::Number && t.get(i + 1).is_some_and(|n| n.is_word() && is_org_head(n)) {
        let np = read_np(t, i + 1)?;
        return Some(Np { all: i..np.all.end, ..np });
    }
    // «وبينت تعليقات وزير الخزانة، ستيف منوشين، أن…»: the words of a speaker as the
    // subject; the speaker is who made them.
    if matches!(first.bare.as_str(), "تعليقات" | "تصريحات" | "تعليق" | "تصريح" | "كلمات")
        && t.get(i + 1).is_some_and(|n| n.is_word() && !is_subject_stop(n) && !has_pronoun_suffix(n))
        && let Some(np) = read_np(t, i + 1).filter(|np| np.all.start == i + 1)
    {
        return Some(Np { all: i..np.all.end, ..np });
    }
    // «ويقول بيان قمة هامبورغ»: a statement as the subject.
    if matches!(first.bare.as_str(), "بيان" | "البيان") {
        let mut k = i + 1;
        while k < t.len() && k < i + 6 && t[k].is_word() && !is_subject_stop(&t[k]) {
            k += 1;
        }
        return Some(Np { role: None, name: Some(i..k), all: i..k });
    }
    let mut k = i;
    let mut role: Option<Range<usize>> = None;
    let mut name: Option<Range<usize>> = None;
    // «مسؤول آخر»: an indefinite role that no name follows.
    let mut described = false;
    // After a quoted name, the token past its closing mark.
    let mut closed = 0;
    let mut limit = (i + 12).min(t.len());
    // The role names a body with a preposition («القيادي بحزب», «الإعلامي بقناة»).
    let mut body_named = false;
    while k < limit {
        let tok = &t[k];
        if role.is_some() && name.is_none() && MEDIA_TITLES.contains(&tok.bare.as_str()) {
            // «وزير الخارجية الطيب البكوش ضيف بوليتيكا»: an apposition naming the
            // programme; the role before it (with its definite name) speaks.
            break;
        }
        if is_title(tok) {
            // Role: the title and the definite words after it.
            let rs = k;
            k += 1;
            loop {
                if k < limit
                    && t[k].is_word()
                    && definite(&t[k])
                    && !is_subject_stop(&t[k])
                    && (!is_title(&t[k]) || k == rs + 1)
                {
                    // «نائب المتحدث باسم…», «مساعد الوزير»: a title of a title.
                    k += 1;
                } else if k + 1 < limit
                    && k > rs + 1
                    && t[k].kind == TokenKind::ArabicWord
                    && t[k].bare != t[k].norm
                    && t[k].norm.starts_with('و')
                    && !is_subject_stop(&t[k])
                    && !is_title(&t[k])
                    && t[k + 1].is_word()
                    && definite(&t[k + 1])
                    && !is_subject_stop(&t[k + 1])
                    && !is_title(&t[k + 1])
                {
                    // A coordinated genitive: «وزير الاتصالات وتكنولوجيا المعلومات».
                    k += 2;
                } else if k < limit
                    && t[k].is_word()
                    && !is_title(&t[k])
                    && (is_org_head(&t[k])
                        || matches!(t[k - 1].norm.as_str(), "باسم" | "بلسان") && !is_subject_stop(&t[k]))
                {
                    // The body the role belongs to: «رئيس مجلس النواب», «المتحدث
                    // باسم حركة فتح».
                    k += 1;
                } else if k < limit
                    && ['ل', 'ب']
                        .iter()
                        .any(|&p| t[k].norm.strip_prefix(p).is_some_and(|r| ORG_HEADS.contains(&r)))
                {
                    // «الممثلة المقيمة لمنظمة الأمم المتحدة», «القيادي بحركة النهضة».
                    k += 1;
                    body_named = true;
                } else if k < limit && k == rs + 1 && is_other(&t[k]) {
                    // «مسؤول آخر بالوزارة»: a role described, with no name after it.
                    described = true;
                    k += 1;
                } else if k + 1 < limit
                    && t[k].norm == "في"
                    && is_org_head(&t[k + 1])
                    && !definite(&t[k + 1])
                    && apposed_name_after(t, k).is_none()
                {
                    // «القيادي في حركة النهضة» (not «المحلل في شركة "غافيكال"، آرثر
                    // كروبر،»: the name set off by commas is read below).
                    k += 2;
                    body_named = true;
                } else if let Some(c) = quoted_name_end(t, k)
                    .filter(|_| MEDIA_TITLES.contains(&t[rs].bare.strip_prefix("ال").unwrap_or(&t[rs].bare)))
                {
                    // «مراسل "الجوهرة أف أم"»: the outlet is part of the role.
                    k = c;
                } else if let Some(c) = quoted_name_end(t, k).filter(|&c| {
                    let name_follows = t.get(c).is_some_and(|x| {
                        x.kind == TokenKind::ArabicWord && !is_subject_stop(x) && !definite(x) && !is_title(x)
                    });
                    name_follows || frame_goes_on(t, c)
                }) {
                    // «… للطفولة "يونيسف" ميريتشل…»: an acronym; «نائب المتحدث "فرحان
                    // حق" للصحفيين»: the name itself.
                    let name_follows = t.get(c).is_some_and(|x| {
                        x.kind == TokenKind::ArabicWord && !is_subject_stop(x) && !definite(x) && !is_title(x)
                    });
                    if !name_follows && frame_goes_on(t, c) {
                        role = Some(rs..k);
                        name = Some(k + 1..c - 1);
                        closed = c;
                        k = c;
                        break;
                    }
                    k = c;
                } else if let Some(n) = place_before_name(t, k) {
                    // «المبعوث الأممي إلى اليمن مارتن غريفيث».
                    k = n;
                    break;
                } else {
                    break;
                }
            }
            if role.is_none() {
                role = Some(rs..k);
            }
            if name.is_some() {
                break;
            }
            // After «بحزب/بقناة…» the body's own name may come before the person's,
            // both indefinite («القيادي بحزب نداء تونس عبد العزيز القطي», «الإعلامي
            // بقناة فرنس 24 توفيق مجيد»): the person is the last two name words.
            if body_named && let Some(n) = name_after_body(t, k) {
                role = Some(rs..n.start);
                name = Some(n);
                break;
            }
            // A role with its own complement, then the name between commas: «خبير
            // اقتصادي في شركة "بيمكو"، يواكيم فيلس،», «محلل آخر في "جافيكال"، توم هولاند،».
            if let Some(c) = apposed_name_after(t, k) {
                role = Some(rs..c);
                k = c + 1;
                limit = limit.max((k + 4).min(t.len()));
                continue;
            }
            // An apposition after a comma: «وزير الآثار المصري، خالد العنانى», «رئيس
            // المنتدى المصري للدراسات الاقتصادية، الدكتور رشاد عبده».
            let bare_name =
                |x: usize| t.get(x).is_some_and(|n| n.is_word() && !is_subject_stop(n) && !definite(n));
            let honorific = |x: usize| t.get(x).is_some_and(|n| HONORIFICS.contains(&n.bare.as_str()));
            if k < limit
                && t[k].is_punct(&['،', ','])
                && (bare_name(k + 1) || honorific(k + 1) && bare_name(k + 2))
            {
                // The honorific is no role of its own: the name follows it.
                k += if honorific(k + 1) { 2 } else { 1 };
                limit = limit.max((k + 4).min(t.len()));
                continue;
            }
            if described {
                break;
            }
            continue;
        }
        if is_subject_stop(tok) || tok.kind != TokenKind::ArabicWord && tok.kind != TokenKind::LatinWord {
            break;
        }
        if name.is_some() {
            break;
        }
        let ns = k;
        if is_org_head(&t[ns]) || is_kin_head(&t[ns]) {
            // An organization, or kin of someone («والد سلمان العبيدي»): the whole chain
            // up to a stop, a comma, a verb, an addressee, or a bare word after the
            // definite words of its name (the verb's object: «وزارة الصحة الفلسطينية
            // إسرائيل بالقتل…»).
            k += 1;
            loop {
                if k < limit
                    && k < ns + if is_org_head(&t[ns]) { 8 } else { 4 }
                    && t[k].is_word()
                    && !is_subject_stop(&t[k])
                    && !is_title(&t[k])
                    && !is_addressee(&t[k])
                    && !(definite(&t[k - 1]) && k > ns + 1 && is_bare_name_word(&t[k]))
                {
                    k += 1;
                } else if k < limit
                    && t[k].kind == TokenKind::Punctuation
                    && t[k].norm.chars().all(is_quote_char)
                    && let Some(c) = (k + 1..(k + 9).min(t.len())).find(|&c| {
                        t[c].kind == TokenKind::Punctuation && t[c].norm.chars().all(is_quote_char)
                    })
                    && (k + 1..c).all(|x| t[x].is_word())
                    && c > k + 1
                {
                    // A quoted name: «صحيفة "هآرتس" الإسرائيلية».
                    k = c + 1;
                } else {
                    break;
                }
            }
            name = Some(ns..k);
            break;
        }
        while k < limit
            && k < ns + 4
            && t[k].is_word()
            && !is_subject_stop(&t[k])
            && !is_title(&t[k])
            && (k == ns || !has_pronoun_suffix(&t[k]))
            // «وتابع رونالدو ثورة غضبه»: a noun in ة before one with an attached
            // pronoun heads that genitive, the verb's object, no name word.
            && !(k > ns
                && t[k].norm.ends_with('ه')
                && !t[k].ha
                && t.get(k + 1).is_some_and(|n| n.is_word() && has_pronoun_suffix(n)))
            && !(definite(&t[k]) && name_words(&t[ns..k]) >= 2)
            && (!definite(&t[ns]) || definite(&t[k]))
        {
            k += 1;
        }
        name = Some(ns..k);
        if role.is_some() {
            break;
        }
    }
    let end = [role.as_ref().map(|r| r.end), name.as_ref().map(|r| r.end)].into_iter().flatten().max()?;
    Some(Np { role, name, all: i..end.max(closed) })
}

/// Honorifics that may open a name in apposition after a role («…، الدكتور رشاد عبده،»).
const HONORIFICS: &[&str] =
    &["الدكتور", "الدكتوره", "السيد", "السيده", "المهندس", "المهندسه", "الشيخ", "الاستاذ", "الاستاذه"];

/// «آخر», «أخرى», «آخرون»… ("another") after a title: «مسؤول آخر بالوزارة», whose
/// definite words after it still belong to the role.
fn is_other(tok: &Tok) -> bool {
    matches!(tok.bare.as_str(), "اخر" | "اخري" | "اخرون" | "اخرين" | "اخران" | "اخريان")
}

/// The words after a role that named a body (at `k`, up to a stop, at most 7), when
/// more than two name words: the last two name words (particles such as «عبد» not
/// counted).
fn name_after_body(t: &[Tok], k: usize) -> Option<Range<usize>> {
    // «لصناعة», «بالجهة»: a preposition and a noun, no name word.
    let prepositional = |x: &Tok| {
        x.norm
            .strip_prefix(['ل', 'ب'])
            .is_some_and(|r| r.chars().count() >= 3 && (r.starts_with("ال") || r.ends_with('ه')))
    };
    let mut e = k;
    while e < t.len()
        && e < k + 7
        && (t[e].kind == TokenKind::ArabicWord || t[e].kind == TokenKind::Number)
        && !is_subject_stop(&t[e])
        && !is_title(&t[e])
        && !prepositional(&t[e])
    {
        e += 1;
    }
    // «القيادي في حزب نداء تونس، خميس قسيلة إن»: the name after the comma.
    if t.get(e).is_some_and(|c| c.is_punct(&['،', ','])) {
        let ns = e + 1;
        let mut ne = ns;
        while ne < t.len()
            && ne < ns + 4
            && t[ne].kind == TokenKind::ArabicWord
            && !is_subject_stop(&t[ne])
            && !is_title(&t[ne])
        {
            ne += 1;
        }
        return (name_words(&t[ns..ne]) >= 2).then_some(ns..ne);
    }
    if name_words(&t[k..e]) <= 2 {
        return None;
    }
    let mut s = e;
    while s > k && name_words(&t[s - 1..e]) <= 2 {
        s -= 1;
    }
    (t[s].kind == TokenKind::ArabicWord).then_some(s..e)
}

/// After a role ending at `k`: the comma that opens a name set off by commas, when the
/// role goes on first with words of its own (an adjective, «في/لدى» + a body, a quoted
/// name) up to that comma: «خبير اقتصادي في شركة الاستثمار "بيمكو"، يواكيم فيلس، إن…».
/// The name is one to four words, none definite, a title or a stop word, and a comma
/// closes it («مسؤول في الوزارة، طلب عدم نشر اسمه،» is no name).
fn apposed_name_after(t: &[Tok], k: usize) -> Option<usize> {
    let mut m = k;
    while m < t.len() && m < k + 10 {
        let x = &t[m];
        if x.is_punct(&['،', ',']) {
            break;
        }
        let quote_mark = x.kind == TokenKind::Punctuation && x.norm.chars().all(is_quote_char);
        if !(quote_mark || x.is_word())
            || verb_form(&x.norm).is_some()
            || COMPLEMENTIZERS.contains(&x.norm.as_str())
            || ATTRIBUTION.contains(&x.norm.as_str())
            || matches!(x.norm.as_str(), "الذي" | "التي" | "الذين" | "قائلا" | "مضيفا")
        {
            return None;
        }
        m += 1;
    }
    if m == k || !t.get(m).is_some_and(|x| x.is_punct(&['،', ','])) {
        return None;
    }
    let ns = m + 1;
    let mut e = ns;
    while e < t.len()
        && e < ns + 4
        && t[e].kind == TokenKind::ArabicWord
        && !definite(&t[e])
        && !is_title(&t[e])
        && !is_subject_stop(&t[e])
        && !matches!(t[e].bare.as_str(), "اسمه" | "اسمها" | "هويته" | "هويتها" | "عدم")
        && verb_form(&t[e].norm).is_none()
    {
        e += 1;
    }
    (e > ns && t.get(e).is_some_and(|x| x.is_punct(&['،', ',']))).then_some(m)
}

/// A short quoted name at `k` («"يونيسف"»): the token after its closing mark.
fn quoted_name_end(t: &[Tok], k: usize) -> Option<usize> {
    let is_mark = |x: &Tok| x.kind == TokenKind::Punctuation && x.norm.chars().all(is_quote_char);
    if !t.get(k).is_some_and(is_mark) {
        return None;
    }
    let c = (k + 1..(k + 5).min(t.len())).find(|&c| is_mark(&t[c]))?;
    (c > k + 1 && (k + 1..c).all(|x| t[x].is_word())).then_some(c + 1)
}

/// `إلى/لدى/في` + a definite place, then a name of two words («المبعوث الأممي إلى
/// اليمن مارتن غريفيث»), or + any place and a comma before the name («مراسل … في غزة،
/// بهاء طباسي»): the token where the name starts.
fn place_before_name(t: &[Tok], k: usize) -> Option<usize> {
    if !matches!(t.get(k)?.norm.as_str(), "الي" | "لدي" | "في") {
        return None;
    }
    let mut n = k + 1;
    while n < k + 3 && t.get(n).is_some_and(|x| x.is_word() && definite(x) && !is_subject_stop(x)) {
        n += 1;
    }
    let name_word = |x: &Tok| {
        x.kind == TokenKind::ArabicWord
            && !definite(x)
            && !is_subject_stop(x)
            && !is_title(x)
            && !is_org_head(x)
            && !has_pronoun_suffix(x)
    };
    // «مراسل … في غزة، بهاء طباسي»: a comma may set the name off, after a place
    // that need not be definite.
    let comma = |x: usize| t.get(x).is_some_and(|c| c.is_punct(&['،', ',']));
    if n == k + 1
        && t.get(n).is_some_and(|x| x.kind == TokenKind::ArabicWord && !is_subject_stop(x))
        && comma(n + 1)
    {
        n += 1;
    }
    if n == k + 1 {
        return None;
    }
    if comma(n) {
        n += 1;
    }
    let after_name = t.get(n + 2).is_none_or(|x| !x.is_word() || is_subject_stop(x));
    (t.get(n).is_some_and(name_word) && t.get(n + 1).is_some_and(name_word) && after_name).then_some(n)
}

fn join(body: &str, t: &[Tok], r: &Range<usize>) -> String {
    let (Some(a), Some(b)) = (t.get(r.start), r.end.checked_sub(1).and_then(|e| t.get(e))) else {
        return String::new();
    };
    body.get(a.range.start..b.range.end)
        .unwrap_or("")
        .split(|c: char| c.is_whitespace() || c == '_')
        .map(|w| w.trim_matches(|c: char| is_quote_char(c) || c == '#'))
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

fn norm_words(s: &str) -> Vec<String> {
    search_norm(s)
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string())
        .filter(|w| !w.is_empty())
        .collect()
}

/// Strips و/ف/ل/ب clitics from a name word for matching.
fn name_key(w: &str) -> String {
    let mut w = w.to_string();
    for p in ["و", "ف", "ل", "ب"] {
        if let Some(r) = w.strip_prefix(p)
            && r.chars().count() >= 3
        {
            w = r.to_string();
            break;
        }
    }
    w
}

impl People {
    /// Finds people without a named-entity model: names after a title («الرئيس الروسي
    /// فلاديمير بوتين» → name «فلاديمير بوتين», role «الرئيس الروسي») and the names
    /// opening the subject of a reporting verb («قال بسام الشماع، مرشد سياحي…»), with
    /// every later mention of a name's last word (clitics و ف ل ب stripped).
    pub fn from_text(title: &str, body: &str) -> People {
        let mut people = People::default();
        let add = |people: &mut People, name: String, role: Option<String>| {
            if name.is_empty() {
                return;
            }
            let key = norm_words(&name);
            if let Some(p) = people.persons.iter_mut().find(|p| {
                let pk = norm_words(&p.name);
                pk.last() == key.last() && (pk.len() >= key.len() && pk.ends_with(&key) || key.ends_with(&pk))
            }) {
                if key.len() > norm_words(&p.name).len() {
                    p.name = name;
                }
                if p.role.is_none() {
                    p.role = role;
                }
            } else {
                people.persons.push(Person { name, role, entity: None });
            }
        };
        for text in [title, body] {
            for line in text.split('\n') {
                let start = line.as_ptr() as usize - text.as_ptr() as usize;
                let t = toks(text, start..start + line.len());
                let mut i = 0;
                while i < t.len() {
                    let verb = verb_form(&t[i].norm).filter(|v| !v.participle);
                    if is_title(&t[i]) || verb.is_some() {
                        let from = if verb.is_some() { i + 1 } else { i };
                        if let Some(np) = read_np(&t, from)
                            && let Some(n) = &np.name
                            && (np.role.is_some() || !definite(&t[n.start]))
                            && (verb.is_some() || np.role.as_ref().is_some_and(|r| r.start == i))
                        {
                            let name = join(text, &t, n);
                            let role = np.role.as_ref().map(|r| join(text, &t, r));
                            add(&mut people, name, role);
                            i = np.all.end.max(i + 1);
                            continue;
                        }
                    }
                    i += 1;
                }
            }
        }
        // Mentions in the body: every occurrence of a person's last name word.
        let t = toks(body, 0..body.len());
        for (pi, p) in people.persons.iter().enumerate() {
            let key = norm_words(&p.name);
            let Some(last) = key.last() else { continue };
            for (k, tok) in t.iter().enumerate() {
                if tok.kind == TokenKind::ArabicWord && (tok.norm == *last || name_key(&tok.norm) == *last) {
                    // Extend back over the earlier name words.
                    let mut s = k;
                    let mut j = key.len().saturating_sub(1);
                    while j > 0 && s > 0 && t[s - 1].norm == key[j - 1] {
                        s -= 1;
                        j -= 1;
                    }
                    people.mentions.push((t[s].range.start..tok.range.end, pi));
                }
            }
        }
        people.mentions.sort_by_key(|m| m.0.start);
        people
    }

    /// The persons of named entities (entity index kept in [`Person::entity`]).
    pub fn from_entities(ents: &ArticleEntities) -> People {
        let mut people = People::default();
        let mut index = std::collections::HashMap::new();
        for (ei, e) in ents.entities.iter().enumerate() {
            if e.kind == EntityType::Person {
                index.insert(ei, people.persons.len());
                people.persons.push(Person {
                    name: e.canonical.clone(),
                    role: e.role.clone(),
                    entity: Some(ei),
                });
            }
        }
        for m in &ents.mentions {
            if let Some(&pi) = index.get(&m.entity) {
                people.mentions.push((m.range.clone(), pi));
            }
        }
        people
    }

    /// Adds the persons of `other` that this set does not know (by last name word, or as
    /// a run of a known name's words: «محمد زين» of «محمد زين العابدين»), with their
    /// mentions that overlap none of ours.
    pub fn merge(&mut self, other: People) {
        let mut map = Vec::with_capacity(other.persons.len());
        for p in other.persons {
            let key: Vec<String> = norm_words(&p.name);
            let known = self.persons.iter().position(|q| {
                let qk = norm_words(&q.name);
                qk.last().is_some() && qk.last() == key.last()
                    || !key.is_empty() && qk.len() > key.len() && qk.windows(key.len()).any(|w| w == key)
            });
            match known {
                Some(i) => {
                    if self.persons[i].role.is_none() {
                        self.persons[i].role = p.role;
                    }
                    map.push(i);
                }
                None => {
                    map.push(self.persons.len());
                    self.persons.push(p);
                }
            }
        }
        for (r, pi) in other.mentions {
            if !self.mentions.iter().any(|(m, _)| m.start < r.end && r.start < m.end)
                && let Some(&to) = map.get(pi)
            {
                self.mentions.push((r, to));
            }
        }
        self.mentions.sort_by_key(|m| m.0.start);
    }

    fn person_at(&self, range: Range<usize>) -> Option<usize> {
        self.mentions.iter().find(|(r, _)| r.start < range.end && range.start < r.end).map(|(_, p)| *p)
    }

    fn by_name(&self, name: &str) -> Option<usize> {
        let key: Vec<String> = norm_words(name).iter().map(|w| name_key(w)).collect();
        let last = key.last()?;
        self.persons
            .iter()
            .enumerate()
            .filter(|(_, p)| norm_words(&p.name).iter().any(|w| w == last || name_key(w) == *last))
            .max_by_key(|(_, p)| p.name.len())
            .map(|(i, _)| i)
    }

    fn by_role(&self, role: &str) -> Option<usize> {
        let r = norm_words(role).join(" ");
        if r.is_empty() {
            return None;
        }
        self.persons
            .iter()
            .position(|p| p.role.as_ref().is_some_and(|pr| norm_words(pr).join(" ") == r))
            .or_else(|| {
                self.persons.iter().position(|p| {
                    p.role.as_ref().is_some_and(|pr| {
                        let pr = norm_words(pr).join(" ");
                        pr.starts_with(&r) && r.contains(' ')
                    })
                })
            })
            .or_else(|| {
                // «وزير الدولة الإماراتي» for «وزير الدولة للشؤون الخارجية الإماراتي»:
                // the same head and the other words in order.
                let words: Vec<String> = norm_words(role);
                if words.len() < 2 {
                    return None;
                }
                let fits = |p: &Person| {
                    p.role.as_ref().is_some_and(|pr| {
                        let pw = norm_words(pr);
                        let mut it = pw.iter();
                        pw.first() == words.first() && words.iter().all(|w| it.any(|x| x == w))
                    })
                };
                let mut hits = self.persons.iter().enumerate().filter(|(_, p)| fits(p));
                let first = hits.next()?;
                hits.next().is_none().then_some(first.0)
            })
            .or_else(|| {
                // «وأوضح الوزير» after «وزير الثقافة محمد زين العابدين»: a title alone
                // is the one person the article gave a role with that head.
                let [w] = norm_words(role).try_into().ok()?;
                let head = w.strip_prefix("ال").filter(|h| h.chars().count() >= 3)?;
                let fits = |p: &Person| {
                    p.entity.is_some()
                        && p.role.as_ref().is_some_and(|pr| {
                            norm_words(pr).first().is_some_and(|f| f.strip_prefix("ال").unwrap_or(f) == head)
                        })
                };
                let mut hits = self.persons.iter().enumerate().filter(|(_, p)| fits(p));
                let first = hits.next()?;
                hits.next().is_none().then_some(first.0)
            })
    }
}

/// A resolved speaker.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Speaker {
    person: Option<usize>,
    name: String,
    /// Number and gender, as far as the verb or the noun phrase shows them.
    agreement: Agreement,
}

impl Speaker {
    fn new(person: Option<usize>, name: String) -> Speaker {
        Speaker { person, name, agreement: Agreement::default() }
    }

    /// Can a verb (or participle) showing `v` have this speaker as its dropped subject?
    /// A plural or dual verb needs a plural or dual speaker; a singular verb a singular
    /// one of its gender, or (feminine) a plural of things or bodies («قالت المصادر»).
    fn agrees(&self, v: Agreement, participle: bool) -> bool {
        let a = self.agreement;
        let gender = |x: Option<bool>, y: Option<bool>| x.is_none() || y.is_none() || x == y;
        match v.number {
            Number::Singular => {
                gender(v.feminine, a.feminine)
                    && (a.number == Number::Singular || v.feminine == Some(true) && a.feminine != Some(false))
            }
            n => a.number == n || participle && a.number != Number::Singular,
        }
    }
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
    // Names as read: hashtags («#الجيش_اليوناني») and quote marks dropped.
    for q in &mut out {
        if let Some(n) = &mut q.speaker_name {
            *n = n
                .split(|c: char| c.is_whitespace() || c == '_')
                .map(|w| w.trim_matches(|c: char| is_quote_char(c) || c == '#'))
                .filter(|w| !w.is_empty())
                .collect::<Vec<_>>()
                .join(" ");
        }
    }
    out
}

/// Index of the token that ends the sentence holding token `i` (exclusive).
fn sentence_end(t: &[Tok], sent_ends: &[usize], i: usize) -> usize {
    let Some(pos) = t.get(i).map(|x| x.range.start) else { return t.len() };
    let end = sent_ends.iter().copied().find(|&e| e > pos).unwrap_or(usize::MAX);
    t.iter().position(|x| x.range.start >= end).unwrap_or(t.len())
}

fn sentence_start(t: &[Tok], sent_ends: &[usize], i: usize) -> usize {
    let Some(pos) = t.get(i).map(|x| x.range.start) else { return 0 };
    let start = sent_ends.iter().copied().filter(|&e| e <= pos).max().unwrap_or(0);
    t.iter().position(|x| x.range.start >= start).unwrap_or(0)
}

fn resolve(body: &str, t: &[Tok], np: &Np, people: &People) -> Option<Speaker> {
    let mut s = resolve_name(body, t, np, people)?;
    s.agreement.number = np_number(t, np);
    Some(s)
}

fn resolve_name(body: &str, t: &[Tok], np: &Np, people: &People) -> Option<Speaker> {
    if let Some(n) = &np.name {
        // «والد سلمان العبيدي» is the father, not the person named in it.
        if np.role.is_none() && is_kin_head(&t[n.start]) && n.len() >= 2 {
            return Some(Speaker::new(None, join(body, t, n)));
        }
        let range = t.get(n.start)?.range.start..t.get(n.end.checked_sub(1)?)?.range.end;
        let text = join(body, t, n);
        if let Some(pi) = people
            .person_at(range)
            .or_else(|| if definite(&t[n.start]) && np.role.is_none() { None } else { people.by_name(&text) })
        {
            let p = people.persons.get(pi)?;
            return Some(Speaker::new(Some(pi), p.name.clone()));
        }
        if np.role.is_none() && definite(&t[n.start]) {
            // A body, not a person: «الشرطة», «وسائل الإعلام الحكومية».
            return Some(Speaker::new(None, join(body, t, &np.all)));
        }
        return Some(Speaker::new(None, text));
    }
    if let Some(r) = &np.role {
        let role = join(body, t, r);
        if let Some(pi) = people.by_role(&role) {
            let p = people.persons.get(pi)?;
            return Some(Speaker::new(Some(pi), p.name.clone()));
        }
        // «وزير الخارجية الطيب البكوش ضيف بوليتيكا»: a definite name read into the role.
        if let (Some(a), Some(b)) = (t.get(r.start), r.end.checked_sub(1).and_then(|e| t.get(e)))
            && let Some(pi) = people.person_at(a.range.start..b.range.end)
            && let Some(p) = people.persons.get(pi)
        {
            return Some(Speaker::new(Some(pi), p.name.clone()));
        }
        return Some(Speaker::new(None, role));
    }
    None
}

/// The subject before a verb at `v`: «وكان الرئيس الروسي فلاديمير بوتين أكد…».
fn subject_before(t: &[Tok], v: usize, sent_start: usize) -> Option<Np> {
    let mut s = v;
    while s > sent_start && t[s - 1].is_word() && v - s < 8 {
        s -= 1;
    }
    if s == v {
        return None;
    }
    let mut k = s;
    while k < v && LINKING_PARTICLES.contains(&t[k].norm.as_str()) {
        k += 1;
    }
    // «حتى أن أحد المعلقين البارزين ألمح…»: «أن» after «حتى» opens no clause of saying.
    if k > s && matches!(t[k - 1].norm.as_str(), "حتي" | "وحتي") && t.get(k).is_some_and(|x| x.norm == "ان")
    {
        k += 1;
    }
    if k == s && s != sent_start {
        return subject_opening_sentence(t, v, sent_start);
    }
    match read_np(t, k) {
        Some(np) if np.all.end == v => Some(np),
        // «أحد المشجعين القدامى قال»: definite adjectives after the phrase.
        Some(np)
            if np.all.end < v
                && np.name.as_ref().is_some_and(|n| n.end == np.all.end)
                && (np.all.end..v).all(|x| t[x].is_word() && definite(&t[x]) && !is_subject_stop(&t[x])) =>
        {
            let name = np.name.as_ref().map(|n| n.start..v);
            Some(Np { role: np.role, name, all: np.all.start..v })
        }
        _ => subject_opening_sentence(t, v, sent_start),
    }
}

/// A noun phrase ending right before a verb at `v` that has no و/ف and no subject of
/// its own after it, inside its sentence («… لمنظمة الصحة العالمية قالت إن…», «على
/// تقارير إعلامية، نقلت أنها…»): the longest phrase of at most six words, not a
/// pronoun-suffixed or prepositional word.
fn subject_right_before(t: &[Tok], v: usize, ss: usize, vf: VerbForm, people: &People) -> Option<Np> {
    if vf.participle || vf.nominal || vf.agreement.number != Number::Singular || v < ss + 2 {
        return None;
    }
    let verb = &t[v];
    if verb.bare != verb.norm || read_np(t, v + 1).is_some_and(|np| np.all.start == v + 1) {
        return None;
    }
    if !t.get(v + 1).is_some_and(|c| COMPLEMENTIZERS.contains(&c.norm.as_str()) || c.is_punct(&[':'])) {
        return None;
    }
    // A comma may stand between an indefinite noun and its clause.
    let mut end = if t[v - 1].is_punct(&['،', ',']) { v - 1 } else { v };
    // «لكن واشنطن نفسها خلصت إلى أن…»: past an intensifier.
    if matches!(t[end - 1].bare.as_str(), "نفسه" | "نفسها" | "نفسهم" | "ذاته" | "ذاتها" | "ذاتهم")
    {
        end -= 1;
    }
    if end < ss + 1 || !t[end - 1].is_word() {
        return None;
    }
    (end.saturating_sub(6).max(ss)..end).find_map(|s| {
        let np = read_np(t, s).filter(|np| np.all.start == s && np.all.end == end)?;
        let head = &t[np.name.as_ref().or(np.role.as_ref()).map_or(s, |r| r.start)];
        // Not the body a subject belongs to («مركز …، التابع لوزارة الاتصالات
        // وتكنولوجيا المعلومات قال»), nor a coordinated noun.
        let affiliated = (s.saturating_sub(6).max(ss)..s)
            .any(|x| matches!(t[x].bare.as_str(), "التابع" | "التابعه" | "التابعين" | "التابعتين"));
        let coordinated = t[s].bare != t[s].norm;
        // «ولطالما كانت تقول إنها…» (an auxiliary), «ما جعله يؤكد أن…» (a verb).
        let auxiliary = (s..end).any(|x| {
            matches!(
                t[x].bare.as_str(),
                "كان"
                    | "كانت"
                    | "كانوا"
                    | "ظل"
                    | "ظلت"
                    | "بات"
                    | "باتت"
                    | "اصبح"
                    | "اصبحت"
                    | "مازال"
                    | "مازالت"
                    | "لايزال"
                    | "لاتزال"
                    | "يزال"
                    | "تزال"
                    | "ليس"
                    | "ليست"
                    | "عاد"
                    | "عادت"
                    | "راح"
                    | "راحت"
            )
        }) || s > 0 && matches!(t[s - 1].norm.as_str(), "ما" | "مما" | "لما");
        // Something that speaks: a body, a group, a title, a known person, reports or
        // sources, or a body's name after «لـ» + its head («لمنظمة الصحة العالمية»).
        let lam_head = s > 0 && {
            let w = &t[s - 1];
            let rest = w.norm.strip_prefix("لل").or_else(|| w.norm.strip_prefix('ل')).unwrap_or("");
            ORG_HEADS.contains(&rest)
        };
        let speaks = is_org_head(head)
            || is_group_head(head)
            || is_title(head)
            || lam_head
            || (s..end).any(|x| people.person_at(t[x].range.clone()).is_some())
            || matches!(head.bare.as_str(), "تقارير" | "مصادر" | "وسائل" | "صحف" | "مواقع");
        // After a comma only an indefinite noun and its clause («تقارير إعلامية، نقلت»),
        // not the end of a phrase before it («…في الحكومة، اعتبر»).
        let comma_ok = end == v || !definite(head);
        (speaks
            && comma_ok
            && !PREPOSITIONS.contains(&t[s].norm.as_str())
            && !has_pronoun_suffix(head)
            && !affiliated
            && !coordinated
            && !auxiliary)
            .then_some(np)
    })
}

/// The noun phrase between a bare complementizer and the verb at `v` («أن الجبهة
/// الشعبية وصفت…», «إن الوزير قال…»): «إنّ/أنّ» put the subject before the verb, so
/// it is the verb's own. Up to six words, no verb or stop word among them, and a
/// phrase that can speak.
fn subject_after_complementizer(t: &[Tok], v: usize, ss: usize, people: &People) -> Option<Np> {
    let c = (v.saturating_sub(7).max(ss)..v)
        .rev()
        .find(|&x| matches!(t[x].norm.as_str(), "ان" | "بان" | "وان" | "فان"))?;
    // «بعد أن حملت لافتة…», «دون أن…»: after these the light «أنْ» takes a verb
    // (not «رغم أن الضابط أخبرهم», «حتى أن أحد المعلقين ألمح»).
    let before = c.checked_sub(1).map(|b| t[b].bare.as_str());
    if before.is_some_and(|b| matches!(b, "بعد" | "قبل" | "منذ" | "دون" | "بدون" | "بمجرد" | "لمجرد"))
    {
        return None;
    }
    let s = c + 1;
    if s >= v || (s..v).any(|x| !t[x].is_word() || is_subject_stop(&t[x])) {
        return None;
    }
    let np = read_np(t, s).filter(|np| np.all.start == s && np.all.end >= v)?;
    let clip = |r: Range<usize>| (r.start < v).then(|| r.start..r.end.min(v));
    let np = Np { role: np.role.and_then(clip), name: np.name.and_then(clip), all: s..v };
    let head = &t[np.name.as_ref().or(np.role.as_ref()).map_or(s, |r| r.start)];
    // Something that speaks (not «أن المعلومات تشير إلى أن…»): a role, a body, a
    // group, a known person, or a name written without the article («أن أوبك تقول»).
    let speaks = np.role.is_some()
        || is_org_head(head)
        || is_group_head(head)
        || head.bare == "البعض"
        || (s..v).any(|x| people.person_at(t[x].range.clone()).is_some())
        || !definite(head) && !has_pronoun_suffix(head) && !PREPOSITIONS.contains(&head.norm.as_str());
    speaks.then_some(np)
}

/// Auxiliaries and connectives that may stand between a sentence's start and its
/// subject («وكان الوزير …، قد صرح»).
const LINKING_PARTICLES: &[&str] = &[
    "وكان",
    "كان",
    "وكانت",
    "كانت",
    "فيما",
    "بينما",
    "لكن",
    "ولكن",
    "ثم",
    "وقد",
    "قد",
    "لكنه",
    "لكنها",
    "لكنهم",
    "ولكنه",
    "ولكنها",
    "ولكنهم",
    "حتي",
    "وحتي",
];

/// Connectives that may open a sentence before its subject.
fn is_opening_particle(tok: &Tok) -> bool {
    let w = tok.norm.as_str();
    LINKING_PARTICLES.contains(&w) || matches!(w, "غير" | "اما")
}

/// The subject opening the sentence, separated from its verb by an apposition or `قد`:
/// «وكان وزير الاتصالات … محمد جواد آذري جهرمي، قد صرح», «لكن مركز إدارة خدمات …،
/// التابع لوزارة الاتصالات قال». Only a role, an organization, a known kind of body
/// (definite) or a name, with no verb or complementizer between it and the verb.
fn subject_opening_sentence(t: &[Tok], v: usize, sent_start: usize) -> Option<Np> {
    let mut k = sent_start;
    while k < v && is_opening_particle(&t[k]) {
        k += 1;
    }
    if k >= v || !t[k].is_word() {
        return None;
    }
    // «وفي …», «وبعد …»: a prepositional phrase, no subject.
    let first = &t[k];
    for p in ["و", "ف"] {
        if first.norm.strip_prefix(p).is_some_and(|r| SUBJECT_STOP.contains(&r)) {
            return None;
        }
    }
    if (k..v).any(|x| {
        verb_form(&t[x].norm).is_some()
            || COMPLEMENTIZERS.contains(&t[x].norm.as_str())
            || t[x].kind == TokenKind::Punctuation && t[x].norm.chars().any(is_quote_char)
            || t[x].is_punct(&['.', ':', '؟', '?', '!'])
    }) {
        return None;
    }
    let np = read_np(t, k)?;
    if np.all.end >= v {
        return None;
    }
    let next = &t[np.all.end];
    if !(next.is_punct(&['،', ',']) || matches!(next.norm.as_str(), "قد" | "لقد")) {
        return None;
    }
    let head = np.name.as_ref().map_or(k, |n| n.start);
    (np.role.is_some() || is_org_head(&t[head]) || definite(&t[head]) && np.name.is_some()).then_some(np)
}

/// The topic after a sentence-opening «أما» («أما بول بيليكنغتون، مدربها…، فلم يصدق»):
/// a person, a role or a body (a name not written with the article, a title or an
/// organization), when a word with «فـ» (the answer of «أما») follows in its sentence.
fn topic_of_amma(body: &str, t: &[Tok], ss: usize, people: &People) -> Option<Speaker> {
    // «أما فيما يتعلق بـ…», «أما بالنسبة لـ…»: a topic phrase, no speaker.
    if !matches!(t.get(ss)?.norm.as_str(), "اما" | "واما")
        || t.get(ss + 1).is_some_and(|x| matches!(x.norm.as_str(), "فيما" | "بالنسبه" | "عن"))
    {
        return None;
    }
    let np = read_np(t, ss + 1).filter(|np| np.all.start == ss + 1)?;
    // «أما الأمين العام للفيدرالية…، سرحان الطاهر سعدي، فقال»: a name in apposition
    // between the first two commas, after a role.
    let np = match (ss + 1..(ss + 10).min(t.len())).find(|&x| t[x].is_punct(&['،', ','])) {
        Some(c) if np.role.is_some() => {
            let n = (c + 1..(c + 5).min(t.len()))
                .take_while(|&x| t[x].is_word() && !is_subject_stop(&t[x]) && !is_title(&t[x]))
                .last()
                .map_or(c + 1, |x| x + 1);
            // Not a clause in apposition («أما علاء السيد، وهو محام سوري، فيؤكد»).
            let clause =
                t[c + 1].bare != t[c + 1].norm || matches!(t[c + 1].norm.as_str(), "وهو" | "وهي" | "وهم");
            if n > c + 1
                && !definite(&t[c + 1])
                && !clause
                && t.get(n).is_some_and(|x| x.is_punct(&['،', ',']))
            {
                Np { role: np.role.map(|r| r.start..c), name: Some(c + 1..n), all: np.all.start..n }
            } else {
                np
            }
        }
        _ => np,
    };
    let head = &t[np.name.as_ref().or(np.role.as_ref()).map_or(ss + 1, |r| r.start)];
    let speaks = np.role.is_some()
        || is_org_head(head)
        || !definite(head) && !is_subject_stop(head)
        || people.person_at(head.range.clone()).is_some();
    // «فلم», «فقد», «فإن», «فقال»: after the phrase or a comma.
    let fa = |x: &Tok| {
        x.kind == TokenKind::ArabicWord
            && x.norm.strip_prefix('ف').is_some_and(|r| {
                SUBJECT_STOP.contains(&r) || COMPLEMENTIZERS.contains(&r) || verb_form(r).is_some()
            })
    };
    let answer = (np.all.end..t.len())
        .take_while(|&x| !t[x].is_punct(&['.', '!', '?', '؟']))
        .any(|x| fa(&t[x]) && (x == np.all.end || t[x - 1].is_punct(&['،', ','])));
    (speaks && answer).then(|| resolve(body, t, &np, people)).flatten()
}

/// `قوله`/`قولها` («ونقلت الوكالة عن المتحدث …، فلان، قوله إن…»): the speaker follows
/// `عن`; an apposition between commas right before `قوله` names them.
fn qawl_subject(t: &[Tok], v: usize, sent_start: usize) -> Option<Np> {
    let a = (sent_start..v).rev().find(|&x| t[x].norm == "عن")?;
    let mut e = v;
    while e > a + 1 && t[e - 1].is_punct(&['،', ',']) {
        e -= 1;
    }
    // «…، فواز الشروقي، قوله»: the name between the last two commas.
    if let Some(c) = (a + 1..e).rev().find(|&x| t[x].is_punct(&['،', ',']))
        && e - c - 1 <= 4
        && let Some(np) = read_np(t, c + 1)
        && np.all.end == e
        && np.name.is_some()
    {
        return Some(np);
    }
    read_np(t, a + 1)
}

/// `قوله` as a reporting form, agreeing with its pronoun (قولها: feminine).
fn qawl_form(tok: &Tok) -> VerbForm {
    let agreement = match tok.bare.as_str() {
        "قولها" => Agreement::FS,
        "قولهم" => Agreement::MP,
        "قولهما" => Agreement::MD,
        _ => Agreement::MS,
    };
    VerbForm { lemma: "قال", participle: false, agreement, nominal: false }
}

/// «بقوله: "…"», «بقولها إن…»: the saying of the clause's subject («وكان رئيس النادي،
/// فلان، ناشد الأنصار بعدم القلق بقوله: "…"»), a verbal noun of `قال`.
fn bi_qawl_form(tok: &Tok) -> Option<VerbForm> {
    let rest = tok.bare.strip_prefix('ب')?;
    if !matches!(rest, "قوله" | "قولها" | "قولهم" | "قولهما") {
        return None;
    }
    let agreement = match rest {
        "قولها" => Agreement::FS,
        "قولهم" => Agreement::MP,
        "قولهما" => Agreement::MD,
        _ => Agreement::MS,
    };
    Some(VerbForm { lemma: "قال", participle: true, agreement, nominal: true })
}

fn is_qawl(tok: &Tok) -> bool {
    matches!(tok.bare.as_str(), "قوله" | "قولها" | "قولهم" | "قولهما")
}

/// A definite generic noun standing for a speaker named before («المتحدث», «المصدر»,
/// «الوكالة», «الوزارة»): the fullest earlier speaker whose name opens with that noun
/// («متحدث باسم الحكومة التركية», «مصدر عسكري», «وكالة أنباء الأناضول»).
fn refine_speaker(s: Speaker, out: &[Quote]) -> Speaker {
    if s.person.is_some() {
        return s;
    }
    let words = norm_words(&s.name);
    let [w] = words.as_slice() else { return s };
    let Some(noun) = w.strip_prefix("ال").filter(|n| n.chars().count() >= 3) else { return s };
    let named = |name: &&str, head: &dyn Fn(&str) -> bool| {
        let nw = norm_words(name);
        nw.len() >= 2 && nw.first().is_some_and(|f| head(f) || f.strip_prefix("ال").is_some_and(head))
    };
    let speakers = || out.iter().rev().filter_map(|q| q.speaker_name.as_deref());
    speakers()
        .find(|name| named(name, &|f| f == noun))
        // «المؤسسة», «الهيئة», «الجهة» name any kind of body: the latest body that spoke
        // («إدارة المسرح الوطني التونسي … وأوردت المؤسسة»).
        .or_else(|| {
            BODY_HYPERNYMS
                .contains(&noun)
                .then(|| speakers().find(|name| named(name, &|f| ORG_HEADS.contains(&f))))?
        })
        .map_or(s.clone(), |name| Speaker { agreement: s.agreement, ..Speaker::new(None, name.to_string()) })
}

/// Nouns for a body of any kind (search-normalized, without ال), which a generic
/// «المؤسسة» may abbreviate whatever the body's own head noun.
const BODY_HYPERNYMS: &[&str] = &["مؤسسه", "هيئه", "جهه"];

/// Nouns of feeling or stance that «عبّر/أعرب عن» reports (search-normalized).
const STANCE_NOUNS: &[&str] = &[
    "امل",
    "قلق",
    "ارتياح",
    "رفض",
    "ترحيب",
    "استياء",
    "اسف",
    "تقدير",
    "دعم",
    "تاييد",
    "صدمه",
    "غضب",
    "استنكار",
    "ادانه",
    "تضامن",
    "شكر",
    "امتنان",
    "ثقه",
    "تفاؤل",
    "تشاؤم",
    "خشيه",
    "مخاوف",
    "انزعاج",
    "سعاده",
    "فخر",
    "حزن",
    "رغبه",
    "استعداد",
    "اعتزاز",
    "تطلع",
    "قناعه",
    "اعتقاد",
    "رضا",
    "دهشه",
    "استغراب",
    "تحفظ",
    "معارضه",
    "اسي",
    "تعجب",
];

/// Is `tok` a stance noun, definite («القلق») or with an attached pronoun («قلقه»,
/// «صدمتها», «أملهم»)?
fn is_stance_noun(tok: &Tok) -> bool {
    let w = tok.bare.as_str();
    let stems = [w.strip_prefix("ال")]
        .into_iter()
        .chain(["ه", "ها", "هم", "هما", "نا", "ي"].iter().map(|p| w.strip_suffix(p)))
        .flatten();
    stems.into_iter().any(|st| {
        STANCE_NOUNS.contains(&st)
            || st.strip_suffix('ت').is_some_and(|b| STANCE_NOUNS.contains(&format!("{b}ه").as_str()))
    })
}

/// After «عبّر/أعرب [X]», `عن` + a stance noun: the token after which the reported
/// clause starts — a complementizer within two words of the noun («عن قلقه من أن»,
/// «عن أمله في أن»), else `عن` itself (the clause is the stance: «عن صدمتها إثر…»).
/// A stance noun at `j`, or one in a construct whose words are quoted right after it
/// («عبّر عن تطلع بلاده إلى "إيجاد نموذج…"»; not «أعرب عن استعداد موسكو للتعاون»,
/// an object).
fn stance_at(t: &[Tok], j: usize) -> bool {
    t.get(j).is_some_and(|x| {
        is_stance_noun(x)
            || STANCE_NOUNS.contains(&x.bare.as_str())
                && (j + 1..(j + 11).min(t.len())).any(|y| {
                    let mark =
                        |z: &Tok| z.kind == TokenKind::Punctuation && z.norm.chars().all(is_quote_char);
                    // A quote of three words or more, not a quoted name («"داعش"»).
                    mark(&t[y]) && (y + 1..y + 4).all(|z| t.get(z).is_some_and(|w| w.is_word()))
                })
    })
}

fn stance_complement(t: &[Tok], k: usize, se: usize) -> Option<usize> {
    let an = (k..(k + 8).min(se)).find(|&j| t[j].norm == "عن" && stance_after(t, j).is_some())?;
    if (k..an).any(|j| verb_form(&t[j].norm).is_some() || !t[j].is_word() && !t[j].is_punct(&['،', ','])) {
        return None;
    }
    let noun = stance_after(t, an)?;
    // «معبرًا عن تعجبه بالقول "…"»: the words themselves follow.
    if noun == an + 1
        && t.get(an + 2)
            .is_some_and(|x| x.norm == "بالقول" || x.is_punct(&[':']) || x.norm.chars().all(is_quote_char))
    {
        return None;
    }
    let c = (noun + 1..(noun + 4).min(se)).find(|&x| COMPLEMENTIZERS.contains(&t[x].norm.as_str()));
    match c {
        Some(c) if (noun + 1..c).all(|x| matches!(t[x].norm.as_str(), "في" | "من" | "ب" | "ل")) => {
            Some(c)
        }
        _ => Some(an),
    }
}

/// The stance noun after `عن` at `an`: right after it, or opening a quote
/// («وعبّرت عن "استعدادها التام" للتصدي…»).
fn stance_after(t: &[Tok], an: usize) -> Option<usize> {
    let mark =
        t.get(an + 1).is_some_and(|x| x.kind == TokenKind::Punctuation && x.norm.chars().all(is_quote_char));
    let noun = if mark { an + 2 } else { an + 1 };
    stance_at(t, noun).then_some(noun)
}

/// «أبلغها», «أخبرهم»: a verb of telling with its object pronoun (its subject follows).
fn telling_with_object(tok: &Tok) -> Option<VerbForm> {
    ["ه", "ها", "هم", "هما", "نا", "ني"].iter().find_map(|p| {
        let vf = verb_form(tok.norm.strip_suffix(p)?)?;
        (matches!(vf.lemma, "ابلغ" | "اخبر") && !vf.participle).then_some(vf)
    })
}

/// Reporting forms the lexicon leaves out as homographs, read in context: «لافتة إلى»
/// (not a banner), «عبّر [X] عن قلقه» (not "via", as in «عبر الإنترنت»).
fn verb_in_context(t: &[Tok], i: usize) -> Option<VerbForm> {
    let tok = t.get(i)?;
    let next = t.get(i + 1)?;
    match tok.bare.as_str() {
        "لافت" | "لافته" if next.norm == "الي" => {
            let agreement = if tok.bare == "لافته" { Agreement::FS } else { Agreement::MS };
            Some(VerbForm { lemma: "لفت", participle: true, agreement, nominal: false })
        }
        "عبر" => {
            let after_subject =
                read_np(t, i + 1).filter(|np| np.all.start == i + 1).map_or(i + 1, |np| np.all.end);
            let reported =
                |j: usize| t.get(j).is_some_and(|x| x.norm == "عن") && stance_after(t, j).is_some();
            (reported(i + 1) || reported(after_subject)).then_some(VerbForm {
                lemma: "عبر",
                participle: false,
                agreement: Agreement::MS,
                nominal: false,
            })
        }
        "جاء" if next.norm == "في" => {
            // «وجاء في بيان للوزارة: "…"», «جاء في التقرير أن…»: the document speaks.
            let doc = t.get(i + 2)?;
            let stem = doc.norm.strip_prefix("ال").unwrap_or(&doc.norm);
            DOCUMENTS.contains(&stem).then_some(VerbForm {
                lemma: "جاء",
                participle: false,
                agreement: Agreement::MS,
                nominal: false,
            })
        }
        _ => {
            let vf = THINKING.get(&tok.norm).copied()?;
            // «ويُعتقد أنها…», «يُقدّر أن…»: a passive, impersonal; not after a particle
            // carrying its subject («كونه يعتقد أن…», «لأنه يرى أن…»).
            let carried = i > 0
                && matches!(t[i - 1].bare.as_str(), "كونه" | "كونها" | "لكونه" | "لكونها" | "لانه" | "لانها");
            if tok.bare.starts_with('ي')
                && vf.agreement.number == Number::Singular
                && !carried
                && t.get(i + 1).is_some_and(|c| COMPLEMENTIZERS.contains(&c.norm.as_str()))
            {
                return None;
            }
            // «لم تجد حرجا في أن…»: «وجد» with an indefinite object finds, not says.
            if vf.lemma == "وجد" {
                // «وجد الباحثون أن…»: its subject and the clause, nothing else («ولم
                // تجد حرجا في أن…», «وجدت صدى واسعا…، إلا أن…» find).
                let after =
                    read_np(t, i + 1).filter(|np| np.all.start == i + 1).map_or(i + 1, |np| np.all.end);
                let clause = t.get(after).is_some_and(|c| COMPLEMENTIZERS.contains(&c.norm.as_str()));
                if !clause || (i + 1..after).any(|x| t[x].norm.ends_with('ا') && !definite(&t[x])) {
                    return None;
                }
            }
            // The complementizer within a dozen words (its subject, «إلى»), no clause
            // or verb of saying in between.
            (i + 1..(i + 13).min(t.len()))
                .take_while(|&j| t[j].is_word() && (j == i + 1 || verb_form(&t[j].norm).is_none()))
                .any(|j| COMPLEMENTIZERS.contains(&t[j].norm.as_str()) && !after_temporal(t, j))
                .then_some(vf)
        }
    }
}

/// Verbal nouns of reporting verbs, with the verb each stands for (search-normalized).
const MASDARS: &[(&str, &str)] = &[
    ("تاكيد", "اكد"),
    ("اعلان", "اعلن"),
    ("نفي", "نفي"),
    ("قول", "قال"),
    ("تحذير", "حذر"),
    ("اشاره", "اشار"),
    ("توضيح", "اوضح"),
    ("كشف", "كشف"),
];

/// A verbal noun of a reporting verb after a preposition and right before its
/// complementizer («سارعت الوزارة إلى تأكيد أن…», «اكتفى بالقول إن…»,
/// «حرص على التأكيد أن…»): a frame with no subject of its own.
fn masdar_in_frame(t: &[Tok], i: usize) -> Option<VerbForm> {
    let tok = t.get(i)?;
    let complement_at = |c: usize| t.get(c).is_some_and(|n| COMPLEMENTIZERS.contains(&n.norm.as_str()));
    // «من تأكيد منظمة العفو الدولية أن…»: the verbal noun's subject before its clause.
    let subject_end = read_np(t, i + 1).filter(|np| np.all.start == i + 1).map(|np| np.all.end);
    if !complement_at(i + 1) && !subject_end.is_some_and(complement_at) {
        return None;
    }
    let w = tok.norm.as_str();
    let (attached, rest) = ["بال", "لل", "ب", "ل"]
        .iter()
        .find_map(|p| w.strip_prefix(p).map(|r| (true, r)))
        .unwrap_or((false, w));
    let stem = rest.strip_prefix("ال").unwrap_or(rest);
    let after_prep = i > 0
        && matches!(
            t[i - 1].norm.as_str(),
            "الي" | "في" | "علي" | "عن" | "من" | "بعد" | "عقب" | "اثر" | "قبل" | "رغم"
        );
    let &(_, lemma) = MASDARS.iter().find(|(m, _)| *m == stem)?;
    (attached || after_prep).then_some(VerbForm {
        lemma,
        participle: true,
        agreement: Agreement::default(),
        nominal: true,
    })
}

/// The subject of the clause a verbal noun or «قال فيه» depends on: the noun phrase
/// opening the sentence, or the one after its opening verb («وسارعت وزارة الدفاع
/// الأمريكية إلى تأكيد…»).
fn clause_subject(t: &[Tok], ss: usize, v: usize) -> Option<Np> {
    let mut k = ss;
    while k < v && is_opening_particle(&t[k]) {
        k += 1;
    }
    let opening = t.get(k)?;
    if !is_title(opening) && (is_org_head(opening) || definite(opening)) {
        // «الحكومة حرصت على التأكيد…»: a body and its definite words, before the verb.
        let mut end = k + 1;
        while end < v && t[end].is_word() && definite(&t[end]) && !is_subject_stop(&t[end]) {
            end += 1;
        }
        return Some(Np { role: None, name: Some(k..end), all: k..end });
    }
    let at = if is_title(opening) { k } else { k + 1 };
    let np = read_np(t, at).filter(|np| np.all.start == at && np.all.end <= v)?;
    let head = t.get(np.name.as_ref().map_or(at, |n| n.start))?;
    (np.role.is_some() || is_org_head(head) || np.name.is_some() && at == k + 1).then_some(np)
}

/// The antecedent of a relative pronoun right before a verb, when the pronoun agrees
/// with the verb («… في صفوف المعارضة والتي رأت أن…»; not «مستشفى الثورة الذي قالت»,
/// where the hospital does not speak).
fn antecedent(t: &[Tok], v: usize, a: Agreement) -> Option<Np> {
    let rel = t.get(v.checked_sub(1)?)?;
    let agrees = match rel.bare.as_str() {
        "التي" => a.number == Number::Singular && a.feminine == Some(true),
        "الذي" => a.number == Number::Singular && a.feminine == Some(false),
        "الذين" => a.number == Number::Plural,
        _ => false,
    };
    if !agrees || v < 2 {
        return None;
    }
    let mut s = v - 2;
    while s > 0
        && v - s < 6
        && t[s].is_word()
        && (definite(&t[s]) || is_org_head(&t[s]))
        && !is_org_head(&t[s])
    {
        s -= 1;
    }
    let start = (s..v - 1).find(|&x| t[x].is_word() && (definite(&t[x]) || is_org_head(&t[x])))?;
    Some(Np { role: None, name: Some(start..v - 1), all: start..v - 1 })
}

/// The person named right before a relative pronoun that agrees with the verb at `v`
/// («… بارتوميو الذي يرى أن…», «… المديرة سارة التي قالت إن…»).
fn person_before_relative(t: &[Tok], v: usize, a: Agreement, people: &People) -> Option<usize> {
    let rel = t.get(v.checked_sub(1)?)?;
    let agrees = match rel.bare.as_str() {
        "التي" => a.number == Number::Singular && a.feminine == Some(true),
        "الذي" => a.number == Number::Singular && a.feminine == Some(false),
        _ => false,
    };
    if !agrees || v < 2 {
        return None;
    }
    people.person_at(t[v - 2].range.clone())
}

/// «… وتعزيز الإنفاق الذي يقول إنه يأتي في الوقت الخاطئ»: the relative pronoun is the
/// object, taken up by the pronoun of «إنه»; a thing named before it (no person, title,
/// body or group) does not speak, the verb's own subject does.
fn object_relative(t: &[Tok], v: usize, np: &Np, people: &People) -> bool {
    let resumed = t.get(v + 1).is_some_and(|c| matches!(c.norm.as_str(), "انه" | "انها" | "بانه" | "بانها"));
    let head = np.name.as_ref().or(np.role.as_ref()).map_or(np.all.start, |r| r.start);
    resumed
        && !t.get(head).is_some_and(|h| is_org_head(h) || is_group_head(h) || is_title(h))
        && (np.all.start..np.all.end).all(|x| people.person_at(t[x].range.clone()).is_none())
}

/// What the article said so far about its speakers.
#[derive(Debug, Default)]
struct Memory {
    /// The last speaker named explicitly.
    last: Option<Speaker>,
    /// Every speaker named or quoted so far, oldest first.
    history: Vec<Speaker>,
}

impl Memory {
    fn name(&mut self, s: Speaker) {
        self.history.push(s.clone());
        self.last = Some(s);
    }

    /// The dropped subject of a verb showing `v`: the sentence's speaker, the last
    /// speaker, or the latest earlier one that agrees with the verb («وقالوا» goes to the
    /// last plural speaker); else the sentence's or last speaker anyway.
    fn dropped_subject(&self, sentence: Option<&Speaker>, v: Agreement, participle: bool) -> Option<Speaker> {
        sentence
            .into_iter()
            .chain(self.last.as_ref())
            .chain(self.history.iter().rev())
            .find(|s| s.agrees(v, participle))
            .or(sentence)
            .or(self.last.as_ref())
            .cloned()
    }
}

/// A quoted name right after a verb and before the complement («وقالت "هيومن رايتس
/// ووتش" إن…»): the speaker, and the token after the closing mark.
fn quoted_subject(body: &str, t: &[Tok], segs: &[Seg], k: usize) -> Option<(Speaker, usize)> {
    let seg = segs.iter().find(|s| s.open == k)?;
    let close = seg.close?;
    if !quoted_name(t, seg) {
        return None;
    }
    let name = body.get(seg.inner.clone())?.to_string();
    Some((Speaker { agreement: Agreement::default(), ..Speaker::new(None, name) }, close + 1))
}

/// Does the frame go on at token `i` (a complementizer, maybe after a comma and a few
/// words of adjunct: «في بيان»): what stood before was a name, not the quote?
fn frame_goes_on(t: &[Tok], i: usize) -> bool {
    for tok in t.iter().skip(i).take(10) {
        if COMPLEMENTIZERS.contains(&tok.norm.as_str()) {
            return true;
        }
        let adjunct = tok.is_punct(&['،', ',']) || tok.is_word() && verb_form(&tok.norm).is_none();
        if !adjunct {
            return false;
        }
    }
    false
}

/// Words naming what a quoted span is the title of («بعنوان "…"», «تحت شعار "…"»).
const TITLE_OF: &[&str] =
    &["بعنوان", "عنوان", "بعنوانه", "شعار", "بشعار", "اسم", "باسم", "وسم", "بوسم", "هاشتاغ"];

/// Is the quote mark at `open` right after a word like «بعنوان» (a title, not words said)?
fn titled(t: &[Tok], open: usize) -> bool {
    open > 0 && TITLE_OF.contains(&t[open - 1].bare.as_str())
}

/// Is the word at `j` the `أن` of «بعد أن», «قبل أن», «دون أن» (a time or manner, not
/// reported speech)? A typo may glue the two («أخرىبعد أن»).
fn after_temporal(t: &[Tok], j: usize) -> bool {
    // «وإن كانت مساحة النقد محدودة»: concessive «even if», no clause of saying.
    if t[j].norm == "وان"
        && t.get(j + 1).is_some_and(|n| {
            matches!(n.bare.as_str(), "كان" | "كانت" | "كانوا" | "كانا" | "كانتا" | "يكن" | "تكن")
        })
    {
        return true;
    }
    j > 0 && t[j].norm == "ان" && {
        let p = t[j - 1].norm.as_str();
        ["بعد", "قبل", "دون", "بدون", "منذ"]
            .iter()
            .any(|w| p == *w || p.len() > w.len() + 4 && p.ends_with(w))
    }
}

/// Verbs of saying proper, which may frame a quote of two words (not وصف «described
/// as», اعتبر «considered»).
const SAYING: &[&str] = &["قال", "اضاف", "تابع", "اكد", "كتب", "غرد", "اردف", "ختم", "استطرد", "صرح"];

/// A quote of two words closing its sentence after a frame, not glued to a
/// preposition («للصحافيين "سنراقب التطورات".», not «بـ"العمل الإرهابي"»).
fn short_closing_quote(t: &[Tok], seg: &Seg, lemma: &str) -> bool {
    if !SAYING.contains(&lemma) {
        return false;
    }
    let Some(close) = seg.close else { return false };
    let ends = t.get(close + 1).is_none_or(|x| x.is_punct(&['.', '!', '؟', '?']));
    let before = seg.open.checked_sub(1).and_then(|b| t.get(b));
    let free =
        before.is_some_and(|b| b.is_word() && b.kind != TokenKind::Proclitic && !b.norm.ends_with('ب'));
    seg.words == 2 && ends && free
}

/// A short quoted span the frame goes on after («في "هيومن رايتس ووتش"، إنه…»): a name.
fn quoted_name(t: &[Tok], seg: &Seg) -> bool {
    seg.words <= 4 && seg.close.is_some_and(|c| frame_goes_on(t, c + 1))
}

/// «في منشور رأي بالإنترنت إن…», «استطلاع رأي»: رأي (opinion) after a word, written
/// with ي and no و/ف, is no verb.
fn opinion_noun(body: &str, t: &[Tok], v: usize) -> bool {
    t[v].norm == "راي"
        && body.get(t[v].range.clone()).is_some_and(|w| w.ends_with('ي'))
        && v > 0
        && t[v - 1].is_word()
}

/// A short quoted span right after the head of a body, its name, with the sentence
/// going on after it («وقالت مجموعة "الفريق العامل المعني بمسألة الاحتجاز التعسفي"
/// التابعة للمنظمة الدولية إن…»).
fn named_by_head(t: &[Tok], seg: &Seg) -> bool {
    seg.words <= 8
        && seg.open > 0
        && {
            let h = &t[seg.open - 1];
            let bare = h.bare.strip_prefix("ال").unwrap_or(&h.bare);
            is_org_head(h)
                || ["مجموعه", "جماعه", "حركه", "تحالف", "ائتلاف", "فريق", "موقع", "برنامج", "حمله", "منصه"]
                    .contains(&bare)
        }
        && seg.close.is_some_and(|c| t.get(c + 1).is_some_and(|x| x.is_word()))
}

/// A quote mark glued to a preposition («لإدانته بـ"بث أخبار كاذبة"», «لـ"ارتكابه
/// عدة مخالفات"»): the object of a word, not words said.
fn glued_to_preposition(t: &[Tok], open: usize) -> bool {
    let is_mark = |x: &Tok| x.kind == TokenKind::Punctuation && x.norm.chars().all(is_quote_char);
    if open == 0 {
        return false;
    }
    if t[open - 1].kind == TokenKind::Proclitic {
        return true;
    }
    // «تعهد باتخاذ "كل التدابير الضرورية"»: the object of a verbal noun after بـ, no
    // speech of its own (not «بقوله "…"», «بأن "…"»).
    let prev = &t[open - 1];
    if prev.kind == TokenKind::ArabicWord
        && prev.norm.strip_prefix('ب').is_some_and(masdar_shape)
        && bi_qawl_form(prev).is_none()
        && !COMPLEMENTIZERS.contains(&prev.norm.as_str())
        && verb_form(&prev.norm).is_none()
    {
        return true;
    }
    // «بـ"بث أخبار كاذبة" و"الإساءة…"»: coordinated with a glued quote.
    if t[open - 1].norm == "و" && open >= 2 && is_mark(&t[open - 2]) {
        let close = open - 2;
        if let Some(o) = (close.saturating_sub(12)..close).rev().find(|&x| is_mark(&t[x])) {
            return glued_to_preposition(t, o);
        }
    }
    false
}

/// Does a word have the shape of a derived verbal noun (search-normalized): إفعال or
/// افتعال (اجراء، اتخاذ), استفعال (استخدام), تفعيل (توفير)? Not «باريس», «برلين».
fn masdar_shape(w: &str) -> bool {
    let c: Vec<char> = w.chars().collect();
    match c.first() {
        Some('ا') if c.len() >= 7 && w.starts_with("است") => c[5] == 'ا',
        Some('ا') => c.len() >= 5 && c[3] == 'ا',
        Some('ت') => c.len() >= 5 && c[3] == 'ي',
        _ => false,
    }
}

/// Prepositions (search-normalized): a noun after one is no subject.
const PREPOSITIONS: &[&str] = &[
    "في", "علي", "الي", "من", "عن", "مع", "امام", "خلال", "بين", "حول", "ضد", "نحو", "لدي", "عند", "داخل",
    "خارج", "بعد", "قبل", "منذ", "عبر",
];

/// A group named in the sentence before a plural or dual verb without a subject, or in
/// the sentence before that («وكان الحوثيون قد تحدثوا عن…، وقالوا…»): the first
/// plural group head, dual or sound plural noun, or two coordinated people.
fn sentence_group(
    body: &str,
    t: &[Tok],
    sent_ends: &[usize],
    v: usize,
    people: &People,
    sentence_before: bool,
) -> Option<Speaker> {
    let ss = sentence_start(t, sent_ends, v);
    let from = if ss > 0 && sentence_before { sentence_start(t, sent_ends, ss - 1) } else { ss };
    // This sentence first, then the one before it; the subject comes early in each.
    (ss..v).chain(from..ss).find_map(|x| {
        let tok = &t[x];
        let both = x > from + 1 && matches!(t[x - 2].norm.as_str(), "كلا" | "كل"); // «كلا من X وY»
        if !tok.is_word() || x > from && PREPOSITIONS.contains(&t[x - 1].norm.as_str()) && !both {
            return None;
        }
        let np = read_np(t, x).filter(|np| np.all.start == x)?;
        let number = np_number(t, &np);
        if number == Number::Singular || np.all.end > v {
            return None;
        }
        let mut s = resolve(body, t, &np, people)?;
        s.agreement.number = number;
        Some(s)
    })
}

#[allow(clippy::too_many_arguments)]
fn paragraph_quotes(
    body: &str,
    t: &[Tok],
    sent_ends: &[usize],
    block: usize,
    people: &People,
    memory: &mut Memory,
    out: &mut Vec<Quote>,
) {
    let segs = pair_marks(body, t);
    let mut used = vec![false; segs.len()];
    let seg_at = |i: usize| segs.iter().position(|s| s.open == i);
    let inside_seg = |i: usize| segs.iter().any(|s| i > s.open && i < s.end);
    // The speaker of the sentence in progress: (sentence start token, speaker).
    let mut sentence_speaker: Option<(usize, Speaker)> = None;
    let mut i = 0;
    while i < t.len() {
        if inside_seg(i) {
            i += 1;
            continue;
        }
        let ss = sentence_start(t, sent_ends, i);
        if sentence_speaker.as_ref().is_some_and(|(s, _)| *s != ss) {
            sentence_speaker = None;
        }
        // A known person opening a sentence sets the topic («وأبدى بوتين…»).
        if i <= ss + 1
            && t[i].is_word()
            && let Some(pi) = people.person_at(t[i].range.clone())
            && let Some(p) = people.persons.get(pi)
        {
            sentence_speaker = Some((ss, Speaker::new(Some(pi), p.name.clone())));
        }
        // «أما بول بيليكنغتون، مدربها…، فلم يصدق وقال: "…"»: the topic of «أما … فـ» is
        // the subject of the verbs that follow it.
        if i == ss
            && sentence_speaker.is_none()
            && let Some(s) = topic_of_amma(body, t, ss, people)
        {
            sentence_speaker = Some((ss, s));
        }
        let qawl = is_qawl(&t[i]);
        let Some(vf) = verb_form(&t[i].norm)
            .or_else(|| qawl.then(|| qawl_form(&t[i])))
            .or_else(|| verb_in_context(t, i))
            .or_else(|| telling_with_object(&t[i]))
            .or_else(|| bi_qawl_form(&t[i]))
            .or_else(|| masdar_in_frame(t, i))
        else {
            i += 1;
            continue;
        };
        let v = i;
        // «في منشور رأي بالإنترنت إن…», «استطلاع رأي»: رأي (opinion) after a noun,
        // written with ي and no و/ف, is no verb.
        if v > ss && opinion_noun(body, t, v) {
            i = v + 1;
            continue;
        }
        let v = i;
        // «وفق ما ذكرت الوكالة», «بحسب ما أوردته», «حسبما قال»: an attribution of what
        // came before, not a frame for what follows.
        if v >= 1
            && (matches!(t[v - 1].norm.as_str(), "حسبما" | "وفقما" | "بحسبما" | "طبقما")
                || matches!(t[v - 1].norm.as_str(), "ما" | "لما")
                    && v >= 2
                    && ATTRIBUTION.contains(&t[v - 2].norm.as_str()))
        {
            i = v + 1;
            continue;
        }
        // «ويذكر أن…», «ويشار إلى أن…»: impersonal (it is said), nobody's words.
        if matches!(t[v].bare.as_str(), "يذكر" | "يشار")
            && t.get(v + 1).is_some_and(|n| n.norm == "الي" || COMPLEMENTIZERS.contains(&n.norm.as_str()))
        {
            i = v + 1;
            continue;
        }
        let se = sentence_end(t, sent_ends, v);
        // Subject: after a singular verb (VSO: «قال الوزيران»), before any verb («وكان
        // الوزراء قد قالوا»); a plural or dual verb has no subject after it.
        let mut k = v + 1;
        let mut speaker: Option<Speaker> = None;
        let singular = vf.agreement.number == Number::Singular;
        if qawl {
            if let Some(np) = qawl_subject(t, v, ss) {
                speaker = resolve(body, t, &np, people);
            }
        } else if vf.nominal || t.get(k).is_some_and(|x| matches!(x.norm.as_str(), "فيه" | "فيها")) {
            // «من تأكيد منظمة العفو أن…»; «سارعت الوزارة إلى تأكيد أن…», «أصدرت
            // الوزارة بيانا قالت فيه…».
            if let Some(np) = read_np(t, k).filter(|np| {
                vf.nominal
                    && np.all.start == k
                    && t.get(np.all.end).is_some_and(|c| COMPLEMENTIZERS.contains(&c.norm.as_str()))
            }) {
                speaker = resolve(body, t, &np, people);
                k = np.all.end;
            } else if let Some(np) = clause_subject(t, ss, v) {
                speaker = resolve(body, t, &np, people);
            }
        } else if vf.lemma == "جاء" {
            // «وجاء في بيان للوزارة…»: the document (and its owner) speaks.
            if let Some(np) = read_np(t, v + 2).filter(|np| np.all.start == v + 2) {
                speaker = resolve(body, t, &np, people);
                k = np.all.end;
            } else {
                speaker = Some(Speaker::new(None, t[v + 2].norm.clone()));
                k = v + 3;
            }
        } else if let Some(np) = (!vf.participle
            && v > 0
            && matches!(t[v - 1].norm.as_str(), "اذ" | "حيث")
            && read_np(t, v + 1).is_none_or(|np| np.all.start != v + 1))
        .then(|| {
            // «بدورها، نشرت صحيفة…»: past an opening adverbial and its comma.
            let open = (ss..(ss + 3).min(v)).find(|&x| t[x].is_punct(&['،', ','])).map_or(ss, |c| c + 1);
            // Only a phrase that can speak («مفاجأة كبيرة كشفتها…، حيث أكدت»: no).
            clause_subject(t, open, v).filter(|np| {
                let head = &t[np.name.as_ref().or(np.role.as_ref()).map_or(np.all.start, |r| r.start)];
                is_org_head(head)
                    || is_group_head(head)
                    || is_title(head)
                    || np.role.is_some()
                    || definite(head)
            })
        })
        .flatten()
        {
            // «نشرت صحيفة "سبق" تفاصيل القضية، إذ أكدت أن…»: the clause's subject.
            speaker = resolve(body, t, &np, people);
        } else if let Some(pi) = person_before_relative(t, v, vf.agreement, people) {
            // «… غضب الرئيس جوزيه ماريا بارتوميو الذي يرى أن…»: a person named right
            // before an agreeing relative pronoun.
            speaker = people.persons.get(pi).map(|p| Speaker::new(Some(pi), p.name.clone()));
        } else if let Some(np) =
            antecedent(t, v, vf.agreement).filter(|np| !object_relative(t, v, np, people))
        {
            // «… المعارضة التي رأت أن…».
            speaker = resolve(body, t, &np, people);
        } else if !vf.participle {
            let after_verb = read_np(t, k).filter(|np| {
                singular && np.all.start == k && !has_pronoun_suffix(&t[k]) && !t[k].norm.starts_with('ب')
            });
            if let Some(np) = subject_after_complementizer(t, v, ss, people) {
                // «يشار إلى أن الجبهة الشعبية وصفت الزواري "…"»: after «أن» the subject
                // comes first; the noun after the verb is its object.
                speaker = resolve(body, t, &np, people);
            } else if let Some(topic) =
                (after_verb.is_none() && v > ss + 1 && t[v].norm.starts_with('ف') && t[v].bare != t[v].norm)
                    .then(|| topic_of_amma(body, t, ss, people))
                    .flatten()
            {
                // «أما X، …، فقال إن…» (not «أما داخليا فيقول X»): the answer of «أما»
                // speaks for its topic.
                speaker = Some(topic);
            } else if let Some(np) = read_np(t, k).filter(|np| singular && np.all.start == k) {
                speaker = resolve(body, t, &np, people);
                k = np.all.end;
            } else if let Some((name, after)) = quoted_subject(body, t, &segs, k).filter(|_| singular) {
                speaker = Some(name);
                k = after;
            } else if let Some(np) = subject_before(t, v, ss) {
                speaker = resolve(body, t, &np, people);
            } else if let Some(np) = subject_right_before(t, v, ss, vf, people) {
                // «نتائج سابقة لمنظمة الصحة العالمية قالت إن…», «على تقارير إعلامية،
                // نقلت أنها…»: a verb with no conjunction right after a noun phrase
                // (an asyndetic relative clause or subject–verb order) has it as subject.
                speaker = resolve(body, t, &np, people);
            }
        }
        // «ونقلت الوكالة عن مصدر أمني أن…»: the relayed source speaks.
        let mut relayed_from = false;
        if vf.lemma == "نقل" {
            let mut a = k;
            while a < se && a < k + 6 && t[a].norm != "عن" {
                a += 1;
            }
            if t.get(a).is_some_and(|x| x.norm == "عن")
                && let Some(np) = read_np(t, a + 1).filter(|np| np.all.start == a + 1)
            {
                speaker = resolve(body, t, &np, people);
                k = np.all.end;
                relayed_from = true;
                // «عن وزارة الدفاع نفيها لما أوردته "…"»: a verbal noun, no quote.
                if (np.all.start..np.all.end)
                    .any(|x| has_pronoun_suffix(&t[x]) || matches!(t[x].norm.as_str(), "ما" | "لما"))
                {
                    k = se;
                }
            }
        }
        // «عبرت اللوحة المحيط»: «عبر» (crossed, via) reports only a stance.
        if vf.lemma == "عبر" && !vf.participle && stance_complement(t, k, se).is_none() {
            i = v + 1;
            continue;
        }
        let mut speaker = speaker.map(|s| refine_speaker(s, out));
        if let Some(s) = &mut speaker {
            s.agreement.feminine = vf.agreement.feminine;
            if !singular {
                s.agreement.number = vf.agreement.number;
            }
        }
        let mut explicit = speaker.is_some();
        // A participle (حال) refers to the subject of its sentence: the sentence's
        // speaker so far, else the first person mentioned in the sentence before it.
        if speaker.is_none() && vf.participle && sentence_speaker.is_none() {
            let from = t.get(ss).map_or(0, |x| x.range.start);
            let to = t[v].range.start;
            let mention = |from: usize| people.mentions.iter().find(|(r, _)| r.start >= from && r.end <= to);
            // «حث المحامي، فلان، رونالدو على…، وحينما حان موعد… استشاط رونالدو غضبا
            // قائلا:»: the person of the last coordinated clause («، و…») before it.
            let clause_from = (ss + 1..v.saturating_sub(1))
                .rev()
                .find(|&x| {
                    t[x].is_punct(&['،', ','])
                        && t.get(x + 1)
                            .is_some_and(|n| n.is_word() && n.norm.starts_with('و') && n.bare != n.norm)
                })
                .map(|x| t[x + 1].range.start);
            if let Some((_, pi)) = clause_from.and_then(mention).or_else(|| mention(from))
                && let Some(p) = people.persons.get(*pi)
            {
                speaker = Some(Speaker::new(Some(*pi), p.name.clone()));
                explicit = true;
            }
        }
        // A coordinated finite verb without a subject («…، كما ظهر اللاعب فلان مساء
        // الاثنين وأعرب عن…»): the first person named in its sentence since the last
        // quote, the subject of the verb it is coordinated with.
        if speaker.is_none() && !vf.participle && singular && t[v].norm.starts_with('و') {
            let last_quote =
                out.iter().filter(|q| q.paragraph == block).map(|q| q.text.end).max().unwrap_or(0);
            let from = t.get(ss).map_or(0, |x| x.range.start).max(last_quote);
            let to = t[v].range.start;
            if from > t.get(ss).map_or(0, |x| x.range.start)
                && let Some((_, pi)) = people.mentions.iter().find(|(r, _)| r.start >= from && r.end <= to)
                && let Some(p) = people.persons.get(*pi)
            {
                speaker = Some(Speaker::new(Some(*pi), p.name.clone()));
                explicit = true;
            }
        }
        // A plural or dual verb without a subject: a group named earlier in its sentence
        // (or, for a finite verb, the sentence before).
        if speaker.is_none() && !singular && (!vf.participle || sentence_speaker.is_none()) {
            speaker = sentence_group(body, t, sent_ends, v, people, !vf.participle);
            explicit = speaker.is_some();
        }
        // «وذكرت الصحيفة أن رونالدو اجتمع… . وقال لمستشاريه: "…"»: a finite verb
        // without a subject that no speaker so far agrees with goes to the first person
        // named in the sentence before it (the subject of what was reported).
        if speaker.is_none()
            && !vf.participle
            && singular
            && sentence_speaker.is_none()
            && memory.last.is_some()
            && !memory.last.iter().chain(memory.history.iter()).any(|s| s.agrees(vf.agreement, false))
        {
            let to = t.get(ss).map_or(0, |x| x.range.start);
            let head = body.get(..to).unwrap_or("").trim_end_matches(|c: char| c.is_whitespace());
            let head = head.trim_end_matches(['.', '!', '؟', '?']);
            let from = head.rfind(['.', '!', '؟', '?', '\n']).map_or(0, |x| x + 1);
            if let Some((_, pi)) = people.mentions.iter().find(|(r, _)| r.start >= from && r.end <= to)
                && let Some(p) = people.persons.get(*pi)
            {
                speaker = Some(Speaker::new(Some(*pi), p.name.clone()));
                explicit = true;
            }
        }
        let speaker = speaker.or_else(|| {
            memory.dropped_subject(sentence_speaker.as_ref().map(|(_, s)| s), vf.agreement, vf.participle)
        });
        let last_before = memory.last.clone();
        if let Some(s) = &speaker {
            if explicit {
                memory.name(s.clone());
            }
            // A finite verb without a subject (pro-drop: «وأشار إلى أن…») still has
            // one — the last speaker — and a participle later in the sentence
            // («…، متابعاً: "…"») refers to it, not to a name quoted in between.
            if explicit || !vf.participle {
                sentence_speaker = Some((ss, s.clone()));
            }
        }
        // Complement: scan for a complementizer or a quote mark.
        let limit = (v + 40).min(se).min(t.len());
        let mut j = k;
        let mut found: Option<(usize, bool)> = None; // (token, is_quote)
        while j < limit {
            let tok = &t[j];
            if let Some(si) = seg_at(j) {
                // A quoted name on the way («وذكرت صحيفة "هآرتس" أن») is part of the frame.
                let colon = j > 0 && t[j - 1].is_punct(&[':']);
                if (segs[si].words >= 3 || colon || short_closing_quote(t, &segs[si], vf.lemma))
                    && !quoted_name(t, &segs[si])
                    && !named_by_head(t, &segs[si])
                    && !glued_to_preposition(t, j)
                    && !titled(t, j)
                {
                    found = Some((j, true));
                    break;
                }
                j = segs[si].close.map_or(segs[si].end, |c| c + 1);
                continue;
            }
            // «وتابع رونالدو … كما نقلت الصحيفة: "…"»: the relay of a report is no frame
            // of its own; the words are the subject's.
            if j > v + 1
                && t[j - 1].norm == "كما"
                && !t[j - 2].is_punct(&['،', ','])
                && verb_form(&tok.norm).is_some_and(|f| matches!(f.lemma, "نقل" | "ذكر" | "اورد"))
            {
                j += 1;
                continue;
            }
            // Another frame: a verb, «بقوله», a verbal noun with its own subject
            // («مشيرا إلى إعلان ترامب أنه…»: Trump's announcement).
            if j > v
                && (verb_form(&tok.norm).is_some() && !opinion_noun(body, t, j)
                    || bi_qawl_form(tok).is_some()
                    || is_qawl(tok)
                    || j > k
                        && masdar_in_frame(t, j).is_some()
                        && !t.get(j + 1).is_some_and(|n| COMPLEMENTIZERS.contains(&n.norm.as_str())))
            {
                break;
            }
            if tok.is_word() && COMPLEMENTIZERS.contains(&tok.norm.as_str()) && !after_temporal(t, j)
                || j <= k + 3 && INDIRECT_VERBS.contains(&vf.lemma) && negative_complementizer(body, tok)
            {
                found = Some((j, false));
                break;
            }
            // «وأضافت الإذاعة: ليونيل ميسي أبدى…»: a colon right after the subject and
            // words with no quote marks, the clause itself.
            if tok.is_punct(&[':'])
                && j <= k + 1
                && t.get(j + 1).is_some_and(|n| n.is_word())
                && seg_at(j + 1).is_none()
                && se > j + 4
            {
                found = Some((j, false));
                break;
            }
            j += 1;
        }
        // «نقل» (also "moved", "carried") frames only a clause or quote right after its
        // source («ونقلت الوكالة عن الوزارة أن…»), not «نقلت عن الوزارة نفيها لما…».
        if relayed_from
            && found.is_some_and(|(c, _)| c > k + 1 || c == k + 1 && !t[k].is_punct(&['،', ',', ':']))
        {
            found = None;
        }
        // «عبّر/أعرب عن قلقه من أن…», «أعرب عن أمله في…»: a stance, reported.
        let stance = matches!(vf.lemma, "عبر" | "اعرب").then(|| stance_complement(t, k, se)).flatten();
        if stance.is_some() {
            found = stance.map(|c| (c, false));
        }
        let indirect_ok = INDIRECT_VERBS.contains(&vf.lemma) || stance.is_some();
        // A clause ends before `، [لكنه] <reporting word>`.
        let reporting_at = |y: usize| -> bool {
            let y = if t.get(y).is_some_and(|n| {
                matches!(
                    n.norm.as_str(),
                    "لكن"
                        | "لكنه"
                        | "لكنها"
                        | "لكنهم"
                        | "ولكن"
                        | "ولكنه"
                        | "ولكنها"
                        | "ولكنهم"
                        | "الا"
                        | "ثم"
                        | "كما"
                        | "وكما"
                        | "فيما"
                        | "بينما"
                        | "حيث"
                )
            }) {
                y + 1
            } else {
                y
            };
            // «…، لكن الوزير ألمح إلى أن…»: a particle, a subject, a verb of saying.
            let particle = y > 0 && t.get(y - 1).is_some_and(|p| p.is_word());
            let after_subject = particle
                && read_np(t, y)
                    .filter(|np| np.all.start == y && np.all.end <= y + 5)
                    .is_some_and(|np| t.get(np.all.end).is_some_and(|n| verb_form(&n.norm).is_some()));
            t.get(y).is_some_and(|n| verb_form(&n.norm).is_some())
                || verb_in_context(t, y).is_some()
                || after_subject
        };
        match found {
            Some((q, true)) => {
                let Some(si) = seg_at(q) else {
                    i += 1;
                    continue;
                };
                let seg = &segs[si];
                let colon = q > 0 && t[q - 1].is_punct(&[':']);
                // A long subject or frame («وقال الرجل الذي يرشد الناس لمقاعدهم داخل
                // دار السينما… "…"») still frames a quote that ends its sentence.
                let after_close = seg.close.map_or(seg.end, |c| c + 1);
                let ends_sentence = after_close >= se
                    || t.get(after_close).is_some_and(|x| x.is_punct(&['.', '!', '؟', '?', '…']))
                        && after_close + 1 >= se;
                let tight = q - k <= 14 || colon || q - k <= 30 && ends_sentence && seg.words >= 3;
                if tight && (seg.words >= 3 || colon || short_closing_quote(t, seg, vf.lemma)) && !used[si] {
                    used[si] = true;
                    out.push(Quote {
                        kind: QuoteKind::Direct,
                        text: seg.inner.clone(),
                        verb: Some(t[v].range.clone()),
                        speaker: speaker
                            .as_ref()
                            .and_then(|s| s.person)
                            .and_then(|p| people.persons.get(p)?.entity),
                        speaker_name: speaker.as_ref().map(|s| s.name.clone()),
                        paragraph: block,
                    });
                    i = seg.close.map_or(seg.end, |c| c + 1);
                    continue;
                }
            }
            Some((c, false)) if indirect_ok => {
                let cs = c + 1;
                // Clause end: the sentence end, or `، <reporting/attribution word>`;
                // a quote starting inside the clause extends it to its close.
                let mut ce = cs;
                let mut has_quote = false;
                let mut quote_end: Option<(usize, usize)> = None;
                let mut last_tok = cs;
                let mut end_tok = se;
                let mut x = cs;
                while x < end_tok.min(t.len()) {
                    if let Some(si) = seg_at(x) {
                        let seg = &segs[si];
                        if seg.words >= 3 {
                            has_quote = true;
                            let after = seg.close.map_or(seg.end, |c| c + 1);
                            // «قال إنه "إجراء للتخلص من السموم" لمواجهة التشتيت»: the clause
                            // goes on unquoted after a short quote that opens it.
                            let goes_on = seg.words <= 6
                                && t.get(after).is_some_and(|n| {
                                    n.is_word()
                                        && !COMPLEMENTIZERS.contains(&n.norm.as_str())
                                        && !ATTRIBUTION.contains(&n.norm.as_str())
                                        && verb_form(&n.norm).is_none()
                                        && (!is_subject_stop(n) || n.norm == "فقد")
                                        && !matches!(n.norm.as_str(), "دون" | "بدون" | "وسط" | "مع")
                                });
                            if x == cs && !goes_on {
                                // «قال إن "…"»: the clause is the quote.
                                end_tok = end_tok.min(after);
                            }
                            used[si] = true;
                            quote_end = Some((seg.inner.end, seg.close.map_or(seg.end, |c| c + 1)));
                        }
                        end_tok = end_tok.max(seg.close.map_or(seg.end, |c| c + 1));
                        last_tok = seg.close.map_or(seg.end, |c| c + 1);
                        x = last_tok;
                        continue;
                    }
                    let tok = &t[x];
                    // «…: "…"»: a direct quote of its own follows.
                    if tok.is_punct(&[':'])
                        && t.get(x + 1)
                            .is_some_and(|n| seg_at(x + 1).is_some() && n.is_punct(&['"', '«', '“']))
                    {
                        break;
                    }
                    // «…، وذلك بعد…»: the narrator again.
                    if tok.is_punct(&['،', ',']) && t.get(x + 1).is_some_and(|n| n.norm == "وذلك") {
                        break;
                    }
                    // «…أنه سيوفر "كل السيولة" في وقت تسارع فيه…»: the narrator's
                    // setting after the quoted words (not «في وقت سابق»).
                    if x > cs
                        && tok.norm == "في"
                        && t[x - 1].kind == TokenKind::Punctuation
                        && t[x - 1].norm.chars().all(is_quote_char)
                        && t.get(x + 1).is_some_and(|n| n.norm == "وقت")
                        && t.get(x + 2).is_some_and(|m| {
                            m.is_word()
                                && !matches!(
                                    m.norm.as_str(),
                                    "سابق" | "لاحق" | "مبكر" | "متاخر" | "قريب" | "واحد" | "قصير"
                                )
                        })
                    {
                        break;
                    }
                    // «…، إذ من المقرر أن ينعقد اجتماع…»: a schedule, told impersonally
                    // by the narrator.
                    if tok.is_punct(&['،', ',']) && scheduled(t, x + 1) {
                        break;
                    }
                    // «…، كما ظهر البرازيلي الآخر فيليبي كوتينيو وأعرب…»: «كما» and a
                    // verb with a person of its own as subject, a new statement that
                    // goes on to a verb of saying (not «أن الموقع جمع بيانات…، كما
                    // استخدم حزب العمال تلك المعلومات…», still what was reported).
                    if tok.is_punct(&['،', ','])
                        && t.get(x + 1).is_some_and(|n| matches!(n.norm.as_str(), "كما" | "وكما"))
                        && t.get(x + 2).is_some_and(|n| {
                            n.is_word() && !COMPLEMENTIZERS.contains(&n.norm.as_str()) && !is_subject_stop(n)
                        })
                        && (x + 3..(x + 7).min(end_tok).min(t.len()))
                            .any(|y| t[y].is_word() && people.person_at(t[y].range.clone()).is_some())
                        && (x + 3..end_tok.min(t.len())).any(|y| verb_form(&t[y].norm).is_some())
                    {
                        break;
                    }
                    // «إن عائد المتحف، بحسب تصريحات وزير الآثار، يبقى زهيدا»: an
                    // attribution set off by commas inside the clause, which goes on.
                    if tok.is_punct(&['،', ','])
                        && let Some(close) = attribution::parenthetical(body, t, x + 1, people)
                    {
                        x = close + 1;
                        continue;
                    }
                    // «… فيما يرجح آخرون أن…»: another speaker's clause.
                    if matches!(tok.norm.as_str(), "فيما" | "بينما" | "وفيما" | "وبينما")
                        && reporting_at(x + 1)
                    {
                        break;
                    }
                    if tok.is_punct(&['،', ',', ';', '؛'])
                        && (reporting_at(x + 1)
                            || t.get(x + 1).is_some_and(|n| {
                                ATTRIBUTION
                                    .iter()
                                    .any(|a| n.norm == *a || n.norm.starts_with(a) && a.len() > 6)
                                    || n.norm == "علي" && t.get(x + 2).is_some_and(|m| m.norm == "حد")
                            }))
                    {
                        break;
                    }
                    if tok.is_punct(&['(']) {
                        // Skip a parenthesis.
                        while x < t.len() && !t[x].is_punct(&[')']) {
                            x += 1;
                        }
                        last_tok = x + 1;
                        x += 1;
                        continue;
                    }
                    if !tok.is_punct(&['.', '!', '?', '؟', '…', '،', ',', ':', '-']) {
                        last_tok = x + 1;
                    }
                    x += 1;
                    ce = x;
                }
                let _ = ce;
                let Some(first) = t.get(cs) else {
                    i += 1;
                    continue;
                };
                let text_start = if let Some(si) = seg_at(cs).filter(|&si| segs[si].words >= 3) {
                    segs[si].inner.start
                } else if negative_complementizer(body, &t[c]) {
                    // «متوقعا ألا يتحقق ذلك»: the negation is part of what was said.
                    t[c].range.start
                } else if let Some(o) = coordinated_object(t, k, c) {
                    // «وأشار إلى وجود قبول…، وأن بدء…»: the nominal object is the
                    // first half of what was said.
                    t[o].range.start
                } else {
                    first.range.start
                };
                // A mixed quote ends with its last quoted part when a comma or the
                // sentence end follows that part («إن "…"، مثمنًا…»).
                let text_end = match quote_end {
                    Some((qe, after))
                        if after >= end_tok
                            || t.get(after).is_none_or(|x| {
                                x.is_punct(&['،', ',', '.', '!', '؟', '?', '…', ';', '؛'])
                            }) =>
                    {
                        qe
                    }
                    _ => t.get(last_tok.saturating_sub(1)).map_or(text_start, |x| x.range.end),
                };
                // «عبّرت عن "استعدادها التام" للتصدي…»: a quoted stance starts the
                // text inside its mark; quoted whole («أعرب عن "قلقه"، مؤكدا…»), it is
                // the text.
                let (text_start, text_end) = match seg_at(cs).map(|si| &segs[si]).filter(|_| stance.is_some())
                {
                    Some(seg)
                        if seg.close.is_some_and(|cl| t.get(cl).is_some_and(|x| x.range.end == text_end)) =>
                    {
                        (seg.inner.start, seg.inner.end)
                    }
                    Some(seg) => (seg.inner.start, text_end),
                    None => (text_start, text_end),
                };
                if text_end > text_start && last_tok > cs {
                    out.push(Quote {
                        kind: if has_quote { QuoteKind::Mixed } else { QuoteKind::Indirect },
                        text: text_start..text_end,
                        verb: Some(t[v].range.clone()),
                        speaker: speaker
                            .as_ref()
                            .and_then(|s| s.person)
                            .and_then(|p| people.persons.get(p)?.entity),
                        speaker_name: speaker.as_ref().map(|s| s.name.clone()),
                        paragraph: block,
                    });
                    i = last_tok.max(v + 1);
                    continue;
                }
            }
            _ => {}
        }
        // No quote: a body that refused, called or described («وترفض البحرين…») is no
        // speaker a later «وقال» can fall back to.
        if explicit && speaker.as_ref().is_some_and(|s| s.person.is_none()) && !indirect_ok {
            memory.last = last_before;
        }
        i = v + 1;
    }
    // Quotes with no frame before them.
    for (si, seg) in segs.iter().enumerate() {
        if used[si] {
            continue;
        }
        // Inside an accepted quote's range: skip.
        if out
            .iter()
            .any(|q| q.paragraph == block && q.text.start <= seg.inner.start && seg.inner.end <= q.text.end)
        {
            continue;
        }
        let colon = seg.open > 0 && t[seg.open - 1].is_punct(&[':']);
        let ss = sentence_start(t, sent_ends, seg.open);
        let opens_sentence = seg.open == ss;
        // A reporting verb right after: `"…"، قال X`.
        let after = seg.close.map_or(seg.end, |c| c + 1);
        let mut a = after;
        while a < t.len() && t[a].is_punct(&['،', ',', '-', '–']) {
            a += 1;
        }
        // «"…"، وأكد السفراء أن…»: a verb with a complement of its own attributes
        // nothing before it.
        let own_complement = |pv: usize| {
            (pv + 1..(pv + 8).min(t.len())).any(|y| COMPLEMENTIZERS.contains(&t[y].norm.as_str()))
        };
        let post = t
            .get(a)
            .and_then(|x| verb_form(&x.norm).map(|vf| (a, vf)))
            .filter(|(pv, _)| !own_complement(*pv));
        if !(colon && seg.words >= 2 || post.is_some() && seg.words >= 3 || opens_sentence && seg.words >= 5)
            || titled(t, seg.open)
        {
            continue;
        }
        let mut verb = None;
        let mut speaker = None;
        if let Some((pv, vf)) = post {
            verb = Some(t[pv].range.clone());
            if !vf.participle
                && let Some(np) = read_np(t, pv + 1).filter(|np| np.all.start == pv + 1)
            {
                speaker = resolve(body, t, &np, people);
            }
        } else if colon {
            // `X: "…"`: the name before the colon.
            let mut s = seg.open - 1;
            while s > ss && t[s - 1].is_word() && seg.open - 1 - s < 6 {
                s -= 1;
            }
            if s < seg.open - 1
                && let Some(np) = read_np(t, s).filter(|np| np.all.end == seg.open - 1)
            {
                speaker = resolve(body, t, &np, people);
            }
        }
        let speaker = speaker.map(|s| refine_speaker(s, out));
        if let Some(s) = &speaker {
            memory.name(s.clone());
        }
        let speaker = speaker.or_else(|| memory.last.clone());
        out.push(Quote {
            kind: QuoteKind::Direct,
            text: seg.inner.clone(),
            verb,
            speaker: speaker.as_ref().and_then(|s| s.person).and_then(|p| people.persons.get(p)?.entity),
            speaker_name: speaker.map(|s| s.name),
            paragraph: block,
        });
    }
    attribution::attributed_clauses(body, t, sent_ends, block, people, memory, out);
    out.sort_by_key(|q| (q.paragraph, q.text.start));
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (speaker, quoted text) of every quote of `body` (heuristic people only).
    fn who(body: &str) -> Vec<(String, String)> {
        quotes_heuristic("", body)
            .iter()
            .map(|q| (q.speaker_name.clone().unwrap_or_default(), body[q.text.clone()].to_string()))
            .collect()
    }

    #[test]
    fn tunisian_radio_frames() {
        // An addressee after the subject; the verb's object pronoun before it.
        let got = who("عنوان\n\nوأكد مصدر أمني لمراسل الجوهرة أف أم في قفصة أن قيمة المحجوز كبيرة.");
        assert_eq!(got, vec![("مصدر أمني".into(), "قيمة المحجوز كبيرة".into())]);
        // A role naming its body with «بـ», then the name.
        let got = who("عنوان\n\nقال القيادي بحركة النهضة عبد الحميد الجلاصي إن الحركة مع عودة الإرهابيين.");
        assert_eq!(got[0].0, "عبد الحميد الجلاصي");
        // The body's own name before the person's, or set off by a comma.
        let got = who("عنوان\n\nقال القيادي في حزب نداء تونس، خميس قسيلة إن الحزب يعيش أزمة.");
        assert_eq!(got[0].0, "خميس قسيلة");
        // Kin of someone speaks as kin.
        let got = who("عنوان\n\nوفي أولى التصريحات، أكد والد سلمان العبيدي قبل اعتقاله، أن ابنه بريء.");
        assert_eq!(got[0].0, "والد سلمان العبيدي");
        // A reporter named after the outlet and the place.
        let got =
            who("عنوان\n\nوقال مراسل \"الجوهرة أف أم\" في غزة، بهاء طباسي في مداخلة له إن الناشطات بخير.");
        assert_eq!(got[0].0, "بهاء طباسي");
    }

    #[test]
    fn a_bare_title_is_the_one_person_with_that_role() {
        let body = "عنوان\n\nوقال وزير الثقافة محمد زين العابدين إن المهرجان سيقام في موعده. وأوضح الوزير في \
                    تصريح للصحفيين أن هذه المشاريع ستتواصل.";
        let (qs, _) = quotes("", body);
        let names: Vec<_> = qs.iter().filter_map(|q| q.speaker_name.clone()).collect();
        assert_eq!(names, vec!["محمد زين العابدين", "محمد زين العابدين"]);
    }

    fn q(body: &str) -> Vec<(QuoteKind, String, Option<String>)> {
        quotes_heuristic("", &format!("عنوان\n{body}"))
            .into_iter()
            .map(|x| {
                let b = format!("عنوان\n{body}");
                (x.kind, b[x.text].to_string(), x.speaker_name)
            })
            .collect()
    }

    #[test]
    fn lexicon_forms() {
        for w in [
            "قال",
            "وقال",
            "فقال",
            "قالت",
            "يقول",
            "تقول",
            "وأكد",
            "مضيفًا",
            "مضيفاً",
            "موضحًا",
            "مؤكدًا",
            "قائلا",
            "متابعاً",
            "معبرًا",
            "وتابع",
            "وأشارت",
            "ويضيف",
            "نافيا",
        ] {
            assert!(is_reporting_word(&search_norm(w)), "{w}");
        }
        for w in ["بين", "الرئيس", "قبل", "عبر"] {
            assert!(!is_reporting_word(&search_norm(w)), "{w}");
        }
        assert!(lexicon_size() > 500);
    }

    #[test]
    fn nested_and_missing_close() {
        let r =
            q("قال بوتين: \"اتفقنا على مواجهة \"داعش\" معا\". وتابع: \"نرغب في التنسيق لمواجهة \"داعش\".");
        assert_eq!(r.len(), 2, "{r:?}");
        assert_eq!(r[0].1, "اتفقنا على مواجهة \"داعش\" معا");
        assert_eq!(r[1].1, "نرغب في التنسيق لمواجهة \"داعش\"");
        assert_eq!(r[1].2.as_deref(), Some("بوتين"));
    }

    #[test]
    fn scare_quotes_are_not_quotes() {
        let r = q("وصلت حاملة الطائرات \"شارل ديغول\" إلى سواحل سوريا لمحاربة \"داعش\".");
        assert!(r.is_empty(), "{r:?}");
    }

    #[test]
    fn indirect_and_mixed() {
        let r = q(
            "وقال وزير الخارجية الروسي سيرغي لافروف، في مؤتمر صحفي، إن الاتفاق نهائي، مضيفا أن موسكو \"لن تتراجع عنه أبدا\".",
        );
        assert_eq!(r.len(), 2, "{r:?}");
        assert_eq!(r[0], (QuoteKind::Indirect, "الاتفاق نهائي".into(), Some("سيرغي لافروف".into())));
        assert_eq!(r[1].0, QuoteKind::Mixed);
        assert_eq!(r[1].2.as_deref(), Some("سيرغي لافروف"));
        let r =
            q("وقال ولايتي إن \"الانتخابات اللبنانية حققت نتائج كبيرة\". وأشار إلى أن الحكومة ستتشكل قريبا.");
        assert_eq!(
            r[0],
            (QuoteKind::Mixed, "الانتخابات اللبنانية حققت نتائج كبيرة".into(), Some("ولايتي".into()))
        );
        assert_eq!(r[1], (QuoteKind::Indirect, "الحكومة ستتشكل قريبا".into(), Some("ولايتي".into())));
    }

    #[test]
    fn role_subject_and_verb_after() {
        let r = q(
            "وأكد الرئيس الفرنسي فرانسوا هولاند دعمه. وقال الرئيس الفرنسي إن باريس مستعدة للتعاون.\n\"سنعمل مع الجميع من أجل السلام\"، قال هولاند.",
        );
        assert_eq!(r.len(), 2, "{r:?}");
        assert_eq!(r[0].2.as_deref(), Some("فرانسوا هولاند"));
        assert_eq!(
            r[1],
            (QuoteKind::Direct, "سنعمل مع الجميع من أجل السلام".into(), Some("فرانسوا هولاند".into()))
        );
    }

    #[test]
    fn refusals_and_calls_are_not_indirect_speech() {
        assert!(q("ورفض الوزير أن يكون هناك أي تأجيل.").is_empty());
        assert!(q("ودعا الرئيس إلى أن تتوقف الحرب.").is_empty());
    }

    #[test]
    fn nominal_frames_anaphora_and_attributions() {
        // «نقل عن فلان قوله»; a generic definite noun resolves to the speaker named before.
        let r = q(
            "ونقلت الوكالة عن مدير الإعلام في الوزارة، فواز الشروقي، قوله إن \"الخطأ سيصحح خلال أيام قليلة\".\nوقال متحدث باسم الحكومة التركية إن القوات لن تبقى. وقال المتحدث: \"هدفنا هو تطهيرها من الإرهابيين\".",
        );
        assert_eq!(r.len(), 3, "{r:?}");
        assert_eq!(r[0].2.as_deref(), Some("فواز الشروقي"));
        assert_eq!(r[2].2.as_deref(), Some("متحدث باسم الحكومة التركية"));
        // «وفق ما ذكرت الوكالة» attributes what precedes it, and frames nothing after it.
        let r = q("اعتقلت الشرطة رجلين، وفق ما ذكرت الوكالة الرسمية، في تطور من المرجح أن يفاقم التوتر.");
        assert_eq!(
            r,
            vec![(QuoteKind::Indirect, "اعتقلت الشرطة رجلين".into(), Some("الوكالة الرسمية".into()))]
        );
        // A hashtag subject, an apposition and قد between subject and verb.
        let r = q("وكان #الجيش_اليوناني قد ذكر أن السلطات على تواصل دائم.");
        assert_eq!(r[0].2.as_deref(), Some("الجيش اليوناني"));
        let r = q("لكن مركز إدارة خدمات الكومبيوتر، التابع للوزارة قال إن المراكز عادت إلى العمل.");
        assert_eq!(r[0].2.as_deref(), Some("مركز إدارة خدمات الكومبيوتر"));
        // «، لكنه أشار…» ends the clause.
        let r = q("وقال الوزير علي جهرمي إن التحقيق مازال جاريا، لكنه أشار إلى أن الهجوم جاء من الخارج.");
        assert_eq!(r[0].1, "التحقيق مازال جاريا");
        assert_eq!(r.len(), 2, "{r:?}");
    }

    #[test]
    fn verbs_agree_in_number_and_gender() {
        let form = |w: &str| verb_form(&search_norm(w)).map(|f| (f.agreement, f.participle));
        assert_eq!(form("قالتا"), Some((Agreement::FD, false)));
        assert_eq!(form("وأكدوا"), Some((Agreement::MP, false)));
        assert_eq!(form("فزعما"), Some((Agreement::MD, false)));
        assert_eq!(form("يقولان"), Some((Agreement::MD, false)));
        assert_eq!(form("وتضيف"), Some((Agreement::FS, false)));
        assert_eq!(form("مضيفة"), Some((Agreement::FS, true)));
        assert_eq!(form("مؤكدين"), Some((Agreement::MP, true)));
        assert_eq!(form("موضحتين"), Some((Agreement::FD, true)));
        assert_eq!(form("نفتا"), Some((Agreement::FD, false)));
        assert_eq!(form("مطالبات"), None, "a noun (demands)");
    }

    #[test]
    fn plural_and_dual_speakers() {
        // A plural verb has no subject after it: its subject is the group before it.
        let r = q(
            "قال الرئيس الفرنسي إيمانويل ماكرون إن باريس ستدعم الاتفاق. وكان قادة الاتحاد الأوروبي قد اجتمعوا في بروكسل، وأكدوا أن الاتفاق لن يعاد التفاوض عليه.",
        );
        assert_eq!(r.len(), 2, "{r:?}");
        assert_eq!(r[1].2.as_deref(), Some("قادة الاتحاد الأوروبي"));
        // A dual subject after a singular verb; a later dual verb goes back to it past
        // a singular speaker.
        let r = q(
            "وقال الوزيران إن المحادثات كانت مثمرة. وقال المتحدث باسم الخارجية أحمد حافظ إن اللقاء دام ساعتين. وأكدا أن التعاون سيتعزز.",
        );
        assert_eq!(r.len(), 3, "{r:?}");
        assert_eq!(r[1].2.as_deref(), Some("أحمد حافظ"));
        assert_eq!(r[2].2.as_deref(), Some("الوزيران"));
        // A feminine verb goes back to the last feminine speaker.
        let r = q(
            "وقالت وزيرة الخارجية السويدية مارغوت فالستروم إن بلادها قلقة. وقال السفير الروسي فاسيلي نيبينزيا إن موسكو ترفض ذلك. وأضافت أن الحوار هو الحل الوحيد.",
        );
        assert_eq!(r[2].2.as_deref(), Some("مارغوت فالستروم"), "{r:?}");
        // Sound plurals and group nouns as subjects; a number before the head.
        let r = q("وقال مسؤولون أمريكيون إن العقوبات ستفرض قريبا. وكشفت 4 مصادر دبلوماسية أن الاجتماع تأجل.");
        assert_eq!(r[0].2.as_deref(), Some("مسؤولون أمريكيون"), "{r:?}");
        assert_eq!(r[1].2.as_deref(), Some("مصادر دبلوماسية"), "{r:?}");
    }

    #[test]
    fn told_whom_relayed_report_and_participle_of_its_clause() {
        // «قال لمستشاريه:»: `لـ` + a noun with a pronoun is the addressee.
        let r = q("قال المدرب جوزيه مورينيو إن الفريق جاهز. وقال لمستشاريه: \"لا أريد أي مخاطر\".");
        assert_eq!(r[1].2.as_deref(), Some("جوزيه مورينيو"), "{r:?}");
        // «كما نقلت الصحيفة:» in the frame: the words are the subject's.
        let r = q(
            "وتابع رونالدو ثورة غضبه كما نقلت الصحيفة الإسبانية: \"لماذا يتهمونني؟ الضرائب يدفعها الرعاة\".",
        );
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].2.as_deref(), Some("رونالدو"), "{r:?}");
        // A participle goes to the person of its own coordinated clause.
        let r = q(
            "وحث المحامي كارلوس أوسوريو اللاعب على عدم القلق، وحينما حان الموعد غضب اللاعب كريستيانو رونالدو قائلا: \"أريد أن أعرف ما الذي يجري\"",
        );
        assert_eq!(r[0].2.as_deref(), Some("كريستيانو رونالدو"), "{r:?}");
        // No speaker so far agrees with «وقال»: the first person of the sentence before.
        let r = q(
            "وذكرت الصحيفة أن المدرب الفرنسي، زين الدين زيدان، تحدث مع المدير الرياضي.\nوقال لمستشاريه: \"لا أريد أي مخاطر في الفريق\".",
        );
        assert_eq!(r.last().and_then(|x| x.2.as_deref()), Some("زين الدين زيدان"), "{r:?}");
    }

    #[test]
    fn thinking_after_a_particle_with_its_subject_and_zanna() {
        // «كونه يعتقد أن…»: the pronoun on «كون» is the subject, no passive.
        let r = q("وشعر اللاعب كريستيانو رونالدو بالخيانة، كونه يعتقد أن زملاءه يحصلون على ضعفي أجره.");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].1, "زملاءه يحصلون على ضعفي أجره");
        // An impersonal «ويعتقد أن…» still reports nobody's words.
        assert!(q("ويعتقد أن الحادث وقع بسبب خلل فني في المحرك.").is_empty());
        // «ظن X بأنه…», a verb of thinking.
        let r = q("وتعرض المغني لحملة شرسة بعدما ظن المهاجمون بأنه حساب مدرب برشلونة.");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].2.as_deref(), Some("المهاجمون"), "{r:?}");
    }

    #[test]
    fn quotes_glued_to_a_verbal_noun_and_the_narrators_setting() {
        // «تعهد باتخاذ "…"»: the verbal noun's object, no quote.
        assert!(q("وتعهد البنك المركزي باتخاذ \"كل التدابير الضرورية\" لضمان الاستقرار.").is_empty());
        // «في وقت تسارع فيه…» after the quoted words: the narrator's setting.
        let r =
            q("وأكد البنك المركزي أنه سيوفر \"كل السيولة الضرورية للمصارف\" في وقت تسارع فيه تراجع الليرة.");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].1, "سيوفر \"كل السيولة الضرورية للمصارف\"");
        // A quote after a place or a document starting with ب is speech.
        let r = q("وأضاف المدير خلال مؤتمر صحفي في برلين \"أنا مقتنع بأن الديزل يشهد نهضة\".");
        assert_eq!(r.len(), 1, "{r:?}");
        let r = q("وقال الوزير في باريس \"لن نتراجع عن هذا القرار\".");
        assert_eq!(r.len(), 1, "{r:?}");
        // «في وقت سابق» is part of the clause.
        let r = q("وأكد الوزير أن الحكومة وافقت على الخطة في وقت سابق من هذا الشهر.");
        assert!(r[0].1.ends_with("من هذا الشهر"), "{r:?}");
    }

    #[test]
    fn attributions_without_a_source_or_after_wadhalika() {
        // «وفق ما أعلن الاثنين»: the clause's own subject announced it.
        let r =
            q("يعتزم البنك المركزي التركي اتخاذ إجراءات جديدة لمواجهة انهيار الليرة، وفق ما أعلن الاثنين.");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].1, "يعتزم البنك المركزي التركي اتخاذ إجراءات جديدة لمواجهة انهيار الليرة");
        assert!(r[0].2.as_deref().is_some_and(|s| s.starts_with("البنك المركزي")), "{r:?}");
        // «، وذلك حسب تقرير نشرته صحيفة X»: the paper's report.
        let r = q(
            "وقد قادت المشاكل النجم إلى مغادرة النادي، وذلك حسب تقرير نشرته صحيفة \"إلموندو\" الإسبانية يوم الأحد.",
        );
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].1, "وقد قادت المشاكل النجم إلى مغادرة النادي");
        assert!(r[0].2.as_deref().is_some_and(|s| s.contains("إلموندو")), "{r:?}");
    }

    #[test]
    fn addressees_quoted_names_and_roles_are_read() {
        // «قال للصحفيين»: the addressee is no speaker.
        let r = q(
            "قال وزير الخارجية الألماني هايكو ماس إن برلين شريك للعراق. وقال للصحفيين في المطار إن الزيارة تهدف إلى دعم الاستقرار.",
        );
        assert_eq!(r[1].2.as_deref(), Some("هايكو ماس"), "{r:?}");
        // A quoted name as the subject, or in the frame before the complement, is no quote.
        let r = q("وقالت \"أطباء بلا حدود\" إن المستشفى تعرض للقصف مرتين.");
        assert_eq!(
            r,
            vec![(QuoteKind::Indirect, "المستشفى تعرض للقصف مرتين".into(), Some("أطباء بلا حدود".into()))]
        );
        let r = q(
            "وقال سامي عقل، المتحدث باسم \"منظمة العفو الدولية\"، إن \"المعتقلين يتعرضون للتعذيب بشكل منهجي\".",
        );
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].1, "المعتقلين يتعرضون للتعذيب بشكل منهجي");
        // A role with a place before the name; a feminine title; a body with «لـ».
        let r = q("وقال السفير الأمريكي لدى الأمم المتحدة جون بولتون إن بلاده لن تتراجع.");
        assert_eq!(r[0].2.as_deref(), Some("جون بولتون"), "{r:?}");
        let r = q("وقالت نائبة مديرة المكتب الإقليمي للمنظمة هبة مرايف إن السلطات اعتقلت العشرات.");
        assert_eq!(r[0].2.as_deref(), Some("هبة مرايف"), "{r:?}");
        let r = q("وكتب المدير التنفيذي لمنظمة الصحة العالمية \"WHO\" تيدروس أدهانوم أن الوباء يتراجع.");
        assert_eq!(r[0].2.as_deref(), Some("تيدروس أدهانوم"), "{r:?}");
    }

    #[test]
    fn stances_are_reported_and_via_is_no_verb() {
        let r = q("أعرب وزير الخارجية القطري عن قلقه من أن تؤدي الأزمة إلى موجة نزوح جديدة.");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!((r[0].0, r[0].1.as_str()), (QuoteKind::Indirect, "تؤدي الأزمة إلى موجة نزوح جديدة"));
        let r = q("وعبر الأمين العام للأمم المتحدة أنطونيو غوتيريش عن أمله في أن تستأنف المفاوضات قريبا.");
        assert_eq!(
            r,
            vec![(QuoteKind::Indirect, "تستأنف المفاوضات قريبا".into(), Some("أنطونيو غوتيريش".into()))]
        );
        let r = q("وعبرت المفوضية عن ارتياحها لعودة آلاف اللاجئين إلى ديارهم.");
        assert_eq!(
            r,
            vec![(
                QuoteKind::Indirect,
                "ارتياحها لعودة آلاف اللاجئين إلى ديارهم".into(),
                Some("المفوضية".into())
            )]
        );
        // «معبرا عن دهشته بالقول "…"»: the words themselves are the quote.
        let r = q("وعلق المدرب على الهزيمة، معبرا عن دهشته بالقول \"لم نتوقع أن نخسر بهذه الطريقة\".");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!((r[0].0, r[0].1.as_str()), (QuoteKind::Direct, "لم نتوقع أن نخسر بهذه الطريقة"));
        // «عبر» as "via" or "across": no frame of its own.
        assert!(q("وتنقل الشاحنات المساعدات عبر الحدود إلى المدن المحاصرة.").is_empty());
        assert!(q("ونشر الوزير صورة عبر حسابه على تويتر عن اللقاء مع نظيره.").is_empty());
        assert!(q("وعبرت السفينة قناة السويس متجهة إلى ميناء \"جبل علي الجديد\" في دبي.").is_empty());
        let r = q("وقال الوزير عبر حسابه على تويتر إن الاجتماع كان مثمرا.");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].1, "الاجتماع كان مثمرا");
    }

    #[test]
    fn participles_in_context_and_clause_ends() {
        // «لافتة إلى أن»: a participle (not a banner), going to the feminine speaker.
        let r = q("وقالت الوزارة إن الحريق أخمد بالكامل، لافتة إلى أن التحقيق في أسبابه جار.");
        assert_eq!(r.len(), 2, "{r:?}");
        assert_eq!(r[0].1, "الحريق أخمد بالكامل");
        assert_eq!((r[1].1.as_str(), r[1].2.as_deref()), ("التحقيق في أسبابه جار", Some("الوزارة")));
        // «، كما أوضح أن…» ends the first clause.
        let r = q("وأعلن وزير المالية أن الميزانية أقرت، كما أوضح أن الضرائب لن ترتفع هذا العام.");
        assert_eq!(r.len(), 2, "{r:?}");
        assert_eq!(r[0].1, "الميزانية أقرت");
        // A threat reported with «متوعدا بأن».
        let r = q("وقال قائد الجيش إن الهجمات لن تمر، متوعدا بأن الرد سيكون قاسيا.");
        assert_eq!(r.len(), 2, "{r:?}");
        assert_eq!(r[1].1, "الرد سيكون قاسيا");
    }

    #[test]
    fn attributions_report_their_clause() {
        let r = q("قتل ثلاثة أشخاص في انفجار سيارة مفخخة في بغداد، بحسب ما ذكرته الشرطة العراقية.");
        assert_eq!(
            r,
            vec![(
                QuoteKind::Indirect,
                "قتل ثلاثة أشخاص في انفجار سيارة مفخخة في بغداد".into(),
                Some("الشرطة العراقية".into())
            )]
        );
        // Relayed: the original source speaks.
        let r = q("وارتفع عدد القتلى إلى 12، وفقا لما نقلته رويترز عن المتحدث باسم وزارة الصحة أشرف القدرة.");
        assert_eq!(r[0].2.as_deref(), Some("أشرف القدرة"), "{r:?}");
        // «لـ» + a body; a forward attribution; an attribution between dashes.
        let r = q("وتجاوز عدد الإصابات ألف حالة، وفقا لوزارة الصحة الفلسطينية.");
        assert_eq!(r[0].2.as_deref(), Some("وزارة الصحة الفلسطينية"), "{r:?}");
        let r = q("وبحسب مصادر أمنية، فإن المهاجمين فروا إلى الجبال القريبة.");
        assert_eq!(
            r,
            vec![(
                QuoteKind::Indirect,
                "المهاجمين فروا إلى الجبال القريبة".into(),
                Some("مصادر أمنية".into())
            )]
        );
        let r = q(
            "انتهى التصويت مساء أمس. وأنهت اللجنة - بحسب ما أفادت وكالة الأنباء الرسمية - فرز الأصوات في معظم الدوائر.",
        );
        assert_eq!(r.len(), 1, "{r:?}");
        assert!(r[0].1.starts_with("وأنهت اللجنة") && r[0].1.ends_with("معظم الدوائر"), "{r:?}");
        let r = q("وكلفت البلدية، بحسب ما ذكرته الصحيفة، شركة خاصة بإعادة بناء الجسر.");
        assert_eq!(r.len(), 1, "{r:?}");
        assert!(r[0].1.ends_with("بإعادة بناء الجسر"), "{r:?}");
        // «على حد قوله»: the last speaker's words.
        let r = q("قال الوزير أحمد سالم إن الحكومة ستتحرك. وتعيش البلاد أزمة غير مسبوقة، على حد قوله.");
        assert_eq!(r.len(), 2, "{r:?}");
        assert_eq!((r[1].1.as_str(), r[1].2.as_deref()), ("وتعيش البلاد أزمة غير مسبوقة", Some("أحمد سالم")));
        // Not a source: a law, a clock; a clause a verb frames already.
        assert!(q("وتبدأ الانتخابات في الثامنة صباحا، بحسب التوقيت المحلي.").is_empty());
        assert!(q("ويحظر نشر الصور في المحاكم، وفقا للقانون الجديد.").is_empty());
        let r = q("وقال الناطق باسم الجيش إن الطائرة سقطت لأسباب فنية، بحسب الوكالة.");
        assert_eq!(r.len(), 1, "{r:?}");
    }

    #[test]
    fn verbal_noun_frames() {
        let r = q("وسارعت وزارة الخارجية الروسية إلى تأكيد أن موسكو لم تتلق أي طلب رسمي.");
        assert_eq!(
            r,
            vec![(
                QuoteKind::Indirect,
                "موسكو لم تتلق أي طلب رسمي".into(),
                Some("وزارة الخارجية الروسية".into())
            )]
        );
        let r = q("واكتفى المتحدث باسم الرئاسة بالقول إن الرئيس يتابع الموقف عن كثب.");
        assert_eq!(r[0].2.as_deref(), Some("المتحدث باسم الرئاسة"), "{r:?}");
        // «أصدرت X بيانا قالت فيه»: the statement's issuer speaks.
        let r = q("وأصدرت الخارجية المصرية بيانا قالت فيه إن القاهرة ترفض التدخل في شؤونها.");
        assert_eq!(r[0].2.as_deref(), Some("الخارجية المصرية"), "{r:?}");
        // A verbal noun with no complementizer is no frame: «دعا إلى إعلان حالة الطوارئ»,
        // «بالتأكيد» (certainly).
        assert!(q("ودعا النواب إلى إعلان حالة الطوارئ في المحافظات الجنوبية.").is_empty());
        assert!(q("وهذا بالتأكيد تطور مهم في مسار المفاوضات.").is_empty());
    }

    #[test]
    fn impersonal_relative_and_other_speakers() {
        // «ويذكر أن»: it is said, by nobody.
        assert!(q("ويذكر أن الاتفاق وقع في عام 2015 بعد مفاوضات طويلة.").is_empty());
        // «فيما يرى آخرون أن…» is another speaker's clause.
        let r = q("ورجح محللون أن الأسعار سترتفع خلال الصيف فيما يرى آخرون أن السوق ستستقر.");
        assert_eq!(r.len(), 2, "{r:?}");
        assert_eq!((r[0].1.as_str(), r[0].2.as_deref()), ("الأسعار سترتفع خلال الصيف", Some("محللون")));
        assert_eq!(r[1].2.as_deref(), Some("آخرون"));
        // A title of a title, then the name in quotes; a two-word quote closing the sentence.
        let r = q("وقال مساعد المتحدث باسم البيت الأبيض \"هوغان غيدلي\" للصحفيين إن الرئيس سيوقع القرار.");
        assert_eq!(r[0].2.as_deref(), Some("هوغان غيدلي"), "{r:?}");
        let r = q("وقال وزير الدفاع للصحفيين \"لن نتراجع\".");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!((r[0].0, r[0].1.as_str()), (QuoteKind::Direct, "لن نتراجع"));
        assert!(q("ووصف الوزير الهجوم بـ\"العمل الجبان\".").is_empty());
        // «كل من X وY … وأكدتا»: the two of them.
        let r = q("وتتمسك كل من مصر والسودان بحصتيهما من المياه، وأكدتا أن الاتفاق ملزم للجميع.");
        assert_eq!(r[0].2.as_deref(), Some("مصر والسودان"), "{r:?}");
        // A relative pronoun agreeing with the verb: its antecedent speaks.
        let r = q("وتباينت المواقف داخل الحكومة التي رأت أن الإصلاحات ضرورية.");
        assert_eq!(r[0].2.as_deref(), Some("الحكومة"), "{r:?}");
        // A verbal noun with its subject: «بعد إعلان الشرطة أن…».
        let r = q("وجاء ذلك بعد إعلان الشرطة أن المشتبه به اعتقل في منزله.");
        assert_eq!(r, vec![(QuoteKind::Indirect, "المشتبه به اعتقل في منزله".into(), Some("الشرطة".into()))]);
        // «، وذلك بعد…» is the narrator again.
        let r = q("ويقول البنك المركزي إنه لن يرفع الفائدة، وذلك بعد اجتماع استمر يومين.");
        assert_eq!(r[0].1, "لن يرفع الفائدة", "{r:?}");
    }

    #[test]
    fn titles_times_and_objects() {
        // A title in quotes is no quote, even before «، وأكد X أن…».
        let r = q("ونشرت الصحيفة افتتاحية بعنوان \"العقوبات لا تجدي نفعا\"، وأكد الكاتب أن الحل سياسي.");
        assert_eq!(r, vec![(QuoteKind::Indirect, "الحل سياسي".into(), Some("الكاتب".into()))]);
        // «بعد أن» is a time, not a complement.
        assert!(q("ويتهم الرجل بسرقة السيارة بعد أن كسر نافذتها.").is_empty());
        // «أبلغها X أن…»: a verb of telling with its object.
        let r = q("وأبلغها الطبيب المعالج أن حالتها مستقرة.");
        assert_eq!(r, vec![(QuoteKind::Indirect, "حالتها مستقرة".into(), Some("الطبيب المعالج".into()))]);
        // A colon and quote marks after an indirect clause open a quote of their own.
        let r = q("وقالت الأم إن ابنها اختفى في الليل: \"بحثنا عنه في كل مكان دون جدوى\".");
        assert_eq!(r.len(), 2, "{r:?}");
        assert_eq!(r[0].1, "ابنها اختفى في الليل");
    }

    mod props {
        use super::*;
        use proptest::prelude::*;

        proptest! {
            #[test]
            fn no_panic_valid_ranges(s in "([\\u0600-\\u06FF]{0,6}|قال|إن|أن|مضيفا|[ .:،«»\"“”\\n()]{0,3}){0,50}") {
                for x in quotes_heuristic("", &s) {
                    prop_assert!(s.get(x.text.clone()).is_some());
                    prop_assert!(x.text.start < x.text.end);
                    if let Some(v) = x.verb { prop_assert!(s.get(v).is_some()); }
                }
            }
        }
    }

    #[test]
    fn role_with_its_own_words_then_the_name_between_commas() {
        let r = q("وقال محلل أول في مصرف \"إتش إس بي سي\"، جيمس بوميروي، إن أسعار النفط ستواصل الارتفاع.");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].2.as_deref(), Some("جيمس بوميروي"));
        let r = q("وأوضحت خبيرة اقتصادية لدى بنك الكويت الوطني، ماريا كوستا، أن التضخم سيتراجع هذا العام.");
        assert_eq!(r[0].2.as_deref(), Some("ماريا كوستا"), "{r:?}");
        // An anonymous source set off by commas is no name.
        let r = q("وقال مسؤول في الاتحاد، طلب عدم نشر اسمه، إن المدرب سيرحل في الصيف.");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_ne!(r[0].2.as_deref(), Some("طلب عدم نشر"));
    }

    #[test]
    fn bi_qawl_reports_the_clause_subject() {
        let r = q(
            "وكان مدرب الفريق، يورغن كلوب، طمأن الجماهير عقب المباراة بقوله: \"اللاعبون بخير وسنعود أقوى\". وأضاف \"نحتاج إلى الوقت فقط\".",
        );
        assert_eq!(r.len(), 2, "{r:?}");
        assert_eq!(r[0].1, "اللاعبون بخير وسنعود أقوى");
        assert!(r.iter().all(|x| x.2.as_deref() == Some("يورغن كلوب")), "{r:?}");
    }

    #[test]
    fn a_long_subject_still_frames_a_quote_that_ends_the_sentence() {
        let r = q(
            "وقال المشجع الذي قطع مئات الكيلومترات لحضور النهائي على ملعب المدينة الرياضية في العاصمة مساء الأحد \"لن أنسى هذه الليلة أبدا\".",
        );
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].1, "لن أنسى هذه الليلة أبدا");
        assert_eq!(r[0].2.as_deref(), Some("المشجع"));
    }

    #[test]
    fn concessive_wa_in_kana_is_no_clause() {
        let r = q("ولا توجد أرقام رسمية تذكر عن الخسائر، وإن كانت التقديرات الأولية مرتفعة.");
        assert!(r.is_empty(), "{r:?}");
    }

    #[test]
    fn an_opening_attribution_with_fa_inna_and_no_comma() {
        let r = q("وبحسب صحيفة \"ماركا\" الإسبانية فإن إدارة النادي رفضت العرض المقدم لضم المهاجم.");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].0, QuoteKind::Indirect);
        assert_eq!(r[0].1, "إدارة النادي رفضت العرض المقدم لضم المهاجم.".trim_end_matches('.'));
        assert!(r[0].2.as_deref().is_some_and(|s| s.contains("ماركا")), "{r:?}");
    }

    #[test]
    fn the_words_of_a_speaker_as_subject_go_to_the_speaker() {
        let r = q("وأكدت تصريحات رئيس البنك المركزي، هشام عكاشة، أن الفائدة لن ترتفع قريبا.");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].2.as_deref(), Some("هشام عكاشة"));
    }

    #[test]
    fn kama_with_a_new_subject_ends_the_clause() {
        let r = q(
            "وأكد المدرب الألماني يورغن كلوب أن فريقه قادر على العودة، كما خرج القائد جوردان هندرسون وأعرب عن ثقته بأن الفريق سيفوز باللقب.",
        );
        assert_eq!(r.len(), 2, "{r:?}");
        assert_eq!(r[0].1, "فريقه قادر على العودة");
        assert_eq!(r[1].1, "الفريق سيفوز باللقب");
        assert_eq!(r[1].2.as_deref(), Some("جوردان هندرسون"), "{r:?}");
    }

    #[test]
    fn insisting_hinting_and_a_verbal_noun_with_its_own_subject() {
        let r =
            q("وأصر رئيس النادي على أن المدرب باق في منصبه، لكن الوزير ألمح إلى أن الدعم الحكومي قد يتوقف.");
        assert_eq!(r.len(), 2, "{r:?}");
        assert_eq!(r[0].1, "المدرب باق في منصبه");
        assert_eq!(r[1].1, "الدعم الحكومي قد يتوقف");
        let r = q(
            "وقال المدير المالي إن المبيعات تراجعت، مشيرا إلى إعلان الحكومة أنها سترفع الضرائب على الواردات.",
        );
        assert_eq!(r.len(), 2, "{r:?}");
        assert_eq!(r[1].1, "سترفع الضرائب على الواردات");
        assert_eq!(r[1].2.as_deref(), Some("الحكومة"));
    }

    #[test]
    fn a_person_before_an_agreeing_relative_pronoun_speaks() {
        let r = q(
            "وأثار القرار غضب المدرب الإيطالي كارلو أنشيلوتي الذي يرى أن اللاعبين يحتاجون إلى الراحة بعد موسم طويل.",
        );
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].1, "اللاعبين يحتاجون إلى الراحة بعد موسم طويل");
        assert_eq!(r[0].2.as_deref(), Some("كارلو أنشيلوتي"));
    }

    #[test]
    fn relaying_papers_and_haythu_with_another_speaker() {
        let r = q("ونقلت صحيفة \"الغارديان\" البريطانية في عددها الصادر اليوم، أن الحكومة تدرس رفع الضرائب.");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].1, "الحكومة تدرس رفع الضرائب");
        assert!(r[0].2.as_deref().is_some_and(|s| s.contains("الغارديان")), "{r:?}");
        let r = q("ويرى المحللون أن الأسعار سترتفع، حيث توقع بعضهم أن يتجاوز البرميل مئة دولار.");
        assert_eq!(r.len(), 2, "{r:?}");
        assert_eq!(r[0].1, "الأسعار سترتفع");
        let r = q("ونقلت وكالة الأنباء الرسمية عن وزير الصحة أن عدد الإصابات تراجع هذا الأسبوع.");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].2.as_deref(), Some("وزير الصحة"));
    }

    #[test]
    fn one_of_a_group_before_the_verb_speaks() {
        let r = q("وسادت خيبة الأمل بين الجماهير. حتى أن أحد المشجعين القدامى قال إن الفريق لم يعد كما كان.");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].1, "الفريق لم يعد كما كان");
        assert_eq!(r[0].2.as_deref(), Some("أحد المشجعين القدامى"));
    }

    #[test]
    fn a_thing_before_an_object_relative_does_not_speak() {
        let r = q(
            "وانتقد الخبير الاقتصادي مارك زاندي خطة الحكومة. وأشار زاندي إلى خفض الضرائب الذي يقول إنه جاء في توقيت سيئ.",
        );
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].1, "جاء في توقيت سيئ");
        assert!(r[0].2.as_deref().is_some_and(|s| s.ends_with("زاندي")), "{r:?}");
    }

    #[test]
    fn a_colon_without_quote_marks_introduces_the_clause() {
        let r = q("وقالت الصحيفة: المدرب أبلغ إدارة النادي برغبته في الرحيل نهاية الموسم.");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].0, QuoteKind::Indirect);
        assert_eq!(r[0].1, "المدرب أبلغ إدارة النادي برغبته في الرحيل نهاية الموسم");
        assert_eq!(r[0].2.as_deref(), Some("الصحيفة"));
    }

    #[test]
    fn kama_kataba_attributes_the_sentence_to_the_last_writer() {
        let r = q(
            "وقال الكاتب البريطاني جون كارلين إن الرواية لم تعد تجذب القراء. وتتراجع مبيعات الكتب الورقية أمام الشاشات عاما بعد عام، كما كتب في مقاله الأسبوعي.",
        );
        assert_eq!(r.len(), 2, "{r:?}");
        assert_eq!(r[1].1, "وتتراجع مبيعات الكتب الورقية أمام الشاشات عاما بعد عام");
        assert_eq!(r[1].2.as_deref(), Some("جون كارلين"));
    }

    #[test]
    fn a_short_quote_opening_the_clause_may_go_on_unquoted() {
        let r = q("وقال المدرب إن الهزيمة \"درس قاس جدا\" للاعبين الشباب في الفريق.");
        assert_eq!(r.len(), 1, "{r:?}");
        let r = q("وقال المدرب إنها \"خسارة مؤلمة للجميع\" لمن يطمح إلى اللقب.");
        assert_eq!(r[0].1, "خسارة مؤلمة للجميع\" لمن يطمح إلى اللقب", "{r:?}");
        // The narrator's words after the quote stay out.
        let r = q(
            "وقال الوزير إن الخطة \"ستنقذ الاقتصاد الوطني\"، دون الإدلاء بتفاصيل. وقال إنها \"ستنجح في النهاية بالتأكيد\" دون أن يوضح كيف.",
        );
        assert_eq!(r[1].1, "ستنجح في النهاية بالتأكيد", "{r:?}");
    }

    #[test]
    fn verbs_of_thinking_estimating_and_concluding_report_their_clause() {
        let r = q("ويعتقد الخبير الاقتصادي سامي خليل أن الأسعار سترتفع مجددا خلال الصيف.");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].1, "الأسعار سترتفع مجددا خلال الصيف", "{r:?}");
        assert!(r[0].2.as_deref().is_some_and(|s| s.contains("سامي خليل")), "{r:?}");
        let r = q("وخلصت الدراسة التي شملت ألفي مريض إلى أن الدواء يخفض ضغط الدم بشكل ملحوظ.");
        assert_eq!(r.len(), 1, "{r:?}");
        assert!(r[0].2.as_deref().is_some_and(|s| s.contains("الدراسة")), "{r:?}");
        let r = q("ويقدّر صندوق النقد الدولي أن النمو سيتراجع إلى 2 في المئة هذا العام.");
        assert!(r[0].2.as_deref().is_some_and(|s| s.contains("صندوق النقد")), "{r:?}");
        let r = q("ووجد الباحثون أن النوم المتقطع يرفع خطر الإصابة بالسكري.");
        assert_eq!(r.len(), 1, "{r:?}");
        let r = q("وفي ضوء ذلك، ترى المنظمة أنه لا يجوز احتجاز الصحفيين بسبب عملهم.");
        assert!(r[0].2.as_deref().is_some_and(|s| s.contains("المنظمة")), "{r:?}");
        // A passive is impersonal; «وجد» with an indefinite object finds, not says;
        // «قدر» as a noun frames nothing.
        assert!(q("ويُعتقد أن الحريق اندلع بسبب تماس كهربائي في الطابق الأول.").is_empty());
        assert!(q("ولم تجد الفنانة حرجا في أن تظهر على المسرح بعد العملية.").is_empty());
        assert!(q("وأبدى اللاعب قدرا كبيرا من الالتزام في التدريبات هذا الأسبوع.").is_empty());
    }

    #[test]
    fn a_document_speaks_in_ja_a_fi() {
        let r = q("وجاء في بيان لوزارة الصحة \"لم تسجل أي إصابات جديدة خلال الساعات الماضية\".");
        assert_eq!(r.len(), 1, "{r:?}");
        assert!(r[0].2.as_deref().is_some_and(|s| s.contains("بيان")), "{r:?}");
        let r = q("وجاء في التقرير أن معدلات البطالة بين الشباب ارتفعت بشكل حاد.");
        assert_eq!(r[0].1, "معدلات البطالة بين الشباب ارتفعت بشكل حاد", "{r:?}");
        // «جاء في المرتبة», «جاء في وقت»: no document, no frame.
        assert!(q("وجاء في المرتبة الثانية أن الفريق خسر مباراتين متتاليتين.").is_empty());
    }

    #[test]
    fn opinion_is_a_noun_after_a_word() {
        let r = q("وقالت اللجنة في مقال رأي نشرته الصحيفة إن القانون الجديد يقيد حرية التعبير.");
        assert_eq!(r.len(), 1, "{r:?}");
        assert!(r[0].2.as_deref().is_some_and(|s| s.contains("اللجنة")), "{r:?}");
        assert!(q("وأظهر استطلاع رأي أن غالبية الناخبين يؤيدون الإصلاحات.").is_empty());
    }

    #[test]
    fn a_noun_phrase_right_before_a_verb_without_conjunction_speaks() {
        let r = q("وأيدت الدراسة نتائج سابقة لمنظمة الصحة العالمية قالت إن التدخين يضاعف خطر الجلطات.");
        assert!(r[0].2.as_deref().is_some_and(|s| s.contains("العالمية")), "{r:?}");
        // Not an auxiliary, nor the body a subject belongs to.
        let r = q("وقال المطرب سامي يوسف في حديث للإذاعة إن الألبوم جاهز، ولطالما كان يقول إنه سيعتزل.");
        assert!(r.iter().all(|x| x.2.as_deref() != Some("كان")), "{r:?}");
        let r = q("لكن مركز الرصد، التابع لوزارة البيئة والمياه قال إن مستوى التلوث انخفض.");
        assert!(r[0].2.as_deref().is_some_and(|s| s.contains("مركز")), "{r:?}");
        // «إذ أكدت»: the subject of the clause before.
        let r = q("بدورها، نشرت صحيفة الوطن تفاصيل الحادثة، إذ أكدت أن السائق فر من المكان.");
        assert!(r[0].2.as_deref().is_some_and(|s| s.contains("صحيفة")), "{r:?}");
        let r = q("مفاجأة كبيرة كشفتها الصحيفة أمس، حيث أكدت أن المستشفى هدد الفنانة بالطرد.");
        assert!(r.iter().all(|x| x.2.as_deref() != Some("كبيرة")), "{r:?}");
    }

    #[test]
    fn a_shorter_role_names_the_person_with_the_longer_one() {
        let r = q(
            "قال وزير الدولة للشؤون الخارجية الإماراتي أنور قرقاش إن الاجتماع ناجح. واعتبر وزير الدولة الإماراتي أن المرحلة المقبلة تتطلب تنسيقا أكبر.",
        );
        assert_eq!(r.len(), 2, "{r:?}");
        assert!(r[1].2.as_deref().is_some_and(|s| s.contains("قرقاش")), "{r:?}");
    }

    #[test]
    fn names_after_a_body_and_objects_of_prepositions_are_no_quotes() {
        let r =
            q("وقالت منظمة \"المرصد الوطني لحقوق العمال\" المستقلة إن العمال لم يتقاضوا أجورهم منذ أشهر.");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].0, QuoteKind::Indirect, "{r:?}");
        assert!(
            q("وطالب المحامون بالإفراج عن الصحفي المتهم بـ\"نشر أخبار كاذبة\" و\"تهديد الأمن العام للدولة\".")
                .is_empty()
        );
        // A name ending in a participle's letters is no verb («وداعي»).
        let r = q("وقال رئيس الجمعية، أحمد وداعي، ردا على السؤال: \"لن نتراجع عن مطالبنا المشروعة\".");
        assert_eq!(r.len(), 1, "{r:?}");
        assert!(r[0].2.as_deref().is_some_and(|s| s.contains("وداعي")), "{r:?}");
    }

    #[test]
    fn relayed_by_circulating_and_a_stance_in_a_construct() {
        let r = q(
            "ضبطت الشرطة مقيما خالف قواعد العمل في أحد فنادق المدينة، وفقا لما تداولته إمارة المنطقة عبر صفحتها.",
        );
        assert_eq!(r.len(), 1, "{r:?}");
        assert!(r[0].2.as_deref().is_some_and(|s| s.contains("إمارة المنطقة")), "{r:?}");
        let r = q(
            "وعبر الوزير عن تطلع بلاده إلى \"بناء نموذج عربي يعود بالخير على المواطنين\" في المرحلة المقبلة.",
        );
        assert_eq!(r.len(), 1, "{r:?}");
        assert!(r[0].1.starts_with("تطلع بلاده"), "{r:?}");
        // «عبر» as "across" with no stance after «عن».
        assert!(q("وعبر المهاجرون عن طريق البحر إلى الجزر اليونانية الأسبوع الماضي.").is_empty());
    }

    #[test]
    fn a_negative_complementizer_and_a_schedule_told_by_the_narrator() {
        let r = q("وقال الوزير خالد الفالح إن الأسعار سترتفع، متوقعا ألا يتحقق التعافي قبل العام المقبل.");
        assert_eq!(r.len(), 2, "{r:?}");
        assert_eq!(r[1].1, "ألا يتحقق التعافي قبل العام المقبل", "{r:?}");
        assert!(r[1].2.as_deref().is_some_and(|s| s.contains("الفالح")), "{r:?}");
        // «إلا» (except), written without hamza, opens no clause.
        assert!(q("وقال الوزير الا مرة واحدة في اجتماع اللجنة.").is_empty());
        let r = q(
            "وقال الوزير خالد الفالح إن المحادثات قد تبدأ في يونيو المقبل، إذ من المقرر أن ينعقد اجتماع للمنظمة.",
        );
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].1, "المحادثات قد تبدأ في يونيو المقبل", "{r:?}");
    }

    #[test]
    fn a_subject_after_a_conjunction_and_another_official() {
        let r = q("ولم يتضح سبب الانفجار ولكن مصدرين أمنيين قالا إن خللا في البطارية كان السبب.");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].2.as_deref(), Some("مصدرين أمنيين"), "{r:?}");
        let r = q("وأبلغ مسؤول آخر بالوزارة محطة إذاعة محلية أن عدة أشخاص تلقوا العلاج في الموقع.");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].2.as_deref(), Some("مسؤول آخر بالوزارة"), "{r:?}");
    }

    #[test]
    fn a_generic_institution_and_a_quoted_stance() {
        let r = q(
            "أكدت إدارة المسرح الوطني أن العرض لم يستهدف المسألة الدينية. وأوردت المؤسسة في بيان لها \"محاولة شرسة مبرمجة لإحباط مشروع فني\".",
        );
        assert_eq!(r.len(), 2, "{r:?}");
        assert_eq!(r[1].2.as_deref(), Some("إدارة المسرح الوطني"), "{r:?}");
        let r = q("وعبّرت الإدارة عن \"استعدادها التام\" للتصدي بكل الوسائل لأشكال الترهيب.");
        assert_eq!(r.len(), 1, "{r:?}");
        assert!(r[0].1.starts_with("استعدادها التام"), "{r:?}");
        // A stance quoted whole is the quote, without its marks.
        let r =
            q("وقال اللاعب إنه شعر بألم، بينما أعرب مدربه أوسكار تاباريز عن \"قلقه\"، مؤكدا أنه سيعود قريبا.");
        assert!(r.iter().any(|x| x.1 == "قلقه" && x.2.as_deref() == Some("أوسكار تاباريز")), "{r:?}");
    }

    #[test]
    fn the_topic_of_amma_speaks() {
        let r = q(
            "وقالت سارة سيلرز للموقع \"لم أكن أتخيل ذلك أبدا\". أما بول بيليكنغتون، مدربها في الجامعة، فلم يصدق أيضا وقال: \"لم أتوقف عن تحديث شاشة النتائج\".",
        );
        assert_eq!(r.len(), 2, "{r:?}");
        assert_eq!(r[1].2.as_deref(), Some("بول بيليكنغتون"), "{r:?}");
        let r = q(
            "أما الأمين العام للفيدرالية العربية لحقوق الإنسان، سرحان الطاهر سعدي، فقال إن الصحف تحدثت عن الدعم.",
        );
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].2.as_deref(), Some("سرحان الطاهر سعدي"), "{r:?}");
        // An adverb is no topic: the verb's own subject speaks.
        let r = q("أما داخليا فيقول كمال أوغلو إن حزبه عازم على التغيير.");
        assert_eq!(r.len(), 1, "{r:?}");
        assert!(r[0].2.as_deref().is_some_and(|s| s.contains("أوغلو")), "{r:?}");
    }

    #[test]
    fn a_subject_between_anna_and_its_verb() {
        let r = q(
            "يشار إلى أن الجبهة الشعبية وصفت الزواري في بيان لها \"بشهيد تونس من أجل فلسطين\" واتهمت الاحتلال باستهدافه.",
        );
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].2.as_deref(), Some("الجبهة الشعبية"), "{r:?}");
        let r = q("وسيواصل المدرب عمله رغم أن الإدارة الصينية للنادي عبرت عن استعدادها لدفع الشرط الجزائي.");
        assert_eq!(r.len(), 1, "{r:?}");
        assert!(r[0].2.as_deref().is_some_and(|s| s.starts_with("الإدارة الصينية")), "{r:?}");
        // Not a thing that cannot speak («أن المعلومات تشير»), nor «بعد أن» + a verb.
        let r = q("ونقلت الوكالة عن مراسلها أن المعلومات تشير إلى أن الاتفاق يقضي بخروج المقاتلين.");
        assert!(r.iter().all(|x| x.2.as_deref() != Some("المعلومات")), "{r:?}");
        let r = q("وأثارت فتاة ضجة بعد أن حملت لافتة كبيرة كتب عليها \"تزوجني يا صلاح\" في المدرجات.");
        assert!(r.iter().all(|x| x.2.as_deref().is_none_or(|s| !s.contains("حملت"))), "{r:?}");
    }

    #[test]
    fn an_attribution_inside_its_sentence_before_a_frame() {
        let r = q(
            "ويحيل عنوان هذا العمل، وفق المخرج فاضل الجعايبي، على \"تهافت السياسيين على المناصب والتناحر من أجلها\"، مضيفا أن فكرة العمل نابعة من مشاهد العنف.",
        );
        assert_eq!(r.len(), 2, "{r:?}");
        assert!(r[0].1.starts_with("ويحيل عنوان") && r[0].1.ends_with("من أجلها"), "{r:?}");
        assert!(r.iter().all(|x| x.2.as_deref() == Some("فاضل الجعايبي")), "{r:?}");
    }

    #[test]
    fn an_honorific_opens_a_name_in_apposition() {
        let r = q("وقال رئيس المنتدى المصري للدراسات الاقتصادية، الدكتور عادل عامر، إن مصر تحتاج للسندات.");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].2.as_deref(), Some("عادل عامر"), "{r:?}");
    }

    #[test]
    fn a_nominal_object_coordinated_with_a_clause() {
        let r =
            q("وأشار الوزير سليمان صويلو إلى وجود قبول من الجانب السعودي، وأن التفتيش ينتظر تفاهما مشتركا.");
        assert_eq!(r.len(), 1, "{r:?}");
        assert!(r[0].1.starts_with("وجود قبول") && r[0].1.ends_with("تفاهما مشتركا"), "{r:?}");
    }

    #[test]
    fn an_attribution_inside_a_reported_clause_and_kama_without_a_new_speaker() {
        let r = q(
            "وأكد الخبير بسام الشماع أن عائد المتحف، بحسب تصريحات وزير الآثار، يبقى زهيدا للغاية مقارنة بقيمة القطع.",
        );
        assert_eq!(r.len(), 1, "{r:?}");
        assert!(r[0].1.ends_with("مقارنة بقيمة القطع"), "{r:?}");
        assert!(r[0].2.as_deref().is_some_and(|s| s.contains("الشماع")), "{r:?}");
        // The source's role after it is no continuation.
        let r = q("وأعرب السكان عن مخاوفهم بشأن الفيضانات، بحسب مهند هاشم، مراسل بي بي سي في السودان.");
        assert!(r.iter().all(|x| !x.1.contains("مراسل")), "{r:?}");
        let r = q(
            "وأضاف المكتب أن الموقع جمع بيانات أكثر من مليون مستخدم، كما استخدم حزب العمال تلك المعلومات قبل الانتخابات.",
        );
        assert_eq!(r.len(), 1, "{r:?}");
        assert!(r[0].1.ends_with("قبل الانتخابات"), "{r:?}");
    }

    #[test]
    fn a_statement_as_the_source_and_words_quoted_after_a_quote() {
        let r =
            q("وقد عقد الوزير اجتماعا مع الرئيس استمر ثلاث ساعات، بحسب بيان مقتضب صدر عن الرئاسة التركية.");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].2.as_deref(), Some("الرئاسة التركية"), "{r:?}");
        let r = q("وتصدرت الحركة نسبة الحضور الإعلامي خلال الثلاثي الأول، حسب التقرير الصادر اليوم.");
        assert_eq!(r.len(), 1, "{r:?}");
        // A decision or a draft is no speaker.
        assert!(q("ويتوقف التصويت قبل 24 ساعة من بدء الانتخابات، وفق القرار الجديد.").is_empty());
        let r = q(
            "وعبّرت الإدارة عن \"استعدادها التام\" للتصدي لأشكال الترهيب، داعية، في هذا الصدد، جميع المنظمات والنقابات والفنانين والمجتمع المدني والرابطة التونسية للدفاع عن حقوق الإنسان للوقوف إلى جانبها في وجه الحملة التي ترمي إلى \"فرض وصاية على المشهد الثقافي\"، وفق نص البيان.",
        );
        assert!(r.iter().any(|x| x.1 == "فرض وصاية على المشهد الثقافي"), "{r:?}");
    }

    #[test]
    fn a_body_named_after_its_head_and_faqad_after_an_attribution() {
        let r = q("وفقا لوكالة رويترز فقد اجتمع الوفد مع رئيس كوريا الجنوبية في مكان غير معلن.");
        assert_eq!(r.len(), 1, "{r:?}");
        assert!(r[0].1.starts_with("اجتمع الوفد"), "{r:?}");
        assert_eq!(r[0].2.as_deref(), Some("وكالة رويترز"), "{r:?}");
        let r = q("ووفقا لموقع \"سبورت 360\" فقد اتخذت السلطات المحلية إجراءات أمنية استثنائية.");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].2.as_deref(), Some("موقع سبورت 360"), "{r:?}");
        // A short quote opening a clause goes on past «فقد».
        let r = q("وأضاف ترامب أنه \"في ضوء رد الصين غير العادل\" فقد أصدر تعليماته للمسؤولين التجاريين.");
        assert_eq!(r.len(), 1, "{r:?}");
        assert!(r[0].1.ends_with("للمسؤولين التجاريين"), "{r:?}");
    }
}
