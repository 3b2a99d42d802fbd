//! The closing part of the HTML summary: both options side by side, the
//! studies, the other choices, the sources, about this aid and the crisis
//! lines that every summary carries.

use super::layout::{items, labelled};
use super::writer::Html;
use crate::render::icons::{Picture, grid};
use crate::render::markup::Markup;
use crate::render::studies::OutcomePart;
use crate::render::summary::Summary;

/// Write the closing part, ending the page.
pub(super) fn write(h: &mut Html, s: &Summary) {
    let f = &s.facts;
    h.within("<h2>", &f.title, "</h2><table class=\"options\">");
    if let Some(caption) = &f.caption {
        h.within("<caption>", caption, "</caption>");
    }
    h.tag("<thead><tr><td></td>");
    for option in &f.options {
        h.within("<th>", option, "</th>");
    }
    h.tag("</tr></thead><tbody>");
    for row in &f.rows {
        h.within("<tr><th>", &row.heading, "</th>");
        for text in &row.texts {
            h.within("<td>", text, "</td>");
        }
        h.tag("</tr>");
    }
    h.tag("</tbody></table>\n");
    for note in &f.notes {
        h.within("<p class=\"small\">", note, "</p>");
    }
    for l in &f.next {
        h.within("<h3>", &l.title, "</h3>");
        h.tag("<ul>");
        items(h, &l.items);
        h.tag("</ul>\n");
    }
    if let Some(text) = &f.trade_off {
        h.within("<p>", text, "</p>");
    }
    if let Some(o) = &f.outcome {
        outcome(h, o);
    }
    h.tag("<ul class=\"small others\">");
    items(h, &f.other_intro);
    for other in &f.others {
        h.tag("<li>");
        labelled(h, other);
        h.tag("</li>");
    }
    h.tag("</ul>\n");

    for said in [&s.sources, &s.about] {
        h.within("<h2>", &said.title, "</h2><p class=\"small\">");
        for (k, text) in said.texts.iter().enumerate() {
            if k > 0 {
                h.tag(" ");
            }
            h.text(text);
        }
        h.tag("</p>\n");
    }

    let c = &s.crisis;
    // With a safety flag the same lines stand at the top, so print leaves this copy out.
    h.tag(if c.repeated {
        "<section class=\"unsafe-now repeat\"><h2>"
    } else {
        "<section class=\"unsafe-now\"><h2>"
    });
    h.text(&c.title);
    h.within("</h2><p>", &c.always, "</p><ul class=\"crisis\">");
    items(h, &c.lines);
    h.within(
        "</ul><p class=\"small\">",
        &c.checked,
        "</p></section>\n</main>\n</body>\n</html>\n",
    );
}

/// One outcome page, with its picture of 100 people.
pub(super) fn outcome(h: &mut Html, o: &OutcomePart) {
    h.within("<section class=\"outcome\"><h3>", &o.title, "</h3><p>");
    h.text(&o.who);
    h.tag("</p>");
    for text in &o.before {
        h.within("<p>", text, "</p>");
    }
    if let Some(p) = &o.picture {
        picture(h, p);
    }
    for text in &o.after {
        h.within("<p>", text, "</p>");
    }
    h.tag("</section>");
}

/// The picture: one inline SVG grid per group, labelled for screen readers
/// with its sentence, and the figure under it in words.
fn picture(h: &mut Html, p: &Picture) {
    h.within(
        "<figure class=\"icons\"><figcaption>",
        &p.legend(),
        "</figcaption><div class=\"groups\">",
    );
    for (g, sentence) in p.icons.groups.iter().zip(p.sentences()) {
        h.within(
            "<div class=\"group\"><p><strong>",
            &g.label,
            "</strong></p>",
        );
        h.within(
            "<svg class=\"grid\" viewBox=\"0 0 100 100\" role=\"img\" aria-label=\"",
            &sentence,
            "\">",
        );
        for (r, row) in grid(g.count).iter().enumerate() {
            for (c, &on) in row.iter().enumerate() {
                h.tag(if on {
                    "<circle class=\"on\" cx=\""
                } else {
                    "<circle class=\"off\" cx=\""
                });
                h.text(&(c * 10 + 5).to_string());
                h.tag("\" cy=\"");
                h.text(&(r * 10 + 5).to_string());
                h.tag(if on {
                    "\" r=\"4\" fill=\"#1d3557\"/>"
                } else {
                    "\" r=\"3.4\" fill=\"none\" stroke=\"#1d3557\" stroke-width=\"1\"/>"
                });
            }
        }
        h.within("</svg><p>", &p.about(g), "");
        if let Some(note) = &g.note {
            h.within("<br>", note, "");
        }
        h.tag("</p></div>");
    }
    h.tag("</div></figure>");
}
