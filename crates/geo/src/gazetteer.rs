//! The gazetteer: entries, and the name index built once over them.

use crate::data::{self, Raw};
use crate::tokens::{key_of, Tok};
use crate::{FeatureType, GeoError};
use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::OnceLock;

/// Names longer than this many tokens are not indexed: no place name in the data needs
/// more, and the scanner tries at most this many tokens at each position.
pub(crate) const MAX_NAME_TOKENS: usize = 8;

/// Index of an entry in its [`Gazetteer`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct EntryId(pub u32);

/// How a name refers to an entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NameKind {
    /// The entry's own name.
    Primary,
    /// An alternate name or spelling ("Kiev" for Kyiv).
    Alternate,
    /// A demonym or adjective of a country ("Ukrainian").
    Demonym,
}

/// One place of the gazetteer.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// Country, ADM1, city, continent or region.
    pub feature: FeatureType,
    /// GeoNames id, when the source gives one.
    pub geonames_id: Option<u32>,
    /// The preferred name.
    pub name: String,
    /// ISO 3166-1 alpha-2 country code ("" for continents and regions).
    pub iso2: String,
    /// Name of the first-level division (its own name for an ADM1; "" when unknown).
    pub adm1: String,
    /// Latitude in degrees.
    pub lat: f64,
    /// Longitude in degrees.
    pub lon: f64,
    /// Population (for an ADM1: the sum of its cities in the data; 0 when unknown).
    pub population: u64,
    /// True for a national capital.
    pub is_capital: bool,
    /// Member countries (alpha-2) of a continent or region.
    pub members: Vec<String>,
}

/// The gazetteer and its name index. Build it once and reuse it.
#[derive(Debug)]
pub struct Gazetteer {
    pub(crate) entries: Vec<Entry>,
    pub(crate) index: FxHashMap<Box<str>, Refs>,
    pub(crate) iso3: FxHashMap<String, String>,
    pub(crate) countries: FxHashMap<String, EntryId>,
    pub(crate) common: FxHashSet<String>,
}

/// The entries of one name: most names have one, so it is stored inline.
#[derive(Debug)]
pub(crate) enum Refs {
    One((EntryId, NameKind)),
    Many(Vec<(EntryId, NameKind)>),
}

impl Refs {
    fn as_slice(&self) -> &[(EntryId, NameKind)] {
        match self {
            Refs::One(r) => std::slice::from_ref(r),
            Refs::Many(v) => v,
        }
    }

    fn push(&mut self, r: (EntryId, NameKind)) {
        if self.as_slice().iter().any(|(e, _)| *e == r.0) {
            return;
        }
        match self {
            Refs::One(first) => *self = Refs::Many(vec![*first, r]),
            Refs::Many(v) => v.push(r),
        }
    }
}

static EMBEDDED: OnceLock<Result<Gazetteer, GeoError>> = OnceLock::new();

impl Gazetteer {
    /// The gazetteer compiled into the binary, parsed and indexed on first use and shared
    /// afterwards. Fails only if the embedded data is corrupt (a test guards it).
    pub fn embedded() -> Result<&'static Gazetteer, GeoError> {
        EMBEDDED
            .get_or_init(|| Gazetteer::from_tsv(data::EMBEDDED, "embedded"))
            .as_ref()
            .map_err(Clone::clone)
    }

    /// Reads gazetteer TSV text (the format `gen/gen_gazetteer.py` writes).
    pub fn from_tsv(text: &str, source_name: &str) -> Result<Gazetteer, GeoError> {
        Ok(Gazetteer::build(data::parse(text, source_name)?))
    }

    fn build(raw: Raw) -> Gazetteer {
        let mut g = Gazetteer {
            entries: Vec::with_capacity(raw.entries.len()),
            index: FxHashMap::default(),
            iso3: raw
                .iso3
                .into_iter()
                .map(|(a, b)| (a.to_string(), b.to_string()))
                .collect(),
            countries: FxHashMap::default(),
            common: raw.common.into_iter().map(str::to_string).collect(),
        };
        g.index.reserve(raw.entries.len() * 4);
        let mut toks: Vec<Tok> = Vec::new();
        let mut key_buf = String::new();
        for (entry, alternates, demonyms) in raw.entries {
            let id = EntryId(g.entries.len() as u32);
            if entry.feature == FeatureType::Country {
                g.countries.insert(entry.iso2.clone(), id);
            }
            let names = std::iter::once((entry.name.as_str(), NameKind::Primary))
                .chain(alternates.split('|').map(|a| (a, NameKind::Alternate)))
                .chain(demonyms.split('|').map(|d| (d, NameKind::Demonym)));
            for (name, kind) in names {
                if name.is_empty() {
                    continue;
                }
                let key: &str = if is_plain(name) {
                    name
                } else {
                    key_of(name, &mut toks, &mut key_buf);
                    if toks.is_empty() || toks.len() > MAX_NAME_TOKENS {
                        continue;
                    }
                    &key_buf
                };
                // One probe per name (most names are new keys, so the Box is rarely wasted).
                match g.index.entry(Box::from(key)) {
                    std::collections::hash_map::Entry::Occupied(mut o) => {
                        o.get_mut().push((id, kind))
                    }
                    std::collections::hash_map::Entry::Vacant(v) => {
                        v.insert(Refs::One((id, kind)));
                    }
                }
            }
            g.entries.push(entry);
        }
        g
    }

    /// The entries a name (as written, case-sensitive) may refer to, with how it refers.
    pub fn lookup(&self, name: &str) -> Vec<(&Entry, NameKind)> {
        let mut toks = Vec::new();
        let mut key = String::new();
        key_of(name, &mut toks, &mut key);
        self.refs(&key)
            .iter()
            .map(|&(id, kind)| (self.entry(id), kind))
            .collect()
    }

    pub(crate) fn refs(&self, key: &str) -> &[(EntryId, NameKind)] {
        self.index.get(key).map(Refs::as_slice).unwrap_or(&[])
    }

    /// The entry with this id, if it is one of this gazetteer's.
    pub fn get(&self, id: EntryId) -> Option<&Entry> {
        self.entries.get(id.0 as usize)
    }

    /// The entry of an id taken from this gazetteer's own index.
    pub(crate) fn entry(&self, id: EntryId) -> &Entry {
        &self.entries[id.0 as usize]
    }

    /// All entries.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// How many entries have this feature type.
    pub fn count(&self, feature: FeatureType) -> usize {
        self.entries.iter().filter(|e| e.feature == feature).count()
    }

    /// How many distinct names are indexed.
    pub fn name_count(&self) -> usize {
        self.index.len()
    }

    /// ISO alpha-3 code of an alpha-2 code ("UA" -> "UKR").
    pub fn iso3(&self, iso2: &str) -> Option<&str> {
        self.iso3.get(iso2).map(String::as_str)
    }

    /// The country entry of an ISO alpha-2 code.
    pub fn country(&self, iso2: &str) -> Option<&Entry> {
        self.countries.get(iso2).map(|&id| self.entry(id))
    }

    /// Reads a country given as alpha-2, alpha-3 or name; returns its alpha-2 code.
    pub fn country_code(&self, s: &str) -> Option<String> {
        let s = s.trim();
        if s.len() == 2 && self.countries.contains_key(&s.to_ascii_uppercase()) {
            return Some(s.to_ascii_uppercase());
        }
        if s.len() == 3 {
            let up = s.to_ascii_uppercase();
            if let Some((iso2, _)) = self.iso3.iter().find(|(_, v)| **v == up) {
                return Some(iso2.clone());
            }
        }
        self.lookup(s)
            .into_iter()
            .find(|(e, _)| e.feature == FeatureType::Country)
            .map(|(e, _)| e.iso2.clone())
    }

    /// True when a word, lower-cased, is a common English word ("Reading", "Nice").
    pub fn is_common_word(&self, word: &str) -> bool {
        // A two- or three-letter acronym ("US", "UK", "UAE") is not the lowercase word.
        let len = word.chars().count();
        if (2..=3).contains(&len) && word.chars().all(|c| c.is_ascii_uppercase()) {
            return false;
        }
        if word.chars().all(|c| c.is_ascii_lowercase()) {
            return self.common.contains(word);
        }
        // Words are short; this runs once per candidate mention, not per token.
        self.common.contains(&word.to_lowercase())
    }
}

/// True when a name is its own index key: letters and digits in at most
/// `MAX_NAME_TOKENS` words separated by single spaces (most names are).
fn is_plain(name: &str) -> bool {
    let mut words = 1;
    let mut prev_space = true;
    for c in name.chars() {
        if c == ' ' {
            if prev_space {
                return false;
            }
            words += 1;
            prev_space = true;
        } else if c.is_alphanumeric() {
            prev_space = false;
        } else {
            return false;
        }
    }
    !prev_space && words <= MAX_NAME_TOKENS
}
