//! The facts behind the aid (evidence.json): the options under shared headings,
//! other choices, sources, crisis lines and what this aid is. Content only.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

mod compare;
mod fact;
mod summary_words;

pub use compare::{Deeper, KeyPoints, Living, NextSteps, Opens, Pointer, Row, Table, words_of};
pub use fact::Fact;
pub use summary_words::SummaryWords;

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Evidence {
    pub version: String,
    pub published: String,
    pub next_review: String,
    pub decision: String,
    pub condition: Vec<Fact>,
    pub therapy: Vec<Fact>,
    /// The short path's first page.
    #[serde(default)]
    pub key_points: KeyPoints,
    /// The options compared in one table.
    #[serde(default)]
    pub table: Table,
    /// What living with each option is like.
    #[serde(default)]
    pub living: Living,
    /// What happens next, for either option.
    #[serde(default)]
    pub next_steps: NextSteps,
    /// The short path's one outcome picture and the pages one key away.
    #[serde(default)]
    pub deeper: Deeper,
    pub headings: Vec<Heading>,
    pub options: Vec<OptionFacts>,
    pub other_choices: Vec<OtherChoice>,
    /// What NICE suggests, both halves, said before the other choices.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub other_intro: Vec<Fact>,
    /// The trade-off over time, said once, plainly.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trade_off: Option<Fact>,
    pub advice: Vec<Fact>,
    /// The outcome pages: what happened to people in the studies, out of 100.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub outcomes: Vec<Outcome>,
    /// The one outcome page the summaries show (they have room for one).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary_outcome: Option<String>,
    /// The words around every picture of 100 people.
    #[serde(default)]
    pub outcome_words: OutcomeWords,
    pub crisis: Crisis,
    pub sources: Vec<Source>,
    /// Titles of the fact pages and summary sections.
    pub titles: Titles,
    /// The summaries' other sentences and labels (older records: the shipped ones).
    #[serde(default = "SummaryWords::shipped")]
    pub summary: SummaryWords,
    pub about: About,
}

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Titles {
    pub choice: String,
    /// With {n} and {count}.
    pub side_by_side: String,
    pub two_options: String,
    pub other_choices: String,
    pub advice: String,
    pub sources: String,
    pub about: String,
    pub who_made_it: String,
    pub funding: String,
    pub how_chosen: String,
    pub updates: String,
    pub reading_level: String,
    pub unsafe_now: String,
    pub emergency: String,
}

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Heading {
    pub id: String,
    pub title: String,
    /// The table the row belongs to (the comparison, what living with each
    /// option is like): the check weighs the options' words in each.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
}

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct OptionFacts {
    pub id: String,
    pub name: String,
    /// The fact for each heading id.
    pub facts: BTreeMap<String, Fact>,
}

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct OtherChoice {
    pub name: String,
    pub text: String,
    /// The sources the text rests on (see `Fact`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cites: Vec<String>,
    /// A plain description, resting on no study.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub plain: bool,
}

impl OtherChoice {
    /// Its text with what it rests on, to be checked like any fact.
    pub fn fact(&self) -> Fact {
        Fact {
            text: self.text.clone(),
            cites: self.cites.clone(),
            plain: self.plain,
        }
    }
}

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Crisis {
    /// The date the numbers were last checked.
    pub checked: String,
    pub title: String,
    pub before: Vec<String>,
    /// Records of schema 1 only: said after the numbers.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub after: Vec<String>,
    /// What the page says first, fitting what was answered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub said: Option<SaidWords>,
    /// What to do now, in short lines (DOMAIN.md section 4; our own words,
    /// measured by the reading gate). Records made before it have
    /// `verbatim.act_now` and `verbatim.today` instead.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub act_now: Option<ActNow>,
    /// The page after "right now: yes" (or rather not say).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub right_now: Option<RightNowWords>,
    /// The screen left after "I will get help now".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stop: Option<StopWords>,
    /// The sentences DOMAIN.md section 4 quotes, used word for word.
    #[serde(default)]
    pub verbatim: SafetyWords,
    /// Said before the crisis lines: they are grouped by country.
    #[serde(default)]
    pub by_country: String,
    /// Records made before the act-now lines: how to remove the unfinished
    /// answers (no command line stands on the safety page now).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub fresh: String,
    pub always: String,
    /// The crisis lines, grouped by country.
    #[serde(default)]
    pub countries: Vec<Country>,
    /// Records of schema 1 only: the emergency numbers, not grouped.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub emergency: Vec<EmergencyNumber>,
    /// Records of schema 1 only: the crisis lines, not grouped.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub lines: Vec<CrisisLine>,
}

/// The safety page's points, in DOMAIN.md section 4's own words.
#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct SafetyWords {
    /// Records made before the act-now lines only.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub act_now: String,
    /// Records made before the act-now lines only.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub today: String,
    pub no_contact: String,
    pub later: String,
}

/// The first line of the safety page, as answered.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct SaidWords {
    pub yes: String,
    pub not_said: String,
    /// When PHQ-9 item 9 raised the flag.
    pub item9: String,
}

/// What to do now, in short lines.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ActNow {
    /// "Call your emergency number now ... if any of these is true:"
    pub call_if: String,
    pub conditions: Vec<String>,
    pub today: String,
    pub someone: String,
    pub put_away: String,
    /// For a country not listed: the local emergency number, the nearest
    /// emergency department, and findahelpline.com.
    pub not_listed: String,
    /// That the directory needs the internet and its numbers are not ours to vouch for.
    pub not_listed_note: String,
    /// Under the first lines of this page at the result, when the whole page
    /// was shown while asking: where the rest is (the summary's top).
    /// Records made before it have none, and show the whole page there.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub rest_in_summary: String,
}

/// The page after "right now: yes" (or rather not say), and its choice.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct RightNowWords {
    pub title: String,
    pub yes: String,
    pub not_said: String,
    /// Said before the crisis lines.
    pub lines: String,
    pub be_with: String,
    /// The two choices: get help now (the program stops), or go on.
    pub help_now: String,
    pub go_on: String,
}

/// The screen left after "I will get help now": it contacts no one, the
/// answers are kept, how to come back.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct StopWords {
    pub title: String,
    pub lines: Vec<String>,
    /// First, when the answers so far are kept on this computer (older
    /// records said it among the lines),
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kept: Option<String>,
    /// or when they could not be kept (saving them failed, or there is no
    /// place to keep them).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub not_kept: Option<String>,
}

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Country {
    pub name: String,
    pub lines: Vec<Line>,
}

/// One service in a country, with each way to reach it.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Line {
    pub name: String,
    pub ways: Vec<Way>,
}

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Way {
    pub how: String,
    pub number: String,
}

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct EmergencyNumber {
    pub number: String,
    #[serde(rename = "where")]
    pub place: String,
}

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct CrisisLine {
    pub name: String,
    pub number: String,
    pub how: String,
    #[serde(rename = "where")]
    pub place: String,
}

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    pub short: String,
    pub citation: String,
    /// What this source supports in the aid (records before version 2 call it `finding`).
    #[serde(alias = "finding")]
    pub supports: String,
    /// Its figures are not counts of people: never drawn as icons.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub text_only: bool,
    /// Not a study but a plain description of the options (their length,
    /// their end date): a reason resting on it names no source, and the
    /// summaries' short list of sources leaves it out.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub description: bool,
}

/// One outcome page: who was studied, what was counted, over what time, and
/// how many in 100, drawn as icons only for groups within one study.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Outcome {
    pub id: String,
    pub title: String,
    /// The source id of every figure on the page.
    pub source: String,
    /// Who was studied, what was counted and over what time.
    pub who: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub before: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub icons: Option<Icons>,
    /// Cautions and what else to know, after the figures.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub after: Vec<String>,
}

/// The words around every picture of 100 people, with {n}, {on}, {off},
/// {filled} and {empty} filled in.
#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct OutcomeWords {
    /// "about {n} in 100"
    pub about: String,
    /// "Each mark is a person: {on} {filled}, {off} {empty}."
    pub legend: String,
    /// Where to find every outcome page and the full references.
    pub more: String,
}

/// Groups of one study, each shown as 100 people with some of them filled in.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Icons {
    /// When it was counted ("10 years after the start").
    pub when: String,
    /// What a filled icon means ("in remission").
    pub filled: String,
    /// What an empty icon means.
    pub empty: String,
    pub groups: Vec<IconGroup>,
}

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct IconGroup {
    pub label: String,
    /// How many in 100.
    pub count: u8,
    /// A short line under the grid ("more help: 33 in 100").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct About {
    pub what: String,
    pub not: String,
    pub privacy: String,
    pub authors: String,
    pub funding: String,
    pub how_chosen: String,
    pub update_policy: String,
    pub reading_level: String,
}

impl About {
    /// What every summary says about the aid, in order.
    pub fn for_summary(&self) -> [&String; 6] {
        [
            &self.what,
            &self.not,
            &self.privacy,
            &self.funding,
            &self.how_chosen,
            &self.update_policy,
        ]
    }
}

impl Evidence {
    /// The numbers to call, one line for each country (records of schema 1:
    /// one line for the emergency numbers and one for each crisis line).
    pub fn crisis_lines(&self) -> Vec<String> {
        let crisis = &self.crisis;
        if crisis.countries.is_empty() {
            return self.ungrouped_crisis_lines();
        }
        crisis
            .countries
            .iter()
            .map(|country| {
                let lines: Vec<String> = country
                    .lines
                    .iter()
                    .map(|line| {
                        let ways: Vec<String> = line
                            .ways
                            .iter()
                            .map(|w| format!("{} {}", w.how, w.number))
                            .collect();
                        format!("{} ({})", line.name, ways.join(" or "))
                    })
                    .collect();
                format!("{}: {}", country.name, lines.join("; "))
            })
            .collect()
    }

    /// The crisis lines as records of schema 1 hold them.
    fn ungrouped_crisis_lines(&self) -> Vec<String> {
        let crisis = &self.crisis;
        let emergency = crisis
            .emergency
            .iter()
            .map(|e| format!("{} ({})", e.number, e.place))
            .collect::<Vec<_>>()
            .join(", ");
        let mut lines = vec![format!("{}: {emergency}", self.titles.emergency)];
        for l in &crisis.lines {
            lines.push(format!("{}: {} {} ({})", l.name, l.how, l.number, l.place));
        }
        lines
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    /// The trade-off, when there is one with words.
    pub fn trade_off(&self) -> Option<&Fact> {
        self.trade_off
            .as_ref()
            .filter(|f| !f.text.trim().is_empty())
    }

    /// The outcome page the summaries show, if any.
    pub fn summary_outcome(&self) -> Option<&Outcome> {
        let id = self.summary_outcome.as_deref()?;
        self.outcomes.iter().find(|o| o.id == id)
    }
}
