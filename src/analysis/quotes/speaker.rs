//! Resolving the speaker of a frame: the subject after or before the verb, dropped
//! subjects (agreement, the last speaker), roles and generic nouns to the person they
//! stand for, and the memory of who spoke last.

use std::ops::Range;

use super::attribution::document_owner;
use super::clause::{COMPLEMENTIZERS, opens_speech, sentence_start};
use super::lexicon::{Agreement, EVALUATIVE_VERBS, Number, THINKING, VerbForm, verb_form};
use super::marks::{Seg, is_quote_char, quoted_name};
use super::people::norm_words;
use super::phrase::{Np, by_document, definite, has_pronoun_suffix, read_np};
use super::tokens::{Tok, join};
use super::words::{
    BODY_HYPERNYMS, KIN_HEADS, PREPOSITIONS, STATEMENTS, TITLE_FORMS, is_document, is_group_head,
    is_kin_head, is_object_head, is_org_head, is_other, is_subject_stop, is_time_word, is_title,
    is_verb_adverb, np_number, org_head_word, stop_word,
};
use super::{People, Quote};
use crate::text::clitics::{LEXICON_NORMALIZATION, corpus_count};
use crate::text::normalize::normalize;
use crate::text::tokenize::TokenKind;

/// A resolved speaker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Speaker {
    pub(super) person: Option<usize>,
    pub(super) name: String,
    /// Number and gender, as far as the verb or the noun phrase shows them.
    pub(super) agreement: Agreement,
}

impl Speaker {
    pub(super) fn new(person: Option<usize>, name: String) -> Speaker {
        Speaker { person, name, agreement: Agreement::default() }
    }

    /// Can a verb (or participle) showing `v` have this speaker as its dropped subject?
    /// A plural or dual verb needs a plural or dual speaker; a singular verb a singular
    /// one of its gender, or (feminine) a plural of things or bodies («قالت المصادر»).
    pub(super) fn agrees(&self, v: Agreement, participle: bool) -> bool {
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

pub(super) fn resolve(body: &str, t: &[Tok], np: &Np, people: &People) -> Option<Speaker> {
    // «وقال بيان صادر عن وزارة الخارجية إن…», «وجاء في تقرير للأمم المتحدة أن…»: a
    // document speaks for whoever issued it, when the phrase names them.
    if t.get(np.all.start).is_some_and(is_document)
        && let Some((owner, _)) = document_owner(body, t, np.all.start, np.all.end, people)
    {
        return Some(owner);
    }
    // «قال الأخير لبي بي سي إن…» (the latter): the person named last before it.
    if np.all.len() == 1
        && matches!(t[np.all.start].bare.as_str(), "الاخير" | "الاخيره")
        && let Some(at) = t.get(np.all.start).map(|x| x.range.start)
        && let Some((_, pi)) = people.mentions.iter().rev().find(|(r, _)| r.end <= at)
        && let Some(p) = people.persons.get(*pi)
    {
        return Some(Speaker::new(Some(*pi), p.name.clone()));
    }
    let mut s = resolve_name(body, t, np, people)?;
    s.agreement.number = np_number(t, np);
    Some(s)
}

pub(super) fn resolve_name(body: &str, t: &[Tok], np: &Np, people: &People) -> Option<Speaker> {
    if let Some(n) = &np.name
        && is_object_head(&t[n.start])
    {
        let role_only = Np { name: None, ..np.clone() };
        return if np.role.is_some() { resolve_name(body, t, &role_only, people) } else { None };
    }
    if let Some(n) = &np.name {
        // «لوزير الخارجية», «بالشرطة», «بما»: a preposition glued to a title, a known
        // definite word or a function word is no name (names keep theirs: «بوتين»,
        // «لافروف», «بالوتيلي», whose «الوتيلي» the corpus never shows alone).
        let first = &t[n.start];
        let known_definite = || {
            let word = body.get(first.range.clone()).unwrap_or("");
            let rest = word.get(word.chars().next().map_or(0, char::len_utf8)..).unwrap_or("");
            corpus_count(&normalize(rest, &LEXICON_NORMALIZATION)) > 0
        };
        // «حينما قالت لمتسابق "…"», «قال لصديق إن…»: «لـ» + one common noun (the
        // corpus knows it with the article) is whom the speaker told, no name («لافروف»,
        // «لؤي», «ليلى» have no «الـ» form; «قال لخضر إن…» is the «زياد لخضر» named
        // elsewhere in the article).
        if np.role.is_none()
            && n.len() == 1
            && first.lam_noun
            && people
                .by_name(body.get(first.range.clone()).unwrap_or(""))
                .and_then(|pi| people.persons.get(pi))
                .is_none_or(|p| p.name.split_whitespace().count() < 2)
        {
            return None;
        }
        if np.role.is_none()
            && people.person_at(first.range.clone()).is_none()
            && let Some(rest) = first.norm.strip_prefix(['ب', 'ل'])
        {
            // («الرئيس الذي أبدى…» read as «بالرئيس», «وفقا لما ذكر بالتغريدة»: a
            // definite title or document keeps its words without the preposition.)
            let kept = rest
                .strip_prefix("ال")
                .is_some_and(|w| TITLE_FORMS.contains(rest) || STATEMENTS.contains(&w));
            if kept {
                let words = body.get(first.range.start..t[n.end - 1].range.end).unwrap_or("");
                let mut chars = words.chars();
                chars.next();
                // (Past the preposition and any vowel mark on it: «بِالرئيس».)
                let words = chars
                    .as_str()
                    .trim_start_matches(|c: char| matches!(c, '\u{64B}'..='\u{65F}' | '\u{670}'));
                return Some(Speaker::new(None, words.to_string()));
            }
            if rest.starts_with("ال") && known_definite() || TITLE_FORMS.contains(rest) || stop_word(rest) {
                return None;
            }
        }
        // «والد سلمان العبيدي» is the father, not the person named in it.
        // … and «78٪ من المشاركين» a share of a group, no person named elsewhere.
        if np.role.is_none()
            && (is_kin_head(&t[n.start]) && n.len() >= 2 || t[n.start].kind == TokenKind::Number)
        {
            return Some(Speaker::new(None, join(body, t, n)));
        }
        // «وزارة الخارجية في باراغواي», «شهود عيان في مدينة عدن»: a body or a group and
        // where it is; a name inside the place is no person speaking.
        let head = &t[n.start];
        let place = (is_org_head(head) || is_group_head(head))
            .then(|| (n.start + 1..n.end).find(|&x| matches!(t[x].norm.as_str(), "في" | "من" | "داخل")))
            .flatten();
        let who = n.start..place.unwrap_or(n.end);
        let range = t.get(who.start)?.range.start..t.get(who.end.checked_sub(1)?)?.range.end;
        let text = join(body, t, n);
        if let Some(pi) = people.person_at(range).or_else(|| {
            // (A body's name is looked up as a person's only when it is no body.)
            if definite(&t[n.start]) && np.role.is_none() || place.is_some() {
                None
            } else {
                people.by_name(&join(body, t, &who))
            }
        }) {
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
        // «وزير الخارجية الطيب البكوش ضيف بوليتيكا»: a definite name read into the role
        // (not the body the role belongs to, found among the people as a subject
        // elsewhere: «مسؤول في وزارة الخارجية الأمريكية»).
        let body_at = |x: usize| {
            let w = t[x].norm.as_str();
            is_org_head(&t[x]) || w.strip_prefix(['ب', 'ل']).is_some_and(org_head_word)
        };
        if let (Some(a), Some(b)) = (t.get(r.start), r.end.checked_sub(1).and_then(|e| t.get(e)))
            && let Some(pi) = people.person_at(a.range.start..b.range.end)
            && let Some(p) = people.persons.get(pi)
            && !(r.start + 1..r.end).any(|x| {
                body_at(x) && people.mentions.iter().any(|(m, q)| *q == pi && m.start == t[x].range.start)
            })
        {
            return Some(Speaker::new(Some(pi), p.name.clone()));
        }
        return Some(Speaker::new(None, role));
    }
    None
}

/// The subject before a verb at `v`: «وكان الرئيس الروسي فلاديمير بوتين أكد…».
pub(super) fn subject_before(t: &[Tok], v: usize, sent_start: usize) -> Option<Np> {
    // «…توثيق التعاون". أصداء إيجابية وتابع "…"»: a verb with «و» opens a clause of
    // its own; the words right before it are no subject of it (a sub-heading run into
    // the text, the end of the clause before).
    if v > sent_start && t[v].norm.starts_with('و') && t[v].bare != t[v].norm && t[v - 1].is_word() {
        return None;
    }
    // «وكانت وزارة الدفاع في سيول قد ذكرت…», «…، جيمي موراليس كان قد أعلن…»: «(كان)
    // قد» between the subject and its verb.
    let mut aux = v;
    while aux > sent_start + 1 && matches!(t[aux - 1].norm.as_str(), "قد" | "كان" | "كانت" | "كانوا")
    {
        aux -= 1;
    }
    if aux < v
        && t[aux].norm == "قد"
        && let Some(np) = subject_before(t, aux, sent_start)
    {
        return Some(np);
    }
    let mut s = v;
    while s > sent_start && t[s - 1].is_word() && v - s < 8 {
        s -= 1;
    }
    // «كشفت الشرطة القليل من التفاصيل ولكن وسائل إعلام أمريكية قالت إنها…»: a
    // conjunction opening a clause of its own inside the sentence starts its subject
    // (not «بينما كان يمسك بقطعة مما يقول…»: a verb, no subject, opens that clause).
    let opens_clause = |x: &Tok| matches!(x.norm.as_str(), "لكن" | "ولكن" | "بينما" | "وبينما");
    let after_opener = match (s..v).rev().find(|&x| opens_clause(&t[x])) {
        Some(o)
            if o > sent_start
                && o + 1 < v
                && verb_form(&t[o + 1].norm).is_none()
                && !t[o + 1].bare.starts_with("كان") =>
        {
            s = o + 1;
            true
        }
        _ => false,
    };
    if s == v {
        // «…، رغم أن رئيس معسكر الخروج…، ماثيو إليوت، قال»: a role and its name.
        if v > sent_start
            && t[v - 1].is_punct(&['،', ','])
            && let Some(np) = role_and_name_before(t, v - 1, sent_start)
        {
            return Some(np);
        }
        // «يوكسل أوموت، 55 عاما، تاجر ذهب…، يقول إن…»: a comma right before the verb
        // closes an apposition to the subject that opens the sentence.
        // (Only a subject given an age: other phrases closed by a comma before a verb
        // are as often adverbials, «بالمقابل،», «ربما تمكنت…،».)
        return (v > sent_start && t[v - 1].is_punct(&['،', ',']))
            .then(|| subject_opening_sentence(t, v, sent_start))
            .flatten()
            .filter(|np| aged(t, np.all.end) || name_with_apposed_role(t, np));
    }
    let mut k = s;
    while k < v && LINKING_PARTICLES.contains(&t[k].norm.as_str()) {
        k += 1;
    }
    // «ومضى يقول: "…"», «وراح يقول إن…»: an auxiliary of going on right before the
    // verb, no subject (the speaker is the one already speaking).
    if k + 1 == v && went_on(&t[k]) {
        return None;
    }
    // «حتى أن أحد المعلقين البارزين ألمح…»: «أن» after «حتى» opens no clause of saying.
    if k > s && matches!(t[k - 1].norm.as_str(), "حتي" | "وحتي") && t.get(k).is_some_and(|x| x.norm == "ان")
    {
        k += 1;
    }
    // «وكانت شركة "كامبريدج أناليتيكا" التي عملت…، تورطت في…، لكنها نفت أن…»: «لكنها»
    // takes up the body «وكانت» opened the sentence with (only a feminine one: «وكان حزب
    // الله خارج قائمة وزير العدل، لكنه قال» is the minister's).
    if matches!(t[v - 1].bare.as_str(), "لكنها" | "ولكنها")
        && matches!(t[sent_start].bare.as_str(), "كانت" | "وكانت")
    {
        let k = sent_start + 1;
        if let Some(np) = read_np(t, k).filter(|np| np.all.start == k && np.all.end < v - 1)
            && let head = &t[np.name.as_ref().map_or(k, |n| n.start)]
            && is_org_head(head)
            && head.bare.ends_with('ه')
        {
            return Some(np);
        }
    }
    if k == s && s != sent_start && !after_opener {
        return subject_opening_sentence(t, v, sent_start);
    }
    // «وعن أيام الدراسة تضيف: "…"», «وفي هذا السياق يقول…»: a fronted topic or setting
    // with its preposition, no subject.
    if matches!(t[k].norm.as_str(), "عن" | "وعن" | "حول" | "وحول" | "بشان" | "وبشان" | "في" | "وفي")
    {
        return None;
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
        // «عدد من الخبراء في شبكات التواصل الاجتماعي يرون أن…»: a group opening the
        // sentence and where it belongs, right before its verb.
        Some(np) if let Some(end) = group_with_place_before(t, k, &np, v, sent_start) => {
            Some(Np { role: None, name: Some(k..end), all: k..end })
        }
        // «لكن الشركات التي تواجه صعوبات في الاستيراد تقول إن…»: a relative clause with
        // a verb of its own between the subject and its verb (not «الإنفاق الذي يقول
        // إنه…», where the verb of saying is the relative clause's).
        Some(np)
            if np.all.end + 2 < v
                && matches!(t[np.all.end].norm.as_str(), "الذي" | "التي" | "الذين" | "اللذين" | "اللتين")
                && (np.all.end + 1..v).all(|x| t[x].is_word() && verb_form(&t[x].norm).is_none()) =>
        {
            Some(np)
        }
        _ => subject_opening_sentence(t, v, sent_start),
    }
}

/// «عدد من الخبراء في شبكات التواصل الاجتماعي يرون أن…», «لكن وزارة الخارجية في
/// باراغواي قالت…»: a group (a plural of people, or «عدد/بعض/معظم من» + a definite
/// plural) or a body opening the sentence at `k`, then a
/// phrase of where it belongs («في…») up to the verb at `v`: the end of the whole phrase
/// («مصادر في الشرطة»).
fn group_with_place_before(t: &[Tok], k: usize, np: &Np, v: usize, sent_start: usize) -> Option<usize> {
    if k != past_opening_particles(t, sent_start, v) {
        return None;
    }
    let quantifier = matches!(t[k].bare.as_str(), "عدد" | "بعض" | "كثير" | "غالبيه" | "معظم");
    let head = &t[np.name.as_ref().map_or(k, |n| n.start)];
    let end = if quantifier && t.get(np.all.end).is_some_and(|x| x.norm == "من") {
        t.get(np.all.end + 1).filter(|g| g.is_word() && definite(g) && is_group_head(g))?;
        np.all.end + 2
    } else if is_group_head(head) || is_org_head(head) {
        np.all.end
    } else {
        return None;
    };
    (end + 1 < v
        && matches!(t[end].norm.as_str(), "في" | "من" | "داخل" | "حول")
        && v - end <= 6
        && (end + 1..v).all(|x| {
            // (Not a verb of its own, «تقدموا بتعازيهم», nor an object, «بإلغاء».)
            t[x].is_word()
                && verb_form(&t[x].norm).is_none()
                && !is_subject_stop(&t[x])
                && !is_opening_particle(&t[x])
                && !has_pronoun_suffix(&t[x])
                && !t[x].bare.ends_with("وا")
                // (The noun right after «في» may open with «ب»: «في باراغواي».)
                && (!t[x].norm.starts_with('ب') || t[x].norm.starts_with("بال") || x == end + 1)
        }))
    .then_some(v)
}

/// «…، رغم أن رئيس معسكر الخروج في المملكة المتحدة، ماثيو إليوت، قال إن…»: a role
/// (with its complement) and a bare name between commas, the name's closing comma at
/// `comma`, right after a particle or the sentence start.
fn role_and_name_before(t: &[Tok], comma: usize, sent_start: usize) -> Option<Np> {
    // (Not `definite`: «إليوت» starts with «إل».)
    let name_word = |x: &Tok| x.kind == TokenKind::ArabicWord && !is_subject_stop(x) && !is_title(x);
    let open = (comma.saturating_sub(5).max(sent_start)..comma).rev().find(|&x| !name_word(&t[x]))?;
    if open + 1 == comma || !t[open].is_punct(&['،', ',']) {
        return None;
    }
    let mut s = open;
    while s > sent_start && t[s - 1].is_word() && open - s < 10 {
        s -= 1;
    }
    let mut k = s;
    while k < open
        && (LINKING_PARTICLES.contains(&t[k].norm.as_str())
            || matches!(
                t[k].norm.as_str(),
                "رغم" | "برغم" | "بالرغم" | "من" | "ان" | "الا" | "غير" | "الرغم" | "علي"
            ) && k + 1 < open)
    {
        k += 1;
    }
    let np = read_np(t, k).filter(|np| np.all.start == k && np.role.is_some())?;
    if np.all.end == comma {
        return Some(np);
    }
    // (The role's own complement up to the comma: «في المملكة المتحدة».)
    (np.all.end <= open && (np.all.end..open).all(|x| t[x].is_word())).then(|| Np {
        role: np.role.clone(),
        name: Some(open + 1..comma),
        all: k..comma,
    })
}

/// «مضى», «راح», «أخذ», «ظل», «عاد», «استمر», «واصل» (went on, kept): an auxiliary
/// before a present verb of saying («ومضى يقول»), whose subject, if any, follows it.
fn went_on(tok: &Tok) -> bool {
    tok.kind == TokenKind::ArabicWord
        && matches!(
            tok.bare.as_str(),
            "مضي"
                | "مضت"
                | "راح"
                | "راحت"
                | "اخذ"
                | "اخذت"
                | "ظل"
                | "ظلت"
                | "عاد"
                | "عادت"
                | "استمر"
                | "استمرت"
                | "واصل"
                | "واصلت"
                | "انبري"
                | "انبرت"
        )
}

/// A noun phrase ending right before a verb at `v` that has no و/ف and no subject of
/// its own after it, inside its sentence («… لمنظمة الصحة العالمية قالت إن…», «على
/// تقارير إعلامية، نقلت أنها…»): the longest phrase of at most six words, not a
/// pronoun-suffixed or prepositional word.
pub(super) fn subject_right_before(
    t: &[Tok],
    v: usize,
    ss: usize,
    vf: VerbForm,
    people: &People,
) -> Option<Np> {
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
            org_head_word(rest)
        };
        let speaks = is_org_head(head)
            || is_group_head(head)
            || is_title(head)
            || lam_head
            || (s..end).any(|x| people.person_at(t[x].range.clone()).is_some())
            || matches!(head.bare.as_str(), "تقارير" | "مصادر" | "وسائل" | "صحف" | "مواقع")
            // («…مع إحصاءات أظهرت أن…»: figures that show.)
            || matches!(
                head.bare.as_str(),
                "بيانات" | "احصاءات" | "احصائيات" | "ارقام" | "معطيات" | "دراسه" | "دراسات" | "استطلاع"
            );
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
pub(super) fn subject_after_complementizer(t: &[Tok], v: usize, ss: usize, people: &People) -> Option<Np> {
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
    // «يشار أن لاعبة الجيدو هالة المرغني قد صرحت…», «أن الوزارة كانت قد حذرت…»:
    // past «قد» and «كان» before the verb.
    let mut v = if v > s + 1 && t[v - 1].norm == "قد" { v - 1 } else { v };
    if v > s + 1 && matches!(t[v - 1].norm.as_str(), "كان" | "كانت" | "كانوا" | "كانا" | "كانتا")
    {
        v -= 1;
    }
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
        // «رغم أن خطيبته تقول إنها…»: kin (or a fiancée, a lawyer) with their pronoun.
        || has_pronoun_suffix(head) && kin_of_someone(head)
        || (s..v).any(|x| people.person_at(t[x].range.clone()).is_some())
        || !definite(head) && !has_pronoun_suffix(head) && !PREPOSITIONS.contains(&head.norm.as_str());
    speaks.then_some(np)
}

/// A kin noun, a fiancé(e), a friend or a lawyer with a possessive pronoun («خطيبته»,
/// «زوجته», «محاميه»): someone who speaks.
fn kin_of_someone(tok: &Tok) -> bool {
    let Some(stem) = ["هما", "هم", "ها", "ه"].iter().find_map(|p| tok.bare.strip_suffix(p)) else {
        return false;
    };
    // «زوجت|ه» → «زوجه»: the feminine ending before the pronoun.
    let stem = stem.strip_suffix('ت').map_or(stem.to_string(), |s| format!("{s}ه"));
    KIN_HEADS.contains(&stem.as_str())
        || matches!(stem.as_str(), "خطيب" | "خطيبه" | "صديق" | "صديقه" | "محامي" | "محاميه" | "ابنه" | "ام")
}

/// Auxiliaries and connectives that may stand between a sentence's start and its
/// subject («وكان الوزير …، قد صرح»).
pub(super) const LINKING_PARTICLES: &[&str] = &[
    "وكان",
    "كان",
    "وكانت",
    "كانت",
    "فيما",
    "بينما",
    "وفيما",
    "وبينما",
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
pub(super) fn is_opening_particle(tok: &Tok) -> bool {
    let w = tok.norm.as_str();
    LINKING_PARTICLES.contains(&w) || matches!(w, "غير" | "اما")
}

/// The subject opening the sentence right before its verb at `v`, which has no «و/فـ»
/// of its own («لكن الأخير اتهم الاتحاد الأوروبي بأنه "…"»): subject–verb order, so a
/// noun after the verb is its object. Only a definite phrase, a role, a body or a known
/// person, not a time («الخميس قال…»).
pub(super) fn fronted_subject(t: &[Tok], v: usize, ss: usize, people: &People) -> Option<Np> {
    let k = past_opening_particles(t, ss, v);
    // «وكان موقع هاف بوست، النسخة الأمريكية، قد وصف المقابلة…»: «كان» … «قد» + verb
    // hold the subject between them, here past an apposition.
    if k > ss
        && v > k + 1
        && t[v - 1].norm == "قد"
        && (ss..k).any(|x| matches!(t[x].norm.as_str(), "كان" | "وكان" | "كانت" | "وكانت"))
    {
        return subject_opening_sentence(t, v, ss).or_else(|| {
            // «وكانت ساره دانيوس قد أقرت…»: whatever stands between «كان» and «قد» is
            // the subject, a bare name too (not a time: «وكان أمس قد…»).
            let np = read_np(t, k).filter(|np| np.all.start == k && np.all.end == v - 1)?;
            let head = &t[np.name.as_ref().or(np.role.as_ref()).map_or(k, |r| r.start)];
            (!is_time_word(head) && !is_subject_stop(head)).then_some(np)
        });
    }
    // («فالجريدة البريطانية "ذي ميل" توقعت…»: a definite subject opening the sentence
    // may carry its conjunction.)
    if k >= v
        || t[v].bare != t[v].norm
        || !t[k].is_word()
        || t[k].bare != t[k].norm && !(k == ss && t[k].bare.starts_with("ال"))
    {
        return None;
    }
    // «دراسة جديدة تخلص إلى أن…», «تقرير أممي يكشف أن…»: a study or a report and
    // its adjectives speak.
    if is_document(&t[k])
        && v - k <= 4
        && (k + 1..v).all(|x| t[x].is_word() && verb_form(&t[x].norm).is_none() && !is_subject_stop(&t[x]))
    {
        return Some(Np { role: None, name: Some(k..v), all: k..v });
    }
    let mark = |x: &Tok| x.kind == TokenKind::Punctuation && x.norm.chars().all(is_quote_char);
    // «فالجريدة البريطانية "ذي ميل" توقعت…»: the body's name quoted after it.
    let quoted_name_to_v = |e: usize| {
        e + 2 < v && v - e <= 6 && mark(&t[e]) && mark(&t[v - 1]) && (e + 1..v - 1).all(|x| t[x].is_word())
    };
    let np = read_np(t, k)
        .filter(|np| np.all.start == k && (np.all.end == v || quoted_name_to_v(np.all.end)))
        .map(|np| Np { all: k..v, ..np })?;
    let head = &t[np.name.as_ref().or(np.role.as_ref()).map_or(k, |r| r.start)];
    let speaks = np.role.is_some()
        || is_org_head(head)
        || is_group_head(head)
        || definite(head)
        || people.person_at(t[k].range.start..t[v - 1].range.end).is_some();
    // (Not «والأحد لمحت موسكو…»: a day with the conjunction.)
    let plain = Tok { norm: head.bare.clone(), ..head.clone() };
    (speaks
        && !is_time_word(head)
        && !is_time_word(&plain)
        && !is_subject_stop(head)
        && !is_subject_stop(&plain))
    .then_some(np)
}

/// The first token at or after `k` (before `v`) past the particles that may open a
/// sentence before its subject, and the discourse opener «هذا» before «وقد»/«و…» («هذا
/// وقد غرّد الداعية…»).
pub(super) fn past_opening_particles(t: &[Tok], mut k: usize, v: usize) -> usize {
    // «من جانبه، كتب…», «من جهتها أشاد…», «بدوره، قال…»: for their part (and a comma).
    let turn = |x: &Tok| {
        matches!(
            x.bare.as_str(),
            "جانبه" | "جانبها" | "جانبهم" | "جهته" | "جهتها" | "جهتهم" | "ناحيته" | "ناحيتها"
        )
    };
    if k + 1 < v && t[k].norm == "من" && turn(&t[k + 1]) {
        k += 2;
    } else if k < v && matches!(t[k].bare.as_str(), "بدوره" | "بدورها" | "بدورهم") {
        k += 1;
    }
    if k < v && t[k].is_punct(&['،', ',']) {
        k += 1;
    }
    while k < v
        && (is_opening_particle(&t[k])
            || t[k].norm == "هذا"
                && t.get(k + 1).is_some_and(|n| n.norm.starts_with('و') && n.norm.chars().count() > 2))
    {
        k += 1;
    }
    k
}

/// The subject opening the sentence, separated from its verb by an apposition or `قد`:
/// «وكان وزير الاتصالات … محمد جواد آذري جهرمي، قد صرح», «لكن مركز إدارة خدمات …،
/// التابع لوزارة الاتصالات قال». Only a role, an organization, a known kind of body
/// (definite) or a name, with no verb or complementizer between it and the verb.
pub(super) fn subject_opening_sentence(t: &[Tok], v: usize, sent_start: usize) -> Option<Np> {
    let mut k = past_opening_particles(t, sent_start, v);
    if k >= v || !t[k].is_word() {
        return None;
    }
    // «وتحدث الرئيس الفرنسي، إيمانويل ماكرون، هاتفيا… وقال له إن…»: «و» + a verb opens
    // the sentence; its subject (a title or a body) follows it.
    let w = &t[k];
    if w.kind == TokenKind::ArabicWord
        && w.bare != w.norm
        && w.norm.starts_with(['و', 'ف'])
        && !definite(w)
        && !is_title(w)
        && !is_org_head(w)
        && !is_group_head(w)
    {
        if k + 1 < v && (is_title(&t[k + 1]) || is_org_head(&t[k + 1])) {
            k += 1;
        } else {
            return None;
        }
    }
    // «وفي …», «وبعد …»: a prepositional phrase, no subject.
    let first = &t[k];
    for p in ["و", "ف"] {
        if first.norm.strip_prefix(p).is_some_and(stop_word) {
            return None;
        }
    }
    // (A short quoted name in the apposition is part of it: «جان ماري لوبان، مؤسس
    // "الجبهة الوطنية" ووالد مرشحة الرئاسة…، رأى أن…».)
    let marks: Vec<usize> = (k..v)
        .filter(|&x| t[x].kind == TokenKind::Punctuation && t[x].norm.chars().any(is_quote_char))
        .collect();
    let quoted_names = marks.len().is_multiple_of(2) && marks.chunks_exact(2).all(|p| p[1] - p[0] <= 5);
    if !quoted_names
        || (k..v).any(|x| {
            verb_form(&t[x].norm).is_some()
                || COMPLEMENTIZERS.contains(&t[x].norm.as_str())
                || t[x].is_punct(&['.', ':', '؟', '?', '!'])
        })
    {
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
    // «يوكسل أوموت، 55 عاما، تاجر ذهب في السوق القديم، يقول إن…»: a name given an age
    // is a person, whatever else the phrase holds.
    (np.role.is_some()
        || is_org_head(&t[head])
        || definite(&t[head]) && np.name.is_some()
        || aged(t, np.all.end)
        || name_with_apposed_role(t, &np))
    .then_some(np)
}

/// «جان ماري لوبان، مؤسس "الجبهة الوطنية" ووالد…، رأى أن…»: a bare name of two or
/// three words set off by a comma before a role, kin or «مؤسس» (founder) is a person.
fn name_with_apposed_role(t: &[Tok], np: &Np) -> bool {
    let apposed_role = t.get(np.all.end).is_some_and(|c| c.is_punct(&['،', ',']))
        && t.get(np.all.end + 1)
            .is_some_and(|a| is_title(a) || is_kin_head(a) || matches!(a.bare.as_str(), "مؤسس" | "مؤسسه"));
    // «خلود، وهي لاجئة من ريف دمشق، لخصت مشاعرها قائلة…»: «وهو/وهي» after the comma
    // says who the name is, even a name of one word.
    let described = t.get(np.all.end).is_some_and(|c| c.is_punct(&['،', ',']))
        && t.get(np.all.end + 1).is_some_and(|a| matches!(a.norm.as_str(), "وهو" | "وهي"));
    (apposed_role || described)
        && np.role.is_none()
        && np.name.as_ref().is_some_and(|n| {
            (if described { 1..=3 } else { 2..=3 }).contains(&n.len())
                && n.clone()
                    .all(|x| t[x].kind == TokenKind::ArabicWord && !definite(&t[x]) && !is_time_word(&t[x]))
        })
}

/// A one-word name opening the sentence at `ss` and said who it is by «، وهو/وهي …،»
/// («خلود، وهي لاجئة من ريف دمشق، لخصت مشاعرها قائلة: "…"»): the subject of what
/// follows, a person though no list knows the name.
pub(super) fn described_name_opening(body: &str, t: &[Tok], ss: usize) -> Option<Speaker> {
    let np = read_np(t, ss).filter(|np| np.all.start == ss && np.role.is_none())?;
    let name = np.name.clone().filter(|n| n.start == ss)?;
    // One word with no «و/فـ» («خلود», «طارق»): longer, the sentence may open with a
    // verb and its subject («وروت ماجدة برنوسي، وهي…», «فاجأت كارين كنايسل، وهي…»).
    let plain = name.len() == 1
        && name.clone().all(|x| {
            t[x].kind == TokenKind::ArabicWord
                && t[x].bare == t[x].norm
                && t[x].norm.chars().count() >= 3
                && !definite(&t[x])
                && !is_time_word(&t[x])
                && !stop_word(&t[x].norm)
                && verb_form(&t[x].norm).is_none()
        });
    (plain && name.end == np.all.end && name_with_apposed_role(t, &np))
        .then(|| Speaker::new(None, join(body, t, &name)))
}

/// Does an age follow the phrase ending at `end` («يوكسل أوموت، 55 عاما،»)?
fn aged(t: &[Tok], end: usize) -> bool {
    t.get(end).is_some_and(|c| c.is_punct(&['،', ',']))
        && t.get(end + 1).is_some_and(|n| n.kind == TokenKind::Number)
        && t.get(end + 2).is_some_and(|n| matches!(n.bare.as_str(), "عاما" | "عام" | "سنه" | "سنوات"))
}

/// The subject of a verb opening the sentence that is no verb of saying («انتقد الاتحاد
/// في بيان…، مؤكدا أنه…», «تحدث مدير عام المنافسة … محمد عيفة عن… وقال إنه…»): the
/// dropped subject of the verbs of saying later in the sentence. The opening word must
/// look like a verb (no article, particle, preposition, title, body or name) and its
/// subject like a speaker (a role, a body, a group or a known person).
pub(super) fn opening_subject(body: &str, t: &[Tok], ss: usize, people: &People) -> Option<Speaker> {
    // «من جهته اعتبر صابر البرقاوي…، مؤكدا أن…», «بدوره، انتقد…»: past an opening
    // «for his part» and its comma.
    let mut ss = ss;
    if t.get(ss).is_some_and(|x| x.norm == "من")
        && t.get(ss + 1).is_some_and(|x| {
            matches!(x.bare.as_str(), "جهته" | "جهتها" | "جانبه" | "جانبها" | "ناحيته" | "ناحيتها")
        })
    {
        ss += 2;
    } else if t.get(ss).is_some_and(|x| matches!(x.bare.as_str(), "بدوره" | "بدورها")) {
        ss += 1;
    }
    if t.get(ss).is_some_and(|x| x.is_punct(&['،', ','])) {
        ss += 1;
    }
    let w = t.get(ss)?;
    let letters = w.bare.chars().count();
    let verb_like = w.kind == TokenKind::ArabicWord
        && (3..=7).contains(&letters)
        && !definite(w)
        && !has_pronoun_suffix(w)
        // A noun in ة («عودة الاتحاد…»): no verb.
        && (!w.norm.ends_with('ه') || w.ha)
        // (A finite verb of saying too: «اعتبر X الإضراب غير قانوني، مؤكدا أن…» frames
        // no clause of its own; when it does, its speaker is the sentence's anyway.)
        && verb_form(&w.norm).is_none_or(|f| !f.participle && !f.nominal)
        // (Praise or blame opening the sentence frames nothing by itself: «ندد الرئيس
        // الأميركي السابق، باراك أوباما، بشدة بسلوك…».)
        && (!is_subject_stop(w) || verb_form(&w.norm).is_some_and(|f| EVALUATIVE_VERBS.contains(&f.lemma)))
        && !is_opening_particle(w)
        && !PREPOSITIONS.contains(&w.bare.as_str())
        && !is_title(w)
        && !is_org_head(w)
        && !is_group_head(w)
        && !is_kin_head(w)
        && people.person_at(w.range.clone()).is_none();
    if !verb_like {
        return None;
    }
    // «ونشر مستخدم آخر صورة…، معلقا عليها بأن…»: someone described as "another" (not
    // «وفي سياق آخر», «في رسالة أخرى»: a noun of a person only).
    const SOMEONE: &[&str] = &[
        "مستخدم",
        "مستخدمه",
        "مغرد",
        "مغرده",
        "مدون",
        "مدونه",
        "ناشط",
        "ناشطه",
        "صحافي",
        "صحافيه",
        "صحفي",
        "صحفيه",
        "مواطن",
        "مواطنه",
        "شاهد",
        "مشجع",
        "متابع",
        "مسؤول",
        "مصدر",
    ];
    if let (Some(n), Some(o)) = (t.get(ss + 1), t.get(ss + 2))
        && n.kind == TokenKind::ArabicWord
        && SOMEONE.contains(&n.norm.as_str())
        && is_other(o)
    {
        return Some(Speaker::new(None, join(body, t, &(ss + 1..ss + 3))));
    }
    // («نفى مجددا الرئيس الروسي…», «أكد اليوم الوزير…»: past «again» or a time.)
    let at = (ss + 1..(ss + 4).min(t.len())).find(|&x| !is_verb_adverb(&t[x])).unwrap_or(ss + 1);
    let np = read_np(t, at).filter(|np| np.all.start == at)?;
    let head = &t[np.name.as_ref().or(np.role.as_ref()).map_or(np.all.start, |r| r.start)];
    let speaker_like = np.role.is_some()
        || is_org_head(head)
        || is_group_head(head)
        || np.name.as_ref().is_some_and(|n| {
            let (Some(a), Some(b)) = (t.get(n.start), n.end.checked_sub(1).and_then(|e| t.get(e))) else {
                return false;
            };
            people.person_at(a.range.start..b.range.end).is_some()
        });
    speaker_like.then(|| resolve(body, t, &np, people)).flatten()
}

/// Does another speaker's frame start at `x`, inside a reported clause: «و» + a finite
/// verb of saying + a subject that can speak («ويشير خبراء إلى…»), or «لكن» + such a
/// subject or a definite one + a finite verb of saying («لكن البيانات الرسمية كشفت أن…»)?
pub(super) fn another_frame(t: &[Tok], x: usize) -> bool {
    let finite = |y: usize| t.get(y).and_then(|v| verb_form(&v.norm)).is_some_and(|f| !f.participle);
    // «لكن الأطباء رفضوا تقطيب الجرح»: a refusal with a noun is what they did, still
    // reported; it frames speech with its clause, a colon or a quote right after it.
    let refusal_of_a_noun = |y: usize| {
        t.get(y).and_then(|v| verb_form(&v.norm)).is_some_and(|f| f.lemma == "رفض")
            && !t.get(y + 1).is_some_and(opens_speech)
    };
    let speaking = |np: &Np| {
        let head = &t[np.name.as_ref().or(np.role.as_ref()).map_or(np.all.start, |r| r.start)];
        np.role.is_some() || is_org_head(head) || is_group_head(head)
    };
    let Some(tok) = t.get(x) else { return false };
    // «…مقابل صمتها، وقد كشفت "دير شبيغل" أن…»: «وقد/فقد» before the verb changes
    // nothing; the verb after it is read as a «و»-verb.
    let after_qad = matches!(tok.norm.as_str(), "وقد" | "فقد")
        && t.get(x + 1).is_some_and(|v| !v.norm.starts_with('و'))
        && finite(x + 1);
    let (x, tok) = if after_qad { (x + 1, &t[x + 1]) } else { (x, tok) };
    if (after_qad || tok.norm.starts_with('و') && tok.bare != tok.norm) && finite(x) {
        // («…والنزاهة وقال السيسي إنه…»: any name with its own clause right after it.)
        // (Not a verb whose object comes first: «ووصفت فارس بأنها», «وأبلغ زملاءه بأنه».)
        let with_object = t.get(x).and_then(|v| verb_form(&v.norm)).is_some_and(|f| {
            matches!(f.lemma, "وصف" | "ابلغ" | "اخبر" | "اتهم" | "طالب" | "دعا" | "حث" | "ناشد")
        });
        // («…مسحا وطنيا وكشف هذا المسح أن…»: a demonstrative and its noun.)
        let demonstrative =
            t.get(x + 1).is_some_and(|d| matches!(d.norm.as_str(), "هذا" | "هذه" | "ذلك" | "تلك"))
                && t.get(x + 2).is_some_and(|n| n.is_word() && definite(n))
                && t.get(x + 3).is_some_and(|c| COMPLEMENTIZERS.contains(&c.norm.as_str()));
        // («…، وقد كشفت "دير شبيغل" أن…»: a short quoted name and its clause.)
        let quoted = t
            .get(x + 1)
            .is_some_and(|m| m.kind == TokenKind::Punctuation && m.norm.chars().all(is_quote_char))
            && (x + 3..(x + 7).min(t.len())).find(|&y| !t[y].is_word()).is_some_and(|c| {
                t[c].norm.chars().all(is_quote_char)
                    && t.get(c + 1).is_some_and(|n| COMPLEMENTIZERS.contains(&n.norm.as_str()))
            });
        return demonstrative
            || quoted
            || read_np(t, x + 1).is_some_and(|np| {
                np.all.start == x + 1
                    && (speaking(&np)
                        || !with_object
                            && !has_pronoun_suffix(&t[x + 1])
                            && t.get(np.all.end).is_some_and(|c| COMPLEMENTIZERS.contains(&c.norm.as_str())))
            });
    }
    // «، إلا أن بحثا جديدا توصل إلى أن…», «غير أن الوزارة أكدت»: «أن» puts the
    // subject (accusative: «بحثا») before the verb.
    let s = if matches!(tok.norm.as_str(), "لكن" | "ولكن") {
        x + 1
    } else if matches!(tok.norm.as_str(), "الا" | "غير") && t.get(x + 1).is_some_and(|n| n.norm == "ان")
    {
        x + 2
    } else {
        return false;
    };
    let study = |w: &Tok| w.bare.strip_suffix('ا').is_some_and(|b| STATEMENTS.contains(&b)) || is_document(w);
    // (A verb of concluding with its complement too: «توصل إلى أن».)
    let concluding = |y: usize| {
        t.get(y).and_then(|v| THINKING.get(&v.norm)).is_some_and(|f| !f.participle)
            && t.get(y + 1).is_some_and(|n| n.norm == "الي" || COMPLEMENTIZERS.contains(&n.norm.as_str()))
    };
    read_np(t, s).is_some_and(|np| {
        // (The phrase read may run over a verb of concluding, no reporting word.)
        let end = (s + 1..np.all.end).find(|&y| concluding(y)).unwrap_or(np.all.end);
        np.all.start == s
            && end <= s + 5
            && (speaking(&np) || definite(&t[s]) || study(&t[s]))
            && (finite(end) || concluding(end))
            && !refusal_of_a_noun(end)
    })
}

/// The topic after a sentence-opening «أما» («أما بول بيليكنغتون، مدربها…، فلم يصدق»):
/// a person, a role or a body (a name not written with the article, a title or an
/// organization), when a word with «فـ» (the answer of «أما») follows in its sentence.
pub(super) fn topic_of_amma(body: &str, t: &[Tok], ss: usize, people: &People) -> Option<Speaker> {
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
            && x.norm
                .strip_prefix('ف')
                .is_some_and(|r| stop_word(r) || COMPLEMENTIZERS.contains(&r) || verb_form(r).is_some())
    };
    let answer = (np.all.end..t.len())
        .take_while(|&x| !t[x].is_punct(&['.', '!', '?', '؟']))
        .any(|x| fa(&t[x]) && (x == np.all.end || t[x - 1].is_punct(&['،', ','])));
    (speaks && answer).then(|| resolve(body, t, &np, people)).flatten()
}

/// A subject phrase read short of the person it names: a known person's mention
/// starting right after it, past definite adjectives («قال نجم مانشستر يونايتيد
/// السابق بول سكولز إن…»: the club's two-word name cut the role short), or inside its
/// name after its first word. The role then runs up to the person, who is the name.
pub(super) fn with_apposed_person(t: &[Tok], np: Np, people: &People) -> Np {
    // The person whose mention starts at token `x`, and whether named entities found it.
    let person_at = |x: usize| {
        let tok = t.get(x).filter(|tok| tok.is_word())?;
        let (r, p) = people.mentions.iter().find(|(r, _)| r.start == tok.range.start)?;
        Some((r.end, people.persons.get(*p).is_some_and(|p| p.entity.is_some())))
    };
    // A name that is itself a person found by the tagger stays; one found only by the
    // text heuristics («نجم مانشستر يونايتيد» read as title + name) gives way to a
    // person the tagger found after it.
    let at_name = np.name.as_ref().and_then(|n| person_at(n.start));
    // (Not «والد الطفل يوسف», «عائلة برونسون», «مكتب المحقق الخاص روبرت مولر»: kin, a
    // family or a body named after the person speak, not the person.)
    let first = &t[np.all.start];
    let not_the_person = is_kin_head(first)
        || is_org_head(first)
        || matches!(first.bare.strip_prefix("ال").unwrap_or(&first.bare), "عائله" | "اسره" | "اهل" | "ذوي");
    if at_name.is_some_and(|(_, tagged)| tagged) || not_the_person {
        return np;
    }
    // (Only a tagged person: the heuristics alone split two-word names this way.)
    let usable = |x: usize| person_at(x).filter(|&(_, tagged)| tagged);
    let mut e = np.all.end;
    while e < np.all.end + 2 && t.get(e).is_some_and(|x| x.is_word() && definite(x) && !is_subject_stop(x)) {
        e += 1;
    }
    let inside = np.name.as_ref().and_then(|n| (n.start + 1..n.end).find(|&x| usable(x).is_some()));
    let Some(at) = inside.or_else(|| usable(e).is_some().then_some(e)) else { return np };
    let Some((mention_end, _)) = person_at(at) else { return np };
    let end = (at..t.len()).take_while(|&x| t[x].range.end <= mention_end).last().map_or(at + 1, |x| x + 1);
    Np { role: Some(np.all.start..at), name: Some(at..end), all: np.all.start..end.max(np.all.end) }
}

/// `قوله`/`قولها` («ونقلت الوكالة عن المتحدث …، فلان، قوله إن…», «… على لسان ولايتي
/// قوله:»): the speaker follows `عن` or `على لسان`; an apposition between commas right
/// before `قوله` names them.
pub(super) fn qawl_subject(t: &[Tok], v: usize, sent_start: usize) -> Option<Np> {
    let a = (sent_start..v).rev().find(|&x| {
        t[x].norm == "عن" || t[x].norm == "لسان" && x > sent_start && t[x - 1].norm == "علي" && !t[x - 1].ali
    })?;
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
pub(super) fn qawl_form(tok: &Tok) -> VerbForm {
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
pub(super) fn bi_qawl_form(tok: &Tok) -> Option<VerbForm> {
    // «وتعلل مورغان ذلك بالقول: "…"»: the subject's gender is not shown.
    if tok.bare == "بالقول" {
        return Some(VerbForm {
            lemma: "قال",
            participle: true,
            agreement: Agreement::default(),
            nominal: true,
        });
    }
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

pub(super) fn is_qawl(tok: &Tok) -> bool {
    matches!(tok.bare.as_str(), "قوله" | "قولها" | "قولهم" | "قولهما")
}

/// A definite generic noun standing for a speaker named before («المتحدث», «المصدر»,
/// «الوكالة», «الوزارة»): the fullest earlier speaker whose name opens with that noun
/// («متحدث باسم الحكومة التركية», «مصدر عسكري», «وكالة أنباء الأناضول»), also as «نفس
/// المصدر», «المصدر ذاته».
pub(super) fn refine_speaker(s: Speaker, out: &[Quote]) -> Speaker {
    if s.person.is_some() {
        return s;
    }
    let mut words = norm_words(&s.name);
    // «نفس المصدر», «المصدر ذاته»: the same source.
    if words.len() == 2 && matches!(words[0].as_str(), "نفس" | "ذات") {
        words.remove(0);
    } else if words.len() == 2 && matches!(words[1].as_str(), "نفسه" | "ذاته" | "نفسها" | "ذاتها")
    {
        words.pop();
    }
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
                .then(|| speakers().find(|name| named(name, &|f| org_head_word(f))))?
        })
        .map_or(s.clone(), |name| Speaker { agreement: s.agreement, ..Speaker::new(None, name.to_string()) })
}

/// The subject of the clause a verbal noun or «قال فيه» depends on: the noun phrase
/// opening the sentence, or the one after its opening verb («وسارعت وزارة الدفاع
/// الأمريكية إلى تأكيد…»).
pub(super) fn clause_subject(t: &[Tok], ss: usize, v: usize) -> Option<Np> {
    let k = past_opening_particles(t, ss, v);
    // «وعقب صدور نتائج الاستفتاء، سارع وزير الخارجية … إلى القول إن…»: past an
    // opening adverbial of time and its comma, the verb opening the main clause and
    // a role or a body after it.
    if t.get(k).is_some_and(|x| {
        matches!(x.bare.as_str(), "عقب" | "بعد" | "قبل" | "اثر" | "خلال" | "فور" | "لدي" | "عند" | "منذ")
    }) && let Some(c) = (k + 1..v).find(|&x| t[x].is_punct(&['،', ',']))
    {
        t.get(c + 1).filter(|x| {
            x.kind == TokenKind::ArabicWord
                && x.bare == x.norm
                && !definite(x)
                && !is_subject_stop(x)
                && !is_title(x)
        })?;
        let np = read_np(t, c + 2).filter(|np| np.all.start == c + 2 && np.all.end <= v)?;
        let head = &t[np.role.as_ref().or(np.name.as_ref()).map_or(c + 2, |r| r.start)];
        return (np.role.is_some() || is_org_head(head)).then_some(np);
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
    // («وقد أدلت بإفادة أكدت فيها…»: the means, no subject.)
    if by_document(t, at) {
        return None;
    }
    let np = read_np(t, at).filter(|np| np.all.start == at && np.all.end <= v)?;
    let head = t.get(np.name.as_ref().map_or(at, |n| n.start))?;
    (np.role.is_some() || is_org_head(head) || np.name.is_some() && at == k + 1).then_some(np)
}

/// The antecedent of a relative pronoun right before a verb, when the pronoun agrees
/// with the verb («… في صفوف المعارضة والتي رأت أن…»; not «مستشفى الثورة الذي قالت»,
/// where the hospital does not speak).
pub(super) fn antecedent(t: &[Tok], v: usize, a: Agreement) -> Option<Np> {
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
    // «…، وفق ما نقلت "بلومبرغ"، التي قالت أن…»: a quoted name before a comma (not
    // «لعبة "الحوت الأزرق"، التي أفادت تقارير إعلامية أنها…», a subject of its own).
    let mark = |x: &Tok| x.kind == TokenKind::Punctuation && x.norm.chars().all(is_quote_char);
    let own_subject = read_np(t, v + 1).is_some_and(|np| np.all.start == v + 1);
    if v >= 4 && t[v - 2].is_punct(&['،', ',']) && mark(&t[v - 3]) && !own_subject {
        let close = v - 3;
        let open = (close.saturating_sub(6)..close).rev().find(|&x| mark(&t[x]))?;
        return (open + 1 < close && (open + 1..close).all(|x| t[x].is_word())).then(|| Np {
            role: None,
            name: Some(open + 1..close),
            all: open + 1..close,
        });
    }
    // («هيئة المنافسة البريطانية، التي رأت…»: a comma may close the antecedent.)
    let end = if v >= 3 && t[v - 2].is_punct(&['،', ',']) { v - 2 } else { v - 1 };
    let mut s = end - 1;
    while s > 0
        && end - s < 5
        && t[s].is_word()
        && (definite(&t[s]) || is_org_head(&t[s]))
        && !is_org_head(&t[s])
    {
        s -= 1;
    }
    let start = (s..end).find(|&x| t[x].is_word() && (definite(&t[x]) || is_org_head(&t[x])))?;
    // (After a comma only a body: a definite word before it is as often the end of a
    // longer phrase, «رئيس لجنة … في البرلمان البريطاني، الذي…».)
    if end == v - 2 && !is_org_head(&t[start]) {
        return None;
    }
    Some(Np { role: None, name: Some(start..end), all: start..end })
}

/// The person named right before a relative pronoun that agrees with the verb at `v`
/// («… بارتوميو الذي يرى أن…», «… المديرة سارة التي قالت إن…»), or before a comma and
/// the pronoun («…، والتي ادعت…»).
pub(super) fn person_before_relative(t: &[Tok], v: usize, a: Agreement, people: &People) -> Option<usize> {
    let rel = t.get(v.checked_sub(1)?)?;
    let agrees = match rel.bare.as_str() {
        "التي" => a.number == Number::Singular && a.feminine == Some(true),
        "الذي" => a.number == Number::Singular && a.feminine == Some(false),
        _ => false,
    };
    if !agrees || v < 2 {
        return None;
    }
    // «… سيدة أمريكية تدعى كاثرين مايورغا، والتي ادعت أنه…»: past a comma.
    if v >= 3 && t[v - 2].is_punct(&['،', ',']) {
        return people.person_at(t[v - 3].range.clone());
    }
    people.person_at(t[v - 2].range.clone())
}

/// «… وتعزيز الإنفاق الذي يقول إنه يأتي في الوقت الخاطئ»: the relative pronoun is the
/// object, taken up by the pronoun of «إنه»; a thing named before it (no person, title,
/// body or group) does not speak, the verb's own subject does.
pub(super) fn object_relative(t: &[Tok], v: usize, np: &Np, people: &People) -> bool {
    let resumed = t.get(v + 1).is_some_and(|c| matches!(c.norm.as_str(), "انه" | "انها" | "بانه" | "بانها"));
    let head = np.name.as_ref().or(np.role.as_ref()).map_or(np.all.start, |r| r.start);
    resumed
        && !t.get(head).is_some_and(|h| is_org_head(h) || is_group_head(h) || is_title(h))
        && (np.all.start..np.all.end).all(|x| people.person_at(t[x].range.clone()).is_none())
}

/// What the article said so far about its speakers.
#[derive(Debug, Default, Clone)]
pub(super) struct Memory {
    /// The last speaker named explicitly.
    pub(super) last: Option<Speaker>,
    /// Every speaker named or quoted so far, oldest first.
    pub(super) history: Vec<Speaker>,
    /// A person who opened the sentence before the one in progress (the last one of
    /// the paragraph before, at a paragraph start) with no quote in it: «تحدث … محمد
    /// عيفة عن… . وقال إنه…».
    pub(super) carried: Option<Speaker>,
}

impl Memory {
    pub(super) fn name(&mut self, s: Speaker) {
        self.history.push(s.clone());
        self.last = Some(s);
    }

    /// The dropped subject of a verb showing `v`: the sentence's speaker, the last
    /// speaker, or the latest earlier one that agrees with the verb («وقالوا» goes to the
    /// last plural speaker); else the sentence's or last speaker anyway.
    pub(super) fn dropped_subject(
        &self,
        sentence: Option<&Speaker>,
        v: Agreement,
        participle: bool,
    ) -> Option<Speaker> {
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
pub(super) fn quoted_subject(body: &str, t: &[Tok], segs: &[Seg], k: usize) -> Option<(Speaker, usize)> {
    let seg = segs.iter().find(|s| s.open == k)?;
    let close = seg.close?;
    if !quoted_name(t, seg) {
        return None;
    }
    let name = body.get(seg.inner.clone())?.to_string();
    Some((Speaker { agreement: Agreement::default(), ..Speaker::new(None, name) }, close + 1))
}

/// «نشرت … شهادات 18 امرأة يؤكدن أنهن…»: a counted noun right before a plural verb
/// at `v` (an asyndetic relative clause) is its subject.
pub(super) fn counted_subject_before(body: &str, t: &[Tok], v: usize, ss: usize) -> Option<Speaker> {
    let noun = t.get(v.checked_sub(1)?)?;
    let plural = verb_form(&t[v].norm).is_some_and(|f| f.agreement.number != Number::Singular);
    (plural
        && v >= ss + 2
        && t[v - 2].kind == TokenKind::Number
        && noun.kind == TokenKind::ArabicWord
        && !definite(noun)
        && !is_subject_stop(noun)
        && !is_time_word(noun)
        && !has_pronoun_suffix(noun))
    .then(|| {
        let words = body.get(t[v - 2].range.start..noun.range.end).unwrap_or("");
        let mut s = Speaker::new(None, words.to_string());
        s.agreement.number = Number::Plural;
        s
    })
}

/// A group named in the sentence before a plural or dual verb without a subject, or in
/// the sentence before that («وكان الحوثيون قد تحدثوا عن…، وقالوا…»): the first
/// plural group head, dual or sound plural noun, or two coordinated people.
pub(super) fn sentence_group(
    body: &str,
    t: &[Tok],
    sent_ends: &[usize],
    v: usize,
    people: &People,
    sentence_before: bool,
) -> Option<Speaker> {
    let ss = sentence_start(t, sent_ends, v);
    if let Some(s) = counted_subject_before(body, t, v, ss) {
        return Some(s);
    }
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
