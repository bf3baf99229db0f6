//! Where reported clauses start and end: complementizers, sentence bounds, the
//! narrator's schedule, «بعد أن»-type time clauses.

use super::frames::{MASDARS, telling_with_object, verb_in_context};
use super::lexicon::{THINKING, verb_form};
use super::marks::is_quote_char;
use super::phrase::{by_document, read_np};
use super::tokens::Tok;
use crate::text::tokenize::TokenKind;

/// Complementizers opening reported speech (search-normalized).
pub(super) const COMPLEMENTIZERS: &[&str] = &[
    "ان",
    "انه",
    "انها",
    "انهم",
    "انهما",
    "انهن",
    "اننا",
    "انني",
    "بان",
    "بانه",
    "بانها",
    "بانهم",
    "بانهما",
    "بانهن",
    "باننا",
    "بانني",
    "فان",
    "وان",
];

/// A complementizer at `c` joined by «و» after a comma («وأشار إلى وجود قبول من
/// الجانب السعودي…، وأن بدء عملية التفتيش…») coordinates its clause with the verb's
/// nominal object after «إلى/على/عن/بـ» between the subject's end `k` and `c`: the token
/// where that object starts.
pub(super) fn coordinated_object(t: &[Tok], k: usize, c: usize) -> Option<usize> {
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
pub(super) fn scheduled(t: &[Tok], x: usize) -> bool {
    let at = |y: usize, f: &dyn Fn(&str) -> bool| t.get(y).is_some_and(|n| f(n.norm.as_str()));
    at(x, &|w| matches!(w, "اذ" | "حيث"))
        && at(x + 1, &|w| w == "من")
        && at(x + 2, &|w| matches!(w, "المقرر" | "المزمع" | "المنتظر"))
}

/// «ألا» / «بألا» (أنْ + لا, "that … not": «متوقعا ألا يتحقق ذلك»), told from «إلا»
/// ("except"), which search normalization merges with it, by its written hamza.
pub(super) fn negative_complementizer(body: &str, tok: &Tok) -> bool {
    tok.kind == TokenKind::ArabicWord
        && body.get(tok.range.clone()).is_some_and(|w| {
            let plain: String = w.chars().filter(|c| !('\u{064B}'..='\u{0652}').contains(c)).collect();
            matches!(plain.as_str(), "ألا" | "بألا")
        })
}

/// Attribution words after a comma that end a reported clause («، وفقا لـ…»).
pub(super) const ATTRIBUTION: &[&str] =
    &["وفقا", "حسب", "بحسب", "وفق", "علي حد", "نقلا", "طبقا", "بحسبما", "حسبما", "وفقما"];

/// A participle of saying in the accusative at `x` with its own complement right after
/// it (a complementizer, «إلى/على», a colon, or quoted words of three or more when
/// `quoted_after`), or a participle of announcing or voicing with «عن» («…لا تهم البنك
/// الوطني الفلاحي معلنا عن انعقاد…», «…الجاري معربا عن أمله في أن…»): the speaker's
/// next statement, even with no comma before it (not «كان متوقعا أن…»).
pub(super) fn participle_frame(t: &[Tok], x: usize, quoted_after: bool) -> bool {
    let Some(tok) = t.get(x) else { return false };
    let participle = verb_form(&tok.norm).or_else(|| verb_in_context(t, x)).filter(|f| f.participle);
    x > 0
        && (tok.norm.ends_with('ا') || tok.norm.ends_with("ين") || tok.norm.ends_with('ه'))
        && participle.is_some()
        && !t[x - 1].bare.starts_with("كان")
        && !t[x - 1].bare.starts_with("يكون")
        && (t.get(x + 1).is_some_and(|n| {
            COMPLEMENTIZERS.contains(&n.norm.as_str())
                || matches!(n.norm.as_str(), "الي" | "علي")
                || n.is_punct(&[':'])
                || n.norm == "عن"
                    && participle.is_some_and(|f| matches!(f.lemma, "اعلن" | "اعرب" | "عبر" | "كشف" | "تحدث"))
        }) || quoted_after)
}

/// Index of the token that ends the sentence holding token `i` (exclusive).
pub(super) fn sentence_end(t: &[Tok], sent_ends: &[usize], i: usize) -> usize {
    let Some(pos) = t.get(i).map(|x| x.range.start) else { return t.len() };
    let end = sent_ends.iter().copied().find(|&e| e > pos).unwrap_or(usize::MAX);
    t.iter().position(|x| x.range.start >= end).unwrap_or(t.len())
}

pub(super) fn sentence_start(t: &[Tok], sent_ends: &[usize], i: usize) -> usize {
    let Some(pos) = t.get(i).map(|x| x.range.start) else { return 0 };
    let start = sent_ends.iter().copied().filter(|&e| e <= pos).max().unwrap_or(0);
    t.iter().position(|x| x.range.start >= start).unwrap_or(0)
}

/// Is the word at `j` an `أن` that opens no reported speech: the time or manner of
/// «بعد أن», «قبل أن», «دون أن» (a typo may glue the two: «أخرىبعد أن»), «إلا أن»
/// ("however": «…بعناصر مفيدة، إلا أن لهذه العادة تبعات»), concessive «وإن كان»,
/// an impersonal «من المفترض أن», «من المتوقع أن»?
pub(super) fn adverbial_an(t: &[Tok], j: usize) -> bool {
    // «وإن كانت مساحة النقد محدودة»: concessive «even if», no clause of saying.
    if t[j].norm == "وان"
        && t.get(j + 1).is_some_and(|n| {
            matches!(n.bare.as_str(), "كان" | "كانت" | "كانوا" | "كانا" | "كانتا" | "يكن" | "تكن")
        })
    {
        return true;
    }
    // «وكان من المفترض أن تقام المباراة…», «ومن المتوقع أن…»: an impersonal
    // expectation, nobody's words.
    if j >= 2
        && t[j].norm == "ان"
        && matches!(t[j - 2].norm.as_str(), "من" | "ومن")
        && matches!(
            t[j - 1].norm.as_str(),
            "المفترض"
                | "المقرر"
                | "المتوقع"
                | "المنتظر"
                | "الممكن"
                | "المحتمل"
                | "الضروري"
                | "المهم"
                | "المرجح"
                | "المستبعد"
                | "المستحيل"
                | "الطبيعي"
        )
    {
        return true;
    }
    // «علما (و)أن…», «علما بأن…», «خاصة وأن…»: the narrator's aside (knowing that,
    // all the more since), not the clause of a verb before it.
    // (Not «خاصة أن» with no «و»: «في نشرة خاصة أن…», a special bulletin.)
    if j > 0
        && (matches!(t[j].norm.as_str(), "ان" | "وان" | "بان") && t[j - 1].norm == "علما"
            || t[j].norm == "وان" && matches!(t[j - 1].norm.as_str(), "خاصه" | "وخاصه"))
    {
        return true;
    }
    // «بما أنه…», «بما أن…» (since): the reason, in any person.
    if j > 0 && t[j - 1].norm == "بما" && t[j].norm.starts_with("ان") {
        return true;
    }
    j > 0 && t[j].norm == "ان" && {
        let p = t[j - 1].norm.as_str();
        // «وما لبث أن فارق الحياة» (soon after); «يمكن أن», «يجب أن», «لا بد أن»: a
        // modal, no saying. «بعد/قبل/دون أن» (after, before, without), also glued to
        // the word before by a typo («أخرىبعد أن», see `Tok::glued_time_word`; not
        // «يعتقدون», «المؤيدون», «استبعد»: 123, 2 and 5 times before «أن» in ANT).
        matches!(
            p,
            "الا" | "والا"
                | "لبث"
                | "يلبث"
                | "يمكن"
                | "ويمكن"
                | "يجب"
                | "ويجب"
                | "ينبغي"
                | "بد"
        ) || matches!(p, "بعد" | "قبل" | "دون" | "بدون" | "منذ")
            || t[j - 1].glued_time_word
    }
}

/// Does a reporting word start at `y` (after a comma), maybe after «لكن»/«كما» and
/// the like, or after such a particle and a short subject («…، لكن الوزير ألمح إلى
/// أن…»)? A clause ends there.
pub(super) fn reporting_at(t: &[Tok], y: usize) -> bool {
    // «…، في حين قال 23٪ بأنهم…»: «في حين» (whereas) + another frame; «…، إذ قال إن…».
    // «…، بعدما قال في حصيلة أولية إن…», «…، بعد أن أكد…»: after (the narrator's
    // time) + a verb of saying proper (not «بعدما تبين لها أن…», it became clear).
    let saying_at = |x: usize| {
        t.get(x).and_then(|n| verb_form(&n.norm)).is_some_and(|vf| {
            matches!(
                vf.lemma,
                "قال"
                    | "اكد"
                    | "اعلن"
                    | "اوضح"
                    | "ذكر"
                    | "اشار"
                    | "صرح"
                    | "اضاف"
                    | "كتب"
                    | "غرد"
            )
        })
    };
    // «…، مع إشارة 40.3٪ إلى أنهم…», «، مع اعتقاد 54.6٪ منهم أنهم…»: a verbal noun of
    // saying with a subject of its own.
    if t.get(y).is_some_and(|n| n.norm == "مع")
        && t.get(y + 1).is_some_and(|m| {
            let stem = m.bare.strip_prefix("ال").unwrap_or(&m.bare);
            MASDARS.iter().any(|(w, _)| *w == stem)
        })
    {
        return true;
    }
    // («…، قبل أن يضيف "لا أعرف…"»: before, the same.)
    let after = if t.get(y).is_some_and(|n| matches!(n.norm.as_str(), "بعد" | "قبل"))
        && t.get(y + 1).is_some_and(|n| n.norm == "ان")
    {
        Some(y + 2)
    } else if t.get(y).is_some_and(|n| n.norm == "بعدما") {
        Some(y + 1)
    } else {
        None
    };
    if let Some(v) = after {
        return saying_at(v);
    }
    // «…، رغم أن رئيس معسكر الخروج في المملكة المتحدة، ماثيو إليوت، قال إن…»: a
    // concession whose subject (with its apposition) says something of its own.
    let norm = |x: usize| t.get(x).map_or("", |n| n.norm.as_str());
    let concession = match norm(y) {
        "رغم" | "برغم" | "مع" if norm(y + 1) == "ان" => Some(y + 2),
        "بالرغم" if norm(y + 1) == "من" && norm(y + 2) == "ان" => Some(y + 3),
        "علي" if norm(y + 1) == "الرغم" && norm(y + 2) == "من" && norm(y + 3) == "ان" => {
            Some(y + 4)
        }
        _ => None,
    };
    if let Some(s) = concession {
        return (s + 1..(s + 14).min(t.len()))
            .take_while(|&x| t[x].is_word() || t[x].is_punct(&['،', ',']))
            .find(|&x| verb_form(&t[x].norm).is_some())
            .is_some_and(|x| saying_at(x) && (x + 1..(x + 4).min(t.len())).any(|z| opens_speech(&t[z])));
    }
    let y = if t.get(y).is_some_and(|n| n.norm == "في") && t.get(y + 1).is_some_and(|n| n.norm == "حين")
    {
        y + 2
    } else {
        y
    };
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
                | "اذ"
        )
    }) {
        // «…، إلا أن العالم مايك بيتس قد كشف…»: past the «أن» of «إلا أن» (however).
        let an = t[y].norm == "الا" && t.get(y + 1).is_some_and(|n| n.norm == "ان");
        y + 1 + usize::from(an)
    } else {
        y
    };
    // «…، وكان الموقع قد أعلن في نوفمبر أنه…»: the narrator recalls what someone had
    // said — «وكان», a subject, «قد», a verb (not «، وكان يبلغ وقتها 7 أعوام»).
    if t.get(y).is_some_and(|n| matches!(n.norm.as_str(), "وكان" | "وكانت"))
        && let Some(np) = read_np(t, y + 1).filter(|np| np.all.start == y + 1 && np.all.end <= y + 6)
        && t.get(np.all.end).is_some_and(|q| q.norm == "قد")
        && t.get(np.all.end + 1).is_some_and(|n| verb_form(&n.norm).is_some())
    {
        return true;
    }
    // «…، لكن الوزير ألمح إلى أن…»: a particle, a subject, a verb of saying (maybe
    // after «قد»).
    let particle = y > 0 && t.get(y - 1).is_some_and(|p| p.is_word());
    // (A refusal frames speech only with its clause, a colon or a quote within four
    // words: not «لكن الأطباء رفضوا تقطيب الجرح»; «لكن سالفيني نفى ذلك» is a statement.)
    let frames = |x: usize| (x + 1..(x + 5).min(t.len())).any(|z| opens_speech(&t[z]));
    let verb_at =
        |x: usize| t.get(x).and_then(|n| verb_form(&n.norm)).is_some_and(|vf| vf.lemma != "رفض" || frames(x));
    // (Past the means it spoke by: «في حين رد الفراج بتغريدة أكد فيها أن…».)
    let after_subject = particle
        && read_np(t, y).filter(|np| np.all.start == y && np.all.end <= y + 5).is_some_and(|np| {
            let e = np.all.end;
            verb_at(e)
                || t.get(e).is_some_and(|q| q.norm == "قد") && verb_at(e + 1)
                || e < t.len() && by_document(t, e) && (verb_at(e + 1) || verb_at(e + 2))
        });
    // «…، إذ قال لـ(CNN) إنه…», «إذ وجد العلماء أن…» (for, as): only a verb of saying
    // or thinking with its words or clause in the same sentence, a dozen words on at
    // most; not «إذ تبلغ تكلفة الإبرة…» (amounts, a homograph of «informs»).
    // («…، حيث لاحظ تسربا غير عادي…»: after «حيث» (where, as) the story goes on; only
    // a verb of saying proper («حيث أشارت الصحيفة إلى…») or one with words of its own
    // ends the clause.)
    if y > 0 && matches!(t[y - 1].norm.as_str(), "اذ" | "حيث") {
        // «، حيث يتوقع أن تصل سرعة الرياح…»: a present of expecting or believing
        // right before «أن» is the impersonal passive (it is expected), no new speaker.
        let impersonal = t.get(y).is_some_and(|n| {
            matches!(n.norm.as_str(), "يتوقع" | "يعتقد" | "يرجح" | "يقدر" | "يفترض" | "ينتظر")
        }) && t.get(y + 1).is_some_and(|n| n.norm == "ان");
        if impersonal {
            return false;
        }
        let verb = t.get(y).is_some_and(|n| verb_form(&n.norm).is_some() || THINKING.contains_key(&n.norm));
        let own_words = (y + 1..(y + 14).min(t.len()))
            .take_while(|&z| !t[z].is_punct(&['.', '؟', '?', '!']))
            .any(|z| opens_speech(&t[z]));
        return verb && (own_words || t[y - 1].norm == "حيث" && saying_at(y));
    }
    // («…، لا يزال في مراحله الأولى، إلا أن موسكو وبيونغيانغ، يعتبران هذا المشروع
    // ضروريا»: a view with a nominal object, still what was reported; a view opens a
    // statement of its own only with its clause, a colon or a quote.)
    let view_of_a_noun = |y: usize| {
        t.get(y).and_then(|n| verb_form(&n.norm)).is_some_and(|f| f.lemma == "اعتبر" && !f.participle)
            && !frames(y)
    };
    t.get(y).is_some_and(|n| verb_form(&n.norm).is_some()) && !moved(t, y) && !of_age(t, y) && !view_of_a_noun(y)
        || verb_in_context(t, y).is_some()
        // («، بينما وصفته المفوضة بأنه…».)
        || t.get(y).and_then(telling_with_object).is_some()
        || after_subject
}

/// Does `tok` open what a verb reports: a complementizer, a colon or a quote mark?
pub(super) fn opens_speech(tok: &Tok) -> bool {
    COMPLEMENTIZERS.contains(&tok.norm.as_str())
        || tok.is_punct(&[':'])
        || tok.kind == TokenKind::Punctuation && tok.norm.chars().all(is_quote_char)
}

/// «ويبلغ من العمر 29 عاما» (is 29 years old): «يبلغ» giving an age, not informing.
pub(super) fn of_age(t: &[Tok], v: usize) -> bool {
    t.get(v).is_some_and(|x| matches!(x.bare.as_str(), "يبلغ" | "تبلغ" | "بلغ" | "بلغت"))
        && t.get(v + 1).is_some_and(|n| n.norm == "من")
        && t.get(v + 2).is_some_and(|n| n.norm == "العمر")
}

/// «نقل إلى مستشفى» (was taken to): «نقل» moving someone, not relaying words.
pub(super) fn moved(t: &[Tok], v: usize) -> bool {
    t.get(v).is_some_and(|x| x.bare.starts_with("نقل")) && t.get(v + 1).is_some_and(|n| n.norm == "الي")
}
