//! Every number a person reads about the evidence is a checked figure: the
//! table in tests/data/figures.json (transcribed from DOMAIN.md) or a plain
//! count the program computes. Also: the icons on every outcome page, as
//! rendered on screen, in Markdown and in HTML, match the checked figures.

use serde_json::Value;
use std::collections::{BTreeSet, HashSet};

use therapy_choice::ask::{outcomes, write_page};
use therapy_choice::bank::Evidence;
use therapy_choice::commands::evidence::all_pages;
use therapy_choice::record::Record;
use therapy_choice::render::screen::{self, Drawing};
use therapy_choice::render::sentences::cost_rows;
use therapy_choice::render::{html, markdown};

use crate::fixtures::figures::{checked_icons, numbers_in, table, table_numbers, text_counts};
use crate::fixtures::redact::redact;

fn evidence() -> Evidence {
    crate::fixtures::bank().evidence.clone()
}

/// The text with what is checked elsewhere taken out: the citations (checked
/// against the table below), the crisis numbers (DOMAIN.md section 4, in the
/// table) and the aid's own dates and version.
fn without_checked_strings(text: &str, e: &Evidence) -> String {
    let t = table();
    let mut out = text.replace("&#39;", "'");
    for source in t["sources"].as_object().unwrap().values() {
        out = out.replace(source["citation"].as_str().unwrap(), " ");
    }
    let mut crisis: Vec<&str> = t["crisis"]["numbers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n.as_str().unwrap())
        .collect();
    crisis.sort_by_key(|n| std::cmp::Reverse(n.len()));
    for n in crisis {
        out = out.replace(n, " ");
    }
    for s in [&e.version, &e.published, &e.next_review, &e.crisis.checked] {
        out = out.replace(s.as_str(), " ");
    }
    out
}

/// Numbers in `text` that are neither checked figures nor in `computed`.
fn unexplained(text: &str, e: &Evidence, computed: &HashSet<String>) -> BTreeSet<String> {
    let allowed = table_numbers();
    numbers_in(&without_checked_strings(text, e))
        .into_iter()
        .filter(|n| !allowed.contains(n) && !computed.contains(n))
        .collect()
}

/// Visible text of an HTML page: no style, no tags.
fn visible(page: &str) -> String {
    let mut out = String::new();
    let mut rest = page;
    if let (Some(a), Some(b)) = (rest.find("<style>"), rest.find("</style>")) {
        out.push_str(&rest[..a]);
        rest = &rest[b..];
    }
    let mut in_tag = false;
    for c in rest.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                out.push(' ');
            }
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

fn plain(pages: &[therapy_choice::ask::Page]) -> String {
    let mut out = Vec::new();
    for page in pages {
        write_page(page, usize::MAX / 2, &mut out).unwrap();
    }
    String::from_utf8(out).unwrap()
}

#[test]
fn every_number_in_the_evidence_output_is_a_checked_figure() {
    let e = evidence();
    // The only count the program adds: "(n of count)" on the side-by-side pages.
    let count = e.headings.chunks(2).count();
    let computed: HashSet<String> = (1..=count).map(|n| n.to_string()).collect();
    let found = unexplained(&plain(&all_pages(&e)), &e, &computed);
    assert!(
        found.is_empty(),
        "numbers not in tests/data/figures.json: {found:?}"
    );
}

#[test]
fn a_changed_or_unchecked_figure_is_caught() {
    let e = evidence();
    let none = HashSet::new();
    assert!(unexplained("about 62 in 100 (Knekt 2016)", &e, &none).is_empty());
    assert_eq!(
        unexplained(
            "about 63 in 100, and 44 vs 10 in the press release",
            &e,
            &none
        ),
        ["44", "63"].iter().map(|s| s.to_string()).collect()
    );
}

/// Every number the program computed for this record, outside the evidence
/// (answers, costs, hours, weights, scores, dates, versions), and the ends and
/// middle of the balance it draws.
fn computed(record: &Record) -> HashSet<String> {
    fn walk(v: &Value, key: &str, out: &mut HashSet<String>) {
        match v {
            Value::Number(n) => {
                out.extend(numbers_in(&n.to_string()));
                if let Some(x) = n.as_f64() {
                    out.insert(format!("{}", x.round() as i64));
                }
            }
            // Reasons and their words come from rules.json: their numbers
            // must be checked figures too, so they are not taken as computed.
            Value::String(s) if key != "reason" => out.extend(numbers_in(s)),
            Value::Array(items) => items.iter().for_each(|i| walk(i, key, out)),
            Value::Object(map) => map
                .iter()
                .filter(|(k, _)| *k != "evidence" && *k != "words")
                .for_each(|(k, i)| walk(i, k, out)),
            _ => {}
        }
    }
    let mut out: HashSet<String> = ["0", "100"].iter().map(|s| s.to_string()).collect();
    walk(&serde_json::to_value(record).unwrap(), "", &mut out);
    // The costs table as the program lays it out (a month is rounded there).
    for row in cost_rows(&record.assessment) {
        let cells = [row.cost, row.per_month, row.hours];
        for cell in cells.iter().flatten().chain([&row.sessions, &row.months]) {
            out.extend(numbers_in(cell));
        }
    }
    // The HTML draws the budget for a year beside the costs.
    if let Some(month) = record.assessment.estimate.inputs.budget_per_month {
        out.insert(format!("{}", (month * 12.0).round() as i64));
    }
    out
}

use crate::fixtures::example_record;

#[test]
fn every_number_in_the_summaries_and_result_screen_is_checked_or_computed() {
    for name in [
        "first-episode",
        "long-standing-patterns",
        "unsure-needs-support",
    ] {
        let record = example_record(name);
        let computed = computed(&record);
        let e = &record.evidence;
        let md = unexplained(&markdown::render(&record), e, &computed);
        assert!(md.is_empty(), "{name}.md: unchecked numbers {md:?}");
        let page = unexplained(&visible(&html::render(&record)), e, &computed);
        assert!(page.is_empty(), "{name}.html: unchecked numbers {page:?}");
        for text in [
            screen::result(&record, Drawing::Unicode),
            screen::result_in_detail(&record, Drawing::Unicode),
        ] {
            let shown = unexplained(&text, e, &computed);
            assert!(
                shown.is_empty(),
                "{name} result screen: unchecked numbers {shown:?}"
            );
        }
    }
}

#[test]
fn every_citation_and_figure_matches_the_table_both_ways() {
    let e = evidence();
    let t = table();
    let table_sources = t["sources"].as_object().unwrap();
    // The seed and the plain description of the options are not studies.
    for s in e
        .sources
        .iter()
        .filter(|s| s.id != "seed" && s.id != "description")
    {
        let row = &table_sources
            .get(&s.id)
            .unwrap_or_else(|| panic!("{} is not in the table", s.id));
        assert_eq!(s.citation, row["citation"].as_str().unwrap(), "{}", s.id);
        assert_eq!(s.text_only, row["text_only"].as_bool().unwrap(), "{}", s.id);
    }
    for id in table_sources.keys() {
        assert!(
            e.source(id).is_some(),
            "{id} is in the table but not in evidence.json"
        );
    }
    // Each source's icon figures, in order, are exactly the ones drawn.
    for (id, row) in table_sources {
        let drawn: Vec<u64> = e
            .outcomes
            .iter()
            .filter(|o| &o.source == id)
            .filter_map(|o| o.icons.as_ref())
            .flat_map(|i| i.groups.iter().map(|g| u64::from(g.count)))
            .collect();
        let checked: Vec<u64> = row["icons"]
            .as_array()
            .map(|a| a.iter().map(|n| n.as_u64().unwrap()).collect())
            .unwrap_or_default();
        assert_eq!(drawn, checked, "icons for {id}");
    }
}

fn html_counts(text: &str) -> Vec<usize> {
    text.split("<svg class=\"grid\"")
        .skip(1)
        .map(|svg| {
            let svg = &svg[..svg.find("</svg>").unwrap()];
            let on = svg.matches("class=\"on\"").count();
            assert_eq!(on + svg.matches("class=\"off\"").count(), 100);
            on
        })
        .collect()
}

#[test]
fn every_outcome_page_draws_its_checked_figures_on_screen_in_markdown_and_html() {
    let record = example_record("first-episode");
    let e = &record.evidence;
    let mut drawn_pages = 0;
    for o in &e.outcomes {
        let checked = checked_icons(&o.source);
        let screen = plain(&[outcomes::page(e, o)]);
        assert_eq!(text_counts(&screen), checked, "{} on screen", o.id);
        let text = markdown::outcome_page(&record, o);
        assert_eq!(text_counts(&text), checked, "{} in Markdown", o.id);
        let page = html::outcome_page(&record, o);
        assert_eq!(html_counts(&page), checked, "{} in HTML", o.id);
        if !checked.is_empty() {
            drawn_pages += 1;
            // Also said in words, for a screen reader and for print.
            for n in &checked {
                assert!(screen.contains(&format!("about {n} in 100")), "{}", o.id);
                assert!(page.contains(&format!("about {n} in 100")), "{}", o.id);
            }
        }
    }
    assert!(drawn_pages >= 5, "at least five pages draw icons");
}

#[test]
fn the_summaries_draw_one_picture_only() {
    let record = example_record("first-episode");
    // One grid for each option, the same number each (DOMAIN.md 3b).
    assert_eq!(
        html_counts(&html::render(&record)),
        checked_icons("knekt2016")
    );
    assert_eq!(checked_icons("knekt2016").len(), 2);
    assert_eq!(
        html::render(&record)
            .matches("<figure class=\"icons\"")
            .count(),
        1
    );
    assert_eq!(markdown::render(&record).matches("```text").count(), 1);
}

#[test]
fn one_outcome_page_in_plain_mode_and_html() {
    let record = example_record("first-episode");
    let e = &record.evidence;
    let o = e
        .outcomes
        .iter()
        .find(|o| o.id == "helsinki_10_years")
        .unwrap();
    insta::assert_snapshot!(
        "helsinki_10_years.plain",
        redact(&plain(&[outcomes::page(e, o)]))
    );
    insta::assert_snapshot!(
        "helsinki_10_years.html",
        redact(&html::outcome_page(&record, o))
    );
}

#[test]
fn records_from_before_version_2_still_open() {
    let old = include_str!("../records/schema-1.json");
    let record: Record = serde_json::from_str(old).unwrap();
    assert!(record.evidence.outcomes.is_empty());
    assert!(!record.evidence.sources[0].supports.is_empty());
    assert!(markdown::render(&record).contains(&record.evidence.sources[0].short));
}
