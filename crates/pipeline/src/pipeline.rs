//! The pipeline and its builder.

use crate::when_where::{date_events, locate_events, to_model_place, to_model_quote};
use crate::PipelineError;
use dyad_coder::{Coder, CoderBuilder};
use dyad_dict::{DictError, Dictionaries, LoadOptions};
use dyad_geo::{Context, Gazetteer};
use dyad_model::{Analysis, Article, Event, Sentence, Span};
use dyad_nlp::Analyzer;
use dyad_text::Tokenizer;
use std::path::PathBuf;
use std::sync::Arc;

/// How to build a [`Pipeline`].
#[derive(Debug, Clone)]
pub struct PipelineBuilder {
    dict_dir: Option<PathBuf>,
    dictionaries: Option<Arc<Dictionaries>>,
    strict: bool,
    explain: bool,
    require_source: bool,
    facts: bool,
    parser: Option<String>,
}

impl Default for PipelineBuilder {
    fn default() -> Self {
        PipelineBuilder {
            dict_dir: None,
            dictionaries: None,
            strict: false,
            explain: false,
            require_source: true,
            facts: true,
            parser: None,
        }
    }
}

impl PipelineBuilder {
    /// Use the dictionaries in this folder (PETRARCH/Phoenix layout) instead of dyad's own.
    pub fn dict_dir(mut self, dir: Option<PathBuf>) -> Self {
        self.dict_dir = dir;
        self
    }

    /// Use these already-loaded dictionaries.
    pub fn dictionaries(mut self, d: Arc<Dictionaries>) -> Self {
        self.dictionaries = Some(d);
        self
    }

    /// Stop at the first malformed dictionary entry instead of skipping it with a warning.
    pub fn strict(mut self, yes: bool) -> Self {
        self.strict = yes;
        self
    }

    /// Attach to every event the dictionary entries and words that made it.
    pub fn explain(mut self, yes: bool) -> Self {
        self.explain = yes;
        self
    }

    /// Code events only when a source actor is found (the field's default).
    pub fn require_source(mut self, yes: bool) -> Self {
        self.require_source = yes;
        self
    }

    /// Find dates, quotes and places (on by default; off for coding alone).
    pub fn facts(mut self, yes: bool) -> Self {
        self.facts = yes;
        self
    }

    /// The parser: an embedded one by name (`dyad_nlp::PERCEPTRON`,
    /// `dyad_nlp::NEURAL_SMALL`) or a model file. Unset, `DYAD_PARSER_MODEL` names it, and
    /// without that the default parser parses.
    pub fn parser(mut self, name: Option<&str>) -> Self {
        self.parser = name.map(str::to_string);
        self
    }

    /// Loads every model and dictionary once.
    pub fn build(self) -> Result<Pipeline, PipelineError> {
        let opts = LoadOptions {
            strict: self.strict,
        };
        let dictionaries = match (self.dictionaries, &self.dict_dir) {
            (Some(d), _) => d,
            (None, Some(dir)) => Arc::new(Dictionaries::load_dir(dir, &opts)?),
            (None, None) => Arc::new(crate::embedded_dictionaries(&opts)?),
        };
        let warnings = dictionaries.warnings.clone();
        let coder = CoderBuilder::new()
            .dictionaries(dictionaries)
            .require_source(self.require_source)
            .explain(self.explain)
            .intentions(true)
            .unnamed_attackers(true)
            // Yielding, rejecting, investigating and administrative sanctions are mostly
            // acts on the actor's own domain, reported with no one they are aimed at;
            // pledges, demands, condemnations and sanctions are when they name their act
            // (the coder's `targetless.rs`).
            .targetless_roots(&[1, 2, 3, 8, 9, 10, 11, 12, 13, 14, 16, 17])
            // A strike by named forces on a town or positions, no one named as hit.
            .armed_strikes(true)
            .build()?;
        // The tokenizer's place list tells a dateline from a sentence's first words
        // (`NAIROBI : Troops`, not `NATO: Russia`), with or without facts.
        let places = Gazetteer::embedded()?;
        let gazetteer = self.facts.then_some(places);
        let tokenizer = Tokenizer::builder()
            .skip_dateline(true)
            .place_names(Arc::new(crate::places::DatelinePlaces(places)));
        Ok(Pipeline {
            tokenizer: tokenizer.build(),
            analyzer: match &self.parser {
                Some(name) => Analyzer::named(name)?,
                None => Analyzer::from_env()?,
            },
            coder,
            gazetteer,
            warnings,
        })
    }
}

/// Every stage, loaded once; `analyze` is reentrant and may be shared across threads.
pub struct Pipeline {
    tokenizer: Tokenizer,
    analyzer: Analyzer,
    coder: Coder,
    gazetteer: Option<&'static Gazetteer>,
    warnings: Vec<DictError>,
}

impl Pipeline {
    /// A builder with the defaults: dyad's own dictionaries, source required, facts on.
    pub fn builder() -> PipelineBuilder {
        PipelineBuilder::default()
    }

    /// Malformed dictionary entries skipped while loading.
    pub fn warnings(&self) -> &[DictError] {
        &self.warnings
    }

    /// Which parser parses: "neural" or "perceptron" (for reports and benchmarks).
    pub fn parser_kind(&self) -> &'static str {
        self.analyzer.parser_kind()
    }

    /// The coder (for validation runs and `--explain`).
    pub fn coder(&self) -> &Coder {
        &self.coder
    }

    /// Splits and tokenizes `text` (no tags, no parse).
    pub fn split(&self, text: &str) -> Vec<Sentence> {
        self.tokenizer.sentences(text)
    }

    /// Splits, tokenizes, tags and parses `text`.
    pub fn parse(&self, text: &str) -> Vec<Sentence> {
        let mut sentences = self.tokenizer.sentences(text);
        for s in &mut sentences {
            self.analyzer.analyze(s);
        }
        sentences
    }

    /// Tags and parses sentences that are already tokenized.
    pub fn parse_tokenized(&self, sentences: &mut [Sentence]) {
        for s in sentences {
            self.analyzer.analyze(s);
        }
    }

    /// Codes the events of one parsed sentence.
    pub fn code(&self, sentence: &Sentence, date: Option<chrono::NaiveDate>) -> Vec<Event> {
        self.coder.code(sentence, date)
    }

    /// Everything dyad finds in one article.
    pub fn analyze(&self, article: &Article) -> Analysis {
        let text = &article.text;
        let published = article.published.map(|p| p.date());
        let mut sentences = self.parse(text);
        let mut events = Vec::new();
        // Pronouns are resolved against earlier sentences of the same paragraph.
        let mut discourse = dyad_coder::Discourse::new();
        let dateline = self.gazetteer.and_then(|gaz| {
            let d = article.dateline.as_deref()?;
            let e = gaz.resolve_dateline(d)?;
            Some(crate::when_where::entry_place(gaz, e, d))
        });
        // CAMEO codes Kosovo KSV where ISO's user-assigned code is XKX.
        let home = dateline.as_ref().map(|p| match p.country.as_str() {
            "XKX" => "KSV",
            c => c,
        });
        let home = home.filter(|c| !c.is_empty());
        discourse.set_home(home);
        for s in &mut sentences {
            s.date = published;
        }
        {
            // Each sentence's tree is built once, for the article's main country and for
            // coding.
            let trees: Vec<_> = sentences.iter().map(|s| self.coder.tree(s)).collect();
            // The article's main country stands in for a dateline's only.
            if home.is_none() {
                discourse.set_main_country(self.coder.main_country(&trees, published).as_deref());
            }
            let mut para = 0;
            for (s, tree) in sentences.iter().zip(&trees) {
                let start = s.span.start;
                let before = para;
                while (article.paragraphs.get(para)).is_some_and(|p| p.span.end <= start) {
                    para += 1;
                }
                if para != before {
                    discourse.new_paragraph();
                }
                let mut found = self.coder.code_tree_in(tree, published, &mut discourse);
                for e in &mut found {
                    e.sentence = s.index;
                }
                if let Some(day) = published.filter(|_| self.gazetteer.is_some()) {
                    date_events(s, text, day, &mut found);
                }
                events.extend(found);
            }
        }
        let (mut quotes, mut places) = (Vec::new(), Vec::new());
        if let Some(gaz) = self.gazetteer {
            let ctx = Context {
                dateline: article.dateline.as_deref(),
                country_hint: None,
                sentences: Some(&sentences),
            };
            let found = gaz.find_places(text, &ctx);
            let place_spans: Vec<Span> = found
                .iter()
                .filter(|p| !p.adjectival)
                .map(|p| p.span)
                .collect();
            places = found.into_iter().map(to_model_place).collect();
            quotes = dyad_facts::quotes::find_quotes_knowing_places(
                text,
                &sentences,
                &article.paragraphs,
                &place_spans,
            )
            .into_iter()
            .map(to_model_quote)
            .collect();
            locate_events(&sentences, &places, dateline.as_ref(), &mut events);
        }
        Analysis {
            article: article.clone(),
            sentences,
            events,
            quotes,
            places,
        }
    }
}
