//! The PETRARCH Internal Coding Ontology (PICO): CAMEO code to internal code.

use crate::error::Sink;
use crate::text::XmlComments;
use crate::{DictError, ErrorKind};
use rustc_hash::FxHashMap;

/// CAMEO codes and their PICO expressions (`0x3070`, `-0xFFFF+0x0070`).
#[derive(Debug, Clone, Default)]
pub struct Pico {
    /// Expression by CAMEO code.
    pub codes: FxHashMap<String, String>,
}

impl Pico {
    /// Reads one ontology file.
    pub(crate) fn read(&mut self, text: &str, sink: &mut Sink<'_>) -> Result<(), DictError> {
        let mut xml = XmlComments::default();
        for (n, raw) in text.lines().enumerate() {
            let line = xml.strip(raw).trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let Some((code, expr)) = line.split_once(':') else {
                sink.report(n + 1, ErrorKind::BadLine(line.to_string()))?;
                continue;
            };
            let code = code.trim();
            let expr = expr.split('#').next().unwrap_or("").trim();
            if code.is_empty() || !code.bytes().all(|b| b.is_ascii_digit()) || expr.is_empty() {
                sink.report(n + 1, ErrorKind::BadLine(line.to_string()))?;
                continue;
            }
            self.codes.insert(code.to_string(), expr.to_string());
        }
        Ok(())
    }
}
