//! Writing the Markdown summary, escaping on by default: every text goes
//! through Markdown's escaping, and markup can only be a literal written in
//! the code (`&'static str`), so no text from a record or a content file
//! can ever become markup by a forgotten call. (HTML is written through
//! maud's templates, in render/html.) The spans of a sentence serve both.

/// A piece of a sentence, set by each format its own way: quoted answers in
/// quotation marks, strong ones in bold.
#[derive(Debug, Clone, PartialEq)]
pub enum Span {
    Plain(String),
    Quoted(String),
    Strong(String),
}

/// A format being written as text with markup: Markdown.
pub trait Markup {
    /// Text from a record or a content file, escaped for the format.
    fn text(&mut self, text: &str);
    /// The format's own markup: only ever a literal in the code.
    fn tag(&mut self, markup: &'static str);
    /// Text in the format's quotation marks.
    fn quoted(&mut self, text: &str);
    /// Text set in bold.
    fn strong(&mut self, text: &str);

    /// Text between two pieces of markup: `within("<p>", text, "</p>")`.
    fn within(&mut self, before: &'static str, text: &str, after: &'static str) {
        self.tag(before);
        self.text(text);
        self.tag(after);
    }

    /// A sentence of spans, each set its way.
    fn spans(&mut self, spans: &[Span]) {
        for span in spans {
            match span {
                Span::Plain(text) => self.text(text),
                Span::Quoted(text) => self.quoted(text),
                Span::Strong(text) => self.strong(text),
            }
        }
    }
}

impl Span {
    /// The spans as plain text, for the terminal: quoted ones in straight
    /// quotation marks.
    pub fn plain(spans: &[Span]) -> String {
        spans
            .iter()
            .map(|span| match span {
                Span::Plain(text) | Span::Strong(text) => text.clone(),
                Span::Quoted(text) => format!("\"{text}\""),
            })
            .collect()
    }

    /// A template with each `{name}` replaced by its spans, the rest plain.
    pub fn fill(template: &str, values: Vec<(&str, Vec<Span>)>) -> Vec<Span> {
        let mut out = Vec::new();
        let mut rest = template;
        loop {
            let next = values
                .iter()
                .filter_map(|(name, spans)| {
                    let mark = format!("{{{name}}}");
                    rest.find(&mark).map(|at| (at, mark.len(), spans))
                })
                .min_by_key(|(at, _, _)| *at);
            let Some((at, len, spans)) = next else {
                break;
            };
            if at > 0 {
                out.push(Span::Plain(rest[..at].to_string()));
            }
            out.extend(spans.iter().cloned());
            rest = &rest[at + len..];
        }
        if !rest.is_empty() {
            out.push(Span::Plain(rest.to_string()));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::Span;

    #[test]
    fn a_template_becomes_spans_in_order() {
        let spans = Span::fill(
            "To {q} the answer was: {a}.",
            vec![
                ("a", vec![Span::Strong("yes".into())]),
                ("q", vec![Span::Quoted("Sad?".into())]),
            ],
        );
        assert_eq!(
            spans,
            [
                Span::Plain("To ".into()),
                Span::Quoted("Sad?".into()),
                Span::Plain(" the answer was: ".into()),
                Span::Strong("yes".into()),
                Span::Plain(".".into()),
            ]
        );
    }
}
