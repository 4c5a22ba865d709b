//! Word lists for attribution: speech verbs, titles, groups, pronouns. Facts of English
//! written in the project's own form.

/// Verbs that attribute words to a speaker, in the forms news uses.
#[rustfmt::skip]
pub(crate) const SPEECH_VERBS: &[&str] = &[
    "said", "says", "say", "saying", "told", "tells", "telling", "added", "adds", "adding",
    "warned", "warns", "warning", "urged", "urges", "urging", "asked", "asks", "asking",
    "stressed", "stresses", "stressing", "insisted", "insists", "insisting", "explained",
    "explains", "noted", "notes", "declared", "declares", "announced", "announces", "stated",
    "states", "wrote", "writes", "tweeted", "argued", "argues", "arguing", "claimed", "claims",
    "replied", "replies", "responded", "continued", "recalled", "admitted", "acknowledged",
    "conceded", "suggested", "shouted", "chanted", "chanting", "cried", "yelled", "vowed",
    "promised", "pledged", "predicted", "complained", "demanded", "concluded", "confirmed",
    "denied", "observed", "remarked", "quipped", "reiterated", "maintained", "emphasised",
    "emphasized", "cautioned", "answered", "recounted", "believes", "thinks",
];

/// Verbs that report speech in indirect form ("X said the vote was illegal").
#[rustfmt::skip]
pub(crate) const INDIRECT_VERBS: &[&str] = &[
    "said", "says", "told", "tells", "warned", "warns", "claimed", "claims", "insisted",
    "insists", "stressed", "added", "announced", "denied", "argued", "argues", "explained",
    "noted", "declared", "stated", "admitted", "acknowledged", "predicted", "suggested",
    "reiterated", "confirmed", "believes",
];

/// Verbs that frame a partial quote inside a sentence ("called the vote \"a farce\"").
#[rustfmt::skip]
pub(crate) const FRAMING_VERBS: &[&str] = &[
    "called", "calls", "described", "describes", "dismissed", "dismisses", "condemned",
    "condemns", "denounced", "denounces", "branded", "brands", "labelled", "labeled", "termed",
    "accused", "accuses", "hailed", "hails", "criticised", "criticized", "urged", "urges",
    "warned", "warns", "vowed", "pledged", "promised", "demanded", "praised", "blamed",
    "rejected", "welcomed", "referred", "describing", "calling", "dismissing", "branding",
    "labelling", "labeling", "terming", "hailing", "denouncing", "condemning", "ordered",
    "orders", "proposed", "declared", "announced",
];

/// Words that mark a quoted phrase as a slogan, sign or chant, not one person's words.
#[rustfmt::skip]
pub(crate) const SLOGAN_WORDS: &[&str] = &[
    "slogan", "slogans", "banner", "banners", "sign", "signs", "placard", "placards", "poster",
    "posters", "graffiti", "chant", "chants", "chanted", "chanting", "motto", "inscription",
    "hashtag", "t-shirts", "shirts", "read", "reading", "emblazoned",
];

/// Slogan words for writing, whose text nobody speaks: a sign, not a chant.
#[rustfmt::skip]
pub(crate) const WRITTEN_WORDS: &[&str] = &[
    "banner", "banners", "sign", "signs", "placard", "placards", "poster", "posters",
    "graffiti", "inscription", "hashtag", "t-shirts", "shirts", "read", "reading", "emblazoned",
];

/// Titles and roles stripped from a name and kept as descriptors.
#[rustfmt::skip]
pub(crate) const TITLES: &[&str] = &[
    "president", "prime", "minister", "foreign", "defence", "defense", "interior", "secretary",
    "general", "chancellor", "king", "queen", "prince", "princess", "mr", "mrs", "ms", "miss",
    "dr", "sir", "lord", "sen", "senator", "rep", "representative", "gov", "governor", "mayor",
    "gen", "col", "colonel", "lt", "captain", "capt", "major", "sheikh", "pope", "ambassador",
    "envoy", "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman", "chief",
    "leader", "commander", "judge", "justice", "deputy", "vice", "premier", "speaker", "head",
    "director", "official", "lawmaker", "mp", "activist", "dissident", "cleric", "imam",
    "rabbi", "bishop", "patriarch", "emir", "sultan", "ayatollah", "former", "acting",
    "opposition", "community", "senior", "top",
];

/// Nouns for organisations and collective actors: a speaker named so is a group.
#[rustfmt::skip]
pub(crate) const GROUP_NOUNS: &[&str] = &[
    "ministry", "government", "army", "police", "military", "kremlin", "council", "committee",
    "commission", "office", "agency", "party", "company", "group", "alliance", "union", "court",
    "parliament", "embassy", "department", "administration", "authorities", "officials",
    "protesters", "protestors", "demonstrators", "residents", "witnesses", "activists",
    "rebels", "militants", "troops", "soldiers", "people", "crowd", "crowds", "villagers",
    "leaders", "analysts", "experts", "observers", "sources", "diplomats", "organisers",
    "organizers", "campaigners", "students", "workers", "media", "statement", "spokesmen",
    "ngo", "charity", "cabinet", "presidency", "white", "house", "pentagon", "state-run",
    "newspaper", "agency", "network", "bank", "fund", "organisation", "organization",
    "movement", "front", "forces", "mission", "coalition", "majlis", "mejlis",
    "guardian", "herald", "telegraph", "journal", "times", "post", "gazette", "tribune",
    "reuters", "observatory", "television", "tv", "radio", "channel", "rail", "watch",
    "regime", "junta", "administration", "ministry", "secretariat", "command",
    "service", "services", "programme", "program", "institute", "foundation", "centre",
    "center", "association", "federation", "authority", "bureau", "corps", "guard",
];

/// Well-known places and metonyms that speak as states ("Moscow said"). A short list;
/// the place gazetteer is another crate's.
#[rustfmt::skip]
pub(crate) const PLACE_SPEAKERS: &[&str] = &[
    "russia", "ukraine", "moscow", "kiev", "kyiv", "washington", "beijing", "china", "brussels",
    "london", "paris", "berlin", "ankara", "turkey", "tehran", "iran", "israel", "damascus",
    "syria", "iraq", "baghdad", "kabul", "pakistan", "india", "delhi", "tokyo", "japan",
    "seoul", "pyongyang", "cairo", "egypt", "france", "germany", "britain", "america", "europe",
    "nato", "crimea", "simferopol", "minsk", "warsaw", "poland", "riyadh", "jerusalem", "gaza",
    "lebanon", "libya", "tripoli", "sanaa", "yemen",
];

/// Words in a capitalized run that make it a place or a thing rather than a person.
#[rustfmt::skip]
pub(crate) const NOT_PERSON_WORDS: &[&str] = &[
    "asia", "europe", "africa", "america", "east", "west", "north", "south", "central", "sea",
    "river", "republic", "kingdom", "states", "union", "island", "islands", "peninsula",
    "mountains", "city", "province", "region", "war", "street", "square", "council", "ministry",
    "party", "army", "university", "hospital", "church", "mosque", "airport", "station",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "june", "july", "august", "september", "october", "november",
    "december", "the", "crimea", "parliament", "government", "nations", "organisation",
    "organization", "agency", "news", "press", "times", "post",
    "state", "islamic", "caliphate", "brigade", "brigades", "battalion", "regiment",
];

/// Words ending a noun phrase scan, or never part of a speaker's name.
#[rustfmt::skip]
pub(crate) const STOP: &[&str] = &[
    "the", "a", "an", "and", "or", "but", "that", "which", "who", "whom", "whose", "when",
    "where", "while", "has", "have", "had", "is", "are", "was", "were", "be", "been", "will",
    "would", "could", "should", "can", "may", "might", "must", "also", "later", "then", "again",
    "in", "on", "at", "from", "to", "with", "by", "for", "during", "after", "before", "as",
    "into", "about", "against", "over", "under", "it", "this", "these", "those", "there", "not",
    "no", "so", "if", "than", "once", "still", "now", "currently", "today", "yesterday",
    "earlier", "recently", "previously", "repeatedly", "openly", "publicly", "simply", "only",
    "just", "even", "however", "here", "they", "he", "she", "we", "i", "you", "his", "her",
    "their", "its", "our", "my", "your", "him", "them", "us", "me",
    "meanwhile", "instead", "yet", "although", "though", "because", "since", "asked",
    "speaking", "writing", "follow", "read", "see", "did", "does", "do",
];

/// Adverbs and auxiliaries skipped between a speaker and the verb ("Dzhemilev also said").
#[rustfmt::skip]
pub(crate) const SKIP_BEFORE_VERB: &[&str] = &[
    "also", "has", "had", "have", "later", "then", "again", "once", "previously", "has",
    "recently", "repeatedly", "earlier", "openly", "publicly", "simply", "angrily", "quietly",
    "separately", "further", "often", "had", "would", "will", "just",
];

/// First names common in world news, by gender, to read "she" and "he".
#[rustfmt::skip]
pub(crate) const FEMALE_WORDS: &[&str] = &[
    "mrs", "ms", "miss", "madam", "queen", "princess", "spokeswoman", "chairwoman", "woman",
    "mother", "wife", "daughter", "sister", "angela", "hillary", "theresa", "yulia", "marine",
    "catherine", "federica", "samantha", "condoleezza", "nancy", "maria", "anna", "olga",
    "elena", "natalia", "natalya", "irina", "svetlana", "victoria", "sarah", "mary", "susan",
    "aung", "benazir", "christine", "ursula", "kamala", "nikki", "jacinda",
];

/// First names and words for men.
#[rustfmt::skip]
pub(crate) const MALE_WORDS: &[&str] = &[
    "mr", "sir", "king", "prince", "spokesman", "chairman", "man", "father", "husband", "son",
    "brother", "vladimir", "barack", "john", "sergei", "sergey", "viktor", "arseniy", "petro",
    "recep", "ahmet", "mustafa", "bashar", "david", "william", "francois", "george", "dmitry",
    "mikhail", "alexander", "oleksandr", "vitali", "vitaly", "ban", "anders", "joe", "donald",
    "boris", "emmanuel", "xi", "ali", "mohammed", "muhammad", "ahmed", "hassan", "abdullah",
    "benjamin", "james", "michael", "robert", "jean", "pierre",
];

/// True when `w` (any case) is in `list`.
pub(crate) fn is_in(list: &[&str], w: &str) -> bool {
    list.iter().any(|x| x.eq_ignore_ascii_case(w))
}

/// Documents that "say" things: their speaker is their unnamed author.
#[rustfmt::skip]
pub(crate) const DOCUMENT_NOUNS: &[&str] = &[
    "report", "study", "document", "letter", "survey", "memo", "assessment", "analysis",
    "website", "paper", "resolution", "draft", "text", "leaflet", "message", "post", "tweet",
    "video", "footage", "recording", "transcript", "indictment", "verdict", "ruling", "law",
];

/// Verbs reporting speech with a clause after them ("said (that) ...", "estimated that
/// ..."), including the participles whose subject is their clause's ("..., saying ...").
#[rustfmt::skip]
pub(crate) const CLAUSE_VERBS: &[&str] = &[
    "said", "says", "say", "saying", "told", "tells", "telling", "warned", "warns", "warning", "claimed",
    "claims", "claiming", "insisted", "insists", "insisting", "stressed", "stresses",
    "stressing", "added", "adds", "adding", "announced", "announces", "announcing", "denied",
    "denies", "denying", "argued", "argues", "arguing", "explained", "explains", "explaining",
    "noted", "notes", "noting", "declared", "declares", "declaring", "stated", "states",
    "stating", "admitted", "admits", "admitting", "acknowledged", "acknowledges",
    "acknowledging", "predicted", "predicts", "predicting", "suggested", "suggests",
    "suggesting", "reiterated", "reiterates", "reiterating", "maintained", "maintains",
    "confirmed", "confirms", "confirming", "believes", "estimated", "estimates", "estimating",
    "hinted", "hints", "hinting", "reported", "reports", "reporting", "conceded", "concedes",
    "complained", "complains", "cautioned", "alleged", "alleges", "alleging", "revealed",
    "reveals", "disclosed", "wrote", "writes", "tweeted", "indicated", "indicates",
    "signalled", "signaled", "assured", "promised", "promises", "promising", "vowed", "vows",
    "vowing", "pledged", "pledges", "pledging", "recalled", "replied", "countered",
    "emphasised", "emphasized", "joked", "boasted", "testified", "mentioned", "repeated",
    "asserted", "asserts", "contended", "contends", "observed", "remarked",
];

/// Clause verbs that report speech only with "that": without it they mean something
/// else ("They have maintained their language", "recalled the ambassador").
#[rustfmt::skip]
pub(crate) const THAT_ONLY_VERBS: &[&str] = &[
    "maintained", "maintains", "recalled", "observed", "indicated", "indicates", "revealed",
    "reveals", "repeated", "mentioned", "signalled", "signaled", "disclosed", "reported",
    "reports", "reporting", "wrote", "writes", "stated", "states", "stating",
];

/// Verbs reporting a call, a promise or a threat with an infinitive ("urged X to ...",
/// "called on X to ...", "vowed to ...").
#[rustfmt::skip]
pub(crate) const INFINITIVE_VERBS: &[&str] = &[
    "urged", "urges", "urging", "vowed", "vows", "vowing", "pledged", "pledges", "pledging",
    "promised", "promises", "promising", "threatened", "threatens", "threatening", "asked",
    "asks", "asking", "told", "tells", "called", "calls", "calling", "appealed", "appeals",
    "appealing", "warned", "warns", "warning", "begged", "implored", "encouraged",
];

/// Verbs reporting an accusation with "of" ("accused Russia of moving ...").
pub(crate) const ACCUSE_VERBS: &[&str] = &["accused", "accuses", "accusing"];

/// Verbs naming their hearer before the content ("told ITV News he ...").
#[rustfmt::skip]
pub(crate) const OBJECT_VERBS: &[&str] = &[
    "told", "tells", "telling", "assured", "warned", "warns", "warning", "reminded",
    "informed", "promised",
];

/// Auxiliaries and modals that mark a finite clause ("he would ...", "it had ...").
#[rustfmt::skip]
pub(crate) const FINITE_WORDS: &[&str] = &[
    "is", "are", "was", "were", "will", "would", "could", "can", "should", "may", "might",
    "must", "had", "has", "have", "did", "does", "do", "won't", "wasn't", "weren't", "isn't",
    "aren't", "didn't", "doesn't", "don't", "hadn't", "hasn't", "haven't", "wouldn't",
    "couldn't", "can't", "shall", "remains", "remained", "wants", "needs", "needed", "wanted",
];
