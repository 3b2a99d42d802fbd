//! Checking what every fact sentence in evidence.json rests on (the ids of
//! its sources, or the mark of a plain description), and the balance of the
//! two options: the same rows, and words within a tenth of each other.

use std::collections::BTreeMap;

use crate::bank::Problem;
use crate::bank::evidence::{Evidence, Fact};

/// How far apart the two options' word counts may be, as a share of the larger.
const MOST_APART: f64 = 0.10;

/// Every fact with its place in evidence.json.
fn every_fact(e: &Evidence) -> Vec<(String, Fact)> {
    let mut all = Vec::new();
    for (name, list) in [
        ("condition", &e.condition),
        ("therapy", &e.therapy),
        ("other_intro", &e.other_intro),
        ("advice", &e.advice),
    ] {
        for (i, fact) in list.iter().enumerate() {
            all.push((format!("{name}[{i}]"), fact.clone()));
        }
    }
    if let Some(fact) = &e.trade_off {
        all.push(("trade_off".into(), fact.clone()));
    }
    for option in &e.options {
        for (heading, fact) in &option.facts {
            all.push((
                format!("options.{}.facts.{heading}", option.id),
                fact.clone(),
            ));
        }
    }
    for (i, other) in e.other_choices.iter().enumerate() {
        all.push((format!("other_choices[{i}]"), other.fact()));
    }
    all.extend(short_path_facts(e));
    all
}

/// The facts of the short path: key points, the table's cells, living with
/// each option, what happens next and the one outcome page's own lines.
fn short_path_facts(e: &Evidence) -> Vec<(String, Fact)> {
    let mut all = Vec::new();
    for (name, list) in [
        ("key_points.lines", &e.key_points.lines),
        ("living.both", &e.living.both),
        ("next_steps.steps", &e.next_steps.steps),
        ("deeper.beside", &e.deeper.beside),
        ("deeper.uncertainty", &e.deeper.uncertainty),
    ] {
        for (i, fact) in list.iter().enumerate() {
            all.push((format!("{name}[{i}]"), fact.clone()));
        }
    }
    for (id, list) in &e.living.options {
        for (i, fact) in list.iter().enumerate() {
            all.push((format!("living.options.{id}[{i}]"), fact.clone()));
        }
    }
    for row in &e.table.rows {
        for (id, fact) in &row.cells {
            all.push((format!("table.rows.{}.cells.{id}", row.id), fact.clone()));
        }
    }
    all
}

/// What is wrong with what one fact rests on.
fn marks(e: &Evidence, fact: &Fact) -> Vec<String> {
    let mut wrong = Vec::new();
    match (fact.cites.is_empty(), fact.plain) {
        (true, false) => wrong.push(
            "names no source: give \"cites\" (source ids) or mark it \"plain\": true (a plain description of the options)".to_string(),
        ),
        (false, true) => wrong.push(
            "has both \"cites\" and \"plain\": a fact rests on its sources or is a plain description, not both".to_string(),
        ),
        _ => {}
    }
    for id in &fact.cites {
        if e.source(id).is_none() {
            wrong.push(format!("cites \"{id}\", which is not in sources"));
        }
    }
    for s in &e.sources {
        if !s.short.trim().is_empty()
            && fact.text.contains(&s.short)
            && !fact.cites.iter().any(|c| c == &s.id)
        {
            wrong.push(format!(
                "names \"{}\" in its text but does not cite \"{}\"",
                s.short, s.id
            ));
        }
    }
    wrong
}

/// The two options' words in each group of rows (a heading with no group is
/// in the group of the option pages), each group named.
fn words_by_group(e: &Evidence) -> BTreeMap<String, Vec<(String, usize)>> {
    let mut groups: BTreeMap<String, Vec<(String, usize)>> = BTreeMap::new();
    for h in &e.headings {
        let group = h.group.clone().unwrap_or_else(|| "headings".into());
        let counts = groups
            .entry(group)
            .or_insert_with(|| e.options.iter().map(|o| (o.id.clone(), 0)).collect());
        for (option, (_, count)) in e.options.iter().zip(counts.iter_mut()) {
            *count += option.facts.get(&h.id).map_or(0, Fact::words);
        }
    }
    // The comparison table and what living with each option is like.
    let table: Vec<(String, usize)> = e
        .options
        .iter()
        .map(|o| {
            let words = e.table.rows.iter().filter_map(|r| r.cells.get(&o.id));
            (o.id.clone(), words.map(Fact::words).sum())
        })
        .collect();
    let living: Vec<(String, usize)> = e
        .options
        .iter()
        .map(|o| {
            let lines = e.living.options.get(&o.id).into_iter().flatten();
            (o.id.clone(), lines.map(Fact::words).sum())
        })
        .collect();
    for (name, counts) in [("table", table), ("living with it", living)] {
        if counts.iter().any(|(_, n)| *n > 0) {
            groups.insert(name.into(), counts);
        }
    }
    groups
}

/// Two counts further apart than a tenth of the larger.
fn too_far_apart(a: usize, b: usize) -> bool {
    let (low, high) = (a.min(b) as f64, a.max(b) as f64);
    high > 0.0 && (high - low) / high > MOST_APART
}

/// Every fact that names no source (or names a wrong one), and every group of
/// rows where the options' words are more than a tenth apart.
pub fn problems(e: &Evidence) -> Vec<Problem> {
    let mut found = Vec::new();
    for (place, fact) in every_fact(e) {
        for message in marks(e, &fact) {
            found.push(Problem::new("evidence.json", &place, message));
        }
    }
    for (group, counts) in words_by_group(e) {
        let (Some(most), Some(least)) = (
            counts.iter().max_by_key(|(_, n)| *n),
            counts.iter().min_by_key(|(_, n)| *n),
        ) else {
            continue;
        };
        if too_far_apart(most.1, least.1) {
            found.push(Problem::new(
                "evidence.json",
                &format!("headings ({group})"),
                format!(
                    "the options are not described in equal detail: {} has {} words, {} has {} (at most a tenth apart)",
                    most.0, most.1, least.0, least.1
                ),
            ));
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::problems;
    use crate::bank::{Bank, Fact};

    fn messages(e: &crate::bank::Evidence) -> Vec<String> {
        problems(e).iter().map(|p| p.to_string()).collect()
    }

    #[test]
    fn the_shipped_facts_all_name_their_sources_and_are_balanced() {
        let bank = Bank::load(None).unwrap();
        assert_eq!(messages(&bank.evidence), Vec::<String>::new());
    }

    #[test]
    fn a_fact_that_names_no_source_is_refused_with_its_place() {
        let mut e = Bank::load(None).unwrap().evidence;
        e.advice[0] = Fact {
            text: "Both kinds of therapy did better than no treatment.".into(),
            ..Fact::default()
        };
        let found = messages(&e);
        assert!(
            found
                .iter()
                .any(|m| m.starts_with("evidence.json: advice[0]: names no source")),
            "{found:?}"
        );
    }

    #[test]
    fn a_fact_both_cited_and_plain_or_citing_an_unknown_id_is_refused() {
        let mut e = Bank::load(None).unwrap().evidence;
        e.therapy[0] = Fact {
            plain: true,
            ..Fact::cited("It is a talking therapy.", &["seed"])
        };
        e.condition[0] = Fact::cited("Depression is low mood.", &["wiki"]);
        let found = messages(&e);
        assert!(
            found.iter().any(|m| m.contains("therapy[0]: has both")),
            "{found:?}"
        );
        assert!(
            found
                .iter()
                .any(|m| m.contains("condition[0]: cites \"wiki\", which is not in sources")),
            "{found:?}"
        );
    }

    #[test]
    fn a_source_named_in_the_text_must_be_cited() {
        let mut e = Bank::load(None).unwrap().evidence;
        e.advice[0] = Fact::cited(
            "More people had further treatment (Knekt 2016).",
            &["knekt2008"],
        );
        let found = messages(&e);
        assert!(
            found
                .iter()
                .any(|m| m
                    .contains("names \"Knekt 2016\" in its text but does not cite \"knekt2016\"")),
            "{found:?}"
        );
    }

    #[test]
    fn one_option_described_in_more_words_is_refused() {
        let mut e = Bank::load(None).unwrap().evidence;
        let heading = e.headings[0].id.clone();
        let long = &mut e.options[1];
        let fact = long.facts.get_mut(&heading).unwrap();
        fact.text.push_str(&" and more".repeat(40));
        let found = messages(&e);
        assert!(
            found.iter().any(|m| m.contains("not described in equal detail")
                && m.contains("long_term has")),
            "{found:?}"
        );
    }
}
