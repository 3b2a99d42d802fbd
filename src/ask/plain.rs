//! The plain prompter: numbered options and typed answers, one line at a time,
//! on ordinary input and output. No cursor tricks, so it suits screen readers
//! and pipes (`printf '1\n3\n' | therapy-choice --plain`).

use std::io::{BufRead, Write};

use super::unfit::said;
use super::{Context, HelpChoice, Page, Prompter, Reply, ReviewLine, ReviewPick, Stop, Went};
use crate::answers::{Answer, Unfit, grouped, sign_hint, split_sign};
use crate::bank::screens::TypingWords;
use crate::bank::{Kind, Question, ScreenWords, Unit};
use crate::page::{Pictures, say, write_page_as};
use crate::text::fill;

pub struct Plain<R, W> {
    input: R,
    output: W,
    /// The columns a line may use.
    width: usize,
    /// The words on the screens (screens.json).
    words: ScreenWords,
    /// The help and the how-to-answer line of the question just before.
    said_before: (String, String),
    /// The options of the question just before, as read.
    options_before: Vec<String>,
    /// "b goes back." is said once, on the first question that can go back.
    back_said: bool,
}

impl<R: BufRead, W: Write> Plain<R, W> {
    pub fn new(input: R, output: W, width: usize, words: ScreenWords) -> Self {
        Plain {
            input,
            output,
            width,
            words,
            said_before: Default::default(),
            options_before: Vec::new(),
            back_said: false,
        }
    }

    fn read(&mut self) -> Result<String, Stop> {
        write!(self.output, "> ")?;
        self.output.flush()?;
        let mut line = String::new();
        if self.input.read_line(&mut line)? == 0 {
            writeln!(self.output)?;
            return Err(Stop::InputEnded);
        }
        Ok(line.trim().to_string())
    }

    /// A question: where it is, its words, its options, and how to answer.
    /// A line said on the question just before (the PHQ-9's stem, "Type 1
    /// to 6.") is not said again: a screen reader reads every line.
    fn print_question(&mut self, question: &Question, context: &Context) -> Result<(), Stop> {
        let width = self.width;
        let help = question.help.clone().filter(|h| self.said_before.0 != *h);
        let how = how_to_answer(&self.words.typing, question, context);
        // A yes-or-no question lists no answers: where a section opens, how
        // to answer it is said even when the question before said it.
        let yes_no = matches!(question.kind, Kind::YesNo) && context.opens_section;
        let new_how = match yes_no {
            true => Some(how.clone()),
            false => not_said_before(&how, &self.said_before.1),
        };
        self.said_before = (question.help.clone().unwrap_or_default(), how.clone());
        let o = &mut self.output;
        writeln!(o)?;
        let place = if context.opens_section {
            format!("{} ({})", context.progress, context.section_title)
        } else {
            context.progress.clone()
        };
        say(o, &place, "", 0, width)?;
        for line in [&context.lead, &help].into_iter().flatten() {
            say(o, line, "", 0, width)?;
        }
        say(o, &question.text, "", 0, width)?;
        self.print_options(question)?;
        let said = self.after_options(question, context, new_how);
        self.back_said |= said.contains(&self.words.typing.back);
        if !said.is_empty() {
            say(&mut self.output, &said.join(" "), "", 0, width)?;
        }
        Ok(())
    }

    /// The options, one a line; none for a yes-or-no question. An item of a summed score (the PHQ-9)
    /// whose options were just read, the same one for one, says them in one
    /// line instead; never an item that can raise the safety flag.
    fn print_options(&mut self, question: &Question) -> Result<(), Stop> {
        let o = &mut self.output;
        let texts: Vec<String> = question
            .kind
            .options()
            .iter()
            .map(|o| o.text.clone())
            .collect();
        let before = std::mem::replace(&mut self.options_before, texts.clone());
        let same = texts == before
            && question.sums_into.is_some()
            && question.flags_safety_above.is_none()
            && !question.safety;
        match &question.kind {
            Kind::Single { options } if same && options.len() >= 3 => {
                let count = options.len().to_string();
                let same = fill(&self.words.typing.same_answers, &[("count", &count)]);
                say(o, &same, "", 0, self.width)?;
            }
            Kind::Single { options } | Kind::Multi { options } => {
                for (n, option) in options.iter().enumerate() {
                    let number = format!("  {}. ", n + 1);
                    say(o, &option.text, &number, number.len(), self.width)?;
                }
            }
            // A yes-or-no question is answered y or n, as the line under it
            // says (1 and 2 still work): no list of two to read.
            _ => {}
        }
        Ok(())
    }

    /// The line under the options: how to answer (when it is new), the
    /// answer kept from before or that Enter skips, and going back.
    fn after_options(
        &self,
        question: &Question,
        context: &Context,
        how: Option<String>,
    ) -> Vec<String> {
        let typing = &self.words.typing;
        let mut said: Vec<String> = how.into_iter().collect();
        if let Some(current) = context.current {
            let answer = question.shown(current, context.money_symbol);
            said.push(fill(&typing.keep, &[("answer", &answer)]));
        } else if !question.required {
            said.push(typing.skip.clone());
        }
        // Going back is said once (and in the opening): said on every
        // section, it is read again and again.
        if context.can_go_back && context.opens_section && !self.back_said {
            said.push(typing.back.clone());
        }
        said
    }

    /// Turn a typed line into a reply, or a sentence saying what was wrong.
    fn understand(
        &self,
        question: &Question,
        context: &Context,
        line: &str,
    ) -> Result<Reply, String> {
        if line.eq_ignore_ascii_case("b") {
            return if context.can_go_back {
                Ok(Reply::Back)
            } else {
                Err(self.words.typing.first_question.clone())
            };
        }
        if line.is_empty() {
            return match context.current {
                Some(current) => Ok(Reply::Answer(current.clone())),
                None if !question.required => Ok(Reply::Skip),
                None => Err(self.words.typing.choose_one.clone()),
            };
        }
        let answer = match &question.kind {
            Kind::Single { options } => Answer::Choice(
                self.pick(line, options.len())?
                    .map_or_else(|| line.to_string(), |k| options[k].id.clone()),
            ),
            Kind::Multi { options } => {
                if line == "0" {
                    Answer::Choices(Vec::new())
                } else {
                    let mut ids = Vec::new();
                    for part in line.split([',', ' ']).filter(|p| !p.is_empty()) {
                        match self.pick(part, options.len())? {
                            Some(k) => ids.push(options[k].id.clone()),
                            None => ids.push(part.to_string()),
                        }
                    }
                    Answer::Choices(ids)
                }
            }
            Kind::YesNo => match line {
                "1" => Answer::YesNo(true),
                "2" => Answer::YesNo(false),
                _ => {
                    return question
                        .read_typed(line)
                        .map(Reply::Answer)
                        .map_err(|why| said(&self.words, &why));
                }
            },
            _ => {
                return read_typed(question, context, line).map_err(|why| said(&self.words, &why));
            }
        };
        question
            .check(&answer)
            .map(|()| Reply::Answer(answer))
            .map_err(|why| match &question.kind {
                Kind::Single { options } => self.not_a_choice(options.len()),
                _ => said(&self.words, &why),
            })
    }

    /// Under a page with pages one key away: a typed letter opens one, then
    /// the person is back here; an empty line goes on.
    fn offer_more(&mut self, page: &Page) -> Result<Went, Stop> {
        if page.more.is_empty() {
            return Ok(Went::On);
        }
        loop {
            say(
                &mut self.output,
                &self.words.typing.page_letters,
                "",
                0,
                self.width,
            )?;
            let line = self.read()?;
            if line.is_empty() {
                return Ok(Went::On);
            }
            let mut chars = line.chars();
            let detail = match (chars.next(), chars.next()) {
                (Some(k), None) => page.behind(k),
                _ => None,
            };
            if let Some(detail) = detail {
                write_page_as(detail, self.width, Pictures::InWords, &mut self.output)?;
                let title = page.title.clone().unwrap_or_default();
                let back = fill(&self.words.typing.back_to, &[("title", &title)]);
                writeln!(self.output)?;
                say(&mut self.output, &back, "", 0, self.width)?;
            }
        }
    }

    fn not_a_choice(&self, count: usize) -> String {
        fill(
            &self.words.typing.not_a_choice,
            &[("count", &count.to_string())],
        )
    }

    /// A number typed for an option: Ok(Some(index)), Ok(None) when it is not a
    /// number at all, or an error when it is a number out of range.
    fn pick(&self, text: &str, count: usize) -> Result<Option<usize>, String> {
        match text.parse::<usize>() {
            Ok(n) if (1..=count).contains(&n) => Ok(Some(n - 1)),
            Ok(_) => Err(self.not_a_choice(count)),
            Err(_) => Ok(None),
        }
    }
}

impl<R: BufRead, W: Write> Prompter for Plain<R, W> {
    fn show(&mut self, page: &Page, can_go_back: bool) -> Result<Went, Stop> {
        write_page_as(page, self.width, Pictures::InWords, &mut self.output)?;
        if !page.urgent {
            return self.offer_more(page);
        }
        // The safety page waits for a typed choice, never an empty line.
        let ask = if can_go_back {
            self.words.typing.urgent_end_back.clone()
        } else {
            self.words.typing.urgent_end.clone()
        };
        loop {
            say(&mut self.output, &ask, "", 0, self.width)?;
            match self.read()?.to_lowercase().as_str() {
                "c" => return Ok(Went::On),
                "b" if can_go_back => return Ok(Went::Back),
                _ => {}
            }
        }
    }

    fn act_now(
        &mut self,
        page: &Page,
        choice: &HelpChoice,
        can_go_back: bool,
    ) -> Result<Went, Stop> {
        write_page_as(page, self.width, Pictures::InWords, &mut self.output)?;
        let typing = &self.words.typing;
        let template = if can_go_back {
            &typing.act_now_end_back
        } else {
            &typing.act_now_end
        };
        let ask = fill(
            template,
            &[("help_now", &choice.help_now), ("go_on", &choice.go_on)],
        );
        // A typed choice, never an empty line.
        loop {
            say(&mut self.output, &ask, "", 0, self.width)?;
            match self.read()?.to_lowercase().as_str() {
                "h" => return Ok(Went::GetHelp),
                "c" => return Ok(Went::On),
                "b" if can_go_back => return Ok(Went::Back),
                _ => {}
            }
        }
    }

    fn ask(&mut self, question: &Question, context: &Context) -> Result<Reply, Stop> {
        loop {
            self.print_question(question, context)?;
            let line = self.read()?;
            match self.understand(question, context, &line) {
                Ok(reply) => return Ok(reply),
                Err(why) => say(&mut self.output, &why, "", 0, self.width)?,
            }
        }
    }

    fn confirm(&mut self, question: &str) -> Result<bool, Stop> {
        loop {
            writeln!(self.output, "\n{question}\n{}", self.words.typing.yes_no)?;
            match self.read()?.to_lowercase().as_str() {
                "y" | "yes" => return Ok(true),
                "n" | "no" => return Ok(false),
                _ => writeln!(self.output, "{}", self.words.typing.y_or_n)?,
            }
        }
    }

    fn review(&mut self, lines: &[ReviewLine], _focus: Option<usize>) -> Result<ReviewPick, Stop> {
        loop {
            let title = &self.words.check.title;
            let line = "=".repeat(console::measure_text_width(title));
            writeln!(self.output, "\n{title}\n{line}")?;
            for (n, line) in lines.iter().enumerate() {
                let number = format!("  {}. ", n + 1);
                let text = format!("{} -> {}", line.question, line.answer);
                say(&mut self.output, &text, &number, number.len(), self.width)?;
            }
            say(
                &mut self.output,
                &self.words.check.typing,
                "",
                0,
                self.width,
            )?;
            let line = self.read()?;
            // Saving takes a typed choice: a stray Enter only asks again.
            if line.eq_ignore_ascii_case("f") {
                return Ok(ReviewPick::Finish);
            }
            if line.eq_ignore_ascii_case("b") {
                return Ok(ReviewPick::Back);
            }
            match self.pick(&line, lines.len()) {
                Ok(Some(k)) => return Ok(ReviewPick::Change(k)),
                _ => {
                    let count = lines.len().to_string();
                    let wrong = fill(&self.words.check.typing_wrong, &[("count", &count)]);
                    writeln!(self.output, "{wrong}")?;
                }
            }
        }
    }
}

/// How to answer this kind of question, in the words of screens.json.
fn how_to_answer(typing: &TypingWords, question: &Question, context: &Context) -> String {
    match &question.kind {
        Kind::Single { options } => fill(&typing.pick, &[("count", &options.len().to_string())]),
        Kind::Multi { .. } => typing.pick_many.clone(),
        Kind::YesNo => typing.yes_no.clone(),
        Kind::Scale {
            min,
            max,
            low,
            high,
        } => fill(
            &typing.rating,
            &[
                ("min", &min.to_string()),
                ("low", low),
                ("max", &max.to_string()),
                ("high", high),
            ],
        ),
        Kind::Number {
            min,
            max,
            unit,
            dont_know,
            ..
        } => {
            let unit = match unit {
                Unit::Word { many, .. } => Some(many.clone()),
                Unit::Money { .. } => context
                    .money_symbol
                    .filter(|s| !s.is_empty())
                    .map(|s| fill(&typing.in_money, &[("symbol", s)])),
                Unit::None => None,
            };
            let max = match unit {
                Some(unit) => format!("{} {unit}", grouped(*max)),
                None => grouped(*max),
            };
            let mut how = fill(
                &typing.typed_number,
                &[("min", &grouped(*min)), ("max", &max)],
            );
            let offered = context.currency.filter(|_| context.offer_sign);
            let signs = sign_hint(&typing.money_sign, offered);
            let dont_know = dont_know
                .as_ref()
                .map(|d| fill(&typing.dont_know, &[("dont_know", d)]));
            for more in [signs, dont_know].into_iter().flatten() {
                how = format!("{how} {more}");
            }
            how
        }
        Kind::Text { max_length } => fill(
            &typing.typed_words,
            &[("max_length", &max_length.to_string())],
        ),
    }
}

/// The sentences of a how-to-answer line that the line before did not say
/// (a typed number's "Type ? for ..." is said on the first of several), or
/// None when all of them were said.
fn not_said_before(how: &str, before: &str) -> Option<String> {
    let said: Vec<&str> = sentences(before).collect();
    let new: Vec<&str> = sentences(how).filter(|s| !said.contains(s)).collect();
    (!new.is_empty()).then(|| new.join(" "))
}

/// A line's sentences, each with its full stop: a stop followed by a space
/// ends one, so "5.5" does not.
fn sentences(line: &str) -> impl Iterator<Item = &str> {
    line.split_inclusive(". ")
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

/// A typed number, scale or words; an amount may carry its money sign
/// ("$120"), which answers the money question too.
fn read_typed(question: &Question, context: &Context, line: &str) -> Result<Reply, Unfit> {
    let (amount, money) = match context.currency {
        Some(currency) => split_sign(line, currency),
        None => (line.to_string(), None),
    };
    let answer = question.read_typed(&amount)?;
    Ok(match (money, &answer) {
        (Some(money), Answer::Number(_)) => Reply::AnswerIn(answer, money),
        _ => Reply::Answer(answer),
    })
}

#[cfg(test)]
mod tests {
    use super::not_said_before;

    #[test]
    fn a_sentence_of_the_how_line_said_just_before_is_left_out() {
        let dont_know = "Type ? for \"I don't know yet\".";
        let before = format!("Type a number, 0 to 5,000. {dont_know}");
        let now = format!("Type a number, 0 to 400 sessions. {dont_know}");
        assert_eq!(
            not_said_before(&now, &before).as_deref(),
            Some("Type a number, 0 to 400 sessions.")
        );
        assert_eq!(not_said_before(&before, &before), None);
        assert_eq!(
            not_said_before("Type 1 to 4.", "Type 1 to 6.").as_deref(),
            Some("Type 1 to 4.")
        );
    }
}
