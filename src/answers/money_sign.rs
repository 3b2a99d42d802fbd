//! A money sign typed with an amount ("$120", "80 GBP"): the money it names,
//! read from the currency question's options, so the amount and its money
//! are one answer and the currency needs no question of its own.

use crate::bank::Question;

/// The typed amount without its sign, and the option of `currency` that the
/// sign names: its symbol ("C$", before or after the number) or its id as a
/// code ("usd", any case). No option when no sign is typed.
pub fn split_sign(line: &str, currency: &Question) -> (String, Option<String>) {
    let line = line.trim();
    let mut signs: Vec<(&str, &str)> = Vec::new();
    for option in currency.kind.options() {
        if let Some(symbol) = option.symbol.as_deref().filter(|s| !s.is_empty()) {
            signs.push((symbol, &option.id));
            signs.push((&option.id, &option.id));
        }
    }
    // The longest first: "C$" before "$".
    signs.sort_by_key(|(sign, _)| std::cmp::Reverse(sign.len()));
    for (sign, id) in signs {
        let n = sign.len();
        let before = line.get(..n).filter(|p| p.eq_ignore_ascii_case(sign));
        let after = line
            .len()
            .checked_sub(n)
            .and_then(|at| line.get(at..))
            .filter(|p| p.eq_ignore_ascii_case(sign));
        let rest = match (before, after) {
            (Some(_), _) => &line[n..],
            (None, Some(_)) => &line[..line.len() - n],
            (None, None) => continue,
        };
        return (rest.trim().to_string(), Some(id.to_string()));
    }
    (line.to_string(), None)
}

/// The signs that may be typed with an amount, as the hint lists them.
pub fn signs(currency: &Question) -> String {
    currency
        .kind
        .options()
        .iter()
        .filter_map(|o| o.symbol.as_deref().filter(|s| !s.is_empty()))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The sign hint's words, filled in with the signs of `currency`; nothing
/// when there is no currency or it has no signs.
pub fn sign_hint(template: &str, currency: Option<&Question>) -> Option<String> {
    let signs = signs(currency?);
    (!signs.is_empty()).then(|| crate::text::fill(template, &[("signs", &signs)]))
}

#[cfg(test)]
mod tests {
    use super::split_sign;

    fn split(line: &str) -> (String, Option<String>) {
        let bank = crate::fixtures::bank();
        split_sign(line, bank.question("money.currency").unwrap())
    }

    #[test]
    fn a_sign_before_or_after_the_amount_names_its_money() {
        assert_eq!(split("$120"), ("120".into(), Some("usd".into())));
        assert_eq!(split("C$ 150"), ("150".into(), Some("cad".into())));
        assert_eq!(split("80£"), ("80".into(), Some("gbp".into())));
        assert_eq!(split(" €90 "), ("90".into(), Some("eur".into())));
        assert_eq!(split("a$100"), ("100".into(), Some("aud".into())));
        assert_eq!(split("1,200 GBP"), ("1,200".into(), Some("gbp".into())));
    }

    #[test]
    fn no_sign_leaves_the_line_as_typed() {
        assert_eq!(split("120"), ("120".into(), None));
        assert_eq!(split("?"), ("?".into(), None));
        assert_eq!(split("12 apples"), ("12 apples".into(), None));
    }
}
