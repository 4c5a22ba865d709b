//! Who fills an event's slots: which complements belong to the event, identical codes,
//! the country of a bare role word, and pronouns resolved against the discourse.

use crate::actors::Mention;
use crate::discourse::{is_person, subject_pronoun, Discourse};
use crate::tree::{Rel, Tree};

/// Roots whose verb takes the act it is about as a clause, an act not (yet) done:
/// appeals, intentions, demands, rejections, threats ("urged X to", "promised to",
/// "demanded that X", "refused to", "threatened to"). The event is the outer verb's; its
/// target may sit in that clause ("promised to resume talks with the ELN").
pub(crate) fn takes_complement(code: &str) -> bool {
    matches!(code.get(..2), Some("02" | "03" | "10" | "12" | "13"))
}

/// Of those, the roots whose "that" clause is the act demanded, refused or threatened
/// ("demanded that Britain negotiate"); after other verbs a "that" clause reports an
/// event, which codes on its own.
pub(crate) fn takes_that_clause(code: &str) -> bool {
    matches!(code.get(..2), Some("10" | "12" | "13"))
}

/// PETRARCH drops every event whose source and target carry the identical code. dyad
/// keeps one where a person (a named one, or a role word such as "leader") acts on the
/// group they belong to ("the Tatar leader called on the Crimean Tatars to boycott",
/// both UKRTAT): two phrases, with different head words, the target not a person. It
/// drops the rest: one phrase read twice, the same actor named twice ("Russia ...
/// Russia"), a country acting on a place of its own ("India deployed troops to
/// Kashmir").
pub(crate) fn same_actor(
    t: &Tree<'_>,
    d: &dyad_dict::Dictionaries,
    a: &Mention,
    b: &Mention,
) -> bool {
    let overlap = a.first <= b.last && b.first <= a.last;
    let (Some(ha), Some(hb)) = (t.s.tokens.get(a.last), t.s.tokens.get(b.last)) else {
        return true;
    };
    // The source is one person: a named one, or a singular role word ("leader").
    let person = is_person(d, a, ha) || ha.xpos == "NN";
    overlap || !person || is_person(d, b, hb) || t.lemmas[a.last] == t.lemmas[b.last]
}

/// The country of a code: its first three letters when they are a country's (not a
/// role "---", nor an IGO/NGO/MNC prefix).
pub(crate) fn country_of(code: &str) -> Option<String> {
    let c = code.get(..3)?;
    let role = matches!(
        c,
        "---" | "IGO" | "NGO" | "MNC" | "IMG" | "UAF" | "REB" | "GOV"
    );
    (!role && !is_region_or_faith(c) && c.chars().all(|x| x.is_ascii_uppercase()))
        .then(|| c.to_string())
}

/// CAMEO's codes for regions and religions, which take the place of a country code
/// ("MOS" Muslims, "CRB" the Caribbean) but give no government to "the government".
const REGIONS_AND_FAITHS: &[&str] = &[
    "AFR", "ASA", "BLK", "CAS", "CAU", "CEU", "CFR", "CRB", "EAF", "EEU", "EUR", "LAM", "MDT",
    "MEA", "NAF", "NMR", "PGS", "SAF", "SAM", "SAS", "SCN", "SEA", "WAF", "WEU", "WST", "BUD",
    "CHR", "HIN", "JEW", "SHI", "SIK", "SUN", "KUR", "DRZ", "PAS", "MOS",
];

fn is_region_or_faith(c: &str) -> bool {
    REGIONS_AND_FAITHS.contains(&c)
}

/// Gives a role-only mention ("---GOV") the country `c` when its phrase is definite
/// ("the government"), not an indefinite or bare one ("a soldier", "protesters").
pub(crate) fn take_country(t: &Tree<'_>, m: &mut Mention, c: Option<&str>) {
    let Some(c) = c else { return };
    if m.actor.is_some() || !m.code.starts_with("---") {
        return;
    }
    // Past the preposition the phrase may start with ("of the government").
    let start = (m.first..=m.last).find(|&k| t.rels[k] != Rel::Case);
    // "the two governments", "both armies": several parties, not the other side's one.
    let several = (m.first..=m.last).any(|k| {
        matches!(
            &t.forms[k][..],
            "two" | "both" | "three" | "several" | "all"
        ) || t
            .s
            .tokens
            .get(k)
            .is_some_and(|x| x.upos == dyad_model::Upos::Num)
    });
    if start.is_some_and(|k| &t.forms[k] == "the") && !several {
        m.code = format!("{c}{}", &m.code[3..]);
    }
}

/// Gives the source, a civil state organ of no country ("the government", "police",
/// "the court"), the article's home country, the dateline's: in a story from Kabul they
/// are Afghanistan's unless the sentence said otherwise (`take_country` ran first).
/// Not an indefinite one ("a policeman", who may be anyone's), nor several parties, nor
/// troops, which news from a place reports of every side.
pub(crate) fn take_home(t: &Tree<'_>, m: &mut Mention, home: &str) {
    if m.actor.is_some() || !m.code.starts_with("---") || m.resolved {
        return;
    }
    let role = &m.code[3..];
    let organ = ["GOV", "COP", "JUD", "LEG", "SPY"]
        .iter()
        .any(|o| role.starts_with(o));
    let start = (m.first..=m.last).find(|&k| t.rels[k] != Rel::Case);
    let indefinite = start.is_some_and(|k| matches!(&t.forms[k][..], "a" | "an" | "some"));
    let several = (m.first..=m.last).any(|k| {
        matches!(
            &t.forms[k][..],
            "two" | "both" | "several" | "all" | "other"
        )
    });
    if organ && !indefinite && !several {
        m.code = format!("{home}{role}");
    }
}

/// The antecedent of pronoun token `s` from the discourse, placed on the pronoun.
pub(crate) fn resolve_pronoun(t: &Tree<'_>, s: usize, ctx: Option<&Discourse>) -> Option<Mention> {
    let mut m = ctx?.resolve(subject_pronoun(t, s)?)?;
    (m.first, m.last, m.resolved) = (s, s, true);
    Some(m)
}

#[cfg(test)]
mod tests {
    use super::country_of;

    #[test]
    fn country_of_codes() {
        let cases = [
            ("RUSGOV", Some("RUS")),
            ("MUS", Some("MUS")),
            ("MOS", None),
            ("CRB", None),
            ("---GOV", None),
            ("IGOUNO", None),
            ("IMGMUSISI", None),
        ];
        for (code, want) in cases {
            assert_eq!(country_of(code).as_deref(), want, "{code}");
        }
    }
}
