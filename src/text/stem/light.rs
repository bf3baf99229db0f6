//! Khabar's light stemmer, tuned for search: it removes clitics and inflectional endings
//! that never change what a news word means, and stops short of anything that merges
//! different words. It is not a root extractor: كتاب and كتب, سلام and سلم, جامعة
//! (university) and جامع (mosque) stay apart.
//!
//! # Rules, in order
//! 1. **Normalize**: drop harakat/tanween/shadda/sukun (U+064B..=U+0652), dagger alef
//!    (U+0670) and tatweel; أ إ آ ٱ → ا; ى → ي. ة and ؤ ئ ء are kept.
//! 2. **One definite-article prefix**, longest first: وبال وكال فبال وال فال بال كال ولل فلل
//!    لل ال — when at least 2 letters remain (الدم → دم, but الي stays).
//! 3. **Else a bare و** (the conjunction) when at least 3 letters remain.
//!    Neither applies to a word starting with one of [`RADICAL_WAW`]: frequent news words
//!    whose و is the first root letter (وزير، وكالة، ولاية، واشنطن …), picked by hand
//!    from the ANT v2.1 vocabulary (و-words whose remainder is rare or not a word).
//! 4. **One pronoun suffix** (ها هم هما هن ه) when at least 3 letters remain, not after ا
//!    or ي (اتجاه، مياه، توجيه، عليه keep their ه). A ة written ت before the pronoun is
//!    restored when the stem has at least 4 letters (حكومته → حكومة, ولايته → ولاية,
//!    حياته → حياة), not in تفعيل masdars ت??يت (تصويته) or الكويت; 3-letter stems keep ت
//!    (بيته، صوته، وقته).
//! 5. **One plural ending**: ون / ين when at least 4 letters remain and no pronoun was
//!    removed (مسؤولون، لاعبين; but قانون، مليون، تأمين stay whole, and فلسطين is an
//!    exception); ات → ة when at least 3 letters remain (جامعات → جامعة, انتخابات →
//!    انتخابة, قراراتها → قرارة), except in the أفعال plurals ا??ات (أوقات، أصوات).
//!
//! # Rejected rules (and why)
//! - **ة → ه and stripping ة** (Larkey's light10): merges جامعة/جامع, عامة/عام, عربة/عرب.
//! - **bare ب ل ك ف** proclitics: بريطانيا، لبنان، كتاب، فرنسا would lose a letter.
//! - **ان** (dual): لبنان → لبن (milk), سودان → سود, برلمان → برلم.
//! - **ي** (nisba / "my"): مصري → مصر merges Egypt and Egyptian, كرسي → كرس.
//! - **ك كم كن كما نا** (second person, "our"): ملك, مبارك, محاكم, أماكن, كورونا end in them
//!   and news text rarely uses second-person pronouns.
//! - **يه ية** as a unit: عربية → عرب merges the adjective with "Arabs".
//!
//! The evaluation (unit test `evaluation`): 50 lemmas whose inflected forms must all get
//! the lemma's stem and 50 near pairs of different words that must stay apart.

/// Frequent news words (normalized) starting with a root و: a bare و there is not
/// the conjunction. Matched as a prefix of the word.
pub const RADICAL_WAW: &[&str] = &[
    "وزير",
    "وزار",
    "وزرا",
    "وكال",
    "وكيل",
    "وسائل",
    "وسيل",
    "وسط",
    "وفق",
    "وفا",
    "وفد",
    "وفود",
    "وجود",
    "وجد",
    "وجه",
    "وجو",
    "وجب",
    "واحد",
    "وحد",
    "وحيد",
    "ولاي",
    "واسع",
    "وسع",
    "وراء",
    "ورا",
    "وصل",
    "وصول",
    "وصف",
    "وقع",
    "وقوع",
    "وقت",
    "وقف",
    "وقود",
    "وقائع",
    "واقع",
    "واضح",
    "وضح",
    "وضع",
    "وافق",
    "وارد",
    "واجه",
    "وثيق",
    "وثائق",
    "وظيف",
    "وظائف",
    "وطن",
    "وطاه",
    "وتير",
    "وليد",
    "وليام",
    "ويليام",
    "ويل",
    "ويس",
    "واشنطن",
    "واتساب",
    "ودي",
    "ولد",
    "ولاد",
    "وادي",
    "ورق",
    "وعد",
    "وعود",
    "وعي",
    "وزن",
    "وساط",
    "وشيك",
    "وهب",
    "وائل",
    "وجيز",
    "وخيم",
    "وجبه",
    "وجبة",
    "وين",
    "وايت",
    "ويندوز",
];

const DEFINITE: &[&str] = &["وبال", "وكال", "فبال", "وال", "فال", "بال", "كال", "ولل", "فلل", "لل", "ال"];

const PRONOUNS: &[&str] = &["هما", "ها", "هم", "هن", "ه"];

/// Words kept whole whatever the rules say.
const EXCEPTIONS: &[&str] = &["الله", "لله", "والد", "والده", "والدة", "والي", "والدي"];

/// Normalizes as rule 1 into `out` (cleared first).
fn normalize_into(word: &str, out: &mut String) {
    out.clear();
    for c in word.chars() {
        match c {
            '\u{064B}'..='\u{0652}' | '\u{0670}' | '\u{0640}' => {}
            'أ' | 'إ' | 'آ' | 'ٱ' => out.push('ا'),
            'ى' => out.push('ي'),
            _ => out.push(c),
        }
    }
}

#[inline]
fn char_len(s: &str) -> usize {
    s.chars().count()
}

/// Stems `word` with the light stemmer, returning a new string.
pub fn stem(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    stem_into(word, &mut out);
    out
}

/// Stems `word` with the light stemmer into `out` (cleared first).
pub fn stem_into(word: &str, out: &mut String) {
    normalize_into(word, out);
    if EXCEPTIONS.contains(&out.as_str()) {
        return;
    }
    let mut start = 0usize;
    // Rules 2 and 3: prefixes. A word starting with a radical و takes no و-prefix.
    let radical_waw = RADICAL_WAW.iter().any(|r| out.starts_with(r));
    let mut had_article = false;
    for p in DEFINITE {
        if radical_waw && p.starts_with('و') {
            continue;
        }
        if let Some(rest) = out.strip_prefix(p)
            && char_len(rest) >= 2
        {
            start = p.len();
            had_article = true;
            break;
        }
    }
    if !had_article
        && !radical_waw
        && let Some(rest) = out.strip_prefix('و')
        && char_len(rest) >= 3
    {
        start = 'و'.len_utf8();
    }
    let mut end = out.len();
    // Rule 4: pronoun suffix.
    let mut pronoun = false;
    for p in PRONOUNS {
        let body = &out[start..end];
        if let Some(rest) = body.strip_suffix(p)
            && char_len(rest) >= 3
            && !rest.ends_with('ا')
            && !rest.ends_with('ي')
        {
            end = start + rest.len();
            pronoun = true;
            break;
        }
    }
    // A ة written ت before the pronoun.
    let mut add_marbuta = false;
    if pronoun {
        let body = &out[start..end];
        let n = char_len(body);
        if let Some(rest) = body.strip_suffix('ت') {
            let prev = rest.chars().next_back();
            let to_marbuta = match prev {
                // حياته → حياة; قراراته → قرارات (then the plural rule below).
                Some('ا') => n == 4,
                // ولايته → ولاية; but تصويت، توقيت، الكويت keep their ت.
                Some('ي') => n >= 4 && !(n == 5 && body.starts_with('ت')) && body != "كويت",
                // ثروته → ثروة (but صوت، موت، وقت, 3 letters, keep it).
                _ => n >= 4,
            };
            if to_marbuta {
                end -= 'ت'.len_utf8();
                add_marbuta = true;
            }
        }
    }
    // Rule 5: plural endings (ون/ين not after a pronoun: the construct form drops ن).
    if !add_marbuta {
        let body = &out[start..end];
        let n = char_len(body);
        if let Some(rest) = body.strip_suffix("ون").or_else(|| body.strip_suffix("ين"))
            && !pronoun
            && char_len(rest) >= 4
            && !body.ends_with("فلسطين")
        {
            end = start + rest.len();
        } else if let Some(rest) = body.strip_suffix("ات")
            && char_len(rest) >= 3
            && !(n == 5 && body.starts_with('ا'))
        {
            end = start + rest.len();
            add_marbuta = true;
        }
    }
    // Assemble: out[start..end] (+ ة).
    out.truncate(end);
    if start > 0 {
        out.drain(..start);
    }
    if add_marbuta {
        out.push('ة');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// 50 lemmas, each with inflected/cliticized forms that must all share its stem.
    const CONFLATE: &[(&str, &[&str])] = &[
        ("رئيس", &["الرئيس", "والرئيس", "للرئيس", "بالرئيس", "رئيسه", "رئيسها", "ورئيس"]),
        ("حكومة", &["الحكومة", "حكومته", "حكومتها", "حكومات", "الحكومات", "والحكومة", "حكوماتهم"]),
        ("وزير", &["الوزير", "والوزير", "وزيرها", "للوزير"]),
        ("جامعة", &["الجامعة", "جامعات", "الجامعات", "جامعتها", "بالجامعة"]),
        ("انتخابات", &["الانتخابات", "وانتخابات", "انتخاباتها", "للانتخابات"]),
        ("مسؤول", &["المسؤول", "مسؤولون", "مسؤولين", "المسؤولين", "والمسؤولون"]),
        ("قال", &["وقال"]),
        ("اكد", &["أكد", "وأكد", "واكد"]),
        ("اضاف", &["أضاف", "وأضاف"]),
        ("تابع", &["وتابع"]),
        ("دولة", &["الدولة", "دولته", "دولتها", "والدولة", "للدولة"]),
        ("سياسة", &["السياسة", "سياسته", "سياستها", "سياسات", "والسياسة"]),
        ("قرار", &["القرار", "قراره", "قرارها", "والقرار", "بالقرار"]),
        ("قرارات", &["القرارات", "قراراته", "قراراتها"]),
        ("شعب", &["الشعب", "شعبه", "شعبها", "والشعب", "للشعب"]),
        ("لاعب", &["اللاعب", "لاعبون", "لاعبين", "اللاعبين", "لاعبه"]),
        ("مصري", &["المصري", "مصريون", "مصريين", "المصريين"]),
        ("مصرية", &["المصرية", "مصريات", "المصريات"]),
        ("فلسطين", &["وفلسطين"]),
        ("مدينة", &["المدينة", "مدينته", "مدينتها", "بالمدينة", "مدينتهم"]),
        ("زيارة", &["الزيارة", "زيارته", "زيارتها", "زيارات", "والزيارة"]),
        ("مؤسسة", &["المؤسسة", "مؤسسات", "المؤسسات", "مؤسساتها"]),
        ("بلاد", &["البلاد", "بلاده", "بلادها", "وبالبلاد"]),
        ("موقف", &["الموقف", "موقفه", "موقفها", "والموقف"]),
        ("ثروة", &["الثروة", "ثروته", "ثرواتها", "ثروات", "والثروات"]),
        ("امن", &["الأمن", "أمن", "والأمن", "للأمن", "أمنها"]),
        ("بيت", &["البيت", "بيته", "بيتها", "والبيت"]),
        ("صوت", &["الصوت", "صوته", "صوتها"]),
        ("تصويت", &["التصويت", "تصويته", "والتصويت"]),
        ("عملية", &["العملية", "عمليات", "العمليات", "عملياتها"]),
        ("معلم", &["المعلم", "معلمون", "معلمين", "المعلمين"]),
        ("مشروع", &["المشروع", "مشروعه", "مشروعها", "والمشروع"]),
        ("اتفاق", &["الاتفاق", "اتفاقه", "والاتفاق", "بالاتفاق"]),
        ("مجلس", &["المجلس", "والمجلس", "للمجلس", "مجلسه"]),
        ("اتجاه", &["الاتجاه", "والاتجاه", "بالاتجاه"]),
        ("عام", &["العام", "والعام"]),
        ("عامة", &["العامة", "والعامة"]),
        ("فريق", &["الفريق", "فريقه", "فريقها", "للفريق", "والفريق"]),
        ("مباراة", &["المباراة", "والمباراة", "بالمباراة"]),
        ("هدف", &["الهدف", "هدفه", "هدفها"]),
        ("وزارة", &["الوزارة", "والوزارة", "وزارات", "الوزارات"]),
        ("وكالة", &["الوكالة", "وكالات", "والوكالة"]),
        ("ولاية", &["الولاية", "ولايات", "الولايات", "ولايته"]),
        ("واشنطن", &["وواشنطن"]),
        ("شركة", &["الشركة", "شركات", "الشركات", "شركته", "والشركة"]),
        ("دراسة", &["الدراسة", "دراسات", "الدراسات", "دراستها"]),
        ("حياة", &["الحياة", "حياته", "حياتها", "والحياة"]),
        ("سلام", &["السلام", "والسلام", "بالسلام"]),
        ("كتاب", &["الكتاب", "كتابه", "كتابها", "والكتاب"]),
        ("محكمة", &["المحكمة", "والمحكمة", "محكمته"]),
    ];

    /// 50 pairs of different words that must keep different stems.
    const APART: &[(&str, &str)] = &[
        ("سلام", "سلم"),
        ("كتاب", "كتب"),
        ("جامعة", "جامع"),
        ("عامة", "عام"),
        ("عربة", "عرب"),
        ("لبنان", "لبن"),
        ("مصر", "مصري"),
        ("عربي", "عرب"),
        ("قانون", "قان"),
        ("مليون", "ملي"),
        ("تأمين", "تام"),
        ("وزير", "زير"),
        ("وكالة", "كالة"),
        ("ولاية", "لاية"),
        ("واحد", "أحد"),
        ("بريطانيا", "ريطانيا"),
        ("فرنسا", "رنسا"),
        ("مياه", "ميا"),
        ("اتجاه", "اتجا"),
        ("توجيه", "توجي"),
        ("بيت", "بية"),
        ("تصويت", "تصوية"),
        ("محاكم", "محا"),
        ("أماكن", "اما"),
        ("كورونا", "كورو"),
        ("ملك", "مل"),
        ("جامعة", "جامعي"),
        ("دولة", "دول"),
        ("حكومة", "حكم"),
        ("مدينة", "مدين"),
        ("أوقات", "أوقة"),
        ("أصوات", "أصوة"),
        ("الله", "له"),
        ("تسعين", "تسع"),
        ("زيتون", "زيت"),
        ("سودان", "سود"),
        ("برلمان", "برلم"),
        ("عمل", "عملية"),
        ("سياسي", "سياسة"),
        ("مسلم", "سلم"),
        ("كرسي", "كرس"),
        ("وطن", "طن"),
        ("وقت", "قت"),
        ("والد", "الد"),
        ("والي", "الي"),
        ("شركة", "شرك"),
        ("قوة", "قو"),
        ("امن", "امين"),
        ("خاص", "خاصة"),
        ("فلسطين", "فلسط"),
    ];

    #[test]
    fn evaluation() {
        assert_eq!(CONFLATE.len(), 50);
        assert_eq!(APART.len(), 50);
        let mut failures = Vec::new();
        for (lemma, forms) in CONFLATE {
            let want = stem(lemma);
            for f in *forms {
                let got = stem(f);
                if got != want {
                    failures.push(format!("{f} → {got}, but {lemma} → {want}"));
                }
            }
        }
        for (a, b) in APART {
            if stem(a) == stem(b) {
                failures.push(format!("{a} and {b} both → {}", stem(a)));
            }
        }
        assert!(failures.is_empty(), "{} failures:\n{}", failures.len(), failures.join("\n"));
    }

    #[test]
    fn normalizes() {
        assert_eq!(stem("كِتَابٌ"), "كتاب");
        assert_eq!(stem("إلى"), "الي");
        assert_eq!(stem(""), "");
        assert_eq!(stem("hello"), "hello");
    }
}
