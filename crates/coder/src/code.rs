//! From one UD sentence to events.

use crate::actors::{ActorFinder, Matches};
use crate::discourse::Discourse;
use crate::home::SentenceTree;
use crate::hypothetical;
use crate::modality;
use crate::patterns::Captures;
use crate::slots::{is_that_clause, takes_complement, takes_that_clause};
use crate::speculation;
use crate::tree::{Rel, Tree};
use crate::Coder;
use chrono::NaiveDate;
use dyad_dict::{EventCode, PatternId, VerbId};
use dyad_model::{Event, Sentence};

/// Why a sentence was dropped before coding.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Discarded {
    /// A sentence discard phrase occurs.
    Sentence,
    /// A story discard phrase (`+PHRASE`) occurs: drop the whole story.
    Story,
}

/// One verb found in a sentence with the code it carries.
pub(crate) struct VerbHit {
    pub(crate) token: usize,
    pub(crate) verb: VerbId,
    pub(crate) pattern: Option<PatternId>,
    pub(crate) code: EventCode,
    pub(crate) cap: Captures,
    pub(crate) depth: usize,
    /// Where the code came from: a dictionary entry or a rule of reported speech.
    pub(crate) origin: Origin,
}

/// Where a verb hit's code came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Origin {
    /// A dictionary entry (a pattern or the verb's default code).
    Dictionary,
    /// A statement read from a clause of obligation under a verb of saying
    /// (`reported::obligation_hits`).
    Obligation,
    /// A bare statement (`said::statement_hits`): a political speaker's "said" with a
    /// content clause, kept only when nothing else in the sentence codes.
    Bare,
    /// An accusation frame under a verb of saying (`accuse::accusation_hits`).
    Accusation,
    /// A verdict of disapproval on an owned act under a verb of saying
    /// (`evaluate.rs`), read with the accusations.
    Verdict,
    /// A directive told to someone ("told Japan to withdraw"): a demand
    /// (`directive::directive_hits`).
    Directive,
}

impl VerbHit {
    /// The CAMEO root of the code found (1-20), or 0 when it has none.
    pub(crate) fn root(&self) -> u32 {
        code_root(&self.code.forward)
    }
}

/// The CAMEO root of an event code ("19" of "193" as 19), or 0 when it has none.
pub(crate) fn code_root(code: &str) -> u32 {
    code.get(..2).and_then(|r| r.parse().ok()).unwrap_or(0)
}

/// An act asked for, not done: a subjunctive "that" clause ("insisted that Washington
/// lift sanctions") or one of obligation under a verb of saying ("said Russia must
/// withdraw").
fn asked_for(t: &Tree<'_>, i: usize) -> bool {
    modality::subjunctive(t, i) || crate::reported::obligation(t, i)
}

/// Words negating the verb they modify.
const NEGATORS: &[&str] = &["not", "n't", "never", "no"];

/// Whether word `i` has a `neg` or adverb dependent among `words` ("did not attack").
pub(crate) fn negated_by(t: &Tree<'_>, i: usize, words: &[&str]) -> bool {
    t.children(i)
        .iter()
        .any(|&c| matches!(t.rels[c], Rel::Neg | Rel::Advmod) && words.contains(&&t.forms[c]))
}

impl Coder {
    /// The events of a sentence on `date` (the sentence's own date when `None`).
    pub fn code(&self, s: &Sentence, date: Option<NaiveDate>) -> Vec<Event> {
        let mut out = Vec::new();
        self.code_into(s, date, &mut out);
        out
    }

    /// Whether a discard phrase drops this sentence (or its story).
    pub fn discarded(&self, s: &Sentence) -> Option<Discarded> {
        let t = Tree::new(s, &self.d);
        self.discard_of(&t)
    }

    fn discard_of(&self, t: &Tree<'_>) -> Option<Discarded> {
        let mut found = None;
        for (_, _, ids) in self.d.discard_trie.find_all(&t.syms) {
            for &i in ids {
                let story = self
                    .d
                    .discards
                    .discards
                    .get(i as usize)
                    .is_some_and(|d| d.story);
                if story {
                    return Some(Discarded::Story);
                }
                found = Some(Discarded::Sentence);
            }
        }
        found
    }

    /// The events of a sentence of an article, its subject pronouns resolved against the
    /// sentences before it (see [`Discourse`]); the sentence is then remembered in `ctx`.
    pub fn code_in(
        &self,
        s: &Sentence,
        date: Option<NaiveDate>,
        ctx: &mut Discourse,
    ) -> Vec<Event> {
        let mut out = Vec::new();
        self.code_with(s, date, Some(ctx), &mut out);
        out
    }

    /// [`Coder::code_in`] for a sentence whose tree is built already ([`Coder::tree`]).
    pub fn code_tree_in(
        &self,
        tree: &SentenceTree<'_>,
        date: Option<NaiveDate>,
        ctx: &mut Discourse,
    ) -> Vec<Event> {
        let mut out = Vec::new();
        self.code_tree(&tree.0, date, Some(ctx), &mut out);
        out
    }

    /// Appends the events of a sentence to `out` (which is not cleared).
    pub fn code_into(&self, s: &Sentence, date: Option<NaiveDate>, out: &mut Vec<Event>) {
        self.code_with(s, date, None, out);
    }

    fn code_with(
        &self,
        s: &Sentence,
        date: Option<NaiveDate>,
        ctx: Option<&mut Discourse>,
        out: &mut Vec<Event>,
    ) {
        if s.tokens.is_empty() {
            return;
        }
        self.code_tree(&Tree::new(s, &self.d), date, ctx, out);
    }

    fn code_tree(
        &self,
        t: &Tree<'_>,
        date: Option<NaiveDate>,
        mut ctx: Option<&mut Discourse>,
        out: &mut Vec<Event>,
    ) {
        let s = t.s;
        if s.tokens.is_empty() {
            return;
        }
        if self.discard_of(t).is_some() || hypothetical::is_question(t) {
            if let Some(c) = ctx {
                c.record(
                    t,
                    &ActorFinder {
                        t,
                        m: &Matches::new(t, &self.d),
                        d: &self.d,
                        date: date.or(s.date),
                        ctx: None,
                    },
                );
            }
            return;
        }
        let date = date.or(s.date);
        let m = Matches::new(t, &self.d);
        let f = ActorFinder {
            t,
            m: &m,
            d: &self.d,
            date,
            ctx: ctx.as_deref(),
        };
        let mut hits = self.find_verbs(t, &f);
        let told = crate::directive::directive_hits(t, &self.d.verbs, &hits);
        hits.extend(told);
        let said = crate::reported::obligation_hits(t, &self.d.verbs, &hits);
        hits.extend(said);
        let accused = crate::accuse::accusation_hits(t, &self.d.verbs, &hits);
        hits.extend(accused);
        let bare = crate::said::statement_hits(t, &self.d.verbs, &hits);
        hits.extend(bare);
        hits.retain(|h| !hypothetical::in_condition(t, h.token));
        // Guesses, material purposes, opinions and fears are no acts (`speculation.rs`).
        hits.retain(|h| !speculation::no_act(t, h.token, &h.code.forward));
        // A statement whose "that" clause is in the subjunctive demands the act of the
        // clause ("insisted that Washington lift all sanctions": 1054, not 010 and 085).
        let demanded: Vec<(usize, &str)> = hits
            .iter()
            .filter(|x| asked_for(t, x.token))
            .filter_map(|x| Some((t.heads[x.token]?, modality::as_demanded(&x.code.forward))))
            .collect();
        for h in hits
            .iter_mut()
            .filter(|h| h.root() == 1 || h.code.forward == "100")
        {
            if let Some(&(_, c)) = demanded.iter().find(|d| d.0 == h.token) {
                h.code = EventCode {
                    forward: c.to_string(),
                    reverse: None,
                };
            }
        }
        crate::reported::promised_acts(t, &mut hits);
        crate::reported::warned_against(t, &mut hits);
        // Inner clauses first, so a reporting verb knows whether its clause coded.
        hits.sort_by(|a, b| b.depth.cmp(&a.depth).then(a.token.cmp(&b.token)));
        let start = out.len();
        let mut coded = vec![false; t.len()];
        let mut ranges = Vec::with_capacity(hits.len());
        for h in &hits {
            let before = out.len();
            // A clause the pattern consumed ("threatened to ATTACK Israel") gives the
            // target even when it coded on its own: that event is dropped below.
            let mut seen = coded.clone();
            if let Some(c) = h.cap.inner {
                let mut x = c;
                while x != h.token {
                    seen[x] = false;
                    match t.heads[x] {
                        Some(p) if t.dominates(h.token, p) => x = p,
                        _ => break,
                    }
                }
            }
            // ...and the target that clause's own pattern chose ("pledged to WITHDRAW
            // its troops (FROM +)").
            let hint = h
                .cap
                .inner
                .and_then(|c| hits.iter().find(|x| x.token == c))
                .and_then(|x| x.cap.target);
            self.emit(t, &f, h, &seen, hint, out);
            if out.len() > before {
                coded[h.token] = true;
            }
            ranges.push((h.token, before, out.len()));
        }
        // The complement of a coded verb is part of that event ("urged X to respond"
        // is the urging), not an event of its own.
        let mut drop = vec![false; out.len()];
        let consumed: Vec<usize> = hits
            .iter()
            .filter(|h| coded[h.token])
            .filter_map(|h| h.cap.inner)
            .collect();
        // So is the act a coded demand, intention, refusal or threat is about ("demanded
        // that Russia withdraw its troops" is the demand, not a withdrawal).
        let modal: Vec<(usize, &str)> = hits
            .iter()
            .filter(|h| coded[h.token] && takes_complement(&h.code.forward))
            .map(|h| (h.token, h.code.forward.as_str()))
            .collect();
        // The act may sit a few clauses down ("offered to send troops to Syria to fight
        // IS": the fight is the purpose of the offered sending, not an event).
        let infinitive = |x: usize| {
            t.rels[x] == Rel::Advcl
                && t.children(x)
                    .iter()
                    .any(|&m| t.rels[m] == Rel::Mark && &t.forms[m] == "to")
        };
        let under_modal = |tok: usize| {
            let mut x = tok;
            // Complements nest two or three deep in news; deeper is another topic.
            for _ in 0..4 {
                let Some(hd) = t.heads[x] else { return false };
                let link = t.rels[x] == Rel::Xcomp || infinitive(x);
                if let Some(&(_, code)) = modal.iter().find(|m| m.0 == hd) {
                    return link || (is_that_clause(t, x) && takes_that_clause(code));
                }
                if !link {
                    return false;
                }
                x = hd;
            }
            false
        };
        for &(tok, a, b) in &ranges {
            let under_modal = under_modal(tok);
            let xcomp = under_modal
                || t.rels[tok] == Rel::Xcomp && t.heads[tok].is_some_and(|hd| coded[hd]);
            // An act in the subjunctive is asked for, not done.
            if xcomp || consumed.contains(&tok) || asked_for(t, tok) {
                for d in drop.iter_mut().take(b).skip(a) {
                    *d = true;
                }
            }
        }
        // A bare statement is the sentence's event only when nothing else codes: "said
        // the army shelled the town" is the shelling.
        let bare = |tok: usize| {
            hits.iter()
                .any(|h| h.token == tok && h.origin == Origin::Bare)
        };
        let other = ranges
            .iter()
            .any(|&(tok, a, b)| !bare(tok) && (a..b).any(|k| !drop[k]));
        if other {
            for &(_, a, b) in ranges.iter().filter(|r| bare(r.0)) {
                for d in drop.iter_mut().take(b).skip(a) {
                    *d = true;
                }
            }
        }
        if drop.iter().any(|&d| d) {
            let mut k = 0;
            out.retain(|_| {
                let keep = !drop.get(k).copied().unwrap_or(false);
                k += 1;
                keep
            });
        }
        let f = ActorFinder {
            t,
            m: &m,
            d: &self.d,
            date,
            ctx: None,
        };
        if let Some(c) = ctx.as_mut() {
            c.record(t, &f);
        }
        // The same (source, target, code) twice is one event.
        let same = |a: &Event, b: &Event| {
            a.cameo == b.cameo
                && a.source.as_ref().map(|x| &x.code) == b.source.as_ref().map(|x| &x.code)
                && a.target.as_ref().map(|x| &x.code) == b.target.as_ref().map(|x| &x.code)
        };
        let mut i = start;
        while i < out.len() {
            if out[start..i].iter().any(|e| same(e, &out[i])) {
                out.remove(i);
            } else {
                i += 1;
            }
        }
    }

    /// The subject of a verb, inherited through `xcomp` and coordinated verbs.
    pub(crate) fn subject(&self, t: &Tree<'_>, i: usize) -> Option<usize> {
        let mut x = i;
        for _ in 0..6 {
            if let Some(s) = t
                .child(x, Rel::Nsubj)
                .or_else(|| t.child(x, Rel::NsubjPass))
            {
                // A relative pronoun stands for the noun the clause modifies, and an
                // apposition for what it describes ("Dzhemilev, a lawmaker who spoke").
                if t.rels[x] == Rel::Relcl && matches!(&t.forms[s], "who" | "which" | "that") {
                    let a = t.heads[x]?;
                    return match t.rels[a] {
                        Rel::Appos => t.heads[a].or(Some(a)),
                        _ => Some(a),
                    };
                }
                return Some(s);
            }
            match t.rels[x] {
                Rel::Xcomp | Rel::Conj => x = t.heads[x]?,
                _ if modality::infinitive_subject(t, x) => x = t.heads[x]?,
                // An infinitive of purpose shares its verb's subject ("inching nearer to
                // accord with X"); other adverbial clauses code nothing of their own.
                Rel::Advcl
                    if t.children(x)
                        .iter()
                        .any(|&m| t.rels[m] == Rel::Mark && &t.forms[m] == "to") =>
                {
                    x = t.heads[x]?
                }
                Rel::Relcl => return t.heads[x],
                // A participle modifying a noun ("a woman believed linked to X") has that
                // noun as subject; an infinitive ("urged X to respond") is X's task, not
                // an event of X.
                Rel::Acl
                    if !t
                        .children(x)
                        .iter()
                        .any(|&m| t.rels[m] == Rel::Mark && &t.forms[m] == "to") =>
                {
                    return t.heads[x]
                }
                _ => return None,
            }
        }
        None
    }

    pub(crate) fn is_passive(&self, t: &Tree<'_>, i: usize) -> bool {
        // "drivers held hostage in Iraq", "soldiers taken prisoner": a past form whose
        // only object is a bare singular captive word, with no auxiliary, is a reduced
        // passive ("Isis holds hostages" and "held two Indians hostage" are active).
        let mut objects = t
            .children(i)
            .iter()
            .copied()
            .filter(|&c| t.rels[c] == Rel::Obj);
        let only_object = objects.next().filter(|_| objects.next().is_none());
        let captive = |o: usize| {
            matches!(&t.forms[o][..], "hostage" | "captive" | "prisoner")
                && t.children(o).is_empty()
        };
        let past =
            t.s.tokens
                .get(i)
                .is_some_and(|x| matches!(&x.xpos[..], "VBN" | "VBD"));
        if past
            && matches!(&t.lemmas[i][..], "hold" | "take" | "keep")
            && only_object.is_some_and(captive)
            && t.child(i, Rel::Aux).is_none()
        {
            return true;
        }
        let mut x = i;
        for _ in 0..6 {
            if t.child(x, Rel::NsubjPass).is_some() {
                // A "passive" subject on a verb with a direct object and no auxiliary is a
                // parse error on an active verb ("X criticised inaction"), not a passive.
                let misread = t.child(x, Rel::Obj).is_some() && t.child(x, Rel::Aux).is_none();
                return !misread;
            }
            if t.child(x, Rel::Nsubj).is_some() {
                return false;
            }
            match t.rels[x] {
                Rel::Conj => match t.heads[x] {
                    Some(h) => x = h,
                    None => return false,
                },
                _ => return false,
            }
        }
        false
    }

    pub(crate) fn is_negated(&self, t: &Tree<'_>, i: usize) -> bool {
        negated_by(t, i, NEGATORS)
    }
}
