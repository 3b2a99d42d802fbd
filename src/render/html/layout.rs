//! Where each part of the summary stands on the HTML page (two printed
//! pages: columns, charts), and how it is marked up. Every text comes
//! composed from the view-model; the writer escapes it.

use super::charts::{balance_svg, cost_svg};
use super::writer::Html;
use crate::render::markup::Markup;
use crate::render::summary::{Answered, ClinicianLine, FitLine, Labelled, Listed, Summary};

/// The page's style, kept in a file of its own.
const STYLE: &str = include_str!("summary.css");

pub(super) fn summary(h: &mut Html, s: &Summary) {
    h.within("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>", &s.title, " (");
    h.text(&s.created);
    h.tag(")</title>\n<style>");
    h.tag(STYLE);
    h.within(
        "</style>\n</head>\n<body>\n<main>\n<h1>",
        &s.title,
        "</h1>\n",
    );
    if let Some(b) = &s.clinician {
        h.within("<section class=\"clinician\" aria-labelledby=\"for-clinician\"><h2 id=\"for-clinician\">", &b.title, "</h2><dl>");
        for ClinicianLine { line, talk_first } in &b.lines {
            h.tag(if *talk_first {
                "<div class=\"flagged\"><dt><span class=\"mark\">!</span> "
            } else {
                "<div><dt>"
            });
            h.text(&line.label);
            h.within("</dt><dd>", &line.text, "</dd></div>");
        }
        h.tag("</dl></section>\n");
    }
    if let Some(alert) = &s.safety {
        h.tag("<div class=\"safety\" role=\"alert\"><p>");
        h.strong(&alert.alert);
        h.tag(" ");
        h.spans(&alert.said);
        h.within("</p><p>", &alert.always, "</p><ul class=\"crisis\">");
        items(h, &alert.lines);
        h.tag("</ul></div>\n");
    }
    h.within("<p class=\"meta\">", &s.made, "</p>\n<p>");
    labelled(h, &s.choice);
    h.tag("</p>\n");
    barriers(h, &s.barriers);
    fit(h, s);
    costs(h, s);
    if !s.changes.items.is_empty() {
        h.within("<h2>", &s.changes.title, "</h2><ul>");
        items(h, &s.changes.items);
        h.tag("</ul>\n");
    }
    h.tag("<div class=\"cols\"><div>\n");
    if let Some(rated) = &s.ratings {
        h.within("<h2>", &rated.title, "</h2><ul>");
        answers(h, rated);
        h.tag("</ul>\n");
    }
    scores(h, s);
    h.within("</div><div>\n<h2>", &s.questions.title, "</h2>\n<ul>");
    items(h, &s.questions.items);
    h.tag("</ul>\n");
    if let Some(own) = &s.own_words {
        h.within("<h3>", &own.title, "</h3>");
        for words in &own.answers {
            h.tag("<p>");
            h.strong(&words.label);
            h.within("<br>", &words.text, "</p>");
        }
        h.tag("\n");
    }
    if let Some(p) = &s.phq9 {
        h.within("<h2>", &p.heading, "</h2><p class=\"small\">");
        h.text(&p.note);
        h.within(" ", &p.credit, "</p>\n");
    }
    h.within(
        "</div></div>\n<h2>",
        &s.your_answers,
        "</h2><div class=\"answers\">\n",
    );
    for section in &s.sections {
        h.within("<h3>", &section.title, "</h3><ul class=\"small\">");
        answers(h, section);
        h.tag("</ul>\n");
    }
    h.tag("</div>\n");
}

/// List items, one for each text.
pub(super) fn items(h: &mut Html, texts: &[String]) {
    for text in texts {
        h.within("<li>", text, "</li>");
    }
}

/// "<strong>label:</strong> text"
pub(super) fn labelled(h: &mut Html, l: &Labelled) {
    h.within("<strong>", &l.label, ":</strong> ");
    h.text(&l.text);
}

fn answers(h: &mut Html, answered: &Answered) {
    for a in &answered.answers {
        h.within("<li>", &a.label, " ");
        h.strong(&a.text);
        h.tag("</li>");
    }
}

fn barriers(h: &mut Html, l: &Listed) {
    h.within("<h2>", &l.title, "</h2>\n");
    match &l.empty {
        Some(empty) if l.items.is_empty() => {
            h.within("<p>", empty, "</p>\n");
        }
        _ => {
            h.tag("<ul>");
            for item in &l.items {
                h.tag("<li class=\"flag\">");
                h.strong(item);
                h.tag("</li>");
            }
            h.tag("</ul>\n");
        }
    }
}

fn fit(h: &mut Html, s: &Summary) {
    let f = &s.fit;
    h.within("<h2>", &f.title, "</h2>\n<p class=\"small\">");
    h.text(&f.not_a_verdict);
    h.tag("</p>\n<ul>\n");
    for FitLine { text, stands_out } in &f.lines {
        h.tag("<li>");
        if *stands_out {
            h.strong(text);
        } else {
            h.text(text);
        }
        h.tag("</li>\n");
    }
    h.within("<li>", &f.confidence.line, "</li>\n</ul>\n");
    h.drawing(&balance_svg(&f.balance));
    h.tag("\n<div class=\"reasons\">\n");
    for side in &f.sides {
        h.within("<div><h3>", &side.title, "</h3><ul>");
        items(h, side.empty.as_slice());
        for r in &side.reasons {
            h.tag("<li>");
            if !r.weight.is_empty() {
                h.within("<span class=\"weight\">", &r.weight, "</span> ");
            }
            h.text(&r.reason);
            if !r.said.is_empty() {
                h.tag(" ");
                h.spans(&r.said);
                h.text(".");
            }
            if !r.source.is_empty() {
                h.within(" <span class=\"source\">", &r.source, "</span>");
            }
            h.tag("</li>");
        }
        h.tag("</ul></div>\n");
    }
    h.tag("</div>\n");
}

fn costs(h: &mut Html, s: &Summary) {
    let c = &s.costs;
    h.within("<h2>", &c.title, "</h2>\n<table><thead><tr>");
    cells(h, &c.header, "<th>", "<th class=\"n\">", "</th>");
    h.tag("</tr></thead><tbody>");
    for row in &c.rows {
        h.tag("<tr>");
        cells(h, row, "<td>", "<td class=\"n\">", "</td>");
        h.tag("</tr>");
    }
    h.tag("</tbody></table>\n");
    h.drawing(&cost_svg(c));
    h.tag("\n");
    for note in &c.notes {
        h.within("<p class=\"small\">", note, "</p>\n");
    }
}

/// A row's cells: the first a label, the others numbers.
fn cells(
    h: &mut Html,
    row: &[String; 6],
    first: &'static str,
    other: &'static str,
    end: &'static str,
) {
    for (k, cell) in row.iter().enumerate() {
        h.tag(if k == 0 { first } else { other });
        h.text(cell);
        h.tag(end);
    }
}

fn scores(h: &mut Html, s: &Summary) {
    for score in &s.scores {
        h.within("<h2>", &score.heading, "</h2>");
        if let Some(flag) = &score.flag {
            h.tag("<p class=\"flag\">");
            labelled(h, flag);
            h.tag("</p>");
        }
        if !score.missed.is_empty() {
            h.tag("<ul class=\"small\">");
            for m in &score.missed {
                h.tag("<li>");
                h.quoted(&m.question);
                h.tag(" ");
                h.text(&m.answer);
                if let Some(note) = &m.note {
                    h.tag(" ");
                    h.text(note);
                }
                h.tag("</li>");
            }
            h.tag("</ul>");
        }
        h.tag("\n");
    }
}
