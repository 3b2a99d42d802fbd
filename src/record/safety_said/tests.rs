use serde_json::json;

use super::{Column, Given, SafetySaid, Said};
use crate::answers::Answer;
use crate::record::Record;

fn given<'a>(pairs: &'a [(&'a str, serde_json::Value)]) -> Vec<Given<'a>> {
    pairs
        .iter()
        .map(|(id, value)| Given {
            id,
            mark: None,
            value,
        })
        .collect()
}

fn record_with(change: &[(&str, &str)]) -> Record {
    let bank = crate::fixtures::bank();
    let mut answers = crate::fixtures::example("first-episode");
    for (id, value) in change {
        answers.insert((*id).into(), Answer::Choice((*value).into()));
    }
    let noon = crate::fixtures::noon();
    Record::build(bank, &answers, noon)
}

#[test]
fn a_record_whose_stored_flag_says_nothing_still_reads_flagged_from_its_yes() {
    let mut record = record_with(&[("safety.thoughts", "yes"), ("safety.now", "yes")]);
    record.safety_flag = None;
    let said = SafetySaid::of(&record);
    assert!(said.raised());
    assert!(said.right_now_raised());
    assert_eq!(said.column(), Some(Column::Yes));
}

#[test]
fn the_marks_in_a_new_record_are_read_even_under_other_ids() {
    let mut record = record_with(&[("safety.thoughts", "rather_not_say")]);
    for a in record
        .sections
        .iter_mut()
        .flat_map(|s| s.answers.iter_mut())
    {
        a.id = format!("renamed.{}", a.id.replace('.', "_"));
    }
    let said = SafetySaid::of(&record);
    assert_eq!(said.thoughts, Some(Said::NotSaid));
    assert!(said.raised());
}

#[test]
fn rather_not_say_raises_the_flag_exactly_like_yes_and_only_the_word_differs() {
    let yes = [("safety.thoughts", json!("yes"))];
    let not_said = [("safety.thoughts", json!("rather_not_say"))];
    let yes = SafetySaid::from_answers(given(&yes), []);
    let not_said = SafetySaid::from_answers(given(&not_said), []);
    assert!(yes.raised() && not_said.raised());
    assert_eq!(yes.column(), Some(Column::Yes));
    assert_eq!(not_said.column(), Some(Column::NotSaid));
}

#[test]
fn a_no_with_item_9_above_not_at_all_raises_the_flag() {
    let no = [
        ("safety.thoughts", json!("no")),
        ("phq9.better_off_dead", json!("not_at_all")),
    ];
    let said = SafetySaid::from_answers(given(&no), []);
    assert!(!said.raised());
    assert_eq!(said.column(), Some(Column::No));
    let item9 = [
        ("safety.thoughts", json!("no")),
        ("phq9.better_off_dead", json!("several_days")),
    ];
    let said = SafetySaid::from_answers(given(&item9), []);
    assert!(said.raised());
    assert_eq!(said.column(), Some(Column::Yes));
}

#[test]
fn right_now_alone_raises_the_flag_and_an_earlier_yes_taken_back_does_too() {
    let now = [
        ("safety.thoughts", json!("no")),
        ("safety.now", json!("rather_not_say")),
    ];
    assert!(SafetySaid::from_answers(given(&now), []).right_now_raised());
    let no = [("safety.thoughts", json!("no"))];
    let earlier = [("safety.thoughts", json!("yes"))];
    let said = SafetySaid::from_answers(given(&no), given(&earlier));
    assert!(said.raised());
    assert_eq!(said.column(), Some(Column::Yes));
}

#[test]
fn the_safety_question_answered_twice_is_counted_and_the_yes_is_kept() {
    let twice = [
        ("safety.thoughts", json!("yes")),
        ("safety.thoughts", json!("no")),
    ];
    let said = SafetySaid::from_answers(given(&twice), []);
    assert_eq!(said.thoughts_answered, 2);
    assert!(said.raised());
}

#[test]
fn nothing_answered_is_no_column_at_all() {
    assert_eq!(SafetySaid::from_answers([], []).column(), None);
}
