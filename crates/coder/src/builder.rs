//! Building a coder from dictionaries and options.

use crate::negate::Negator;
use crate::CoderError;
use dyad_dict::Dictionaries;
use std::sync::Arc;

/// Options of a [`Coder`].
#[derive(Debug, Clone, Copy)]
pub(crate) struct Options {
    pub(crate) require_source: bool,
    pub(crate) require_target: bool,
    pub(crate) explain: bool,
    pub(crate) intentions: bool,
    pub(crate) unnamed_attackers: bool,
    /// Bit `r` set: root `r` codes without a target even when targets are required.
    pub(crate) targetless_roots: u32,
    pub(crate) armed_strikes: bool,
}

/// Configures a [`Coder`].
///
/// ```no_run
/// # use dyad_coder::CoderBuilder;
/// # use dyad_dict::{Dictionaries, LoadOptions};
/// let d = Dictionaries::load_dir("dictionaries", &LoadOptions::default())?;
/// let coder = CoderBuilder::new().dictionaries(d).require_source(true).build()?;
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone)]
pub struct CoderBuilder {
    dicts: Option<Arc<Dictionaries>>,
    opts: Options,
}

impl Default for CoderBuilder {
    fn default() -> Self {
        CoderBuilder::new()
    }
}

impl CoderBuilder {
    /// Defaults: source and target required (PETRARCH's `require_dyad`), no explanations.
    pub fn new() -> CoderBuilder {
        CoderBuilder {
            dicts: None,
            opts: Options {
                require_source: true,
                require_target: true,
                explain: false,
                intentions: false,
                unnamed_attackers: false,
                targetless_roots: 0,
                armed_strikes: false,
            },
        }
    }

    /// The dictionaries to code with.
    pub fn dictionaries(mut self, d: impl Into<Arc<Dictionaries>>) -> CoderBuilder {
        self.dicts = Some(d.into());
        self
    }

    /// Drop events without a source actor (default true).
    pub fn require_source(mut self, yes: bool) -> CoderBuilder {
        self.opts.require_source = yes;
        self
    }

    /// Drop events without a target actor (default true, PETRARCH's `require_dyad`).
    pub fn require_target(mut self, yes: bool) -> CoderBuilder {
        self.opts.require_target = yes;
        self
    }

    /// Code an act intended or threatened rather than done ("said it would send aid",
    /// "ready to meet") as the intention (03) or threat (13) CAMEO's codebook gives it,
    /// instead of as the act. Default false: PETRARCH codes the act, and its validation
    /// records expect that; dyad's pipeline turns it on.
    pub fn intentions(mut self, yes: bool) -> CoderBuilder {
        self.opts.intentions = yes;
        self
    }

    /// Violent acts (roots 18-20) whose attacker is unnamed code with no source when the
    /// attack is named by its weapon or kind ("a car bomb killed", "were killed in an
    /// airstrike", "was beheaded"), and a place is never the attacker of a passive verb
    /// ("seven people were killed in Kabul" names no one who killed). Default false:
    /// TABARI's validation records read the place as the source ("was shot dead in X");
    /// dyad's pipeline turns it on.
    pub fn unnamed_attackers(mut self, yes: bool) -> CoderBuilder {
        self.opts.unnamed_attackers = yes;
        self
    }

    /// CAMEO roots (1-20) whose events code without a target even when targets are
    /// required: acts on the actor's own domain that news rarely aims at anyone ("lifted
    /// the curfew", "refused to step down", "declared a state of emergency"). Default
    /// none, as PETRARCH.
    pub fn targetless_roots(mut self, roots: &[u8]) -> CoderBuilder {
        self.opts.targetless_roots = roots
            .iter()
            .filter(|&&r| (1..=20).contains(&r))
            .fold(0, |m, &r| m | 1 << r);
        self
    }

    /// Whether a violent act (roots 18-20) by a named country's forces or an armed group
    /// on a thing or a place codes with no target ("US warplanes fired on targets in
    /// Sadr City"; default false, as PETRARCH). See `violence::strike_on_no_one`.
    pub fn armed_strikes(mut self, yes: bool) -> CoderBuilder {
        self.opts.armed_strikes = yes;
        self
    }

    /// Attach an [`dyad_model::Explain`] to every event (default false).
    pub fn explain(mut self, yes: bool) -> CoderBuilder {
        self.opts.explain = yes;
        self
    }

    /// Builds the coder.
    pub fn build(self) -> Result<Coder, CoderError> {
        let d = self.dicts.ok_or(CoderError::NoDictionaries)?;
        let negator = Negator::new(d.pico.as_ref());
        let synset_firsts = synset_firsts(&d.verbs);
        let anchors = d
            .verbs
            .patterns
            .iter()
            .map(|p| anchor_words(&p.before, &p.after))
            .collect();
        Ok(Coder {
            d,
            opts: self.opts,
            negator,
            anchors,
            synset_firsts,
        })
    }
}

/// Codes sentences into events; build once, reuse for every sentence.
#[derive(Debug, Clone)]
pub struct Coder {
    pub(crate) d: Arc<Dictionaries>,
    pub(crate) opts: Options,
    pub(crate) negator: Negator,
    /// Per pattern, the literal words every match needs: a pattern whose words are not
    /// all in the sentence is not tried (candidate, then verify).
    pub(crate) anchors: Vec<Box<[String]>>,
    /// Per synset, the words its members can start with (`None` when a member starts
    /// with something else): a quick test before trying every member.
    pub(crate) synset_firsts: rustc_hash::FxHashMap<String, Option<rustc_hash::FxHashSet<String>>>,
}

impl Coder {
    /// The dictionaries in use.
    pub fn dictionaries(&self) -> &Dictionaries {
        &self.d
    }

    /// A copy of this coder with other source/target requirements.
    pub fn with_requirements(&self, require_source: bool, require_target: bool) -> Coder {
        let mut c = self.clone();
        c.opts.require_source = require_source;
        c.opts.require_target = require_target;
        c
    }
}

/// Literal words of a pattern (synset members are alternatives, so not required).
fn anchor_words(before: &[dyad_dict::Elem], after: &[dyad_dict::Elem]) -> Box<[String]> {
    fn walk(e: &[dyad_dict::Elem], out: &mut Vec<String>) {
        for x in e {
            match x {
                dyad_dict::Elem::Word(w) => out.push(w.clone()),
                dyad_dict::Elem::Group(g) | dyad_dict::Elem::Prep(g) => walk(g, out),
                _ => {}
            }
        }
    }
    let mut out = Vec::new();
    walk(before, &mut out);
    walk(after, &mut out);
    out.sort();
    out.dedup();
    out.into_boxed_slice()
}

fn synset_firsts(
    v: &dyad_dict::VerbDict,
) -> rustc_hash::FxHashMap<String, Option<rustc_hash::FxHashSet<String>>> {
    v.synsets
        .iter()
        .map(|(name, members)| {
            let mut set = rustc_hash::FxHashSet::default();
            for m in members {
                match m.first() {
                    Some(dyad_dict::Elem::Word(w)) => {
                        set.insert(w.clone());
                    }
                    _ => return (name.clone(), None),
                }
            }
            (name.clone(), Some(set))
        })
        .collect()
}
