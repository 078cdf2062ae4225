//! Applies a sidecar's declarations to the text: drop noise, repair words, and mark the
//! title, byline and flattened headings so the structure parser can see them.
//!
//! Declarations are exact excerpts of single lines. An excerpt that is not in the text
//! fails the build: the sidecar is stale and must be fixed, not silently ignored.

use super::error::{quote, CorpusError};
use super::lines::{cut, Line, Mark};
use super::sidecar::{Declared, Sidecar};

const SENTENCE_END: &[char] = &['.', '!', '?', '…', '’', '”', '"', ')'];

pub fn apply_declarations(text_file: &str, lines: Vec<Line>, sidecar: &Sidecar) -> Result<Vec<Line>, Vec<CorpusError>> {
    let at = |d: &Declared, message: String| CorpusError::new(&sidecar.file, d.line, message);
    let missing: Vec<CorpusError> = sidecar
        .excerpts()
        .into_iter()
        .filter(|(key, d)| {
            !lines.iter().any(|l| {
                if *key == "drop" {
                    !bounded_matches(&l.text, &d.text).is_empty()
                } else {
                    l.text.contains(&d.text)
                }
            })
        })
        .map(|(key, d)| {
            at(
                d,
                format!(
                    "`{key}` excerpt {} is not in {text_file}: copy it exactly from one line of the text, or remove it",
                    quote(&d.text)
                ),
            )
        })
        .collect();
    if !missing.is_empty() {
        return Err(missing);
    }

    let mut lines: Vec<Line> = lines
        .into_iter()
        .filter_map(|mut line| {
            for d in &sidecar.drop {
                for start in bounded_matches(&line.text, &d.text).into_iter().rev() {
                    line.text.replace_range(start..start + d.text.len(), " ");
                }
            }
            for (from, to) in &sidecar.repairs {
                line.text = line.text.replace(&from.text, to);
            }
            (!line.text.trim().is_empty()).then_some(line)
        })
        .collect();

    let mut spans: Vec<Vec<(usize, usize, Mark, &Declared)>> = vec![Vec::new(); lines.len()];
    let mut errors = Vec::new();
    let once = [(Mark::Title, &sidecar.scraped_title), (Mark::Byline, &sidecar.byline)];
    for (mark, declared) in once.iter().filter_map(|(m, d)| d.as_ref().map(|d| (*m, d))) {
        match lines.iter().enumerate().find_map(|(i, l)| l.text.find(&declared.text).map(|s| (i, s))) {
            Some((i, start)) => spans[i].push((start, start + declared.text.len(), mark, declared)),
            None => errors.push(at(declared, overlapped(declared))),
        }
    }
    for heading in &sidecar.headings {
        let mut found = false;
        for (i, line) in lines.iter().enumerate() {
            for (start, _) in line.text.match_indices(&heading.text) {
                let end = start + heading.text.len();
                if starts_a_sentence(&line.text, start, end) {
                    spans[i].push((start, end, Mark::Heading, heading));
                    found = true;
                }
            }
        }
        if !found && lines.iter().any(|l| l.text.contains(&heading.text)) {
            let message = format!("heading {} only occurs inside a sentence: expected it at the start of a line or right after a sentence ends", quote(&heading.text));
            errors.push(at(heading, message));
        } else if !found {
            errors.push(at(heading, overlapped(heading)));
        }
    }
    for line_spans in &mut spans {
        line_spans.sort_by_key(|s| s.0);
        for pair in line_spans.windows(2) {
            if pair[0].1 > pair[1].0 {
                let message = format!(
                    "{} overlaps {}: declare each piece of text once",
                    quote(&pair[1].3.text),
                    quote(&pair[0].3.text)
                );
                errors.push(at(pair[1].3, message));
            }
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    for (i, line_spans) in spans.iter().enumerate().rev() {
        if !line_spans.is_empty() {
            let cuts: Vec<(usize, usize, Mark)> = line_spans.iter().map(|&(s, e, m, _)| (s, e, m)).collect();
            let pieces = cut(&lines[i], &cuts);
            lines.splice(i..=i, pieces);
        }
    }
    Ok(lines)
}

/// Where `excerpt` occurs in `text` as whole words: dropping "menu" must not eat "partnermenu".
pub(super) fn bounded_matches(text: &str, excerpt: &str) -> Vec<usize> {
    let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    let (first, last) = (excerpt.chars().next(), excerpt.chars().next_back());
    text.match_indices(excerpt)
        .map(|(start, _)| start)
        .filter(|&start| {
            let before = text[..start].chars().next_back();
            let after = text[start + excerpt.len()..].chars().next();
            let glued_before = word(first) && word(before);
            let glued_after = word(last) && word(after);
            !glued_before && !glued_after
        })
        .collect()
}

fn overlapped(d: &Declared) -> String {
    format!("{} is no longer in the text once `drop` and `repair` are applied: declarations overlap", quote(&d.text))
}

/// A flattened heading starts the line or follows a sentence end, and is followed by the
/// end of the line or by a new sentence (not a lowercase continuation).
fn starts_a_sentence(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].trim_end();
    let after = &text[end..];
    let opens = before.is_empty() || (before.ends_with(SENTENCE_END) && before.len() < start);
    let next = after.trim_start().chars().next();
    let closes = next.is_none() || (after.starts_with(char::is_whitespace) && !next.is_some_and(char::is_lowercase));
    opens && closes
}

#[cfg(test)]
mod tests {
    use super::super::lines::split_lines;
    use super::super::sidecar::read_sidecar;
    use super::*;

    const TEXT: &str = "kop eerst. W at betreft dit. de kop Hier begint het. Maar: de kop is ook gewoon tekst.\n\nRuis";

    fn apply(sidecar: &str) -> Result<Vec<(String, Mark)>, Vec<String>> {
        let sidecar = read_sidecar("s.toml", &format!("kind = \"artikel\"\nslug = \"a\"\n{sidecar}")).unwrap();
        apply_declarations("a.txt", split_lines(TEXT), &sidecar)
            .map(|ls| ls.into_iter().map(|l| (l.text, l.mark)).collect())
            .map_err(|es| es.iter().map(ToString::to_string).collect())
    }

    #[test]
    fn cuts_headings_only_where_a_sentence_starts() {
        let lines = apply("drop = [\"Ruis\"]\nheadings = [\"de kop\"]\n[repair]\n\"W at\" = \"Wat\"\n").unwrap();
        let texts: Vec<_> = lines.iter().map(|(t, m)| (t.as_str(), *m)).collect();
        assert_eq!(
            texts,
            [
                ("kop eerst. Wat betreft dit.", Mark::Plain),
                ("de kop", Mark::Heading),
                ("Hier begint het. Maar: de kop is ook gewoon tekst.", Mark::Plain)
            ]
        );
    }

    #[test]
    fn drops_whole_words_only() {
        assert_eq!(bounded_matches("menu partnermenu menukaart (menu)", "menu"), [0, 28]);
    }

    #[test]
    fn a_stale_excerpt_fails_at_its_sidecar_line() {
        let errors = apply("drop = [\"Niet hier\"]\n").unwrap_err();
        assert!(errors[0].starts_with("s.toml:3: `drop` excerpt `Niet hier` is not in a.txt"), "{errors:?}");
    }

    #[test]
    fn a_heading_inside_a_sentence_is_refused() {
        let errors = apply("headings = [\"betreft dit\"]\n").unwrap_err();
        assert!(errors[0].contains("only occurs inside a sentence"), "{errors:?}");
    }
}
