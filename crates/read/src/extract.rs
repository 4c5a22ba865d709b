//! Main-text extraction from an HTML page, in the manner of Readability: drop what is never
//! content (scripts, navigation, hidden and "unlikely" blocks by class and id), score every
//! paragraph by its length and commas and hand the score to its ancestors, pick the best
//! container (adjusted by link density), add siblings that look like content, and render the
//! kept tree to paragraphs while dropping blocks that are mostly links, forms or lists.
//!
//! All walks over the tree are iterative (`traverse`), so deeply nested pages cannot
//! overflow the stack.

use crate::classes::{class_weight, is_byline_hint, is_hidden, is_unlikely};
use crate::render::{is_block, measure_text, render_all};
use ego_tree::iter::Edge;
use ego_tree::NodeId;
use scraper::node::Element;
use scraper::{Html, Node};
use std::collections::{HashMap, HashSet};

/// Text shorter than this is not a paragraph worth scoring (Readability's value).
pub(crate) const MIN_PARAGRAPH: u32 = 25;
/// Below this many bytes of result, extraction is retried with fewer filters.
const RETRY_BELOW: usize = 500;
/// A first-pass result at least this long is kept when no pass reaches `RETRY_BELOW`.
const MIN_KEEP: usize = 140;

/// Counts kept for every element that survives the first pass.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct Stats {
    pub(crate) text: u32,
    pub(crate) link_text: u32,
    pub(crate) commas: u32,
    pub(crate) own_text: u32,
    pub(crate) p: u32,
    pub(crate) img: u32,
    pub(crate) li: u32,
    pub(crate) input: u32,
    pub(crate) embed: u32,
    pub(crate) block_child: bool,
    /// Text inside `ul`/`ol` lists below this element.
    pub(crate) list_text: u32,
}

impl Stats {
    pub(crate) fn link_density(&self) -> f32 {
        if self.text == 0 {
            0.0
        } else {
            self.link_text as f32 / self.text as f32
        }
    }
}

/// Which filters a pass applies; each retry relaxes one.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Flags {
    pub(crate) strip_unlikely: bool,
    pub(crate) weight_classes: bool,
    pub(crate) clean_conditionally: bool,
}

/// What the extractor found: paragraphs of main text and a byline seen in the page.
#[derive(Debug, Default)]
pub struct Extracted {
    /// Paragraphs of the main text, whitespace normalized.
    pub paragraphs: Vec<String>,
    /// Text of an element marked as the byline (`rel=author`, class `byline`), if any.
    pub byline: Option<String>,
}

/// Extracts the main text of a parsed page.
pub fn extract(doc: &Html) -> Extracted {
    let mut first: Option<Extracted> = None;
    for flags in [
        Flags {
            strip_unlikely: true,
            weight_classes: true,
            clean_conditionally: true,
        },
        Flags {
            strip_unlikely: false,
            weight_classes: true,
            clean_conditionally: true,
        },
        Flags {
            strip_unlikely: false,
            weight_classes: false,
            clean_conditionally: true,
        },
        Flags {
            strip_unlikely: false,
            weight_classes: false,
            clean_conditionally: false,
        },
    ] {
        let got = Pass::new(doc, flags).run();
        let len: usize = got.paragraphs.iter().map(String::len).sum();
        if len >= RETRY_BELOW {
            return got;
        }
        // A short article found by the strictest pass beats a long page of clutter found
        // by a relaxed one; keep the first non-trivial result.
        if first
            .as_ref()
            .is_none_or(|f| f.paragraphs.iter().map(String::len).sum::<usize>() < MIN_KEEP)
        {
            first = Some(got);
        }
    }
    first.unwrap_or_default()
}

/// Renders every paragraph of a fragment (a feed item's HTML), dropping only scripts and
/// the like: a fragment is content already.
pub fn fragment_paragraphs(doc: &Html) -> Vec<String> {
    let flags = Flags {
        strip_unlikely: false,
        weight_classes: false,
        clean_conditionally: false,
    };
    let mut pass = Pass::new(doc, flags);
    pass.measure();
    let mut out = Vec::new();
    pass.render(doc.tree.root(), &mut out);
    out
}

pub(crate) struct Pass<'a> {
    pub(crate) doc: &'a Html,
    pub(crate) flags: Flags,
    pub(crate) stats: HashMap<NodeId, Stats>,
    pub(crate) removed: HashSet<NodeId>,
    pub(crate) scores: HashMap<NodeId, f32>,
    pub(crate) byline: Option<NodeId>,
}

impl<'a> Pass<'a> {
    fn new(doc: &'a Html, flags: Flags) -> Pass<'a> {
        Pass {
            doc,
            flags,
            stats: HashMap::new(),
            removed: HashSet::new(),
            scores: HashMap::new(),
            byline: None,
        }
    }

    fn run(mut self) -> Extracted {
        self.measure();
        self.score();
        let root = self.doc.tree.root();
        let body = root
            .descendants()
            .find(|n| n.value().as_element().is_some_and(|e| e.name() == "body"))
            .unwrap_or(root);
        let top = self.top_candidate(body);
        let mut out = Vec::new();
        match top {
            Some(top) => {
                for node in self.with_siblings(top, body) {
                    self.render(node, &mut out);
                }
            }
            None => self.render(body, &mut out),
        }
        let byline = self.byline.and_then(|id| self.doc.tree.get(id)).map(|n| {
            let mut parts = Vec::new();
            render_all(n, &mut parts);
            parts.join(" ")
        });
        Extracted {
            paragraphs: out,
            byline: byline.filter(|b| !b.is_empty()),
        }
    }

    /// First pass: marks removed subtrees and counts text, links and tags per element.
    fn measure(&mut self) {
        let mut stack: Vec<(NodeId, Stats)> = Vec::new();
        let mut skip: Option<NodeId> = None;
        let (mut links, mut protected) = (0u32, 0u32);
        for edge in self.doc.tree.root().traverse() {
            match edge {
                Edge::Open(node) => {
                    if skip.is_some() {
                        continue;
                    }
                    match node.value() {
                        Node::Element(el) => {
                            if self.drops(el, protected > 0) {
                                self.removed.insert(node.id());
                                skip = Some(node.id());
                                continue;
                            }
                            match el.name() {
                                "a" => links += 1,
                                "table" | "code" | "pre" => protected += 1,
                                _ => {}
                            }
                            stack.push((node.id(), Stats::default()));
                        }
                        Node::Text(t) => {
                            let (len, commas) = measure_text(t);
                            if let Some((_, top)) = stack.last_mut() {
                                top.text += len;
                                top.own_text += len;
                                top.commas += commas;
                                if links > 0 {
                                    top.link_text += len;
                                }
                            }
                        }
                        _ => {}
                    }
                }
                Edge::Close(node) => {
                    if let Some(s) = skip {
                        if s == node.id() {
                            skip = None;
                        }
                        continue;
                    }
                    let Some(el) = node.value().as_element() else {
                        continue;
                    };
                    match el.name() {
                        "a" => links = links.saturating_sub(1),
                        "table" | "code" | "pre" => protected = protected.saturating_sub(1),
                        _ => {}
                    }
                    let Some((id, st)) = stack.pop() else {
                        continue;
                    };
                    if self.byline.is_none() && st.text > 0 && st.text < 100 && is_byline_hint(el) {
                        self.byline = Some(id);
                    }
                    if let Some((_, parent)) = stack.last_mut() {
                        parent.text += st.text;
                        parent.link_text += st.link_text;
                        parent.commas += st.commas;
                        parent.p += st.p;
                        parent.img += st.img;
                        parent.li += st.li;
                        parent.input += st.input;
                        parent.embed += st.embed;
                        parent.list_text += if matches!(el.name(), "ul" | "ol") {
                            st.text
                        } else {
                            st.list_text
                        };
                        match el.name() {
                            // A div holding only inline content is a paragraph too.
                            "p" => parent.p += 1,
                            "div" if !st.block_child && st.text > 0 => parent.p += 1,
                            "img" | "picture" => parent.img += 1,
                            "li" => parent.li += 1,
                            "input" | "select" | "textarea" | "button" => parent.input += 1,
                            "embed" | "object" | "iframe" | "video" => parent.embed += 1,
                            _ => {}
                        }
                        if is_block(el.name()) {
                            parent.block_child = true;
                        }
                    }
                    self.stats.insert(id, st);
                }
            }
        }
        if let Some(b) = self.byline {
            self.removed.insert(b);
        }
    }

    /// Whether an element and its subtree are dropped before scoring.
    fn drops(&self, el: &Element, in_table_or_code: bool) -> bool {
        if matches!(
            el.name(),
            "script"
                | "style"
                | "noscript"
                | "template"
                | "head"
                | "title"
                | "meta"
                | "link"
                | "nav"
                | "aside"
                | "footer"
                | "iframe"
                | "svg"
                | "math"
                | "button"
                | "select"
                | "textarea"
                | "input"
                | "object"
                | "embed"
                | "canvas"
                | "dialog"
                | "menu"
        ) {
            return true;
        }
        if is_hidden(el) {
            return true;
        }
        if let Some(role) = el.attr("role") {
            if matches!(
                role,
                "menu"
                    | "menubar"
                    | "complementary"
                    | "navigation"
                    | "alert"
                    | "alertdialog"
                    | "dialog"
            ) {
                return true;
            }
        }
        self.flags.strip_unlikely
            && !in_table_or_code
            && !matches!(el.name(), "body" | "html" | "a" | "article" | "main")
            && is_unlikely(el)
    }

    /// Second pass: every paragraph gives points to its parent and further ancestors.
    fn score(&mut self) {
        let root = self.doc.tree.root();
        for node in root.descendants() {
            let Some(el) = node.value().as_element() else {
                continue;
            };
            let Some(st) = self.stats.get(&node.id()).copied() else {
                continue;
            };
            let tag = el.name();
            let (len, commas, start_level) = match tag {
                "p" | "pre" | "td" | "section" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                    (st.text, st.commas, 0)
                }
                "div" | "article" | "main" | "span" | "font" if !st.block_child => {
                    if tag == "span" || tag == "font" {
                        continue; // inline: scored through its block
                    }
                    (st.text, st.commas, 0)
                }
                "div" | "article" | "main" | "body" if st.own_text >= MIN_PARAGRAPH => {
                    // Loose text beside blocks: a paragraph whose parent is this element.
                    (st.own_text, st.commas.min(st.own_text / 8), -1)
                }
                _ => continue,
            };
            if len < MIN_PARAGRAPH {
                continue;
            }
            let points = 1.0 + commas as f32 + (len / 100).min(3) as f32;
            let mut level: i32 = start_level;
            let mut cur = if start_level < 0 {
                Some(node)
            } else {
                node.parent()
            };
            while let Some(anc) = cur {
                if level >= 5 {
                    break;
                }
                let Some(ael) = anc.value().as_element() else {
                    break;
                };
                if !self.stats.contains_key(&anc.id()) {
                    break;
                }
                let init = self.initial_score(ael);
                let divider = match level {
                    ..=0 => 1.0,
                    1 => 2.0,
                    n => n as f32 * 3.0,
                };
                *self.scores.entry(anc.id()).or_insert(init) += points / divider;
                level += 1;
                cur = anc.parent();
            }
        }
    }

    fn initial_score(&self, el: &Element) -> f32 {
        let tag = match el.name() {
            "div" | "article" | "main" => 5.0,
            "pre" | "td" | "blockquote" => 3.0,
            "address" | "ol" | "ul" | "dl" | "dd" | "dt" | "li" | "form" => -3.0,
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "th" => -5.0,
            _ => 0.0,
        };
        tag + self.weight(el)
    }

    pub(crate) fn weight(&self, el: &Element) -> f32 {
        if self.flags.weight_classes {
            class_weight(el)
        } else {
            0.0
        }
    }
}
