//! The HTML being written: every text escaped, markup only from literals.

use super::escape::esc;
use crate::render::markup::Markup;

#[derive(Debug, Default)]
pub struct Html {
    out: String,
}

impl Html {
    pub fn new() -> Html {
        Html::default()
    }

    /// A drawing (SVG) whose maker escaped each text in it: the two charts.
    pub fn drawing(&mut self, made: &str) {
        self.out.push_str(made);
    }

    pub fn into_string(self) -> String {
        self.out
    }
}

impl Markup for Html {
    fn text(&mut self, text: &str) {
        self.out.push_str(&esc(text));
    }

    fn tag(&mut self, markup: &'static str) {
        self.out.push_str(markup);
    }

    fn quoted(&mut self, text: &str) {
        self.tag("\u{201c}");
        self.text(text);
        self.tag("\u{201d}");
    }

    fn strong(&mut self, text: &str) {
        self.tag("<strong>");
        self.text(text);
        self.tag("</strong>");
    }
}
