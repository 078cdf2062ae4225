//! Splitting text into words, one way for the index, the query and highlighting.
//!
//! All three must agree on what a word is, or a highlighted snippet would disagree with
//! the hit list. Word boundaries are found on the original text (so highlights can point
//! back into it); each word is then normalised with [`digiwijzer_corpus::text::fold`].

use digiwijzer_corpus::text;

/// A letter, digit, or a combining accent that belongs to the letter before it.
fn is_word_char(c: char) -> bool {
    text::is_letter_or_digit(c) || ('\u{0300}'..='\u{036f}').contains(&c)
}

/// Apostrophes join a word (`thema’s`, `z’n`) instead of splitting it: a user types
/// `themas` or `thema's`, never `thema s`.
fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | '‘' | 'ʼ' | '′' | '`')
}

/// The byte ranges of the words in a text, in order.
pub(crate) fn words(text: &str) -> Words<'_> {
    Words { text, pos: 0 }
}

pub(crate) struct Words<'a> {
    text: &'a str,
    pos: usize,
}

impl Words<'_> {
    /// The char at byte `i` and its length; ASCII (nearly all of it) without decoding.
    fn char_at(&self, i: usize) -> Option<(char, usize)> {
        let b = *self.text.as_bytes().get(i)?;
        if b.is_ascii() {
            return Some((b as char, 1));
        }
        self.text[i..].chars().next().map(|c| (c, c.len_utf8()))
    }
}

impl Iterator for Words<'_> {
    type Item = (usize, usize);

    fn next(&mut self) -> Option<(usize, usize)> {
        let mut i = self.pos;
        let start = loop {
            let (c, len) = self.char_at(i)?;
            if is_word_char(c) {
                break i;
            }
            i += len;
        };
        while let Some((c, len)) = self.char_at(i) {
            let joins = is_word_char(c)
                || (is_apostrophe(c) && self.char_at(i + len).is_some_and(|(next, _)| is_word_char(next)));
            if !joins {
                break;
            }
            i += len;
        }
        self.pos = i;
        Some((start, i))
    }
}

/// Writes the searchable form of one word into `out`: folded (case, diacritics),
/// apostrophes dropped, and runs of three equal vowels shortened to two.
///
/// The last rule exists for the diaeresis: `creëer` folds to `creeer`, which must meet
/// `creëren` (`creeren`) in the shared stem `creer`.
pub(crate) fn normalize(word: &str, out: &mut String) {
    out.clear();
    if word.is_ascii() {
        // Folding ASCII is lowercasing; this path avoids an allocation per word.
        out.push_str(word);
        out.make_ascii_lowercase();
    } else {
        out.push_str(&text::fold(word));
    }
    let has_apostrophe = out.contains(is_apostrophe);
    let has_triple = out.as_bytes().windows(3).any(|w| w[0] == w[1] && w[1] == w[2] && b"aeiou".contains(&w[0]));
    if has_apostrophe || has_triple {
        let (mut previous, mut run) = ('\0', 0);
        out.retain(|c| {
            run = if c == previous { run + 1 } else { 1 };
            previous = c;
            !(is_apostrophe(c) || (run > 2 && matches!(c, 'a' | 'e' | 'i' | 'o' | 'u')))
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn normalized_words(text: &str) -> Vec<String> {
        let mut buf = String::new();
        words(text)
            .map(|(s, e)| {
                normalize(&text[s..e], &mut buf);
                buf.clone()
            })
            .collect()
    }

    #[test]
    fn splits_on_punctuation_but_keeps_apostrophes_inside_words() {
        assert_eq!(
            normalized_words("Eén van de thema’s: (digitale)dienstverlening, z’n ‘over gaat’!"),
            ["een", "van", "de", "themas", "digitale", "dienstverlening", "zn", "over", "gaat"]
        );
    }

    #[test]
    fn ranges_point_into_the_original_text() {
        let text = "  Creëer draagvlak.";
        let ranges: Vec<_> = words(text).map(|(s, e)| &text[s..e]).collect();
        assert_eq!(ranges, ["Creëer", "draagvlak"]);
    }

    #[test]
    fn diaeresis_forms_share_a_stem() {
        assert_eq!(normalized_words("Creëer creëert creëren"), ["creer", "creert", "creeren"]);
        // Decomposed input (e + combining diaeresis) normalises the same way.
        assert_eq!(normalized_words("cre\u{0065}\u{0308}er"), ["creer"]);
    }

    #[test]
    fn hyphens_and_slashes_split_words() {
        assert_eq!(normalized_words("Pijnacker-Nootdorp 24/7 #GPSC17"), ["pijnacker", "nootdorp", "24", "7", "gpsc17"]);
    }
}
