//! Cost and time projections for both options, from the fee, how often, the
//! sessions covered and the monthly budget. Pure. A "don't know" is never
//! guessed: the figure it would feed stays unknown.

use serde::{Deserialize, Serialize};

use crate::answers::{Answer, Answers};
use crate::bank::Bank;

/// What the projections start from.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Inputs {
    pub fee: Option<f64>,
    pub covered_per_year: Option<f64>,
    pub budget_per_month: Option<f64>,
    pub hours_per_week: Option<f64>,
    pub per_week: u32,
    pub per_week_assumed: bool,
    pub weeks_per_year: u32,
}

/// One course: a number of sessions, over some months.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Course {
    pub sessions: u32,
    pub months: f64,
    /// Sessions paid for after cover.
    pub paid_sessions: u32,
    /// Total cost; None when the fee is not known.
    pub cost: Option<f64>,
    /// Total hours, counting travel; None when the hours are not known.
    pub hours: Option<f64>,
}

/// Long-term therapy over so many years. Written in the record as the pair
/// `[years, course]`, as it always was.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(from = "(u32, Course)", into = "(u32, Course)")]
pub struct LongCourse {
    pub years: u32,
    pub course: Course,
}

impl From<(u32, Course)> for LongCourse {
    fn from((years, course): (u32, Course)) -> Self {
        LongCourse { years, course }
    }
}

impl From<LongCourse> for (u32, Course) {
    fn from(long: LongCourse) -> Self {
        (long.years, long.course)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Estimate {
    pub symbol: String,
    /// What the projections started from (flattened into the record).
    #[serde(flatten)]
    pub inputs: Inputs,
    /// Short-term courses (for example 20 and 30 weekly sessions).
    pub short: Vec<Course>,
    /// Long-term by the year (for example 1, 2 and 3 years).
    pub long: Vec<LongCourse>,
    /// The cost of a month of the shortest short-term course.
    pub short_per_month: Option<f64>,
    /// The cost of a month of long-term therapy.
    pub long_per_month: Option<f64>,
}

fn cents(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

/// Weeks in a calendar month (52 weeks over 12 months).
const WEEKS_A_MONTH: f64 = 52.0 / 12.0;

/// The projections for these inputs: short-term courses of `short_sessions`
/// weekly sessions, long-term for each of `long_years`.
pub fn project(
    inputs: &Inputs,
    symbol: &str,
    short_sessions: &[u32],
    long_years: &[u32],
) -> Estimate {
    let covered = inputs.covered_per_year.unwrap_or(0.0).max(0.0);
    let hours_per_session = inputs
        .hours_per_week
        .map(|h| h / f64::from(inputs.per_week.max(1)));
    let paid = |sessions: u32| (f64::from(sessions) - covered).max(0.0).ceil() as u32;
    let course = |sessions: u32, paid_sessions: u32| Course {
        sessions,
        // Weekly sessions in calendar months, whole: 20 to 30 are about 5 to
        // 7 months, the same length every page says (DOMAIN.md 1b).
        months: (f64::from(sessions) / WEEKS_A_MONTH).round(),
        paid_sessions,
        cost: inputs.fee.map(|fee| cents(f64::from(paid_sessions) * fee)),
        hours: hours_per_session.map(|h| cents(f64::from(sessions) * h)),
    };
    let short: Vec<Course> = short_sessions.iter().map(|&n| course(n, paid(n))).collect();
    let per_year = inputs.per_week * inputs.weeks_per_year;
    let paid_per_year = paid(per_year);
    let long: Vec<LongCourse> = long_years
        .iter()
        .map(|&years| {
            let mut c = course(per_year * years, paid_per_year * years);
            c.months = f64::from(12 * years);
            LongCourse { years, course: c }
        })
        .collect();
    let short_per_month = short
        .first()
        .and_then(|c| c.cost.map(|cost| cents(cost / c.months.max(1.0))));
    let long_per_month = inputs
        .fee
        .map(|fee| cents(f64::from(paid_per_year) * fee / 12.0));
    Estimate {
        symbol: symbol.to_string(),
        inputs: *inputs,
        short,
        long,
        short_per_month,
        long_per_month,
    }
}

/// Read the inputs from the answers, as rules.json says where they are.
pub fn inputs(bank: &Bank, answers: &Answers) -> Inputs {
    let p = &bank.rules.projection;
    let number = |id: &str| match answers.get(id) {
        Some(Answer::Number(n)) => Some(*n),
        _ => None,
    };
    let chosen = match answers.get(&p.frequency) {
        Some(Answer::Choice(id)) => p.per_week.get(id).copied(),
        _ => None,
    };
    Inputs {
        fee: number(&p.fee),
        covered_per_year: number(&p.covered),
        budget_per_month: number(&p.budget),
        hours_per_week: number(&p.hours),
        per_week: chosen.unwrap_or(p.usual_per_week),
        per_week_assumed: chosen.is_none(),
        weeks_per_year: p.weeks_per_year,
    }
}

/// The projections for a person's answers.
pub fn estimate(bank: &Bank, answers: &Answers) -> Estimate {
    let p = &bank.rules.projection;
    let symbol = bank
        .question(&p.fee)
        .and_then(|q| bank.money_symbol(q, answers))
        .unwrap_or("");
    project(
        &inputs(bank, answers),
        symbol,
        &p.short_sessions,
        &p.long_years,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn inputs(fee: Option<f64>, covered: Option<f64>) -> Inputs {
        Inputs {
            fee,
            covered_per_year: covered,
            budget_per_month: Some(500.0),
            hours_per_week: Some(2.0),
            per_week: 1,
            per_week_assumed: false,
            weeks_per_year: 48,
        }
    }

    #[test]
    fn costs_follow_fee_sessions_and_weeks() {
        let e = project(&inputs(Some(120.0), Some(0.0)), "$", &[20, 30], &[1, 2, 3]);
        assert_eq!(e.short[0].cost, Some(2400.0));
        assert_eq!(e.short[1].cost, Some(3600.0));
        assert_eq!(e.long[0].course.cost, Some(5760.0));
        assert_eq!(e.long[2].course.cost, Some(17280.0));
        assert_eq!(e.long_per_month, Some(480.0));
        // 20 weekly sessions take about 5 months: 2,400 / 5.
        assert_eq!(e.short[0].months, 5.0);
        assert_eq!(e.short_per_month, Some(480.0));
        // 30 take about 7, never 7.5: one length everywhere (DOMAIN.md 1b).
        assert_eq!(e.short[1].months, 7.0);
        assert_eq!(e.short[0].hours, Some(40.0));
        assert_eq!(e.long[0].course.hours, Some(96.0));
    }

    #[test]
    fn cover_comes_off_each_year_and_never_below_zero() {
        let e = project(&inputs(Some(100.0), Some(20.0)), "£", &[20, 30], &[1, 2]);
        assert_eq!(e.short[0].cost, Some(0.0));
        assert_eq!(e.short[1].cost, Some(1000.0));
        assert_eq!(e.long[0].course.paid_sessions, 28);
        assert_eq!(e.long[1].course.cost, Some(5600.0));
    }

    #[test]
    fn full_cover_and_zero_fee_cost_nothing() {
        let full = project(&inputs(Some(90.0), Some(400.0)), "$", &[20, 30], &[1]);
        assert_eq!(full.long[0].course.cost, Some(0.0));
        assert_eq!(full.long_per_month, Some(0.0));
        let free = project(&inputs(Some(0.0), Some(0.0)), "$", &[20, 30], &[1]);
        assert_eq!(free.short[1].cost, Some(0.0));
    }

    #[test]
    fn an_unknown_fee_or_hours_stays_unknown() {
        let mut i = inputs(None, None);
        i.hours_per_week = None;
        let e = project(&i, "$", &[20, 30], &[1]);
        assert_eq!(e.short[0].cost, None);
        assert_eq!(e.long_per_month, None);
        assert_eq!(e.short_per_month, None);
        assert_eq!(e.short[0].hours, None);
    }

    #[test]
    fn a_long_course_is_written_and_read_as_the_pair_records_have() {
        let e = project(&inputs(Some(120.0), Some(0.0)), "$", &[20, 30], &[2]);
        let written = serde_json::to_value(&e.long).unwrap();
        assert_eq!(written[0][0], 2);
        assert_eq!(written[0][1]["sessions"], 96);
        assert_eq!(written[0][1]["months"], 24.0);
        let back: Vec<LongCourse> = serde_json::from_value(written).unwrap();
        assert_eq!(back, e.long);
    }

    #[test]
    fn money_is_kept_to_the_cent() {
        let e = project(&inputs(Some(33.333), Some(0.0)), "$", &[20, 30], &[1]);
        assert_eq!(e.short[0].cost, Some(666.66));
        assert_eq!(e.long_per_month, Some(133.33));
    }
}
