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
const INLINE: usize = 4;

/// Averaged weights for use: an open-addressing hash table from feature key to weights.
pub(crate) struct Table {
    k: usize,
    mask: usize,
    /// Slot `i` is `slots[i * stride..]`: the key, then either `k` weights (as f32 bits)
    /// or the row's start and length in `entries`.
    slots: Vec<u32>,
    stride: usize,
    /// Sparse rows: class in the high 16 bits, weight as i16 (times `scale`) in the low.
    entries: Vec<u32>,
    scale: f32,
    len: usize,
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
        let cap = (keys.len() * 4 / 3 + 2).next_power_of_two();
        let max = ents.iter().fold(0f32, |m, x| m.max(x.1.abs())).max(1e-6);
        let mut t = Table {
            k,
            mask: cap - 1,
            slots: vec![0; cap * stride],
            stride,
            entries: Vec::new(),
            scale: max / 32767.0,
            len: 0,
        };
        for (r, &key) in keys.iter().enumerate() {
            let row = &ents[starts[r] as usize..starts[r + 1] as usize];
            let key = key.max(1);
            let mut i = key as usize & t.mask;
            while t.slots[i * stride] != 0 && t.slots[i * stride] != key {
                i = (i + 1) & t.mask;
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
        t
    }

    /// Number of classes.
    pub(crate) fn classes(&self) -> usize {
        self.k
    }

    #[inline]
    fn find(&self, key: u32) -> Option<usize> {
        let mut i = key as usize & self.mask;
        loop {
            let s = self.slots[i * self.stride];
            if s == key {
                return Some(i * self.stride);
            }
            if s == 0 {
                return None;
            }
            i = (i + 1) & self.mask;
        }
    }

    /// Adds the weights of `feats` to `out` (length `k`, not cleared).
    #[inline]
    pub(crate) fn score(&self, feats: &[u64], out: &mut [f32]) {
        let inline = self.k <= INLINE;
        for &f in feats {
            if let Some(base) = self.find(fold(f)) {
                if inline {
                    for (o, w) in out.iter_mut().zip(&self.slots[base + 1..base + 1 + self.k]) {
                        *o += f32::from_bits(*w);
                    }
                } else {
                    let (a, n) = (self.slots[base + 1] as usize, self.slots[base + 2] as usize);
                    for &e in &self.entries[a..a + n] {
                        if let Some(o) = out.get_mut((e >> 16) as usize) {
                            *o += f32::from(e as u16 as i16) * self.scale;
                        }
                    }
                }
            }
        }
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
