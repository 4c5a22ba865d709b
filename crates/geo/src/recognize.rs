//! Finding place mentions: leftmost-longest over capitalised token sequences, then filters.

use crate::gazetteer::{EntryId, Gazetteer, NameKind, MAX_NAME_TOKENS};
use crate::stoplist;
use crate::tokens::{is_capitalised, tokenize_into, Tok};
use crate::FeatureType;
use dyad_model::{Sentence, Upos};

/// Texts longer than this are scanned only up to here (at a char boundary): a news article
/// is far shorter, and the limit bounds the time and memory one bad input can take.
pub(crate) const MAX_TEXT_BYTES: usize = 4 << 20;

/// A matched name before resolution.
#[derive(Debug, Clone)]
pub(crate) struct Mention<'g> {
    /// Token range [first, last) in the scanner's tokens.
    pub first: usize,
    pub last: usize,
    pub start: usize,
    pub end: usize,
    pub refs: &'g [(EntryId, NameKind)],
    /// Followed by a division word ("Idlib province"): only ADM1 candidates apply.
    pub adm1_only: bool,
    /// The name is the first part of a hyphenated modifier ("US-backed", "Kyiv-based").
    pub modifier_prefix: bool,
}

/// Words that, after a name, say it is a first-level division ("Idlib Governorate").
const DIVISION_WORDS: &[&str] = &[
    "province",
    "governorate",
    "oblast",
    "region",
    "state",
    "district",
    "county",
    "prefecture",
    "department",
    "canton",
    "emirate",
    "territory",
    "voivodeship",
];

fn is_division_word(w: &str) -> bool {
    w == "State" || DIVISION_WORDS.iter().any(|d| d.eq_ignore_ascii_case(w))
}

/// Tags of the caller's tokens, by byte span, sorted by start.
struct Tags<'a> {
    spans: Vec<(usize, usize, Upos)>,
    starts: Vec<usize>,
    _sentences: &'a [Sentence],
}

impl<'a> Tags<'a> {
    fn new(sentences: &'a [Sentence]) -> Tags<'a> {
        let mut spans = Vec::new();
        let mut starts = Vec::new();
        for s in sentences {
            if let Some(t) = s.tokens.first() {
                starts.push(t.span.start);
            }
            spans.extend(s.tokens.iter().map(|t| (t.span.start, t.span.end, t.upos)));
        }
        spans.sort_by_key(|s| s.0);
        starts.sort_unstable();
        Tags {
            spans,
            starts,
            _sentences: sentences,
        }
    }

    /// The tags of tokens overlapping [start, end).
    fn overlapping(&self, start: usize, end: usize) -> impl Iterator<Item = Upos> + '_ {
        let from = self.spans.partition_point(|s| s.1 <= start);
        self.spans[from..]
            .iter()
            .take_while(move |s| s.0 < end)
            .map(|s| s.2)
    }

    /// False when the tagger saw no noun there (nor, for a demonym, an adjective). NOUN
    /// is accepted beside PROPN: taggers often give a capitalised rare name NOUN, while a
    /// VERB ("Reading the report") or ADJ ("Nice weather") is a safer veto.
    fn allows(&self, start: usize, end: usize, demonym: bool) -> bool {
        let mut tagged = false;
        for u in self.overlapping(start, end) {
            if u == Upos::X {
                continue;
            }
            tagged = true;
            if matches!(u, Upos::Propn | Upos::Noun) || (demonym && u == Upos::Adj) {
                return true;
            }
        }
        !tagged
    }
}

fn text_of<'t>(text: &'t str, t: &Tok) -> &'t str {
    &text[t.start..t.end]
}

/// True when token `i` opens a sentence (or a line, or the text).
fn is_sentence_initial(text: &str, toks: &[Tok], i: usize, tags: Option<&Tags>) -> bool {
    let mut j = i;
    while j > 0 {
        let prev = &toks[j - 1];
        if text[prev.end..toks[j].start].contains('\n') {
            return true;
        }
        let p = text_of(text, prev);
        if prev.is_word {
            break;
        }
        if matches!(p, "." | "!" | "?" | ":" | ";" | "—" | "–") {
            return true;
        }
        if !matches!(p, "\"" | "“" | "‘" | "'" | "(" | "[" | "«" | "-") {
            break;
        }
        j -= 1;
    }
    if j == 0 {
        return true;
    }
    tags.is_some_and(|t| t.starts.binary_search(&toks[j].start).is_ok())
}

/// Finds candidate place mentions in `text`, leftmost-longest.
pub(crate) fn find_mentions<'g>(
    gaz: &'g Gazetteer,
    text: &str,
    toks: &mut Vec<Tok>,
    sentences: Option<&[Sentence]>,
) -> Vec<Mention<'g>> {
    tokenize_into(text, toks);
    let tags = sentences.map(Tags::new);
    let mut out = Vec::new();
    let mut key = String::new();
    // Names seen as part of a person's name ("Mike Pompeo"): later "Pompeo" is him too.
    let mut person_names: Vec<&str> = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if !toks[i].is_word || !is_capitalised(text_of(text, &toks[i])) {
            i += 1;
            continue;
        }
        let mut found = None;
        let longest = MAX_NAME_TOKENS.min(toks.len() - i);
        for len in (1..=longest).rev() {
            let last = &toks[i + len - 1];
            if !last.is_word && text_of(text, last) != "." {
                continue;
            }
            key.clear();
            for (n, t) in toks[i..i + len].iter().enumerate() {
                if n > 0 {
                    key.push(' ');
                }
                key.push_str(text_of(text, t));
            }
            let refs = gaz.refs(&key);
            if !refs.is_empty() {
                found = Some((len, refs));
                break;
            }
        }
        if found.is_none() && caps_context(text, toks, i) {
            found = caps_match(gaz, text_of(text, &toks[i]), &mut key).map(|refs| (1, refs));
        }
        let mut prefix_end = None;
        if found.is_none() {
            if let Some((end, refs)) = modifier_prefix(gaz, text, &toks[i]) {
                found = Some((1, refs));
                prefix_end = Some(end);
            }
        }
        let Some((len, refs)) = found else {
            i += 1;
            continue;
        };
        let mut m = Mention {
            first: i,
            last: i + len,
            start: toks[i].start,
            end: prefix_end.unwrap_or(toks[i + len - 1].end),
            refs,
            adm1_only: false,
            modifier_prefix: prefix_end.is_some(),
        };
        let division = toks
            .get(i + len)
            .filter(|t| t.is_word && is_division_word(text_of(text, t)));
        let has_adm1 = refs
            .iter()
            .any(|(id, _)| gaz.entry(*id).feature == FeatureType::Adm1);
        if let (Some(d), true) = (division, has_adm1) {
            m.adm1_only = true;
            m.last += 1;
            m.end = d.end;
            out.push(m);
        } else {
            match keep(gaz, text, toks, &m, tags.as_ref()) {
                Verdict::Keep => out.push(m),
                Verdict::PersonName => person_names.push(&text[m.start..m.end]),
                Verdict::Drop => {}
            }
        }
        i = m_last(&out, i + len);
    }
    if !person_names.is_empty() {
        out.retain(|m| !person_names.contains(&&text[m.start..m.end]));
    }
    out
}

/// What the filters say about a match.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Verdict {
    Keep,
    Drop,
    /// Part of a person's name: drop it, and its other mentions in the text.
    PersonName,
}

/// True when token `i`, an all-caps word, stands where whole words are capitalised: a
/// dateline ("SIMFEROPOL, March 14", "WASHINGTON —": first on its line, before a comma,
/// bracket or dash) or a line in
/// capitals (an all-caps word beside it). Elsewhere an all-caps word is an acronym
/// ("the DACA program" is no "Daca", Dhaka; "IRNA").
fn caps_context(text: &str, toks: &[Tok], i: usize) -> bool {
    let caps = |t: &Tok| {
        let w = text_of(text, t);
        t.is_word && w.chars().count() >= 2 && w.chars().all(|c| !c.is_lowercase())
    };
    let line_start = text[..toks[i].start].rfind('\n').map_or(0, |n| n + 1);
    let first_on_line = text[line_start..toks[i].start].trim().is_empty();
    let dateline_mark = |c: char| matches!(c, ',' | '(' | '—' | '–' | '-');
    if first_on_line && text[toks[i].end..].trim_start().starts_with(dateline_mark) {
        return true;
    }
    let same_line = |a: &Tok, b: &Tok| !text[a.end.min(b.start)..a.end.max(b.start)].contains('\n');
    let before = toks[..i].iter().rev().find(|t| t.is_word);
    let after = toks[i + 1..].iter().find(|t| t.is_word);
    before.is_some_and(|b| caps(b) && same_line(b, &toks[i]))
        || after.is_some_and(|a| caps(a) && same_line(&toks[i], a))
}

/// "SIMFEROPOL" in a dateline or an all-caps headline: the title-case form's entries, for a
/// one-word name that is not a common word ("PEACE" is not looked up as "Peace").
fn caps_match<'g>(
    gaz: &'g Gazetteer,
    word: &str,
    buf: &mut String,
) -> Option<&'g [(EntryId, NameKind)]> {
    let all_caps = word.chars().count() >= 4 && word.chars().all(|c| c.is_uppercase() || c == '-');
    if !all_caps || gaz.is_common_word(word) {
        return None;
    }
    buf.clear();
    let mut start = true;
    for c in word.chars() {
        if start {
            buf.push(c);
        } else {
            buf.extend(c.to_lowercase());
        }
        start = c == '-';
    }
    if stoplist::is_calendar(buf) {
        return None;
    }
    // An acronym is often an alternate name of some town ("IRNA"): take the title-case
    // form only as a primary name, or as any name of a country, ADM1 or capital ("KIEV").
    let refs = gaz.refs(buf);
    let strong = refs.iter().any(|&(id, kind)| {
        let e = gaz.entry(id);
        kind == NameKind::Primary || e.is_capital || e.feature != FeatureType::City
    });
    strong.then_some(refs)
}

/// "US-backed", "Kyiv-based", "Russian-led": a name before a hyphen and a lower-case word
/// is a place used as a modifier. Returns the name's end and its entries. Names that
/// contain such a hyphen themselves ("Rostov-on-Don") match whole before this is tried.
fn modifier_prefix<'g>(
    gaz: &'g Gazetteer,
    text: &str,
    tok: &Tok,
) -> Option<(usize, &'g [(EntryId, NameKind)])> {
    let word = text_of(text, tok);
    let hyphen = word.find('-')?;
    let (name, rest) = word.split_at(hyphen);
    if !rest[1..].starts_with(|c: char| c.is_lowercase()) || !is_capitalised(name) {
        return None;
    }
    let refs = gaz.refs(name);
    (!refs.is_empty()).then_some((tok.start + hyphen, refs))
}

/// Where the scan goes on: after the last kept mention if it ends further on.
fn m_last(out: &[Mention], fallback: usize) -> usize {
    out.last().map_or(fallback, |m| m.last.max(fallback))
}

/// The filters: calendar words, person names, organisation names, common words.
fn keep(gaz: &Gazetteer, text: &str, toks: &[Tok], m: &Mention, tags: Option<&Tags>) -> Verdict {
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
            || (is_capitalised(w)
                && !gaz.is_common_word(w)
                && name_part_beside(gaz, w, &text[m.start..m.end]))
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
            && name_part_beside(gaz, p, surface);
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
            && name_part_beside(gaz, w, surface);
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
fn name_part_beside(gaz: &Gazetteer, w: &str, name: &str) -> bool {
    gaz.refs(w).is_empty() || (only_minor_towns(gaz, w) && only_minor_towns(gaz, name))
}

/// True when every place `w` names is a small town, or a town by another name.
fn only_minor_towns(gaz: &Gazetteer, w: &str) -> bool {
    // Towns under this size seldom stand next to another place name without a comma.
    const MINOR_POPULATION: u64 = 100_000;
    gaz.refs(w).iter().all(|&(id, kind)| {
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
