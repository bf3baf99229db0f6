//! Closed word classes the rules read: titles and roles, heads of organizations and
//! groups, kin, words that stop a subject, prepositions, and the number of a noun.

use std::collections::HashSet;
use std::sync::LazyLock;

use super::clause::COMPLEMENTIZERS;
use super::lexicon::{Number, verb_form};
use super::marks::is_mark;
use super::phrase::{Np, definite, has_pronoun_suffix};
use super::tokens::Tok;
use crate::text::tokenize::TokenKind;

/// Title words that open a role phrase (search-normalized, without و/ف).
pub(super) const TITLES: &[&str] = &[
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
    "البروفيسور",
    "البروفسور",
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
pub(super) const SUBJECT_STOP: &[&str] = &[
    // «وقال رئيس الجمعية بكل وضوح إن…»: how it was said, after the subject.
    "بكل",
    // Pronouns opening a clause of circumstance after the subject («وتابع رئيس الفيفا
    // وهو مؤيد بحماس لاعتماد هذه التكنولوجيا:»): no name words.
    "هو",
    "هي",
    "هم",
    "هما",
    "وهو",
    "وهي",
    "وهم",
    "وهما",
    // Adverbials with «بالـ» after a verb, no subject («صوت يقول بالعبرية "…"»,
    // «وقال بالمقابل إن…»); 60 such speakers over ANT before.
    "بالمقابل",
    "بالمناسبه",
    "بالفعل",
    "بالطبع",
    "بالتاكيد",
    "بالاضافه",
    "بالتزامن",
    "بالمثل",
    "بالتالي",
    "بالخطا",
    "للاشاره",
    "بالعبريه",
    "بالعربيه",
    "بالانجليزيه",
    "بالانكليزيه",
    "بالفرنسيه",
    "بالبرتغاليه",
    "بالاسبانيه",
    "بالروسيه",
    "بالالمانيه",
    "بالتركيه",
    "بالفارسيه",
    "بالصينيه",
    // «ومضى المسؤول الروسي للقول، "…"»: the verbal noun of saying.
    "للقول",
    "بالقول",
    // «رفض التعليق»، «ورفض المتحدث التعليق» (declined to comment): an object.
    "التعليق",
    "الادلاء",
    "الافصاح",
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
    "لو",
    "ايضا",
    "كذلك",
    // Adverbs of manner and time after a verb of saying («وقال آسفا إنه…», «وأضاف
    // مبتسما:»), found between verbs of saying and «إن/أن/:» in ANT.
    "اسفا",
    "مقسما",
    "مبتسما",
    "ضاحكا",
    "مازحا",
    "ممازحا",
    "ساخرا",
    "متهكما",
    "متسائلا",
    "متحديا",
    "مستنكرا",
    "مستغربا",
    "متعجبا",
    "غاضبا",
    "منفعلا",
    "متاثرا",
    "باكيا",
    "مخاطبا",
    "موجها",
    "مذكرا",
    "مجددا",
    "مرارا",
    // Their feminines («وقالت مازحة إن…»; not «مذكرة», a memo, nor «مخاطبة»).
    "اسفه",
    "مقسمه",
    "مبتسمه",
    "ضاحكه",
    "مازحه",
    "ممازحه",
    "ساخره",
    "متهكمه",
    "متسائله",
    "متحديه",
    "مستنكره",
    "مستغربه",
    "متعجبه",
    "غاضبه",
    "منفعله",
    "متاثره",
    "باكيه",
    // («وأضافت موجهة رسالة إلى ترامب: "…"»: addressing someone, how it was said.)
    "موجهه",
    // «التي رأت مبدئيا، في يناير، أن…»: adverbs in «ـيا» (not a country, «روسيا»).
    "مبدئيا",
    "شخصيا",
    "ضمنيا",
    "نهائيا",
    "جزئيا",
    "كليا",
    "تلقائيا",
    "فعليا",
    "عمليا",
    "نظريا",
    "هاتفيا",
    "حرفيا",
    "كتابيا",
    "شفهيا",
    // «وكانت تؤكد دوما أن…»: always; «أقرت بنفسها بأن…»: herself.
    "دوما",
    "دائما",
    "ابدا",
    "بنفسه",
    "بنفسها",
    "بنفسهم",
    "سابقا",
    "لاحقا",
    "مؤخرا",
    "علنا",
    "صراحه",
    "حينها",
    "اشد",
    "انذاك",
    "وقتها",
    "الذي",
    "التي",
    "الذين",
    "والذي",
    "والتي",
    "والذين",
    // Interrogatives («عندما أوضح لماذا أن…»). (Not «أين»: «فاين» is a name, read
    // as «فـ» + «أين».)
    "لماذا",
    "كيف",
    "ماذا",
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
    // «وصرح لفرانس24 بأن…», «قال لسكاي نيوز»: outlets spoken to, named with «لـ».
    "لفرانس",
    "لسكاي",
    "لسي",
    "للتلفزيون",
    "لتلفزيون",
    "للاذاعه",
    "لاذاعه",
    "لمجله",
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
    "انذاك",
    "حاليا",
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

/// Documents that speak for whoever issued them as an attribution's source
/// (search-normalized, without ال). (`lexicon::DOCUMENTS` are the nouns of «جاء في X
/// أن…», where a decision or a video speaks too.)
pub(super) const STATEMENTS: &[&str] = &[
    "بيان",
    "تقرير",
    "رساله",
    "مذكره",
    "وثيقه",
    "دراسه",
    "بحث",
    "ابحاث",
    // Accounts of witnesses («وحسب روايات عدد من معارفه، فإن…»).
    "روايات",
    "شهادات",
    "تصريح",
    "تغريده",
    "خطاب",
    "منشور",
    "مقال",
    "تحقيق",
    "استطلاع",
    "حصيله",
    // A communiqué (Maghreb usage: «وفق بلاغ أصدرته الوزارة»), an announcement.
    "بلاغ",
    "اعلان",
    // A statement, a testimony («وقد أدلت بإفادة أكدت فيها…»).
    "افاده",
    "افادات",
    "تقارير",
    "دراسات",
    "بيانات",
    // Figures speak for whoever published them («بحسب أرقام وزارة التجارة»).
    "ارقام",
    "احصاءات",
    "احصائيات",
    "معطيات",
    "تقديرات",
    "نتائج",
    "مسح",
];

/// A document noun ([`STATEMENTS`], with or without ال): «البيان», «تقرير».
pub(super) fn is_document(tok: &Tok) -> bool {
    STATEMENTS.contains(&tok.bare.strip_prefix("ال").unwrap_or(&tok.bare))
}

/// Head nouns of organizations and other non-person speakers (search-normalized, without
/// و/ف): their name runs over the whole genitive chain («وزارة الاتصالات وتكنولوجيا
/// المعلومات», «شركة البنية التحتية للاتصالات الإيرانية»).
pub(super) const ORG_HEADS: &[&str] = &[
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
    "معهد",
    "بنك",
    "صندوق",
    "نادي",
    "فريق",
    "جهاز",
    // A band, a troupe, a division.
    "فرقه",
    // Outlets: «وبحسب إذاعة "كادينا كوبي" الإسبانية فإن…», «مجلة "تايم" الأمريكية».
    "اذاعه",
    "الاذاعه",
    "مجله",
    "المجله",
    // «وذكرت شبكة "سي إن إن"», «شبكة فوكس نيوز».
    "شبكه",
    "الشبكه",
    // «أكد تحالف دعم الشرعية في اليمن».
    "تحالف",
    "التحالف",
    "جريده",
    "الجريده",
    // Political currents, coalitions, parliamentary blocs, forums: «زعيم تيار
    // المحبة، الهاشمي الحامدي»; «ائتلاف دولة القانون», «كتلة الحرة».
    "تيار",
    "التيار",
    "ائتلاف",
    "الائتلاف",
    "كتله",
    "الكتله",
    "منتدي",
    "المنتدي",
];

/// Plural nouns of people that head a speaking group («وزراء خارجية مجموعة السبع»,
/// «مسؤولون أتراك», «أطباء وشهود عيان») (search-normalized, without و/ف and ال).
pub(super) const GROUP_HEADS: &[&str] = &[
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
    "قنوات",
    "صحف",
    "وكالات",
    "منظمات",
    "مستخدمو",
    "مستخدمي",
    "مستخدمون",
    "منتقدو",
    "منتقدون",
    "مشجعون",
    "مشجعو",
    "صحفيون",
    // Market sources («…، وفقا للتجار», «بحسب متعاملين»).
    "تجار",
    "متعاملون",
    "متعاملين",
    "مستثمرون",
    "مستثمرين",
    "اقتصاديون",
    "اقتصاديين",
    "محامون",
    // «وهم الفئة التي زعمت أنها…»: a class of people.
    "فئه",
    // «وانسحبت الشركات الأوروبية من إيران قائلة إنها…», «وقالت شركات…»: firms.
    "شركات",
    // Media («وبحسب وسائل إعلام إسبانية فإن…», «وقالت وسائل الإعلام…»).
    "وسائل",
];

/// A plural noun of people heading a group of speakers.
pub(super) fn is_group_head(tok: &Tok) -> bool {
    [&tok.bare, &tok.norm].iter().any(|w| group_head_word(w.strip_prefix("ال").unwrap_or(w)))
}

/// The head of an organization or, indefinite, of a group («مسؤولون أتراك»; a definite
/// group, «المسؤولون الأتراك», is read as a definite name).
pub(super) fn is_org_head(tok: &Tok) -> bool {
    let bare = tok.bare.strip_prefix("ال").unwrap_or(&tok.bare);
    // A dual in construct: «صحيفتا», «وكالتا».
    let dual = bare.strip_suffix("تا").is_some_and(|s| org_head_word(&format!("{s}ه")));
    dual || org_head_word(bare)
        || org_head_word(tok.norm.as_str())
        || is_group_head(tok) && !tok.bare.starts_with("ال")
}

/// A word with no article, no proclitic and no conjunction («إسرائيل», not «لكرة»,
/// «وتكنولوجيا»).
pub(super) fn is_bare_name_word(tok: &Tok) -> bool {
    tok.kind == TokenKind::ArabicWord
        && !definite(tok)
        && tok.bare == tok.norm
        && !tok.norm.starts_with(['ل', 'ب', 'ك'])
}

/// Kin nouns: «والد X» speaks as X's father, not as X (search-normalized, without و/ف).
pub(super) const KIN_HEADS: &[&str] = &[
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
pub(super) fn is_kin_head(tok: &Tok) -> bool {
    let kin = |w: &String| KIN_HEADS.contains(&w.as_str()) && !(tok.ha && w.ends_with('ه'));
    kin(&tok.norm) || kin(&tok.bare)
}

/// Verbal nouns that head a verb's object, never a person's name (search-normalized,
/// without the article): «أكد الوزير عدم اندلاع حرائق», «مؤكدا وجود جرار», «وأكد
/// ضرورة مواصلة…» read no speaker from them. (Not «دعم», in names of bodies: «تحالف
/// دعم الشرعية».)
const OBJECT_HEADS: &[&str] = &[
    "عدم",
    "ضروره",
    "اهميه",
    "وجود",
    "حرص",
    "امكانيه",
    "استمرار",
    "ارتفاع",
    "تراجع",
    "انخفاض",
    "رغبه",
    "استعداد",
    "قيام",
    "مواصله",
    "عزم",
    "تسجيل",
    "حجم",
];

/// Does `tok` head a verb's object ([`OBJECT_HEADS`])?
pub(super) fn is_object_head(tok: &Tok) -> bool {
    OBJECT_HEADS.contains(&tok.bare.as_str())
}

/// A word after a verb or a subject naming whom it spoke to: «مصدر أمني لمراسل الجوهرة
/// أف أم», «لوكالة الأنباء», «لأسوشيتد برس», «لرجال دين» (not «للصحفيين»: «النقابة
/// الوطنية للصحفيين التونسيين»).
pub(super) fn is_addressee(tok: &Tok) -> bool {
    let Some(rest) = tok.norm.strip_prefix('ل') else { return false };
    // «لأسوشيتد برس», «لأنصاره»; «لرجال دين», «لمسؤولين»; «لزبائنها».
    let own = tok.ha
        && ["ه", "ها", "هم"].iter().any(|p| rest.strip_suffix(p).is_some_and(|s| s.chars().count() >= 3));
    if tok.lam_hamza || group_head_word(rest) || rest == "رجال" || own {
        return true;
    }
    matches!(
        told_noun(tok).as_deref().unwrap_or(""),
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
            // «قال لمحطة الإذاعة السويدية إن…», «لشبكة سي إن إن», «لهيئة الإذاعة».
            | "محطه"
            | "شبكه"
            | "هيئه"
            | "برنامج"
            // Stations by name («لراديو سوا», «لبوليتيكا», «لموزاييك», «لسكاي نيوز»,
            // «لفرانس برس»).
            | "راديو"
            | "بوليتيكا"
            | "موزاييك"
            | "سكاي"
            | "فرانس"
    )
}

/// The noun after «لـ» (told), without its article: «لوكالة» → «وكاله», «للإذاعة» →
/// «اذاعه».
fn told_noun(tok: &Tok) -> Option<String> {
    let rest = tok.norm.strip_prefix('ل')?;
    let rest = rest.strip_prefix('ل').map_or(rest.to_string(), |r| format!("ال{r}"));
    Some(rest.strip_prefix("ال").unwrap_or(&rest).to_string())
}

/// «لصحيفة», «لقناة», «لمجلة»: a paper, channel or programme told, which is never the
/// body a role belongs to unless the role is the outlet's own («مراسل لصحيفة…»).
/// (Not «لوكالة», «لهيئة»: «المتحدث باسم وكالة ناسا», «رئيس هيئة…».)
pub(super) fn is_outlet_addressee(tok: &Tok) -> bool {
    matches!(
        told_noun(tok).as_deref().unwrap_or(""),
        "صحيفه"
            | "قناه"
            | "اذاعه"
            | "تلفزيون"
            | "جريده"
            | "مجله"
            | "محطه"
            | "شبكه"
            | "برنامج"
    )
}

/// The number a subject noun phrase shows: coordinated names («بوتين وهولاند»), a dual
/// («الوزيران», «مسؤولان»), a sound plural («المسؤولون») or a plural group head.
pub(super) fn np_number(t: &[Tok], np: &Np) -> Number {
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
pub(super) fn noun_number(tok: &Tok) -> Number {
    let w = tok.bare.as_str();
    let known = |stem: &str| {
        let bare = stem.strip_prefix("ال").unwrap_or(stem);
        [stem, bare].iter().any(|x| TITLES.contains(x) || org_head_word(x)) || group_head_word(bare)
    };
    if is_group_head(tok) {
        return Number::Plural;
    }
    if let Some(stem) = w.strip_suffix("ان")
        && (known(stem) || w.starts_with("ال") && stem.chars().count() >= 5)
    {
        return Number::Dual;
    }
    // A dual in construct: «صحيفتا "آس" و"ماركا"», «وزيرا الخارجية».
    if let Some(stem) = w.strip_suffix('ا')
        && (stem.strip_suffix('ت').is_some_and(|s| known(&format!("{s}ه"))) || TITLES.contains(&stem))
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

/// More titles, whose feminine forms are made like the others'.
pub(super) const MORE_TITLES: &[&str] = &[
    // «قال كاتب عام النقابة الوطنية… فاضل عاشور» (secretary general), «الكاتب…».
    "كاتب",
    "الكاتب",
    // «البروفيسور جون هورن مؤلف كتاب "…"»: the author of a book.
    "مؤلف",
    "المؤلف",
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
pub(super) const MEDIA_TITLES: &[&str] =
    &["مراسل", "مراسله", "ضيف", "ضيفه", "مذيع", "مذيعه", "مقدم", "مقدمه", "محرر"];

/// Titles that have no feminine title form (an adjective, or another word).
pub(super) const NO_FEMININE: &[&str] =
    &["الدولي", "ولي", "نظيره", "العاهل", "البابا", "السيد", "مسؤول", "المسؤول"];

/// Every title form: [`TITLES`] and [`MORE_TITLES`] with their feminines (ـة, written ه
/// when search-normalized: «منسقة الأمم المتحدة», «نائبة مديرة القسم»); «مسؤولة» is
/// made apart, as «مسؤوله» also reads "his official".
pub(super) static TITLE_FORMS: std::sync::LazyLock<std::collections::HashSet<String>> =
    std::sync::LazyLock::new(|| {
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

pub(super) fn is_title(tok: &Tok) -> bool {
    TITLE_FORMS.contains(&tok.bare) || TITLE_FORMS.contains(&tok.norm)
}

/// «الدولي» right after a definite word or a body is its adjective («صندوق النقد
/// الدولي», «الاتحاد الدولي لكرة القدم»), not the title of a national-team player
/// («الدولي التونسي…»).
pub(super) fn international_adjective(t: &[Tok], k: usize) -> bool {
    k > 0
        && t[k].bare == "الدولي"
        && t[k - 1].kind == TokenKind::ArabicWord
        && (definite(&t[k - 1]) || is_org_head(&t[k - 1]))
}

pub(super) fn is_subject_stop(tok: &Tok) -> bool {
    if tok.ali {
        return false;
    }
    !tok.is_word()
        || tok.kind == TokenKind::Proclitic
        || stop_word(tok.norm.as_str())
        || COMPLEMENTIZERS.contains(&tok.norm.as_str())
        || verb_form(&tok.norm).is_some()
        // «ونفت ميانمار بشدة مزاعم…»: an adverb of manner ends the subject.
        // («ورد بغضب على…»: how it was said.)
        || matches!(tok.bare.as_str(), "بشده" | "بقوه" | "بحزم" | "بغضب")
        // «دراسة بعنوان "…"»: the title follows, not more of the subject.
        || tok.bare == "بعنوان"
        // «وزاد بقوله: "…"»: the saying, not a subject.
        || matches!(tok.bare.as_str(), "بالقول" | "بقوله" | "بقولها" | "بقولهم" | "بقولهما")
        // «وباستنطاقه اعترف بأنه…» (upon his questioning): «بـ» + a verbal noun with a
        // pronoun, no subject (not a name in «ـيه»: «بارنييه», «بولوريه»).
        || tok.ha
            && tok.bare.starts_with('ب')
            && tok.bare.chars().count() >= 6
            && !tok.bare.ends_with("يه")
            && has_pronoun_suffix(tok)
        // «وجدد المتحدث باسم الحكومة التأكيد على أن…», «كرر الوزير تصريحه بأنه…»: a
        // saying named after the subject, not more of it.
        || saying_noun(tok)
        // «فمنذ», «فهو», «فلا»: «فـ» and a function word open the next clause.
        || tok.norm.starts_with('ف') && tok.bare != tok.norm && stop_word(&tok.bare)
        // «لهذا», «لذلك», «بهذه»: a preposition and a demonstrative.
        || tok.norm.strip_prefix(['ل', 'ب', 'ك']).is_some_and(|r| {
            matches!(r, "هذا" | "هذه" | "ذلك" | "تلك" | "هولاء" | "ذا")
        })
        // «سئل المسؤول عما إذا كانت…»: «عن» + «ما/من» (not «ممن»: «كثير ممن تحدثنا
        // إليهم» is a group).
        || matches!(tok.bare.as_str(), "عما" | "عمن")
        // «وأعلنت بعدها أن…», «وقال حينها إن…»: a time adverb with its pronoun.
        || matches!(tok.bare.as_str(), "بعدها" | "قبلها" | "حينها" | "وقتها" | "عندها" | "بعده" | "حينه")
        // «وأشاد الرئيس بهم ووصفهم…»: a preposition with its pronoun.
        || preposition_with_pronoun(&tok.norm)
}

/// «بهم», «معهم», «عليها», «فيه», «إليهم»: a preposition and an attached pronoun of the
/// third person (not «لي», «بي», first person or a name: «لي كه تشيانغ», «بي بي سي»).
pub(super) fn preposition_with_pronoun(norm: &str) -> bool {
    const PREPOSITIONS_GLUED: &[&str] = &[
        "ب", "ل", "مع", "عن", "من", "علي", "في", "الي", "لدي", "عند", "فوق", "تحت", "خلال", "امام", "ضد",
        "حول", "نحو",
    ];
    const THIRD_PERSON: &[&str] = &["ه", "ها", "هم", "هما", "هن"];
    // (Most words: too long, or no pronoun at the end.)
    if norm.len() > 14 || !norm.ends_with(['ه', 'ا', 'م', 'ن']) {
        return false;
    }
    let w = norm.strip_prefix(['و', 'ف']).filter(|r| r.chars().count() >= 2).unwrap_or(norm);
    PREPOSITIONS_GLUED.iter().any(|p| w.strip_prefix(p).is_some_and(|rest| THIRD_PERSON.contains(&rest)))
}

/// A verbal noun of saying with the article or its sayer's pronoun: «التأكيد»,
/// «تأكيده», «تصريحها» (not «الكشف»: «وحدة الكشف عن المتفجرات» is a body).
fn saying_noun(tok: &Tok) -> bool {
    // (Not «الإعلان» (an advert, a declaration: «وجاء في الإعلان»), «القول» («نقل عن
    // شهود القول إن…»), «الإشارة» («تجدر الإشارة»).)
    const SAYINGS: &[&str] = &["تاكيد", "اعلان", "نفي", "تحذير", "توضيح", "تصريح"];
    let w = tok.bare.as_str();
    if let Some(r) = w.strip_prefix("ال") {
        return matches!(r, "تاكيد" | "تحذير" | "توضيح");
    }
    tok.ha && ["هما", "هم", "ها", "ه"].iter().any(|p| w.strip_suffix(p).is_some_and(|r| SAYINGS.contains(&r)))
}

/// Honorifics that may open a name in apposition after a role («…، الدكتور رشاد عبده،»).
pub(super) const HONORIFICS: &[&str] = &[
    "الدكتور",
    "الدكتوره",
    "السيد",
    "السيده",
    "المهندس",
    "المهندسه",
    "الشيخ",
    "الاستاذ",
    "الاستاذه",
    "البروفيسور",
    "البروفسور",
];

/// «آخر», «أخرى», «آخرون»… ("another") after a title: «مسؤول آخر بالوزارة», whose
/// definite words after it still belong to the role.
pub(super) fn is_other(tok: &Tok) -> bool {
    matches!(tok.bare.as_str(), "اخر" | "اخري" | "اخرون" | "اخرين" | "اخران" | "اخريان")
}

/// An indefinite adjective right after an indefinite title, part of the role and no
/// name: «مسؤول كبير في البيت الأبيض», «مسؤول أميركي», «مصدر رفيع» — a nisba (in «ي»
/// or «يه») or a word of rank.
pub(super) fn role_adjective(tok: &Tok) -> bool {
    tok.kind == TokenKind::ArabicWord
        && !definite(tok)
        && tok.bare == tok.norm
        // (Not whom the role spoke to: «رئيس البلدية لسكاي نيوز».)
        && !tok.lam_noun
        && !tok.lam_construct
        && !is_addressee(tok)
        && (tok.norm.chars().count() >= 4 && (tok.norm.ends_with('ي') || tok.norm.ends_with("يه"))
            || matches!(
                tok.norm.as_str(),
                "كبير" | "كبيره" | "رفيع" | "رفيعه" | "بارز" | "بارزه" | "سابق" | "سابقه"
            ))
}

/// Nouns for a body of any kind (search-normalized, without ال), which a generic
/// «المؤسسة» may abbreviate whatever the body's own head noun.
pub(super) const BODY_HYPERNYMS: &[&str] = &["مؤسسه", "هيئه", "جهه"];

/// Prepositions (search-normalized): a noun after one is no subject.
pub(super) const PREPOSITIONS: &[&str] = &[
    "في", "علي", "الي", "من", "عن", "مع", "امام", "خلال", "بين", "حول", "ضد", "نحو", "لدي", "عند", "داخل",
    "خارج", "بعد", "قبل", "منذ", "عبر",
];

/// «ومن المحتمل», «فمن المتوقع», «من المقرر» at `x`: an impersonal predicate opening a
/// statement («…أن يكون…»).
pub(super) fn impersonal_opening(t: &[Tok], x: usize) -> bool {
    t.get(x).is_some_and(|m| matches!(m.norm.as_str(), "من" | "ومن" | "فمن"))
        && t.get(x + 1).is_some_and(|p| {
            matches!(
                p.norm.as_str(),
                "المحتمل" | "المتوقع" | "المقرر" | "المرجح" | "الممكن" | "المنتظر" | "المفترض"
            )
        })
}

/// A word of time after a subject («يوم الأربعاء», «أمس», «مساء»), search-normalized.
pub(super) fn is_time_word(tok: &Tok) -> bool {
    matches!(
        tok.norm.as_str(),
        "يوم"
            | "اليوم"
            | "امس"
            | "مساء"
            | "صباح"
            | "الاحد"
            | "الاثنين"
            | "الثلاثاء"
            | "الاربعاء"
            | "الخميس"
            | "الجمعه"
            | "السبت"
            // «الثلاثاء الماضي»: a day's "last" or "next".
            | "الماضي"
            | "المقبل"
            | "المنصرم"
    )
}

/// An adverb that may stand between a verb and its subject («ونفى مجددا الرئيس…»,
/// «وأكد أيضا الوزير…»): a time word, «again», «also».
pub(super) fn is_verb_adverb(tok: &Tok) -> bool {
    is_time_word(tok) || matches!(tok.norm.as_str(), "مجددا" | "ايضا" | "كذلك" | "مرارا")
}

/// Hash sets of the longer word lists above: the rules look words up in them for
/// nearly every token, and a linear scan of a few hundred strings was a tenth of the
/// extraction time.
static SUBJECT_STOP_SET: LazyLock<HashSet<&str>> = LazyLock::new(|| SUBJECT_STOP.iter().copied().collect());
static ORG_HEAD_SET: LazyLock<HashSet<&str>> = LazyLock::new(|| ORG_HEADS.iter().copied().collect());
/// [`GROUP_HEADS`] with the oblique form of every sound masculine plural: after a
/// preposition («بحسب مراقبين», «وفقا لمحللين») the «-ون» plural is written «-ين».
static GROUP_HEAD_SET: LazyLock<HashSet<String>> = LazyLock::new(|| {
    let oblique = GROUP_HEADS.iter().filter_map(|w| w.strip_suffix("ون")).map(|s| format!("{s}ين"));
    GROUP_HEADS.iter().map(|w| w.to_string()).chain(oblique).collect()
});

/// Is `w` (search-normalized) in [`SUBJECT_STOP`]?
pub(super) fn stop_word(w: &str) -> bool {
    SUBJECT_STOP_SET.contains(w)
}

/// Is `w` (search-normalized) in [`ORG_HEADS`]?
pub(super) fn org_head_word(w: &str) -> bool {
    ORG_HEAD_SET.contains(w)
}

/// Is `w` (search-normalized) in [`GROUP_HEADS`]?
pub(super) fn group_head_word(w: &str) -> bool {
    GROUP_HEAD_SET.contains(w)
}

/// The end of a name given in apposition, «، (و)يدعى NAME،» («وقال والد أغدم، ويدعى
/// إسماعيل، لوسائل الإعلام إنها…», «رائد شرطة، يدعى عبد القادر علي، أن…») or in quote
/// marks after a relative pronoun, «الذي يدعى "NAME"» («وقال الرجل الذى يدعى "مات
/// جونز" لوسائل الإعلام إنه…»), starting at `j` (the «يدعى»): "who is called", the
/// passive, not «يدّعي» (claims), whose form it shares once normalized. At most six
/// words of name; the token after the closing comma or mark.
pub(super) fn named_apposition_end(t: &[Tok], j: usize) -> Option<usize> {
    let called = t.get(j).is_some_and(|x| matches!(x.norm.as_str(), "يدعي" | "ويدعي" | "تدعي" | "وتدعي"));
    if !called || j == 0 {
        return None;
    }
    // Words of a name (marks allowed), no clause: not «، ويدعي أن المعدلات الأعلى
    // تؤدي…،», a claim.
    let name = |r: std::ops::Range<usize>| {
        r.clone().any(|x| t[x].is_word())
            && r.into_iter().all(|x| {
                is_mark(&t[x])
                    || t[x].is_word()
                        && !COMPLEMENTIZERS.contains(&t[x].norm.as_str())
                        && verb_form(&t[x].norm).is_none()
            })
    };
    if matches!(t[j - 1].norm.as_str(), "الذي" | "التي") && t.get(j + 1).is_some_and(is_mark) {
        let close = (j + 2..(j + 9).min(t.len())).find(|&x| is_mark(&t[x]))?;
        return name(j + 2..close).then_some(close + 1);
    }
    if !t[j - 1].is_punct(&['،', ',']) {
        return None;
    }
    let mut e = j + 1;
    while e < t.len() && e <= j + 7 && (t[e].is_word() || is_mark(&t[e])) {
        e += 1;
    }
    (name(j + 1..e) && t.get(e).is_some_and(|c| c.is_punct(&['،', ',']))).then_some(e + 1)
}

/// A clause of anonymity starting at token `j` — a word of asking or preferring,
/// «عدم», a verb of naming and «اسمه/هويته…» («طالبا عدم ذكر اسمه», «شريطة عدم الكشف
/// عن هويته», «طلبوا عدم نشر أسمائهم»): the token after it. It names nobody and
/// frames nothing («ذكر», «نشر», «كشف» in it are no reporting verbs); 185 quotes over
/// ANT had «اسمه» or «هويته» as their speaker before this was read as one unit.
pub(super) fn anonymity_end(t: &[Tok], j: usize) -> Option<usize> {
    let asks = |x: &Tok| {
        let w = x.bare.as_str();
        matches!(
            w,
            "طالبا"
                | "طالبه"
                | "طالبين"
                | "طلب"
                | "طلبت"
                | "طلبوا"
                | "طلبا"
                | "مشترطا"
                | "مشترطه"
                | "شريطه"
                | "بشرط"
                | "اشترط"
                | "اشترطت"
                | "اشترطوا"
                | "فضل"
                | "فضلت"
                | "فضلوا"
                | "مفضلا"
                | "مفضله"
                | "مفضلين"
                | "رافضا"
                | "رافضه"
                | "رفض"
                | "رفضت"
                | "رفضوا"
        )
    };
    let name = |x: &Tok| {
        let w = x.bare.as_str();
        ["اسم", "هويت", "اسماء", "اسماي"].iter().any(|p| w.starts_with(p)) && w.chars().count() <= 7
    };
    let at = |x: usize| t.get(x);
    // «مصرفيون تحدثوا بشرط عدم ذكر أسمائهم»: who spoke on that condition.
    let spoke = |x: &Tok| matches!(x.bare.as_str(), "تحدث" | "تحدثت" | "تحدثوا" | "متحدثا" | "متحدثين");
    // (Cheap first: «عدم» is rare. «طلب هو الآخر عدم…» is left: the words come
    // together.)
    let negation = |x: usize| at(x).is_some_and(|n| n.bare == "عدم");
    let neg = if negation(j) {
        j
    } else if negation(j + 1) && at(j).is_some_and(asks) {
        j + 1
    } else if negation(j + 2) && at(j).is_some_and(spoke) && at(j + 1).is_some_and(asks) {
        j + 2
    } else {
        return None;
    };
    (neg + 2..(neg + 5).min(t.len())).take_while(|&x| t[x].is_word()).find(|&x| name(&t[x])).map(|x| x + 1)
}
