//! What the summaries say of the studies: the trade-off over time, the one
//! outcome page they have room for (with its picture of 100 people), and the
//! sources cited short. The full list is in `therapy-choice evidence`.

use crate::text::Built;

use super::icons::{Escape, Picture};
use crate::bank::{Evidence, Outcome};

/// The sources cited short ("Knekt 2016"), in one line, and where to find
/// them in full.
pub fn sources_short(e: &Evidence) -> String {
    let names: Vec<&str> = e.sources.iter().map(|s| s.short.as_str()).collect();
    format!("{}. {}", names.join("; "), e.outcome_words.more)
}

/// One outcome page as Markdown.
pub fn markdown(e: &Evidence, o: &Outcome, md: Escape) -> String {
    let mut s = Built::from(format!("### {}\n\n{}\n\n", md(&o.title), md(&o.who)));
    for text in &o.before {
        writeln!(s, "{}\n", md(text));
    }
    if let Some(p) = Picture::of(e, o) {
        writeln!(s, "{}", p.markdown(md));
    }
    for text in &o.after {
        writeln!(s, "{}\n", md(text));
    }
    s.into_string()
}

/// One outcome page as HTML.
pub fn html(e: &Evidence, o: &Outcome, esc: Escape) -> String {
    let mut s = Built::from(format!(
        "<section class=\"outcome\"><h3>{}</h3><p>{}</p>",
        esc(&o.title),
        esc(&o.who)
    ));
    for text in &o.before {
        write!(s, "<p>{}</p>", esc(text));
    }
    if let Some(p) = Picture::of(e, o) {
        s.push_str(&p.html(esc));
    }
    for text in &o.after {
        write!(s, "<p>{}</p>", esc(text));
    }
    s.push_str("</section>");
    s.into_string()
}

/// The studies part of the Markdown summary.
pub fn markdown_part(e: &Evidence, md: Escape) -> String {
    let mut s = Built::new();
    if !e.trade_off.is_empty() {
        writeln!(s, "{}\n", md(&e.trade_off));
    }
    if let Some(o) = e.summary_outcome() {
        s.push_str(&markdown(e, o, md));
    }
    s.into_string()
}

/// The studies part of the HTML summary.
pub fn html_part(e: &Evidence, esc: Escape) -> String {
    let mut s = Built::new();
    if !e.trade_off.is_empty() {
        write!(s, "<p>{}</p>", esc(&e.trade_off));
    }
    if let Some(o) = e.summary_outcome() {
        s.push_str(&html(e, o, esc));
    }
    s.into_string()
}
