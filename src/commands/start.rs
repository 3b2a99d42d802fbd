//! `therapy-choice start`: ask a person the questions, in the terminal or one
//! line at a time, keeping every answer as they go, then save their summary.
//! An unfinished questionnaire is offered again on the next start.

use std::cell::RefCell;
use std::collections::BTreeSet;
use std::io::{IsTerminal, Write};
use std::path::Path;

use super::finish::{Ending, Given, Out, check_out, finish};
use crate::answer::Earlier;
use crate::answers::Answers;
use crate::answers::file::read_lenient;
use crate::ask::{
    Block, Context, HelpChoice, Page, Plain, Progress, Prompter, Reply, ReviewLine, ReviewPick,
    Stop, Terminal, Went, walk,
};
use crate::bank::Bank;
use crate::bank::Question;
use crate::cli::StartArgs;
use crate::failure::{Failure, stopped};
use crate::interrupt::Session;
use crate::render::screen::Drawing;
use crate::render::{Neutral, neutral};
use crate::store::state::{Saved, SavedEarlier, StateError, StateFolder, state_folder_path};
use crate::text::fill;

pub fn start(args: StartArgs, session: &Session) -> Result<(), Failure> {
    // Only asking has a terminal to put back and answers to keep; the other
    // commands keep the default signal handling.
    session.terminal.remember();
    session.terminal.restore_on_panic();
    session.listen().map_err(Failure::Terminal)?;
    let stop = |stop| stopped(stop, session);
    let out = check_out(args.out.as_deref())?;
    let bank = Bank::load(args.questions.as_deref())?;
    let words = &bank.screen_words;
    let interactive =
        !args.plain && std::io::stdin().is_terminal() && std::io::stderr().is_terminal();
    let folder = open_folder(&bank)?;
    let (mut prompter, drawing) = prompter_for(&bank, interactive, session);
    let (folder, progress) = begin(&bank, folder, args.fresh, prompter.as_mut(), session)?;
    let warning: RefCell<Option<String>> = RefCell::new(None);
    let mut warned = false;
    let mut keep = |p: &Progress| {
        if let Some(f) = &folder {
            // A signal waits for the save in flight and what it says, so
            // "your answers so far are saved" is true when it is said.
            let _quiet = session.writing.hold_signals();
            match f.save(&saved(&bank, p)) {
                Ok(()) => session.keeping.set_saving(!p.answers.is_empty()),
                Err(e) => {
                    session.keeping.set_save_failed();
                    if !std::mem::replace(&mut warned, true) {
                        *warning.borrow_mut() = Some(not_kept(&bank, &f.file(), &e));
                    }
                }
            }
        }
    };
    let mut told = Told {
        inner: prompter.as_mut(),
        warning: &warning,
        title: &words.keeping.not_kept_title,
    };
    let walked = walk(&bank, &mut told, progress, &mut keep);
    drop(prompter);
    // A safety answer taken back (before a break, or in this sitting) comes with it.
    let Progress {
        answers, earlier, ..
    } = match walked {
        Err(Stop::GetHelp) => return stop_for_help(&bank, interactive, session),
        other => other.map_err(stop)?,
    };
    if interactive {
        session.terminal.restore();
        // Only tidying the screen; the summary is already saved.
        let _ = console::Term::stderr().clear_screen();
    }
    let walked = Given {
        answers: &answers,
        earlier: earlier.as_ref(),
        when: None,
    };
    save_summary(
        &bank,
        folder.as_ref(),
        walked,
        (&out, &args),
        drawing,
        session,
    )
}

/// Where the answers are kept as the person goes (None when there is no
/// place, or when unfinished answers there could not be set aside), and the
/// answers to go on from.
fn begin(
    bank: &Bank,
    mut folder: Option<StateFolder>,
    fresh: bool,
    prompter: &mut dyn Prompter,
    session: &Session,
) -> Result<(Option<StateFolder>, Progress), Failure> {
    let stop = |stop| stopped(stop, session);
    if fresh && let Some(f) = &folder {
        // Set aside, never deleted; if that fails, nothing is written over them.
        if !set_aside_for_fresh(bank, f, prompter).map_err(stop)? {
            folder = None;
        }
    }
    // "Your answers so far are saved" only once there are answers kept:
    // unfinished ones from before, or the first one given now.
    session
        .keeping
        .set_saving(folder.as_ref().is_some_and(|f| f.file().exists()));
    let (progress, can_keep) = resume(bank, folder.as_ref(), prompter).map_err(stop)?;
    if !can_keep {
        folder = None;
        session.keeping.set_saving(false);
    }
    Ok((folder, progress))
}

/// Save the summary, then forget the unfinished answers it holds.
fn save_summary(
    bank: &Bank,
    folder: Option<&StateFolder>,
    given: Given,
    (out, args): (&Out, &StartArgs),
    drawing: Drawing,
    session: &Session,
) -> Result<(), Failure> {
    let hint = match folder {
        Some(_) if session.keeping.saving() => format!("\n{}", bank.screen_words.keeping.kept),
        _ => String::new(),
    };
    let saved_now = || {
        session.keeping.set_summary_saved();
        match folder {
            // Answers that cannot be removed are said, never left in silence.
            Some(f) => f.clear().map_err(|source| Failure::AnswersLeft {
                file: f.file(),
                source,
            }),
            None => Ok(()),
        }
    };
    let ending = Ending {
        out,
        drawing,
        detail: args.detail,
        typed_more: drawing != Drawing::Unicode,
        // Every answer that raises the flag showed the whole safety page.
        help_shown: true,
        hint: &hint,
        saved_now: &saved_now,
        session,
    };
    finish(bank, given, &ending)?;
    Ok(())
}

/// The folder for unfinished answers, with its lock; None when there is no
/// place to keep them (the questionnaire still works, and says so).
fn open_folder(bank: &Bank) -> Result<Option<StateFolder>, Failure> {
    Ok(
        match state_folder_path()?.map(|path| StateFolder::open(&path)) {
            Some(Ok(folder)) => Some(folder),
            Some(Err(busy @ StateError::Busy(_))) => return Err(busy.into()),
            Some(Err(e)) => {
                let _ = writeln!(
                    std::io::stderr().lock(),
                    "{}\n{}",
                    neutral(&e.to_string()),
                    bank.screen_words.keeping.cannot_keep
                );
                None
            }
            None => None,
        },
    )
}

/// Menus in a terminal, else one line at a time.
fn prompter_for(bank: &Bank, interactive: bool, session: &Session) -> (Box<dyn Prompter>, Drawing) {
    let words = &bank.screen_words;
    if interactive {
        // Ignored on purpose: a terminal that refuses the change keeps Ctrl-C
        // a signal, which the listener turns into the same stop (130, answers kept).
        let _ = session.terminal.ctrl_c_as_key();
        (
            Box::new(Terminal::new(
                console::colors_enabled_stderr(),
                words.clone(),
            )),
            Drawing::Unicode,
        )
    } else {
        (
            // Plain output carries no escapes of its own: neutralise all of it,
            // answers echoed on the check screen included.
            Box::new(Plain::new(
                std::io::stdin().lock(),
                Neutral::new(std::io::stdout().lock()),
                crate::text::wrap::output_width(),
                words.clone(),
            )),
            Drawing::Ascii,
        )
    }
}

/// Starting over: the unfinished answers are set aside under a new name,
/// never deleted, and where they are is said (and that they hold a yes to
/// the safety question, when they do). False when they could not be set
/// aside: then nothing is kept as the person goes, so nothing is written
/// over them.
fn set_aside_for_fresh(
    bank: &Bank,
    folder: &StateFolder,
    prompter: &mut dyn Prompter,
) -> Result<bool, Stop> {
    let words = &bank.screen_words.keeping;
    let (texts, kept) = match folder.set_aside_fresh() {
        Ok(None) => return Ok(true),
        Ok(Some((aside, saved))) => {
            let file = aside.display().to_string();
            let mut texts = vec![fill(&words.fresh_set_aside, &[("file", &file)])];
            if saved.is_some_and(|saved| held_yes(bank, &saved)) {
                texts.push(words.fresh_held_yes.clone());
            }
            (texts, true)
        }
        Err(e) => {
            let (file, error) = (folder.file().display().to_string(), e.to_string());
            let said = fill(
                &words.fresh_not_set_aside,
                &[("file", &file), ("error", &error)],
            );
            (vec![said], false)
        }
    };
    prompter.show(
        &Page {
            title: Some(words.fresh_title.clone()),
            blocks: texts.iter().map(|t| Block::Text(neutral(t))).collect(),
            urgent: false,
            ..Default::default()
        },
        false,
    )?;
    Ok(kept)
}

/// Whether unfinished answers hold a yes (or rather not say) to the safety
/// question, or one kept from before a break.
fn held_yes(bank: &Bank, saved: &Saved) -> bool {
    let (answers, _) = read_lenient(bank, &saved.answers);
    saved.earlier_safety.is_some() || bank.safety_said_yes(&answers)
}

fn saved(bank: &Bank, p: &Progress) -> Saved {
    Saved {
        bank_id: bank.id.clone(),
        bank_version: bank.version.clone(),
        bank_hash: bank.hash.clone(),
        saved_at: Some(chrono::Local::now().fixed_offset()),
        answers: p.answers.to_file_json()["answers"].clone(),
        asked: p.asked.iter().cloned().collect(),
        earlier_safety: p.earlier.as_ref().map(|e| SavedEarlier {
            answer: e.answer.to_json(),
            given: e.given,
            taken_back: e.taken_back,
            with: e
                .with
                .iter()
                .map(|(id, a)| (id.clone(), a.to_json()))
                .collect(),
        }),
    }
}

/// "I will get help now": the act-now lines stay on the screen (written to
/// standard output, after the terminal is put back), with what happens to
/// the answers and how to come back. The answers so far are already kept.
fn stop_for_help(bank: &Bank, interactive: bool, session: &Session) -> Result<(), Failure> {
    if interactive {
        session.terminal.restore();
        let _ = console::Term::stderr().clear_screen();
    }
    // Said only when true: a save that failed, or no place to keep them, is said.
    let Some(page) = crate::page::stop_page(&bank.evidence, session.keeping.saving()) else {
        return Ok(());
    };
    let mut out = std::io::stdout().lock();
    crate::ask::write_page(&page, crate::text::wrap::output_width(), &mut out)
        .and_then(|()| out.flush())
        .map_err(crate::failure::output)
}

/// A yes, or rather not say, to the safety question before this break: the
/// one kept from an earlier break, else the one in the saved answers.
fn earlier(bank: &Bank, saved: &Saved, answers: &Answers) -> Option<Earlier> {
    let q = bank.questions().map(|(_, q)| q).find(|q| q.safety)?;
    let (answers, given, taken_back) = match &saved.earlier_safety {
        Some(kept) => {
            let mut given = kept.with.clone();
            given.insert(q.id.clone(), kept.answer.clone());
            (
                read_lenient(bank, &given.into()).0,
                kept.given,
                kept.taken_back,
            )
        }
        None => (answers.clone(), saved.saved_at, false),
    };
    let answer = answers.get(&q.id)?.clone();
    // The questions its answer brought ("right now?").
    let mut with = Answers::default();
    for (_, other) in bank.questions() {
        if let Some(a) = answers.get(&other.id)
            && bank.about_safety(other)
            && !other.safety
        {
            with.insert(other.id.clone(), a.clone());
        }
    }
    q.raises_safety(&answer).then_some(Earlier {
        answer,
        given,
        with,
        taken_back,
    })
}

/// Offer the unfinished questionnaire, keeping the answers that still fit;
/// with whether answers can be kept as the person goes (not when unfinished
/// ones the person chose not to go on with could not be set aside).
fn resume(
    bank: &Bank,
    folder: Option<&StateFolder>,
    prompter: &mut dyn Prompter,
) -> Result<(Progress, bool), Stop> {
    let Some(folder) = folder else {
        return Ok((Progress::default(), true));
    };
    let saved = match folder.load() {
        Ok(Some(saved)) => saved,
        Ok(None) => return Ok((Progress::default(), true)),
        Err(message) => {
            prompter.show(
                &Page {
                    title: None,
                    blocks: vec![Block::Text(neutral(&message))],
                    urgent: false,
                    ..Default::default()
                },
                false,
            )?;
            return Ok((Progress::default(), true));
        }
    };
    let (answers, dropped) = read_lenient(bank, &saved.answers);
    let earlier = earlier(bank, &saved, &answers);
    let asked: BTreeSet<String> = saved
        .asked
        .iter()
        .filter(|id| !dropped.contains(id) && bank.question(id).is_some())
        .cloned()
        .collect();
    let shown = bank
        .questions()
        .filter(|(_, q)| bank.is_shown(q, &answers))
        .count();
    let words = &bank.screen_words.keeping;
    let (answered, shown) = (answers.len().to_string(), shown.to_string());
    let question = match saved.saved_at {
        Some(t) => fill(
            &words.unfinished_from,
            &[
                ("date", &t.format("%A %-d %B").to_string()),
                ("time", &t.format("%H:%M").to_string()),
                ("answered", &answered),
                ("shown", &shown),
            ],
        ),
        None => fill(
            &words.unfinished,
            &[("answered", &answered), ("shown", &shown)],
        ),
    };
    if !prompter.confirm(&question)? {
        // Starting over: set aside, never deleted.
        return Ok((
            Progress::default(),
            set_aside_for_fresh(bank, folder, prompter)?,
        ));
    }
    say_dropped(bank, &dropped, prompter)?;
    Ok((
        Progress {
            answers,
            asked,
            earlier,
        },
        true,
    ))
}

/// The answers that no longer fit the questions, named (they were set aside).
fn say_dropped(bank: &Bank, dropped: &[String], prompter: &mut dyn Prompter) -> Result<(), Stop> {
    if dropped.is_empty() {
        return Ok(());
    }
    let words = &bank.screen_words.keeping;
    let mut blocks = vec![Block::Text(words.changed.clone())];
    blocks.extend(dropped.iter().map(|id| {
        Block::Item(
            bank.question(id)
                .map_or_else(|| neutral(id), |q| q.text.clone()),
        )
    }));
    prompter.show(
        &Page {
            title: Some(words.changed_title.clone()),
            blocks,
            urgent: false,
            ..Default::default()
        },
        false,
    )?;
    Ok(())
}

/// The warning given once when the answers can no longer be kept.
fn not_kept(bank: &Bank, file: &Path, error: &std::io::Error) -> String {
    neutral(&fill(
        &bank.screen_words.keeping.not_kept,
        &[
            ("error", &error.to_string()),
            ("file", &file.display().to_string()),
        ],
    ))
}

/// A prompter that first shows a waiting warning (once), then does as asked.
struct Told<'a> {
    inner: &'a mut dyn Prompter,
    warning: &'a RefCell<Option<String>>,
    /// The warning's title.
    title: &'a str,
}

impl Told<'_> {
    fn tell(&mut self) -> Result<(), Stop> {
        let Some(text) = self.warning.borrow_mut().take() else {
            return Ok(());
        };
        // Not urgent: only the safety page waits for a typed choice.
        self.inner
            .show(
                &Page {
                    title: Some(self.title.to_string()),
                    blocks: vec![Block::Text(text)],
                    urgent: false,
                    ..Default::default()
                },
                false,
            )
            .map(|_| ())
    }
}

impl Prompter for Told<'_> {
    fn show(&mut self, page: &Page, can_go_back: bool) -> Result<Went, Stop> {
        self.tell()?;
        self.inner.show(page, can_go_back)
    }
    fn act_now(&mut self, page: &Page, choice: &HelpChoice, back: bool) -> Result<Went, Stop> {
        self.tell()?;
        self.inner.act_now(page, choice, back)
    }
    fn ask(&mut self, question: &Question, context: &Context) -> Result<Reply, Stop> {
        self.tell()?;
        self.inner.ask(question, context)
    }
    fn review(&mut self, lines: &[ReviewLine], focus: Option<usize>) -> Result<ReviewPick, Stop> {
        self.tell()?;
        self.inner.review(lines, focus)
    }
    fn confirm(&mut self, question: &str) -> Result<bool, Stop> {
        self.tell()?;
        self.inner.confirm(question)
    }
}
