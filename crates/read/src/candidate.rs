//! Choosing the container that holds the article: the best-scored element, moved to a
//! common ancestor of strong candidates, plus siblings that look like the same article.

use crate::extract::{Pass, Stats};
use crate::render::render_all;
use ego_tree::{NodeId, NodeRef};
use scraper::Node;

impl<'a> Pass<'a> {
    pub(crate) fn final_score(&self, id: NodeId) -> f32 {
        let s = self.scores.get(&id).copied().unwrap_or(0.0);
        let ld = self.stats.get(&id).map_or(0.0, Stats::link_density);
        s * (1.0 - ld)
    }

    /// The best-scored container, moved up to a common ancestor when several good
    /// candidates share one, and up while it is an only child.
    pub(crate) fn top_candidate(&self, body: NodeRef<'a, Node>) -> Option<NodeRef<'a, Node>> {
        let mut ranked: Vec<(NodeId, f32)> = self
            .scores
            .keys()
            .map(|&id| (id, self.final_score(id)))
            .collect();
        ranked.sort_by(|a, b| b.1.total_cmp(&a.1));
        let (top_id, top_score) = *ranked.first()?;
        let mut top = self.doc.tree.get(top_id)?;
        if top.id() == body.id() {
            return Some(top);
        }
        // Several strong candidates inside one ancestor: that ancestor holds the article.
        let alternatives: Vec<NodeId> = ranked
            .iter()
            .skip(1)
            .take(4)
            .filter(|(_, s)| *s >= top_score * 0.75)
            .map(|(id, _)| *id)
            .collect();
        if alternatives.len() >= 3 {
            let mut anc = top.parent();
            while let Some(a) = anc {
                if a.id() == body.id() || a.value().as_element().is_none() {
                    break;
                }
                let inside = alternatives
                    .iter()
                    .filter(|&&alt| {
                        self.doc
                            .tree
                            .get(alt)
                            .is_some_and(|n| n.ancestors().any(|x| x.id() == a.id()))
                    })
                    .count();
                if inside >= 3 {
                    top = a;
                    break;
                }
                anc = a.parent();
            }
        }
        // Climb while the parent scores better than the candidate.
        let mut last = self.final_score(top.id());
        let threshold = last / 3.0;
        let mut parent = top.parent();
        while let Some(p) = parent {
            if p.id() == body.id() || p.value().as_element().is_none() {
                break;
            }
            if let Some(&s) = self.scores.get(&p.id()) {
                if s < threshold {
                    break;
                }
                if s > last {
                    top = p;
                    break;
                }
                last = s;
            }
            parent = p.parent();
        }
        while let Some(p) = top.parent() {
            if p.id() == body.id() || p.value().as_element().is_none() {
                break;
            }
            if p.children().filter(|c| c.value().is_element()).count() != 1 {
                break;
            }
            top = p;
        }
        Some(top)
    }

    /// The candidate with those of its siblings that look like the same article.
    pub(crate) fn with_siblings(
        &self,
        top: NodeRef<'a, Node>,
        body: NodeRef<'a, Node>,
    ) -> Vec<NodeRef<'a, Node>> {
        let Some(parent) = top.parent().filter(|_| top.id() != body.id()) else {
            return vec![top];
        };
        let top_score = self.final_score(top.id());
        let threshold = (top_score * 0.2).max(10.0);
        let top_class = top.value().as_element().and_then(|e| e.attr("class"));
        let mut out = Vec::new();
        for sib in parent.children() {
            if sib.id() == top.id() {
                out.push(sib);
                continue;
            }
            let Some(el) = sib.value().as_element() else {
                continue;
            };
            let Some(st) = self.stats.get(&sib.id()) else {
                continue;
            };
            let mut bonus = 0.0;
            if top_class.is_some_and(|c| !c.is_empty()) && el.attr("class") == top_class {
                bonus = top_score * 0.2;
            }
            let keep = if self.scores.contains_key(&sib.id())
                && self.final_score(sib.id()) + bonus >= threshold
            {
                true
            } else if el.name() == "p" {
                let ld = st.link_density();
                (st.text > 80 && ld < 0.25)
                    || (st.text > 0 && st.text <= 80 && ld == 0.0 && {
                        let mut parts = Vec::new();
                        render_all(sib, &mut parts);
                        let t = parts.join(" ");
                        t.contains(". ") || t.ends_with('.')
                    })
            } else {
                false
            };
            if keep {
                out.push(sib);
            }
        }
        out
    }
}
