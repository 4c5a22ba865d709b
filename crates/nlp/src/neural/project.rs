//! Precomputed input projections of the first BiLSTM layer. A word's input vector is
//! the concatenation of four embedding rows, so its product with the input weights is
//! the sum of four precomputed rows: parsing then skips the largest matrix product of
//! a one-layer model (about half its time).

use super::features::Input;
use super::forward::Net;
use super::math::affine_rows;

/// Largest table kept, in floats (4 bytes each): beyond it the memory and the load time
/// (one product per vocabulary row) cost more than they save.
const MAX_FLOATS: usize = 8 << 20;

/// Per direction, `[word, tag, suffix, shape]` tables of `rows x 4H`, and the bias.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Projection {
    dirs: [([Vec<f32>; 4], Vec<f32>); 2],
    width: usize,
}

impl Projection {
    /// Builds the tables, or `None` when the model has no LSTM or they would be too big.
    pub(crate) fn build(net: &Net) -> Option<Projection> {
        let (d, ids, p) = (&net.dims, &net.ids, &net.p);
        let layer = ids.lstm.first()?;
        let g4 = 4 * d.hidden;
        let rows = d.words + d.tags + d.suffixes + super::params::SHAPES;
        if rows.saturating_mul(g4).saturating_mul(2) > MAX_FLOATS {
            return None;
        }
        let emb = [ids.word, ids.tag, ids.suf, ids.shape];
        let inp = d.input();
        let mut block = Vec::new();
        let dirs = layer.map(|dir| {
            let wx = &p.t[dir.wx].data;
            let mut off = 0;
            let tables = emb.map(|e| {
                let t = &p.t[e];
                block.clear();
                for row in wx.chunks_exact(inp) {
                    block.extend_from_slice(&row[off..off + t.cols]);
                }
                off += t.cols;
                let mut out = vec![0.0; t.rows * g4];
                affine_rows(&t.data, t.cols, &block, None, &mut out);
                out
            });
            (tables, p.t[dir.b].data.clone())
        });
        Some(Projection { dirs, width: g4 })
    }

    /// Writes the input projections of direction `dir` for every position of `input`
    /// into `gates` (`m x 4H`).
    #[inline(always)]
    pub(crate) fn fill(&self, dir: usize, input: &Input, gates: &mut Vec<f32>) {
        let (tables, bias) = &self.dirs[dir];
        let g4 = self.width;
        gates.clear();
        for t in 0..input.len() {
            let ids = [
                input.word[t] as usize,
                input.tag[t] as usize,
                input.suf[t] as usize,
                usize::from(input.shape[t]),
            ];
            let start = gates.len();
            gates.extend_from_slice(bias);
            let g = &mut gates[start..];
            for (table, id) in tables.iter().zip(ids) {
                let rows = table.len() / g4;
                let id = id.min(rows.saturating_sub(1));
                for (a, b) in g.iter_mut().zip(&table[id * g4..(id + 1) * g4]) {
                    *a += b;
                }
            }
        }
    }
}
