//! The kill test: drive the terminal flow in a pseudo-terminal, kill the
//! program with SIGKILL after every answer (more than 20 times), start it
//! again each time and go on, and check that the summary at the end is the
//! one an uninterrupted run gives.

use expectrl::Expect;
use expectrl::process::unix::Signal;

use therapy_choice::ask::{Progress, Step};

use crate::common::{assert_same_as_example, example_answers, steps_from};
use crate::terminal::{
    keys, pass_page_go, pass_page_wait, read_result_to_the_end, send, spawn_with,
};

#[test]
fn killed_after_every_answer_and_resumed_the_summary_is_the_same() {
    let name = "long-standing-patterns";
    let bank = crate::common::bank();
    let answers = example_answers(name);
    let dir = tempfile::tempdir().unwrap();
    let (state, out) = (dir.path().join("state"), dir.path().join("out"));
    let mut progress = Progress::default();
    let mut kills = 0;
    loop {
        let mut session = spawn_with(&out, &state);
        if !progress.asked.is_empty() {
            session.expect("Continue?").unwrap();
            // Nothing is chosen for the person: move to "Yes", then Enter.
            send(&mut session, "\x1b[B\r");
        }
        let remaining = steps_from(&answers, progress.clone());
        let mut answered_here = false;
        let mut killed = false;
        for step in remaining {
            // Wait until this step is drawn: by then every earlier answer is saved.
            match &step {
                Step::Page(page) => pass_page_wait(&mut session, page.urgent),
                Step::Question { progress: line, .. } => {
                    session.expect(line.as_str()).unwrap();
                }
            };
            if answered_here {
                session.get_process_mut().kill(Signal::SIGKILL).unwrap();
                let _ = session.get_process().wait();
                kills += 1;
                killed = true;
                break;
            }
            match step {
                Step::Page(page) => pass_page_go(&mut session, page.urgent),
                Step::Question { id, sign, .. } => {
                    // An amount typed with its money sign answers the money too.
                    if sign.is_some() {
                        let money = bank.currency_of(bank.question(&id).unwrap()).unwrap();
                        if let Some(a) = answers.get(&money.id) {
                            progress.answers.insert(money.id.clone(), a.clone());
                        }
                        progress.asked.insert(money.id.clone());
                    }
                    let typed = sign.unwrap_or_default() + &keys(bank, &id, answers.get(&id));
                    send(&mut session, &typed);
                    match answers.get(&id) {
                        Some(a) => progress.answers.insert(id.clone(), a.clone()),
                        None => progress.answers.remove(&id),
                    }
                    // The safety question, asked again on every resume, is
                    // not progress: stop only after a new answer.
                    answered_here = !bank.about_safety(bank.question(&id).unwrap());
                    progress.asked.insert(id);
                }
            }
        }
        if killed {
            continue;
        }
        session.expect("Finish and save my summary").unwrap();
        // Nothing is chosen on the check screen either: move to Finish.
        send(&mut session, "\x1b[B\r");
        let screens = read_result_to_the_end(&mut session);
        assert!(screens > 1, "the result is shown a screen at a time");
        session.expect(expectrl::Eof).unwrap();
        break;
    }
    println!("killed with SIGKILL {kills} times, resumed each time");
    assert!(kills >= 20, "only {kills} kills");
    assert!(!state.join("state.json").exists());
    assert_same_as_example(&out, name, &format!("killed {kills} times"));
}
