//! Text on the HTML page. maud escapes every value spliced into a template;
//! ours goes through `Text`, which also neutralises control characters (and
//! writes a line break as `<br>`). Markup comes only from the templates and
//! from `fixed` literals in the code (the doctype and the style sheet):
//! no function here hands back escaped text as a String to be pushed by hand.

use maud::{PreEscaped, Render};

use super::{acts, safe_char};

/// Text from a record or a content file, escaped as it is written.
pub struct Text<'a>(&'a str);

/// The text, to be spliced into a template: `p { (t(&s.title)) }`.
pub fn t(text: &str) -> Text<'_> {
    Text(text)
}

impl Render for Text<'_> {
    fn render_to(&self, buffer: &mut String) {
        escape_into(self.0, buffer);
    }
}

/// Markup written in the code itself, never from a record: `&'static str`.
pub fn fixed(markup: &'static str) -> PreEscaped<&'static str> {
    PreEscaped(markup)
}

/// Write text escaped for HTML, after neutralising control characters.
fn escape_into(text: &str, out: &mut String) {
    for c in text.chars() {
        match c {
            c if acts(c) && c != '\n' => out.push(safe_char(c)),
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\n' => out.push_str("<br>"),
            c => out.push(c),
        }
    }
}
