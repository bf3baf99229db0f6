//! Noun phrases: reading the subject of a reporting verb (titles, names, bodies,
//! groups, appositions), and names set off after a body or a place.

use std::ops::Range;

use super::clause::{ATTRIBUTION, COMPLEMENTIZERS};
use super::frames::{STANCE_NOUNS, is_stance_noun, masdar_shape};
use super::lexicon::verb_form;
use super::marks::{frame_goes_on, is_mark, is_quote_char};
use super::places::{in_place, is_place};
use super::tokens::Tok;
use super::words::{
    HONORIFICS, MEDIA_TITLES, PREPOSITIONS, STATEMENTS, anonymity_end, international_adjective, is_addressee,
    is_bare_name_word, is_document, is_kin_head, is_org_head, is_other, is_outlet_addressee, is_subject_stop,
    is_title, org_head_word, role_adjective,
};
use crate::text::tokenize::TokenKind;

/// A preposition with an attached pronoun after a verb («قال خلاله», «صرح به»): no
/// subject; one may follow it.
const PREPOSITION_PRONOUNS: &[&str] = &[
    // «وكتب فوقها: "…"»: above it.
    "فوقها",
    "فوقه",
    "تحتها",
    "تحته",
    "به",
    "بها",
    "عنه",
    "عنها",
    "خلاله",
    "خلالها",
    "منه",
    "منها",
    "عليه",
    "عليها",
    "معه",
    "معها",
    "لديه",
    "لديها",
    // «قال لي البعض إنها…», «أكد لنا معز حسن أنه…»: whom the speaker told.
    "لي",
    "لنا",
    "له",
    "لها",
    "لهم",
    "عنده",
    "عندها",
    "اليه",
    "اليها",
];

/// Verbal nouns that take the subject's pronoun as the object of a verb of saying
/// («أكد حرصه», «أعلن رفضه», «أبدى استعداده»), beside the stance nouns.
/// «بعدم», «بضرورة», «بوقف», «بإطلاق», «بالإفراج»: «بـ» + a verbal noun (or any
/// definite noun), the object of a call or a demand; never a name's first word
/// («بوتين», «بشار» have no such shape).
fn object_with_bi(tok: &Tok) -> bool {
    tok.kind == TokenKind::ArabicWord
        && tok.norm.strip_prefix('ب').is_some_and(|rest| {
            rest.starts_with("ال") && rest.chars().count() >= 5
                || masdar_shape(rest)
                || matches!(
                    rest,
                    "عدم"
                        | "ضروره"
                        | "وقف"
                        | "رفع"
                        | "منح"
                        | "فتح"
                        | "دعم"
                        | "سحب"
                        | "منع"
                        | "فرض"
                        | "حمايه"
                        | "محاسبه"
                        | "مراجعه"
                        | "معاقبه"
                        | "مواصله"
                        | "اعاده"
                        | "انهاء"
                        | "الغاء"
                )
        })
}

/// «أعماله», «أعمالها» in «وكيلة أعماله», «مدير أعمالها» (his/her agent, manager): a
/// pronoun-suffixed genitive that belongs to the role before it.
fn business_of(tok: &Tok) -> bool {
    matches!(tok.bare.as_str(), "اعماله" | "اعمالها" | "اعمالهم")
}

fn verbal_noun_object(tok: &Tok) -> bool {
    let w = tok.bare.as_str();
    ["ه", "ها", "هم", "هما"].iter().filter_map(|p| w.strip_suffix(p)).any(|st| {
        matches!(
            st,
            "حرص"
                | "رفض"
                | "دعم"
                | "تاييد"
                | "تمسك"
                | "ترحيب"
                | "استعداد"
                | "موقف"
                // «وختم حديثه: "…"», «واختتم كلمته بالقول»: the words, not who.
                | "حديث"
                | "كلمت"
                | "مداخلت"
                | "رغبت"
                | "ثقت"
                | "التزام"
                | "تضامن"
                | "استنكار"
                | "ادانت"
                | "اعتراض"
                | "معارضت"
                | "موافقت"
                | "عزم"
                | "نيت"
                | "اصرار"
                | "شكر"
                | "تقدير"
                | "امتنان"
        )
        // «لكنها نفت استخدامها حيلا بصرية»: a derived verbal noun (افتعال، استفعال،
        // تفعيل) with the subject's pronoun (not the five letters of إفعال, the shape
        // of plurals in أفعال: «أبناؤه», «أنصاره» speak).
        || masdar_shape(st) && (st.starts_with('ت') || st.chars().count() >= 6)
    })
}

/// An indefinite noun in the accusative («بيانا», «رسميا»): the verb's object, no word
/// of a name.
fn accusative(tok: &Tok) -> bool {
    tok.kind == TokenKind::ArabicWord
        && !definite(tok)
        && tok.norm == tok.bare
        && tok.norm.ends_with('ا')
        && tok.norm.chars().count() >= 4
}

/// A subject noun phrase split into role and name (token index ranges).
#[derive(Debug, Clone, Default)]
pub(super) struct Np {
    pub(super) role: Option<Range<usize>>,
    pub(super) name: Option<Range<usize>>,
    /// The whole phrase.
    pub(super) all: Range<usize>,
}

/// Name words in `t`, not counting the particles of compound names (عبد, بن, أبو).
pub(super) fn name_words(t: &[Tok]) -> usize {
    t.iter()
        .filter(|x| !matches!(x.bare.as_str(), "عبد" | "بن" | "ابن" | "ابو" | "بنت" | "ابي" | "ال"))
        .count()
}

/// A word ending in an attached pronoun (ـه ـها ـهم ـهما, written with ه, not ة) is
/// no name word («هولاند دعمه»); «عبدالله» is.
pub(super) fn has_pronoun_suffix(tok: &Tok) -> bool {
    let n = &tok.bare;
    tok.ha
        && (n.ends_with('ه') || n.ends_with("ها") || n.ends_with("هم") || n.ends_with("هما"))
        && !n.ends_with("الله")
        // A word of five letters or more ending in «له» carries the pronoun («تحمله»,
        // «أعماله», «اعتزاله»: his bearing, works, retirement); a shorter one is left
        // alone («له» itself, «دوله» written with ه).
        && !(n.ends_with("له") && n.chars().count() <= 4)
        && n.chars().count() > 3
}

pub(super) fn definite(tok: &Tok) -> bool {
    tok.bare.starts_with("ال")
        || tok.bare.starts_with("لل")
        || tok.norm == "باسم"
        || tok.norm == "بلسان"
        || tok.norm.starts_with("بال")
}

impl Np {
    /// The phrase cut before token `cut`.
    pub(super) fn clip(self, cut: usize) -> Np {
        let part = |r: Option<Range<usize>>| r.map(|r| r.start..r.end.min(cut)).filter(|r| !r.is_empty());
        Np { role: part(self.role), name: part(self.name), all: self.all.start..cut.max(self.all.start + 1) }
    }
}

/// «وطمأن الاتحاد السعودي برسالة على حسابه…», «رد الفراج بتغريدة أكد فيها…»: a
/// document with «بـ» attached at `x`, not followed by a definite genitive (not «شركات
/// معنية بأبحاث السوق»): the means by which the subject spoke, no part of its name.
pub(super) fn by_document(t: &[Tok], x: usize) -> bool {
    t[x].kind == TokenKind::ArabicWord
        && t[x].bare.strip_prefix('ب').is_some_and(|w| STATEMENTS.contains(&w.strip_suffix('ا').unwrap_or(w)))
        && !t.get(x + 1).is_some_and(|n| n.is_word() && definite(n))
}

/// «وتقول بفخر واعتزاز: "…"», «قال بوضوح: كلا…»: how it was said, right after the
/// verb, before its subject or its words (with a noun coordinated to it: «بفخر
/// واعتزاز»). Returns the token after it.
pub(super) fn manner_end(t: &[Tok], i: usize) -> Option<usize> {
    let manner = |x: &Tok| {
        matches!(
            x.bare.as_str(),
            "بفخر"
                | "بحزن"
                | "بحسره"
                | "بمراره"
                | "بصراحه"
                | "بوضوح"
                | "بثقه"
                | "بهدوء"
                | "بحذر"
                | "بسخريه"
                | "بحماس"
                | "بارتباك"
                | "بتاثر"
                | "بانفعال"
                | "بابتسامه"
                | "بتفاؤل"
                | "بفرح"
        )
    };
    // «فقال بكل وضوح: "…"», «وأكد بكل ثقة أن…»: «بكل» + a noun.
    if t.get(i).is_some_and(|x| x.bare == "بكل")
        && t.get(i + 1).is_some_and(|n| n.kind == TokenKind::ArabicWord && !definite(n))
    {
        return Some(i + 2);
    }
    t.get(i).filter(|x| manner(x))?;
    let coordinated = t.get(i + 1).is_some_and(|n| {
        n.kind == TokenKind::ArabicWord && n.bare != n.norm && n.norm.starts_with('و') && !definite(n)
    }) && t.get(i + 2).is_some_and(|n| n.is_punct(&[':', '،', ',']) || is_mark(n));
    Some(if coordinated { i + 2 } else { i + 1 })
}

/// Reads a subject noun phrase starting at token `i`, up to a clause of anonymity
/// («مسؤولون طلبوا عدم نشر أسمائهم»: the officials).
pub(super) fn read_np(t: &[Tok], i: usize) -> Option<Np> {
    // «كما طالب بإنشاء ممرات…»: a preposition and its object, no subject. (Only at
    // the start: further on, the phrase's own end is read as before.)
    if t.get(i).is_some_and(|x| x.ba_object) {
        return None;
    }
    let mut np = read_np_words(t, i)?;
    // «السفير السعودي بواشنطن الأمير خالد بن سلمان»: a place after «بـ/لـ» read as the
    // role's name, when another title and the name follow it.
    if let (Some(_), Some(n)) = (&np.role, &np.name)
        && n.len() == 1
        && t[n.start].kind == TokenKind::ArabicWord
        && t[n.start].norm.starts_with(['ب', 'ل'])
        && t[n.start].norm.chars().count() >= 5
        && t.get(np.all.end).is_some_and(is_title)
        && let Some(after) =
            read_np_words(t, np.all.end).filter(|x| x.all.start == np.all.end && x.name.is_some())
    {
        np = Np { role: after.role, name: after.name, all: np.all.start..after.all.end };
    }
    // «دراسة أخرى أجريت بين عامي…», «تقرير نشرته الصحيفة»: a document's relative
    // clause (no relative pronoun after an indefinite noun) is no part of its name.
    let document = is_document(&t[np.all.start]);
    let made = |x: &Tok| {
        matches!(
            x.bare.as_str(),
            "اجريت"
                | "اجري"
                | "اجراها"
                | "اجراه"
                | "اعدها"
                | "اعده"
                | "نشرت"
                | "نشرها"
                | "نشره"
                | "نشرته"
                | "صدرت"
                | "صدر"
                | "شملت"
                | "شمل"
        )
    };
    // «اللاعب البالغ من العمر 36 عاما»: the age is no part of the name either.
    let age = |x: usize| {
        matches!(t[x].bare.as_str(), "البالغ" | "البالغه") && t.get(x + 1).is_some_and(|n| n.norm == "من")
    };
    // «وأصدر اللاعب الفرنسي بيانا أعرب فيه…»: a document in the accusative («بيانا»,
    // «تقريرا») is the verb's object, no part of the subject before it.
    let object_document =
        |x: &Tok| x.bare.strip_suffix('ا').is_some_and(|w| STATEMENTS.contains(&w)) && !definite(x);
    match (np.all.start + 1..np.all.end).find(|&x| {
        anonymity_end(t, x).is_some()
            || document && made(&t[x])
            || age(x)
            || object_document(&t[x])
            || by_document(t, x)
    }) {
        Some(cut) => Some(np.clip(cut)),
        None => Some(np),
    }
}

/// «ونفى الوزير الاتهامات، مؤكدا…», «انتقد المسؤول الإضراب»: right after a definite
/// title no genitive can follow, so a definite plural in «ات» or a definite verbal noun
/// (إفعال، تفعيل، استفعال; not a nisba in «ي», «الإعلامي») is the verb's object, not
/// an adjective of the role («المتحدث الرسمي», «الرئيس التنفيذي»). Only right after
/// the title (at `rs`) or its adjectives of origin («ونعت الرئيس الأميركي #الاتفاق_النووي»,
/// «وكرر الرئيس السوري التأكيد»): further on, «المتحدث باسم هيئة الأرصاد» is a genitive.
fn object_after_definite_title(t: &[Tok], rs: usize, k: usize) -> bool {
    let nisba = |x: &Tok| x.bare.starts_with("ال") && (x.bare.ends_with('ي') || x.bare.ends_with("يه"));
    let Some(stem) = t.get(k).and_then(|w| w.bare.strip_prefix("ال")) else {
        return false;
    };
    t[rs].bare.starts_with("ال")
        && (rs + 1..k).all(|x| nisba(&t[x]))
        && (stem.ends_with("ات") && stem.chars().count() >= 5
            || masdar_shape(stem) && !stem.ends_with('ي') && !stem.ends_with("يه"))
}

/// «ووصف الرئيس القرار بأنه…», «واتهمت بكين الولايات المتحدة بالتدخل…»: a verb that
/// takes its object before «بـ» (وصف، اتهم، طالب) has that object last in the phrase read
/// after it, where no genitive can stand (a definite word after a definite one or a
/// name). The phrase is cut before the object when «بأن…», «بالـ…» or a quote follows
/// it; an adjective (a nisba, a participle in «الم…ة», «السابق») stays with the subject.
pub(super) fn without_object_before_bi(t: &[Tok], np: Np, lemma: &str) -> Np {
    // (The reading may stop short of the object's last words: «روسيا الولايات | المتحدة
    // بأنها».)
    let mut e = np.all.end;
    while e < np.all.end + 2 && t.get(e).is_some_and(|x| x.is_word() && definite(x) && !is_subject_stop(x)) {
        e += 1;
    }
    let bi = t.get(e).is_some_and(|b| {
        b.norm.starts_with("بان")
            || b.norm.starts_with("بال")
            || b.kind == TokenKind::Proclitic && b.norm.starts_with('ب')
            || is_mark(b)
    });
    if !matches!(lemma, "وصف" | "اتهم" | "طالب") || !bi {
        return np;
    }
    let adjective = |x: &Tok| {
        let stem = x.bare.strip_prefix("ال").unwrap_or(&x.bare);
        stem.ends_with('ي')
            || stem.ends_with("يه")
            || stem.starts_with('م') && stem.ends_with('ه')
            || matches!(
                stem,
                "سابق"
                    | "جديد"
                    | "جديده"
                    | "عام"
                    | "عامه"
                    | "اول"
                    | "كبير"
                    | "اعلي"
                    | "عليا"
                    | "اسبق"
                    | "ثاني"
            )
    };
    // Back over the object's adjectives to its head.
    let mut o = e;
    while o > np.all.start + 1 && definite(&t[o - 1]) && adjective(&t[o - 1]) {
        o -= 1;
    }
    let Some(head) = o.checked_sub(1).filter(|&h| h > np.all.start && h < np.all.end) else { return np };
    let before = &t[head - 1];
    // («رئيس الوزراء», «وزارة العدل»: a construct head takes its genitive.)
    let construct = !definite(before) && (is_title(before) || is_org_head(before) || is_kin_head(before));
    if t[head].kind == TokenKind::ArabicWord
        && t[head].bare.starts_with("ال")
        && !adjective(&t[head])
        && !construct
        && (np.all.start..e).all(|x| t[x].is_word())
    {
        np.clip(head)
    } else {
        np
    }
}

/// «من أجل» + a definite word at `k`, inside a body's name («حزب المؤتمر من أجل
/// الجمهورية», «التجمع من أجل الثقافة»).
fn for_the_sake_of(t: &[Tok], k: usize) -> bool {
    t[k].norm == "من"
        && t.get(k + 1).is_some_and(|x| x.bare == "اجل")
        && t.get(k + 2).is_some_and(|x| x.is_word() && definite(x) && !is_subject_stop(x))
}

fn read_np_words(t: &[Tok], i: usize) -> Option<Np> {
    let first = t.get(i)?;
    // «حسب ما صرح به مصدر أمني»: the verb's object pronoun before its subject;
    // «قال خلاله إنه…»: a preposition with a pronoun, no subject.
    if PREPOSITION_PRONOUNS.contains(&first.norm.as_str()) {
        return read_np(t, i + 1)
            .filter(|np| np.all.start == i + 1)
            .map(|np| Np { all: i..np.all.end, ..np });
    }
    // «ويقول وهو يجلس في صالون شقته، إنه…»: a pronoun (here opening a clause of
    // circumstance) is no name.
    if matches!(
        first.norm.as_str(),
        "هو" | "هي" | "هم" | "هما" | "وهو" | "وهي" | "وهم" | "وهما" | "انا" | "نحن"
    ) {
        return None;
    }
    // «ونفى بشدة مزاعم…», «وندد بقوة…»: an adverb of manner right after the verb, whose
    // subject is dropped; «وعندما سئل عن…»: a passive, nobody named.
    if matches!(first.bare.as_str(), "بشده" | "بقوه" | "بحزم" | "سئل" | "سئلت") || manner_end(t, i).is_some()
    {
        return None;
    }
    // «التي تصف نفسها بأنها…», «يعتبرون أنفسهم…»: a reflexive object, no subject;
    // «دون أن تذكر اسمه»: a name's mention, the verb's object.
    if matches!(
        first.bare.as_str(),
        "نفسه"
            | "نفسها"
            | "نفسهم"
            | "انفسهم"
            | "انفسهن"
            | "نفسيهما"
            | "انفسنا"
            | "اسمه"
            | "اسمها"
            | "اسمهم"
            | "اسمائهم"
            | "هويته"
            | "هويتها"
            | "هويتهم"
    ) {
        return None;
    }
    // «وردت بطلته الممثلة الجزائرية ريم غزالي…», «وقالت زوجته الممثلة…»: a noun with
    // a pronoun (whose heroine, whose wife), then a role and a name in apposition: the
    // name is the subject.
    if has_pronoun_suffix(first)
        && t.get(i + 1).is_some_and(is_title)
        && let Some(np) =
            read_np(t, i + 1).filter(|np| np.all.start == i + 1 && np.role.is_some() && np.name.is_some())
    {
        return Some(Np { all: i..np.all.end, ..np });
    }
    // «وأوضح نفس المصدر أنه…», «ذات المصدر»: "the same source" is the source.
    if matches!(first.bare.as_str(), "نفس" | "ذات")
        && t.get(i + 1).is_some_and(definite)
        && let Some(np) = read_np(t, i + 1).filter(|np| np.all.start == i + 1)
    {
        return Some(Np { all: i..np.all.end, ..np });
    }
    // «عدد من الفنانين», «العديد من المحللين», «مجموعة من الخبراء»: some of a group
    // named by a definite plural (and its adjectives).
    if matches!(
        first.bare.as_str(),
        "عدد" | "العديد" | "مجموعه" | "جمله" | "كثير" | "الكثير" | "معظم" | "غالبيه" | "اغلب"
    ) && t.get(i + 1).is_some_and(|n| n.norm == "من")
        && t.get(i + 2).is_some_and(|x| {
            x.is_word()
                && !is_subject_stop(x)
                // («عدد من رواد مواقع التواصل»: a noun in construct, then its genitive.)
                && (definite(x) || t.get(i + 3).is_some_and(|g| g.is_word() && (definite(g) || !is_subject_stop(g) && t.get(i + 4).is_some_and(definite))))
        })
    {
        let mut end = i + 3;
        while t.get(end).is_some_and(|x| x.is_word() && !is_subject_stop(x) && (definite(x) || !definite(&t[end - 1])))
            && end < i + 6
        {
            end += 1;
        }
        // (Where the group belongs, «عدد من الخبراء في شبكات التواصل», is read below.)
        if t.get(end).is_none_or(|x| x.norm != "في") {
            return Some(Np { role: None, name: Some(i..end), all: i..end });
        }
    }
    // «أحد مشرفي السجن», «أحد مسؤولي حزب اليسار»: one of a group named by a noun in
    // construct and its definite genitive (or a body).
    if matches!(first.bare.as_str(), "احد" | "احدي")
        && t.get(i + 1).is_some_and(|g| g.is_word() && !definite(g) && !is_subject_stop(g))
        && t.get(i + 2).is_some_and(|x| x.is_word() && (definite(x) || is_org_head(x)) && !is_subject_stop(x))
    {
        let mut end = i + 3;
        while t.get(end).is_some_and(|x| x.is_word() && definite(x) && !is_subject_stop(x)) && end < i + 6 {
            end += 1;
        }
        return Some(Np { role: None, name: Some(i..end), all: i..end });
    }
    // «وأكد حرصه على…», «أعلن رفضه…»: a verbal noun with the subject's pronoun is the
    // verb's object (not «محاميه», «والدته», who speak).
    if has_pronoun_suffix(first) && (is_stance_noun(first) || verbal_noun_object(first)) {
        return None;
    }
    // «أبدى استعداد بلاده…»: a stance noun in construct is the shown stance too.
    // (Not a given name that is also a stance noun before a name: «قال رضا بلحاج».)
    let given_name = matches!(first.bare.as_str(), "رضا" | "امل" | "وفاء" | "سرور" | "نجاح" | "ثقه");
    if STANCE_NOUNS.contains(&first.bare.as_str())
        && t.get(i + 1).is_some_and(|n| n.is_word() && !definite(n) && (!given_name || has_pronoun_suffix(n)))
    {
        return None;
    }
    // «وقال لوكالة الأنباء…», «وقال لرجال دين…»: whom the speaker told.
    if !is_title(first) && is_addressee(first) {
        return None;
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
    // «قال 80٪ من المشاركين إن…», «وأشار 65٪ منهم إلى…»: a share of a group in a survey.
    if first.kind == TokenKind::Number {
        let mut k = i + 1;
        if t.get(k).is_some_and(|x| x.norm == "%" || x.norm == "٪") {
            k += 1;
        }
        if t.get(k).is_some_and(|x| x.norm == "من")
            && t.get(k + 1).is_some_and(|x| x.kind == TokenKind::ArabicWord && definite(x))
        {
            return Some(Np { role: None, name: Some(i..k + 2), all: i..k + 2 });
        }
        if t.get(k).is_some_and(|x| matches!(x.norm.as_str(), "منهم" | "منهن")) {
            return Some(Np { role: None, name: Some(i..k + 1), all: i..k + 1 });
        }
        // «وأشار 37,7٪ إلى أنهم…», «قال 23,6٪ بأنهم…»: a share alone, right before
        // its complement.
        if k > i + 1
            && t.get(k).is_some_and(|x| x.norm == "الي" || COMPLEMENTIZERS.contains(&x.norm.as_str()))
        {
            return Some(Np { role: None, name: Some(i..k), all: i..k });
        }
    }
    // «صرّح أكثر من ثلاثة أرباع المجيبين (79,4%) بأنهم…», «عبّر أكثر من النصف عن…»: a
    // share of respondents as the subject, its figure in brackets included.
    // (Not «أكثر من مرة», more than once.)
    if matches!(first.bare.as_str(), "اكثر" | "اقل")
        && t.get(i + 1).is_some_and(|n| n.norm == "من")
        && t.get(i + 2).is_some_and(|n| !matches!(n.bare.as_str(), "مره" | "مرتين" | "مناسبه" | "ذلك" | "اي"))
    {
        let part = |x: &Tok| {
            (x.is_word() || x.kind == TokenKind::Number)
                && !COMPLEMENTIZERS.contains(&x.norm.as_str())
                && !PREPOSITIONS.contains(&x.norm.as_str())
                && verb_form(&x.norm).is_none()
        };
        let mut end = i + 2;
        while end < i + 9 && t.get(end).is_some_and(|x| part(x) || x.norm == "من" && end > i + 2) {
            end += 1;
        }
        if end > i + 2 {
            if t.get(end).is_some_and(|x| x.norm == "(")
                && let Some(close) = (end + 1..(end + 5).min(t.len())).find(|&x| t[x].norm == ")")
            {
                end = close + 1;
            }
            return Some(Np { role: None, name: Some(i..end), all: i..end });
        }
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
    // Where a name set off by commas after the role starts.
    let mut apposed: Option<usize> = None;
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
                if k + 1 < limit && t[k].norm == "اف" && t[k + 1].norm == "ام" {
                    // «مراسل الجوهرة أف أم»: FM, part of a radio's name.
                    k += 2;
                } else if k + 2 < limit && k > rs + 1 && for_the_sake_of(t, k) {
                    // «رئيس الهيئة السياسية لحزب المؤتمر من أجل الجمهورية»: a body's name.
                    k += 3;
                } else if k < limit
                    && t[k].is_word()
                    && (definite(&t[k]) || k == rs + 1 && t[k].norm == "عام")
                    && !is_subject_stop(&t[k])
                    && (!is_title(&t[k]) || k == rs + 1 || international_adjective(t, k))
                    && !object_after_definite_title(t, rs, k)
                {
                    // «نائب المتحدث باسم…», «مساعد الوزير»: a title of a title.
                    k += 1;
                } else if k == rs + 1
                    && k < limit
                    && !definite(&t[rs])
                    && is_title(&t[k])
                    && !definite(&t[k])
                    && t.get(k + 1).is_some_and(|n| n.is_word() && (definite(n) || is_org_head(n)))
                {
                    // «نائب رئيس الوزراء», «مساعد وزير الخارجية»: a title in construct
                    // with another.
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
                    && ['ل', 'ب'].iter().any(|&p| t[k].norm.strip_prefix(p).is_some_and(org_head_word))
                    // (Not an outlet told after the role's own body: «متحدث باسم
                    // منظمة الصحة العالمية لصحيفة الغارديان», nor a paper or channel
                    // told right after a role that is not the outlet's own: «قال الوزير
                    // لصحيفة "التايمز"», but «مراسل لصحيفة…».)
                    && !(t[k].norm.starts_with('ل')
                        && is_addressee(&t[k])
                        && (k > rs + 1
                            || is_outlet_addressee(&t[k])
                                && !MEDIA_TITLES.contains(&t[rs].bare.strip_prefix("ال").unwrap_or(&t[rs].bare))))
                {
                    // «الممثلة المقيمة لمنظمة الأمم المتحدة», «القيادي بحركة النهضة».
                    k += 1;
                    body_named = true;
                } else if k + 1 < limit && genitive_with_lam(t, k) {
                    // «مدير المرصد السوري لحقوق الإنسان رامي عبد الرحمن», «الناطق باسم
                    // الرابطة الوطنية لكرة القدم هشام المناعي», «المدير الإداري لقوافل
                    // قفصة معز السليماني»: «لـ» + a common noun in construct names what
                    // the role belongs to; after an indefinite genitive the person is
                    // the last name words, as after «بحزب…».
                    if !definite(&t[k + 1]) {
                        body_named = true;
                    }
                    k += 1;
                } else if k < limit && k == rs + 1 && business_of(&t[k]) {
                    // «وكيلة أعماله لين نيسبت» (his agent): the role goes on.
                    k += 1;
                } else if described
                    && k + 1 < limit
                    && t[k].norm == "في"
                    && t[k + 1].is_word()
                    && definite(&t[k + 1])
                    && !is_subject_stop(&t[k + 1])
                {
                    // «مسؤول كبير في البيت الأبيض»: where the described role serves.
                    k += 2;
                } else if k < limit
                    && k == rs + 1
                    && !definite(&t[rs])
                    && role_adjective(&t[k])
                    // (Not a noun in construct, «وزيرة خارجية الاتحاد…», nor a given name
                    // in «ي» before the rest of the name, «مدير المرصد رامي عبد الرحمن».)
                    && t.get(k + 1).is_none_or(|n| {
                        !(n.is_word() && definite(n))
                            && !(n.kind == TokenKind::ArabicWord
                                && !is_subject_stop(n)
                                && !is_title(n)
                                && verb_form(&n.norm).is_none()
                                && !COMPLEMENTIZERS.contains(&n.norm.as_str()))
                    })
                {
                    // «مسؤول كبير في البيت الأبيض», «مسؤول أميركي»: how the role is
                    // described, no name.
                    described = true;
                    k += 1;
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
                    // «المدير المالي لوكالة "ناسا"، اندرو هنتر، إن…»: the body's name,
                    // then the person's between commas.
                    let apposed = t.get(c).is_some_and(|x| x.is_punct(&['،', ',']))
                        && t.get(c + 1).is_some_and(|n| n.is_word() && !definite(n) && !is_subject_stop(n))
                        && (c + 2..(c + 6).min(t.len())).any(|x| t[x].is_punct(&['،', ',']));
                    if !name_follows && !apposed && frame_goes_on(t, c) {
                        role = Some(rs..k);
                        name = Some(k + 1..c - 1);
                        closed = c;
                        k = c;
                        break;
                    }
                    k = c;
                } else if k < limit
                    && in_place(&t[k].norm)
                    // (Not before a second role joined by «و»: «رئيس غرفة النسيج بسوسة
                    // وعضو المكتب التنفيذي…، حسن عوينة».)
                    && t.get(k + 1).is_some_and(|n| {
                        n.is_word() && !(n.norm.starts_with('و') && n.bare != n.norm) || n.is_punct(&['،', ','])
                    })
                {
                    // «السفير التركي بتونس عمر فاروق دوغان», «الناطق باسم وزارة الصحة
                    // بغزة الدكتور أشرف القدرة»: where the role serves is part of it.
                    k += 1;
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
            // (A noble title too: «المفوض السامي … لحقوق الإنسان، الأمير زيد بن رعد
            // الحسين»; only a definite one, no role of its own before a name.)
            let honorific = |x: usize| {
                t.get(x).is_some_and(|n| {
                    HONORIFICS.contains(&n.bare.as_str())
                        || matches!(n.bare.as_str(), "الامير" | "الاميره" | "الملك" | "الملكه" | "الشيخه")
                })
            };
            // («وقال المسؤول السعودي، مشترطا عدم الكشف عن هويته، إن…»: a clause of
            // anonymity set off by commas is no name.)
            let anonymity =
                (k + 1..(k + 7).min(t.len())).take_while(|&x| !t[x].is_punct(&['،', ','])).any(|x| {
                    matches!(t[x].bare.as_str(), "عدم" | "هويته" | "هويتها" | "اسمه" | "اسمها" | "هويتهم")
                });
            if k < limit
                && t[k].is_punct(&['،', ','])
                && !anonymity
                && (bare_name(k + 1) || honorific(k + 1) && bare_name(k + 2))
            {
                // The honorific is no role of its own: the name follows it.
                k += if honorific(k + 1) { 2 } else { 1 };
                apposed = Some(k);
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
        // «وقالت متحدثة باسم الفيفا لأسوشيتد برس إن…»: whom the role spoke to.
        if name.is_some() || is_addressee(tok) {
            break;
        }
        // «ويواصل اللاعب تدريباته مؤكدا…», «وزير خارجيتها سيرغي…»: a noun with an
        // attached pronoun after a role is no name word (a final ه alone may be a
        // name's: «جوزيه مورينيو», «ديدييه ديشان», when a name word follows).
        if role.is_some() && has_pronoun_suffix(tok) && {
            let b = tok.bare.as_str();
            ["ها", "هم", "هما", "ته"].iter().any(|p| b.ends_with(p))
                || !t.get(k + 1).is_some_and(|n| n.is_word() && !definite(n) && !is_subject_stop(n))
        } {
            break;
        }
        // «وطالب الوزير بعدم إثارة الفتن»: «بـ» + a verbal noun after a role is what was
        // asked for, no name.
        if role.is_some() && object_with_bi(tok) {
            break;
        }
        // «ولم تؤكد الناطقة هوية الشخص»: an identity after a role is the object.
        if role.is_some() && tok.bare == "هويه" {
            break;
        }
        if let Some(r) = &role
            && r.end == k
            && object_after_definite_title(t, r.start, k)
        {
            break;
        }
        let ns = k;
        // «…، الأمير زيد بن رعد الحسين، الجمعة، إن…»: a name set off by commas runs to
        // the comma that closes it (five words at most, a definite last one included).
        if apposed == Some(ns)
            && let Some(c) = (ns + 1..(ns + 6).min(t.len())).find(|&c| t[c].is_punct(&['،', ',']))
            && (ns..c).all(|x| {
                t[x].kind == TokenKind::ArabicWord
                    && !is_subject_stop(&t[x])
                    && !is_title(&t[x])
                    && verb_form(&t[x].norm).is_none()
                    && !has_pronoun_suffix(&t[x])
            })
            && name_words(&t[ns..c]) >= 2
        {
            name = Some(ns..c);
            break;
        }
        if is_org_head(&t[ns]) || is_kin_head(&t[ns]) {
            // An organization, or kin of someone («والد سلمان العبيدي»): the whole chain
            // up to a stop, a comma, a verb, an addressee, or a bare word after the
            // definite words of its name (the verb's object: «وزارة الصحة الفلسطينية
            // إسرائيل بالقتل…»).
            k += 1;
            loop {
                if k + 2 < limit && k > ns + 1 && for_the_sake_of(t, k) {
                    k += 3;
                } else if k < limit
                    && k < ns + if is_org_head(&t[ns]) { 8 } else { 4 }
                    && t[k].is_word()
                    && !is_subject_stop(&t[k])
                    // («مكتب رئيس هيئة الأركان», «مكتب المدعي العام»: an office and whose.)
                    && (!is_title(&t[k])
                        || international_adjective(t, k)
                        || k == ns + 1 && matches!(t[ns].bare.as_str(), "مكتب" | "ديوان"))
                    && !is_addressee(&t[k])
                    // («وأفاد التحالف بوجود 6 سفن»: what the body reported; not «مصادر
                    // بالإدارة الأميركية», «مصدر أمني بالجهة», where it is.)
                    && !t[k].norm.strip_prefix('ب').is_some_and(|r| {
                        !r.starts_with("ال")
                            && !is_place(r)
                            && (masdar_shape(r) || matches!(r, "وجود" | "عدم" | "ضروره"))
                    })
                    && !(definite(&t[k - 1])
                        && (k > ns + 1 || t[ns].bare.starts_with("ال") && !is_kin_head(&t[ns]))
                        && (is_bare_name_word(&t[k]) || accusative(&t[k])))
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
                    // (Not words said: «وقال مصدر أوروبي "إنه فعليا اختبار…"»; a bare «إن»
                    // may open a name, «"إن بي سي"».)
                    && !matches!(t[k + 1].norm.as_str(), "انه" | "انها" | "انهم" | "انني" | "اننا" | "انهما")
                {
                    // A quoted name: «صحيفة "هآرتس" الإسرائيلية».
                    k = c + 1;
                } else if k + 1 < limit
                    && t[k].norm == "و"
                    && t[k - 1].kind == TokenKind::Punctuation
                    && t[k - 1].norm.chars().all(is_quote_char)
                    && t[k + 1].kind == TokenKind::Punctuation
                    && t[k + 1].norm.chars().all(is_quote_char)
                {
                    // Another quoted name: «صحيفتا "آس" و"ماركا"».
                    k += 1;
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
            // («عبد الملك»: a name, not the king; «تركي آل الشيخ»: a family name.)
            && (!is_title(&t[k]) || k > ns && matches!(t[k - 1].bare.as_str(), "عبد" | "ال"))
            && (k == ns || !has_pronoun_suffix(&t[k]) || k == ns + 1 && business_of(&t[k]))
            // («… بنابل عمر السليمي لمراسلة "جوهرة أف أم"»: whom the name spoke to;
            // «سميرة خذر ل"الجوهرة أف أم"»: a preposition alone before a quoted name.)
            && !(k > ns && (is_addressee(&t[k]) || t[k].norm.chars().count() == 1))
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

/// «لحقوق الإنسان رامي عبد الرحمن», «لكرة القدم هشام المناعي», «لقوافل قفصة معز
/// السليماني» after a role: «لـ» + a common noun in construct (not whom the role told:
/// «لوسائل الإعلام», «لأنصاره»), with the person's name after it — a name word right
/// after a definite genitive, or the last name words of an indefinite one.
fn genitive_with_lam(t: &[Tok], k: usize) -> bool {
    let x = &t[k];
    let plain = !is_addressee(x) && !is_title(x) && !has_pronoun_suffix(x) && verb_form(&x.norm).is_none();
    // The definite genitive run after it ends at `e`.
    let genitive = |y: &Tok| y.is_word() && definite(y) && !is_subject_stop(y) && !is_title(y);
    let mut e = k + 1;
    while e < t.len() && e < k + 4 && genitive(&t[e]) {
        e += 1;
    }
    let name_word = |y: usize| {
        t.get(y).is_some_and(|n| {
            n.kind == TokenKind::ArabicWord
                && !definite(n)
                && !is_subject_stop(n)
                && !is_title(n)
                && verb_form(&n.norm).is_none()
                && !COMPLEMENTIZERS.contains(&n.norm.as_str())
        })
    };
    let honorific = |n: &Tok| is_title(n) || HONORIFICS.contains(&n.bare.as_str());
    // «رئيس الهيئة الوطنية لمكافحة الفساد، شوقي الطبيب»: a noun mostly seen in construct
    // (or a given name: «كاتب عام النقابة لسعد اليعقوبي إن»), read as a genitive only
    // with a definite genitive and then a name after it.
    if x.lam_construct && plain {
        let comma = t.get(e).is_some_and(|n| n.is_punct(&['،', ',']));
        let at = if comma { e + 1 } else { e };
        return e > k + 1 && (name_word(at) || t.get(at).is_some_and(honorific));
    }
    if !(x.lam_noun && plain && !is_subject_stop(x)) {
        return false;
    }
    if e > k + 1 {
        // (Not one more genitive after «و»: «لمنطقة المغرب العربي ومالطا، …».)
        let coordinated = t.get(e).is_some_and(|n| n.bare != n.norm)
            && !t.get(e + 1).is_some_and(|n| n.kind == TokenKind::ArabicWord);
        // (Or the role ends there: «رئيس الجامعة التونسية لكرة القدم أنه…», «المفوض
        // السامي للأمم المتحدة لحقوق الإنسان، الأمير زيد…».)
        // (Or a title or an honorific opens the name: «مفوض الأمم المتحدة السامي لحقوق
        // الإنسان الأمير زيد بن رعد الحسين».)
        // (Or where the role serves: «ممثل المفوضية السامية للأمم المتحدة لشؤون
        // اللاجئين في تونس مازن أبو شنب».)
        let role_ends = |n: &Tok| {
            n.norm == "في"
                && t.get(e + 1).is_some_and(|p| p.kind == TokenKind::ArabicWord && is_place(&p.norm))
                || n.is_punct(&['،', ',', ':'])
                || COMPLEMENTIZERS.contains(&n.norm.as_str())
                || is_mark(n)
                || honorific(n)
        };
        !coordinated && (t.get(e).is_some_and(role_ends) || name_word(e))
    } else {
        name_after_body(t, k + 1).is_some()
    }
}

/// The words after a role that named a body (at `k`, up to a stop, at most 7), when
/// more than two name words: the last two name words (particles such as «عبد» not
/// counted).
pub(super) fn name_after_body(t: &[Tok], k: usize) -> Option<Range<usize>> {
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
    // «مدرب ريال مدريد زين الدين زيدان»: a definite word opens no name; it is the second
    // half of a compound given name (زين الدين، نور الدين، عبد العزيز).
    if s > k && definite(&t[s]) {
        s -= 1;
    }
    (t[s].kind == TokenKind::ArabicWord).then_some(s..e)
}

/// After a role ending at `k`: the comma that opens a name set off by commas, when the
/// role goes on first with words of its own (an adjective, «في/لدى» + a body, a quoted
/// name) up to that comma: «خبير اقتصادي في شركة الاستثمار "بيمكو"، يواكيم فيلس، إن…».
/// The name is one to four words, none definite, a title or a stop word, and a comma
/// closes it («مسؤول في الوزارة، طلب عدم نشر اسمه،» is no name).
pub(super) fn apposed_name_after(t: &[Tok], k: usize) -> Option<usize> {
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
pub(super) fn quoted_name_end(t: &[Tok], k: usize) -> Option<usize> {
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
pub(super) fn place_before_name(t: &[Tok], k: usize) -> Option<usize> {
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
    // «السفير التركي في تونس عمر فاروق دوغان»: a place of the list need not be
    // definite.
    if n == k + 1 && t.get(n).is_some_and(|x| x.kind == TokenKind::ArabicWord && is_place(&x.norm)) {
        n += 1;
    }
    if n == k + 1 {
        return None;
    }
    if comma(n) {
        n += 1;
    }
    // (A third name word may follow a listed place: «في تونس مازن أبو شنب،».)
    let after = |x: usize| t.get(x).is_none_or(|x| !x.is_word() || is_subject_stop(x));
    let after_name =
        after(n + 2) || is_place(&t[n - 1].norm) && t.get(n + 2).is_some_and(name_word) && after(n + 3);
    (t.get(n).is_some_and(name_word) && t.get(n + 1).is_some_and(name_word) && after_name).then_some(n)
}
