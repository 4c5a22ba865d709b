//! Supertags (Ouchi et al. 2014): before parsing, a cheap left-to-right perceptron
//! guesses each word's relation and the side of its head from the tagged sentence. The
//! parser and labeller see the guesses as features: a learned look at the words ahead
//! that the greedy parser has not reached yet.

use crate::hash::{f1, f2, f3};
use crate::parser::Word;
use crate::perceptron::{argmax, Table};

/// "No supertag" (outside the sentence, or the root).
pub(crate) const NO_ST: u64 = 0x57A6;

/// Relations kept distinct in supertags; later ones share the last id (a table has at
/// most 256 classes, three sides each).
const MAX_LABELS: usize = 85;

/// Number of supertag classes for `labels` relations.
pub(crate) fn classes(labels: usize) -> usize {
    labels.clamp(1, MAX_LABELS) * 3
}

/// The supertag of a word with relation `label` whose head is at `head` (`n` for the
/// root) in an `n`-word sentence.
pub(crate) fn of(label: usize, d: usize, head: usize, n: usize) -> usize {
    let side = if head >= n { 2 } else { usize::from(head > d) };
    label.min(MAX_LABELS - 1) * 3 + side
}

const PAD_WORD: u64 = 0x5A1;
const PAD_TAG: u64 = 0x5A2;

/// Features of word `i` given the two previous supertags.
pub(crate) fn features(words: &[Word], i: usize, p1: u64, p2: u64, out: &mut Vec<u64>) {
    out.clear();
    let n = words.len();
    let at = |k: isize| usize::try_from(k).ok().and_then(|k| words.get(k));
    let t = |k: isize| at(k).map_or(PAD_TAG, |w| w.tag);
    let w = |k: isize| at(k).map_or(PAD_WORD, |w| w.lower);
    let j = i as isize;
    let Some(me) = words.get(i) else {
        return;
    };
    let (wi, ti) = (me.lower, me.tag);
    let total_punct = words.last().map_or(0, |w| w.punct_before);
    let punct_left = u64::from(me.punct_before.min(3));
    let punct_right = u64::from(total_punct.saturating_sub(me.punct_before).min(3));
    let edge = u64::from(i == 0) | u64::from(i + 1 == n) << 1;
    out.extend_from_slice(&[
        f1(1, 0),
        f1(2, wi),
        f1(3, ti),
        f2(4, wi, ti),
        f1(5, me.class),
        f2(6, ti, t(j - 1)),
        f2(7, ti, t(j + 1)),
        f3(8, t(j - 1), ti, t(j + 1)),
        f3(9, ti, t(j + 1), t(j + 2)),
        f3(10, t(j - 2), t(j - 1), ti),
        f2(11, wi, t(j + 1)),
        f2(12, wi, t(j - 1)),
        f2(13, ti, w(j - 1)),
        f2(14, ti, w(j + 1)),
        f1(15, p1),
        f2(16, p1, ti),
        f3(17, p2, p1, ti),
        f2(18, p1, wi),
        f2(19, ti, edge),
        f3(20, ti, punct_left, punct_right),
        f2(21, me.class, t(j + 1)),
        f2(22, ti, me.alt),
        f3(23, ti, t(j + 1), w(j + 1)),
    ]);
}

/// Fills `st` of every word with its guessed supertag.
pub(crate) fn tag(table: &Table, words: &mut [Word], feats: &mut Vec<u64>) {
    let mut scores = vec![0f32; table.classes()];
    let (mut p1, mut p2) = (NO_ST, NO_ST);
    for i in 0..words.len() {
        features(words, i, p1, p2, feats);
        scores.iter_mut().for_each(|s| *s = 0.0);
        table.score(feats, &mut scores);
        let g = argmax(&scores, |_| true).map_or(NO_ST, |g| g as u64);
        words[i].st = g;
        p2 = p1;
        p1 = g;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn supertags_name_relation_and_head_side() {
        // (label, dependent, head, sentence length, supertag)
        let cases = [
            ("head to the left", 4, 3, 1, 5, 4 * 3),
            ("head to the right", 4, 1, 3, 5, 4 * 3 + 1),
            ("root", 0, 2, 5, 5, 2),
            ("rare relations share the last id", 200, 0, 1, 2, 84 * 3 + 1),
        ];
        for (name, label, d, head, n, want) in cases {
            assert_eq!(of(label, d, head, n), want, "{name}");
            assert!(
                of(label, d, head, n) < classes(label + 1),
                "{name}: in range"
            );
        }
        assert_eq!(classes(51), 153);
        assert_eq!(classes(1000), 255);
    }

    #[test]
    fn any_sentence_gets_a_supertag_per_word() {
        let table = crate::perceptron::Trainer::new(classes(4)).finish(0.0);
        for n in [0, 1, 7] {
            let mut words = crate::parser::words((0..n).map(|i| {
                (
                    i as u64,
                    5,
                    i % 3,
                    NO_ST,
                    if i % 2 == 0 { "," } else { "w" },
                )
            }));
            tag(&table, &mut words, &mut Vec::new());
            assert!(words.iter().all(|w| w.st != NO_ST), "n={n}");
        }
    }
}
