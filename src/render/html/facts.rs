//! The closing part of the HTML summary: both options side by side, the
//! studies, the other choices, the sources, about this aid and the crisis
//! lines that every summary carries.

use std::fmt::Write;

use super::esc;
use crate::record::Record;

/// Write the closing part, ending the page.
pub(super) fn write(s: &mut String, record: &Record) {
    let e = &record.evidence;
    let _ = write!(
        s,
        "<h2>{}</h2><table class=\"options\"><thead><tr><td></td>",
        esc(&e.titles.two_options)
    );
    for option in &e.options {
        let _ = write!(s, "<th>{}</th>", esc(&option.name));
    }
    let _ = write!(s, "</tr></thead><tbody>");
    for heading in &e.headings {
        let _ = write!(s, "<tr><th>{}</th>", esc(&heading.title));
        for option in &e.options {
            let text = option
                .facts
                .get(&heading.id)
                .map(String::as_str)
                .unwrap_or("");
            let _ = write!(s, "<td>{}</td>", esc(text));
        }
        let _ = write!(s, "</tr>");
    }
    let _ = writeln!(s, "</tbody></table>");
    s.push_str(&crate::render::studies::html_part(e, esc));
    let _ = write!(s, "<ul class=\"small others\">");
    for text in &e.other_intro {
        let _ = write!(s, "<li>{}</li>", esc(text));
    }
    for other in &e.other_choices {
        let _ = write!(
            s,
            "<li><strong>{}:</strong> {}</li>",
            esc(&other.name),
            esc(&other.text)
        );
    }
    let _ = writeln!(s, "</ul>");

    let _ = writeln!(
        s,
        "<h2>{}</h2><p class=\"small\">{}</p>",
        esc(&e.titles.sources),
        esc(&crate::render::studies::sources_short(e))
    );

    let _ = write!(s, "<h2>{}</h2><p class=\"small\">", esc(&e.titles.about));
    for text in e.about.for_summary() {
        let _ = write!(s, "{} ", esc(text));
    }
    let _ = writeln!(
        s,
        "Facts version {}, published {}, next review {}.</p>",
        esc(&e.version),
        esc(&e.published),
        esc(&e.next_review)
    );

    // With a safety flag the same lines stand at the top, so print leaves this copy out.
    let repeat = if record.safety_flag.is_some() {
        " repeat"
    } else {
        ""
    };
    let _ = write!(
        s,
        "<section class=\"unsafe-now{repeat}\"><h2>{}</h2><p>{}</p><ul class=\"crisis\">",
        esc(&e.titles.unsafe_now),
        esc(&e.crisis.always)
    );
    for line in e.crisis_lines() {
        let _ = write!(s, "<li>{}</li>", esc(&line));
    }
    let _ = writeln!(
        s,
        "</ul><p class=\"small\">Crisis numbers checked {}.</p></section>\n</main>\n</body>\n</html>",
        esc(&e.crisis.checked)
    );
}
