//! Main-text extraction from an HTML page, in the manner of Readability: drop what is never
//! content (scripts, navigation, hidden and "unlikely" blocks by class and id), score every
//! paragraph by its length and commas and hand the score to its ancestors, pick the best
//! container (adjusted by link density), add siblings that look like content, and render the
//! kept tree to paragraphs while dropping blocks that are mostly links, forms or lists.
//!
//! All walks over the tree are iterative (`traverse`), so deeply nested pages cannot
//! overflow the stack.

use crate::classes::{class_weight, is_byline_hint, is_hidden, is_unlikely};
use ego_tree::iter::Edge;
use ego_tree::{NodeId, NodeRef};
use scraper::node::Element;
use scraper::{Html, Node};
use std::collections::{HashMap, HashSet};

/// Text shorter than this is not a paragraph worth scoring (Readability's value).
const MIN_PARAGRAPH: u32 = 25;
/// Below this many bytes of result, extraction is retried with fewer filters.
const RETRY_BELOW: usize = 500;
/// A first-pass result at least this long is kept when no pass reaches `RETRY_BELOW`.
const MIN_KEEP: usize = 140;

/// Counts kept for every element that survives the first pass.
#[derive(Debug, Default, Clone, Copy)]
struct Stats {
    text: u32,
    link_text: u32,
    commas: u32,
    own_text: u32,
    p: u32,
    img: u32,
    li: u32,
    input: u32,
    embed: u32,
    block_child: bool,
}

impl Stats {
    fn link_density(&self) -> f32 {
        if self.text == 0 {
            0.0
        } else {
            self.link_text as f32 / self.text as f32
        }
    }
}

/// Which filters a pass applies; each retry relaxes one.
#[derive(Debug, Clone, Copy)]
struct Flags {
    strip_unlikely: bool,
    weight_classes: bool,
    clean_conditionally: bool,
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

struct Pass<'a> {
    doc: &'a Html,
    flags: Flags,
    stats: HashMap<NodeId, Stats>,
    removed: HashSet<NodeId>,
    scores: HashMap<NodeId, f32>,
    byline: Option<NodeId>,
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

    fn weight(&self, el: &Element) -> f32 {
        if self.flags.weight_classes {
            class_weight(el)
        } else {
            0.0
        }
    }

    fn final_score(&self, id: NodeId) -> f32 {
        let s = self.scores.get(&id).copied().unwrap_or(0.0);
        let ld = self.stats.get(&id).map_or(0.0, Stats::link_density);
        s * (1.0 - ld)
    }

    /// The best-scored container, moved up to a common ancestor when several good
    /// candidates share one, and up while it is an only child.
    fn top_candidate(&self, body: NodeRef<'a, Node>) -> Option<NodeRef<'a, Node>> {
        let mut ranked: Vec<(NodeId, f32)> = self
            .scores
            .keys()
            .map(|&id| (id, self.final_score(id)))
            .collect();
        ranked.sort_by(|a, b| b.1.total_cmp(&a.1));
        let (top_id, top_score) = *ranked.first()?;
        let mut top = self.doc.tree.get(top_id)?;
        if top.id() == body.id() {
            return Some(top);
        }
        // Several strong candidates inside one ancestor: that ancestor holds the article.
        let alternatives: Vec<NodeId> = ranked
            .iter()
            .skip(1)
            .take(4)
            .filter(|(_, s)| *s >= top_score * 0.75)
            .map(|(id, _)| *id)
            .collect();
        if alternatives.len() >= 3 {
            let mut anc = top.parent();
            while let Some(a) = anc {
                if a.id() == body.id() || a.value().as_element().is_none() {
                    break;
                }
                let inside = alternatives
                    .iter()
                    .filter(|&&alt| {
                        self.doc
                            .tree
                            .get(alt)
                            .is_some_and(|n| n.ancestors().any(|x| x.id() == a.id()))
                    })
                    .count();
                if inside >= 3 {
                    top = a;
                    break;
                }
                anc = a.parent();
            }
        }
        // Climb while the parent scores better than the candidate.
        let mut last = self.final_score(top.id());
        let threshold = last / 3.0;
        let mut parent = top.parent();
        while let Some(p) = parent {
            if p.id() == body.id() || p.value().as_element().is_none() {
                break;
            }
            if let Some(&s) = self.scores.get(&p.id()) {
                if s < threshold {
                    break;
                }
                if s > last {
                    top = p;
                    break;
                }
                last = s;
            }
            parent = p.parent();
        }
        while let Some(p) = top.parent() {
            if p.id() == body.id() || p.value().as_element().is_none() {
                break;
            }
            if p.children().filter(|c| c.value().is_element()).count() != 1 {
                break;
            }
            top = p;
        }
        Some(top)
    }

    /// The candidate with those of its siblings that look like the same article.
    fn with_siblings(
        &self,
        top: NodeRef<'a, Node>,
        body: NodeRef<'a, Node>,
    ) -> Vec<NodeRef<'a, Node>> {
        let Some(parent) = top.parent().filter(|_| top.id() != body.id()) else {
            return vec![top];
        };
        let top_score = self.final_score(top.id());
        let threshold = (top_score * 0.2).max(10.0);
        let top_class = top.value().as_element().and_then(|e| e.attr("class"));
        let mut out = Vec::new();
        for sib in parent.children() {
            if sib.id() == top.id() {
                out.push(sib);
                continue;
            }
            let Some(el) = sib.value().as_element() else {
                continue;
            };
            let Some(st) = self.stats.get(&sib.id()) else {
                continue;
            };
            let mut bonus = 0.0;
            if top_class.is_some_and(|c| !c.is_empty()) && el.attr("class") == top_class {
                bonus = top_score * 0.2;
            }
            let keep = if self.scores.contains_key(&sib.id())
                && self.final_score(sib.id()) + bonus >= threshold
            {
                true
            } else if el.name() == "p" {
                let ld = st.link_density();
                (st.text > 80 && ld < 0.25)
                    || (st.text > 0 && st.text <= 80 && ld == 0.0 && {
                        let mut parts = Vec::new();
                        render_all(sib, &mut parts);
                        let t = parts.join(" ");
                        t.contains(". ") || t.ends_with('.')
                    })
            } else {
                false
            };
            if keep {
                out.push(sib);
            }
        }
        out
    }

    /// Whether a kept container is still mostly not content (links, forms, images, lists).
    fn cleans_away(&self, node: NodeRef<'a, Node>, el: &Element) -> bool {
        if !self.flags.clean_conditionally {
            return false;
        }
        let tag = el.name();
        let Some(st) = self.stats.get(&node.id()) else {
            return false;
        };
        if matches!(tag, "h1" | "h2" | "h3" | "h4" | "h5" | "h6") {
            return self.weight(el) < 0.0;
        }
        if !matches!(
            tag,
            "div" | "section" | "table" | "ul" | "ol" | "form" | "fieldset" | "header"
        ) {
            return false;
        }
        let weight = self.weight(el);
        let score = self.scores.get(&node.id()).copied().unwrap_or(0.0);
        if weight + score < 0.0 {
            return true;
        }
        if st.commas >= 10 {
            return false;
        }
        let is_list = matches!(tag, "ul" | "ol");
        let ld = st.link_density();
        let p = st.p as f32;
        (st.img > 1 && p / (st.img as f32) < 0.5)
            || (!is_list && st.li as f32 - 100.0 > p)
            || (st.input as f32 > (p / 3.0).floor())
            || (!is_list && st.text < MIN_PARAGRAPH && (st.img == 0 || st.img > 2) && st.embed == 0)
            || (weight < 25.0 && ld > 0.2)
            || (weight >= 25.0 && ld > 0.5)
            || ((st.embed == 1 && st.text < 75) || st.embed > 1)
    }

    /// Appends the paragraphs of `node`'s kept subtree to `out`.
    fn render(&self, node: NodeRef<'a, Node>, out: &mut Vec<String>) {
        let mut cur = String::new();
        let mut skip: Option<NodeId> = None;
        for edge in node.traverse() {
            match edge {
                Edge::Open(n) => {
                    if skip.is_some() {
                        continue;
                    }
                    match n.value() {
                        Node::Element(el) => {
                            if self.removed.contains(&n.id())
                                || (n.id() != node.id() && self.cleans_away(n, el))
                            {
                                skip = Some(n.id());
                                continue;
                            }
                            if is_block(el.name()) || el.name() == "br" {
                                flush(&mut cur, out);
                            }
                        }
                        Node::Text(t) => push_text(&mut cur, t),
                        _ => {}
                    }
                }
                Edge::Close(n) => {
                    if let Some(s) = skip {
                        if s == n.id() {
                            skip = None;
                        }
                        continue;
                    }
                    if n.value().as_element().is_some_and(|e| is_block(e.name())) {
                        flush(&mut cur, out);
                    }
                }
            }
        }
        flush(&mut cur, out);
    }
}

/// Every text of a subtree as paragraphs, without filters.
fn render_all(node: NodeRef<'_, Node>, out: &mut Vec<String>) {
    let mut cur = String::new();
    for edge in node.traverse() {
        match edge {
            Edge::Open(n) => match n.value() {
                Node::Element(el) if is_block(el.name()) || el.name() == "br" => {
                    flush(&mut cur, out)
                }
                Node::Text(t) => push_text(&mut cur, t),
                _ => {}
            },
            Edge::Close(n) => {
                if n.value().as_element().is_some_and(|e| is_block(e.name())) {
                    flush(&mut cur, out);
                }
            }
        }
    }
    flush(&mut cur, out);
}

/// Appends text with whitespace runs collapsed to one space.
fn push_text(cur: &mut String, text: &str) {
    let mut space = text.starts_with(char::is_whitespace);
    for word in text.split_whitespace() {
        if space && !cur.is_empty() && !cur.ends_with(' ') {
            cur.push(' ');
        }
        cur.push_str(word);
        space = true;
    }
    if text.ends_with(char::is_whitespace) && !cur.is_empty() && !cur.ends_with(' ') {
        cur.push(' ');
    }
}

fn flush(cur: &mut String, out: &mut Vec<String>) {
    let t = cur.trim();
    if !t.is_empty() {
        out.push(t.to_string());
    }
    cur.clear();
}

/// Length (whitespace collapsed) and commas of a text node.
fn measure_text(t: &str) -> (u32, u32) {
    let mut len = 0u32;
    let mut commas = 0u32;
    let mut in_space = true;
    for c in t.chars() {
        if c.is_whitespace() {
            if !in_space {
                len += 1;
            }
            in_space = true;
        } else {
            len += 1;
            in_space = false;
            if matches!(c, ',' | '،' | '，' | '、' | '﹐' | '︐' | '︑' | '⸴' | '⸲') {
                commas += 1;
            }
        }
    }
    (len, commas)
}

/// Elements that start a new paragraph.
fn is_block(tag: &str) -> bool {
    matches!(
        tag,
        "p" | "div"
            | "section"
            | "article"
            | "main"
            | "header"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "ul"
            | "ol"
            | "li"
            | "dl"
            | "dt"
            | "dd"
            | "blockquote"
            | "pre"
            | "table"
            | "tr"
            | "td"
            | "th"
            | "figure"
            | "figcaption"
            | "hr"
            | "address"
            | "form"
            | "fieldset"
            | "details"
            | "summary"
            | "center"
            | "body"
    )
}
