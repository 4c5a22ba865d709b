//! Titles and names: "Secretary of State Colin Powell", "Kentucky Sen. Mitch McConnell",
//! "President Bush" in an undated item. The name gives the country, the title the role.

use crate::actors::{ActorFinder, Mention};
use crate::tree::Rel;
use dyad_dict::{ActorId, AgentId};

impl ActorFinder<'_, '_> {
    /// A title or place followed, with no comma, by the name it describes: "Secretary
    /// of State Colin Powell", "Kentucky Sen. Mitch McConnell" (parsed with the name as
    /// an apposition of the title). A name the dictionaries know gives the country and
    /// the title its role.
    pub(crate) fn titled_name(
        &self,
        h: usize,
        depth: usize,
        agents: &[(usize, usize, AgentId)],
        first: usize,
    ) -> Option<Mention> {
        if agents.is_empty() {
            return None; // no title: the apposition rule below ("Old foe Gondor and X")
        }
        let t = self.t;
        let c = self.apposition_after(h)?;
        let mut span = Vec::new();
        t.subtree_into(c, &|_| false, &mut span);
        let start = span.first().copied().unwrap_or(c);
        if (h + 1..=start).any(|k| t.rels[k] == Rel::Punct || (k < start && !t.dominates(h, k))) {
            return None;
        }
        self.titled_apposition(c, depth, agents, first)
    }

    /// A role word set off from the actor it names by a comma: "the secretary of state,
    /// Mike Pompeo," (USAGOV), "the rebel group, Hamas," (PSEREB). The apposition's
    /// actor gives the country, the role word the role.
    pub(crate) fn named_apposition(
        &self,
        h: usize,
        depth: usize,
        agents: &[(usize, usize, AgentId)],
        first: usize,
    ) -> Option<Mention> {
        let c = self.apposition_after(h)?;
        self.titled_apposition(c, depth, agents, first)
    }

    /// The first apposition hung on `h` after it.
    fn apposition_after(&self, h: usize) -> Option<usize> {
        let t = self.t;
        t.children(h)
            .iter()
            .copied()
            .find(|&c| t.rels[c] == Rel::Appos && c > h)
    }

    /// The first actor the apposition `c` names, with the role of the title `agents`.
    fn titled_apposition(
        &self,
        c: usize,
        depth: usize,
        agents: &[(usize, usize, AgentId)],
        first: usize,
    ) -> Option<Mention> {
        let mut found = Vec::new();
        self.nominal(c, depth + 1, &mut found);
        let m = found.into_iter().find(|m| m.actor.is_some())?;
        self.titled(m, agents, first)
    }

    /// A person the dictionaries know, named after a place in the same phrase:
    /// "Kentucky Sen. Mitch McConnell", "Texas Gov. Greg Abbott" (the person, not the
    /// state). Only people's entries (the `people-*` files) win over the place.
    pub(crate) fn person_after_place(
        &self,
        h: usize,
        core: &[usize],
        actor: Option<(usize, usize, ActorId)>,
        agents: &[(usize, usize, AgentId)],
        first: usize,
        last: usize,
    ) -> Option<Mention> {
        let (s0, l0, a0) = actor?;
        if self.is_person(a0) {
            return None;
        }
        let (s, l, a) = core
            .iter()
            .filter(|&&i| i >= s0 + l0)
            .filter_map(|&i| self.m.actor_at(i))
            .find(|&(s, l, a)| self.is_person(a) && (s..s + l).all(|k| self.t.dominates(h, k)))?;
        let m = self.combine(Some(a), &[], s, s + l - 1)?;
        self.titled(m, agents, first).map(|m| Mention {
            last: last.max(m.last),
            ..m
        })
    }

    /// A person with dated codes named with a title ("President Bush") in a sentence
    /// with no date (AG News items carry none): the title says the office held, the
    /// name the country (USAGOV, not the last, undated code USAELI). Not a former
    /// holder ("former President Bush"), whose office is not the title's.
    // The phrase's head comes along with the name's match and the phrase's extent.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn undated_title(
        &self,
        h: usize,
        s: usize,
        l: usize,
        a: ActorId,
        agents: &[(usize, usize, AgentId)],
        first: usize,
        last: usize,
    ) -> Option<Mention> {
        if self.date.is_some() || !self.is_person(a) {
            return None;
        }
        let dated = self.d.actors.actor(a)?.codes.iter();
        if dated
            .clone()
            .all(|c| c.range == dyad_dict::DateRange::Always)
        {
            return None;
        }
        // The title inside the name, or a title word read as an apposition right before
        // the name ("Secretary of State | Colin Powell" parsed as two subjects).
        let t = self.t;
        let title = (s..s + l).find_map(|k| self.m.title_at(k)).or_else(|| {
            let c = t
                .children(h)
                .iter()
                .copied()
                .find(|&c| t.rels[c] == Rel::Appos && c < s)?;
            let mut span = Vec::new();
            t.subtree_into(c, &|_| false, &mut span);
            span.iter().find_map(|&k| self.m.agent_at(k))
        })?;
        let former =
            (first.min(s)..s + l).any(|k| matches!(&self.t.forms[k], "former" | "ex" | "late"));
        if former {
            return None;
        }
        let m = self.combine(Some(a), &[], s, s + l - 1)?;
        let mut all = vec![title];
        all.extend_from_slice(agents);
        self.titled(m, &all, first.min(s)).map(|m| Mention {
            last: last.max(m.last),
            ..m
        })
    }

    pub(crate) fn is_person(&self, a: ActorId) -> bool {
        self.d
            .actors
            .actor(a)
            .and_then(|x| self.d.files.get(x.origin.file.0 as usize))
            .is_some_and(|f| f.contains("people-"))
    }

    /// A named actor under a title: the name gives the country, the title the role.
    pub(crate) fn titled(
        &self,
        m: Mention,
        agents: &[(usize, usize, AgentId)],
        first: usize,
    ) -> Option<Mention> {
        if agents.is_empty() || m.code.len() < 3 {
            return Some(Mention { first, ..m });
        }
        // The title in the text says the office held that day; the name gives the
        // country (an undated article would otherwise get the person's first office).
        let titled = self.combine(None, agents, first, m.last)?;
        let code = format!("{}{}", &m.code[..3], titled.code.trim_start_matches("---"));
        let mut ids = titled.agents;
        ids.extend(m.agents.iter().copied());
        Some(Mention {
            code,
            actor: m.actor,
            agents: ids,
            ..titled
        })
    }
}
