//! One record for the clinician in the terminal: the box for the clinician and
//! the flags first, then the result
//! and the person's answers and words. Every text is neutralised, since a
//! record file could hold anything.

use crate::record::Record;
use crate::render::screen::{Drawing, result_in_detail};
use crate::render::{clinician, neutral};

pub fn view(record: &Record, drawing: Drawing) -> String {
    let mut s = clinician::text(record);
    if !s.is_empty() {
        s.push('\n');
    }
    let e = &record.evidence;
    if let Some(flag) = &record.safety_flag {
        s.push_str(&format!(
            "!! SAFETY: to \"{}\" they answered: {}\n",
            flag.question, flag.answer
        ));
        for line in e.crisis_lines() {
            s.push_str(&format!("   {line}\n"));
        }
    }
    for score in &record.scores {
        if let Some(flag) = &score.flag {
            s.push_str(&format!(
                "!! {}: {} of {}. {flag}\n",
                score.title, score.points, score.out_of
            ));
        }
    }
    s.push_str(&format!(
        "\n{} - made {} with {} {}\n\n",
        record.bank.title,
        record.created_text(),
        record.tool.name,
        record.tool.version
    ));
    s.push_str(&result_in_detail(record, drawing));
    for score in &record.scores {
        s.push_str(&format!(
            "\n{}: {} of {}\n",
            score.title, score.points, score.out_of
        ));
        for m in &score.missed {
            s.push_str(&format!("  - \"{}\" {}\n", m.question, m.answer));
        }
    }
    if !record.own_words.is_empty() {
        s.push_str("\nIn their own words\n-----------------\n");
        for w in &record.own_words {
            s.push_str(&format!(
                "{}\n  {}\n",
                w.question,
                w.text.replace('\n', "\n  ")
            ));
        }
    }
    s.push_str("\nAll answers\n-----------\n");
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

#[cfg(test)]
mod tests {
    use chrono::{FixedOffset, TimeZone};

    use super::view;
    use crate::answers::{Answer, file};
    use crate::bank::Bank;
    use crate::record::Record;
    use crate::render::screen::Drawing;

    #[test]
    fn hostile_text_is_harmless_in_the_clinician_view() {
        let bank = Bank::embedded().unwrap();
        let text = include_str!("../../questions/examples/first-episode.json");
        let mut answers = file::read(&bank, text).unwrap();
        let hostile = "<script>alert(1)</script> \u{1b}[2J\u{1b}[31mred\u{7}";
        answers.insert("notes.note".into(), Answer::Text(hostile.into()));
        let noon = FixedOffset::east_opt(0)
            .unwrap()
            .with_ymd_and_hms(2026, 11, 26, 12, 0, 0)
            .unwrap();
        let shown = view(&Record::build(&bank, &answers, noon), Drawing::Ascii);
        assert!(!shown.contains('\u{1b}') && !shown.contains('\u{7}'));
        assert!(
            shown.contains("<script>alert(1)</script>"),
            "the terminal view shows the words as typed"
        );
    }
}
