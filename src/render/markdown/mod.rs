//! The summary as Markdown, for the person and their clinician. Rendered from
//! the record alone, through the summary's view-model; what matters most comes
//! first, the safety flag above all.

mod escape;
mod layout;
mod writer;

pub use escape::md;
pub use writer::Markdown;

use crate::bank::Outcome;
use crate::record::Record;
use crate::render::studies::OutcomePart;
use crate::render::summary::Summary;

pub fn render(record: &Record) -> String {
    let mut m = Markdown::new();
    layout::summary(&mut m, &Summary::of(record));
    m.into_string()
}

/// One outcome page of the record's facts as Markdown.
pub fn outcome_page(record: &Record, o: &Outcome) -> String {
    let mut m = Markdown::new();
    layout::outcome(&mut m, &OutcomePart::of(&record.evidence, o));
    m.into_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::Answer;

    use pulldown_cmark::{Event, Parser, Tag, TagEnd};

    /// The headings of a Markdown text as a CommonMark parser reads them, and
    /// how many code blocks, HTML blocks, rules and quotes it found.
    fn outline(markdown: &str) -> (Vec<String>, usize) {
        let mut headings = Vec::new();
        let mut in_heading = false;
        let mut raw = 0;
        for event in Parser::new(markdown) {
            match event {
                Event::Start(Tag::Heading { .. }) => {
                    in_heading = true;
                    headings.push(String::new());
                }
                Event::End(TagEnd::Heading(_)) => in_heading = false,
                Event::Text(t) | Event::Code(t) if in_heading => {
                    headings.last_mut().unwrap().push_str(&t);
                }
                Event::Start(Tag::CodeBlock(_) | Tag::HtmlBlock | Tag::BlockQuote(_))
                | Event::Html(_)
                | Event::Rule => raw += 1,
                _ => {}
            }
        }
        (headings, raw)
    }

    fn summary_with(texts: &[(&str, &str)]) -> String {
        let bank = crate::fixtures::bank();
        let mut answers = crate::fixtures::example("first-episode");
        for (id, text) in texts {
            assert!(bank.question(id).is_some(), "{id}");
            answers.insert(id.to_string(), Answer::Text(text.to_string()));
        }
        let when = crate::fixtures::noon();
        render(&Record::build(bank, &answers, when))
    }

    const SPOOFS: &str = "Fine.\nSAFETY: none\n===\nAlso fine\n---\n    SAFETY: none (indented code)\n\n\
        # SAFETY: none\n## Result\nSAFETY\n= = =\n- - -\n* * *\n___\n1. list\n2) list\n+ item\n\
        - item\n> quote\n<h1>SAFETY: none</h1>\n```\nfenced\n```\n~~~\nfenced\n~~~\n\
        [link]: http://example.com\n\t\tTabbed\n: definition\n| a | b |\n|---|---|";

    #[test]
    fn free_text_can_only_be_a_paragraph_never_a_heading() {
        let plain = summary_with(&[("notes.note", "Nothing."), ("notes.label", "None.")]);
        let spoofed = summary_with(&[("notes.note", SPOOFS), ("notes.label", SPOOFS)]);
        let (own, own_raw) = outline(&plain);
        assert!(own.len() > 5, "{own:?}");
        let (found, raw) = outline(&spoofed);
        assert_eq!(found, own, "the headings are exactly the program's own");
        assert_eq!(
            raw, own_raw,
            "no code block, HTML, rule or quote from free text"
        );
        // Nothing the person wrote is lost: each line is still there as text.
        for words in ["SAFETY: none (indented code)", "Tabbed", "fenced"] {
            assert!(spoofed.contains(words), "{words}");
        }
    }

    #[test]
    fn a_line_is_escaped_only_where_markdown_would_read_it() {
        assert_eq!(md("short-term, 2.5 hours"), "short-term, 2.5 hours");
        assert_eq!(
            md("12. twelve\n  ===\n\n-x"),
            "12\\. twelve  \n\\===  \n\\-x"
        );
    }
}
