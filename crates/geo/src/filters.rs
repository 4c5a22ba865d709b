//! The filters that tell a place name from a person's or an organisation's name, a
//! calendar word or a common word: what the recogniser keeps.

use crate::gazetteer::{EntryId, Gazetteer, NameKind};
use crate::recognize::{is_sentence_initial, text_of, Mention, Tags};
use crate::stoplist;
use crate::tokens::{is_capitalised, Tok};
use crate::FeatureType;

/// What the filters say about a match.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Verdict {
    Keep,
    Drop,
    /// Part of a person's name: drop it, and its other mentions in the text.
    PersonName,
}

/// The filters: calendar words, person names, organisation names, common words.
pub(crate) fn keep(
    gaz: &Gazetteer,
    text: &str,
    toks: &[Tok],
    m: &Mention,
    tags: Option<&Tags>,
) -> Verdict {
    if filter(gaz, text, toks, m, tags) {
        return Verdict::Keep;
    }
    let single = m.last - m.first == 1;
    let prev = (m.first > 0)
        .then(|| &toks[m.first - 1])
        .filter(|p| p.is_word);
    let after_name = prev.is_some_and(|p| {
        let w = text_of(text, p);
        stoplist::is_title(w)
            || (is_capitalised(w) && !gaz.is_common_word(w) && name_part_beside(gaz, w, m.refs))
    });
    let only_cities = m
        .refs
        .iter()
        .all(|(id, _)| gaz.entry(*id).feature == FeatureType::City);
    if single && after_name && only_cities && !in_title_case_line(text, m.start) {
        Verdict::PersonName
    } else {
        Verdict::Drop
    }
}

/// True when a match passes the filters.
fn filter(gaz: &Gazetteer, text: &str, toks: &[Tok], m: &Mention, tags: Option<&Tags>) -> bool {
    let surface = &text[m.start..m.end];
    // A modifier ("US-backed") is tagged as the adjective it is part of.
    let demonym = m.modifier_prefix || m.refs.iter().all(|r| r.1 == NameKind::Demonym);
    if let Some(t) = tags {
        if !t.allows(m.start, m.end, demonym) {
            return false;
        }
    }
    let single = m.last - m.first == 1;
    if single && stoplist::is_calendar(surface) {
        return false;
    }
    // "White House" (an old name of Casablanca): an alternate name made of common words.
    let alternate_only = m.refs.iter().all(|r| r.1 == NameKind::Alternate);
    if !single
        && alternate_only
        && toks[m.first..m.last]
            .iter()
            .all(|t| !t.is_word || gaz.is_common_word(text_of(text, t)))
    {
        return false;
    }
    let initial = is_sentence_initial(text, toks, m.first, tags);
    let prev = (m.first > 0).then(|| &toks[m.first - 1]);
    let prev_word = prev.filter(|p| p.is_word).map(|p| text_of(text, p));
    let next = toks.get(m.last).map(|t| (t, text_of(text, t)));
    let next_word = next.filter(|(t, _)| t.is_word).map(|(_, w)| w);

    let headline = in_title_case_line(text, m.start);
    // "Queen Victoria", "Michael Jordan": a title or a first name before the match.
    if let Some(p) = prev_word.filter(|_| !headline) {
        if stoplist::is_title(p) {
            return false;
        }
        // An initial ("George W Bush") is a name part; "A" and "I" are words.
        let initial = p.len() == 1 && is_capitalised(p) && p != "A" && p != "I";
        let is_name_part = is_capitalised(p)
            && !stoplist::is_place_prefix(p)
            && (initial || !gaz.is_common_word(p))
            && !initial_word_is_common(p)
            && name_part_beside(gaz, p, m.refs);
        if is_name_part && !demonym {
            return false;
        }
    }
    // "Washington Post", "Paris Hilton": the match is the start of another proper name.
    if let Some(w) = next_word.filter(|_| !headline) {
        if stoplist::is_org_suffix(w) {
            return false;
        }
        let initial = w.len() == 1 && is_capitalised(w);
        let next_is_name = is_capitalised(w)
            && (initial || !gaz.is_common_word(w))
            && !initial_word_is_common(w)
            && name_part_beside(gaz, w, m.refs);
        if next_is_name && single && !demonym {
            return false;
        }
    }
    // One-word names that are common words or first names need a locative preposition
    // ("in Reading") or an apposition ("Nice, France"), and cannot open a sentence.
    if single && (gaz.is_common_word(surface) || stoplist::is_person_like(surface)) {
        let strong_kind = m.refs.iter().any(|(id, kind)| {
            *kind == NameKind::Primary && matches!(gaz.entry(*id).feature, FeatureType::Country)
        });
        if strong_kind {
            return true;
        }
        let locative = prev_word.is_some_and(stoplist::is_locative);
        let apposition = next.is_some_and(|(_, w)| w == ",")
            && toks
                .get(m.last + 1)
                .is_some_and(|t| t.is_word && !gaz.refs(text_of(text, t)).is_empty());
        return !initial && (locative || apposition);
    }
    true
}

/// True when the capitalised word `w` beside the place name `name` makes it part of a
/// person's name: `w` names no place ("Mike Pompeo"), or both name only small towns
/// ("Marco Rubio": Marco is a Brazilian town, Rubio a Venezuelan one). A city, division
/// or country on either side ("Dead Boston bombing suspect", "Russian Crimea") is a place.
fn name_part_beside(gaz: &Gazetteer, w: &str, name: &[(EntryId, NameKind)]) -> bool {
    let refs = gaz.refs(w);
    refs.is_empty() || (only_minor_towns(gaz, refs) && only_minor_towns(gaz, name))
}

/// True when the places `refs` name are all small towns, or towns by another name (and
/// there is at least one).
fn only_minor_towns(gaz: &Gazetteer, refs: &[(EntryId, NameKind)]) -> bool {
    // Towns under this size seldom stand next to another place name without a comma.
    const MINOR_POPULATION: u64 = 100_000;
    !refs.is_empty()
        && refs.iter().all(|&(id, kind)| {
            let e = gaz.entry(id);
            e.feature == FeatureType::City
                && !e.is_capital
                && (kind != NameKind::Primary || e.population < MINOR_POPULATION)
        })
}

/// Capitalised words that may precede or follow a place without being a name part.
fn initial_word_is_common(w: &str) -> bool {
    stoplist::is_calendar(w)
}

/// True when the line holding `at` is in title case (a headline: "Russia Annexes Crimea"),
/// where capitalisation says nothing about person names.
fn in_title_case_line(text: &str, at: usize) -> bool {
    // Look at most this far each way: a headline is short, and an unbounded scan of a
    // huge one-line input per mention would be quadratic.
    const WINDOW: usize = 200;
    let mut lo = at.saturating_sub(WINDOW);
    while !text.is_char_boundary(lo) {
        lo -= 1;
    }
    let mut hi = (at + WINDOW).min(text.len());
    while !text.is_char_boundary(hi) {
        hi += 1;
    }
    let start = text[lo..at].rfind('\n').map_or(lo, |p| lo + p + 1);
    let end = text[at..hi].find('\n').map_or(hi, |p| at + p);
    let (mut long, mut caps) = (0, 0);
    for w in text[start..end].split_whitespace() {
        if w.chars().filter(|c| c.is_alphabetic()).count() >= 4 {
            long += 1;
            caps += usize::from(is_capitalised(w));
        }
    }
    long >= 3 && caps * 10 >= long * 8
}
