//! A tag repair made before parsing: a verb's bare past participle (VBN) right after
//! its subject, in a clause with no auxiliary, is read as a past tense (VBD) when the
//! verb cannot be a passive there. EWT's web text has few news clauses such as "the
//! president resigned" or "troops marched into the city", and the tagger gives many of
//! them VBN; the parsers then read a passive or a noun phrase ("troops" the root,
//! "marched" its `acl`), and the small neural parser labels the subject `nsubj:pass`.
//! The analyzer runs it for the neural parser only (see `analyzer.rs`).
//!
//! A bare participle after a noun is as often a reduced passive ("three soldiers killed
//! in a blast", "troops deployed in Crimea attacked ..."), and the tagger's scores do
//! not tell the two apart, so the repair keys on the verb and what follows it. The
//! tables are written for dyad from English grammar (the classes were found on the
//! `#ex:` examples the small parser failed; the words are each class's common news
//! verbs):
//! - verbs that take no object, and so have no passive ("resigned", "rioted");
//! - verbs of subject control before an infinitive ("promised to resign": a passive
//!   "was asked to resign" is object control);
//! - verbs of movement or fighting before a preposition of direction or contact
//!   ("advanced on", "fought alongside", "fired at"), only where no finite verb follows
//!   (that would make the participle a reduced relative: "rockets fired at the town
//!   hit a school") except as the second of two coordinated verbs;
//! - any verb with an object right after it ("broke down a treaty"), but those of two
//!   objects, naming or making ("students denied visas", "a man named the winner").

/// Verbs that take no object: after a subject they are past tenses (not before "by").
const INTRANSITIVE: &[&str] = &[
    "abstained",
    "arrived",
    "campaigned",
    "clashed",
    "collapsed",
    "complained",
    "conspired",
    "cooperated",
    "defected",
    "demonstrated",
    "died",
    "disappeared",
    "emerged",
    "erupted",
    "fled",
    "happened",
    "intervened",
    "lobbied",
    "marched",
    "massed",
    "mutinied",
    "occurred",
    "paraded",
    "participated",
    "prevailed",
    "protested",
    "rallied",
    "rebelled",
    "resigned",
    "responded",
    "retaliated",
    "retreated",
    "revolted",
    "rioted",
    "sided",
    "stepped",
    "testified",
    "voted",
    "vowed",
];

/// Verbs of subject control: a past tense before "to" and a base form.
const CONTROL: &[&str] = &[
    "agreed",
    "aimed",
    "appeared",
    "attempted",
    "continued",
    "declined",
    "decided",
    "demanded",
    "failed",
    "hoped",
    "intended",
    "managed",
    "offered",
    "opted",
    "planned",
    "pledged",
    "prepared",
    "promised",
    "refused",
    "resolved",
    "sought",
    "struggled",
    "threatened",
    "tried",
    "volunteered",
    "wanted",
];

/// Verbs of movement or fighting and the prepositions or particles of direction or
/// contact after which they are past tenses.
const MOVEMENT: &[(&str, &[&str])] = &[
    (
        "advanced",
        &[
            "on", "into", "toward", "towards", "to", "against", "through", "across",
        ],
    ),
    ("crossed", &["into"]),
    ("engaged", &["in", "with"]),
    ("fired", &["at", "on", "into", "toward", "towards", "upon"]),
    (
        "fought",
        &["alongside", "against", "with", "for", "over", "back"],
    ),
    ("lashed", &["out"]),
    ("moved", &["into", "against", "toward", "towards"]),
    ("pushed", &["into", "toward", "towards", "through"]),
    ("rolled", &["into", "through", "across"]),
    ("stormed", &["into", "out", "through"]),
    ("surrendered", &["to"]),
    ("turned", &["against"]),
    ("cracked", &["down"]),
];

/// Where a verb may stand after its subject as a past tense.
#[derive(Clone, Copy, PartialEq, Debug)]
enum After {
    /// Anything but "by".
    Any,
    /// "to" and a base form.
    Infinitive,
    /// One of these words, with no finite verb after but a coordinated one.
    Words(&'static [&'static str]),
}

/// The table entry for a lowercase form.
fn entry(lower: &str) -> Option<After> {
    if INTRANSITIVE.contains(&lower) {
        return Some(After::Any);
    }
    if CONTROL.contains(&lower) {
        return Some(After::Infinitive);
    }
    MOVEMENT
        .iter()
        .find(|(v, _)| *v == lower)
        .map(|&(_, words)| After::Words(words))
}

/// Penn tag classes the repair reads, by tag id.
#[derive(Clone, Debug)]
pub(crate) struct PastTags {
    /// Past tense (VBD), the tag the repair gives.
    vbd: usize,
    /// Base form (VB), after "to".
    vb: usize,
    /// "to" (TO).
    to: usize,
    /// Tags a repaired word may have: VBN, and JJ or NN (a past form is neither).
    repairable: Vec<bool>,
    /// Finite verbs: VBD, VBZ, VBP, MD.
    finite: Vec<bool>,
    /// Words of a subject noun phrase: determiners, numbers, adjectives, nouns,
    /// pronouns, possessives, conjunctions, hyphens; "of" is allowed besides.
    phrase: Vec<bool>,
    /// The last word of a subject: a noun or personal pronoun.
    head: Vec<bool>,
    /// Clause-opening punctuation: a comma, or quotes before the subject.
    opening: Vec<bool>,
    /// Conjunctions (CC).
    cc: usize,
    /// Past participle (VBN), adjective (JJ), particle (RP), possessive pronoun (PRP$).
    vbn: usize,
    jj: usize,
    rp: usize,
    poss: usize,
    /// Gerund (VBG), a modifier before a noun.
    vbg: usize,
    /// Plural common noun (NNS), and the nouns that may modify one (NN, NNP).
    nns: usize,
    modifier: Vec<bool>,
}

impl PastTags {
    /// The classes for Penn tag `names`; `None` if one the repair needs is missing.
    pub(crate) fn new(names: &[String]) -> Option<PastTags> {
        let id = |t: &str| names.iter().position(|n| n == t);
        let set = |f: fn(&str) -> bool| names.iter().map(|n| f(n)).collect::<Vec<bool>>();
        Some(PastTags {
            vbd: id("VBD")?,
            vb: id("VB")?,
            to: id("TO")?,
            cc: id("CC")?,
            vbn: id("VBN")?,
            jj: id("JJ")?,
            rp: id("RP")?,
            poss: id("PRP$")?,
            vbg: id("VBG")?,
            nns: id("NNS")?,
            modifier: set(|n| matches!(n, "NN" | "NNP")),
            repairable: set(|n| matches!(n, "VBN" | "JJ" | "NN")),
            finite: set(|n| matches!(n, "VBD" | "VBZ" | "VBP" | "MD")),
            phrase: set(|n| {
                matches!(
                    n,
                    "DT" | "PDT"
                        | "CD"
                        | "JJ"
                        | "JJR"
                        | "JJS"
                        | "NN"
                        | "NNS"
                        | "NNP"
                        | "NNPS"
                        | "PRP"
                        | "PRP$"
                        | "POS"
                        | "CC"
                        | "HYPH"
                )
            }),
            head: set(|n| matches!(n, "NN" | "NNS" | "NNP" | "NNPS" | "PRP")),
            opening: set(|n| matches!(n, "," | "``" | "''")),
        })
    }

    fn is(set: &[bool], t: Option<&usize>) -> bool {
        t.and_then(|&t| set.get(t)).copied().unwrap_or(false)
    }

    /// Retags the first participle that follows its clause's subject (nothing but
    /// noun-phrase words since the sentence's start or a comma) as a past tense where
    /// the table allows it; its runner-up tag in `alt` becomes `no_alt`. One per
    /// sentence: a second would more likely be a reduced relative.
    pub(crate) fn repair(&self, forms: &[&str], xpos: &mut [usize], alt: &mut [u64], no_alt: u64) {
        let n = forms.len().min(xpos.len());
        // The clause's start: the sentence's or after opening punctuation; `clean` while
        // only noun-phrase words follow it.
        let (mut start, mut clean) = (0, true);
        for k in 0..n {
            let x = xpos.get(k);
            if Self::is(&self.opening, x) {
                (start, clean) = (k + 1, true);
                continue;
            }
            let subject = clean && k > start && Self::is(&self.head, xpos.get(k - 1));
            if subject && Self::is(&self.repairable, x) && self.past_here(forms, xpos, k) {
                xpos[k] = self.vbd;
                if let Some(a) = alt.get_mut(k) {
                    *a = no_alt;
                }
                return;
            }
            let of = forms[k].eq_ignore_ascii_case("of") && k > start;
            // A gerund before a noun modifies it ("the ruling party").
            let gerund = x == Some(&self.vbg) && Self::is(&self.head, xpos.get(k + 1));
            clean &= Self::is(&self.phrase, x) || of || gerund;
        }
    }

    /// Whether the form at `k` is a past tense given what follows it.
    fn past_here(&self, forms: &[&str], xpos: &[usize], k: usize) -> bool {
        let lower = forms[k].to_ascii_lowercase();
        if self.takes_object(forms, xpos, k, &lower) {
            return true;
        }
        let Some(after) = entry(&lower) else {
            return false;
        };
        let next = forms.get(k + 1).map(|w| w.to_ascii_lowercase());
        let next = next.as_deref().unwrap_or("");
        match after {
            After::Any => next != "by",
            After::Infinitive => {
                xpos.get(k + 1) == Some(&self.to) && xpos.get(k + 2) == Some(&self.vb)
            }
            After::Words(words) => {
                words.contains(&next)
                    && (k + 1..xpos.len()).all(|j| {
                        !Self::is(&self.finite, xpos.get(j)) || xpos.get(j - 1) == Some(&self.cc)
                    })
            }
        }
    }
}

impl PastTags {
    /// Whether the participle at `k` (VBN, or an adjective in "-ed") takes an object
    /// right after it, a particle allowed between ("broke down a treaty"): a passive
    /// has none, unless its verb takes two objects or an object and a name
    /// ([`TWO_OBJECTS`]: "students denied visas", "a man named the winner"). The object
    /// must begin with an article, a possessive or an object pronoun, or be a bare
    /// plural, maybe after one modifying noun ("troops fought rebels", "fought M23
    /// rebels"), and not be a time ("three men killed the day before", "killed days
    /// later").
    fn takes_object(&self, forms: &[&str], xpos: &[usize], k: usize, lower: &str) -> bool {
        let tag = xpos.get(k).copied();
        let adjective = tag == Some(self.jj) && lower.ends_with("ed");
        if !(tag == Some(self.vbn) || adjective) || TWO_OBJECTS.contains(&lower) {
            return false;
        }
        let mut o = k + 1;
        if xpos.get(o) == Some(&self.rp) {
            o += 1;
        }
        let Some(first) = forms.get(o).map(|w| w.to_ascii_lowercase()) else {
            return false;
        };
        let pronoun = matches!(first.as_str(), "him" | "them" | "us" | "me");
        let article =
            matches!(first.as_str(), "the" | "a" | "an") || xpos.get(o) == Some(&self.poss);
        let time = forms
            .iter()
            .skip(o + 1)
            .take(3)
            .any(|w| TIMES.contains(&w.to_ascii_lowercase().as_str()));
        // A bare plural object: a reduced passive has none after it but a time.
        let plural = |j: usize| {
            xpos.get(j) == Some(&self.nns)
                && forms
                    .get(j)
                    .is_some_and(|w| !TIMES.contains(&w.to_ascii_lowercase().as_str()))
        };
        let bare = plural(o) || Self::is(&self.modifier, xpos.get(o)) && plural(o + 1);
        pronoun || bare || (article && !time)
    }
}

/// Participles that may be passives with an object after them: verbs of two objects
/// ("denied visas"), of naming and of making ("named the winner", "made the target").
const TWO_OBJECTS: &[&str] = &[
    "appointed",
    "asked",
    "awarded",
    "called",
    "charged",
    "considered",
    "crowned",
    "declared",
    "deemed",
    "denied",
    "dubbed",
    "elected",
    "fined",
    "forced",
    "found",
    "given",
    "granted",
    "handed",
    "issued",
    "kept",
    "labeled",
    "labelled",
    "left",
    "lent",
    "made",
    "named",
    "nominated",
    "offered",
    "ordered",
    "owed",
    "paid",
    "promised",
    "refused",
    "sent",
    "served",
    "shown",
    "taken",
    "taught",
    "termed",
    "told",
    "voted",
];

/// Nouns of time: "killed the day before" is no object.
const TIMES: &[&str] = &[
    "day",
    "days",
    "week",
    "weeks",
    "month",
    "months",
    "year",
    "years",
    "night",
    "morning",
    "afternoon",
    "evening",
    "weekend",
    "time",
    "hour",
    "hours",
];

#[cfg(test)]
mod tests {
    use super::*;

    const NAMES: [&str; 19] = [
        "DT", "JJ", "NN", "NNS", "NNP", "VBN", "VBD", "IN", "TO", "VB", ".", ",", "CC", "RB", "CD",
        "VBZ", "RP", "PRP$", "VBG",
    ];

    /// Tags `text` ("word/TAG ...") and returns the tags after the repair.
    fn repaired(text: &str) -> String {
        let names: Vec<String> = NAMES.iter().map(|n| n.to_string()).collect();
        let Some(tags) = PastTags::new(&names) else {
            return "no tags".into();
        };
        let (forms, mut xpos): (Vec<&str>, Vec<usize>) = text
            .split(' ')
            .map(|w| {
                let (f, t) = w.rsplit_once('/').unwrap_or((w, "?"));
                (f, NAMES.iter().position(|n| *n == t).unwrap_or(usize::MAX))
            })
            .unzip();
        let mut alt = vec![0; xpos.len()];
        tags.repair(&forms, &mut xpos, &mut alt, 7);
        xpos.iter()
            .map(|&x| NAMES.get(x).copied().unwrap_or("?"))
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn participles_that_are_past_tenses() {
        // (tagged sentence, tags after the repair)
        let cases = [
            (
                "The/DT Sri/JJ Lankan/JJ president/NN resigned/VBN ./.",
                "DT JJ JJ NN VBD .",
            ),
            (
                "Russian/JJ troops/NNS marched/VBN into/IN Crimea/NNP ./.",
                "JJ NNS VBD IN NNP .",
            ),
            (
                "The/DT navy/NN threatened/VBN to/TO close/VB the/DT strait/NN",
                "DT NN VBD TO VB DT NN",
            ),
            (
                "Thousands/NNS of/IN students/NNS rallied/VBN ./.",
                "NNS IN NNS VBD .",
            ),
            (
                "On/IN Friday/NNP ,/, troops/NNS fought/NN alongside/IN rebels/NNS",
                "IN NNP , NNS VBD IN NNS",
            ),
            (
                "Troops/NNS advanced/VBN into/IN Tigray/NNP and/CC seized/VBD towns/NNS",
                "NNS VBD IN NNP CC VBD NNS",
            ),
            // Reduced passives: a verb that takes an object, object control, "by".
            (
                "Three/CD soldiers/NNS killed/VBN in/IN Iraq/NNP",
                "CD NNS VBN IN NNP",
            ),
            (
                "The/DT minister/NN asked/VBN to/TO resign/VB",
                "DT NN VBN TO VB",
            ),
            (
                "The/DT strike/NN protested/VBN by/IN unions/NNS",
                "DT NN VBN IN NNS",
            ),
            (
                "Rockets/NNS fired/VBN at/IN the/DT town/NN hit/VBD a/DT school/NN",
                "NNS VBN IN DT NN VBD DT NN",
            ),
            // "promised" before a noun, not an infinitive: left to the tagger.
            (
                "the/DT land/NN promised/VBN to/TO them/NN",
                "DT NN VBN TO NN",
            ),
            // Not right after the subject; a number is no subject.
            ("The/DT man/NN quickly/RB resigned/VBN", "DT NN RB VBN"),
            ("Five/CD resigned/VBN ./.", "CD VBN ."),
            (
                "the/DT ruling/VBG party/NN promised/VBN to/TO act/VB",
                "DT VBG NN VBD TO VB",
            ),
            // An object right after: a past tense, whatever the verb, with a finite verb
            // after or not; not for verbs of two objects, nor before a time.
            (
                "Ethiopia/NNP broken/VBN down/RP a/DT treaty/NN ,/, officials/NNS said/VBD",
                "NNP VBD RP DT NN , NNS VBD",
            ),
            (
                "Vietnam/NNP relaxed/JJ its/PRP$ rules/NNS",
                "NNP VBD PRP$ NNS",
            ),
            (
                "Students/NNS denied/VBN a/DT visa/NN protested/VBD",
                "NNS VBN DT NN VBD",
            ),
            (
                "Three/CD men/NNS killed/VBN the/DT day/NN before/IN",
                "CD NNS VBN DT NN IN",
            ),
            // A bare plural object, maybe after a modifying noun; not a time.
            (
                "Congolese/JJ troops/NNS fought/VBN rebels/NNS near/IN Goma/NNP",
                "JJ NNS VBD NNS IN NNP",
            ),
            (
                "Congolese/JJ troops/NNS fought/VBN M23/NN rebels/NNS",
                "JJ NNS VBD NN NNS",
            ),
            (
                "Two/CD hostages/NNS freed/VBN weeks/NNS ago/RB",
                "CD NNS VBN NNS RB",
            ),
            (
                "Two/CD soldiers/NNS killed/VBN Monday/NNP night/NN",
                "CD NNS VBN NNP NN",
            ),
            ("resigned/VBN", "VBN"),
            ("", "?"),
        ];
        for (text, want) in cases {
            assert_eq!(repaired(text), want, "{text}");
        }
    }
}
