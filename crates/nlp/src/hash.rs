//! Feature hashing: every feature is a 64-bit hash of a template id and its values, so
//! feature extraction never allocates.

/// Mixes `v` into the running hash `h` (a multiply-xorshift round, as in FxHash/splitmix).
#[inline]
pub(crate) fn mix(h: u64, v: u64) -> u64 {
    let x = (h ^ v).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    x ^ (x >> 29)
}

/// Feature from a template id and one value.
#[inline]
pub(crate) fn f1(t: u64, a: u64) -> u64 {
    mix(mix(t.wrapping_mul(0xA24B_AED4_963E_E407), a), 0x5851_F42D)
}

/// Feature from a template id and two values.
#[inline]
pub(crate) fn f2(t: u64, a: u64, b: u64) -> u64 {
    mix(f1(t, a), b)
}

/// Feature from a template id and three values.
#[inline]
pub(crate) fn f3(t: u64, a: u64, b: u64, c: u64) -> u64 {
    mix(f2(t, a, b), c)
}

/// Feature from a template id and four values.
#[inline]
pub(crate) fn f4(t: u64, a: u64, b: u64, c: u64, d: u64) -> u64 {
    mix(f3(t, a, b, c), d)
}

/// Longest prefix of a word that is hashed, in chars. Words longer than this (URLs, junk)
/// hash by their first chars and their length, so a 1 MB "word" costs no more than a long one.
pub(crate) const MAX_HASHED_CHARS: usize = 48;

/// Hash of a string's bytes (FNV-1a, then mixed).
pub(crate) fn str_hash(s: &str) -> u64 {
    let mut h: u64 = 0xCBF2_9CE4_8422_2325;
    for &b in s.as_bytes().iter().take(4 * MAX_HASHED_CHARS) {
        h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01B3);
    }
    mix(h, s.len() as u64)
}

/// Hash of the lowercased string, without allocating.
pub(crate) fn lower_hash(s: &str) -> u64 {
    let mut h: u64 = 0xCBF2_9CE4_8422_2325;
    for c in s
        .chars()
        .take(MAX_HASHED_CHARS)
        .flat_map(char::to_lowercase)
    {
        h = (h ^ u64::from(c)).wrapping_mul(0x0100_0000_01B3);
    }
    mix(h, s.chars().take(MAX_HASHED_CHARS + 1).count() as u64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lower_hash_ignores_case_only() {
        assert_eq!(lower_hash("NATO"), lower_hash("nato"));
        assert_ne!(lower_hash("NATO"), lower_hash("natos"));
        assert_ne!(str_hash("NATO"), str_hash("nato"));
    }

    #[test]
    fn huge_words_hash_quickly_and_safely() {
        let long = "é".repeat(1_000_000);
        assert_eq!(lower_hash(&long), lower_hash(&"é".repeat(100)));
        let _ = str_hash(&long);
    }
}
