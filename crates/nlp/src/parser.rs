//! Unlabelled dependency parsing: greedy arc-hybrid transitions (root at the end of the
//! buffer) scored by an averaged perceptron with Zhang & Nivre-style features, trained
//! with a dynamic oracle.

use crate::hash::{f1, f2, f3, f4};
use crate::perceptron::{argmax, Table};

pub(crate) const SHIFT: usize = 0;
pub(crate) const LEFT: usize = 1;
pub(crate) const RIGHT: usize = 2;
pub(crate) const MOVES: usize = 3;

const NONE: usize = usize::MAX;
const NO_WORD: u64 = 0x0DE1;
const ROOT_WORD: u64 = 0x0DE2;
const NO_TAG: u64 = 0xFFF1;
const ROOT_TAG: u64 = 0xFFF2;

/// A sentence's heads 0-based, the root (and any head out of range) as `n`, the
/// parser's convention.
pub(crate) fn heads_of(s: &dyad_model::Sentence) -> Vec<usize> {
    let n = s.tokens.len();
    s.tokens
        .iter()
        .map(|t| match t.head {
            h if h == 0 || h > n => n,
            h => h - 1,
        })
        .collect()
}

/// Parser state over `n` words; index `n` is the root, last in the buffer.
pub(crate) struct State {
    pub(crate) n: usize,
    pub(crate) stack: Vec<usize>,
    pub(crate) i: usize,
    pub(crate) heads: Vec<usize>,
    /// Two leftmost and two rightmost children, and counts, per word (root included).
    lefts: Vec<[usize; 2]>,
    rights: Vec<[usize; 2]>,
    nl: Vec<u8>,
    nr: Vec<u8>,
}

impl State {
    pub(crate) fn new(n: usize) -> State {
        State {
            n,
            stack: Vec::with_capacity(n),
            i: 0,
            heads: vec![NONE; n + 1],
            lefts: vec![[NONE; 2]; n + 1],
            rights: vec![[NONE; 2]; n + 1],
            nl: vec![0; n + 1],
            nr: vec![0; n + 1],
        }
    }

    pub(crate) fn is_final(&self) -> bool {
        self.stack.is_empty() && self.i >= self.n
    }

    pub(crate) fn valid(&self) -> [bool; MOVES] {
        let d = self.stack.len();
        [
            self.i < self.n,
            d >= 1 && (self.i < self.n || d == 1),
            d >= 2,
        ]
    }

    /// The only valid move, if there is one: SHIFT on an empty stack, an arc when only
    /// the root is left in the buffer (about a third of all moves in English). Parsing
    /// applies it without scoring.
    pub(crate) fn forced(&self) -> Option<usize> {
        let valid = self.valid();
        if valid.iter().filter(|&&v| v).count() == 1 {
            valid.iter().position(|&v| v)
        } else {
            None
        }
    }

    fn arc(&mut self, head: usize, child: usize) {
        self.heads[child] = head;
        if child < head {
            let l = &mut self.lefts[head];
            *l = [child, l[0]];
            self.nl[head] = self.nl[head].saturating_add(1);
        } else {
            let r = &mut self.rights[head];
            *r = [child, r[0]];
            self.nr[head] = self.nr[head].saturating_add(1);
        }
    }

    pub(crate) fn apply(&mut self, m: usize) {
        match m {
            SHIFT => {
                self.stack.push(self.i);
                self.i += 1;
            }
            LEFT => {
                if let Some(s0) = self.stack.pop() {
                    self.arc(self.i, s0);
                }
            }
            _ => {
                if let Some(s0) = self.stack.pop() {
                    if let Some(&s1) = self.stack.last() {
                        self.arc(s1, s0);
                    }
                }
            }
        }
    }

    /// Moves that lose no reachable gold arc (`gold[w]` is w's head, `n` for the root).
    pub(crate) fn zero_cost(&self, gold: &[usize]) -> [bool; MOVES] {
        let valid = self.valid();
        let Some(&s0) = self.stack.last() else {
            return [valid[SHIFT], false, false];
        };
        if valid[SHIFT] && gold[self.i] == s0 {
            return [true, false, false];
        }
        if gold[s0] == self.i {
            return [false, valid[LEFT], false];
        }
        let mut ok = valid;
        if self.stack.len() >= 2 && gold[s0] == self.stack[self.stack.len() - 2] {
            ok[LEFT] = false;
        }
        if ok[SHIFT]
            && self
                .stack
                .iter()
                .any(|&w| gold[w] == self.i || gold[self.i] == w)
        {
            ok[SHIFT] = false;
        }
        if (self.i + 1..=self.n).any(|w| gold[s0] == w || (w < self.n && gold[w] == s0)) {
            ok[LEFT] = false;
            ok[RIGHT] = false;
        }
        ok
    }
}

/// Per-word inputs to the parser: lowercase hash and Penn tag.
#[derive(Clone, Copy)]
pub(crate) struct Word {
    pub(crate) lower: u64,
    pub(crate) tag: u64,
    /// Ambiguity class (the tags the word took in training): lets the parser hedge
    /// where the tagger may be wrong.
    pub(crate) class: u64,
    /// The tagger's close runner-up Penn tag, or [`crate::tagger::NO_ALT`].
    pub(crate) alt: u64,
    /// Guessed relation and head side (see [`crate::supertag`]).
    pub(crate) st: u64,
    /// Punctuation tokens before this one (commas between two words hint at clauses).
    pub(crate) punct_before: u32,
}

/// One id for a Penn tag and a UPOS (VB as AUX differs from VB as VERB).
pub(crate) fn joint_tag(xpos: usize, upos: usize) -> usize {
    xpos | upos << 8
}

/// Parser inputs from word hashes, tags and forms.
pub(crate) fn words<'a>(items: impl Iterator<Item = (u64, u64, usize, u64, &'a str)>) -> Vec<Word> {
    let mut punct = 0u32;
    items
        .map(|(lower, class, tag, alt, form)| {
            let w = Word {
                lower,
                tag: tag as u64,
                class,
                alt,
                st: crate::supertag::NO_ST,
                punct_before: punct,
            };
            if !form.chars().any(char::is_alphanumeric) {
                punct += 1;
            }
            w
        })
        .collect()
}

/// Features of a parser state; `extended` adds the ambiguity-class, runner-up tag and
/// supertag templates (models with a supertagger).
pub(crate) fn features(st: &State, words: &[Word], extended: bool, out: &mut Vec<u64>) {
    out.clear();
    let n = st.n;
    let w = |k: usize| -> u64 {
        if k == NONE {
            NO_WORD
        } else if k >= n {
            ROOT_WORD
        } else {
            words[k].lower
        }
    };
    let t = |k: usize| -> u64 {
        if k == NONE {
            NO_TAG
        } else if k >= n {
            ROOT_TAG
        } else {
            words[k].tag
        }
    };
    let c = |k: usize| -> u64 {
        if k == NONE {
            NO_TAG
        } else if k >= n {
            ROOT_TAG
        } else {
            words[k].class
        }
    };
    let a = |k: usize| -> u64 {
        if k == NONE {
            NO_TAG
        } else if k >= n {
            ROOT_TAG
        } else {
            words[k].alt
        }
    };
    let sg = |k: usize| -> u64 {
        if k == NONE {
            NO_TAG
        } else if k >= n {
            ROOT_TAG
        } else {
            words[k].st
        }
    };
    let d = st.stack.len();
    let s0 = if d > 0 { st.stack[d - 1] } else { NONE };
    let s1 = if d > 1 { st.stack[d - 2] } else { NONE };
    let s2 = if d > 2 { st.stack[d - 3] } else { NONE };
    let n0 = st.i;
    let n1 = if n0 + 1 < n { n0 + 1 } else { NONE };
    let n2 = if n0 + 2 < n { n0 + 2 } else { NONE };
    let kids = |k: usize, left: bool| -> [usize; 2] {
        if k == NONE {
            [NONE; 2]
        } else if left {
            st.lefts[k]
        } else {
            st.rights[k]
        }
    };
    let [s0l1, s0l2] = kids(s0, true);
    let [s0r1, s0r2] = kids(s0, false);
    let [n0l1, n0l2] = kids(n0, true);
    let [s1r1, _] = kids(s1, false);
    let [s1l1, _] = kids(s1, true);
    let val = |k: usize, left: bool| -> u64 {
        if k == NONE {
            99
        } else if left {
            u64::from(st.nl[k])
        } else {
            u64::from(st.nr[k])
        }
    };
    let dist = if s0 == NONE {
        0
    } else {
        (n0 - s0).min(6) as u64
    };
    let (ws0, ts0, ws1, ts1, wn0, tn0) = (w(s0), t(s0), w(s1), t(s1), w(n0), t(n0));
    let (wn1, tn1, tn2, ts2) = (w(n1), t(n1), t(n2), t(s2));
    let prev_n0 = if n0 > 0 && n0 <= n { t(n0 - 1) } else { NO_TAG };
    let next_s0 = if s0 == NONE { NO_TAG } else { t(s0 + 1) };
    let pb = |k: usize| words.get(k).map_or(0, |w| w.punct_before);
    let between = if s0 == NONE {
        9
    } else {
        u64::from(pb(n0).saturating_sub(pb(s0 + 1)).min(3))
    };
    // The RIGHT arc joins S1 and S0: their distance and the punctuation between them.
    let (dist10, between10) = if s1 == NONE {
        (0, 9)
    } else {
        (
            (s0 - s1).min(6) as u64,
            u64::from(pb(s0).saturating_sub(pb(s1 + 1)).min(3)),
        )
    };
    out.extend_from_slice(&[
        f1(1, 0),
        f1(2, ws0),
        f1(3, ts0),
        f2(4, ws0, ts0),
        f1(5, wn0),
        f1(6, tn0),
        f2(7, wn0, tn0),
        f1(8, wn1),
        f1(9, tn1),
        f2(10, wn1, tn1),
        f1(11, ws1),
        f1(12, ts1),
        f2(13, ws1, ts1),
        f1(14, w(n2)),
        f1(15, tn2),
        f1(16, w(s2)),
        f1(17, ts2),
        f1(18, w(s0l1)),
        f1(19, t(s0l1)),
        f1(20, t(s0l2)),
        f1(21, w(s0r1)),
        f1(22, t(s0r1)),
        f1(23, t(s0r2)),
        f1(24, w(n0l1)),
        f1(25, t(n0l1)),
        f1(26, t(n0l2)),
        f4(27, ws0, ts0, wn0, tn0),
        f3(28, ws0, ts0, wn0),
        f3(29, ws0, wn0, tn0),
        f3(30, ws0, ts0, tn0),
        f3(31, ts0, wn0, tn0),
        f2(32, ws0, wn0),
        f2(33, ts0, tn0),
        f2(34, tn0, tn1),
        f3(35, tn0, tn1, tn2),
        f3(36, ts0, tn0, tn1),
        f3(37, ts1, ts0, tn0),
        f3(38, ts0, t(s0r1), tn0),
        f3(39, ts0, t(s0l1), tn0),
        f3(40, ts0, tn0, t(n0l1)),
        f3(41, ts0, t(s0l1), t(s0l2)),
        f3(42, ts0, t(s0r1), t(s0r2)),
        f3(43, tn0, t(n0l1), t(n0l2)),
        f3(44, ts2, ts1, ts0),
        f3(45, ts1, t(s1r1), ts0),
        f2(46, ws0, val(s0, false)),
        f2(47, ts0, val(s0, false)),
        f2(48, ws0, val(s0, true)),
        f2(49, ts0, val(s0, true)),
        f2(50, wn0, val(n0, true)),
        f2(51, tn0, val(n0, true)),
        f2(52, ws0, dist),
        f2(53, wn0, dist),
        f2(54, ts0, dist),
        f2(55, tn0, dist),
        f3(56, ts0, tn0, dist),
        f3(57, ws0, wn0, dist),
        f3(58, prev_n0, tn0, ts0),
        f3(59, ts0, next_s0, tn0),
        f2(60, ws1, wn0),
        f3(61, ts1, ts0, wn0),
        f3(62, ws0, ts0, tn1),
        f3(63, ts0, wn0, tn1),
        f3(64, ts0, tn0, between),
        f3(65, ws0, ts0, t(s0l1)),
        f3(66, wn0, tn0, t(n0l1)),
        f2(67, wn0, tn1),
        f3(68, ws1, ts0, tn0),
        f4(69, ts0, tn0, between, dist),
        f2(70, ws1, ws0),
        f3(71, ws1, ts1, ts0),
        f3(72, ts1, ws0, ts0),
        f2(73, ts1, ts0),
        f3(74, ts1, ts0, dist10),
        f3(75, ws1, ws0, dist10),
        f4(76, ts1, ts0, between10, dist10),
        f3(77, ts1, t(s1l1), ts0),
        f3(78, ts1, ts0, t(s0l1)),
        f3(79, ts1, ts0, t(s0r1)),
        f3(80, ts1, val(s1, false), ts0),
        f4(81, ts1, ts0, tn0, dist10),
    ]);
    if !extended {
        return;
    }
    out.extend_from_slice(&[
        f2(82, c(s0), c(n0)),
        f2(83, c(s0), tn0),
        f2(84, ts0, c(n0)),
        f3(85, c(s0), ts0, tn0),
        f3(86, ts0, c(n0), tn0),
        f3(87, c(s1), ts1, ts0),
        f2(88, c(n1), tn0),
        f2(89, a(s0), tn0),
        f2(90, ts0, a(n0)),
        f1(91, a(n0)),
        f1(92, a(s0)),
        f2(93, a(n1), tn0),
        f2(94, a(s1), ts0),
        f1(95, sg(s0)),
        f1(96, sg(n0)),
        f1(97, sg(n1)),
        f1(98, sg(s1)),
        f2(99, sg(s0), sg(n0)),
        f2(100, sg(s1), sg(s0)),
        f3(101, sg(s0), sg(n0), sg(n1)),
        f2(102, sg(s0), tn0),
        f2(103, ts0, sg(n0)),
        f3(104, sg(s0), sg(n0), dist),
    ]);
}

/// Greedy parse; returns heads with `n` meaning the root. `extended` as in [`features`].
pub(crate) fn parse(
    table: &Table,
    words: &[Word],
    extended: bool,
    feats: &mut Vec<u64>,
) -> Vec<usize> {
    let n = words.len();
    let mut st = State::new(n);
    let mut scores = [0f32; MOVES];
    while !st.is_final() {
        // A forced move needs no scoring.
        if let Some(m) = st.forced() {
            st.apply(m);
            continue;
        }
        let valid = st.valid();
        features(&st, words, extended, feats);
        scores = [0.0; MOVES];
        table.score(feats, &mut scores);
        let Some(m) = argmax(&scores, |m| valid[m]) else {
            break;
        };
        st.apply(m);
    }
    let _ = scores;
    st.heads.truncate(n);
    for h in &mut st.heads {
        if *h == NONE {
            *h = n;
        }
    }
    st.heads
}
