//! The action plan as CSV for a spreadsheet and as an iCalendar file for Outlook. The
//! calendar file is read back by an independent parser (the `icalendar` crate) and
//! checked against the content-line rules of RFC 5545, so a test fails when a calendar
//! program could not read it, not only when its text changed. Native only: the parser
//! is a host dev-dependency.
#![cfg(not(target_arch = "wasm32"))]

use digiwijzer::corpus::Date;
use digiwijzer::embedded::assessment_model;
use digiwijzer::storage::{
    export_json, export_plan_csv, export_plan_ics, plan_import, Assessment, NewAction, Purpose, State, Status,
};
use digiwijzer::strings as messages;
use icalendar::parser::{read_calendar, unfold};
use icalendar::{Component, DatePerhapsTime, EventStatus};

#[path = "support/csv.rs"]
mod csv_reader;
use csv_reader::read_csv;

const T0: u64 = 1_732_000_000_000;
/// When the calendar file is made: a whole second, so DTSTAMP can say it exactly.
const NOW: u64 = 1_796_131_085_000;

fn day(text: &str) -> Date {
    Date::from_iso(text).unwrap()
}

fn csv(assessment: &Assessment) -> String {
    export_plan_csv(assessment_model(), assessment, &messages::PLAN_CSV_HEADER, messages::status_name)
}

fn ics(assessment: &Assessment) -> Option<String> {
    export_plan_ics(assessment, NOW, &messages::plan_calendar_name(&assessment.name), &messages::PLAN_ICS_LABELS)
}

/// One assessment and the ids of the actions added to it, in the order given.
fn plan(actions: &[NewAction]) -> (State, String, Vec<String>) {
    let mut state = State::new();
    let id = state.create("Nulmeting", T0, 7).unwrap();
    let a = state.get_mut(&id).unwrap();
    let ids = actions.iter().enumerate().map(|(i, new)| a.add_action(new.clone(), T0 + i as u64, 3).unwrap()).collect();
    (state, id, ids)
}

fn action(what: &str, due: Option<&str>) -> NewAction {
    NewAction { what: what.into(), due: due.map(day), ..NewAction::default() }
}

/// A typical plan: three dated actions (one dropped), one undated, one deleted.
fn typical() -> (State, String, Vec<String>) {
    let (mut state, id, ids) = plan(&[
        NewAction {
            what: "Bestuurder laten voorstellen".into(),
            who: "Directie".into(),
            due: Some(day("2027-03-31")),
            note: "Na de zomer.\nEerst met de griffie praten.".into(),
            purpose: Purpose {
                statements: vec!["eigenaarschap.b3".into(), "strategie.b4".into()],
                dimension: Some("eigenaarschap".into()),
                tips: vec!["tip-17".into(), "tip-3".into()],
            },
        },
        action("Zonder datum", None),
        NewAction { who: "Team KCC".into(), ..action("Klantreis tekenen", Some("2027-01-15")) },
        action("Weg ermee", Some("2027-02-01")),
        action("Niet meer nodig", Some("2027-06-01")),
    ]);
    let a = state.get_mut(&id).unwrap();
    a.set_action_status(&ids[2], Status::Bezig, T0 + 10).unwrap();
    a.delete_action(&ids[3], T0 + 11).unwrap();
    a.set_action_status(&ids[4], Status::Vervallen, T0 + 12).unwrap();
    (state, id, ids)
}

// ---------------------------------------------------------------------------------------
// CSV

#[test]
fn plan_csv_has_one_row_per_live_action_in_plan_order() {
    let (state, id, _) = typical();
    let text = csv(state.get(&id).unwrap());
    let header = format!("\u{feff}{}\r\n", messages::PLAN_CSV_HEADER.join(";"));
    assert!(text.starts_with(&header), "a BOM, then the header split on ';' for Dutch Excel: {text:?}");
    let rows = read_csv(&text);
    assert_eq!(rows[0], messages::PLAN_CSV_HEADER);
    let model = assessment_model();
    let name = |d: &str| model.dimension(d).unwrap().name.to_string();
    let onderwerp = format!("{}; {}", name("eigenaarschap"), name("strategie"));
    let expected: [[&str; 8]; 4] = [
        ["Klantreis tekenen", "Team KCC", "2027-01-15", "Bezig", "", "", "", ""],
        [
            "Bestuurder laten voorstellen",
            "Directie",
            "2027-03-31",
            "Gepland",
            "Na de zomer.\nEerst met de griffie praten.",
            &onderwerp,
            "eigenaarschap.b3; strategie.b4",
            "tip-17; tip-3",
        ],
        ["Niet meer nodig", "", "2027-06-01", "Vervallen", "", "", "", ""],
        ["Zonder datum", "", "", "Gepland", "", "", "", ""],
    ];
    assert_eq!(rows[1..], expected, "by date, undated last, the deleted one left out");
}

#[test]
fn plan_csv_quotes_and_neutralises_what_could_become_a_formula() {
    let (mut state, id, ids) = plan(&[NewAction {
        what: "=HYPERLINK(\"https://example.invalid\",\"klik\")".into(),
        who: "+31 6 1234, of @team".into(),
        note: "-1, \"zo\"\r\nen verder; klaar".into(),
        purpose: Purpose { dimension: Some("onbekend-onderwerp".into()), ..Purpose::default() },
        ..action("x", None)
    }]);
    let text = csv(state.get(&id).unwrap());
    let rows = read_csv(&text);
    assert_eq!(
        rows[1],
        [
            "'=HYPERLINK(\"https://example.invalid\",\"klik\")",
            "'+31 6 1234, of @team",
            "",
            "Gepland",
            "'-1, \"zo\"\r\nen verder; klaar",
            "onbekend-onderwerp",
            "",
            ""
        ],
        "formulas start with an apostrophe; a dimension the model does not know keeps its id"
    );
    assert!(text.contains(";\"'-1, \"\"zo\"\"\r\nen verder; klaar\";"), "RFC 4180 quoting: {text:?}");
    assert!(text.contains("\"'=HYPERLINK(\"\"https://example.invalid\"\",\"\"klik\"\")\";"), "{text:?}");

    // The cells go through the one shared cell writer: the same cell as the answers' CSV.
    state.get_mut(&id).unwrap().set_action_who(&ids[0], "@SUM(A1:A9)", T0 + 5).unwrap();
    let rows = read_csv(&csv(state.get(&id).unwrap()));
    assert_eq!(rows[1][1], "'@SUM(A1:A9)");
    assert_eq!(digiwijzer::storage::csv_cell("@SUM(A1:A9)"), "\"'@SUM(A1:A9)\"");
}

// ---------------------------------------------------------------------------------------
// iCalendar: the rules of RFC 5545 that a parser may be lenient about

/// Checks the physical and logical lines of an iCalendar file and returns the logical
/// lines (unfolded, without CRLF).
fn content_lines(ics: &str) -> Vec<String> {
    assert!(ics.ends_with("\r\n"), "the last line ends in CRLF too");
    let physical: Vec<&str> = ics.split_terminator("\r\n").collect();
    let mut logical: Vec<String> = Vec::new();
    for line in &physical {
        assert!(line.len() <= 75, "longer than 75 octets ({}): {line:?}", line.len());
        assert!(!line.is_empty(), "an empty line");
        // RFC 5545 3.1: no control character in a line but HTAB (CR and LF only as CRLF).
        assert!(
            !line.chars().any(|c| c != '\t' && (c.is_ascii_control() || c == '\u{7f}')),
            "a control character in {line:?}"
        );
        if let Some(rest) = line.strip_prefix(' ') {
            logical.last_mut().expect("a continuation after a line").push_str(rest);
        } else {
            logical.push(line.to_string());
        }
    }
    assert_eq!(logical.join("\r\n") + "\r\n", unfold(ics), "our unfolding agrees with the parser's");
    for line in &logical {
        // contentline = name *(";" param) ":" value; name = iana-token / x-name.
        let (head, value) = line.split_once(':').unwrap_or_else(|| panic!("no ':' in {line:?}"));
        let mut parts = head.split(';');
        let name = parts.next().unwrap();
        assert!(!name.is_empty() && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'), "name {name:?}");
        for param in parts {
            let (key, val) = param.split_once('=').unwrap_or_else(|| panic!("param {param:?}"));
            assert!(key.bytes().all(|b| b.is_ascii_uppercase() || b == b'-') && !val.is_empty(), "{param:?}");
        }
        assert!(!value.is_empty(), "an empty value: {line:?}");
        if TEXT_PROPERTIES.contains(&name) {
            check_text(value);
        }
    }
    logical
}

/// The properties whose value is TEXT, among those we write.
const TEXT_PROPERTIES: [&str; 5] = ["PRODID", "X-WR-CALNAME", "UID", "SUMMARY", "DESCRIPTION"];

/// RFC 5545 3.3.11: in TEXT, `;` and `,` only escaped, and a backslash only before
/// `\`, `;`, `,`, `n` or `N`. A lenient parser reads both forms alike, so this checks it.
fn check_text(value: &str) {
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => assert!(matches!(chars.next(), Some('\\' | ';' | ',' | 'n' | 'N')), "a bad escape in {value:?}"),
            ';' | ',' => panic!("an unescaped {c:?} in {value:?}"),
            _ => {}
        }
    }
}

/// The properties of each component, by the nesting of BEGIN and END.
fn components(lines: &[String]) -> Vec<(String, Vec<(String, String)>)> {
    let mut stack: Vec<(String, Vec<(String, String)>)> = Vec::new();
    let mut done = Vec::new();
    for line in lines {
        let (head, value) = line.split_once(':').unwrap();
        match head {
            "BEGIN" => stack.push((value.to_string(), Vec::new())),
            "END" => {
                let component = stack.pop().expect("END without BEGIN");
                assert_eq!(component.0, value, "END matches its BEGIN");
                done.push(component);
            }
            _ => stack.last_mut().expect("a property outside the calendar").1.push((head.into(), value.into())),
        }
    }
    assert!(stack.is_empty(), "every BEGIN has its END");
    done
}

fn count(props: &[(String, String)], name: &str) -> usize {
    props.iter().filter(|(head, _)| head.split(';').next() == Some(name)).count()
}

/// Everything RFC 5545 requires of the calendar and its events, checked on the lines.
fn check_rfc5545(ics: &str) -> Vec<String> {
    let lines = content_lines(ics);
    assert_eq!(lines.first().map(String::as_str), Some("BEGIN:VCALENDAR"));
    assert_eq!(lines.last().map(String::as_str), Some("END:VCALENDAR"));
    let all = components(&lines);
    let (calendar, events) = all.split_last().unwrap();
    assert_eq!(calendar.0, "VCALENDAR");
    assert!(!events.is_empty(), "a calendar holds at least one component");
    for (name, once) in [("VERSION", true), ("PRODID", true), ("CALSCALE", false), ("METHOD", false)] {
        let n = count(&calendar.1, name);
        assert!(n == 1 || (!once && n == 0), "{name} {n} times");
    }
    assert!(calendar.1.contains(&("VERSION".into(), "2.0".into())));
    for (name, props) in events {
        assert_eq!(name, "VEVENT", "Outlook reads events, not tasks");
        for required in ["UID", "DTSTAMP", "DTSTART"] {
            assert_eq!(count(props, required), 1, "{required} once in {props:?}");
        }
        for at_most_once in ["DTEND", "SUMMARY", "DESCRIPTION", "STATUS", "TRANSP", "LAST-MODIFIED", "DURATION"] {
            assert!(count(props, at_most_once) <= 1, "{at_most_once} at most once");
        }
        assert_eq!(count(props, "DURATION"), 0, "DTEND, not DURATION");
        for (head, value) in props {
            if head == "STATUS" {
                assert!(["TENTATIVE", "CONFIRMED", "CANCELLED"].contains(&value.as_str()), "VEVENT status {value}");
            }
            if head == "DTSTAMP" || head == "LAST-MODIFIED" {
                assert!(value.len() == 16 && value.ends_with('Z') && value.as_bytes()[8] == b'T', "UTC: {value}");
            }
        }
    }
    lines
}

/// The file as the parser reads it: the typed calendar, after the checks above.
fn parse(ics: &str) -> icalendar::Calendar {
    check_rfc5545(ics);
    let unfolded = unfold(ics);
    let raw = read_calendar(&unfolded).unwrap_or_else(|e| panic!("the parser refuses the file: {e}\n{ics}"));
    assert!(raw.components.iter().all(|c| c.name.as_str() == "VEVENT"));
    ics.parse::<icalendar::Calendar>().unwrap()
}

fn date(value: Option<DatePerhapsTime>) -> String {
    match value {
        Some(DatePerhapsTime::Date(d)) => d.to_string(),
        other => panic!("an all-day date, not {other:?}"),
    }
}

// ---------------------------------------------------------------------------------------
// iCalendar: what a calendar shows

#[test]
fn the_calendar_has_one_all_day_event_per_dated_live_action() {
    let (state, id, ids) = typical();
    let a = state.get(&id).unwrap();
    let file = ics(a).expect("dated actions give a calendar");
    let calendar = parse(&file);
    for (name, value) in [
        ("VERSION", "2.0"),
        ("CALSCALE", "GREGORIAN"),
        ("METHOD", "PUBLISH"),
        ("PRODID", "-//Digiwijzer//Actieplan//NL"),
    ] {
        assert_eq!(calendar.property_value(name), Some(value), "{name}");
    }
    assert_eq!(calendar.get_name(), Some("Actieplan Nulmeting"));

    let events: Vec<_> = calendar.events().collect();
    let summaries: Vec<_> = events.iter().map(|e| e.get_summary().unwrap()).collect();
    assert_eq!(
        summaries,
        ["Klantreis tekenen", "Bestuurder laten voorstellen", "Niet meer nodig"],
        "in plan order; the undated and the deleted action left out"
    );
    let uid = |i: usize| format!("{}+{id}@digiwijzer.invalid", ids[i]);
    let expected = [
        (uid(2), "2027-01-15", "2027-01-16", "Wie: Team KCC\nStatus: Bezig", EventStatus::Confirmed),
        (
            uid(0),
            "2027-03-31",
            "2027-04-01",
            "Wie: Directie\nStatus: Gepland\nToelichting: Na de zomer.\nEerst met de griffie praten.",
            EventStatus::Confirmed,
        ),
        (uid(4), "2027-06-01", "2027-06-02", "Status: Vervallen", EventStatus::Cancelled),
    ];
    for (event, (uid, start, end, description, status)) in events.iter().zip(expected) {
        assert_eq!(event.get_uid(), Some(uid.as_str()));
        assert_eq!(date(event.get_start()), start);
        assert_eq!(date(event.get_end()), end);
        assert_eq!(event.get_description(), Some(description));
        assert_eq!(event.get_status(), Some(status));
        assert_eq!(event.get_timestamp().map(|t| t.timestamp_millis()), Some(NOW as i64), "DTSTAMP is now, in UTC");
        assert_eq!(event.property_value("TRANSP"), Some("TRANSPARENT"), "a deadline leaves the day free");
    }
    let action = &a.actions[&ids[4]];
    let seconds = (action.modified() / 1000) as i64;
    assert_eq!(events[2].get_last_modified().map(|t| t.timestamp()), Some(seconds), "LAST-MODIFIED, in UTC");
}

#[test]
fn an_event_ends_the_next_day_across_months_years_and_leap_days() {
    let days = [
        "2027-01-31",
        "2027-02-28",
        "2028-02-28",
        "2028-02-29",
        "2027-04-30",
        "2027-06-15",
        "2027-12-31",
        "2100-02-28",
        "2000-02-28",
        "2000-02-29",
        "9999-12-30",
    ];
    let news: Vec<NewAction> = days.iter().map(|d| action(&format!("Op {d}"), Some(d))).collect();
    let (state, id, _) = plan(&news);
    let calendar = parse(&ics(state.get(&id).unwrap()).unwrap());
    let mut seen = 0;
    for event in calendar.events() {
        let Some(DatePerhapsTime::Date(start)) = event.get_start() else { panic!("an all-day start") };
        assert_eq!(event.get_summary(), Some(format!("Op {start}").as_str()));
        // The parser's own calendar arithmetic, not ours, says which day follows.
        let after = start.succ_opt().unwrap();
        assert_eq!(date(event.get_end()), after.to_string(), "the day after {start}");
        seen += 1;
    }
    assert_eq!(seen, days.len());

    // The last day a four-digit year can hold has no day after to write: the item then
    // lasts that one day by RFC 5545's rule for a DATE start without an end.
    let (state, id, _) = plan(&[action("Het allerlaatst", Some("9999-12-31"))]);
    let calendar = parse(&ics(state.get(&id).unwrap()).unwrap());
    let event = calendar.events().next().unwrap();
    assert_eq!(date(event.get_start()), "9999-12-31");
    assert!(event.get_end().is_none());
}

#[test]
fn long_lines_are_folded_at_75_octets_on_character_boundaries_and_unfold_to_the_text() {
    // Two-, three- and four-octet characters and escapes at every offset from a fold.
    let what: String = "Één € 😀 ; x,\\ ".chars().cycle().take(200).collect();
    let mut note = String::new();
    for n in 0..40 {
        note.push_str(&"ë".repeat(n % 7));
        note.push_str("€😀;,\\ ");
    }
    let note: String = note.chars().take(500).collect();
    let (mut state, id, ids) = plan(&[NewAction { note: note.clone(), ..action(&what, Some("2027-05-01")) }]);
    let file = ics(state.get(&id).unwrap()).unwrap();
    let lines = check_rfc5545(&file);
    assert!(file.split("\r\n").filter(|l| l.starts_with(' ')).count() > 10, "long properties are folded");
    for line in file.split_terminator("\r\n") {
        // Each physical line is whole UTF-8 on its own: no character was cut by a fold.
        assert!(std::str::from_utf8(line.as_bytes()).is_ok());
        let backslashes = line.bytes().rev().take_while(|&b| b == b'\\').count();
        assert_eq!(backslashes % 2, 0, "an escape cut by a fold: {line:?}");
    }
    assert!(lines.iter().any(|l| l.starts_with("SUMMARY:") && l.len() > 200), "unfolded, the summary is whole");
    let calendar = parse(&file);
    let event = calendar.events().next().unwrap();
    let what = state.get(&id).unwrap().actions[&ids[0]].what.clone();
    assert_eq!(event.get_summary(), Some(what.as_str()));
    assert_eq!(event.get_description().unwrap(), format!("Status: Gepland\nToelichting: {note}"));

    // Fold points move with every length; the text survives each of them.
    for n in 0..80 {
        let text = format!("{}é€😀;,\\", "x".repeat(n));
        state.get_mut(&id).unwrap().set_action_what(&ids[0], &text, T0 + 100 + n as u64).unwrap();
        let calendar = parse(&ics(state.get(&id).unwrap()).unwrap());
        assert_eq!(calendar.events().next().unwrap().get_summary(), Some(text.as_str()), "at {n}");
    }
}

#[test]
fn outside_text_never_breaks_the_calendar() {
    let hostile = "Eerst; dan, daarna\\n\r\nEND:VCALENDAR\r\nBEGIN:VEVENT\rUID:x\nSUMMARY:y \u{7}\u{0}\ttab";
    let (mut state, id, ids) = plan(&[
        NewAction { note: hostile.into(), who: "a;b,c\\d".into(), ..action("Gewoon", Some("2027-03-31")) },
        action("Tweede", Some("2027-04-01")),
    ]);
    let a = state.get_mut(&id).unwrap();
    // A "what" as a file or an older version might have left it, unchecked.
    a.actions.get_mut(&ids[1]).unwrap().what = hostile.into();
    a.name = "Team; KCC, \\ \r\nEND:VCALENDAR".into();
    let file = ics(state.get(&id).unwrap()).unwrap();
    let lines = check_rfc5545(&file);
    assert_eq!(lines.iter().filter(|l| l.starts_with("BEGIN:") || l.starts_with("END:")).count(), 6);
    assert_eq!(file.matches("\r\nEND:VCALENDAR\r\n").count(), 1, "only the real end: {file}");

    let calendar = parse(&file);
    // Line breaks in any form are one escaped newline; other control characters are
    // not allowed in TEXT and are left out; everything else comes back as it was.
    let read_back = "Eerst; dan, daarna\\n\nEND:VCALENDAR\nBEGIN:VEVENT\nUID:x\nSUMMARY:y \ttab";
    let events: Vec<_> = calendar.events().collect();
    assert_eq!(events.len(), 2);
    assert_eq!(events[0].get_summary(), Some("Gewoon"));
    assert_eq!(
        events[0].get_description().unwrap(),
        format!("Wie: a;b,c\\d\nStatus: Gepland\nToelichting: {read_back}")
    );
    assert_eq!(events[1].get_summary(), Some(read_back));
    assert_eq!(events[1].get_uid().unwrap(), format!("{}+{id}@digiwijzer.invalid", ids[1]));
    assert!(lines.contains(&"X-WR-CALNAME:Actieplan Team\\; KCC\\, \\\\ \\nEND:VCALENDAR".to_string()));
}

#[test]
fn a_plan_with_no_dated_live_action_gives_no_calendar() {
    let (mut state, id, ids) = plan(&[action("Zonder datum", None), action("Met datum", Some("2027-03-31"))]);
    assert!(ics(state.get(&id).unwrap()).is_some());
    state.get_mut(&id).unwrap().delete_action(&ids[1], T0 + 10).unwrap();
    assert_eq!(ics(state.get(&id).unwrap()), None, "RFC 5545 has no calendar without items");
    let (state, id, _) = plan(&[]);
    assert_eq!(ics(state.get(&id).unwrap()), None);
}

#[test]
fn uids_stay_the_same_across_exports_and_differ_between_actions_and_copies() {
    let (mut state, id, ids) = plan(&[action("Een", Some("2027-03-31")), action("Twee", Some("2027-03-31"))]);
    let uids = |state: &State, id: &str, now: u64| -> Vec<String> {
        let a = state.get(id).unwrap();
        let file = export_plan_ics(a, now, "", &messages::PLAN_ICS_LABELS).unwrap();
        assert!(!file.contains("X-WR-CALNAME"), "no name, no empty property");
        parse(&file).events().map(|e| e.get_uid().unwrap().to_string()).collect()
    };
    let before = uids(&state, &id, NOW);
    assert_eq!(before.len(), 2);
    assert_ne!(before[0], before[1]);
    state.get_mut(&id).unwrap().set_action_what(&ids[0], "Een, anders", T0 + 50).unwrap();
    state.get_mut(&id).unwrap().set_action_due(&ids[0], Some(day("2027-05-01")), T0 + 51).unwrap();
    let mut after = uids(&state, &id, NOW + 86_400_000);
    after.sort();
    let mut sorted = before.clone();
    sorted.sort();
    assert_eq!(after, sorted, "a changed action keeps its UID, so a calendar updates the item");
    // Imported again as a new assessment, the actions keep their ids but belong to
    // another assessment: their items are items of their own.
    let file = export_json(&[state.get(&id).unwrap()], T0 + 60);
    let import = plan_import(&state, assessment_model(), &file).unwrap();
    let copy = state.import_as_new(&import, T0 + 61, 8).remove(0);
    assert_ne!(copy, id);
    assert_eq!(state.get(&copy).unwrap().actions.keys().collect::<Vec<_>>(), ids.iter().collect::<Vec<_>>());
    let copied = uids(&state, &copy, NOW);
    assert!(copied.iter().all(|u| !before.contains(u)), "{copied:?} {before:?}");
}
