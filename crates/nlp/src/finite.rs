//! The finite-verb repair's word and tag sets and the tests that decide where a
//! sentence's missing finite verb goes (the repair itself is
//! [`crate::tagger::Tagger::tag_xpos`]).

use crate::lex::{lex, Lex};
use rustc_hash::{FxHashMap, FxHashSet};

/// Sentences shorter than this may lack a finite verb ("Two men arrested."): the
/// repair leaves them as tagged.
pub(crate) const REPAIR_MIN_WORDS: usize = 5;

/// See [`crate::tagger::Tagger::repair`].
pub(crate) const REPAIR_MARGIN: f32 = 50.0;

/// Prepositions and particles that follow an intransitive verb of movement or contact
/// ("troops clashed with smugglers", "tanks rolled into the town", "Pakistan shot down
/// a drone"). Locative and temporal ones ("in", "at", "near", "after") are left out:
/// after them a participle is as likely a reduced passive ("three soldiers killed in
/// a bombing").
const MOTION_PREPOSITIONS: [&str; 12] = [
    "with", "into", "against", "through", "across", "toward", "towards", "onto", "down", "off",
    "back", "on",
];

/// The words and tags that can be finite verbs, for the finite-verb repair (models
/// written before it have none, and tag without it).
#[derive(Clone, Default)]
pub(crate) struct Finite {
    /// Ambiguity classes that include the past tense (VBD).
    pub(crate) classes: FxHashSet<u64>,
    /// By Penn tag id: VBD, VBZ, VBP or MD.
    pub(crate) tags: Vec<bool>,
    /// The base form's tag (VB): imperatives and bare infinitives are not repaired.
    pub(crate) base: Option<usize>,
    /// By Penn tag id: a noun or personal pronoun, which may be a subject: the repair
    /// only makes a word finite after one.
    pub(crate) subject: Vec<bool>,
    /// By Penn tag id: a word that may begin an object (determiner, number, noun,
    /// adjective, pronoun, particle): the repair makes a word finite before one.
    pub(crate) object: Vec<bool>,
    /// The past tense's tag (VBD), the one tag the repair gives.
    pub(crate) past: Option<usize>,
    /// The past participle's tag (VBN).
    participle: Option<usize>,
    /// By Penn tag id: a verb form (VB*), which ends the stretch where a "by" phrase
    /// would be a candidate's agent.
    pub(crate) verb: Vec<bool>,
    /// By Penn tag id: a word of a noun phrase (determiner, number, adjective, noun,
    /// pronoun, possessive): a candidate after nothing else follows its clause's subject.
    noun_phrase: Vec<bool>,
    /// Lowercase hashes of "and" and "or".
    and: [u64; 2],
    /// Lowercase hash of "by".
    by: u64,
    /// Lowercase hashes of the punctuation that ends a clause for [`Finite::agent_follows`].
    ends: [u64; 3],
    /// Lowercase hashes of [`MOTION_PREPOSITIONS`].
    motion: Vec<u64>,
}

/// Penn tags that may begin a noun phrase: an object after a verb ("fought the rebels"),
/// or what follows a subject's words.
const NOMINAL_START: &[&str] = &[
    "DT", "PDT", "CD", "NN", "NNS", "NNP", "NNPS", "JJ", "JJR", "JJS", "PRP", "PRP$",
];

/// Lowercase hash of `w`, as [`Lex::lower`].
fn lower(w: &str) -> u64 {
    lex(w, &FxHashMap::default()).lower
}

impl Finite {
    /// `classes` are the ambiguity classes that include VBD, `names` the Penn tags.
    pub(crate) fn new(classes: FxHashSet<u64>, names: &[String]) -> Finite {
        let set = |f: fn(&str) -> bool| names.iter().map(|n| f(n)).collect::<Vec<bool>>();
        let id = |t: &str| names.iter().position(|n| n == t);
        Finite {
            classes,
            tags: set(|n| matches!(n, "VBD" | "VBZ" | "VBP" | "MD")),
            base: id("VB"),
            subject: set(|n| matches!(n, "NN" | "NNS" | "NNP" | "NNPS" | "PRP")),
            object: set(|n| NOMINAL_START.contains(&n) || n == "RP"),
            past: id("VBD"),
            participle: id("VBN"),
            verb: set(|n| n.starts_with("VB")),
            noun_phrase: set(|n| NOMINAL_START.contains(&n) || n == "POS"),
            and: [lower("and"), lower("or")],
            by: lower("by"),
            ends: [lower(","), lower(";"), lower(":")],
            motion: MOTION_PREPOSITIONS.iter().map(|w| lower(w)).collect(),
        }
    }

    /// Could the word be a past tense: its class allows it, or it is an unknown word
    /// ending in "-ed"; capitalized words are left alone (names such as "Rose", "Planned
    /// Parenthood"; headlines in title case).
    pub(crate) fn can_be(&self, l: &Lex) -> bool {
        !l.capital && (self.classes.contains(&l.class) || l.unknown_ed)
    }

    /// Is Penn tag `t` finite.
    pub(crate) fn is_finite(&self, t: usize) -> bool {
        self.tags.get(t).copied().unwrap_or(false)
    }

    fn has(set: &[bool], t: Option<&usize>) -> bool {
        t.and_then(|&t| set.get(t)).copied().unwrap_or(false)
    }

    /// Whether word `k + 1` may begin an object.
    pub(crate) fn before_object(&self, tags: &[usize], k: usize) -> bool {
        Self::has(&self.object, tags.get(k + 1))
    }

    /// Whether "by" follows word `k` before the end of its clause (a comma, semicolon or
    /// colon, or the sentence's end) and before another verb (whose agent it would be:
    /// "collected comments sent in by pupils"): the word is then a participle with its
    /// agent ("students denied visas by the embassy").
    pub(crate) fn agent_follows(&self, lex: &[Lex], tags: &[usize], k: usize) -> bool {
        lex.iter()
            .zip(tags)
            .skip(k + 1)
            .take_while(|(l, &t)| !self.ends.contains(&l.lower) && !Self::has(&self.verb, Some(&t)))
            .any(|(l, _)| l.lower == self.by)
    }

    /// Whether word `k` is the first conjunct of "X and Y" (or "X or Y") with Y tagged
    /// past tense, or with `participle` also a past participle that could be a past tense ("soldiers
    /// shot/NN and killed/VBD a gunman", "troops stormed/VBN and seized/VBN the town"):
    /// coordinated verbs share their tense.
    pub(crate) fn coordinated(
        &self,
        lex: &[Lex],
        tags: &[usize],
        k: usize,
        participle: bool,
    ) -> bool {
        let (Some(c), Some(y), Some(&t)) = (lex.get(k + 1), lex.get(k + 2), tags.get(k + 2)) else {
            return false;
        };
        self.and.contains(&c.lower)
            && (Some(t) == self.past
                || (participle && Some(t) == self.participle && self.can_be(y)))
    }

    /// Whether only noun-phrase words (at least one) come before word `k`: the
    /// sentence's first noun phrase, its subject.
    pub(crate) fn subject_first(&self, tags: &[usize], k: usize) -> bool {
        k >= 1
            && tags.len() > k
            && tags[..k]
                .iter()
                .all(|&t| Self::has(&self.noun_phrase, Some(&t)))
    }

    /// Whether word `k` follows its sentence's first noun phrase directly (nothing but
    /// noun-phrase words before it) and precedes a preposition of movement or contact:
    /// "troops clashed with smugglers", "tanks rolled into the town".
    pub(crate) fn intransitive(&self, lex: &[Lex], tags: &[usize], k: usize) -> bool {
        k >= 1
            && tags.len() > k
            && tags[..k]
                .iter()
                .all(|&t| Self::has(&self.noun_phrase, Some(&t)))
            && lex
                .get(k + 1)
                .is_some_and(|l| self.motion.contains(&l.lower))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NAMES: [&str; 9] = ["NNS", "VBD", "VBN", "CC", "IN", "DT", "NN", "VB", ","];

    /// The words of `text` and the ids of its `tags` in [`NAMES`].
    fn sentence(text: &str, tags: &str) -> (Vec<Lex>, Vec<usize>) {
        let none = FxHashMap::default();
        let lex = text.split(' ').map(|w| super::lex(w, &none)).collect();
        let ids = tags
            .split(' ')
            .map(|t| NAMES.iter().position(|n| *n == t).unwrap_or(usize::MAX))
            .collect();
        (lex, ids)
    }

    #[test]
    fn places_where_a_past_tense_may_go() {
        let names: Vec<String> = NAMES.iter().map(|n| n.to_string()).collect();
        let fin = Finite::new(FxHashSet::default(), &names);
        // (words, tags, candidate, coordinated (VBN allowed), intransitive, agent)
        let cases = [
            (
                "troops stormed and seized the town",
                "NNS VBN CC VBN DT NN",
                1,
                true,
                false,
                false,
            ),
            (
                "troops shot and killed the man",
                "NNS NN CC VBD DT NN",
                1,
                true,
                false,
                false,
            ),
            (
                "troops stormed the town",
                "NNS VBN DT NN",
                1,
                false,
                false,
                false,
            ),
            (
                "troops clashed with smugglers",
                "NNS VBN IN NNS",
                1,
                false,
                true,
                false,
            ),
            (
                "troops killed in the town",
                "NNS VBN IN DT NN",
                1,
                false,
                false,
                false,
            ),
            (
                "the troops , tired with it",
                "DT NNS , VBN IN NN",
                3,
                false,
                false,
                false,
            ),
            (
                "men charged by the police",
                "NNS VBN IN DT NN",
                1,
                false,
                false,
                true,
            ),
            (
                "men charged , seen by police",
                "NNS VBN , VBN IN NN",
                1,
                false,
                false,
                false,
            ),
        ];
        for (text, tags, k, coordinated, intransitive, agent) in cases {
            let (lex, ids) = sentence(text, tags);
            assert_eq!(fin.coordinated(&lex, &ids, k, true), coordinated, "{text}");
            assert_eq!(fin.intransitive(&lex, &ids, k), intransitive, "{text}");
            assert_eq!(fin.agent_follows(&lex, &ids, k), agent, "{text}");
        }
        // Only a VBD second conjunct counts when the sentence already has a finite verb,
        // and a base form follows its subject only with nothing else before it.
        let (lex, ids) = sentence("troops stormed and seized the town", "NNS VBN CC VBN DT NN");
        assert!(!fin.coordinated(&lex, &ids, 1, false));
        let (_, ids) = sentence("let troops go home", "VB NNS VB NN");
        assert!(!fin.subject_first(&ids, 2));
        assert!(!fin.subject_first(&ids, 0));
        // Past the sentence's end nothing holds.
        assert!(!fin.coordinated(&lex, &ids, 9, true) && !fin.intransitive(&lex, &ids, 9));
    }
}
