//! Repairs of parse errors that a statistical parser makes on news text and that the
//! coder would otherwise read literally. Each repair finds a structure a treebank would
//! not have (two subjects of one verb, a conjunct before its head, a preposition on an
//! object, a verb coordinated with a noun) and turns it into the one it would; a
//! well-formed parse passes through unchanged. They run once per sentence, before the
//! tree's child lists are built.

mod agents;
mod clauses;
mod complements;
mod days;
mod lists;
mod names;
mod nominals;
mod objects;
mod phrases;
mod subjects;
mod wire;

use crate::tree::Rel;
use dyad_dict::{Dictionaries, Sym};
use dyad_model::{Token, Upos};

/// A parse being repaired: heads (0-based, `None` for the root) and relations.
pub(crate) struct Draft<'a> {
    pub(crate) toks: &'a [Token],
    pub(crate) heads: &'a mut [Option<usize>],
    pub(crate) rels: &'a mut [Rel],
    /// The sentence's words as dictionary symbols, and the dictionaries, to ask whether
    /// some words name an actor.
    pub(crate) syms: &'a [Option<Sym>],
    pub(crate) dict: &'a Dictionaries,
}

/// Applies every repair, in an order where each one sees the earlier ones' results.
pub(crate) fn repair(d: &mut Draft<'_>) {
    d.wire_tags_read_as_subjects();
    d.subjects_of_passives();
    d.passives_read_as_actives();
    d.subjects_hung_on_marks();
    d.days_read_as_arguments();
    d.days_inside_phrases();
    d.nouns_read_as_parataxis();
    d.names_read_as_two();
    d.names_split_by_the_parse();
    d.capitalized_verbs_in_names();
    d.root_nouns_before_their_verb();
    d.adverbs_read_as_predicates();
    d.prepositions_before_passive_objects();
    d.prepositions_on_arguments();
    d.prepositions_on_numbers();
    d.clause_subjects_read_as_objects();
    d.reported_subjects_read_as_objects();
    d.predicates_read_as_objects();
    d.infinitives_of_actor_objects();
    d.conjoined_subjects_read_as_conjuncts();
    d.relatives_read_as_conjuncts();
    d.appositions_in_lists();
    d.conjuncts_before_their_verb();
    d.verbs_conjoined_to_nouns();
    d.bare_objects();
    d.objects_read_as_clauses();
    d.agents_read_as_obliques();
    d.compounds_split_by_clauses();
    d.appositions_on_verbs();
    d.coordinated_modifiers();
    d.coordinated_adjectives();
    d.conjoined_modifiers_read_as_heads();
    d.appositions_read_as_subjects();
    d.names_read_as_two_objects();
    d.two_subjects();
    d.pronoun_objects_of_reports();
    d.participles_before_nouns();
    d.gerunds_inside_compounds();
    d.objects_read_as_predicates();
}

/// Nested clauses a repair walks up through; real sentences rarely nest deeper.
const MAX_CLIMB: usize = 6;

impl Draft<'_> {
    pub(super) fn len(&self) -> usize {
        self.heads.len()
    }

    pub(super) fn upos(&self, i: usize) -> Upos {
        self.toks.get(i).map_or(Upos::X, |t| t.upos)
    }

    pub(super) fn xpos(&self, i: usize) -> &str {
        self.toks.get(i).map_or("", |t| t.xpos.as_str())
    }

    pub(super) fn nominal(&self, i: usize) -> bool {
        matches!(
            self.upos(i),
            Upos::Noun | Upos::Propn | Upos::Pron | Upos::Num
        )
    }

    pub(super) fn verbal(&self, i: usize) -> bool {
        self.upos(i) == Upos::Verb || (self.xpos(i).starts_with("VB") && self.upos(i) != Upos::Aux)
    }

    pub(super) fn is_subject(&self, i: usize) -> bool {
        matches!(self.rels[i], Rel::Nsubj | Rel::NsubjPass)
    }

    pub(super) fn children(&self, h: usize) -> impl Iterator<Item = usize> + '_ {
        (0..self.len()).filter(move |&k| self.heads[k] == Some(h))
    }

    pub(super) fn has_child(&self, h: usize, rel: Rel) -> bool {
        self.children(h).any(|k| self.rels[k] == rel)
    }

    /// True when a dictionary actor's name, as the sentence's words match, takes in one
    /// of the tokens `lo..=hi`.
    pub(super) fn names_actor(&self, lo: usize, hi: usize) -> bool {
        self.dict
            .actor_trie
            .find_all(self.syms)
            .any(|(start, len, _)| start <= hi && lo < start + len)
    }

    /// True when a dictionary agent's name ("troops", "militia members") takes in one
    /// of the tokens `lo..=hi`.
    pub(super) fn names_agent(&self, lo: usize, hi: usize) -> bool {
        self.dict
            .agent_trie
            .find_all(self.syms)
            .any(|(start, len, _)| start <= hi && lo < start + len)
    }

    pub(super) fn dominates(&self, b: usize, a: usize) -> bool {
        crate::tree::dominates(self.heads, b, a)
    }

    /// First and last token under `i`.
    pub(super) fn extent(&self, i: usize) -> (usize, usize) {
        let mut lo = i;
        let mut hi = i;
        for k in 0..self.len() {
            if self.dominates(i, k) {
                lo = lo.min(k);
                hi = hi.max(k);
            }
        }
        (lo, hi)
    }

    /// A preposition (not the possessive "'s") among the children of `i`.
    pub(super) fn preposition_of(&self, i: usize) -> Option<usize> {
        self.children(i)
            .find(|&c| self.rels[c] == Rel::Case && c < i && self.xpos(c) != "POS")
    }
}
