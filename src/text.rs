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
            out.extend(c.to_lowercase());
            return;
        }
    };
    out.push_str(folded);
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
    fn slugs_are_readable_and_stable() {
        assert_eq!(slugify("Waarom werkt dit?"), "waarom-werkt-dit");
        assert_eq!(slugify("‘Je nek durven uitsteken’"), "je-nek-durven-uitsteken");
        assert_eq!(slugify("Digitalisering is één van de belangrijkste thema’s"), "digitalisering-is-een-van-de-belangrijkste-themas");
        assert_eq!(slugify("  Creëer draagvlak!  "), "creeer-draagvlak");
    }
}
