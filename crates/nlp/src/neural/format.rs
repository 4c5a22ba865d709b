//! The neural model file: magic, version, sizes, vocabulary, then every tensor as
//! little-endian f32 in layout order. Every length is checked before use, so a truncated
//! or foreign file is an error, never a panic or a huge allocation.

use super::features::Vocab;
use super::forward::Net;
use super::params::{layout, Dims, Params};
use crate::bytes::{Reader, Writer};
use crate::NlpError;

/// First bytes of a neural parser model.
pub(crate) const MAGIC: &[u8; 8] = b"DYADNEUR";
/// Format version written and read.
const VERSION: u32 = 1;
/// Largest size accepted for any one dimension: far above any real model, low enough
/// that a garbage header cannot ask for an absurd tensor before its bytes are checked.
const MAX_DIM: u32 = 1 << 22;

/// Does `bytes` start like a neural model?
pub(crate) fn is_neural(bytes: &[u8]) -> bool {
    bytes.starts_with(MAGIC)
}

/// Writes a network.
pub(crate) fn to_bytes(net: &Net) -> Vec<u8> {
    let mut w = Writer::default();
    w.buf.extend_from_slice(MAGIC);
    w.u32(VERSION);
    for v in dims_array(&net.dims) {
        w.u32(v as u32);
    }
    let mut words: Vec<(&String, &u32)> = net.vocab.words.iter().collect();
    words.sort_by_key(|(_, &id)| id);
    w.var(words.len() as u64);
    for (s, id) in words {
        w.str(s);
        w.u32(*id);
    }
    for list in [&net.vocab.tags, &net.vocab.labels] {
        w.var(list.len() as u64);
        for s in list {
            w.str(s);
        }
    }
    for t in &net.p.t {
        for v in &t.data {
            w.f32(*v);
        }
    }
    w.buf
}

/// The sizes in file order.
fn dims_array(d: &Dims) -> [usize; 12] {
    [
        d.words,
        d.tags,
        d.suffixes,
        d.labels,
        d.word_dim,
        d.tag_dim,
        d.suf_dim,
        d.shape_dim,
        d.hidden,
        d.layers,
        d.arc,
        d.label,
    ]
}

/// Reads a network written by [`to_bytes`].
pub(crate) fn from_bytes(bytes: &[u8]) -> Result<Net, NlpError> {
    let mut r = Reader::new(bytes);
    if r.take(8).ok() != Some(MAGIC.as_slice()) {
        return Err(NlpError::BadMagic);
    }
    let found = r.u32()?;
    if found != VERSION {
        return Err(NlpError::Version {
            found,
            expected: VERSION,
        });
    }
    let mut a = [0usize; 12];
    for v in &mut a {
        let x = r.u32()?;
        if x > MAX_DIM {
            return Err(r.corrupt("dimension too large"));
        }
        *v = x as usize;
    }
    let dims = Dims {
        words: a[0],
        tags: a[1],
        suffixes: a[2],
        labels: a[3],
        word_dim: a[4],
        tag_dim: a[5],
        suf_dim: a[6],
        shape_dim: a[7],
        hidden: a[8],
        layers: a[9],
        arc: a[10],
        label: a[11],
    };
    if dims.words < 2 || dims.tags < 2 || dims.suffixes == 0 || dims.labels == 0 || dims.layers > 8
    {
        return Err(r.corrupt("impossible model sizes"));
    }
    let mut vocab = Vocab::default();
    let n = r.count(5)?;
    for _ in 0..n {
        let s = r.str()?.to_string();
        let id = r.u32()?;
        if id < 2 || id as usize >= dims.words {
            return Err(r.corrupt("word id out of range"));
        }
        vocab.words.insert(s, id);
    }
    for list in [&mut vocab.tags, &mut vocab.labels] {
        let n = r.count(1)?;
        for _ in 0..n {
            list.push(r.str()?.to_string());
        }
    }
    if vocab.tags.len() + 2 != dims.tags || vocab.labels.len() != dims.labels {
        return Err(r.corrupt("tag or relation count differs from the sizes"));
    }
    let (shapes, ids) = layout(&dims);
    let mut p = Params::zeros(&[]);
    for (rows, cols) in shapes {
        let len = rows
            .checked_mul(cols)
            .and_then(|n| n.checked_mul(4))
            .ok_or_else(|| r.corrupt("tensor too large"))?;
        let raw = r.take(len)?;
        let data = raw
            .chunks_exact(4)
            .map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]]))
            .collect();
        p.t.push(super::params::Tensor { rows, cols, data });
    }
    if r.pos != bytes.len() {
        return Err(r.corrupt("bytes after the last tensor"));
    }
    Ok(Net {
        dims,
        ids,
        p,
        vocab,
    })
}
