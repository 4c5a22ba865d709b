//! Little-endian reading and writing of the model file.

use crate::NlpError;

/// Appends values to a byte buffer.
#[derive(Default)]
pub(crate) struct Writer {
    pub(crate) buf: Vec<u8>,
}

impl Writer {
    pub(crate) fn u8(&mut self, v: u8) {
        self.buf.push(v);
    }
    pub(crate) fn u32(&mut self, v: u32) {
        self.buf.extend_from_slice(&v.to_le_bytes());
    }
    pub(crate) fn f32(&mut self, v: f32) {
        self.buf.extend_from_slice(&v.to_le_bytes());
    }
    pub(crate) fn i16(&mut self, v: i16) {
        self.buf.extend_from_slice(&v.to_le_bytes());
    }
    /// LEB128 unsigned varint.
    pub(crate) fn var(&mut self, mut v: u64) {
        while v >= 0x80 {
            self.buf.push((v as u8) | 0x80);
            v >>= 7;
        }
        self.buf.push(v as u8);
    }
    pub(crate) fn str(&mut self, s: &str) {
        self.var(s.len() as u64);
        self.buf.extend_from_slice(s.as_bytes());
    }
}

/// Reads values back, failing with the byte offset on truncation.
pub(crate) struct Reader<'a> {
    bytes: &'a [u8],
    pub(crate) pos: usize,
}

impl<'a> Reader<'a> {
    pub(crate) fn new(bytes: &'a [u8]) -> Reader<'a> {
        Reader { bytes, pos: 0 }
    }

    pub(crate) fn corrupt(&self, what: &'static str) -> NlpError {
        NlpError::Corrupt {
            offset: self.pos,
            what,
        }
    }

    pub(crate) fn take(&mut self, n: usize) -> Result<&'a [u8], NlpError> {
        let end = self
            .pos
            .checked_add(n)
            .filter(|&e| e <= self.bytes.len())
            .ok_or_else(|| self.corrupt("unexpected end of model"))?;
        let s = &self.bytes[self.pos..end];
        self.pos = end;
        Ok(s)
    }

    fn arr<const N: usize>(&mut self) -> Result<[u8; N], NlpError> {
        let mut a = [0u8; N];
        a.copy_from_slice(self.take(N)?);
        Ok(a)
    }

    pub(crate) fn u8(&mut self) -> Result<u8, NlpError> {
        Ok(self.arr::<1>()?[0])
    }
    pub(crate) fn u32(&mut self) -> Result<u32, NlpError> {
        Ok(u32::from_le_bytes(self.arr()?))
    }
    pub(crate) fn f32(&mut self) -> Result<f32, NlpError> {
        Ok(f32::from_le_bytes(self.arr()?))
    }
    pub(crate) fn i16(&mut self) -> Result<i16, NlpError> {
        Ok(i16::from_le_bytes(self.arr()?))
    }
    pub(crate) fn var(&mut self) -> Result<u64, NlpError> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.u8()?;
            v |= u64::from(b & 0x7F) << shift;
            if b < 0x80 {
                return Ok(v);
            }
        }
        Err(self.corrupt("varint too long"))
    }
    /// A count that must fit in what is left of the model (`min_bytes` per item), so a
    /// corrupt length cannot make us allocate gigabytes.
    pub(crate) fn count(&mut self, min_bytes: usize) -> Result<usize, NlpError> {
        let n = usize::try_from(self.var()?).map_err(|_| self.corrupt("count too large"))?;
        if n.saturating_mul(min_bytes.max(1)) > self.bytes.len() - self.pos {
            return Err(self.corrupt("count larger than the model"));
        }
        Ok(n)
    }
    pub(crate) fn str(&mut self) -> Result<&'a str, NlpError> {
        let n = self.count(1)?;
        let b = self.take(n)?;
        std::str::from_utf8(b).map_err(|_| self.corrupt("string is not UTF-8"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_truncation() {
        let mut w = Writer::default();
        w.var(300);
        w.str("héllo");
        w.f32(1.5);
        w.i16(-7);
        let mut r = Reader::new(&w.buf);
        assert_eq!(r.var().ok(), Some(300));
        assert_eq!(r.str().ok(), Some("héllo"));
        assert_eq!(r.f32().ok(), Some(1.5));
        assert_eq!(r.i16().ok(), Some(-7));
        assert!(r.u8().is_err());
        let mut r = Reader::new(&w.buf[..3]);
        let _ = r.var();
        assert!(r.str().is_err());
    }
}
