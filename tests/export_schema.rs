//! The published JSON Schema of the export format
//! (`crates/assessment/src/storage/export.schema.json`) and the checked reader must
//! describe the same files. Here the schema is compared with the reader's field lists and
//! limits, and the files are written that `tests/schema/export-schema.test.mjs` checks
//! with a standard validator (ajv): what the app exports from states built the ways a user
//! builds them, which must all be valid, and variants of a file with every field in it,
//! each filed under the reader's verdict, so the schema has to give the same one.
//! `scripts/test.sh` runs that node test right after `cargo test`.

// Writes files for the node test, on the host.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;
use std::path::PathBuf;

use digiwijzer::assessment::answer::{check_evidence, EVIDENCE_MAX_CHARS, ID_MAX_CHARS, NOTE_MAX_CHARS};
use digiwijzer::assessment::{AnswerValue, LEVEL_COUNT};
use digiwijzer::corpus::Date;
use digiwijzer::embedded::assessment_model;
use digiwijzer::storage::game::Pile;
use digiwijzer::storage::plan::{
    check_what, for_statement, for_tip, MAX_ACTION_RECORDS, WHAT_MAX_CHARS, WHO_MAX_CHARS,
};
use digiwijzer::storage::{
    check_name, export_fields, export_json, plan_import, NewAction, Purpose, State, Status, FORMAT_NAME,
    FORMAT_VERSION, MAX_IMPORT_BYTES, MAX_TIME, NAME_MAX_CHARS,
};
use serde_json::{json, Value};

use AnswerValue::{Deels, Ja, Nee, Nvt};

const T0: u64 = 1_732_000_000_000;

fn schema() -> Value {
    serde_json::from_str(include_str!("../crates/assessment/src/storage/export.schema.json"))
        .expect("the schema is JSON")
}

/// Whether the app's reader imports this file.
fn reads(text: &str) -> bool {
    plan_import(&State::new(), assessment_model(), text).is_ok()
}

/// Replaces the files of one kind (`target/export-samples/<kind>/`) with these, so
/// nothing from an earlier run is checked again.
fn write_samples(kind: &str, files: &[(String, String)]) {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/export-samples").join(kind);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    for (name, text) in files {
        std::fs::write(dir.join(format!("{name}.json")), text).unwrap();
    }
}

fn day(text: &str) -> Date {
    Date::from_iso(text).unwrap()
}

// ---------------------------------------------------------------------------------------
// The schema against the reader's lists

#[test]
fn the_schema_allows_exactly_the_fields_the_reader_reads() {
    let schema = schema();
    let defs = &schema["$defs"];
    let objects = [
        ("the file", &schema, export_fields::FILE),
        ("an assessment", &defs["zelfevaluatie"], export_fields::ASSESSMENT),
        ("an answer", &defs["antwoord"], export_fields::ANSWER),
        ("a snapshot", &defs["momentopname"], export_fields::SNAPSHOT),
        ("an ambition", &defs["ambitie"], export_fields::AMBITION),
        ("an action", &defs["actie"], export_fields::ACTION),
        ("what an action is for", &defs["actie"]["properties"]["for"], export_fields::PURPOSE),
    ];
    for (what, object, fields) in objects {
        let named: BTreeSet<&str> = object["properties"].as_object().unwrap().keys().map(String::as_str).collect();
        assert_eq!(named, fields.iter().copied().collect(), "{what}: the schema names the fields the reader reads");
        assert_eq!(
            object["additionalProperties"], false,
            "{what}: the reader refuses other fields, so must the schema"
        );
    }

    // A version 1 answer had one time for the whole record: the schema forbids the others.
    assert_eq!(schema["if"]["properties"]["version"]["const"], 1);
    let v1 = &schema["then"]["properties"]["assessments"]["items"]["properties"]["answers"]["additionalProperties"];
    let forbidden: BTreeSet<&str> =
        v1["properties"].as_object().unwrap().iter().filter(|(_, s)| **s == false).map(|(k, _)| k.as_str()).collect();
    let newer: BTreeSet<&str> =
        export_fields::ANSWER.iter().filter(|f| !export_fields::ANSWER_ONE_TIME.contains(f)).copied().collect();
    assert_eq!(forbidden, newer);
}

#[test]
fn the_schema_has_the_readers_values_and_limits() {
    let schema = schema();
    let defs = &schema["$defs"];
    let assessment = &defs["zelfevaluatie"]["properties"];
    let answer = &defs["antwoord"]["properties"];
    let action = &defs["actie"]["properties"];
    assert_eq!(schema["properties"]["format"]["const"], FORMAT_NAME);
    assert_eq!(schema["properties"]["version"]["enum"], json!((1..=FORMAT_VERSION).collect::<Vec<_>>()));
    assert_eq!(defs["moment"]["maximum"], MAX_TIME);
    assert_eq!(defs["id"]["pattern"], format!("^[a-z0-9._-]{{1,{ID_MAX_CHARS}}}$"));
    assert_eq!(defs["niveau"]["maximum"], LEVEL_COUNT);
    assert_eq!(defs["toelichting"]["maxLength"], NOTE_MAX_CHARS);
    assert_eq!(assessment["name"]["maxLength"], NAME_MAX_CHARS);
    assert_eq!(assessment["actions"]["maxProperties"], MAX_ACTION_RECORDS);
    assert_eq!(answer["evidence"]["maxLength"], EVIDENCE_MAX_CHARS);
    assert_eq!(action["what"]["maxLength"], WHAT_MAX_CHARS);
    assert_eq!(action["who"]["maxLength"], WHO_MAX_CHARS);
    let values: Vec<Value> = AnswerValue::ALL.iter().map(|v| json!(v.id())).chain([Value::Null]).collect();
    assert_eq!(answer["answer"]["enum"], json!(values), "the answers, and null for none");
    let statuses: Vec<&str> = Status::ALL.iter().map(|s| s.id()).collect();
    assert_eq!(action["status"]["enum"], json!(statuses));
    // A name and a "what" need a visible character by the same rule (checked per character below).
    assert_eq!(action["what"]["pattern"], assessment["name"]["pattern"]);
}

// ---------------------------------------------------------------------------------------
// What the app exports

/// A state with every kind of thing a file can hold: answers with notes and links, an
/// n.v.t. with its reason, a cleared answer that keeps its note, an answer to a statement
/// the model does not know, snapshots, ambitions (one cleared), actions (one with every
/// field, one deleted), several assessments (one deleted, so not exported), and names
/// with quotes, accents, emoji and a character that would reverse the text.
fn everything() -> State {
    let model = assessment_model();
    let mut state = State::new();
    let first = state.create("Nulmeting \"2024\" — gemeente ’s-Hertogenbosch 🚀", T0, 1).unwrap();
    let a = state.get_mut(&first).unwrap();
    a.set_answer("eigenaarschap.b1", Some(Ja), T0 + 1).unwrap();
    a.set_note("eigenaarschap.b1", "Met de wethouder besproken, \"nog\" niet vastgelegd.\nTweede regel.", T0 + 2)
        .unwrap();
    a.set_evidence("eigenaarschap.b1", "https://gemeente.example/raadsbesluit-12?versie=2#p3", T0 + 3).unwrap();
    a.set_answer("eigenaarschap.b2", Some(Nvt), T0 + 4).unwrap();
    a.set_note("eigenaarschap.b2", "Wij hebben geen eigen balie.", T0 + 5).unwrap();
    a.set_answer("eigenaarschap.b3", Some(Nee), T0 + 6).unwrap();
    a.set_note("eigenaarschap.b3", "Volgend jaar opnieuw bekijken", T0 + 7).unwrap();
    a.set_answer("eigenaarschap.b3", None, T0 + 8).unwrap();
    a.set_answer("strategie.b1", Some(Deels), T0 + 9).unwrap();
    a.set_answer("bestaat.niet", Some(Ja), T0 + 10).unwrap();
    a.take_snapshot(model, T0 + 11);
    a.set_answer("strategie.b1", Some(Ja), T0 + 12).unwrap();
    a.take_snapshot(model, T0 + 13);
    a.set_ambition("eigenaarschap", Some(LEVEL_COUNT), T0 + 14).unwrap();
    a.set_ambition("strategie", Some(0), T0 + 15).unwrap();
    a.set_ambition("strategie", None, T0 + 16).unwrap();
    let new = NewAction {
        what: "De portefeuillehouder het plan laten presenteren".into(),
        who: "Directeur \"Dienstverlening\"".into(),
        due: Some(day("2028-02-29")),
        note: "Na de zomer, met het college.".into(),
        purpose: Purpose {
            statements: vec!["eigenaarschap.b5".into(), "eigenaarschap.b3".into()],
            dimension: Some("eigenaarschap".into()),
            tips: vec!["tip-17".into()],
        },
    };
    let full = a.add_action(new, T0 + 17, 1).unwrap();
    a.set_action_status(&full, Status::Bezig, T0 + 18).unwrap();
    a.delete_action(&full, T0 + 19).unwrap();
    a.restore_action(&full, T0 + 20).unwrap();
    let gone = a.add_action(NewAction { what: "Weg ermee".into(), ..NewAction::default() }, T0 + 21, 2).unwrap();
    a.delete_action(&gone, T0 + 22).unwrap();
    // A finished round with picks, and one left halfway.
    let deck: Vec<String> = digiwijzer::embedded::deck().iter().map(|c| c.slug.to_string()).collect();
    let played = a.start_round("Meer inwoners \"online\" helpen", deck.clone(), T0 + 23, 1).unwrap();
    for _ in &deck {
        a.sort_card(&played, Pile::Meer, T0 + 24).unwrap();
    }
    a.pick(&played, &deck[0], true, T0 + 25).unwrap();
    a.finish_round(&played, model, |_| None, |goal| goal.to_string(), T0 + 26, 3).unwrap();
    let halfway = a.start_round("Zoë’s doel", deck, T0 + 27, 2).unwrap();
    a.sort_card(&halfway, Pile::Weg, T0 + 28).unwrap();

    a.set_participants("MT Dienstverlening: Anna, Bas \"B.\" de Vries", T0 + 29).unwrap();
    let second = state.create("Team \u{202e}KCC\u{202c} & Zoë", T0 + 30, 2).unwrap();
    let b = state.get_mut(&second).unwrap();
    b.set_answer("kanaalsturing.b1", Some(Deels), T0 + 31).unwrap();
    b.set_evidence("kanaalsturing.b1", "HTTP://intranet/raad", T0 + 32).unwrap();
    state.rename(&second, "Team KCC (Zoë & Anaïs)", T0 + 33).unwrap();
    state.duplicate(&first, "👨‍👩‍👧 Kopie", T0 + 40, 3).unwrap();
    let dropped = state.create("Weggegooid", T0 + 50, 4).unwrap();
    state.delete(&dropped, T0 + 51).unwrap();
    state.switch(&first).unwrap();
    state
}

/// A small deterministic generator (xorshift), so every run writes the same histories.
struct Dice(u64);

impl Dice {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }

    fn pick<T: Clone>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())].clone()
    }
}

/// Texts a user might type, including ones the app refuses or cleans up.
fn names() -> Vec<String> {
    vec![
        "Nulmeting 2024".into(),
        "  Team   \"KCC\"  ".into(),
        "🚀🚀".into(),
        "Team \u{202e}KCC\u{202c}".into(),
        "Zoë & Anaïs <b>vet</b>".into(),
        "é".repeat(NAME_MAX_CHARS),
        "x".repeat(NAME_MAX_CHARS + 1),
        "\u{200b}".into(),
        String::new(),
    ]
}

fn notes() -> Vec<String> {
    vec![
        String::new(),
        "Met de wethouder besproken, \"nog\" niet vastgelegd.".into(),
        "regel 1\nregel 2\ttab\r\n".into(),
        "ü".repeat(NOTE_MAX_CHARS),
        "😀".repeat(NOTE_MAX_CHARS),
        "😀".repeat(NOTE_MAX_CHARS + 1),
        "</script><script>alert(1)</script>".into(),
        "\u{0}\u{7f}\u{202e}".into(),
    ]
}

fn links() -> Vec<String> {
    let long = "https://x.example/";
    vec![
        String::new(),
        "https://gemeente.example/raadsbesluit-12".into(),
        "HTTP://intranet/raad".into(),
        "https://gebruiker:geheim@host.example:8080/p?q=1,2#f".into(),
        format!("{long}{}", "a".repeat(EVIDENCE_MAX_CHARS - long.len())),
        "http://[::1]/".into(),
        "https://ä.example/ü?ö=1".into(),
        "  https://x.example/spaties-eromheen  ".into(),
        "javascript:alert(1)".into(),
        "https://x.example/a b".into(),
    ]
}

fn whats() -> Vec<String> {
    vec![
        "Raadsvoorstel schrijven".into(),
        "  dubbele   spaties  ".into(),
        "x".repeat(WHAT_MAX_CHARS),
        "é".repeat(WHAT_MAX_CHARS + 1),
        "\u{202e}omgekeerd".into(),
        String::new(),
    ]
}

fn whos() -> Vec<String> {
    vec![String::new(), "Directeur Dienstverlening".into(), " Team \"Web\" ".into(), "x".repeat(WHO_MAX_CHARS)]
}

/// What a user could do in `steps` clicks, in tabs whose clocks mostly agree, one of
/// them an hour behind, and now and then one far ahead. Refused changes are skipped, as
/// the app shows an error and changes nothing. Returns the state and the last step's time.
fn history(seed: u64, steps: usize) -> (State, u64) {
    let model = assessment_model();
    let statements: Vec<&str> = model.statements().map(|(_, s)| &*s.id).chain(["bestaat.niet"]).collect();
    let dimensions: Vec<&str> = model.dimensions.iter().map(|d| &*d.id).collect();
    let days = [None, Some("2028-02-29"), Some("0001-01-01"), Some("9999-12-31"), Some("2027-03-31")];
    let levels = [None, Some(0), Some(1), Some(2), Some(3), Some(4), Some(5)];
    let answers = [None, Some(Nee), Some(Deels), Some(Ja), Some(Nvt)];
    let (names, notes, links, whats, whos) = (names(), notes(), links(), whats(), whos());
    let mut dice = Dice(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1);
    let mut state = State::new();
    let mut clock = T0;
    let mut now = T0;
    for _ in 0..steps {
        clock += 1 + dice.below(60_000) as u64;
        now = match dice.below(40) {
            0..=3 => clock - 3_600_000,
            4 => MAX_TIME - dice.below(1000) as u64,
            _ => clock,
        };
        let entropy = dice.below(1 << 16) as u32;
        let live: Vec<String> = state.live().map(|a| a.id.clone()).collect();
        let deleted: Vec<String> = state.deleted().iter().map(|a| a.id.clone()).collect();
        let statement = dice.pick(&statements);
        let choice = dice.below(16);
        if live.is_empty() || choice < 2 {
            let _ = state.create(&dice.pick(&names), now, entropy);
            continue;
        }
        let id = dice.pick(&live);
        let _ = match choice {
            2 => state.rename(&id, &dice.pick(&names), now),
            3 => state.duplicate(&id, &dice.pick(&names), now, entropy).map(drop),
            4 => state.delete(&id, now),
            5 if !deleted.is_empty() => state.restore(&dice.pick(&deleted), now),
            6 => state.switch(&id),
            _ => Ok(()),
        };
        let Ok(a) = state.get_mut(&id) else { continue };
        let actions: Vec<String> = a.actions.keys().cloned().collect();
        let action = if actions.is_empty() { None } else { Some(dice.pick(&actions)) };
        let _ = match (choice, action) {
            (7, _) => a.set_answer(statement, dice.pick(&answers), now),
            (8, _) => a.set_note(statement, &dice.pick(&notes), now),
            (9, _) => a.set_evidence(statement, &dice.pick(&links), now),
            (10, _) => a.set_ambition(dice.pick(&dimensions), dice.pick(&levels), now),
            (11, _) => {
                a.take_snapshot(model, now);
                Ok(())
            }
            (12, _) | (13.., None) => {
                let dimension = dice.pick(&dimensions).to_string();
                let purpose = Purpose {
                    statements: (0..dice.below(3)).map(|_| dice.pick(&statements).to_string()).collect(),
                    dimension: dice.pick(&[None, Some(dimension)]),
                    tips: (0..dice.below(2)).map(|_| format!("tip-{}", dice.below(40))).collect(),
                };
                let typed = NewAction {
                    what: dice.pick(&whats),
                    who: dice.pick(&whos),
                    due: dice.pick(&days).map(day),
                    note: dice.pick(&notes),
                    purpose,
                };
                // As the app offers it from a statement or a tip's page, or typed in.
                let offered = match dice.below(3) {
                    0 => for_statement(model, statement),
                    1 => for_tip(model, &format!("tip-{}", dice.below(40))),
                    _ => None,
                };
                a.add_action(offered.unwrap_or(typed), now, entropy).map(drop)
            }
            (13, Some(x)) => a.set_action_what(&x, &dice.pick(&whats), now),
            (14, Some(x)) => match dice.below(4) {
                0 => a.set_action_who(&x, &dice.pick(&whos), now),
                1 => a.set_action_due(&x, dice.pick(&days).map(day), now),
                2 => a.set_action_status(&x, dice.pick(&Status::ALL), now),
                _ => a.set_action_note(&x, &dice.pick(&notes), now),
            },
            (16, _) => {
                let deck: Vec<String> = digiwijzer::embedded::deck().iter().map(|c| c.slug.to_string()).collect();
                match a.open_round_id().map(str::to_string) {
                    None => a.start_round(&dice.pick(&whats), deck, now, entropy).map(drop),
                    Some(r) => match dice.below(4) {
                        0 => a.undo_sort(&r, now),
                        1 => a.finish_round(&r, model, |_| None, |g| g.to_string(), now, entropy).map(drop),
                        2 => {
                            let more: Vec<String> =
                                a.rounds[&r].pile(Pile::Meer).into_iter().map(str::to_string).collect();
                            match more.is_empty() {
                                true => Ok(()),
                                false => a.pick(&r, &dice.pick(&more), dice.below(2) == 0, now),
                            }
                        }
                        _ => a.sort_card(&r, dice.pick(&Pile::ALL), now),
                    },
                }
            }
            (15, Some(x)) => match dice.below(3) {
                0 => a.delete_action(&x, now),
                1 => a.restore_action(&x, now),
                _ => a.set_action_purpose(&x, Purpose::default(), now),
            },
            _ => Ok(()),
        };
    }
    (state, now)
}

#[test]
fn every_export_reads_back_and_is_written_for_the_schema_test() {
    let mut files = Vec::new();
    let state = everything();
    let live: Vec<_> = state.live().collect();
    assert_eq!(live.len(), 3, "the deleted one is not exported");
    files.push((
        "everything".to_string(),
        digiwijzer::storage::export_json_by(&live, "Anna \"A.\" de Vries-Öztürk", T0 + 100),
    ));
    for (i, a) in live.iter().enumerate() {
        files.push((format!("everything-only-{i}"), export_json(&[a], T0 + 100)));
    }
    for seed in 0..60 {
        let (state, now) = history(seed, 20 + 4 * seed as usize);
        let live: Vec<_> = state.live().collect();
        // The app exports nothing when there is nothing to export (it says so instead).
        if !live.is_empty() {
            files.push((format!("history-{seed}-all"), export_json(&live, now)));
        }
        if let Some(active) = state.active() {
            files.push((format!("history-{seed}-active"), export_json(&[active], now)));
        }
    }
    assert!(files.len() > 100, "{}", files.len());
    for (name, text) in &files {
        assert!(reads(text), "the app reads back what it exported: {name}");
    }
    let all = files.iter().map(|(_, t)| t.as_str()).collect::<String>();
    for field in ["\"deleted\"", "\"level\"", "\"evidence_updated\"", "\"for\"", "\"due\"", "\"who\"", "\"nvt\""] {
        assert!(all.contains(field), "the exports hold {field}");
    }
    write_samples("exports", &files);
}

// ---------------------------------------------------------------------------------------
// Variants of a file with every field

/// The export of [`everything`], as JSON.
fn full_file() -> Value {
    serde_json::from_str(&digiwijzer::storage::export_json_by(
        &everything().live().collect::<Vec<_>>(),
        "Anna de Vries",
        T0 + 100,
    ))
    .unwrap()
}

/// The pointer of the first object under `map` (a pointer to an object of objects) that
/// has exactly these fields.
fn pointer_to(file: &Value, map: &str, fields: &[&str]) -> String {
    let wanted: BTreeSet<&str> = fields.iter().copied().collect();
    let (key, _) = file
        .pointer(map)
        .and_then(Value::as_object)
        .and_then(|m| {
            m.iter().find(|(_, v)| {
                v.as_object().is_some_and(|o| o.keys().map(String::as_str).collect::<BTreeSet<_>>() == wanted)
            })
        })
        .unwrap_or_else(|| panic!("{map} has an object with every field"));
    format!("{map}/{key}")
}

fn set(file: &mut Value, pointer: &str, value: Value) {
    *file.pointer_mut(pointer).unwrap_or_else(|| panic!("{pointer} is in the file")) = value;
}

fn remove(file: &mut Value, pointer: &str) {
    let (parent, key) = pointer.rsplit_once('/').unwrap();
    file.pointer_mut(parent).and_then(Value::as_object_mut).unwrap().remove(key).unwrap();
}

fn rename_key(file: &mut Value, map: &str, from: &str, to: &str) {
    let object = file.pointer_mut(map).and_then(Value::as_object_mut).unwrap();
    let value = object.remove(from).unwrap_or_else(|| panic!("{map} has {from}"));
    object.insert(to.to_string(), value);
}

/// The files the reader accepts and those it refuses, to be written for the node test.
#[derive(Default)]
struct Verdicts {
    accepted: Vec<(String, String)>,
    refused: Vec<(String, String)>,
}

impl Verdicts {
    /// Files `file` under the reader's verdict, after checking it is `expected`.
    fn file(&mut self, name: &str, file: &Value, expected: bool) {
        self.text(name, serde_json::to_string_pretty(file).unwrap(), expected);
    }

    fn text(&mut self, name: &str, text: String, expected: bool) {
        let should = if expected { "accept" } else { "refuse" };
        assert_eq!(reads(&text), expected, "{name}: the reader should {should} it");
        let list = if expected { &mut self.accepted } else { &mut self.refused };
        list.push((name.to_string(), text));
    }
}

#[test]
fn every_field_removed_emptied_or_mistyped_is_filed_under_the_readers_verdict() {
    let full = full_file();
    let schema = schema();
    let defs = &schema["$defs"];
    let answer = pointer_to(&full, "/assessments/0/answers", export_fields::ANSWER);
    let action = pointer_to(&full, "/assessments/0/actions", export_fields::ACTION);
    let objects = [
        (String::new(), export_fields::FILE, &schema),
        ("/assessments/0".to_string(), export_fields::ASSESSMENT, &defs["zelfevaluatie"]),
        (answer, export_fields::ANSWER, &defs["antwoord"]),
        ("/assessments/0/snapshots/0".to_string(), export_fields::SNAPSHOT, &defs["momentopname"]),
        ("/assessments/0/ambitions/eigenaarschap".to_string(), export_fields::AMBITION, &defs["ambitie"]),
        (action.clone(), export_fields::ACTION, &defs["actie"]),
        (format!("{action}/for"), export_fields::PURPOSE, &defs["actie"]["properties"]["for"]),
    ];
    let mut verdicts = Verdicts::default();
    verdicts.file("full", &full, true);
    for (pointer, fields, definition) in objects {
        let object = full.pointer(&pointer).and_then(Value::as_object).unwrap();
        let present: BTreeSet<&str> = object.keys().map(String::as_str).collect();
        assert_eq!(present, fields.iter().copied().collect(), "{pointer} has every field the reader reads");
        // What the schema requires, the reader must refuse to go without; null counts as
        // left out.
        let required = definition["required"].as_array().cloned().unwrap_or_default();
        let label = if pointer.is_empty() { "file".to_string() } else { pointer[1..].replace('/', "~") };
        for field in fields {
            let place = format!("{pointer}/{field}");
            let name = format!("{label}~{field}");
            let optional = !required.contains(&json!(field));
            let mut without = full.clone();
            remove(&mut without, &place);
            verdicts.file(&format!("{name}-missing"), &without, optional);
            let mut null = full.clone();
            set(&mut null, &place, Value::Null);
            verdicts.file(&format!("{name}-null"), &null, optional);
            // No field of an export file is true or false.
            let mut mistyped = full.clone();
            set(&mut mistyped, &place, json!(true));
            verdicts.file(&format!("{name}-true"), &mistyped, false);
        }
        let mut unknown = full.clone();
        unknown.pointer_mut(&pointer).and_then(Value::as_object_mut).unwrap().insert("onbekend".into(), json!(1));
        verdicts.file(&format!("{label}~unknown-field"), &unknown, false);
    }
    write_samples("read-fields", &verdicts.accepted);
    write_samples("refused-fields", &verdicts.refused);
}

#[test]
fn values_at_and_past_every_limit_are_filed_under_the_readers_verdict() {
    let full = full_file();
    let answer = pointer_to(&full, "/assessments/0/answers", export_fields::ANSWER);
    let action = pointer_to(&full, "/assessments/0/actions", export_fields::ACTION);
    let (name, id) = ("/assessments/0/name", "/assessments/0/id");
    let (note, link) = (format!("{answer}/note"), format!("{answer}/evidence"));
    let (what, who, due, status) =
        (format!("{action}/what"), format!("{action}/who"), format!("{action}/due"), format!("{action}/status"));
    let (value, tip, dimension, statements) = (
        format!("{answer}/answer"),
        format!("{action}/for/tips/0"),
        format!("{action}/for/dimension"),
        format!("{action}/for/statements"),
    );
    let level = "/assessments/0/snapshots/0/levels/eigenaarschap";
    let ambition = "/assessments/0/ambitions/eigenaarschap/level";
    let overall = "/assessments/0/snapshots/0/overall";
    let long_link = |len: usize| json!(format!("https://x.example/{}", "a".repeat(len - 18)));
    let values: Vec<(&str, &str, Value, bool)> = vec![
        ("name-longest", name, json!("é".repeat(NAME_MAX_CHARS)), true),
        ("name-too-long", name, json!("é".repeat(NAME_MAX_CHARS + 1)), false),
        ("name-emoji", name, json!("👨‍👩‍👧"), true),
        ("name-empty", name, json!(""), false),
        ("name-spaces", name, json!(" \t\n"), false),
        ("name-invisible", name, json!("\u{200b}\u{202e}\u{feff}"), false),
        ("name-control", name, json!("\u{7}"), false),
        ("name-number", name, json!(7), false),
        ("id-longest", id, json!("a".repeat(ID_MAX_CHARS)), true),
        ("id-too-long", id, json!("a".repeat(ID_MAX_CHARS + 1)), false),
        ("id-capital", id, json!("Team"), false),
        ("id-accent", id, json!("zoë"), false),
        ("id-space", id, json!("team kcc"), false),
        ("id-empty", id, json!(""), false),
        ("note-longest", &note, json!("😀".repeat(NOTE_MAX_CHARS)), true),
        ("note-too-long", &note, json!("😀".repeat(NOTE_MAX_CHARS + 1)), false),
        ("note-empty", &note, json!(""), true),
        ("link-longest", &link, long_link(EVIDENCE_MAX_CHARS), true),
        ("link-too-long", &link, long_link(EVIDENCE_MAX_CHARS + 1), false),
        ("link-empty", &link, json!(""), true),
        ("link-capitals", &link, json!("HTTPS://GEMEENTE.EXAMPLE/"), true),
        ("link-user-and-port", &link, json!("https://a:b@c@gemeente.example:8080"), true),
        ("link-ipv6", &link, json!("http://[::1]/"), true),
        ("link-javascript", &link, json!("javascript:alert(1)"), false),
        ("link-ftp", &link, json!("ftp://gemeente.example/"), false),
        ("link-no-host", &link, json!("https://"), false),
        ("link-empty-host", &link, json!("https:///pad"), false),
        ("link-host-after-user-empty", &link, json!("https://gebruiker@/pad"), false),
        ("link-host-port-only", &link, json!("https://:8080/"), false),
        ("link-host-dot", &link, json!("https://.gemeente.example/"), false),
        ("link-space", &link, json!("https://gemeente.example/a b"), false),
        ("link-angle", &link, json!("https://gemeente.example/<script>"), false),
        ("link-quote", &link, json!("https://gemeente.example/\"x\""), false),
        ("link-leading-space", &link, json!(" https://gemeente.example/"), false),
        ("answer-unknown", &value, json!("misschien"), false),
        ("answer-capital", &value, json!("Ja"), false),
        ("level-highest", level, json!(LEVEL_COUNT), true),
        ("level-too-high", level, json!(LEVEL_COUNT + 1), false),
        ("level-negative", level, json!(-1), false),
        ("level-null", level, Value::Null, false),
        ("ambition-too-high", ambition, json!(LEVEL_COUNT + 1), false),
        ("ambition-lowest", ambition, json!(0), true),
        ("overall-highest", overall, json!(100), true),
        ("overall-too-high", overall, json!(101), false),
        ("time-latest", "/exported", json!(MAX_TIME), true),
        ("time-too-late", "/exported", json!(MAX_TIME + 1), false),
        ("time-zero", "/exported", json!(0), true),
        ("time-negative", "/exported", json!(-1), false),
        ("time-fraction", "/exported", json!(1.5), false),
        ("time-text", "/exported", json!("1732262400000"), false),
        ("status-unknown", &status, json!("misschien"), false),
        ("status-capital", &status, json!("Klaar"), false),
        ("due-leap-day", &due, json!("2028-02-29"), true),
        ("due-year-zero", &due, json!("0000-01-01"), true),
        ("due-no-leap-day", &due, json!("2027-02-29"), false),
        ("due-31-april", &due, json!("2027-04-31"), false),
        ("due-month-13", &due, json!("2027-13-01"), false),
        ("due-short", &due, json!("2027-3-1"), false),
        ("due-with-time", &due, json!("2027-03-31T12:00"), false),
        ("due-dutch-order", &due, json!("31-03-2027"), false),
        ("what-longest", &what, json!("x".repeat(WHAT_MAX_CHARS)), true),
        ("what-too-long", &what, json!("x".repeat(WHAT_MAX_CHARS + 1)), false),
        ("what-empty", &what, json!(""), false),
        ("what-spaces", &what, json!("   "), false),
        ("who-longest", &who, json!("x".repeat(WHO_MAX_CHARS)), true),
        ("who-too-long", &who, json!("x".repeat(WHO_MAX_CHARS + 1)), false),
        ("who-empty", &who, json!(""), true),
        ("for-bad-tip", &tip, json!("<script>"), false),
        ("for-bad-dimension", &dimension, json!("Eigenaarschap"), false),
        ("for-list-not-text", &statements, json!("eigenaarschap.b5"), false),
        ("no-assessments", "/assessments", json!([]), false),
        ("no-answers", "/assessments/0/answers", json!({}), true),
        ("answers-a-list", "/assessments/0/answers", json!([]), false),
        ("snapshots-an-object", "/assessments/0/snapshots", json!({}), false),
        ("format-other", "/format", json!("iets-anders"), false),
        ("version-2", "/version", json!(2), true),
        ("version-newer", "/version", json!(FORMAT_VERSION + 1), false),
        ("version-zero", "/version", json!(0), false),
        ("version-text", "/version", json!("3"), false),
    ];
    let mut verdicts = Verdicts::default();
    for (label, pointer, value, expected) in values {
        let mut file = full.clone();
        set(&mut file, pointer, value);
        verdicts.file(label, &file, expected);
    }

    // Map keys are ids too.
    let keys = [
        ("answers", "/assessments/0/answers", "eigenaarschap.b1"),
        ("ambitions", "/assessments/0/ambitions", "eigenaarschap"),
        ("levels", "/assessments/0/snapshots/0/levels", "eigenaarschap"),
        ("actions", "/assessments/0/actions", action.rsplit('/').next().unwrap()),
    ];
    for (label, map, key) in keys {
        for (kind, bad) in
            [("capital", "Eigenaarschap.B1"), ("empty", ""), ("too-long", &*"a".repeat(ID_MAX_CHARS + 1))]
        {
            let mut file = full.clone();
            rename_key(&mut file, map, key, bad);
            verdicts.file(&format!("{label}-key-{kind}"), &file, false);
        }
    }

    // An action plan at its limit, and one past it.
    for (label, count, expected) in
        [("actions-most", MAX_ACTION_RECORDS, true), ("actions-too-many", MAX_ACTION_RECORDS + 1, false)]
    {
        let mut file = full.clone();
        let one = full.pointer(&action).unwrap().clone();
        let plan: serde_json::Map<String, Value> = (0..count).map(|i| (format!("a{i}"), one.clone())).collect();
        set(&mut file, "/assessments/0/actions", Value::Object(plan));
        verdicts.file(label, &file, expected);
    }

    // Version 1 answers had one time for the whole record.
    let mut v1 = full.clone();
    set(&mut v1, "/version", json!(1));
    verdicts.file("version-1-with-times-per-field", &v1, false);
    for answer in v1["assessments"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .flat_map(|a| a["answers"].as_object_mut().unwrap().values_mut())
    {
        let record = answer.as_object_mut().unwrap();
        record.remove("note_updated");
        record.remove("evidence_updated");
    }
    verdicts.file("version-1", &v1, true);

    write_samples("read-limits", &verdicts.accepted);
    write_samples("refused-limits", &verdicts.refused);
}

/// Where the reader and the schema part ways. FORMAT.md and the schema's description
/// say so; the node test checks they still do, so that text stays true.
#[test]
fn what_only_the_reader_checks_and_what_it_cleans_up_first() {
    let full = full_file();
    let action = pointer_to(&full, "/assessments/0/actions", export_fields::ACTION);
    let mut reader_only = Verdicts::default();
    let mut twice = full.clone();
    let first = twice["assessments"][0].clone();
    twice["assessments"].as_array_mut().unwrap().push(first);
    reader_only.file("duplicate-id", &twice, false);
    let mut fraction = full.clone();
    set(&mut fraction, "/exported", json!(1_732_262_400_000.0));
    reader_only.file("whole-number-with-a-fraction", &fraction, false);
    let exported = format!("\"exported\": {}", T0 + 100);
    let text = serde_json::to_string_pretty(&full).unwrap();
    assert!(text.contains(&exported));
    let exponent = text.replacen(&exported, &format!("\"exported\": {}e2", (T0 + 100) / 100), 1);
    reader_only.text("whole-number-with-an-exponent", exponent, false);
    let mut huge = full.clone();
    let note = json!({ "updated": 1, "note": "x".repeat(NOTE_MAX_CHARS) });
    let answers: serde_json::Map<String, Value> =
        (0..MAX_IMPORT_BYTES / NOTE_MAX_CHARS).map(|i| (format!("s.{i}"), note.clone())).collect();
    set(&mut huge, "/assessments/0/answers", Value::Object(answers));
    reader_only.file("larger-than-2-mb", &huge, false);
    assert!(reader_only.refused.last().unwrap().1.len() > MAX_IMPORT_BYTES);
    // Half of a UTF-16 pair alone, which JSON can write as an escape; the reader takes
    // only text that is Unicode.
    let name = serde_json::to_string(&full["assessments"][0]["name"]).unwrap();
    let lone = serde_json::to_string_pretty(&full).unwrap().replacen(&name, "\"Team \\ud800\"", 1);
    reader_only.text("half-a-utf16-pair", lone, false);

    let mut cleaned = Verdicts::default();
    let values = [
        ("name-spaces-around", "/assessments/0/name".to_string(), format!(" {} ", "x".repeat(NAME_MAX_CHARS))),
        (
            "name-invisible-characters",
            "/assessments/0/name".to_string(),
            format!("{}\u{200b}", "x".repeat(NAME_MAX_CHARS)),
        ),
        (
            "what-double-spaces",
            format!("{action}/what"),
            format!("{}  {}", "x".repeat(100), "x".repeat(WHAT_MAX_CHARS - 101)),
        ),
        ("who-space-before", format!("{action}/who"), format!(" {}", "x".repeat(WHO_MAX_CHARS))),
    ];
    for (label, pointer, value) in values {
        let mut file = full.clone();
        set(&mut file, &pointer, json!(value));
        cleaned.file(label, &file, true);
    }
    write_samples("refused-by-reader-only", &reader_only.refused);
    write_samples("cleaned-up-by-reader", &cleaned.accepted);
}

/// The characters that `refused` refuses on their own. One check per character takes
/// seconds in a debug build, so characters are checked in runs of 80 (the longest name)
/// first: a run that is `clean` has none of them, and only the other runs are checked a
/// character at a time.
fn refused_alone(all: &[char], clean: impl Fn(&str) -> bool, refused: impl Fn(&str) -> bool) -> Vec<u32> {
    all.chunks(NAME_MAX_CHARS)
        .filter(|run| !clean(&run.iter().collect::<String>()))
        .flatten()
        .filter(|c| refused(c.encode_utf8(&mut [0; 4])))
        .map(|&c| u32::from(c))
        .collect()
}

/// Which single characters leave a name (or a "what") without a visible character, and
/// which cannot be in a link, by the app's own checks, over every Unicode scalar value.
/// The node test checks the schema's patterns give the same answer for each of them.
#[test]
fn every_character_is_filed_by_whether_a_name_and_a_link_may_hold_it() {
    let all: Vec<char> = (0..=0x10_ffff_u32).filter_map(char::from_u32).collect();
    let link = |text: &str| format!("https://x.example/{text}");
    // A name's check keeps or drops characters one by one and squashes whitespace, so a
    // run it gives back unchanged, without a space (one space between words stays), is
    // all visible. A link's check refuses a link with any refused character in its path.
    let invisible = refused_alone(
        &all,
        |run| check_name(run).is_ok_and(|n| n == run) && !run.contains(' '),
        |c| check_name(c).is_err(),
    );
    let invisible_what = refused_alone(
        &all,
        |run| check_what(run).is_ok_and(|w| w == run) && !run.contains(' '),
        |c| check_what(c).is_err(),
    );
    let not_in_link =
        refused_alone(&all, |run| check_evidence(&link(run)).is_ok(), |c| check_evidence(&link(c)).is_err());
    assert_eq!(invisible_what, invisible, "a name and a \"what\" need a visible character by the same rule");
    assert!(invisible.contains(&0x200b) && !invisible.contains(&u32::from('a')));
    assert!(not_in_link.contains(&u32::from(' ')) && !not_in_link.contains(&0x200b));
    let text = json!({ "name_invisible": invisible, "link_refused": not_in_link }).to_string();
    write_samples("characters", &[("characters".to_string(), text)]);
}
