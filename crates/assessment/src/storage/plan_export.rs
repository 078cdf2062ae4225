//! The action plan for other programs: CSV for a spreadsheet, and an iCalendar file
//! (RFC 5545) that Outlook and other calendars open, one all-day item per dated action.
//!
//! Every word a user reads in these files (headers, labels, status names) is passed in
//! by the app; this module only decides the structure.

use digiwijzer_corpus::Date;

use super::exchange::{csv_start, push_row};
use super::plan::{dimensions_of, Action, Status};
use super::schema::Assessment;
use crate::assessment::Model;

/// Between the items of a list in one CSV cell.
const LIST_SEPARATOR: &str = "; ";

/// The plan as CSV (the same form as [`super::export_csv`], for Dutch Excel): one row per live
/// action, in plan order ([`Assessment::plan`]). The columns: what, who, the day it is
/// due (`2027-03-31`, empty without one), its status (by `status_name`), the note, the
/// names of the dimensions it is for, the statement ids, and the tips.
pub fn export_plan_csv(
    model: &Model,
    assessment: &Assessment,
    header: &[&str; 8],
    status_name: fn(Status) -> &'static str,
) -> String {
    let mut out = csv_start(header);
    for (_, action) in assessment.plan() {
        let mut dimensions: Vec<&str> =
            dimensions_of(model, action).into_iter().filter_map(|id| model.dimension(id)).map(|d| &*d.name).collect();
        // A dimension this model does not know (named by a newer file) is shown by its
        // id rather than lost from the export.
        if let Some(id) = action.purpose.dimension.as_deref().filter(|id| model.dimension(id).is_none()) {
            dimensions.push(id);
        }
        let due = action.due.map(Date::iso).unwrap_or_default();
        push_row(
            &mut out,
            &[
                &action.what,
                &action.who,
                &due,
                status_name(action.status),
                &action.note,
                &dimensions.join(LIST_SEPARATOR),
                &action.purpose.statements.join(LIST_SEPARATOR),
                &action.purpose.tips.join(LIST_SEPARATOR),
            ],
        );
    }
    out
}

/// The words of a calendar item's description, in the user's language.
#[derive(Clone, Copy, Debug)]
pub struct PlanLabels<'a> {
    /// Before who does it: "Wie".
    pub who: &'a str,
    /// Before the status: "Status".
    pub status: &'a str,
    /// Before the note: "Toelichting".
    pub note: &'a str,
    pub status_name: fn(Status) -> &'a str,
}

/// Names the program that wrote the file (RFC 5545 3.7.3). An identifier, not a text
/// for users.
pub const ICS_PRODID: &str = "-//Digiwijzer//Actieplan//NL";

/// The end of every UID. `.invalid` can never be a real host (RFC 2606), so no other
/// program's UIDs can be the same as ours.
pub const ICS_UID_DOMAIN: &str = "digiwijzer.invalid";

/// The longest physical line, in octets, without its CRLF (RFC 5545 3.1).
pub const ICS_LINE_OCTETS: usize = 75;

/// The plan as an iCalendar file for Outlook and other calendars: one all-day `VEVENT`
/// per live action with a due day, on that day, in plan order. Actions without a day
/// are left out (a calendar item needs one); `None` when that leaves nothing, since
/// RFC 5545 does not allow a calendar without items (the app then says so instead of
/// offering a file).
///
/// `VEVENT` rather than `VTODO`, because Outlook ignores `VTODO`. Each item's `UID`
/// is made of the action's and the assessment's id, so a calendar can know the item
/// again in a newer file; `DTSTAMP` is `now` (ms since the Unix epoch) in UTC. The
/// description names who does it, the status and the note, with `labels`; a dropped
/// action is `STATUS:CANCELLED`, every other one `CONFIRMED`. Items show the time as
/// free: a deadline does not block the day. `calendar_name` (empty: none) is the name
/// Outlook gives the calendar when it opens the file as one of its own.
///
/// Lines end in CRLF and are folded at 75 octets; text is escaped, so no text of the
/// user's or a file's can end a property or the calendar.
pub fn export_plan_ics(assessment: &Assessment, now: u64, calendar_name: &str, labels: &PlanLabels) -> Option<String> {
    let dated: Vec<(&str, &Action, Date)> = assessment
        .plan()
        .into_iter()
        .filter_map(|(id, action)| Some((id, action, writable_day(action.due?)?)))
        .collect();
    if dated.is_empty() {
        return None;
    }
    let stamp = utc_stamp(now);
    let mut ics = Ics(String::new());
    ics.value("BEGIN", "VCALENDAR");
    ics.value("VERSION", "2.0");
    ics.text("PRODID", ICS_PRODID);
    ics.value("CALSCALE", "GREGORIAN");
    ics.value("METHOD", "PUBLISH");
    if !calendar_name.is_empty() {
        // Not in RFC 5545 (an "X-" property, which any reader may ignore), but
        // Outlook, Google Calendar and Apple Calendar take the calendar's name from it.
        ics.text("X-WR-CALNAME", calendar_name);
    }
    for (id, action, day) in dated {
        ics.value("BEGIN", "VEVENT");
        ics.text("UID", &format!("{id}+{}@{ICS_UID_DOMAIN}", assessment.id));
        ics.value("DTSTAMP", &stamp);
        ics.value("DTSTART;VALUE=DATE", &ics_date(day));
        // The end is the day after, not included (RFC 5545 3.6.1). Without one the
        // item still lasts that one day; only 9999-12-31 has no day after to write.
        if let Some(end) = next_day(day).and_then(writable_day) {
            ics.value("DTEND;VALUE=DATE", &ics_date(end));
        }
        ics.text("SUMMARY", &action.what);
        ics.text("DESCRIPTION", &description(action, labels));
        ics.value("STATUS", if action.status == Status::Vervallen { "CANCELLED" } else { "CONFIRMED" });
        ics.value("TRANSP", "TRANSPARENT");
        // Outlook's own property for "show as free"; other readers ignore it.
        ics.value("X-MICROSOFT-CDO-BUSYSTATUS", "FREE");
        if action.modified() > 0 {
            ics.value("LAST-MODIFIED", &utc_stamp(action.modified()));
        }
        ics.value("END", "VEVENT");
    }
    ics.value("END", "VCALENDAR");
    Some(ics.0)
}

/// "Wie: …", "Status: …" and "Toelichting: …", one a line; who and the note only when set.
fn description(action: &Action, labels: &PlanLabels) -> String {
    let mut lines = Vec::with_capacity(3);
    if !action.who.is_empty() {
        lines.push(format!("{}: {}", labels.who, action.who));
    }
    lines.push(format!("{}: {}", labels.status, (labels.status_name)(action.status)));
    if !action.note.is_empty() {
        lines.push(format!("{}: {}", labels.note, action.note));
    }
    lines.join("\n")
}

/// An iCalendar file being written, one content line at a time.
struct Ics(String);

impl Ics {
    /// A property whose value is already in its type's form (a date, a keyword).
    fn value(&mut self, name: &str, value: &str) {
        push_folded(&mut self.0, name, value);
    }

    /// A TEXT property; left out when there is no text.
    fn text(&mut self, name: &str, text: &str) {
        let escaped = escape_text(text);
        if !escaped.is_empty() {
            push_folded(&mut self.0, name, &escaped);
        }
    }
}

/// A TEXT value (RFC 5545 3.3.11): backslash, `;`, `,` and line breaks (CRLF, CR or LF)
/// escaped. Other control characters are left out, as TEXT may not contain them; so no
/// text can end a line, a property or the calendar.
fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {
                chars.next_if_eq(&'\n');
                out.push_str("\\n");
            }
            '\t' => out.push('\t'),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends the content line `name:value`, folded (RFC 5545 3.1): no physical line is
/// longer than [`ICS_LINE_OCTETS`] octets, a fold is CRLF and one space, and it never
/// falls inside a UTF-8 character. Nor between a backslash and the character it
/// escapes: the RFC allows that, but a reader that unescapes before it unfolds would
/// read it wrong.
fn push_folded(out: &mut String, name: &str, value: &str) {
    let mut used = 0;
    // After a backslash that starts an escape, so the next character stays with it.
    let mut in_escape = false;
    for c in name.chars().chain([':']).chain(value.chars()) {
        // An escape is a backslash and one ASCII character: both go on this line, so the
        // character after the backslash always fits.
        let needs = if c == '\\' && !in_escape { 2 } else { c.len_utf8() };
        if used + needs > ICS_LINE_OCTETS {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += c.len_utf8();
        in_escape = !in_escape && c == '\\';
    }
    out.push_str("\r\n");
}

/// The day as a DATE value: `20270331`.
fn ics_date(day: Date) -> String {
    format!("{:04}{:02}{:02}", day.year, day.month, day.day)
}

/// The day, if it is a real one that a DATE value (four-digit year) can hold.
fn writable_day(day: Date) -> Option<Date> {
    Date::new(day.year, day.month, day.day).filter(|d| d.year <= 9999)
}

/// The day after: across the end of a month and a year, with 29 February in leap years.
fn next_day(day: Date) -> Option<Date> {
    Date::new(day.year, day.month, day.day.saturating_add(1))
        .or_else(|| Date::new(day.year, day.month.saturating_add(1), 1))
        .or_else(|| Date::new(day.year.checked_add(1)?, 1, 1))
}

/// The last millisecond a four-digit year can hold: 9999-12-31T23:59:59.999Z.
const LAST_WRITABLE_MS: u64 = 253_402_300_799_999;

/// A moment (ms since the Unix epoch) as a UTC DATE-TIME: `20270331T081500Z`. Integer
/// arithmetic only. A time past the year 9999, which only a broken clock gives, is
/// written as the last moment of that year, so the file stays valid.
fn utc_stamp(ms: u64) -> String {
    let ms = ms.min(LAST_WRITABLE_MS);
    let seconds = ms / 1000 % 86_400;
    format!("{}T{:02}{:02}{:02}Z", ics_date(Date::from_unix_ms(ms)), seconds / 3600, seconds / 60 % 60, seconds % 60)
}

#[cfg(test)]
mod tests {
    use super::{escape_text, next_day, push_folded, utc_stamp};
    use digiwijzer_corpus::Date;

    #[test]
    fn the_day_after_crosses_months_years_and_leap_days() {
        let day = |y, m, d| Date::new(y, m, d).unwrap();
        let cases = [
            (day(2027, 3, 30), day(2027, 3, 31)),
            (day(2027, 3, 31), day(2027, 4, 1)),
            (day(2027, 4, 30), day(2027, 5, 1)),
            (day(2027, 12, 31), day(2028, 1, 1)),
            (day(2027, 2, 28), day(2027, 3, 1)),
            (day(2028, 2, 28), day(2028, 2, 29)),
            (day(2028, 2, 29), day(2028, 3, 1)),
            (day(2100, 2, 28), day(2100, 3, 1)),
            (day(2000, 2, 28), day(2000, 2, 29)),
        ];
        for (from, to) in cases {
            assert_eq!(next_day(from), Some(to), "after {from:?}");
        }
    }

    #[test]
    fn stamps_are_utc_and_never_need_more_than_four_year_digits() {
        assert_eq!(utc_stamp(0), "19700101T000000Z");
        assert_eq!(utc_stamp(1_709_251_199_999), "20240229T235959Z");
        assert_eq!(utc_stamp(u64::MAX), "99991231T235959Z");
    }

    #[test]
    fn folds_keep_escapes_and_characters_whole() {
        for pad in 0..6 {
            let text = format!("{}{}", "x".repeat(60 + pad), "é\\;€😀,".repeat(8));
            let mut out = String::new();
            push_folded(&mut out, "SUMMARY", &escape_text(&text));
            for line in out.split_terminator("\r\n") {
                assert!(line.len() <= 75, "{line:?}");
                let backslashes = line.bytes().rev().take_while(|&b| b == b'\\').count();
                assert!(backslashes % 2 == 0, "escape split: {line:?}");
            }
        }
    }
}
