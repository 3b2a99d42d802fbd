//! The summary as one self-contained, printable HTML page: no external fonts,
//! scripts or images; the balance and the costs drawn as inline SVG; print CSS
//! for A4 and Letter. Rendered from the record alone; every text is escaped.

use std::fmt::Write;

use super::screen::{
    computed_line, cost_notes, cost_rows, mismatch_line, month_bars, own_lean_line, sides,
    unsure_line, you_said,
};
use super::summary::{answer_sections, ratings};
use super::{acts, safe_char};
use crate::answers::money;
use crate::record::Record;
use crate::text::fill;
use crate::weigh::Assessment;

const STYLE: &str = r#"
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { font: 10.5pt/1.35 system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif;
       color: #111; max-width: 52rem; margin: 1.5rem auto; padding: 0 1rem; }
h1 { font-size: 1.45em; margin: 0 0 .2em; }
h2 { font-size: 1.1em; margin: 1em 0 .3em; border-bottom: 1px solid #999; padding-bottom: .1em; }
h3 { font-size: 1em; margin: .6em 0 .2em; }
p, ul { margin: .25em 0 .5em; }
ul { padding-left: 1.2em; }
li { margin: .1em 0; }
.meta { color: #444; font-size: .9em; }
.safety { border: 3px solid #b00020; padding: .5em .8em; margin: .6em 0; background: #fff4f4; }
.safety strong { color: #b00020; }
.flag { border-left: 4px solid #b00020; padding-left: .5em; }
.clinician { border: 2px solid #333; padding: .3em .7em .4em; margin: .4em 0 .6em; }
.clinician h2 { margin-top: 0; border: 0; }
.clinician dl { display: grid; grid-template-columns: max-content 1fr; gap: .1em .7em; margin: 0; }
.clinician dl > div { display: contents; }
.clinician dt { font-weight: bold; }
.clinician dd { margin: 0; }
.clinician .flagged dt, .clinician .flagged dd { color: #b00020; font-weight: bold; }
.cols { display: grid; grid-template-columns: 1fr 1fr; gap: 0 1.5em; }
table { border-collapse: collapse; width: 100%; font-size: .95em; }
th, td { text-align: left; border-bottom: 1px solid #ccc; padding: .15em .4em; vertical-align: top; }
td.n, th.n { text-align: right; white-space: nowrap; }
.weight { font-weight: bold; font-variant-numeric: tabular-nums; }
.source { color: #444; font-style: italic; }
svg { display: block; max-width: 100%; height: auto; }
svg text { font: 11px system-ui, sans-serif; fill: #111; }
.small { font-size: .9em; }
figure.icons { margin: .3em 0; }
figure.icons .groups { display: flex; flex-wrap: wrap; gap: .5em 1.5em; }
figure.icons .group p { margin: .1em 0; }
svg.grid { width: 7.5em; }
.answers, .reasons { columns: 2; column-gap: 1.5em; }
.reasons > div { display: contents; }
.reasons h3 { break-after: avoid; }
.reasons li, .answers li { break-inside: avoid; }
.reasons li, .answers li { break-inside: avoid; }
.answers h3 { break-after: avoid; }
@page { margin: 9mm 10mm; }
@media print {
  body { font-size: 7.6pt; line-height: 1.2; margin: 0; max-width: none; padding: 0; }
  h1 { font-size: 1.3em; }
  h2 { break-after: avoid; margin: .5em 0 .2em; }
  h3 { margin: .3em 0 .1em; }
  p, ul { margin: .15em 0 .3em; }
  li { margin: 0; }
  .safety, svg, li, tr { break-inside: avoid; }
  svg.balance { width: 62%; }
  .answers { columns: 3; }
  ul.crisis { columns: 2; }
  .repeat { display: none; }
  svg.costs { display: none; }
  ul.others { columns: 2; column-gap: 1.5em; }
  .outcome { display: grid; grid-template-columns: 1fr auto; gap: 0 1em; }
  .outcome > * { grid-column: 1; }
  .outcome figure.icons { grid-column: 2; grid-row: 1 / span 6; margin: 0; }
  .outcome figcaption { max-width: 24em; }
  svg.grid { width: 3.5em; }
  figure.icons .group p { line-height: 1.1; }
  .options { font-size: .95em; }
}
"#;

/// Escape text for HTML, after neutralising control characters.
pub fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
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
    out
}

/// The balance from short-term to long-term, with the score marked.
fn balance_svg(a: &Assessment) -> String {
    let (left, right, width) = (90.0, 510.0, 600.0);
    let x = left + (f64::from(a.score.clamp(-100, 100)) + 100.0) / 200.0 * (right - left);
    let mid = (left + right) / 2.0;
    format!(
        r##"<svg class="balance" viewBox="0 0 {width} 46" role="img" aria-label="{label}"><line x1="{left}" y1="20" x2="{right}" y2="20" stroke="#555" stroke-width="2"/><line x1="{mid}" y1="12" x2="{mid}" y2="28" stroke="#555"/><circle cx="{x:.1}" cy="20" r="7" fill="#222"/><text x="{lt}" y="24" text-anchor="end">{short}</text><text x="{rt}" y="24">{long}</text><text x="{left}" y="42" text-anchor="middle">-100</text><text x="{mid}" y="42" text-anchor="middle">0</text><text x="{right}" y="42" text-anchor="middle">+100</text><text x="{x:.1}" y="8" text-anchor="middle">{score:+}</text></svg>"##,
        label = esc(&format!("{}: {:+}", a.band_label, a.score)),
        lt = left - 10.0,
        rt = right + 10.0,
        short = esc(&a.words.balance_short),
        long = esc(&a.words.balance_long),
        score = a.score,
    )
}

/// The costs a month as bars, with what the person could spend as a last bar.
fn cost_svg(a: &Assessment) -> String {
    let e = &a.estimate;
    let rows = month_bars(a);
    if rows.is_empty() {
        return String::new();
    }
    let most = rows.iter().map(|r| r.1).fold(0.0, f64::max).max(1.0);
    let (label_w, bar_w, row_h) = (190.0, 300.0, 18.0);
    let height = rows.len() as f64 * row_h + 4.0;
    let mut svg = format!(
        r#"<svg class="costs" viewBox="0 0 600 {height}" role="img" aria-label="{}">"#,
        esc(&a.words.costs)
    );
    for (n, (label, amount)) in rows.iter().enumerate() {
        let y = n as f64 * row_h + 2.0;
        let w = amount / most * bar_w;
        let fill_colour = if n + 1 == rows.len() && e.inputs.budget_per_month.is_some() {
            "#8aa"
        } else {
            "#446"
        };
        let _ = write!(
            svg,
            r#"<text x="0" y="{ty}">{}</text><rect x="{label_w}" y="{y}" width="{w:.1}" height="13" fill="{fill_colour}"/><text x="{tx:.1}" y="{ty}">{}</text>"#,
            esc(label),
            esc(&fill(
                &a.words.per_month,
                &[("cost", &money(amount.round(), &e.symbol))]
            )),
            ty = y + 11.0,
            tx = label_w + w + 5.0,
        );
    }
    svg.push_str("</svg>");
    svg
}

pub fn render(record: &Record) -> String {
    let e = &record.evidence;
    let a = &record.assessment;
    let w = &a.words;
    let mut s = String::new();
    let _ = write!(
        s,
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{} ({})</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
        esc(&record.bank.title),
        esc(&record.created)
    );
    let _ = writeln!(s, "<main>\n<h1>{}</h1>", esc(&record.bank.title));
    s.push_str(&clinician_box(record));
    if let Some(flag) = &record.safety_flag {
        let _ = write!(
            s,
            "<div class=\"safety\" role=\"alert\"><p><strong>SAFETY: please read first.</strong> To the question &ldquo;{}&rdquo; the answer was: <strong>{}</strong>.</p><p>{}</p><ul class=\"crisis\">",
            esc(&flag.question),
            esc(&flag.answer),
            esc(&e.crisis.always)
        );
        for line in e.crisis_lines() {
            let _ = write!(s, "<li>{}</li>", esc(&line));
        }
        let _ = writeln!(s, "</ul></div>");
    }
    let _ = writeln!(
        s,
        "<p class=\"meta\">Made {} with {} {}, question bank {} {}.</p>",
        esc(&record.created),
        esc(&record.tool.name),
        esc(&record.tool.version),
        esc(&record.bank.id),
        esc(&record.bank.version)
    );
    let _ = writeln!(
        s,
        "<p><strong>The choice:</strong> {}</p>",
        esc(&e.decision)
    );

    let _ = writeln!(s, "<h2>{}</h2>", esc(&w.barriers));
    if a.barriers.is_empty() {
        let _ = writeln!(s, "<p>{}</p>", esc(&w.no_barriers));
    } else {
        let _ = write!(s, "<ul>");
        for b in &a.barriers {
            let _ = write!(
                s,
                "<li class=\"flag\"><strong>{}</strong></li>",
                esc(&b.text)
            );
        }
        let _ = writeln!(s, "</ul>");
    }

    let _ = writeln!(
        s,
        "<h2>{}</h2>\n<p class=\"small\">{}</p>\n<ul>",
        esc(&w.title),
        esc(&w.not_a_verdict)
    );
    if let Some(line) = own_lean_line(a) {
        let _ = writeln!(s, "<li>{}</li>", esc(&line));
    }
    let _ = writeln!(
        s,
        "<li><strong>{}</strong></li>",
        esc(&computed_line(a, true))
    );
    if let Some(line) = mismatch_line(a) {
        let _ = writeln!(s, "<li><strong>{}</strong></li>", esc(&line));
    }
    let _ = writeln!(
        s,
        "<li>{}: {} {}</li>\n</ul>",
        esc(&w.confidence),
        esc(&a.confidence.text),
        esc(&unsure_line(a))
    );
    let _ = writeln!(s, "{}", balance_svg(a));
    let _ = writeln!(s, "<div class=\"reasons\">");
    for (title, reasons) in sides(a) {
        let _ = write!(s, "<div><h3>{}</h3><ul>", esc(title));
        if reasons.is_empty() {
            let _ = write!(s, "<li>{}</li>", esc(&w.no_reasons));
        }
        for r in reasons {
            let said = you_said(a, r, |x| format!("\u{201c}{x}\u{201d}"))
                .map(|said| format!(" {}.", esc(&said)))
                .unwrap_or_default();
            let _ = write!(
                s,
                "<li><span class=\"weight\">{:+}</span> {}{said} <span class=\"source\">{}</span></li>",
                r.weight,
                esc(&r.reason),
                esc(&fill(&w.source, &[("source", &r.source_short)]))
            );
        }
        let _ = writeln!(s, "</ul></div>");
    }
    let _ = writeln!(s, "</div>");

    let _ = writeln!(s, "<h2>{} / {}</h2>", esc(&w.costs), esc(&w.time));
    let _ = write!(
        s,
        "<table><thead><tr><th>{}</th><th class=\"n\">{}</th><th class=\"n\">{}</th><th class=\"n\">{}</th><th class=\"n\">{}</th><th class=\"n\">{}</th></tr></thead><tbody>",
        esc(&w.table_option),
        esc(&w.table_sessions),
        esc(&w.table_months),
        esc(&w.table_cost),
        esc(&w.table_per_month),
        esc(&w.table_hours)
    );
    for row in cost_rows(a) {
        let _ = write!(
            s,
            "<tr><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>",
            esc(&row.label),
            esc(&row.sessions),
            esc(&row.months),
            esc(row.cost.as_deref().unwrap_or(&w.unknown)),
            esc(row.per_month.as_deref().unwrap_or(&w.unknown)),
            esc(row.hours.as_deref().unwrap_or(&w.unknown))
        );
    }
    let _ = writeln!(s, "</tbody></table>");
    let _ = writeln!(s, "{}", cost_svg(a));
    for note in cost_notes(a) {
        let _ = writeln!(s, "<p class=\"small\">{}</p>", esc(&note));
    }

    let _ = write!(s, "<h2>{}</h2><ul>", esc(&w.changes));
    for c in &a.changes {
        let _ = write!(s, "<li>{}</li>", esc(c));
    }
    let _ = writeln!(s, "</ul>");

    let _ = writeln!(s, "<div class=\"cols\"><div>");
    // Ratings, in records from banks that had you.
    let rated = ratings(record);
    if !rated.is_empty() {
        let _ = write!(s, "<h2>What matters most to you</h2><ul>");
        for r in rated {
            let _ = write!(
                s,
                "<li>{} <strong>{}</strong></li>",
                esc(&r.question),
                esc(&r.shown)
            );
        }
        let _ = writeln!(s, "</ul>");
    }
    for score in &record.scores {
        let _ = write!(
            s,
            "<h2>{}: {} of {}</h2>",
            esc(&score.title),
            score.points,
            score.out_of
        );
        if let Some(flag) = &score.flag {
            let _ = write!(
                s,
                "<p class=\"flag\"><strong>Flag:</strong> {}</p>",
                esc(flag)
            );
        }
        if !score.missed.is_empty() {
            let _ = write!(s, "<ul class=\"small\">");
            for m in &score.missed {
                let note = m
                    .note
                    .as_deref()
                    .map(|n| format!(" {}", esc(n)))
                    .unwrap_or_default();
                let _ = write!(
                    s,
                    "<li>&ldquo;{}&rdquo; {}.{note}</li>",
                    esc(&m.question),
                    esc(&m.answer)
                );
            }
            let _ = write!(s, "</ul>");
        }
        let _ = writeln!(s);
    }
    let _ = writeln!(s, "</div><div>");
    let _ = writeln!(s, "<h2>{}</h2>", esc(&w.questions));
    let _ = write!(s, "<ul>");
    for q in &a.clinician_questions {
        let _ = write!(s, "<li>{}</li>", esc(q));
    }
    let _ = writeln!(s, "</ul>");
    if !record.own_words.is_empty() {
        let _ = write!(s, "<h3>{}</h3>", esc(&w.own_questions));
        for words in &record.own_words {
            let _ = write!(
                s,
                "<p><strong>{}</strong><br>{}</p>",
                esc(&words.question),
                esc(&words.text)
            );
        }
        let _ = writeln!(s);
    }
    if let Some(p) = &record.phq9 {
        let _ = writeln!(
            s,
            "<h2>{}: {} of {} ({})</h2><p class=\"small\">{} {}</p>",
            esc(&p.title),
            p.total,
            p.out_of,
            esc(&p.band_label),
            esc(&p.note),
            esc(&p.credit)
        );
    }
    let _ = writeln!(s, "</div></div>");
    let _ = writeln!(s, "<h2>Your answers</h2><div class=\"answers\">");
    for (title, answers) in answer_sections(record) {
        let _ = write!(s, "<h3>{}</h3><ul class=\"small\">", esc(title));
        for x in answers {
            let _ = write!(
                s,
                "<li>{} <strong>{}</strong></li>",
                esc(&x.question),
                esc(&x.shown)
            );
        }
        let _ = writeln!(s, "</ul>");
    }
    let _ = writeln!(s, "</div>");

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
    s.push_str(&super::studies::html_part(e, esc));
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
        esc(&super::studies::sources_short(e))
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
    s
}

/// The box as an HTML section with a list of terms.
fn clinician_box(record: &Record) -> String {
    let Some(b) = &record.clinician else {
        return String::new();
    };
    let mut s = format!(
        "<section class=\"clinician\" aria-labelledby=\"for-clinician\"><h2 id=\"for-clinician\">{}</h2><dl>",
        esc(&b.title)
    );
    for line in &b.lines {
        let (class, mark) = if line.flag {
            (" class=\"flagged\"", "<span class=\"mark\">!</span> ")
        } else {
            ("", "")
        };
        s.push_str(&format!(
            "<div{class}><dt>{mark}{}</dt><dd>{}</dd></div>",
            esc(&line.label),
            esc(&line.text)
        ));
    }
    s.push_str("</dl></section>\n");
    s
}
