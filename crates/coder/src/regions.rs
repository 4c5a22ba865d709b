//! A place named by a people or region word inside a named country is that country:
//! "an offensive against the Kurdish region in northern Iraq" is aimed at Iraq, not at
//! the Kurds (KUR); "shelled Kurdish towns of Syria" too. The people word only says
//! which part of the country; the act is on the country's territory. A group of people
//! ("Kurdish fighters in Syria") keeps its own code.

use crate::actors::{ActorFinder, Mention};
use crate::code::code_root;
use crate::slots::is_region_or_faith;
use crate::tree::{Rel, Tree};

/// Nouns for a stretch of land, not for people.
const PLACE_NOUNS: &[&str] = &[
    "area",
    "areas",
    "cities",
    "city",
    "district",
    "districts",
    "enclave",
    "enclaves",
    "heartland",
    "homeland",
    "province",
    "provinces",
    "region",
    "regions",
    "territories",
    "territory",
    "town",
    "towns",
    "village",
    "villages",
    "zone",
    "zones",
];

/// Prepositions that put a place inside another ("in northern Iraq", "of Syria").
const INSIDE: &[&str] = &["in", "of", "inside", "within"];

/// How deep nested phrases are followed ("the enclave of Afrin in Syria" is two).
const MAX_LEVELS: usize = 2;

/// The noun a mention names: its phrase head, or the noun a people word modifies
/// ("Kurdish" of "the Kurdish enclave").
fn place_noun(t: &Tree<'_>, m: &Mention) -> Option<usize> {
    let k = (m.first..=m.last)
        .find(|&k| t.heads[k].is_none_or(|h| h < m.first || h > m.last))
        .unwrap_or(m.last);
    // The form too: a tagger may leave a plural as its own lemma.
    let is_place =
        |n: usize| PLACE_NOUNS.contains(&&t.lemmas[n]) || PLACE_NOUNS.contains(&&t.forms[n]);
    if is_place(k) {
        return Some(k);
    }
    let modifier =
        t.s.tokens
            .get(k)
            .is_some_and(|x| x.deprel.starts_with("amod") || x.deprel == "compound");
    let h = t.heads[k]?;
    (modifier && is_place(h)).then_some(h)
}

/// The country named by a phrase inside place noun `n`, through nested phrases.
fn country_inside(t: &Tree<'_>, f: &ActorFinder<'_, '_>, n: usize) -> Option<String> {
    let mut level = vec![n];
    for _ in 0..MAX_LEVELS {
        let next: Vec<usize> = level
            .iter()
            .flat_map(|&x| t.children(x).to_vec())
            .filter(|&c| {
                t.rels[c] == Rel::Nmod && t.case_of(c).is_some_and(|p| INSIDE.contains(&p))
            })
            .collect();
        if let Some(c) = next
            .iter()
            .find_map(|&c| crate::violence::country_named(f, c))
        {
            return Some(c);
        }
        level = next;
    }
    None
}

/// Gives the targets of material conflict act `i` (roots 15-20) that are a people's or
/// region's place inside a named country that country's code: a country named inside
/// the place's phrase, else where the act happens (a parser often hangs "in Iraq" of
/// "shelled Kurdish villages in Iraq" on the verb).
pub(crate) fn places_in_countries(
    t: &Tree<'_>,
    f: &ActorFinder<'_, '_>,
    i: usize,
    code: &str,
    targets: &mut [Mention],
) {
    if !(15..=20).contains(&code_root(code)) {
        return;
    }
    for m in targets.iter_mut() {
        let region = m.code.len() == 3 && is_region_or_faith(&m.code);
        if !region {
            continue;
        }
        let Some(n) = place_noun(t, m) else {
            continue;
        };
        let objs = crate::targets::objects_of(t, i);
        let country =
            country_inside(t, f, n).or_else(|| crate::violence::place_country(t, f, i, &objs));
        if let Some(c) = country {
            m.code = c;
        }
    }
}
