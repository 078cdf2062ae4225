//! Dutch dates as news sites print them: "Ma 25 Nov 2019", "21 november 2017".

use crate::model::Date;
use crate::text::fold;

const MONTHS: [&[&str]; 12] = [
    &["jan", "januari"],
    &["feb", "febr", "februari"],
    &["mrt", "maa", "maart"],
    &["apr", "april"],
    &["mei"],
    &["jun", "juni"],
    &["jul", "juli"],
    &["aug", "augustus"],
    &["sep", "sept", "september"],
    &["okt", "oct", "oktober"],
    &["nov", "november"],
    &["dec", "december"],
];

const WEEKDAYS: [&str; 14] = [
    "ma",
    "di",
    "wo",
    "do",
    "vr",
    "za",
    "zo",
    "maandag",
    "dinsdag",
    "woensdag",
    "donderdag",
    "vrijdag",
    "zaterdag",
    "zondag",
];

/// A real calendar day, or `None` (31 november, 29 februari 2019).
pub fn make_date(year: u16, month: u8, day: u8) -> Option<Date> {
    Date::new(year, month, day)
}

/// `2019-11-25`, as sidecars write dates.
pub fn parse_iso_date(text: &str) -> Option<Date> {
    let mut parts = text.trim().splitn(3, '-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    if y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return None;
    }
    make_date(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
}

/// A whole string that is a Dutch date, with or without weekday, months abbreviated or not.
pub fn parse_dutch_date(text: &str) -> Option<Date> {
    let folded = fold(text);
    let mut words: Vec<&str> = folded
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .map(|w| w.trim_end_matches('.'))
        .collect();
    if words.len() == 4 && WEEKDAYS.contains(&words[0]) {
        words.remove(0);
    }
    let [day, month, year] = words[..] else { return None };
    let month = MONTHS.iter().position(|names| names.contains(&month))?;
    if year.len() != 4 || day.len() > 2 {
        return None;
    }
    make_date(year.parse().ok()?, month as u8 + 1, day.parse().ok()?)
}

/// A dateline: a line that is only a date, or a date beside a section label
/// ("artikelen | 21 november 2017").
pub fn parse_dateline(line: &str) -> Option<Date> {
    if line.len() > 80 {
        return None;
    }
    let parts: Vec<&str> = line.split('|').map(str::trim).collect();
    if parts.len() > 3 {
        return None;
    }
    let mut dates = parts.iter().filter_map(|p| parse_dutch_date(p));
    let date = dates.next()?;
    let labels_are_short = parts.iter().all(|p| parse_dutch_date(p).is_some() || p.split_whitespace().count() <= 3);
    (dates.next().is_none() && labels_are_short).then_some(date)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(year: u16, month: u8, day: u8) -> Option<Date> {
        Some(Date { year, month, day })
    }

    #[test]
    fn reads_the_date_forms_of_dutch_news_sites() {
        assert_eq!(parse_dutch_date("Ma 25 Nov 2019"), d(2019, 11, 25));
        assert_eq!(parse_dutch_date("21 november 2017"), d(2017, 11, 21));
        assert_eq!(parse_dutch_date("woensdag 3 mrt. 2021"), d(2021, 3, 3));
        assert_eq!(parse_dateline("artikelen | 21 november 2017"), d(2017, 11, 21));
    }

    #[test]
    fn rejects_impossible_days_and_prose() {
        assert_eq!(parse_dutch_date("31 november 2017"), None);
        assert_eq!(parse_dutch_date("29 februari 2019"), None);
        assert_eq!(parse_dutch_date("Op 7 februari kwamen"), None);
        assert_eq!(parse_dateline("Op 7 februari 2019 kwamen in Utrecht ruim vijftig managers | x"), None);
        assert_eq!(parse_iso_date("2019-13-01"), None);
        assert_eq!(parse_iso_date("2020-02-29"), d(2020, 2, 29));
    }
}
