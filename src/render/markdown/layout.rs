//! Where each part of the summary stands in the Markdown, and how it is
//! marked up. Every text comes composed from the view-model; the writer
//! escapes it.

use super::writer::Markdown;
use crate::page::icons::Picture;
use crate::render::markup::Markup;
use crate::render::studies::OutcomePart;
use crate::render::summary::{
    Answered, ClinicianLine, FactRow, FactsPart, Labelled, Listed, Summary,
};

pub(super) fn summary(m: &mut Markdown, s: &Summary) {
    heading(m, "# ", &s.title);
    clinician_and_safety(m, s);
    paragraph(m, &s.made);
    m.tag("**");
    labelled(m, &s.choice);
    m.tag("\n\n");
    listed(m, &s.barriers, true);
    fit(m, s);
    costs(m, s);
    listed(m, &s.changes, false);
    for answered in s.ratings.iter().chain(&s.sections) {
        answers(m, answered);
    }
    scores(m, s);
    if let Some(p) = &s.phq9 {
        heading(m, "## ", &p.heading);
        paragraph(m, &p.note);
        m.within("_", &p.credit, "_\n\n");
    }
    listed(m, &s.questions, false);
    if let Some(own) = &s.own_words {
        heading(m, "### ", &own.title);
        for words in &own.answers {
            m.strong(&words.label);
            m.tag("\n\n");
            paragraph(m, &words.text);
        }
    }
    facts(m, &s.facts);
    for said in [&s.sources, &s.about] {
        heading(m, "## ", &said.title);
        for text in &said.texts {
            paragraph(m, text);
        }
    }
    let c = &s.crisis;
    heading(m, "## ", &c.title);
    paragraph(m, &c.always);
    items(m, &c.lines);
    m.within("\n", &c.checked, "\n");
}

/// The clinician's box and the safety alert, at the top of the summary.
fn clinician_and_safety(m: &mut Markdown, s: &Summary) {
    if let Some(b) = &s.clinician {
        heading(m, "## ", &b.title);
        for ClinicianLine { line, talk_first } in &b.lines {
            m.tag("- **");
            if *talk_first {
                m.tag("! ");
            }
            labelled(m, line);
            m.tag("\n");
        }
        m.tag("\n");
    }
    if let Some(alert) = &s.safety {
        m.tag("> ");
        m.strong(&alert.alert);
        m.tag(" ");
        m.spans(&alert.said);
        m.tag("\n");
        if !alert.call_if.is_empty() {
            m.within(">\n> ", &alert.call_if, "\n");
            for line in &alert.conditions {
                m.within("> - ", line, "\n");
            }
            m.within(">\n> ", &alert.then.join(" "), "\n");
        }
        m.within(">\n> ", &alert.always, "\n");
        for line in &alert.lines {
            m.within("> - ", line, "\n");
        }
        if !alert.not_listed.is_empty() {
            m.within(">\n> ", &alert.not_listed.join(" "), "\n");
        }
        m.tag("\n");
    }
}

/// Each score's heading, its flag and the questions missed.
fn scores(m: &mut Markdown, s: &Summary) {
    for score in &s.scores {
        heading(m, "## ", &score.heading);
        if let Some(flag) = &score.flag {
            m.tag("**");
            labelled(m, flag);
            m.tag("\n\n");
        }
        for missed in &score.missed {
            m.tag("- ");
            m.quoted(&missed.question);
            m.tag(" ");
            m.text(&missed.answer);
            if let Some(note) = &missed.note {
                m.tag(" ");
                m.text(note);
            }
            m.tag("\n");
        }
        if !score.missed.is_empty() {
            m.tag("\n");
        }
    }
}

fn heading(m: &mut Markdown, level: &'static str, title: &str) {
    m.tag(level);
    m.text(title);
    m.tag("\n\n");
}

fn paragraph(m: &mut Markdown, text: &str) {
    m.text(text);
    m.tag("\n\n");
}

fn items(m: &mut Markdown, items: &[String]) {
    for item in items {
        m.within("- ", item, "\n");
    }
}

/// "label:** text", after an opening "**".
fn labelled(m: &mut Markdown, l: &Labelled) {
    m.text(&l.label);
    m.tag(":** ");
    m.text(&l.text);
}

/// A heading and its list; `strong` sets each item in bold.
fn listed(m: &mut Markdown, l: &Listed, strong: bool) {
    heading(m, "## ", &l.title);
    if l.items.is_empty()
        && let Some(empty) = &l.empty
    {
        m.text(empty);
        m.tag("\n");
    }
    if strong {
        for item in &l.items {
            m.tag("- ");
            m.strong(item);
            m.tag("\n");
        }
    } else {
        items(m, &l.items);
    }
    m.tag("\n");
}

fn answers(m: &mut Markdown, answered: &Answered) {
    heading(m, "## ", &answered.title);
    for a in &answered.answers {
        m.within("- ", &a.label, " ");
        m.strong(&a.text);
        m.tag("\n");
    }
    m.tag("\n");
}

fn fit(m: &mut Markdown, s: &Summary) {
    let f = &s.fit;
    heading(m, "## ", &f.title);
    paragraph(m, &f.not_a_verdict);
    for line in &f.lines {
        m.within("- ", &line.text, "\n");
    }
    m.within("- ", &f.confidence.line, "\n\n");
    for side in &f.sides {
        heading(m, "### ", &side.title);
        if let Some(empty) = &side.empty {
            m.text(empty);
            m.tag("\n");
        }
        for r in &side.reasons {
            m.tag("- ");
            if !r.weight.is_empty() {
                m.strong(&r.weight);
                m.tag(" ");
            }
            m.text(&r.reason);
            if !r.said.is_empty() {
                m.tag(" ");
                m.spans(&r.said);
                m.text(".");
            }
            if !r.source.is_empty() {
                m.within(" _", &r.source, "_");
            }
            m.tag("\n");
        }
        m.tag("\n");
    }
}

fn costs(m: &mut Markdown, s: &Summary) {
    let c = &s.costs;
    heading(m, "## ", &c.title);
    row(m, &c.header);
    m.tag("|---|---:|---:|---:|---:|---:|\n");
    for cells in &c.rows {
        row(m, cells);
    }
    m.tag("\n");
    for note in &c.notes {
        m.text(note);
        m.tag("  \n");
    }
    m.tag("\n");
}

fn row(m: &mut Markdown, cells: &[String; 6]) {
    m.tag("|");
    for cell in cells {
        m.within(" ", cell, " |");
    }
    m.tag("\n");
}

fn facts(m: &mut Markdown, f: &FactsPart) {
    heading(m, "## ", &f.title);
    if f.caption.is_some() {
        options_table(m, f);
    } else {
        for FactRow { heading, texts, .. } in &f.rows {
            m.strong(heading);
            m.tag("\n\n");
            for (option, text) in f.options.iter().zip(texts) {
                m.within("- ", option, ": ");
                m.text(text);
                m.tag("\n");
            }
            m.tag("\n");
        }
    }
    for l in &f.next {
        heading(m, "### ", &l.title);
        for item in &l.items {
            m.within("- ", item, "\n");
        }
        m.tag("\n");
    }
    if let Some(text) = &f.trade_off {
        paragraph(m, text);
    }
    if let Some(o) = &f.outcome {
        outcome(m, o);
    }
    for text in &f.other_intro {
        paragraph(m, text);
    }
    for other in &f.others {
        m.tag("- **");
        labelled(m, other);
        m.tag("\n");
    }
    m.tag("\n");
}

/// One real table: a row for each question, a column for each option; the
/// cost row with the person's own figures after each option's text when the
/// fee is known.
fn options_table(m: &mut Markdown, f: &FactsPart) {
    m.tag("| |");
    for option in &f.options {
        m.within(" ", option, " |");
    }
    m.tag("\n|---|");
    for _ in &f.options {
        m.tag("---|");
    }
    m.tag("\n");
    for row in &f.rows {
        m.within("| ", &row.heading, " |");
        for (k, text) in row.texts.iter().enumerate() {
            m.tag(" ");
            m.text(text);
            if let Some(own) = row.for_you.get(k) {
                m.tag(". ");
                m.text(own);
            }
            m.tag(" |");
        }
        m.tag("\n");
    }
    m.tag("\n");
    for note in &f.notes {
        paragraph(m, note);
    }
}

/// One outcome page, with its picture of 100 people.
pub(super) fn outcome(m: &mut Markdown, o: &OutcomePart) {
    heading(m, "### ", &o.title);
    paragraph(m, &o.who);
    for text in &o.before {
        paragraph(m, text);
    }
    if let Some(p) = &o.picture {
        picture(m, p);
        m.tag("\n");
    }
    for text in &o.after {
        paragraph(m, text);
    }
}

/// The picture: the legend, the sentences, then a compact grid to keep the
/// page short (in a code block, so the marks line up).
fn picture(m: &mut Markdown, p: &Picture) {
    paragraph(m, &p.legend());
    paragraph(m, &p.sentences().join(" "));
    m.tag("```text\n");
    for line in p.compact_lines() {
        m.code_line(&line);
    }
    m.tag("```\n");
}
