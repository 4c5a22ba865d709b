//! English irregular verbs, for past forms the treebank's suffix rules get wrong: EWT has
//! no "shot", "fled" or "fought" as a past tense, and the rule learnt from "got" makes
//! "shot" "shet". Written for dyad from English grammar (base, past, participle); a
//! prefixed verb ("withheld", "overthrew", "undertook") is its prefix and the verb.

use std::collections::HashMap;
use std::sync::LazyLock;

/// (base, past tense, past participle); alternatives with `/`.
const VERBS: &[(&str, &str, &str)] = &[
    ("arise", "arose", "arisen"),
    ("awake", "awoke", "awoken"),
    ("bear", "bore", "borne/born"),
    ("beat", "beat", "beaten"),
    ("become", "became", "become"),
    ("befall", "befell", "befallen"),
    ("begin", "began", "begun"),
    ("behold", "beheld", "beheld"),
    ("bend", "bent", "bent"),
    ("bet", "bet", "bet"),
    ("bid", "bid", "bid"),
    ("bind", "bound", "bound"),
    ("bite", "bit", "bitten"),
    ("bleed", "bled", "bled"),
    ("blow", "blew", "blown"),
    ("break", "broke", "broken"),
    ("breed", "bred", "bred"),
    ("bring", "brought", "brought"),
    ("broadcast", "broadcast", "broadcast"),
    ("build", "built", "built"),
    ("burn", "burnt", "burnt"),
    ("burst", "burst", "burst"),
    ("buy", "bought", "bought"),
    ("cast", "cast", "cast"),
    ("catch", "caught", "caught"),
    ("choose", "chose", "chosen"),
    ("cling", "clung", "clung"),
    ("come", "came", "come"),
    ("cost", "cost", "cost"),
    ("creep", "crept", "crept"),
    ("cut", "cut", "cut"),
    ("deal", "dealt", "dealt"),
    ("dig", "dug", "dug"),
    ("dive", "dove", "dived"),
    ("do", "did", "done"),
    ("draw", "drew", "drawn"),
    ("dream", "dreamt", "dreamt"),
    ("drink", "drank", "drunk"),
    ("drive", "drove", "driven"),
    ("dwell", "dwelt", "dwelt"),
    ("eat", "ate", "eaten"),
    ("fall", "fell", "fallen"),
    ("feed", "fed", "fed"),
    ("feel", "felt", "felt"),
    ("fight", "fought", "fought"),
    ("find", "found", "found"),
    ("flee", "fled", "fled"),
    ("fling", "flung", "flung"),
    ("fly", "flew", "flown"),
    ("forbid", "forbade", "forbidden"),
    ("forecast", "forecast", "forecast"),
    ("foresee", "foresaw", "foreseen"),
    ("forget", "forgot", "forgotten"),
    ("forgive", "forgave", "forgiven"),
    ("freeze", "froze", "frozen"),
    ("get", "got", "gotten/got"),
    ("give", "gave", "given"),
    ("go", "went", "gone"),
    ("grind", "ground", "ground"),
    ("grow", "grew", "grown"),
    ("hang", "hung", "hung"),
    ("have", "had", "had"),
    ("hear", "heard", "heard"),
    ("hide", "hid", "hidden"),
    ("hit", "hit", "hit"),
    ("hold", "held", "held"),
    ("hurt", "hurt", "hurt"),
    ("keep", "kept", "kept"),
    ("kneel", "knelt", "knelt"),
    ("know", "knew", "known"),
    ("lay", "laid", "laid"),
    ("lead", "led", "led"),
    ("lean", "leant", "leant"),
    ("leap", "leapt", "leapt"),
    ("learn", "learnt", "learnt"),
    ("leave", "left", "left"),
    ("lend", "lent", "lent"),
    ("let", "let", "let"),
    ("lie", "lay", "lain"),
    ("light", "lit", "lit"),
    ("lose", "lost", "lost"),
    ("make", "made", "made"),
    ("mean", "meant", "meant"),
    ("meet", "met", "met"),
    ("pay", "paid", "paid"),
    ("prove", "proved", "proven"),
    ("put", "put", "put"),
    ("quit", "quit", "quit"),
    ("read", "read", "read"),
    ("rid", "rid", "rid"),
    ("ride", "rode", "ridden"),
    ("ring", "rang", "rung"),
    ("rise", "rose", "risen"),
    ("run", "ran", "run"),
    ("say", "said", "said"),
    ("see", "saw", "seen"),
    ("seek", "sought", "sought"),
    ("sell", "sold", "sold"),
    ("send", "sent", "sent"),
    ("set", "set", "set"),
    ("shake", "shook", "shaken"),
    ("shed", "shed", "shed"),
    ("shine", "shone", "shone"),
    ("shoot", "shot", "shot"),
    ("show", "showed", "shown"),
    ("shrink", "shrank", "shrunk"),
    ("shut", "shut", "shut"),
    ("sing", "sang", "sung"),
    ("sink", "sank", "sunk"),
    ("sit", "sat", "sat"),
    ("slay", "slew", "slain"),
    ("sleep", "slept", "slept"),
    ("slide", "slid", "slid"),
    ("sling", "slung", "slung"),
    ("slit", "slit", "slit"),
    ("speak", "spoke", "spoken"),
    ("speed", "sped", "sped"),
    ("spend", "spent", "spent"),
    ("spin", "spun", "spun"),
    ("spit", "spat", "spat"),
    ("split", "split", "split"),
    ("spread", "spread", "spread"),
    ("spring", "sprang", "sprung"),
    ("stand", "stood", "stood"),
    ("steal", "stole", "stolen"),
    ("stick", "stuck", "stuck"),
    ("sting", "stung", "stung"),
    ("stink", "stank", "stunk"),
    ("strike", "struck", "struck/stricken"),
    ("string", "strung", "strung"),
    ("strive", "strove", "striven"),
    ("swear", "swore", "sworn"),
    ("sweep", "swept", "swept"),
    ("swim", "swam", "swum"),
    ("swing", "swung", "swung"),
    ("take", "took", "taken"),
    ("teach", "taught", "taught"),
    ("tear", "tore", "torn"),
    ("tell", "told", "told"),
    ("think", "thought", "thought"),
    ("throw", "threw", "thrown"),
    ("thrust", "thrust", "thrust"),
    ("tread", "trod", "trodden"),
    ("wake", "woke", "woken"),
    ("wear", "wore", "worn"),
    ("weave", "wove", "woven"),
    ("weep", "wept", "wept"),
    ("win", "won", "won"),
    ("wind", "wound", "wound"),
    ("withdraw", "withdrew", "withdrawn"),
    ("wring", "wrung", "wrung"),
    ("write", "wrote", "written"),
];

/// Prefixes that make a verb of a verb ("withhold", "overthrow", "undertake").
const PREFIXES: &[&str] = &[
    "with", "over", "under", "out", "up", "fore", "mis", "re", "be", "un",
];

/// Past form (lowercase) -> base.
static BASES: LazyLock<HashMap<&'static str, &'static str>> = LazyLock::new(|| {
    let mut m = HashMap::new();
    for &(base, past, participle) in VERBS {
        for form in past.split('/').chain(participle.split('/')) {
            if form != base {
                m.entry(form).or_insert(base);
            }
        }
    }
    m
});

/// The base of an irregular past tense or participle (`lower` lowercased), with a
/// verb prefix kept ("withheld" -> "withhold"); `None` for any other word.
pub(crate) fn base_of(lower: &str) -> Option<String> {
    if let Some(b) = BASES.get(lower) {
        return Some((*b).to_string());
    }
    PREFIXES.iter().find_map(|p| {
        let rest = lower.strip_prefix(p)?;
        // A prefix on a one- or two-letter remainder is no prefixed verb ("bet", "upset").
        if rest.len() < 3 {
            return None;
        }
        BASES.get(rest).map(|b| format!("{p}{b}"))
    })
}

#[cfg(test)]
mod tests {
    use super::base_of;

    #[test]
    fn irregular_pasts() {
        let cases = [
            ("shot", Some("shoot")),
            ("fled", Some("flee")),
            ("fought", Some("fight")),
            ("withheld", Some("withhold")),
            ("overthrew", Some("overthrow")),
            ("undertook", Some("undertake")),
            ("upheld", Some("uphold")),
            ("led", Some("lead")),
            ("born", Some("bear")),
            ("beat", None),
            ("killed", None),
            ("bled", Some("bleed")),
            ("rebuilt", Some("rebuild")),
        ];
        for (form, want) in cases {
            assert_eq!(base_of(form).as_deref(), want, "{form}");
        }
    }
}
