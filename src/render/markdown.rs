//! The summary as Markdown, for the person and their clinician. Rendered from
//! the record alone; what matters most comes first, the safety flag above all.

use std::fmt::Write;

use super::neutral;
use super::screen::{computed_line, cost_rows, own_lean_line, sides, unsure_line, you_said};
use super::summary::{answer_sections, ratings};
use crate::record::Record;
use crate::text::fill;

/// Escape what Markdown would read as markup, after neutralising control characters.
pub fn md(text: &str) -> String {
    let mut out = String::new();
    for c in neutral(text).chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~' | '&' => {
                out.push('\\');
                out.push(c);
            }
            '\n' => out.push_str("  \n"),
            c => out.push(c),
        }
    }
    out
}

pub fn render(record: &Record) -> String {
    let mut s = String::new();
    let e = &record.evidence;
    let a = &record.assessment;
    let w = &a.words;
    let _ = writeln!(s, "# {}\n", record.bank.title);
    if let Some(flag) = &record.safety_flag {
        let _ = writeln!(
            s,
            "> **SAFETY: please read first.** To the question \"{}\" the answer was: **{}**.",
            flag.question, flag.answer
        );
        let _ = writeln!(s, ">\n> {}", e.crisis.always);
        for line in e.crisis_lines() {
            let _ = writeln!(s, "> - {line}");
        }
        let _ = writeln!(s);
    }
    let _ = writeln!(
        s,
        "Made {} with {} {}, question bank {} {}.\n",
        record.created, record.tool.name, record.tool.version, record.bank.id, record.bank.version
    );
    let _ = writeln!(s, "**The choice:** {}\n", e.decision);

    let _ = writeln!(s, "## {}\n", w.title);
    let _ = writeln!(s, "{}\n", w.not_a_verdict);
    if let Some(line) = own_lean_line(a) {
        let _ = writeln!(s, "- {line}");
    }
    let _ = writeln!(s, "- {}", computed_line(a));
    let _ = writeln!(
        s,
        "- {}: {} {}\n",
        w.confidence,
        a.confidence.text,
        unsure_line(a)
    );

    for (title, reasons) in sides(a) {
        let _ = writeln!(s, "### {title}\n");
        if reasons.is_empty() {
            let _ = writeln!(s, "{}", w.no_reasons);
        }
        for r in reasons {
            let said = you_said(a, r, |x| format!("\"{}\"", md(x)))
                .map(|said| format!(" {said}."))
                .unwrap_or_default();
            let _ = writeln!(
                s,
                "- **{:+}** {}{said} _{}_",
                r.weight,
                r.reason,
                fill(&w.source, &[("source", &r.source_short)])
            );
        }
        let _ = writeln!(s);
    }

    let _ = writeln!(s, "## {}\n", w.barriers);
    if a.barriers.is_empty() {
        let _ = writeln!(s, "{}", w.no_barriers);
    }
    for b in &a.barriers {
        let _ = writeln!(s, "- **{}**", b.text);
    }
    let _ = writeln!(s);

    let _ = writeln!(s, "## {} / {}\n", w.costs, w.time);
    let _ = writeln!(
        s,
        "| {} | {} | {} | {} | {} | {} |\n|---|---:|---:|---:|---:|---:|",
        w.table_option,
        w.table_sessions,
        w.table_months,
        w.table_cost,
        w.table_per_month,
        w.table_hours
    );
    for row in cost_rows(a) {
        let _ = writeln!(
            s,
            "| {} | {} | {} | {} | {} | {} |",
            row.label,
            row.sessions,
            row.months,
            row.cost.as_deref().unwrap_or(&w.unknown),
            row.per_month.as_deref().unwrap_or(&w.unknown),
            row.hours.as_deref().unwrap_or(&w.unknown)
        );
    }
    let _ = writeln!(s);
    for note in super::screen::cost_notes(a) {
        let _ = writeln!(s, "{note}  ");
    }
    let _ = writeln!(s);

    let _ = writeln!(s, "## {}\n", w.changes);
    for c in &a.changes {
        let _ = writeln!(s, "- {c}");
    }
    let _ = writeln!(s);

    let _ = writeln!(s, "## What matters most to them\n");
    for r in ratings(record) {
        let _ = writeln!(s, "- {} **{}**", r.question, md(&r.shown));
    }
    let _ = writeln!(s);
    for (title, answers) in answer_sections(record) {
        let _ = writeln!(s, "## {title}\n");
        for a in answers {
            let _ = writeln!(s, "- {} **{}**", a.question, md(&a.shown));
        }
        let _ = writeln!(s);
    }

    if !record.scores.is_empty() {
        for score in &record.scores {
            let _ = writeln!(
                s,
                "## {}: {} of {}\n",
                score.title, score.points, score.out_of
            );
            if let Some(flag) = &score.flag {
                let _ = writeln!(s, "**Flag:** {flag}\n");
            }
            for missed in &score.missed {
                let note = missed
                    .note
                    .as_deref()
                    .map(|n| format!(" {n}"))
                    .unwrap_or_default();
                let _ = writeln!(
                    s,
                    "- \"{}\" Answer: {}.{note}",
                    missed.question, missed.answer
                );
            }
            if !score.missed.is_empty() {
                let _ = writeln!(s);
            }
        }
    }

    let _ = writeln!(s, "## {}\n", w.questions);
    for q in &a.clinician_questions {
        let _ = writeln!(s, "- {q}");
    }
    let _ = writeln!(s);
    if !record.own_words.is_empty() {
        let _ = writeln!(s, "### {}\n", w.own_questions);
        for words in &record.own_words {
            let _ = writeln!(s, "**{}**\n\n{}\n", words.question, md(&words.text));
        }
    }

    let _ = writeln!(s, "## {}\n", e.titles.two_options);
    for heading in &e.headings {
        let _ = writeln!(s, "**{}**\n", heading.title);
        for option in &e.options {
            let text = option
                .facts
                .get(&heading.id)
                .map(String::as_str)
                .unwrap_or("");
            let _ = writeln!(s, "- {}: {text}", option.name);
        }
        let _ = writeln!(s);
    }
    s.push_str(&super::studies::markdown_part(e, md));
    for text in &e.other_intro {
        let _ = writeln!(s, "{text}\n");
    }
    for other in &e.other_choices {
        let _ = writeln!(s, "- **{}:** {}", other.name, other.text);
    }
    let _ = writeln!(s);

    let _ = writeln!(s, "## {}\n", e.titles.sources);
    let _ = writeln!(s, "{}\n", super::studies::sources_short(e));

    let _ = writeln!(s, "## {}\n", e.titles.about);
    for text in e.about.for_summary() {
        let _ = writeln!(s, "{text}\n");
    }
    let _ = writeln!(
        s,
        "Facts version {}, published {}, next review {}.\n",
        e.version, e.published, e.next_review
    );

    let _ = writeln!(s, "## {}\n", e.titles.unsafe_now);
    let _ = writeln!(s, "{}\n", e.crisis.always);
    for line in e.crisis_lines() {
        let _ = writeln!(s, "- {line}");
    }
    let _ = writeln!(s, "\nCrisis numbers checked {}.", e.crisis.checked);
    s
}
