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
