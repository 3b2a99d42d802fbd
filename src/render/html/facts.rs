//! The closing part of the HTML summary: both options side by side, the
//! studies, the other choices, the sources, about this aid and the crisis
//! lines that every summary carries.

use crate::text::Built;

use super::esc;
use crate::record::Record;

/// Write the closing part, ending the page.
pub(super) fn write(s: &mut Built, record: &Record) {
    let e = &record.evidence;
    write!(
        s,
        "<h2>{}</h2><table class=\"options\"><thead><tr><td></td>",
        esc(&e.titles.two_options)
    );
    for option in &e.options {
        write!(s, "<th>{}</th>", esc(&option.name));
    }
    write!(s, "</tr></thead><tbody>");
    for heading in &e.headings {
        write!(s, "<tr><th>{}</th>", esc(&heading.title));
        for option in &e.options {
            let text = option
                .facts
                .get(&heading.id)
                .map(String::as_str)
                .unwrap_or("");
            write!(s, "<td>{}</td>", esc(text));
        }
        write!(s, "</tr>");
    }
    writeln!(s, "</tbody></table>");
    s.push_str(&crate::render::studies::html_part(e, esc));
    write!(s, "<ul class=\"small others\">");
    for text in &e.other_intro {
        write!(s, "<li>{}</li>", esc(text));
    }
    for other in &e.other_choices {
        write!(
            s,
            "<li><strong>{}:</strong> {}</li>",
            esc(&other.name),
            esc(&other.text)
        );
    }
    writeln!(s, "</ul>");

    writeln!(
        s,
        "<h2>{}</h2><p class=\"small\">{}</p>",
        esc(&e.titles.sources),
        esc(&crate::render::studies::sources_short(e))
    );

    write!(s, "<h2>{}</h2><p class=\"small\">", esc(&e.titles.about));
    for text in e.about.for_summary() {
        write!(s, "{} ", esc(text));
    }
    writeln!(
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
    write!(
        s,
        "<section class=\"unsafe-now{repeat}\"><h2>{}</h2><p>{}</p><ul class=\"crisis\">",
        esc(&e.titles.unsafe_now),
        esc(&e.crisis.always)
    );
    for line in e.crisis_lines() {
        write!(s, "<li>{}</li>", esc(&line));
    }
    writeln!(
        s,
        "</ul><p class=\"small\">Crisis numbers checked {}.</p></section>\n</main>\n</body>\n</html>",
        esc(&e.crisis.checked)
    );
}
