//! The model file: header, label names, lexicon, and the four weight tables.
//!
//! Layout: magic `DYADNLP\0`, format version (u32 LE), then the sections in the order
//! of [`Model::write`]. Integers are LEB128 varints unless noted; weights are i16
//! scaled per table. A model may end with an optional section, introduced by the tag
//! [`FINITE_TAG`]: the ambiguity classes that allow the past tense (VBD), for the
//! tagger's finite-verb repair (see [`crate::tagger::Finite`]); a model without it tags
//! without. Any other bytes after the last section make the file corrupt.

use crate::bytes::{Reader, Writer};
use crate::labeller::CORE;
use crate::lemma::Lemmatizer;
use crate::perceptron::Table;
use crate::tagger::{Finite, Tagger};
use crate::NlpError;
use rustc_hash::{FxHashMap, FxHashSet};

const MAGIC: &[u8; 8] = b"DYADNLP\0";
/// Format 3 adds the supertagger; format 2 models (no supertagger) still load and parse
/// with the feature templates they were trained with.
const VERSION: u32 = 3;
const OLDEST: u32 = 2;
/// Begins the finite-verb repair's section.
const FINITE_TAG: &[u8; 4] = b"VBD\x01";

/// Everything the analyzer needs.
pub(crate) struct Model {
    pub(crate) xpos_names: Vec<String>,
    pub(crate) deprels: Vec<String>,
    pub(crate) lexicon: FxHashMap<u64, u64>,
    pub(crate) tagger: Tagger,
    pub(crate) lemmatizer: Lemmatizer,
    pub(crate) parser: Table,
    pub(crate) labeller: Table,
    /// Supertags for the parser and labeller (see [`crate::supertag`]); a model
    /// without one uses neither supertags nor the templates added with them.
    pub(crate) supertagger: Option<Table>,
    /// Penn tags whose words always take one relation (punctuation: `punct`).
    pub(crate) fixed: FxHashMap<u64, usize>,
    /// Label ids of [`CORE`] relations.
    pub(crate) core: Vec<Option<usize>>,
    /// Label id of `root`.
    pub(crate) root: usize,
    /// Ids for the check of past tenses read as `acl` of the root (models with the
    /// finite-verb repair only; see [`crate::reroot`]).
    pub(crate) reroot: Option<crate::reroot::Ids>,
}

impl Model {
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn new(
        xpos_names: Vec<String>,
        deprels: Vec<String>,
        lexicon: FxHashMap<u64, u64>,
        tagger: Tagger,
        lemmatizer: Lemmatizer,
        parser: Table,
        labeller: Table,
        supertagger: Option<Table>,
        fixed: FxHashMap<u64, usize>,
    ) -> Model {
        let core = core_ids(&deprels);
        let root = deprels.iter().position(|d| d == "root").unwrap_or(0);
        let reroot = tagger
            .finite
            .as_ref()
            .and_then(|_| crate::reroot::Ids::new(&deprels, &xpos_names));
        Model {
            xpos_names,
            deprels,
            lexicon,
            tagger,
            lemmatizer,
            parser,
            labeller,
            supertagger,
            fixed,
            core,
            root,
            reroot,
        }
    }

    /// Drops small weights: `min[0..5]` for the Penn tagger, UPOS, parser, labeller and
    /// supertagger.
    pub(crate) fn prune(&mut self, min: [f32; 5]) {
        if let Some(t) = &mut self.supertagger {
            *t = t.pruned(min[4]);
        }
        self.tagger.xpos = self.tagger.xpos.pruned(min[0]);
        self.tagger.upos = self.tagger.upos.pruned(min[1]);
        self.parser = self.parser.pruned(min[2]);
        self.labeller = self.labeller.pruned(min[3]);
    }

    /// Feature counts of the five tables.
    pub(crate) fn sizes(&self) -> [usize; 5] {
        [
            self.tagger.xpos.len(),
            self.tagger.upos.len(),
            self.parser.len(),
            self.labeller.len(),
            self.supertagger.as_ref().map_or(0, Table::len),
        ]
    }

    pub(crate) fn to_bytes(&self) -> Vec<u8> {
        let mut w = Writer::default();
        w.buf.extend_from_slice(MAGIC);
        w.u32(if self.supertagger.is_some() {
            VERSION
        } else {
            OLDEST
        });
        for names in [&self.xpos_names, &self.deprels] {
            w.var(names.len() as u64);
            for s in names {
                w.str(s);
            }
        }
        let mut lex: Vec<_> = self.lexicon.iter().collect();
        lex.sort();
        w.var(lex.len() as u64);
        for (k, v) in lex {
            w.var(*k);
            w.var(*v);
        }
        let mut dict: Vec<_> = self.tagger.dict.iter().collect();
        dict.sort();
        w.var(dict.len() as u64);
        for (k, (x, u)) in dict {
            w.var(*k);
            w.u8(*x);
            w.u8(*u);
        }
        let mut fixed: Vec<_> = self.fixed.iter().collect();
        fixed.sort();
        w.var(fixed.len() as u64);
        for (t, l) in fixed {
            w.var(*t);
            w.var(*l as u64);
        }
        self.tagger.xpos.write(&mut w);
        self.tagger.upos.write(&mut w);
        self.parser.write(&mut w);
        self.labeller.write(&mut w);
        self.lemmatizer.write(&mut w);
        if let Some(t) = &self.supertagger {
            t.write(&mut w);
        }
        if let Some(f) = &self.tagger.finite {
            w.buf.extend_from_slice(FINITE_TAG);
            let mut classes: Vec<u64> = f.classes.iter().copied().collect();
            classes.sort_unstable();
            w.var(classes.len() as u64);
            for c in classes {
                w.var(c);
            }
        }
        w.buf
    }

    pub(crate) fn from_bytes(bytes: &[u8]) -> Result<Model, NlpError> {
        let mut r = Reader::new(bytes);
        if r.take(8).ok() != Some(MAGIC.as_slice()) {
            return Err(NlpError::BadMagic);
        }
        let version = r.u32()?;
        if !(OLDEST..=VERSION).contains(&version) {
            return Err(NlpError::Version {
                found: version,
                expected: VERSION,
            });
        }
        let mut names = [Vec::new(), Vec::new()];
        for list in &mut names {
            let n = r.count(1)?;
            for _ in 0..n {
                list.push(r.str()?.to_string());
            }
        }
        let [xpos_names, deprels] = names;
        if xpos_names.is_empty() || deprels.is_empty() {
            return Err(r.corrupt("empty tag or relation list"));
        }
        let n = r.count(2)?;
        let mut lexicon = FxHashMap::default();
        lexicon.reserve(n);
        for _ in 0..n {
            let k = r.var()?;
            lexicon.insert(k, r.var()?);
        }
        let n = r.count(3)?;
        let mut dict = FxHashMap::default();
        dict.reserve(n);
        for _ in 0..n {
            let k = r.var()?;
            let (x, u) = (r.u8()?, r.u8()?);
            if x as usize >= xpos_names.len() {
                return Err(r.corrupt("tag dictionary entry out of range"));
            }
            dict.insert(k, (x, u));
        }
        let n = r.count(2)?;
        let mut fixed = FxHashMap::default();
        for _ in 0..n {
            let t = r.var()?;
            let l = r.var()? as usize;
            if l >= deprels.len() {
                return Err(r.corrupt("fixed label out of range"));
            }
            fixed.insert(t, l);
        }
        let xpos = Table::read(&mut r)?;
        let upos = Table::read(&mut r)?;
        let parser = Table::read(&mut r)?;
        let labeller = Table::read(&mut r)?;
        let lemmatizer = Lemmatizer::read(&mut r)?;
        let supertagger = if version >= 3 {
            Some(Table::read(&mut r)?)
        } else {
            None
        };
        let finite = if r.pos < bytes.len() {
            if r.take(FINITE_TAG.len()).ok() != Some(FINITE_TAG.as_slice()) {
                return Err(r.corrupt("unknown section after the weight tables"));
            }
            let n = r.count(1)?;
            let mut classes = FxHashSet::default();
            classes.reserve(n);
            for _ in 0..n {
                classes.insert(r.var()?);
            }
            Some(Finite::new(classes, &xpos_names))
        } else {
            None
        };
        if r.pos != bytes.len() {
            return Err(r.corrupt("bytes after the last section"));
        }
        if xpos.classes() != xpos_names.len()
            || supertagger
                .as_ref()
                .is_some_and(|t| t.classes() != crate::supertag::classes(deprels.len()))
            || upos.classes() != dyad_model::Upos::ALL.len()
            || parser.classes() != crate::parser::MOVES
            || labeller.classes() != deprels.len()
        {
            return Err(r.corrupt("table sizes do not match the label lists"));
        }
        Ok(Model::new(
            xpos_names,
            deprels,
            lexicon,
            Tagger {
                xpos,
                upos,
                dict,
                finite,
                repair: crate::tagger::REPAIR_MARGIN,
            },
            lemmatizer,
            parser,
            labeller,
            supertagger,
            fixed,
        ))
    }
}

fn core_ids(deprels: &[String]) -> Vec<Option<usize>> {
    CORE.iter()
        .map(|c| deprels.iter().position(|d| d == c))
        .collect()
}
