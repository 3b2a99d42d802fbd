//! The Markdown being written: every text escaped where Markdown would read
//! it, markup only from literals.

use super::escape::escaped;
use crate::render::markup::Markup;

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

    /// A picture whose maker escaped each text in it (the icons).
    pub fn drawing(&mut self, made: &str) {
        self.out.push_str(made);
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
}
