//! Garbled input never panics: it parses or fails with located errors.

use super::{corpus_dir, seed_texts};
use digiwijzer::corpus::parse::{parse_document, read_people, read_synonyms, SourceFile};

/// Variants of a text: truncated, lines dropped, duplicated or swapped, characters garbled.
fn variants(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let boundaries: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
    out.extend(boundaries.iter().step_by(47).map(|&i| text[..i].to_string()));
    let lines: Vec<&str> = text.lines().collect();
    for i in 0..lines.len() {
        let mut dropped = lines.clone();
        dropped.remove(i);
        out.push(dropped.join("\n"));
        let mut doubled = lines.clone();
        doubled.insert(i, lines[i]);
        out.push(doubled.join("\n"));
        if i + 1 < lines.len() {
            let mut swapped = lines.clone();
            swapped.swap(i, i + 1);
            out.push(swapped.join("\n"));
        }
    }
    const TRICKY: &[&str] = &[
        "\n",
        "\n\n",
        "•",
        "- ",
        ":",
        "?",
        "’",
        "20",
        " Meer tips van X",
        "Tip 9",
        "Voorbeelden",
        "\u{a0}",
        "\u{0301}",
        "|",
    ];
    for (n, tricky) in TRICKY.iter().enumerate() {
        let garbled: String = text
            .chars()
            .enumerate()
            .map(|(i, c)| if (i + n) % 97 == 0 { tricky.to_string() } else { c.to_string() })
            .collect();
        out.push(garbled);
    }
    out
}

#[test]
fn garbled_seeds_and_sidecars_never_panic() {
    let people_text = std::fs::read_to_string(corpus_dir().join("people.toml")).expect("people sidecar");
    let people = read_people("people.toml", &people_text).expect("valid people sidecar");
    let mut outcomes = (0, 0);
    for (_, text, sidecar) in seed_texts() {
        let sidecar_file = sidecar.as_deref().map(|text| SourceFile { path: "s.toml", text });
        for variant in variants(&text) {
            match parse_document(SourceFile { path: "d.txt", text: &variant }, sidecar_file, &people) {
                Ok(_) => outcomes.0 += 1,
                Err(errors) => {
                    assert!(!errors.is_empty());
                    assert!(errors.iter().all(|e| e.line >= 1 && !e.message.is_empty()), "{errors:?}");
                    outcomes.1 += 1;
                }
            }
        }
        for variant in sidecar.iter().flat_map(|s| variants(s)) {
            let _ = parse_document(
                SourceFile { path: "d.txt", text: &text },
                Some(SourceFile { path: "s.toml", text: &variant }),
                &people,
            );
        }
    }
    for variant in variants(&people_text) {
        let _ = read_people("people.toml", &variant);
    }
    let synonyms_text = std::fs::read_to_string(corpus_dir().join("synoniemen.toml")).expect("synonym list");
    for variant in variants(&synonyms_text) {
        if let Err(errors) = read_synonyms("synoniemen.toml", &variant) {
            assert!(errors.iter().all(|e| e.line >= 1 && !e.message.is_empty()), "{errors:?}");
        }
    }
    assert!(outcomes.0 > 0 && outcomes.1 > 0, "both outcomes are exercised: {outcomes:?}");
}
