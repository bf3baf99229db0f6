//! The lexicon of reporting verbs: every inflected, clitic-attached and participle
//! form of each verb, with its agreement (number and gender), and the verbs of thinking.

use crate::text::normalize::{Normalization, normalize};

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
    // (No participle: «المدعي العام» is the prosecutor.)
    ("ادعى", "يدعي", ""),
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
    ("بين", "يبين", "مبين"),
    ("أخبر", "يخبر", ""),
    ("توعد", "يتوعد", "متوعد"),
    ("تعهد", "يتعهد", "متعهد"),
    ("هدد", "يهدد", "مهدد"),
    ("أورد", "يورد", ""),
    // Chants and cries («وهتف المتظاهرون "…"», «كان الجمهور يصيح "…"»), words said
    // over and over («يرددون "…"»): their quoted words only (not in INDIRECT_VERBS).
    // (No participle of هتف: «هاتفا» is a telephone.)
    ("هتف", "يهتف", ""),
    ("صاح", "يصيح", "صائح"),
    ("ردد", "يردد", "مردد"),
    ("اتهم", "يتهم", "متهم"),
    ("رجح", "يرجح", "مرجح"),
    ("استبعد", "يستبعد", "مستبعد"),
    ("أصر", "يصر", ""),
    ("ألمح", "يلمح", "ملمح"),
    ("لمح", "يلمح", ""),
    ("نقل", "ينقل", ""),
    ("شرح", "يشرح", "شارح"),
    ("أنذر", "ينذر", ""),
    ("لاحظ", "يلاحظ", "ملاحظ"),
    // «وأكمل: "…"» (went on), «وسأل: "…"» (asked); no participle («مكمل», «سائل»
    // are nouns).
    ("أكمل", "يكمل", ""),
    ("سأل", "يسأل", ""),
    // Praise and blame, which frame the speaker's words in quote marks («وانتقد الوزير
    // "التصرفات غير المسؤولة"», «ورحب بـ"الخطوة الإيجابية نحو السلام"») but no clause
    // of reported speech (they are no [`INDIRECT_VERBS`]). (Not «أدان»: a court
    // convicts with it, «وأدانت المحكمة الزفزافي بعدة اتهامات بينها تدبير "مؤامرة…"».)
    ("أشاد", "يشيد", "مشيد"),
    // (Its participle only in the singular, below: «منتقدين», «منتقدو» are critics.)
    ("انتقد", "ينتقد", ""),
    ("ندد", "يندد", "مندد"),
    // (No participle: «مرحبا» is a greeting.)
    ("رحب", "يرحب", ""),
    ("استنكر", "يستنكر", "مستنكر"),
    ("شجب", "يشجب", "شاجب"),
];

/// Forms of weak verbs (search-normalized, without و/ف) not made by the suffix rule:
/// (form, lemma, agreement, participle).
pub(super) const IRREGULAR: &[(&str, &str, Agreement, bool)] = &[
    ("قلت", "قال", Agreement::MS, false),
    ("قالو", "قال", Agreement::MP, false),
    ("دعت", "دعا", Agreement::FS, false),
    ("دعتا", "دعا", Agreement::FD, false),
    ("دعوا", "دعا", Agreement::MP, false),
    ("منتقدا", "انتقد", Agreement::MS, true),
    ("منتقده", "انتقد", Agreement::FS, true),
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
    ("ادعت", "ادعي", Agreement::FS, false),
    ("ادعوا", "ادعي", Agreement::MP, false),
];

/// Grammatical number of a verb form or a speaker.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(super) enum Number {
    #[default]
    Singular,
    Dual,
    Plural,
}

/// The agreement a verb form shows (number, and gender: `Some(true)` feminine).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(super) struct Agreement {
    pub(super) number: Number,
    pub(super) feminine: Option<bool>,
}

impl Agreement {
    pub(super) const MS: Agreement = Agreement { number: Number::Singular, feminine: Some(false) };
    pub(super) const FS: Agreement = Agreement { number: Number::Singular, feminine: Some(true) };
    pub(super) const MD: Agreement = Agreement { number: Number::Dual, feminine: Some(false) };
    pub(super) const FD: Agreement = Agreement { number: Number::Dual, feminine: Some(true) };
    pub(super) const MP: Agreement = Agreement { number: Number::Plural, feminine: Some(false) };
    pub(super) const FP: Agreement = Agreement { number: Number::Plural, feminine: Some(true) };
}

/// Suffixes of the past stem (3rd person): قال قالت قالا قالتا قالوا.
pub(super) const PAST_SUFFIXES: &[(&str, Agreement)] = &[
    ("", Agreement::MS),
    ("ت", Agreement::FS),
    ("ا", Agreement::MD),
    ("تا", Agreement::FD),
    ("وا", Agreement::MP),
];

/// Prefix and suffix of the present stem (3rd person): يقول تقول يقولان تقولان يقولون
/// (and the feminine plural of sound verbs: يؤكدن).
pub(super) const PRESENT_AFFIXES: &[(&str, &str, Agreement)] = &[
    ("ي", "", Agreement::MS),
    ("ت", "", Agreement::FS),
    ("ي", "ان", Agreement::MD),
    ("ت", "ان", Agreement::FD),
    ("ي", "ون", Agreement::MP),
    ("ت", "ين", Agreement::FS),
    ("ي", "ن", Agreement::FP),
];

/// Suffixes of the active participle (حال, accusative; tanween dropped): مضيفا مضيفة
/// مضيفين مضيفتين مضيفات.
pub(super) const PARTICIPLE_SUFFIXES: &[(&str, Agreement)] = &[
    ("", Agreement::MS),
    ("ا", Agreement::MS),
    ("ه", Agreement::FS),
    ("ين", Agreement::MP),
    ("تين", Agreement::FD),
    ("ات", Agreement::FP),
];

/// Verbs of praise and blame: frames of quoted words only, whose noun after them is
/// as often their object as their subject («وانتقد ممارسات الحوثيين»).
pub(super) const EVALUATIVE_VERBS: &[&str] = &["اشاد", "انتقد", "ندد", "رحب", "استنكر", "شجب"];

/// Verbs whose complement clause (إن/أن) is reported speech.
pub(super) const INDIRECT_VERBS: &[&str] = &[
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
    "ادعي",
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
    "استبعد",
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
    "توصل",
    "تكهن",
    "تمني",
    "شرح",
    "لاحظ",
    "انذر",
    "جاء",
    "ابرز",
    "اظهر",
    "تنبا",
    "ادرك",
    "اكتشف",
    // «معربا أن…», «وأعرب أن…» (Tunisian usage: stated), beside its stances
    // («أعرب عن قلقه»), which `frames::stance_complement` reads first.
    "اعرب",
    // Read in context only (`frames::answered_that`): replying, justifying, pleading.
    "رد",
    "برر",
    "تعلل",
];

/// Verbs of thinking, estimating and concluding, which report only the clause they
/// introduce («يعتقد الخبير أن…», «ويقدّر المركز أن…», «خلصت الدراسة إلى أن…», «وجد
/// الباحثون أن…», «ترى المجموعة أنه…»): (past, present, participle), read as frames only
/// when a complementizer follows (after their subject and «إلى»), since their forms
/// are often nouns («قدر», «معتقد», «وجد»).
pub(super) const THINKING_VERBS: &[(&str, &str, &str)] = &[
    ("اعتقد", "يعتقد", "معتقد"),
    ("قدّر", "يقدر", "مقدر"),
    ("خلص", "يخلص", ""),
    ("وجد", "يجد", ""),
    ("استنتج", "يستنتج", "مستنتج"),
    ("رأى", "يرى", ""),
    ("ظن", "يظن", ""),
    ("توصل", "يتوصل", "متوصل"),
    ("تكهن", "يتكهن", "متكهن"),
    ("تمنى", "يتمنى", ""),
    // «يتنبأ علماء البيئة بأن…», «يدرك بأن الطريق ليس مفروشا…».
    ("تنبأ", "يتنبأ", "متنبئ"),
    ("أدرك", "يدرك", "مدرك"),
    // «واكتشف الباحثون أن…», «لتكتشف أن…»: a finding.
    ("اكتشف", "يكتشف", "مكتشف"),
];

pub(super) static THINKING: std::sync::LazyLock<std::collections::HashMap<String, VerbForm>> =
    std::sync::LazyLock::new(|| {
        let mut m = std::collections::HashMap::new();
        let lemmas = insert_verbs(&mut m, THINKING_VERBS);
        // The weak forms of رأى the suffix rule does not make («الناشطين الذين يرون
        // بأن…», «رأوا أن…»); as thinking verbs they frame only a clause, so «يرون»
        // and «ترى», taken out of the reporting lexicon as homographs, are safe here.
        for &(f, lemma, agreement, participle) in IRREGULAR.iter().filter(|(_, l, ..)| *l == "راي") {
            if let Some(&lemma) = lemmas.iter().find(|l| **l == lemma) {
                insert_form(&mut m, f, VerbForm { lemma, participle, agreement, nominal: false });
            }
        }
        m
    });

/// Every form of `verbs` into `m` (see [`inflections`]); their lemmas, in order.
fn insert_verbs(
    m: &mut std::collections::HashMap<String, VerbForm>,
    verbs: &[(&str, &str, &str)],
) -> Vec<&'static str> {
    let mut lemmas = Vec::with_capacity(verbs.len());
    for (past, present, part) in verbs {
        // Leaked once per verb, when the lexicon is first built: the forms point at it.
        let lemma: &'static str = Box::leak(search_norm(past).into_boxed_str());
        for (f, participle, agreement) in inflections(past, present, part) {
            insert_form(m, &f, VerbForm { lemma, participle, agreement, nominal: false });
        }
        // «وعاد الوزير ليؤكد أن…», «لتجيب أحلام بأن…», «ليقولوا إن…»: «لـ» + the
        // subjunctive (then he said; ANT has some 500), singular and plural.
        let stem = search_norm(present);
        let stem = stem.strip_prefix('ي').unwrap_or(&stem);
        for (p, s, agreement) in
            [("ي", "", Agreement::MS), ("ت", "", Agreement::FS), ("ي", "وا", Agreement::MP)]
        {
            let form = VerbForm { lemma, participle: false, agreement, nominal: false };
            for l in ["ل", "ول", "فل"] {
                m.entry(format!("{l}{p}{stem}{s}")).or_insert(form);
            }
        }
        lemmas.push(lemma);
    }
    lemmas
}

/// A form bare and with و/ف attached (the first entry of a form wins).
fn insert_form(m: &mut std::collections::HashMap<String, VerbForm>, f: &str, form: VerbForm) {
    for p in ["", "و", "ف"] {
        m.entry(format!("{p}{f}")).or_insert(form);
    }
}

/// Nouns of documents that speak in «وجاء في بيان…», «جاء في التقرير أن…».
pub(super) const DOCUMENTS: &[&str] = &[
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
pub(super) struct VerbForm {
    pub(super) lemma: &'static str,
    pub(super) participle: bool,
    pub(super) agreement: Agreement,
    /// A verbal noun in a frame («إلى تأكيد أن»): its subject is its clause's.
    pub(super) nominal: bool,
}

pub(super) fn search_norm(s: &str) -> String {
    normalize(s, &Normalization::search())
}

pub(super) static LEXICON: std::sync::LazyLock<std::collections::HashMap<String, VerbForm>> =
    std::sync::LazyLock::new(|| {
        let mut m = std::collections::HashMap::new();
        let lemmas = insert_verbs(&mut m, REPORTING_VERBS);
        for &(f, lemma, agreement, participle) in IRREGULAR {
            let lemma = lemmas.iter().find(|l| **l == lemma).copied().unwrap_or("قال");
            insert_form(&mut m, f, VerbForm { lemma, participle, agreement, nominal: false });
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
            // «دون تردد» (hesitation), «صائح» alone: nouns.
            "تردد",
            "وتردد",
            "صائح",
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
pub(super) fn inflections(past: &str, present: &str, part: &str) -> Vec<(String, bool, Agreement)> {
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

pub(super) fn verb_form(norm: &str) -> Option<VerbForm> {
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
