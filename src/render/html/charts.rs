//! The two pictures of the HTML summary, as inline SVG templates: the
//! balance from short-term to long-term, and the costs a month against what
//! the person could spend. Empty SVG elements are closed with an end tag
//! (`<line ...></line>`), which HTML reads the same as `<line .../>`.

use maud::{Markup, html};

use crate::render::summary::{Balance, CostsPart};
use crate::text::html::t;

/// The balance from short-term to long-term, the fit marked on it: no
/// number, since the person reads the fit in words (its label).
pub fn balance_svg(a: &Balance) -> Markup {
    let (left, right) = (90.0, 510.0);
    let x = left + (f64::from(a.score.clamp(-100, 100)) + 100.0) / 200.0 * (right - left);
    let mid = (left + right) / 2.0;
    html! {
        svg.balance viewBox="0 0 600 32" role="img" aria-label=(t(&a.label)) {
            line x1=(left) y1="20" x2=(right) y2="20" stroke="#555" stroke-width="2" {}
            line x1=(mid) y1="12" x2=(mid) y2="28" stroke="#555" {}
            circle cx=(format!("{x:.1}")) cy="20" r="7" fill="#222" {}
            text x=(left - 10.0) y="24" text-anchor="end" { (t(&a.short)) }
            text x=(right + 10.0) y="24" { (t(&a.long)) }
        }
    }
}

/// The costs a month as bars, with what the person could spend as a last bar.
pub fn cost_svg(c: &CostsPart) -> Markup {
    let rows = &c.bars;
    if rows.is_empty() {
        return html! {};
    }
    let most = rows.iter().map(|r| r.amount).fold(0.0, f64::max).max(1.0);
    // Room beside the longest bar for the cost a month and in all.
    let (label_w, bar_w, row_h) = (190.0, 160.0, 18.0);
    let height = rows.len() as f64 * row_h + 4.0;
    html! {
        svg.costs viewBox=(format!("0 0 600 {height}")) role="img" aria-label=(t(&c.chart)) {
            @for (n, bar) in rows.iter().enumerate() {
                @let y = n as f64 * row_h + 2.0;
                @let w = bar.amount / most * bar_w;
                @let fill = if n + 1 == rows.len() && c.last_is_budget { "#8aa" } else { "#446" };
                text x="0" y=(y + 11.0) { (t(&bar.label)) }
                rect x=(label_w) y=(y) width=(format!("{w:.1}")) height="13" fill=(fill) {}
                text x=(format!("{:.1}", label_w + w + 5.0)) y=(y + 11.0) { (t(&bar.text)) }
            }
        }
    }
}
