//! The words on the screens while a person answers live in
//! questions/screens.json: a word changed there shows on the screen, a bank
//! folder without the file gets the shipped words, and a missing placeholder
//! or an empty word is refused, naming the file and the word.

use crate::common::{built_in, lines_for};
use crate::test::{Ran, Test};

/// The shipped screens.json with one text replaced; the text must be there.
fn changed(from: &str, to: &str) -> String {
    let screens = built_in("screens.json");
    assert!(screens.contains(from), "screens.json has no {from}");
    screens.replacen(from, to, 1)
}

/// Answer first-episode in plain mode, after `first` typed at the first
/// question, with a bank folder holding the shipped bank, evidence and rules,
/// and `screens` as its screens.json (none when None).
fn plain_with(screens: Option<String>, first: &[&str]) -> Ran {
    let mut test = Test::new().own_bank();
    if let Some(screens) = screens {
        test = test.bank_file("screens.json", screens);
    }
    let mut lines: Vec<String> = first.iter().map(|l| l.to_string()).collect();
    lines.extend(lines_for("first-episode"));
    test.plain(&lines).run()
}

#[test]
fn a_word_changed_in_screens_json_shows_in_plain_mode_and_changes_nothing_else() {
    let screens = changed(
        "\"title\": \"Check your answers\"",
        "\"title\": \"Look over what you said\"",
    )
    .replacen(
        "Question {question} of {questions}",
        "Part {section} of {sections}, question {question} of {questions}",
        1,
    )
    .replacen(
        "That is not one of the choices. Type a number from 1 to {count}.",
        "Please pick a number from 1 to {count}.",
        1,
    );
    let ran = plain_with(Some(screens), &["99"]).success();
    let said = ran.stdout();
    assert!(
        said.contains("> Please pick a number from 1 to 3.\n"),
        "{said}"
    );
    assert!(!said.contains("That is not one of the choices"));
    // The underline follows the title's length.
    assert!(said.contains("\nLook over what you said\n=======================\n"));
    assert!(said.contains("Part 1 of "), "{said}");
    assert!(!said.contains("Check your answers"));
    assert!(!said.contains("Question 1 of "));
    // Only the words on the screens changed: the record is the same.
    ran.same_record_as("first-episode", "first-episode, other words");
}

#[test]
fn a_bank_folder_without_screens_json_gets_the_shipped_words() {
    let said = plain_with(None, &["99"]).success().stdout();
    assert!(said.contains("> That is not one of the choices. Type a number from 1 to 3.\n"));
    assert!(said.contains("\nCheck your answers\n==================\n"));
    assert!(said.contains("Question 1 of "));
}

#[test]
fn check_says_when_a_bank_folder_uses_the_built_in_screen_words() {
    let without = Test::new().arg("check").own_bank().run().success();
    assert!(
        without
            .stdout()
            .contains("has no screens.json: the words on the screens while a person answers are the built-in ones.")
    );
    let with = Test::new()
        .arg("check")
        .bank_file("screens.json", built_in("screens.json"))
        .run()
        .success();
    assert!(!with.stdout().contains("screens.json"), "{}", with.stdout());
}

#[test]
fn check_names_a_missing_placeholder_and_an_empty_word_in_screens_json() {
    let screens = changed(
        "\"not_a_choice\": \"That is not one of the choices. Type a number from 1 to {count}.\"",
        "\"not_a_choice\": \"That is not one of the choices.\"",
    )
    .replacen(
        "\"finish\": \"Finish and save my summary\"",
        "\"finish\": \"\"",
        1,
    );
    Test::new()
        .arg("check")
        .bank_file("screens.json", screens)
        .run()
        .code(2)
        .stderr_has("screens.json: typing.not_a_choice: needs the placeholder {count}")
        .stderr_has("screens.json: check.finish: is empty");
}

#[test]
fn start_refuses_a_screens_json_with_a_missing_word_before_any_question() {
    let screens = changed("\"yes\": \"Yes\",", "");
    let ran = plain_with(Some(screens), &[])
        .code(2)
        .stderr_has("screens.json")
        .stderr_has("missing field `yes`");
    assert!(!ran.stdout().contains("Question 1 of "));
    assert!(ran.files().is_empty());
}

#[test]
fn a_screens_json_with_a_character_that_acts_on_a_terminal_is_refused() {
    let screens = changed(
        "\"skip\": \"Skip this question\"",
        "\"skip\": \"Skip \\u001b[2J this question\"",
    );
    Test::new()
        .arg("check")
        .bank_file("screens.json", screens)
        .run()
        .code(2)
        .stderr_has(
            "screens.json: arrows.skip: holds the character U+001B, which could act on a terminal",
        );
}
