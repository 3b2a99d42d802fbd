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

/// What the result opens with after the questions, when the flag is raised:
/// from its "IMPORTANT: Help now" to the result's title.
fn help_at_the_result(stdout: &str) -> &str {
    let result = stdout.rfind("What your answers suggest").expect(stdout);
    let help = stdout[..result].rfind("IMPORTANT: Help now").expect(stdout);
    &stdout[help..result]
}

/// After a yes with "right now: no", the person read the whole safety page
/// while answering; the result does not read all of it again. It opens with
/// the flag as answered (self-reported), when to call the emergency number,
/// what to do today (the GP, someone to be with, putting away what could
/// hurt), the crisis lines and what to do in a country not listed, and says
/// the rest is at the top of the summary, which holds every line of it.
#[test]
fn after_right_now_no_the_result_opens_with_the_first_lines_and_the_summary_holds_the_rest() {
    let bank = crate::common::bank();
    let crisis = &bank.evidence.crisis;
    let act = crisis.act_now.as_ref().unwrap();
    let mut lines = crate::common::lines_for("unsure-needs-support");
    lines.push(String::new());
    let ran = Test::new().plain(&lines).run().success();
    let stdout = ran.stdout();
    let help = help_at_the_result(&stdout);
    let flag = "Thoughts of death, self-harm or suicide: yes (self-reported); right now: no";
    let mut first = vec![
        flag,
        &act.call_if,
        &act.today,
        &act.someone,
        &act.put_away,
        &act.not_listed,
        &act.not_listed_note,
    ];
    first.extend(act.conditions.iter().map(String::as_str));
    first.push("The rest of this help page is at the top of your summary.");
    let lines = bank.evidence.crisis_lines();
    first.extend(lines.iter().map(String::as_str));
    for said in &first {
        assert!(help.contains(said), "the result lacks {said:?}:\n{help}");
    }
    let rest = [&crisis.verbatim.no_contact, &crisis.verbatim.later];
    for said in rest {
        assert!(
            !help.contains(said.as_str()),
            "said again: {said:?}\n{help}"
        );
    }
    // The summary's top holds the whole page, above everything else.
    let md = std::fs::read_to_string(ran.record().with_extension("md")).unwrap();
    let top = &md[..md.find("**The choice:**").unwrap()];
    let whole = first
        .iter()
        .copied()
        .filter(|s| !s.starts_with("The rest of"));
    for said in whole {
        assert!(
            top.contains(said),
            "the summary's top lacks {said:?}:\n{top}"
        );
    }
}

/// After "right now: yes" and c to go on, the result shows the whole safety
/// page again, as before.
#[test]
fn after_right_now_yes_the_result_shows_the_whole_safety_page_again() {
    let bank = crate::common::bank();
    let act = bank.evidence.crisis.act_now.clone().unwrap();
    let mut answers = crate::common::example_answers("unsure-needs-support");
    answers.insert(
        "safety.now".into(),
        therapy_choice::answers::Answer::Choice("yes".into()),
    );
    let mut lines = crate::common::lines_for_answers(&answers);
    lines.push(String::new());
    let stdout = Test::new().plain(&lines).run().success().stdout();
    let help = help_at_the_result(&stdout);
    for said in [
        "right now: yes",
        &act.call_if,
        &act.today,
        &act.someone,
        &act.put_away,
        &bank.evidence.crisis.verbatim.no_contact,
    ] {
        assert!(help.contains(said), "the result lacks {said:?}:\n{help}");
    }
    assert!(!help.contains("The rest of this help page"), "{help}");
}
