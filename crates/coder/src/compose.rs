//! How role words join an actor's code: one role per code, as the CAMEO codebook builds
//! them (country, then one role: "SYRMIL", "RUSREB"), never a string of roles no
//! codebook has ("SYRGOVMIL" for "Syrian regime forces", "USAMILGOV" for "US military
//! officials"). A role entry the dictionary writes as a pair ("defence minister",
//! GOVMIL; "state media", GOVMED) is kept whole.
//!
//! Which role a phrase keeps, when its actor or its words give two:
//! - a leader or an official (GOV, ELI) of something is that thing: "army officials"
//!   MIL, "court officials" JUD, "the rebel leader" REB, "Isis leaders" the group,
//!   "Trump voters" CVL; and the forces of a government or regime are its military
//!   ("regime forces" MIL). In an undated article a title before a former
//!   officeholder's name says the office ("President Bush": GOV; in a dated one the
//!   dictionary's dates decide), and "former" makes an officeholder
//!   ELI; but the aides or spokesman of a former officeholder ("Clinton aides", "a
//!   spokeswoman for Mr. Clinton") are of no government: ELI stays.
//! - the forces, fighters or commanders (MIL) of a group or a sector are that group:
//!   "rebel forces" REB, "opposition forces" OPP, "Mehdi Army militia" UAF.
//! - of two armed non-state roles the first, the group's own, stays ("YPG militia"
//!   keeps the YPG's REB; "Islamist insurgents" REB).
//! - else the later word, the head noun naming the people, decides ("criminal court"
//!   JUD, "military police" COP, "refugee population" CVL).
//!
//! International bodies, NGOs, companies and armed groups coded as themselves (IGO, NGO,
//! MNC, IMG codes) take no leader, official, military or armed role: "UN official" and
//! "Isis fighters" are the body itself.

/// CAMEO's role codes (the third to sixth letters of an actor code).
const ROLES: &[&str] = &[
    "GOV", "LEG", "JUD", "MIL", "COP", "SPY", "REB", "INS", "SEP", "UAF", "CRM", "OPP", "CVL",
    "REF", "HRI", "MED", "EDU", "REL", "LAB", "BUS", "HLH", "NGO", "AGR", "ENV", "ELI", "PTY",
    "DEV", "MOD", "RAD", "IGO", "MNC",
];

/// Armed groups that are not a state's forces.
const ARMED: &[&str] = &["REB", "INS", "SEP", "UAF"];

/// Codes of actors that are bodies of their own, not states.
const BODIES: &[&str] = &["IGO", "NGO", "MNC", "IMG"];

/// How much a role says about who the people are: a leader or official (0) says only
/// that they lead something, forces (1) that they fight for something, any other role
/// (2) what they are.
fn rank(role: &str) -> u8 {
    match last_chunk(role) {
        "GOV" | "ELI" => 0,
        "MIL" => 1,
        _ => 2,
    }
}

fn last_chunk(code: &str) -> &str {
    code.get(code.len().saturating_sub(3)..).unwrap_or("")
}

/// Three-letter chunks of `code` (a trailing shorter piece is dropped).
fn chunks(code: &str) -> impl Iterator<Item = &str> {
    (0..code.len() / 3).filter_map(move |k| code.get(3 * k..3 * k + 3))
}

fn contains_all(code: &str, part: &str) -> bool {
    chunks(part).all(|p| chunks(code).any(|c| c == p))
}

/// The role kept when a phrase with role `cur` gets another, `new` (`title`: its word
/// stands before the actor's name).
fn pick(cur: &str, new: &str, title: bool) -> String {
    if cur == "ELI" && new == "GOV" && !title {
        return cur.to_string();
    }
    if cur.is_empty() || contains_all(new, cur) {
        return new.to_string();
    }
    if contains_all(cur, new) {
        return cur.to_string();
    }
    // A code of the dictionaries' own, not one of CAMEO's roles, is appended as written.
    let known = |c: &str| chunks(c).all(|x| ROLES.contains(&x));
    if !known(cur) || !known(new) {
        return format!("{cur}{new}");
    }
    let (a, b) = (rank(cur), rank(new));
    let keep_cur = match a.cmp(&b) {
        std::cmp::Ordering::Greater => true,
        std::cmp::Ordering::Less => false,
        std::cmp::Ordering::Equal => {
            a == 2 && ARMED.contains(&last_chunk(cur)) && ARMED.contains(&last_chunk(new))
        }
    };
    if keep_cur {
        cur.to_string()
    } else {
        new.to_string()
    }
}

/// Splits a code into what it names and its trailing roles: "SYRKURREB" into
/// ("SYRKUR", "REB"), "USA" into ("USA", ""), "SYRGOVMIL" into ("SYR", "GOVMIL").
fn split(code: &str) -> (&str, &str) {
    let mut cut = code.len();
    while cut >= 6 && code.len() - cut < 6 {
        match code.get(cut - 3..cut) {
            Some(c) if ROLES.contains(&c) => cut -= 3,
            _ => break,
        }
    }
    code.split_at(cut)
}

/// Joins `base` (an actor's code, "---" for none) with the role codes of its agent
/// words, in the order of the words, each with whether it is a title before the name.
pub(crate) fn join(base: &str, roles: &[(&str, bool)]) -> String {
    if BODIES.iter().any(|b| base.starts_with(b)) {
        let mut code = base.to_string();
        for (r, _) in roles {
            let plain = rank(r) < 2 || ARMED.contains(&last_chunk(r));
            if !plain && !contains_all(&code[3..], r) {
                code.push_str(r);
            }
        }
        return code;
    }
    let (stem, own) = split(base);
    let mut role = own.to_string();
    for (r, title) in roles {
        role = pick(&role, r, *title);
    }
    format!("{stem}{role}")
}

#[cfg(test)]
mod tests {
    use super::join;

    #[test]
    fn one_role_per_code() {
        // Roles written "GOV" come after the name, "^GOV" is a title before it.
        let cases: &[(&str, &[&str], &str)] = &[
            ("SYR", &["GOV", "MIL"], "SYRMIL"),
            ("SYRGOV", &["MIL"], "SYRMIL"),
            ("USA", &["MIL", "GOV"], "USAMIL"),
            ("---", &["REB", "MIL"], "---REB"),
            ("RUS", &["REB", "MIL"], "RUSREB"),
            ("SYRKURREB", &["UAF"], "SYRKURREB"),
            ("SYRKURREB", &["MIL"], "SYRKURREB"),
            ("IRQ", &["MIL", "UAF"], "IRQUAF"),
            ("USA", &["GOV", "GOVMIL"], "USAGOVMIL"),
            ("TUR", &["GOVMIL"], "TURGOVMIL"),
            ("SYR", &["GOVMED"], "SYRGOVMED"),
            ("USAELI", &["^GOV"], "USAGOV"),
            ("USAELI", &["GOV"], "USAELI"),
            ("USAGOV", &["ELI"], "USAELI"),
            ("USAGOV", &["CVL"], "USACVL"),
            ("USA", &["COP", "GOV"], "USACOP"),
            ("TUR", &["CRM", "JUD"], "TURJUD"),
            ("RUS", &["MIL", "COP"], "RUSCOP"),
            ("---", &["GOV"], "---GOV"),
            ("USA", &[], "USA"),
            ("IGOUNO", &["GOV"], "IGOUNO"),
            ("IMGMUSISI", &["MIL", "REB", "GOV"], "IMGMUSISI"),
            ("IMGMUSISI", &["CVL"], "IMGMUSISICVL"),
            ("SYRGOVMIL", &["GOV"], "SYRGOVMIL"),
            ("US", &["GOV"], "USGOV"),
            ("GMW", &["GOV", "WGO"], "GMWGOVWGO"),
        ];
        for (base, roles, want) in cases {
            let r: Vec<(&str, bool)> = roles
                .iter()
                .map(|r| (r.trim_start_matches('^'), r.starts_with('^')))
                .collect();
            assert_eq!(&join(base, &r), want, "{base} + {roles:?}");
        }
    }
}
