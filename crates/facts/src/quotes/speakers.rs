//! Who is who in an article: people introduced by name, their titles and descriptions,
//! and the resolution of a speaker phrase (name, surname, title, nominal, pronoun) to one
//! of them or to a group.

use super::lexicon::{
    is_in, FEMALE_WORDS, GROUP_NOUNS, MALE_WORDS, NOT_PERSON_WORDS, PLACE_SPEAKERS, TITLES,
};
use super::{Speaker, SpeakerKind};
use crate::words::Word;

mod learn;
mod nominal;

use nominal::is_person_noun;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Gender {
    Female,
    Male,
}

/// A person the article names.
#[derive(Debug, Clone)]
struct Entity {
    name: String,
    /// Lowercase words of the name.
    names: Vec<String>,
    /// Lowercase words of titles, roles and appositions ("tatar", "leader", "lawmaker").
    descriptors: Vec<String>,
    gender: Option<Gender>,
}

#[derive(Debug, Clone, Copy)]
struct Mention {
    pos: usize,
    entity: usize,
    /// Subject-like: opens its sentence or comes right before a verb.
    subject: bool,
}

/// Entities of one article and the mentions seen so far.
#[derive(Debug, Default)]
pub(crate) struct Registry {
    entities: Vec<Entity>,
    mentions: Vec<Mention>,
    /// Groups named as speakers, with where: "it" and "they" point back to them.
    groups: Vec<(usize, String)>,
    /// Spans the gazetteer found as places, sorted: never learned as people.
    places: Vec<dyad_model::Span>,
}

const PARTICLES: &[&str] = &[
    "al", "bin", "ibn", "de", "van", "von", "der", "da", "di", "la", "le", "el", "abu",
];

/// A word of a name: capitalized, or an Arabic article joined to one ("al-Hashimi").
fn is_name_word(w: &Word) -> bool {
    w.is_capitalized()
        || [
            "al-", "el-", "ad-", "as-", "ash-", "at-", "bin-", "ibn-", "abu-",
        ]
        .iter()
        .any(|p| {
            w.text
                .strip_prefix(p)
                .is_some_and(|r| r.starts_with(char::is_uppercase))
        })
}

/// Where the name starts after leading titles: "Prime Minister Levan Abashidze" → 2. A
/// title word ending a name that does not start with one is a surname ("Julie Bishop").
fn title_cut(run: &[Word]) -> usize {
    let cut = run
        .iter()
        .rposition(|w| is_in(TITLES, w.text))
        .map_or(0, |k| k + 1);
    if cut == run.len() && run.first().is_some_and(|w| !is_in(TITLES, w.text)) {
        0
    } else {
        cut
    }
}

pub(crate) fn is_acronym(t: &str) -> bool {
    t.len() >= 2
        && t.chars().any(|c| c.is_ascii_uppercase())
        && t.chars()
            .all(|c| c.is_ascii_uppercase() || c == '.' || c == '-')
}

/// Prepositions after which a speaker phrase names a place or a parent body, not the
/// speaker: "Police in London", "The court in the town of Kilis", "Leni Kinzli of the
/// World Food Programme".
const LOCATIVES: &[&str] = &["in", "near", "at", "from", "on", "inside", "outside"];

/// The speaker phrase without the prepositional phrase after its head, when there is one
/// and it does not end in the person's name ("Head of the Mejlis Refat Chubarov").
fn head_part<'w, 'a>(np: &'w [Word<'a>]) -> Option<&'w [Word<'a>]> {
    let cut = (1..np.len()).find(|&i| {
        let w = &np[i];
        let lower_next = np
            .get(i + 1)
            .is_some_and(|n| n.text.chars().next().is_some_and(char::is_lowercase));
        // "The mayor of Paris": a lowercase role, then the place or body it serves.
        let role_before = np[i - 1]
            .text
            .chars()
            .next()
            .is_some_and(char::is_lowercase)
            && (is_in(TITLES, np[i - 1].text) || is_person_noun(&lower(&np[i - 1])));
        is_in(LOCATIVES, w.text) && w.text.chars().all(|c| c.is_ascii_lowercase())
            || (w.is("of") || w.is("for")) && (lower_next || role_before)
    })?;
    let head = &np[..cut];
    let tail = &np[cut..];
    // After "in", "near", "at": a place, never the speaker's name.
    let locative = tail.first().is_some_and(|w| is_in(LOCATIVES, w.text));
    // "Hundreds of protesters", "dozens of residents": the crowd is the tail.
    let counted = head.len() == 1
        && (is_in(QUANTIFIERS, head[0].text)
            || head[0].text.starts_with(|c: char| c.is_ascii_digit()));
    if counted {
        return None;
    }
    (head.iter().any(|w| !w.is_punct()) && (locative || !looks_like_person(tail))).then_some(head)
}

/// Words that speak for an unnamed part of a crowd: "Some chanted", "Many said".
#[rustfmt::skip]
const QUANTIFIERS: &[&str] = &[
    "some", "many", "others", "several", "thousands", "hundreds", "dozens", "most", "all",
    "each", "both", "few",
];

/// Adverbs that open a sentence with a capital and name nobody ("Already, ...").
#[rustfmt::skip]
const ADVERBS: &[&str] = &[
    "already", "still", "now", "then", "meanwhile", "instead", "however", "also", "yet",
    "again", "indeed", "moreover", "furthermore", "separately", "later", "earlier", "today",
    "yesterday", "here", "there",
];

fn is_possessive_mark(w: &Word) -> bool {
    w.text == "'s" || w.text == "’s"
}

/// A group's name reads as a plural ("Turkish officials", "Delegates"), for "they".
fn is_plural_group(name: &str) -> bool {
    let Some(last) = name.split_whitespace().last() else {
        return false;
    };
    let l = last.to_lowercase();
    let plural = l.len() > 3 && l.ends_with('s') && !l.ends_with("ss");
    let lower = last.chars().next().is_some_and(char::is_lowercase);
    let single = !name.contains(' ');
    plural
        && (lower
            || single
                && (is_in(GROUP_NOUNS, &l)
                    || [
                        "ers", "ists", "ans", "ants", "ents", "ates", "ats", "ies", "ics", "ives",
                        "als", "ors",
                    ]
                    .iter()
                    .any(|e| l.ends_with(e))))
}

fn lower(w: &Word) -> String {
    w.text.to_lowercase()
}

fn gender_of<'a>(words: impl Iterator<Item = &'a str>) -> Option<Gender> {
    let mut g = None;
    for w in words {
        if is_in(FEMALE_WORDS, w) {
            g = Some(Gender::Female);
        } else if is_in(MALE_WORDS, w) && g.is_none() {
            g = Some(Gender::Male);
        }
    }
    g
}

/// First names ending in "-a" that are men's; otherwise such a first name reads as a
/// woman's (Maria, Anna, Shamima, Zalina, Nino is not caught).
const MALE_A_NAMES: &[&str] = &[
    "mustafa", "musa", "isa", "hamza", "osama", "usama", "joshua", "luca", "nikita", "ilya",
    "sasha", "attila", "andrea", "juba", "taha", "huthaifa", "hudhayfa", "mirza", "kuba", "jonah",
    "elijah", "noah", "zakaria", "zakariya", "yahya", "mazda", "akira", "kaja", "ra", "pasha",
    "aziza", "abdulla", "garcia", "costa", "da", "la", "al", "abu", "sheikh", "raja",
];

/// Gender read from a person's name: a first name of the word lists, else an "-a" ending.
fn gender_of_name(names: &[String]) -> Option<Gender> {
    let first = names.first().filter(|_| names.len() >= 2)?;
    gender_of(std::iter::once(first.as_str())).or_else(|| {
        (first.len() > 2 && first.ends_with('a') && !is_in(MALE_A_NAMES, first))
            .then_some(Gender::Female)
    })
}

impl Registry {
    /// The entity a name refers to: same words, or a surname (last word) match.
    fn find_by_name(&self, names: &[String], pos: usize) -> Option<usize> {
        let last = names.last()?;
        let same = |e: &Entity| {
            e.names == names
                // "Dzhemilev" for "Mustafa Dzhemilev", not "Sharon Robinson" for "Joe Robinson".
                || (e.names.last() == Some(last) && (names.len() == 1 || e.names.len() == 1))
        };
        let found = self.most_recent(pos, same);
        found.or_else(|| {
            (names.len() == 1)
                .then(|| self.most_recent(pos, |e: &Entity| e.names.contains(last)))
                .flatten()
        })
    }

    /// Of the entities matching `ok`, the one mentioned last before `pos`, else the last
    /// one learned ("Letts" is the Letts spoken of last, son or father).
    fn most_recent(&self, pos: usize, ok: impl Fn(&Entity) -> bool) -> Option<usize> {
        let by_mention = self
            .mentions
            .iter()
            .filter(|m| m.pos < pos && ok(&self.entities[m.entity]))
            .max_by_key(|m| m.pos)
            .map(|m| m.entity);
        by_mention.or_else(|| self.entities.iter().rposition(ok))
    }

    fn person(&mut self, entity: usize, pos: usize, gender: Option<Gender>) -> Speaker {
        self.mentions.push(Mention {
            pos,
            entity,
            subject: true,
        });
        let e = &mut self.entities[entity];
        if e.gender.is_none() {
            e.gender = gender;
        }
        Speaker {
            name: e.name.clone(),
            kind: SpeakerKind::Person,
        }
    }

    /// The latest subject-like person mentioned before `pos` agreeing with `gender`.
    fn latest(&self, pos: usize, gender: Option<Gender>) -> Option<usize> {
        self.mentions
            .iter()
            .filter(|m| m.pos < pos && m.subject)
            .filter(|m| {
                let g = self.entities[m.entity].gender;
                gender.is_none() || g.is_none() || g == gender
            })
            .max_by_key(|m| m.pos)
            .map(|m| m.entity)
    }

    /// Resolves the speaker phrase `np` (words of the clause) found at byte `pos`.
    pub(crate) fn resolve(&mut self, np: &[Word], pos: usize) -> Speaker {
        let speaker = self.resolve_phrase(np, pos);
        let pronoun = np.len() == 1 && np[0].is_any(&["it", "they"]);
        if speaker.kind == SpeakerKind::Group && !pronoun {
            self.groups.push((pos, speaker.name.clone()));
        }
        speaker
    }

    fn resolve_phrase(&mut self, np: &[Word], pos: usize) -> Speaker {
        // "Masrour Barzani, the chancellor of the security council": the name is the part
        // of an apposition that ends in a name.
        if np.iter().any(|w| w.text == ",") {
            let parts = || np.split(|w| w.text == ",");
            // "a Republican", "a town of 25,000": descriptions, never the name.
            let described = |p: &[Word]| {
                p.iter().find(|w| !w.is_punct()).is_none_or(|w| {
                    w.is_any(&["a", "an"]) || !w.text.starts_with(char::is_alphabetic)
                })
            };
            let named = parts().find(|p| looks_like_person(p)).or_else(|| {
                parts().find(|part| {
                    part.last().is_some_and(is_name_word)
                        && !part.iter().all(|w| is_in(TITLES, w.text))
                        && !described(part)
                })
            });
            if let Some(part) = named.filter(|p| p.len() < np.len()) {
                let speaker = self.resolve(part, pos);
                if speaker.kind != SpeakerKind::Unknown {
                    return speaker;
                }
            }
            // No part names anyone: the head phrase before the first comma speaks ("The
            // governor, a Republican,").
            if let Some(first) = parts()
                .next()
                .filter(|p| !p.is_empty() && p.len() < np.len())
            {
                return self.resolve(first, pos);
            }
        }
        if let Some(head) = head_part(np) {
            return self.resolve(head, pos);
        }
        let text = join(np);
        let Some(first) = np.first() else {
            return unknown(text);
        };
        if np.len() == 1 && first.is_any(QUANTIFIERS) {
            return group(text); // "Some chanted", "Many said"
        }
        if np.len() == 1 && first.is_any(&["it", "they"]) {
            // "It said", "they say": the group spoken of last, singular or plural.
            let plural = first.is("they");
            let before = || self.groups.iter().rev().filter(|(p, _)| *p < pos);
            // "it" takes a plural-looking name when there is nothing else ("Reuters").
            let found = before()
                .find(|(_, g)| is_plural_group(g) == plural)
                .or_else(|| before().next().filter(|_| !plural))
                .map(|(_, g)| g.clone());
            return match found {
                Some(name) => Speaker {
                    name,
                    kind: SpeakerKind::Group,
                },
                None if plural => Speaker {
                    name: text,
                    kind: SpeakerKind::Group,
                },
                None => unknown(text),
            };
        }
        if np.len() == 1 && first.is_any(&["he", "she"]) {
            let g = if first.is("she") {
                Gender::Female
            } else {
                Gender::Male
            };
            return match self.latest(pos, Some(g)) {
                Some(e) => self.person(e, pos, Some(g)),
                None => unknown(text),
            };
        }
        if np.len() == 1 && first.is_any(&["i", "we"]) {
            return unknown(text);
        }
        // "Robinson's mother", "Tonroe's commanding officer", "Russia's foreign ministry".
        if let Some(k) = np.iter().rposition(|w| w.text == "'s" || w.text == "’s") {
            let tail = &np[k + 1..];
            // A place's or an organisation's official is someone named elsewhere: read the
            // role as a nominal. A person's relative is someone new.
            let owner = &np[..k];
            // A one-word owner nobody in the article is called ("Georgia's governor")
            // is a place or a body too.
            let stranger = owner.len() == 1
                && owner[0].is_capitalized()
                && self.find_by_name(&[lower(&owner[0])], pos).is_none()
                && tail
                    .last()
                    .is_some_and(|w| is_in(TITLES, w.text) || is_person_noun(&lower(w)));
            let institutional = stranger
                || owner.first().is_some_and(|w| w.is("the"))
                || owner.iter().any(|w| {
                    is_acronym(w.text)
                        || is_in(PLACE_SPEAKERS, w.text)
                        || is_in(GROUP_NOUNS, w.text)
                        || is_in(NOT_PERSON_WORDS, w.text)
                });
            if !tail.is_empty() && !tail.iter().any(is_name_word) && !institutional {
                let content: Vec<String> =
                    tail.iter().filter(|w| !w.is_punct()).map(lower).collect();
                let head = content.last().map_or("", String::as_str);
                let plural = head.ends_with('s') && !head.ends_with("ss") && head.len() > 3;
                if is_in(GROUP_NOUNS, head) || plural {
                    return group(text);
                }
                return self.unnamed(text, content, pos);
            }
        }
        let determiner = first.is_any(&["the", "a", "an", "this", "that"]);
        // The last capitalized run names the speaker: "Putin's spokesman Dmitry Peskov".
        let run_end = np
            .iter()
            .rposition(|w| is_name_word(w) && !w.is_any(&["the", "a", "an"]));
        let head_lower = np
            .iter()
            .rev()
            .find(|w| !w.is_punct())
            .is_some_and(|w| !is_name_word(w));
        if let (Some(e), false) = (run_end, head_lower) {
            let mut s = e;
            while s > 0 && (is_name_word(&np[s - 1]) || is_in(PARTICLES, np[s - 1].text)) {
                s -= 1;
            }
            let run = &np[s..=e];
            let cut = title_cut(run);
            let name = &run[cut..];
            let names: Vec<String> = name.iter().map(lower).collect();
            if name.iter().any(|w| {
                is_acronym(w.text)
                    || is_in(GROUP_NOUNS, w.text)
                    || is_in(PLACE_SPEAKERS, w.text)
                    || is_in(NOT_PERSON_WORDS, w.text)
            }) {
                return group(join(run));
            }
            let known = self.find_by_name(&names, pos);
            let plural_demonym = name.len() == 1
                && known.is_none()
                && cut == 0
                && ["ans", "ars", "ians", "ese", "is", "ks", "ts"]
                    .iter()
                    .any(|s| name[0].text.ends_with(s));
            // "Democrats said", "Critics say", "Lawmakers warned": a capitalized plural
            // of people is a group, even when it was seen before.
            // (Not a surname met with its first name: "Bernie Sanders" then "Sanders said".)
            let known_full = known.is_some_and(|e| self.entities[e].names.len() >= 2);
            let plural_people =
                name.len() == 1 && cut == 0 && !known_full && is_plural_group(name[0].text);
            if plural_demonym || plural_people {
                return group(join(run));
            }
            // "Already, ...", "Continuing, ...": a sentence's first adverb or participle.
            let opener = name.len() == 1
                && cut == 0
                && known.is_none()
                && (name[0].text.ends_with("ing")
                    || name[0].text.ends_with("ly")
                    || is_in(ADVERBS, name[0].text));
            if opener {
                return unknown(join(np));
            }
            let demonym_noun = determiner && name.len() == 1; // "the Tatar"
            if !name.is_empty() && !demonym_noun {
                let g = gender_of(run.iter().map(|w| w.text)).or_else(|| gender_of_name(&names));
                return match known {
                    Some(e) => self.person(e, pos, g),
                    None => {
                        self.entities.push(Entity {
                            name: join(name),
                            names,
                            descriptors: run[..cut].iter().map(lower).collect(),
                            gender: g,
                        });
                        self.person(self.entities.len() - 1, pos, g)
                    }
                };
            }
        }
        self.nominal(np, pos, text)
    }
}

/// A stretch ending in a name of two or more words that is no place or organisation.
fn looks_like_person(part: &[Word]) -> bool {
    let Some(end) = part
        .iter()
        .rposition(is_name_word)
        .filter(|&e| e + 1 == part.len())
    else {
        return false;
    };
    let mut s = end;
    while s > 0 && is_name_word(&part[s - 1]) {
        s -= 1;
    }
    // "The lawyer for Hoda Muthana": a name after a preposition is not the phrase's head.
    if s > 0 && part[s - 1].is_any(&["for", "of", "to", "with", "by", "from", "against"]) {
        return false;
    }
    let run = &part[s..=end];
    let cut = title_cut(run);
    let name = &run[cut..];
    name.len() >= 2
        && !name.iter().any(|w| {
            is_acronym(w.text)
                || is_in(GROUP_NOUNS, w.text)
                || is_in(PLACE_SPEAKERS, w.text)
                || is_in(NOT_PERSON_WORDS, w.text)
        })
}

fn join(ws: &[Word]) -> String {
    let mut s = String::new();
    let mut prev_end = None;
    for w in ws {
        if prev_end.is_some_and(|e| e < w.span.start) {
            s.push(' ');
        }
        s.push_str(w.text);
        prev_end = Some(w.span.end);
    }
    s
}

fn unknown(name: String) -> Speaker {
    Speaker {
        name,
        kind: SpeakerKind::Unknown,
    }
}

fn group(name: String) -> Speaker {
    let bare = ["the ", "The "].iter().find_map(|d| name.strip_prefix(d));
    Speaker {
        name: bare.map_or(name.clone(), str::to_string),
        kind: SpeakerKind::Group,
    }
}
