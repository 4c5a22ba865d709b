//! Who is who in an article: people introduced by name, their titles and descriptions,
//! and the resolution of a speaker phrase (name, surname, title, nominal, pronoun) to one
//! of them or to a group.

use super::lexicon::{
    is_in, DOCUMENT_NOUNS, FEMALE_WORDS, GROUP_NOUNS, MALE_WORDS, NOT_PERSON_WORDS, PLACE_SPEAKERS,
    STOP, TITLES,
};
use super::mentions::is_speech_verb;
use super::{Speaker, SpeakerKind};
use crate::words::Word;

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

fn is_acronym(t: &str) -> bool {
    t.len() >= 2 && t.chars().all(|c| c.is_ascii_uppercase() || c == '.')
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

fn sentence_initial(ws: &[Word], i: usize) -> bool {
    i == 0 || ws[i - 1].is_any(&[".", "!", "?", "\"", "“", "”", ":", "—"])
}

fn verb_like(w: &Word) -> bool {
    is_speech_verb(w)
        || w.is_any(&[
            "has", "had", "have", "is", "was", "were", "are", "will", "would", "also", "who",
        ])
        || (w.text.len() > 4 && w.text.ends_with("ed") && !w.is_capitalized())
}

impl Registry {
    /// Scans one paragraph's words for people, skipping words inside `quoted` spans.
    pub(crate) fn learn(&mut self, ws: &[Word], quoted: &[dyad_model::Span]) {
        let mut i = 0;
        while i < ws.len() {
            if !is_name_word(&ws[i])
                || quoted
                    .iter()
                    .any(|q| q.start <= ws[i].span.start && ws[i].span.end <= q.end)
            {
                i += 1;
                continue;
            }
            let a = i;
            let mut b = i + 1;
            while b < ws.len()
                && (is_name_word(&ws[b])
                    || (is_in(PARTICLES, ws[b].text)
                        && ws.get(b + 1).is_some_and(Word::is_capitalized)))
            {
                b += 1;
            }
            i = b;
            let run = &ws[a..b];
            let cut = run
                .iter()
                .rposition(|w| is_in(TITLES, w.text))
                .map_or(0, |k| k + 1);
            let name = &run[cut..];
            if name.is_empty()
                || name.iter().any(|w| {
                    is_in(NOT_PERSON_WORDS, w.text)
                        || is_in(PLACE_SPEAKERS, w.text)
                        || is_in(GROUP_NOUNS, w.text)
                        || is_acronym(w.text)
                        || is_in(STOP, w.text)
                })
            {
                continue;
            }
            let mut descriptors: Vec<String> = run[..cut].iter().map(lower).collect();
            // Lowercase words just before: "community leader".
            let mut k = a;
            while k > 0 && a - k < 3 {
                let w = &ws[k - 1];
                if w.is_punct() || w.is_capitalized() || is_in(STOP, w.text) || verb_like(w) {
                    break;
                }
                descriptors.push(lower(w));
                k -= 1;
            }
            while k > 0 && a - k < 4 && ws[k - 1].is_capitalized() && !is_in(STOP, ws[k - 1].text) {
                descriptors.push(lower(&ws[k - 1]));
                k -= 1;
            }
            // Apposition: "Dzhemilev, currently a lawmaker in Kiev who ...".
            if ws.get(b).is_some_and(|w| w.text == ",") {
                for w in ws.iter().skip(b + 1).take(8) {
                    if w.is_punct() || w.is_any(&["who", "which", "in", "on", "at", "said", "says"])
                    {
                        break;
                    }
                    if !is_in(STOP, w.text) {
                        descriptors.push(lower(w));
                    }
                }
            }
            let names: Vec<String> = name.iter().map(lower).collect();
            let single = names.len() == 1;
            let known = self.find_by_name(&names);
            let titled = cut > 0;
            let next_is_verb = ws.get(b).is_some_and(verb_like);
            let after_determiner = a > 0 && ws[a - 1].is_any(&["the", "a", "an"]);
            // "Arin, 31, said": a lone name with an age is a person.
            let aged = ws.get(b).is_some_and(|w| w.text == ",")
                && ws.get(b + 1).is_some_and(|w| {
                    w.text.len() <= 3 && w.text.bytes().all(|c| c.is_ascii_digit())
                });
            let next_speaks = ws.get(b).is_some_and(is_speech_verb) || aged;
            if single && (after_determiner || (known.is_none() && !titled && !next_speaks)) {
                continue; // a lone capitalized word: could be anything
            }
            let subject = sentence_initial(ws, k) || next_is_verb;
            let gender = gender_of(names.iter().chain(&descriptors).map(String::as_str));
            let entity = match known {
                Some(e) => e,
                None => {
                    self.entities.push(Entity {
                        name: join(name),
                        names,
                        descriptors: Vec::new(),
                        gender: None,
                    });
                    self.entities.len() - 1
                }
            };
            let e = &mut self.entities[entity];
            e.descriptors.extend(descriptors);
            if e.gender.is_none() {
                e.gender = gender;
            }
            self.mentions.push(Mention {
                pos: ws[a].span.start,
                entity,
                subject,
            });
        }
    }

    /// The entity a name refers to: same words, or a surname (last word) match.
    fn find_by_name(&self, names: &[String]) -> Option<usize> {
        let last = names.last()?;
        let same = |e: &Entity| {
            e.names == names
                // "Dzhemilev" for "Mustafa Dzhemilev", not "Sharon Robinson" for "Joe Robinson".
                || (e.names.last() == Some(last) && (names.len() == 1 || e.names.len() == 1))
        };
        self.entities.iter().rposition(same).or_else(|| {
            (names.len() == 1)
                .then(|| self.entities.iter().rposition(|e| e.names.contains(last)))
                .flatten()
        })
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
        // "Masrour Barzani, the chancellor of the security council": the name is the part
        // of an apposition that ends in a name.
        if np.iter().any(|w| w.text == ",") {
            let named = np.split(|w| w.text == ",").find(|part| {
                part.last().is_some_and(is_name_word) && !part.iter().all(|w| is_in(TITLES, w.text))
            });
            if let Some(part) = named.filter(|p| p.len() < np.len()) {
                let speaker = self.resolve(part, pos);
                if speaker.kind != SpeakerKind::Unknown {
                    return speaker;
                }
            }
        }
        let text = join(np);
        let Some(first) = np.first() else {
            return unknown(text);
        };
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
        if np.len() == 1 && first.is("they") {
            return Speaker {
                name: text,
                kind: SpeakerKind::Group,
            };
        }
        if np.len() == 1 && first.is_any(&["i", "we"]) {
            return unknown(text);
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
            let cut = run
                .iter()
                .rposition(|w| is_in(TITLES, w.text))
                .map_or(0, |k| k + 1);
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
            let known = self.find_by_name(&names);
            let plural_demonym = name.len() == 1
                && known.is_none()
                && cut == 0
                && ["ans", "ars", "ians", "ese", "is", "ks", "ts"]
                    .iter()
                    .any(|s| name[0].text.ends_with(s));
            if plural_demonym {
                return group(join(run));
            }
            let demonym_noun = determiner && name.len() == 1; // "the Tatar"
            if !name.is_empty() && !demonym_noun {
                let g = gender_of(run.iter().map(|w| w.text));
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

    /// "the Tatar leader", "the 70-year-old", "a spokesman for the ministry", "protesters".
    fn nominal(&mut self, np: &[Word], pos: usize, text: String) -> Speaker {
        let content: Vec<String> = np
            .iter()
            .take_while(|w| !w.is_any(&["of", "for", "from", "at", "in", "with"]))
            .filter(|w| !w.is_punct() && !is_in(STOP, w.text))
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
            return Speaker {
                name: text,
                kind: SpeakerKind::Person,
            };
        }
        // The latest mentioned person whose titles and descriptions share words.
        let mut best: Option<(usize, usize, usize)> = None; // (score, pos, entity)
        for m in self.mentions.iter().filter(|m| m.pos < pos) {
            let e = &self.entities[m.entity];
            let score = content
                .iter()
                .filter(|c| e.descriptors.contains(c) || e.names.contains(c))
                .count();
            if score > 0 && best.is_none_or_less((score, m.pos)) {
                best = Some((score, m.pos, m.entity));
            }
        }
        if let Some((_, _, e)) = best {
            return self.person(e, pos, None);
        }
        // Nobody before (a headline): the first person after whose descriptions match.
        let ahead = self.mentions.iter().filter(|m| m.pos > pos).find(|m| {
            let e = &self.entities[m.entity];
            content.iter().any(|c| e.descriptors.contains(c))
        });
        if let Some(m) = ahead
            .copied()
            .filter(|_| self.mentions.iter().all(|m| m.pos >= pos))
        {
            return self.person(m.entity, pos, None);
        }
        match self.latest(pos, None) {
            Some(e) => self.person(e, pos, gender_of(content.iter().map(String::as_str))),
            None => unknown(text),
        }
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
