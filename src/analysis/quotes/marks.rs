//! Quote marks: pairing them (nested pairs, unclosed marks), and telling a quoted
//! span that is words said from a quoted name, title or term.

use std::ops::Range;

use super::clause::{ATTRIBUTION, COMPLEMENTIZERS, participle_frame};
use super::frames::masdar_shape;
use super::lexicon::verb_form;
use super::speaker::bi_qawl_form;
use super::tokens::Tok;
use super::words::{is_addressee, is_org_head};
use crate::text::tokenize::TokenKind;

pub(super) fn is_quote_char(c: char) -> bool {
    matches!(c, '"' | '«' | '»' | '“' | '”')
}

/// A token that is a quote mark.
pub(super) fn is_mark(x: &Tok) -> bool {
    x.kind == TokenKind::Punctuation && x.norm.chars().all(is_quote_char)
}

/// A pair of quote marks (or an unclosed opening mark) at the top level.
#[derive(Debug, Clone)]
pub(super) struct Seg {
    /// Token index of the opening mark.
    pub(super) open: usize,
    /// Token index of the closing mark, `None` when unclosed.
    pub(super) close: Option<usize>,
    /// Token index one past the last quoted token.
    pub(super) end: usize,
    /// Quoted text (without the marks), byte range.
    pub(super) inner: Range<usize>,
    /// Number of word tokens inside.
    pub(super) words: usize,
}

/// Pairs the quote marks of a paragraph's tokens; returns the top-level segments.
pub(super) fn pair_marks(body: &str, t: &[Tok]) -> Vec<Seg> {
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
            // «قال للصحفيين" نسعى إلى…»: a mark glued to the frame before it, with a word
            // after a space, opens when none is open.
            let glued_open = !is_open
                && after.is_some_and(char::is_whitespace)
                && body.get(tok.range.end..).is_some_and(|s| s.trim_start().starts_with(char::is_alphabetic))
                && i > 0
                && (verb_form(&t[i - 1].norm).is_some()
                    || t[i - 1].norm.starts_with("لل")
                    || is_addressee(&t[i - 1]));
            if open_side && word_after && !close_side || glued_open {
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
    for (open, close, _depth) in pairs {
        // A mark inside another is nested in it — unless that one was never closed and
        // ended before it («وقال نوير أنه "من السخف…، وتابع "كل امرأة…. وأضاف "…".»:
        // one closing mark for three quotes).
        if open < covered_until {
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
pub(super) fn unclosed_end(t: &[Tok], open: usize) -> usize {
    let mut i = open + 1;
    while i < t.len() {
        let tok = &t[i];
        if tok.is_punct(&['،', ',', '.'])
            && t.get(i + 1)
                .is_some_and(|n| verb_form(&n.norm).is_some() || ATTRIBUTION.contains(&n.norm.as_str()))
        {
            return i;
        }
        // «"نحن حريصون على … الجاري معربا عن أمله في أن…»: a participle framing the
        // speaker's next statement, with no comma before it, after three words at least.
        if i > open + 3 && participle_frame(t, i, false) {
            return i;
        }
        i += 1;
    }
    t.len()
}

/// Does the frame go on at token `i` (a complementizer, maybe after commas and words of
/// adjunct with no verb of saying, up to 40 tokens: «في بيان», «، زهير الجيس، خلال
/// مراسلته في اليوم الثاني من الجولة…، بأنه»): what stood before was a name, not the
/// quote?
pub(super) fn frame_goes_on(t: &[Tok], i: usize) -> bool {
    for tok in t.iter().skip(i).take(40) {
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
pub(super) const TITLE_OF: &[&str] =
    &["بعنوان", "عنوان", "بعنوانه", "شعار", "بشعار", "اسم", "باسم", "وسم", "بوسم", "هاشتاغ"];

/// Is the quote mark at `open` right after a word like «بعنوان» (a title, not words said),
/// or a name given («أطلق عليه "الجبهة الوطنية للتحرير"», «يسمى "…"», «سمّيت "…"»)?
pub(super) fn titled(t: &[Tok], seg: &Seg) -> bool {
    let open = seg.open;
    let Some(prev) = open.checked_sub(1).and_then(|p| t.get(p)) else { return false };
    let named = matches!(prev.bare.as_str(), "عليه" | "عليها" | "عليهم")
        && open >= 2
        && matches!(t[open - 2].bare.as_str(), "اطلق" | "اطلقت" | "يطلق" | "تطلق" | "اطلقوا");
    let called = matches!(
        prev.bare.as_str(),
        "يسمي" | "تسمي" | "سمي" | "سميت" | "المسمي" | "المسماه" | "يدعي" | "تدعي"
    );
    // «على هامش "منتدى سيدي بوزيد للحوار"», «ندوة دولية حول "الخطة الاستراتيجية…"».
    // (A name, not a statement: «خلال مؤتمر "نعتقد أنهم عناصر…"» lost «صحفي».)
    let end = seg.close.unwrap_or(seg.end);
    let name_like =
        seg.words <= 10 && !(open + 1..end).any(|x| COMPLEMENTIZERS.contains(&t[x].norm.as_str()));
    let about_event =
        prev.bare == "حول" && (open.saturating_sub(5)..open - 1).any(|x| event_noun(&t[x].bare));
    TITLE_OF.contains(&prev.bare.as_str())
        || named
        || called
        || work_noun(&prev.bare, seg.words)
        || name_like && (event_noun(&prev.bare) || about_event || prev.bare == "هامش")
}

/// An indefinite noun of an event whose name follows in quote marks («ندوة "اختتام
/// برنامج دعم المجتمع المدني"», «منتدى "ريادة الأعمال…"», «ورشة "فن المهرج"»). (Not
/// with the article: «وسيتضمن المؤتمر "40 جلسة…"» is the organizer's words about it;
/// in the fixtures 6 of 33 quoted spans after these nouns are words, all after the
/// definite noun. Not «دورة»: «بدوره» is "in turn".)
fn event_noun(bare: &str) -> bool {
    const EVENTS: &[&str] =
        &["ندوه", "منتدي", "ملتقي", "مؤتمر", "ورشه", "تظاهره", "مهرجان", "معرض", "مسابقه"];
    let w = bare.strip_prefix(['ب', 'ل']).filter(|r| r.chars().count() >= 4).unwrap_or(bare);
    EVENTS.contains(&w)
}

/// A noun of a work whose title follows in quote marks («مؤلف كتاب "كرة القدم تتجه إلى
/// الشرق"», «بعرض فيلمي "ذي بوست"», «تطبيق "صراحة"»). With the article or a possessive
/// only a title of three words or fewer («فيلمه "حياة أديل"», «في كتابه "موجة لا
/// تهدأ"»): a longer span there is as often the words themselves («وكتبت في كتابها
/// "تدهوره العقلي لا يمكن إنكاره"», «وقال مسؤولون عن البرنامج "ستكون…"»). (In the
/// fixtures no quoted span right after such a noun is anyone's words: 235 spans.)
fn work_noun(bare: &str, words: usize) -> bool {
    const WORKS: &[&str] = &[
        "كتاب",
        "فيلم",
        "مسلسل",
        "اغنيه",
        "روايه",
        "برنامج",
        "البوم",
        "مسرحيه",
        "قصيده",
        "ديوان",
        "كليب",
        "تطبيق",
    ];
    let w = bare.strip_prefix(['ب', 'ل']).filter(|r| r.chars().count() >= 3).unwrap_or(bare);
    let (w, definite) = w.strip_prefix("ال").map_or((w, false), |r| (r, true));
    WORKS.iter().any(|k| {
        let stem = k.strip_suffix('ه').map(|s| format!("{s}ت"));
        let stem = stem.as_deref().unwrap_or(k);
        let owned =
            w.strip_prefix(stem).is_some_and(|r| matches!(r, "ه" | "ها" | "هم" | "هما" | "ي" | "يه" | "ا"));
        w == *k && !definite || (w == *k || owned) && words <= 3
    })
}

/// Verbs of saying proper, which may frame a quote of two words (not وصف «described
/// as», اعتبر «considered»).
pub(super) const SAYING: &[&str] =
    &["قال", "اضاف", "تابع", "اكد", "كتب", "غرد", "اردف", "ختم", "استطرد", "صرح"];

/// A quote of two words closing its sentence after a frame, not glued to a
/// preposition («للصحافيين "سنراقب التطورات".», not «بـ"العمل الإرهابي"»).
pub(super) fn short_closing_quote(t: &[Tok], seg: &Seg, lemma: &str) -> bool {
    if !SAYING.contains(&lemma) {
        return false;
    }
    let Some(close) = seg.close else { return false };
    let ends = t.get(close + 1).is_none_or(|x| x.is_punct(&['.', '!', '؟', '?']));
    let before = seg.open.checked_sub(1).and_then(|b| t.get(b));
    // (After a comma too: «وقال فلان، رئيس البعثة، "أشعر بالعار".».)
    let free = before.is_some_and(|b| {
        b.is_word() && b.kind != TokenKind::Proclitic && !b.norm.ends_with('ب') || b.is_punct(&['،', ','])
    });
    seg.words == 2 && ends && free
}

/// A description in the speaker's words after «وصف» and «بـ», two words or more
/// («واصفا القرار بـ"النصر للسينما الروسية"», «وصفته بـ"النفق المظلم"»), a demand
/// after «طالب» («وطالبت عشراوي المجتمع الدولي بـ"التدخل الفوري…"»), praise or blame
/// («وندد البيان بـ"الاعتداءات المتكررة"», «رحب بـ"الخطوة الإيجابية"»); not one word
/// glued to the preposition («وصفته بـ"الكارثة"», a qualifier).
/// So too a call or an emphasis quoting its object after «إلى/على» («ودعا إلى "حل
/// جذري"», «مشددا على "عدم التهاون"»).
pub(super) fn description(t: &[Tok], seg: &Seg, lemma: &str) -> bool {
    let before = seg.open.checked_sub(1).and_then(|b| t.get(b));
    seg.words >= 2
        && (matches!(lemma, "وصف" | "طالب" | "اشاد" | "ندد" | "رحب" | "استنكر" | "شجب" | "اتهم")
            && before.is_some_and(|b| b.kind == TokenKind::Proclitic && b.norm.starts_with('ب'))
            || matches!(lemma, "دعا" | "شدد" | "لفت" | "اشار")
                && before.is_some_and(|b| matches!(b.norm.as_str(), "الي" | "علي")))
}

/// A short quoted span the frame goes on after («في "هيومن رايتس ووتش"، إنه…»): a name.
pub(super) fn quoted_name(t: &[Tok], seg: &Seg) -> bool {
    seg.words <= 4 && seg.close.is_some_and(|c| frame_goes_on(t, c + 1))
}

/// A short quoted span right after the head of a body, its name, with the sentence
/// going on after it («وقالت مجموعة "الفريق العامل المعني بمسألة الاحتجاز التعسفي"
/// التابعة للمنظمة الدولية إن…»).
pub(super) fn named_by_head(t: &[Tok], seg: &Seg) -> bool {
    seg.words <= 8
        && seg.open > 0
        && {
            let h = &t[seg.open - 1];
            let bare = h.bare.strip_prefix("ال").unwrap_or(&h.bare);
            // «لمراسل "الجوهرة أف أم"», «موفد "…"», «مكتب "…" للبحوث»: the outlet or the
            // firm someone works for (also with «لـ/بـ» glued: «لشبكة "سي إن إن"»).
            let glued = h.bare.strip_prefix(['ل', 'ب']).filter(|r| r.chars().count() >= 3);
            is_org_head(h)
                || ["مراسل", "مراسله", "موفد", "موفده", "مكتب", "شبكه", "قناه", "اذاعه"]
                    .iter()
                    .any(|w| bare == *w || glued == Some(*w))
                || [
                    "مجموعه",
                    "جماعه",
                    "حركه",
                    "تحالف",
                    "ائتلاف",
                    "فريق",
                    "موقع",
                    "برنامج",
                    "حمله",
                    "منصه",
                    "شبكه",
                    "اذاعه",
                ]
                .contains(&bare)
        }
        && seg.close.is_some_and(|c| t.get(c + 1).is_some_and(|x| x.is_word()))
}

/// A quote mark glued to a preposition («لإدانته بـ"بث أخبار كاذبة"», «لـ"ارتكابه
/// عدة مخالفات"»): the object of a word, not words said.
pub(super) fn glued_to_preposition(t: &[Tok], open: usize) -> bool {
    let is_mark = |x: &Tok| x.kind == TokenKind::Punctuation && x.norm.chars().all(is_quote_char);
    if open == 0 {
        return false;
    }
    // (Not «لـ "إنه شخص مهذب…"», a source left out: a quote opening with «إن» is
    // speech.)
    if t[open - 1].kind == TokenKind::Proclitic {
        return !t.get(open + 1).is_some_and(|x| {
            x.is_word() && x.norm.starts_with("ان") && COMPLEMENTIZERS.contains(&x.norm.as_str())
        });
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
