//! Lemmatization learned from the treebank: suffix rules conditioned on the Penn tag,
//! plus an exceptions table for words the rules get wrong (went -> go, children -> child).

use crate::bytes::{Reader, Writer};
use crate::NlpError;
use rustc_hash::FxHashMap;

/// Longest suffix a rule is keyed on, in chars.
pub(crate) const MAX_SUFFIX: usize = 6;

/// How to turn a form into its lemma: optionally lowercase, drop `strip` chars, append.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub(crate) struct Rule {
    pub(crate) lower: bool,
    pub(crate) strip: u8,
    pub(crate) append: String,
}

impl Rule {
    /// The rule that turns `form` into `lemma`, preferring the smallest edit.
    pub(crate) fn learn(form: &str, lemma: &str) -> Rule {
        let one = |f: &str, lower: bool| {
            let lcp: usize = f
                .chars()
                .zip(lemma.chars())
                .take_while(|(a, b)| a == b)
                .map(|(a, _)| a.len_utf8())
                .sum();
            let strip = f[lcp..].chars().count().min(255) as u8;
            Rule {
                lower,
                strip,
                append: lemma[lcp..].to_string(),
            }
        };
        let lowered = form.to_lowercase();
        let a = one(&lowered, true);
        let b = one(form, false);
        if b.strip < a.strip {
            b
        } else {
            a
        }
    }

    /// Applies the rule; `None` if the word is too short for it.
    pub(crate) fn apply(&self, form: &str) -> Option<String> {
        let base = if self.lower {
            form.to_lowercase()
        } else {
            form.to_string()
        };
        let n = base.chars().count();
        let keep = n.checked_sub(self.strip as usize)?;
        let mut out: String = base.chars().take(keep).collect();
        out.push_str(&self.append);
        Some(out)
    }

    fn write(&self, w: &mut Writer) {
        w.u8(u8::from(self.lower));
        w.u8(self.strip);
        w.str(&self.append);
    }

    fn read(r: &mut Reader) -> Result<Rule, NlpError> {
        Ok(Rule {
            lower: r.u8()? != 0,
            strip: r.u8()?,
            append: r.str()?.to_string(),
        })
    }
}

/// Lowercased last `k` chars of a word (or the whole word).
pub(crate) fn suffix(lower: &str, k: usize) -> &str {
    let start = lower
        .char_indices()
        .rev()
        .nth(k.saturating_sub(1))
        .map_or(0, |(i, _)| i);
    if k == 0 {
        ""
    } else {
        &lower[start..]
    }
}

/// Suffix rules per (tag, suffix) and exceptions per (tag, lowercase form).
#[derive(Default)]
pub(crate) struct Lemmatizer {
    pub(crate) rules: FxHashMap<(u16, String), Rule>,
    pub(crate) exceptions: FxHashMap<(u16, String), Rule>,
}

/// Words longer than this (in chars) keep their form as lemma: no English word needs a
/// rule past this length, and it bounds the work on junk tokens.
const MAX_WORD: usize = 64;

impl Lemmatizer {
    /// The rule the suffix table gives for `lower` tagged `tag`.
    pub(crate) fn rule_for(&self, tag: u16, lower: &str) -> Option<&Rule> {
        let n = lower.chars().count();
        // One key buffer for every suffix tried (no allocation per lookup).
        let mut key = (tag, String::with_capacity(4 * MAX_SUFFIX));
        for k in (0..=MAX_SUFFIX.min(n)).rev() {
            key.1.clear();
            key.1.push_str(suffix(lower, k));
            if let Some(r) = self.rules.get(&key) {
                return Some(r);
            }
        }
        None
    }

    /// The lemma of `form` with Penn tag id `tag`; `ending` is the regular verb ending
    /// its tag implies ("ed", "ing"; see [`crate::spelling::verb_ending`]), whose lemmas
    /// from the suffix rules are checked against English spelling.
    pub(crate) fn lemma(&self, form: &str, tag: u16, ending: Option<&str>) -> String {
        if form.chars().count() > MAX_WORD {
            return form.to_string();
        }
        let key = (tag, form.to_lowercase());
        if let Some(l) = self
            .exceptions
            .get(&key)
            .and_then(|r| r.apply(form))
            .filter(|l| !l.is_empty())
        {
            return l;
        }
        // A past form the treebank never showed is looked up before the suffix rules
        // guess ("shot" would be "shet" by analogy with "got").
        if ending == Some("ed") {
            if let Some(base) = crate::irregular::base_of(&key.1) {
                return base;
            }
        }
        let lemma = self
            .rule_for(tag, &key.1)
            .and_then(|r| r.apply(form))
            .filter(|l| !l.is_empty())
            .unwrap_or_else(|| form.to_string());
        match ending {
            Some(e) => crate::spelling::check(&key.1, e, lemma),
            None => lemma,
        }
    }

    pub(crate) fn write(&self, w: &mut Writer) {
        for map in [&self.rules, &self.exceptions] {
            let mut items: Vec<_> = map.iter().collect();
            items.sort_by(|a, b| a.0.cmp(b.0));
            w.var(items.len() as u64);
            for ((tag, s), rule) in items {
                w.var(u64::from(*tag));
                w.str(s);
                rule.write(w);
            }
        }
    }

    pub(crate) fn read(r: &mut Reader) -> Result<Lemmatizer, NlpError> {
        let mut l = Lemmatizer::default();
        for map in [&mut l.rules, &mut l.exceptions] {
            let n = r.count(4)?;
            map.reserve(n);
            for _ in 0..n {
                let tag = u16::try_from(r.var()?).map_err(|_| r.corrupt("tag id too large"))?;
                let s = r.str()?.to_string();
                map.insert((tag, s), Rule::read(r)?);
            }
        }
        Ok(l)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules_learn_and_apply() {
        let cases = [
            ("urged", "urge", "urged", "urge"),
            ("Urged", "urge", "Deported", "deport"),
            ("NATO", "NATO", "UN", "UN"),
            ("children", "child", "children", "child"),
            ("went", "go", "went", "go"),
        ];
        for (form, lemma, other, want) in cases {
            let r = Rule::learn(form, lemma);
            assert_eq!(r.apply(form).as_deref(), Some(lemma), "{form}");
            if other != form && form != "Urged" {
                assert_eq!(r.apply(other).as_deref(), Some(want), "{other}");
            }
        }
        assert_eq!(
            Rule::learn("Urged", "urge").apply("Deported").as_deref(),
            Some("deporte")
        );
        assert_eq!(suffix("héllo", 3), "llo");
        assert_eq!(suffix("hé", 5), "hé");
        assert_eq!(suffix("hé", 0), "");
    }
}
