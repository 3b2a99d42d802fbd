//! Every number a record holds, each against its range: the fit score and
//! the weights within ±100, a score's points within what it is out of, the
//! PHQ-9 within 0 to 27 (item 9 within 0 to 3), and the cost projections
//! within what any answers could give. A record is refused for a number out
//! of range rather than shown wrapped or cut.

use crate::estimate::Estimate;
use crate::record::Record;

/// One number as the validator reads it: its place, its value, and the
/// range it must lie in.
pub struct Number {
    pub place: String,
    pub value: f64,
    pub low: f64,
    pub high: f64,
}

/// A band's ends, and how many answers a "clearly" band needs.
pub struct Band {
    pub from: i32,
    pub to: i32,
    pub one_sided: Option<usize>,
}

/// The numbers of one record, gathered from a whole record or a light read.
#[derive(Default)]
pub struct Numbers(pub Vec<Number>);

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
    pub fn add(
        &mut self,
        place: impl Into<String>,
        value: impl Into<f64>,
        (low, high): (f64, f64),
    ) {
        self.0.push(Number {
            place: place.into(),
            value: value.into(),
            low,
            high,
        });
    }

    /// The problems: each number outside its range, named by its place.
    pub fn problems(&self) -> impl Iterator<Item = String> + '_ {
        self.0
            .iter()
            .filter(|n| !(n.low <= n.value && n.value <= n.high))
            .map(|n| {
                format!(
                    "{}: {} is outside {} to {}",
                    n.place, n.value, n.low, n.high
                )
            })
    }

    /// A score's points, within what it is out of.
    pub fn score(&mut self, k: usize, points: u32, out_of: u32, flag_below: Option<u32>) {
        let out_of_f = f64::from(out_of);
        self.add(format!("scores[{k}].out_of"), out_of, (0.0, SCORE_OUT_OF));
        self.add(format!("scores[{k}].points"), points, (0.0, out_of_f));
        if let Some(below) = flag_below {
            self.add(format!("scores[{k}].flag_below"), below, (0.0, out_of_f));
        }
    }

    /// The PHQ-9 total within what it is out of (at most 27), item 9 within
    /// 0 to 3 and the total.
    pub fn phq9(&mut self, total: u32, out_of: u32, item9: Option<u32>) {
        self.add("phq9.out_of", out_of, (0.0, PHQ9_OUT_OF));
        self.add("phq9.total", total, (0.0, f64::from(out_of)));
        if let Some(points) = item9 {
            self.add(
                "phq9.item9.points",
                points,
                (0.0, PHQ9_ITEM.min(f64::from(total))),
            );
        }
    }

    /// The fit score, the weights, the bands and how many answers were counted.
    pub fn fit(&mut self, score: i32, weights: impl Iterator<Item = i32>, bands: &[Band]) {
        self.add("assessment.score", score, FIT);
        for (k, weight) in weights.enumerate() {
            self.add(format!("assessment.reasons[{k}].weight"), weight, FIT);
        }
        for (k, band) in bands.iter().enumerate() {
            let place = format!("assessment.bands[{k}]");
            self.add(format!("{place}.from"), band.from, FIT);
            self.add(
                format!("{place}.to"),
                band.to,
                (f64::from(band.from), FIT.1),
            );
            if let Some(least) = band.one_sided {
                self.add(format!("{place}.one_sided"), least as f64, (0.0, COUNT));
            }
        }
    }

    pub fn confidence(&mut self, unsure: usize, counted: usize) {
        self.add(
            "assessment.confidence.counted",
            counted as f64,
            (0.0, COUNT),
        );
        self.add(
            "assessment.confidence.unsure",
            unsure as f64,
            (0.0, counted as f64),
        );
    }

    /// The cost projections and what they started from.
    pub fn estimate(&mut self, e: &Estimate) {
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
                self.add(format!("{at}.{name}"), value, (0.0, high));
            }
        }
        self.add(format!("{at}.per_week"), i.per_week, (1.0, 7.0));
        self.add(
            format!("{at}.weeks_per_year"),
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
                self.add(format!("{place}.years"), years, (1.0, 100.0));
            }
            self.add(format!("{place}.sessions"), c.sessions, (0.0, COUNT));
            let sessions = f64::from(c.sessions);
            self.add(
                format!("{place}.paid_sessions"),
                c.paid_sessions,
                (0.0, sessions),
            );
            self.add(format!("{place}.months"), c.months, (0.0, 1200.0));
            if let Some(cost) = c.cost {
                self.add(format!("{place}.cost"), cost, (0.0, MONEY * COUNT));
            }
            if let Some(hours) = c.hours {
                self.add(format!("{place}.hours"), hours, (0.0, COUNT));
            }
        }
    }

    /// How many in 100 one group of an outcome page's icons shows.
    pub fn icons(&mut self, outcome: usize, group: usize, count: u8) {
        self.add(
            format!("evidence.outcomes[{outcome}].icons.groups[{group}].count"),
            count,
            (0.0, 100.0),
        );
    }

    /// Every number of a whole record.
    pub fn of(record: &Record) -> Numbers {
        let mut n = Numbers::default();
        for (k, s) in record.scores.iter().enumerate() {
            n.score(k, s.points, s.out_of, s.flag_below);
        }
        if let Some(p) = &record.phq9 {
            n.phq9(p.total, p.out_of, p.item9.as_ref().map(|i| i.points));
        }
        let a = &record.assessment;
        let bands: Vec<Band> = a
            .bands
            .iter()
            .map(|b| Band {
                from: b.from,
                to: b.to,
                one_sided: b.one_sided,
            })
            .collect();
        n.fit(a.score, a.reasons.iter().map(|r| r.weight), &bands);
        n.confidence(a.confidence.unsure, a.confidence.counted);
        n.estimate(&a.estimate);
        for (k, outcome) in record.evidence.outcomes.iter().enumerate() {
            for (j, group) in outcome.icons.iter().flat_map(|i| &i.groups).enumerate() {
                n.icons(k, j, group.count);
            }
        }
        n
    }
}
