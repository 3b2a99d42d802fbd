//! The words on the screens while a person answers (questions/screens.json):
//! where they are, how to answer, what went wrong, the check screen, the pager
//! and the messages about unfinished answers, with {placeholders}. Content only;
//! a bank folder without screens.json gets the words this program ships with.

use serde::Deserialize;

use super::Problem;

/// The file these words live in.
pub const FILE: &str = "screens.json";

const SHIPPED: &str = include_str!("../../questions/screens.json");

/// A group of words: each field a text, with the placeholders it must hold.
macro_rules! words {
    ($(#[$doc:meta])* $name:ident { $($(#[$fdoc:meta])* $field:ident: [$($need:literal),*]),* $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Default, Deserialize, PartialEq)]
        #[serde(deny_unknown_fields)]
        pub struct $name {
            $($(#[$fdoc])* pub $field: String,)*
        }

        impl $name {
            /// Each text with its name and the placeholders it must hold.
            fn each(&self) -> Vec<(&'static str, &String, &'static [&'static str])> {
                vec![$((stringify!($field), &self.$field, &[$($need),*])),*]
            }
        }
    };
}

words!(
    /// The terminal's screens, answered with the arrow keys.
    ArrowWords {
        pick: [],
        pick_many: [],
        /// {max} holds the unit too ("80 hours").
        typed_number: ["min", "max"],
        typed_number_dont_know: ["min", "max", "dont_know"],
        typed_words: ["max_length"],
        /// Added after a hint when there is a screen to go back to.
        esc_back: [],
        /// The last item of an optional question's list.
        skip: [],
        page_more: [],
        page_end: [],
        page_urgent_end: [],
        /// Under a page with pages one key away.
        page_letters: [],
        type_c: [],
        /// The act-now page's choice, typed: get help now (stop) or go on.
        act_now_end: ["help_now", "go_on"],
        /// Said when a key other than h or c is pressed there.
        act_now_choose: [],
        first_screen: [],
        move_first: [],
        choose_one: [],
        type_an_answer: [],
        you_typed: ["problem", "typed"],
        /// After a money question's hint while its money is not known yet:
        /// the signs that may be typed with the amount.
        money_sign: ["signs"],
        more_above: [],
        more_below: [],
    }
);

words!(
    /// Plain mode (`--plain`): one line typed at a time.
    TypingWords {
        pick: ["count"],
        pick_many: [],
        yes_no: [],
        rating: ["min", "low", "max", "high"],
        /// {max} holds the unit too ("80 hours", "500 (in $)").
        typed_number: ["min", "max"],
        in_money: ["symbol"],
        /// After a money question's hint while its money is not known yet:
        /// the signs that may be typed with the amount.
        money_sign: ["signs"],
        dont_know: ["dont_know"],
        typed_words: ["max_length"],
        keep: ["answer"],
        skip: [],
        back: [],
        first_question: [],
        choose_one: [],
        not_a_choice: ["count"],
        urgent_end: [],
        urgent_end_back: [],
        /// Under a page with pages one key away.
        page_letters: [],
        /// Said after a page one key away, back on the page it came from.
        back_to: ["title"],
        /// The act-now page's choice, typed: get help now (stop) or go on.
        act_now_end: ["help_now", "go_on"],
        act_now_end_back: ["help_now", "go_on"],
        y_or_n: [],
        /// In place of the options when they are the ones just read, one
        /// for one (the PHQ-9's four, nine times): how many, to type.
        same_answers: ["count"],
    }
);

words!(
    /// Why an answer does not fit, in either way of answering. {typed} is
    /// what the person typed or picked.
    UnfitWords {
        not_an_option: ["typed"],
        picked_twice: ["typed"],
        none_picked: [],
        outside: ["typed", "min", "max"],
        not_whole: ["typed"],
        not_a_number: ["typed"],
        too_long: ["length", "most"],
        not_a_rating: ["min", "max"],
        not_yes_or_no: [],
        /// Any other reason (none that typing can give today).
        other: [],
    }
);

words!(
    /// The screen that shows every answer before the summary is saved.
    CheckWords {
        title: [],
        arrows: [],
        finish: [],
        typing: [],
        typing_wrong: ["count"],
        /// An optional block in one line: the offer's answer and its answers.
        block: ["answer", "answers"],
        /// The same, for a block whose answers add up to a score (the PHQ-9).
        block_score: ["answer", "answers", "score", "out_of"],
        one_answer: [],
        answers: ["count"],
    }
);

words!(
    /// Around the result: the pager's footers and where the files are.
    ResultWords {
        more: [],
        more_narrow: [],
        left: [],
        /// Plain mode, under the result's first part: the rest is in the
        /// summary, and the letter (`more_key`) that shows it here.
        typed_more: ["key"],
        more_key: [],
        saved_in: [],
    }
);

words!(
    /// Unfinished answers: offered again, set aside, or not kept.
    KeepingWords {
        unfinished: ["answered", "shown"],
        unfinished_from: ["date", "time", "answered", "shown"],
        changed_title: [],
        changed: [],
        cannot_keep: [],
        not_kept_title: [],
        not_kept: ["file", "error"],
        kept: [],
        /// Above the safety question asked again after a break.
        safety_before: ["answer"],
        /// In the summary's safety alert and the clinician's box, after the
        /// earlier answer, when the new one is different: when it was given,
        safety_given: ["date", "time"],
        /// (when that time is not known),
        safety_given_undated: [],
        /// the answer after the break,
        safety_again: ["again"],
        /// and what the earlier answer brought, each (before the break too).
        safety_given_with: ["question", "answer"],
        /// Instead of those three, for an answer changed later in the same
        /// sitting (yes, back, no): the answer it was changed to,
        safety_taken_back: ["again"],
        /// and what the earlier answer brought, each; or, when only "right
        /// now" was changed, each such question and its answer after.
        safety_taken_back_with: ["question", "answer"],
        safety_now_taken_back: ["question", "again"],
        /// `start --fresh` (or "no" to going on): the unfinished answers are
        /// set aside under a new name, never deleted; the page's title,
        fresh_title: [],
        /// where they are kept,
        fresh_set_aside: ["file"],
        /// when they hold a yes (or rather not say) to the safety question,
        fresh_held_yes: [],
        /// and when they could not be set aside (they are not written over).
        fresh_not_set_aside: ["file", "error"],
    }
);

words!(
    /// `therapy-choice forget`: what is kept, the typed confirmation, what
    /// was removed.
    ForgetWords {
        listed: [],
        /// Above the files kept in one folder.
        in_folder: ["folder"],
        /// What each kept file is, beside its path.
        unfinished: [],
        set_aside: [],
        cut_short: [],
        summary: [],
        /// The typed confirmation: the word to type is `forget`.
        ask: [],
        kept: [],
        removed: [],
        nothing: ["folder"],
        summaries_kept: ["folder"],
        elsewhere: [],
        others_kept: ["folder"],
    }
);

/// Every word on the screens while a person answers.
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ScreenWords {
    /// Where the person is.
    pub progress: String,
    pub yes: String,
    pub no: String,
    pub arrows: ArrowWords,
    pub typing: TypingWords,
    pub unfit: UnfitWords,
    pub check: CheckWords,
    pub result: ResultWords,
    pub keeping: KeepingWords,
    pub forget: ForgetWords,
}

impl ScreenWords {
    /// The words this program ships with.
    pub fn shipped() -> ScreenWords {
        serde_json::from_str(SHIPPED).unwrap_or_default()
    }

    /// The words of screens.json, or the shipped ones when `text` is None (a
    /// bank folder without the file). Every problem is named by its place.
    pub fn from_text(text: Option<&str>) -> Result<ScreenWords, Vec<Problem>> {
        let words: ScreenWords = match text {
            None => return Ok(ScreenWords::shipped()),
            // A key given twice anywhere is refused, as in every bank file.
            Some(text) => crate::text::strict_json::parse(text).map_err(|e| {
                let message = e.to_string();
                let message = message.split(" at line ").next().unwrap_or(&message);
                vec![Problem::new(
                    FILE,
                    &format!("line {}, column {}", e.line(), e.column()),
                    message.to_string(),
                )]
            })?,
        };
        let found = words.problems();
        if found.is_empty() {
            Ok(words)
        } else {
            Err(found)
        }
    }

    /// Each text with its place and the placeholders it must hold.
    fn each(&self) -> Vec<(String, &String, &'static [&'static str])> {
        let mut all = vec![
            (
                "progress".to_string(),
                &self.progress,
                &["question", "questions"][..],
            ),
            ("yes".to_string(), &self.yes, &[][..]),
            ("no".to_string(), &self.no, &[][..]),
        ];
        let groups = [
            ("arrows", self.arrows.each()),
            ("typing", self.typing.each()),
            ("unfit", self.unfit.each()),
            ("check", self.check.each()),
            ("result", self.result.each()),
            ("keeping", self.keeping.each()),
            ("forget", self.forget.each()),
        ];
        for (group, texts) in groups {
            all.extend(
                texts
                    .into_iter()
                    .map(|(name, text, needs)| (format!("{group}.{name}"), text, needs)),
            );
        }
        all
    }

    /// Empty texts, missing placeholders and placeholders nothing fills.
    pub fn problems(&self) -> Vec<Problem> {
        let mut found = Vec::new();
        for (place, text, needs) in self.each() {
            if text.trim().is_empty() {
                found.push(Problem::new(FILE, &place, "is empty".into()));
                continue;
            }
            for need in needs {
                if !text.contains(&format!("{{{need}}}")) {
                    found.push(Problem::new(
                        FILE,
                        &place,
                        format!("needs the placeholder {{{need}}}"),
                    ));
                }
            }
            // Where we are may also name the section.
            let may: &[&str] = if place == "progress" {
                &["question", "questions", "section", "sections"]
            } else {
                needs
            };
            for name in placeholders(text) {
                if !may.contains(&name) {
                    found.push(Problem::new(
                        FILE,
                        &place,
                        format!("has the placeholder {{{name}}}, which nothing fills in"),
                    ));
                }
            }
        }
        found
    }
}

/// The names inside {braces} in a text.
fn placeholders(text: &str) -> Vec<&str> {
    text.split('{')
        .skip(1)
        .filter_map(|part| part.split_once('}').map(|(name, _)| name))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::ScreenWords;

    fn said(words: &ScreenWords) -> Vec<String> {
        words.problems().iter().map(|p| p.to_string()).collect()
    }

    #[test]
    fn the_shipped_words_are_complete() {
        let words = ScreenWords::shipped();
        assert_eq!(said(&words), Vec::<String>::new());
        assert_eq!(words.check.title, "Check your answers");
    }

    #[test]
    fn a_missing_placeholder_is_named_with_its_file_and_place() {
        let mut words = ScreenWords::shipped();
        words.typing.not_a_choice = "That is not one of the choices.".into();
        assert_eq!(
            said(&words),
            ["screens.json: typing.not_a_choice: needs the placeholder {count}"]
        );
    }

    #[test]
    fn an_empty_word_and_a_placeholder_nothing_fills_are_named() {
        let mut words = ScreenWords::shipped();
        words.no = " ".into();
        words.progress = words.progress.replace("{questions}", "{cout}");
        assert_eq!(
            said(&words),
            [
                "screens.json: progress: needs the placeholder {questions}",
                "screens.json: progress: has the placeholder {cout}, which nothing fills in",
                "screens.json: no: is empty",
            ]
        );
    }

    #[test]
    fn a_missing_file_gives_the_shipped_words_and_a_missing_word_is_named() {
        assert_eq!(ScreenWords::from_text(None), Ok(ScreenWords::shipped()));
        let without_yes = super::SHIPPED.replacen("\"yes\": \"Yes\",", "", 1);
        let found = ScreenWords::from_text(Some(&without_yes)).unwrap_err();
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].file, "screens.json");
        assert!(
            found[0].message.contains("missing field `yes`"),
            "{found:?}"
        );
    }
}
