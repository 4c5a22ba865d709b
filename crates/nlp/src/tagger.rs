//! Part-of-speech tagging: a greedy left-to-right Penn (XPOS) tagger, then a UPOS
//! classifier that sees the Penn tags on both sides.

pub(crate) use crate::finite::{Finite, REPAIR_MARGIN, REPAIR_MIN_WORDS};
use crate::hash::{f1, f2, f3};
use crate::lex::{Lex, PAD};
use crate::perceptron::{argmax, Table};
use rustc_hash::FxHashMap;

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
    /// tag, among the lowercase words that can be a past tense and follow a noun or
    /// personal pronoun, where one of these holds: it precedes a word that may begin an
    /// object; it is the first of two coordinated verbs ("stormed/VBN and seized/VBN
    /// the town"); it follows the subject directly and precedes a preposition of
    /// movement or contact ("troops clashed with smugglers"). A base form (VB) qualifies
    /// only right after its subject ("NATO put troops on standby"), and none with a
    /// "by" phrase after it. The words after it are tagged again. A sentence that has
    /// a finite verb gets one more only at the first of two coordinated verbs whose
    /// second is VBD ("soldiers shot/NN and killed/VBD"). EWT's web text, with many
    /// verbless fragments and "attacked" seen only as a participle, otherwise reads the
    /// verb of "troops fought rebels" as a participle modifying the noun.
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
        if lex.len() < REPAIR_MIN_WORDS {
            return;
        }
        let has_finite = out.iter().any(|&t| fin.is_finite(t));
        // The first candidate: a participle after the main verb ("gas called miasmas")
        // is likelier than one before it; one with a "by" phrase after it in its clause
        // is a reduced passive ("students denied visas by the embassy").
        let first = cands.iter().find(|c| {
            let k = c.0;
            let place = if has_finite {
                // Only the first of two coordinated verbs when the second is finite,
                // and only as the sentence's first verb: after one, "X and said" is
                // more often an object and a second verb ("raised its forecast and
                // said").
                fin.coordinated(lex, out, k, false)
                    && !out[..k].iter().any(|&t| fin.verb.get(t) == Some(&true))
            } else {
                fin.before_object(out, k)
                    || fin.coordinated(lex, out, k, true)
                    || fin.intransitive(lex, out, k)
            };
            // A base form is an imperative or a bare infinitive ("let the troops
            // go"), unless nothing but its subject comes before it ("NATO put/VB
            // troops on standby").
            let base = fin.base.is_some() && out.get(k).copied() == fin.base;
            place
                && c.2 < self.repair
                && (!base || fin.subject_first(out, k))
                && !fin.agent_follows(lex, out, k)
        });
        let Some(&(k, t, _)) = first else {
            return;
        };
        if has_finite {
            // The second conjunct keeps its tag: tagged again after a finite verb it
            // may turn into an adjective ("shot and wounded/JJ").
            out[k] = t;
            alt[k] = NO_ALT;
            return;
        }
        out.truncate(k);
        alt.truncate(k);
        out.push(t);
        alt.push(NO_ALT);
        self.greedy(lex, Some(fin), feats, scores, out, alt, &mut Vec::new());
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
                    if let Some(f) = fin.filter(|f| f.can_be(&lex[i]) && after_subject(f)) {
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
