//! Negation through the PICO ontology: "did not criticize" (110, 0xFFFF + 0x0080)
//! becomes the code of 0x0080 (050).

use dyad_dict::Pico;
use rustc_hash::FxHashMap;

/// The negation component of a PICO code.
const NEGATION: i64 = 0xFFFF;

/// CAMEO code to PICO value and back.
#[derive(Debug, Clone, Default)]
pub(crate) struct Negator {
    value: FxHashMap<String, i64>,
    code: FxHashMap<i64, String>,
}

/// Evaluates `-0xFFFF+0x2040+0x300`.
fn eval(expr: &str) -> Option<i64> {
    let mut total = 0i64;
    let mut sign = 1i64;
    let mut rest = expr.trim();
    if rest.is_empty() {
        return None;
    }
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('-') {
            sign = -1;
            rest = r.trim_start();
        } else if let Some(r) = rest.strip_prefix('+') {
            sign = 1;
            rest = r.trim_start();
        }
        let hex = rest
            .strip_prefix("0x")
            .or_else(|| rest.strip_prefix("0X"))?;
        let end = hex
            .find(|c: char| !c.is_ascii_hexdigit())
            .unwrap_or(hex.len());
        total += sign * i64::from_str_radix(&hex[..end], 16).ok()?;
        rest = hex[end..].trim_start();
    }
    Some(total)
}

impl Negator {
    pub(crate) fn new(p: Option<&Pico>) -> Negator {
        let mut n = Negator::default();
        let Some(p) = p else { return n };
        let mut codes: Vec<(&String, &String)> = p.codes.iter().collect();
        // Shortest, then smallest code first: the general code names a shared value.
        codes.sort_by(|a, b| (a.0.len(), a.0).cmp(&(b.0.len(), b.0)));
        for (code, expr) in codes {
            if let Some(v) = eval(expr) {
                n.value.insert(code.clone(), v);
                n.code.entry(v).or_insert_with(|| code.clone());
            }
        }
        n
    }

    /// The code meaning "not `code`", if the ontology has one.
    pub(crate) fn negate(&self, code: &str) -> Option<&str> {
        let v = *self.value.get(code)?;
        [v - NEGATION, v + NEGATION]
            .iter()
            .find_map(|x| self.code.get(x))
            .map(String::as_str)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_and_negation() {
        assert_eq!(eval("-0xFFFF+0x2040+0x300"), Some(-0xFFFF + 0x2040 + 0x300));
        assert_eq!(eval("0x1000-0xFFFF"), Some(0x1000 - 0xFFFF));
        assert_eq!(eval("x"), None);
        let mut p = Pico::default();
        for (c, e) in [
            ("050", "0x0080"),
            ("110", "0x1007f"),
            ("170", "0x10086"),
            ("057", "0x0087"),
        ] {
            p.codes.insert(c.into(), e.into());
        }
        let n = Negator::new(Some(&p));
        assert_eq!(n.negate("110"), Some("050"));
        assert_eq!(n.negate("170"), Some("057"));
        assert_eq!(n.negate("050"), Some("110"));
        assert_eq!(n.negate("999"), None);
    }
}
