//! Shows of force (root 15) by a state, most made with its own forces: "Israel called up
//! reservists", "India deployed troops to Kashmir", "Russia sent warships to the
//! Mediterranean". The forces are the state's military acting; the place they go is
//! the target when it belongs to a country (the state's own, for a deployment at home),
//! and a sea or a region ("the Gulf") names no one, so the act stands with no target.
//! Before, the forces had no actor code ("reservists" is no agent word), or the place
//! was the state itself and the event was dropped as a state acting on itself.

use crate::actors::Mention;
use crate::slots::{country_of, is_region_or_faith, sector_of};
use crate::tree::{Rel, Tree};
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

/// Words of a pattern that name police (153: "deployed police", "police patrols").
fn names_police(elems: &[Elem]) -> bool {
    elems.iter().any(|e| match e {
        Elem::Word(w) => w == "police",
        Elem::Group(g) | Elem::Prep(g) => names_police(g),
        _ => false,
    })
}

/// For a show of force by one state (`src`: a country, its government or its military;
/// its police, for 153): the source and targets the act codes with, or `None` when the
/// rule does not apply (another root, a source that is no state, or `doubtful`: a
/// pronoun subject, "claims that it was sending troops", or an act not plainly done, see
/// [`doubtful`], is too weak a ground for an event with no target; a verb's default code
/// with no forces named). A show of force needs no
/// one it is aimed at ("Belgium raised its alert level"), so the caller lets it stand
/// with no target.
///
/// - Forces the pattern or the object names are the state's military acting (the
///   source becomes `<country>MIL`); police named by a 153 pattern or object, its police
///   (`<country>COP`).
/// - Targets are the other actors of `targets`: the forces themselves, roles of no
///   country ("security around the churches") and seas or regions are dropped; for police
///   work at home (153) the state's own places are where, not whom.
pub(crate) fn own_forces_sent(
    code: &str,
    pattern: Option<&Pattern>,
    src: &Mention,
    doubtful: bool,
    targets: &[Mention],
) -> Option<(Mention, Vec<Mention>)> {
    if !code.starts_with("15") || doubtful || src.resolved {
        return None;
    }
    let c = country_of(&src.code)?;
    if !matches!(sector_of(&src.code), "" | "GOV" | "MIL" | "COP") {
        return None;
    }
    let police = code.starts_with("153");
    // Police named in a 153 act; military forces in any (security forces are police work
    // too: "deployed security forces in Tehran").
    let bare =
        |m: &Mention| m.actor.is_none() && (m.code == "---MIL" || police && m.code == "---COP");
    let by_pattern = pattern.is_some_and(|p| match police {
        true => names_police(&p.before) || names_police(&p.after),
        false => names_forces(&p.before) || names_forces(&p.after),
    });
    let mut source = src.clone();
    if let Some(m) = targets.iter().find(|m| bare(m)) {
        source.code = format!("{c}{}", sector_of(&m.code));
    } else if by_pattern {
        source.code = format!("{c}{}", if police { "COP" } else { "MIL" });
    } else if pattern.is_none() && sector_of(&src.code) != "MIL" {
        // A verb's default code alone, with no forces named (neither the object nor the
        // subject: "government forces are massing"), is too weak a ground for an act
        // with no target: "deployed sarin gas", "deployed 1,000 quadcopters".
        return None;
    }
    let kept = targets
        .iter()
        .filter(|m| {
            let head = m.code.get(..3).unwrap_or("");
            !bare(m) && head != "---" && !is_region_or_faith(head) && m.code != source.code
        })
        .cloned()
        .collect();
    Some((source, kept))
}

/// True when the show of force at verb `i` is not plainly done: its subject is a pronoun,
/// it is intended or planned ("is to send 2,000 troops", "ready to deploy if needed"), or
/// it completes another verb that is no verb of starting or going on ("demanded that the
/// military stop sending soldiers", "help give the forces the space"). Such acts keep
/// the coder's usual rules.
pub(crate) fn doubtful(t: &Tree<'_>, i: usize, subject_pronoun: bool) -> bool {
    let aspect = |h: usize| {
        matches!(
            &t.lemmas[h],
            "begin" | "start" | "continue" | "resume" | "keep"
        )
    };
    let complement =
        matches!(t.rels[i], Rel::Xcomp | Rel::Ccomp) && t.heads[i].is_some_and(|h| !aspect(h));
    subject_pronoun || complement || crate::modality::unrealised(t, i)
}

/// Police work at home (153) is aimed at no one: the state's own places a target search
/// found ("deployed police in Nairobi") say where, not whom.
pub(crate) fn drop_home_places(code: &str, sources: &[Mention], targets: &mut Vec<Mention>) {
    if !code.starts_with("153") {
        return;
    }
    targets.retain(|t| {
        !sources
            .iter()
            .any(|s| country_of(&s.code).as_deref() == Some(t.code.as_str()))
    });
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
