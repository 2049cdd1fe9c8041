//! Dates and pay amounts in Dutch and English.

use crate::{Lang, PayPer, PayRange};

const MONTHS_NL: [&str; 12] = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
];
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The (year, month, day) of an ISO date `YYYY-MM-DD`, if it is a real date.
pub(crate) fn parse_iso(iso: &str) -> Option<(u32, u32, u32)> {
    let s = iso.trim();
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let digits = |r: std::ops::Range<usize>| -> Option<u32> {
        let part = &s[r];
        if part.bytes().all(|c| c.is_ascii_digit()) {
            part.parse().ok()
        } else {
            None
        }
    };
    let (y, m, d) = (digits(0..4)?, digits(5..7)?, digits(8..10)?);
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return None,
    };
    (1..=days).contains(&d).then_some((y, m, d))
}

/// An ISO date in words: "2026-12-01" → "1 december 2026" (Dutch) or "1 December 2026"
/// (English). Anything that is not an ISO date is returned as it is (trimmed).
pub fn format_date(iso: &str, lang: Lang) -> String {
    match parse_iso(iso) {
        Some((y, m, d)) => {
            let month = match lang {
                Lang::Nl => MONTHS_NL[m as usize - 1],
                Lang::En => MONTHS_EN[m as usize - 1],
            };
            format!("{d} {month} {y}")
        }
        None => iso.trim().to_string(),
    }
}

/// An amount in euros written the language's way. Whole euros get a thousands separator:
/// "€ 2.450" (Dutch) or "€2,450" (English). With `cents`, two decimals follow in the
/// language's own way: "€ 1.234,50" (Dutch) or "€1,234.50" (English).
fn money(amount_cents: u64, lang: Lang, cents: bool) -> String {
    let (thousands, decimal) = match lang {
        Lang::Nl => ('.', ','),
        Lang::En => (',', '.'),
    };
    let digits = (amount_cents / 100).to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(thousands);
        }
        out.push(c);
    }
    if cents {
        out.push(decimal);
        out.push_str(&format!("{:02}", amount_cents % 100));
    }
    match lang {
        Lang::Nl => format!("€ {out}"),
        Lang::En => format!("€{out}"),
    }
}

/// Whole euros (an internship allowance): "€ 2.450" (Dutch) or "€2,450" (English).
pub(crate) fn euros(amount: u32, lang: Lang) -> String {
    money(u64::from(amount) * 100, lang, false)
}

/// One amount in cents: whole euros as "€ 2.450", others with two decimals ("€ 14,50").
pub(crate) fn cents(amount_cents: u32, lang: Lang) -> String {
    money(
        u64::from(amount_cents),
        lang,
        !amount_cents.is_multiple_of(100),
    )
}

/// The amounts of a range without "bruto"/"gross": "€ 300 tot € 450 per maand". When one
/// of the two has cents, both show them ("€ 14,00 tot € 16,50"), so they read alike.
pub(crate) fn amounts(p: &PayRange, lang: Lang, gross: bool) -> String {
    let (lo, hi) = (p.min_cents.min(p.max_cents), p.min_cents.max(p.max_cents));
    let per = match (lang, p.per) {
        (Lang::Nl, PayPer::Hour) => "per uur",
        (Lang::Nl, PayPer::Month) => "per maand",
        (Lang::Nl, PayPer::Year) => "per jaar",
        (Lang::En, PayPer::Hour) => "an hour",
        (Lang::En, PayPer::Month) => "a month",
        (Lang::En, PayPer::Year) => "a year",
    };
    let gross = match (gross, lang) {
        (false, _) => "",
        (true, Lang::Nl) => "bruto ",
        (true, Lang::En) => "gross ",
    };
    if lo == hi {
        return format!("{} {gross}{per}", cents(lo, lang));
    }
    let to = match lang {
        Lang::Nl => "tot",
        Lang::En => "to",
    };
    let with_cents = !lo.is_multiple_of(100) || !hi.is_multiple_of(100);
    let (lo, hi) = (
        money(u64::from(lo), lang, with_cents),
        money(u64::from(hi), lang, with_cents),
    );
    format!("{lo} {to} {hi} {gross}{per}")
}

/// A gross pay range in words: "€ 2.450 tot € 2.900 bruto per maand" (Dutch) or
/// "€2,450 to €2,900 gross a month" (English); with cents "€ 14,71 tot € 16,20 bruto per
/// uur" or "€14.71 to €16.20 gross an hour". Equal amounts give one amount.
pub fn format_pay(p: &PayRange, lang: Lang) -> String {
    amounts(p, lang, true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        assert_eq!(format_date("2026-12-01", Lang::Nl), "1 december 2026");
        assert_eq!(format_date("2026-12-01", Lang::En), "1 December 2026");
        assert_eq!(format_date("2028-02-29", Lang::Nl), "29 februari 2028");
        assert_eq!(format_date("2027-02-29", Lang::Nl), "2027-02-29");
        assert_eq!(
            format_date(" zo snel mogelijk ", Lang::Nl),
            "zo snel mogelijk"
        );
        assert_eq!(format_date("2026-13-01", Lang::En), "2026-13-01");
    }

    #[test]
    fn pay() {
        let p = PayRange::euros(2450, 2900, PayPer::Month);
        assert_eq!(p.min_cents, 245_000);
        assert_eq!(
            format_pay(&p, Lang::Nl),
            "€ 2.450 tot € 2.900 bruto per maand"
        );
        assert_eq!(format_pay(&p, Lang::En), "€2,450 to €2,900 gross a month");
        let h = PayRange::euros(17, 14, PayPer::Hour);
        assert_eq!(format_pay(&h, Lang::Nl), "€ 14 tot € 17 bruto per uur");
        let y = PayRange::euros(1_000_000, 1_000_000, PayPer::Year);
        assert_eq!(format_pay(&y, Lang::En), "€1,000,000 gross a year");
    }

    #[test]
    fn hourly_pay_with_cents() {
        let h = PayRange {
            min_cents: 1471,
            max_cents: 1620,
            per: PayPer::Hour,
        };
        assert_eq!(
            format_pay(&h, Lang::Nl),
            "€ 14,71 tot € 16,20 bruto per uur"
        );
        assert_eq!(format_pay(&h, Lang::En), "€14.71 to €16.20 gross an hour");
        assert_eq!(amounts(&h, Lang::Nl, false), "€ 14,71 tot € 16,20 per uur");
        assert_eq!(amounts(&h, Lang::En, false), "€14.71 to €16.20 an hour");
        // upside down is read the other way round, also with cents
        let turned = PayRange {
            min_cents: 1620,
            max_cents: 1471,
            per: PayPer::Hour,
        };
        assert_eq!(format_pay(&turned, Lang::Nl), format_pay(&h, Lang::Nl));
    }

    #[test]
    fn cents_in_one_amount_show_in_both() {
        let h = PayRange {
            min_cents: 1400,
            max_cents: 1650,
            per: PayPer::Hour,
        };
        assert_eq!(
            format_pay(&h, Lang::Nl),
            "€ 14,00 tot € 16,50 bruto per uur"
        );
        assert_eq!(format_pay(&h, Lang::En), "€14.00 to €16.50 gross an hour");
        let one = PayRange {
            min_cents: 1505,
            max_cents: 1505,
            per: PayPer::Hour,
        };
        assert_eq!(format_pay(&one, Lang::Nl), "€ 15,05 bruto per uur");
        assert_eq!(format_pay(&one, Lang::En), "€15.05 gross an hour");
    }

    #[test]
    fn amounts_in_each_language() {
        assert_eq!(cents(245_000, Lang::Nl), "€ 2.450");
        assert_eq!(cents(245_000, Lang::En), "€2,450");
        assert_eq!(cents(1450, Lang::Nl), "€ 14,50");
        assert_eq!(cents(1450, Lang::En), "€14.50");
        assert_eq!(cents(123_450, Lang::Nl), "€ 1.234,50");
        assert_eq!(cents(123_450, Lang::En), "€1,234.50");
        assert_eq!(cents(5, Lang::Nl), "€ 0,05");
        assert_eq!(cents(5, Lang::En), "€0.05");
        assert_eq!(cents(100_000_001, Lang::Nl), "€ 1.000.000,01");
        assert_eq!(cents(u32::MAX, Lang::En), "€42,949,672.95");
        assert_eq!(euros(450, Lang::Nl), "€ 450");
        assert_eq!(euros(u32::MAX, Lang::En), "€4,294,967,295");
    }
}
