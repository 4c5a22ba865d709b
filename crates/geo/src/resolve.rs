//! Choosing one place for each mention, from the candidates its name has.
//!
//! Each candidate gets a prior from its feature type and population (a country beats an
//! ADM1 beats a capital beats a town), then bonuses from context: the dateline's country
//! and a country hint, an apposition ("Atlanta, Georgia": each side contains or is
//! contained by the other), and the places the rest of the article resolved to (a second
//! pass: a candidate in a country or ADM1 that other mentions point at gains). The
//! confidence is the softmax share of the winner.

use crate::gazetteer::{Entry, EntryId, Gazetteer, NameKind};
use crate::recognize::{find_mentions, Mention, MAX_TEXT_BYTES};
use crate::tokens::Tok;
use crate::{Context, FeatureType, Place};
use dyad_model::Span;
use rustc_hash::FxHashMap;

const DATELINE_COUNTRY: f64 = 0.8;
const DATELINE_PLACE: f64 = 1.5;
/// A city in the dateline's own division: "Windsor" and "Kingston" under a "LONDON,
/// Ontario" dateline are the Ontario towns.
const DATELINE_ADM1: f64 = 1.0;
const HINT_COUNTRY: f64 = 0.8;
/// An ADM1 of the article's own country (from dateline or hint) is a strong reading:
/// "Georgia" in an article from Atlanta is the state.
const HOME_ADM1: f64 = 2.0;
/// A city and an ADM1 that share a name in the same country ("Aleppo", "Idlib", "New York",
/// "Kiev" for the oblast and the capital): news means the city unless it says "province".
const NAMESAKE_ADM1_PENALTY: f64 = 1.5;
const APPOSITION: f64 = 3.0;
const CO_COUNTRY: f64 = 0.6;
const CO_ADM1: f64 = 1.0;
const ALTERNATE_PENALTY: f64 = 0.3;
/// Below this confidence a town with no support from the article is not reported.
const MIN_UNSUPPORTED_CONFIDENCE: f64 = 0.3;

#[derive(Debug, Clone, Copy)]
struct Cand {
    id: EntryId,
    kind: NameKind,
    score: f64,
    /// Its country is the dateline's or the hint's, another mention's, or an apposition's.
    supported: bool,
}

/// The prior of an entry, before context.
pub(crate) fn prior(e: &Entry, kind: NameKind) -> f64 {
    let pop = (e.population.max(1) as f64).log10();
    let base = match e.feature {
        FeatureType::Country => 3.0,
        FeatureType::Continent | FeatureType::Region => 2.6,
        FeatureType::Adm1 => 1.2 + 0.05 * pop,
        // An old name of a capital ("Salisbury" for Harare) earns less of the capital bonus.
        FeatureType::City => match (e.is_capital, kind) {
            (false, _) => 0.2 * pop,
            (true, NameKind::Alternate) => 0.2 * pop + 0.5,
            (true, _) => 0.2 * pop + 1.0,
        },
    };
    match kind {
        NameKind::Primary | NameKind::Demonym => base,
        NameKind::Alternate => base - ALTERNATE_PENALTY,
    }
}

/// True when `outer` contains `inner` (a country its cities, an ADM1 its cities, a region
/// its countries' places).
fn contains(outer: &Entry, inner: &Entry) -> bool {
    match outer.feature {
        FeatureType::Country => {
            inner.feature != FeatureType::Country
                && inner.iso2 == outer.iso2
                && !inner.iso2.is_empty()
        }
        FeatureType::Adm1 => {
            inner.feature == FeatureType::City
                && inner.iso2 == outer.iso2
                && inner.adm1 == outer.name
        }
        FeatureType::Continent | FeatureType::Region => outer.members.contains(&inner.iso2),
        FeatureType::City => false,
    }
}

impl Gazetteer {
    /// Finds and resolves the places mentioned in `text`.
    ///
    /// Texts over 4 MiB are read up to there only. Never panics on any input.
    pub fn find_places(&self, text: &str, ctx: &Context) -> Vec<Place> {
        let mut cut = text.len().min(MAX_TEXT_BYTES);
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        let text = &text[..cut];
        let mut toks = Vec::new();
        let mentions = find_mentions(self, text, &mut toks, ctx.sentences);
        self.resolve(text, &toks, &mentions, ctx)
    }

    fn resolve(&self, text: &str, toks: &[Tok], mentions: &[Mention], ctx: &Context) -> Vec<Place> {
        let dateline = ctx.dateline.and_then(|d| self.resolve_dateline(d));
        let hint = ctx.country_hint.and_then(|h| self.country_code(h));
        let has_home = dateline.is_some_and(|d| !d.iso2.is_empty()) || hint.is_some();
        let mut cands: Vec<Vec<Cand>> = mentions
            .iter()
            .map(|m| {
                m.refs
                    .iter()
                    .map(|&(id, kind)| {
                        let e = self.entry(id);
                        let mut score = prior(e, kind);
                        if let Some(d) = dateline {
                            if !d.iso2.is_empty() && d.iso2 == e.iso2 {
                                score += if e.feature == FeatureType::Adm1 {
                                    HOME_ADM1
                                } else {
                                    DATELINE_COUNTRY
                                };
                            }
                            if std::ptr::eq(d, e) {
                                score += DATELINE_PLACE;
                            } else if e.feature == FeatureType::City
                                && !d.adm1.is_empty()
                                && d.iso2 == e.iso2
                                && d.adm1 == e.adm1
                            {
                                score += DATELINE_ADM1;
                            }
                        }
                        if hint.as_deref().is_some_and(|h| h == e.iso2) {
                            score += if e.feature == FeatureType::Adm1 {
                                HOME_ADM1
                            } else {
                                HINT_COUNTRY
                            };
                        }
                        let namesake_city = e.feature == FeatureType::Adm1
                            && m.refs.iter().any(|&(o, _)| {
                                let o = self.entry(o);
                                o.feature == FeatureType::City && o.iso2 == e.iso2
                            });
                        if namesake_city {
                            score -= NAMESAKE_ADM1_PENALTY;
                        }
                        let supported = dateline
                            .is_some_and(|d| !d.iso2.is_empty() && d.iso2 == e.iso2)
                            || hint.as_deref().is_some_and(|h| h == e.iso2);
                        Cand {
                            id,
                            kind,
                            score,
                            supported,
                        }
                    })
                    .filter(|c| !m.adm1_only || self.entry(c.id).feature == FeatureType::Adm1)
                    .collect()
            })
            .collect();
        self.appositions(text, toks, mentions, &mut cands);

        // Second pass: what the other mentions of the article point at. Mentions with the
        // same text do not count (ten "Idlib"s are not ten witnesses for Idlib province).
        let firsts: Vec<Option<EntryId>> = cands.iter().map(|c| best(c).map(|b| b.id)).collect();
        let mut countries: FxHashMap<&str, usize> = FxHashMap::default();
        // (iso2, adm1, did the mention resolve to a city?) -> count
        let mut adm1s: FxHashMap<(&str, &str, bool), usize> = FxHashMap::default();
        let mut same_countries: FxHashMap<(&str, &str), usize> = FxHashMap::default();
        let mut same_adm1s: FxHashMap<(&str, &str, &str, bool), usize> = FxHashMap::default();
        for (m, id) in mentions.iter().zip(&firsts) {
            let Some(id) = id else { continue };
            let e = self.entry(*id);
            let surface = &text[m.start..m.end];
            *countries.entry(e.iso2.as_str()).or_default() += 1;
            *same_countries
                .entry((surface, e.iso2.as_str()))
                .or_default() += 1;
            if !e.adm1.is_empty() {
                let city = e.feature == FeatureType::City;
                *adm1s
                    .entry((e.iso2.as_str(), e.adm1.as_str(), city))
                    .or_default() += 1;
                *same_adm1s
                    .entry((surface, e.iso2.as_str(), e.adm1.as_str(), city))
                    .or_default() += 1;
            }
        }
        for (k, cs) in cands.iter_mut().enumerate() {
            let surface = &text[mentions[k].start..mentions[k].end];
            for c in cs.iter_mut() {
                let e = self.entry(c.id);
                let iso2 = e.iso2.as_str();
                let others = countries.get(iso2).copied().unwrap_or(0)
                    - same_countries.get(&(surface, iso2)).copied().unwrap_or(0);
                if others > 0 && !iso2.is_empty() {
                    c.score += CO_COUNTRY;
                }
                // An ADM1 gains from cities mentioned in it ("Idlib province" does not make
                // "Idlib" the province); a city gains from its ADM1 or its neighbours.
                let count = |city: bool| {
                    let key = (iso2, e.adm1.as_str(), city);
                    adm1s.get(&key).copied().unwrap_or(0)
                        - same_adm1s
                            .get(&(surface, key.0, key.1, city))
                            .copied()
                            .unwrap_or(0)
                };
                if !e.adm1.is_empty() {
                    if e.feature == FeatureType::Adm1 && count(true) > 0 {
                        c.score += CO_ADM1;
                    } else if e.feature == FeatureType::City && count(true) + count(false) > 0 {
                        c.score += CO_ADM1 / 2.0;
                    }
                }
                c.supported = c.supported || others > 0;
            }
        }
        mentions
            .iter()
            .zip(&cands)
            .filter_map(|(m, cs)| self.place(text, m, cs, has_home))
            .collect()
    }

    /// "Atlanta, Georgia", "Tbilisi, Georgia", "Paris, Texas": bonus to the pairs where
    /// the second contains the first.
    fn appositions(&self, text: &str, toks: &[Tok], mentions: &[Mention], cands: &mut [Vec<Cand>]) {
        for k in 1..mentions.len() {
            let (a, b) = (&mentions[k - 1], &mentions[k]);
            let comma = b.first == a.last + 1
                && toks
                    .get(a.last)
                    .is_some_and(|t| &text[t.start..t.end] == ",");
            if !comma {
                continue;
            }
            let (left, right) = cands.split_at_mut(k);
            let left = &mut left[k - 1];
            let right = &mut right[0];
            let mut hit_l = vec![false; left.len()];
            let mut hit_r = vec![false; right.len()];
            for (i, x) in left.iter().enumerate() {
                for (j, y) in right.iter().enumerate() {
                    if contains(self.entry(y.id), self.entry(x.id)) {
                        hit_l[i] = true;
                        hit_r[j] = true;
                    }
                }
            }
            // "Palm Beach, Florida" where the gazetteer has no Palm Beach in Florida: the
            // town is one the gazetteer lacks, not a namesake elsewhere (Australia's).
            // Its qualifier stays and says where. A list ("Brussels, Germany and
            // France") is no qualifier.
            let feature = |c: &Cand| self.entry(c.id).feature;
            let qualified = !hit_l.contains(&true)
                && !left.is_empty()
                && left.iter().all(|c| feature(c) == FeatureType::City)
                && best(right).is_some_and(|c| {
                    matches!(feature(&c), FeatureType::Adm1 | FeatureType::Country)
                })
                && !in_list(text, toks, mentions, k);
            if qualified {
                left.clear();
                continue;
            }
            for (c, hit) in left
                .iter_mut()
                .zip(hit_l)
                .chain(right.iter_mut().zip(hit_r))
            {
                if hit {
                    c.score += APPOSITION;
                    c.supported = true;
                }
            }
        }
    }

    /// `has_home`: the article has a home country (a dateline or a hint).
    fn place(&self, text: &str, m: &Mention, cs: &[Cand], has_home: bool) -> Option<Place> {
        let b = best(cs)?;
        if !b.supported && self.is_weak(m, &text[m.start..m.end], &b) {
            return None;
        }
        let total: f64 = cs.iter().map(|c| (c.score - b.score).exp()).sum();
        let e = self.entry(b.id);
        // A town that nothing in the article supports, among many namesakes, in an article
        // from elsewhere ("the village of San Isidro" in a story from Paraguay, whose San
        // Isidro is not in the gazetteer): a guess, left out rather than mapped to the
        // wrong country. Without a home country the likeliest namesake is kept.
        if has_home
            && !b.supported
            && e.feature == FeatureType::City
            && 1.0 / total < MIN_UNSUPPORTED_CONFIDENCE
        {
            return None;
        }
        let iso2 = (!e.iso2.is_empty()).then(|| e.iso2.clone());
        Some(Place {
            text: text[m.start..m.end].to_string(),
            span: Span::new(m.start, m.end),
            name: e.name.clone(),
            country: iso2
                .as_deref()
                .and_then(|c| self.iso3(c))
                .map(str::to_string),
            country_iso2: iso2,
            adm1: (!e.adm1.is_empty()).then(|| e.adm1.clone()),
            lat: e.lat,
            lon: e.lon,
            geonames_id: e.geonames_id,
            feature: e.feature,
            confidence: (1.0 / total) as f32,
            adjectival: b.kind == NameKind::Demonym,
        })
    }
}

impl Gazetteer {
    /// A one-word mention of a small town ("Anna", a Russian town, or "Pompeo", an old
    /// name of a Brazilian one): kept only when the article supports its country. An
    /// alternate name (not just the name without its diacritics) must be of a larger town.
    fn is_weak(&self, m: &Mention, m_text: &str, b: &Cand) -> bool {
        const SMALL: u64 = 30_000;
        const SMALL_BY_ALTERNATE: u64 = 100_000;
        let e = self.entry(b.id);
        if m.last - m.first != 1 || e.feature != FeatureType::City || e.is_capital {
            return false;
        }
        let alternate = b.kind == NameKind::Alternate && !folds_equal(&e.name, m_text);
        e.population < if alternate { SMALL_BY_ALTERNATE } else { SMALL }
    }
}

/// Base letter of the Latin diacritics common in transliterated place names.
fn base_letter(c: char) -> Option<char> {
    const TABLE: &[(&str, char)] = &[
        ("āáàâäãåą", 'a'),
        ("ēéèêëę", 'e'),
        ("īíìîïı", 'i'),
        ("ōóòôöõø", 'o'),
        ("ūúùûüů", 'u'),
        ("ḩḥ", 'h'),
        ("ţṭ", 't'),
        ("şṣš", 's'),
        ("çč", 'c'),
        ("ñ", 'n'),
        ("ḑḍ", 'd'),
        ("ẓž", 'z'),
        ("ğ", 'g'),
        ("ýÿ", 'y'),
    ];
    let c = c.to_lowercase().next().unwrap_or(c);
    if c.is_ascii_alphanumeric() {
        return Some(c);
    }
    TABLE
        .iter()
        .find(|(set, _)| set.contains(c))
        .map(|&(_, b)| b)
}

/// "‘Afrīn" and "Afrin" are one name written two ways.
fn folds_equal(a: &str, b: &str) -> bool {
    let fold = |s: &str| s.chars().filter_map(base_letter).collect::<String>();
    fold(a) == fold(b)
}

/// The highest-scoring candidate; ties go to the first (the data's order).
/// True when mention `k` is followed by "and", "or", or a comma and another mention: it
/// is one of a list, not a qualifier of the mention before it.
fn in_list(text: &str, toks: &[Tok], mentions: &[Mention], k: usize) -> bool {
    let b = &mentions[k];
    let next = toks.get(b.last).map(|t| &text[t.start..t.end]);
    match next {
        Some("and" | "or" | "&") => true,
        Some(",") => mentions.get(k + 1).is_some_and(|n| n.first == b.last + 1),
        _ => false,
    }
}

fn best(cs: &[Cand]) -> Option<Cand> {
    cs.iter()
        .copied()
        .fold(None, |acc: Option<Cand>, c| match acc {
            Some(a) if a.score >= c.score => Some(a),
            _ => Some(c),
        })
}
