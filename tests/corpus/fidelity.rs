//! Nothing a source says is lost, and no noise gets in.
//!
//! The raw seed files are cut into sentences here, independently of the parser: only the
//! sidecar's declarations (what the editor says is noise, repairs, structure) and a few
//! generic noise shapes are applied. Every remaining sentence must be in the parsed text.

use super::{flattened, seed_texts, seeds};
use digiwijzer::corpus::parse::{read_sidecar, Sidecar};
use digiwijzer::corpus::{Corpus, Document, Kind};
use digiwijzer::text::squash_whitespace;

/// Noise the parser must remove from any document, whatever its sidecar says.
const GENERIC_NOISE: &[&str] = &[
    "Meer tips van",
    "You need flash player",
    "partnermenu",
    "zoeken binnen de website",
    "Reactieformulier",
    "gemarkeerde velden",
    "Alle nieuwsberichten",
    "tags:",
    "in20",
];

/// Lines that are structure, not text: the parser turns them into fields.
fn is_structure(line: &str) -> bool {
    let is_year = |w: &str| w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit());
    let words: Vec<&str> = line.split_whitespace().collect();
    let dateline = words.len() <= 6 && words.last().is_some_and(|w| is_year(w));
    let tip_line = words.len() == 2 && words[0] == "Tip" && words[1].bytes().all(|b| b.is_ascii_digit());
    dateline || tip_line || ["Voorbeelden", "Dit is een toptip"].contains(&line)
}

fn is_generic_noise(line: &str) -> bool {
    let bare_number = !line.is_empty() && line.bytes().all(|b| b.is_ascii_digit());
    bare_number
        || line.starts_with("You need flash player")
        || line.starts_with("< ")
        || ["partnermenu", "zoeken binnen de website", "tags:"].contains(&line)
}

fn short(line: &str) -> bool {
    line.split_whitespace().count() <= 6 && !line.ends_with('.')
}

fn share_a_word(a: &str, b: &str) -> bool {
    a.split_whitespace().any(|w| b.split_whitespace().any(|v| v == w))
}

/// The raw text as segments: lines, cut further where the sidecar declares structure.
fn segments(raw: &str, sidecar: Option<&Sidecar>) -> Vec<String> {
    let raw = raw.split("\nReactieformulier").next().unwrap_or(raw);
    let lines: Vec<&str> = raw.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
    let pages: Vec<&str> = lines.iter().copied().filter(|l| l.bytes().all(|b| b.is_ascii_digit())).collect();
    let mut out = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let next = lines.get(i + 1).copied().unwrap_or("");
        let prev = if i > 0 { lines[i - 1] } else { "" };
        let caption = next.contains("Meer tips van") && short(line) && short(prev) && share_a_word(line, prev);
        if is_structure(line) || is_generic_noise(line) || caption || *line == prev {
            continue;
        }
        let mut line = line.split(" Meer tips van ").next().unwrap_or(line).to_string();
        if let Some(page) = pages.iter().find(|p| line.ends_with(*p)) {
            line.truncate(line.len() - page.len());
        }
        if let Some(s) = sidecar {
            for (from, to) in &s.repairs {
                line = line.replace(&from.text, to);
            }
            for gone in s.drop.iter().chain(&s.scraped_title) {
                line = line.replace(&gone.text, "\n");
            }
            for kept in s.byline.iter().chain(&s.headings) {
                line = line.replace(&kept.text, &format!("\n{}\n", kept.text));
            }
        }
        out.extend(line.split('\n').map(str::trim).filter(|s| !s.is_empty()).map(str::to_string));
    }
    out
}

/// Splits after `. ! ?` (and any closing quotes) followed by a space.
fn sentences(segment: &str) -> Vec<String> {
    let segment = segment.trim_start_matches(['-', '•', '\u{a0}', ' ']);
    let chars: Vec<char> = segment.chars().collect();
    let mut out = Vec::new();
    let mut current = String::new();
    for (i, &c) in chars.iter().enumerate() {
        current.push(c);
        let ends = matches!(c, '.' | '!' | '?' | '’' | '”')
            && chars[..=i]
                .iter()
                .rev()
                .find(|c| !matches!(c, '’' | '”' | ')'))
                .is_some_and(|c| matches!(c, '.' | '!' | '?'));
        if ends && chars.get(i + 1).is_some_and(|n| n.is_whitespace()) {
            out.push(squash_whitespace(&current));
            current.clear();
        }
    }
    out.push(squash_whitespace(&current));
    out.retain(|s| !s.is_empty());
    out
}

fn capitalised(s: &str) -> String {
    let mut chars = s.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// Words of attribution lines may be regrouped into role and organisation (and the
/// people sidecar may complete them), so they are compared word by word. A name printed
/// in another spelling is kept as one of the name's variants.
fn in_an_attribution(corpus: &Corpus, doc: &Document, segment: &str) -> bool {
    doc.examples.iter().filter_map(|e| e.attribution.as_ref()).any(|a| {
        let variants: Vec<&str> = corpus.variants.iter().filter(|v| v.person == a.person).map(|v| &*v.name).collect();
        let role = a.role.as_deref().unwrap_or("");
        let all = format!("{} {} {} {}", a.name, variants.join(" "), role, a.organisation.as_deref().unwrap_or(""));
        segment
            .split_whitespace()
            .map(|w| w.trim_matches(','))
            .all(|w| all.split_whitespace().any(|v| v.trim_matches(',') == w))
    })
}

fn seed_files() -> Vec<(String, String, Option<Sidecar>)> {
    let parsed = |text: String| read_sidecar("sidecar", &text).expect("valid sidecar");
    seed_texts().into_iter().map(|(name, raw, sidecar)| (name, raw, sidecar.map(parsed))).collect()
}

#[test]
fn every_sentence_of_every_seed_is_in_the_parsed_document() {
    let corpus = seeds();
    for (name, raw, sidecar) in seed_files() {
        let doc = corpus.documents.iter().find(|d| d.source.ends_with(&name)).expect("parsed");
        let text = flattened(doc);
        let headings: Vec<&str> = sidecar.iter().flat_map(|s| &s.headings).map(|h| h.text.as_str()).collect();
        let mut checked = 0;
        for segment in segments(&raw, sidecar.as_ref()) {
            let segment = match (doc.kind, &doc.author) {
                (Kind::Blog, Some(author)) => {
                    segment.strip_prefix(&format!("Blog {author}: ")).unwrap_or(&segment).to_string()
                }
                _ => segment,
            };
            if in_an_attribution(&corpus, doc, &segment) {
                continue;
            }
            for sentence in sentences(&segment) {
                let shown = if headings.iter().any(|h| sentence.starts_with(h)) {
                    capitalised(&sentence)
                } else {
                    sentence.clone()
                };
                assert!(text.contains(&shown), "{name}: sentence missing from the parsed document:\n  {sentence}");
                checked += 1;
            }
        }
        assert!(checked >= 10, "{name}: only {checked} sentences checked");
    }
}

#[test]
fn no_boilerplate_or_noise_reaches_the_corpus() {
    let corpus = seeds();
    let everything: Vec<String> =
        corpus.documents.iter().map(flattened).chain(corpus.people.iter().map(|p| p.name.to_string())).collect();
    let declared: Vec<String> = seed_files()
        .iter()
        .flat_map(|(_, _, s)| s.iter().flat_map(|s| s.boilerplate()).map(str::to_string).collect::<Vec<_>>())
        .collect();
    assert!(declared.len() >= 4, "the seeds declare their boilerplate: {declared:?}");
    for noise in declared.iter().map(String::as_str).chain(GENERIC_NOISE.iter().copied()) {
        for text in &everything {
            assert!(
                !text.contains(&squash_whitespace(noise)),
                "{noise:?} must not appear, but is in:\n{}",
                &text[..text.len().min(200)]
            );
        }
    }
}
