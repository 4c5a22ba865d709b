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

/// The role part of a code ("CVL" of "---CVL", "REB" of "EGYREB"), empty when it has
/// none.
pub(crate) fn sector_of(code: &str) -> &str {
    code.get(3..6).unwrap_or("")
}

/// A source named in the sentence (not a pronoun resolved across sentences, too weak a
/// ground for an event with no one on the other end) that is an international body or
/// armed non-state group, or a state in one of `roles` ("" for the state itself).
pub(crate) fn named_political(s: &Mention, roles: &[&str]) -> bool {
    !s.resolved
        && (["IGO", "NGO", "IMG"].iter().any(|p| s.code.starts_with(p))
            || country_of(&s.code).is_some() && roles.contains(&sector_of(&s.code)))
}

/// CAMEO's codes for regions and religions, which take the place of a country code
/// ("MOS" Muslims, "CRB" the Caribbean) but give no government to "the government".
const REGIONS_AND_FAITHS: &[&str] = &[
    "AFR", "ASA", "BLK", "CAS", "CAU", "CEU", "CFR", "CRB", "EAF", "EEU", "EUR", "LAM", "MDT",
    "MEA", "NAF", "NMR", "PGS", "SAF", "SAM", "SAS", "SCN", "SEA", "WAF", "WEU", "WST", "BUD",
    "CHR", "HIN", "JEW", "SHI", "SIK", "SUN", "KUR", "DRZ", "PAS", "MOS",
];

pub(crate) fn is_region_or_faith(c: &str) -> bool {
    REGIONS_AND_FAITHS.contains(&c)
}

/// The role codes of a state's armed or political opponents.
const OPPONENTS: &[&str] = &["OPP", "REB", "INS", "SEP"];

/// Gives a role-only mention ("---GOV") the country `c` when its phrase is definite
/// ("the government"), not an indefinite or bare one ("a soldier", "protesters").
pub(crate) fn take_country(t: &Tree<'_>, m: &mut Mention, c: Option<&str>) {
    let Some(c) = c else { return };
    if m.actor.is_some() || !m.code.starts_with("---") {
        return;
    }
    // A state's opponents are `take_home_country`'s: "Russia bombed the rebels" are not
    // Russia's rebels.
    if OPPONENTS.iter().any(|r| m.code[3..].starts_with(r)) {
        return;
    }
    if first_word(t, m) == Some("the") && !several(t, m) {
        m.code = format!("{c}{}", &m.code[3..]);
    }
}

/// Gives the source, a civil state organ of no country ("the government", "police",
/// "the court"), the article's home country, the dateline's: in a story from Kabul they
/// are Afghanistan's unless the sentence said otherwise (`take_country` ran first).
/// Not an indefinite one ("a policeman", who may be anyone's), nor several parties, nor
/// troops, which news from a place reports of every side. Police and courts act at
/// home: acting on another country's place ("Police charge 2 in Copenhagen attacks" in
/// an American article) they are that country's, so they take no home country.
pub(crate) fn take_dateline_country(
    t: &Tree<'_>,
    m: &mut Mention,
    home: &str,
    targets: &[Mention],
) {
    if m.actor.is_some() || !m.code.starts_with("---") || m.resolved {
        return;
    }
    let role = &m.code[3..];
    let abroad = targets
        .iter()
        .any(|x| x.code.len() == 3 && country_of(&x.code).is_some_and(|c| c != home));
    if abroad && ["COP", "JUD"].iter().any(|o| role.starts_with(o)) {
        return;
    }
    // The forces of a government or regime ("regime forces", `compose.rs` codes them
    // MIL) are the state's, unlike bare troops.
    let governed = role == "MIL"
        && (m.first..=m.last).any(|k| matches!(&t.lemmas[k], "government" | "regime"));
    let organ = governed
        || ["GOV", "COP", "JUD", "LEG", "SPY"]
            .iter()
            .any(|o| role.starts_with(o));
    let indefinite = matches!(first_word(t, m), Some("a" | "an" | "some"));
    // "Foreign governments", "world leaders", "international courts": others'.
    let elsewhere = (m.first..=m.last).any(|k| {
        ["foreign", "world", "international", "global"]
            .iter()
            .any(|w| t.forms[k].eq_ignore_ascii_case(w))
    });
    if organ && !indefinite && !elsewhere && !several(t, m) && !generic(t, m) {
        m.code = format!("{home}{role}");
    }
}

/// "When government pressures doctors": a singular government word with no determiner
/// or possessor is government in general, no one state's.
fn generic(t: &Tree<'_>, m: &Mention) -> bool {
    let k = m.last;
    m.first == m.last
        && t.lemmas[k].eq_ignore_ascii_case("government")
        && t.s.tokens.get(k).is_some_and(|x| x.xpos == "NN")
        && !t.children(k).iter().any(|&c| {
            t.rels[c] == Rel::Poss || t.s.tokens.get(c).is_some_and(|x| x.deprel == "det")
        })
}

/// The first word of a mention's phrase, past the preposition it may start with ("of the
/// government").
fn first_word<'t>(t: &'t Tree<'_>, m: &Mention) -> Option<&'t str> {
    (m.first..=m.last)
        .find(|&k| t.rels[k] != Rel::Case)
        .map(|k| &t.forms[k][..])
}

/// "The two governments", "both armies", "other police forces": several parties, not
/// one side's.
fn several(t: &Tree<'_>, m: &Mention) -> bool {
    (m.first..=m.last).any(|k| {
        matches!(
            &t.forms[k][..],
            "two" | "both" | "three" | "several" | "all" | "other"
        ) || t
            .s
            .tokens
            .get(k)
            .is_some_and(|x| x.upos == dyad_model::Upos::Num)
    })
}

/// The antecedent of pronoun token `s` from the discourse, placed on the pronoun.
pub(crate) fn resolve_pronoun(t: &Tree<'_>, s: usize, ctx: Option<&Discourse>) -> Option<Mention> {
    let mut m = ctx?.resolve(subject_pronoun(t, s)?)?;
    (m.first, m.last, m.resolved) = (s, s, true);
    Some(m)
}

/// An adjective that is its clause's predicate ("he was optimistic", "Iran is ready"):
/// it carries a copula and a subject, so it says what the subject holds or feels, which
/// the dictionaries may code as a statement ("said he was pessimistic about X" 012).
pub(crate) fn predicate_adjective(t: &Tree<'_>, i: usize) -> bool {
    t.upos(i) == dyad_model::Upos::Adj
        && t.child(i, Rel::Cop).is_some()
        && t.child(i, Rel::Nsubj).is_some()
}

/// Gives a role-only target of the state's own opponents ("rebels", "opposition
/// groups", "insurgents", "separatists") the country of a state organ acting on them
/// without force: "Sudan's government resumed talks with rebels" (SDNREB), "Ukraine's
/// president announced a truce with opposition groups" (UKROPP). A government deals
/// with its own opponents far more often than with another state's, except in war:
/// force (roots 15, 18-20) is left alone, as "Russia bombed rebels" are not Russia's
/// rebels. The source is a government, its police, courts or intelligence; not a
/// country named alone ("US-backed rebels" are not American, nor are those "the United
/// States supplies"), its military or its legislators.
pub(crate) fn take_home_country(m: &mut Mention, source: &str, root: u32) {
    if m.actor.is_some() || matches!(root, 15 | 18 | 19 | 20) {
        return;
    }
    let Some(role) = m.code.strip_prefix("---") else {
        return;
    };
    if !OPPONENTS.contains(&role) {
        return;
    }
    let Some(c) = country_of(source) else { return };
    let organ = source.get(3..).unwrap_or("");
    if matches!(organ, "GOV" | "COP" | "JUD" | "SPY") {
        m.code = format!("{c}{role}");
    }
}

/// A "that" clause of the verb above it: a `ccomp`, or a clause the parser attached as
/// `parataxis` though it opens with "that" ("demanded that Britain negotiate").
pub(crate) fn is_that_clause(t: &Tree<'_>, c: usize) -> bool {
    t.rels[c] == Rel::Ccomp
        || t.rels[c] == Rel::Parataxis
            && t.children(c)
                .iter()
                .any(|&m| t.rels[m] == Rel::Mark && &t.forms[m] == "that")
}

/// The forces in a show of force (root 15) or a military de-escalation (087x: scaled
/// back, demobilised, withdrawn) are the actor's own: "China massed troops along the
/// border" is China's military acting (CHNMIL), not China acting on troops of no
/// country. Only bare role words (no actor named in the phrase) of the military; the
/// source's country, or none when it has none ("NATO put troops on standby").
pub(crate) fn own_forces(src: &Mention, tg: &Mention, code: &str) -> Option<Mention> {
    let posture = code.starts_with("15") || code.starts_with("087");
    if !posture || tg.actor.is_some() || tg.code != "---MIL" {
        return None;
    }
    let c = country_of(&src.code)?;
    let mut m = tg.clone();
    m.code = format!("{c}MIL");
    Some(m)
}

/// Statements that have no addressee by nature and code without a target when root 01
/// may: declining to comment (011), pessimistic and optimistic comments (012, 013),
/// claiming or denying responsibility (015, 016) and symbolic acts (017, "laid a
/// wreath"). Other statements (010 "said", 019 "agreed") need someone they are about;
/// without one they are news of no one in particular ("agreed to pay $80 million").
/// Such a statement is news from a state, its organs, its political opponents, an
/// international body or armed movement ("Islamic State claimed the bombings"), not from
/// a role of no country ("---JUD admitted"), a wire service, a company or doctors ("Yukos
/// warned it is being driven toward bankruptcy").
pub(crate) fn said_to_no_one(t: &Tree<'_>, code: &str, source: Option<&Mention>) -> bool {
    let root = code.get(..2).unwrap_or("");
    if root == "14" {
        // A protest or strike needs no one to aim at when the people protesting are
        // named with their country ("Kenyan doctors continued their strike", "French
        // unions staged a strike") or are a people in the plural ("thousands of
        // Georgians protested"), not a bare country ("U.S. Treasury prices rallied").
        return source.is_some_and(|s| {
            !s.resolved
                && country_of(&s.code).is_some()
                && (matches!(
                    sector_of(&s.code),
                    "OPP" | "LAB" | "CVL" | "EDU" | "HLH" | "REL" | "AGR" | "REF"
                ) || s.code.len() == 3 && a_people(t, s))
        });
    }
    if root == "09" {
        // An investigation with no one named under it ("police opened a murder
        // investigation") is news when a state's organ or an international body opens
        // it, not a company or a journalist.
        return source.is_some_and(|s| {
            !s.resolved
                && (s.code.starts_with("IGO")
                    || country_of(&s.code).is_some()
                        && matches!(
                            sector_of(&s.code),
                            "" | "GOV" | "JUD" | "COP" | "LEG" | "SPY"
                        ))
        });
    }
    if !matches!(root, "01" | "02" | "13") {
        return true;
    }
    // "It threatens to be another day": a pronoun resolved across sentences is no
    // speaker of its own.
    let roles = [
        "", "GOV", "MIL", "LEG", "OPP", "REB", "INS", "SEP", "COP", "SPY",
    ];
    let political =
        source.is_some_and(|s| !s.code.starts_with("MED") && named_political(s, &roles));
    political
        && (root != "01"
            || matches!(
                code.get(..3),
                Some("011" | "012" | "013" | "015" | "016" | "017")
            ))
}

/// Claims and denials of responsibility (015, 016) are about an act, and their target
/// is the act's victim ("denied attacking Ukrainian civilians": UKR), never a role of no
/// country ("denied sending military support": not `---MIL`) nor the actor's own side
/// named inside the act ("denied that Russian forces had targeted civilians"
/// is not aimed at Russia's forces, "denied any use of gas by the Assad government" not
/// at Syria's government).
pub(crate) fn about_an_act(code: &str) -> bool {
    matches!(code.get(..3), Some("015" | "016"))
}

/// Whether `b` is of `a`'s own country.
pub(crate) fn own_side(a: &Mention, b: &Mention) -> bool {
    country_of(&a.code).is_some_and(|c| country_of(&b.code).as_deref() == Some(c.as_str()))
}

/// Whether mention `m` is a people named in the plural ("thousands of Georgians",
/// "Kenyans"): it ends in a plural proper noun, or a proper noun in "-ans" that the tagger
/// took for a singular one.
fn a_people(t: &Tree<'_>, m: &Mention) -> bool {
    m.agents.is_empty()
        && t.s.tokens.get(m.last).is_some_and(|x| {
            x.xpos == "NNPS" || x.upos == dyad_model::Upos::Propn && x.form.ends_with("ans")
        })
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
