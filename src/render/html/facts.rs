//! The closing part of the HTML summary: both options side by side, the
//! studies, the other choices, the sources, about this aid and the crisis
//! lines that every summary carries.

use maud::{Markup, html};

use super::layout::{items, labelled};
use crate::page::icons::{Picture, grid};
use crate::render::studies::OutcomePart;
use crate::render::summary::{CrisisPart, FactsPart, Summary};
use crate::text::html::t;

/// The closing part, up to the end of the page's main part.
pub(super) fn write(s: &Summary) -> Markup {
    let f = &s.facts;
    html! {
        (side_by_side(f))
        @if let Some(text) = &f.trade_off { p { (t(text)) } }
        @if let Some(o) = &f.outcome { (outcome(o)) }
        ul.small.others {
            (items(&f.other_intro))
            @for other in &f.others { li { (labelled(other)) } }
        }
        "\n"
        @for said in [&s.sources, &s.about] {
            h2 { (t(&said.title)) }
            p.small {
                @for (k, text) in said.texts.iter().enumerate() {
                    @if k > 0 { " " }
                    (t(text))
                }
            }
            "\n"
        }
        (crisis(&s.crisis))
    }
}

/// The table of both options, its notes and what happens next.
fn side_by_side(f: &FactsPart) -> Markup {
    html! {
        h2 { (t(&f.title)) }
        table.options {
            @if let Some(caption) = &f.caption { caption { (t(caption)) } }
            thead { tr { td {} @for option in &f.options { th { (t(option)) } } } }
            tbody {
                @for row in &f.rows {
                    tr {
                        th { (t(&row.heading)) }
                        @for (k, text) in row.texts.iter().enumerate() {
                            td {
                                (t(text))
                                // The person's own figures, when the fee is known.
                                @if let Some(own) = row.for_you.get(k) { br; (t(own)) }
                            }
                        }
                    }
                }
            }
        }
        "\n"
        @for note in &f.notes { p.small { (t(note)) } }
        @for l in &f.next {
            h3 { (t(&l.title)) }
            ul { (items(&l.items)) }
            "\n"
        }
    }
}

/// The crisis lines every summary ends with. With a safety flag the same
/// lines stand at the top, so print leaves this copy out (`repeat`).
fn crisis(c: &CrisisPart) -> Markup {
    html! {
        section.unsafe-now.repeat[c.repeated] {
            h2 { (t(&c.title)) }
            p { (t(&c.always)) }
            ul.crisis { (items(&c.lines)) }
            p.small { (t(&c.checked)) }
        }
        "\n"
    }
}

/// One outcome page, with its picture of 100 people.
pub(super) fn outcome(o: &OutcomePart) -> Markup {
    html! {
        section.outcome {
            h3 { (t(&o.title)) }
            p { (t(&o.who)) }
            @for text in &o.before { p { (t(text)) } }
            @if let Some(p) = &o.picture { (picture(p)) }
            @for text in &o.after { p { (t(text)) } }
        }
    }
}

/// The picture: one inline SVG grid per group, labelled for screen readers
/// with its sentence, and the figure under it in words.
fn picture(p: &Picture) -> Markup {
    html! {
        figure.icons {
            figcaption { (t(&p.legend())) }
            div.groups {
                @for (g, sentence) in p.icons.groups.iter().zip(p.sentences()) {
                    div.group {
                        p { strong { (t(&g.label)) } }
                        (people(g.count, &sentence))
                        p {
                            (t(&p.about(g)))
                            @if let Some(note) = &g.note { br; (t(note)) }
                        }
                    }
                }
            }
        }
    }
}

/// A grid of 100 people, `count` of them filled in.
fn people(count: u8, sentence: &str) -> Markup {
    html! {
        svg.grid viewBox="0 0 100 100" role="img" aria-label=(t(sentence)) {
            @for (r, row) in grid(count).iter().enumerate() {
                @for (c, &on) in row.iter().enumerate() {
                    @if on {
                        circle.on cx=(c * 10 + 5) cy=(r * 10 + 5) r="4" fill="#1d3557" {}
                    } @else {
                        circle.off cx=(c * 10 + 5) cy=(r * 10 + 5) r="3.4" fill="none"
                            stroke="#1d3557" stroke-width="1" {}
                    }
                }
            }
        }
    }
}
