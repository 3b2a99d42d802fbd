//! Checks on the outcome pages: each names a known source, every figure is a
//! count out of 100, and a "text only" source is never drawn as icons.

use std::collections::HashSet;

use crate::bank::Problem;
use crate::bank::evidence::Evidence;

/// Every problem with the outcome pages.
pub fn problems(evidence: &Evidence) -> Vec<Problem> {
    let mut found: Vec<(String, String)> = Vec::new();
    let mut ids = HashSet::new();
    for o in &evidence.outcomes {
        let place = format!("outcomes.{}", o.id);
        if !ids.insert(o.id.as_str()) {
            found.push((
                "outcomes".into(),
                format!("the id \"{}\" is used twice", o.id),
            ));
        }
        if o.title.trim().is_empty() || o.who.trim().is_empty() {
            found.push((place.clone(), "needs a title and who was studied".into()));
        }
        match evidence.source(&o.source) {
            None => found.push((
                place.clone(),
                format!("names the source \"{}\", which is not in sources", o.source),
            )),
            Some(s) if s.text_only && o.icons.is_some() => found.push((
                place.clone(),
                format!(
                    "draws icons from \"{}\", whose figures are text only (not counts of people)",
                    s.id
                ),
            )),
            Some(_) => {}
        }
        if let Some(icons) = &o.icons {
            if icons.groups.is_empty() {
                found.push((place.clone(), "has icons but no groups".into()));
            }
            for g in &icons.groups {
                if g.count > 100 {
                    found.push((
                        place.clone(),
                        format!("\"{}\" counts {} in 100; at most 100", g.label, g.count),
                    ));
                }
            }
        }
    }
    if let Some(id) = &evidence.summary_outcome {
        match evidence.outcomes.iter().find(|o| &o.id == id) {
            Some(o) if o.icons.is_some() => {}
            Some(_) => found.push((
                "summary_outcome".into(),
                format!("\"{id}\" has no icons to show in the summaries"),
            )),
            None => found.push((
                "summary_outcome".into(),
                format!("\"{id}\" is not one of the outcome pages"),
            )),
        }
    }
    found
        .into_iter()
        .map(|(place, message)| Problem::new("evidence.json", &place, message))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::problems;

    fn messages(e: &crate::bank::Evidence) -> Vec<String> {
        problems(e).iter().map(|p| p.to_string()).collect()
    }

    /// Replaces a test that the built-in pages have no problems, which could
    /// not fail: `Bank::embedded()` already refuses a bank with any.
    #[test]
    fn a_page_used_twice_an_empty_title_empty_icons_and_a_summary_page_without_icons_are_named() {
        let mut e = crate::fixtures::bank().evidence.clone();
        let mut twice = e.outcomes[0].clone();
        twice.title = " ".into();
        e.outcomes.push(twice);
        let with_icons = e.outcomes.iter().position(|o| o.icons.is_some()).unwrap();
        e.outcomes[with_icons]
            .icons
            .as_mut()
            .unwrap()
            .groups
            .clear();
        let without = e.outcomes.iter().position(|o| o.icons.is_none()).unwrap();
        e.summary_outcome = Some(e.outcomes[without].id.clone());
        let found = messages(&e).join("\n");
        assert!(found.contains("is used twice"), "{found}");
        assert!(
            found.contains("needs a title and who was studied"),
            "{found}"
        );
        assert!(found.contains("has icons but no groups"), "{found}");
        assert!(
            found.contains("has no icons to show in the summaries"),
            "{found}"
        );
        e.summary_outcome = Some("nowhere".into());
        let found = messages(&e).join("\n");
        assert!(
            found.contains("\"nowhere\" is not one of the outcome pages"),
            "{found}"
        );
    }

    #[test]
    fn icons_from_a_text_only_source_a_count_over_100_and_an_unknown_source_are_named() {
        let mut e = crate::fixtures::bank().evidence.clone();
        let with_icons = e.outcomes.iter().position(|o| o.icons.is_some()).unwrap();
        e.outcomes[with_icons].source = "knekt2008".into();
        e.outcomes[with_icons].icons.as_mut().unwrap().groups[0].count = 101;
        let without = e.outcomes.iter().position(|o| o.icons.is_none()).unwrap();
        e.outcomes[without].source = "nobody2099".into();
        let found = messages(&e).join("\n");
        assert!(found.contains("whose figures are text only"), "{found}");
        assert!(found.contains("counts 101 in 100"), "{found}");
        assert!(
            found.contains("\"nobody2099\", which is not in sources"),
            "{found}"
        );
    }
}
