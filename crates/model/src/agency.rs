//! News agencies and outlets that bylines and datelines credit (`Reuters - `,
//! `KABUL (AFP) - `, `Written by AFP | Kazan`): one table for every reader of wire copy.
//! An agency says who reported, never who acted.
//!
//! ```
//! use dyad_model::agency;
//! assert_eq!(agency::named("Agence France-Presse").map(|a| a.name), Some("AFP"));
//! assert_eq!(agency::written("dpa").map(|a| a.name), Some("dpa"));
//! assert!(agency::written("REUTERS").is_none());
//! ```

/// A news agency or outlet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Agency {
    /// The name dyad records as an article's source (`AFP`).
    pub name: &'static str,
    /// The forms wire copy writes it in, case as written (`AFP`, `Agence France-Presse`).
    pub forms: &'static [&'static str],
}

const fn a(name: &'static str, forms: &'static [&'static str]) -> Agency {
    Agency { name, forms }
}

/// Every agency and outlet known, with the forms wires write them in.
pub const AGENCIES: &[Agency] = &[
    a(
        "AFP",
        &["AFP", "Agence France-Presse", "Agence France Presse"],
    ),
    a("Reuters", &["Reuters"]),
    a("AP", &["AP", "Associated Press"]),
    a("Xinhua", &["Xinhua", "Xinhuanet"]),
    a("Canadian Press", &["Canadian Press", "CP"]),
    a("TASS", &["TASS", "ITAR-TASS"]),
    a("RIA Novosti", &["RIA Novosti"]),
    a("Interfax", &["Interfax"]),
    a("ANSA", &["ANSA"]),
    a("EFE", &["EFE"]),
    a("dpa", &["dpa", "DPA"]),
    a("Kyodo", &["Kyodo"]),
    a("Yonhap", &["Yonhap"]),
    a("Anadolu", &["Anadolu"]),
    a("Bloomberg", &["Bloomberg"]),
    a("UPI", &["UPI"]),
    a("PTI", &["PTI"]),
    a("IANS", &["IANS"]),
    a("Bernama", &["Bernama"]),
    a("Antara", &["Antara"]),
    a("IRNA", &["IRNA"]),
    a("SANA", &["SANA"]),
    a("WAFA", &["WAFA"]),
    a("MENA", &["MENA"]),
    a("KUNA", &["KUNA"]),
    a("Ukrinform", &["Ukrinform"]),
    a("UNIAN", &["UNIAN"]),
    a("BBC", &["BBC"]),
    a("CNN", &["CNN"]),
    a("Al Jazeera", &["Al Jazeera"]),
];

/// The agency written exactly as `form`, case and all (`AFP`, `dpa`, `Canadian Press`):
/// how a dateline or a byline at the start of a text must write it, where a word in
/// another case (`Sana`, `Mena`) is a name.
pub fn written(form: &str) -> Option<&'static Agency> {
    AGENCIES.iter().find(|a| a.forms.contains(&form))
}

/// The agency `s` names in any case, with spaces and punctuation around it trimmed
/// (`Agence France-Presse`, `REUTERS`, ` (AP) `): how a byline line or a source field
/// names it.
pub fn named(s: &str) -> Option<&'static Agency> {
    let s = s.trim().trim_matches(|c: char| !c.is_alphanumeric());
    AGENCIES
        .iter()
        .find(|a| a.forms.iter().any(|f| f.eq_ignore_ascii_case(s)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_agencies() {
        // (name, input, written, named)
        let cases = [
            ("exact", "AFP", Some("AFP"), Some("AFP")),
            (
                "long form",
                "Agence France-Presse",
                Some("AFP"),
                Some("AFP"),
            ),
            ("lower case", "dpa", Some("dpa"), Some("dpa")),
            ("upper case", "DPA", Some("dpa"), Some("dpa")),
            ("other case", "REUTERS", None, Some("Reuters")),
            ("a name", "Sana", None, Some("SANA")),
            ("brackets", "(AP)", None, Some("AP")),
            (
                "short form",
                "CP",
                Some("Canadian Press"),
                Some("Canadian Press"),
            ),
            ("old name", "ITAR-TASS", Some("TASS"), Some("TASS")),
            ("unknown", "Hamas", None, None),
            ("empty", "", None, None),
        ];
        for (name, input, written_as, named_as) in cases {
            assert_eq!(written(input).map(|a| a.name), written_as, "{name} written");
            assert_eq!(named(input).map(|a| a.name), named_as, "{name} named");
        }
    }

    #[test]
    fn every_form_names_one_agency() {
        for x in AGENCIES {
            assert!(x.forms.contains(&x.name), "{} among its forms", x.name);
            for f in x.forms {
                let n = AGENCIES
                    .iter()
                    .filter(|y| y.forms.iter().any(|g| g.eq_ignore_ascii_case(f)))
                    .count();
                assert_eq!(n, 1, "{f}");
            }
        }
    }
}
