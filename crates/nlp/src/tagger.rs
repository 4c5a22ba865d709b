//! Part-of-speech tagging: a greedy left-to-right Penn (XPOS) tagger, then a UPOS
//! classifier that sees the Penn tags on both sides.

use crate::hash::{f1, f2, f3};
use crate::lex::{Lex, PAD};
use crate::perceptron::{argmax, Table};
use rustc_hash::{FxHashMap, FxHashSet};

/// Tag dictionary entry: the Penn tag of a frequent word that (almost) always takes it,
/// and its UPOS when that is fixed too ([`NO_UPOS`] otherwise).
pub(crate) type DictEntry = (u8, u8);

/// "UPOS not fixed" in a [`DictEntry`].
pub(crate) const NO_UPOS: u8 = u8::MAX;

/// A word's second-best Penn tag is kept when it scores within this much of the best
/// (about the closest 15% of the words the tagger scores on EWT dev): the parser and
/// labeller see it, so they can hedge where the tagger is unsure.
const ALT_MARGIN: f32 = 15.0;

/// "No second tag": the word is in the tag dictionary or its best tag wins clearly.
pub(crate) const NO_ALT: u64 = 0xA17;

/// Tag id used for "no tag" (before the sentence start).
pub(crate) const NO_TAG: u64 = 0xFFFF;

fn at(lex: &[Lex], i: isize) -> &Lex {
    usize::try_from(i)
        .ok()
        .and_then(|i| lex.get(i))
        .unwrap_or(&PAD)
}

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
    /// adjective, pronoun, particle): the repair only makes a word finite before one.
    pub(crate) object: Vec<bool>,
    /// The past tense's tag (VBD), the one tag the repair gives.
    pub(crate) past: Option<usize>,
    /// By Penn tag id: a verb form (VB*), which ends the stretch where a "by" phrase
    /// would be a candidate's agent.
    pub(crate) verb: Vec<bool>,
}

/// Sentences shorter than this may lack a finite verb ("Two men arrested."): the
/// repair leaves them as tagged.
pub(crate) const REPAIR_MIN_WORDS: usize = 5;

/// Whether "by" follows word `k` before the end of its clause (a comma, semicolon or
/// colon, or the sentence's end) and before another verb (whose agent it would be:
/// "collected comments sent in by pupils"): the word is then a participle with its
/// agent ("students denied visas by the embassy").
fn agent_follows(lex: &[Lex], tags: &[usize], fin: &Finite, k: usize) -> bool {
    let none = FxHashMap::default();
    let h = |w: &str| crate::lex::lex(w, &none).lower;
    let (by, ends) = (h("by"), [h(","), h(";"), h(":")]);
    lex.iter()
        .zip(tags)
        .skip(k + 1)
        .take_while(|(l, &t)| !ends.contains(&l.lower) && fin.verb.get(t) != Some(&true))
        .any(|(l, _)| l.lower == by)
}

/// See [`Tagger::repair`].
pub(crate) const REPAIR_MARGIN: f32 = 50.0;

impl Finite {
    /// `tags` marks the finite tags among `names`.
    pub(crate) fn new(classes: FxHashSet<u64>, names: &[String]) -> Finite {
        let tags = names
            .iter()
            .map(|n| matches!(n.as_str(), "VBD" | "VBZ" | "VBP" | "MD"))
            .collect();
        let base = names.iter().position(|n| n == "VB");
        let subject = names
            .iter()
            .map(|n| matches!(n.as_str(), "NN" | "NNS" | "NNP" | "NNPS" | "PRP"))
            .collect();
        let object = names
            .iter()
            .map(|n| {
                matches!(
                    n.as_str(),
                    "DT" | "PDT"
                        | "CD"
                        | "NN"
                        | "NNS"
                        | "NNP"
                        | "NNPS"
                        | "JJ"
                        | "JJR"
                        | "JJS"
                        | "PRP"
                        | "PRP$"
                        | "RP"
                )
            })
            .collect();
        let past = names.iter().position(|n| n == "VBD");
        let verb = names.iter().map(|n| n.starts_with("VB")).collect();
        Finite {
            classes,
            tags,
            base,
            subject,
            object,
            past,
            verb,
        }
    }

    /// Could the word be a past tense: its class allows it, or it is an unknown word
    /// ending in "-ed"; capitalized words are left alone (names such as "Rose", "Planned
    /// Parenthood"; headlines in title case).
    fn can_be(&self, l: &Lex) -> bool {
        !l.capital && (self.classes.contains(&l.class) || l.unknown_ed)
    }

    /// Is Penn tag `t` finite.
    pub(crate) fn is_finite(&self, t: usize) -> bool {
        self.tags.get(t).copied().unwrap_or(false)
    }
}

/// Features of word `i` for the Penn tagger, given the two previous tags.
pub(crate) fn xpos_features(lex: &[Lex], i: usize, p1: u64, p2: u64, out: &mut Vec<u64>) {
    out.clear();
    let j = i as isize;
    let w = at(lex, j);
    let (m1, m2, n1, n2) = (
        at(lex, j - 1),
        at(lex, j - 2),
        at(lex, j + 1),
        at(lex, j + 2),
    );
    out.extend_from_slice(&[
        f1(1, 0),
        f1(2, w.word),
        f1(3, w.lower),
        f1(4, w.suf[0]),
        f1(5, w.suf[1]),
        f1(6, w.suf[2]),
        f1(7, w.suf[3]),
        f1(8, w.pre[0]),
        f1(9, w.pre[1]),
        f1(10, w.pre[2]),
        f1(11, w.shape),
        f1(12, p1),
        f1(13, p2),
        f2(14, p1, p2),
        f2(15, p1, w.lower),
        f1(16, m1.lower),
        f1(17, m1.suf[2]),
        f1(18, m2.lower),
        f1(19, n1.lower),
        f1(20, n1.suf[2]),
        f1(21, n2.lower),
        f2(22, m1.lower, w.lower),
        f2(23, w.lower, n1.lower),
        f1(24, w.class),
        f1(25, n1.class),
        f1(26, n2.class),
        f2(27, p1, w.class),
        f2(28, w.class, n1.class),
        f2(29, w.shape, u64::from(i == 0)),
        f1(30, n1.shape),
        f2(31, p1, n1.class),
        f3(32, p1, w.class, n1.class),
        f2(33, w.suf[2], n1.class),
    ]);
}

/// Features of word `i` for the UPOS classifier, given all Penn tags.
/// Features of word `i` for the UPOS tagger: the Penn tagger's (with the previous
/// UPOS tags `u1`, `u2`) plus the Penn tags on both sides.
pub(crate) fn upos_features(
    lex: &[Lex],
    xpos: &[usize],
    i: usize,
    u1: u64,
    u2: u64,
    out: &mut Vec<u64>,
) {
    xpos_features(lex, i, u1, u2, out);
    let t = |k: isize| -> u64 {
        usize::try_from(k)
            .ok()
            .and_then(|k| xpos.get(k))
            .map_or(NO_TAG, |&x| x as u64)
    };
    let j = i as isize;
    let w = at(lex, j);
    let (x, xm1, xp1, xp2) = (t(j), t(j - 1), t(j + 1), t(j + 2));
    out.extend_from_slice(&[
        f1(101, x),
        f2(102, x, w.lower),
        f2(103, x, w.suf[2]),
        f2(104, x, xm1),
        f2(105, x, xp1),
        f3(106, x, xp1, xp2),
        f3(107, x, w.lower, xp1),
        f2(108, x, at(lex, j + 1).lower),
        f2(109, x, at(lex, j - 1).lower),
        f2(110, x, w.shape),
        f2(111, x, w.word),
        f3(112, x, xm1, xp1),
        f2(113, x, t(j + 3)),
        f3(114, x, w.lower, xp2),
    ]);
}

/// The trained tagger.
pub(crate) struct Tagger {
    pub(crate) xpos: Table,
    pub(crate) upos: Table,
    /// Frequent unambiguous words, by exact-form hash: tagged without scoring.
    pub(crate) dict: FxHashMap<u64, DictEntry>,
    /// Past-tense candidates, for the finite-verb repair (none in older models).
    pub(crate) finite: Option<Finite>,
    /// The repair's margin: how far a candidate's past-tense score may fall short of its
    /// chosen tag's ([`REPAIR_MARGIN`]; 0 turns the repair off).
    pub(crate) repair: f32,
}

impl Tagger {
    /// Penn tags for every word, and in `alt` each word's runner-up tag where it came
    /// close ([`NO_ALT`] elsewhere).
    ///
    /// Finite-verb repair (models with [`Finite`] data): a sentence of
    /// [`REPAIR_MIN_WORDS`] or more words left without a finite verb gets one at the
    /// first word whose past-tense (VBD) score came within `repair` points of its chosen
    /// tag, among the lowercase words that can be a past tense, follow a noun or
    /// personal pronoun, precede a word that may begin an object and were not tagged
    /// VB; the words after it are tagged again. EWT's web text, with many verbless
    /// fragments and "attacked" seen only as a participle, otherwise reads the verb of
    /// "troops fought rebels" as a participle modifying the noun.
    pub(crate) fn tag_xpos(
        &self,
        lex: &[Lex],
        feats: &mut Vec<u64>,
        scores: &mut Vec<f32>,
        out: &mut Vec<usize>,
        alt: &mut Vec<u64>,
    ) {
        out.clear();
        alt.clear();
        let Some(fin) = &self.finite else {
            self.greedy(lex, None, feats, scores, out, alt, &mut Vec::new());
            return;
        };
        let mut cands = Vec::new();
        self.greedy(lex, Some(fin), feats, scores, out, alt, &mut cands);
        if lex.len() < REPAIR_MIN_WORDS || out.iter().any(|&t| fin.is_finite(t)) {
            return;
        }
        let before_object = |k: usize| {
            out.get(k + 1)
                .is_some_and(|&t| fin.object.get(t) == Some(&true))
        };
        // The first candidate: a participle after the main verb ("gas called miasmas")
        // is likelier than one before it; one with a "by" phrase after it in its clause
        // is a reduced passive ("students denied visas by the embassy").
        let first = cands.iter().find(|c| {
            before_object(c.0) && c.2 < self.repair && !agent_follows(lex, out, fin, c.0)
        });
        if let Some(&(k, t, _)) = first {
            out.truncate(k);
            alt.truncate(k);
            out.push(t);
            alt.push(NO_ALT);
            self.greedy(lex, Some(fin), feats, scores, out, alt, &mut Vec::new());
        }
    }

    /// Tags greedily from word `out.len()` on. With `fin`, lists in `cands` the words
    /// that could take the past tense after a noun or pronoun, with how far its score
    /// fell short of the chosen tag's: (word, tag, margin).
    #[allow(clippy::too_many_arguments)]
    fn greedy(
        &self,
        lex: &[Lex],
        fin: Option<&Finite>,
        feats: &mut Vec<u64>,
        scores: &mut Vec<f32>,
        out: &mut Vec<usize>,
        alt: &mut Vec<u64>,
        cands: &mut Vec<(usize, usize, f32)>,
    ) {
        let tag = |k: Option<usize>| k.and_then(|k| out.get(k)).map_or(NO_TAG, |&t| t as u64);
        let from = out.len();
        let (mut p1, mut p2) = (tag(from.checked_sub(1)), tag(from.checked_sub(2)));
        for i in from..lex.len() {
            let (t, a) = match self.dict.get(&lex[i].word) {
                Some(&(x, _)) => (x as usize, NO_ALT),
                None => {
                    xpos_features(lex, i, p1, p2, feats);
                    scores.clear();
                    scores.resize(self.xpos.classes(), 0.0);
                    self.xpos.score(feats, scores);
                    let b = argmax(scores, |_| true).unwrap_or(0);
                    let a = match argmax(scores, |c| c != b) {
                        Some(a) if scores[b] - scores[a] < ALT_MARGIN => a as u64,
                        _ => NO_ALT,
                    };
                    let after_subject = |f: &Finite| {
                        usize::try_from(p1).is_ok_and(|p| f.subject.get(p) == Some(&true))
                    };
                    if let Some(f) =
                        fin.filter(|f| f.can_be(&lex[i]) && f.base != Some(b) && after_subject(f))
                    {
                        if let Some(c) = f.past.filter(|&c| c < scores.len()) {
                            cands.push((i, c, scores[b] - scores[c]));
                        }
                    }
                    (b, a)
                }
            };
            out.push(t);
            alt.push(a);
            p2 = p1;
            p1 = t as u64;
        }
    }

    /// UPOS index (into `Upos::ALL`) for every word.
    pub(crate) fn tag_upos(
        &self,
        lex: &[Lex],
        xpos: &[usize],
        feats: &mut Vec<u64>,
        scores: &mut Vec<f32>,
        out: &mut Vec<usize>,
    ) {
        out.clear();
        let (mut u1, mut u2) = (NO_TAG, NO_TAG);
        for i in 0..lex.len() {
            let u = match self.dict.get(&lex[i].word) {
                Some(&(x, u)) if u != NO_UPOS && xpos.get(i) == Some(&(x as usize)) => u as usize,
                _ => {
                    upos_features(lex, xpos, i, u1, u2, feats);
                    scores.clear();
                    scores.resize(self.upos.classes(), 0.0);
                    self.upos.score(feats, scores);
                    argmax(scores, |_| true).unwrap_or(0)
                }
            };
            out.push(u);
            u2 = u1;
            u1 = u as u64;
        }
    }
}
