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

/// Whole euros with a thousands separator: "2.450" (Dutch) or "2,450" (English).
pub(crate) fn euros(amount: u32, lang: Lang) -> String {
    let sep = match lang {
        Lang::Nl => '.',
        Lang::En => ',',
    };
    let digits = amount.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    match lang {
        Lang::Nl => format!("€ {out}"),
        Lang::En => format!("€{out}"),
    }
}

/// The amounts of a range without "bruto"/"gross": "€ 300 tot € 450 per maand".
pub(crate) fn amounts(p: &PayRange, lang: Lang, gross: bool) -> String {
    let (lo, hi) = (p.min.min(p.max), p.min.max(p.max));
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
        return format!("{} {gross}{per}", euros(lo, lang));
    }
    let to = match lang {
        Lang::Nl => "tot",
        Lang::En => "to",
    };
    format!("{} {to} {} {gross}{per}", euros(lo, lang), euros(hi, lang))
}

/// A gross pay range in words: "€ 2.450 tot € 2.900 bruto per maand" (Dutch) or
/// "€2,450 to €2,900 gross a month" (English). Equal amounts give one amount.
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
        let p = PayRange {
            min: 2450,
            max: 2900,
            per: PayPer::Month,
        };
        assert_eq!(
            format_pay(&p, Lang::Nl),
            "€ 2.450 tot € 2.900 bruto per maand"
        );
        assert_eq!(format_pay(&p, Lang::En), "€2,450 to €2,900 gross a month");
        let h = PayRange {
            min: 17,
            max: 14,
            per: PayPer::Hour,
        };
        assert_eq!(format_pay(&h, Lang::Nl), "€ 14 tot € 17 bruto per uur");
        let y = PayRange {
            min: 1_000_000,
            max: 1_000_000,
            per: PayPer::Year,
        };
        assert_eq!(format_pay(&y, Lang::En), "€1,000,000 gross a year");
    }
}
