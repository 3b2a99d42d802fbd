//! The summary as Markdown, for the person and their clinician. Rendered from
//! the record alone; what matters most comes first, the safety flag above all.

use crate::text::Built;

mod escape;

pub use escape::md;

use super::sentences::{
    computed_line, cost_rows, mismatch_line, own_lean_line, sides, unsure_line, you_said,
};
use super::summary::{answer_sections, ratings};
use crate::record::Record;
use crate::text::fill;

pub fn render(record: &Record) -> String {
    let mut s = Built::new();
    let e = &record.evidence;
    let a = &record.assessment;
    let w = &a.words;
    writeln!(s, "# {}\n", record.bank.title);
    s.push_str(&clinician_box(record));
    if let Some(flag) = &record.safety_flag {
        writeln!(
            s,
            "> **SAFETY (self-reported, not assessed): please read first.** To the question \"{}\" the answer was: **{}**.",
            flag.question, flag.answer
        );
        writeln!(s, ">\n> {}", e.crisis.always);
        for line in e.crisis_lines() {
            writeln!(s, "> - {line}");
        }
        writeln!(s);
    }
    writeln!(
        s,
        "Made {} with {} {}, question bank {} {}.\n",
        record.created_text(),
        record.tool.name,
        record.tool.version,
        record.bank.id,
        record.bank.version
    );
    writeln!(s, "**The choice:** {}\n", e.decision);

    writeln!(s, "## {}\n", w.barriers);
    if a.barriers.is_empty() {
        writeln!(s, "{}", w.no_barriers);
    }
    for b in &a.barriers {
        writeln!(s, "- **{}**", b.text);
    }
    writeln!(s);

    writeln!(s, "## {}\n", w.title);
    writeln!(s, "{}\n", w.not_a_verdict);
    if let Some(line) = own_lean_line(a) {
        writeln!(s, "- {line}");
    }
    writeln!(s, "- {}", computed_line(a, true));
    if let Some(line) = mismatch_line(a) {
        writeln!(s, "- {line}");
    }
    writeln!(
        s,
        "- {}: {} {}\n",
        w.confidence,
        a.confidence.text,
        unsure_line(a)
    );

    for (title, reasons) in sides(a) {
        writeln!(s, "### {title}\n");
        if reasons.is_empty() {
            writeln!(s, "{}", w.no_reasons);
        }
        for r in reasons {
            let said = you_said(a, r, |x| format!("\"{}\"", md(x)))
                .map(|said| format!(" {said}."))
                .unwrap_or_default();
            writeln!(
                s,
                "- **{:+}** {}{said} _{}_",
                r.weight,
                r.reason,
                fill(&w.source, &[("source", &r.source_short)])
            );
        }
        writeln!(s);
    }

    writeln!(s, "## {} / {}\n", w.costs, w.time);
    writeln!(
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
        writeln!(
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
    writeln!(s);
    for note in super::sentences::cost_notes(a) {
        writeln!(s, "{note}  ");
    }
    writeln!(s);

    writeln!(s, "## {}\n", w.changes);
    for c in &a.changes {
        writeln!(s, "- {c}");
    }
    writeln!(s);

    // Ratings, in records from banks that had you.
    let rated = ratings(record);
    if !rated.is_empty() {
        writeln!(s, "## What matters most to you\n");
        for r in rated {
            writeln!(s, "- {} **{}**", r.question, md(&r.shown));
        }
        writeln!(s);
    }
    for (title, answers) in answer_sections(record) {
        writeln!(s, "## {title}\n");
        for a in answers {
            writeln!(s, "- {} **{}**", a.question, md(&a.shown));
        }
        writeln!(s);
    }

    if !record.scores.is_empty() {
        for score in &record.scores {
            writeln!(
                s,
                "## {}: {} of {}\n",
                score.title, score.points, score.out_of
            );
            if let Some(flag) = &score.flag {
                writeln!(s, "**Flag:** {flag}\n");
            }
            for missed in &score.missed {
                let note = missed
                    .note
                    .as_deref()
                    .map(|n| format!(" {n}"))
                    .unwrap_or_default();
                writeln!(
                    s,
                    "- \"{}\" Answer: {}.{note}",
                    missed.question, missed.answer
                );
            }
            if !score.missed.is_empty() {
                writeln!(s);
            }
        }
    }

    if let Some(p) = &record.phq9 {
        writeln!(
            s,
            "## {}: {} of {} ({})\n\n{}\n\n_{}_\n",
            p.title, p.total, p.out_of, p.band_label, p.note, p.credit
        );
    }

    writeln!(s, "## {}\n", w.questions);
    for q in &a.clinician_questions {
        writeln!(s, "- {q}");
    }
    writeln!(s);
    if !record.own_words.is_empty() {
        writeln!(s, "### {}\n", w.own_questions);
        for words in &record.own_words {
            writeln!(s, "**{}**\n\n{}\n", words.question, md(&words.text));
        }
    }

    writeln!(s, "## {}\n", e.titles.two_options);
    for heading in &e.headings {
        writeln!(s, "**{}**\n", heading.title);
        for option in &e.options {
            let text = option
                .facts
                .get(&heading.id)
                .map(String::as_str)
                .unwrap_or("");
            writeln!(s, "- {}: {text}", option.name);
        }
        writeln!(s);
    }
    s.push_str(&super::studies::markdown_part(e, md));
    for text in &e.other_intro {
        writeln!(s, "{text}\n");
    }
    for other in &e.other_choices {
        writeln!(s, "- **{}:** {}", other.name, other.text);
    }
    writeln!(s);

    writeln!(s, "## {}\n", e.titles.sources);
    writeln!(s, "{}\n", super::studies::sources_short(e));

    writeln!(s, "## {}\n", e.titles.about);
    for text in e.about.for_summary() {
        writeln!(s, "{text}\n");
    }
    writeln!(
        s,
        "Facts version {}, published {}, next review {}.\n",
        e.version, e.published, e.next_review
    );

    writeln!(s, "## {}\n", e.titles.unsafe_now);
    writeln!(s, "{}\n", e.crisis.always);
    for line in e.crisis_lines() {
        writeln!(s, "- {line}");
    }
    writeln!(s, "\nCrisis numbers checked {}.", e.crisis.checked);
    s.into_string()
}

/// The box as Markdown, or nothing for a record without one (schema 1).
fn clinician_box(record: &Record) -> String {
    let Some(b) = &record.clinician else {
        return String::new();
    };
    let mut s = Built::from(format!("## {}\n\n", md(&b.title)));
    for line in &b.lines {
        let mark = if line.flag { "! " } else { "" };
        s.push_str(&format!(
            "- **{mark}{}:** {}\n",
            md(&line.label),
            md(&line.text)
        ));
    }
    s.push('\n');
    s.into_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::{Answer, file};
    use crate::bank::Bank;
    use chrono::{FixedOffset, TimeZone};
    use pulldown_cmark::{Event, Parser, Tag, TagEnd};

    /// The headings of a Markdown text as a CommonMark parser reads them, and
    /// how many code blocks, HTML blocks, rules and quotes it found.
    fn outline(markdown: &str) -> (Vec<String>, usize) {
        let mut headings = Vec::new();
        let mut in_heading = false;
        let mut raw = 0;
        for event in Parser::new(markdown) {
            match event {
                Event::Start(Tag::Heading { .. }) => {
                    in_heading = true;
                    headings.push(String::new());
                }
                Event::End(TagEnd::Heading(_)) => in_heading = false,
                Event::Text(t) | Event::Code(t) if in_heading => {
                    headings.last_mut().unwrap().push_str(&t);
                }
                Event::Start(Tag::CodeBlock(_) | Tag::HtmlBlock | Tag::BlockQuote(_))
                | Event::Html(_)
                | Event::Rule => raw += 1,
                _ => {}
            }
        }
        (headings, raw)
    }

    fn summary_with(texts: &[(&str, &str)]) -> String {
        let bank = Bank::embedded().unwrap();
        let example = include_str!("../../../questions/examples/first-episode.json");
        let mut answers = file::read(&bank, example).unwrap();
        for (id, text) in texts {
            assert!(bank.question(id).is_some(), "{id}");
            answers.insert(id.to_string(), Answer::Text(text.to_string()));
        }
        let when = FixedOffset::east_opt(0)
            .unwrap()
            .with_ymd_and_hms(2026, 11, 26, 12, 0, 0)
            .unwrap();
        render(&Record::build(&bank, &answers, when))
    }

    const SPOOFS: &str = "Fine.\nSAFETY: none\n===\nAlso fine\n---\n    SAFETY: none (indented code)\n\n\
        # SAFETY: none\n## Result\nSAFETY\n= = =\n- - -\n* * *\n___\n1. list\n2) list\n+ item\n\
        - item\n> quote\n<h1>SAFETY: none</h1>\n```\nfenced\n```\n~~~\nfenced\n~~~\n\
        [link]: http://example.com\n\t\tTabbed\n: definition\n| a | b |\n|---|---|";

    #[test]
    fn free_text_can_only_be_a_paragraph_never_a_heading() {
        let plain = summary_with(&[("notes.note", "Nothing."), ("notes.label", "None.")]);
        let spoofed = summary_with(&[("notes.note", SPOOFS), ("notes.label", SPOOFS)]);
        let (own, own_raw) = outline(&plain);
        assert!(own.len() > 5, "{own:?}");
        let (found, raw) = outline(&spoofed);
        assert_eq!(found, own, "the headings are exactly the program's own");
        assert_eq!(
            raw, own_raw,
            "no code block, HTML, rule or quote from free text"
        );
        // Nothing the person wrote is lost: each line is still there as text.
        for words in ["SAFETY: none (indented code)", "Tabbed", "fenced"] {
            assert!(spoofed.contains(words), "{words}");
        }
    }

    #[test]
    fn a_line_is_escaped_only_where_markdown_would_read_it() {
        assert_eq!(md("short-term, 2.5 hours"), "short-term, 2.5 hours");
        assert_eq!(
            md("12. twelve\n  ===\n\n-x"),
            "12\\. twelve  \n\\===  \n\\-x"
        );
    }
}
