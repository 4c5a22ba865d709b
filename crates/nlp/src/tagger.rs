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

/// What the tagger knows of the sentence's finite verbs at a word: whether a word to
/// its left was tagged VBD, VBZ, VBP or MD, and how many words to its right could be
/// (0, 1, 2 or more). A noun-verb-noun news clause ("troops fought rebels") reads its
/// verb as a past participle without it: EWT's web text has many verbless fragments.
#[derive(Clone, Copy)]
pub(crate) struct Clause {
    pub(crate) left: u64,
    pub(crate) right: u64,
}

/// The words and tags that can be finite verbs (models from format 2/3 files written
/// before these features have none, and tag without them).
#[derive(Clone, Default)]
pub(crate) struct Finite {
    /// Ambiguity classes that include VBD, VBZ, VBP or MD.
    pub(crate) classes: FxHashSet<u64>,
    /// By Penn tag id: VBD, VBZ, VBP or MD.
    pub(crate) tags: Vec<bool>,
}

/// Sentences shorter than this may lack a finite verb ("Two men arrested."): the
/// repair leaves them as tagged.
pub(crate) const REPAIR_MIN_WORDS: usize = 5;

/// See [`Tagger::repair`].
pub(crate) const REPAIR_MARGIN: f32 = 20.0;

/// Most finite-verb candidates counted to the right of a word.
const MAX_RIGHT: u64 = 2;

impl Finite {
    /// `tags` marks the finite tags among `names`.
    pub(crate) fn new(classes: FxHashSet<u64>, names: &[String]) -> Finite {
        let tags = names
            .iter()
            .map(|n| matches!(n.as_str(), "VBD" | "VBZ" | "VBP" | "MD"))
            .collect();
        Finite { classes, tags }
    }

    /// Could the word be a finite verb: its class allows it, or it is an unknown word
    /// ending in "-ed".
    fn can_be(&self, l: &Lex) -> bool {
        self.classes.contains(&l.class) || l.unknown_ed
    }

    /// For each word, the finite-verb candidates to its right (capped at [`MAX_RIGHT`]).
    pub(crate) fn right_counts(&self, lex: &[Lex], out: &mut Vec<u64>) {
        out.clear();
        out.resize(lex.len(), 0);
        let mut n = 0;
        for (i, l) in lex.iter().enumerate().rev() {
            out[i] = n;
            if self.can_be(l) {
                n = (n + 1).min(MAX_RIGHT);
            }
        }
    }

    /// Is Penn tag `t` finite.
    pub(crate) fn is_finite(&self, t: usize) -> bool {
        self.tags.get(t).copied().unwrap_or(false)
    }
}

/// Features of word `i` for the Penn tagger, given the two previous tags and, for models
/// that have them, the clause context.
pub(crate) fn xpos_features(
    lex: &[Lex],
    i: usize,
    p1: u64,
    p2: u64,
    clause: Option<Clause>,
    out: &mut Vec<u64>,
) {
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
    if let Some(c) = clause {
        let lr = c.left * 4 + c.right;
        out.extend_from_slice(&[
            f1(40, lr),
            f2(41, lr, w.class),
            f3(42, c.left, p1, w.class),
            f3(43, c.right, p1, w.class),
            f3(44, lr, p1, n1.class),
            f3(45, lr, w.suf[1], p1),
            f2(46, lr, w.lower),
            f3(47, c.right, w.suf[0], p1),
        ]);
    }
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
    xpos_features(lex, i, u1, u2, None, out);
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
    /// Finite-verb candidates, for the clause features (none in older models).
    pub(crate) finite: Option<Finite>,
    /// A sentence without a finite verb gets one where a candidate's finite tag scored
    /// within this much of its chosen tag ([`REPAIR_MARGIN`]; 0 turns it off).
    pub(crate) repair: f32,
}

impl Tagger {
    /// Penn tags for every word, and in `alt` each word's runner-up tag where it came
    /// close ([`NO_ALT`] elsewhere). With the clause features, a sentence of
    /// [`REPAIR_MIN_WORDS`] or more left without a finite verb gets one where the tagger
    /// came closest to choosing it (within `repair` points; see [`Tagger::repair`]), and
    /// the words after it are tagged again.
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
        let mut right = Vec::new();
        let Some(fin) = &self.finite else {
            self.greedy(lex, None, &right, feats, scores, out, alt, &mut None);
            return;
        };
        fin.right_counts(lex, &mut right);
        let mut closest = None;
        self.greedy(
            lex,
            Some(fin),
            &right,
            feats,
            scores,
            out,
            alt,
            &mut closest,
        );
        if lex.len() < REPAIR_MIN_WORDS || out.iter().any(|&t| fin.is_finite(t)) {
            return;
        }
        if let Some((k, t, margin)) = closest {
            if margin < self.repair {
                out.truncate(k);
                alt.truncate(k);
                out.push(t);
                alt.push(NO_ALT);
                self.greedy(lex, Some(fin), &right, feats, scores, out, alt, &mut None);
            }
        }
    }

    /// Tags greedily from word `out.len()` on. With `fin`, tracks in `closest` the word
    /// whose best finite tag came closest to its chosen tag: (word, tag, margin).
    #[allow(clippy::too_many_arguments)]
    fn greedy(
        &self,
        lex: &[Lex],
        fin: Option<&Finite>,
        right: &[u64],
        feats: &mut Vec<u64>,
        scores: &mut Vec<f32>,
        out: &mut Vec<usize>,
        alt: &mut Vec<u64>,
        closest: &mut Option<(usize, usize, f32)>,
    ) {
        let tag = |k: Option<usize>| k.and_then(|k| out.get(k)).map_or(NO_TAG, |&t| t as u64);
        let from = out.len();
        let (mut p1, mut p2) = (tag(from.checked_sub(1)), tag(from.checked_sub(2)));
        let mut left = u64::from(fin.is_some_and(|f| out.iter().any(|&t| f.is_finite(t))));
        for i in from..lex.len() {
            let (t, a) = match self.dict.get(&lex[i].word) {
                Some(&(x, _)) => (x as usize, NO_ALT),
                None => {
                    let clause = fin.map(|_| Clause {
                        left,
                        right: right.get(i).copied().unwrap_or(0),
                    });
                    xpos_features(lex, i, p1, p2, clause, feats);
                    scores.clear();
                    scores.resize(self.xpos.classes(), 0.0);
                    self.xpos.score(feats, scores);
                    let b = argmax(scores, |_| true).unwrap_or(0);
                    let a = match argmax(scores, |c| c != b) {
                        Some(a) if scores[b] - scores[a] < ALT_MARGIN => a as u64,
                        _ => NO_ALT,
                    };
                    if let Some(f) = fin.filter(|f| f.can_be(&lex[i])) {
                        if let Some(c) = argmax(scores, |c| f.is_finite(c)) {
                            let m = scores[b] - scores[c];
                            if closest.is_none_or(|(_, _, cm)| m < cm) {
                                *closest = Some((i, c, m));
                            }
                        }
                    }
                    (b, a)
                }
            };
            out.push(t);
            alt.push(a);
            if fin.is_some_and(|f| f.is_finite(t)) {
                left = 1;
            }
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
