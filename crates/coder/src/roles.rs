//! Role words that describe a thing, not the people of a phrase: "a government plan",
//! "a military response" name no government and no military.

use crate::actors::ActorFinder;
use dyad_dict::AgentId;
use dyad_model::Upos;

/// Nouns (lemmas) that name people, a body of them or their rule without being role
/// words of their own: a role word before them is the role of the phrase ("a police
/// patrol", "the intelligence community", "terrorist suspects", "rebel positions",
/// "Supreme Court justices", "government sources", "a military coup").
const PEOPLE_NOUNS: &[&str] = &[
    "agency",
    "bloc",
    "body",
    "bureau",
    "cell",
    "circle",
    "column",
    "commission",
    "community",
    "contingent",
    "coup",
    "convoy",
    "council",
    "couple",
    "crew",
    "delegation",
    "department",
    "detachment",
    "establishment",
    "faction",
    "figure",
    "group",
    "justice",
    "member",
    "movement",
    "network",
    "newspaper",
    "office",
    "organisation",
    "organization",
    "outlet",
    "patrol",
    "personnel",
    "position",
    "rank",
    "regime",
    "rule",
    "service",
    "side",
    "source",
    "squad",
    "staff",
    "suspect",
    "takeover",
    "team",
    "unit",
    "wing",
];

/// Things whose names end like a person's ("guarantee", "restaurant", "blacklist").
const NOT_PEOPLE: &[&str] = &[
    "blacklist",
    "checklist",
    "coffee",
    "covenant",
    "decree",
    "degree",
    "guarantee",
    "implant",
    "jubilee",
    "meridian",
    "pageant",
    "plant",
    "pollutant",
    "restaurant",
    "shortlist",
    "variant",
    "warrant",
    "watchlist",
];

/// Whether a noun (lemma) names people: a word of `PEOPLE_NOUNS`, or a person suffix
/// ("nominee", "activist", "civilian", "participant") on a word that is no thing.
fn names_people(lemma: &str) -> bool {
    PEOPLE_NOUNS.contains(&lemma)
        || (["ee", "ist", "ian", "ant"]
            .iter()
            .any(|suffix| lemma.len() > suffix.len() + 2 && lemma.ends_with(suffix))
            && !NOT_PEOPLE.contains(&lemma))
}

impl ActorFinder<'_, '_> {
    /// Role words that only describe a thing or an act are no role of the phrase: "a
    /// military response", "a government plan", "a police station". When the head is a
    /// common noun that is neither a role word, a noun naming people nor a violent act,
    /// the role words modifying it directly (adjective, compound) are dropped; a
    /// possessor keeps its role ("the government's plan" is the government's). Called
    /// only for phrases with no dictionary actor: with a country the role still says
    /// whose thing it is ("the Russian government plan").
    pub(crate) fn drop_modifier_roles(&self, h: usize, agents: &mut Vec<(usize, usize, AgentId)>) {
        if self.t.upos(h) != Upos::Noun
            || self.m.agent_at(h).is_some()
            || self.m.actor_at(h).is_some()
            || names_people(&self.t.lemmas[h])
            || crate::violence::MEANS.contains(&&self.t.lemmas[h])
        {
            return;
        }
        agents.retain(|&(s, _, _)| {
            // The child of `h` the agent lies under; bounded against cyclic parses.
            let mut k = s;
            for _ in 0..self.t.len() {
                match self.t.heads[k] {
                    Some(p) if p == h => break,
                    Some(p) => k = p,
                    None => break,
                }
            }
            let deprel = self.t.s.tokens.get(k).map_or("", |t| t.deprel.as_str());
            let modifier = deprel == "amod" || deprel == "compound" || deprel == "nn";
            self.t.heads[k] != Some(h) || !modifier
        });
    }
}
