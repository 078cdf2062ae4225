//! Text folding shared by the corpus (slugs), search (matching) and the build script.
//!
//! Dutch text mixes diacritics (`creëren`, `één`, `coördinatie`) and typographic quotes.
//! A user types plain ASCII on a phone, so everything we compare is folded first.
//! A hand-written table keeps the wasm small; we only need Latin scripts.

/// Folds one character to its lowercase, diacritic-free form.
/// Combining marks fold to nothing, so decomposed input matches composed input.
fn fold_char(c: char, out: &mut String) {
    let folded: &str = match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' | 'ā' | 'Ā' => "a",
        'æ' | 'Æ' => "ae",
        'ç' | 'Ç' | 'ć' | 'č' | 'Ć' | 'Č' => "c",
        'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' | 'ē' | 'ę' | 'ě' | 'Ē' | 'Ę' | 'Ě' => "e",
        'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' | 'ī' | 'Ī' => "i",
        'ĳ' | 'Ĳ' => "ij",
        'ñ' | 'Ñ' | 'ń' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' | 'ō' | 'Ō' => "o",
        'œ' | 'Œ' => "oe",
        'ß' => "ss",
        'š' | 'Š' | 'ś' => "s",
        'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' | 'ū' | 'Ū' => "u",
        'ý' | 'ÿ' | 'Ý' => "y",
        'ž' | 'Ž' | 'ź' | 'ż' => "z",
        '‘' | '’' | '‚' | '′' => "'",
        '“' | '”' | '„' => "\"",
        '–' | '—' => "-",
        '\u{0300}'..='\u{036f}' => "", // combining diacritics (decomposed input)
        '\u{00a0}' => " ",
        _ => {
            out.push(lowercase(c));
            return;
        }
    };
    out.push_str(folded);
}

/// Lowercase by code-point ranges for the Latin, Greek and Cyrillic alphabets; anything
/// else is kept as it is. `char::to_lowercase` would link Unicode's whole case table
/// into the wasm for scripts a Dutch corpus and its readers do not use.
pub fn lowercase(c: char) -> char {
    let n = c as u32;
    let lower = match n {
        0x41..=0x5a => n + 0x20,
        // Latin-1 capitals, except the multiplication sign.
        0xc0..=0xde if n != 0xd7 => n + 0x20,
        // Latin Extended-A pairs capital/small; the runs that pair odd/even instead.
        0x139..=0x148 | 0x179..=0x17e if !n.is_multiple_of(2) => n + 1,
        0x100..=0x12f | 0x132..=0x137 | 0x14a..=0x177 if n.is_multiple_of(2) => n + 1,
        0x130 => 0x69,
        0x178 => 0xff,
        // Greek and Cyrillic capitals.
        0x386 => 0x3ac,
        0x388..=0x38a => n + 0x25,
        0x38c => 0x3cc,
        0x38e | 0x38f => n + 0x3f,
        0x391..=0x3ab if n != 0x3a2 => n + 0x20,
        0x400..=0x40f => n + 0x50,
        0x410..=0x42f => n + 0x20,
        _ => n,
    };
    char::from_u32(lower).unwrap_or(c)
}

/// A letter or digit of the alphabets [`lowercase`] knows, by code-point range, for the
/// same reason: `char::is_alphanumeric` links a large Unicode table.
pub fn is_letter_or_digit(c: char) -> bool {
    matches!(c as u32,
        0x30..=0x39 | 0x41..=0x5a | 0x61..=0x7a | 0xaa | 0xb2 | 0xb3 | 0xb5 | 0xb9 | 0xba | 0xbc..=0xbe
        | 0xc0..=0xd6 | 0xd8..=0xf6 | 0xf8..=0x24f
        | 0x370..=0x373 | 0x376 | 0x377 | 0x37b..=0x37d | 0x37f | 0x386 | 0x388..=0x38a | 0x38c
        | 0x38e..=0x3a1 | 0x3a3..=0x3f5 | 0x3f7..=0x3ff
        | 0x400..=0x481 | 0x48a..=0x52f
        | 0x1e00..=0x1eff)
}

/// Lowercases and strips diacritics: `"Creëren"` → `"creeren"`.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        fold_char(c, &mut out);
    }
    out
}

/// A URL-safe id made from a human title: `"Waarom werkt dit?"` → `"waarom-werkt-dit"`.
pub fn slugify(s: &str) -> String {
    let mut slug = String::with_capacity(s.len());
    for c in fold(s).chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') && c != '\'' {
            slug.push('-');
        }
    }
    while slug.ends_with('-') {
        slug.pop();
    }
    slug
}

/// Collapses every run of whitespace to one space, so text from different
/// scrapes (tabs, non-breaking spaces, double spaces) compares equal.
pub fn squash_whitespace(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Drops the invisible characters that reorder or hide text (bidirectional overrides,
/// embeddings, isolates and marks, zero-width spaces) and control characters other than
/// whitespace: in a name they can make "Team KCC" display as something else, on screen
/// and in print. The joiners that emoji sequences need stay.
pub fn strip_invisible(s: &str) -> String {
    s.chars()
        .filter(|&c| c.is_whitespace() || !c.is_control())
        .filter(|&c| !matches!(c, '\u{061c}' | '\u{200b}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{feff}'))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_dutch_diacritics_and_case() {
        assert_eq!(fold("Creëren"), "creeren");
        assert_eq!(fold("één coördinatie"), "een coordinatie");
        assert_eq!(fold("ÏJsselmeer"), "ijsselmeer");
    }

    #[test]
    fn our_case_and_letter_ranges_agree_with_unicode_where_they_claim_to() {
        // Basic Latin, Latin-1, Latin Extended-A, basic Greek and Cyrillic.
        let claimed = |c: char| matches!(c as u32, 0..=0x17f | 0x386..=0x3ce | 0x400..=0x45f);
        for c in (0u32..0x530).chain(0x1e00..0x1f00).filter_map(char::from_u32) {
            if claimed(c) {
                assert_eq!(is_letter_or_digit(c), c.is_alphanumeric(), "{c:?} ({:#x})", c as u32);
            } else if is_letter_or_digit(c) {
                assert!(c.is_alphanumeric(), "{c:?} ({:#x}) is no letter or digit", c as u32);
            }
            // 'İ' lowercases to 'i' plus a combining dot, which folding drops anyway.
            let single = c.to_lowercase().next().unwrap_or(c);
            let expected = if claimed(c) { single } else { lowercase(c) };
            assert!(expected == single || expected == c, "{c:?} ({:#x}) lowercases to a different letter", c as u32);
            assert_eq!(lowercase(c), expected, "{c:?} ({:#x})", c as u32);
        }
        assert_eq!(fold("ΑΘΗΝΑ Москва"), "αθηνα москва");
    }

    #[test]
    fn slugs_are_readable_and_stable() {
        assert_eq!(slugify("Waarom werkt dit?"), "waarom-werkt-dit");
        assert_eq!(slugify("‘Je nek durven uitsteken’"), "je-nek-durven-uitsteken");
        assert_eq!(
            slugify("Digitalisering is één van de belangrijkste thema’s"),
            "digitalisering-is-een-van-de-belangrijkste-themas"
        );
        assert_eq!(slugify("  Creëer draagvlak!  "), "creeer-draagvlak");
    }

    #[test]
    fn invisible_reordering_characters_are_dropped() {
        assert_eq!(strip_invisible("Team \u{202e}CCK\u{202c} 2026"), "Team CCK 2026");
        assert_eq!(strip_invisible("a\u{2066}b\u{2069}\u{200f}c\u{0007}\u{200b}\u{feff}"), "abc");
        assert_eq!(strip_invisible("Team\tKCC"), "Team\tKCC", "whitespace is left to squash_whitespace");
        assert_eq!(strip_invisible("👩\u{200d}💻"), "👩\u{200d}💻");
        assert_eq!(strip_invisible("Café ‘één’"), "Café ‘één’");
    }
}
