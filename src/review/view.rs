//! One record for the clinician in the terminal: the box for the clinician and
//! the flags first (the crisis lines once, in the safety alert), then the
//! result in detail and the person's answers and words; not the safety page
//! the person saw, which speaks to them about the aid's own steps. Every text
//! is neutralised, since a record file could hold anything.

use crate::record::Record;
use crate::render::markup::Span;
use crate::render::screen::{Drawing, result_for_clinician};
use crate::render::summary::Summary;
use crate::render::{clinician, neutral};

pub fn view(record: &Record, drawing: Drawing) -> String {
    let summary = Summary::of(record);
    let words = &record.evidence.summary;
    let mut s = clinician::text(record);
    if !s.is_empty() {
        s.push('\n');
    }
    if let Some(alert) = &summary.safety {
        s.push_str(&format!(
            "!! {} {}\n",
            alert.alert,
            Span::plain(&alert.said)
        ));
        for line in &alert.lines {
            s.push_str(&format!("   {line}\n"));
        }
    }
    for score in &summary.scores {
        if let Some(flag) = &score.flag {
            s.push_str(&format!("!! {}. {}\n", score.heading, flag.text));
        }
    }
    s.push_str(&format!("\n{}\n{}\n\n", summary.title, summary.made));
    s.push_str(&result_for_clinician(record, drawing));
    for score in &summary.scores {
        s.push_str(&format!("\n{}\n", score.heading));
        for m in &score.missed {
            s.push_str(&format!("  - \"{}\" {}\n", m.question, m.answer));
        }
    }
    if let Some(own) = &summary.own_words {
        s.push_str(&heading(&words.their_words));
        for w in &own.answers {
            s.push_str(&format!(
                "{}\n  {}\n",
                w.label,
                w.text.replace('\n', "\n  ")
            ));
        }
    }
    s.push_str(&heading(&words.all_answers));
    for section in &record.sections {
        if section.answers.is_empty() {
            continue;
        }
        s.push_str(&format!("{}\n", section.title));
        for a in &section.answers {
            s.push_str(&format!("  - {} {}\n", a.question, a.shown));
        }
    }
    neutral(&s)
}

/// A heading underlined, after a blank line.
fn heading(title: &str) -> String {
    format!("\n{title}\n{}\n", "-".repeat(title.chars().count()))
}

#[cfg(test)]
mod tests {

    use super::view;
    use crate::answers::Answer;
    use crate::record::Record;
    use crate::render::screen::Drawing;

    #[test]
    fn hostile_text_is_harmless_in_the_clinician_view() {
        let bank = crate::fixtures::bank();
        let mut answers = crate::fixtures::example("first-episode");
        let hostile = "<script>alert(1)</script> \u{1b}[2J\u{1b}[31mred\u{7}";
        answers.insert("notes.note".into(), Answer::Text(hostile.into()));
        let noon = crate::fixtures::noon();
        let shown = view(&Record::build(bank, &answers, noon), Drawing::Ascii);
        assert!(!shown.contains('\u{1b}') && !shown.contains('\u{7}'));
        assert!(
            shown.contains("<script>alert(1)</script>"),
            "the terminal view shows the words as typed"
        );
    }
}
