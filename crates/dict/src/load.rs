//! Loading dictionary files and compiling them into matchers.

use crate::error::Sink;
use crate::{
    ActorDict, ActorId, AgentDict, AgentId, DictError, DiscardDict, ErrorKind, FileId, Interner,
    PhraseTrie, Pico, Sym, VerbDict,
};
use std::path::{Path, PathBuf};

/// What a dictionary file holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FileKind {
    /// Verb families, synsets and patterns.
    Verbs,
    /// Actors.
    Actors,
    /// Agents.
    Agents,
    /// Discards.
    Discards,
    /// The PICO ontology.
    Pico,
}

impl FileKind {
    /// Guesses the kind from a file name the way the PETRARCH distributions name them;
    /// `None` for files that are not dictionaries dyad reads (issue coding, licences).
    pub fn from_name(name: &str) -> Option<FileKind> {
        let n = name.to_ascii_lowercase();
        if !n.ends_with(".txt") {
            return None;
        }
        if n.contains("verbs") || n.starts_with("cameo") {
            Some(FileKind::Verbs)
        } else if n.contains("actors") {
            Some(FileKind::Actors)
        } else if n.contains("agents") {
            Some(FileKind::Agents)
        } else if n.contains("discards") {
            Some(FileKind::Discards)
        } else if n.contains("ontology") {
            Some(FileKind::Pico)
        } else {
            None
        }
    }
}

/// How to load.
#[derive(Debug, Clone, Default)]
pub struct LoadOptions {
    /// Stop at the first malformed entry instead of collecting warnings.
    pub strict: bool,
}

/// Counts of what was loaded.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Stats {
    /// Files read.
    pub files: usize,
    /// Verb families.
    pub families: usize,
    /// Verb forms (each form of each verb).
    pub verbs: usize,
    /// Patterns.
    pub patterns: usize,
    /// Synsets.
    pub synsets: usize,
    /// Actor entries.
    pub actors: usize,
    /// Actor names and synonyms.
    pub actor_names: usize,
    /// Actor codes, dated or not.
    pub actor_codes: usize,
    /// Agent entries.
    pub agents: usize,
    /// Agent names including plurals and substitutions.
    pub agent_names: usize,
    /// Discard phrases.
    pub discards: usize,
    /// PICO codes.
    pub pico_codes: usize,
    /// Malformed entries skipped.
    pub warnings: usize,
}

/// Every dictionary the coder uses, compiled.
#[derive(Debug, Clone, Default)]
pub struct Dictionaries {
    /// Files read, in order; [`FileId`] indexes this.
    pub files: Vec<String>,
    /// The verb dictionary.
    pub verbs: VerbDict,
    /// Actors.
    pub actors: ActorDict,
    /// Agents.
    pub agents: AgentDict,
    /// Discards.
    pub discards: DiscardDict,
    /// The PICO ontology, if one was loaded.
    pub pico: Option<Pico>,
    /// Malformed entries that were skipped (non-strict loading).
    pub warnings: Vec<DictError>,
    /// Words of every phrase.
    pub interner: Interner,
    /// Actor names.
    pub actor_trie: PhraseTrie<ActorId>,
    /// Agent names.
    pub agent_trie: PhraseTrie<AgentId>,
    /// Discard phrases, valued by index into `discards.discards`.
    pub discard_trie: PhraseTrie<u32>,
}

/// Refuse dictionary files above this size: the full Phoenix set is under 3 MB, and a
/// bigger file is almost surely not a dictionary.
const MAX_FILE_BYTES: u64 = 256 << 20;

impl Dictionaries {
    /// Loads every dictionary file in a folder, kinds guessed by name
    /// ([`FileKind::from_name`]), in name order.
    pub fn load_dir(dir: impl AsRef<Path>, opts: &LoadOptions) -> Result<Dictionaries, DictError> {
        let dir = dir.as_ref();
        let io = |e: std::io::Error| DictError {
            file: dir.display().to_string(),
            line: 0,
            kind: ErrorKind::Io(e.to_string()),
        };
        let mut files: Vec<(PathBuf, FileKind)> = Vec::new();
        for entry in std::fs::read_dir(dir).map_err(io)? {
            let path = entry.map_err(io)?.path();
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
            if let Some(kind) = FileKind::from_name(name) {
                files.push((path, kind));
            }
        }
        files.sort_by(|a, b| a.0.cmp(&b.0));
        Dictionaries::load_files(&files, opts)
    }

    /// Loads the named files.
    pub fn load_files(
        files: &[(PathBuf, FileKind)],
        opts: &LoadOptions,
    ) -> Result<Dictionaries, DictError> {
        let mut texts = Vec::with_capacity(files.len());
        for (path, kind) in files {
            let name = path.display().to_string();
            let io = |e: String| DictError {
                file: name.clone(),
                line: 0,
                kind: ErrorKind::Io(e),
            };
            let meta = std::fs::metadata(path).map_err(|e| io(e.to_string()))?;
            if meta.len() > MAX_FILE_BYTES {
                return Err(io(format!(
                    "file is {} bytes, more than a dictionary can be",
                    meta.len()
                )));
            }
            let bytes = std::fs::read(path).map_err(|e| io(e.to_string()))?;
            // The older dictionaries are Latin-1 in places; read them lossily.
            texts.push((name, *kind, String::from_utf8_lossy(&bytes).into_owned()));
        }
        let refs: Vec<(&str, FileKind, &str)> = texts
            .iter()
            .map(|(n, k, t)| (n.as_str(), *k, t.as_str()))
            .collect();
        Dictionaries::from_strs(&refs, opts)
    }

    /// Loads dictionaries from strings (name, kind, text), e.g. embedded in a binary.
    pub fn from_strs(
        files: &[(&str, FileKind, &str)],
        opts: &LoadOptions,
    ) -> Result<Dictionaries, DictError> {
        let mut d = Dictionaries::default();
        for (i, (name, kind, text)) in files.iter().enumerate() {
            let file = FileId(i as u16);
            d.files.push(name.to_string());
            let mut sink = Sink {
                file: name,
                strict: opts.strict,
                warnings: &mut d.warnings,
            };
            match kind {
                FileKind::Verbs => d.verbs.read(text, file, &mut sink)?,
                FileKind::Actors => d.actors.read(text, file, &mut sink)?,
                FileKind::Agents => d.agents.read(text, file, &mut sink)?,
                FileKind::Discards => d.discards.read(text, file, &mut sink)?,
                FileKind::Pico => d
                    .pico
                    .get_or_insert_with(Pico::default)
                    .read(text, &mut sink)?,
            }
        }
        d.verbs
            .check_synsets(&d.files, &mut d.warnings, opts.strict)?;
        d.compile();
        Ok(d)
    }

    fn compile(&mut self) {
        let mut buf: Vec<Sym> = Vec::new();
        for (i, a) in self.actors.actors.iter().enumerate() {
            for name in &a.names {
                buf.clear();
                buf.extend(name.iter().map(|w| self.interner.intern(w)));
                self.actor_trie.insert(&buf, ActorId(i as u32));
            }
        }
        for (i, a) in self.agents.agents.iter().enumerate() {
            for name in &a.names {
                buf.clear();
                buf.extend(name.iter().map(|w| self.interner.intern(w)));
                self.agent_trie.insert(&buf, AgentId(i as u32));
            }
        }
        for (i, dsc) in self.discards.discards.iter().enumerate() {
            buf.clear();
            buf.extend(dsc.words.iter().map(|w| self.interner.intern(w)));
            self.discard_trie.insert(&buf, i as u32);
        }
    }

    /// The symbol of a lowercased word, if any actor, agent or discard uses it.
    pub fn sym(&self, word: &str) -> Option<Sym> {
        self.interner.get(word)
    }

    /// "file:line" of an origin, for explanations.
    pub fn locate(&self, o: crate::Origin) -> String {
        let f = self
            .files
            .get(o.file.0 as usize)
            .map_or("?", |f| f.as_str());
        let short = Path::new(f)
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or(f);
        format!("{short}:{}", o.line)
    }

    /// Counts of what was loaded.
    pub fn stats(&self) -> Stats {
        Stats {
            files: self.files.len(),
            families: self.verbs.families.len(),
            verbs: self.verbs.verbs.len(),
            patterns: self.verbs.patterns.len(),
            synsets: self.verbs.synsets.len(),
            actors: self.actors.actors.len(),
            actor_names: self.actors.actors.iter().map(|a| a.names.len()).sum(),
            actor_codes: self.actors.actors.iter().map(|a| a.codes.len()).sum(),
            agents: self.agents.agents.len(),
            agent_names: self.agents.agents.iter().map(|a| a.names.len()).sum(),
            discards: self.discards.discards.len(),
            pico_codes: self.pico.as_ref().map_or(0, |p| p.codes.len()),
            warnings: self.warnings.len(),
        }
    }
}
