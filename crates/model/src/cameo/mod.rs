//! The CAMEO event codes with their Goldstein weights, quad classes and PLOVER mapping.
//!
//! The table is generated from the public CAMEO code list, the Goldstein scale and the
//! CAMEO-to-PLOVER table by `crates/model/gen/cameo_table.py`.

mod plover_scores;
mod table;

pub use plover_scores::{plover_score, plover_scores};

use crate::{Plover, QuadClass};

/// One CAMEO code and its facts.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Row {
    /// The code ("0233").
    pub code: &'static str,
    /// Its short description.
    pub name: &'static str,
    /// Goldstein weight, -10 (most conflictual) to +10.
    pub goldstein: f32,
    /// PLOVER event type; empty for roots 01 and 02.
    pub plover: &'static str,
    /// PLOVER mode, may be empty.
    pub mode: &'static str,
    /// PLOVER context, may be empty.
    pub context: &'static str,
}

impl Row {
    /// The two-digit root.
    pub fn root(&self) -> &'static str {
        &self.code[..2]
    }

    /// PLOVER type, mode and context as owned values.
    pub fn plover(&self) -> Plover {
        Plover {
            event: self.plover.to_string(),
            mode: self.mode.to_string(),
            context: self.context.to_string(),
        }
    }
}

/// Every code, sorted.
pub fn rows() -> &'static [Row] {
    table::ROWS
}

/// The row for `code`, if it is a CAMEO event code.
pub fn lookup(code: &str) -> Option<&'static Row> {
    table::ROWS
        .binary_search_by(|r| r.code.cmp(code))
        .ok()
        .map(|i| &table::ROWS[i])
}

/// True when `code` is a CAMEO event code.
pub fn is_event_code(code: &str) -> bool {
    lookup(code).is_some()
}

/// Quad class of a code from its root: 01-05 verbal cooperation, 06-09 material
/// cooperation, 10-14 verbal conflict, 15-20 material conflict.
pub fn quad_class(code: &str) -> Option<QuadClass> {
    let root: u8 = code.get(..2)?.parse().ok()?;
    Some(match root {
        1..=5 => QuadClass::VerbalCooperation,
        6..=9 => QuadClass::MaterialCooperation,
        10..=14 => QuadClass::VerbalConflict,
        15..=20 => QuadClass::MaterialConflict,
        _ => return None,
    })
}

/// CAMEO actor role (sector) codes that may stand in first position of an actor code.
const SECTOR_CODES: &[&str] = &[
    "AGR", "BUS", "CIV", "COP", "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "GOV", "HLH", "HRI",
    "IGO", "IMG", "INS", "JUD", "LAB", "LEG", "MED", "MIL", "MNC", "NGM", "NGO", "OPP", "PTY",
    "REB", "REF", "REL", "SEP", "SPY", "UAF", "UIS",
];

/// True when a three-letter code is a role/sector code rather than a country.
pub fn is_sector_code(code: &str) -> bool {
    SECTOR_CODES.contains(&code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_sorted_and_unique() {
        for w in rows().windows(2) {
            assert!(w[0].code < w[1].code, "{} before {}", w[0].code, w[1].code);
        }
    }

    #[test]
    fn roots_and_classes() {
        let cases = [
            ("010", QuadClass::VerbalCooperation),
            ("0233", QuadClass::VerbalCooperation),
            ("057", QuadClass::VerbalCooperation),
            ("073", QuadClass::MaterialCooperation),
            ("112", QuadClass::VerbalConflict),
            ("143", QuadClass::VerbalConflict),
            ("163", QuadClass::MaterialConflict),
            ("202", QuadClass::MaterialConflict),
        ];
        for (code, quad) in cases {
            assert_eq!(quad_class(code), Some(quad), "{code}");
            assert!(is_event_code(code), "{code}");
        }
        assert_eq!(quad_class("21"), None);
        assert!(!is_event_code("999"));
    }

    #[test]
    fn actor_codes_split_into_country_and_sector() {
        let cases = [
            ("UKRGOV", Some("UKR"), Some("GOV")),
            ("RUS", Some("RUS"), None),
            ("---GOV", None, Some("GOV")),
            ("GOVMED", None, Some("GOVMED")),
            ("IGOUNO", None, Some("IGOUNO")),
        ];
        for (code, country, sector) in cases {
            let (c, s) = crate::split_actor_code(code);
            assert_eq!((c.as_deref(), s.as_deref()), (country, sector), "{code}");
        }
    }

    #[test]
    fn plover_mapping() {
        let row = lookup("041").expect("041");
        assert_eq!((row.plover, row.mode), ("CONSULT", "phone"));
        assert_eq!(lookup("0233").expect("0233").plover, "");
        assert_eq!(lookup("190").expect("190").plover, "ASSAULT");
    }
}
