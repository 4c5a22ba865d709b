//! Dependency labels: once the tree is built, each arc gets its UD relation from an
//! averaged perceptron that sees the head, the dependent, their children and the labels
//! already given to the head and to earlier siblings (words are labelled top-down).

use crate::hash::{f1, f2, f3, f4};
use crate::perceptron::{argmax, Table};
use rustc_hash::FxHashMap;

/// Relations whose presence among a word's siblings is a feature (a bit each): they
/// mostly occur once per head, so "already has an nsubj" is telling.
pub(crate) const CORE: [&str; 16] = [
    "nsubj",
    "obj",
    "iobj",
    "nsubj:pass",
    "csubj",
    "aux",
    "aux:pass",
    "cop",
    "mark",
    "case",
    "det",
    "expl",
    "obl",
    "advmod",
    "xcomp",
    "ccomp",
];

/// Per-word inputs: lowercase hash and Penn tag.
#[derive(Clone, Copy)]
pub(crate) struct LWord {
    pub(crate) lower: u64,
    pub(crate) tag: u64,
    /// Ambiguity class (see [`crate::parser::Word`]).
    pub(crate) class: u64,
    /// The tagger's close runner-up tag (see [`crate::parser::Word`]).
    pub(crate) alt: u64,
    /// Guessed relation and head side (see [`crate::supertag`]).
    pub(crate) st: u64,
}

/// Tree helpers: children lists per word (index `n` is the root), in one flat array
/// (no allocation per word).
pub(crate) struct Tree {
    /// Children of `h` are `flat[start[h]..start[h + 1]]`, left to right.
    start: Vec<usize>,
    flat: Vec<usize>,
    /// Words top-down (breadth first from the root).
    pub(crate) order: Vec<usize>,
}

impl Tree {
    pub(crate) fn new(heads: &[usize]) -> Tree {
        let n = heads.len();
        let mut start = vec![0usize; n + 2];
        for &h in heads {
            if h <= n {
                start[h + 1] += 1;
            }
        }
        for i in 1..start.len() {
            start[i] += start[i - 1];
        }
        let mut fill = start.clone();
        let mut flat = vec![0usize; start[n + 1]];
        for (d, &h) in heads.iter().enumerate() {
            if h <= n {
                flat[fill[h]] = d;
                fill[h] += 1;
            }
        }
        // Breadth first: `order` doubles as the queue.
        let mut order = Vec::with_capacity(n + 1);
        let mut seen = vec![false; n + 1];
        seen[n] = true;
        order.push(n);
        let mut q = 0;
        while q < order.len() {
            let h = order[q];
            q += 1;
            for &d in &flat[start[h]..start[h + 1]] {
                if !std::mem::replace(&mut seen[d], true) {
                    order.push(d);
                }
            }
        }
        order.remove(0);
        // Words the walk did not reach (only possible for a malformed tree) go last.
        for (d, s) in seen.iter().enumerate().take(n) {
            if !s {
                order.push(d);
            }
        }
        Tree { start, flat, order }
    }

    /// Children of `h`, left to right (none for out-of-range `h`).
    pub(crate) fn kids(&self, h: usize) -> &[usize] {
        match (self.start.get(h), self.start.get(h + 1)) {
            (Some(&a), Some(&b)) => &self.flat[a..b],
            _ => &[],
        }
    }
}

const NONE_LABEL: u64 = 0xEEEE;

/// Features for labelling the arc into `d`; `labels[w]` is w's label if already given.
/// `extended` adds the ambiguity-class, runner-up tag and supertag templates.
#[allow(clippy::too_many_arguments)]
pub(crate) fn features(
    words: &[LWord],
    heads: &[usize],
    tree: &Tree,
    labels: &[Option<usize>],
    core: &[Option<usize>],
    d: usize,
    extended: bool,
    out: &mut Vec<u64>,
) {
    out.clear();
    let n = words.len();
    let h = heads[d];
    let w = |k: usize| if k < n { words[k].lower } else { 0xAAAA };
    let t = |k: usize| if k < n { words[k].tag } else { 0xBBBB };
    let lab = |k: usize| {
        labels
            .get(k)
            .copied()
            .flatten()
            .map_or(NONE_LABEL, |l| l as u64)
    };
    let (wd, td, wh, th) = (w(d), t(d), w(h), t(h));
    let cd = words.get(d).map_or(0xDDDD, |w| w.class);
    let sd = words.get(d).map_or(0xDDDF, |w| w.st);
    let dir = u64::from(d < h);
    let dist = if h >= n {
        99
    } else {
        h.abs_diff(d).min(8) as u64
    };
    let gh = if h < n { heads[h] } else { n + 1 };
    let hl = if h < n { lab(h) } else { 0xCCCC };
    // Earlier siblings on the same side, and the set of core relations already there.
    let mut prev_sib = NONE_LABEL;
    let mut mask = 0u64;
    for &s in tree.kids(h.min(n)) {
        if let Some(l) = labels[s] {
            if let Some(bit) = core.iter().position(|&c| c == Some(l)) {
                mask |= 1 << bit;
            }
            if (s < h) == (d < h) {
                prev_sib = l as u64;
            }
        }
    }
    let dk = tree.kids(d);
    let (first, last) = (dk.first().copied(), dk.last().copied());
    let fw = first.map_or(0x11, w);
    let ft = first.map_or(0x12, t);
    let lt = last.map_or(0x13, t);
    let tprev = if d > 0 { t(d - 1) } else { 0x14 };
    let tnext = t(d + 1);
    out.extend_from_slice(&[
        f1(1, td),
        f1(2, wd),
        f2(3, td, th),
        f2(4, wd, th),
        f2(5, td, wh),
        f2(6, wd, wh),
        f4(7, td, th, dir, dist),
        f3(8, td, th, hl),
        f2(9, wd, hl),
        f3(10, td, th, prev_sib),
        f4(11, td, th, dir, mask),
        f3(12, td, fw, ft),
        f2(13, td, lt),
        f2(14, td, dk.len().min(5) as u64),
        f3(15, td, tprev, tnext),
        f3(16, td, th, t(gh)),
        f3(17, wd, dir, th),
        f3(18, td, dir, hl),
        f4(19, td, th, fw, dir),
        f2(20, wh, hl),
    ]);
    if extended {
        out.extend_from_slice(&[
            f2(26, cd, th),
            f4(27, cd, td, th, dir),
            f3(28, words.get(d).map_or(0xDDDE, |w| w.alt), td, th),
            f1(29, sd),
            f2(30, sd, th),
            f3(31, sd, td, dir),
        ]);
    }
    // The dependent's own function words ("in" of an obl, "to" of an xcomp).
    for &c in dk.iter().filter(|&&c| c.abs_diff(d) <= 3).take(4) {
        out.push(f4(22, td, w(c), t(c), u64::from(c < d)));
    }
    // Function words among the head's other children ("was" for passives, "to" for xcomp).
    if h < n {
        for &c in tree
            .kids(h)
            .iter()
            .filter(|&&c| c != d && c.abs_diff(h) <= 3)
        {
            out.push(f4(21, td, dir, w(c), u64::from(c < d)));
        }
    }
}

/// Labels every arc of the tree; returns label ids. `extended` as in [`features`].
#[allow(clippy::too_many_arguments)]
pub(crate) fn label(
    table: &Table,
    words: &[LWord],
    heads: &[usize],
    core: &[Option<usize>],
    root: usize,
    fixed: &FxHashMap<u64, usize>,
    extended: bool,
    feats: &mut Vec<u64>,
) -> Vec<usize> {
    let tree = Tree::new(heads);
    let mut labels = vec![None; words.len()];
    let mut scores = vec![0f32; table.classes()];
    for &d in &tree.order {
        if heads[d] >= words.len() {
            labels[d] = Some(root);
            continue;
        }
        if let Some(&l) = fixed.get(&words[d].tag) {
            labels[d] = Some(l);
            continue;
        }
        features(words, heads, &tree, &labels, core, d, extended, feats);
        scores.iter_mut().for_each(|s| *s = 0.0);
        table.score(feats, &mut scores);
        labels[d] = argmax(&scores, |l| l != root);
    }
    labels.into_iter().map(|l| l.unwrap_or(0)).collect()
}
