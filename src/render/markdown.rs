//! The summary as Markdown, for the person and their clinician. Rendered from
//! the record alone; the safety flag, when set, comes first.

use std::fmt::Write;

use super::neutral;
use crate::ask::pages::crisis_numbers;
use crate::record::Record;

/// Escape what Markdown would read as markup, after neutralising control characters.
fn md(text: &str) -> String {
    let mut out = String::new();
    for c in neutral(text).chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~' => {
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
    let _ = writeln!(s, "# {}\n", record.bank.title);
    if let Some(flag) = &record.safety_flag {
        let _ = writeln!(
            s,
            "> **SAFETY: please read first.** To the question \"{}\" the answer was: **{}**.",
            flag.question, flag.answer
        );
        let _ = writeln!(s, ">");
        let _ = writeln!(s, "> {}", e.crisis.always);
        for line in crisis_numbers(&e.crisis) {
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

    if !record.scores.is_empty() {
        let _ = writeln!(s, "## Checks\n");
        for score in &record.scores {
            let _ = writeln!(
                s,
                "- **{}:** {} of {}",
                score.title, score.points, score.out_of
            );
            if let Some(flag) = &score.flag {
                let _ = writeln!(s, "  - Flag: {flag}");
            }
            for missed in &score.missed {
                let note = missed
                    .note
                    .as_deref()
                    .map(|n| format!(" {n}"))
                    .unwrap_or_default();
                let _ = writeln!(
                    s,
                    "  - \"{}\" Answer: {}.{note}",
                    missed.question, missed.answer
                );
            }
        }
        let _ = writeln!(s);
    }

    if !record.own_words.is_empty() {
        let _ = writeln!(s, "## In their own words\n");
        for words in &record.own_words {
            let _ = writeln!(s, "**{}**\n\n{}\n", words.question, md(&words.text));
        }
    }

    let _ = writeln!(s, "## All answers\n");
    for section in &record.sections {
        if section.answers.is_empty() {
            continue;
        }
        let _ = writeln!(s, "### {}\n", section.title);
        for a in &section.answers {
            let _ = writeln!(s, "- {} **{}**", a.question, md(&a.shown));
        }
        let _ = writeln!(s);
    }

    let _ = writeln!(s, "## The two options\n");
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

    let _ = writeln!(s, "## Sources\n");
    for source in &e.sources {
        let _ = writeln!(s, "- {}", source.citation);
    }
    let _ = writeln!(s);

    let _ = writeln!(s, "## About this aid\n");
    for text in [
        &e.about.what,
        &e.about.not,
        &e.about.privacy,
        &e.about.funding,
    ] {
        let _ = writeln!(s, "{text}\n");
    }
    let _ = writeln!(
        s,
        "Facts version {}, published {}, next review {}.\n",
        e.version, e.published, e.next_review
    );

    let _ = writeln!(s, "## If you feel unsafe\n");
    let _ = writeln!(s, "{}\n", e.crisis.always);
    for line in crisis_numbers(&e.crisis) {
        let _ = writeln!(s, "- {line}");
    }
    let _ = writeln!(s, "\nCrisis numbers checked {}.", e.crisis.checked);
    s
}
