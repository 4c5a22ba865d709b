//! Averaged perceptron: training with lazy averaging, and a compact sparse table for use.

use crate::bytes::{Reader, Writer};
use crate::NlpError;
use rustc_hash::FxHashMap;

/// Weights being trained: a dense row of `k` class weights per feature seen in an update.
pub(crate) struct Trainer {
    k: usize,
    index: FxHashMap<u64, u32>,
    w: Vec<f32>,
    total: Vec<f32>,
    stamp: Vec<u32>,
    step: u32,
}

impl Trainer {
    pub(crate) fn new(k: usize) -> Trainer {
        Trainer {
            k,
            index: FxHashMap::default(),
            w: Vec::new(),
            total: Vec::new(),
            stamp: Vec::new(),
            step: 1,
        }
    }

    /// Adds the current weights of `feats` to `out` (length `k`, not cleared).
    pub(crate) fn score(&self, feats: &[u64], out: &mut [f32]) {
        for f in feats {
            if let Some(&r) = self.index.get(f) {
                let r = r as usize * self.k;
                for (o, w) in out.iter_mut().zip(&self.w[r..r + self.k]) {
                    *o += w;
                }
            }
        }
    }

    /// Counts one training instance (for averaging).
    pub(crate) fn tick(&mut self) {
        self.step += 1;
    }

    /// One online step for a multi-class instance: scores `feats` (into `scores`),
    /// updates towards `truth`, counts the instance, and returns the guess.
    pub(crate) fn learn(&mut self, feats: &[u64], truth: usize, scores: &mut Vec<f32>) -> usize {
        scores.clear();
        scores.resize(self.k, 0.0);
        self.score(feats, scores);
        let g = argmax(scores, |_| true).unwrap_or(0);
        self.update(feats, truth, g);
        self.tick();
        g
    }

    /// Rewards `truth` and penalises `guess` on every feature.
    pub(crate) fn update(&mut self, feats: &[u64], truth: usize, guess: usize) {
        if truth == guess {
            return;
        }
        for &f in feats {
            let next = (self.w.len() / self.k) as u32;
            let r = *self.index.entry(f).or_insert(next) as usize;
            if r == next as usize {
                self.w.resize(self.w.len() + self.k, 0.0);
                self.total.resize(self.total.len() + self.k, 0.0);
                self.stamp.resize(self.stamp.len() + self.k, self.step);
            }
            for (c, d) in [(truth, 1.0f32), (guess, -1.0)] {
                let i = r * self.k + c;
                self.total[i] += (self.step - self.stamp[i]) as f32 * self.w[i];
                self.stamp[i] = self.step;
                self.w[i] += d;
            }
        }
    }

    /// The averaged weights as a table, dropping entries smaller than `min_abs`.
    pub(crate) fn finish(&self, min_abs: f32) -> Table {
        let mut rows: Vec<(u32, Vec<(u8, f32)>)> = Vec::with_capacity(self.index.len());
        let mut keyed: FxHashMap<u32, usize> = FxHashMap::default();
        for (&f, &r) in &self.index {
            let key = fold(f);
            let slot = *keyed.entry(key).or_insert_with(|| {
                rows.push((key, Vec::new()));
                rows.len() - 1
            });
            for c in 0..self.k {
                let i = r as usize * self.k + c;
                let t = self.total[i] + (self.step - self.stamp[i]) as f32 * self.w[i];
                let avg = t / self.step as f32;
                if avg.abs() >= min_abs {
                    let row = &mut rows[slot].1;
                    match row.iter_mut().find(|(cc, _)| *cc as usize == c) {
                        Some(e) => e.1 += avg,
                        None => row.push((c as u8, avg)),
                    }
                }
            }
        }
        rows.retain(|(_, r)| !r.is_empty());
        rows.sort_by_key(|(k, _)| *k);
        Table::from_rows(self.k, rows)
    }
}

/// Folds a 64-bit feature hash to the 32-bit key stored in a table (0 marks an empty
/// slot, so it is never a key). With a million features, an unseen feature falsely
/// matches a stored one about once in 4,000 lookups; that noise costs nothing measurable
/// and halves the key storage.
#[inline]
fn fold(f: u64) -> u32 {
    ((f ^ (f >> 32)) as u32).max(1)
}

/// Tables with at most this many classes keep their weights inside the hash slot (one
/// cache line per lookup); larger ones point to a sparse row.
const INLINE: usize = 3;

/// Home slot of a key among `cap` slots (Fibonacci hashing, then a multiply-shift range
/// reduction: any capacity works, and the home depends on every key bit so the low 16
/// bits stay free to serve as an independent check).
#[inline]
fn home(key: u32, cap: usize) -> usize {
    let h = u64::from(key).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 32;
    ((h * cap as u64) >> 32) as usize
}

/// The 16-bit check stored in a packed slot (0 marks an empty slot).
#[inline]
fn check(key: u32) -> u64 {
    u64::from((key as u16).max(1))
}

/// Features scored per batch of lookups.
const CHUNK: usize = 128;

/// Averaged weights for use: an open-addressing hash table from feature key to weights.
pub(crate) struct Table {
    k: usize,
    /// Number of slots (load factor 0.5: a missing feature, the common case, probes about
    /// 2.5 slots; at 0.75 it would probe 8).
    cap: usize,
    /// Slot `i` is `slots[i * stride..]`: the key, then either `k` weights (as f32 bits)
    /// or the row's start and length in `entries`. Kept for writing and pruning; scoring
    /// reads `packed`.
    slots: Vec<u32>,
    stride: usize,
    /// Sparse rows: class in the high 16 bits, weight as i16 (times `scale`) in the low.
    entries: Vec<u32>,
    scale: f32,
    len: usize,
    /// The copy used for scoring, 8 bytes a slot so that more of it stays in cache: a
    /// 16-bit check of the key, then either the `k` weights as i16 (times `scale`) or
    /// the row's length (16 bits) and start (32 bits) in `entries`. A feature whose key
    /// differs but whose check matches is about one lookup in 65,000: noise.
    packed: Vec<u64>,
}

impl Table {
    fn from_rows(k: usize, rows: Vec<(u32, Vec<(u8, f32)>)>) -> Table {
        let mut keys = Vec::with_capacity(rows.len());
        let mut starts = vec![0u32];
        let mut ents = Vec::new();
        for (key, row) in rows {
            keys.push(key);
            ents.extend(row);
            starts.push(ents.len() as u32);
        }
        Table::from_flat(k, &keys, &starts, &ents)
    }

    /// Builds the table from row keys, row starts (one more than keys) and entries.
    fn from_flat(k: usize, keys: &[u32], starts: &[u32], ents: &[(u8, f32)]) -> Table {
        let inline = k <= INLINE;
        let stride = if inline { 1 + k } else { 3 };
        let cap = keys.len() * 2 + 2;
        let max = ents.iter().fold(0f32, |m, x| m.max(x.1.abs())).max(1e-6);
        let mut t = Table {
            k,
            cap,
            slots: vec![0; cap * stride],
            stride,
            entries: Vec::new(),
            scale: max / 32767.0,
            len: 0,
            packed: vec![0; cap],
        };
        for (r, &key) in keys.iter().enumerate() {
            let row = &ents[starts[r] as usize..starts[r + 1] as usize];
            let key = key.max(1);
            let mut i = home(key, cap);
            while t.slots[i * stride] != 0 && t.slots[i * stride] != key {
                i = if i + 1 == cap { 0 } else { i + 1 };
            }
            let base = i * stride;
            if t.slots[base] == 0 {
                t.len += 1;
                t.slots[base] = key;
                if !inline {
                    t.slots[base + 1] = t.entries.len() as u32;
                }
            } else if !inline {
                // Two rows folded to one key: keep the first (collisions are rare).
                continue;
            }
            for &(c, w) in row {
                if inline {
                    let cur = f32::from_bits(t.slots[base + 1 + c as usize]);
                    t.slots[base + 1 + c as usize] = (cur + w).to_bits();
                } else {
                    let q = (w / t.scale).round() as i16;
                    if q != 0 {
                        t.entries.push(u32::from(c) << 16 | u32::from(q as u16));
                        t.slots[base + 2] += 1;
                    }
                }
            }
        }
        for (i, p) in t.packed.iter_mut().enumerate() {
            let base = i * stride;
            let key = t.slots[base];
            if key == 0 {
                continue;
            }
            *p = check(key);
            if inline {
                for c in 0..k {
                    let w = f32::from_bits(t.slots[base + 1 + c]);
                    let q = (w / t.scale).round().clamp(-32767.0, 32767.0) as i16;
                    *p |= u64::from(q as u16) << (16 * (c + 1));
                }
            } else {
                *p |= u64::from(t.slots[base + 2] & 0xFFFF) << 16;
                *p |= u64::from(t.slots[base + 1]) << 32;
            }
        }
        t
    }

    /// Number of classes.
    pub(crate) fn classes(&self) -> usize {
        self.k
    }

    /// The packed slot of `key` (whose home slot is `i`), or 0.
    #[inline]
    fn find(&self, key: u32, mut i: usize) -> u64 {
        let c = check(key);
        loop {
            let s = self.packed[i];
            if s & 0xFFFF == c || s == 0 {
                return s;
            }
            i = if i + 1 == self.cap { 0 } else { i + 1 };
        }
    }

    /// Adds the weights of `feats` to `out` (length `k`, not cleared).
    #[inline]
    pub(crate) fn score(&self, feats: &[u64], out: &mut [f32]) {
        if self.k <= INLINE {
            self.score_inline(feats, out);
        } else {
            self.score_sparse(feats, out);
        }
    }

    /// Lookups are most of the tagging and parsing time and mostly cache misses. Per
    /// chunk of features: compute the home slots, touch them all in a loop of bare loads
    /// (independent, so their misses overlap), then probe.
    #[inline]
    fn homes<'a>(&self, chunk: &[u64], keys: &'a mut [(u32, usize); CHUNK]) -> &'a [(u32, usize)] {
        for (k, &f) in keys.iter_mut().zip(chunk) {
            let key = fold(f);
            *k = (key, home(key, self.cap));
        }
        let keys = &keys[..chunk.len()];
        let mut touch = 0u64;
        for &(_, i) in keys {
            touch ^= self.packed[i];
        }
        std::hint::black_box(touch);
        keys
    }

    /// Scoring when the weights live in the slots.
    #[inline]
    fn score_inline(&self, feats: &[u64], out: &mut [f32]) {
        let mut keys = [(0u32, 0usize); CHUNK];
        let mut sum = [0i32; INLINE];
        for chunk in feats.chunks(CHUNK) {
            for &(key, i) in self.homes(chunk, &mut keys) {
                let s = self.find(key, i);
                for (c, x) in sum.iter_mut().enumerate() {
                    *x += i32::from((s >> (16 * (c + 1))) as u16 as i16);
                }
            }
        }
        for (o, x) in out.iter_mut().zip(sum) {
            *o += x as f32 * self.scale;
        }
    }

    /// Scoring through sparse rows: a second dependent load, so every row of a chunk is
    /// located (and its start touched) before any is summed. Sums are integers, scaled
    /// once at the end (classes are below 256: `read` checks, and the mask keeps any
    /// entry in bounds without a branch).
    fn score_sparse(&self, feats: &[u64], out: &mut [f32]) {
        let mut keys = [(0u32, 0usize); CHUNK];
        let mut found = [(0usize, 0usize); CHUNK];
        let mut wide = [0i32; 256];
        let mut touch = 0u64;
        for chunk in feats.chunks(CHUNK) {
            let mut m = 0;
            for &(key, i) in self.homes(chunk, &mut keys) {
                let s = self.find(key, i);
                let (a, n) = ((s >> 32) as usize, (s >> 16 & 0xFFFF) as usize);
                if n > 0 {
                    touch ^= u64::from(self.entries.get(a).copied().unwrap_or(0));
                    found[m] = (a, n);
                    m += 1;
                }
            }
            for &(a, n) in &found[..m] {
                for &e in self.entries.get(a..a + n).unwrap_or(&[]) {
                    wide[(e >> 16) as usize & 0xFF] += i32::from(e as u16 as i16);
                }
            }
        }
        for (o, x) in out.iter_mut().zip(wide) {
            *o += x as f32 * self.scale;
        }
        std::hint::black_box(touch);
    }

    /// The table without weights smaller than `min` (in absolute value); rows left
    /// empty are dropped. Smaller tables load faster and stay in cache.
    pub(crate) fn pruned(&self, min: f32) -> Table {
        let rows = self
            .rows()
            .into_iter()
            .map(|(k, r)| {
                (
                    k,
                    r.into_iter()
                        .filter(|e| e.1.abs() >= min)
                        .collect::<Vec<_>>(),
                )
            })
            .filter(|(_, r)| !r.is_empty())
            .collect();
        Table::from_rows(self.k, rows)
    }

    /// Rows in key order.
    fn rows(&self) -> Vec<(u32, Vec<(u8, f32)>)> {
        let mut rows = Vec::with_capacity(self.len);
        for base in (0..self.slots.len()).step_by(self.stride) {
            let key = self.slots[base];
            if key == 0 {
                continue;
            }
            let row: Vec<(u8, f32)> = if self.k <= INLINE {
                (0..self.k)
                    .map(|c| (c as u8, f32::from_bits(self.slots[base + 1 + c])))
                    .filter(|(_, w)| *w != 0.0)
                    .collect()
            } else {
                let (a, n) = (self.slots[base + 1] as usize, self.slots[base + 2] as usize);
                self.entries[a..a + n]
                    .iter()
                    .map(|&e| ((e >> 16) as u8, f32::from(e as u16 as i16) * self.scale))
                    .collect()
            };
            rows.push((key, row));
        }
        rows.sort_unstable_by_key(|r| r.0);
        rows
    }

    /// Writes the table: keys delta-coded, weights quantised to i16 against the largest.
    pub(crate) fn write(&self, w: &mut Writer) {
        let rows = self.rows();
        let max = rows
            .iter()
            .flat_map(|r| r.1.iter())
            .fold(0f32, |m, x| m.max(x.1.abs()))
            .max(1e-6);
        let scale = max / 32767.0;
        w.var(self.k as u64);
        w.f32(scale);
        w.var(rows.len() as u64);
        let mut prev = 0u32;
        for (key, row) in rows {
            w.var(u64::from(key - prev));
            prev = key;
            let q: Vec<(u8, i16)> = row
                .iter()
                .map(|&(c, x)| (c, (x / scale).round() as i16))
                .filter(|&(_, x)| x != 0)
                .collect();
            w.u8(q.len() as u8);
            for (c, x) in q {
                w.u8(c);
                w.i16(x);
            }
        }
    }

    /// Reads a table written by [`Table::write`].
    pub(crate) fn read(r: &mut Reader) -> Result<Table, NlpError> {
        let k = r.var()? as usize;
        if k == 0 || k > 256 {
            return Err(r.corrupt("class count out of range"));
        }
        let scale = r.f32()?;
        let n = r.count(2)?;
        let mut keys = Vec::with_capacity(n);
        let mut starts = Vec::with_capacity(n + 1);
        starts.push(0u32);
        let mut ents = Vec::with_capacity(n * 2);
        let mut key = 0u32;
        for _ in 0..n {
            let d = u32::try_from(r.var()?).map_err(|_| r.corrupt("key delta too large"))?;
            key = key
                .checked_add(d)
                .ok_or_else(|| r.corrupt("key overflow"))?;
            keys.push(key);
            let m = r.u8()? as usize;
            for _ in 0..m {
                let c = r.u8()?;
                if c as usize >= k {
                    return Err(r.corrupt("class out of range"));
                }
                ents.push((c, f32::from(r.i16()?) * scale));
            }
            starts.push(ents.len() as u32);
        }
        Ok(Table::from_flat(k, &keys, &starts, &ents))
    }

    /// Number of stored features.
    pub(crate) fn len(&self) -> usize {
        self.len
    }
}

/// Index of the highest score among classes allowed by `ok` (first wins ties).
pub(crate) fn argmax(scores: &[f32], ok: impl Fn(usize) -> bool) -> Option<usize> {
    let mut best: Option<(usize, f32)> = None;
    for (i, &s) in scores.iter().enumerate() {
        if ok(i) && !matches!(best, Some((_, b)) if s <= b) {
            best = Some((i, s));
        }
    }
    best.map(|(i, _)| i)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A trained table scores its features like the trainer's averaged weights (up to
    /// i16 rounding), ignores unknown features, and survives a write and read.
    #[test]
    fn tables_score_like_the_trainer() {
        // (classes, updates as (features, truth, guess))
        type Update<'a> = (&'a [u64], usize, usize);
        let cases: &[(usize, &[Update])] = &[
            (3, &[(&[1, 2], 0, 1), (&[2, 3], 2, 0), (&[1], 1, 2)]),
            (40, &[(&[1, 2], 7, 1), (&[2, 3], 39, 7), (&[4], 0, 20)]),
        ];
        for &(k, updates) in cases {
            let mut t = Trainer::new(k);
            for &(feats, truth, guess) in updates {
                t.update(feats, truth, guess);
                t.tick();
            }
            let table = t.finish(0.0);
            let mut w = Writer::default();
            table.write(&mut w);
            let read = Table::read(&mut Reader::new(&w.buf)).expect("table reads back");
            for feats in [&[1u64][..], &[2, 3], &[1, 2, 3, 4], &[99, 100]] {
                for tab in [&table, &read] {
                    let mut got = vec![0f32; k];
                    tab.score(feats, &mut got);
                    let want_avg = averaged(&t, feats);
                    for (g, a) in got.iter().zip(&want_avg) {
                        assert!(
                            (g - a).abs() < 1e-3,
                            "k={k} {feats:?}: {got:?} vs {want_avg:?}"
                        );
                    }
                }
            }
        }
    }

    /// Averaged weights of `feats`, summed, straight from the trainer's arrays.
    fn averaged(t: &Trainer, feats: &[u64]) -> Vec<f32> {
        let mut out = vec![0f32; t.k];
        for f in feats {
            if let Some(&r) = t.index.get(f) {
                for (c, o) in out.iter_mut().enumerate() {
                    let i = r as usize * t.k + c;
                    let tot = t.total[i] + (t.step - t.stamp[i]) as f32 * t.w[i];
                    *o += tot / t.step as f32;
                }
            }
        }
        out
    }
}
