//! Quotes and their speakers.
//!
//! [`find_quotes`] returns, in text order, every direct quote (straight or curly marks;
//! split by an attribution; running over several sentences; running over paragraphs by the
//! news convention that an unclosed paragraph continues into the next one's opening mark;
//! partial quotes inside a sentence), every slogan or chant, and indirect speech.
//!
//! # Speakers
//! The attribution is looked for after the quote (`"...," Dzhemilev said`), between the
//! halves of a split quote, before it (`saying: "..."`, `according to X, "..."`) or, for a
//! partial quote, in the subject of its sentence when the sentence has a speaking or
//! framing verb ("called", "urged", "described"). The phrase found is resolved:
//! * a name, to the person of that name, a surname to the full name introduced earlier
//!   ("Mustafa Dzhemilev, ..." then "Dzhemilev said");
//! * a title or nominal ("the Tatar leader", "the Tatar", "the former dissident") to the
//!   most recent person whose titles, roles or appositions share a word, else to the most
//!   recent person who spoke or was a subject;
//! * an owned title ("Chile's agriculture minister") only to a person whose titles hold
//!   all its role words, before or just after it, else it stays as written;
//! * "he"/"she" to the most recent person speaker or subject of that gender (when known
//!   from a title or first name), "it" and "they" to the last group named as a speaker;
//! * organisations, acronyms, capitals and plurals ("the ministry", "NATO", "Moscow",
//!   "protesters", "Tatars") to a [`SpeakerKind::Group`].
//!
//! # Reported speech
//! Every report of speech in a sentence is found by the form of its verb: a clause ("X
//! said (in a statement) (that) ..."), an infinitive ("urged X to ...", "called on X to
//! ...", "vowed to ..."), "accused X of ...", a participle or coordinated verb sharing its
//! clause's subject ("..., saying ...", "... and said ..."), or an attribution after its
//! content ("..., Kurdish commanders said, with ...", "..., the BBC reported"). Reports
//! are read around partial quotes too (which then take the reporter as their speaker),
//! and beside direct quotes, outside them. The speaker is the verb's subject in the parse
//! when there is one, else the noun phrase before the verb; a phrase loses the place or
//! body after its head ("Police in London" speak as the police).
//!
//! A slogan, chant or sign is a [`QuoteKind::Slogan`]: a chant has the group chanting
//! as its speaker ("Protesters chanted"); the words on a sign, banner or placard have
//! none ([`SpeakerKind::Unknown`]). A quote with no attribution takes the speaker of the
//! previous quote in its paragraph, or, when it opens its paragraph, of the previous
//! paragraph's last direct quote (news convention for a speaker quoted over consecutive
//! paragraphs); otherwise its speaker is `Unknown`. Quoted phrases inside a sentence with
//! no speaking verb (scare quotes) are `Unknown` too.

mod attribution;
mod indirect;
mod lexicon;
mod marks;
mod mentions;
mod parsed;
mod reports;
mod speakers;

use crate::words::{self, Word};
use attribution::Frame;
use dyad_model::{Paragraph, Sentence, Span};
use serde::{Deserialize, Serialize};

/// Longest article text read for quotes; beyond this a "text" is a dump, not an article.
pub const MAX_TEXT_BYTES: usize = 4 * 1024 * 1024;

/// What sort of speaker a quote has.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SpeakerKind {
    /// One person.
    Person,
    /// An organisation, a state, a crowd or a collective.
    Group,
    /// Nobody can be named without guessing.
    Unknown,
}

/// Who said it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Speaker {
    /// The resolved name ("Mustafa Dzhemilev", "protesters"), or the phrase as written when
    /// it could not be resolved; empty when nothing names the speaker.
    pub name: String,
    /// Person, group or unknown.
    pub kind: SpeakerKind,
}

/// What sort of quote.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// Quoted words standing as a sentence or more.
    Direct,
    /// A phrase quoted inside a sentence ("called the vote \"a farce\"").
    Partial,
    /// A slogan, sign, banner or chant.
    Slogan,
    /// Reported speech without quotation marks.
    Indirect,
}

/// A piece of text with its bytes in the article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    /// As written.
    pub text: String,
    /// Where.
    pub span: Span,
}

/// One quote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    /// The quoted (or reported) words; the parts of a split quote joined by a space.
    pub text: String,
    /// The quoted material, one span per part, without the quotation marks.
    pub spans: Vec<Span>,
    /// Everything: marks, quoted words and the attribution clause.
    pub span: Span,
    /// Direct, partial, slogan or indirect.
    pub kind: QuoteKind,
    /// Who said it.
    pub speaker: Speaker,
    /// The words naming the speaker at the attribution ("he", "the Tatar", "Dzhemilev").
    pub speaker_mention: Option<Mention>,
    /// The attribution verb as written ("said", "told", "according to").
    pub verb: Option<Mention>,
}

/// One quote before its speaker is resolved.
struct Pending<'a> {
    quote: Quote,
    np: Vec<Word<'a>>,
    para: Option<usize>,
    /// The quote's opening mark starts its paragraph.
    opens_para: bool,
    frame: Frame,
}

/// Finds the quotes of an article. `sentences` (may be empty) give the sentences indirect
/// speech is looked for in; `paragraphs` (may be empty: then blank lines, else line
/// breaks, split the text) are used for the paragraph conventions of direct quotes.
pub fn find_quotes(text: &str, sentences: &[Sentence], paragraphs: &[Paragraph]) -> Vec<Quote> {
    find_quotes_knowing_places(text, sentences, paragraphs, &[])
}

/// [`find_quotes`], told where the article names places (spans of `text`, from the
/// gazetteer): a capitalized run inside a place ("Bethnal Green", "Newark") is not
/// learned as a person, so pronouns and surnames do not resolve to it.
pub fn find_quotes_knowing_places(
    text: &str,
    sentences: &[Sentence],
    paragraphs: &[Paragraph],
    places: &[Span],
) -> Vec<Quote> {
    let mut cut = text.len().min(MAX_TEXT_BYTES);
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let text = &text[..cut];
    let paras = words::paragraphs(text, paragraphs);
    let groups = marks::groups(text, &paras);
    let quoted: Vec<Span> = groups
        .iter()
        .flat_map(|g| g.parts.iter().map(|p| p.content))
        .collect();

    let mut registry = speakers::Registry::default();
    registry.set_places(places);
    for p in &paras {
        registry.learn(&words::scan(text, *p), &quoted);
    }

    let mut pending: Vec<Pending> = Vec::new();
    for (k, g) in groups.iter().enumerate() {
        let (Some(first), Some(last)) = (g.parts.first(), g.parts.last()) else {
            continue;
        };
        let para = paras.get(first.para).copied().unwrap_or_default();
        let floor = k
            .checked_sub(1)
            .and_then(|j| groups.get(j))
            .and_then(|pg| pg.parts.last())
            .filter(|pl| pl.para == first.para)
            .map_or(para.start, |pl| pl.after);
        let last_para = paras.get(last.para).copied().unwrap_or(para);
        let limit = groups
            .get(k + 1)
            .and_then(|ng| ng.parts.first())
            .filter(|nf| nf.para == last.para)
            .map_or(last_para.end, |nf| nf.open);
        let a = attribution::attribute(text, g, floor, limit);
        let mut span = Span::new(first.open, last.after);
        if let Some(c) = a.clause {
            span = span.cover(c);
        }
        let first_lower = first
            .content
            .slice(text)
            .chars()
            .next()
            .is_some_and(char::is_lowercase);
        let kind = match a.frame {
            Frame::Slogan => QuoteKind::Slogan,
            Frame::Partial | Frame::Scare => QuoteKind::Partial,
            _ if a.embedded && (first_lower || g.parts.len() == 1 && first.content.len() < 40) => {
                QuoteKind::Partial
            }
            _ => QuoteKind::Direct,
        };
        pending.push(Pending {
            quote: Quote {
                text: g
                    .parts
                    .iter()
                    .map(|p| p.content.slice(text))
                    .collect::<Vec<_>>()
                    .join(" "),
                spans: g.parts.iter().map(|p| p.content).collect(),
                span,
                kind,
                speaker: Speaker {
                    name: String::new(),
                    kind: SpeakerKind::Unknown,
                },
                speaker_mention: None,
                verb: a.verb.map(|v| Mention {
                    text: v.text.to_string(),
                    span: v.span,
                }),
            },
            np: a.np,
            para: Some(first.para),
            opens_para: first.open == para.start,
            frame: a.frame,
        });
    }

    // Indirect speech in sentences holding no direct quote.
    let fallback: Vec<Sentence>;
    let sentences = if sentences.is_empty() {
        fallback = fallback_sentences(text, &paras)
            .into_iter()
            .map(|span| Sentence {
                span,
                ..Default::default()
            })
            .collect();
        &fallback
    } else {
        sentences
    };
    let direct = pending.len();
    for sentence in sentences {
        let s = sentence.span;
        let overlapping = || {
            pending[..direct]
                .iter()
                .filter(move |p| p.quote.span.start < s.end && s.start < p.quote.span.end)
        };
        // Reported speech around a partial quote is still reported speech ("Lam said
        // that the \"rioters\" would be ..."); beside a direct quote, only outside it
        // ("\"...,\" Alloush said, saying it was possible ...").
        let quoted: Vec<Span> = overlapping()
            .filter(|p| p.quote.kind == QuoteKind::Direct)
            .flat_map(|p| p.quote.spans.iter().copied())
            .collect();
        // The verbs attributing those quotes ("\"...,\" he told AFP in an interview").
        let attributing: Vec<Span> = overlapping()
            .filter(|p| p.quote.kind == QuoteKind::Direct)
            .filter_map(|p| p.quote.verb.as_ref().map(|v| v.span))
            .collect();
        let ws = words::scan(text, s);
        let mut found: Vec<indirect::Indirect> = reports::find_all(text, sentence, &ws)
            .into_iter()
            .filter_map(|mut r| {
                let inside = |x: usize| quoted.iter().any(|q| q.start <= x && x <= q.end);
                let np_in = r.np.iter().any(|w| inside(w.span.start));
                let attributes = attributing.contains(&r.verb.span);
                if inside(r.verb.span.start) || inside(r.content.start) || np_in || attributes {
                    return None;
                }
                // The content stops before a quote that follows it.
                if let Some(q) = quoted
                    .iter()
                    .filter(|q| q.start > r.content.start && q.start < r.content.end)
                    .min_by_key(|q| q.start)
                {
                    let keep = text.get(r.content.start..q.start.saturating_sub(1))?;
                    let trimmed = keep.trim_end_matches(|c: char| !c.is_alphanumeric());
                    r.content.end = r.content.start + trimmed.len();
                    if trimmed.split_whitespace().count() < 3 {
                        return None;
                    }
                }
                Some(r)
            })
            .map(|r| indirect::Indirect {
                np: r.np,
                verb: r.verb,
                content: r.content,
            })
            .collect();
        // Else "according to X, ..." (the surface finder, kept for that form alone: its
        // verb patterns are the reports' older, looser twins) or a parse's ccomp.
        let according = ws.windows(2).any(|p| p[0].is("according") && p[1].is("to"));
        if found.is_empty() && overlapping().next().is_none() && quoted.is_empty() {
            found.extend(
                parsed::indirect(text, sentence)
                    .map(|(np, verb, content)| indirect::Indirect { np, verb, content })
                    .or_else(|| according.then(|| indirect::find(&ws)).flatten()),
            );
        }
        for ind in found {
            let mut span = ind.content.cover(ind.verb.span);
            if let (Some(f), Some(l)) = (ind.np.first(), ind.np.last()) {
                span = span.cover(f.span.cover(l.span));
            }
            // The end mark belongs to the report that ends the sentence.
            let rest = text.get(span.end..s.end).unwrap_or("");
            if rest.chars().all(|c| !c.is_alphanumeric()) {
                span.end = span.end.max(s.end);
            }
            pending.push(Pending {
                quote: Quote {
                    text: ind.content.slice(text).to_string(),
                    spans: vec![ind.content],
                    span,
                    kind: QuoteKind::Indirect,
                    speaker: Speaker {
                        name: String::new(),
                        kind: SpeakerKind::Unknown,
                    },
                    speaker_mention: None,
                    verb: Some(Mention {
                        text: ind.verb.text.to_string(),
                        span: ind.verb.span,
                    }),
                },
                np: ind.np,
                para: paras
                    .iter()
                    .position(|p| p.start <= s.start && s.start < p.end),
                opens_para: false,
                frame: Frame::Before,
            });
        }
    }
    pending.sort_by_key(|p| p.quote.span.start);
    // A phrase quoted inside reported speech, with no attribution of its own, is the
    // reporter's: "Beijing said its crew had acted \"professionally\"".
    let adopt: Vec<Option<usize>> = pending
        .iter()
        .map(|p| {
            let loose = matches!(p.frame, Frame::Partial | Frame::Scare | Frame::None)
                && p.quote.kind == QuoteKind::Partial;
            let inner = p.quote.spans.first()?;
            loose
                .then(|| {
                    pending.iter().position(|r| {
                        r.quote.kind == QuoteKind::Indirect
                            && r.quote.spans.iter().any(|c| {
                                c.start <= inner.start.saturating_sub(1) && inner.end < c.end + 2
                            })
                    })
                })
                .flatten()
        })
        .collect();
    let mut out = resolve(text, &mut registry, pending);
    for (i, from) in adopt.into_iter().enumerate() {
        if let Some(speaker) = from.and_then(|j| out.get(j)).map(|r| r.speaker.clone()) {
            if let Some(q) = out.get_mut(i) {
                if speaker.kind != SpeakerKind::Unknown {
                    q.speaker = speaker;
                }
            }
        }
    }
    out
}

/// Resolves speakers in text order, so pronouns see the speakers before them.
fn resolve(text: &str, registry: &mut speakers::Registry, pending: Vec<Pending>) -> Vec<Quote> {
    let mut out: Vec<Quote> = Vec::with_capacity(pending.len());
    // The last quote with a person speaker: its paragraph, where it ended, who.
    let mut last_speech: Option<(Option<usize>, usize, Speaker)> = None;
    for p in pending {
        let mut q = p.quote;
        if let (Some(first), Some(last)) = (p.np.first(), p.np.last()) {
            let span = first.span.cover(last.span);
            let speaker = registry.resolve(&p.np, span.start);
            q.speaker_mention = Some(Mention {
                text: join(&p.np),
                span,
            });
            q.speaker = speaker;
        }
        match p.frame {
            Frame::Slogan if q.speaker.kind != SpeakerKind::Group => {
                q.speaker = Speaker {
                    name: String::new(),
                    kind: SpeakerKind::Unknown,
                };
            }
            Frame::None => {
                // The speaker of the quote just before (nothing but space between them),
                // or of the previous paragraph's last quote when this one opens its
                // paragraph.
                if let Some((pp, end, s)) = &last_speech {
                    let adjacent = text
                        .get(*end..q.span.start)
                        .is_some_and(|g| g.trim().is_empty());
                    let next_para = matches!((pp, p.para), (Some(a), Some(b)) if a + 1 == b);
                    if adjacent || (next_para && p.opens_para) {
                        q.speaker = s.clone();
                    }
                }
            }
            _ => {}
        }
        // A person's words, or a body's quoted in full ("the WHO warned"), run on.
        let is_speech = q.kind != QuoteKind::Slogan
            && (q.speaker.kind == SpeakerKind::Person
                || q.speaker.kind == SpeakerKind::Group && q.kind == QuoteKind::Direct)
            && p.frame != Frame::Scare;
        // A quote with another kind of speaker, or none, breaks the chain.
        last_speech = is_speech.then(|| (p.para, q.span.end, q.speaker.clone()));
        out.push(q);
    }
    out
}

fn join(ws: &[Word]) -> String {
    let mut s = String::new();
    let mut prev_end = None;
    for w in ws {
        if prev_end.is_some_and(|e| e < w.span.start) {
            s.push(' ');
        }
        s.push_str(w.text);
        prev_end = Some(w.span.end);
    }
    s
}

/// Sentences by end marks, for callers that pass none.
fn fallback_sentences(text: &str, paras: &[Span]) -> Vec<Span> {
    let mut out = Vec::new();
    for p in paras {
        let mut at = p.start;
        while at < p.end {
            let s = mentions::clause_after(text, at, p.end);
            if s.end <= at {
                break;
            }
            out.push(s);
            at = s.end;
        }
    }
    out
}

#[cfg(test)]
mod tests;
