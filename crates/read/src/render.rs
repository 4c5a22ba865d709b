//! Rendering the kept tree to paragraphs: block elements start paragraphs, whitespace is
//! collapsed, and containers that are still mostly links, forms or images are dropped.

use crate::extract::{Pass, MIN_PARAGRAPH};
use ego_tree::iter::Edge;
use ego_tree::{NodeId, NodeRef};
use scraper::node::Element;
use scraper::Node;

impl<'a> Pass<'a> {
    /// Whether a kept container is still mostly not content (links, forms, images, lists).
    pub(crate) fn cleans_away(&self, node: NodeRef<'a, Node>, el: &Element) -> bool {
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
        // A container whose text is nearly all lists is judged as a list.
        let is_list = matches!(tag, "ul" | "ol")
            || (st.text > 0 && st.list_text as f32 > 0.9 * st.text as f32);
        let ld = st.link_density();
        let p = st.p as f32;
        (st.img > 1 && p / (st.img as f32) < 0.5)
            || (!is_list && st.li as f32 - 100.0 > p)
            || (st.input as f32 > (p / 3.0).floor())
            || (!is_list && st.text < MIN_PARAGRAPH && (st.img == 0 || st.img > 2) && ld > 0.0)
            || (!is_list && weight < 25.0 && ld > 0.2)
            || (weight >= 25.0 && ld > 0.5)
            || ((st.embed == 1 && st.text < 75) || st.embed > 1)
    }

    /// Appends the paragraphs of `node`'s kept subtree to `out`.
    pub(crate) fn render(&self, node: NodeRef<'a, Node>, out: &mut Vec<String>) {
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
pub(crate) fn render_all(node: NodeRef<'_, Node>, out: &mut Vec<String>) {
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
#[inline]
pub(crate) fn push_text(cur: &mut String, text: &str) {
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

#[inline]
pub(crate) fn flush(cur: &mut String, out: &mut Vec<String>) {
    let t = cur.trim();
    if !t.is_empty() {
        out.push(t.to_string());
    }
    cur.clear();
}

/// Length (whitespace collapsed) and commas of a text node.
#[inline]
pub(crate) fn measure_text(t: &str) -> (u32, u32) {
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
#[inline]
pub(crate) fn is_block(tag: &str) -> bool {
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
