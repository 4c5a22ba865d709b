//! The dictionary reader, one case per syntax feature and per error kind.

use dyad_dict::{Dictionaries, Elem, ErrorKind, FileKind, LoadOptions};

fn load(kind: FileKind, text: &str) -> Dictionaries {
    Dictionaries::from_strs(&[("t.txt", kind, text)], &LoadOptions::default())
        .unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn verb_features() {
    let verbs = "\
# comment line
<!-- old-style comment -->
&TIES_
+TIES
+RELATIONS
--- RESTORE [050] ---
RESTORE {RESTORES RESTORED}  # forms
+BRING_BACK {+BRINGS_BACK +BROUGHT_BACK}
WIRE_+TAP [170]
- * {DIPLOMATIC &TIES} (WITH +) [051:052]
- $ (DESPITE) * [---]
- % HAVE * [1246]
~ a (a b ATTACK) SAY = a b 015
";
    let d = load(FileKind::Verbs, verbs);
    let v = &d.verbs;
    assert_eq!(v.families.len(), 1);
    assert_eq!(
        v.synsets.get("TIES").map(Vec::len),
        Some(2),
        "synset with trailing _"
    );
    // Forms and generated regular forms.
    for w in [
        "restore",
        "restores",
        "restored",
        "restoring",
        "bring",
        "brought",
        "tap",
    ] {
        assert!(!v.lookup(w).is_empty(), "{w} not found");
    }
    let tap = v.lookup("tap")[0];
    let verb = v.verb(tap).unwrap_or_else(|| panic!("no verb"));
    assert_eq!(
        (verb.words.clone(), verb.head),
        (vec!["wire".to_string(), "tap".to_string()], 1)
    );
    assert_eq!(
        v.default_code(tap).map(|c| c.forward.as_str()),
        Some("170"),
        "verb's own code"
    );
    assert_eq!(v.patterns.len(), 3);
    let p = &v.patterns[0];
    assert_eq!(p.code.reverse.as_deref(), Some("052"), "paired code");
    assert_eq!(p.origin.line, 10, "pattern line number");
    assert!(matches!(&p.after[0], Elem::Group(g) if g.len() == 2));
    assert!(matches!(&p.after[1], Elem::Prep(g) if g.contains(&Elem::Target)));
    assert_eq!(v.patterns[1].before.first(), Some(&Elem::Source));
    assert!(v.patterns[1].code.is_null());
    assert_eq!(v.patterns[2].before.first(), Some(&Elem::Compound));
    assert_eq!(v.transformations.len(), 1);
    assert!(d.warnings.is_empty(), "{:?}", d.warnings);
}

#[test]
fn actor_features() {
    let actors = "\
GONDOR_ [GON]
+MINAS_TIRITH
SAM_GAMGEE [HOB]
\t[HOBCIV <20080120]
\t[HOBMIL 20080120-20121109]
\t[HOBELI >20130119]
GOLLUM
+SMEAGOL
\t[HOB < 950601]
LEONID_BREZHNEV
SECRETARY_BREZHNEV
\t[RUSGOV 641014-821110]
JEAN_GUEHENNO [IGOUNO 000101-080801] [---]
";
    let d = load(FileKind::Actors, actors);
    assert_eq!(d.actors.actors.len(), 5);
    let date = |s: &str| dyad_dict::parse_date(s);
    let sam = &d.actors.actors[1];
    assert_eq!(sam.code_on(date("20070101")), Some("HOBCIV"));
    assert_eq!(sam.code_on(date("20100101")), Some("HOBMIL"));
    assert_eq!(
        sam.code_on(date("20130118")),
        Some("HOB"),
        "gap: default code"
    );
    assert_eq!(sam.code_on(date("20140101")), Some("HOBELI"));
    assert_eq!(d.actors.actors[2].names.len(), 2, "synonym");
    assert_eq!(
        d.actors.actors[3].names.len(),
        2,
        "names sharing one code block"
    );
    assert_eq!(d.actors.actors[4].codes.len(), 2, "two codes on one line");
    let words: Vec<_> = ["minas", "tirith"].iter().map(|w| d.sym(w)).collect();
    assert!(
        d.actor_trie.longest_at(&words, 0).is_some(),
        "multiword synonym in the trie"
    );
}

#[test]
fn agent_and_discard_features() {
    let agents = "\
!PERSON! = MAN, MEN, WOMAN
PRESIDENT [~GOV]
TROOPS {} [~MIL]
GOLDEN_GOOSE {GOLDEN_GEESE} [~GGS]
CONGRESS!PERSON! [~LEG]
MSF {}  [NGO~]
";
    let d = load(FileKind::Agents, agents);
    let a = &d.agents.agents;
    assert_eq!(a.len(), 5);
    assert!(
        a[0].names.iter().any(|n| n == &["presidents"]),
        "regular plural"
    );
    assert_eq!(a[1].names.len(), 1, "{{}}: no plural");
    assert!(
        a[2].names.iter().any(|n| n == &["golden", "geese"]),
        "listed plural"
    );
    assert_eq!(
        a[3].names
            .iter()
            .filter(|n| n[0].starts_with("congress"))
            .count(),
        6,
        "substitution set with plurals"
    );
    assert!(a[4].prefix && a[4].code == "NGO");
    let d = load(FileKind::Discards, "+TYPHOON # story\nBASEBALL\n");
    assert!(d.discards.discards[0].story && !d.discards.discards[1].story);
    let d = load(
        FileKind::Pico,
        "# header\n010:0x1000#Make statement\n120:-0xFFFF\n",
    );
    assert_eq!(d.pico.map(|p| p.codes.len()), Some(2));
}

#[test]
fn errors_name_file_and_line() {
    type Case = (
        &'static str,
        FileKind,
        &'static str,
        usize,
        fn(&ErrorKind) -> bool,
    );
    let cases: &[Case] = &[
        (
            "pattern before family",
            FileKind::Verbs,
            "- * X [010]\n",
            1,
            |k| matches!(k, ErrorKind::OrphanPattern(_)),
        ),
        (
            "no verb marker",
            FileKind::Verbs,
            "--- A [010] ---\nA\n- X Y [010]\n",
            3,
            |k| matches!(k, ErrorKind::NoVerbMarker(_)),
        ),
        (
            "no code",
            FileKind::Verbs,
            "--- A [010] ---\nA\n- * X\n",
            3,
            |k| matches!(k, ErrorKind::NoCode(_)),
        ),
        (
            "bad code",
            FileKind::Verbs,
            "--- A [010] ---\nA\n- * X [080!]\n",
            3,
            |k| matches!(k, ErrorKind::BadCode(_)),
        ),
        (
            "unbalanced",
            FileKind::Verbs,
            "--- A [010] ---\nA\n- * (TO X [010]\n",
            3,
            |k| matches!(k, ErrorKind::Unbalanced(..)),
        ),
        (
            "unknown synset",
            FileKind::Verbs,
            "--- A [010] ---\nA\n- * &NOPE [010]\n",
            3,
            |k| matches!(k, ErrorKind::UnknownSynset(_)),
        ),
        (
            "bad date",
            FileKind::Actors,
            "X\n\t[ABC 9008223-911221]\n\t[ABC]\n",
            2,
            |k| matches!(k, ErrorKind::BadDate(_)),
        ),
        ("no actor code", FileKind::Actors, "Y [ABC]\nX\n", 2, |k| {
            matches!(k, ErrorKind::NoActorCode(_))
        }),
        ("orphan synonym", FileKind::Actors, "+X\n", 1, |k| {
            matches!(k, ErrorKind::OrphanSynonym(_))
        }),
        ("bad agent code", FileKind::Agents, "X [~ENV}\n", 1, |k| {
            matches!(k, ErrorKind::BadAgentCode(_))
        }),
        (
            "unknown substitution",
            FileKind::Agents,
            "X!NOPE! [~GOV]\n",
            1,
            |k| matches!(k, ErrorKind::UnknownSubstitution(_)),
        ),
        ("bad pico line", FileKind::Pico, "010 0x1000\n", 1, |k| {
            matches!(k, ErrorKind::BadLine(_))
        }),
    ];
    for (name, kind, text, line, is_kind) in cases {
        // Lenient: a warning, loading goes on.
        let d = Dictionaries::from_strs(&[("f.txt", *kind, text)], &LoadOptions::default())
            .unwrap_or_else(|e| panic!("{name}: lenient load failed: {e}"));
        let w = d
            .warnings
            .first()
            .unwrap_or_else(|| panic!("{name}: no warning"));
        assert_eq!((w.file.as_str(), w.line), ("f.txt", *line), "{name}");
        assert!(is_kind(&w.kind), "{name}: {:?}", w.kind);
        // Strict: the same error stops loading.
        let e = Dictionaries::from_strs(&[("f.txt", *kind, text)], &LoadOptions { strict: true })
            .err()
            .unwrap_or_else(|| panic!("{name}: strict load succeeded"));
        assert_eq!(e.line, *line, "{name}");
        assert!(
            e.to_string().starts_with(&format!("f.txt:{line}:")),
            "{name}: {e}"
        );
    }
}
