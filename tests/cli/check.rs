//! `check` and `evidence`: a valid bank, a broken one, and the facts in full.

use crate::common::built_in;
use crate::test::Test;

#[test]
fn the_built_in_bank_passes_check() {
    Test::new()
        .arg("check")
        .run()
        .success()
        .stdout_has("is valid: 11 sections")
        .stdout_has(
            "PHQ-9: its 9 questions, their answers and its credit line are used word for word",
        )
        .stdout_has("The safety question: its words and answers are kept exactly as written, so it is exempt from the reading-level gate.")
        .stdout_lacks("DOMAIN.md")
        .stdout_lacks("(s)")
        .stdout_has(
            "The most reachable score each way: -100 toward short-term, +100 toward long-term (the score starts at 0).",
        );
}

#[test]
fn check_names_a_tilted_rules_file_and_exits_2() {
    let rules = built_in("rules.json").replacen("\"weight\": 0", "\"weight\": -10", 1);
    Test::new()
        .arg("check")
        .bank_file("rules.json", rules)
        .run()
        .code(2)
        .stderr_has("has 1 problem:\n")
        .stderr_has(
            "rules.json: start: the score must start at 0, with no built-in tilt; it starts at -10",
        );
}

#[test]
fn a_broken_bank_lists_every_problem_and_exits_2() {
    let bank = built_in("bank.json")
        .replace(
            "\"id\": \"time.sessions_per_week\"",
            "\"id\": \"time.commitment\"",
        )
        .replace("\"kind\": \"text\"", "\"kind\": \"slider\"");
    Test::new()
        .arg("check")
        .bank_file("bank.json", bank)
        .run()
        .code(2)
        .stderr_has("has 6 problems:\n")
        .stderr_has("bank.json: time.commitment: this question id is used twice")
        .stderr_has("bank.json: notes.label: unknown kind \"slider\"")
        .stderr_has("bank.json: notes.note: unknown kind \"slider\"");
}

#[test]
fn a_missing_bank_folder_is_named() {
    Test::new()
        .args(["check", "--questions", "/nonexistent/bank"])
        .run()
        .code(2)
        .stderr_has("bank.json: file: could not read /nonexistent/bank/bank.json");
}

#[test]
fn evidence_prints_every_reference_in_full() {
    let out = Test::new().arg("evidence").run().success().stdout();
    for citation in [
        "Fonagy P, Roth A, Higgitt A. The outcome of psychodynamic psychotherapy for psychological disorders. Clinical Neuroscience Research 2005; 4(5-6):367-377.",
        "Leichsenring F, Rabung S. Effectiveness of long-term psychodynamic psychotherapy: a meta-analysis. JAMA 2008; 300(13):1551-1565.",
        "Leichsenring F, Rabung S, Leibing E. The efficacy of short-term psychodynamic psychotherapy in specific psychiatric disorders: a meta-analysis. Archives of General Psychiatry 2004; 61(12):1208-1216.",
        "Smit Y, Huibers MJH, Ioannidis JPA, et al. The effectiveness of long-term psychoanalytic psychotherapy: a meta-analysis of randomized controlled trials. Clinical Psychology Review 2012; 32(2):81-92.",
    ] {
        assert!(out.contains(citation), "missing: {citation}");
    }
    for item in [
        "No funding. No ties to any provider of therapy.",
        ", next review ",
        "How the evidence was chosen",
        "Reading level",
    ] {
        assert!(out.contains(item), "missing: {item}");
    }
}

/// Every subcommand (nested ones too) and every long option, from the command
/// line's own definition.
fn every_command_and_option(cmd: &clap::Command, out: &mut Vec<String>) {
    for arg in cmd.get_arguments() {
        if let Some(long) = arg.get_long() {
            out.push(format!("--{long}"));
        }
    }
    for sub in cmd.get_subcommands() {
        out.push(sub.get_name().to_string());
        every_command_and_option(sub, out);
    }
}

#[test]
fn completions_for_bash_zsh_and_fish_name_every_command_and_option() {
    use clap::CommandFactory;
    let mut words = Vec::new();
    every_command_and_option(&therapy_choice::cli::Cli::command(), &mut words);
    assert!(
        words.len() > 20,
        "the command line has {} words",
        words.len()
    );
    for shell in ["bash", "zsh", "fish"] {
        let out = Test::new()
            .args(["completions", shell])
            .run()
            .success()
            .stdout();
        for word in &words {
            // fish lists long options without their dashes (`-l out`).
            let bare = word.trim_start_matches("--");
            assert!(
                out.contains(word.as_str())
                    || (shell == "fish" && out.contains(&format!("-l {bare}"))),
                "{shell} completions lack {word}"
            );
        }
    }
}

#[test]
fn the_man_page_and_version_are_there() {
    Test::new()
        .arg("man")
        .run()
        .success()
        .stdout_has(".TH therapy-choice 1")
        .stdout_has("review");
    Test::new()
        .arg("--version")
        .run()
        .success()
        .stdout_has(env!("CARGO_PKG_VERSION"));
}

#[test]
fn start_flags_before_another_command_are_bad_usage() {
    Test::new()
        .args(["--plain", "check"])
        .run()
        .code(2)
        .stderr_has("belong to `start`");
    Test::new()
        .args(["check", "--color", "never"])
        .run()
        .success();
}

#[test]
fn the_answers_schema_names_every_question() {
    let schema = Test::new()
        .args(["export", "answers-schema"])
        .run()
        .success()
        .json();
    let properties = schema["properties"]["answers"]["properties"]
        .as_object()
        .unwrap();
    let bank = crate::common::bank();
    assert_eq!(properties.len(), bank.questions().count());
    assert_eq!(properties["value.shape"]["enum"][0], "short_much");
    assert_eq!(properties["time.commitment"]["enum"][0], "under_4_months");
    let required = schema["properties"]["answers"]["required"]
        .as_array()
        .unwrap();
    assert!(required.contains(&"lean.now".into()));
    assert!(
        !required.contains(&"situation.therapy_kind".into()),
        "a conditional question cannot be required"
    );
}

#[test]
fn a_bank_from_outside_with_an_escape_in_its_text_is_refused_before_it_reaches_a_screen() {
    let bank = built_in("bank.json").replace(
        "How long could you keep going to therapy?",
        "How long could you keep going\\u001b]0;owned\\u0007 to therapy?",
    );
    for command in ["check", "start"] {
        let err = Test::new()
            .arg(command)
            .bank_file("bank.json", &bank)
            .stdin("")
            .run()
            .code(2)
            .stderr_has("U+001B, which could act on a terminal")
            .stderr();
        assert!(!err.contains('\u{1b}'), "{command} printed a raw escape");
        assert!(
            err.contains("text"),
            "{command} did not name the place: {err}"
        );
    }
}

#[test]
fn a_section_in_one_line_on_the_check_screen_must_be_an_optional_block_without_the_safety_question()
{
    let bank = built_in("bank.json")
        .replacen(
            "\"title\": \"How you are today\",",
            "\"title\": \"How you are today\", \"one_line_on_check\": true,",
            1,
        )
        .replacen(
            "\"show_facts\": true,",
            "\"show_facts\": true, \"one_line_on_check\": true,",
            1,
        );
    Test::new()
        .arg("check")
        .bank_file("bank.json", bank)
        .run()
        .code(2)
        .stderr_has("bank.json: section safety: one_line_on_check cannot hold the safety question: its answers stand on lines of their own")
        .stderr_has("bank.json: section time: one_line_on_check: its first question (time.commitment) must be a yes_no question that is not required, which offers the block")
        .stderr_has("bank.json: time.hours_per_week: in a one_line_on_check section, every question after the first must be shown only after it (show_if leading to time.commitment)")
        .stderr_lacks("section phq9")
        .stderr_lacks("section situation");
}

#[test]
fn the_words_of_the_persons_own_cost_need_their_figures() {
    let evidence = built_in("evidence.json")
        .replacen("\"{cost} for {sessions} sessions\"", "\"{cost} in all\"", 1)
        .replacen(
            "\"for_you_year\": \"{cost} for 1 year\"",
            "\"for_you_year\": \"\"",
            1,
        );
    Test::new()
        .arg("check")
        .bank_file("evidence.json", evidence)
        .run()
        .code(2)
        .stderr_has("evidence.json: table.for_you_sessions: needs the placeholder {sessions}")
        .stderr_has("evidence.json: table.for_you_year: is empty");
}
