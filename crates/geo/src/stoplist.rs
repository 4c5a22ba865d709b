//! Words that look like place names but usually are not.
//!
//! Three lists: calendar words that are never places; titles that mark the next word as
//! a person's name ("Queen Victoria", "King Abdullah"); and words after a place name that
//! make it part of an organisation's or building's name ("Washington Post"). Names that
//! are also common English words ("Reading", "Nice", "Mobile", "Of") come from the data
//! (`W` records, counted in UD English-EWT) and need a locative preposition before them.

/// Never a place as a single word, whatever the gazetteer says: the months
/// (`dyad_model::month::MONTHS`), other calendar words, and a few names of organisations
/// and institutions.
const CALENDAR: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "Christmas",
    "Easter",
    "Ramadan",
    "God",
    "Allah",
    // Compass words alone are "the West", "the South", not Cameroon's West Region; and
    // words of civics ("State of the Union", "Declaration of Independence").
    "West",
    "East",
    "North",
    "South",
    "Union",
    "Independence",
    // Organisations and institutions that are also (alternate) place names.
    "Hamas",
    "Hezbollah",
    "Taliban",
    "Nato",
    "NATO",
    "Isis",
    "ISIS",
    "Commonwealth",
    "Kremlin",
    "Pentagon",
];

/// Place names that, alone, are more often a person's name in news; like common words,
/// they need a locative preposition or a "Place, Country" apposition.
const PERSON_LIKE: &[&str] = &[
    "Victoria",
    "Florence",
    "Chelsea",
    "Aurora",
    "Eugene",
    "Tyler",
    "Douglas",
    "Sidney",
    "Beverly",
    "Marion",
    "Jackson",
    "Lincoln",
    "Madison",
    "Clinton",
    "Trump",
    "Obama",
    "Kennedy",
    "Wilson",
    "Franklin",
    "Hamilton",
    "Warren",
    "Carson",
    "Harris",
    // Soviet-era city names that news uses for the men they honoured.
    "Stalin",
    "Lenin",
    "Kirov",
    "Gorky",
    "Zhdanov",
    "Voroshilov",
    "Frunze",
    "Kalinin",
    "Kuibyshev",
    "Molotov",
    "Brezhnev",
    "Andropov",
    "Ordzhonikidze",
    "Dzerzhinsky",
    // Given names and surnames frequent in news that are also names of towns.
    "Abu",
    "Ahmad",
    "Ahmed",
    "Ali",
    "Hassan",
    "Hussein",
    "Mohammed",
    "Muhammad",
    "Omar",
    "Saleh",
    "Salman",
    "Khalid",
    "Abdullah",
    "Mustafa",
    "David",
    "Cameron",
    "Davis",
    "Graham",
    "Campbell",
    "Bush",
    "Adam",
    "Anna",
    "Maria",
    "Clive",
    "Oliver",
    "George",
    "Nadia",
    "Bethany",
    "Lewis",
];

/// A title before a name makes the name a person's.
const TITLES: &[&str] = &[
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "President",
    "Queen",
    "King",
    "Prince",
    "Princess",
    "Lord",
    "Lady",
    "Sir",
    "General",
    "Gen",
    "Senator",
    "Sen",
    "Rep",
    "Governor",
    "Gov",
    "Pope",
    "Sheikh",
    "Emir",
    "Sultan",
    "Judge",
    "Justice",
    "Professor",
    "Prof",
    "Captain",
    "Colonel",
    "Col",
    "Lt",
    "Sgt",
    "Coach",
    "Saint",
    "St",
    "Operation",
];

/// Words that, after a place name, make it part of another proper name.
const ORG_SUFFIXES: &[&str] = &[
    "Post",
    "Times",
    "Herald",
    "Journal",
    "Tribune",
    "Gazette",
    "Chronicle",
    "News",
    "University",
    "College",
    "Institute",
    "School",
    "Airport",
    "Street",
    "Avenue",
    "Road",
    "Square",
    "Boulevard",
    "Bridge",
    "Park",
    "Stadium",
    "Club",
    "FC",
    "United",
    "Hotel",
    "Hospital",
    "Center",
    "Centre",
    "Agreement",
    "Accords",
    "Protocol",
    "Convention",
    "Summit",
    "Declaration",
    "Group",
    "Company",
    "Corp",
    "Inc",
    "Bank",
    "Fund",
    "Foundation",
    "Hilton",
];

/// Words before a place name that still leave it a place ("Eastern Ukraine").
const PLACE_PREFIXES: &[&str] = &[
    "North",
    "South",
    "East",
    "West",
    "Northern",
    "Southern",
    "Eastern",
    "Western",
    "Central",
    "Upper",
    "Lower",
    "Greater",
    "Inner",
    "Outer",
    "Northeast",
    "Northwest",
    "Southeast",
    "Southwest",
    "Northeastern",
    "Northwestern",
    "Southeastern",
    "Southwestern",
    "Occupied",
    "Downtown",
    "Rural",
    "Coastal",
    "Metropolitan",
    "Old",
    "New",
];

/// Prepositions after which an ambiguous capitalised word is read as a place.
const LOCATIVE: &[&str] = &[
    "in",
    "at",
    "from",
    "near",
    "to",
    "outside",
    "around",
    "across",
    "into",
    "towards",
    "toward",
    "via",
    "through",
    "throughout",
    "inside",
    "between",
    "within",
    "of",
];

pub(crate) fn is_calendar(w: &str) -> bool {
    CALENDAR.contains(&w) || dyad_model::month::MONTHS.contains(&w)
}

pub(crate) fn is_person_like(w: &str) -> bool {
    PERSON_LIKE.contains(&w)
}

pub(crate) fn is_title(w: &str) -> bool {
    TITLES.contains(&w)
}

pub(crate) fn is_org_suffix(w: &str) -> bool {
    ORG_SUFFIXES.contains(&w)
}

pub(crate) fn is_place_prefix(w: &str) -> bool {
    PLACE_PREFIXES.contains(&w)
}

pub(crate) fn is_locative(w: &str) -> bool {
    LOCATIVE.contains(&w)
}
