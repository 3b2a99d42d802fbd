//! Checking rules.json against the bank's questions and the evidence's
//! sources, every problem found with its place, none stopping the check.

use std::collections::HashSet;

use super::raw::{RawBarrier, RawClinicianQuestion, RawRule, RawRules};
use super::{Band, BarrierKind, BarrierRule, ClinicianQuestion, OptionId, Reach, Rule, Rules};
use crate::bank::condition::test_on;
use crate::bank::raw::RawCondition;
use crate::bank::{Condition, Evidence, Problem, Question, Role};

const FILE: &str = "rules.json";

impl Rules {
    /// Check the rules against the bank's questions and the evidence's sources.
    pub fn build(
        raw: RawRules,
        questions: &[Question],
        evidence: &Evidence,
    ) -> (Rules, Vec<Problem>) {
        let mut check = Check {
            questions,
            evidence,
            found: Vec::new(),
        };
        if raw.version.trim().is_empty() {
            check.say("version", "is empty".into());
        }
        if raw.start.weight != 0 {
            check.say(
                "start",
                format!(
                    "the score must start at 0, with no built-in tilt; it starts at {}",
                    raw.start.weight
                ),
            );
        }
        let rules = check.rules(raw.rules);
        check.bands(&raw.bands);
        let barriers = check.barriers(raw.barriers);
        check.projection(&raw.projection);
        check.words(&raw.words);
        check.own_lean(&raw.own_lean);
        check.confidence(&raw.confidence);
        let clinician_questions = check.clinician_questions(raw.clinician_questions, &barriers);
        (
            Rules {
                version: raw.version,
                // Set by the bank build, which checks the symmetry.
                reach: Reach::default(),
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
            check.found,
        )
    }
}

/// What the check needs as it goes: the questions and sources to check
/// against, and the problems found so far.
pub(super) struct Check<'a> {
    pub(super) questions: &'a [Question],
    evidence: &'a Evidence,
    found: Vec<Problem>,
}

impl<'a> Check<'a> {
    pub(super) fn say(&mut self, place: &str, message: String) {
        self.found.push(Problem::new(FILE, place, message));
    }

    fn source_ok(&self, id: &str) -> bool {
        self.evidence.source(id).is_some()
    }

    /// A text rests on one source id from evidence.json, or is marked a
    /// plain description of the options: exactly one of the two.
    fn rests_on(&mut self, place: &str, source: &str, plain: bool) {
        match (source.trim().is_empty(), plain) {
            (true, false) => self.say(
                place,
                "has no source; give a source id from evidence.json, or \"plain\": true for a plain description of the options".into(),
            ),
            (false, true) => self.say(
                place,
                "has both a source and \"plain\": it rests on a source or is a plain description, not both".into(),
            ),
            (false, false) if !self.source_ok(source) => self.say(
                place,
                format!("the source \"{source}\" is not in evidence.json"),
            ),
            _ => {}
        }
    }

    pub(super) fn find(&self, id: &str) -> Option<&'a Question> {
        self.questions.iter().find(|q| q.id == id)
    }

    fn conditions(&mut self, raw: Vec<RawCondition>, place: &str) -> Vec<Condition> {
        let mut out = Vec::new();
        let mut made = Vec::new();
        for rc in raw {
            if let Some(c) = test_on(rc, self.questions, &mut out) {
                made.push(c);
            }
        }
        for m in out {
            self.say(place, format!("a condition {m}"));
        }
        made
    }

    fn rules(&mut self, raw: Vec<RawRule>) -> Vec<Rule> {
        let questions = self.questions;
        let mut ids = HashSet::new();
        let mut rules = Vec::new();
        for r in raw {
            let place = format!("rule {}", r.id);
            if !ids.insert(r.id.clone()) {
                self.say(&place, "this rule id is used twice".into());
            }
            if r.reason.trim().is_empty() {
                self.say(&place, "the reason is empty; every rule needs one".into());
            }
            self.rests_on(&place, &r.source, r.plain);
            if r.when.len() > 1 {
                self.say(
                    &place,
                    "a rule reads one value answer: give exactly one condition".into(),
                );
            }
            for c in &r.when {
                if let Some(q) = questions.iter().find(|q| q.id == c.question)
                    && q.role != Role::Value
                {
                    self.say(
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
                self.say(
                    &place,
                    format!(
                        "the weight {} must be from -100 to 100, and not 0",
                        r.weight
                    ),
                );
            }
            if r.when.is_empty() {
                self.say(&place, "\"when\" needs at least one condition".into());
            }
            let when = self.conditions(r.when, &place);
            rules.push(Rule {
                id: r.id,
                when,
                weight: r.weight,
                reason: r.reason,
                source: r.source,
            });
        }

        rules
    }

    fn bands(&mut self, bands: &[Band]) {
        let mut expected_from = -100;
        for band in bands {
            if band.from != expected_from || band.to < band.from {
                self.say(
                    &format!("band {}", band.id),
                    format!(
                        "the bands must cover -100 to 100 in order without gaps; this one should start at {expected_from}"
                    ),
                );
            }
            let on_its_side = match band.side() {
                Some(OptionId::ShortTerm) => band.to < 0,
                Some(OptionId::LongTerm) => band.from > 0,
                None => band.from <= 0 && 0 <= band.to,
            };
            if !on_its_side {
                self.say(
                    &format!("band {}", band.id),
                    "its numbers must lie on its side of 0 (short bands below 0, long bands above, \"both\" around 0)".into(),
                );
            }
            if band.label.trim().is_empty() {
                self.say(&format!("band {}", band.id), "the label is empty".into());
            }
            expected_from = band.to + 1;
            if band.one_sided.is_some() != band.otherwise.is_some()
                || band
                    .otherwise
                    .as_ref()
                    .is_some_and(|o| !bands.iter().any(|b| b.id == *o))
            {
                self.say(
                    &format!("band {}", band.id),
                    "\"one_sided\" and \"otherwise\" go together, and \"otherwise\" must name a band".into(),
                );
            }
        }
        if expected_from != 101 {
            self.say("bands", "the last band must end at 100".into());
        }
    }

    fn barriers(&mut self, raw: Vec<RawBarrier>) -> Vec<BarrierRule> {
        let mut barriers = Vec::new();
        for b in raw {
            let place = format!("barrier {}", b.id);
            if b.text.trim().is_empty() {
                self.say(&place, "the text is empty".into());
            }
            self.rests_on(&place, &b.source, b.plain);
            if b.kind != BarrierKind::Cost && b.when.is_empty() {
                self.say(
                    &place,
                    "a time or life-change barrier needs \"when\"".into(),
                );
            }
            if b.lift.as_deref().is_some_and(|l| l.trim().is_empty()) {
                self.say(&place, "\"lift\" is empty; leave it out instead".into());
            }
            if b.kind == BarrierKind::Cost && !b.when.is_empty() {
                self.say(
                    &place,
                    "a cost barrier comes from the costs; leave out \"when\"".into(),
                );
            }
            let when = self.conditions(b.when, &place);
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

        barriers
    }

    fn clinician_questions(
        &mut self,
        raw: Vec<RawClinicianQuestion>,
        barriers: &[BarrierRule],
    ) -> Vec<ClinicianQuestion> {
        let mut clinician_questions: Vec<ClinicianQuestion> = Vec::new();
        for (n, c) in raw.into_iter().enumerate() {
            let place = format!("clinician_questions[{n}]");
            if c.text.trim().is_empty() {
                self.say(&place, "the text is empty".into());
            }
            self.one_question_one_id(&place, &c, &clinician_questions);
            match &c.barrier {
                Some(id) if !barriers.iter().any(|b| &b.id == id) => self.say(
                    &place,
                    format!("the barrier \"{id}\" is not in \"barriers\""),
                ),
                None if c.when.is_empty() => {
                    self.say(&place, "needs \"when\" or \"barrier\"".into())
                }
                _ => {}
            }
            let when = self.conditions(c.when, &place);
            clinician_questions.push(ClinicianQuestion {
                id: c.id,
                when,
                barrier: c.barrier,
                text: c.text,
            });
        }

        clinician_questions
    }

    /// A clinician question has an id; entries with one id ask one question
    /// (one text), and one question has one id, so it is asked once.
    fn one_question_one_id(
        &mut self,
        place: &str,
        c: &RawClinicianQuestion,
        before: &[ClinicianQuestion],
    ) {
        if c.id.trim().is_empty() {
            self.say(place, "the id is empty".into());
        }
        for (k, other) in before.iter().enumerate() {
            if other.id == c.id && other.text != c.text {
                self.say(
                    place,
                    format!(
                        "has the id \"{}\" of clinician_questions[{k}] with another text",
                        c.id
                    ),
                );
            } else if other.id != c.id && other.text == c.text {
                self.say(
                    place,
                    format!("asks the same as clinician_questions[{k}] under another id, \"{}\" (give them one id)", other.id),
                );
            }
        }
    }
}
