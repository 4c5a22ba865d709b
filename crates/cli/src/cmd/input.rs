//! Inputs shared by the commands that read articles: files, folders, gzip, stdin, and how
//! to read JSONL/CSV columns; plus the pipeline options they share.

use dyad_read::{Columns, Format, Reader};
use std::path::{Path, PathBuf};

/// Input formats named on the command line.
#[derive(Clone, Copy, Debug, clap::ValueEnum)]
pub enum InputFormat {
    Text,
    Html,
    Jsonl,
    Csv,
    Feed,
    Warc,
}

/// Sets one column name of a [`Columns`].
type SetColumn = fn(Columns, &str) -> Columns;

/// Where articles come from.
#[derive(clap::Args, Clone, Debug, Default)]
pub struct Input {
    /// Files or folders (read recursively); `-` or nothing reads standard input.
    pub files: Vec<PathBuf>,
    /// Read every input as this format instead of guessing from its name and content.
    #[arg(long, value_enum)]
    pub input_format: Option<InputFormat>,
    /// JSONL/CSV column holding the article text.
    #[arg(long)]
    pub text_column: Option<String>,
    /// JSONL/CSV column holding the date.
    #[arg(long)]
    pub date_column: Option<String>,
    /// JSONL/CSV column holding the headline.
    #[arg(long)]
    pub title_column: Option<String>,
    /// JSONL/CSV column holding the id.
    #[arg(long)]
    pub id_column: Option<String>,
    /// JSONL/CSV column holding the URL.
    #[arg(long)]
    pub url_column: Option<String>,
    /// JSONL/CSV column holding the source (outlet or agency).
    #[arg(long)]
    pub source_column: Option<String>,
}

impl Input {
    pub fn reader(&self) -> Reader {
        let mut columns = Columns::default();
        let set: [(&Option<String>, SetColumn); 6] = [
            (&self.text_column, Columns::text),
            (&self.date_column, Columns::date),
            (&self.title_column, Columns::title),
            (&self.id_column, Columns::id),
            (&self.url_column, Columns::url),
            (&self.source_column, Columns::source),
        ];
        for (value, apply) in set {
            if let Some(v) = value {
                columns = apply(columns, v);
            }
        }
        let mut b = Reader::builder().columns(columns);
        if let Some(f) = self.input_format {
            b = b.format(match f {
                InputFormat::Text => Format::Text,
                InputFormat::Html => Format::Html,
                InputFormat::Jsonl => Format::Jsonl,
                InputFormat::Csv => Format::Csv,
                InputFormat::Feed => Format::Feed,
                InputFormat::Warc => Format::Warc,
            });
        }
        b.build()
    }

    /// Calls `f` on every article of every input; an item that cannot be read is reported
    /// on standard error and skipped. Returns how many were skipped.
    pub fn each_article(
        &self,
        mut f: impl FnMut(dyad_model::Article) -> anyhow::Result<()>,
    ) -> anyhow::Result<usize> {
        let reader = self.reader();
        let mut failed = 0;
        for path in self.paths() {
            for item in reader.read_path(&path) {
                match item {
                    Ok(article) => f(article)?,
                    Err(e) => {
                        eprintln!("dyad: {e}");
                        failed += 1;
                    }
                }
            }
        }
        Ok(failed)
    }

    /// Every input file, folders expanded recursively in name order (skipping hidden files
    /// and Markdown notes); `-` for stdin.
    pub fn paths(&self) -> Vec<PathBuf> {
        if self.files.is_empty() {
            return vec![PathBuf::from("-")];
        }
        let mut out = Vec::new();
        for f in &self.files {
            expand(f, &mut out);
        }
        out
    }
}

/// Folders nested deeper than this are a link loop, not news.
const MAX_DEPTH: usize = 32;

fn expand(path: &Path, out: &mut Vec<PathBuf>) {
    fn walk(path: &Path, depth: usize, out: &mut Vec<PathBuf>) {
        if depth > MAX_DEPTH {
            return;
        }
        match std::fs::read_dir(path) {
            Ok(entries) if path.is_dir() => {
                let mut children: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
                children.sort();
                for c in children {
                    let name = c.file_name().and_then(|n| n.to_str()).unwrap_or("");
                    // Hidden files and Markdown notes inside a folder are not articles.
                    let skip = name.starts_with('.') || name.ends_with(".md");
                    if !skip {
                        walk(&c, depth + 1, out);
                    }
                }
            }
            _ => out.push(path.to_path_buf()),
        }
    }
    walk(path, 0, out);
}

/// Pipeline options shared by `code`, `analyze`, `ingest` and `watch`.
#[derive(clap::Args, Clone)]
pub struct PipelineArgs {
    /// Use the dictionaries in this folder (PETRARCH/Phoenix layout) instead of dyad's own.
    #[arg(long)]
    pub dict_dir: Option<PathBuf>,
    /// Stop at the first malformed dictionary entry.
    #[arg(long)]
    pub strict: bool,
}

impl PipelineArgs {
    pub fn build(&self, explain: bool) -> anyhow::Result<dyad_pipeline::Pipeline> {
        let p = dyad_pipeline::Pipeline::builder()
            .dict_dir(self.dict_dir.clone())
            .strict(self.strict)
            .explain(explain)
            .build()?;
        if !p.warnings().is_empty() {
            eprintln!(
                "dyad: {} malformed dictionary entries skipped; first: {}",
                p.warnings().len(),
                p.warnings()[0]
            );
        }
        Ok(p)
    }
}
