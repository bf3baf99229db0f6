//! The people of an article: from named entities or found in the text (titles +
//! names, subjects of reporting verbs), merged, and looked up by name or role.

use std::ops::Range;

use super::lexicon::{EVALUATIVE_VERBS, search_norm, verb_form};
use super::phrase::{definite, read_np, without_object_before_bi};
use super::tokens::{ba_before_common_noun, join, toks};
use super::words::{is_document, is_object_head, is_title, stop_word};
use super::{People, Person};
use crate::analysis::entities::ArticleEntities;
use crate::analysis::ner::EntityType;
use crate::text::tokenize::TokenKind;

pub(super) fn norm_words(s: &str) -> Vec<String> {
    search_norm(s)
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string())
        .filter(|w| !w.is_empty())
        .collect()
}

/// A name's words without a family name after «آل» at the end («سلطان بن سحيم آل
/// ثاني» → «سلطان بن سحيم»); the words themselves when there is none.
pub(super) fn without_family(key: &[String]) -> &[String] {
    match key {
        [rest @ .., al, _] if rest.len() >= 2 && al == "ال" => rest,
        _ => key,
    }
}

/// Strips و/ف/ل/ب clitics from a name word for matching.
pub(super) fn name_key(w: &str) -> String {
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
            let key = norm_words(&name);
            // («هيئة الإذاعة الإسرائيلية "كان"»: a one-word name that is a function word
            // or a verb would match «وكان» everywhere.)
            let function_word = |w: &String| {
                stop_word(w)
                    || verb_form(w).is_some()
                    || matches!(w.as_str(), "كان" | "كانت" | "يكون" | "تكون")
            };
            if key.is_empty() || key.len() == 1 && key.iter().all(function_word) {
                return;
            }
            // (A family name after «آل» may be left out: «بن سحيم» is «سلطان بن سحيم آل ثاني».)
            let same = |a: &[String], b: &[String]| {
                a.last() == b.last() && (a.len() >= b.len() && a.ends_with(b) || b.ends_with(a))
            };
            if let Some(p) = people.persons.iter_mut().find(|p| {
                let pk = norm_words(&p.name);
                same(&pk, &key) || same(without_family(&pk), without_family(&key))
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
        for (headline, text) in [(true, title), (false, body)] {
            for line in text.split('\n') {
                let start = line.as_ptr() as usize - text.as_ptr() as usize;
                let t = toks(text, start..start + line.len());
                let mut i = 0;
                while i < t.len() {
                    // (Not praise or blame: «وانتقد ممارسات الحوثيين», its object.)
                    let verb = verb_form(&t[i].norm)
                        .filter(|v| !v.participle && !EVALUATIVE_VERBS.contains(&v.lemma));
                    if is_title(&t[i]) || verb.is_some() {
                        let from = if verb.is_some() { i + 1 } else { i };
                        // («ووصف ترامب الاتفاق بأنه…»: the object is no name word.)
                        let np = read_np(&t, from).map(|np| match verb {
                            Some(v) => without_object_before_bi(&t, np, v.lemma),
                            None => np,
                        });
                        if let Some(np) = np
                            && let Some(n) = &np.name
                            && (np.role.is_some() || !definite(&t[n.start]))
                            && (verb.is_some() || np.role.as_ref().is_some_and(|r| r.start == i))
                            // «وفق بيانات وزارة…»: a document heads no speaker's name
                            // (bodies do: «شركة فيسبوك» is named whole).
                            && !is_document(&t[n.start])
                            && !is_document(&t[np.all.start])
                            // («وأكد رئيس المجلس ضرورة المحاسبة»: the object.)
                            && !is_object_head(&t[n.start])
                            // («ودعه مارسيلو بكلمات مؤثرة», «بدقائق قليلة»: «بـ» and a
                            // common noun, no name.)
                            && !text.get(t[n.start].range.clone()).is_some_and(ba_before_common_noun)
                            // «نتانياهو يحذر إيران ملوحا بقطعة معدنية»: in a headline a
                            // verb with its subject before it has its object after it
                            // (a role names a person all the same: «بوتين يستقبل الرئيس
                            // التركي…»).
                            && !(verb.is_some()
                                && headline
                                && i > 0
                                && t[i - 1].is_word()
                                && np.role.is_none())
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
            let whole = norm_words(&p.name);
            let core = without_family(&whole);
            // The last word of the name, and of the name without «آل …» («سحيم» of
            // «سلطان بن سحيم آل ثاني»).
            let keys =
                if core.len() < whole.len() { vec![whole.as_slice(), core] } else { vec![whole.as_slice()] };
            for key in keys {
                let Some(last) = key.last() else { continue };
                for (k, tok) in t.iter().enumerate() {
                    if tok.kind == TokenKind::ArabicWord
                        && (tok.norm == *last || name_key(&tok.norm) == *last)
                    {
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

    pub(super) fn person_at(&self, range: Range<usize>) -> Option<usize> {
        self.mentions.iter().find(|(r, _)| r.start < range.end && range.start < r.end).map(|(_, p)| *p)
    }

    pub(super) fn by_name(&self, name: &str) -> Option<usize> {
        let key: Vec<String> = norm_words(name).iter().map(|w| name_key(w)).collect();
        let last = key.last()?;
        self.persons
            .iter()
            .enumerate()
            .filter(|(_, p)| norm_words(&p.name).iter().any(|w| w == last || name_key(w) == *last))
            .max_by_key(|(_, p)| p.name.len())
            .map(|(i, _)| i)
    }

    pub(super) fn by_role(&self, role: &str) -> Option<usize> {
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
