//! The result screen says what the summaries say in the same sentences,
//! taken from the same model: the fit, barriers and reasons; a word or a
//! join changed in the content shows on the screen and in the files alike.

use super::Summary;
use super::tests::{markdown_read, squeezed};
use crate::fixtures::record;
use crate::record::Record;
use crate::render::markup::Span;
use crate::render::screen::{self, Drawing};
use crate::render::{html, markdown};

/// The result screen with the score, as plain words: runs of space as one.
fn screen_read(r: &Record) -> String {
    squeezed(&screen::result_in_detail(r, Drawing::Ascii))
}

/// What the result screen says alike with the summaries: barriers, the fit
/// and how clear it is, the reasons each way with what the person said and
/// the source, the cost notes, the hours, what would change the result.
fn shared_texts(r: &Record) -> Vec<String> {
    let a = &r.assessment;
    let s = Summary::of(r);
    let mut all = vec![s.fit.title.clone(), s.fit.not_a_verdict.clone()];
    for listed in [&s.barriers, &s.changes] {
        all.push(listed.title.clone());
        all.extend(listed.items.iter().cloned());
    }
    all.extend(
        s.barriers
            .empty
            .iter()
            .filter(|_| a.barriers.is_empty())
            .cloned(),
    );
    let f = &s.fit;
    all.extend(f.lines.iter().map(|line| line.text.clone()));
    all.extend([f.confidence.text.clone(), f.confidence.unsure.clone()]);
    for side in &f.sides {
        all.push(side.title.clone());
        all.extend(side.empty.clone());
        for reason in &side.reasons {
            all.extend([reason.weight.clone(), reason.reason.clone()]);
            all.extend([Span::plain(&reason.said), reason.source.clone()]);
        }
    }
    all.extend(s.costs.notes.iter().cloned());
    all.extend(s.questions.items.iter().cloned());
    all.into_iter()
        .map(|t| squeezed(&t))
        .filter(|t| !t.is_empty())
        .collect()
}

#[test]
fn the_screen_and_the_markdown_say_the_same_fit_barriers_and_reasons() {
    for example in [
        "first-episode",
        "long-standing-patterns",
        "unsure-needs-support",
    ] {
        let r = record(example);
        let shared = shared_texts(&r);
        assert!(shared.len() > 12, "{example}: {}", shared.len());
        let screen = screen_read(&r);
        let md = markdown_read(&markdown::render(&r));
        for text in &shared {
            assert!(
                screen.contains(text.as_str()),
                "{example} screen lacks: {text}"
            );
            assert!(md.contains(text.as_str()), "{example}.md lacks: {text}");
        }
    }
}

#[test]
fn a_result_word_changed_in_the_content_shows_on_the_screen_and_in_the_summary() {
    let mut r = record("first-episode");
    let w = &mut r.assessment.words;
    w.computed_lean = "All told, your answers lean this way: {band}.".into();
    w.you_said = "Your words were {answers}".into();
    w.source = "From {source}".into();
    w.unsure_count = "{unsure} not sure, out of {counted}.".into();
    w.unsure_count_none = "None of {counted} not sure.".into();
    let time = &r.assessment.barriers[0].id;
    r.wording.barriers.get_mut(time).unwrap().text = "Time is short for the long option.".into();
    let screen = screen_read(&r);
    let md = markdown_read(&markdown::render(&r));
    for said in [
        "All told, your answers lean this way: clearly fits short-term better.",
        "Your words were \"The coming months, much more, even if I may gain less by year 3\"",
        "From Knekt 2008",
        "None of 5 not sure.",
        "Time is short for the long option.",
    ] {
        assert!(screen.contains(said), "the screen lacks: {said}\n{screen}");
        assert!(md.contains(said), "the Markdown lacks: {said}\n{md}");
    }
    for gone in [
        "How your answers line up",
        "You said:",
        "Source:",
        "Time: you could",
    ] {
        assert!(!screen.contains(gone), "the screen still says: {gone}");
        assert!(!md.contains(gone), "the Markdown still says: {gone}");
    }
}

#[test]
fn the_joins_between_words_are_content_too() {
    let mut r = record("unsure-needs-support");
    let words = &mut r.evidence.summary;
    words.costs_time = "{costs}, and {time}".into();
    words.confidence = "{confidence}? {text} ({unsure})".into();
    words.sources = "Read: {sources}. {more}".into();
    words.between_sources = " and ".into();
    words.phq9_line = "{band}, {total} of {out_of}. {note}".into();
    let joined = [
        "What it might cost, and What it might take in time",
        "How clear this is? Many of these answers were not sure",
        "(You were not sure about 4 of the 5 questions on what matters to you.)",
        "Read: Mental Health Wiki: Psychodynamic psychotherapy and Fonagy 2005",
        "Knekt 2008 and Knekt 2016 and ",
    ];
    for page in [markdown::render(&r), html::render(&r)] {
        for said in joined {
            assert!(page.contains(said), "lacks {said}: {page}");
        }
        assert!(!page.contains("cost / What") && !page.contains("; Knekt"));
    }
    let screen = screen::result(&r, Drawing::Ascii);
    assert!(
        screen.contains("\nsevere, 20 of 27. This is not a diagnosis"),
        "{screen}"
    );

    let mut r = record("first-episode");
    r.evidence.summary.bar_in_words = "{cost} for {label}".into();
    r.evidence.summary.balance_label = "{score} means {band}".into();
    let screen = screen::result(&r, Drawing::Words);
    assert!(
        screen.contains("\n  $500 a month for What you could spend\n"),
        "{screen}"
    );
    let page = html::render(&r);
    assert!(page.contains("aria-label=\"-60 means clearly fits short-term better\""));
}

#[test]
fn in_words_alone_the_screen_says_each_bar_and_leaves_no_gap_for_one() {
    let r = record("first-episode");
    let screen = screen::result_in_detail(&r, Drawing::Words);
    for bar in [
        "\n  Short-term, 20 sessions: $480 a month, $2,400 in all\n",
        "\n  Long-term: $480 a month, $17,280 in 3 years\n",
        "\n  What you could spend: $500 a month\n",
    ] {
        assert!(screen.contains(bar), "lacks {bar:?}: {screen}");
    }
    assert!(!screen.contains("\n\n\n"), "{screen}");
    assert!(!screen.contains('#') && !screen.contains("+-"), "{screen}");
}

#[test]
fn each_bar_says_its_cost_in_all_in_its_own_words() {
    let r = record("first-episode");
    let costs = Summary::of(&r).costs;
    let texts: Vec<&str> = costs.bars.iter().map(|b| b.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "$480 a month, $2,400 in all",
            // 30 weekly sessions take about 7 months (never 7.5).
            "$514 a month, $3,600 in all",
            "$480 a month, $17,280 in 3 years",
            "$500 a month",
        ]
    );
    let page = crate::render::html::render(&r);
    assert!(page.contains(">$480 a month, $17,280 in 3 years</text>"));
    for line in screen::cost_bars(&costs, Drawing::Unicode) {
        assert!(console::measure_text_width(&line) + 2 <= 80, "{line}");
    }
}

#[test]
fn the_screen_gives_each_option_s_cost_in_all_beside_the_bars_a_month() {
    let r = record("first-episode");
    let costs = Summary::of(&r).costs;
    for drawing in [Drawing::Unicode, Drawing::Ascii, Drawing::Words] {
        let screen = squeezed(&screen::result(&r, drawing));
        // The bars are alike, a month; the totals are not.
        assert!(
            screen.contains("Short-term, 20 sessions $2,400"),
            "{screen}"
        );
        assert!(screen.contains("Long-term, 3 years $17,280"), "{screen}");
        assert!(screen.contains(&costs.header[3]), "{screen}");
        for row in &costs.rows {
            let line = squeezed(&format!("{} {}", row[0], row[3]));
            assert!(screen.contains(&line), "lacks {line:?}: {screen}");
        }
    }
    // With the fee not known, no list of unknown totals.
    let r = record("unsure-needs-support");
    let screen = screen::result(&r, Drawing::Ascii);
    let header = &Summary::of(&r).costs.header[3];
    assert!(!screen.contains(header.as_str()), "{screen}");
}

/// The text of an HTML page, its tags left out.
fn without_tags(page: &str) -> String {
    let mut text = String::new();
    let mut inside = false;
    for c in page.chars() {
        match c {
            '<' => inside = true,
            '>' => {
                inside = false;
                text.push(' ');
            }
            _ if !inside => text.push(c),
            _ => {}
        }
    }
    text
}

/// A signed number such as "-20" or "+30" (not a range like "5-7").
fn signed_numbers(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut found = Vec::new();
    for (k, c) in chars.iter().enumerate() {
        let sign = *c == '-' || *c == '+';
        let before_ok = k == 0 || !chars[k - 1].is_alphanumeric();
        let digit_after = chars.get(k + 1).is_some_and(|d| d.is_ascii_digit());
        if sign && before_ok && digit_after {
            found.push(chars[k..(k + 5).min(chars.len())].iter().collect());
        }
    }
    found
}

#[test]
fn the_person_never_sees_a_signed_score_on_the_screen_or_in_the_summary() {
    for name in crate::fixtures::EXAMPLES {
        let r = record(name);
        for (what, text) in [
            ("screen", screen::result(&r, Drawing::Ascii)),
            ("markdown", markdown::render(&r)),
        ] {
            // The box for the clinician keeps the score; the person's part does not.
            let person = match text.split_once("Made ") {
                Some((_, after)) if what == "markdown" => after.to_string(),
                _ => text.clone(),
            };
            let signed = signed_numbers(&person);
            assert!(signed.is_empty(), "{name} {what}: {signed:?}");
            assert!(!person.contains("Score "), "{name} {what}");
        }
        let page = html::render(&r);
        let after_box = page.split_once("class=\"meta\"").unwrap().1;
        assert!(!after_box.contains(">-100<") && !after_box.contains(">+100<"));
        assert!(signed_numbers(&without_tags(after_box)).is_empty());
    }
}

#[test]
fn the_result_s_first_part_fits_two_screens_of_80_by_24() {
    for name in crate::fixtures::EXAMPLES {
        let r = record(name);
        let words = &r.assessment.words;
        let shown = crate::text::wrap::wrap_block(
            &screen::result(&r, Drawing::Unicode),
            screen::GLANCE_WIDTH,
        );
        let lines: Vec<&str> = shown.lines().collect();
        let safety = lines
            .iter()
            .position(|l| l.starts_with(&r.assessment.words.title))
            .unwrap();
        let end = lines
            .iter()
            .position(|l| l.starts_with(&words.more_below[..20]))
            .unwrap();
        assert!(
            end - safety < screen::GLANCE_LINES,
            "{name}: {} lines",
            end - safety
        );
        let first = lines[safety..end].join("\n");
        for part in [&words.barriers, &words.toward_short, &words.toward_long] {
            assert!(first.contains(part.as_str()), "{name}: no {part}");
        }
        if !r.assessment.changes.is_empty() {
            assert!(first.contains(&words.changes), "{name}");
        }
        // The costs come after; every reason is on the screen.
        let rest = lines[end..].join("\n");
        assert!(rest.contains(&words.costs), "{name}");
        let whole = squeezed(&shown);
        for reason in &r.assessment.reasons {
            let said = squeezed(&reason.reason);
            assert!(whole.contains(&said), "{name}: {said}");
        }
    }
}

#[test]
fn what_would_change_says_the_move_in_the_fit_s_own_words_or_is_left_out() {
    let r = record("first-episode");
    let changes = &Summary::of(&r).changes.items;
    assert!(
        changes
            .iter()
            .any(|c| c
                .contains("from \"clearly fits short-term better\" to \"fits short-term better\"")),
        "{changes:?}"
    );
    assert!(
        changes.iter().all(|c| !c.contains("No single")),
        "{changes:?}"
    );
}
