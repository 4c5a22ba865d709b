//! Speakers named by a noun phrase and no name: "the Tatar leader", "the 70-year-old",
//! "a spokesman for the ministry", "Chile's agriculture minister", "protesters".

use super::{gender_of, group, is_possessive_mark, lower, unknown, Entity, Registry};
use crate::quotes::lexicon::{is_in, DOCUMENT_NOUNS, GROUP_NOUNS, STOP, TITLES};
use crate::quotes::Speaker;
use crate::words::Word;

impl Registry {
    /// "the Tatar leader", "the 70-year-old", "a spokesman for the ministry", "protesters".
    pub(super) fn nominal(&mut self, np: &[Word], pos: usize, text: String) -> Speaker {
        let content: Vec<String> = np
            .iter()
            .take_while(|w| !w.is_any(&["of", "for", "from", "at", "in", "with"]))
            .filter(|w| !w.is_punct() && !is_in(STOP, w.text) && !is_possessive_mark(w))
            .map(lower)
            .collect();
        let Some(head) = content.last() else {
            return unknown(text);
        };
        // "the report said": a document speaks for whoever wrote it, not for the last
        // person mentioned.
        if is_in(DOCUMENT_NOUNS, head) {
            return unknown(text);
        }
        let plural = head.ends_with('s') && !head.ends_with("ss") && head.len() > 3;
        if is_in(GROUP_NOUNS, head) || plural {
            return group(text);
        }
        if np
            .first()
            .is_some_and(|w| w.is_any(&["a", "an", "one", "another", "his", "her", "their", "its"]))
        {
            return self.unnamed(text, content, pos);
        }
        // The latest mentioned person whose titles and descriptions share words; every
        // lowercase word of the phrase must be among them ("Chile's agriculture minister"
        // is not the "economy minister" met before).
        let lowercase: Vec<String> = np
            .iter()
            .take_while(|w| !w.is_any(&["of", "for", "from", "at", "in", "with"]))
            .filter(|w| {
                !w.is_punct()
                    && !is_in(STOP, w.text)
                    && w.text.chars().next().is_some_and(char::is_lowercase)
            })
            .map(lower)
            .collect();
        let mut best: Option<(usize, usize, usize)> = None; // (score, pos, entity)
        for m in self.mentions.iter().filter(|m| m.pos < pos) {
            let e = &self.entities[m.entity];
            let has = |c: &String| e.descriptors.contains(c) || e.names.contains(c);
            let score = content.iter().filter(|c| has(c)).count();
            let all_roles = lowercase.iter().all(has);
            if score > 0 && all_roles && best.is_none_or_less((score, m.pos)) {
                best = Some((score, m.pos, m.entity));
            }
        }
        if let Some((_, _, e)) = best {
            return self.person(e, pos, None);
        }
        // Nobody before matches (a headline, or a title named in the next sentence:
        // "Georgia's governor said ... Governor Ellen Marsh told"): the first person
        // after, close by, whose descriptions match.
        let ahead = self
            .mentions
            .iter()
            .filter(|m| m.pos > pos && m.pos < pos + CATAPHORA_BYTES)
            .find(|m| {
                let e = &self.entities[m.entity];
                content
                    .iter()
                    .any(|c| e.descriptors.contains(c) && is_role_word(c))
            });
        if let Some(m) = ahead.copied() {
            return self.person(m.entity, pos, None);
        }
        // Elegant variation ("the 70-year-old", "the veteran"): the last person spoken of,
        // but only for a noun that names a person, and not for an office of someone's
        // ("Kosovo's prime minister" is nobody named before unless the titles match).
        let owned = np.iter().any(|w| w.text == "'s" || w.text == "’s");
        if let Some(e) = self
            .latest(pos, None)
            .filter(|_| is_person_noun(head) && !owned)
        {
            return self.person(e, pos, gender_of(content.iter().map(String::as_str)));
        }
        // Nobody to point to: an unnamed title stays as written ("the alliance's
        // secretary general").
        if is_person_noun(head) || is_in(TITLES, head) {
            return self.unnamed(text, content, pos);
        }
        unknown(text)
    }
}

/// How far after a title its name may come ("Georgia's governor said ... Governor Ellen
/// Marsh told"): about two sentences.
const CATAPHORA_BYTES: usize = 400;

/// A word of a title or role, not a place or adjective ("governor", not "georgia's").
fn is_role_word(w: &str) -> bool {
    is_in(TITLES, w) || is_person_noun(w)
}

/// Role nouns and person-forming endings: "minister", "70-year-old", "dissident".
pub(super) fn is_person_noun(head: &str) -> bool {
    const ROLES: &[&str] = &[
        "judge",
        "chief",
        "head",
        "envoy",
        "general",
        "veteran",
        "official",
        "leader",
        "mp",
        "president",
        "premier",
        "king",
        "queen",
        "prince",
        "sheikh",
        "imam",
        "cleric",
        "source",
        "aide",
        "ally",
        "diplomat",
        "deputy",
        "candidate",
        "witness",
        "resident",
        "refugee",
        "survivor",
        "victim",
        "mother",
        "father",
        "wife",
        "husband",
        "son",
        "daughter",
        "tatar",
    ];
    const ENDINGS: &[&str] = &[
        "er", "or", "ist", "ian", "ant", "ent", "year-old", "man", "woman", "person", "ee", "ary",
        "arch", "ess",
    ];
    is_in(ROLES, head) || ENDINGS.iter().any(|e| head.ends_with(e)) || head.ends_with("i")
}

impl Registry {
    /// A new, unnamed person ("his mother", "a friend"): later pronouns may point back.
    pub(super) fn unnamed(&mut self, text: String, content: Vec<String>, pos: usize) -> Speaker {
        let gender = gender_of(content.iter().map(String::as_str));
        self.entities.push(Entity {
            name: text,
            names: Vec::new(),
            descriptors: content,
            gender,
        });
        self.person(self.entities.len() - 1, pos, gender)
    }
}

trait Better {
    fn is_none_or_less(&self, other: (usize, usize)) -> bool;
}

impl Better for Option<(usize, usize, usize)> {
    fn is_none_or_less(&self, other: (usize, usize)) -> bool {
        self.is_none_or(|(s, p, _)| (s, p) < other)
    }
}
