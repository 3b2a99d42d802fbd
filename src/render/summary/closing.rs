//! The parts of the summary around the result: the safety alert at the top,
//! and the facts, sources, about this aid and crisis lines at the end.

use super::parts::{CrisisPart, FactRow, FactsPart, Labelled, Listed, SafetyPart, Said};
use crate::bank::Evidence;
use crate::page::dated::{checked_line, version_line};
use crate::page::option_table::OptionTable;
use crate::record::Record;
use crate::render::markup::Span;
use crate::render::studies::OutcomePart;

/// The alert, when the person said yes (or rather not say) to the safety
/// question, now or before a break: self-reported, never assessed.
pub(super) fn safety(record: &Record) -> Option<SafetyPart> {
    let e = &record.evidence;
    record.safety_flag.as_ref().map(|flag| {
        // Every safety answer as given, when the record words it so.
        let said = if flag.said.is_empty() {
            older_said(record, flag)
        } else {
            vec![Span::Strong(flag.said.clone())]
        };
        let act = e.crisis.act_now.as_ref();
        let each =
            |f: fn(&crate::bank::evidence::ActNow) -> Vec<String>| act.map(f).unwrap_or_default();
        SafetyPart {
            alert: e.summary.safety_alert.clone(),
            said,
            always: e.crisis.always.clone(),
            lines: e.crisis_lines(),
            call_if: act.map(|a| a.call_if.clone()).unwrap_or_default(),
            conditions: each(|a| a.conditions.clone()),
            then: each(|a| vec![a.today.clone(), a.someone.clone(), a.put_away.clone()]),
            not_listed: each(|a| vec![a.not_listed.clone(), a.not_listed_note.clone()]),
        }
    })
}

/// The alert's words in a record made before every safety answer was said in one line.
fn older_said(record: &Record, flag: &crate::record::SafetyFlag) -> Vec<Span> {
    let e = &record.evidence;
    {
        let mut said = Span::fill(
            &e.summary.safety_answer,
            vec![
                ("question", vec![Span::Quoted(flag.question.clone())]),
                ("answer", vec![Span::Strong(flag.answer.clone())]),
            ],
        );
        // An answer given before a break, then the one given after it.
        if let Some(again) = &flag.asked_again {
            said.push(Span::Plain(format!(" {}", again.said)));
        }
        said
    }
}

/// The options compared: the one table (its cost row with the person's own
/// figures when the fee is known) and what happens next, or both options
/// under every heading in a record made before the table.
pub(super) fn facts(record: &Record) -> FactsPart {
    let e = &record.evidence;
    let mut part = headings(e);
    // The one comparison table, where the evidence has it.
    if let Some(table) = OptionTable::of(e) {
        let own = super::own_cost::own_costs(record).unwrap_or_default();
        part.title = table.title;
        part.caption = Some(table.caption);
        part.options = table.columns;
        part.notes = table.notes;
        part.rows = table
            .rows
            .into_iter()
            .map(|r| FactRow {
                heading: format!("{} {}", r.key, r.label),
                for_you: if r.cost { own.clone() } else { Vec::new() },
                texts: r.cells,
            })
            .collect();
        let n = &e.next_steps;
        part.next = vec![
            Listed {
                title: n.title.clone(),
                items: n.steps.iter().map(|f| f.text.clone()).collect(),
                empty: None,
            },
            Listed {
                title: n.questions_title.clone(),
                items: n.questions.clone(),
                empty: None,
            },
        ];
    }
    part
}

/// Both options under every heading (evidence with no table).
fn headings(e: &Evidence) -> FactsPart {
    FactsPart {
        title: e.titles.two_options.clone(),
        caption: None,
        notes: Vec::new(),
        next: Vec::new(),
        options: e.options.iter().map(|o| o.name.clone()).collect(),
        rows: e
            .headings
            .iter()
            .map(|heading| {
                let texts = e
                    .options
                    .iter()
                    .map(|o| {
                        o.facts
                            .get(&heading.id)
                            .map(|f| f.text.clone())
                            .unwrap_or_default()
                    })
                    .collect();
                FactRow {
                    heading: heading.title.clone(),
                    texts,
                    for_you: Vec::new(),
                }
            })
            .collect(),
        trade_off: e.trade_off().map(|f| f.text.clone()),
        outcome: e.summary_outcome().map(|o| OutcomePart::of(e, o)),
        other_intro: e.other_intro.iter().map(|f| f.text.clone()).collect(),
        others: e
            .other_choices
            .iter()
            .map(|other| Labelled {
                label: other.name.clone(),
                text: other.text.clone(),
            })
            .collect(),
    }
}

/// About this aid, ending with the version of the facts.
pub(super) fn about(e: &Evidence) -> Said {
    let mut texts: Vec<String> = e.about.for_summary().into_iter().cloned().collect();
    texts.push(version_line(e));
    Said {
        title: e.titles.about.clone(),
        texts,
    }
}

pub(super) fn crisis(record: &Record) -> CrisisPart {
    let e = &record.evidence;
    CrisisPart {
        title: e.titles.unsafe_now.clone(),
        always: e.crisis.always.clone(),
        lines: e.crisis_lines(),
        checked: checked_line(e),
        repeated: record.safety_flag.is_some(),
    }
}
