//! From a verb found in a sentence to its events: the actors in its slots, the
//! countries role words take from the other side and the dateline, intentions and
//! negation, and the event records.

use crate::actors::{ActorFinder, Mention};
use crate::code::{Origin, VerbHit};
use crate::discourse::Discourse;
use crate::linear;
use crate::plans::Mood;
use crate::slots::{
    about_an_act, country_of, own_forces, own_side, resolve_pronoun, said_to_no_one, same_actor,
    sector_of, take_country, take_dateline_country, take_home_country, takes_complement,
};
use crate::tree::{Rel, Tree};
use crate::Coder;
use dyad_model::{ActorMention, Event, Span};

impl Coder {
    /// The events of verb hit `h`: its source and target slots filled, role words given
    /// their country, intention or threat for an act not done; appended to `out`.
    pub(crate) fn emit(
        &self,
        t: &Tree<'_>,
        f: &ActorFinder<'_, '_>,
        h: &VerbHit,
        coded: &[bool],
        hint: Option<usize>,
        out: &mut Vec<Event>,
    ) {
        let i = h.token;
        // A participle after its noun is a passive: the noun is acted on (`voice.rs`).
        let participle = crate::voice::passive_participle(t, i);
        let passive = participle || self.is_passive(t, i);
        let mut subj = self.subject(t, i);
        if subj.is_none() && !passive {
            subj = linear::adjacent_subject(t, i);
        }
        // `+` or `$` before the verb with no phrase there names the verb's subject.
        let mut cap = h.cap;
        if let Some(p) = h
            .pattern
            .and_then(|p| self.d.verbs.patterns.get(p.0 as usize))
        {
            if cap.target.is_none() && p.before.contains(&dyad_dict::Elem::Target) {
                cap.target = subj;
            }
            if cap.source.is_none() && p.before.contains(&dyad_dict::Elem::Source) {
                cap.source = subj;
            }
        }
        if cap.target.is_none() {
            cap.target = hint;
        }
        let by = t
            .children(i)
            .iter()
            .copied()
            .find(|&c| t.rels[c] == Rel::Nmod && t.case_of(c) == Some("by"));
        let mut sources = Vec::new();
        let mut targets = Vec::new();
        match (cap.source, passive) {
            (Some(s), _) => f.with_conjuncts(s, &mut sources),
            (None, true) => match by.or_else(|| crate::targets::hung_by_phrase(t, i)) {
                Some(b) => f.with_conjuncts(b, &mut sources),
                // A participle's phrases say where and when ("captured in Mariupol"),
                // not who acted.
                None if participle => {}
                // No "by" agent: the first phrase naming an actor ("shot in X").
                None => {
                    self.phrase_actors(t, f, i, &[], None, &mut sources);
                    if self.opts.unnamed_attackers {
                        crate::violence::means_only(t, f, &h.code.forward, &mut sources);
                    }
                }
            },
            (None, false) => {
                if let Some(s) = subj.filter(|&s| Some(s) != cap.target) {
                    f.with_conjuncts(s, &mut sources);
                }
            }
        }
        if let Some(tg) = cap.target {
            f.with_conjuncts(tg, &mut targets);
            // The accused named inside the phrase ("neglect BY ITS ALLIES led to").
            if targets.is_empty() && matches!(h.origin, Origin::Accusation | Origin::Verdict) {
                self.phrase_actors(t, f, tg, &[], None, &mut targets);
            }
        }
        // A passive's subject is its target, also, for violent acts, when a pattern's `+`
        // took a phrase naming no one ("were killed in a car bombing").
        if passive && targets.is_empty() && (cap.target.is_none() || matches!(h.root(), 18..=20)) {
            if let Some(s) = subj {
                f.with_conjuncts(s, &mut targets);
            }
        } else if cap.target.is_none() && !passive {
            if matches!(h.root(), 11 | 12) {
                // An active verb with an object has no agent phrase of its own: its "by"
                // phrase is the object's, attached one level up.
                let has_obj = !crate::targets::objects_of(t, i).is_empty();
                let agent = crate::targets::agent_of_object(t, i).or(by.filter(|_| has_obj));
                if let Some(a) = agent {
                    f.with_conjuncts(a, &mut targets);
                }
            }
            let through = Some(h.code.forward.as_str()).filter(|c| takes_complement(c));
            if targets.is_empty() {
                // Statements, appeals, disapproval, rejection, threats, protests and
                // reduced relations are acts of words; the rest are material.
                let verbal_act = matches!(h.root(), 1..=5 | 10..=14 | 16);
                self.find_targets(t, f, i, by, coded, through, verbal_act, &mut targets);
            }
        }
        if targets.is_empty() && !passive && cap.target.is_none() {
            self.fallback_targets(t, f, h, &sources, &mut targets);
        }
        // An act intended or threatened, not done, codes as the intention or threat; a
        // plan with no such code codes nothing (`plans.rs`).
        let mood = |c: &'_ str| -> Option<String> {
            if !self.opts.intentions {
                return Some(c.to_string());
            }
            match crate::plans::mood(t, i, c) {
                Mood::Done => Some(c.to_string()),
                Mood::As(x) => Some(x.to_string()),
                Mood::Nothing => None,
            }
        };
        // "X and Y held talks": each with the other ("are due to meet": the intention).
        if cap.compound && sources.len() >= 2 {
            let Some(code) = mood(&h.code.forward) else {
                return;
            };
            for a in &sources {
                for b in &sources {
                    if a.code != b.code {
                        self.push(t, h, &code, Some(a), Some(b), out);
                    }
                }
            }
            return;
        }
        // A pronoun subject of a reported or dependent clause stands for the subject of
        // the clause it depends on ("X indicated it would act").
        if sources.is_empty() && cap.source.is_none() && !passive {
            if let Some(s) = subj.filter(|&s| t.upos(s) == dyad_model::Upos::Pron) {
                let mut x = t.heads[s];
                for _ in 0..4 {
                    let Some(v) = x else { break };
                    let Some(up) = t.heads[v].filter(|_| {
                        matches!(t.rels[v], Rel::Ccomp | Rel::Advcl | Rel::Xcomp | Rel::Conj)
                    }) else {
                        break;
                    };
                    if let Some(s2) = self.subject(t, up) {
                        f.with_conjuncts(s2, &mut sources);
                        break;
                    }
                    x = Some(up);
                }
            }
        }
        // "Annan said the US war was illegal": a predicate adjective whose subject is
        // its target was said by the speaker of the verb of saying above it.
        if sources.is_empty() && cap.target.is_some() && cap.target == subj {
            if let Some(s) = crate::reported::speaker_of(self, t, i) {
                f.with_conjuncts(s, &mut sources);
            }
        }
        // A violent participle's doer is its verb's subject ("Israel hit the strip,
        // killing two militants in air strikes").
        if sources.is_empty() && cap.source.is_none() && !passive && matches!(h.root(), 18..=20) {
            if let Some(s) = crate::violence::participle_agent(t, f, i) {
                f.with_conjuncts(s, &mut sources);
            }
        }
        // A subject pronoun the sentence does not resolve: the sentences before it.
        if sources.is_empty() && cap.source.is_none() && !passive {
            if let Some(m) = subj.and_then(|s| resolve_pronoun(t, s, f.ctx)) {
                sources.push(m);
            }
        }
        // "Russia put its troops on alert": the subject's own forces, named through a
        // possessive, are who acts; Russia does not act on Russian troops.
        // Not in what is said about an act: "Russia denied that its troops attacked" is
        // Russia's denial, not its troops'.
        let mut own_organ = false;
        let said = h.root() == 1 || about_an_act(&h.code.forward);
        if let (false, [src], [tg]) = (said, sources.as_slice(), targets.as_slice()) {
            let country = country_of(&src.code);
            if tg.owned && country.is_some() && country_of(&tg.code) == country {
                sources = vec![tg.clone()];
                targets.clear();
                own_organ = true;
            } else if let Some(m) = own_forces(src, tg, &h.code.forward)
                .or_else(|| crate::violence::own_means(t, src, tg, &h.code.forward))
            {
                sources = vec![m];
                targets.clear();
                own_organ = true;
            }
        }
        // "Israel called up reservists", "India deployed troops to Kashmir": forces sent
        // are the state's military; where they go is the target when it is a country's.
        if let (false, false, [src]) = (said, own_organ, sources.as_slice()) {
            let p = h
                .pattern
                .and_then(|p| self.d.verbs.patterns.get(p.0 as usize));
            let pronoun = t.upos(src.first) == dyad_model::Upos::Pron;
            let doubtful = crate::posture::doubtful(t, i, pronoun);
            if let Some((s, kept)) =
                crate::posture::own_forces_sent(&h.code.forward, p, src, doubtful, &targets)
            {
                sources = vec![s];
                targets = kept;
                own_organ = true;
            }
        }
        // Then the forces' target is where they are sent or whom they face ("massed
        // troops along the border with India").
        if own_organ {
            let objs = crate::targets::objects_of(t, i);
            let keep = |m: &Mention| {
                country_of(&m.code).is_some() && sources.iter().all(|s| s.code != m.code)
            };
            self.phrase_actors_where(t, f, i, &objs, by, &keep, &mut targets);
        }
        crate::posture::drop_home_places(&h.code.forward, &sources, &mut targets);
        if cap.target.is_none() {
            crate::places::drop_venues(t, i, &h.code.forward, &mut targets);
        }
        if about_an_act(&h.code.forward) {
            targets.retain(|tg| {
                !tg.code.starts_with("---") && !sources.iter().any(|s| own_side(s, tg))
            });
        }
        // A people's region inside a named country is that country ("the Kurdish region
        // in northern Iraq").
        crate::regions::places_in_countries(t, f, i, &h.code.forward, &mut targets);
        // Where a violent act or protest happens gives its unnamed people their country.
        crate::violence::place_countries(t, f, i, &h.code.forward, &mut sources, &mut targets);
        if sources.is_empty()
            && self.opts.require_source
            && !(self.opts.unnamed_attackers
                && crate::violence::unnamed_attacker(t, f, h, subj, &targets, passive))
        {
            return;
        }
        // A bare statement about no one named (`said.rs`) is judged below.
        let bare_alone = h.origin == Origin::Bare && crate::said::TARGETLESS;
        if targets.is_empty() && self.opts.require_target && !own_organ && !bare_alone {
            let root = h.root();
            let allowed = root <= 20 && self.opts.targetless_roots & (1 << root) != 0
                || matches!(root, 18..=20)
                    && self.opts.armed_strikes
                    && crate::violence::strike_on_no_one(t, i, &sources, passive);
            // "The UN has been warned": the passive's subject is the addressee, not a
            // speaker making a statement to no one.
            let spoken = !passive || !matches!(root, 1 | 2 | 13 | 14);
            if !allowed || !spoken || !said_to_no_one(t, &h.code.forward, sources.first()) {
                return;
            }
            let src = sources.first();
            if !crate::targetless::stands_alone(t, h, src, subj, passive, coded) {
                return;
            }
        }
        // A civil state organ with no country named as the source is the dateline's first
        // ("LONDON - The government expelled Russian diplomats" is Britain's).
        if let Some(home) = f.ctx.and_then(Discourse::home_or_main) {
            for m in &mut sources {
                take_dateline_country(t, m, home, &targets);
            }
        }
        self.take_reporter_country(t, f, i, &mut sources, &targets);
        // "The government", "the army" with no country named: the country of the other
        // side, when that side is one country ("Lebanese protesters demanded the
        // resignation of the government": Lebanon's).
        if let [src] = sources.as_slice() {
            let country = country_of(&src.code);
            for tg in &mut targets {
                // Militias a state's forces fire on are not its own ("Turkish troops fired
                // on the pro-government militiamen"); where it happens may say whose.
                let state = matches!(sector_of(&src.code), "" | "GOV" | "MIL" | "COP" | "SPY");
                let force = matches!(h.root(), 18..=20) && state && tg.code == "---UAF";
                if !force {
                    take_country(t, tg, country.as_deref());
                }
                take_home_country(tg, &src.code, h.root());
            }
        }
        // A state organ of no country acted on is the home country's too ("the
        // president urged senators to stay": the United States' senators), never the
        // source itself ("Trump will meet the prime minister" is not USAGOV's own).
        if let Some(home) = f.ctx.and_then(Discourse::home_or_main) {
            for m in &mut targets {
                let before = m.code.clone();
                take_dateline_country(t, m, home, &[]);
                if sources.iter().any(|s| s.code == m.code) {
                    m.code = before;
                }
            }
        }
        // Not from a bare country: "the government condemned Iran" is not Iran's.
        if let [tg] = targets.as_slice() {
            let country = country_of(&tg.code).filter(|_| tg.code.len() > 3);
            for src in &mut sources {
                let before = src.code.clone();
                take_country(t, src, country.as_deref());
                // Never the target itself ("the government expelled Russian diplomats").
                if src.code == tg.code {
                    src.code = before;
                }
                // And the opponents a government faces are its own, either way round
                // ("protesters clashed with police in Baltimore").
                take_home_country(src, &tg.code, h.root());
            }
        }
        if h.origin == Origin::Obligation
            && !crate::reported::keep_targets(t, i, &sources, &mut targets)
        {
            return;
        }
        if h.origin == Origin::Directive && !crate::directive::keep(&sources, &targets) {
            return;
        }
        if h.origin == Origin::Verdict && !crate::evaluate::keep_speakers(&mut sources) {
            return;
        }
        if h.origin == Origin::Bare && !crate::said::keep_targets(t, i, &sources, &mut targets) {
            return;
        }
        crate::places::weapons_as_things(t, h.root(), &mut targets);
        if matches!(h.root(), 18..=20) && crate::violence::verbal_fight(t, i, &sources, &targets) {
            return;
        }
        // A visit is a state's, an organ's or an organisation's, once roles have their
        // countries (`places.rs`).
        if h.code.forward.starts_with("042") {
            sources.retain(crate::places::visitor);
            if sources.is_empty() {
                return;
            }
        }
        // Irregular armed groups killing civilians: unconventional violence.
        let forward = match crate::violence::unconventional(&h.code.forward, &sources, &targets) {
            true => "180",
            false => h.code.forward.as_str(),
        };
        let none: [Option<&Mention>; 1] = [None];
        let srcs: Vec<Option<&Mention>> = if sources.is_empty() {
            none.to_vec()
        } else {
            sources.iter().map(Some).collect()
        };
        let tgts: Vec<Option<&Mention>> = if targets.is_empty() {
            none.to_vec()
        } else {
            targets.iter().map(Some).collect()
        };
        for s in &srcs {
            // "Iran threatened to close the Strait of Hormuz" (`places.rs`).
            if s.is_some_and(|a| self.on_own_place(t, h, passive, a, &targets)) {
                if let Some(c) = mood(forward) {
                    self.push(t, h, &c, *s, None, out);
                }
                continue;
            }
            for tg in &tgts {
                if let (Some(a), Some(b)) = (s, tg) {
                    if a.code == b.code && same_actor(t, &self.d, a, b) {
                        continue;
                    }
                }
                if let Some(c) = mood(forward).filter(|_| !forward.is_empty()) {
                    self.push(t, h, &c, *s, *tg, out);
                }
                if let (Some(r), Some(_)) = (&h.code.reverse, tg) {
                    if let Some(c) = mood(r) {
                        self.push(t, h, &c, *tg, *s, out);
                    }
                }
            }
        }
    }

    fn push(
        &self,
        t: &Tree<'_>,
        h: &VerbHit,
        code: &str,
        s: Option<&Mention>,
        tg: Option<&Mention>,
        out: &mut Vec<Event>,
    ) {
        let negated = self.is_negated(t, h.token);
        let code = if negated {
            self.negator.negate(code).unwrap_or(code)
        } else {
            code
        };
        let mention = |m: &Mention| {
            let toks = &t.s.tokens;
            let text: Vec<&str> = (m.first..=m.last)
                .filter_map(|k| toks.get(k))
                .map(|x| x.form.as_str())
                .collect();
            let span = match (toks.get(m.first), toks.get(m.last)) {
                (Some(a), Some(b)) => Span::new(a.span.start, b.span.end.max(a.span.start)),
                _ => Span::default(),
            };
            ActorMention::from_code(&m.code, &text.join(" "), span)
        };
        let mut e = Event::new(code, s.map(mention), tg.map(mention));
        e.negated = negated;
        e.sentence = t.s.index;
        e.verb_span = t.s.tokens.get(h.token).map(|x| x.span).unwrap_or_default();
        e.span = [
            e.source.as_ref().map(|a| a.span),
            e.target.as_ref().map(|a| a.span),
        ]
        .into_iter()
        .flatten()
        .fold(
            e.verb_span,
            |acc, sp| if sp.is_empty() { acc } else { acc.cover(sp) },
        );
        if self.opts.explain {
            e.explain = Some(self.explain(t, h, s, tg, negated));
        }
        out.push(e);
    }
}
