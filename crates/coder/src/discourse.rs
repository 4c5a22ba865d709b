//! What the earlier sentences of an article said, for the actor slots a pronoun fills:
//! a conservative antecedent resolution ("They imposed visa bans" after a sentence about
//! the West).
//!
//! The rules, kept narrow so that a wrong guess is rarer than a right one:
//! - only subject pronouns are resolved, and only when the sentence itself gives no
//!   actor (the clause a reported pronoun depends on is tried first, in `code.rs`);
//! - candidates are the actor phrases of the previous sentence, then of the earlier
//!   sentences of the same paragraph, subjects before other phrases, nearest first;
//! - number and kind agree: "he"/"she" take a person (a dictionary entry with dated codes
//!   or from a people file, or a singular role word such as "the president"); "it" a
//!   singular actor that is not a person (a country, an organisation, a group); "they" a
//!   plural phrase, coordinated actors, or a collective that is not a person;
//! - "we" is resolved only inside a direct quote, to the speaker named where the quote
//!   opened ("X said: \"We ...").

use crate::actors::{ActorFinder, Mention};
use crate::tree::{Rel, Tree};
use dyad_dict::Dictionaries;

/// Sentences of a paragraph remembered: news paragraphs are a few sentences long, and a
/// pronoun further back than this is not resolved by a careful reader either.
const MAX_SENTENCES: usize = 6;
/// Actor phrases remembered per sentence (a bound for pathological run-on sentences).
const MAX_PER_SENTENCE: usize = 24;

/// What a remembered actor phrase can be called back with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// "he", "she" (and "they" only when plural).
    Person,
    /// "it" when singular, "they" always: a country, organisation or group.
    Collective,
}

/// One actor phrase of an earlier sentence.
#[derive(Debug, Clone)]
struct Antecedent {
    m: Mention,
    kind: Kind,
    plural: bool,
    subject: bool,
}

/// The discourse state of one article, carried from sentence to sentence by
/// [`crate::Coder::code_in`]. Start a new one for each article, and call
/// [`Discourse::new_paragraph`] where a paragraph begins.
#[derive(Debug, Clone, Default)]
pub struct Discourse {
    /// Per earlier sentence of the paragraph (the last is the previous sentence).
    sentences: Vec<Vec<Antecedent>>,
    /// The previous sentence when it ended the paragraph before.
    carried: Vec<Antecedent>,
    /// A direct quote is open at the end of the previous sentence.
    in_quote: bool,
    /// Who speaks in the open quote.
    speaker: Option<Mention>,
    /// The article's home country (ISO3, from its dateline).
    home: Option<String>,
    /// The country the article names most ([`crate::Coder::main_country`]).
    main: Option<String>,
}

impl Discourse {
    /// An empty discourse, for the first sentence of an article.
    pub fn new() -> Discourse {
        Discourse::default()
    }

    /// The article's home country (ISO3 code), from its dateline: a state organ of no
    /// country ("the police") is taken to be its.
    pub fn set_home(&mut self, country: Option<&str>) {
        self.home = country.map(str::to_string);
    }

    pub(crate) fn home(&self) -> Option<&str> {
        self.home.as_deref()
    }

    /// The country the article names far more than any other (from
    /// [`crate::Coder::main_country`]): with no dateline, a state organ of no country
    /// ("the administration") is taken to be its.
    pub fn set_main_country(&mut self, country: Option<&str>) {
        self.main = country.map(str::to_string);
    }

    /// The dateline's country, else the one the article names most.
    pub(crate) fn home_or_main(&self) -> Option<&str> {
        self.home.as_deref().or(self.main.as_deref())
    }

    /// A new paragraph begins: only the previous sentence stays a candidate.
    pub fn new_paragraph(&mut self) {
        self.carried = self.sentences.pop().unwrap_or_default();
        self.sentences.clear();
    }

    /// The antecedent of a subject pronoun, if one agrees.
    pub(crate) fn resolve(&self, pronoun: &str) -> Option<Mention> {
        if pronoun == "we" {
            return self.speaker.clone().filter(|_| self.in_quote);
        }
        self.find(pronoun).map(|a| a.m.clone())
    }

    fn find(&self, pronoun: &str) -> Option<&Antecedent> {
        let want: fn(&Antecedent) -> bool = match pronoun {
            "he" | "she" => |a| a.kind == Kind::Person && !a.plural,
            "it" => |a| a.kind == Kind::Collective && !a.plural,
            "they" => |a| a.plural || a.kind == Kind::Collective,
            _ => return None,
        };
        let mut groups: Vec<&[Antecedent]> =
            self.sentences.iter().rev().map(Vec::as_slice).collect();
        if self.sentences.is_empty() {
            groups.push(&self.carried);
        }
        for g in groups {
            for subject in [true, false] {
                if let Some(a) = g.iter().find(|a| a.subject == subject && want(a)) {
                    return Some(a);
                }
            }
        }
        None
    }

    /// Remembers the actor phrases of a sentence just coded (a pronoun subject resolved
    /// in it stands for its antecedent, which can be called back in turn).
    pub(crate) fn record(&mut self, t: &Tree<'_>, f: &ActorFinder<'_, '_>) {
        let mut found: Vec<Antecedent> = Vec::new();
        let mut opener: Option<Mention> = None;
        for i in 0..t.len() {
            if found.len() >= MAX_PER_SENTENCE {
                break;
            }
            let subject = matches!(t.rels[i], Rel::Nsubj | Rel::NsubjPass);
            if !(subject || matches!(t.rels[i], Rel::Obj | Rel::Iobj | Rel::Nmod)) {
                continue;
            }
            if subject {
                if let Some(a) = subject_pronoun(t, i).and_then(|p| self.find(p)) {
                    let mut a = a.clone();
                    (a.m.first, a.m.last, a.subject) = (i, i, true);
                    found.push(a);
                    continue;
                }
            }
            let mut ms = Vec::new();
            f.with_conjuncts(i, &mut ms);
            let coordinated = ms.len() > 1;
            for m in ms {
                let Some(head) = t.s.tokens.get(i) else {
                    continue;
                };
                let plural = coordinated
                    || head.xpos.starts_with("NNS")
                    || head.xpos == "NNPS"
                    || head.feats.contains("Number=Plur");
                let kind = if is_person(f.d, &m, head) {
                    Kind::Person
                } else {
                    Kind::Collective
                };
                if subject && opener.is_none() && t.heads[i].is_some_and(|v| t.heads[v].is_none()) {
                    opener = Some(m.clone());
                }
                found.push(Antecedent {
                    m,
                    kind,
                    plural,
                    subject,
                });
            }
        }
        // Quotes: straight marks toggle; curly ones open and close.
        let text = &t.s.text;
        let opens = text.matches('\u{201c}').count();
        let closes = text.matches('\u{201d}').count();
        let straight = text.matches('"').count();
        let was = self.in_quote;
        self.in_quote = if opens + closes > 0 {
            opens > closes || (opens == closes && was && straight.is_multiple_of(2))
        } else {
            was ^ (straight % 2 == 1)
        };
        if self.in_quote && !was {
            // The quote opened here: the subject of the sentence's main verb speaks.
            self.speaker = opener;
        } else if !self.in_quote {
            self.speaker = None;
        }
        self.sentences.push(found);
        if self.sentences.len() > MAX_SENTENCES {
            self.sentences.remove(0);
        }
    }
}

/// A person: a dictionary entry with term dates or from a people file, or a role word
/// alone in the singular ("the president").
pub(crate) fn is_person(d: &Dictionaries, m: &Mention, head: &dyad_model::Token) -> bool {
    match m.actor.and_then(|a| d.actors.actor(a)) {
        Some(a) => {
            a.codes
                .iter()
                .any(|c| c.range != dyad_dict::DateRange::Always)
                || d.locate(a.origin).starts_with("people")
        }
        None => {
            head.xpos == "NN"
                || (head.upos == dyad_model::Upos::Noun && head.feats.contains("Number=Sing"))
        }
    }
}

/// The pronoun a subject token is, lowercased, if it is one this module resolves.
pub(crate) fn subject_pronoun<'a>(t: &'a Tree<'_>, i: usize) -> Option<&'a str> {
    let w = &t.forms[i];
    matches!(w, "he" | "she" | "it" | "they" | "we").then_some(w)
}
