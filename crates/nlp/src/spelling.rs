//! English spelling checks on the lemma of a regular verb form ("-ed", "-ing") that the
//! suffix rules did not know as a word: the rules are keyed on the last few letters, so
//! a rule learned from "propelled -> propel" also turned "shelled" into "shel", one from
//! "grabbed -> grab" turned "bombed" into "bom", and one from "mentioned -> mention"
//! turned "stoned" into "ston". Three facts of English spelling undo these:
//! - a rule may drop a doubled consonant only where the form has one ("bombed" has none);
//! - a one-syllable stem does not double a final "l" ("shell", "kill", "spell" already
//!   end in "ll"), so "-lled" of one syllable keeps both; a longer one ending in "-el",
//!   "-ol" or "-ul" does ("controlled", "compelled", "travelled", "annulled"), so
//!   "-elled", "-olled", "-ulled" of two or more keep one (a rule learned from "rolled"
//!   had made "controlled" into "controll");
//! - a one-syllable stem of one vowel letter and one final consonant doubles it before
//!   "-ed"/"-ing" ("stop", "stopped"), so where the form did not double it the stem
//!   ends in a silent "e" ("stoned" -> "stone", "fired" -> "fire").

/// The ending of a regular verb form, by Penn tag: "-ed" for VBD and VBN, "-ing" for VBG.
pub(crate) fn verb_ending(tag: &str) -> Option<&'static str> {
    match tag {
        "VBD" | "VBN" => Some("ed"),
        "VBG" => Some("ing"),
        _ => None,
    }
}

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u')
}

/// Vowel groups in a lowercase stem, "y" after a consonant counting as a vowel, the
/// "u" of "qu" as a consonant and "ue" as two: "shell" 1, "control" 2, "quell" 1,
/// "fuel" 2.
fn syllables(stem: &str) -> usize {
    let mut n = 0;
    let mut prev_vowel = false;
    let mut prev = '\0';
    for (i, c) in stem.chars().enumerate() {
        let v = (is_vowel(c) && !(c == 'u' && prev == 'q')) || (c == 'y' && i > 0 && !prev_vowel);
        if v && (!prev_vowel || (prev == 'u' && c == 'e')) {
            n += 1;
        }
        prev_vowel = v;
        prev = c;
    }
    n
}

/// Prefixes that make a verb of a verb ("resell", "foretell", "unroll", "enroll").
const PREFIXES: &[&str] = &["re", "un", "mis", "out", "over", "fore", "under", "en"];

/// One-syllable verbs in "-ell", "-oll", "-ull", which keep both "l"s under a prefix.
/// A list, not a syllable count of what follows the prefix: "repel" and "rebel" are
/// no "re-" + "pell".
const LL_VERBS: &[&str] = &[
    "sell", "tell", "spell", "swell", "dwell", "smell", "shell", "yell", "quell", "roll", "poll",
    "toll", "troll", "scroll", "stroll", "pull", "cull", "lull", "mull",
];

/// Whether `stem` is a prefix and a one-syllable verb of [`LL_VERBS`] ("resell",
/// "foretell", "unroll"): one stressed syllable at the end, whose "l" stays double.
fn prefixed_one_syllable(stem: &str) -> bool {
    PREFIXES.iter().any(|p| {
        stem.strip_prefix(p)
            .is_some_and(|rest| LL_VERBS.contains(&rest))
    })
}

/// `lemma` (from the suffix rules, for lowercase `lower` with `ending`) checked against
/// the spelling facts above; the rules' lemma where none applies.
pub(crate) fn check(lower: &str, ending: &str, lemma: String) -> String {
    let Some(stem) = lower.strip_suffix(ending) else {
        return lemma;
    };
    let chars: Vec<char> = stem.chars().collect();
    let n = chars.len();
    if n < 3 || !chars.iter().all(char::is_ascii_lowercase) || lemma != lemma.to_lowercase() {
        return lemma;
    }
    let (last, before) = (chars[n - 1], chars[n - 2]);
    let undoubled = lemma.len() + 1 == stem.len() && stem.starts_with(lemma.as_str());
    // "panicked" -> "panic" drops the "k" English adds after "c".
    let bogus = last != before && !(before == 'c' && last == 'k');
    if undoubled && (bogus || (last == 'l' && syllables(stem) == 1)) {
        // "bombed" -> "bomb" (nothing doubled); "shelled" -> "shell".
        return with_silent_e(stem);
    }
    if lemma == stem {
        let doubled_l = ["ell", "oll", "ull"].iter().any(|e| stem.ends_with(e));
        if doubled_l && syllables(stem) >= 2 && !prefixed_one_syllable(stem) {
            return stem[..stem.len() - 1].to_string();
        }
        return with_silent_e(stem);
    }
    lemma
}

/// `stem`, or `stem` + "e" where it is one syllable of one vowel letter between
/// consonants and one final consonant that "-ed" would have doubled ("ston" -> "stone").
fn with_silent_e(stem: &str) -> String {
    let c: Vec<char> = stem.chars().collect();
    let n = c.len();
    let cvc = n >= 3
        && !is_vowel(c[n - 1])
        && !matches!(c[n - 1], 'w' | 'x' | 'y')
        && is_vowel(c[n - 2])
        && !is_vowel(c[n - 3])
        && !(c[n - 3] == 'q' || (c[n - 2] == 'u' && n >= 4 && c[n - 4] == 'q'));
    if cvc && syllables(stem) == 1 {
        format!("{stem}e")
    } else {
        stem.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spelling_repairs() {
        // (form, ending, the rules' lemma, checked lemma)
        let cases = [
            ("shelled", "ed", "shel", "shell"),
            ("shelling", "ing", "shel", "shell"),
            ("spelled", "ed", "spel", "spell"),
            ("quelled", "ed", "quel", "quell"),
            ("bombed", "ed", "bom", "bomb"),
            ("stoned", "ed", "ston", "stone"),
            ("fired", "ed", "fir", "fire"),
            ("stoning", "ing", "ston", "stone"),
            // Already right: kept.
            ("controlled", "ed", "control", "control"),
            ("controlled", "ed", "controll", "control"),
            ("patrolling", "ing", "patroll", "patrol"),
            ("annulled", "ed", "annull", "annul"),
            ("installed", "ed", "install", "install"),
            ("rolled", "ed", "roll", "roll"),
            ("propelled", "ed", "propel", "propel"),
            ("expelled", "ed", "expel", "expel"),
            ("installed", "ed", "install", "install"),
            ("killed", "ed", "kill", "kill"),
            ("fuelled", "ed", "fuel", "fuel"),
            // A prefix on a one-syllable verb keeps its "ll"; "repel" is no prefixed verb.
            ("reselling", "ing", "resell", "resell"),
            ("foretelling", "ing", "foretell", "foretell"),
            ("unrolled", "ed", "unroll", "unroll"),
            ("enrolled", "ed", "enroll", "enroll"),
            ("misspelled", "ed", "misspell", "misspell"),
            ("outselling", "ing", "outsell", "outsell"),
            ("repelled", "ed", "repell", "repel"),
            ("rebelled", "ed", "rebell", "rebel"),
            ("wiped", "ed", "wi", "wipe"),
            ("stopped", "ed", "stop", "stop"),
            ("planned", "ed", "plan", "plan"),
            ("opened", "ed", "open", "open"),
            ("raided", "ed", "raid", "raid"),
            ("looked", "ed", "look", "look"),
            ("fixed", "ed", "fix", "fix"),
            ("played", "ed", "play", "play"),
            ("helped", "ed", "help", "help"),
            ("quoted", "ed", "quote", "quote"),
            ("visited", "ed", "visit", "visit"),
            ("panicked", "ed", "panic", "panic"),
            ("begged", "ed", "beg", "beg"),
            ("copied", "ed", "copy", "copy"),
            ("putting", "ing", "put", "put"),
            ("eating", "ing", "eat", "eat"),
            ("raised", "ed", "raise", "raise"),
            ("went", "ed", "go", "go"),
            ("Ed", "ed", "Ed", "Ed"),
            ("", "ed", "", ""),
            ("éd", "ed", "é", "é"),
        ];
        for (form, ending, rules, want) in cases {
            assert_eq!(check(form, ending, rules.to_string()), want, "{form}");
        }
        assert_eq!(syllables("control"), 2);
        assert_eq!(syllables("quell"), 1);
        assert_eq!(verb_ending("VBN"), Some("ed"));
        assert_eq!(verb_ending("NNS"), None);
    }
}
