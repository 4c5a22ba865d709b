//! The explanation attached to an event with `CoderBuilder::explain`: the verb, the
//! pattern or default code and where it was written, the actor and agent entries, and
//! notes on negation, resolved pronouns and intentions.

use crate::actors::Mention;
use crate::code::VerbHit;
use crate::tree::Tree;
use crate::Coder;
use dyad_model::Explain;

impl Coder {
    pub(crate) fn explain(
        &self,
        t: &Tree<'_>,
        h: &VerbHit,
        s: Option<&Mention>,
        tg: Option<&Mention>,
        negated: bool,
    ) -> Explain {
        let d = &self.d;
        let v = &d.verbs;
        let tok = &t.s.tokens[h.token];
        let verb = v.verb(h.verb);
        let fam = verb.and_then(|vb| v.families.get(vb.family.0 as usize));
        let pattern = match h.pattern.and_then(|p| v.patterns.get(p.0 as usize)) {
            Some(p) => format!("{} ({})", p.text, d.locate(p.origin)),
            None => format!(
                "default code of {} ({})",
                fam.map_or("?", |f| f.name.as_str()),
                verb.map_or(String::new(), |vb| d.locate(vb.origin))
            ),
        };
        let mut actors = Vec::new();
        for (role, m) in [("source", s), ("target", tg)] {
            let Some(m) = m else { continue };
            let mut line = format!("{role} {}", m.code);
            if let Some(a) = m.actor.and_then(|a| d.actors.actor(a)) {
                line.push_str(&format!(
                    " actor {} ({})",
                    a.names.first().map(|n| n.join("_")).unwrap_or_default(),
                    d.locate(a.origin)
                ));
            }
            for g in &m.agents {
                if let Some(ag) = d.agents.agents.get(g.0 as usize) {
                    line.push_str(&format!(
                        " agent {} ({})",
                        ag.names.first().map(|n| n.join("_")).unwrap_or_default(),
                        d.locate(ag.origin)
                    ));
                }
            }
            actors.push(line);
        }
        let mut notes = Vec::new();
        if negated {
            notes.push("verb is negated".to_string());
        }
        for (role, m) in [("source", s), ("target", tg)] {
            if m.is_some_and(|m| m.resolved) {
                notes.push(format!(
                    "{role} is a pronoun resolved to an earlier sentence"
                ));
            }
        }
        if self.opts.intentions
            && matches!(
                crate::plans::mood(t, h.token, &h.code.forward),
                crate::plans::Mood::As(_)
            )
        {
            notes.push("the act is intended or threatened, not done".to_string());
        }
        Explain {
            verb: format!("{} ({})", tok.form, tok.lemma),
            pattern,
            actors,
            notes,
        }
    }
}

/// A word whose head or relation the coder's parse repairs changed: what the coder reads
/// instead of the parser's output (`dyad dict explain` prints these).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Repaired {
    /// The word (0-based token index).
    pub token: usize,
    /// Its head after the repairs (0-based; `None` for the root).
    pub head: Option<usize>,
    /// Its relation after the repairs, as the coder names it (`Nsubj`, `Obj`, `Nmod`, ...).
    pub rel: String,
}

impl Coder {
    /// The words whose head or relation the parse repairs changed in `s`, in order.
    pub fn repaired(&self, s: &dyad_model::Sentence) -> Vec<Repaired> {
        let before = Tree::unrepaired(s);
        let t = Tree::new(s, &self.d);
        (0..t.len())
            .filter(|&i| before.get(i) != Some(&(t.heads[i], t.rels[i])))
            .map(|i| Repaired {
                token: i,
                head: t.heads[i],
                rel: format!("{:?}", t.rels[i]),
            })
            .collect()
    }
}
