//! Shows of force (root 15) made with the actor's own forces: "Israel called up
//! reservists", "India deployed troops to Kashmir", "Russia sent warships to the
//! Mediterranean". The forces are the state's military acting; the place they go is
//! the target when it belongs to a country (the state's own, for a deployment at home),
//! and a sea or a region ("the Gulf") names no one, so the act stands with no target.
//! Before, the forces had no actor code ("reservists" is no agent word), or the place
//! was the state itself and the event was dropped as a state acting on itself.

use crate::actors::Mention;
use crate::slots::{country_of, is_region_or_faith, sector_of};
use dyad_dict::{Elem, Pattern};

/// Synsets whose members are a state's armed forces or military hardware.
const FORCES: [&str; 2] = ["TROOPS", "MILUNITS"];

/// True when a pattern element names forces: a forces synset, alone, in a group or in
/// a prepositional phrase.
fn names_forces(elems: &[Elem]) -> bool {
    elems.iter().any(|e| match e {
        Elem::Synset(s) => FORCES.contains(&s.as_str()),
        Elem::Group(g) | Elem::Prep(g) => names_forces(g),
        _ => false,
    })
}

/// For a show of force by one state (`src`: a country, its government or its military)
/// whose forces the pattern or the object names, the state's military as the source
/// and, as targets, the other actors of `targets` (the forces themselves, roles of no
/// country, and seas or regions, dropped). `None` when the rule does not apply:
/// another root, police work (153, whose target rules stay as they were), a source that
/// is no state, or a pronoun (`pronoun`: "claims that it was sending troops" is too weak
/// a ground for an event with no target), or no forces named.
pub(crate) fn own_forces_sent(
    code: &str,
    pattern: Option<&Pattern>,
    src: &Mention,
    pronoun: bool,
    targets: &[Mention],
) -> Option<(Mention, Vec<Mention>)> {
    if !code.starts_with("15") || code.starts_with("153") || pronoun || src.resolved {
        return None;
    }
    let c = country_of(&src.code)?;
    if !matches!(sector_of(&src.code), "" | "GOV" | "MIL") {
        return None;
    }
    let bare_forces = |m: &Mention| m.actor.is_none() && m.code == "---MIL";
    let by_pattern = pattern.is_some_and(|p| names_forces(&p.before) || names_forces(&p.after));
    if !by_pattern && !targets.iter().any(bare_forces) {
        return None;
    }
    let mut source = src.clone();
    source.code = format!("{c}MIL");
    let kept = targets
        .iter()
        .filter(|m| {
            let head = m.code.get(..3).unwrap_or("");
            !bare_forces(m) && head != "---" && !is_region_or_faith(head) && m.code != source.code
        })
        .cloned()
        .collect();
    Some((source, kept))
}

#[cfg(test)]
mod tests {
    use super::names_forces;
    use dyad_dict::Elem;

    #[test]
    fn forces_in_patterns() {
        let syn = |s: &str| Elem::Synset(s.to_string());
        let word = |s: &str| Elem::Word(s.to_string());
        let cases: Vec<(Vec<Elem>, bool)> = vec![
            (
                vec![syn("TROOPS"), Elem::Prep(vec![word("to"), Elem::Target])],
                true,
            ),
            (
                vec![Elem::Group(vec![word("military"), syn("MILUNITS")])],
                true,
            ),
            (vec![Elem::Prep(vec![word("with"), syn("TROOPS")])], true),
            (vec![word("police")], false),
            (vec![syn("SANCTIONS"), Elem::Target], false),
        ];
        for (elems, want) in cases {
            assert_eq!(names_forces(&elems), want, "{elems:?}");
        }
    }
}
