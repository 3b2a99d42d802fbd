//! "Right now: yes" acts at once: the act-now lines, then a typed choice
//! (never a bare Enter) between getting help now, which stops here with the
//! answers kept, and going on. In an answers file, they are printed once, first.

use serde_json::Value;

use crate::test::Test;

#[test]
fn right_now_yes_in_plain_mode_shows_the_act_now_lines_and_h_stops_with_the_answers_kept() {
    let ran = Test::new().plain(&["1", "c", "1", "", "h"]).run().success();
    let out = ran.stdout();
    let act = out.find("IMPORTANT: Please get help now").expect(&out);
    let after = &out[act..];
    let emergency = after.find("Call your emergency number now").unwrap();
    let lines = after.find("988 Suicide & Crisis Lifeline").unwrap();
    let gp = after
        .find("Contact your GP, doctor or clinician today.")
        .unwrap();
    assert!(emergency < lines && lines < gp, "{after}");
    assert!(after.contains("Type h and press Enter for \"I will get help now\""));
    // The stop screen: the act-now lines again, no one contacted, answers kept.
    let stop = after.find("Get help now\n").expect(after);
    let stop = &after[stop..];
    assert!(stop.contains("Call your emergency number now"), "{stop}");
    assert!(stop.contains("This program contacts no one."), "{stop}");
    assert!(stop.contains("Your answers so far are kept"), "{stop}");
    assert!(stop.contains("therapy-choice"), "{stop}");
    assert!(
        !out.contains("The choice"),
        "nothing after the stop:\n{out}"
    );
    assert!(ran.home().state().exists(), "the answers are kept");
}

#[test]
fn right_now_yes_in_an_answers_file_prints_the_act_now_block_once_first() {
    let mut answers: Value =
        serde_json::from_str(&crate::common::built_in("examples/first-episode.json")).unwrap();
    answers["answers"]["safety.thoughts"] = "yes".into();
    answers["answers"]["safety.now"] = "yes".into();
    let out = Test::new().answers(answers).run().success().stdout();
    assert!(
        out.trim_start()
            .starts_with("IMPORTANT: Please get help now"),
        "{out}"
    );
    assert_eq!(out.matches("IMPORTANT: Please get help now").count(), 1);
    assert_eq!(out.matches("IMPORTANT: Help now").count(), 1, "{out}");
}

#[test]
fn h_says_the_answers_are_not_kept_when_they_could_not_be_saved() {
    let test = Test::new().file("blocked", "a file, not a folder");
    let state = test.home().path("blocked").join("state");
    let ran = test
        .env("THERAPY_CHOICE_STATE_DIR", &state)
        .plain(&["1", "c", "1", "", "h"])
        .run()
        .success();
    let out = ran.stdout();
    let stop = &out[out.rfind("Get help now\n").expect(&out)..];
    assert!(
        stop.contains(
            "Your answers so far could not be saved on this computer, so they are not kept."
        ),
        "{stop}"
    );
    assert!(!stop.contains("are kept on this computer"), "{stop}");
    assert!(stop.contains("Call your emergency number now"), "{stop}");
}
