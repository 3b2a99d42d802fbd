//! How answers weigh toward short-term or long-term (rules.json): the rules,
//! bands, barriers, projection settings and the words the result is told in.
//! Content only; the weighing itself is in weigh/.

use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashSet};

use super::condition::test_on;
use super::raw::RawCondition;
use super::{Condition, Evidence, Kind, Problem, Question, Role, Unit};

const FILE: &str = "rules.json";

#[derive(Debug, Clone)]
pub struct Rules {
    pub version: String,
    /// The most reachable score toward short-term (negative) and long-term:
    /// over the value questions, the largest weight any one answer gives.
    pub reach: (i32, i32),
    pub start: Start,
    pub rules: Vec<Rule>,
    pub bands: Vec<Band>,
    pub barriers: Vec<BarrierRule>,
    pub own_lean: OwnLean,
    pub projection: Projection,
    pub confidence: ConfidenceRules,
    pub words: Words,
    pub clinician_questions: Vec<ClinicianQuestion>,
}

/// The question where the person says which way they lean, and which of its
/// options stand for each therapy.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OwnLean {
    pub question: String,
    pub short_term: String,
    pub long_term: String,
}

/// Where the score starts: always 0, so nobody is tilted before they answer.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Start {
    pub weight: i32,
}

#[derive(Debug, Clone)]
pub struct Rule {
    pub id: String,
    /// All must hold for the rule to count.
    pub when: Vec<Condition>,
    /// Negative leans short-term, positive long-term.
    pub weight: i32,
    pub reason: String,
    pub source: String,
}

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Band {
    pub id: String,
    pub from: i32,
    pub to: i32,
    pub label: String,
    /// A "clearly" band needs the person's answers on at least this many
    /// value questions to point its way; otherwise the band `otherwise` holds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub one_sided: Option<usize>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub otherwise: Option<String>,
}

impl Band {
    /// The option this band fits better, if any.
    pub fn side(&self) -> Option<OptionId> {
        if self.to < 0 {
            Some(OptionId::ShortTerm)
        } else if self.from > 0 {
            Some(OptionId::LongTerm)
        } else {
            None
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum OptionId {
    ShortTerm,
    LongTerm,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum BarrierKind {
    Time,
    Cost,
}

#[derive(Debug, Clone)]
pub struct BarrierRule {
    pub id: String,
    pub option: OptionId,
    pub kind: BarrierKind,
    /// For time barriers: when it stands. Cost barriers come from the projection.
    pub when: Vec<Condition>,
    pub text: String,
    pub source: String,
    /// For time barriers: what would lift it, said under "what would change".
    pub lift: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Projection {
    pub fee: String,
    pub covered: String,
    pub budget: String,
    pub hours: String,
    pub frequency: String,
    pub per_week: BTreeMap<String, u32>,
    pub usual_per_week: u32,
    pub weeks_per_year: u32,
    pub short_sessions: Vec<u32>,
    pub long_years: Vec<u32>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConfidenceRules {
    pub unsure_options: Vec<String>,
    pub levels: Vec<ConfidenceLevel>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConfidenceLevel {
    pub id: String,
    /// The most "not sure" or "don't know" answers this level allows.
    pub most_unsure: usize,
    pub text: String,
}

/// Every sentence and label of the result, with {placeholders}.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Words {
    pub title: String,
    pub not_a_verdict: String,
    pub your_lean: String,
    pub computed_lean: String,
    pub toward_short: String,
    pub toward_long: String,
    pub barriers: String,
    pub no_barriers: String,
    pub costs: String,
    pub cost_unknown: String,
    pub cover_unknown: String,
    pub usual_frequency: String,
    pub time: String,
    pub time_unknown: String,
    pub changes: String,
    pub no_changes: String,
    pub no_reasons: String,
    pub change_answer: String,
    pub change_budget: String,
    pub change_budget_short: String,
    // Added with schema 2: older records have none of these.
    #[serde(default)]
    pub computed_detail: String,
    #[serde(default)]
    pub mismatch: String,
    #[serde(default)]
    pub no_change_way: String,
    /// The same, when the result already fits that option better.
    #[serde(default)]
    pub no_change_further: String,
    #[serde(default)]
    pub option_short: String,
    #[serde(default)]
    pub option_long: String,
    #[serde(default)]
    pub safety_first: String,
    /// Schema 1 only (a time barrier's way out now lives on the barrier).
    #[serde(default, skip_serializing)]
    #[allow(dead_code)]
    change_time: String,
    pub confidence: String,
    pub short_20: String,
    pub short_30: String,
    pub long_one_year: String,
    pub long_years: String,
    /// The label of the budget's bar in the cost chart (a month, like every
    /// bar; the name is kept so older records still open).
    pub budget_year: String,
    pub hours_short: String,
    pub hours_long: String,
    pub hours_week: String,
    pub per_month: String,
    pub budget_month: String,
    pub balance_short: String,
    pub balance_long: String,
    pub you_said: String,
    pub source: String,
    pub unsure_count: String,
    pub questions: String,
    pub own_questions: String,
    pub table_option: String,
    pub table_sessions: String,
    pub table_months: String,
    pub table_cost: String,
    /// The heading of the table's cost-a-month column (older records lack it).
    #[serde(default)]
    pub table_per_month: String,
    pub table_hours: String,
    pub unknown: String,
}

#[derive(Debug, Clone)]
pub struct ClinicianQuestion {
    pub when: Vec<Condition>,
    pub barrier: Option<String>,
    pub text: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRules {
    version: String,
    #[serde(default)]
    #[allow(dead_code)]
    note: String,
    start: Start,
    rules: Vec<RawRule>,
    bands: Vec<Band>,
    barriers: Vec<RawBarrier>,
    own_lean: OwnLean,
    projection: Projection,
    confidence: ConfidenceRules,
    words: Words,
    clinician_questions: Vec<RawClinicianQuestion>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRule {
    id: String,
    when: Vec<RawCondition>,
    weight: i32,
    reason: String,
    #[serde(default)]
    source: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawBarrier {
    id: String,
    option: OptionId,
    kind: BarrierKind,
    #[serde(default)]
    when: Vec<RawCondition>,
    text: String,
    source: String,
    lift: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawClinicianQuestion {
    #[serde(default)]
    when: Vec<RawCondition>,
    barrier: Option<String>,
    text: String,
}

fn conditions(
    raw: Vec<RawCondition>,
    questions: &[Question],
    place: &str,
    found: &mut Vec<Problem>,
) -> Vec<Condition> {
    let mut out = Vec::new();
    let mut made = Vec::new();
    for rc in raw {
        if let Some(c) = test_on(rc, questions, &mut out) {
            made.push(c);
        }
    }
    found.extend(
        out.into_iter()
            .map(|m| Problem::new(FILE, place, format!("a condition {m}"))),
    );
    made
}

impl Rules {
    /// Check the rules against the bank's questions and the evidence's sources.
    pub fn build(
        raw: RawRules,
        questions: &[Question],
        evidence: &Evidence,
    ) -> (Rules, Vec<Problem>) {
        let mut found = Vec::new();
        let say = |found: &mut Vec<Problem>, place: &str, message: String| {
            found.push(Problem::new(FILE, place, message))
        };
        let source_ok = |id: &str| evidence.source(id).is_some();
        if raw.version.trim().is_empty() {
            say(&mut found, "version", "is empty".into());
        }
        if raw.start.weight != 0 {
            say(
                &mut found,
                "start",
                format!(
                    "the score must start at 0, with no built-in tilt; it starts at {}",
                    raw.start.weight
                ),
            );
        }

        let mut ids = HashSet::new();
        let mut rules = Vec::new();
        for r in raw.rules {
            let place = format!("rule {}", r.id);
            if !ids.insert(r.id.clone()) {
                say(&mut found, &place, "this rule id is used twice".into());
            }
            if r.reason.trim().is_empty() {
                say(
                    &mut found,
                    &place,
                    "the reason is empty; every rule needs one".into(),
                );
            }
            if r.source.trim().is_empty() {
                say(
                    &mut found,
                    &place,
                    "has no source; every rule needs a source id from evidence.json".into(),
                );
            } else if !source_ok(&r.source) {
                say(
                    &mut found,
                    &place,
                    format!("the source \"{}\" is not in evidence.json", r.source),
                );
            }
            if r.when.len() > 1 {
                say(
                    &mut found,
                    &place,
                    "a rule reads one value answer: give exactly one condition".into(),
                );
            }
            for c in &r.when {
                if let Some(q) = questions.iter().find(|q| q.id == c.question)
                    && q.role != Role::Value
                {
                    say(
                        &mut found,
                        &place,
                        format!(
                            "reads \"{}\", a {} question; rules may read only value questions",
                            q.id,
                            q.role.name()
                        ),
                    );
                }
            }
            if r.weight == 0 || r.weight.abs() > 100 {
                say(
                    &mut found,
                    &place,
                    format!(
                        "the weight {} must be from -100 to 100, and not 0",
                        r.weight
                    ),
                );
            }
            if r.when.is_empty() {
                say(
                    &mut found,
                    &place,
                    "\"when\" needs at least one condition".into(),
                );
            }
            let when = conditions(r.when, questions, &place, &mut found);
            rules.push(Rule {
                id: r.id,
                when,
                weight: r.weight,
                reason: r.reason,
                source: r.source,
            });
        }

        let mut expected_from = -100;
        for band in &raw.bands {
            if band.from != expected_from || band.to < band.from {
                say(
                    &mut found,
                    &format!("band {}", band.id),
                    format!(
                        "the bands must cover -100 to 100 in order without gaps; this one should start at {expected_from}"
                    ),
                );
            }
            if band.label.trim().is_empty() {
                say(
                    &mut found,
                    &format!("band {}", band.id),
                    "the label is empty".into(),
                );
            }
            expected_from = band.to + 1;
            if band.one_sided.is_some() != band.otherwise.is_some()
                || band
                    .otherwise
                    .as_ref()
                    .is_some_and(|o| !raw.bands.iter().any(|b| &b.id == o))
            {
                say(
                    &mut found,
                    &format!("band {}", band.id),
                    "\"one_sided\" and \"otherwise\" go together, and \"otherwise\" must name a band".into(),
                );
            }
        }
        if expected_from != 101 {
            say(&mut found, "bands", "the last band must end at 100".into());
        }

        let mut barrier_ids = HashSet::new();
        let mut barriers = Vec::new();
        for b in raw.barriers {
            let place = format!("barrier {}", b.id);
            barrier_ids.insert(b.id.clone());
            if b.text.trim().is_empty() {
                say(&mut found, &place, "the text is empty".into());
            }
            if !source_ok(&b.source) {
                say(
                    &mut found,
                    &place,
                    format!("the source \"{}\" is not in evidence.json", b.source),
                );
            }
            if b.kind == BarrierKind::Time && b.when.is_empty() {
                say(&mut found, &place, "a time barrier needs \"when\"".into());
            }
            if b.lift.as_deref().is_some_and(|l| l.trim().is_empty()) {
                say(
                    &mut found,
                    &place,
                    "\"lift\" is empty; leave it out instead".into(),
                );
            }
            if b.kind == BarrierKind::Cost && !b.when.is_empty() {
                say(
                    &mut found,
                    &place,
                    "a cost barrier comes from the costs; leave out \"when\"".into(),
                );
            }
            let when = conditions(b.when, questions, &place, &mut found);
            barriers.push(BarrierRule {
                id: b.id,
                option: b.option,
                kind: b.kind,
                when,
                text: b.text,
                source: b.source,
                lift: b.lift,
            });
        }

        let p = &raw.projection;
        let find = |id: &str| questions.iter().find(|q| q.id == id);
        for (field, id, money) in [
            ("fee", &p.fee, true),
            ("budget", &p.budget, true),
            ("covered", &p.covered, false),
            ("hours", &p.hours, false),
        ] {
            match find(id).map(|q| &q.kind) {
                Some(Kind::Number { unit, .. }) if money == matches!(unit, Unit::Money { .. }) => {}
                _ => say(
                    &mut found,
                    &format!("projection.{field}"),
                    format!(
                        "\"{id}\" must be a {} number question",
                        if money { "money" } else { "plain" }
                    ),
                ),
            }
        }
        match find(&p.frequency) {
            Some(q) if matches!(q.kind, Kind::Single { .. }) => {
                for key in p.per_week.keys() {
                    if q.option(key).is_none() {
                        say(
                            &mut found,
                            "projection.per_week",
                            format!("\"{key}\" is not an option of {}", q.id),
                        );
                    }
                }
            }
            _ => say(
                &mut found,
                "projection.frequency",
                format!("\"{}\" must be a single choice question", p.frequency),
            ),
        }
        if p.weeks_per_year == 0 || p.weeks_per_year > 52 || p.usual_per_week == 0 {
            say(
                &mut found,
                "projection",
                "weeks_per_year must be 1 to 52, usual_per_week above 0".into(),
            );
        }
        if p.short_sessions.len() != 2 || p.long_years.is_empty() {
            say(
                &mut found,
                "projection",
                "short_sessions needs two counts and long_years at least one".into(),
            );
        }

        let lean = &raw.own_lean;
        match find(&lean.question) {
            Some(q)
                if q.option(&lean.short_term).is_some() && q.option(&lean.long_term).is_some() => {}
            _ => say(
                &mut found,
                "own_lean",
                format!(
                    "\"{}\" must be a question with the options \"{}\" and \"{}\"",
                    lean.question, lean.short_term, lean.long_term
                ),
            ),
        }
        let levels = &raw.confidence.levels;
        if levels.is_empty()
            || levels
                .windows(2)
                .any(|w| w[0].most_unsure >= w[1].most_unsure)
        {
            say(
                &mut found,
                "confidence.levels",
                "needs levels with rising \"most_unsure\"".into(),
            );
        }

        let mut clinician_questions = Vec::new();
        for (n, c) in raw.clinician_questions.into_iter().enumerate() {
            let place = format!("clinician_questions[{n}]");
            if c.text.trim().is_empty() {
                say(&mut found, &place, "the text is empty".into());
            }
            match &c.barrier {
                Some(id) if !barrier_ids.contains(id) => say(
                    &mut found,
                    &place,
                    format!("the barrier \"{id}\" is not in \"barriers\""),
                ),
                None if c.when.is_empty() => {
                    say(&mut found, &place, "needs \"when\" or \"barrier\"".into())
                }
                _ => {}
            }
            let when = conditions(c.when, questions, &place, &mut found);
            clinician_questions.push(ClinicianQuestion {
                when,
                barrier: c.barrier,
                text: c.text,
            });
        }

        (
            Rules {
                version: raw.version,
                // Set by the bank build, which checks the symmetry.
                reach: (0, 0),
                start: raw.start,
                rules,
                bands: raw.bands,
                barriers,
                own_lean: raw.own_lean,
                projection: raw.projection,
                confidence: raw.confidence,
                words: raw.words,
                clinician_questions,
            },
            found,
        )
    }

    /// The band a score falls in.
    pub fn band(&self, score: i32) -> &Band {
        self.bands
            .iter()
            .find(|b| (b.from..=b.to).contains(&score))
            .unwrap_or(&self.bands[self.bands.len() / 2])
    }

    /// The band for a score when `one_sided` value answers point the band's
    /// way: a "clearly" band gives way to its `otherwise` band when too few do.
    pub fn fit(&self, score: i32, one_sided: impl Fn(OptionId) -> usize) -> &Band {
        let band = self.band(score);
        match (band.one_sided, &band.otherwise, band.side()) {
            (Some(least), Some(other), Some(side)) if one_sided(side) < least => {
                self.bands.iter().find(|b| &b.id == other).unwrap_or(band)
            }
            _ => band,
        }
    }
}
