//! Dating and placing events, and turning the stage crates' quotes and places into the
//! data model's.

use chrono::NaiveDate;
use dyad_facts::quotes::{Quote as FactQuote, QuoteKind, SpeakerKind as FactKind};
use dyad_facts::time::{choose, resolve_sentence, TimeExpr};
use dyad_geo::{Entry, FeatureType, Gazetteer, Place as GeoPlace};
use dyad_model::{DatePrecision, Event, EventDate, Place, Quote, Sentence, Span, SpeakerKind};

/// Dates each event of a sentence: the time expression attached to its verb, else the one
/// that governs the sentence, else the publication day. An expression more than a year
/// before publication marks the event historical.
pub(crate) fn date_events(s: &Sentence, text: &str, published: NaiveDate, events: &mut [Event]) {
    if events.is_empty() {
        return;
    }
    let found = resolve_sentence(s, text, published);
    let sentence_level = choose(s, &found);
    for e in events {
        let verb = s
            .tokens
            .iter()
            .position(|t| t.span == e.verb_span)
            .map(|i| i + 1);
        let own = verb.and_then(|v| attached(s, &found, v));
        match own.or(sentence_level) {
            Some(t) => {
                e.date = Some(t.date);
                e.historical = t.historical;
            }
            None => {
                e.date = Some(EventDate {
                    date: published,
                    precision: DatePrecision::Day,
                });
            }
        }
    }
}

/// The time expression whose words hang from token `verb` (directly or one level down).
fn attached<'a>(s: &Sentence, found: &'a [TimeExpr], verb: usize) -> Option<&'a TimeExpr> {
    found.iter().filter(|t| !t.deadline).find(|t| {
        s.tokens.iter().enumerate().any(|(i, tok)| {
            let inside = tok.span.start >= t.span.start && tok.span.end <= t.span.end;
            let head = tok.head;
            let grand = s.token(head).map_or(0, |h| h.head);
            inside
                && (head == verb
                    || (grand == verb && head != 0 && !is_inside(s, head, t.span))
                    || i + 1 == verb)
        })
    })
}

fn is_inside(s: &Sentence, id: usize, span: Span) -> bool {
    s.token(id)
        .is_some_and(|t| t.span.start >= span.start && t.span.end <= span.end)
}

/// Places each event: the most specific place named in its sentence (not an adjective
/// like "Ukrainian"), else the dateline's place.
pub(crate) fn locate_events(
    sentences: &[Sentence],
    places: &[Place],
    dateline: Option<&Place>,
    events: &mut [Event],
) {
    for e in events {
        let Some(s) = sentences.get(e.sentence) else {
            continue;
        };
        let rank = |p: &Place| match p.feature.as_str() {
            "city" => 0,
            "adm1" => 1,
            "country" => 2,
            _ => 3,
        };
        let best = places
            .iter()
            .filter(|p| p.span.start >= s.span.start && p.span.end <= s.span.end)
            .filter(|p| p.feature != "adjectival" && rank(p) < 3)
            .min_by_key(|p| (rank(p), p.span.start));
        e.location = best.or(dateline).cloned();
    }
}

pub(crate) fn to_model_place(p: GeoPlace) -> Place {
    Place {
        text: p.text,
        span: p.span,
        name: p.name,
        country: p.country.unwrap_or_default(),
        adm1: p.adm1,
        lat: p.lat,
        lon: p.lon,
        geonames_id: p.geonames_id.map(u64::from),
        feature: if p.adjectival {
            "adjectival".to_string()
        } else {
            p.feature.as_str().to_string()
        },
        confidence: p.confidence,
    }
}

/// A gazetteer entry as the place of a dateline.
pub(crate) fn entry_place(gaz: &Gazetteer, e: &Entry, text: &str) -> Place {
    Place {
        text: text.to_string(),
        span: Span::default(),
        name: e.name.clone(),
        country: gaz.iso3(&e.iso2).unwrap_or_default().to_string(),
        adm1: (!e.adm1.is_empty()).then(|| e.adm1.clone()),
        lat: e.lat,
        lon: e.lon,
        geonames_id: e.geonames_id.map(u64::from),
        feature: match e.feature {
            FeatureType::Country => "country",
            FeatureType::Adm1 => "adm1",
            FeatureType::City => "city",
            FeatureType::Continent => "continent",
            FeatureType::Region => "region",
        }
        .to_string(),
        confidence: 1.0,
    }
}

pub(crate) fn to_model_quote(q: FactQuote) -> Quote {
    let kind = match q.speaker.kind {
        FactKind::Person => SpeakerKind::Person,
        FactKind::Group => SpeakerKind::Group,
        FactKind::Unknown => SpeakerKind::Unknown,
    };
    Quote {
        text: q.text,
        spans: q.spans,
        speaker: (!q.speaker.name.is_empty() && kind != SpeakerKind::Unknown)
            .then_some(q.speaker.name),
        speaker_kind: kind,
        speaker_span: q.speaker_mention.map(|m| m.span),
        verb: q.verb.map(|m| m.text),
        direct: !matches!(q.kind, QuoteKind::Indirect),
    }
}
