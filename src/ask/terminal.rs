//! The terminal prompter: one question a screen, drawn whole and wrapped to
//! the window; arrow keys and Enter, Space to pick, Esc or `b` to go back
//! (Esc alone in a typed answer). Nothing is chosen for the person. Drawn on
//! standard error with console.

use console::Key;

use super::menu::{Menu, Picked};
use super::unfit::said;
use super::window::{Screen, Window, key_stop};
use super::{
    Block, Context, HelpChoice, Page, Prompter, Reply, ReviewLine, ReviewPick, Stop, Went,
};
use crate::answers::Answer;
use crate::bank::{Kind, Question, ScreenWords};
use crate::text::fill;

mod typed;

pub struct Terminal {
    win: Window,
}

impl std::ops::Deref for Terminal {
    type Target = Window;
    fn deref(&self) -> &Window {
        &self.win
    }
}

impl Terminal {
    pub fn new(colour: bool, words: ScreenWords) -> Terminal {
        Terminal {
            win: Window::new(colour, words),
        }
    }

    /// A hint, with "Esc goes back." after it when there is somewhere to go.
    fn with_back(&self, hint: &str, can_go_back: bool) -> String {
        if can_go_back {
            format!("{hint} {}", self.words.arrows.esc_back)
        } else {
            hint.to_string()
        }
    }

    /// Where we are, the section, the help and the question, wrapped.
    fn head(&self, context: &Context, question: &Question, hint: &str) -> Vec<String> {
        let mut lines = self.styled(&self.dim, &context.progress);
        lines.extend(self.styled(&self.bold, context.section_title));
        if let Some(lead) = &context.lead {
            lines.extend(self.wrapped(lead, 0));
        }
        lines.push(String::new());
        if let Some(help) = &question.help {
            lines.extend(self.wrapped(help, 0));
            lines.push(String::new());
        }
        lines.extend(self.styled(&self.bold, &question.text));
        lines.extend(self.styled(&self.dim, hint));
        lines
    }

    /// The lines of a page, wrapped to the window.
    fn page_lines(&self, page: &Page) -> Vec<String> {
        let mut lines = Vec::new();
        if let Some(title) = &page.title {
            let style = if page.urgent {
                &self.urgent
            } else {
                &self.bold
            };
            lines.extend(self.styled(style, title));
            lines.push(String::new());
        }
        let mut after_item = false;
        for block in &page.blocks {
            if after_item && !matches!(block, Block::Item(_) | Block::Icons(_)) {
                lines.push(String::new());
            }
            after_item = matches!(block, Block::Item(_) | Block::Icons(_));
            match block {
                Block::Icons(picture) => lines.extend(picture.lines(self.width())),
                Block::Table(table) => {
                    let mut rows = table.lines(self.width()).into_iter();
                    if let Some(head) = rows.next() {
                        lines.push(self.bold.apply_to(head).to_string());
                    }
                    lines.extend(rows);
                }
                Block::Heading(h) => lines.extend(self.styled(&self.bold, h)),
                Block::Text(t) => {
                    lines.extend(self.wrapped(t, 0));
                    lines.push(String::new());
                }
                Block::Item(t) => {
                    for (n, line) in self.wrapped(t, 2).into_iter().enumerate() {
                        lines.push(if n == 0 { format!("- {line}") } else { line });
                    }
                }
            }
        }
        if let Some(line) = page.more_line() {
            if after_item {
                lines.push(String::new());
            }
            lines.extend(self.wrapped(&line, 0));
        }
        while lines.last().is_some_and(|l| l.is_empty()) {
            lines.pop();
        }
        lines
    }

    fn choose(
        &self,
        head: Vec<String>,
        items: &[String],
        cursor: Option<usize>,
        can_go_back: bool,
    ) -> Result<Picked, Stop> {
        self.choose_from(head, items, cursor, can_go_back, false)
    }

    /// Choose one; with `whole`, blank lines give way first in a small window.
    fn choose_from(
        &self,
        head: Vec<String>,
        items: &[String],
        cursor: Option<usize>,
        can_go_back: bool,
        whole: bool,
    ) -> Result<Picked, Stop> {
        Menu {
            head,
            items,
            multi: false,
            cursor,
            picked: Vec::new(),
            can_go_back,
            whole,
        }
        .run(self, &|_| Ok(()))
    }
}

/// What a key does on a page.
enum OnPage {
    /// Scroll to this line.
    Top(usize),
    Say(String),
    Done(Went),
    /// Show a page one key away, then come back here.
    Detail(char),
    Nothing,
}

impl Terminal {
    /// The two footers of a page: under a screen with more below it, and
    /// under its last screen (a typed c, or h or c on the act-now page).
    fn page_footers(
        &self,
        page: &Page,
        can_go_back: bool,
        choice: Option<&HelpChoice>,
    ) -> (String, String) {
        let words = &self.words.arrows;
        let more = self.with_back(&words.page_more, can_go_back);
        let last = match choice {
            Some(c) => self.with_back(
                &fill(
                    &words.act_now_end,
                    &[("help_now", &c.help_now), ("go_on", &c.go_on)],
                ),
                can_go_back,
            ),
            None if page.urgent => self.with_back(&words.page_urgent_end, can_go_back),
            None if !page.more.is_empty() => self.with_back(&words.page_letters, can_go_back),
            None => self.with_back(&words.page_end, can_go_back),
        };
        (more, last)
    }

    /// A page a screen at a time; an urgent one waits for a typed c, the
    /// act-now page (with `choice`) for h (get help now) or c. Once its last
    /// screen is reached, a line said under it (a bare Enter) keeps it the
    /// last screen, with its own footer.
    fn paged(
        &mut self,
        page: &Page,
        can_go_back: bool,
        choice: Option<&HelpChoice>,
    ) -> Result<Went, Stop> {
        let body = self.page_lines(page);
        let (more, last) = self.page_footers(page, can_go_back, choice);
        let mut top = 0;
        let mut error: Option<String> = None;
        let mut at_last = false;
        loop {
            // The rows left for the page under its footer (and error line).
            let errors = error
                .as_ref()
                .map_or(0, |e| self.styled(&self.urgent, &format!("! {e}")).len());
            let room = |footer: &str| {
                let below = 2 + errors + self.styled(&self.dim, footer).len();
                self.rows().saturating_sub(below).max(3)
            };
            let (room_last, room_more) = (room(&last), room(&more));
            if at_last {
                top = top.max(body.len().saturating_sub(room_last));
            }
            let at_end = body.len() - top <= room_last;
            at_last = at_end;
            let (end, footer) = if at_end {
                (body.len(), &last)
            } else {
                ((top + room_more).min(body.len()), &more)
            };
            let mut screen = Screen {
                lines: body[top..end].to_vec(),
                ..Screen::default()
            };
            screen.push(String::new());
            if let Some(e) = &error {
                screen.extend(self.styled(&self.urgent, &format!("! {e}")));
            }
            screen.extend(self.styled(&self.dim, footer));
            self.draw(&screen)?;
            let key = self.term.read_key().map_err(key_stop)?;
            error = None;
            let scroll = Scroll {
                at_end,
                down: end.min(body.len().saturating_sub(room_last)),
                up: top.saturating_sub(room_more),
            };
            match self.on_page(page, key, scroll, can_go_back, choice.is_some())? {
                OnPage::Top(line) => {
                    // Going up leaves the last screen.
                    at_last = at_last && line >= top;
                    top = line;
                }
                OnPage::Say(words) => error = Some(words),
                OnPage::Done(went) => return Ok(went),
                OnPage::Detail(k) => {
                    // A page one key away, then back to this place on this page.
                    let detail = page.behind(k).cloned().unwrap_or_default();
                    self.show(&detail, true)?;
                }
                OnPage::Nothing => {}
            }
        }
    }
}

/// Where a page can scroll to from the screen drawn.
struct Scroll {
    at_end: bool,
    /// The first line of the next screen, and of the one before.
    down: usize,
    up: usize,
}

impl Terminal {
    /// What a key does on a page: `act_now` when it waits for h or c.
    fn on_page(
        &self,
        page: &Page,
        key: Key,
        scroll: Scroll,
        can_go_back: bool,
        act_now: bool,
    ) -> Result<OnPage, Stop> {
        let words = &self.words.arrows;
        Ok(match key {
            Key::Enter | Key::Char(' ') | Key::ArrowDown | Key::PageDown if !scroll.at_end => {
                OnPage::Top(scroll.down)
            }
            Key::Enter | Key::Char(' ') if !page.urgent => OnPage::Done(Went::On),
            Key::Enter | Key::Char(' ') if act_now => OnPage::Say(words.act_now_choose.clone()),
            Key::Enter | Key::Char(' ') => OnPage::Say(words.type_c.clone()),
            Key::Char('h') | Key::Char('H') if act_now => OnPage::Done(Went::GetHelp),
            Key::Char('c') | Key::Char('C') if page.urgent => OnPage::Done(Went::On),
            Key::Char(k) if page.behind(k).is_some() => OnPage::Detail(k),
            Key::ArrowUp | Key::PageUp => OnPage::Top(scroll.up),
            Key::Escape | Key::Char('b') | Key::Char('B') if can_go_back => {
                OnPage::Done(Went::Back)
            }
            Key::Escape | Key::Char('b') | Key::Char('B') => {
                OnPage::Say(words.first_screen.clone())
            }
            Key::Unknown => return Err(Stop::InputEnded),
            _ => OnPage::Nothing,
        })
    }
}

impl Terminal {
    /// One of a list of options; the safety question is drawn whole in a
    /// small window, from its first line.
    fn ask_single(
        &self,
        question: &Question,
        options: &[crate::bank::Choice],
        context: &Context,
        pick_hint: &str,
    ) -> Result<Reply, Stop> {
        let words = &self.words;
        let mut items: Vec<String> = options.iter().map(|o| o.text.clone()).collect();
        if !question.required {
            items.push(words.arrows.skip.clone());
        }
        let cursor = match context.current {
            Some(Answer::Choice(id)) => options.iter().position(|o| &o.id == id),
            _ => None,
        };
        let head = self.head(context, question, pick_hint);
        let whole = question.safety;
        Ok(
            match self.choose_from(head, &items, cursor, context.can_go_back, whole)? {
                Picked::One(k) if k >= options.len() => Reply::Skip,
                Picked::One(k) => Reply::Answer(Answer::Choice(options[k].id.clone())),
                _ => Reply::Back,
            },
        )
    }
}

impl Prompter for Terminal {
    fn show(&mut self, page: &Page, can_go_back: bool) -> Result<Went, Stop> {
        self.paged(page, can_go_back, None)
    }

    fn act_now(
        &mut self,
        page: &Page,
        choice: &HelpChoice,
        can_go_back: bool,
    ) -> Result<Went, Stop> {
        self.paged(page, can_go_back, Some(choice))
    }

    fn ask(&mut self, question: &Question, context: &Context) -> Result<Reply, Stop> {
        let words = &self.words;
        let pick_hint = self.with_back(&words.arrows.pick, context.can_go_back);
        match &question.kind {
            Kind::Single { options } => self.ask_single(question, options, context, &pick_hint),
            Kind::Multi { options } => {
                let picked: Vec<bool> = options
                    .iter()
                    .map(|o| matches!(context.current, Some(Answer::Choices(ids)) if ids.contains(&o.id)))
                    .collect();
                let cursor = context.current.map(|_| 0);
                let items: Vec<String> = options.iter().map(|o| o.text.clone()).collect();
                let hint = self.with_back(&words.arrows.pick_many, context.can_go_back);
                let check = |picks: &[usize]| {
                    let answer =
                        Answer::Choices(picks.iter().map(|&k| options[k].id.clone()).collect());
                    question.check(&answer).map_err(|why| said(words, &why))
                };
                let menu = Menu {
                    head: self.head(context, question, &hint),
                    items: &items,
                    multi: true,
                    cursor,
                    picked,
                    can_go_back: context.can_go_back,
                    whole: false,
                };
                Ok(match menu.run(self, &check)? {
                    Picked::Many(picks) => Reply::Answer(Answer::Choices(
                        picks.iter().map(|&k| options[k].id.clone()).collect(),
                    )),
                    _ => Reply::Back,
                })
            }
            Kind::YesNo => {
                let cursor = match context.current {
                    Some(Answer::YesNo(b)) => Some(if *b { 0 } else { 1 }),
                    _ => None,
                };
                let head = self.head(context, question, &pick_hint);
                let items = [words.yes.clone(), words.no.clone()];
                Ok(
                    match self.choose(head, &items, cursor, context.can_go_back)? {
                        Picked::One(k) => Reply::Answer(Answer::YesNo(k == 0)),
                        _ => Reply::Back,
                    },
                )
            }
            Kind::Scale {
                min,
                max,
                low,
                high,
            } => {
                let items: Vec<String> = (*min..=*max)
                    .map(|n| match n {
                        n if n == *min => format!("{n}  {low}"),
                        n if n == *max => format!("{n}  {high}"),
                        n => n.to_string(),
                    })
                    .collect();
                let cursor = match context.current {
                    Some(Answer::Scale(n)) => Some((n - min) as usize),
                    _ => None,
                };
                let head = self.head(context, question, &pick_hint);
                Ok(
                    match self.choose(head, &items, cursor, context.can_go_back)? {
                        Picked::One(k) => Reply::Answer(Answer::Scale(min + k as u8)),
                        _ => Reply::Back,
                    },
                )
            }
            Kind::Number { .. } | Kind::Text { .. } => self.typed(question, context),
        }
    }

    fn confirm(&mut self, question: &str) -> Result<bool, Stop> {
        let head = self.styled(&self.bold, question);
        let items = [self.words.yes.clone(), self.words.no.clone()];
        loop {
            if let Picked::One(k) = self.choose(head.clone(), &items, None, false)? {
                return Ok(k == 0);
            }
        }
    }

    fn review(&mut self, lines: &[ReviewLine], focus: Option<usize>) -> Result<ReviewPick, Stop> {
        let words = &self.words.check;
        let mut head = self.styled(&self.bold, &words.title);
        head.extend(self.styled(&self.dim, &words.arrows));
        let mut items = vec![words.finish.clone()];
        items.extend(
            lines
                .iter()
                .map(|l| format!("{} -> {}", l.question, l.answer)),
        );
        Ok(
            match self.choose(head, &items, focus.map(|k| k + 1), true)? {
                Picked::One(0) => ReviewPick::Finish,
                Picked::One(k) => ReviewPick::Change(k - 1),
                _ => ReviewPick::Back,
            },
        )
    }
}
