//! Finding place mentions: leftmost-longest over capitalised token sequences, then filters.

use crate::filters::{keep, Verdict};
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
pub(crate) struct Tags<'a> {
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
    pub(crate) fn allows(&self, start: usize, end: usize, demonym: bool) -> bool {
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

pub(crate) fn text_of<'t>(text: &'t str, t: &Tok) -> &'t str {
    &text[t.start..t.end]
}

/// True when token `i` opens a sentence (or a line, or the text).
pub(crate) fn is_sentence_initial(text: &str, toks: &[Tok], i: usize, tags: Option<&Tags>) -> bool {
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
        if found.is_none() {
            found = caps_match(gaz, text, toks, i, &mut key).map(|refs| (1, refs));
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

/// True when every letter of `w` is a capital (hyphens allowed; no digits or dots).
fn in_capitals(w: &str) -> bool {
    w.chars().all(|c| c.is_uppercase() || c == '-')
}

/// True when token `i`, an all-caps word, stands where whole words are capitalised: a
/// dateline ("SIMFEROPOL, March 14", "WASHINGTON —": first on its line, before a comma,
/// bracket or dash) or a line in capitals (an all-caps word beside it). Elsewhere an
/// all-caps word is an acronym ("the DACA program" is no "Daca", Dhaka; "IRNA").
fn caps_context(text: &str, toks: &[Tok], i: usize) -> bool {
    // A word in capitals: two letters or more ("2012", "U.S." are no sign of a line in
    // capitals).
    let caps = |t: &Tok| {
        let w = text_of(text, t);
        t.is_word && w.chars().count() >= 2 && in_capitals(w)
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

/// "SIMFEROPOL" in a dateline or an all-caps headline (token `i`): the title-case form's
/// entries, for a one-word name that is not a common word ("PEACE" is not looked up as
/// "Peace").
fn caps_match<'g>(
    gaz: &'g Gazetteer,
    text: &str,
    toks: &[Tok],
    i: usize,
    buf: &mut String,
) -> Option<&'g [(EntryId, NameKind)]> {
    let word = text_of(text, &toks[i]);
    let all_caps = word.chars().count() >= 4 && in_capitals(word);
    if !all_caps || !caps_context(text, toks, i) || gaz.is_common_word(word) {
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
