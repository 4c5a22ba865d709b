//! Datelines: "SIMFEROPOL", "Simferopol, Ukraine", "PARIS, Texas", "ALEXANDRIA, Va.",
//! "LONDON, Ontario". The part after the comma may name a country or a first-level
//! division, written out or in the abbreviations of US and Canadian wire style.

use crate::gazetteer::{Entry, Gazetteer, NameKind};
use crate::FeatureType;

/// A dateline's qualifier that matches the place's country or division: this outweighs
/// any difference in population ("Paris, Texas" beats the capital of France).
const QUALIFIER_BONUS: f64 = 3.0;

/// Wire-style abbreviations of US states (AP) and Canadian provinces (CP) used in
/// datelines, with the division's name.
const DIVISION_ABBREVIATIONS: &[(&str, &str)] = &[
    ("Ala.", "Alabama"),
    ("Ariz.", "Arizona"),
    ("Ark.", "Arkansas"),
    ("Calif.", "California"),
    ("Colo.", "Colorado"),
    ("Conn.", "Connecticut"),
    ("Del.", "Delaware"),
    ("Fla.", "Florida"),
    ("Ga.", "Georgia"),
    ("Ill.", "Illinois"),
    ("Ind.", "Indiana"),
    ("Kan.", "Kansas"),
    ("Ky.", "Kentucky"),
    ("La.", "Louisiana"),
    ("Md.", "Maryland"),
    ("Mass.", "Massachusetts"),
    ("Mich.", "Michigan"),
    ("Minn.", "Minnesota"),
    ("Miss.", "Mississippi"),
    ("Mo.", "Missouri"),
    ("Mont.", "Montana"),
    ("Neb.", "Nebraska"),
    ("Nev.", "Nevada"),
    ("N.H.", "New Hampshire"),
    ("N.J.", "New Jersey"),
    ("N.M.", "New Mexico"),
    ("N.Y.", "New York"),
    ("N.C.", "North Carolina"),
    ("N.D.", "North Dakota"),
    ("Okla.", "Oklahoma"),
    ("Ore.", "Oregon"),
    ("Pa.", "Pennsylvania"),
    ("R.I.", "Rhode Island"),
    ("S.C.", "South Carolina"),
    ("S.D.", "South Dakota"),
    ("Tenn.", "Tennessee"),
    ("Vt.", "Vermont"),
    ("Va.", "Virginia"),
    ("Wash.", "Washington"),
    ("W.Va.", "West Virginia"),
    ("Wis.", "Wisconsin"),
    ("Wyo.", "Wyoming"),
    ("Alta.", "Alberta"),
    ("B.C.", "British Columbia"),
    ("Man.", "Manitoba"),
    ("N.B.", "New Brunswick"),
    ("N.S.", "Nova Scotia"),
    ("Ont.", "Ontario"),
    ("Que.", "Quebec"),
    ("Sask.", "Saskatchewan"),
];

/// What a dateline's qualifier names.
enum Qualifier<'g> {
    Country(String),
    Division(&'g Entry),
}

impl Gazetteer {
    /// Resolves a dateline ("SIMFEROPOL", "Simferopol, Ukraine", "PARIS, Texas",
    /// "ALEXANDRIA, Va.") to its best entry.
    pub fn resolve_dateline(&self, dateline: &str) -> Option<&Entry> {
        let mut parts = dateline.split(',').map(str::trim).filter(|p| !p.is_empty());
        let place = title_case(parts.next()?);
        let qualifier = parts.next().and_then(|q| self.qualifier(q));
        let best = self
            .lookup(&place)
            .into_iter()
            .map(|(e, kind)| {
                let matches = match &qualifier {
                    Some(Qualifier::Country(iso2)) => *iso2 == e.iso2,
                    Some(Qualifier::Division(d)) => {
                        d.iso2 == e.iso2 && d.name == e.adm1 && e.feature == FeatureType::City
                    }
                    None => false,
                };
                let bonus = if matches { QUALIFIER_BONUS } else { 0.0 };
                (e, crate::resolve::prior(e, kind) + bonus)
            })
            .max_by(|a, b| a.1.total_cmp(&b.1))?;
        Some(best.0)
    }

    fn qualifier(&self, q: &str) -> Option<Qualifier<'_>> {
        let q = title_case(q);
        if let Some(iso2) = self.country_code(&q) {
            return Some(Qualifier::Country(iso2));
        }
        let name = DIVISION_ABBREVIATIONS
            .iter()
            .find(|(abbr, _)| *abbr == q)
            .map_or(q.as_str(), |&(_, name)| name);
        self.lookup(name)
            .into_iter()
            .filter(|(e, kind)| e.feature == FeatureType::Adm1 && *kind != NameKind::Demonym)
            .map(|(e, _)| e)
            .max_by_key(|e| e.population)
            .map(Qualifier::Division)
    }
}

/// "SIMFEROPOL" -> "Simferopol"; mixed-case text is left as it is.
pub(crate) fn title_case(s: &str) -> String {
    if s.chars().any(char::is_lowercase) {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut start = true;
    for c in s.chars() {
        if start {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
        start = !c.is_alphanumeric() && c != '\'';
    }
    out
}
