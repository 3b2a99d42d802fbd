//! The summary as one self-contained, printable HTML page: no external fonts,
//! scripts or images; the balance and the costs drawn as inline SVG; print CSS
//! for A4 and Letter. Rendered from the record alone; every text is escaped.

use crate::text::Built;

mod charts;
mod escape;
mod facts;

pub use escape::esc;

use super::sentences::{
    computed_line, cost_notes, cost_rows, mismatch_line, own_lean_line, sides, unsure_line,
    you_said,
};
use super::summary::{answer_sections, ratings};
use crate::record::Record;
use crate::text::fill;
use charts::{balance_svg, cost_svg};

/// The page's style, kept in a file of its own.
const STYLE: &str = include_str!("summary.css");

pub fn render(record: &Record) -> String {
    let e = &record.evidence;
    let a = &record.assessment;
    let w = &a.words;
    let mut s = Built::new();
    write!(
        s,
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{} ({})</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
        esc(&record.bank.title),
        esc(&record.created_text())
    );
    writeln!(s, "<main>\n<h1>{}</h1>", esc(&record.bank.title));
    s.push_str(&clinician_box(record));
    if let Some(flag) = &record.safety_flag {
        write!(
            s,
            "<div class=\"safety\" role=\"alert\"><p><strong>SAFETY (self-reported, not assessed): please read first.</strong> To the question &ldquo;{}&rdquo; the answer was: <strong>{}</strong>.</p><p>{}</p><ul class=\"crisis\">",
            esc(&flag.question),
            esc(&flag.answer),
            esc(&e.crisis.always)
        );
        for line in e.crisis_lines() {
            write!(s, "<li>{}</li>", esc(&line));
        }
        writeln!(s, "</ul></div>");
    }
    writeln!(
        s,
        "<p class=\"meta\">Made {} with {} {}, question bank {} {}.</p>",
        esc(&record.created_text()),
        esc(&record.tool.name),
        esc(&record.tool.version),
        esc(&record.bank.id),
        esc(&record.bank.version)
    );
    writeln!(
        s,
        "<p><strong>The choice:</strong> {}</p>",
        esc(&e.decision)
    );

    writeln!(s, "<h2>{}</h2>", esc(&w.barriers));
    if a.barriers.is_empty() {
        writeln!(s, "<p>{}</p>", esc(&w.no_barriers));
    } else {
        write!(s, "<ul>");
        for b in &a.barriers {
            write!(
                s,
                "<li class=\"flag\"><strong>{}</strong></li>",
                esc(&b.text)
            );
        }
        writeln!(s, "</ul>");
    }

    writeln!(
        s,
        "<h2>{}</h2>\n<p class=\"small\">{}</p>\n<ul>",
        esc(&w.title),
        esc(&w.not_a_verdict)
    );
    if let Some(line) = own_lean_line(a) {
        writeln!(s, "<li>{}</li>", esc(&line));
    }
    writeln!(
        s,
        "<li><strong>{}</strong></li>",
        esc(&computed_line(a, true))
    );
    if let Some(line) = mismatch_line(a) {
        writeln!(s, "<li><strong>{}</strong></li>", esc(&line));
    }
    writeln!(
        s,
        "<li>{}: {} {}</li>\n</ul>",
        esc(&w.confidence),
        esc(&a.confidence.text),
        esc(&unsure_line(a))
    );
    writeln!(s, "{}", balance_svg(a));
    writeln!(s, "<div class=\"reasons\">");
    for (title, reasons) in sides(a) {
        write!(s, "<div><h3>{}</h3><ul>", esc(title));
        if reasons.is_empty() {
            write!(s, "<li>{}</li>", esc(&w.no_reasons));
        }
        for r in reasons {
            let said = you_said(a, r, |x| format!("\u{201c}{x}\u{201d}"))
                .map(|said| format!(" {}.", esc(&said)))
                .unwrap_or_default();
            write!(
                s,
                "<li><span class=\"weight\">{:+}</span> {}{said} <span class=\"source\">{}</span></li>",
                r.weight,
                esc(&r.reason),
                esc(&fill(&w.source, &[("source", &r.source_short)]))
            );
        }
        writeln!(s, "</ul></div>");
    }
    writeln!(s, "</div>");

    writeln!(s, "<h2>{} / {}</h2>", esc(&w.costs), esc(&w.time));
    write!(
        s,
        "<table><thead><tr><th>{}</th><th class=\"n\">{}</th><th class=\"n\">{}</th><th class=\"n\">{}</th><th class=\"n\">{}</th><th class=\"n\">{}</th></tr></thead><tbody>",
        esc(&w.table_option),
        esc(&w.table_sessions),
        esc(&w.table_months),
        esc(&w.table_cost),
        esc(&w.table_per_month),
        esc(&w.table_hours)
    );
    for row in cost_rows(a) {
        write!(
            s,
            "<tr><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>",
            esc(&row.label),
            esc(&row.sessions),
            esc(&row.months),
            esc(row.cost.as_deref().unwrap_or(&w.unknown)),
            esc(row.per_month.as_deref().unwrap_or(&w.unknown)),
            esc(row.hours.as_deref().unwrap_or(&w.unknown))
        );
    }
    writeln!(s, "</tbody></table>");
    writeln!(s, "{}", cost_svg(a));
    for note in cost_notes(a) {
        writeln!(s, "<p class=\"small\">{}</p>", esc(&note));
    }

    write!(s, "<h2>{}</h2><ul>", esc(&w.changes));
    for c in &a.changes {
        write!(s, "<li>{}</li>", esc(c));
    }
    writeln!(s, "</ul>");

    writeln!(s, "<div class=\"cols\"><div>");
    // Ratings, in records from banks that had you.
    let rated = ratings(record);
    if !rated.is_empty() {
        write!(s, "<h2>What matters most to you</h2><ul>");
        for r in rated {
            write!(
                s,
                "<li>{} <strong>{}</strong></li>",
                esc(&r.question),
                esc(&r.shown)
            );
        }
        writeln!(s, "</ul>");
    }
    for score in &record.scores {
        write!(
            s,
            "<h2>{}: {} of {}</h2>",
            esc(&score.title),
            score.points,
            score.out_of
        );
        if let Some(flag) = &score.flag {
            write!(
                s,
                "<p class=\"flag\"><strong>Flag:</strong> {}</p>",
                esc(flag)
            );
        }
        if !score.missed.is_empty() {
            write!(s, "<ul class=\"small\">");
            for m in &score.missed {
                let note = m
                    .note
                    .as_deref()
                    .map(|n| format!(" {}", esc(n)))
                    .unwrap_or_default();
                write!(
                    s,
                    "<li>&ldquo;{}&rdquo; {}.{note}</li>",
                    esc(&m.question),
                    esc(&m.answer)
                );
            }
            write!(s, "</ul>");
        }
        writeln!(s);
    }
    writeln!(s, "</div><div>");
    writeln!(s, "<h2>{}</h2>", esc(&w.questions));
    write!(s, "<ul>");
    for q in &a.clinician_questions {
        write!(s, "<li>{}</li>", esc(q));
    }
    writeln!(s, "</ul>");
    if !record.own_words.is_empty() {
        write!(s, "<h3>{}</h3>", esc(&w.own_questions));
        for words in &record.own_words {
            write!(
                s,
                "<p><strong>{}</strong><br>{}</p>",
                esc(&words.question),
                esc(&words.text)
            );
        }
        writeln!(s);
    }
    if let Some(p) = &record.phq9 {
        writeln!(
            s,
            "<h2>{}: {} of {} ({})</h2><p class=\"small\">{} {}</p>",
            esc(&p.title),
            p.total,
            p.out_of,
            esc(&p.band_label),
            esc(&p.note),
            esc(&p.credit)
        );
    }
    writeln!(s, "</div></div>");
    writeln!(s, "<h2>Your answers</h2><div class=\"answers\">");
    for (title, answers) in answer_sections(record) {
        write!(s, "<h3>{}</h3><ul class=\"small\">", esc(title));
        for x in answers {
            write!(
                s,
                "<li>{} <strong>{}</strong></li>",
                esc(&x.question),
                esc(&x.shown)
            );
        }
        writeln!(s, "</ul>");
    }
    writeln!(s, "</div>");

    facts::write(&mut s, record);
    s.into_string()
}

/// The box as an HTML section with a list of terms.
fn clinician_box(record: &Record) -> String {
    let Some(b) = &record.clinician else {
        return String::new();
    };
    let mut s = Built::from(format!(
        "<section class=\"clinician\" aria-labelledby=\"for-clinician\"><h2 id=\"for-clinician\">{}</h2><dl>",
        esc(&b.title)
    ));
    for line in &b.lines {
        let (class, mark) = if line.flag {
            (" class=\"flagged\"", "<span class=\"mark\">!</span> ")
        } else {
            ("", "")
        };
        s.push_str(&format!(
            "<div{class}><dt>{mark}{}</dt><dd>{}</dd></div>",
            esc(&line.label),
            esc(&line.text)
        ));
    }
    s.push_str("</dl></section>\n");
    s.into_string()
}
