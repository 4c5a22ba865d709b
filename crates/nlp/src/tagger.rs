//! Part-of-speech tagging: a greedy left-to-right Penn (XPOS) tagger, then a UPOS
//! classifier that sees the Penn tags on both sides.

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
}

impl Tagger {
    /// Penn tags for every word, and in `alt` each word's runner-up tag where it came
    /// close ([`NO_ALT`] elsewhere).
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
        let (mut p1, mut p2) = (NO_TAG, NO_TAG);
        for i in 0..lex.len() {
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
