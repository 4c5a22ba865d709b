//! Learning the people an article names: capitalized runs, stripped of titles, with the
//! words before them and their appositions kept as descriptions.

use super::{
    gender_of, gender_of_name, is_acronym, is_name_word, join, lower, title_cut, Entity, Mention,
    Registry, PARTICLES,
};
use crate::quotes::lexicon::{is_in, GROUP_NOUNS, NOT_PERSON_WORDS, PLACE_SPEAKERS, STOP};
use crate::quotes::mentions::is_speech_verb;
use crate::words::Word;

/// Most words of a title read before a name and its comma.
const MAX_TITLE_WORDS: usize = 7;

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
    /// Spans of the text that name places (from the gazetteer).
    pub(crate) fn set_places(&mut self, places: &[dyad_model::Span]) {
        self.places = places.to_vec();
        self.places.sort_by_key(|p| p.start);
    }

    /// True when the words lie inside one place mention.
    fn is_place(&self, name: &[Word]) -> bool {
        let (Some(first), Some(last)) = (name.first(), name.last()) else {
            return false;
        };
        let k = self.places.partition_point(|p| p.end <= first.span.start);
        self.places
            .get(k)
            .is_some_and(|p| p.start <= first.span.start && last.span.end <= p.end)
    }

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
            let cut = title_cut(run);
            let name = &run[cut..];
            if name.is_empty()
                || name.iter().any(|w| {
                    is_in(NOT_PERSON_WORDS, w.text)
                        || is_in(PLACE_SPEAKERS, w.text)
                        || is_in(GROUP_NOUNS, w.text)
                        || is_acronym(w.text)
                        || is_in(STOP, w.text)
                })
                || self.is_place(name)
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
            // A title before the name and a comma: "Turkey's president, Recep Tayyip
            // Erdoğan, said".
            if a >= 2 && ws[a - 1].text == "," {
                for w in ws[..a - 1].iter().rev().take(MAX_TITLE_WORDS) {
                    if (w.is_punct() && w.text != "'s" && w.text != "’s") || verb_like(w) {
                        break;
                    }
                    if !is_in(STOP, w.text) && w.text != "'s" && w.text != "’s" {
                        descriptors.push(lower(w));
                    }
                }
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
            let known = self.find_by_name(&names, ws[a].span.start);
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
            // Subject-like: opens its sentence, comes before a verb, or stands in the
            // sentence's first noun phrase ("The US's top officer, General X, said").
            let opening = ws[..a]
                .iter()
                .rposition(|w| w.is_any(&[".", "!", "?"]))
                .map_or(0, |i| i + 1);
            let first_np = a - opening <= MAX_TITLE_WORDS * 2
                && !ws[opening..a].iter().any(|w| verb_like(w) && !w.is("who"));
            let subject = sentence_initial(ws, k) || next_is_verb || first_np;
            let gender = gender_of(names.iter().chain(&descriptors).map(String::as_str))
                .or_else(|| gender_of_name(&names));
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
}
