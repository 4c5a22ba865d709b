//! The project's own word lists: abbreviations, hyphen prefixes, sentence starters.
//!
//! All lists are lowercase ASCII and sorted, so lookups are a binary search on a
//! stack-lowercased copy of the word (no allocation).

/// How an abbreviation behaves before a capitalised word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum AbbrevKind {
    /// Titles and other words that are followed by a name or a number ("Gen.", "Mr.",
    /// "Jan.", "No."): the period never ends a sentence.
    Title,
    /// Words that may close a sentence ("Inc.", "Jr.", "etc."): the period ends the
    /// sentence when a typical sentence opener follows.
    Final,
    /// Words that are abbreviations only before a digit ("No. 5", "Fig. 3", "p. 12").
    Numeric,
    /// US state abbreviations, taken as such only after a comma ("Springfield, Ill.").
    State,
    /// Days of the week, taken as such when capitalised and followed by a date
    /// ("Sat. Sept. 30"), since most are also words ("sat", "wed").
    Day,
}

/// Abbreviations (without their final period), each with its kind. Sorted.
const ABBREVIATIONS: &[(&str, AbbrevKind)] = {
    use AbbrevKind::*;
    &[
        ("adm", Title),
        ("al", Final),
        ("ala", State),
        ("amb", Title),
        ("apr", Title),
        ("ariz", State),
        ("ark", State),
        ("art", Numeric),
        ("assn", Final),
        ("asst", Title),
        ("atty", Title),
        ("aug", Title),
        ("ave", Final),
        ("bhd", Final),
        ("blvd", Final),
        ("brig", Title),
        ("bros", Final),
        ("ca", Numeric),
        ("calif", State),
        ("capt", Title),
        ("cdr", Title),
        ("cf", Title),
        ("ch", Numeric),
        ("cmdr", Title),
        ("co", Final),
        ("col", Title),
        ("colo", State),
        ("conn", State),
        ("corp", Final),
        ("cpl", Title),
        ("dec", Title),
        ("del", State),
        ("dept", Final),
        ("det", Title),
        ("dr", Title),
        ("drs", Title),
        ("esp", Title),
        ("est", Final),
        ("etc", Final),
        ("ext", Numeric),
        ("feb", Title),
        ("fig", Numeric),
        ("fla", State),
        ("fr", Title),
        ("fri", Day),
        ("ft", Final),
        ("ga", State),
        ("gen", Title),
        ("gov", Title),
        ("govt", Final),
        ("hon", Title),
        ("hwy", Final),
        ("ill", State),
        ("inc", Final),
        ("ind", State),
        ("insp", Title),
        ("jan", Title),
        ("jr", Final),
        ("jul", Title),
        ("jun", Title),
        ("kan", State),
        ("kans", State),
        ("ky", State),
        ("la", State),
        ("lt", Title),
        ("ltd", Final),
        ("maj", Title),
        ("mass", State),
        ("md", State),
        ("messrs", Title),
        ("mich", State),
        ("minn", State),
        ("miss", State),
        ("mo", State),
        ("mon", Day),
        ("mont", State),
        ("mr", Title),
        ("mrs", Title),
        ("ms", Title),
        ("mt", Title),
        ("neb", State),
        ("nebr", State),
        ("nev", State),
        ("no", Numeric),
        ("nos", Numeric),
        ("nov", Title),
        ("oct", Title),
        ("okla", State),
        ("ore", State),
        ("p", Numeric),
        ("pa", State),
        ("penn", State),
        ("plc", Final),
        ("pp", Numeric),
        ("pres", Title),
        ("prof", Title),
        ("pt", Numeric),
        ("pvt", Title),
        ("rep", Title),
        ("reps", Title),
        ("rev", Title),
        ("sat", Day),
        ("sec", Numeric),
        ("sen", Title),
        ("sens", Title),
        ("sep", Title),
        ("sept", Title),
        ("sgt", Title),
        ("sr", Final),
        ("st", Title),
        ("sts", Final),
        ("sun", Day),
        ("supt", Title),
        ("tenn", State),
        ("tex", State),
        ("thu", Day),
        ("thur", Day),
        ("thurs", Day),
        ("tue", Day),
        ("tues", Day),
        ("univ", Final),
        ("va", State),
        ("vol", Numeric),
        ("vs", Title),
        ("vt", State),
        ("wash", State),
        ("wed", Day),
        ("wis", State),
        ("wisc", State),
        ("wyo", State),
    ]
};

/// Prefixes that EWT keeps attached with their hyphen ("anti-war", "pro-Russian",
/// "e-mail"); after any other word a hyphen is its own token ("well - known"). Sorted.
const HYPHEN_PREFIXES: &[&str] = &[
    "anti", "bi", "co", "counter", "cross", "e", "ex", "extra", "inter", "intra", "macro", "micro",
    "mid", "multi", "neo", "non", "over", "post", "pre", "pro", "pseudo", "psycho", "re", "semi",
    "socio", "sub", "super", "trans", "tri", "ultra", "un", "x",
];

/// Capitalised words that typically open a sentence; after an abbreviation that may end
/// a sentence ("Inc.", "U.S."), one of these means the sentence did end. Sorted.
const SENTENCE_STARTERS: &[&str] = &[
    "a",
    "according",
    "after",
    "all",
    "also",
    "although",
    "an",
    "and",
    "another",
    "are",
    "as",
    "at",
    "because",
    "before",
    "both",
    "but",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "during",
    "each",
    "even",
    "every",
    "for",
    "from",
    "he",
    "her",
    "here",
    "his",
    "how",
    "however",
    "i",
    "if",
    "in",
    "instead",
    "is",
    "it",
    "its",
    "let",
    "like",
    "many",
    "meanwhile",
    "most",
    "my",
    "no",
    "not",
    "now",
    "on",
    "one",
    "only",
    "other",
    "our",
    "over",
    "please",
    "see",
    "she",
    "should",
    "since",
    "so",
    "some",
    "still",
    "such",
    "thanks",
    "that",
    "the",
    "their",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "though",
    "thus",
    "today",
    "under",
    "unlike",
    "until",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "whether",
    "which",
    "while",
    "who",
    "why",
    "will",
    "with",
    "would",
    "yes",
    "yesterday",
    "yet",
    "you",
];

/// Lowercases `word` (ASCII) into `buf`; `None` when it is longer than the buffer or not
/// ASCII (no list entry is).
fn lower<'b>(word: &str, buf: &'b mut [u8; 16]) -> Option<&'b [u8]> {
    let bytes = word.as_bytes();
    if bytes.len() > buf.len() || !word.is_ascii() {
        return None;
    }
    let out = &mut buf[..bytes.len()];
    for (o, b) in out.iter_mut().zip(bytes) {
        *o = b.to_ascii_lowercase();
    }
    Some(out)
}

/// The kind of abbreviation `word` (without its period) is, if any.
pub(crate) fn abbreviation(word: &str) -> Option<AbbrevKind> {
    let mut buf = [0u8; 16];
    let w = lower(word, &mut buf)?;
    ABBREVIATIONS
        .binary_search_by(|(a, _)| a.as_bytes().cmp(w))
        .ok()
        .map(|i| ABBREVIATIONS[i].1)
}

/// True when EWT keeps `word-` attached to what follows.
pub(crate) fn is_hyphen_prefix(word: &str) -> bool {
    let mut buf = [0u8; 16];
    lower(word, &mut buf).is_some_and(|w| {
        HYPHEN_PREFIXES
            .binary_search_by(|p| p.as_bytes().cmp(w))
            .is_ok()
    })
}

/// True when `word` typically opens a sentence (compared case-insensitively).
pub(crate) fn is_sentence_starter(word: &str) -> bool {
    let mut buf = [0u8; 16];
    lower(word, &mut buf).is_some_and(|w| {
        SENTENCE_STARTERS
            .binary_search_by(|p| p.as_bytes().cmp(w))
            .is_ok()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_sorted_and_lowercase() {
        let check = |list: Vec<&str>| {
            for pair in list.windows(2) {
                assert!(pair[0] < pair[1], "not sorted: {pair:?}");
            }
            for w in list {
                assert_eq!(w, w.to_ascii_lowercase(), "not lowercase: {w}");
                assert!(w.len() <= 16, "too long for the lookup buffer: {w}");
            }
        };
        check(ABBREVIATIONS.iter().map(|(a, _)| *a).collect());
        check(HYPHEN_PREFIXES.to_vec());
        check(SENTENCE_STARTERS.to_vec());
    }

    #[test]
    fn lookups() {
        let cases = [
            ("Gen", Some(AbbrevKind::Title)),
            ("INC", Some(AbbrevKind::Final)),
            ("No", Some(AbbrevKind::Numeric)),
            ("Ill", Some(AbbrevKind::State)),
            ("said", None),
            ("", None),
            ("Здравствуйте", None),
        ];
        for (word, want) in cases {
            assert_eq!(abbreviation(word), want, "{word}");
        }
        assert!(is_hyphen_prefix("Anti"));
        assert!(!is_hyphen_prefix("well"));
        assert!(is_sentence_starter("The"));
        assert!(!is_sentence_starter("President"));
    }
}
