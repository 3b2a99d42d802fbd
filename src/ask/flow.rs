//! The walk through the bank: the opening, the safety question first, section
//! pages, conditions, back (from every page and question), the review screen
//! and changes made from it, and picking up where a person stopped.
//! It knows nothing of how questions are drawn or where progress is kept.

use std::collections::BTreeSet;

use super::check_screen::{Changes, check_lines};
use super::places::Places;
use super::{
    Context, HelpChoice, Page, Prompter, Reply, ReviewLine, ReviewPick, Stop, Went, pages,
};
use crate::answer::Earlier;
use crate::answers::{Answer, Answers};
use crate::bank::{Bank, Question, SafetyAnswer};
use crate::page::Answered;
use crate::text::fill;

/// How far a person has got: their answers, every question they have
/// answered or chosen to skip, and a yes (or rather not say) to the safety
/// question given before a break, kept when it is asked again.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Progress {
    pub answers: Answers,
    pub asked: BTreeSet<String>,
    pub earlier: Option<Earlier>,
}

/// One place in the walk. Question numbers are places in the bank's list.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Spot {
    Opening,
    /// Fact page `k`, shown before question `i`.
    Fact(usize, usize),
    Question(usize),
    /// The page an answer to question `i` brings: the safety page, or quiz feedback.
    After(usize),
    /// "Right now?" asked after PHQ-9 item `i` raised the flag.
    FollowUp(usize),
    /// What to do now, after "right now: yes" (or rather not say) given at
    /// question `i` or its follow-up; then a typed choice.
    ActNow(usize),
    Review,
}

struct Walk<'a> {
    bank: &'a Bank,
    list: Vec<(usize, &'a Question)>,
    /// What is known of the list before the walk starts.
    places: Places,
    facts: Vec<Page>,
    p: Progress,
    /// Pass over questions already asked (on a resume, and after a change
    /// from the review screen).
    skip_asked: bool,
    /// Changing an answer from the review screen: no section pages.
    fixing: bool,
    /// A block picked on the review screen: its questions are asked again,
    /// asked or not.
    again: Option<Changes>,
    /// The safety questions answered in this sitting: going back to them
    /// shows that answer (one from before a break is never offered).
    answered_now: BTreeSet<String>,
}

impl Walk<'_> {
    fn shown(&self, i: usize) -> bool {
        self.bank.is_shown(self.list[i].1, &self.p.answers)
    }

    fn next_question(&self, from: usize) -> Option<usize> {
        (from..self.list.len()).find(|&i| {
            let id = &self.list[i].1.id;
            let again = self.again.is_some_and(|c| c.holds(i));
            self.shown(i)
                && !(self.skip_asked && self.p.asked.contains(id) && !again)
                && !self.money_known(i)
        })
    }

    /// Whether question `i` asks for the money, already known (given with
    /// an amount, "$120"): it is not asked on the way on (the check screen
    /// still lists it, to change).
    fn money_known(&self, i: usize) -> bool {
        self.places.money.contains(&i) && self.p.answers.get(&self.list[i].1.id).is_some()
    }

    /// The first place on the way to question `i` (its section's pages when
    /// it opens the section), or the review when there is no question left.
    fn arrive(&self, i: Option<usize>) -> Spot {
        let Some(i) = i else {
            return Spot::Review;
        };
        let s = self.list[i].0;
        let opens = self.opens_section(i);
        let section = &self.bank.sections[s];
        if self.fixing || !opens {
            Spot::Question(i)
        } else if section.show_facts && !self.facts.is_empty() {
            Spot::Fact(i, 0)
        } else {
            Spot::Question(i)
        }
    }

    /// Whether question `i` is the first shown in its section (where the
    /// section's intro is said, in one line above it).
    fn opens_section(&self, i: usize) -> bool {
        let s = self.list[i].0;
        !(self.places.section_start(s)..i).any(|k| self.list[k].0 == s && self.shown(k))
    }

    /// The page an answer to question `i` brings, if any.
    fn after(&self, i: usize) -> Option<Page> {
        let q = self.list[i].1;
        let answer = self.p.answers.get(&q.id)?;
        // The safety question's yes or rather not say; a PHQ-9 item 9 above
        // "Not at all" too, unless the safety question already showed it.
        if q.raises_safety(answer) && (q.safety || !self.bank.safety_said_yes(&self.p.answers)) {
            let answered = match answer {
                _ if !q.safety => Answered::Item9,
                Answer::Choice(id) if id == "rather_not_say" => Answered::NotSaid,
                _ => Answered::Yes,
            };
            return Some(pages::safety_page_after(&self.bank.evidence, answered));
        }
        let scored = q.score.as_ref()?;
        let group = self.bank.score_group(&scored.group)?;
        let text = q.feedback.as_ref()?;
        Some(pages::feedback(group, *answer == scored.right, text))
    }

    /// Where the "right now" question sits, if the bank has one.
    fn right_now(&self) -> Option<usize> {
        self.places.right_now
    }

    /// The "right now" answer, when it raises the flag: what the act-now page says.
    fn right_now_raised(&self) -> Option<Answered> {
        let (_, q) = self.list[self.right_now()?];
        match self.p.answers.get(&q.id)? {
            Answer::Choice(id) if id == "yes" => Some(Answered::Yes),
            Answer::Choice(id) if id == "rather_not_say" => Some(Answered::NotSaid),
            _ => None,
        }
    }

    fn next(&self, spot: Spot) -> Spot {
        match spot {
            Spot::Opening => self.arrive(self.next_question(0)),
            Spot::Fact(i, k) if k + 1 < self.facts.len() => Spot::Fact(i, k + 1),
            Spot::Fact(i, _) => Spot::Question(i),
            Spot::Question(i) if self.after(i).is_some() => Spot::After(i),
            Spot::Question(i) | Spot::FollowUp(i)
                if self.right_now_raised().is_some()
                    && (matches!(spot, Spot::FollowUp(_)) || Some(i) == self.right_now()) =>
            {
                Spot::ActNow(i)
            }
            // Item 9 raised the flag: "right now?" is asked, unless it was already.
            Spot::After(i)
                if !self.list[i].1.safety
                    && self.list[i].1.flags_safety_above.is_some()
                    && self
                        .right_now()
                        .is_some_and(|r| !self.p.asked.contains(&self.list[r].1.id)) =>
            {
                Spot::FollowUp(i)
            }
            Spot::Question(i) | Spot::After(i) | Spot::FollowUp(i) | Spot::ActNow(i) => {
                self.arrive(self.next_question(i + 1))
            }
            Spot::Review => Spot::Review,
        }
    }

    fn page(&self, spot: Spot) -> Option<Page> {
        match spot {
            Spot::Opening => Some(pages::opening(self.bank)),
            Spot::Fact(_, k) => self.facts.get(k).cloned(),
            Spot::After(i) => self.after(i),
            Spot::Question(_) | Spot::FollowUp(_) | Spot::ActNow(_) | Spot::Review => None,
        }
    }

    /// The question a place leads to (the review counts as past the last).
    fn question_of(&self, spot: Spot) -> usize {
        match spot {
            Spot::Opening => 0,
            Spot::Fact(i, _)
            | Spot::Question(i)
            | Spot::After(i)
            | Spot::FollowUp(i)
            | Spot::ActNow(i) => i,
            Spot::Review => self.list.len(),
        }
    }

    /// A yes (or rather not say) to the safety question changed in this
    /// sitting is kept as an earlier answer, with what it brought ("right
    /// now"), as one given before a break is. The first kept stays.
    fn take_back(&mut self, q: &Question, answer: &Answer) {
        let Some(before) = self.p.answers.get(&q.id) else {
            return;
        };
        let right_now = self.bank.is_right_now(q);
        let raised = match before {
            Answer::Choice(id) => SafetyAnswer::of(id).is_some_and(SafetyAnswer::raises_safety),
            _ => false,
        };
        if !(q.safety || right_now) || !raised || before == answer || self.p.earlier.is_some() {
            return;
        }
        // "Right now" taken back: the safety question's answer stands, with
        // the earlier "right now" beside it.
        let thoughts = match self.bank.safety_question() {
            Some(t) if right_now => self.p.answers.get(&t.id).cloned(),
            _ => Some(before.clone()),
        };
        let Some(thoughts) = thoughts else {
            return;
        };
        let mut with = Answers::default();
        for (_, other) in &self.list {
            if let Some(a) = self.p.answers.get(&other.id)
                && self.bank.is_right_now(other)
            {
                with.insert(other.id.clone(), a.clone());
            }
        }
        self.p.earlier = Some(Earlier {
            answer: thoughts,
            given: None,
            with,
            taken_back: true,
        });
    }

    /// Every question shown and asked before question `i`, as places to go back to.
    fn asked_before(&self, i: usize) -> Vec<Spot> {
        (0..i)
            .filter(|&k| self.shown(k) && self.p.asked.contains(&self.list[k].1.id))
            .map(Spot::Question)
            .collect()
    }
}

/// Walk a person through the bank from `progress` (empty for a new start; a
/// resumed walk asks the safety question again, then only what was not yet
/// asked). `keep` is told of every change, to save it. Returns the progress
/// (the answers, and a safety answer taken back) once the person finishes
/// the review.
pub fn walk(
    bank: &Bank,
    prompter: &mut dyn Prompter,
    progress: Progress,
    keep: &mut dyn FnMut(&Progress),
) -> Result<Progress, Stop> {
    let resuming = !progress.asked.is_empty();
    let list: Vec<(usize, &Question)> = bank.questions().collect();
    let mut w = Walk {
        bank,
        places: Places::of(bank, &list),
        list,
        facts: pages::facts(&bank.evidence),
        p: progress,
        skip_asked: resuming,
        fixing: false,
        again: None,
        answered_now: BTreeSet::new(),
    };
    // The safety question is asked again on every resume.
    for (_, q) in &w.list {
        if bank.about_safety(q) {
            w.p.asked.remove(&q.id);
        }
    }
    let spot = if resuming {
        w.next(Spot::Opening)
    } else {
        Spot::Opening
    };
    let mut way = Way {
        w,
        history: Vec::new(),
        spot,
        // On a resume, once past the safety question, Back leads into the
        // answers given before the stop.
        rebuild_history: resuming,
        changed: None,
    };
    loop {
        let then = match way.spot {
            Spot::Review => way.at_review(prompter)?,
            Spot::ActNow(_) => match act_now(&way.w, prompter, way.can_go_back())? {
                Went::On => Then::On,
                Went::Back => Then::Back,
                Went::GetHelp => return Err(Stop::GetHelp),
            },
            Spot::Question(_) | Spot::FollowUp(_) => way.at_question(prompter, keep)?,
            _ => match way.w.page(way.spot) {
                Some(page) if prompter.show(&page, way.can_go_back())? != Went::On => Then::Back,
                _ => Then::On,
            },
        };
        match then {
            Then::On => way.go_on(),
            Then::Back => way.go_back(),
            Then::Again => {}
            Then::Finish => return Ok(way.w.p),
        }
    }
}

/// Where a step leads.
enum Then {
    On,
    Back,
    /// Stay at the place set (the same question again, or one picked from
    /// the review screen).
    Again,
    Finish,
}

/// The walk under way: where the person is, and the places to go back to.
struct Way<'a> {
    w: Walk<'a>,
    history: Vec<Spot>,
    spot: Spot,
    rebuild_history: bool,
    /// The question just changed from the review screen, to focus there.
    changed: Option<String>,
}

impl Way<'_> {
    fn can_go_back(&self) -> bool {
        !self.history.is_empty() || self.w.fixing
    }

    /// The review screen: finish, change an answer, or go back.
    fn at_review(&mut self, prompter: &mut dyn Prompter) -> Result<Then, Stop> {
        let w = &mut self.w;
        w.again = None;
        w.p.answers = w.bank.without_hidden(&w.p.answers);
        let (lines, places): (Vec<ReviewLine>, Vec<Changes>) =
            check_lines(w.bank, &w.list, &w.p.answers, &|k| w.shown(k))
                .into_iter()
                .unzip();
        let focus = self
            .changed
            .take()
            .and_then(|id| places.iter().position(|c| w.list[c.first()].1.id == id));
        // Every question is answered by now: say where the input ended.
        let pick = prompter.review(&lines, focus).map_err(|stop| match stop {
            Stop::InputEnded => Stop::InputEndedAtCheck,
            other => other,
        })?;
        Ok(match pick {
            ReviewPick::Finish => Then::Finish,
            ReviewPick::Change(_) if places.is_empty() => Then::Finish,
            ReviewPick::Change(k) => {
                let change = places[k.min(places.len() - 1)];
                let i = change.first();
                w.again = matches!(change, Changes::Block { .. }).then_some(change);
                self.changed = Some(w.list[i].1.id.clone());
                w.skip_asked = true;
                w.fixing = true;
                self.history.clear();
                self.spot = Spot::Question(i);
                Then::Again
            }
            ReviewPick::Back => Then::Back,
        })
    }

    /// A question (or "right now" after item 9): its answer is kept at once.
    fn at_question(
        &mut self,
        prompter: &mut dyn Prompter,
        keep: &mut dyn FnMut(&Progress),
    ) -> Result<Then, Stop> {
        let can_go_back = self.can_go_back();
        let w = &mut self.w;
        let i = match self.spot {
            Spot::FollowUp(_) => w.right_now().unwrap_or_default(),
            spot => w.question_of(spot),
        };
        let q = w.list[i].1;
        Ok(match ask(w, prompter, i, can_go_back)? {
            Some(Reply::Answer(answer)) => {
                w.take_back(q, &answer);
                w.p.answers.insert(q.id.clone(), answer);
                w.p.asked.insert(q.id.clone());
                w.answered_now.insert(q.id.clone());
                keep(&w.p);
                Then::On
            }
            // An amount typed with its money sign answers the money too.
            Some(Reply::AnswerIn(answer, money)) => {
                w.p.answers.insert(q.id.clone(), answer);
                w.p.asked.insert(q.id.clone());
                w.answered_now.insert(q.id.clone());
                if let Some(c) = w.bank.currency_of(q) {
                    w.p.answers.insert(c.id.clone(), Answer::Choice(money));
                    w.p.asked.insert(c.id.clone());
                    w.answered_now.insert(c.id.clone());
                }
                keep(&w.p);
                Then::On
            }
            Some(Reply::Skip) => {
                w.p.answers.remove(&q.id);
                w.p.asked.insert(q.id.clone());
                keep(&w.p);
                Then::On
            }
            Some(Reply::Back) => Then::Back,
            None => Then::Again,
        })
    }

    fn go_on(&mut self) {
        let w = &self.w;
        self.history.push(self.spot);
        self.spot = w.next(self.spot);
        if self.rebuild_history
            && !matches!(self.spot, Spot::Question(i) | Spot::After(i) | Spot::ActNow(i) if w.bank.about_safety(w.list[i].1))
        {
            self.history = w.asked_before(w.question_of(self.spot));
            self.rebuild_history = false;
        }
    }

    fn go_back(&mut self) {
        match self.history.pop() {
            Some(previous) => {
                if matches!(previous, Spot::Question(_)) {
                    // Going back shows the questions again, even when resuming.
                    self.w.skip_asked = self.w.fixing;
                }
                self.spot = previous;
            }
            None if self.w.fixing => {
                if let Spot::Question(i) = self.spot {
                    self.changed = Some(self.w.list[i].1.id.clone());
                }
                self.spot = Spot::Review;
            }
            None => {}
        }
    }
}

/// The act-now page and its typed choice.
fn act_now(w: &Walk, prompter: &mut dyn Prompter, can_go_back: bool) -> Result<Went, Stop> {
    let evidence = &w.bank.evidence;
    let answered = w.right_now_raised().unwrap_or(Answered::Yes);
    let (Some(page), Some(words)) = (
        crate::page::act_now_page(evidence, answered),
        evidence.crisis.right_now.as_ref(),
    ) else {
        return Ok(Went::On);
    };
    let choice = HelpChoice {
        help_now: words.help_now.clone(),
        go_on: words.go_on.clone(),
    };
    prompter.act_now(&page, &choice, can_go_back)
}

/// Put question `i` to the person. None when the reply is not an answer the
/// question takes (it is asked again).
fn ask(
    w: &Walk,
    prompter: &mut dyn Prompter,
    i: usize,
    can_go_back: bool,
) -> Result<Option<Reply>, Stop> {
    let (s, q) = w.list[i];
    let told;
    let q = match &w.p.earlier {
        Some(earlier) if q.safety => {
            told = told_before(w.bank, q, earlier);
            &told
        }
        _ => q,
    };
    let (mut place, mut shown) = w.places.count(i, |k| w.shown(k));
    // The money, given with an amount, is not asked, so not counted.
    for &k in w
        .places
        .money
        .iter()
        .filter(|&&k| k != i && w.money_known(k))
    {
        shown -= 1;
        if k < i {
            place -= 1;
        }
    }
    let progress = fill(
        &w.bank.screen_words.progress,
        &[
            ("section", &(s + 1).to_string()),
            ("sections", &w.bank.sections.len().to_string()),
            ("question", &place.to_string()),
            ("questions", &shown.to_string()),
        ],
    );
    let intro = &w.bank.sections[s].intro;
    let context = Context {
        section_title: &w.bank.sections[s].title,
        lead: (w.opens_section(i) && !w.fixing && !intro.is_empty()).then(|| intro.join(" ")),
        opens_section: w.opens_section(i) || w.fixing,
        // A safety answer from before a break is never offered; one given
        // in this sitting shows again when the person comes back to it.
        current: if w.bank.about_safety(q) && !w.answered_now.contains(&q.id) {
            None
        } else {
            w.p.answers.get(&q.id)
        },
        money_symbol: w.bank.money_symbol(q, &w.p.answers),
        currency: w.bank.currency_of(q),
        offer_sign: w.bank.money_symbol(q, &w.p.answers).is_none() && w.bank.first_of_its_money(q),
        can_go_back,
        progress,
    };
    Ok(match prompter.ask(q, &context)? {
        Reply::Answer(answer) => {
            let answer = q.tidy(answer);
            q.check(&answer).ok().map(|()| Reply::Answer(answer))
        }
        Reply::AnswerIn(answer, money) => {
            let named = context.currency.is_some_and(|c| c.option(&money).is_some());
            (named && q.check(&answer).is_ok()).then_some(Reply::AnswerIn(answer, money))
        }
        Reply::Skip if q.required => None,
        other => Some(other),
    })
}

/// The safety question, asked again after a break, saying just above it what was
/// answered before. Nothing is chosen for the person.
fn told_before(bank: &Bank, q: &Question, earlier: &Earlier) -> Question {
    let note = fill(
        &bank.screen_words.keeping.safety_before,
        &[("answer", &q.shown(&earlier.answer, None))],
    );
    let mut told = q.clone();
    told.help = Some(match &q.help {
        Some(help) => format!("{help} {note}"),
        None => note,
    });
    told
}
