//! Unit tests of the quote rules: frames, marks, speakers, one behaviour each.

use super::lexicon::{Agreement, is_reporting_word, lexicon_size, search_norm, verb_form};
use super::{QuoteKind, quotes, quotes_heuristic};

/// The speaker of the first quote of `body` (a paragraph under a title), or "".
fn first_speaker(body: &str) -> String {
    who(&format!("عنوان\n\n{body}")).first().map(|w| w.0.clone()).unwrap_or_default()
}

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
    let got = who("عنوان\n\nوقال مراسل \"الجوهرة أف أم\" في غزة، بهاء طباسي في مداخلة له إن الناشطات بخير.");
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

/// The speaker of every quote of `paragraph` under the headline `title` (heuristic
/// people only: the headline feeds the people found in the text).
fn speakers_under(title: &str, paragraph: &str) -> Vec<Option<String>> {
    quotes_heuristic(title, &format!("عنوان\n\n{paragraph}")).into_iter().map(|q| q.speaker_name).collect()
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

/// The texts of the quotes of `body` (see [`q`]).
fn texts(body: &str) -> Vec<String> {
    q(body).into_iter().map(|x| x.1).collect()
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
    let r = q("قال بوتين: \"اتفقنا على مواجهة \"داعش\" معا\". وتابع: \"نرغب في التنسيق لمواجهة \"داعش\".");
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
    let r = q("وقال ولايتي إن \"الانتخابات اللبنانية حققت نتائج كبيرة\". وأشار إلى أن الحكومة ستتشكل قريبا.");
    assert_eq!(r[0], (QuoteKind::Mixed, "الانتخابات اللبنانية حققت نتائج كبيرة".into(), Some("ولايتي".into())));
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
    assert_eq!(r, vec![(QuoteKind::Indirect, "اعتقلت الشرطة رجلين".into(), Some("الوكالة الرسمية".into()))]);
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
    let r =
        q("وتابع رونالدو ثورة غضبه كما نقلت الصحيفة الإسبانية: \"لماذا يتهمونني؟ الضرائب يدفعها الرعاة\".");
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
    let r = q("وأكد البنك المركزي أنه سيوفر \"كل السيولة الضرورية للمصارف\" في وقت تسارع فيه تراجع الليرة.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].1, "أنه سيوفر \"كل السيولة الضرورية للمصارف\"");
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
    let r = q("يعتزم البنك المركزي التركي اتخاذ إجراءات جديدة لمواجهة انهيار الليرة، وفق ما أعلن الاثنين.");
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
        vec![(QuoteKind::Indirect, "ارتياحها لعودة آلاف اللاجئين إلى ديارهم".into(), Some("المفوضية".into()))]
    );
    // «معبرا عن دهشته بالقول "…"»: the words themselves are the quote.
    let r = q("وعلق المدرب على الهزيمة، معبرا عن دهشته بالقول \"لم نتوقع أن نخسر بهذه الطريقة\".");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!((r[0].0, r[0].1.as_str()), (QuoteKind::Direct, "لم نتوقع أن نخسر بهذه الطريقة"));
    // The participle is the reporting word, not «بالقول».
    let body = "عنوان\nوعلق المدرب على الهزيمة، معبرا عن دهشته بالقول \"لم نتوقع أن نخسر بهذه الطريقة\".";
    let got = quotes_heuristic("", body);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].verb.clone().map(|v| &body[v]), Some("معبرا"), "{got:?}");
    // «عبر» as "via" or "across": no frame of its own.
    assert!(q("وتنقل الشاحنات المساعدات عبر الحدود إلى المدن المحاصرة.").is_empty());
    assert!(q("ونشر الوزير صورة عبر حسابه على تويتر عن اللقاء مع نظيره.").is_empty());
    assert!(q("وعبرت السفينة قناة السويس متجهة إلى ميناء \"جبل علي الجديد\" في دبي.").is_empty());
    let r = q("وقال الوزير عبر حسابه على تويتر إن الاجتماع كان مثمرا.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].1, "الاجتماع كان مثمرا");
}

#[test]
fn bi_qawl_is_no_subject() {
    // «بقوله» is the saying, never the subject: the speaker goes on.
    let r = q("وقال المدرب: \"خرجنا بنتائج إيجابية من المباراة\". وزاد بقوله: \"طالبت من اللاعبين التركيز\".");
    assert_eq!(r.len(), 2, "{r:?}");
    assert_eq!(r[1].2.as_deref(), Some("المدرب"), "{r:?}");
}

#[test]
fn stances_denied_glued_followed_by_words_or_resumed() {
    // A noun that opens with «ف» (pride), not «و/ف» + a stem; a stance denied.
    let r = q("وأعربت الوزيرة لوسائل إعلام محلية عن فخرها بهذا النجاح.");
    assert_eq!(r, vec![(QuoteKind::Indirect, "فخرها بهذا النجاح".into(), Some("الوزيرة".into()))]);
    let r = q("وأعرب الوزير عن عدم رضاه عن الاتفاق.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].1, "عدم رضاه عن الاتفاق");
    // The words themselves follow the stance: they are the quote, and the stance's
    // subject is their speaker.
    let r = q("من جهته، عبر راؤول غارسيا عن سروره قائلا \"يقولون إن راؤول سيغادر الرئاسة\".");
    assert_eq!(
        r,
        vec![(QuoteKind::Direct, "يقولون إن راؤول سيغادر الرئاسة".into(), Some("راؤول غارسيا".into()))]
    );
    let r = q("لكن الناشطين أبدوا امتعاضهم وتساءلوا \"كيف يمكن أن يوصف الاعتداء بغير ذلك\".");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!((r[0].0, r[0].1.as_str()), (QuoteKind::Direct, "كيف يمكن أن يوصف الاعتداء بغير ذلك"));
    // A bare stance with what it is about; a stance told as a clause.
    let r = q("وأعرب عدد من أنصار ترامب عن استياء من الحفل الطويل.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].1, "استياء من الحفل الطويل");
    let r = q("وعبرت كوريا الشمالية عن أنها قد تكون راغبة في التخلي عن أسلحتها.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert!(r[0].1.ends_with("قد تكون راغبة في التخلي عن أسلحتها"), "{r:?}");
    // («عبر» as "via" with a second «عن» of an earlier verb after it: no frame.)
    let r = q("أعربت والدته عن صدمتها من تهديدات تلقاها عبر موقع تويتر و عن خوفها من أن تكون جدية.");
    assert!(r.iter().all(|x| x.2.as_deref() != Some("موقع تويتر")), "{r:?}");
    // A verb with an object after the stance leaves the stance reported.
    let r = q("وأعرب الاتحاد الأوروبي عن أسفه ويؤكد تصميمه على حماية مصالحه.");
    assert_eq!(r.len(), 1, "{r:?}");
    // A relative clause whose head is the stance's object: nothing reported.
    assert!(q("والملف يشمل الموضوعات التي أبدى إعجابه بها، وقائمة أصدقائه.").is_empty());
    // «، بل» + a verb of describing with its own clause ends the stance.
    let r = q("وأعرب المشجعون عن إعجابهم بالزي الجديد، بل ووصفه البعض بأنه \"الأفضل\" بين المنتخبات.");
    assert_eq!(r.len(), 2, "{r:?}");
    assert_eq!(r[0].1, "إعجابهم بالزي الجديد");
    assert_eq!((r[1].1.as_str(), r[1].2.as_deref()), ("الأفضل", Some("البعض")));
    // Not «لا يسمح فقط…، بل يهدد…» (not only… but).
    let r = q("وقال الوزير إن الدعم لا يسمح فقط بمهاجمة الجيران، بل يهدد بتفاقم الأزمة.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert!(r[0].1.ends_with("بتفاقم الأزمة"), "{r:?}");
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
        vec![(QuoteKind::Indirect, "المهاجمين فروا إلى الجبال القريبة".into(), Some("مصادر أمنية".into()))]
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
    // One word glued to «بـ» qualifies; two words or more describe in the speaker's words.
    assert!(q("ووصف الوزير الهجوم بـ\"الجبان\".").is_empty());
    let r = q("وأشاد المنتج بالقرار، واصفا القرار بـ\"النصر للسينما الروسية\".");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!((r[0].0, r[0].1.as_str()), (QuoteKind::Direct, "النصر للسينما الروسية"));
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
    assert_eq!(r[0].1, "إنه لن يرفع الفائدة", "{r:?}");
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

#[test]
fn who_is_no_subject_after_the_verb() {
    let speaker = |body: &str| who(&format!("عنوان\n\n{body}")).first().map(|(s, _)| s.clone());
    // Whom the speaker told, with hamza or a group of people after ل.
    assert_eq!(
        speaker("وقالت متحدثة باسم الفيفا لأسوشيتد برس إن المنظمين أعربوا عن أسفهم."),
        Some("متحدثة باسم الفيفا".into())
    );
    assert_eq!(speaker("قال الوزير إن الوضع هادئ. وقال لرجال دين إن التصويت حر."), Some("الوزير".into()));
    // A preposition with a pronoun, a verbal noun with the subject's pronoun, an adverb.
    assert_eq!(speaker("قال الوزير إن الوضع هادئ. وقال خلاله إنه نام."), Some("الوزير".into()));
    assert_eq!(
        speaker("قال الوزير إن الوضع هادئ. وأكد حرصه على \"مصلحة اللاعب قبل كل شيء\"."),
        Some("الوزير".into())
    );
    assert_eq!(speaker("قال الوزير إن الوضع هادئ. وقال آسفا إنه كان يوجد عنف."), Some("الوزير".into()));
    // «نفس المصدر» is the source named before.
    let got = who("عنوان\n\nقال مصدر أمني إن الوضع هادئ. وأوضح نفس المصدر أن الأمن مستتب.");
    assert_eq!(got[1].0, "مصدر أمني");
    // A dual body with two quoted names, and its dual verb later.
    let got = who(
        "عنوان\n\nوذكرت صحيفتا \"آس\" و\"ماركا\" الرياضيتان أن اللاعب مصاب. وأضافتا أن اللاعب يتوقع العودة.",
    );
    assert_eq!(
        got.iter().map(|g| g.0.as_str()).collect::<Vec<_>>(),
        ["صحيفتا آس وماركا", "صحيفتا آس وماركا"]
    );
}

#[test]
fn subjects_of_verbs_that_report_nothing() {
    // The subject of a sentence-opening verb speaks through a participle later on.
    let got = who(
        "عنوان\n\nقال أحمد مجاهد إن الأمور جيدة. انتقد الاتحاد في بيان خطابات أحمد مجاهد، مؤكدا أنه لا يتعامل بسياستين.",
    );
    assert_eq!(got[1].0, "الاتحاد");
    // A person opening the sentence (or paragraph) before, with no quote of theirs.
    let got = who(
        "عنوان\n\nتحدث مدير عام المنافسة بوزارة التجارة، محمد عيفة عن الاعتداءات.\nوقال إنه على الرغم من الاعتداءات فإن الأعوان مصرون.",
    );
    assert_eq!(got, [("محمد عيفة".to_string(), "إنه على الرغم من الاعتداءات فإن الأعوان مصرون".to_string())]);
    // A stance after a relative clause set off by commas.
    let got = who("عنوان\n\nوعبر بلومي، الذي يعد أفضل لاعب جزائري، عن سعادته بتولي مهمة الترويج.");
    assert_eq!(got, [("بلومي".to_string(), "سعادته بتولي مهمة الترويج".to_string())]);
    // «إلا أن» (however) and a main clause's «، فإن» frame nothing.
    assert!(who("عنوان\n\nيضمنوا إمداد الجسم بعناصر مفيدة، إلا أن لهذه العادة تبعات خطيرة.").is_empty());
    assert!(
        who("عنوان\n\nوبما أن المختبرات تحذر من التفاعلات المعروفة فقط، فإن الشخص مدعو إلى التريث.")
            .is_empty()
    );
    // A participle of saying with its own complement ends the clause, comma or not.
    let got = who("عنوان\n\nواعتبر العلماء أن القلق ليس سمة شخصية داعين إلى ضرورة البدء في ربطه بالأمراض.");
    assert_eq!(got[0].1, "القلق ليس سمة شخصية");
}

#[test]
fn survey_shares_impersonal_expectations_and_a_second_frame() {
    // A share of a group speaks, each its own.
    let got = who("عنوان\n\nقال 80٪ من المشاركين إن الاجتماعات مفيدة. ويعتبر 78٪ من المشاركين أن الوقت ضائع.");
    assert_eq!(
        got.iter().map(|g| g.0.as_str()).collect::<Vec<_>>(),
        ["80٪ من المشاركين", "78٪ من المشاركين"]
    );
    // «من المفترض أن» is nobody's words.
    assert!(who("عنوان\n\nويعتبر وضع المدينة حساسا وكان من المفترض أن تقام المباراة في حيفا.").is_empty());
    // Another speaker's frame ends the clause even without a comma.
    let got = who("عنوان\n\nويرى الحزب المعارض أن الأزمة أعمق من خلاف عابر ويشير خبراء إلى أن الخلل هيكلي.");
    assert_eq!(got[0].1, "الأزمة أعمق من خلاف عابر");
    assert_eq!(got[1], ("خبراء".to_string(), "الخلل هيكلي".to_string()));
}

mod props {
    use proptest::prelude::*;

    use super::quotes_heuristic;

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
    let r = q("وأصر رئيس النادي على أن المدرب باق في منصبه، لكن الوزير ألمح إلى أن الدعم الحكومي قد يتوقف.");
    assert_eq!(r.len(), 2, "{r:?}");
    assert_eq!(r[0].1, "المدرب باق في منصبه");
    assert_eq!(r[1].1, "الدعم الحكومي قد يتوقف");
    let r =
        q("وقال المدير المالي إن المبيعات تراجعت، مشيرا إلى إعلان الحكومة أنها سترفع الضرائب على الواردات.");
    assert_eq!(r.len(), 2, "{r:?}");
    assert_eq!(r[1].1, "أنها سترفع الضرائب على الواردات");
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
    assert_eq!(r[0].1, "إنه جاء في توقيت سيئ");
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
    // (The pronoun and both marks kept: «إنها» opens the clause.)
    assert_eq!(r[0].1, "إنها \"خسارة مؤلمة للجميع\" لمن يطمح إلى اللقب", "{r:?}");
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
    assert_eq!(r[0].2.as_deref(), Some("وزارة الصحة"), "{r:?}");
    let r = q("وجاء في التقرير أن معدلات البطالة بين الشباب ارتفعت بشكل حاد.");
    assert_eq!(r[0].1, "معدلات البطالة بين الشباب ارتفعت بشكل حاد", "{r:?}");
    // «جاء في المرتبة», «جاء في وقت»: no document, no frame.
    assert!(q("وجاء في المرتبة الثانية أن الفريق خسر مباراتين متتاليتين.").is_empty());
}

#[test]
fn a_document_named_before_speaks_in_ja_a_fihi() {
    // Its issuer: after the verb of issuing, or right before it.
    let r = q("وأصدر ريال مدريد بيانا جاء فيه: \"بعد الفوز الكبير نشكر جماهيرنا على دعمها\".");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].2.as_deref(), Some("ريال مدريد"), "{r:?}");
    let r =
        q("وكان قد نشر اللاعب البالغ من العمر 36 عاما، رسالة وداع إلى اليونايتد، عبر صفحته الرسمية على موقع \
         تويتر جاء فيها \"حتى الأشياء العظيمة تنتهي، وقد حان الوقت للرحيل\".");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].2.as_deref(), Some("اللاعب"), "{r:?}");
    // No issuer: the document itself.
    let r = q("وظهر تقرير إخباري على الصفحة الرئيسية للوكالة، جاء فيه أن الأمير يشيد بالحركة.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].2.as_deref(), Some("تقرير إخباري"), "{r:?}");
    // «ما جاء فيه» (what it says) is an object, no frame.
    assert!(
        q("ونفت الوزارة ما جاء فيه جملة وتفصيلا، وقالت الصحيفة إنها تتمسك بروايتها.")
            .iter()
            .all(|x| x.2.as_deref() == Some("الصحيفة"))
    );
}

#[test]
fn a_document_subject_speaks_for_its_issuer() {
    // The issuer after «صادر عن», after «لـ», in the genitive; not the day after it.
    for (sentence, issuer) in [
        ("وقال بيان صادر عن وزارة الخارجية إن الاجتماع تأجل إلى الأسبوع المقبل.", "وزارة الخارجية"),
        ("وجاء في بيان مشترك صادر عن الحكومتين أن الاجتماع تأجل إلى الأسبوع المقبل.", "الحكومتين"),
        ("وأكد تقرير للأمم المتحدة أن الاجتماع تأجل إلى الأسبوع المقبل.", "الأمم المتحدة"),
        ("وذكر بيان وزارة الداخلية أن الاجتماع تأجل إلى الأسبوع المقبل.", "وزارة الداخلية"),
        ("وجاء في بيان للمنظمة اليوم الجمعة أن الاجتماع تأجل إلى الأسبوع المقبل.", "المنظمة"),
    ] {
        let r = q(sentence);
        assert_eq!(r.len(), 1, "{sentence}: {r:?}");
        assert_eq!(r[0].2.as_deref(), Some(issuer), "{sentence}");
    }
    // Without an issuer the document speaks, named without its relative clause.
    let r = q("وقال البيان الذي نشرته الوكالة إن الاجتماع تأجل إلى الأسبوع المقبل.");
    assert_eq!(r[0].2.as_deref(), Some("الوكالة"), "{r:?}");
    let r = q("وقال البيان إن الاجتماع تأجل إلى الأسبوع المقبل.");
    assert_eq!(r[0].2.as_deref(), Some("البيان"), "{r:?}");
}

#[test]
fn a_clause_of_anonymity_names_nobody_and_frames_nothing() {
    // Without commas: «طالبا عدم ذكر اسمه» is neither a frame («ذكر») nor its subject.
    for sentence in [
        "وقال مسؤول لرويترز طالبا عدم ذكر اسمه إن الأردن يعلق آمالا على المساعدات.",
        "وقال مسؤول طلب عدم ذكر اسمه إن الأردن يعلق آمالا على المساعدات.",
        "وقال مسؤول تحدث بشرط عدم الكشف عن هويته إن الأردن يعلق آمالا على المساعدات.",
    ] {
        let r = q(sentence);
        assert_eq!(r.len(), 1, "{sentence}: {r:?}");
        assert_eq!(r[0].1, "الأردن يعلق آمالا على المساعدات", "{sentence}");
        assert_eq!(r[0].2.as_deref(), Some("مسؤول"), "{sentence}");
    }
    let r = q("وقال مسؤولون طلبوا عدم نشر أسمائهم إن الأردن يعلق آمالا على المساعدات.");
    assert_eq!(r[0].2.as_deref(), Some("مسؤولون"), "{r:?}");
    // A name as a verb's object is no subject: «دون أن تذكر اسمه» leaves the speaker
    // of the sentence before.
    let r = q("وقالت الوزارة إن الشخص أوقف دون أن تذكر اسمه. وأوضحت أنه أعيد اليوم إلى تونس.");
    assert_eq!(r.len(), 2, "{r:?}");
    assert!(r.iter().all(|x| x.2.as_deref() == Some("الوزارة")), "{r:?}");
}

#[test]
fn opinion_is_a_noun_after_a_word() {
    let r = q("وقالت اللجنة في مقال رأي نشرته الصحيفة إن القانون الجديد يقيد حرية التعبير.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert!(r[0].2.as_deref().is_some_and(|s| s.contains("اللجنة")), "{r:?}");
    // A poll shows (its result is reported); «رأي» is no verb there.
    let r = q("وأظهر استطلاع رأي أن غالبية الناخبين يؤيدون الإصلاحات.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].2.as_deref(), Some("استطلاع"), "{r:?}");
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
    let r = q("وقالت منظمة \"المرصد الوطني لحقوق العمال\" المستقلة إن العمال لم يتقاضوا أجورهم منذ أشهر.");
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
    let r =
        q("وعبر الوزير عن تطلع بلاده إلى \"بناء نموذج عربي يعود بالخير على المواطنين\" في المرحلة المقبلة.");
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
    let r = q("وقال اللاعب إنه شعر بألم، بينما أعرب مدربه أوسكار تاباريز عن \"قلقه\"، مؤكدا أنه سيعود قريبا.");
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
    let r = q("وأشار الوزير سليمان صويلو إلى وجود قبول من الجانب السعودي، وأن التفتيش ينتظر تفاهما مشتركا.");
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
    let r = q("وقد عقد الوزير اجتماعا مع الرئيس استمر ثلاث ساعات، بحسب بيان مقتضب صدر عن الرئاسة التركية.");
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

#[test]
fn a_participle_before_quoted_words_ends_the_clause() {
    let r = q("وأكد العياري أنّ المفاوضات تسجل تقدما كبيرا قائلا \"إن التقدم الحاصل سيفضي إلى اتفاق قريب\".");
    assert_eq!(r.len(), 2, "{r:?}");
    assert_eq!(r[0].1, "المفاوضات تسجل تقدما كبيرا", "{r:?}");
    assert_eq!(r[1].1, "إن التقدم الحاصل سيفضي إلى اتفاق قريب", "{r:?}");
}

#[test]
fn hadha_wa_qad_opens_a_sentence_before_its_subject() {
    let r = q(
        "هذا وقد غرّد الداعية المصري، محمد الصغير، تغريدة ذكر فيها إن الغارة الجوية \"استهدفت مدرسة لتحفيظ القرآن\".",
    );
    assert_eq!(r.len(), 1, "{r:?}");
    assert!(r[0].2.as_deref().is_some_and(|s| s.starts_with("الداعية")), "{r:?}");
}

#[test]
fn ala_ma_after_a_comma_attributes_and_an_inquiry_speaks() {
    let r = q("وتوفي الكاتب في أحد مستشفيات مانهاتن بعد إصابته بالتهاب، على ما أكدت وكيلة أعماله لين نيسبت.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert!(r[0].1.starts_with("وتوفي الكاتب"), "{r:?}");
    assert!(r[0].2.as_deref().is_some_and(|s| s.contains("نيسبت")), "{r:?}");
    // Without a comma, «على ما» is a preposition's object and the verb frames.
    let r = q("أطلقت الدول الثلاث صواريخ على ما قالت إنها منشآت أسلحة كيماوية في سوريا.");
    assert!(r.iter().any(|x| x.1.starts_with("إنها منشآت") || x.1.starts_with("منشآت")), "{r:?}");
    assert!(q("وتبدو الأمور هادئة، على ما يبدو من الصور الأولى للموقع.").is_empty());
    let r = q("فرضت المؤسسات المالية رسوما على عملاء علمت أنهم فارقوا الحياة، بحسب تحقيق ملكي موسع.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].2.as_deref(), Some("تحقيق ملكي موسع"), "{r:?}");
}

#[test]
fn kama_anna_goes_on_with_the_speaker_before() {
    let body = "وأوضح فاضل عاشور أن هناك إشكاليات داخل قطاع الأئمة تعد خطيرة. كما أن عديد الأئمة ارتكبوا \
                أخطاء فادحة وقاموا بتأويل آيات بشكل خاطئ يدعو إلى الجهاد، وفق تعبيره. وأوضح المخرج أن \
                العنوان يختزل تهافت السياسيين على المناصب.";
    let r = q(body);
    assert_eq!(r.len(), 2, "{r:?}");
    assert!(r[0].1.starts_with("هناك إشكاليات") && r[0].1.ends_with("يدعو إلى الجهاد"), "{r:?}");
    assert_eq!(r[0].2.as_deref(), Some("فاضل عاشور"), "{r:?}");
    // A sentence with a frame of its own is not carried on.
    let r = q("وقال الوزير إن الوضع مستقر. كما أن الحكومة أعلنت أن المعابر مفتوحة.");
    assert!(r.iter().all(|x| !x.1.contains("الوضع مستقر. كما")), "{r:?}");
    // «وفق تعبيره» goes to the paragraph's speaker before it, not a later one.
    let r = q(
        "وأوضح فاضل عاشور أن هناك إشكاليات. والخطاب في المساجد مازال ساذجا، وفق تعبيره. وأوضح المخرج أن العنوان يختزل التهافت.",
    );
    assert!(r.iter().any(|x| x.1.starts_with("والخطاب") && x.2.as_deref() == Some("فاضل عاشور")), "{r:?}");
}

#[test]
fn a_description_in_quoted_words_of_any_length() {
    let r = q("ووصف ترامب الرد الصيني بأنه \"غير عادل\".");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!((r[0].0, r[0].1.as_str()), (QuoteKind::Direct, "غير عادل"), "{r:?}");
    let r = q("وأشاد بالمغرب واصفا دورة 2012 بأنها كانت \"كابوسا\" للجماهير.");
    assert_eq!(r.iter().map(|x| x.1.as_str()).collect::<Vec<_>>(), ["كابوسا"], "{r:?}");
    // A passive description is nobody's.
    assert!(q("وأُدين الاعتذار من قبل البعض ووُصف بأنه \"تبرير واه\" لما حدث.").is_empty());
    // A description with no quoted words is an indirect statement (see
    // `a_description_as_a_clause_is_a_statement`).
    let r = q("ووصف الوزير الوضع بأنه صعب.");
    assert_eq!(
        r.iter().map(|x| (x.0, x.1.as_str())).collect::<Vec<_>>(),
        [(QuoteKind::Indirect, "أنه صعب")],
        "{r:?}"
    );
}

#[test]
fn one_of_a_group_and_a_quote_after_a_dropped_source() {
    let r = q("وقال عنه أحد مشرفي السجن لـ \"إنه شخص مهذب جدا، لكن يبدو أنه كان يخفي فكرة الهرب\".");
    assert_eq!(r.len(), 1, "{r:?}");
    assert!(r[0].1.starts_with("إنه شخص مهذب"), "{r:?}");
    assert_eq!(r[0].2.as_deref(), Some("أحد مشرفي السجن"), "{r:?}");
}

#[test]
fn a_quoted_name_with_a_long_adjunct_before_the_complement() {
    let r = q(
        "أفاد مبعوث \"الجوهرة أف أم\"، زهير الجيس، خلال مراسلته في اليوم الثاني من الجولة الافريقية التي يقوم بها رئيس الحكومة يوسف الشاهد على رأس وفد يضم وزراء ورجال أعمال، بأنه تقرر إلغاء التأشيرة بين البلدين.",
    );
    assert_eq!(r.len(), 1, "{r:?}");
    assert!(r[0].1.starts_with("أنه تقرر إلغاء"), "{r:?}");
}

#[test]
fn a_stance_shown_with_abda() {
    let r = q("وأبدت الوزارة قلقها من أن تتدهور الأوضاع الأمنية في الجنوب.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!((r[0].1.as_str(), r[0].2.as_deref()), ("تتدهور الأوضاع الأمنية في الجنوب", Some("الوزارة")));
    let r = q("وأعرب عن رغبته في سحب القوات، لكنه أبدى استعداده لبقاء القوات على المدى القصير.");
    assert_eq!(r.len(), 2, "{r:?}");
    assert_eq!(r[1].1, "استعداده لبقاء القوات على المدى القصير", "{r:?}");
    // «أبدى» with no stance noun shows no words.
    assert!(q("وأبدى الفريق مقاومة كبيرة في الشوط الثاني أمام المنافس.").is_empty());
}

#[test]
fn a_noun_with_a_pronoun_after_a_role_is_no_name() {
    let r = q("ويواصل اللاعب تدريباته مؤكدا أنه سيعود إلى الملاعب سريعا.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].2.as_deref(), Some("اللاعب"), "{r:?}");
}

#[test]
fn a_stated_reason_and_a_homograph_participle_before_its_clause() {
    let r = q("دعا الاتحاد الدولي القنوات إلى عدم بث اللقطات، بحجة أنها قائمة على أساس \"التمييز الجنسي\".");
    assert_eq!(r.len(), 1, "{r:?}");
    assert!(r[0].1.starts_with("أنها قائمة على أساس"), "{r:?}");
    assert!(r[0].2.as_deref().is_some_and(|s| s.starts_with("الاتحاد")), "{r:?}");
    // «على اعتبار أن» is the narrator's reason.
    assert!(q("وأصبح يعيش بوجه ثالث، على اعتبار أنه خضع لعملية سابقة.").is_empty());
    let r = q("وتحدث السياسي عن الأزمة، مقرا بأن الدستور تم في إطار صفقة مع النهضة.");
    assert_eq!(r.iter().map(|x| x.1.as_str()).collect::<Vec<_>>(), ["الدستور تم في إطار صفقة مع النهضة"]);
    assert!(q("واتخذت الجمعية مقرا لها في العاصمة منذ سنوات.").is_empty());
}

#[test]
fn a_quoted_name_relayed_and_its_relative_clause() {
    let r = q(
        "وأجلت الشركة موعد الإطلاق إلى سبتمبر، وفق ما نقلت \"بلومبرغ\"، التي قالت أن إطلاق المنصة سيرفع سعر الجهاز.",
    );
    assert_eq!(r.len(), 2, "{r:?}");
    assert!(r.iter().all(|x| x.2.as_deref() == Some("بلومبرغ")), "{r:?}");
    // A relative with a subject of its own after its verb.
    let r = q("وأثار الانتحار المخاوف من لعبة \"الحوت الأزرق\"، التي أفادت تقارير إعلامية أنها كانت السبب.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].2.as_deref(), Some("تقارير إعلامية"), "{r:?}");
    // Channels as a source.
    let r = q("وحسب قنوات تلفزيونية رياضية فإن المشكلة طرحت بقوة خلال مباراة الافتتاح.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert!(r[0].1.starts_with("المشكلة طرحت"), "{r:?}");
}

#[test]
fn a_stance_past_two_coordinated_relatives_and_a_relay_past_a_day() {
    let r = who(
        "عنوان\n\nوعبر بلومي، الذي ربما يعد أفضل لاعب في تاريخ الكرة الجزائرية، وتوج بالكرة الذهبية الأفريقية عام 1981، عن سعادته بتولي مهمة الترويج.",
    );
    assert_eq!(r, [("بلومي".to_string(), "سعادته بتولي مهمة الترويج".to_string())]);
    let r = q(
        "اتفقت روسيا وإيران على زيادة الإنتاج، بحسب ما نقلته وكالة \"تاس\" الروسية، الثلاثاء، عن وزير النفط الإيراني.",
    );
    assert_eq!(r.len(), 1, "{r:?}");
    assert!(r[0].2.as_deref().is_some_and(|s| s.starts_with("وزير النفط")), "{r:?}");
}

#[test]
fn an_impersonal_expectation_frames_nothing() {
    assert!(q("كشف مسؤولون عن مشروع خط للسكك الحديدية، ويتوقع أن تنتهي الأشغال في 2021.").is_empty());
    assert!(q("كما يتوقع أيضا أن تستغرق مدة الرحلة بين دبي والرياض 48 دقيقة فقط.").is_empty());
    let r = q("ويتوقع الخبراء أن تنتهي الأشغال في 2021.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].2.as_deref(), Some("الخبراء"), "{r:?}");
}

#[test]
fn the_narrator_explains_after_a_short_quote() {
    let r = q("وقال اللاعب في أول تصريح له إن \"الأسد جائع\"، في إشارة إلى أنه يطمح لتسجيل المزيد من الأهداف.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!((r[0].0, r[0].1.as_str()), (QuoteKind::Direct, "الأسد جائع"), "{r:?}");
    let r = q("وقال الوزير إن الوضع مستقر، إلا أن الخبير مايك بيتس قد كشف خطأ ذلك.");
    assert_eq!(r.iter().map(|x| x.1.as_str()).collect::<Vec<_>>(), ["الوضع مستقر"], "{r:?}");
}

#[test]
fn a_toll_or_a_statement_speaks_for_its_owner_after_lam() {
    let r = q("قتل نحو 80 مدنيا، بينهم حوالي 20 طفلا، وفق حصيلة سابقة للمرصد السوري لحقوق الإنسان.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert!(r[0].2.as_deref().is_some_and(|s| s.starts_with("المرصد السوري")), "{r:?}");
    let r = q("وقد عقد الوزير اجتماعا مع الرئيس، بحسب بيان للرئاسة التركية.");
    assert_eq!(r[0].2.as_deref(), Some("الرئاسة التركية"), "{r:?}");
    // A body's one-word head does not cut its name short.
    let r = q("وقررت الإدارة حجب الجوائز، بحسب بيان لاتحاد اذاعات الدول العربية.");
    assert!(r[0].2.as_deref().is_some_and(|s| s.contains("اذاعات")), "{r:?}");
}

#[test]
fn abraza_highlights_and_a_feminine_participle_ends_a_clause() {
    let r = q(
        "واشارت الى ان مشاريع التعاون ستوجه الى المناطق ذات الاولوية مبرزة ان برامج التشغيل سيستفيد منها الشباب.",
    );
    assert_eq!(r.len(), 2, "{r:?}");
    assert_eq!(r[1].1, "برامج التشغيل سيستفيد منها الشباب", "{r:?}");
    let r = q("وأبرز الوزير أن الحكومة ماضية في الإصلاحات.");
    assert_eq!(r.len(), 1, "{r:?}");
    // «أبرز» the superlative frames nothing.
    assert!(q("ومن أبرز المشاكل أن الطرقات مغلقة منذ أيام.").is_empty());
}

#[test]
fn a_name_given_is_no_quote_and_a_second_frame_ends_the_first() {
    assert!(
        q("وأعلن عدد من الفصائل اندماجهم في تشكيل جديد أطلق عليه \"الجبهة الوطنية للتحرير\".").is_empty()
    );
    let r =
        q("وأضافت أن الرسوم تمثل إهانة لشركاء الولايات المتحدة وقالت إن بلادها ستنسق مع المفوضية الأوروبية.");
    assert_eq!(r.len(), 2, "{r:?}");
    assert_eq!(r[0].1, "الرسوم تمثل إهانة لشركاء الولايات المتحدة", "{r:?}");
}

#[test]
fn bi_qawlihi_ends_a_clause_and_a_verb_after_a_short_quote_is_the_narrators() {
    let r =
        q("واعتبر بيكهام بأن الصين تسير على الطريق الصحيح بقوله \"في المستقبل، تملك هذه الدولة فرصا عدة\".");
    assert_eq!(r.len(), 2, "{r:?}");
    assert_eq!(r[0].1, "الصين تسير على الطريق الصحيح", "{r:?}");
    assert_eq!(r[1].1, "في المستقبل، تملك هذه الدولة فرصا عدة", "{r:?}");
    let r = q("ويخبر الموقع مستخدمه بأنه \"الآن باتجاه القبلة\" ويقدم له المسافة التي تفصله عن مكة.");
    assert_eq!(r.iter().map(|x| x.1.as_str()).collect::<Vec<_>>(), ["الآن باتجاه القبلة"], "{r:?}");
    // Where it was said comes between the relaying verb and its source.
    let r = q(
        "تم اليوم المصادقة على المخطط التنموي الخماسي، بحسب ما أكده في تصريحات وزير الاستثمار فاضل عبد الكافي.",
    );
    assert_eq!(r.len(), 1, "{r:?}");
    assert!(r[0].2.as_deref().is_some_and(|s| s.contains("عبد الكافي")), "{r:?}");
}

#[test]
fn survey_shares_speak_and_fi_hin_opens_another_frame() {
    let r = q(
        "وأشار 37,7٪ إلى أنهم توقفوا عن تناول الوجبات السريعة، في حين قال 23,6٪ بأنهم قللوا من تناولهم للسكر.",
    );
    assert_eq!(r.len(), 2, "{r:?}");
    assert_eq!((r[0].1.as_str(), r[0].2.as_deref()), ("أنهم توقفوا عن تناول الوجبات السريعة", Some("37,7٪")));
    assert_eq!((r[1].1.as_str(), r[1].2.as_deref()), ("أنهم قللوا من تناولهم للسكر", Some("23,6٪")));
    // «، في حين» with no frame after it stays inside the clause.
    let r = q("وقال الوزير إن الصادرات ارتفعت، في حين تراجعت الواردات بشكل طفيف.");
    assert!(r[0].1.ends_with("بشكل طفيف"), "{r:?}");
}

#[test]
fn a_group_after_a_preposition_is_a_source_and_nahw_before_a_number_goes_on() {
    let r = q("ويضم التشكيل الجديد، بحسب مراقبين، نحو 100 ألف مقاتل بقيادة القائد الحالي.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].2.as_deref(), Some("مراقبين"), "{r:?}");
    assert!(r[0].1.ends_with("بقيادة القائد الحالي"), "{r:?}");
}

#[test]
fn the_narrators_time_clause_ends_a_reported_clause() {
    let r = q("وأكد الوزير أنه لن ينافس في الانتخابات المقبلة في الوقت الذي زادت فيه التكهنات بترشح الرئيس.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].1, "أنه لن ينافس في الانتخابات المقبلة", "{r:?}");
    // The subject of a frame after «فيه».
    let r = q("وقال المدرب إن الفريق لعب جيدا، في الوقت الذي أكد فيه الوزير أن الحكومة ستواصل دعمها.");
    assert_eq!(r.len(), 2, "{r:?}");
    assert_eq!((r[1].1.as_str(), r[1].2.as_deref()), ("الحكومة ستواصل دعمها", Some("الوزير")), "{r:?}");
    let r = q("وعقد مؤتمرا صحفيا قال فيه رئيس الوزراء: \"لن نتراجع عن قرارنا أبدا\".");
    assert_eq!(r[0].2.as_deref(), Some("رئيس الوزراء"), "{r:?}");
}

#[test]
fn kama_annaha_after_a_quote_adds_the_same_speakers_words() {
    let r = q(
        "وقالت المندوبة الأميركية، نيكي هيلي، إن \"هجمات حماس تشكل تصعيدا للعنف\"، كما أنها \"تضع شعب غزة في \
               مواجهة الأخطار\"، لافتة إلى أن واشنطن ترغب في التهدئة.",
    );
    assert_eq!(r.len(), 3, "{r:?}");
    assert_eq!(
        (r[1].1.as_str(), r[1].2.as_deref()),
        ("تضع شعب غزة في مواجهة الأخطار", Some("نيكي هيلي")),
        "{r:?}"
    );
}

#[test]
fn a_share_of_respondents_speaks_and_fima_abbara_ends_the_clause_before() {
    let r = q("صرّح أكثر من ثلاثة أرباع المجيبين (79,4%) بأنهم مخلصين جداً لعملهم، فيما عبّر أكثر من النصف \
               (55,3%) عن رضاهم عن الشركات التي يعملون فيها.");
    assert_eq!(r.len(), 2, "{r:?}");
    assert_eq!(r[0].1, "أنهم مخلصين جداً لعملهم", "{r:?}");
    assert_eq!(r[0].2.as_deref(), Some("أكثر من ثلاثة أرباع المجيبين (79,4%)"), "{r:?}");
    assert_eq!(
        (r[1].1.as_str(), r[1].2.as_deref()),
        ("رضاهم عن الشركات التي يعملون فيها", Some("أكثر من النصف (55,3%)")),
        "{r:?}"
    );
    // «أكثر من مرة» is how often, not who.
    let r = q("وأكد أكثر من مرة أنه ابن النادي ولن يتركه.");
    assert_ne!(r[0].2.as_deref(), Some("أكثر من مرة"), "{r:?}");
}

#[test]
fn claims_count_and_impersonal_or_moving_verbs_do_not() {
    let r = q("وادعت الشركة أن المنتج آمن تماما.");
    assert_eq!((r[0].1.as_str(), r[0].2.as_deref()), ("المنتج آمن تماما", Some("الشركة")), "{r:?}");
    // «يُدعى» (is called) is no claim; «وقد تبين أن» (it turned out) is nobody's.
    assert!(q("وانتحر شاب يُدعى حمدي الفخراني، في ما يبدو أنه سلسلة من الحوادث.").is_empty());
    assert!(q("وقد تبين لاحقا أن السيارة مسروقة.").is_empty());
    assert!(!q("فالدراسة تبين أن المعدل لا يتجاوز ألف يورو شهريا.").is_empty());
    // «نقل إلى مستشفى» moves someone; «ما لبث أن» is "soon after".
    assert!(q("واعتذر عن المقابلة ونقل إلى مستشفى الجامعة، وما لبث أن فارق الحياة فجر اليوم.").is_empty());
    let r = q("وأوضحت الشرطة أن الرجل الذي لم تذكر هويته، نقل إلى مستشفى محلي وإن حالته غير معروفة.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert!(r[0].1.ends_with("حالته غير معروفة"), "{r:?}");
    // «تتابع» (you watch) far from any clause frames nothing.
    assert!(q("سواء كنت في النادي أو تتابع مقطع فيديو على هاتفك، لا يمكنك أن تستغني عن السماعات.").is_empty());
}

#[test]
fn an_opening_attribution_with_the_conjunction_apart() {
    let r = q(
        "و حسب ما أفاد به عمار السليمي كاتب عام النقابة الأساسية بالمنستير، مراسلنا بالجهة وليد الجزيري، فإن \
               المواطن المتحيل تقدم الى مؤسسة بالجهة.",
    );
    assert_eq!(r.len(), 1, "{r:?}");
    assert!(r[0].1.starts_with("المواطن المتحيل"), "{r:?}");
    assert!(r[0].2.as_deref().is_some_and(|s| s.starts_with("عمار السليمي")), "{r:?}");
}

#[test]
fn speech_nested_in_a_quote_with_a_subject_of_its_own() {
    let r = q("وقال مصدر مطلع إن المسؤولين الأمريكيين يعتقدون أنهم على وشك ضمان إطلاق سراح القس.");
    assert_eq!(r.len(), 2, "{r:?}");
    assert_eq!(r[1].1, "أنهم على وشك ضمان إطلاق سراح القس", "{r:?}");
    assert_eq!(r[1].2.as_deref(), Some("المسؤولين الأمريكيين"), "{r:?}");
    let r = q("وقال هندرسون: \"لقد قال لي صلاح إنه يريد أن تحتسب الأهداف الثلاثة باسمه\".");
    assert!(r.iter().any(|x| x.1 == "إنه يريد أن تحتسب الأهداف الثلاثة باسمه"), "{r:?}");
    // A frame with no subject inside a quote is the outer speaker's, quoted already; a
    // subject that cannot speak («الدلائل») frames nothing.
    let r = q("وقال الوزير إن الحكومة ستواصل عملها وأضاف أنها لن تتراجع.");
    assert_eq!(r.len(), 2, "{r:?}");
    let r = q("وقالت الشرطة إن الدلائل تشير إلى أن سبب اختفائه هو اختطافه.");
    assert_eq!(r.len(), 1, "{r:?}");
}

#[test]
fn who_issued_a_document_and_a_source_inside_a_frame() {
    let r = q("وجاء القرار بعد أيام من نشر مجلة فرانس فوتبول تقريرا قالت فيه إن ميسي تخطى رونالدو.");
    assert_eq!(r[0].2.as_deref(), Some("مجلة فرانس فوتبول"), "{r:?}");
    // Past the day it came out, and a body named in quote marks.
    let r = q("وقالت نسبة كبيرة من المستهلكين إنها قلقة. أصدرت شركة \"بيجو-ستروين\" بيانا الأربعاء قالت فيه \
               إنها تأمل أن يتبنى الاتحاد الأوروبي موقفا مشتركا.");
    assert_eq!(r.len(), 2, "{r:?}");
    assert_eq!(r[1].2.as_deref(), Some("شركة بيجو-ستروين"), "{r:?}");
    let r = q("أصدرت وزارة الصحة بيانا مساء الأحد قالت فيه إن الوضع تحت السيطرة.");
    assert_eq!(r[0].2.as_deref(), Some("وزارة الصحة"), "{r:?}");
    let r = q("وقال أوزمجو إن الفريق تعرض لإطلاق نار. ويؤكد الحادث وفق أوزمجو \"مجددا الأجواء غير المستقرة \
               التي تعمل في ظلها البعثة\". وقال إنه سينظر في انتشار الفريق.");
    assert_eq!(r.len(), 3, "{r:?}");
    assert!(r.iter().all(|x| x.2.as_deref() == Some("أوزمجو")), "{r:?}");
    let r = q("فهنالك مجموعة من المشاكل التي قد تتضمن وضع السيارات بالمغاسل، وفقاً لما يشير إليه الخبراء.");
    assert_eq!(r[0].2.as_deref(), Some("الخبراء"), "{r:?}");
}

#[test]
fn more_frames_went_on_asked_showed_found() {
    let r =
        q("وقال الفنان شريف منير إن المنتخب بذل جهده. وأكمل: \"الكرة مكسب وخسارة\". وسأل: \"أليست هذه هي \
               الفنانة التي أمتعتكم؟\". وختم حديثه: \"البعض دعا بسقوط الطائرة\".");
    assert_eq!(r.len(), 4, "{r:?}");
    assert!(r.iter().all(|x| x.2.as_deref() == Some("شريف منير")), "{r:?}");
    let r = q("وفي رده على سؤال حول موعد انطلاق الخدمات، بين أنور معروف أن الدولة قامت بواجبها.");
    assert_eq!(r[0].2.as_deref(), Some("أنور معروف"), "{r:?}");
    let r =
        q("ووجدت الدراسة، التي أجريت على أكثر من 200 ألف شخص، أن ما يقارب 9.5 بالمئة منهم أصيبوا بالسكري.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].2.as_deref(), Some("الدراسة"), "{r:?}");
    // A study, how it was made without a relative pronoun, then its finding.
    let r = q("ووجدت دراسة أخرى أجريت بين عامي 1986 و2010، أن سكان الساحل الشرقي يعانون السمنة.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].1, "سكان الساحل الشرقي يعانون السمنة");
    assert_eq!(r[0].2.as_deref(), Some("دراسة أخرى"), "{r:?}");
    // … but a study that finds a link, and a clause after a comma, are no finding.
    assert!(
        q("وجدت دراسات عديدة علاقة مباشرة بين الماء الفوار وزيادة الوزن، فمن المعروف أنها تصنع بالغاز.")
            .is_empty()
    );
}

#[test]
fn the_narrators_timing_and_a_refusal_of_a_noun() {
    let r = q(
        "وكان ترمب قد تحدث يوم الجمعة، قائلاً إن الحروب التجارية \"أمر جيد\" ويسهل الانتصار فيها، بعد يوم من \
               إعلان عزمه فرض رسوم على واردات الصلب.",
    );
    assert_eq!(r.len(), 1, "{r:?}");
    assert!(r[0].1.ends_with("ويسهل الانتصار فيها"), "{r:?}");
    // «لكن الأطباء رفضوا تقطيب الجرح» is still what he reported.
    let r = q("وأشار إلى أنه تم نقل الطفل إلى المستشفى لكن الأطباء رفضوا تقطيب الجرح إلا بعد إحضار الكلب.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert!(r[0].1.ends_with("إلا بعد إحضار الكلب"), "{r:?}");
}

#[test]
fn research_that_shows_predicting_realizing_and_bil_qawl() {
    let r = q("وأظهرت دراسة أمريكية حديثة أن الأطعمة الغنية بالأحماض الدهنية تقلل الوفيات.");
    assert_eq!(r[0].2.as_deref(), Some("دراسة أمريكية حديثة"), "{r:?}");
    // Pictures show, and «يظهر أن» (it appears), frame nothing.
    assert!(q("وتظهر الصور أن الهدم مستمر.").is_empty());
    assert!(q("ويظهر أن الوضع صعب.").is_empty());
    let r = q("إذ يتنبأ علماء البيئة بأن الفيلة ستنفق في البرية خلال قرن.");
    assert_eq!(r[0].2.as_deref(), Some("علماء البيئة"), "{r:?}");
    // «بالقول» after a noun: the subject of the clause says the words; after a
    // participle, the participle frames them.
    let r =
        q("وقالت مورغان إنهن كن متمردات. وتعلل مورغان ذلك بالقول: \"لقد كنا نعرف أن الرجال ليسوا بأصدقاء\".");
    assert_eq!(r.len(), 2, "{r:?}");
    assert_eq!(r[1].2.as_deref(), Some("مورغان"), "{r:?}");
    let r =
        q("وتابع الوزير قائلا: \"هذا الملف أغلق\"، موضحا بالقول: \"لقد اتفقنا على هذه القضايا مع شركائنا\".");
    assert_eq!(r.len(), 2, "{r:?}");
    assert!(r.iter().all(|x| x.2.as_deref() == Some("الوزير")), "{r:?}");
}

#[test]
fn an_impersonal_statement_after_a_comma_is_not_the_verbs_complement() {
    // «أكد» took «دعمه للمشروع»; «ومن المتوقع … أن» is another statement.
    let r = q("وأكد الوزير دعمه للمشروع، ومن المتوقع حسب مصادر مطلعة أن يبدأ التنفيذ قريبا.");
    assert!(r.iter().all(|x| x.2.as_deref() != Some("الوزير")), "{r:?}");
    let r = q("وأكد له جاهزيته للمشاركة في حفلات مقبلة، ومن المحتمل وفقا لمخارش أن يكون الفنان من ضمن \
               المشاركين.");
    assert!(r.iter().all(|x| !x.2.as_deref().is_some_and(|s| s.contains("جاهزيته"))), "{r:?}");
    // The source between the impersonal predicate and its clause vouches for it.
    let r = q("وأكد الوزير دعمه للمشروع، ومن المتوقع حسب مصادر مطلعة أن يبدأ التنفيذ قريبا.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!((r[0].1.as_str(), r[0].2.as_deref()), ("يبدأ التنفيذ قريبا", Some("مصادر مطلعة")), "{r:?}");
    let r = q("ومن المقرر بحسب الوزارة أن تنطلق الأشغال الشهر المقبل.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].2.as_deref(), Some("الوزارة"), "{r:?}");
    // A complement before the comma is still the verb's.
    let r = q("وأكد الوزير أن المشروع سيكتمل، ومن المتوقع أن يبدأ التنفيذ قريبا.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].2.as_deref(), Some("الوزير"), "{r:?}");
}

#[test]
fn a_preposition_after_a_quote_carries_the_clause_on() {
    let r =
        q("واعتبرت الخارجية أنه \"من المحتمل للغاية أن تختفي أدلة وعناصر أساسية\" من موقع الهجوم المفترض.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert!(r[0].1.ends_with("من موقع الهجوم المفترض"), "{r:?}");
    assert_eq!(r[0].0, QuoteKind::Mixed, "{r:?}");
}

#[test]
fn bayyana_with_a_long_subject_closed_by_a_comma() {
    let r = q(
        "وفي حديث للوكالة، بين الدكتور محمد التوم الملحق الثقافي بسفارة المملكة العربية بتونس، أن المنسج جزء \
               من الكسوة الجديدة.",
    );
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].1, "المنسج جزء من الكسوة الجديدة", "{r:?}");
    assert!(r[0].2.as_deref().is_some_and(|s| s.contains("محمد التوم")), "{r:?}");
}

#[test]
fn a_class_of_people_speaks_and_a_name_after_a_saying_before_a_colon() {
    let r = q("ويقترض المضاربون الأسهم بأسعار أقل، وهم الفئة التي زعمت أنها تعرضت لخسائر بملايين الدولارات.");
    assert_eq!(r[0].2.as_deref(), Some("الفئة"), "{r:?}");
    let r =
        q("وقال الباحث فيكرام إير إن الشحن آمن. ووفقا لما قاله الباحث إلياس باياتي: \"بدلا من توصيل الهاتف \
               بالسلك، يمكن وضعه في أي مكان\".");
    assert_eq!(r.len(), 2, "{r:?}");
    assert!(r[1].2.as_deref().is_some_and(|s| s.contains("باياتي")), "{r:?}");
    // A relay before the colon quotes the subject named before it.
    let r = q("وأضاف بوزينسكي، حسبما نقلت عنه الصحيفة: \"ستكون حربا حقيقية أسوأ من الحرب الباردة\".");
    assert_eq!(r[0].2.as_deref(), Some("بوزينسكي"), "{r:?}");
}

#[test]
fn a_comparative_after_a_name_is_no_part_of_it() {
    let r = q(
        "وكان وزير التجارة الكندي فيليب شامباني أشد حدة معلنا \"ما نراه هو أن النظام الاقتصادي يتعرض للهجوم\".",
    );
    assert_eq!(r[0].2.as_deref(), Some("فيليب شامباني"), "{r:?}");
}

#[test]
fn fa_and_a_function_word_open_the_attributed_clause() {
    let r = q("وبحسب وزارة الخارجية الفلسطينية فمنذ إعلان الاستقلال اعترفت 137 دولة بدولة فلسطين.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].2.as_deref(), Some("وزارة الخارجية الفلسطينية"), "{r:?}");
    assert!(r[0].1.ends_with("بدولة فلسطين"), "{r:?}");
}

#[test]
fn when_it_was_said_may_stand_between_the_verb_and_its_subject() {
    let r = q("قال اليوم الاثنين محافظ البنك المركزي الشاذلي العياري، إن إقلاع الاقتصاد سيكون بدءا من 2017.");
    assert!(r[0].2.as_deref().is_some_and(|s| s.contains("الشاذلي العياري")), "{r:?}");
    // Not after the subject: the noun after the day is the verb's object.
    let r =
        q("وكانت وزارة الداخلية دعت الثلاثاء الماضي المواطنين إلى الإبلاغ عن \"العناصر الإرهابية الخطيرة جدا\".");
    assert!(r.iter().all(|x| x.2.as_deref() != Some("المواطنين")), "{r:?}");
}

#[test]
fn a_plural_of_thinking_frames_with_its_antecedent() {
    // «يرون» (they think) is taken out of the reporting lexicon as a homograph, but as a
    // verb of thinking it frames the clause after it.
    let got =
        who("عنوان\n\nبعد سنوات من الشكاوى من قبل الناشطين الذين يرون بأن وزارة الصحة لم تقم بما هو كاف.");
    assert_eq!(got, vec![("الناشطين".into(), "وزارة الصحة لم تقم بما هو كاف".into())]);
}

#[test]
fn a_clause_ends_before_idh_and_another_frame() {
    // «، إذ قال إن…»: a new frame, not part of the clause before it.
    let got = who("عنوان\n\nوأكد مصدر أمني أن السلطات حددت هويته، إذ قال لـ(CNN) إنه يدعى ريتشارد راسل.");
    assert_eq!(
        got,
        vec![
            ("مصدر أمني".into(), "السلطات حددت هويته".into()),
            ("مصدر أمني".into(), "إنه يدعى ريتشارد راسل".into()),
        ]
    );
    // «، إذ تبلغ تكلفة…» (amounts): no frame, the clause goes on.
    let got = who("عنوان\n\nوكشف اللاعب أنه كان يحقن نفسه كل ليلة، إذ كانت تبلغ تكلفة الإبرة 1500 دولار.");
    assert_eq!(got.len(), 1);
    assert!(got[0].1.ends_with("1500 دولار"), "{got:?}");
}

#[test]
fn bi_and_a_verbal_noun_after_a_role_is_no_name() {
    let got = who("عنوان\n\nوطالب الوزير بعدم إثارة الفتن، مؤكدا أنه لم يتواصل مع أحد.");
    assert_eq!(got, vec![("الوزير".into(), "أنه لم يتواصل مع أحد".into())]);
    // A name after a role is still read.
    let got = who("عنوان\n\nوقال الرئيس بشار الأسد إن الوضع جيد.");
    assert_eq!(got[0].0, "بشار الأسد");
}

#[test]
fn going_on_is_no_subject() {
    let got = who(
        "عنوان\n\nواستطرد بوريطة \"لقد عدت للتو من زيارة لإيران\". ومضى يقول: \"سفير المملكة غادر إيران اليوم\".",
    );
    assert_eq!(got.iter().map(|(s, _)| s.as_str()).collect::<Vec<_>>(), vec!["بوريطة", "بوريطة"]);
}

#[test]
fn a_subject_before_its_verb_is_the_speaker_not_the_object() {
    let got = who(
        "عنوان\n\nلكن الأخير اتهم الاتحاد الأوروبي بأنه \"لم يعامل الولايات المتحدة بشكل جيد\" في المجال التجاري.",
    );
    assert_eq!(
        got,
        vec![("الأخير".into(), "أنه \"لم يعامل الولايات المتحدة بشكل جيد\" في المجال التجاري".into())]
    );
    let got = who("عنوان\n\nوكانت صحيفة \"ماركا\" الإسبانية ذكرت، السبت، أن نجم ريال مدريد غاضب.");
    assert_eq!(got[0].0, "صحيفة ماركا الإسبانية");
}

#[test]
fn a_clause_ends_at_a_coordinated_attribution() {
    let got = who(
        "عنوان\n\nوأكد العلماء أن زيادة الراتب تحث على الشعور بالسعادة ولكن لفترات قصيرة، ووفقا للباحثين أن السعادة لا تدوم.",
    );
    assert_eq!(got[0], ("العلماء".into(), "زيادة الراتب تحث على الشعور بالسعادة ولكن لفترات قصيرة".into()));
}

#[test]
fn a_participle_form_after_a_preposition_is_a_noun() {
    // «بشأن مطالبة البحارة» (the sailors' demand) is no frame between «قال» and «إن».
    let got = who(
        "عنوان\n\nوقال الصديق في تصريح لوكالة الأنباء الخميس بالمنستير، بشأن مطالبة البحارة الترفيع في الحصة إن اللجنة رفعت الحصة.",
    );
    assert_eq!(got, vec![("الصديق".into(), "اللجنة رفعت الحصة".into())]);
}

#[test]
fn a_relayed_source_with_its_own_adjunct() {
    let got =
        who("عنوان\n\nونقلت الصحيفة الاقتصادية عن مسؤول في الإدارة الأمريكية، أن الرئيس قرر أن يرجئ قراره.");
    assert_eq!(got, vec![("مسؤول".into(), "الرئيس قرر أن يرجئ قراره".into())]);
}

#[test]
fn a_subject_after_the_complementizer_past_qad_and_kana() {
    let got =
        who("عنوان\n\nيشار أن لاعبة الجيدو هالة المرغني قد صرحت صباح اليوم لإذاعة محلية أنها قررت المغادرة.");
    assert_eq!(got, vec![("هالة المرغني".into(), "أنها قررت المغادرة".into())]);
    let got = who("عنوان\n\nيذكر أن وزارة الداخلية كانت قد أعلنت أن الانفجار اعتداء.");
    assert_eq!(got, vec![("وزارة الداخلية".into(), "الانفجار اعتداء".into())]);
}

#[test]
fn a_subject_before_qad_and_a_body_with_its_place() {
    // «(كان) قد» between the subject and its verb; a body and where it is.
    let got = who(
        "عنوان\n\nوقال ترامب إن الوضع جيد. وكانت وزارة الدفاع في سيول قد ذكرت في سبتمبر أنها ستغير موقع الدرع.",
    );
    assert_eq!(got[1], ("وزارة الدفاع في سيول".into(), "أنها ستغير موقع الدرع".into()));
    // A name in the place is no person speaking, here or looked up.
    let got = who(
        "عنوان\n\nونقلت رويترز عن عمانوئيل نحشون قوله \"يعتزم رئيس باراغواي أوراسيو كارتيس المجيء\". لكن \
         وزارة الخارجية في باراغواي قالت إنه لم يتم اتخاذ القرار.",
    );
    assert_eq!(got[1], ("وزارة الخارجية في باراغواي".into(), "إنه لم يتم اتخاذ القرار".into()));
    let got = who("عنوان\n\nوكان شهود عيان في مدينة عدن قد أفادوا، أن مهاجمين فجروا سيارة.");
    assert_eq!(got, vec![("شهود عيان في مدينة عدن".into(), "مهاجمين فجروا سيارة".into())]);
    // «عبد الملك» is a name, not «عبد» and the king.
    let got = who("عنوان\n\nوكان زعيم الحوثيين عبد الملك الحوثي قد أكد في مقابلة أنه مستعد للتفاوض.");
    assert_eq!(got, vec![("عبد الملك الحوثي".into(), "أنه مستعد للتفاوض".into())]);
}

#[test]
fn a_quote_joined_to_a_quote_by_wa_goes_on() {
    let got = who(
        "عنوان\n\nوقال الوزير \"نحن هنا نحاول التخلص من التطرف دون حرب أهلية\"، و\"إذا كان هناك ثمن صغير فإنه أفضل\".",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[1], ("الوزير".into(), "إذا كان هناك ثمن صغير فإنه أفضل".into()));
    // Names joined by «و» after a quote are no words said.
    let got = who(
        "عنوان\n\nوقال الوزير \"نحن هنا نحاول التخلص من التطرف دون حرب أهلية\" و\"حمزة بن السيد بن حمودة\".",
    );
    assert!(!got.is_empty() && got.iter().all(|(_, q)| !q.starts_with("حمزة")), "{got:?}");
}

#[test]
fn chants_and_cries_quote_their_words() {
    let got = who("عنوان\n\nوهتف المتظاهرون \"الشعب يريد إسقاط النظام\".");
    assert_eq!(got, vec![("المتظاهرون".into(), "الشعب يريد إسقاط النظام".into())]);
    let got = who("عنوان\n\nوكان الجمهور يردد \"نحن روسيا.. نحن محكوم علينا بالفشل\".");
    assert_eq!(got, vec![("الجمهور".into(), "نحن روسيا.. نحن محكوم علينا بالفشل".into())]);
    // «تردد» (hesitation) is no verb.
    assert!(who("عنوان\n\nووافق الوزير دون تردد \"على كل المطالب التي رفعها المحتجون\".").is_empty());
}

#[test]
fn a_clause_of_circumstance_is_no_part_of_the_name() {
    let got =
        who("عنوان\n\nوتابع رئيس الفيفا وهو مؤيد بحماس لاعتماد هذه التكنولوجيا: \"إن التقنية لن تكون الحل\".");
    assert_eq!(got, vec![("رئيس الفيفا".into(), "إن التقنية لن تكون الحل".into())]);
    let got = who("عنوان\n\nوقال روجهات روج وهو ناشط كردي إن جثث القتلى ما تزال تحت الأنقاض.");
    assert_eq!(got[0].0, "روجهات روج");
    // «هو» after a quote that opens the clause is its copula: the clause goes on.
    let got = who("عنوان\n\nوأكدت الوزيرة أن \"حل الدولتين\" هو الطريق الوحيد لإحلال السلام.");
    assert_eq!(got[0].1, "\"حل الدولتين\" هو الطريق الوحيد لإحلال السلام");
}

#[test]
fn a_study_with_its_title() {
    let got = who(
        "عنوان\n\nوفي مجال آخر، أظهرت دراسة بعنوان \"مستقبل العمل: أزمة المواهب\"، أن اليابان ستعاني نقصا في العمال.",
    );
    assert_eq!(got, vec![("دراسة".into(), "اليابان ستعاني نقصا في العمال".into())]);
}

#[test]
fn an_outlet_that_relays_is_no_speaker() {
    // «وفقا لما نقلته وكالة…» between the subject and its words: the subject said them.
    let got =
        who("عنوان\n\nوقال قاسمي وفقا لما نقلته وكالة الأنباء الإيرانية الرسمية إن ولي العهد لم يقرأ التاريخ.");
    assert_eq!(got, vec![("قاسمي".into(), "ولي العهد لم يقرأ التاريخ".into())]);
    // «نقلت الوكالة قول X إن…»: the saying of X.
    let got = who(
        "عنوان\n\nوعلى صعيد متصل، نقلت وكالة بلومبرج، قول الأمير محمد بن سلمان إن السلطات احتجزت 1500 شخص.",
    );
    assert_eq!(got, vec![("محمد بن سلمان".into(), "السلطات احتجزت 1500 شخص".into())]);
    // («وفق أوزمجو» with no relaying verb: the source said them.)
    let got = who("عنوان\n\nوأوضح التقرير بحسب ما أكده الباحث أن النتائج أولية.");
    assert_eq!(got[0].0, "الباحث");
}

#[test]
fn titles_listed_after_a_colon_are_no_quotes() {
    let got = who(
        "عنوان\n\nوهو تغلب على ثمانية أفلام أخرى، هي: \"كال مي باي يور نايم\" و\"داركست آور\" و\"دانكرك\".",
    );
    assert!(got.is_empty(), "{got:?}");
    // A sentence said after a colon is still quoted, whatever follows it.
    let got = who("عنوان\n\nوقال المتحدث: \"سنسقط أي صواريخ تطلق على سوريا\" و\"سنرد في الزمان المناسب\".");
    assert_eq!(got[0], ("المتحدث".into(), "سنسقط أي صواريخ تطلق على سوريا".into()));
}

#[test]
fn a_person_before_a_comma_and_a_relative_speaks() {
    let got = who(
        "عنوان\n\nولقيت تصريحات ترامب تأييدا من رئيس وزراء إيطاليا الجديد، جوزيبي كونتي، الذي قال إنه يؤيد العودة.",
    );
    assert_eq!(got, vec![("جوزيبي كونتي".into(), "إنه يؤيد العودة".into())]);
}

#[test]
fn words_said_in_quote_marks_are_no_name_of_the_subject() {
    // «صحيفة "هآرتس"» names the paper; «مصدر أوروبي "إنه…"» is the source and its words.
    let got =
        who("عنوان\n\nوقال مصدر أوروبي \"إنه فعليا اختبار مهم للسيادة\" حيث سيكون على الاتحاد أن يثبت قدرته.");
    assert_eq!(got, vec![("مصدر أوروبي".into(), "إنه فعليا اختبار مهم للسيادة".into())]);
    let got = who("عنوان\n\nوذكرت صحيفة \"هآرتس\" أن الحكومة ستجتمع.");
    assert_eq!(got[0].0, "صحيفة هآرتس");
}

#[test]
fn a_verb_opening_the_sentence_is_no_subject_of_the_next() {
    // «وتحدث الرئيس…، وقال له إن…»: the title after «وتحدث» is the subject.
    let got = who(
        "عنوان\n\nوتحدث الرئيس الفرنسي، إيمانويل ماكرون، هاتفيا مع ترامب وقال له إن القرار \"غير قانوني\".",
    );
    assert_eq!(got[0].0, "إيمانويل ماكرون");
    // «لهذا» (for this) is no speaker.
    let got = who("عنوان\n\nوقال الباحث إنه عاش طويلا، وحذر لهذا \"فلا ينبغي لأحد أن يسخر به\".");
    assert!(got.iter().all(|(s, _)| s != "لهذا"), "{got:?}");
}

#[test]
fn someone_unnamed_speaks() {
    let got = who("عنوان\n\nوهناك من يرى أن الحكايات المضادة كان مصدرها خصوم جحا.");
    assert_eq!(got, vec![("هناك من".into(), "الحكايات المضادة كان مصدرها خصوم جحا".into())]);
}

#[test]
fn a_verbal_noun_with_his_pronoun_ends_a_name() {
    // «تحمله» (his bearing) is the object of «أعلن», not part of the name.
    let got = who("عنوان\n\nوأعلن زوكربيرغ تحمله شخصيا المسؤولية. وأكد مجددا أن الشركة ستصلح الخطأ.");
    assert_eq!(got, vec![("زوكربيرغ".into(), "الشركة ستصلح الخطأ".into())]);
}

#[test]
fn a_clause_ends_before_the_narrators_gloss() {
    let got = who("عنوان\n\nوقال الوزير إن المفاوضات لم تتقدم، وهو ما يعني أن التعريفات ستدخل حيز التنفيذ.");
    assert_eq!(got, vec![("الوزير".into(), "المفاوضات لم تتقدم".into())]);
}

#[test]
fn a_subject_given_an_age_speaks_past_its_apposition() {
    let got = who(
        "عنوان\n\nوقال الوزير كذا. يوكسل أوموت، 55 عاما، تاجر ذهب في السوق القديم، يقول إن أحوال السوق سيئة.",
    );
    assert_eq!(got, vec![("يوكسل أوموت".into(), "أحوال السوق سيئة".into())]);
}

#[test]
fn figures_and_communiques_speak_for_their_owner() {
    // Figures in the genitive: their owner speaks, not «بيانات وزارة».
    let got = who("عنوان\n\nوبلغت قيمة الصادرات 130 مليار دولار عام 2017، وفق بيانات وزارة التجارة.");
    assert_eq!(got, vec![("وزارة التجارة".into(), "وبلغت قيمة الصادرات 130 مليار دولار عام 2017".into())]);
    // A communiqué (Maghreb «بلاغ») and its issuer, without the day after the name.
    let got = who(
        "عنوان\n\nتمكنت الوحدات الأمنية من تفكيك شبكة مخدرات، وفق بلاغ أصدرته وزارة الداخلية اليوم الأربعاء.",
    );
    assert_eq!(got, vec![("وزارة الداخلية".into(), "تمكنت الوحدات الأمنية من تفكيك شبكة مخدرات".into())]);
    // «وفقا لـ» + figures + owner.
    let got = who("عنوان\n\nوتراجع الإنتاج بنسبة 3 في المئة، وفقا لتقديرات صندوق النقد الدولي.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].0.starts_with("صندوق النقد"), "{got:?}");
    // «بلاغ لمؤسسة تيسير نشرته»: the name stops before the verb.
    let got =
        who("عنوان\n\nوترمي الاتفاقية الى تعزيز التعاون بين المؤسستين، وفق بلاغ لمؤسسة تيسير نشرته الاربعاء.");
    assert_eq!(got[0].0, "مؤسسة تيسير");
}

#[test]
fn what_came_in_a_statement_is_attributed() {
    let got = who(
        "عنوان\n\nأعلنت النجمة جنيفر أنيستون وزوجها الممثل جاستن ثيرو انفصالهما بعد زواج استمر سنتين، على ما ورد في بيان صدر عن النجمين.",
    );
    assert_eq!(
        got,
        vec![(
            "النجمين".into(),
            "أعلنت النجمة جنيفر أنيستون وزوجها الممثل جاستن ثيرو انفصالهما بعد زواج استمر سنتين".into()
        )]
    );
    let got = who("عنوان\n\nوارتفع عدد الضحايا إلى 20 قتيلا، حسب ما جاء في التقرير.");
    assert_eq!(got, vec![("التقرير".into(), "وارتفع عدد الضحايا إلى 20 قتيلا".into())]);
}

#[test]
fn a_verb_with_a_noun_object_leaves_its_sentence_to_the_attribution() {
    // «نفى … صحة التصريحات»: no speech framed; the federation's report is.
    let got = who(
        "عنوان\n\nنفى رئيس لجنة الحكام صحة التصريحات المنسوبة إليه، وفقا لما نشره الاتحاد المصري لكرة القدم.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1, "نفى رئيس لجنة الحكام صحة التصريحات المنسوبة إليه");
    // A verb of saying whose clause comes after the attribution still frames it.
    let got = who("عنوان\n\nوقالت الخارجية في رسالة وجهتها إلى الأمم المتحدة، بحسب الوكالة، إن الهجوم مرفوض.");
    assert_eq!(got, vec![("الخارجية".into(), "الهجوم مرفوض".into())]);
}

#[test]
fn relayed_on_the_tongue_of() {
    let got = who(
        "عنوان\n\nوقال علي أكبر ولايتي إن بلاده ستبقي الاسم. ونقلت وكالة الأنباء الإيرانية الرسمية على لسان ولايتي قوله: \"إن قضية تغيير الاسم إثارة فتنة\".",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[1].0, "علي أكبر ولايتي");
}

#[test]
fn a_reflexive_object_is_no_speaker() {
    let got = who(
        "عنوان\n\nوأسس عدالت \"الحملة ضد العقوبات\"، التي تصف نفسها بأنها \"منظمة مستقلة تهدف إلى معارضة العقوبات\".",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_ne!(got[0].0, "نفسها");
}

#[test]
fn kana_subject_qad_verb_past_an_apposition() {
    let got = who(
        "عنوان\n\nوكان موقع هاف بوست، النسخة الأمريكية، قد وصف المقابلة بأنها \"مفبركة\" ونقل عن متحدث باسم باريمور قوله إنها \"لم تقم بهذا الحوار\".",
    );
    assert_eq!(got[0], ("موقع هاف بوست".into(), "مفبركة".into()));
}

#[test]
fn a_quoted_source_name_closed_by_a_comma() {
    let got =
        who("عنوان\n\nوبحسب \"كود دوت أورغ\"، يكسب الحائز شهادة في المعلوماتية في المعدل 40 بالمئة أكثر.");
    assert_eq!(
        got,
        vec![("كود دوت أورغ".into(), "يكسب الحائز شهادة في المعلوماتية في المعدل 40 بالمئة أكثر".into())]
    );
}

#[test]
fn a_clause_of_circumstance_is_no_subject() {
    // «وهو يجلس…» after the verb describes the speaker; the last speaker speaks.
    let got = who(
        "عنوان\n\nوقال أسامة العابد إنه سعيد. ويقول وهو يجلس في صالون شقته الصغيرة، إنه لا يريد أن يتذكر ذلك الحادث.",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[1].0, "أسامة العابد");
}

#[test]
fn a_person_opening_a_sentence_after_illa_anna_is_its_topic() {
    // The person the sentence before was about speaks for the next bare «وقال».
    let got = who(
        "عنوان\n\nوقال أسامة العابد إنه سعيد. ويؤكد صديقه عادل التريسي \"إنه طباخ ماهر\". إلا أن أسامة العابد ينوي الرحيل إلى ألمانيا. وقال \"إذا لم أجد عملا هنا سأرحل قريبا\".",
    );
    assert_eq!(got.last().map(|g| g.0.as_str()), Some("أسامة العابد"), "{got:?}");
}

#[test]
fn fronted_subjects_a_study_a_quoted_name_a_conjunction() {
    let got = who("عنوان\n\nدراسة جديدة تخلص إلى أن كثرة استخدام شبكات التواصل الاجتماعي تجعلك أقل ذكاء.");
    assert_eq!(got[0].0, "دراسة جديدة");
    let got = who(
        "عنوان\n\nفالجريدة البريطانية \"ذي ميل\" توقعت بعد ما استجوبت العديد من البريطانيين أن الفنان روبين كزننغهام هو بانكسي.",
    );
    assert_eq!(got[0].0, "الجريدة البريطانية ذي ميل");
    // A day with the conjunction is no subject.
    let got = who("عنوان\n\nوالأحد لمحت موسكو إلى أن المسلحين في الغوطة الشرقية يستخدمون مواد كيماوية.");
    assert_eq!(got[0].0, "موسكو");
}

#[test]
fn a_tagged_person_after_a_role_with_a_body_name_is_the_speaker() {
    // «مانشستر يونايتيد» cut the role short; the tagger's person after it speaks.
    let body = "عنوان\n\nقال نجم مانشستر يونايتيد السابق بول سكولز إن حتى ليونيل ميسي سيجد صعوبة في التشكيلة الحالية.";
    let (qs, _) = quotes("", body);
    assert_eq!(qs.first().and_then(|q| q.speaker_name.as_deref()), Some("بول سكولز"), "{qs:?}");
    // Kin named after a person speak as kin.
    let body = "عنوان\n\nوقال والد الطفل يوسف بن علي إن السلطات تفاعلت مع نداءاتهم.";
    let (qs, _) = quotes("", body);
    assert_ne!(qs.first().and_then(|q| q.speaker_name.as_deref()), Some("يوسف بن علي"), "{qs:?}");
}

#[test]
fn a_clause_of_anonymity_is_no_name() {
    let got = who("عنوان\n\nوقال المسؤول السعودي، مشترطا عدم الكشف عن هويته، إن الرياض ترفض تسييس الحج.");
    assert_eq!(got, vec![("المسؤول السعودي".into(), "الرياض ترفض تسييس الحج".into())]);
}

#[test]
fn a_clause_ends_where_the_narrator_says_after_what() {
    // «، بعدما قال … إن…»: the earlier statement is a quote of its own.
    let got = who(
        "عنوان\n\nوقال المتحدث إن 9 صحفيين من مؤسسات إعلامية مختلفة لقوا مصرعهم، بعدما قال في حصيلة أولية إن عدد الصحفيين القتلى 5.",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[0].1, "9 صحفيين من مؤسسات إعلامية مختلفة لقوا مصرعهم");
    // Not «بعدما تبين لها أن…» (it became clear to her).
    let got = who("عنوان\n\nوذكرت الصحيفة أن الشركة قررت تأجيل الإطلاق، بعدما تبين لها أن الشحن السلكي أسرع.");
    assert_eq!(got.len(), 1, "{got:?}");
}

#[test]
fn a_fronted_attribution_closed_by_fa_inna_names_its_source() {
    // Any phrase between «بحسب» and «، فإن» is a source, with the definite words
    // the phrase reading left.
    let r = q("وبحسب عملاق التواصل الاجتماعي، فإن رابطا بعنوان \"حماية معلوماتك\" سيظهر في أعلى الصفحة.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].1, "رابطا بعنوان \"حماية معلوماتك\" سيظهر في أعلى الصفحة");
    assert_eq!(r[0].2.as_deref(), Some("عملاق التواصل الاجتماعي"));
    let r = q("وبحسب فيسبوك، فإن رابطا جديدا سيظهر في أعلى الصفحة.");
    assert_eq!(r[0].2.as_deref(), Some("فيسبوك"), "{r:?}");
    // A law or a plan says nothing.
    assert!(q("وبحسب القانون الألماني، فإن شراء السلاح بغرض الدفاع عن النفس ليس ضروريا.").is_empty());
    assert!(q("وبحسب الخطة الزمنية، فإن إطلاق المرحلة الأولى سيتم تباعا.").is_empty());
}

#[test]
fn a_concession_with_its_own_speaker_ends_the_clause() {
    // «، رغم أن» + a role, a name between commas and a verb of saying: the first
    // clause ends before it, and the role's name speaks the second.
    let r =
        q("وتوقع رئيس البرلمان الأوروبي، مارتن شولتز، أن تبدأ المفاوضات سريعا، رغم أن رئيس معسكر الخروج في \
               المملكة المتحدة، ماثيو إليوت، قال إن بلاده مازالت في الاتحاد.");
    assert_eq!(r.len(), 2, "{r:?}");
    assert_eq!(r[0].1, "تبدأ المفاوضات سريعا");
    assert_eq!(r[1].1, "بلاده مازالت في الاتحاد");
    assert_eq!(r[1].2.as_deref(), Some("ماثيو إليوت"), "{r:?}");
    // Kin with their pronoun speak after «أن».
    let r = q("وتقول السلطات إنه خرج بعد فترة قصيرة، رغم أن خطيبته تقول إنها انتظرته طوال اليوم.");
    assert_eq!(r.len(), 2, "{r:?}");
    assert_eq!(r[1].2.as_deref(), Some("خطيبته"), "{r:?}");
    // A concession with no frame of its own stays in the clause.
    let r = q("وقال الوزير إن الاقتصاد تحسن، رغم أن الأسعار ما زالت مرتفعة.");
    assert_eq!(r[0].1, "الاقتصاد تحسن، رغم أن الأسعار ما زالت مرتفعة", "{r:?}");
}

#[test]
fn a_mixed_quote_goes_on_after_then() {
    let r =
        q("وأوضح لافروف أن الخطوة الأولى هي إيقاف \"الخطابات العدائية من الطرفين\"، ثم عقد حوار بين الأطراف.");
    assert_eq!(
        r[0].1, "الخطوة الأولى هي إيقاف \"الخطابات العدائية من الطرفين\"، ثم عقد حوار بين الأطراف",
        "{r:?}"
    );
    // … but a participle after the comma is the narrator's.
    let r = q("وقال الوزير إن الأمر \"خطير للغاية على الجميع\"، مثمنا جهود الحكومة.");
    assert_eq!(r[0].1, "الأمر \"خطير للغاية على الجميع", "{r:?}");
}

#[test]
fn an_opening_adverbial_of_time_is_no_subject() {
    let r =
        q("وعقب صدور نتائج الاستفتاء شبه النهائية، سارع وزير الخارجية الألماني، فرانك فالتر شتاينماير، إلى \
               القول إن الأنباء من بريطانيا \"مقلقة\".");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].2.as_deref(), Some("فرانك فالتر شتاينماير"), "{r:?}");
}

#[test]
fn a_one_word_name_that_is_a_function_word_is_no_person() {
    // The broadcaster «كان» («متحدثة باسم "كان"») must not become a person whose
    // mentions are every «وكان».
    let body = "عنوان\n\nوأكدت متحدثة باسم \"كان\" الأحد على أن \"تعليمات الهيئة لاتزال كما هي منذ سنوات\".";
    let people = super::People::from_text("", body);
    assert!(people.persons.iter().all(|p| p.name != "كان"), "{:?}", people.persons);
}

#[test]
fn going_on_to_say_frames_the_quote_after_it() {
    let r = q("وقال سكولز إن الفريق ضعيف. ومضى سكولز للقول، \"كنا في تلك الأيام نراقب ليفربول ونخشاه\".");
    assert_eq!(r.len(), 2, "{r:?}");
    assert_eq!(r[1].1, "كنا في تلك الأيام نراقب ليفربول ونخشاه");
    assert_eq!(r[1].2.as_deref(), Some("سكولز"), "{r:?}");
    // «للقول» is no part of the subject.
    let r = q("ومضى المسؤول الروسي للقول، \"قلنا مرارا وتكرارا إننا نؤيد الحل\".");
    assert_eq!(r[0].2.as_deref(), Some("المسؤول الروسي"), "{r:?}");
}

#[test]
fn a_written_document_is_the_object_not_the_speaker() {
    // «كتب تغريدة … أشار فيها إلى أن…»: the tweet is what the speaker wrote.
    let got =
        who("عنوان\n\nوقال شاين إنه يعتذر عن تعليقه. كما كتب تغريدة على حسابه على موقع تويتر أشار فيها إلى \
                   أنه سوف يبدأ استراحة من التواصل الاجتماعي.");
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[1].0, "شاين", "{got:?}");
}

#[test]
fn a_named_speaker_with_a_clause_of_its_own_ends_the_clause() {
    // «و» + a verb of saying + a name + «إن»: another frame, even for a bare name.
    let r =
        q("فيما قالت الهيئة الوطنية للانتخابات إن التصويت يتسم بالحرية والنزاهة وقال السيسي إنه كان يتمنى \
               وجود عدد أكبر من المرشحين.");
    assert_eq!(r.len(), 2, "{r:?}");
    assert_eq!(r[0].1, "التصويت يتسم بالحرية والنزاهة");
    assert_eq!(r[1].2.as_deref(), Some("السيسي"), "{r:?}");
    // … not a verb whose object comes first: the reported subject goes on.
    let r =
        q("وذكرت تقارير صحفية أن المهاجم لا يشعر بالراحة في باريس وأبلغ زملاءه السابقين بأنه يرغب في العودة.");
    assert_eq!(r[0].1, "المهاجم لا يشعر بالراحة في باريس وأبلغ زملاءه السابقين بأنه يرغب في العودة", "{r:?}");
}

#[test]
fn an_unclosed_quote_ends_before_the_next_quote_opens() {
    // Three quotes, one closing mark: the first, never closed, ends at «، وتابع»; the
    // next two are quotes of their own, not nested in it.
    let r =
        q("وقال نوير أنه \"من السخف انتخاب السعودية لحماية حقوق المرأة، وتابع \"كل امرأة هناك تفرض عليها \
               وصاية من أحد الذكور. وأضاف \"النساء في السعودية تمنع من قيادة السيارات\".");
    assert_eq!(r.len(), 3, "{r:?}");
    assert_eq!(r[1].1, "كل امرأة هناك تفرض عليها وصاية من أحد الذكور");
    assert_eq!(r[2].1, "النساء في السعودية تمنع من قيادة السيارات");
    assert!(r.iter().all(|x| x.2.as_deref() == Some("نوير")), "{r:?}");
}

#[test]
fn declining_to_comment_is_no_subject() {
    let r = q("ورفض المتحدث التعليق، لكنه أكد أن التحقيق مستمر.");
    assert_eq!(r[0].2.as_deref(), Some("المتحدث"), "{r:?}");
    let got = who(
        "عنوان\n\nوقال مدير أعمالها أمين أبي ياغي إنه لا يعرف. ورفض التعليق على ما يقال وأكد أنه لا يستطيع \
                   وقف القيل والقال.",
    );
    assert!(got.iter().all(|(s, _)| s != "التعليق"), "{got:?}");
}

#[test]
fn adverbs_of_always_and_herself_are_no_subjects() {
    let r = q("وكانت الفنانة تؤكد دوما أن الغرفة هي وزارة السينما.");
    assert_eq!(r[0].2.as_deref(), Some("الفنانة"), "{r:?}");
    // «كان» + a bare name + «قد» + verb: the name is the subject, «بنفسها» none.
    let r = q("وكانت ساره دانيوس قد أقرت بنفسها بأن هذه الأزمة أثرت على الجائزة.");
    assert_eq!(r[0].2.as_deref(), Some("ساره دانيوس"), "{r:?}");
}

#[test]
fn an_outlet_spoken_to_is_no_part_of_the_speaker() {
    let r = q("وقال الفنان إينريكي شيو لفرانس24 إن الجمعية كانت تطلب منه طلاء الجدار.");
    assert_eq!(r[0].2.as_deref(), Some("إينريكي شيو"), "{r:?}");
    let r = q("وقال رئيس البلدية لسكاي نيوز إن الطريق مغلق.");
    assert_eq!(r[0].2.as_deref(), Some("رئيس البلدية"), "{r:?}");
}

#[test]
fn a_document_in_the_accusative_is_the_object_of_its_issuer() {
    let r = q(
        "وأصدر اللاعب الفرنسي بيانا أعرب فيه عن \"انزعاجه وحزنه\" من هذه المزاعم.\nوقال على تويتر \"لقد تبرع ابن \
               عمتي بكبده لإنقاذ حياتي\".",
    );
    assert_eq!(r.len(), 2, "{r:?}");
    assert!(r.iter().all(|x| x.2.as_deref() == Some("اللاعب الفرنسي")), "{r:?}");
}

#[test]
fn the_object_after_a_definite_title_is_no_part_of_the_role() {
    let r = q("ونفى الوزير الاتهامات، مؤكدا أن الحكومة بريئة.");
    assert_eq!(r[0].2.as_deref(), Some("الوزير"), "{r:?}");
    let r = q("وكرر الرئيس السوري التأكيد على موقفه، معتبرا أن القوة هي الطريقة الوحيدة.");
    assert_eq!(r[0].2.as_deref(), Some("الرئيس السوري"), "{r:?}");
    // (Adjectives and genitives of the role stay: «الإعلامي», «باسم هيئة الأرصاد».)
    let r = q("وقال المستشار الإعلامي إن الحكومة بريئة.");
    assert_eq!(r[0].2.as_deref(), Some("المستشار الإعلامي"), "{r:?}");
    let r = q("وقال المتحدث باسم هيئة الأرصاد الجوية إن الحرارة غير مسبوقة.");
    assert_eq!(r[0].2.as_deref(), Some("المتحدث باسم هيئة الأرصاد الجوية"), "{r:?}");
}

#[test]
fn a_participle_refers_to_the_subject_of_a_verb_that_framed_nothing() {
    // «من جهته» + a verb of saying with a nominal object: its subject goes on in
    // «مؤكدا» (not the speaker of the sentence before).
    let r =
        q("وقال كمال عيسى إن المنظمة لم تحدد مطالب واضحة. من جهته انتقد الوزير الإضراب، مؤكدا أن الحكومة \
               بريئة.");
    assert_eq!(r[1].2.as_deref(), Some("الوزير"), "{r:?}");
    let r = q("وقال كمال عيسى إن المنظمة لم تحدد مطالب واضحة. واعتبر الوزير الإضراب غير قانوني، مؤكدا أن \
               الحكومة بريئة.");
    assert_eq!(r[1].2.as_deref(), Some("الوزير"), "{r:?}");
}

#[test]
fn illa_anna_and_a_study_that_concluded_end_the_clause() {
    let r =
        q("يعتقد كثيرون أن التغير المناخي ظاهرة معاصرة ناجمة عن التلوث، إلا أن بحثا جديدا توصل إلى أن هذه \
               الظاهرة تنتمي إلى الماضي السحيق.");
    assert_eq!(r.len(), 2, "{r:?}");
    assert_eq!(r[0].1, "التغير المناخي ظاهرة معاصرة ناجمة عن التلوث");
    assert_eq!(r[1].2.as_deref(), Some("بحثا جديدا"), "{r:?}");
}

#[test]
fn a_counted_noun_before_a_plural_verb_is_its_subject() {
    let r = q("وكانت صحيفة داغنز نيهيتر قد نشرت في نوفمبر شهادات 18 امرأة يؤكدن أنهن تعرضن للعنف.");
    assert_eq!(r[0].2.as_deref(), Some("18 امرأة"), "{r:?}");
}

#[test]
fn a_relative_clause_with_a_verb_of_its_own_stands_between_subject_and_verb() {
    let r = q(
        "ويأتي ذلك بالمقارنة مع سعر الصرف الرسمي، لكن الشركات التي تواجه صعوبات في الاستيراد تقول إن الدولار \
               غير متاح.",
    );
    assert_eq!(r[0].2.as_deref(), Some("الشركات"), "{r:?}");
}

#[test]
fn an_attribution_closing_its_sentence_needs_no_comma() {
    let r =
        q("وانخفضت قيمة العملة إلى 46 جنيها مقابل الدولار في السوق السوداء، ليسجل مستوى قياسيا منخفضا وفقا \
               للتجار.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].2.as_deref(), Some("التجار"), "{r:?}");
    assert!(r[0].1.ends_with("منخفضا"), "{r:?}");
    // (Not a rule followed: «وفقا للقانون» names no source; nor one inside the sentence.)
    assert!(q("ويتم توزيع المساعدات وفقا للقانون.").is_empty());
    assert!(q("ويتم توزيع المساعدات وفقا لوزارة الشؤون الاجتماعية على الأسر الفقيرة.").is_empty());
}

#[test]
fn inside_a_quote_a_coordinated_verb_goes_to_the_person_opening_its_sentence() {
    let body = "عنوان\n\nكرمت غرفة صناعة السينما الفنانة ماجدة الصباحي.\nوأوضح مدير الغرفة أن ماجدة اكتسبت صفة \
                خاصة داخل الغرفة طوال مشوارها، وكانت تؤكد دوما أن الغرفة هي وزارة السينما.";
    let (qs, _) = quotes("", body);
    let nested = qs.iter().find(|q| &body[q.text.clone()] == "الغرفة هي وزارة السينما");
    assert!(nested.is_some_and(|q| q.speaker_name.as_deref().is_some_and(|s| s.contains("ماجدة"))), "{qs:?}");
}

#[test]
fn a_body_before_a_comma_and_its_relative_pronoun_speaks() {
    // «مبدئيا» (in principle) is no subject; the body before «، التي» is.
    let r = q(
        "لكن العرض لم يحز على رضا هيئة المنافسة البريطانية، التي رأت مبدئيا، في يناير الماضي، أن ذلك لن يصب \
               في المصلحة العامة.",
    );
    assert_eq!(r[0].2.as_deref(), Some("هيئة المنافسة البريطانية"), "{r:?}");
}

#[test]
fn an_identity_not_confirmed_is_no_speaker() {
    let r = q(
        "وذكرت ناطقة باسم الشرطة أن عناصرها استدعوا إلى فندق. ولم تؤكد الناطقة هوية الشخص المتوفي. وتابعت \
               \"أعلنت وفاة امرأة في المكان\".\nواضطرت الفرقة إلى إلغاء عدة حفلات موضحة أن ذلك عائد إلى مشكلة في \
               الظهر.",
    );
    assert_eq!(r[1].2.as_deref(), Some("ناطقة باسم الشرطة"), "{r:?}");
    // A band opening its sentence is the subject of the participle after it.
    assert_eq!(r[2].2.as_deref(), Some("الفرقة"), "{r:?}");
}

#[test]
fn a_condition_frames_nothing() {
    assert!(q("لذلك إذا وجدت أن جيميل موجود في هذه القائمة، فمن المستحسن إلغاء تحديد المربع.").is_empty());
    assert!(q("ولو قال الوزير إن الأزمة انتهت لما صدقه أحد.").is_empty());
}

#[test]
fn ala_ma_and_bihasab_ma_closing_a_sentence_need_no_comma() {
    let r = q("توفيت المغنية فجأة في لندن الاثنين عن 46 عاما على ما أعلنت وكيلة أعمالها.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].1, "توفيت المغنية فجأة في لندن الاثنين عن 46 عاما");
    assert_eq!(r[0].2.as_deref(), Some("وكيلة أعمالها"));
    // The whole clause before it, its last word too.
    let r = q("وارتفع المؤشر إلى 24.52 في المئة بحسب ما أعلنه معهد الإحصاءات.");
    assert_eq!(r[0].1, "وارتفع المؤشر إلى 24.52 في المئة", "{r:?}");
    // (Not the object of a preposition: «ملقين الضوء على ما قاله الأمير لرجل الدين».)
    assert!(q("وتداول نشطاء مقطع فيديو للزيارة ملقين الضوء على ما قاله الأمير لرجل الدين.").is_empty());
}

#[test]
fn istabaada_rules_out_a_clause() {
    let r = q("واستبعد المحلل أن تتكرر أزمة عام 1973.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].2.as_deref(), Some("المحلل"));
}

#[test]
fn a_verb_form_right_after_a_preposition_is_a_verbal_noun() {
    // «عن رفض الحزب»: the party's rejection, a stance of the body (not «رفض» with the
    // subject «الحزب لقانون…», who would then say what follows); «من أجل» stays in the
    // body's name.
    let r = q(
        "عبّر رئيس الهيئة السياسية لحزب المؤتمر من أجل الجمهورية، سمير بن عمر عن رفض الحزب لقانون المصالحة.\n\
               وقال في تصريح إن الحزب مع المصالحة.",
    );
    assert_eq!(r.len(), 2, "{r:?}");
    assert_eq!(r[0].1, "رفض الحزب لقانون المصالحة");
    assert!(r.iter().all(|x| x.2.as_deref() == Some("سمير بن عمر")), "{r:?}");
    // (Not «مَن» (who): «مع من تقول السلطات إنهم دبروا الانقلاب».)
    let r = q("وأجرى اتصالات مع من تقول السلطات إنهم دبروا الانقلاب الفاشل.");
    assert_eq!(r.len(), 1, "{r:?}");
}

#[test]
fn a_group_and_where_it_belongs_before_its_verb() {
    let r = q("عدد من الخبراء في شبكات التواصل الاجتماعي يرون أن مثل هذه الأدوات سلاح ذو حدين.");
    assert_eq!(r[0].2.as_deref(), Some("عدد من الخبراء في شبكات التواصل الاجتماعي"), "{r:?}");
    // «لكنها» takes up the body «وكانت» opened the sentence with.
    let r = q(
        "وكانت شركة \"كامبريدج أناليتيكا\" التي عملت للحملة، تورطت في جمع معلومات عن 87 مليون مستخدم، لكنها نفت \
               أن تكون استغلت هذه البيانات.",
    );
    assert_eq!(r[0].2.as_deref(), Some("شركة كامبريدج أناليتيكا"), "{r:?}");
}

#[test]
fn described_it_with_its_object_attached_frames_the_words_quoted() {
    // The subject comes after «وصفه/تصفها», never the antecedent before it.
    let r = q("وأصيب 16 شخصا في الهجوم الذي وصفه ماكرون بأنه \"إرهاب إسلامي\".");
    assert_eq!(r, vec![(QuoteKind::Direct, "إرهاب إسلامي".into(), Some("ماكرون".into()))]);
    let r = q("ويواصل الفلسطينيون حركة الاحتجاج التي تصفها إسرائيل بأنها \"مسيرة الفوضى\".");
    assert_eq!(r[0].2.as_deref(), Some("إسرائيل"), "{r:?}");
    // «، بينما وصفته X بأنه…» ends the clause before it.
    let r =
        q("وعبرت بريطانيا عن \"خيبة أملها\" من قرار الولايات المتحدة، بينما وصفته مفوضة التجارة، سيسيليا \
               مالمستروم، بأنه \"يوم سيء للتجارة العالمية\".");
    assert_eq!(r.len(), 2, "{r:?}");
    assert_eq!(r[0].2.as_deref(), Some("بريطانيا"));
    assert_eq!(r[1].2.as_deref(), Some("سيسيليا مالمستروم"));
}

#[test]
fn a_source_with_a_short_adjunct_and_bayyana_written_apart() {
    let r = q("ونقلت الصحيفة الأميركية عن أشخاص مطّلعين على عمل الشركة أن العقود لم تحصل على موافقة مسبقة.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].2.as_deref(), Some("أشخاص مطّلعين"));
    let r = q("و بيّن المتدخلان في برنامج راديو سبور مع جمال القاسمي أن الأمن الوطني قام بتأمين خروج الفريق.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].2.as_deref(), Some("المتدخلان"));
}

#[test]
fn an_opening_attribution_ends_before_another_frame() {
    let r = q(
        "وحسب شركة فيسبوك، فإن فريقا من 60 عالما يسهرون على تطوير المشروع، وأفادت دوغان: \"إننا في البدايات\".",
    );
    assert_eq!(r.len(), 2, "{r:?}");
    assert_eq!(r[0].1, "فريقا من 60 عالما يسهرون على تطوير المشروع");
    assert_eq!(r[0].2.as_deref(), Some("شركة فيسبوك"));
    // Accounts of witnesses are a source.
    let r = q("وحسب روايات عدد من معارفه، فإن الشاب يعاني من أمراض نفسية.");
    assert_eq!(r.len(), 1, "{r:?}");
}

#[test]
fn a_survey_share_believing_or_pointing_out_after_maa() {
    let r =
        q("ويرى أربعة من كل خمسة مجيبين في المنطقة أنهم يتحكمون بمسارهم المهني، مع اعتقاد 54.6٪ منهم أنهم \
               يتحكمون به إلى حد كبير.");
    assert_eq!(r.len(), 2, "{r:?}");
    assert_eq!(r[0].1, "أنهم يتحكمون بمسارهم المهني");
    assert_eq!(r[1].2.as_deref(), Some("54.6٪ منهم"));
    // «، مع إشارة X إلى…» ends a stance (its own noun, no clause: no quote).
    let r =
        q("وعبّر سبعة من كل عشرة عن رضاهم عن إنجازاتهم الشخصية، مع إشارة 33.4٪ إلى رضاهم عن مستواهم المهني.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].1, "رضاهم عن إنجازاتهم الشخصية");
}

#[test]
fn the_latter_is_the_person_named_last() {
    let body = "عنوان\n\nوطرحنا السؤال على المسؤول في شركة فيسبوك أيمي أرشيبونغ.\nوقال الأخير لبي بي سي إن الشركة لا \
                تزال تتفحص الأمر.";
    let (qs, _) = quotes("", body);
    assert_eq!(qs.len(), 1, "{qs:?}");
    assert_eq!(qs[0].speaker_name.as_deref(), Some("أيمي أرشيبونغ"), "{qs:?}");
}

#[test]
fn a_derived_verbal_noun_with_a_pronoun_is_an_object() {
    let r = q(
        "وأعربت شركة سناب عن ترحيبها بالاستخدام الإبداعي لتطبيقها. لكنها نفت استخدامها حيلا بصرية من أجل ذلك، \
               وأضافت أنها لا ترغب في زيادة المشاركة الفارغة.",
    );
    assert_eq!(r.len(), 2, "{r:?}");
    assert_eq!(r[1].2.as_deref(), Some("شركة سناب"), "{r:?}");
    // (A plural in أفعال still speaks: «وقال أبناؤه في بيان إن…».)
    let r = q("وقال أبناؤه في بيان إن والدهم كان عالما عظيما.");
    assert_eq!(r[0].2.as_deref(), Some("أبناؤه"), "{r:?}");
}

#[test]
fn the_object_before_bi_is_no_part_of_the_subject() {
    for (body, who) in [
        ("ووصف الرئيس القرار بأنه \"تاريخي\".", "الرئيس"),
        ("ووصف ترامب الاتفاق بأنه \"تاريخي\".", "ترامب"),
        ("واتهمت روسيا الولايات المتحدة بأنها \"تكذب على العالم\".", "روسيا"),
        ("وطالبت عشراوي المجتمع الدولي بـ\"التدخل الفوري لوقف الممارسات\".", "عشراوي"),
        // (An adjective stays with the subject; a construct takes its genitive.)
        ("ووصفت الولايات المتحدة الاتفاق بأنه \"تاريخي\".", "الولايات المتحدة"),
        ("ووصف رئيس الوزراء الكندي الهجوم بأنه \"إرهابي\".", "رئيس الوزراء الكندي"),
    ] {
        let r = q(body);
        assert_eq!(r.len(), 1, "{body}: {r:?}");
        assert_eq!(r[0].2.as_deref(), Some(who), "{body}: {r:?}");
    }
    // A body found as a subject elsewhere is no name read into a role.
    let r = q("ووصفت وزارة الخارجية الأمريكية التمويل بأنه \"مساهمة قوية\". وقال مسؤول في وزارة الخارجية \
               الأمريكية إن المبعوث كان في الرياض.");
    assert_eq!(r[1].2.as_deref(), Some("مسؤول في وزارة الخارجية الأمريكية"), "{r:?}");
}

#[test]
fn figures_and_reports_show_and_speak_with_lam() {
    let r = q("وأظهرت بيانات رويترز أن أوروبا استحوذت على نحو سبعة بالمئة من الصادرات.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].2.as_deref(), Some("بيانات رويترز"));
    // A comma may close the subject.
    let r = q("أظهرت دراسة حديثة، أن سم الأفعى قد يصبح بديلا للمضادات الحيوية.");
    assert_eq!(r[0].1, "سم الأفعى قد يصبح بديلا للمضادات الحيوية", "{r:?}");
    for (body, who) in [
        ("وقفزت الإمدادات إلى أربعة أمثالها، وفقا للبيانات نفسها.", "البيانات نفسها"),
        ("وبلغ متوسط الفارق 4.46 دولار للبرميل، وفقا لبيانات رويترز.", "بيانات رويترز"),
        ("وبلغ متوسط الفارق 4.46 دولار للبرميل، وفقا لما أظهرته بيانات رويترز.", "بيانات رويترز"),
        ("وبلغ متوسط الفارق 4.46 دولار للبرميل، وفقا للتقرير.", "التقرير"),
    ] {
        let r = q(body);
        assert_eq!(r.len(), 1, "{body}: {r:?}");
        assert_eq!(r[0].2.as_deref(), Some(who), "{body}: {r:?}");
    }
}

#[test]
fn a_demand_in_the_speakers_words_after_bi() {
    let r = q("وطالب المحتجون بـ\"إسقاط النظام\".");
    assert_eq!(r, vec![(QuoteKind::Direct, "إسقاط النظام".into(), Some("المحتجون".into()))]);
    // One word glued to «بـ» is a qualifier, no quote.
    assert!(q("وطالب الوزير بـ\"الكشف\".").is_empty());
}

#[test]
fn the_clause_ends_before_the_narrator_goes_on_about_the_speaker() {
    let r = q("وقالت الشركة إن النظام يمكن أن يكون جاهزا خلال السنوات العشر المقبلة لكنها لم توضح متى تبدأ \
               الإنتاج.");
    assert_eq!(r[0].1, "النظام يمكن أن يكون جاهزا خلال السنوات العشر المقبلة", "{r:?}");
    // (Not the speaker's own contrast: «لكنه سيتحسن».)
    let r = q("وقال الوزير إن الوضع صعب لكنه سيتحسن.");
    assert_eq!(r[0].1, "الوضع صعب لكنه سيتحسن", "{r:?}");
    let r = q("وقال بيان للأكاديمية إن سمعة الجائزة عانت كثيرا، واعدا بخطة لاستعادة ثقة الناس.");
    assert_eq!(r[0].1, "سمعة الجائزة عانت كثيرا", "{r:?}");
}

#[test]
fn a_participle_after_a_coordinated_clause_is_its_subjects() {
    let r =
        q("ولكن ثبت صعوبة ذلك وانسحبت الشركات الأوروبية من إيران قائلة، إنها لا تستطيع المجازفة بتعاملاتها.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].2.as_deref(), Some("الشركات الأوروبية"), "{r:?}");
}

#[test]
fn a_given_name_that_is_a_stance_noun_speaks_and_a_station_is_told() {
    let r = q("قال رضا بلحاج، رئيس الهيئة السياسية للحركة، إن الحزب بصدد الإعداد للانتخابات.");
    assert_eq!(r[0].2.as_deref(), Some("رضا بلحاج"), "{r:?}");
    let r = q("ولكن مصدرا قال لمحطة الإذاعة السويدية، إن إرجاء الجائزة هو الحل الوحيد.");
    assert_eq!(r[0].2.as_deref(), Some("مصدرا"), "{r:?}");
}

#[test]
fn praise_and_blame_frame_the_words_quoted_only() {
    let r = q("وانتقد الوزير \"التصرفات غير المسؤولة للحكومة\".");
    assert_eq!(r, vec![(QuoteKind::Direct, "التصرفات غير المسؤولة للحكومة".into(), Some("الوزير".into()))]);
    let r = q("وندد البيان بـ\"الاعتداءات المتكررة على المدنيين\".");
    assert_eq!(r[0].2.as_deref(), Some("البيان"), "{r:?}");
    // No clause of reported speech, no name in quote marks, no praised as subject.
    assert!(q("وانتقد الوزير أن الحكومة لم تتحرك.").is_empty());
    assert!(q("وانتقدت الصحيفة \"هيومن رايتس ووتش\" بشدة.").is_empty());
    let r = q("وأشاد برجال الشرطة \"لتمكنهم السريع من القبض على الإرهابي\".");
    assert_ne!(r.first().and_then(|x| x.2.as_deref()), Some("برجال الشرطة"), "{r:?}");
    // An opening verb of blame still names the sentence's subject for the next one.
    let r =
        q("ندد الرئيس الأميركي السابق، باراك أوباما، الجمعة، بشدة بسلوك الجمهوريين.\nوتساءل في كلمة ألقاها \
               \"ماذا حدث للحزب الجمهوري؟\".");
    assert_eq!(r[0].2.as_deref(), Some("باراك أوباما"), "{r:?}");
    // «منتقدين» are critics, who speak.
    let r = q("لكن منتقدين يقولون إن الحكومة فشلت.");
    assert_eq!(r[0].2.as_deref(), Some("منتقدين"), "{r:?}");
}

#[test]
fn researchers_discover_findings_and_a_person_discovers_no_speech() {
    let r = q("واكتشف الباحثون أن الهواتف لا تسجل الصوت.");
    assert_eq!(r, vec![(QuoteKind::Indirect, "الهواتف لا تسجل الصوت".into(), Some("الباحثون".into()))]);
    assert!(q("وعادت إلى بيتها فاكتشفت أنها نسيت المفاتيح.").is_empty());
}

#[test]
fn a_source_told_to_a_reporter_and_adverbs_of_manner() {
    let r =
        q("ونفذت الفرق 646 زيارة ميدانية، وفق ما أكدته لمراسل الجوهرة أف أم، المديرة الجهوية للتجارة، سهام \
               المبروك.");
    assert_eq!(r[0].2.as_deref(), Some("سهام المبروك"), "{r:?}");
    let r = q("ونفت ميانمار بشدة مزاعم الولايات المتحدة بأنها تقوم بعملية تطهير عرقي.");
    assert_eq!(r[0].2.as_deref(), Some("ميانمار"), "{r:?}");
}

#[test]
fn a_colon_after_the_subjects_apposition_or_where_it_was_said() {
    let r = q("وقال فيرناندو سانتوس، المدير الفني للمنتخب البرتغالي : ضربة الجزاء التي احتسبت كانت صحيحة.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].1, "ضربة الجزاء التي احتسبت كانت صحيحة");
    assert_eq!(r[0].2.as_deref(), Some("فيرناندو سانتوس"));
    let r = q("وأوضح ويسلي على موقع الاتحاد الهولندي للعبة: أتفهم رغبة كومان في تجربة لاعبين جدد.");
    assert_eq!(r[0].1, "أتفهم رغبة كومان في تجربة لاعبين جدد", "{r:?}");
}

#[test]
fn a_bare_name_opening_the_sentence_with_a_role_set_off_by_commas() {
    let r = q(
        "جان ماري لوبان، مؤسس\"الجبهة الوطنية\" ووالد مرشحة الرئاسة الخاسرة مارين لوبان، رأى أن موقفها من \
               اليورو حال بينها وبين الإليزية.",
    );
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].2.as_deref(), Some("جان ماري لوبان"), "{r:?}");
    // (Not a phrase closed by a comma with no role after it: «ربما تمكنت الشركة،».)
    let r = q("بعد ساعات طويلة، قال إن الوضع صعب.");
    assert_eq!(r[0].2, None, "{r:?}");
}

#[test]
fn figures_reported_by_a_body_speak_for_it() {
    let r = q("وأفادت الأرقام التي أوردتها \"يونامي\" في بيان لها أمس السبت، بأن عدد القتلى بلغ 548 مدنيا.");
    assert_eq!(r[0].2.as_deref(), Some("يونامي"), "{r:?}");
}

#[test]
fn unquoted_words_after_a_colon_go_on_until_the_narrator_does() {
    let r =
        q("وقال كوستا : يجب أن أواصل العمل وإسكات المنتقدين. كانت هذه طريقة جيدة لتبدأ بها. وكان كوستا قد \
               فضل اللعب لإسبانيا.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].1, "يجب أن أواصل العمل وإسكات المنتقدين. كانت هذه طريقة جيدة لتبدأ بها");
    // A sentence with a verb of saying of its own stops it.
    let r = q("وقال كوستا : يجب أن أواصل العمل. وأضاف المدرب أن الفريق جيد.");
    assert_eq!(r[0].1, "يجب أن أواصل العمل", "{r:?}");
}

#[test]
fn a_radio_or_magazine_attributes_what_follows_it() {
    let r = q("وبحسب إذاعة \"كادينا كوبي\" الإسبانية فإن موقف اللاعبين أثار غضب الرئيس.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].1, "موقف اللاعبين أثار غضب الرئيس");
    assert_eq!(r[0].2.as_deref(), Some("إذاعة كادينا كوبي الإسبانية"));
    let r = q("وقالت مجلة \"تايم\" الأمريكية إن الرئيس غاضب.");
    assert_eq!(r[0].2.as_deref(), Some("مجلة تايم الأمريكية"), "{r:?}");
}

#[test]
fn a_paper_told_after_a_role_is_the_addressee() {
    // The quoted name after «لصحيفة» is whom the minister told, not the speaker.
    let r = q("قال الوزير لصحيفة \"التايمز\" إن الفستان جميل جدا.");
    assert_eq!(r[0].2.as_deref(), Some("الوزير"), "{r:?}");
    let r = q("قالت الأميرة لصحيفة التايمز إن الفستان جميل جدا.");
    assert_eq!(r[0].2.as_deref(), Some("الأميرة"), "{r:?}");
    // The outlet's own reporter still belongs to it.
    let r = q("وقال مراسل لصحيفة \"التايمز\" إن الفستان جميل جدا.");
    assert_eq!(r[0].2.as_deref(), Some("مراسل لصحيفة التايمز"), "{r:?}");
}

#[test]
fn a_saying_renewed_is_the_renewing_subjects() {
    let r = q("وجدد رئيس الحكومة التأكيد على أن كل الوزراء في تقييم يومي.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!((r[0].1.as_str(), r[0].2.as_deref()), ("كل الوزراء في تقييم يومي", Some("رئيس الحكومة")));
    let r = q("وجددت الوزارة تأكيدها أن الحكومة لن تستقيل.");
    assert_eq!(r[0].2.as_deref(), Some("الوزارة"), "{r:?}");
    // Past the subject's apposition and the time.
    let r = q("كرر رئيس هيئة الرياضة، تركي آل الشيخ، مساء السبت، تصريحه بأنه لا يتمنى سحب التنظيم من قطر.");
    assert_eq!(r[0].1, "أنه لا يتمنى سحب التنظيم من قطر", "{r:?}");
    // With no subject, whoever spoke last.
    let r = q("وقال الوزير إن الوضع صعب. كما جدد التأكيد على أنه لا حل خارج الحكم الذاتي.");
    assert_eq!(r[1].2.as_deref(), Some("الوزير"), "{r:?}");
    // Not a verbal noun after another object («يعيد صياغة…، عبر إعلانه أن») nor a feast.
    let r = q("بعد عطلة عيد الفطر، التأكيد أن الأمر انتهى.");
    assert!(r.is_empty(), "{r:?}");
}

#[test]
fn the_narrators_aside_knowing_that_reports_nothing() {
    let r = q("ومن المنتظر أن يتم نقل المحجوز إلى مختصين علما وأن إحدى القطع تعود إلى ملكة في عهد الفراعنة.");
    assert!(r.is_empty(), "{r:?}");
    // It also ends the clause before it.
    let r =
        q("واشار المدرب إلى أن الاحداث في عائلته تحتم عليه اتخاذ هذا القرار علما بأن زوج إحدى بناته توفي.");
    assert_eq!(r[0].1, "الاحداث في عائلته تحتم عليه اتخاذ هذا القرار", "{r:?}");
    // (A special bulletin is no aside: «في نشرة خاصة أن…».)
    let r = q("أفاد المعهد الوطني للرصد الجوي في نشرة خاصة أن الوضع الجوي يكون ملائما لنزول أمطار.");
    assert_eq!(r.len(), 1, "{r:?}");
}

#[test]
fn a_colon_after_where_it_was_said_with_a_quoted_name() {
    let r = q("وقال التمياط في مقابلة في برنامج \"سناب شات\": نشعر بالحسرة والمرارة على هذه النتيجة.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(
        (r[0].1.as_str(), r[0].2.as_deref()),
        ("نشعر بالحسرة والمرارة على هذه النتيجة", Some("التمياط"))
    );
}

#[test]
fn hinting_ends_the_clause_before_it_and_opens_its_own() {
    let r = q("وقال الوزير إن الوضع صعب، ملمحا إلى أن الحكومة ستستقيل.");
    assert_eq!(r.len(), 2, "{r:?}");
    assert_eq!(r[0].1, "الوضع صعب");
    assert_eq!((r[1].1.as_str(), r[1].2.as_deref()), ("الحكومة ستستقيل", Some("الوزير")));
}

#[test]
fn a_title_in_construct_with_another_title_is_one_role() {
    let r = q("قال نائب رئيس الوزراء إن الوضع صعب.");
    assert_eq!(r[0].2.as_deref(), Some("نائب رئيس الوزراء"), "{r:?}");
    let r = q("قال مساعد وزير الخارجية الأمريكي إن الوضع صعب.");
    assert_eq!(r[0].2.as_deref(), Some("مساعد وزير الخارجية الأمريكي"), "{r:?}");
    // Fronted before its verb, it is still the subject, not the verb's object.
    let r = q("لكن نائب رئيس التلفزيون الإيراني نفى صحة ذلك، قائلا إنها مجرد شائعات.");
    assert_eq!(r[0].2.as_deref(), Some("نائب رئيس التلفزيون الإيراني"), "{r:?}");
    // The name after the role is still the speaker.
    let r = q("وقال نائب رئيس الوزراء التركي بكر بوزداغ إن الوضع صعب.");
    assert_eq!(r[0].2.as_deref(), Some("بكر بوزداغ"), "{r:?}");
}

#[test]
fn after_where_the_story_goes_on_unless_someone_else_says_something() {
    let r = q("وقال مصدر محلي إن أحد أقاربهم توجه إلى المنزل، حيث لاحظ تسربا غير عادي للمياه أمام المنزل.");
    assert_eq!(r[0].1, "أحد أقاربهم توجه إلى المنزل، حيث لاحظ تسربا غير عادي للمياه أمام المنزل", "{r:?}");
    let r = q("وقالت الشركة إن الحساب اخترق، حيث أشارت الصحيفة إلى اعتقال رجل.");
    assert_eq!(r[0].1, "الحساب اخترق", "{r:?}");
}

#[test]
fn another_user_is_a_speaker() {
    let r = q("ونشر مستخدم آخر صورة معدلة للنجم، معلقا عليها بأن الشرط الوحيد هو أن يرتدي الشادور.");
    assert_eq!(r[0].2.as_deref(), Some("مستخدم آخر"), "{r:?}");
    // (Not «في سياق آخر»: no one.)
    let r = q("وفي سياق آخر، معلقا على الأمر بأن الشرط الوحيد هو أن يرتدي الشادور.");
    assert!(r.iter().all(|x| x.2.as_deref() != Some("سياق آخر")), "{r:?}");
}

#[test]
fn since_and_modals_open_no_clause_of_saying() {
    // «بما أنه» (since) is the reason, inside the speaker's clause.
    let r = q("وقال المدرب إن ردة الفعل تجاهه قاسية بما أنه اللاعب الوحيد في خطة مهاجم صريح.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].1, "ردة الفعل تجاهه قاسية بما أنه اللاعب الوحيد في خطة مهاجم صريح");
    // «يمكن أن» after a verb's object is a modal, no clause of that verb.
    let r = q("وأعلنت الشركة سحب الهاتف نظرا لمشاكل في بطاريته التي يمكن أن تنفجر.");
    assert!(r.is_empty(), "{r:?}");
}

#[test]
fn as_someone_says_after_a_quote_that_is_its_sentence() {
    let r = q("و\"كل الشخصيات الأخرى عاينت تلك الحقيقة المرة بطريقة أو بأخرى\" كما تؤكد المخرجة.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(
        (r[0].1.as_str(), r[0].2.as_deref()),
        ("كل الشخصيات الأخرى عاينت تلك الحقيقة المرة بطريقة أو بأخرى", Some("المخرجة"))
    );
}

#[test]
fn a_stance_in_the_speakers_own_words_is_the_quote() {
    let r =
        q("أعربت الوزارة عن \"أسفها العميق\" في بيان صدر، مساء الجمعة، بعد أن اقتحم متظاهرون مقر القنصلية.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(
        (r[0].0, r[0].1.as_str(), r[0].2.as_deref()),
        (QuoteKind::Direct, "أسفها العميق", Some("الوزارة"))
    );
    let r = q("وأعربت السفارة عن \"قلق عميق\".");
    assert_eq!(r[0].1, "قلق عميق", "{r:?}");
    // What it is about goes with it.
    let r = q("وعبر الوزير عن \"قلقه البالغ\" إزاء التصعيد في المنطقة.");
    assert!(r[0].1.ends_with("إزاء التصعيد في المنطقة"), "{r:?}");
}

#[test]
fn a_clause_joined_to_a_quoted_one_goes_on() {
    let r =
        q("قال ترامب، في تعليق له على تويتر، إن \"الأمور تسير بصورة جيدة\" وإن الاستعدادات جارية لعقد القمة.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].1, "\"الأمور تسير بصورة جيدة\" وإن الاستعدادات جارية لعقد القمة");
}

#[test]
fn a_relative_clause_with_its_own_saying_ends_the_clause_before_it() {
    let r = q(
        "ولسنوات، أصرت بيونغيانغ على أنها لن تتخلص أبدا من ترسانتها النووية، التي تقول إنها في حاجة إليها للدفاع عن نفسها.",
    );
    assert_eq!(r.len(), 2, "{r:?}");
    assert_eq!(r[0].1, "أنها لن تتخلص أبدا من ترسانتها النووية");
    assert_eq!(
        (r[1].1.as_str(), r[1].2.as_deref()),
        ("إنها في حاجة إليها للدفاع عن نفسها", Some("بيونغيانغ"))
    );
    // (Not the short subject of the clause, whose predicate comes after.)
    let r =
        q("وألمح كوبن إلى أن المافيا الروسية، التي قال إنه سمح لها بالعمل في بريطانيا، قد تكون وراء الهجوم.");
    assert!(r[0].1.ends_with("قد تكون وراء الهجوم"), "{r:?}");
}

#[test]
fn where_with_no_comma_and_a_saying_of_its_own_ends_the_clause() {
    let r = q(
        "وقال المصدر إن صاحب المحل اعترف بأنه تحصل على الكمية عن طريق وسيط حيث اعترف الوسيط بدوره بأن سائقا هو المسؤول.",
    );
    assert_eq!(r.len(), 2, "{r:?}");
    assert!(r[0].1.ends_with("عن طريق وسيط"), "{r:?}");
    assert_eq!(r[1].1, "سائقا هو المسؤول");
}

#[test]
fn by_his_doing_is_no_subject() {
    // «وباستنطاقه» (upon his questioning) opens the sentence; the verb has no subject.
    let r = q("وقال المصدر إن الشرطة أوقفت صاحب المحل. وباستنطاقه اعترف بأنه تحصل على الكمية عن طريق وسيط.");
    assert!(r.iter().all(|x| x.2.as_deref() != Some("وباستنطاقه")), "{r:?}");
    // (A name in «ـيه» is still a name: «بارنييه».)
    let r = q("وقال بارنييه إن الوقت بدأ ينفد.");
    assert_eq!(r[0].2.as_deref(), Some("بارنييه"), "{r:?}");
}

#[test]
fn a_quoted_sub_heading_is_no_ones_words_here() {
    let r = q("\"صون التراث يتطلب مبالغ هائلة\"\nوالهدف من هذه المبادرة حشد المواطنين.");
    assert!(r.is_empty(), "{r:?}");
    // (A full sentence on its line is still a quote.)
    let r =
        q("\"صون التراث يتطلب مبالغ هائلة من الدولة والمواطنين.\"\nوالهدف من هذه المبادرة حشد المواطنين.");
    assert_eq!(r.len(), 1, "{r:?}");
}

#[test]
fn someone_elses_view_of_what_was_said_is_the_narrators() {
    let r = q("قال أردوغان إن العملية ستستمر شرقا حتى حدود العراق، الأمر الذي اعتبره كثيرون محاولات تركية.");
    assert_eq!(r[0].1, "العملية ستستمر شرقا حتى حدود العراق", "{r:?}");
    let r = q("وقال مصدر إن الصحفي قتل داخل القنصلية، وهو الأمر الذي تنفيه السلطات السعودية.");
    assert_eq!(r[0].1, "الصحفي قتل داخل القنصلية", "{r:?}");
    // A consequence the speaker draws stays.
    let r = q("ويتوقع الخبراء أن يواصل الريال تدهوره، الأمر الذي سيؤدي إلى رفع الأسعار.");
    assert!(r[0].1.ends_with("رفع الأسعار"), "{r:?}");
}

#[test]
fn a_statement_with_its_speaker_after_a_preposition() {
    let r =
        q("وذلك بعد أيام من تصريح الرئيس رجب طيب أردوغان بأن أمن بلاده يتطلب السيطرة على مساحات من العراق.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].2.as_deref(), Some("رجب طيب أردوغان"));
    // (Not a statement to an outlet: «في تصريح لجوهرة أف أم أن…» names no speaker.)
    let r = q("وقال الوزير في تصريح لجوهرة أف أم إن الوضع صعب.");
    assert_eq!(r[0].2.as_deref(), Some("الوزير"), "{r:?}");
}

#[test]
fn van_after_a_verb_of_saying_is_a_name() {
    let r = q("وقال فان غال خلال مقابلة له : \"أعتقد أن الوقت قد حان للاعتزال، لقد أردت التقاعد\".");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].2.as_deref(), Some("فان غال"));
    // «فإن» (written «فان») opening the clause after its source stays a complementizer.
    let r = q("وبحسب البيان فان الوزير سيستقيل قريبا من منصبه.");
    assert_eq!(r[0].1, "الوزير سيستقيل قريبا من منصبه", "{r:?}");
}

#[test]
fn a_name_given_in_apposition_is_no_claim() {
    // «، ويدعى إسماعيل،» (who is called Ismail) is no «يدّعي» (claims) framing what follows.
    let r = q("وقال والد أغدم، ويدعى إسماعيل، لوسائل الإعلام الأمريكية إنها كانت غاضبة من يوتيوب.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].1, "إنها كانت غاضبة من يوتيوب");
    assert_eq!(r[0].2.as_deref(), Some("والد أغدم"));
    let r = q("وقال الرجل الذي يدعى \"مات جونز\" لوسائل الإعلام إنه وضع الهاتف على مقعد السيارة.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].1, "إنه وضع الهاتف على مقعد السيارة");
    // A claim after a comma, with its clause, still frames it.
    let r = q("ويمارس الرئيس ضغوطا على البنك، ويدعي أن المعدلات الأعلى تؤدي إلى ارتفاع التضخم.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].1, "المعدلات الأعلى تؤدي إلى ارتفاع التضخم");
}

#[test]
fn but_opens_a_clause_with_its_own_subject() {
    let r = q(
        "كشفت الشرطة القليل من التفاصيل عن المشتبه بها ولكن وسائل إعلام أمريكية قالت إنها كانت مسؤولة عن قنوات.",
    );
    assert_eq!(r[0].2.as_deref(), Some("وسائل إعلام أمريكية"), "{r:?}");
    let r = q("وتدرب اللاعبان مع الفريق يوم الأربعاء لكن المدرب قال إن صانع اللعب عانى من وعكة صحية.");
    assert_eq!(r[0].2.as_deref(), Some("المدرب"), "{r:?}");
}

#[test]
fn where_it_is_expected_goes_on() {
    // «، حيث يتوقع أن…» (where it is expected that): impersonal, the same statement.
    let r =
        q("وقالت هيئة الأرصاد إن العاصفة رفعت خطر وقوع حوادث، حيث يتوقع أن تصل سرعة الرياح إلى 80 كيلومترا.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert!(r[0].1.ends_with("إلى 80 كيلومترا"), "{r:?}");
}

#[test]
fn a_document_with_bi_attached_is_its_senders_means() {
    // «ببيان نعي جاء فيه…»: the statement is the means of whoever attached it.
    let r = q(
        "وقالت الوكالة الدعائية إن الفتى قتل في المعارك. وقد أرفقتها ببيان نعي جاء فيه إن نجل الخليفة قتل في حمص.",
    );
    assert_eq!(r.len(), 2, "{r:?}");
    assert_eq!(r[1].2.as_deref(), Some("الوكالة الدعائية"));
    let r = q("وطمأن الاتحاد السعودي برسالة على حسابه في تويتر جاء فيها: \"نطمئن الجميع على سلامة البعثة\".");
    assert_eq!(r[0].2.as_deref(), Some("الاتحاد السعودي"), "{r:?}");
}

#[test]
fn had_announced_after_a_comma_is_another_statement() {
    // «، وكان الموقع قد أعلن… أنه…»: the narrator recalls an earlier statement.
    let r = q(
        "وقال الموقع إنه سيواصل منح العلامة على أساس مخصص، وكان الموقع قد أعلن في نوفمبر أنه سيوقف العملية.",
    );
    assert_eq!(r[0].1, "إنه سيواصل منح العلامة على أساس مخصص", "{r:?}");
    assert_eq!(r[1].1, "أنه سيوقف العملية");
}

#[test]
fn the_same_source_inside_its_sentence_vouches_for_all_of_it() {
    // «وفق نفس المتحدث» with no comma, inside the sentence: the whole sentence is his.
    let r = q(
        "وقال مدير المهرجان محمد علي إن الدورة ستكون متميزة. وسيتسنى لجمهور المهرجان وفق نفس المتحدث الاستمتاع بعروض في فن الرقص.",
    );
    assert_eq!(r.len(), 2, "{r:?}");
    assert!(r[1].1.starts_with("وسيتسنى لجمهور المهرجان") && r[1].1.ends_with("في فن الرقص"), "{r:?}");
    assert_eq!(r[1].2.as_deref(), Some("محمد علي"));
    // (A source named anew keeps its own name.)
    let r = q("وتراجعت الأسعار في الأسواق المحلية بشكل كبير، وفق تقرير الوزارة.");
    assert_eq!(r[0].2.as_deref(), Some("الوزارة"), "{r:?}");
}

#[test]
fn an_age_is_no_telling() {
    // «ويبلغ من العمر 29 عاما»: «يبلغ» gives an age; the clause goes on.
    let r = q("وقال مسؤول إنه يدعى ريتشارد راسل، ويبلغ من العمر 29 عاماً، ويعمل في المطار منذ ثلاث سنوات.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert!(r[0].1.ends_with("منذ ثلاث سنوات"), "{r:?}");
    let r = q("وأضافت فتاة أخرى تبلغ من العمر 17 عاما: \"أصبح الأمر عاديا\".");
    assert_eq!(r[0].2.as_deref(), Some("فتاة أخرى"), "{r:?}");
}

#[test]
fn an_adjunct_between_two_quoted_parts_keeps_the_clause() {
    let r = q(
        "لكن البنك قال إن \"تحقيقا فنيا مستقلا\"، من جانب شركة كي بي إم جي للمحاسبة، \"توصل إلى أن الأشرطة أتلفت\".",
    );
    assert!(r[0].1.starts_with("تحقيقا فنيا مستقلا") && r[0].1.ends_with("الأشرطة أتلفت"), "{r:?}");
}

#[test]
fn a_quoted_channel_name_before_the_colon_is_where_it_was_said() {
    // «في مقابلة مع شبكة "أر سي وان" الإذاعية:»: the name is no quote, and its «وان»
    // is no «وأن».
    let r = q(
        "وقال بارتوميو في مقابلة مع شبكة \"أر سي وان\" الإذاعية: لا نتحدث عن لاعبين ينتمون لفرق أخرى، نحن نحلل الموقف.",
    );
    assert_eq!(r.len(), 1, "{r:?}");
    assert!(r[0].1.starts_with("لا نتحدث"), "{r:?}");
    assert_eq!(r[0].2.as_deref(), Some("بارتوميو"));
}

#[test]
fn words_in_marks_right_after_a_source_are_its_direct_quote() {
    let r = q("وبحسب صحيفة هآرتس \"لم تحدد بورتمان أي أحداث تسببت في إزعاجها ورفض مشاركتها\".");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].0, QuoteKind::Direct);
    assert_eq!(r[0].1, "لم تحدد بورتمان أي أحداث تسببت في إزعاجها ورفض مشاركتها");
    assert_eq!(r[0].2.as_deref(), Some("صحيفة هآرتس"));
}

#[test]
fn at_a_time_when_after_a_comma_is_the_narrators_setting() {
    let r = q(
        "أعلنت وزارة التجارة الصينية أنها تعتزم إرسال مسؤول كبير إلى الولايات المتحدة، في وقت تشهد العلاقات بين البلدين توترا متصاعدا.",
    );
    assert_eq!(r[0].1, "أنها تعتزم إرسال مسؤول كبير إلى الولايات المتحدة", "{r:?}");
    // («في وقت قريب» is part of what was said.)
    let r = q("وقال الوزير إن الحكومة ستعلن القرار، في وقت قريب جدا.");
    assert!(r[0].1.ends_with("قريب جدا"), "{r:?}");
}

#[test]
fn a_view_with_a_nominal_object_stays_in_the_clause() {
    // «، يعتبر أمرا خطيرا» (is considered): no statement of its own.
    let r = q("وقال كيري إن انسحاب الرئيس الأمريكي، دونالد ترامب، يعتبر أمرا خطيرا.");
    assert!(r[0].1.ends_with("يعتبر أمرا خطيرا"), "{r:?}");
    // (With its own clause it still opens a statement.)
    let r = q("وقال الوزير إن الاتفاق سيوقع قريبا، واعتبر المعارضون أن الخطوة متسرعة.");
    assert_eq!(r[0].1, "الاتفاق سيوقع قريبا", "{r:?}");
}

#[test]
fn a_testimony_given_is_no_speaker() {
    let r = q(
        "وقالت مصادر مطلعة إن ممثلة تقدمت بشكوى. وقد أدلت بإفادة بعد ذلك أكدت فيها إنها تعرف المخرج منذ سنتين.",
    );
    assert_eq!(r.len(), 2, "{r:?}");
    assert_ne!(r[1].2.as_deref(), Some("بإفادة"), "{r:?}");
}

#[test]
fn media_and_a_but_before_the_attribution() {
    let r = q("وبحسب وسائل إعلام إسبانية فإن الصفقة التي تبلغ مدتها أربع سنوات ستكلف مئة مليون.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].2.as_deref(), Some("وسائل إعلام إسبانية"));
    let r = q("ولكن وفقا للخبراء فإن إحدى محددات الذكاء إنجاز الدروس الجامعية.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].2.as_deref(), Some("الخبراء"));
}

#[test]
fn stances_past_an_apposition_with_a_seated_hamza_or_in_construct() {
    let r = q("عبر الرئيس الأمريكي، دونالد ترامب، عن تأييده للحروب التجارية.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].2.as_deref(), Some("دونالد ترامب"));
    let r = q("وعبر الاتحاد عن استيائه الشديد من القرار.");
    assert_eq!(r[0].1, "استيائه الشديد من القرار", "{r:?}");
    let r = q("وعبر الخميري عن خيبة أمله لإلغاء المهرجان هذا العام.");
    assert_eq!(r.len(), 1, "{r:?}");
}
#[test]
fn again_or_also_between_the_verb_and_its_subject() {
    let r = q("وأكد مجددا وزير الخارجية سامح شكري أن الاتفاق قائم.");
    assert_eq!(r[0].2.as_deref(), Some("سامح شكري"), "{r:?}");
    // The subject of a verb with a nominal object after «again», for the verb after it.
    let r =
        q("نفى مجددا الرئيس الروسي فلاديمير بوتين الاثنين اتهامات بريطانيا. واعتبر أن لندن لم تقدم أي دليل.");
    assert_eq!(r[0].2.as_deref(), Some("فلاديمير بوتين"), "{r:?}");
    // Not a verb whose object comes first, nor «بـ» + a verbal noun after «أيضا».
    let r = q("ودعا أيضا حكومة بغداد إلى التحرك ضد القواعد، مهددا بأنه سيتحرك إن لم تفعل.");
    assert_ne!(r.first().and_then(|x| x.2.as_deref()), Some("حكومة بغداد"), "{r:?}");
    let r = q("وطالبت المنظمة أيضا باعتقال الوزير، مضيفة أنه كان عضوا في اللجنة.");
    assert_eq!(r[0].2.as_deref(), Some("المنظمة"), "{r:?}");
}

#[test]
fn the_title_of_a_work_is_no_quote() {
    let r = q(
        "ويرى البروفيسور جون هورن مؤلف كتاب \"كرة القدم تتجه إلى الشرق\" أن الخطوة اليابانية لم تأت بنتائج.",
    );
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].1, "الخطوة اليابانية لم تأت بنتائج");
    assert!(
        q("وقال ماكين في كتابه \"موجة لا تهدأ\" إن الرئيس يمدح الطغاة.").iter().all(|x| x.1 != "موجة لا تهدأ")
    );
    // After the article or a possessive, a longer span is the words themselves.
    let r = q("وكتبت نيومان في كتابها \"تدهوره العقلي لا يمكن إنكاره\".");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].1, "تدهوره العقلي لا يمكن إنكاره");
}

#[test]
fn a_two_word_quote_after_an_apposition_and_its_comma() {
    let r = q("وقال ياسوهيرو ياماشيتا، رئيس البعثة اليابانية، \"أشعر بالعار\".");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!((r[0].0, r[0].1.as_str()), (QuoteKind::Direct, "أشعر بالعار"));
}

#[test]
fn a_description_as_a_clause_is_a_statement() {
    let r = q("ووصف الكوني ليبيا بأنها سيئة الحظ على مر التاريخ.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(
        (r[0].0, r[0].1.as_str(), r[0].2.as_deref()),
        (QuoteKind::Indirect, "أنها سيئة الحظ على مر التاريخ", Some("الكوني"))
    );
    // In the speaker's words, the quoted words only.
    let r = q("ووصف الوزير الانفجار بأنه \"عمل إرهابي\".");
    assert_eq!((r[0].0, r[0].1.as_str()), (QuoteKind::Direct, "عمل إرهابي"), "{r:?}");
    // Not with no object between (a passive as often), nor with «بـ» + a noun.
    assert!(q("ووصفت بأنها مصيرية للفريقين.").is_empty());
    assert!(q("ووصفه الوزير بالخطير.").is_empty());
}

#[test]
fn highlighted_after_kama_and_a_comma() {
    let r = q("كما أبرز الوزير، أن الحكومة تقدمت بمشروع مستعجل.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!((r[0].1.as_str(), r[0].2.as_deref()), ("الحكومة تقدمت بمشروع مستعجل", Some("الوزير")));
}

#[test]
fn whatever_noun_follows_expressed_about_is_the_stance() {
    let r = q("وأعرب القطي عن ثقة الشعب التونسي بانتصار سوريا.");
    assert_eq!(
        (r[0].1.as_str(), r[0].2.as_deref()),
        ("ثقة الشعب التونسي بانتصار سوريا", Some("القطي")),
        "{r:?}"
    );
    // Past a quoted name and a longer stretch before «عن».
    let r = q("وبعد صدور الحكم الخميس، أعرب محامي \"سامسونغ\" جون كين عن نية موكله الطعن فيه.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].1, "نية موكله الطعن فيه");
    // Not «عبر» (also "via"): its stance must be one.
    assert!(q("وعبر موقعه الرسمي عن نقل المباراة إلى ملعب آخر.").is_empty());
}

#[test]
fn replying_justifying_pleading_accusing_with_that() {
    let r = q("فرد بوتين بأن القضاء الروسي مستقل.");
    assert_eq!((r[0].1.as_str(), r[0].2.as_deref()), ("القضاء الروسي مستقل", Some("بوتين")), "{r:?}");
    let r = q("وبررت الصحفية ما أثير حول اختلاق الحوار بأنه لا يتعدى تحفظا من قبل الممثلة.");
    assert_eq!(
        (r[0].1.as_str(), r[0].2.as_deref()),
        ("أنه لا يتعدى تحفظا من قبل الممثلة", Some("الصحفية")),
        "{r:?}"
    );
    assert_eq!(q("لكن المدير رفض النظر في القضية متعللا بأنه مشغول.")[0].1, "أنه مشغول");
    // An adverb after the verb is no subject.
    let r = q("ورد بغضب بأن الاتهامات كاذبة.");
    assert_ne!(r[0].2.as_deref(), Some("بغضب"), "{r:?}");
    // «رد» without «بأن» frames nothing («رد الأموال», returned).
    assert!(q("ورد المتهم الأموال إلى أصحابها.").is_empty());
}

#[test]
fn figures_named_before_show_that() {
    let r =
        q("وحصلت الشبكة على بيانات رسمية حول هذه الفترة، أظهرت أن 40 بالمئة من الاعتداءات وقعت في منطقتين.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].1, "40 بالمئة من الاعتداءات وقعت في منطقتين");
    // «يظهر أن» alone (it appears) reports nothing.
    assert!(q("ويظهر أن الأمور تسير على ما يرام.").is_empty());
}

#[test]
fn whereas_opening_a_sentence_is_no_subject() {
    let r = q("وأكد الوزير أن تكلفة المشروع كبيرة. وفيما نوه بأن العمل جار، أكد أن المشروع سينجز.");
    assert!(r.iter().all(|x| x.2.as_deref() == Some("الوزير")), "{r:?}");
}

#[test]
fn the_only_phrase_after_describing_before_as_is_its_object() {
    let r = q("وقال ترامب إن الاجتماع ألغي. ووصف الاجتماع بأنه \"فرصة ضائعة\".");
    assert_eq!(r.len(), 2, "{r:?}");
    assert_eq!((r[1].1.as_str(), r[1].2.as_deref()), ("فرصة ضائعة", Some("ترامب")), "{r:?}");
    // A role or a body there is the subject.
    let r = q("ووصف الرئيس الأمريكي الاجتماع بأنه \"فرصة ضائعة\".");
    assert_eq!(r[0].2.as_deref(), Some("الرئيس الأمريكي"), "{r:?}");
}

#[test]
fn a_place_after_the_role_then_a_title_and_the_name() {
    let r = q("وقال السفير السعودي بواشنطن الأمير خالد بن سلمان إن الأمر خطير.");
    assert_eq!(r[0].2.as_deref(), Some("خالد بن سلمان"), "{r:?}");
}

#[test]
fn a_preposition_glued_to_a_known_word_is_no_name() {
    // «بالمقابل» (in return) is no speaker.
    let r = q("وقال الوزير إن الوضع صعب. بالمقابل قال إن الحل قريب.");
    assert!(r.iter().all(|x| x.2.as_deref() != Some("بالمقابل")), "{r:?}");
    // A document keeps its words without the preposition.
    let r = q("ومن المتوقع أن يجري هذا الاجتماع في خلال الأسبوع القادم، وفقاً لما ذكر بالتغريدة.");
    assert_eq!(r[0].2.as_deref(), Some("التغريدة"), "{r:?}");
    // The manner of saying is no subject either, in the feminine too.
    let r = q("وقالت الوزيرة جولي غينتر إن الطفل بخير. وقالت مازحة إن الرحلة كانت سلسة.");
    assert!(r.iter().all(|x| x.2.as_deref() != Some("مازحة")), "{r:?}");
}

#[test]
fn figures_of_a_period_show_that() {
    let r = q(
        "وأظهرت أرقام رسمية عن الشهور الثمانية الأولى من 2017 أن نحو 93 في المئة من الحوادث ترتبط باليمين المتطرف.",
    );
    assert_eq!(r.len(), 1, "{r:?}");
    assert!(r[0].1.starts_with("نحو 93 في المئة"), "{r:?}");
}

#[test]
fn what_the_speaker_did_ends_the_reported_clause() {
    // A participle of the speaker's doing after a comma: the narrator's, not the words.
    let r = q("وقال الوزير إن الأسعار سترتفع خلال الصيف، ملقيا باللوم على الحكومة السابقة.");
    assert_eq!(r[0].1, "الأسعار سترتفع خلال الصيف", "{r:?}");
    let r = q("وأكد المدير أن المشروع سينطلق في الربيع، مجددا التمسك بالحوار مع النقابات.");
    assert_eq!(r[0].1, "المشروع سينطلق في الربيع", "{r:?}");
    // «مجددا» before anything but a definite noun is the adverb "again", still reported.
    let r = q("وأكد المدير أن المشروع سينطلق في الربيع، مجددا بعد توقف دام عامين.");
    assert_eq!(r[0].1, "المشروع سينطلق في الربيع، مجددا بعد توقف دام عامين", "{r:?}");
    // A participle of saying with its object («متهمة الحركة بـ…») ends it too.
    let r = q("وقالت الوزارة إن الهجوم خلف عشرة قتلى، متهمة الحركة بالوقوف وراءه.");
    assert_eq!(r[0].1, "الهجوم خلف عشرة قتلى", "{r:?}");
}

#[test]
fn a_coordinated_verb_skips_a_name_after_a_preposition() {
    // The clause now ends before «ملقيا باللوم على روسيا»; «وقال» is still Mattis's.
    let r = q("وكان ماتيس أكد أنه لا يستبعد أي شيء بشأن سوريا، ملقيا باللوم على روسيا لأنها لم تف \
               بالتزاماتها، وقال إنه سيتعامل مع هذه القضية بالتعاون مع الحلفاء.");
    assert_eq!(r.len(), 2, "{r:?}");
    assert_eq!(r[1].2.as_deref(), Some("ماتيس"), "{r:?}");
}

#[test]
fn an_outlet_or_an_event_named_in_quote_marks_is_no_quote() {
    // The outlet a correspondent works for («لمراسل "…"», «لشبكة "…"»): the words
    // said are the quote after it.
    let r = q("وقال الوزير في تصريح لمراسل \"الجوهرة أف أم\" إن الأسعار لن ترتفع.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].1, "الأسعار لن ترتفع", "{r:?}");
    let r = q("وقال عون لشبكة \"تي في 5 موند\" الفرنكوفونية \"إنه تقارب بالطبع مع السعودية\".");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].1, "إنه تقارب بالطبع مع السعودية", "{r:?}");
    // An event's name after «ندوة… حول», «منتدى», «على هامش».
    let r = q("وأضافت في تصريح على هامش ندوة انعقدت أمس حول \"التحولات الإقليمية والدولية\"، أن \
               الوقت حان لتطهير الساحة السياسية.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].1, "الوقت حان لتطهير الساحة السياسية", "{r:?}");
    let r = q("ودعا الحامدي على هامش \"منتدى سيدي بوزيد للحوار\" إلى مراجعة القانون.");
    assert!(r.is_empty(), "{r:?}");
    // (Not a statement after «مؤتمر»: a clause with «أن» or a long span is words said.)
    let r = q("وقال القائد في تصريح صحفي خلال مؤتمر \"نعتقد أنهم عناصر من جماعات إرهابية\".");
    assert_eq!(r.len(), 1, "{r:?}");
    // («بدوره» is "in turn", no event.)
    let r = q("وعلق ريو فيرديناند بدوره \"لا تجربوا هذه الحركة في البيت يا أطفال\".");
    assert_eq!(r.len(), 1, "{r:?}");
}

#[test]
fn no_subject_from_a_preposition_or_a_question_word() {
    // «كما طالب بإنشاء…»: no subject; «وأضاف» is still the envoy's.
    let r = q("وقال دي ميستورا إنها ستكون عاصفة هوجاء. كما طالب بإنشاء ممرات إنسانية آمنة تساعد على \
               إجلاء المدنيين. وأضاف أنه من الضروري أن يهزم الجهاديون.");
    assert_eq!(r.len(), 2, "{r:?}");
    assert_eq!(r[1].2.as_deref(), Some("دي ميستورا"), "{r:?}");
    // «أوضح لماذا أن…»: the question word is no speaker.
    let r = q("وكان ماسك يتحدث في حفل خاص، عندما أوضح لماذا أن السيارات الطائرة ستصبح مشكلة.");
    assert_ne!(r.first().and_then(|x| x.2.as_deref()), Some("لماذا"), "{r:?}");
}

#[test]
fn the_speakers_next_act_ends_the_reported_clause() {
    // «و» + a past verb of saying, no subject of its own: the speaker's next act.
    let r = q("وقالت الوزارة إن هذه الخطوة تهديد للعالم بأسره وحذرت من عمل عقابي إذا تكررت.");
    assert_eq!(r[0].1, "هذه الخطوة تهديد للعالم بأسره", "{r:?}");
    // (Not an object-first verb before its object: «وحذر كوريا الشمالية من…» goes on,
    // and the participle after it is still the president's.)
    let r = q("وأوضح ترامب أنه تحدث مع وزير الدفاع وحذر كوريا الشمالية من أي عمل أحمق، قائلا: \
               \"جيشنا هو الأقوى في العالم\".");
    assert_eq!(r.len(), 2, "{r:?}");
    assert_eq!(r[1].2.as_deref(), Some("ترامب"), "{r:?}");
    // (Nor «وقال له…»: told to someone, as often by the person the words are about.)
    let r = q("وأفاد بينالا بأن المدير كان على علم بهذه المشاركة وقال له إنها تجربة جيدة.");
    assert!(r[0].1.contains("وقال له"), "{r:?}");
}

#[test]
fn a_one_word_name_said_who_it_is_opens_the_sentence() {
    let r = q("وقال كثيرون إن الوضع صعب. خلود، وهي لاجئة من ريف دمشق، لخصت مشاعرها قائلة: \
               \"إذا أزيح الأسد عن السلطة سنصنع الخبز بأيدينا\".");
    assert_eq!(r.len(), 2, "{r:?}");
    assert_eq!(r[1].2.as_deref(), Some("خلود"), "{r:?}");
    // (A verb opening the sentence is no name: «وروت ماجدة برنوسي، وهي…».)
    let r = q("وروت ماجدة برنوسي، وهي إحدى الضحايا، أنها تعرضت للتهديد.");
    assert_ne!(r.first().and_then(|x| x.2.as_deref()), Some("وروت ماجدة برنوسي"), "{r:?}");
    // «موجهة» after a verb is how it was said, no subject.
    let r = q("وقالت الناشطة إن الأغنية رد على الرئيس. وأضافت موجهة رسالة إليه: \"لا تكن أحمق\".");
    assert_ne!(r.last().and_then(|x| x.2.as_deref()), Some("موجهة رسالة"), "{r:?}");
}

#[test]
fn the_narrators_inference_is_no_quote() {
    // «ما يشير إلى أن», «مما يعني أن»: what the narrator draws from the facts.
    let r = q("وبقيت أسعار النفط ثابتة يوم الإثنين، ما يشير إلى أن الأسواق رفضت المخاطر في الوقت الراهن.");
    assert!(r.is_empty(), "{r:?}");
    let r = q("وارتفع سعر الأجهزة، مما يعني أن رقم أعمال الهواتف الذكية زاد بنسبة كبيرة.");
    assert!(r.is_empty(), "{r:?}");
    // (Not an attribution of what came before: «بحسب ما أكد الوزير أن…» is still his.)
    let r = q("وقال الوزير إن الأسعار سترتفع، وهو ما أكده المدير أيضا.");
    assert_eq!(r.len(), 1, "{r:?}");
}

#[test]
fn more_stances_after_an() {
    let r = q("وأجهش كاريوس بالبكاء بعد نهاية المباراة، وعبر عن اعتذاره للجمهور.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].1, "اعتذاره للجمهور", "{r:?}");
    // How strong the stance is, before it: «عن "بالغ سروره"».
    let r = q("وعبر البنك العربي عن \"بالغ سروره وعميق ارتياحه\" لقرار المحكمة العليا.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].2.as_deref(), Some("البنك العربي"), "{r:?}");
}

#[test]
fn a_force_or_service_vouches_for_its_sentence() {
    let r = q("وتحطمت طائرة عسكرية في ولاية جورجيا صباح الأربعاء، وفق الحرس الوطني.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].2.as_deref(), Some("الحرس الوطني"), "{r:?}");
    let r = q("وشارك في الاحتجاجات الأولى 1200 شخص في ليون، بحسب الشرطة.");
    assert_eq!(r[0].2.as_deref(), Some("الشرطة"), "{r:?}");
}

#[test]
fn a_genitive_with_lam_names_the_roles_body_before_the_person() {
    // «لـ» + a common noun in construct after a role: what the role belongs to; the
    // person is named after it.
    let r = q("وقال مدير المرصد السوري لحقوق الإنسان رامي عبد الرحمن إن بعض السكان توجهوا لمناطق الحكومة.");
    assert_eq!(r[0].2.as_deref(), Some("رامي عبد الرحمن"), "{r:?}");
    let r = q("وقال الناطق الرسمي للرابطة الوطنية لكرة القدم هشام المناعي إنه سيقع درس الملف.");
    assert_eq!(r[0].2.as_deref(), Some("هشام المناعي"), "{r:?}");
    // An indefinite genitive: the last name words («زين الدين» one given name).
    let r = q("كما أكد المدير الإداري لقوافل قفصة معز السليماني أنه وقع الإعتداء على اللاعبين.");
    assert_eq!(r[0].2.as_deref(), Some("معز السليماني"), "{r:?}");
    let r = q("وقال المدير الفني لريال مدريد زين الدين زيدان إن الفريق جاهز للمباراة.");
    assert_eq!(r[0].2.as_deref(), Some("زين الدين زيدان"), "{r:?}");
    // (A given name opening with «ل», which the corpus never shows with «الـ», stays.)
    let r = q("وقالت وزيرة المالية لمياء الزريبي إن الميزانية متوازنة.");
    assert_eq!(r[0].2.as_deref(), Some("لمياء الزريبي"), "{r:?}");
    // The role may end there: no name, or the name set off by commas.
    let r = q("أكد رئيس الجامعة التونسية لكرة القدم أنه تقرر تسليم اللقب يوم الخميس.");
    assert_eq!(r[0].2.as_deref(), Some("رئيس الجامعة التونسية لكرة القدم"), "{r:?}");
    let r = q("قال المفوض السامي للأمم المتحدة لحقوق الإنسان، زيد بن رعد الحسين، إن الحصار غير قانوني.");
    assert!(r[0].2.as_deref().is_some_and(|s| s.starts_with("زيد بن رعد")), "{r:?}");
    // Or a title opens the name after it; the body named alike later keeps its name.
    let r = q("قال مفوض الأمم المتحدة السامي لحقوق الإنسان الأمير زيد بن رعد إن المدنيين يتعرضون لحصار. \
               وأفاد المرصد السوري لحقوق الإنسان أن عدد النازحين تجاوز 120 ألفا.");
    assert_eq!(r[0].2.as_deref(), Some("زيد بن رعد"), "{r:?}");
    assert_eq!(r[1].2.as_deref(), Some("المرصد السوري لحقوق الإنسان"), "{r:?}");
    // (Nor one more genitive after «و»: «لمنطقة المغرب العربي ومالطا، …».)
    let r = q("وقالت مديرة البنك الدولي لمنطقة المغرب العربي ومالطا، ماري نيلي، إن المشاريع ستتواصل.");
    assert_ne!(r[0].2.as_deref(), Some("ومالطا"), "{r:?}");
}

#[test]
fn lam_and_one_common_noun_is_whom_the_speaker_told() {
    let r = q("وقالت النجمة إليسا إن المنافسة قوية. ثم قالت لمتسابق \"على قد ما مبسوطة بوجودك\".");
    assert_eq!(r.len(), 2, "{r:?}");
    assert_ne!(r[1].2.as_deref(), Some("لمتسابق"), "{r:?}");
    // (A name the article gives whole elsewhere is a name: «زياد لخضر» … «قال لخضر إن».)
    let r = q("وانتقد زياد لخضر الحكومة. وقال لخضر إن الصراع يكشف عمق الأزمة.");
    assert!(r.last().and_then(|x| x.2.as_deref()).is_some_and(|s| s.ends_with("لخضر")), "{r:?}");
}

#[test]
fn a_call_or_an_accusation_quoting_two_words_of_its_object() {
    let r = q("وقال الوزير إن الأزمة مستمرة، ودعا إلى \"حل جذري\".");
    assert_eq!(r.len(), 2, "{r:?}");
    assert_eq!(r[1].1, "حل جذري", "{r:?}");
    let r = q("واتهمت لجنة الشؤون الخارجية الحكومة بـ\"التغاضي عن الأموال\"، وهو ما قد يضرها.");
    assert_eq!(r[0].1, "التغاضي عن الأموال", "{r:?}");
    // (One word after the preposition is a qualifier, not words said: «دعا إلى "التهدئة"».)
    let r = q("وقال الوزير إن الأزمة مستمرة، ودعا إلى \"التهدئة\".");
    assert_eq!(r.len(), 1, "{r:?}");
}

#[test]
fn a_derived_participle_after_a_comma_ends_the_reported_clause() {
    // «، متوجها…», «، متأثرا…»: the speaker's doing or the narrator's cause, by the
    // shape of a form V–X participle.
    let r = q("وأظهرت بيانات أن التضخم في تركيا قفز إلى 11 في المائة، متأثرا بهبوط الليرة مقابل الدولار.");
    assert_eq!(r[0].1, "التضخم في تركيا قفز إلى 11 في المائة", "{r:?}");
    // (Five letters may be a noun of place or amount: «، مبلغا قدره…» goes on.)
    let r = q("وأعلن جولياني أن ترامب سدد لمحاميه، على دفعات، مبلغا قدره 130 ألف دولار.");
    assert!(r[0].1.ends_with("130 ألف دولار"), "{r:?}");
}

#[test]
fn a_verb_of_saying_before_the_words_it_quotes_ends_the_clause() {
    let r = q("وقالت بركن إنها شعرت بـ \"الإطراء الشديد\" وأجابت \"نعم نعم نعم\".");
    assert_eq!(r.len(), 2, "{r:?}");
    assert_eq!(r[1].1, "نعم نعم نعم", "{r:?}");
}

#[test]
fn a_verbal_noun_heading_the_object_is_no_speaker() {
    // «وأكد ضرورة…», «مؤكدا وجود…»: the verb's object, no name after the role.
    let r = q("وأكد رئيس المجلس ضرورة المحاسبة، قائلا إن المسؤولين يحصلون على حصص غير قانونية.");
    assert!(r.iter().all(|x| !x.2.as_deref().is_some_and(|s| s.starts_with("ضرورة"))), "{r:?}");
}

#[test]
fn a_speech_delivered_speaks_for_whoever_delivered_it() {
    let r = q("وفي يونيو الماضي، ألقت سويفت خطابا في شيكاغو أعربت فيه عن الحب والاحترام للمثليين. \
               وقالت \"أؤمن بالنضال من أجل حقوق المثليين\".");
    assert_eq!(r.last().and_then(|x| x.2.as_deref()), Some("سويفت"), "{r:?}");
}

#[test]
fn how_it_was_said_and_a_fronted_topic_are_no_speakers() {
    let r = q("وقالت منوبية إن العمل شاق. وتقول بفخر واعتزاز: \"السياح يعثرون علي بسهولة\".");
    assert_eq!(r.len(), 2, "{r:?}");
    assert_eq!(r[1].2.as_deref(), Some("منوبية"), "{r:?}");
    let r = q("وقالت نسرين إن الحياة صعبة. وعن أيام الدراسة تضيف: \"كانت أعوام صعبة\".");
    assert_eq!(r[1].2.as_deref(), Some("نسرين"), "{r:?}");
}

#[test]
fn a_stance_shown_in_the_present() {
    let r = q("ويبدي الخيام أسفه لكون السلطات المغربية لم تتوصل الى أية معلومات حوله.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].2.as_deref(), Some("الخيام"), "{r:?}");
}

#[test]
fn the_one_asked_answers() {
    let r = q("وقالت تيريزا ماي إن الرد سيكون متناسبا. وسئل المسؤول البريطاني عما إذا كانت ماي تساند \
               خطة الاتحاد الأوروبي، فقال إن الإجراءات لم توضع بعد في شكلها النهائي.");
    assert_eq!(r.len(), 2, "{r:?}");
    assert_eq!(r[1].2.as_deref(), Some("المسؤول البريطاني"), "{r:?}");
}

#[test]
fn a_time_adverb_with_its_pronoun_is_no_subject() {
    let r = q("وقالت إسرائيل إنها شنت غارات على سوريا. وأعلنت بعدها أن الضربات استهدفت البنية الإيرانية.");
    assert_eq!(r.len(), 2, "{r:?}");
    assert_eq!(r[1].2.as_deref(), Some("إسرائيل"), "{r:?}");
}

#[test]
fn where_a_role_serves_and_what_it_is_for_stay_in_the_role() {
    // «لـ» + a noun mostly seen in construct, then the name after a comma.
    assert_eq!(
        first_speaker("قال رئيس الهيئة الوطنية لمكافحة الفساد، شوقي الطبيب إن الفساد تراجع."),
        "شوقي الطبيب"
    );
    // «بـ» or «في» + a place.
    assert_eq!(first_speaker("وقال المندوب الجهوي للسياحة بسوسة فؤاد الواد إن الموسم أفضل."), "فؤاد الواد");
    assert_eq!(
        first_speaker("وقال الناطق باسم وزارة الصحة بغزة الدكتور أشرف القدرة إن العدد ارتفع."),
        "أشرف القدرة"
    );
    assert_eq!(
        first_speaker("قال السفير التركي بتونس عمر فاروق دوغان، اليوم الثلاثاء، إنه لا خطر."),
        "عمر فاروق دوغان"
    );
    assert_eq!(
        first_speaker(
            "أفاد ممثل المفوضية السامية للأمم المتحدة لشؤون اللاجئين في تونس مازن أبو شنب، اليوم، بأن المخيم سيغلق."
        ),
        "مازن أبو شنب"
    );
    // (Not before a second role joined by «و»: the name after the comma.)
    assert_eq!(
        first_speaker(
            "قال رئيس غرفة الإكساء والنسيج بسوسة وعضو المكتب التنفيذي للاتحاد الجهوي، حسن عوينة إن اجتماعا سيعقد."
        ),
        "حسن عوينة"
    );
    // A noble title opens a name set off by commas, which runs to its comma.
    assert_eq!(
        first_speaker(
            "قال المفوض السامي للأمم المتحدة لحقوق الإنسان، الأمير زيد بن رعد الحسين، الجمعة، إن القوات قتلت مدنيين."
        ),
        "زيد بن رعد الحسين"
    );
    // «ل» alone before a quoted outlet is no name word.
    assert_eq!(
        first_speaker("أكدت المندوب الجهوي للتربية بسوسة، سميرة خذر ل\"الجوهرة أف أم\" أن الولي توفي."),
        "سميرة خذر"
    );
}

#[test]
fn a_family_name_after_al_may_be_left_out() {
    let got = who(
        "عنوان\n\nأكد الشيخ، سلطان بن سحيم آل ثاني، أن النظام اختار الانحياز. وقال بن سحيم إن النظام سمح بذلك.",
    );
    let names: Vec<_> = got.iter().map(|w| w.0.as_str()).collect();
    assert_eq!(names, ["سلطان بن سحيم آل ثاني", "سلطان بن سحيم آل ثاني"]);
}

#[test]
fn a_reported_subject_speaking_after_its_apposition_stays_in_the_report() {
    let got = who(
        "عنوان\n\nلكن وكالة رويترز نقلت أن السفير الأمريكي، كينيث وارد، أعرب عن قلقه من عبث القوات بالأدلة.",
    );
    assert_eq!(
        got,
        vec![
            ("وكالة رويترز".into(), "السفير الأمريكي، كينيث وارد، أعرب عن قلقه من عبث القوات بالأدلة".into()),
            ("كينيث وارد".into(), "قلقه من عبث القوات بالأدلة".into()),
        ]
    );
    // «و» + a verb of saying ends a clause of three words.
    let got = who(
        "عنوان\n\nوقالت الكتائب في بيانهما إن جميع الخيارات مفتوحة وشددتا على أن \"الدم بالدم والقصف بالقصف\".",
    );
    let texts: Vec<_> = got.iter().map(|w| w.1.as_str()).collect();
    assert_eq!(texts, ["جميع الخيارات مفتوحة", "الدم بالدم والقصف بالقصف"]);
}

#[test]
fn bodies_groups_and_scholars_are_named_whole() {
    // «الدولي» after a definite word is its adjective, no title.
    assert_eq!(
        first_speaker("قال صندوق النقد الدولي، ان المتأخرات الضريبية تصل إلى 6 بالمئة."),
        "صندوق النقد الدولي"
    );
    // A network and its quoted name; some of a group; a professor and his name; a family
    // name whose second word is an honorific.
    assert_eq!(first_speaker("وذكرت شبكة \"سي إن إن\" أن الرئيس سيزور المنطقة قريبا."), "شبكة سي إن إن");
    assert_eq!(
        first_speaker("أكد عدد من الفنانين الذين واكبوا العمل أن العرض كان ناجحا."),
        "عدد من الفنانين"
    );
    assert_eq!(
        first_speaker(
            "ويرى البروفيسور جون هورن مؤلف كتاب \"كرة القدم تتجه إلى الشرق\" أن الخطوة لم تأت بنتائج."
        ),
        "جون هورن"
    );
    assert_eq!(
        first_speaker("قال تركي آل الشيخ رئيس الهيئة العامة للرياضة إن النادي يسير في الطريق الصحيح."),
        "تركي آل الشيخ"
    );
}

#[test]
fn before_he_added_ends_a_clause() {
    // «…، قبل أن يضيف "…"»: before (like after) + a verb of saying, the next statement.
    let got = who(
        "عنوان\n\nوقال الرئيس إن هذا الأمر قد يكون القرار الوحيد الناجع، قبل أن يضيف \"لا أعرف إن كان الأمر سينجح\".",
    );
    let texts: Vec<_> = got.iter().map(|w| w.1.as_str()).collect();
    assert_eq!(texts, ["هذا الأمر قد يكون القرار الوحيد الناجع", "لا أعرف إن كان الأمر سينجح"]);
}

#[test]
fn any_noun_of_the_speaker_after_abbara_an_is_a_stance() {
    let got = who("عنوان\n\nوعبر الرئيس عن تفهمه لقلق الشركات الكبيرة الراغبة في حماية مبيعاتها.");
    assert_eq!(got, vec![("الرئيس".into(), "تفهمه لقلق الشركات الكبيرة الراغبة في حماية مبيعاتها".into())]);
    // (Not a reflexive.)
    assert!(who("عنوان\n\nوالظروف المعيشية التي عبّرت عن نفسها في نشاط الهيئة كبيرة.").is_empty());
}

#[test]
fn described_roles_offices_and_groups_are_named_whole() {
    // An indefinite title and its adjective (and where it serves) are the description,
    // no name («أميركي», «كبير» were read as names).
    assert_eq!(first_speaker("وقال مسؤول أميركي إن القرار نهائي."), "مسؤول أميركي");
    assert_eq!(
        first_speaker("قال مسؤول كبير في البيت الأبيض، الأربعاء، إن الرئيس سيزور المنطقة."),
        "مسؤول كبير في البيت الأبيض"
    );
    // (Not a noun in construct, nor a given name in «ي».)
    assert_eq!(first_speaker("وقال مدير المرصد رامي عبد الرحمن إن القصف استمر."), "رامي عبد الرحمن");
    // Some of a group; an office and whose it is; a coalition and what it is for; a
    // secretary general («كاتب عام») and his name.
    assert_eq!(
        first_speaker("وعبر عدد من رواد مواقع التواصل الاجتماعي عن استغرابهم من القرار."),
        "عدد من رواد مواقع التواصل الاجتماعي"
    );
    assert_eq!(first_speaker("ويعتقد كثير من النقاد الغربيين أن الترجمة صحيحة."), "كثير من النقاد الغربيين");
    assert_eq!(
        first_speaker("وقال مكتب رئيس هيئة الأركان المشتركة الكورية الجنوبية في بيان إن الصاروخ سقط."),
        "مكتب رئيس هيئة الأركان المشتركة الكورية الجنوبية"
    );
    assert_eq!(
        first_speaker("أكد تحالف دعم الشرعية في اليمن اليوم الاثنين أن العملية مستمرة."),
        "تحالف دعم الشرعية"
    );
    assert_eq!(
        first_speaker("قال كاتب عام النقابة الوطنية للائمة والإطارات الدينية فاضل عاشور، إن الأئمة غاضبون."),
        "فاضل عاشور"
    );
    // «بـ» + a verbal noun after a body is what it reported.
    assert_eq!(
        first_speaker("وأفاد التحالف بوجود 6 سفن في الميناء، مشيرا إلى أن 8 سفن أخرى تنتظر."),
        "التحالف"
    );
}

#[test]
fn plural_subjects_ending_like_a_time_word_still_frame() {
    // «المنتقدون», «يعتقدون», «المؤيدون» end in «دون» (without) and «استبعد» in «بعد»
    // (after): words the corpus knows, not «دون أن» glued by a typo.
    let r = q("ويرى المنتقدون أن المشروع سيضر بالاقتصاد.");
    assert_eq!(
        r.first().map(|x| (x.1.as_str(), x.2.as_deref())),
        Some(("المشروع سيضر بالاقتصاد", Some("المنتقدون")))
    );
    let r = q("ويقول المؤيدون إن المشروع سيوفر فرص عمل.");
    assert_eq!(r.first().and_then(|x| x.2.as_deref()), Some("المؤيدون"), "{r:?}");
    let r = q("وقال الوزير إن المحققين يعتقدون أن المهاجم تصرف بمفرده.");
    assert!(r.iter().any(|x| x.1 == "المهاجم تصرف بمفرده" && x.2.as_deref() == Some("المحققين")), "{r:?}");
    // A real typo still reads as «بعد أن»: nobody's words.
    assert!(q("وعاد إلى منزله في ساعة أخرىبعد أن انتهت المباراة.").is_empty());
}

#[test]
fn a_short_source_ending_its_sentence_needs_no_known_head() {
    // Forces, outlets and names no list holds, when the attribution ends the sentence.
    for (s, who) in [
        ("وقتل عشرة أشخاص في الهجوم، وفقا لشرطة المدينة.", "شرطة المدينة"),
        ("وارتفعت الأسعار بنسبة عشرة في المئة، حسب فرانس برس.", "فرانس برس"),
        ("وبدأ في التصرف بطريقة تثير الضحك وفقا لهوبسون.", "هوبسون"),
        ("وأصيب ثلاثة أشخاص في الحادث، بحسب طبيبين في مدينة بوسطن.", "طبيبين في مدينة بوسطن"),
    ] {
        let r = q(s);
        assert_eq!(r.len(), 1, "{s}: {r:?}");
        assert_eq!(r[0].2.as_deref(), Some(who), "{s}");
        assert_eq!(r[0].0, QuoteKind::Indirect);
    }
    // Opening its sentence and closed by «(،) فإن», the same.
    for (s, who) in [
        ("ووفقًا للمنصة، فإن سارة تتقاضى 14.99 دولار شهريًا.", "المنصة"),
        ("وبحسب المعلومات فإن التحديث الجديد يعمل على كل الهواتف.", "المعلومات"),
    ] {
        let r = q(s);
        assert_eq!(r.first().and_then(|x| x.2.as_deref()), Some(who), "{s}: {r:?}");
    }
    assert!(q("وبحسب القانون، فإن المتهم يبقى بريئا حتى تثبت إدانته.").is_empty());
    // A measure, a rule or the reader's own choice is no source.
    for s in [
        "ويتم عرض المنشورات وفق التسلسل الزمني.",
        "ويمكنك الاختيار بين ثلاثة أوضاع وفقاً لتفضيلاتك.",
        "وتعد هذه المستوطنات غير شرعية وفقا للقانون الدولي.",
        "وتوزع المقاعد على القوائم وفقاً لحصة الأصوات.",
        "وسيقع إرجاع التيار الكهربائي حسب انتهاء الأشغال.",
    ] {
        assert!(q(s).is_empty(), "{s}: {:?}", q(s));
    }
}

#[test]
fn long_words_in_marks_with_no_frame_are_whoever_the_sentence_named() {
    let r = q("وتحدث الرئيس إيمانويل ماكرون في خطابه عن \"إنفاق مبلغ طائل في توفير الحد الأدنى من الرعاية \
               الاجتماعية دون نتيجة\".");
    assert_eq!(r.len(), 1, "{r:?}");
    assert!(r[0].1.starts_with("إنفاق مبلغ طائل") && r[0].2.as_deref() == Some("إيمانويل ماكرون"), "{r:?}");
    // Nobody named before them: no one to give them to.
    let r = q("وتتضمن الخطة \"إنفاق مبلغ طائل في توفير الحد الأدنى من الرعاية الاجتماعية دون نتيجة\".");
    assert!(r.is_empty(), "{r:?}");
    // Short words in marks stay a name or a term.
    let r = q("وتحدث الرئيس إيمانويل ماكرون في خطابه عن \"الإنفاق الطائل\".");
    assert!(r.is_empty(), "{r:?}");
}

#[test]
fn attributions_inside_their_sentence() {
    // Set off by commas, a source no list holds.
    let r = q("وتستقبل البلاد، وفقا لبن صالح، مليون سائح سنويا.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(
        (r[0].1.as_str(), r[0].2.as_deref()),
        ("وتستقبل البلاد، وفقا لبن صالح، مليون سائح سنويا", Some("بن صالح"))
    );
    // With no comma, a source that looks like one, when the clause goes on.
    let r = q("وبلغت عائدات الموسم بحسب الرابطة 3,6 مليار دولار.");
    assert_eq!(r.first().and_then(|x| x.2.as_deref()), Some("الرابطة"), "{r:?}");
    // Not a measure: «بحسب الحاجة» vouches for nothing.
    assert!(q("وتوزع المساعدات بحسب الحاجة على الأسر الفقيرة.").is_empty());
}

#[test]
fn more_ways_to_attribute_a_sentence() {
    // «كما جاء/ورد في X».
    let r = q("وقد وقع المدرب عقدا لمدة عامين مع خيار التمديد له، كما جاء في البيان.");
    assert_eq!(r.first().and_then(|x| x.2.as_deref()), Some("البيان"), "{r:?}");
    // A quoted name ending the sentence.
    let r = q("ويحافظ اللاعب على لقبه منذ عشر سنوات، بحسب \"الأناضول\".");
    assert_eq!(r.first().and_then(|x| x.2.as_deref()), Some("الأناضول"), "{r:?}");
    // «وفق تأكيده»: the last speaker's own account.
    let r = q("وقال الوزير إن الموسم كان جيدا. وعزا ذلك إلى وفرة الأمطار هذا العام، وفق تأكيده.");
    assert!(r.iter().any(|x| x.1.contains("وفرة الأمطار") && x.2.as_deref() == Some("الوزير")), "{r:?}");
    // A quoted name after the verb is no quotation framing the clause.
    let r = q("كشفت شركة \"دوجي\" الصينية عن هاتف ذكي ببطارية كبيرة، وفق ما ذكر موقع \"فون أرينا\".");
    assert_eq!(r.first().and_then(|x| x.2.as_deref()), Some("موقع فون أرينا"), "{r:?}");
}

#[test]
fn relayed_attributions_past_an_addressee_or_an_inference() {
    // Whom the source told, after it.
    let r = q(
        "تمكنت فرقة الشرطة العدلية من ايقاف سيارة كان على متنها 3 شبان حسب ما أكده مصدر أمني للجوهرة \"اف ام\".",
    );
    assert_eq!(r.first().and_then(|x| x.2.as_deref()), Some("مصدر أمني"), "{r:?}");
    // «ما يرجح أن» in the clause is the narrator's inference, not a frame of its own.
    let r =
        q("وتتحلل المادة عند التعرض للشمس، ما يرجح أن المصابين تعرضا لها في مكان مغلق، وفقا لمصدر حكومي.");
    assert_eq!(r.first().and_then(|x| x.2.as_deref()), Some("مصدر حكومي"), "{r:?}");
}

#[test]
fn a_preposition_with_its_pronoun_is_no_name() {
    // «بهم» after a title is whom it praised, not the title's name.
    let r = q(
        "وقال الرئيس دونالد ترامب إن الصناعة ستعود. وأشاد الرئيس بهم ووصفهم بأنهم \"العمود الفقري لأمريكا\".",
    );
    assert!(r.iter().all(|x| x.2.as_deref() != Some("بهم")), "{r:?}");
    assert!(
        r.iter().any(|x| x.1 == "العمود الفقري لأمريكا" && x.2.as_deref() == Some("دونالد ترامب")),
        "{r:?}"
    );
}

#[test]
fn turn_taking_adverbs_and_stations_named_after_lam() {
    // «من جانبه بيّن X، …، أن…»: «بين» is the verb there, not "between".
    let r = q(
        "وقال الوزير إن المشروع مهم. من جانبه بين عبد اللطيف البوعزيزي، مدير المعهد العالي للحضارة الإسلامية، \
               أن مقترح إيجاد مؤسسة للزكاة يحظى بقبول الجميع.",
    );
    assert!(r.iter().any(|x| x.2.as_deref() == Some("عبد اللطيف البوعزيزي")), "{r:?}");
    // «لبوليتيكا», «لراديو سوا»: whom the speaker told, not more of the name.
    for s in [
        "وقال المدير التنفيذي للمرصد مروان جدة لبوليتيكا إن المحادثات مستمرة.",
        "وقال المدير التنفيذي للمرصد مروان جدة لراديو سوا إن المحادثات مستمرة.",
    ] {
        assert_eq!(q(s).first().and_then(|x| x.2.as_deref()), Some("مروان جدة"), "{s}");
    }
}

#[test]
fn muriban_with_a_clause_states_it() {
    // «معربا أن…» (Tunisian usage) frames a clause like «مؤكدا أن…»; its stances stay.
    let r = q("وتحدث اللاعب عن مسيرته معربا أنه قد يضطر إلى اجتياز الحدود بصفة غير قانونية.");
    assert!(r.iter().any(|x| x.1 == "أنه قد يضطر إلى اجتياز الحدود بصفة غير قانونية"), "{r:?}");
    let r = q("وأعرب الوزير عن قلقه إزاء تدهور الوضع الأمني في المنطقة.");
    assert_eq!(r.first().map(|x| x.1.as_str()), Some("قلقه إزاء تدهور الوضع الأمني في المنطقة"), "{r:?}");
}

#[test]
fn a_short_fronted_source_and_a_comma_before_a_verb() {
    let r = q("ووفقا للحداد، أجلت المحكمة النظر في القضية لوقت لاحق.");
    assert_eq!(
        r.first().map(|x| (x.1.as_str(), x.2.as_deref())),
        Some(("أجلت المحكمة النظر في القضية لوقت لاحق", Some("الحداد"))),
        "{r:?}"
    );
    // A rule is no source.
    assert!(q("ووفقا للقانون، يحق لأي مواطن التقدم بمبادرة.").is_empty());
}

#[test]
fn a_noun_with_a_pronoun_then_a_role_and_a_name() {
    // «بطلته الممثلة الجزائرية ريم غزالي» (its heroine, the actress): the name speaks.
    let r =
        q("وردت بطلته الممثلة الجزائرية ريم غزالي على هذه الانتقادات قائلة إن كل مخرج يقتبس من أعمال كبيرة.");
    assert_eq!(r.first().and_then(|x| x.2.as_deref()), Some("ريم غزالي"), "{r:?}");
    // Alone, the noun is the speaker («محاميه»: his lawyer).
    assert_eq!(q("وقال محاميه إن موكله بريء.").first().and_then(|x| x.2.as_deref()), Some("محاميه"));
}

#[test]
fn for_his_part_then_a_verb_and_a_document() {
    // «من جانبه، كتب X تغريدة قال فيها "…"»: X, not «جانبه».
    let r = q(
        "من جانبه، كتب اللاعب المصري، أحمد الشيخ تغريدة قال فيها \"دي أحلا حاجة هتحصل في 2018 إن شاء الله\".",
    );
    assert!(r.first().and_then(|x| x.2.as_deref()).is_some_and(|s| s.starts_with("أحمد")), "{r:?}");
}

#[test]
fn a_colon_after_an_age_in_parentheses() {
    // «وقال موزيس (27 عاما): …»: the age does not hide the colon's words.
    let r = q("وقال موزيس (27 عاما): في البداية، كان الأمر صعبا لأنني ذهبت فجأة إلى ثقافة جديدة.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert!(r[0].1.starts_with("في البداية، كان الأمر صعبا"), "{r:?}");
    assert_eq!(r[0].2.as_deref(), Some("موزيس"));
}

#[test]
fn the_narrators_reference_ends_a_clause_with_no_comma_before_it() {
    let r = q(
        "قال أنور قرقاش إن الحكومة القطرية أخطأت و\"ارتبكت\" حين وضعت نفسها بـ\"هذا الموقف\" في إشارة إلى اتهامات توجهها للسعودية.",
    );
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].1, "الحكومة القطرية أخطأت و\"ارتبكت\" حين وضعت نفسها بـ\"هذا الموقف\"", "{r:?}");
    let r = q("وقال المدرب إن كروس تدرب بنفس قوة تدريبات الفريق في إشارة إلى تعافي اللاعبين من الإصابات.");
    assert_eq!(r[0].1, "كروس تدرب بنفس قوة تدريبات الفريق", "{r:?}");
}

#[test]
fn words_before_a_verb_with_wa_are_not_its_subject() {
    // A sub-heading run into the text: «وتابع» goes on with the speaker before it.
    let r = q(
        "وقال بارملاي في تصريح لـ\"وات\"، \"إن تونس لها دور هام في التنمية\". أصداء إيجابية وتابع \"قبل أن أصل الى تونس، وصلتني أصداء ايجابية\".",
    );
    assert_eq!(r.len(), 2, "{r:?}");
    assert_eq!(r[1].2.as_deref(), Some("بارملاي"), "{r:?}");
}

#[test]
fn bi_and_a_verbal_noun_after_a_verb_is_no_subject() {
    // «تطالب باغتيال…»: what she demanded, not who; her words after it are hers.
    let r = q(
        "وزيرة الثقافة ميري ريجيف تطالب باغتيال قادة حركة حماس. \"يجب أن نعود إلى سياسة الاغتيالات المستهدفة لقادة هذه المجموعة\" على حد قولها.",
    );
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].2.as_deref(), Some("ميري ريجيف"), "{r:?}");
}

#[test]
fn a_headlines_object_is_no_person() {
    // «نتانياهو يحذر إيران ملوحا بقطعة معدنية»: not a person whose last word
    // («معدنية») would be a mention in the body.
    let r = speakers_under(
        "نتانياهو يحذر إيران ملوحا بقطعة معدنية",
        "وجه رئيس الوزراء الإسرائيلي بنيامين نتانياهو الأحد، تحذيرا إلى طهران، ملوحا بقطعة معدنية يقول إنها جزء من طائرة إيرانية.",
    );
    assert_eq!(r, [Some("بنيامين نتانياهو".to_string())]);
}

#[test]
fn a_political_current_is_a_body_a_role_belongs_to() {
    let r = q("اعتبر زعيم تيار المحبة الهاشمي الحامدي أن قرار الرئيس الأمريكي يمثل تهاونا.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_ne!(r[0].2.as_deref(), Some("تيار المحبة"), "{r:?}");
}

#[test]
fn a_coordinated_saying_goes_to_the_person_its_sentence_opened_with() {
    // No quote before it in the sentence: the subject of the first verb all the same.
    let body = "عنوان\n\nوسبق أن لعب شتيفان ليشتشتاينر قائد سويسرا ضد نيمار في مواجهة بين يوفنتوس \
                وبرشلونة وقال إنه ليس من المنطقي التركيز على نيمار فقط.";
    let (qs, _) = quotes("", body);
    let names: Vec<_> = qs.iter().map(|q| q.speaker_name.clone()).collect();
    assert_eq!(names, vec![Some("شتيفان ليشتشتاينر".to_string())]);
}

#[test]
fn bi_and_a_common_noun_after_a_verb_names_no_person() {
    // «بكلمات مؤثرة» is how he said goodbye, not who: Marcelo's words stay his.
    let r = speakers_under(
        "بكلمات مؤثرة وعاطفية.. هكذا ودع لاعبو ريال مدريد زيدان",
        "ودع مارسيلو مدربه بكلمات مؤثرة وكتب له على تويتر قائلا: \"مستر زيزو، لقد تعلمت منك الكثير\".",
    );
    assert_eq!(r, [Some("مارسيلو".to_string())]);
}

#[test]
fn whoever_asks_before_sal_asks_the_person_after_it() {
    let r = q(
        "محرر الافتتاحية يسأل تركي المالكي العقيد في التحالف \"هل هؤلاء الأطفال كانوا يطلقون الصواريخ من حافلتهم؟\".",
    );
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].2.as_deref(), Some("محرر الافتتاحية"), "{r:?}");
    // Verb first, the subject comes first after it.
    let r = q("ثم سأل الصحفي وزير الخارجية \"هل هؤلاء الأطفال كانوا يطلقون الصواريخ؟\".");
    assert_eq!(r[0].2.as_deref(), Some("الصحفي"), "{r:?}");
}

#[test]
fn a_participle_opening_a_sentence_goes_on_from_the_person_before() {
    // The sentence before quoted no one: its person goes on…
    let r = q(
        "وقال الوزير إن الوضع مستقر. ويعول الكاتب الفلسطيني نبيل عمرو على دور مصر في غزة. معتبرا أن الدولة المصرية تدرك جيدا متطلبات أمنها القومي.",
    );
    assert_eq!(r.len(), 2, "{r:?}");
    assert_eq!(r[1].2.as_deref(), Some("نبيل عمرو"), "{r:?}");
    // …but after a quote, whoever was quoted.
    let r = q(
        "وكان مسؤول عراقي أكد مطلع أيار أن البغدادي ما زال على قيد الحياة. مضيفا أن البغدادي يتنقل في هذه المناطق بالخفاء.",
    );
    assert_eq!(r.len(), 2, "{r:?}");
    assert_eq!(r[1].2, r[0].2, "{r:?}");
}

#[test]
fn words_after_a_colon_go_on_past_i_think_and_and_certainly() {
    let r = q(
        "وقال بوكيتينو في مؤتمر صحفي يوم الخميس: إنها مباراة مهمة دائما لأنها مباراة قمة لندن. أعتقد أنه عند لعب مثل هذه المباراة يكون الضغط على الفريقين. وبكل تأكيد لا تزال هناك الكثير من المباريات. لكن بكل تأكيد هي مهمة لثقة الفريق ودوافعه.",
    );
    assert_eq!(r.len(), 1, "{r:?}");
    assert!(r[0].1.starts_with("إنها مباراة مهمة") && r[0].1.ends_with("لثقة الفريق ودوافعه"), "{r:?}");
    // The narrator's «و» + verb still ends them.
    let r = q(
        "وقال كوستا: يجب أن أواصل العمل وإسكات المنتقدين. كانت هذه طريقة جيدة لنبدأ بها. وكان كوستا فضل في 2013 اللعب لإسبانيا.",
    );
    assert_eq!(r.len(), 1, "{r:?}");
    assert!(r[0].1.ends_with("طريقة جيدة لنبدأ بها"), "{r:?}");
}

#[test]
fn a_participle_of_announcing_with_an_ends_the_clause() {
    let r = q(
        "وأكد المسؤول الحكومي أن مسألة خوصصة البنوك العمومية لا تهم البنك الوطني الفلاحي معلنا عن انعقاد مجلس وزراء في الأسابيع القادمة.",
    );
    assert_eq!(r[0].1, "مسألة خوصصة البنوك العمومية لا تهم البنك الوطني الفلاحي", "{r:?}");
}

#[test]
fn and_revealed_this_survey_that_is_another_frame() {
    let r = q(
        "وأوضح أن الوزارة أنجزت مسحا وطنيا لالتهاب الكبد الفيروسي وكشف هذا المسح أن عدد المصابين في حدود 1 بالمائة.",
    );
    let texts: Vec<_> = r.iter().map(|x| x.1.as_str()).collect();
    assert_eq!(
        texts,
        ["الوزارة أنجزت مسحا وطنيا لالتهاب الكبد الفيروسي", "عدد المصابين في حدود 1 بالمائة"],
        "{r:?}"
    );
}

#[test]
fn bayyana_with_a_report_or_a_long_name_before_its_clause() {
    let r = q("وبين تقرير المركز العالمي لمكافحة التطرف أن بوكو حرام تعتبر أكثر جماعة إرهابية في العالم.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].1, "بوكو حرام تعتبر أكثر جماعة إرهابية في العالم", "{r:?}");
    let r = q("وبين محمد صالح العرفاوي أن التمويل سيتوفر قريبا.");
    assert_eq!(r.len(), 1, "{r:?}");
    // «بين X وY», between, frames nothing.
    assert!(q("وفرق بين الحقيقة والخيال أن الكاتب يعرف.").is_empty());
}

#[test]
fn lam_and_a_subjunctive_of_saying_frames_a_clause() {
    let r = q("وعاد الوزير ليؤكد أن الوضع مستقر تماما.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!((r[0].1.as_str(), r[0].2.as_deref()), ("الوضع مستقر تماما", Some("الوزير")), "{r:?}");
    // After a quote of someone else's: the answer is the answerer's own.
    let r = q("وقال الوزير \"هذا ذهب كثير\"، ليجيب الرئيس بأن الشارة من الذهب.");
    let got: Vec<_> = r.iter().map(|x| (x.1.as_str(), x.2.as_deref())).collect();
    assert_eq!(got, [("هذا ذهب كثير", Some("الوزير")), ("الشارة من الذهب", Some("الرئيس"))], "{r:?}");
    // The phrase after it is its object, not who speaks.
    let r = q("وقال المبعوث الأممي إن الاجتماع مهم، ليلفت الأنظار إلى أن السبب الرئيسي للتأخير سياسي.");
    assert!(r.iter().all(|x| x.2.as_deref() != Some("الأنظار")), "{r:?}");
}

#[test]
fn bi_kull_and_a_noun_after_the_verb_is_how_it_was_said() {
    let r = q("وقال رئيس الجمعية بكل وضوح إن الكأس ما فتئت تكبر عاما بعد عام.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].2.as_deref(), Some("رئيس الجمعية"), "{r:?}");
}

#[test]
fn a_narrators_connective_before_an_is_no_verbs_clause() {
    assert!(
        q("وتعتبر الأرجنتين أكبر مصدّر لحبوب وزيت الصويا على مستوى العالم، كما أنها منتج كبير للذرة.")
            .is_empty()
    );
    assert!(
        q("ويعتبر النظام مثاليا للمدن الكبيرة في حين أن القطار سوف يستخدم لنقل الناس داخل المدن.").is_empty()
    );
    // «في آن واحد» (at once), no «أن».
    assert!(q("وأعلن الوزير إجراء الانتخابات الرئاسية والبرلمانية في آن واحد الشهر المقبل.").is_empty());
    // A typo «آن» right after its verb is still «أن».
    assert_eq!(q("وأكدت آن السلطات وفرت كل الظروف لحث المواطنين على المشاركة.").len(), 1);
}

#[test]
fn an_attribution_set_off_inside_a_sentence_before_a_preposition_vouches_for_all_of_it() {
    let s = "وأثنى الكثير من السياح الروس، حسب الجمعية، على الجو الدافئ المتوسطي لتونس.";
    let r = q(s);
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].1, "وأثنى الكثير من السياح الروس، حسب الجمعية، على الجو الدافئ المتوسطي لتونس", "{r:?}");
    // The narrator's «في إشارة…» after it is no part of the clause.
    let r = q("وارتفعت الأسعار، بحسب الوزارة، في إشارة إلى أزمة الوقود.");
    assert!(r.iter().all(|x| !x.1.contains("في إشارة")), "{r:?}");
}

#[test]
fn bi_and_a_word_known_apart_opens_no_persons_name() {
    // «السفير السعودي بواشنطن» in a headline: where he serves, no person «بواشنطن».
    let r = speakers_under(
        "السفير السعودي بواشنطن: لن نسمح للحوثي بأن يصبح حزب الله آخر",
        "قال السفير السعودي لدى الولايات المتحدة الأمير خالد بن سلمان إن المملكة لن تسمح للحوثي بأن يصبح حزب الله آخر.",
    );
    assert_eq!(r.len(), 1, "{r:?}");
    assert_ne!(r[0].as_deref(), Some("بواشنطن"), "{r:?}");
}

#[test]
fn min_qabl_previously_before_the_clause() {
    let r = q("كانت وزارة المالية قالت من قبل إن أحدث دفعة من قرض الصندوق متوقعة في يونيو.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].1, "أحدث دفعة من قرض الصندوق متوقعة في يونيو", "{r:?}");
    // «من قبل أن يـ…», before he…: no clause of saying.
    assert!(q("وكان الوزير قد أعلن من قبل أن ينسحب الجيش من المدينة.").is_empty());
}

#[test]
fn a_colon_between_the_complementizer_and_the_quote_keeps_the_frame() {
    let body = "عنوان\n\nوقال الوزير إن الوضع صعب. وأضاف أن: \"الحكومة ستعمل على حل الأزمة قريبا\".";
    let qs = quotes_heuristic("", body);
    assert_eq!(qs.len(), 2, "{qs:?}");
    let verb = qs[1].verb.clone().map(|r| body[r].to_string());
    assert_eq!(verb.as_deref(), Some("وأضاف"), "{qs:?}");
    assert_eq!(&body[qs[1].text.clone()], "الحكومة ستعمل على حل الأزمة قريبا");
}

#[test]
fn qad_before_a_verb_of_another_frame_ends_the_clause() {
    let r = q(
        "وذكرت الصحيفة أن رونالدو منح السيدة الأمريكية مبلغ 375 ألف دولار مقابل صمتها، وقد كشفت \"دير شبيغل\" أن مايورغا عبرت عن ندمها لقبول هذا المبلغ.",
    );
    let texts: Vec<_> = r.iter().map(|x| x.1.as_str()).collect();
    assert_eq!(
        texts,
        [
            "رونالدو منح السيدة الأمريكية مبلغ 375 ألف دولار مقابل صمتها",
            "مايورغا عبرت عن ندمها لقبول هذا المبلغ"
        ],
        "{r:?}"
    );
}

#[test]
fn an_unclosed_quote_ends_before_a_participle_framing_the_next_statement() {
    let r = q(
        "وقال المسؤول \"نحن حريصون على اتخاذ جميع التدابير الكفيلة بإنجاح مباريات المرحلة القادمة معربا عن أمله في أن تدور كل المباريات في إطار الروح الرياضية.",
    );
    let texts: Vec<_> = r.iter().map(|x| x.1.as_str()).collect();
    assert_eq!(
        texts[0], "نحن حريصون على اتخاذ جميع التدابير الكفيلة بإنجاح مباريات المرحلة القادمة",
        "{r:?}"
    );
    assert!(texts.len() == 2 && texts[1].starts_with("تدور كل المباريات"), "{r:?}");
}

#[test]
fn a_short_quote_opening_a_clause_goes_on_with_fi_unless_the_narrator_sets_it() {
    assert_eq!(
        texts("وأكد الرئيس التركي أنه \"لن تكون هناك هدنة\" في ملاحقة كل من تورط في المحاولة الانقلابية."),
        ["أنه \"لن تكون هناك هدنة\" في ملاحقة كل من تورط في المحاولة الانقلابية"]
    );
    assert_eq!(
        texts("وقال الغنوشي إن \"أعداء الديمقراطية ليسوا في الشعانبي\" في تعليقه على إسقاط القانون."),
        ["أعداء الديمقراطية ليسوا في الشعانبي"]
    );
}

#[test]
fn a_mixed_quote_goes_on_past_a_comma_with_a_coordinated_complementizer() {
    // (The quote inside the clause, not opening it: the mixed quote's own end.)
    let r = q(
        "من هؤلاء النائب سيد عبد العال رئيس حزب \"التجمع\" المعارض، الذي يرى أن هذا القانون يمثل \"خطورة على الأمن القومي المصري\"، وأن اشتراط إيداع هذا المبلغ يمثل تمييزا بين المقيمين الأجانب.",
    );
    assert!(r.iter().any(|x| x.1.ends_with("يمثل تمييزا بين المقيمين الأجانب")), "{r:?}");
}

#[test]
fn wa_dhalika_with_the_means_of_what_was_said_goes_on() {
    assert_eq!(
        texts("وأوضح المدير أن المؤسسة ستدعم الفلاحين، وذلك من خلال توفير القروض الميسرة لهم."),
        ["المؤسسة ستدعم الفلاحين، وذلك من خلال توفير القروض الميسرة لهم"]
    );
    // Where and when it was said: the narrator's.
    assert_eq!(
        texts("وأوضح المدير أن المؤسسة ستدعم الفلاحين، وذلك في ندوة صحفية عقدها اليوم."),
        ["المؤسسة ستدعم الفلاحين"]
    );
}

#[test]
fn lakinnahu_and_a_past_verb_after_a_comma_is_the_narrator() {
    assert_eq!(
        texts("وقال المتحدث إنه لم يعقد أي صفقة مع تركيا، ولكنه شكر الرئيس التركي على جهوده."),
        ["إنه لم يعقد أي صفقة مع تركيا"]
    );
    // A present or «لا يزال»: still what was said.
    assert_eq!(
        texts("وقال المتحدث إن دوره في الشركة تغير، لكنه لا يزال يكرس وقته للعمل فيها."),
        ["دوره في الشركة تغير، لكنه لا يزال يكرس وقته للعمل فيها"]
    );
}

#[test]
fn a_dotted_acronym_is_one_name_not_a_complementizer() {
    let r = q("وقالت سي.إن.بي.سي إن إعلانا بقرار ترمب قد يصدر غدا الخميس.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].1, "إعلانا بقرار ترمب قد يصدر غدا الخميس", "{r:?}");
    assert_eq!(r[0].2.as_deref(), Some("سي.إن.بي.سي"), "{r:?}");
}
