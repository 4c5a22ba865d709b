//! The verb part of the lint: duplicate and shadowed patterns, verbs in two families.

use crate::lint::{general, is_same, Check, Severity};
use crate::{Dictionaries, Origin};
use rustc_hash::FxHashMap;

/// Families longer than this are compared pattern by pattern only against the previous
/// this-many patterns: the comparison is quadratic, and no real family comes near it.
const MAX_COMPARED: usize = 5000;

/// Reports pattern and verb-form problems through `push`.
pub(crate) fn patterns(d: &Dictionaries, push: &mut dyn FnMut(Origin, Severity, Check, String)) {
    let v = &d.verbs;
    for fam in &v.families {
        let pats: Vec<_> = fam
            .patterns
            .iter()
            .filter_map(|p| v.patterns.get(p.0 as usize))
            .collect();
        for (j, b) in pats.iter().enumerate() {
            let lo = j.saturating_sub(MAX_COMPARED);
            for a in &pats[lo..j] {
                if is_same(a, b) {
                    let (sev, what) = if a.code == b.code {
                        (Severity::Warning, "repeats")
                    } else {
                        (Severity::Error, "has the same words as")
                    };
                    push(
                        b.origin,
                        sev,
                        Check::DuplicatePattern,
                        format!(
                            "{}: {} {what} {} ({}), which wins; this one never fires",
                            fam.name,
                            b.text,
                            a.text,
                            d.locate(a.origin)
                        ),
                    );
                    break;
                }
                if general(&a.before, &b.before, d) && general(&a.after, &b.after, d) {
                    let why = if a.code == b.code {
                        "is redundant: it codes the same as"
                    } else {
                        "never fires: it is shadowed by"
                    };
                    push(
                        b.origin,
                        Severity::Warning,
                        Check::ShadowedPattern,
                        format!(
                            "{}: {} {why} the earlier, more general {} ({}), which matches \
                             wherever it does and wins ties; put the specific one first",
                            fam.name,
                            b.text,
                            a.text,
                            d.locate(a.origin)
                        ),
                    );
                    break;
                }
            }
        }
    }
    // A verb form in two families: the coder sees both, and which codes is luck.
    let mut seen: FxHashMap<&[String], usize> = FxHashMap::default();
    for (i, vb) in v.verbs.iter().enumerate() {
        let Some(&j) = seen.get(vb.words.as_slice()) else {
            seen.insert(&vb.words, i);
            continue;
        };
        let Some(first) = v.verbs.get(j) else {
            continue;
        };
        let other_family = first.family != vb.family;
        if other_family || first.code != vb.code {
            let name = |f: crate::FamilyId| {
                v.families
                    .get(f.0 as usize)
                    .map_or("?", |f| f.name.as_str())
            };
            push(
                vb.origin,
                Severity::Warning,
                Check::DuplicateVerb,
                format!(
                    "verb {} is in family {} and already in {} ({})",
                    vb.words.join("_"),
                    name(vb.family),
                    name(first.family),
                    d.locate(first.origin)
                ),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::{Dictionaries, FileKind, LintBuilder, LoadOptions};

    /// Findings (check, line) for a family of patterns after a synset file.
    fn findings(patterns: &str) -> Vec<(crate::Check, usize)> {
        let syn = "&ARMS\n+GUNS\n+ROCKETS\n&SMALL\n+GUNS\n";
        let verbs = format!("--- FIRE [190] ---\nFIRE\n{patterns}");
        let files = [
            ("s.verbs.txt", FileKind::Verbs, syn),
            ("v.verbs.txt", FileKind::Verbs, verbs.as_str()),
        ];
        let d = Dictionaries::from_strs(&files, &LoadOptions::default()).unwrap_or_default();
        let lint = LintBuilder::new()
            .event_codes(["190", "193", "195"])
            .build();
        lint.check(&d)
            .into_iter()
            .map(|f| (f.check, f.line))
            .collect()
    }

    #[test]
    fn shadowing_table() {
        use crate::Check::{DuplicatePattern as Dup, ShadowedPattern as Shadow};
        type Case = (&'static str, &'static str, &'static [(crate::Check, usize)]);
        let cases: &[Case] = &[
            ("distinct words", "- * GUNS [193]\n- * ROCKETS [195]\n", &[]),
            (
                "same words, same code",
                "- * GUNS [193]\n- * GUNS [193]\n",
                &[(Dup, 4)],
            ),
            (
                "same words, other code",
                "- * GUNS [193]\n- * GUNS [195]\n",
                &[(Dup, 4)],
            ),
            (
                "synset before member",
                "- * &ARMS [193]\n- * ROCKETS [195]\n",
                &[(Shadow, 4)],
            ),
            (
                "member before synset",
                "- * ROCKETS [195]\n- * &ARMS [193]\n",
                &[],
            ),
            (
                "bigger synset first",
                "- * &ARMS [193]\n- * &SMALL [195]\n",
                &[(Shadow, 4)],
            ),
            (
                "smaller synset first",
                "- * &SMALL [193]\n- * &ARMS [195]\n",
                &[],
            ),
            (
                "more words later",
                "- * GUNS [193]\n- * GUNS (AT +) [195]\n",
                &[],
            ),
            (
                "in a group",
                "- * {&ARMS FIRE} [193]\n- * {GUNS FIRE} [195]\n",
                &[(Shadow, 4)],
            ),
        ];
        for (name, pats, want) in cases {
            assert_eq!(findings(pats), *want, "case {name}");
        }
    }
}
