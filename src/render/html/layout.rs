//! Where each part of the summary stands on the HTML page (two printed
//! pages: columns, charts), and how it is marked up, as maud templates.
//! Every text comes composed from the view-model and goes in through `t`.

use maud::{Markup, html};

use super::charts::{balance_svg, cost_svg};
use crate::render::markup::Span;
use crate::render::summary::{
    Answered, ClinicianLine, ClinicianPart, FitLine, Labelled, Listed, SafetyPart, Side, Summary,
};
use crate::text::html::{fixed, t};

/// The page's style, kept in a file of its own.
const STYLE: &str = include_str!("summary.css");

/// The page's head: its title and style.
pub(super) fn head(s: &Summary) -> Markup {
    html! {
        head {
            "\n"
            meta charset="utf-8";
            "\n"
            meta name="viewport" content="width=device-width, initial-scale=1";
            "\n"
            title { (t(&s.title)) " (" (t(&s.created)) ")" }
            "\n"
            style { (fixed(STYLE)) }
            "\n"
        }
    }
}

/// The summary up to the facts: the clinician's box, the safety alert, the
/// result and its reasons, the costs and the person's answers.
pub(super) fn summary(s: &Summary) -> Markup {
    html! {
        h1 { (t(&s.title)) }
        "\n"
        @if let Some(b) = &s.clinician { (clinician(b)) }
        @if let Some(alert) = &s.safety { (safety(alert)) }
        p.meta { (t(&s.made)) }
        "\n"
        p { (labelled(&s.choice)) }
        "\n"
        (barriers(&s.barriers))
        (fit(s))
        (costs(s))
        @if !s.changes.items.is_empty() {
            h2 { (t(&s.changes.title)) }
            ul { (items(&s.changes.items)) }
            "\n"
        }
        (columns(s))
        h2 { (t(&s.your_answers)) }
        div.answers {
            "\n"
            @for section in &s.sections {
                h3 { (t(&section.title)) }
                ul.small { (answers(section)) }
                "\n"
            }
        }
        "\n"
    }
}

fn clinician(b: &ClinicianPart) -> Markup {
    html! {
        section.clinician aria-labelledby="for-clinician" {
            h2 #for-clinician { (t(&b.title)) }
            dl {
                @for ClinicianLine { line, talk_first } in &b.lines {
                    @if *talk_first {
                        div.flagged {
                            dt { span.mark { "!" } " " (t(&line.label)) }
                            dd { (t(&line.text)) }
                        }
                    } @else {
                        div { dt { (t(&line.label)) } dd { (t(&line.text)) } }
                    }
                }
            }
        }
        "\n"
    }
}

fn safety(alert: &SafetyPart) -> Markup {
    html! {
        div.safety role="alert" {
            p { strong { (t(&alert.alert)) } " " (spans(&alert.said)) }
            @if !alert.call_if.is_empty() {
                p { (t(&alert.call_if)) }
                ul { (items(&alert.conditions)) }
                p { (t(&alert.then.join(" "))) }
            }
            p { (t(&alert.always)) }
            ul.crisis { (items(&alert.lines)) }
            @if !alert.not_listed.is_empty() {
                p { (t(&alert.not_listed.join(" "))) }
            }
        }
        "\n"
    }
}

/// The two columns: ratings and scores beside the questions to ask.
fn columns(s: &Summary) -> Markup {
    html! {
        div.cols {
            div {
                "\n"
                @if let Some(rated) = &s.ratings {
                    h2 { (t(&rated.title)) }
                    ul { (answers(rated)) }
                    "\n"
                }
                (scores(s))
            }
            div {
                "\n"
                h2 { (t(&s.questions.title)) }
                "\n"
                ul { (items(&s.questions.items)) }
                "\n"
                @if let Some(own) = &s.own_words {
                    h3 { (t(&own.title)) }
                    @for words in &own.answers {
                        p { strong { (t(&words.label)) } br; (t(&words.text)) }
                    }
                    "\n"
                }
                @if let Some(p) = &s.phq9 {
                    h2 { (t(&p.heading)) }
                    p.small { (t(&p.note)) " " (t(&p.credit)) }
                    "\n"
                }
            }
        }
        "\n"
    }
}

/// List items, one for each text.
pub(super) fn items(texts: &[String]) -> Markup {
    html! {
        @for text in texts { li { (t(text)) } }
    }
}

/// "<strong>label:</strong> text"
pub(super) fn labelled(l: &Labelled) -> Markup {
    html! {
        strong { (t(&l.label)) ":" } " " (t(&l.text))
    }
}

/// A sentence of spans, each set its way: quoted ones in quotation marks,
/// strong ones in bold.
pub(super) fn spans(spans: &[Span]) -> Markup {
    html! {
        @for span in spans {
            @match span {
                Span::Plain(text) => { (t(text)) }
                Span::Quoted(text) => { "\u{201c}" (t(text)) "\u{201d}" }
                Span::Strong(text) => { strong { (t(text)) } }
            }
        }
    }
}

fn answers(answered: &Answered) -> Markup {
    html! {
        @for a in &answered.answers {
            li { (t(&a.label)) " " strong { (t(&a.text)) } }
        }
    }
}

fn barriers(l: &Listed) -> Markup {
    html! {
        h2 { (t(&l.title)) }
        "\n"
        @match &l.empty {
            Some(empty) if l.items.is_empty() => { p { (t(empty)) } "\n" }
            _ => {
                ul { @for item in &l.items { li.flag { strong { (t(item)) } } } }
                "\n"
            }
        }
    }
}

fn fit(s: &Summary) -> Markup {
    let f = &s.fit;
    html! {
        h2 { (t(&f.title)) }
        "\n"
        p.small { (t(&f.not_a_verdict)) }
        "\n"
        ul {
            "\n"
            @for FitLine { text, stands_out } in &f.lines {
                li { @if *stands_out { strong { (t(text)) } } @else { (t(text)) } }
                "\n"
            }
            li { (t(&f.confidence.line)) }
            "\n"
        }
        "\n"
        (balance_svg(&f.balance))
        "\n"
        div.reasons {
            "\n"
            @for side in &f.sides { (reasons(side)) "\n" }
        }
        "\n"
    }
}

/// One side's reasons, each with its weight, what the person said and its source.
fn reasons(side: &Side) -> Markup {
    html! {
        div {
            h3 { (t(&side.title)) }
            ul {
                (items(side.empty.as_slice()))
                @for r in &side.reasons {
                    li {
                        @if !r.weight.is_empty() { span.weight { (t(&r.weight)) } " " }
                        (t(&r.reason))
                        @if !r.said.is_empty() { " " (spans(&r.said)) "." }
                        @if !r.source.is_empty() { " " span.source { (t(&r.source)) } }
                    }
                }
            }
        }
    }
}

fn costs(s: &Summary) -> Markup {
    let c = &s.costs;
    html! {
        h2 { (t(&c.title)) }
        "\n"
        table {
            thead { tr { (cells(&c.header, true)) } }
            tbody { @for row in &c.rows { tr { (cells(row, false)) } } }
        }
        "\n"
        (cost_svg(c))
        "\n"
        @for note in &c.notes { p.small { (t(note)) } "\n" }
    }
}

/// A row's cells: the first a label, the others numbers; header cells in
/// the header row.
fn cells(row: &[String; 6], header: bool) -> Markup {
    html! {
        @for (k, cell) in row.iter().enumerate() {
            @match (header, k == 0) {
                (true, true) => { th { (t(cell)) } }
                (true, false) => { th.n { (t(cell)) } }
                (false, true) => { td { (t(cell)) } }
                (false, false) => { td.n { (t(cell)) } }
            }
        }
    }
}

fn scores(s: &Summary) -> Markup {
    html! {
        @for score in &s.scores {
            h2 { (t(&score.heading)) }
            @if let Some(flag) = &score.flag { p.flag { (labelled(flag)) } }
            @if !score.missed.is_empty() {
                ul.small {
                    @for m in &score.missed {
                        li {
                            "\u{201c}" (t(&m.question)) "\u{201d} " (t(&m.answer))
                            @if let Some(note) = &m.note { " " (t(note)) }
                        }
                    }
                }
            }
            "\n"
        }
    }
}
