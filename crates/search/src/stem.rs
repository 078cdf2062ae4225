//! A light Dutch stemmer: the inflected forms a query carries, matched as extra prefixes.

fn is_vowel(c: u8) -> bool {
    matches!(c, b'a' | b'e' | b'i' | b'o' | b'u')
}

/// A light Dutch stem for an inflected word, matched as an extra prefix.
///
/// Only the endings a query commonly carries and the index may hold in another form:
/// `-en`/`-e` (infinitives, plurals, adjectives) and `-s` (plurals). Dutch spelling then
/// changes the stem: a long vowel that stood in an open syllable is doubled
/// (`organiseren` → `organiseer`, `digitale` → `digitaal`), a doubled consonant is
/// undoubled (`processen` → `proces`), and v/z harden (`bedrijven` → `bedrijf`).
/// So `creeren` also finds `creëer` and `creëert`. Stems shorter than four letters are
/// dropped: they would match far too much.
pub(crate) fn dutch_stem(word: &str) -> Option<String> {
    let w = word.as_bytes();
    if !word.is_ascii() || w.len() < 5 {
        return None;
    }
    if let Some(base) = word.strip_suffix("heden") {
        return Some(format!("{base}heid"));
    }
    // `-en` and `-e` end an open syllable, so the stem may double its vowel; `-s` does not.
    let (base, opened) = if let Some(b) = word.strip_suffix("en") {
        (b, true)
    } else if let Some(b) = word.strip_suffix('e') {
        (b, true)
    } else if w[w.len() - 2] != b's' && w[w.len() - 2] != b'j' && !is_vowel(w[w.len() - 2]) {
        (word.strip_suffix('s')?, false)
    } else {
        return None;
    };
    let b = base.as_bytes();
    let n = b.len();
    if n < 3 || !b[n - 1].is_ascii_alphabetic() || is_vowel(b[n - 1]) {
        return None;
    }
    let mut stem = base.to_owned();
    if b[n - 1] == b[n - 2] {
        stem.pop();
    } else if opened && is_vowel(b[n - 2]) && b[n - 2] != b'i' && !is_vowel(b[n - 3]) {
        stem.insert(n - 2, b[n - 2] as char);
    }
    if stem.ends_with('v') || stem.ends_with('z') {
        let hard = if stem.ends_with('v') { 'f' } else { 's' };
        stem.pop();
        stem.push(hard);
    }
    (stem.len() >= 4 && stem != word).then_some(stem)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems_follow_dutch_spelling() {
        let cases = [
            ("creeren", Some("creer")),
            ("organiseren", Some("organiseer")),
            ("digitale", Some("digitaal")),
            ("processen", Some("proces")),
            ("bedrijven", Some("bedrijf")),
            ("bestuurders", Some("bestuurder")),
            ("mogelijkheden", Some("mogelijkheid")),
            ("gemeenten", Some("gemeent")),
            ("bestuurlijke", Some("bestuurlijk")),
            // Nothing to strip, too short, or a vowel before the -s.
            ("bestuur", None),
            ("eigen", None),
            ("proces", None),
            ("themas", None),
        ];
        for (word, stem) in cases {
            assert_eq!(dutch_stem(word).as_deref(), stem, "{word}");
        }
    }
}
