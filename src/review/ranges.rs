//! Every number a record holds, each against its range: the fit score and
//! the weights within ±100, a score's points within what it is out of, the
//! PHQ-9 within 0 to 27 (item 9 within 0 to 3), and the cost projections
//! within what any answers could give, a barrier's costs and a change's
//! budget and score likewise. A record is refused for a number out of range
//! rather than shown wrapped or cut.

use crate::estimate::Estimate;
use crate::record::Record;
use crate::weigh::{Change, CostFigures, WouldChange};

/// A band's ends, and how many answers a "clearly" band needs.
pub struct Band {
    pub from: i32,
    pub to: i32,
    pub one_sided: Option<usize>,
}

/// Where a record's numbers are: a whole record, or the fields a folder
/// review reads. Both are gathered and checked by `Numbers::of`, the same way.
pub trait WithNumbers {
    /// Each score's points, what it is out of, and where it flags.
    fn scores(&self) -> impl Iterator<Item = (u32, u32, Option<u32>)>;
    /// The PHQ-9's total, what it is out of, and item 9's points.
    fn phq9(&self) -> Option<(u32, u32, Option<u32>)>;
    fn fit_score(&self) -> i32;
    fn weights(&self) -> impl Iterator<Item = i32>;
    fn bands(&self) -> impl Iterator<Item = Band>;
    /// How many answers were unsure, of how many counted.
    fn confidence(&self) -> (usize, usize);
    fn estimate(&self) -> &Estimate;
    /// Each cost barrier's figures, with the barrier's place in the list.
    fn cost_figures(&self) -> impl Iterator<Item = (usize, &CostFigures)>;
    /// What would change the result.
    fn changes(&self) -> &[Change];
    /// Each outcome page's icon counts: (outcome, group, count).
    fn icons(&self) -> impl Iterator<Item = (usize, usize, u8)>;
}

/// The problems with the numbers of one record: each number outside its
/// range, named by its place (the place is written out only then).
#[derive(Default)]
pub struct Numbers(Vec<String>);

/// The fit score, each reason's weight and each band's ends.
pub const FIT: (f64, f64) = (-100.0, 100.0);
/// What a score (the knowledge check, "how sure") can be out of.
pub const SCORE_OUT_OF: f64 = 100.0;
/// The PHQ-9: nine items of 0 to 3 points.
pub const PHQ9_OUT_OF: f64 = 27.0;
pub const PHQ9_ITEM: f64 = 3.0;
/// Any amount of money, and any number of sessions, hours or months, far
/// beyond what the bank's own limits let an answer give.
const MONEY: f64 = 1e9;
const COUNT: f64 = 1e6;

impl Numbers {
    fn add(
        &mut self,
        place: std::fmt::Arguments<'_>,
        value: impl Into<f64>,
        (low, high): (f64, f64),
    ) {
        let value = value.into();
        if !(low <= value && value <= high) {
            self.0
                .push(format!("{place}: {value} is outside {low} to {high}"));
        }
    }

    /// The problems: each number outside its range, named by its place.
    pub fn problems(&self) -> impl Iterator<Item = String> + '_ {
        self.0.iter().cloned()
    }

    /// A score's points, within what it is out of.
    fn score(&mut self, k: usize, points: u32, out_of: u32, flag_below: Option<u32>) {
        let out_of_f = f64::from(out_of);
        self.add(
            format_args!("scores[{k}].out_of"),
            out_of,
            (0.0, SCORE_OUT_OF),
        );
        self.add(format_args!("scores[{k}].points"), points, (0.0, out_of_f));
        if let Some(below) = flag_below {
            self.add(
                format_args!("scores[{k}].flag_below"),
                below,
                (0.0, out_of_f),
            );
        }
    }

    /// The PHQ-9 total within what it is out of (at most 27), item 9 within
    /// 0 to 3 and the total.
    fn phq9(&mut self, total: u32, out_of: u32, item9: Option<u32>) {
        self.add(format_args!("phq9.out_of"), out_of, (0.0, PHQ9_OUT_OF));
        self.add(format_args!("phq9.total"), total, (0.0, f64::from(out_of)));
        if let Some(points) = item9 {
            self.add(
                format_args!("phq9.item9.points"),
                points,
                (0.0, PHQ9_ITEM.min(f64::from(total))),
            );
        }
    }

    /// The fit score, the weights, the bands and how many answers were counted.
    fn fit(&mut self, score: i32, weights: impl Iterator<Item = i32>, bands: &[Band]) {
        self.add(format_args!("assessment.score"), score, FIT);
        for (k, weight) in weights.enumerate() {
            self.add(format_args!("assessment.reasons[{k}].weight"), weight, FIT);
        }
        for (k, band) in bands.iter().enumerate() {
            let place = format!("assessment.bands[{k}]");
            self.add(format_args!("{place}.from"), band.from, FIT);
            self.add(
                format_args!("{place}.to"),
                band.to,
                (f64::from(band.from), FIT.1),
            );
            if let Some(least) = band.one_sided {
                self.add(
                    format_args!("{place}.one_sided"),
                    least as f64,
                    (0.0, COUNT),
                );
            }
        }
    }

    fn confidence(&mut self, unsure: usize, counted: usize) {
        self.add(
            format_args!("assessment.confidence.counted"),
            counted as f64,
            (0.0, COUNT),
        );
        self.add(
            format_args!("assessment.confidence.unsure"),
            unsure as f64,
            (0.0, counted as f64),
        );
    }

    /// The cost projections and what they started from.
    fn estimate(&mut self, e: &Estimate) {
        let at = "assessment.estimate";
        let i = &e.inputs;
        for (name, value, high) in [
            ("fee", i.fee, MONEY),
            ("covered_per_year", i.covered_per_year, COUNT),
            ("budget_per_month", i.budget_per_month, MONEY),
            ("hours_per_week", i.hours_per_week, 168.0),
            ("short_per_month", e.short_per_month, MONEY),
            ("long_per_month", e.long_per_month, MONEY),
        ] {
            if let Some(value) = value {
                self.add(format_args!("{at}.{name}"), value, (0.0, high));
            }
        }
        self.add(format_args!("{at}.per_week"), i.per_week, (1.0, 7.0));
        self.add(
            format_args!("{at}.weeks_per_year"),
            i.weeks_per_year,
            (1.0, 52.0),
        );
        let long = e.long.iter().map(|l| (Some(l.years), &l.course));
        let courses = e.short.iter().map(|c| (None, c)).chain(long);
        for (k, (years, c)) in courses.enumerate() {
            let place = match years {
                None => format!("{at}.short[{k}]"),
                Some(_) => format!("{at}.long[{}]", k - e.short.len()),
            };
            if let Some(years) = years {
                self.add(format_args!("{place}.years"), years, (1.0, 100.0));
            }
            self.add(format_args!("{place}.sessions"), c.sessions, (0.0, COUNT));
            let sessions = f64::from(c.sessions);
            self.add(
                format_args!("{place}.paid_sessions"),
                c.paid_sessions,
                (0.0, sessions),
            );
            self.add(format_args!("{place}.months"), c.months, (0.0, 1200.0));
            if let Some(cost) = c.cost {
                self.add(format_args!("{place}.cost"), cost, (0.0, MONEY * COUNT));
            }
            if let Some(hours) = c.hours {
                self.add(format_args!("{place}.hours"), hours, (0.0, COUNT));
            }
        }
    }

    /// A cost barrier's costs a month, and the budget and score a change names.
    fn facts<'a>(
        &mut self,
        figures: impl Iterator<Item = (usize, &'a CostFigures)>,
        changes: &[Change],
    ) {
        for (k, f) in figures {
            let place = format!("assessment.barriers[{k}].figures");
            self.add(format_args!("{place}.per_month"), f.per_month, (0.0, MONEY));
            self.add(format_args!("{place}.budget"), f.budget, (0.0, MONEY));
        }
        for (k, change) in changes.iter().enumerate() {
            let place = format!("assessment.changes[{k}]");
            match change {
                Change::Would(WouldChange::Budget { per_month, .. }) => self.add(
                    format_args!("{place}.budget.per_month"),
                    *per_month,
                    (0.0, MONEY),
                ),
                Change::Would(WouldChange::Answer { score, .. }) => {
                    self.add(format_args!("{place}.answer.score"), *score, FIT)
                }
                Change::Would(WouldChange::Lift { .. }) | Change::Said(_) => {}
            }
        }
    }

    /// How many in 100 one group of an outcome page's icons shows.
    fn icons(&mut self, outcome: usize, group: usize, count: u8) {
        self.add(
            format_args!("evidence.outcomes[{outcome}].icons.groups[{group}].count"),
            count,
            (0.0, 100.0),
        );
    }

    /// Every number of a record, each checked against its range.
    pub fn of(record: &impl WithNumbers) -> Numbers {
        let mut n = Numbers::default();
        for (k, (points, out_of, flag_below)) in record.scores().enumerate() {
            n.score(k, points, out_of, flag_below);
        }
        if let Some((total, out_of, item9)) = record.phq9() {
            n.phq9(total, out_of, item9);
        }
        let bands: Vec<Band> = record.bands().collect();
        n.fit(record.fit_score(), record.weights(), &bands);
        let (unsure, counted) = record.confidence();
        n.confidence(unsure, counted);
        n.estimate(record.estimate());
        n.facts(record.cost_figures(), record.changes());
        for (k, j, count) in record.icons() {
            n.icons(k, j, count);
        }
        n
    }
}

impl WithNumbers for Record {
    fn scores(&self) -> impl Iterator<Item = (u32, u32, Option<u32>)> {
        self.scores
            .iter()
            .map(|s| (s.points, s.out_of, s.flag_below))
    }
    fn phq9(&self) -> Option<(u32, u32, Option<u32>)> {
        let p = self.phq9.as_ref()?;
        Some((p.total, p.out_of, p.item9.as_ref().map(|i| i.points)))
    }
    fn fit_score(&self) -> i32 {
        self.assessment.score
    }
    fn weights(&self) -> impl Iterator<Item = i32> {
        self.assessment.reasons.iter().map(|r| r.weight)
    }
    fn bands(&self) -> impl Iterator<Item = Band> {
        self.assessment.bands.iter().map(|b| Band {
            from: b.from,
            to: b.to,
            one_sided: b.one_sided,
        })
    }
    fn confidence(&self) -> (usize, usize) {
        let c = &self.assessment.confidence;
        (c.unsure, c.counted)
    }
    fn estimate(&self) -> &Estimate {
        &self.assessment.estimate
    }
    fn cost_figures(&self) -> impl Iterator<Item = (usize, &CostFigures)> {
        let barriers = self.assessment.barriers.iter().enumerate();
        barriers.filter_map(|(k, b)| Some((k, b.figures.as_ref()?)))
    }
    fn changes(&self) -> &[Change] {
        &self.assessment.changes
    }
    fn icons(&self) -> impl Iterator<Item = (usize, usize, u8)> {
        self.evidence
            .outcomes
            .iter()
            .enumerate()
            .flat_map(|(k, outcome)| {
                outcome
                    .icons
                    .iter()
                    .flat_map(|i| &i.groups)
                    .enumerate()
                    .map(move |(j, group)| (k, j, group.count))
            })
    }
}
