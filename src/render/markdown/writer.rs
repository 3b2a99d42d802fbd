//! The Markdown being written: every text escaped where Markdown would read
//! it, markup only from literals.

use super::escape::escaped;
use crate::render::markup::Markup;
use crate::render::neutral;

#[derive(Debug, Default)]
pub struct Markdown {
    out: String,
}

impl Markdown {
    pub fn new() -> Markdown {
        Markdown::default()
    }

    /// Whether text written now opens a block: nothing but the markers of a
    /// heading, a quote or a list item stand before it on its line.
    fn at_block_start(&self) -> bool {
        let line = self.out.rsplit('\n').next().unwrap_or("");
        line.chars().all(|c| matches!(c, '#' | '>' | '-' | ' '))
    }

    /// A line inside a code block, where Markdown reads nothing but a fence:
    /// control characters neutralised, and a line that would close the
    /// block indented so far that it cannot.
    pub fn code_line(&mut self, line: &str) {
        let line = neutral(line);
        if line.trim_start().starts_with("```") {
            self.out.push_str("    ");
        }
        self.out.push_str(&line);
        self.out.push('\n');
    }

    pub fn into_string(self) -> String {
        self.out
    }
}

impl Markup for Markdown {
    fn text(&mut self, text: &str) {
        let start = self.at_block_start();
        self.out.push_str(&escaped(text, start));
    }

    fn tag(&mut self, markup: &'static str) {
        self.out.push_str(markup);
    }

    fn quoted(&mut self, text: &str) {
        self.tag("\"");
        self.text(text);
        self.tag("\"");
    }

    fn strong(&mut self, text: &str) {
        self.tag("**");
        self.text(text);
        self.tag("**");
    }
}

#[cfg(test)]
mod tests {
    use super::Markdown;
    use crate::render::markup::Markup;
    use pulldown_cmark::{Event, Tag, TagEnd};

    #[test]
    fn a_line_opener_is_escaped_only_at_the_start_of_a_block() {
        let mut m = Markdown::new();
        m.tag("- ");
        m.text("1. one");
        m.tag(" | ");
        m.text("12.5 *x*");
        m.tag("\n");
        m.text("# two");
        assert_eq!(m.into_string(), "- 1\\. one | 12.5 \\*x\\*\n\\# two");
    }

    #[test]
    fn a_code_line_cannot_close_its_block() {
        let mut m = Markdown::new();
        m.tag("```text\n");
        m.code_line("● ○ *kept* as it is");
        m.code_line("``` out");
        m.tag("```\n");
        m.text("after");
        let out = m.into_string();
        assert_eq!(out, "```text\n● ○ *kept* as it is\n    ``` out\n```\nafter");
        // Read as Markdown: one code block holding both lines, then the text.
        let mut code = String::new();
        let mut blocks = 0;
        let mut in_code = false;
        for event in pulldown_cmark::Parser::new(&out) {
            match event {
                Event::Start(Tag::CodeBlock(_)) => (in_code, blocks) = (true, blocks + 1),
                Event::End(TagEnd::CodeBlock) => in_code = false,
                Event::Text(t) if in_code => code.push_str(&t),
                _ => {}
            }
        }
        assert_eq!(blocks, 1);
        assert_eq!(code, "● ○ *kept* as it is\n    ``` out\n");
    }
}
