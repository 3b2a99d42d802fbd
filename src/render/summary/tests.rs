//! The model is what both formats say: every sentence of it is in the
//! Markdown and in the HTML, a word changed in the content shows in both, and
//! a record saved before the summary's words existed still gets them.

use pulldown_cmark::{Event, Parser, TagEnd};

use super::Summary;
use crate::answer::Answer;
use crate::bank::Role;
use crate::bank::evidence::SummaryWords;
use crate::fixtures::{bank, example, record, record_of};
use crate::page::dated::version_line;
use crate::record::Record;
use crate::render::markup::Span;
use crate::render::{html, markdown};

/// Runs of white space as one space.
pub(super) fn squeezed(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The Markdown as a reader sees it: markup and escapes gone.
pub(super) fn markdown_read(text: &str) -> String {
    let mut out = String::new();
    for event in Parser::new(text) {
        match event {
            Event::Text(t) | Event::Code(t) => out.push_str(&t),
            Event::SoftBreak | Event::HardBreak | Event::End(TagEnd::Paragraph) => out.push(' '),
            Event::End(_) => out.push(' '),
            _ => {}
        }
    }
    squeezed(&out)
}

/// The HTML as a reader sees it: tags gone, entities read.
fn html_read(page: &str) -> String {
    let body = &page[page.find("<body>").unwrap()..];
    let mut out = String::new();
    let mut in_tag = false;
    for c in body.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    let out = out
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
    squeezed(&out)
}

/// Every text of the model that both formats show (the charts' labels and
/// the HTML's heading over the answers are the HTML's own).
fn texts(s: &Summary) -> Vec<String> {
    let mut all = vec![s.title.clone(), s.made.clone()];
    all.extend([s.choice.label.clone(), s.choice.text.clone()]);
    let spans = |spans: &[Span]| -> Vec<String> {
        spans
            .iter()
            .map(|span| match span {
                Span::Plain(t) | Span::Quoted(t) | Span::Strong(t) => t.clone(),
            })
            .collect()
    };
    if let Some(b) = &s.clinician {
        all.push(b.title.clone());
        for l in &b.lines {
            all.extend([l.line.label.clone(), l.line.text.clone()]);
        }
    }
    if let Some(alert) = &s.safety {
        all.push(alert.alert.clone());
        all.extend(spans(&alert.said));
        all.push(alert.always.clone());
        all.extend(alert.lines.iter().cloned());
    }
    for listed in [&s.barriers, &s.changes, &s.questions] {
        all.push(listed.title.clone());
        all.extend(listed.items.iter().cloned());
    }
    let f = &s.fit;
    all.extend([f.title.clone(), f.not_a_verdict.clone()]);
    all.extend(f.lines.iter().map(|line| line.text.clone()));
    all.push(f.confidence.line.clone());
    for side in &f.sides {
        all.push(side.title.clone());
        all.extend(side.empty.clone());
        for r in &side.reasons {
            all.extend([r.weight.clone(), r.reason.clone(), r.source.clone()]);
            all.extend(spans(&r.said));
        }
    }
    all.push(s.costs.title.clone());
    all.extend(s.costs.header.iter().cloned());
    all.extend(s.costs.rows.iter().flatten().cloned());
    all.extend(s.costs.notes.iter().cloned());
    for answered in s.ratings.iter().chain(&s.sections).chain(&s.own_words) {
        all.push(answered.title.clone());
        for a in &answered.answers {
            all.extend([a.label.clone(), a.text.clone()]);
        }
    }
    for score in &s.scores {
        all.push(score.heading.clone());
        if let Some(flag) = &score.flag {
            all.extend([flag.label.clone(), flag.text.clone()]);
        }
        for m in &score.missed {
            all.extend([m.question.clone(), m.answer.clone()]);
            all.extend(m.note.clone());
        }
    }
    if let Some(p) = &s.phq9 {
        all.extend([p.heading.clone(), p.note.clone(), p.credit.clone()]);
    }
    let facts = &s.facts;
    all.push(facts.title.clone());
    all.extend(facts.options.iter().cloned());
    for row in &facts.rows {
        all.push(row.heading.clone());
        all.extend(row.texts.iter().cloned());
    }
    all.extend(facts.trade_off.clone());
    if let Some(o) = &facts.outcome {
        all.extend([o.title.clone(), o.who.clone()]);
        all.extend(o.before.iter().chain(&o.after).cloned());
    }
    all.extend(facts.other_intro.iter().cloned());
    for other in &facts.others {
        all.extend([other.label.clone(), other.text.clone()]);
    }
    for said in [&s.sources, &s.about] {
        all.push(said.title.clone());
        all.extend(said.texts.iter().cloned());
    }
    let c = &s.crisis;
    all.extend([c.title.clone(), c.always.clone(), c.checked.clone()]);
    all.extend(c.lines.iter().cloned());
    all.into_iter()
        .map(|t| squeezed(&t))
        .filter(|t| !t.is_empty())
        .collect()
}

#[test]
fn the_markdown_and_the_html_say_every_sentence_of_the_model() {
    for example in [
        "first-episode",
        "long-standing-patterns",
        "unsure-needs-support",
    ] {
        let r = record(example);
        let model = Summary::of(&r);
        let said = texts(&model);
        assert!(said.len() > 100, "{example}: {}", said.len());
        let md = markdown_read(&markdown::render(&r));
        let page = html_read(&html::render(&r));
        for text in &said {
            assert!(md.contains(text.as_str()), "{example}.md lacks: {text}");
            assert!(page.contains(text.as_str()), "{example}.html lacks: {text}");
        }
    }
}

#[test]
fn a_word_changed_in_the_content_shows_in_both_formats() {
    let mut r = record("unsure-needs-support");
    let before = (markdown::render(&r), html::render(&r));
    for page in [&before.0, &before.1] {
        assert!(page.contains("please read first") && page.contains("Answer: No."));
    }
    let words = &mut r.evidence.summary;
    words.safety_alert = "SAFETY, as the person said it: read this before the rest.".into();
    words.answer = "They chose: {answer}.".into();
    words.made = "Put together on {when}.".into();
    for page in [markdown::render(&r), html::render(&r)] {
        assert!(page.contains("SAFETY, as the person said it: read this before the rest."));
        assert!(page.contains("They chose: No."));
        assert!(page.contains(&format!(
            "Put together on {}.",
            crate::fixtures::clock::NOON
        )));
        assert!(!page.contains("please read first") && !page.contains("Answer: No."));
        assert!(!page.contains("question bank"));
    }
}

#[test]
fn a_record_saved_before_the_summary_words_gets_the_shipped_ones() {
    let old: Record =
        serde_json::from_str(include_str!("../../../tests/records/schema-1.json")).unwrap();
    assert_eq!(old.evidence.summary, SummaryWords::shipped());
    let line = version_line(&old.evidence);
    assert!(line.starts_with("Facts version ") && line.contains(&old.evidence.version));
    assert!(markdown::render(&old).contains(&line));
    assert!(html::render(&old).contains(&line));
}

#[test]
fn the_count_of_unsure_answers_reads_right_for_one_and_for_two() {
    let mut r = record("first-episode");
    for (unsure, said) in [
        (
            0,
            "You were sure about all 5 questions on what matters to you.",
        ),
        (
            1,
            "You were not sure about 1 of the 5 questions on what matters to you.",
        ),
        (
            2,
            "You were not sure about 2 of the 5 questions on what matters to you.",
        ),
    ] {
        r.assessment.confidence.unsure = unsure;
        let line = Summary::of(&r).fit.confidence.unsure;
        assert_eq!(line, said);
        assert!(!line.contains("1 of your 5 answers about what matters to you were"));
    }
}

#[test]
fn every_reason_names_a_study_or_no_source_at_all() {
    let bank = bank();
    let base = example("first-episode");
    let studies: Vec<String> = bank
        .evidence
        .sources
        .iter()
        .filter(|s| !s.description)
        .map(|s| bank.rules.words.source.replace("{source}", &s.short))
        .collect();
    let mut without = 0;
    for (_, q) in bank.questions().filter(|(_, q)| q.role == Role::Value) {
        for option in q.kind.options() {
            let mut answers = base.clone();
            answers.insert(q.id.clone(), Answer::Choice(option.id.clone()));
            let r = record_of(&answers);
            for reason in Summary::of(&r).fit.sides.iter().flat_map(|s| &s.reasons) {
                if reason.source.is_empty() {
                    without += 1;
                } else {
                    assert!(studies.contains(&reason.source), "{reason:?}");
                }
            }
        }
    }
    assert!(
        without > 0,
        "a plain description of the options names no source"
    );
    let md = markdown_read(&markdown::render(&record("first-episode")));
    assert!(!md.contains("What each option is"), "{md}");
}

#[test]
fn one_hour_and_one_session_are_singular_and_two_are_plural() {
    let bank = bank();
    let hours = bank.question("time.hours_per_week").unwrap();
    let sessions = bank.question("money.covered_sessions").unwrap();
    for (n, hour, session) in [(1.0, "1 hour", "1 session"), (2.0, "2 hours", "2 sessions")] {
        assert_eq!(hours.shown(&Answer::Number(n), None), hour);
        assert_eq!(sessions.shown(&Answer::Number(n), None), session);
    }
    let mut answers = example("first-episode");
    answers.insert("time.hours_per_week".into(), Answer::Number(1.0));
    let r = record_of(&answers);
    let intro = Summary::of(&r).costs.time.intro;
    assert!(intro.contains("about 1 hour a week"), "{intro}");
}
