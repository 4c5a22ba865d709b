//! Actors of noun phrases: dictionary actors, agents combined with them, compounds.

use crate::hyphens::Joined;
use crate::tree::{Rel, Tree};
use chrono::NaiveDate;
use dyad_dict::{ActorId, AgentId, Dictionaries};
use dyad_model::Upos;

/// An actor found in a noun phrase.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Mention {
    /// The full code, agents applied ("GONGOV", "---GOV").
    pub(crate) code: String,
    /// First and last token (inclusive) of the words that made it.
    pub(crate) first: usize,
    pub(crate) last: usize,
    /// The dictionary entries used.
    pub(crate) actor: Option<ActorId>,
    pub(crate) agents: Vec<AgentId>,
    /// The phrase is a pronoun resolved against an earlier sentence.
    pub(crate) resolved: bool,
    /// A role word given its country by a possessive ("its troops": the subject's).
    pub(crate) owned: bool,
}

/// Dictionary matches over a whole sentence, computed once.
pub(crate) struct Matches {
    /// Actor match covering each token: (start, len, actor).
    actor_at: Vec<Option<(usize, usize, ActorId)>>,
    agent_at: Vec<Option<(usize, usize, AgentId)>>,
    /// Agent match inside an actor's name ("President" of "President Bush").
    title_at: Vec<Option<(usize, usize, AgentId)>>,
}

impl Matches {
    pub(crate) fn new(t: &Tree<'_>, d: &Dictionaries) -> Matches {
        let n = t.len();
        let joined = Joined::new(t, d);
        let mut actor_at = vec![None; n];
        for (start, len, ids) in d.actor_trie.find_all(joined.syms(t)) {
            let (start, len) = joined.tokens(start, len);
            // A pronoun is never a dictionary actor: "many of us", "each of us" (the
            // lowercased "us" otherwise reads as the United States).
            if len == 1 && t.upos(start) == Upos::Pron {
                continue;
            }
            if backer(t, start + len) || direction(t, start + len - 1) {
                continue;
            }
            if let Some(&id) = ids.first() {
                for slot in actor_at.iter_mut().skip(start).take(len) {
                    *slot = Some((start, len, id));
                }
            }
        }
        let mut agent_at = vec![None; n];
        let mut title_at = vec![None; n];
        for (start, len, ids) in d.agent_trie.find_all(joined.syms(t)) {
            let (start, len) = joined.tokens(start, len);
            // An agent inside an actor's name is part of that name.
            if (start..start + len).any(|i| actor_at[i].is_some()) {
                if let (Some(slot), Some(&id)) = (title_at.get_mut(start), ids.first()) {
                    *slot = Some((start, len, id));
                }
                continue;
            }
            if let Some(&id) = ids.first() {
                for slot in agent_at.iter_mut().skip(start).take(len) {
                    *slot = Some((start, len, id));
                }
            }
        }
        Matches {
            actor_at,
            agent_at,
            title_at,
        }
    }

    /// The dictionary actor whose name covers token `i`: (first token, length, actor).
    pub(crate) fn actor_at(&self, i: usize) -> Option<(usize, usize, ActorId)> {
        self.actor_at.get(i).copied().flatten()
    }

    /// Agent match inside an actor's name starting at token `i` ("President" of
    /// "President Bush").
    pub(crate) fn title_at(&self, i: usize) -> Option<(usize, usize, AgentId)> {
        self.title_at.get(i).copied().flatten()
    }

    /// Agent match covering token `i`: (start, len, agent).
    pub(crate) fn agent_at(&self, i: usize) -> Option<(usize, usize, AgentId)> {
        self.agent_at.get(i).copied().flatten()
    }
}

/// Participles that make the name before them the backer of what follows ("the
/// US-backed Syrian Democratic Forces", "Iranian-backed militias"): the phrase names
/// who is backed, not the backer. ("US-led", "Saudi-led" name the leader, who acts.)
const BACKING: &[&str] = &[
    "backed",
    "sponsored",
    "funded",
    "financed",
    "supported",
    "armed",
    "trained",
    "allied",
];

/// Compass words that name a bloc or region ("the West", Guardian style "the west") and
/// also a direction.
const COMPASS: [&str; 4] = ["west", "east", "north", "south"];

/// Whether token `k`, the last word of an actor's name, is a compass word in lower case
/// followed by "of": a direction ("the crisis in the west of Sudan"), not the bloc.
fn direction(t: &Tree<'_>, k: usize) -> bool {
    let toks = &t.s.tokens;
    toks.get(k)
        .is_some_and(|x| COMPASS.contains(&x.form.as_str()))
        && toks.get(k + 1).is_some_and(|x| x.form == "of")
}

/// True when token `k` is a hyphen glued to the words around it and followed by a word
/// of [`BACKING`]: the actor name ending before `k` is a backer.
fn backer(t: &Tree<'_>, k: usize) -> bool {
    let toks = &t.s.tokens;
    let (Some(p), Some(h), Some(w)) = (
        k.checked_sub(1).and_then(|p| toks.get(p)),
        toks.get(k),
        toks.get(k + 1),
    ) else {
        return false;
    };
    h.form == "-"
        && p.span.end == h.span.start
        && h.span.end == w.span.start
        && BACKING.iter().any(|b| w.form.eq_ignore_ascii_case(b))
}

/// Relations that leave the noun phrase proper.
fn outside_np(r: Rel) -> bool {
    matches!(
        r,
        Rel::Conj
            | Rel::Cc
            | Rel::Relcl
            | Rel::Acl
            | Rel::Appos
            | Rel::Punct
            | Rel::Nmod
            | Rel::Advcl
            | Rel::Parataxis
            | Rel::Ccomp
            | Rel::Xcomp
            | Rel::Nsubj
            | Rel::Obj
    )
}

/// Words (lemmas) that tie a group of people to the one it serves, with "to" or "with":
/// "loyal to", "linked to", "affiliated with", "belonging to", "tied to".
const ALLEGIANCE: &[&str] = &[
    "loyal",
    "link",
    "linked",
    "affiliate",
    "affiliated",
    "belong",
    "tie",
    "tied",
];

/// Whether a code's role is a state's armed force (military, police, intelligence):
/// the roles one country word before a list of them covers ("Israeli tanks and troops",
/// not "Israeli troops and militants").
fn is_armed(code: &str) -> bool {
    code.len() == 6 && matches!(crate::slots::sector_of(code), "MIL" | "COP" | "SPY")
}

/// Nouns (lemmas) for people known by their tie to another party: a country noun that
/// modifies them names that party ("U.S. allies" are not the United States).
const RELATIONAL: &[&str] = &[
    "ally",
    "allies",
    "partner",
    "proxy",
    "proxies",
    "backer",
    "enemy",
    "enemies",
    "foe",
    "adversary",
    "adversaries",
    "rival",
];

/// Prepositions whose object names who the head noun belongs to ("ministers of X").
fn is_belonging_prep(p: Option<&str>) -> bool {
    matches!(p, Some("of" | "from" | "in" | "for"))
}

pub(crate) struct ActorFinder<'a, 't> {
    pub(crate) t: &'a Tree<'t>,
    pub(crate) m: &'a Matches,
    pub(crate) d: &'a Dictionaries,
    pub(crate) date: Option<NaiveDate>,
    /// The sentences before this one, for pronouns (none when coding a sentence alone).
    pub(crate) ctx: Option<&'a crate::Discourse>,
}

impl ActorFinder<'_, '_> {
    /// Actors of the noun phrase headed by `h` and of its conjuncts ("Israel and Egypt").
    pub(crate) fn with_conjuncts(&self, h: usize, out: &mut Vec<Mention>) {
        self.with_conjuncts_depth(h, 0, out);
    }

    /// Actors of one noun phrase: its own words, else the phrases it belongs to.
    pub(crate) fn nominal(&self, h: usize, depth: usize, out: &mut Vec<Mention>) {
        // Nominals nest a few levels in real text; deeper chains are parse noise.
        if depth > 4 {
            return;
        }
        let mut core = Vec::with_capacity(16);
        self.t.subtree_into(h, &outside_np, &mut core);
        let mut actor = None;
        let mut agents: Vec<(usize, usize, AgentId)> = Vec::new();
        // "U.S. allies", "Iran's proxies": a country named by a noun before the head is
        // the other party of the tie, not the phrase's people; one named by an adjective
        // is theirs ("its Kurdish allies"), and so is a name after it ("Old foes Gondor
        // and Osgiliath").
        let relational = RELATIONAL.contains(&&self.t.lemmas[h]);
        for &i in &core {
            if let Some((s, l, a)) = self.m.actor_at[i] {
                let other_party = relational && s + l <= h && self.t.upos(s) != Upos::Adj;
                if actor.is_none() && !other_party && (s..s + l).all(|k| self.t.dominates(h, k)) {
                    actor = Some((s, l, a));
                }
            }
            if let Some(g) = self.m.agent_at[i] {
                if agents.last() != Some(&g) {
                    agents.push(g);
                }
            }
        }
        let actor = self.group_over_possessor(h, actor);
        if actor.is_none() {
            self.drop_modifier_roles(h, &mut agents);
        }
        let first = core.first().copied().unwrap_or(h);
        let last = core.last().copied().unwrap_or(h);
        if let Some(m) = self.person_after_place(h, &core, actor, &agents, first, last) {
            out.push(m);
            return;
        }
        if let Some(m) = self.titled_name(h, depth, &agents, first) {
            out.push(m);
            return;
        }
        if let Some((s, l, a)) = actor {
            if let Some(m) = self.undated_title(h, s, l, a, &agents, first, last) {
                out.push(m);
            } else if let Some(m) =
                self.combine(Some(a), &agents, s.min(first), (s + l - 1).max(last))
            {
                out.push(m);
            }
            // Coordinated modifiers name more actors ("Eriadori and Calenardhon leaders").
            for &m in self.t.children(h) {
                if outside_np(self.t.rels[m]) || !(s..s + l).contains(&m) {
                    continue;
                }
                for &c in self.t.children(m) {
                    if self.t.rels[c] != Rel::Conj {
                        continue;
                    }
                    if let Some((cs, cl, ca)) = self.m.actor_at.get(c).copied().flatten() {
                        if let Some(x) = self.combine(Some(ca), &agents, cs, cs + cl - 1) {
                            out.push(x);
                        }
                    }
                }
            }
            return;
        }
        let before = out.len();
        // An apposition names the same thing: "Old foe Gondor", "the state's fiercest
        // foe, Osgiliath" (only when the head itself names no actor).
        if agents.is_empty() {
            for &c in self.t.children(h) {
                if self.t.rels[c] == Rel::Appos {
                    self.with_conjuncts_depth(c, depth + 1, out);
                }
            }
            if out.len() > before {
                return;
            }
        } else if let Some(m) = self.named_apposition(h, depth, &agents, first) {
            // A role word with a named apposition: "the secretary of state, Mike
            // Pompeo,", "one of the exile groups, the World Uyghur Congress,".
            out.push(m);
            return;
        }
        for &c in self.t.children(h) {
            let prep = self.t.case_of(c);
            // "in X" gives an owner to role words ("ministers in Kabul"), not to acts and
            // things ("an attack ... in south Ithilen" is a place, not whose attack).
            let owned = is_belonging_prep(prep) && (prep != Some("in") || !agents.is_empty());
            if self.t.rels[c] == Rel::Nmod && owned {
                self.owned_by(c, depth, &agents, (first, last), out);
                if out.len() > before {
                    return;
                }
            }
        }
        if !agents.is_empty() {
            // "fighters loyal to the Houthis", "militants linked to al-Qaeda".
            if let Some(c) = self.allegiance(h, last) {
                self.owned_by(c, depth, &agents, (first, last), out);
                if out.len() > before {
                    return;
                }
            }
            // "its troops", "their government": the owner is the subject of the clause
            // the phrase sits in ("Russia put its troops on alert": Russian troops).
            if let Some(owner) = self.owner(h, depth) {
                if let Some(mut m) = self.combine(owner.actor, &agents, first, last) {
                    m.owned = true;
                    out.push(m);
                    return;
                }
            }
            if let Some(m) = self.combine(None, &agents, first, last) {
                out.push(m);
            }
        }
    }

    /// The actors of phrase `c` that own the phrase with role words `agents` spanning
    /// `first..=last` ("ministers of X", "fighters loyal to X"), pushed to `out`.
    fn owned_by(
        &self,
        c: usize,
        depth: usize,
        agents: &[(usize, usize, AgentId)],
        (first, last): (usize, usize),
        out: &mut Vec<Mention>,
    ) {
        let mut inner = Vec::new();
        self.with_conjuncts_depth(c, depth + 1, &mut inner);
        for m in inner.into_iter().filter(|m| m.actor.is_some()) {
            let mut all: Vec<AgentId> = agents.iter().map(|g| g.2).collect();
            all.extend(m.agents.iter().copied());
            // Role words of a phrase that owns its actor are no titles.
            let agents3: Vec<(usize, usize, AgentId)> =
                all.into_iter().map(|g| (usize::MAX, 0, g)).collect();
            if let Some(m2) = self.combine(m.actor, &agents3, first.min(m.first), last.max(m.last))
            {
                out.push(m2);
            }
        }
    }

    /// The phrase a role-word phrase `h` ending at token `last` is loyal or belongs to:
    /// "fighters loyal to X", "militants linked to X", "gunmen affiliated with X" (the
    /// phrase under "to"/"with" of such a modifier of `h`, or of the word right after the
    /// phrase, which parsers often hang on the verb). Backing is no allegiance: "rebels
    /// backed by X" are not X.
    fn allegiance(&self, h: usize, last: usize) -> Option<usize> {
        let t = self.t;
        let next =
            Some(last + 1).filter(|&k| t.heads[h].is_some() && t.heads.get(k) == Some(&t.heads[h]));
        t.children(h)
            .iter()
            .copied()
            .chain(next)
            .filter(|&c| ALLEGIANCE.contains(&&t.lemmas[c]))
            .find_map(|c| {
                t.children(c).iter().copied().find(|&x| {
                    t.rels[x] == Rel::Nmod && matches!(t.case_of(x), Some("to" | "with"))
                })
            })
    }

    /// "Crimea's Tatar minority": a group named by a word on the head (UKRTAT) says whose
    /// the phrase is more closely than the place that possesses it (UKR), when it is a
    /// group of that place's country; "Iraq's Hizbullah Brigades" stay Iraq's, not
    /// Lebanon's Hezbollah.
    fn group_over_possessor(
        &self,
        h: usize,
        actor: Option<(usize, usize, ActorId)>,
    ) -> Option<(usize, usize, ActorId)> {
        let (s, _, a) = actor?;
        let t = self.t;
        let place = self.d.actors.actor(a)?.code_on(self.date)?.get(..3)?;
        // The first actor is the possessor, or a word of its name ("Crimea", "South
        // Sudan's").
        let on_head = |k: usize| t.rels[k] == Rel::Poss && t.heads[k] == Some(h);
        if !(on_head(s) || t.heads[s].is_some_and(on_head)) {
            return actor;
        }
        let group = t.children(h).iter().copied().find_map(|c| {
            let modifier =
                t.rels[c] == Rel::Compound || t.s.tokens.get(c).is_some_and(|x| x.deprel == "amod");
            if !modifier {
                return None;
            }
            let (gs, gl, ga) = self.m.actor_at(c)?;
            let code = self.d.actors.actor(ga)?.code_on(self.date)?;
            (code.len() > 3 && code.starts_with(place)).then_some((gs, gl, ga))
        });
        group.or(actor)
    }

    /// The actor a possessive pronoun of `h` ("its", "their") stands for: the subject
    /// of the nearest clause above the phrase that is not the phrase itself, or, for a
    /// pronoun subject, what the discourse resolves it to.
    fn owner(&self, h: usize, depth: usize) -> Option<Mention> {
        let t = self.t;
        let possessive = t.children(h).iter().any(|&c| {
            t.rels[c] == Rel::Poss && matches!(&t.forms[c], "its" | "their" | "his" | "her")
        });
        if !possessive {
            return None;
        }
        let mut x = h;
        // Clauses nest a few deep; further up is another topic.
        for _ in 0..6 {
            let v = t.heads[x]?;
            if t.is_verbal(v) {
                let subj = t
                    .children(v)
                    .iter()
                    .copied()
                    .find(|&c| matches!(t.rels[c], Rel::Nsubj | Rel::NsubjPass) && c != x);
                if let Some(sj) = subj.filter(|&sj| !t.dominates(sj, h)) {
                    let mut found = Vec::new();
                    self.nominal(sj, depth + 1, &mut found);
                    if let Some(m) = found.into_iter().find(|m| m.actor.is_some()) {
                        return Some(m);
                    }
                    let p = crate::discourse::subject_pronoun(t, sj)?;
                    return self.ctx?.resolve(p).filter(|m| m.actor.is_some());
                }
            }
            x = v;
        }
        None
    }

    fn with_conjuncts_depth(&self, h: usize, depth: usize, out: &mut Vec<Mention>) {
        let start = out.len();
        self.nominal(h, depth, out);
        let head_mentions = start..out.len();
        // In a list ("X, the awful Y, and Z") parsers often read an item as apposition.
        let is_list = self
            .t
            .children(h)
            .iter()
            .any(|&c| self.t.rels[c] == Rel::Conj);
        // Conjuncts, and conjuncts a parser hung under an earlier conjunct ("X, Y, Z
        // and W" read as W under Z): a few levels, which real lists never exceed.
        let mut items: Vec<usize> = Vec::new();
        let mut level = vec![h];
        for _ in 0..3 {
            let mut next = Vec::new();
            for &x in &level {
                for &c in self.t.children(x) {
                    let r = self.t.rels[c];
                    // An item read as a bare phrase of the first ("X, the awful Y,
                    // and Z" with Y an `nmod` of X and no preposition) is one too.
                    let bare = r == Rel::Nmod && self.t.child(c, Rel::Case).is_none();
                    let list = x == h && is_list && (r == Rel::Appos || bare);
                    if (r == Rel::Conj || list) && !self.t.is_verbal(c) && !items.contains(&c) {
                        items.push(c);
                        next.push(c);
                    }
                }
            }
            if next.is_empty() {
                break;
            }
            level = next;
        }
        for c in items {
            {
                let before = out.len();
                self.nominal(c, depth, out);
                // A role word alone shares the phrase its first conjunct belongs to
                // ("lawmakers and officials in X": officials of X too).
                if out.len() > before && out[before..].iter().all(|m| m.actor.is_none()) {
                    let mut pps = self.belonging_actors(h, depth);
                    // The first conjunct's armed role ("Israeli tanks"), whose country
                    // a bare armed conjunct shares ("Israeli tanks and troops").
                    if pps.is_empty() && out[before..].iter().all(|m| is_armed(&m.code)) {
                        let armed_head = out[head_mentions.clone()]
                            .iter()
                            .find(|m| m.actor.is_some() && is_armed(&m.code))
                            .filter(|m| m.first < h);
                        pps.extend(armed_head.cloned());
                    }
                    if !pps.is_empty() {
                        let agents: Vec<(usize, usize, AgentId)> = out[before..]
                            .iter()
                            .flat_map(|m| m.agents.iter().map(|&g| (usize::MAX, 0, g)))
                            .collect();
                        let (first, last) = (out[before].first, out[before].last);
                        out.truncate(before);
                        for pm in &pps {
                            if let Some(x) = self.combine(
                                pm.actor,
                                &agents,
                                first.min(pm.first),
                                last.max(pm.last),
                            ) {
                                out.push(x);
                            }
                        }
                    }
                }
            }
        }
    }

    /// Actors of the first belonging phrase ("of X", "in X", "X's") of `h` that names any.
    fn belonging_actors(&self, h: usize, depth: usize) -> Vec<Mention> {
        let mut v = Vec::new();
        for &c in self.t.children(h) {
            // A possessor distributes over the list too ("Iran's president and foreign
            // minister", "Crimea's airports and military bases").
            let belongs = match self.t.rels[c] {
                Rel::Nmod => is_belonging_prep(self.t.case_of(c)),
                Rel::Poss => true,
                _ => false,
            };
            if belongs {
                let mut inner = Vec::new();
                self.with_conjuncts_depth(c, depth + 1, &mut inner);
                v.extend(inner.into_iter().filter(|m| m.actor.is_some()));
                if !v.is_empty() {
                    break;
                }
            }
        }
        v
    }

    /// Joins an actor's code with agent codes: prefixes first, then one role as
    /// `compose::join` picks it.
    pub(crate) fn combine(
        &self,
        actor: Option<ActorId>,
        agents: &[(usize, usize, AgentId)],
        first: usize,
        last: usize,
    ) -> Option<Mention> {
        let base = match actor {
            Some(a) => self.d.actors.actor(a)?.code_on(self.date)?.to_string(),
            None => String::new(),
        };
        let mut prefix = String::new();
        let mut code = if base.is_empty() {
            "---".to_string()
        } else {
            base
        };
        // Where the actor's name starts: a role word before it is a title, which dates
        // the person only in an undated article (in a dated one the dictionary's dates
        // say which office: "President Barack Obama's legacy" in 2017 is ELI).
        let undated = self.date.is_none();
        let at = actor
            .and_then(|a| (first..=last).find(|&k| self.m.actor_at(k).is_some_and(|x| x.2 == a)));
        let mut ids = Vec::new();
        let mut roles = Vec::new();
        for &(s, _, g) in agents {
            let Some(agent) = self.d.agents.agents.get(g.0 as usize) else {
                continue;
            };
            ids.push(g);
            if agent.prefix {
                if !prefix.contains(&agent.code) && !code.starts_with(&agent.code) {
                    prefix.push_str(&agent.code);
                }
            } else {
                roles.push((agent.code.as_str(), undated && at.is_some_and(|a| s < a)));
            }
        }
        code = crate::compose::join(&code, &roles);
        if actor.is_none() && ids.is_empty() {
            return None;
        }
        if !prefix.is_empty() {
            code = format!("{prefix}{}", code.trim_start_matches("---"));
        }
        Some(Mention {
            code,
            first,
            last,
            actor,
            agents: ids,
            resolved: false,
            owned: false,
        })
    }
}
