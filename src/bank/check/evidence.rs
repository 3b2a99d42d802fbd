//! Checking evidence.json: no empty texts, no duplicate ids, and both options
//! described under every heading (equal detail is a standard).

use std::collections::HashSet;

use crate::bank::Problem;
use crate::bank::evidence::Evidence;

impl crate::bank::evidence::Crisis {
    /// What the act-now lines lack: each part is needed, and none may be empty.
    fn act_now_problems(&self) -> Vec<String> {
        let mut found = Vec::new();
        let mut need = |name: &str, texts: Vec<&String>| {
            if texts.is_empty() || texts.iter().any(|t| t.trim().is_empty()) {
                found.push(format!("\"{name}\" is missing or has an empty text"));
            }
        };
        match &self.said {
            Some(w) => need("said", vec![&w.yes, &w.not_said, &w.item9]),
            None => need("said", vec![]),
        }
        match &self.act_now {
            Some(w) => {
                let mut all = vec![
                    &w.call_if,
                    &w.today,
                    &w.someone,
                    &w.put_away,
                    &w.not_listed,
                    &w.not_listed_note,
                ];
                all.extend(&w.conditions);
                if w.conditions.is_empty() {
                    all.clear();
                }
                need("act_now", all);
            }
            None => need("act_now", vec![]),
        }
        match &self.right_now {
            Some(w) => need(
                "right_now",
                vec![
                    &w.title,
                    &w.yes,
                    &w.not_said,
                    &w.lines,
                    &w.be_with,
                    &w.help_now,
                    &w.go_on,
                ],
            ),
            None => need("right_now", vec![]),
        }
        match &self.stop {
            Some(w) => {
                let mut all = vec![&w.title];
                all.extend(&w.lines);
                all.extend(w.kept.iter().chain(&w.not_kept));
                if w.lines.is_empty() {
                    all.clear();
                }
                need("stop", all);
            }
            None => need("stop", vec![]),
        }
        found
    }
}

impl Evidence {
    /// Every problem with the evidence file: empty texts, duplicate ids, and
    /// options not described under every heading (equal detail is a standard).
    pub fn problems(&self) -> Vec<Problem> {
        let mut found = self.summary.problems();
        let mut say = |place: &str, message: String| {
            found.push(Problem::new("evidence.json", place, message));
        };
        self.check_the_single_texts(&mut say);
        for problem in self.crisis.act_now_problems() {
            say("crisis", problem);
        }
        self.check_the_lists(&mut say);
        let heading_ids = self.check_the_headings(&mut say);
        self.check_the_options(&heading_ids, &mut say);
        self.check_the_sources(&mut say);
        self.check_the_own_cost(&mut say);
        found
    }

    /// The words of the person's own cost in the table's cost row: none, or
    /// all four, each with what it fills in.
    fn check_the_own_cost(&self, say: &mut impl FnMut(&str, String)) {
        let t = &self.table;
        let words = [
            ("table.for_you", &t.for_you, &["cost"][..]),
            (
                "table.for_you_sessions",
                &t.for_you_sessions,
                &["cost", "sessions"][..],
            ),
            ("table.for_you_year", &t.for_you_year, &["cost"][..]),
            (
                "table.for_you_years",
                &t.for_you_years,
                &["cost", "years"][..],
            ),
        ];
        if words.iter().all(|(_, text, _)| text.is_empty()) {
            return;
        }
        for (place, text, needs) in words {
            if text.trim().is_empty() {
                say(place, "is empty: the person's own cost needs all four of table.for_you, for_you_sessions, for_you_year and for_you_years".into());
            }
            for need in needs.iter().filter(|n| !text.contains(&format!("{{{n}}}"))) {
                say(place, format!("needs the placeholder {{{need}}}"));
            }
        }
        if !t.rows.iter().any(|r| r.cost) {
            say(
                "table.rows",
                "has no row with \"cost\": true for the person's own cost".into(),
            );
        }
    }

    /// Every text that stands alone must be there.
    fn check_the_single_texts(&self, say: &mut impl FnMut(&str, String)) {
        let singles = [
            ("version", &self.version),
            ("published", &self.published),
            ("next_review", &self.next_review),
            ("decision", &self.decision),
            ("crisis.checked", &self.crisis.checked),
            ("crisis.title", &self.crisis.title),
            ("crisis.always", &self.crisis.always),
            ("crisis.by_country", &self.crisis.by_country),
            (
                "crisis.verbatim.no_contact",
                &self.crisis.verbatim.no_contact,
            ),
            ("crisis.verbatim.later", &self.crisis.verbatim.later),
            ("about.what", &self.about.what),
            ("about.not", &self.about.not),
            ("about.privacy", &self.about.privacy),
            ("about.authors", &self.about.authors),
            ("about.funding", &self.about.funding),
            ("about.how_chosen", &self.about.how_chosen),
            ("about.update_policy", &self.about.update_policy),
            ("about.reading_level", &self.about.reading_level),
            ("titles.choice", &self.titles.choice),
            ("titles.side_by_side", &self.titles.side_by_side),
            ("titles.two_options", &self.titles.two_options),
            ("titles.other_choices", &self.titles.other_choices),
            ("titles.advice", &self.titles.advice),
            ("titles.sources", &self.titles.sources),
            ("titles.about", &self.titles.about),
            ("titles.who_made_it", &self.titles.who_made_it),
            ("titles.funding", &self.titles.funding),
            ("titles.how_chosen", &self.titles.how_chosen),
            ("titles.updates", &self.titles.updates),
            ("titles.reading_level", &self.titles.reading_level),
            ("titles.unsafe_now", &self.titles.unsafe_now),
            ("titles.emergency", &self.titles.emergency),
        ];
        for (place, text) in singles {
            if text.trim().is_empty() {
                say(place, "is empty".into());
            }
        }
    }

    /// Every list needs at least one text (a country, a line and a way to reach it).
    fn check_the_lists(&self, say: &mut impl FnMut(&str, String)) {
        for (place, list) in [
            ("condition", &self.condition),
            ("therapy", &self.therapy),
            ("advice", &self.advice),
        ] {
            if list.is_empty() || list.iter().any(|f| f.text.trim().is_empty()) {
                say(place, "needs at least one text, and no empty ones".into());
            }
        }
        if self.crisis.before.is_empty() || self.crisis.before.iter().any(|t| t.trim().is_empty()) {
            say(
                "crisis.before",
                "needs at least one text, and no empty ones".into(),
            );
        }
        if self.crisis.countries.is_empty()
            || self
                .crisis
                .countries
                .iter()
                .any(|c| c.lines.is_empty() || c.lines.iter().any(|l| l.ways.is_empty()))
        {
            say(
                "crisis.countries",
                "needs at least one country, each with a line and a way to reach it".into(),
            );
        }
    }

    /// Each heading once, with a title; the ids of the headings.
    fn check_the_headings(&self, say: &mut impl FnMut(&str, String)) -> HashSet<&str> {
        let mut heading_ids = HashSet::new();
        for h in &self.headings {
            if !heading_ids.insert(h.id.as_str()) {
                say(
                    "headings",
                    format!("the heading id \"{}\" is used twice", h.id),
                );
            }
            if h.title.trim().is_empty() {
                say(&format!("headings.{}", h.id), "has an empty title".into());
            }
        }
        heading_ids
    }

    /// At least two options, each with text under every heading and no other.
    fn check_the_options(&self, heading_ids: &HashSet<&str>, say: &mut impl FnMut(&str, String)) {
        if self.options.len() < 2 {
            say("options", "needs at least two options to compare".into());
        }
        for option in &self.options {
            for h in &self.headings {
                match option.facts.get(&h.id) {
                    Some(f) if !f.text.trim().is_empty() => {}
                    _ => say(
                        &format!("options.{}", option.id),
                        format!(
                            "has no text under the heading \"{}\"; every option needs every heading",
                            h.id
                        ),
                    ),
                }
            }
            for key in option.facts.keys() {
                if !heading_ids.contains(key.as_str()) {
                    say(
                        &format!("options.{}", option.id),
                        format!("has text under \"{key}\", which is not one of the headings"),
                    );
                }
            }
        }
    }

    /// Each source once, with a citation and what it supports.
    fn check_the_sources(&self, say: &mut impl FnMut(&str, String)) {
        let mut source_ids = HashSet::new();
        for s in &self.sources {
            if !source_ids.insert(s.id.as_str()) {
                say(
                    "sources",
                    format!("the source id \"{}\" is used twice", s.id),
                );
            }
            if s.citation.trim().is_empty() || s.supports.trim().is_empty() {
                say(
                    &format!("sources.{}", s.id),
                    "needs a citation and what it supports".into(),
                );
            }
        }
    }
}
