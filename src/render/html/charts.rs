//! The two pictures of the HTML summary, as inline SVG: the balance from
//! short-term to long-term, and the costs a month against what the person
//! could spend.

use crate::text::Built;

use super::escape::esc;
use crate::render::summary::{Balance, CostsPart};

/// The balance from short-term to long-term, the fit marked on it: no
/// number, since the person reads the fit in words (its label).
pub fn balance_svg(a: &Balance) -> String {
    let (left, right, width) = (90.0, 510.0, 600.0);
    let x = left + (f64::from(a.score.clamp(-100, 100)) + 100.0) / 200.0 * (right - left);
    let mid = (left + right) / 2.0;
    format!(
        r##"<svg class="balance" viewBox="0 0 {width} 32" role="img" aria-label="{label}"><line x1="{left}" y1="20" x2="{right}" y2="20" stroke="#555" stroke-width="2"/><line x1="{mid}" y1="12" x2="{mid}" y2="28" stroke="#555"/><circle cx="{x:.1}" cy="20" r="7" fill="#222"/><text x="{lt}" y="24" text-anchor="end">{short}</text><text x="{rt}" y="24">{long}</text></svg>"##,
        label = esc(&a.label),
        lt = left - 10.0,
        rt = right + 10.0,
        short = esc(&a.short),
        long = esc(&a.long),
    )
}

/// The costs a month as bars, with what the person could spend as a last bar.
pub fn cost_svg(c: &CostsPart) -> String {
    let rows = &c.bars;
    if rows.is_empty() {
        return String::new();
    }
    let most = rows.iter().map(|r| r.amount).fold(0.0, f64::max).max(1.0);
    // Room beside the longest bar for the cost a month and in all.
    let (label_w, bar_w, row_h) = (190.0, 160.0, 18.0);
    let height = rows.len() as f64 * row_h + 4.0;
    let mut svg = Built::from(format!(
        r#"<svg class="costs" viewBox="0 0 600 {height}" role="img" aria-label="{}">"#,
        esc(&c.chart)
    ));
    for (n, bar) in rows.iter().enumerate() {
        let y = n as f64 * row_h + 2.0;
        let w = bar.amount / most * bar_w;
        let fill_colour = if n + 1 == rows.len() && c.last_is_budget {
            "#8aa"
        } else {
            "#446"
        };
        write!(
            svg,
            r#"<text x="0" y="{ty}">{}</text><rect x="{label_w}" y="{y}" width="{w:.1}" height="13" fill="{fill_colour}"/><text x="{tx:.1}" y="{ty}">{}</text>"#,
            esc(&bar.label),
            esc(&bar.text),
            ty = y + 11.0,
            tx = label_w + w + 5.0,
        );
    }
    svg.push_str("</svg>");
    svg.into_string()
}
