//! Violent and protest events (roots 14, 18-20): where the event happens gives its
//! unnamed victims, local armed groups and crowds their country; irregular attackers
//! killing civilians use unconventional violence (180); an attack named by its weapon
//! ("a chemical attack killed", "a missile struck") codes with no source.

use crate::actors::{ActorFinder, Mention};
use crate::code::code_root;
use crate::code::VerbHit;
use crate::slots::{country_of, sector_of};
use crate::tree::{Rel, Tree};
use dyad_dict::Elem;
use dyad_model::Upos;

/// Prepositions that say where an event happens ("in Sousse", "at a mosque in X",
/// "near Aleppo", "across France"). Not "into", "toward", "from": a direction names
/// another place than the one where the act is ("fired rockets into Israel").
const LOCATIVE: &[&str] = &[
    "in",
    "at",
    "near",
    "outside",
    "inside",
    "on",
    "across",
    "around",
    "throughout",
    "through",
];

/// Words for the doers of one act whose identity is unknown ("a gunman", "a suicide
/// bomber"): unlike a local armed group ("militants", "militiamen") they belong to no
/// place, so they keep no country.
const PERPETRATORS: &[&str] = &[
    "gunman",
    "gunmen",
    "bomber",
    "bombers",
    "attacker",
    "attackers",
    "assailant",
    "assailants",
    "shooter",
    "shooters",
    "sniper",
    "snipers",
    "hijacker",
    "hijackers",
    "kidnapper",
    "kidnappers",
];

/// Roles of the civil population: the victims of unconventional violence (180).
const CIVIL: &[&str] = &[
    "CVL", "REL", "EDU", "MED", "HLH", "LAB", "BUS", "REF", "AGR", "OPP",
];

/// Roles of armed groups that are not a state's forces.
const IRREGULAR: &[&str] = &["REB", "INS", "SEP", "UAF"];

/// Nested phrases deeper than this are another topic ("on a beach in Sousse" is two).
const MAX_LEVELS: usize = 3;

/// The country named by the phrase headed by `c` itself (a city, region or country
/// in the actor dictionaries), not by a modifier ("near the Ukrainian border" names a
/// border, not Ukraine).
pub(crate) fn country_named(f: &ActorFinder<'_, '_>, c: usize) -> Option<String> {
    let (_, _, a) = f.m.actor_at(c)?;
    let code = f.d.actors.actor(a)?.code_on(f.date)?;
    (code.len() == 3 && country_of(code).is_some()).then(|| code.to_string())
}

/// Locative phrases directly under `n`.
fn locative_phrases(t: &Tree<'_>, n: usize) -> Vec<usize> {
    t.children(n)
        .iter()
        .copied()
        .filter(|&c| {
            t.rels[c] == Rel::Nmod
                && t.case_of(c)
                    .is_some_and(|p| LOCATIVE.contains(&p.to_ascii_lowercase().as_str()))
        })
        .collect()
}

/// The country of the place where the act of verb `i` happens: a locative phrase of the
/// verb or of its objects naming a country, city or region, through nested locative
/// phrases ("killed 38 tourists on a beach in Sousse"); for a participle or a
/// coordinated verb of the same clause, also its head's ("opened fire at a concert
/// hall near Moscow, killing ...").
pub(crate) fn place_country(
    t: &Tree<'_>,
    f: &ActorFinder<'_, '_>,
    i: usize,
    objs: &[usize],
) -> Option<String> {
    let mut starts: Vec<usize> = std::iter::once(i).chain(objs.iter().copied()).collect();
    if matches!(t.rels[i], Rel::Advcl | Rel::Conj) {
        starts.extend(t.heads[i]);
    }
    for &s in &starts {
        let mut level = locative_phrases(t, s);
        // The last of coordinated objects may carry the place for all ("attacked churches
        // and hotels in Sri Lanka").
        if objs.contains(&s) {
            for c in t.children(s).iter().copied() {
                if t.rels[c] == Rel::Conj {
                    level.extend(locative_phrases(t, c));
                }
            }
        }
        // The place of the act's target is where it happens ("set fire to metro stations
        // in Santiago"); a target phrase naming a country itself is not a place of the
        // act ("fired rockets into Israel").
        for c in t.children(s).iter().copied() {
            if t.rels[c] == Rel::Nmod && !level.contains(&c) {
                level.extend(locative_phrases(t, c));
            }
        }
        // A "where" clause happens at the noun it describes ("Beslan, the town in
        // southern Russia where terrorists seized a school").
        if s == i && t.rels[i] == Rel::Relcl {
            let at = t
                .children(i)
                .iter()
                .any(|&c| t.rels[c] == Rel::Advmod && t.forms[c].eq_ignore_ascii_case("where"));
            if let Some(h) = t.heads[i].filter(|_| at) {
                level.push(h);
            }
        }
        if s != i && !objs.contains(&s) {
            // The head verb's objects are where too ("stormed a hotel in X and killed").
            for o in crate::targets::objects_of(t, s) {
                level.extend(locative_phrases(t, o));
            }
        }
        for _ in 0..MAX_LEVELS {
            level.sort_unstable();
            if let Some(c) = level.iter().find_map(|&c| country_named(f, c)) {
                return Some(c);
            }
            level = level.iter().flat_map(|&c| locative_phrases(t, c)).collect();
            if level.is_empty() {
                break;
            }
        }
    }
    None
}

/// The dateline's country when the sentence names no other country: "KABUL - A bomb
/// killed seven people" happened in Afghanistan; a sentence naming another country
/// may be about it.
fn home_country(t: &Tree<'_>, f: &ActorFinder<'_, '_>) -> Option<String> {
    let home = f.ctx.and_then(crate::Discourse::home)?;
    let other = (0..t.len()).any(|k| {
        f.m.actor_at(k)
            .and_then(|(_, _, a)| f.d.actors.actor(a)?.code_on(f.date))
            .and_then(country_of)
            .is_some_and(|c| c != home)
    });
    (!other).then(|| home.to_string())
}

/// Whether mention `m` is a role of no country that takes the place's: as the target of
/// violence any role but the military and the government (soldiers and officials in a
/// place may be foreign); as the source of violence or coercion a local armed group, not the
/// unknown doers of one act; as the source of a protest the crowd.
fn takes_place(t: &Tree<'_>, m: &Mention, source: bool, root: u32) -> bool {
    if m.actor.is_some() || m.resolved || m.owned || !m.code.starts_with("---") {
        return false;
    }
    let r = sector_of(&m.code);
    let head = t.forms[m.last].to_ascii_lowercase();
    match (source, root) {
        (false, 18..=20) => !matches!(r, "MIL" | "GOV") && !foreigner(t, m.last),
        // A local armed group that seizes, abducts or raids (17) is the place's too
        // ("seized by militants in Iraq").
        (true, 17..=20) => IRREGULAR.contains(&r) && !PERPETRATORS.contains(&head.as_str()),
        (true, 14) => CIVIL.contains(&r),
        // The police a crowd faces are the place's ("clashed with police in Baltimore").
        (false, 14) => r == "COP",
        // So are the people the state represses there ("fired tear gas at protesters in
        // Khartoum").
        (false, 17) => CIVIL.contains(&r) && !foreigner(t, m.last),
        // Only civilians: refugees and the displaced receive aid outside their country.
        (false, 7) => r == "CVL" && !foreigner(t, m.last) && !head.starts_with("refugee"),
        _ => false,
    }
}

/// Words for people who are in a place without being of it: the place's country is
/// not theirs ("tourists on a beach in Sousse", "taken hostage in Iraq").
const FOREIGNERS: &[&str] = &[
    "tourist",
    "tourists",
    "foreigner",
    "foreigners",
    "hostage",
    "hostages",
    "expatriate",
    "expatriates",
    "expat",
    "expats",
    "visitor",
    "visitors",
];

/// Whether the noun at `k` names people from elsewhere: a word of [`FOREIGNERS`] or a
/// noun modified by "foreign" ("foreign workers").
fn foreigner(t: &Tree<'_>, k: usize) -> bool {
    FOREIGNERS.contains(&t.forms[k].to_ascii_lowercase().as_str())
        || t.children(k)
            .iter()
            .any(|&c| t.forms[c].eq_ignore_ascii_case("foreign"))
}

/// Gives the unnamed victims and local armed groups of a violent act, the crowds of a
/// protest and the police they face, and the people repressed (17), the country of the place where it happens, else of the dateline
/// ("Militants killed worshippers at a mosque in Sinai": EGYREB, EGYCVL).
pub(crate) fn place_countries(
    t: &Tree<'_>,
    f: &ActorFinder<'_, '_>,
    i: usize,
    code: &str,
    sources: &mut [Mention],
    targets: &mut [Mention],
) {
    let root = code_root(code);
    // Aid (07) and the intention to give it (033) go to people where they are ("aid to
    // civilians in Idlib" is for Syria's); root 7 stands for both below.
    let aid = matches!(code.get(..2), Some("07")) || code.starts_with("033");
    if !aid && !matches!(root, 14 | 17..=20) {
        return;
    }
    let root = if aid { 7 } else { root };
    let wanted = sources.iter().any(|m| takes_place(t, m, true, root))
        || targets.iter().any(|m| takes_place(t, m, false, root));
    // Two phrases of one role of no country ("women held hostage" by no one named) stay
    // one actor, which codes nothing; a country on one side only would make an event.
    let same = sources
        .iter()
        .any(|a| targets.iter().any(|b| a.code == b.code));
    if !wanted || same {
        return;
    }
    let objs = crate::targets::objects_of(t, i);
    let Some(c) = place_country(t, f, i, &objs).or_else(|| home_country(t, f)) else {
        return;
    };
    for (list, source) in [(sources, true), (targets, false)] {
        for m in list.iter_mut() {
            if takes_place(t, m, source, root) {
                m.code = format!("{c}{}", &m.code[3..]);
            }
        }
    }
}

/// Killing by irregular armed groups (rebels, militants, militias) of civilians is
/// unconventional violence (180), not the conventional force (190) of the verb's
/// default: "Militants killed worshippers at a mosque".
pub(crate) fn unconventional(code: &str, sources: &[Mention], targets: &[Mention]) -> bool {
    let irregular =
        |m: &Mention| m.code.starts_with("IMG") || IRREGULAR.contains(&sector_of(&m.code));
    code == "190"
        && !sources.is_empty()
        && !targets.is_empty()
        && sources.iter().all(irregular)
        && targets.iter().all(|m| CIVIL.contains(&sector_of(&m.code)))
}

/// Nouns naming the means of a violent act, which may carry its agent ("in an Israeli
/// airstrike", "in Russian shelling", "under Turkish fire").
pub(crate) const MEANS: &[&str] = &[
    "attack",
    "airstrike",
    "strike",
    "raid",
    "bombing",
    "bombardment",
    "shelling",
    "fire",
    "gunfire",
    "crossfire",
    "blast",
    "explosion",
    "ambush",
    "offensive",
    "operation",
    "assault",
    "clash",
    "fighting",
    "missile",
    "rocket",
    "drone",
    "shell",
    "mortar",
    "artillery",
    "bomb",
    "crackdown",
    "incursion",
    "invasion",
    "battle",
];

/// The token of a mention's phrase whose head lies outside it.
fn phrase_head(t: &Tree<'_>, m: &Mention) -> usize {
    (m.first..=m.last)
        .find(|&k| t.heads[k].is_none_or(|h| h < m.first || h > m.last))
        .unwrap_or(m.last)
}

/// Who does a violent act named by a passive verb with no "by" phrase: the first phrase
/// naming an actor, which the coder falls back on, counts only when it names the means
/// ("were killed in an Israeli airstrike"); a place or building says where ("seven
/// people were killed in central Kabul", "at a mosque in Kandahar").
pub(crate) fn means_only(t: &Tree<'_>, f: &ActorFinder<'_, '_>, code: &str, v: &mut Vec<Mention>) {
    if !matches!(code_root(code), 18..=20) {
        return;
    }
    v.retain(|m| {
        let h = phrase_head(t, m);
        let lemma = t.lemmas[h].to_ascii_lowercase();
        means_word(&lemma) && !m.actor.is_some_and(|a| is_place(f, a))
    });
}

/// "Turkey launched a military offensive against the YPG": a violent act (roots 18-20)
/// whose object is a bare military role modifying a word of [`MEANS`] ("a military
/// offensive", "a military operation") names the source's own forces at work, not a
/// target: they become the source (TURMIL), and the target is looked for past them.
/// Only bare role words (no actor named in the phrase); the source's country, as for
/// `slots::own_forces`.
pub(crate) fn own_means(t: &Tree<'_>, src: &Mention, tg: &Mention, code: &str) -> Option<Mention> {
    if !matches!(code_root(code), 18..=20) || tg.actor.is_some() || tg.code != "---MIL" {
        return None;
    }
    let head = phrase_head(t, tg);
    if !means_word(&t.lemmas[head].to_ascii_lowercase()) {
        return None;
    }
    let c = country_of(&src.code)?;
    let mut m = tg.clone();
    m.code = format!("{c}MIL");
    Some(m)
}

/// Whether `w` (lowercase) is a word of [`MEANS`], also in the plural.
fn means_word(w: &str) -> bool {
    MEANS.contains(&w) || MEANS.contains(&w.trim_end_matches('s'))
}

/// Dictionary files of places (cities, regions, subdivisions): a place inside the
/// weapon's phrase says where it struck ("in a Baghdad rocket attack"), not whose it is.
const PLACE_FILES: &[&str] = &["cities.", "regions.", "subdivisions."];

/// Whether actor `a` is an entry of a place file.
fn is_place(f: &ActorFinder<'_, '_>, a: dyad_dict::ActorId) -> bool {
    let Some(actor) = f.d.actors.actor(a) else {
        return false;
    };
    f.d.files
        .get(actor.origin.file.0 as usize)
        .is_some_and(|name| {
            let base = name.rsplit('/').next().unwrap_or(name);
            PLACE_FILES.iter().any(|p| base.starts_with(p))
        })
}

/// Words naming a weapon, beside the means of [`MEANS`]: a pattern's phrase headed by
/// one names the attack by its weapon ("with knives", "from the air").
const WEAPONS: &[&str] = &[
    "knife", "knives", "gun", "weapon", "sarin", "gas", "tank", "air", "airraid", "wmd",
];

/// Whether a pattern's phrase (its preposition first) is headed by a means or weapon
/// word: "(IN {BOMB BLAST})", "(WITH &MISSILES)", not "(TO FLEE)" or "(FOR RANSOM)".
fn weapon_phrase(inner: &[Elem]) -> bool {
    let head = |e: &Elem| -> Option<String> {
        match e {
            Elem::Word(w) => Some(w.to_ascii_lowercase()),
            Elem::Synset(n) => Some(n.to_ascii_lowercase()),
            Elem::Group(g) => match g.last() {
                Some(Elem::Word(w)) => Some(w.to_ascii_lowercase()),
                Some(Elem::Synset(n)) => Some(n.to_ascii_lowercase()),
                _ => None,
            },
            _ => None,
        }
    };
    inner.iter().skip(1).rev().find_map(head).is_some_and(|w| {
        let one = w.trim_end_matches('s');
        means_word(&w) || WEAPONS.contains(&w.as_str()) || WEAPONS.contains(&one)
    })
}

/// Whether a "by" phrase hangs under `x`, directly or through a few words of its own
/// phrase ("shot dead by troops", "strikes by Syrian planes"): the act has a named doer.
fn by_phrase_under(t: &Tree<'_>, x: usize) -> bool {
    (0..t.len()).any(|k| {
        if t.rels[k] != Rel::Nmod || t.case_of(k) != Some("by") {
            return false;
        }
        let mut y = t.heads[k];
        // Phrases nest a few deep; further is another clause's.
        for _ in 0..3 {
            match y {
                Some(h) if h == x => return true,
                Some(h)
                    if !matches!(t.rels[h], Rel::Ccomp | Rel::Advcl | Rel::Relcl | Rel::Conj) =>
                {
                    y = t.heads[h]
                }
                _ => return false,
            }
        }
        false
    })
}

/// The subject of the verb a participle depends on, which does the participle's act
/// after a comma ("Israel hit the strip, killing two militants": Israel), when that
/// subject's head word is an actor or agent: not a weapon or storm ("a car bomb
/// exploded, killing"), and not the speaker of a verb of saying ("killing six, police
/// said"). Not when that verb is itself a violent act: "attacked the town, killing
/// dozens" is one attack, coded once by its verb, and the killing is its toll.
pub(crate) fn participle_agent(t: &Tree<'_>, f: &ActorFinder<'_, '_>, i: usize) -> Option<usize> {
    let after_comma = i.checked_sub(1).is_some_and(|k| &t.forms[k] == ",");
    if t.rels[i] != Rel::Advcl || !after_comma || t.s.tokens.get(i).is_none_or(|x| x.xpos != "VBG")
    {
        return None;
    }
    let h = t.heads[i]?;
    if crate::reported::is_saying(&t.lemmas[h]) || violent_verb(t, f, h) {
        return None;
    }
    t.child(h, Rel::Nsubj)
        .filter(|&s| f.m.actor_at(s).is_some() || f.m.agent_at(s).is_some())
}

/// Whether token `h` is a verb whose own code is a violent act (roots 18-20).
fn violent_verb(t: &Tree<'_>, f: &ActorFinder<'_, '_>, h: usize) -> bool {
    let v = &f.d.verbs;
    (v.lookup(&t.forms[h]).iter())
        .chain(v.lookup(&t.lemmas[h]))
        .filter_map(|&id| v.default_code(id))
        .any(|c| matches!(code_root(&c.forward), 18..=20))
}

/// Whether a target mention is a person or group, not a country's word on a thing ("the
/// German film", "the Chinese website"): one of its actor or agent words is no modifier
/// (amod, compound, possessive) of a noun that is neither ("Syrian women" is).
fn person_or_group(t: &Tree<'_>, f: &ActorFinder<'_, '_>, m: &Mention) -> bool {
    let named = |k: usize| f.m.actor_at(k).is_some() || f.m.agent_at(k).is_some();
    let modifier = |k: usize| {
        t.s.tokens
            .get(k)
            .is_some_and(|x| matches!(x.deprel.split(':').next(), Some("amod" | "compound")))
            || t.rels[k] == Rel::Poss
    };
    m.resolved
        || (m.first..=m.last)
            .any(|k| named(k) && (!modifier(k) || t.heads[k].is_some_and(|n| named(n) || n == k)))
}

/// A violent act whose attacker is unnamed, which codes with no source: its verb's
/// pattern names the attack by its weapon or kind, as the subject of an active verb that
/// names no actor with a country ("a chemical attack killed", "drones struck") or in a
/// phrase headed by a means or weapon ("were killed in a bomb blast"); or a passive verb,
/// with its auxiliary, names the act by its kind ("was beheaded", "were shot", "was
/// kidnapped") done to a person or group, not the bare killing of the generic 190, which
/// accidents and disasters share ("19 people were killed in Nepal" by an earthquake), nor
/// blockades and occupations (191, 192), where who was captured ("Ibrahim was captured")
/// needs its captor. On the passive path only the verb's own code counts, or a pattern
/// whose `+` took an actor: "was fired on Monday" is no shooting.
///
/// A passive verb with a direct object or without an auxiliary is a misparse of an
/// active one ("India has test-fired a missile", "Russian jets also struck" with the
/// subject as passive), and a verb with a compound part ("test-fired") is another verb:
/// neither is an act without agent. A "by" phrase on the verb or its weapon, or, for a
/// participle, its verb's subject ([`participle_agent`]) names the doer.
pub(crate) fn unnamed_attacker(
    t: &Tree<'_>,
    f: &ActorFinder<'_, '_>,
    h: &VerbHit,
    subj: Option<usize>,
    targets: &[Mention],
    passive: bool,
) -> bool {
    let (i, code) = (h.token, h.code.forward.as_str());
    let pattern = h.pattern.and_then(|p| f.d.verbs.patterns.get(p.0 as usize));
    if !matches!(code_root(code), 18..=20) {
        return false;
    }
    if by_phrase_under(t, i)
        || subj.is_some_and(|s| by_phrase_under(t, s))
        || participle_agent(t, f, i).is_some()
    {
        return false;
    }
    let compound = t.children(i).iter().any(|&c| t.rels[c] == Rel::Compound);
    // The auxiliary of a coordinated passive is its first verb's ("were held and
    // tortured").
    let auxiliary = std::iter::once(i)
        .chain(t.heads[i].filter(|_| t.rels[i] == Rel::Conj))
        .any(|v| {
            t.children(v)
                .iter()
                .any(|&c| t.rels[c] == Rel::Aux && matches!(&t.lemmas[c][..], "be" | "get"))
        });
    let passive = passive && t.child(i, Rel::Obj).is_none() && !compound && auxiliary;
    let word = |e: &Elem| matches!(e, Elem::Word(_) | Elem::Synset(_) | Elem::Group(_));
    // The subject names no one with a country ("drones", "a car bomb"), and is not the
    // victim the event is aimed at.
    let unnamed_subject = subj.is_none_or(|s| {
        let mut found = Vec::new();
        f.with_conjuncts(s, &mut found);
        found.iter().all(|m| m.actor.is_none())
            && !targets.iter().any(|m| m.first <= s && s <= m.last)
    });
    let named = pattern.is_some_and(|p| {
        (!passive && unnamed_subject && p.before.iter().any(word))
            || p.after.iter().any(|e| match e {
                Elem::Prep(inner) => weapon_phrase(inner),
                _ => false,
            })
    });
    // A pattern's `+` that took no actor ("fired on Monday") matched another sense.
    let trusted = h.pattern.is_none()
        || h.cap.target.is_some_and(|tg| {
            let mut found = Vec::new();
            f.with_conjuncts(tg, &mut found);
            found.iter().any(|m| m.first <= tg && tg <= m.last)
        });
    named
        || passive
            && trusted
            && !matches!(code, "190" | "191" | "192")
            && !targets.is_empty()
            && targets.iter().all(|m| person_or_group(t, f, m))
}

/// Whether a violent verb (roots 18-20) is a figure of speech between civic sides: every
/// source and target named is a government, leader, lawmaker, court, medium, party or
/// organisation, none armed and no state named alone, and the verb is one politics uses
/// for words ("Boris Johnson and Jeremy Corbyn clashed", "Trump unleashed his sharpest
/// attack yet on John Bolton", "Trump battles Congress for funds", "Obama angrily shot
/// down a reporter"). A fight needs armed men, police or a state on one side; killing
/// and other verbs of harm are never read as words.
pub(crate) fn verbal_fight(
    t: &Tree<'_>,
    i: usize,
    sources: &[Mention],
    targets: &[Mention],
) -> bool {
    const CIVIC: &[&str] = &[
        "GOV", "ELI", "LEG", "JUD", "MED", "PTY", "BUS", "EDU", "HLH", "NGO", "REL", "LAB",
    ];
    const WORDS_OF_WAR: &[&str] = &["clash", "attack", "fight", "battle", "shoot", "strangle"];
    let civic = |m: &Mention| {
        m.code.starts_with("IGO")
            || m.code.starts_with("NGO")
            || (m.code.len() > 3 && CIVIC.contains(&sector_of(&m.code)))
    };
    // The verb itself, or its object noun between sides of one country ("Trump
    // launched repeated attacks on the press"; "will launch an attack against the Assad
    // regime" is a state's on another).
    let one_country = {
        let mut countries = sources.iter().chain(targets).map(|m| country_of(&m.code));
        let first = countries.next().flatten();
        first.is_some() && countries.all(|c| c == first)
    };
    let words = WORDS_OF_WAR.contains(&&t.lemmas[i])
        || one_country
            && crate::targets::objects_of(t, i)
                .iter()
                .any(|&o| WORDS_OF_WAR.contains(&&t.lemmas[o]));
    words && !sources.is_empty() && !targets.is_empty() && sources.iter().chain(targets).all(civic)
}

/// Sectors of a state's forces and of armed groups: who strikes a place or a thing with
/// no one named as its target ("US warplanes fired on targets", "rebels seized a town").
const ARMED: &[&str] = &["MIL", "REB", "INS", "SEP", "UAF", "COP", "SPY"];

/// Prepositions of what a strike hits ("fired on targets", "attacks against positions").
const STRUCK: &[&str] = &["on", "at", "against", "into", "upon"];

/// Whether violent verb `i` (roots 18-20) with no actor as its target still codes, with
/// the target left empty: its one source is a country's forces or an armed group named
/// in the sentence, the verb is active (a passive's subject is the victim: "she was shot
/// in the leg"), and it strikes a thing or a place, a noun as its object or after "on",
/// "at", "against" or "into" ("shelled rebel positions", "seized the town", "fired on
/// targets"), not a pronoun ("fought it") or nothing. Leaders, lawmakers and campaigns
/// "attack" and "fight" in words; so do bare states, whose acts the dictionaries' other
/// roots code.
pub(crate) fn strike_on_no_one(t: &Tree<'_>, i: usize, sources: &[Mention], passive: bool) -> bool {
    let [src] = sources else { return false };
    let armed =
        !src.resolved && country_of(&src.code).is_some() && ARMED.contains(&sector_of(&src.code));
    // A thing or a place, not a time ("on Saturday", "in March").
    let noun = |c: usize| {
        matches!(t.upos(c), Upos::Noun | Upos::Propn)
            && !dyad_model::day::is_day(&t.forms[c])
            && dyad_model::month::number(&t.forms[c]).is_none()
    };
    let struck = t.children(i).iter().any(|&c| match t.rels[c] {
        Rel::Obj => noun(c),
        Rel::Nmod => noun(c) && t.case_of(c).is_some_and(|p| STRUCK.contains(&p)),
        _ => false,
    });
    !passive && armed && struck
}
