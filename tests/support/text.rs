//! Reading what the app says, for the tests of its language: the string literals of a
//! Rust source, and the words of a text that are not quoted.

/// The words of `text` outside quotations (‘…’ and “…”): what a quotation holds is a
/// source's words, which stay as they were said. A ’ between two letters ("collega’s") is
/// an apostrophe, not the end of a quotation.
pub fn words_outside_quotes(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let letter = |i: Option<usize>| i.and_then(|i| chars.get(i)).is_some_and(|c| c.is_alphanumeric());
    let mut found = Vec::new();
    let mut depth = 0usize;
    let mut word = String::new();
    for (i, &c) in chars.iter().enumerate() {
        if c.is_alphanumeric() {
            word.push(c);
            continue;
        }
        if depth == 0 && !word.is_empty() {
            found.push(std::mem::take(&mut word));
        }
        word.clear();
        let (before, after) = (letter(i.checked_sub(1)), letter(Some(i + 1)));
        match c {
            '‘' | '“' => depth += 1,
            '’' | '”' if !(before && after) => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    if depth == 0 && !word.is_empty() {
        found.push(word);
    }
    found
}

/// The string literals of a Rust source file, outside comments.
pub fn string_literals(source: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut chars = source.chars().peekable();
    let mut current: Option<String> = None;
    while let Some(c) = chars.next() {
        match (&mut current, c) {
            (None, '/') if chars.peek() == Some(&'/') => {
                for c in chars.by_ref() {
                    if c == '\n' {
                        break;
                    }
                }
            }
            (None, '\'') => {
                // A char literal such as '"' must not open a string.
                let mut lit = String::new();
                for c in chars.by_ref() {
                    if c == '\'' && !lit.ends_with('\\') {
                        break;
                    }
                    lit.push(c);
                    if lit.len() > 4 {
                        break;
                    }
                }
            }
            (None, '"') => current = Some(String::new()),
            (Some(s), '\\') => {
                if let Some(next) = chars.next() {
                    if next != '\n' {
                        s.push(next);
                    }
                }
            }
            (Some(_), '"') => out.push(current.take().unwrap_or_default()),
            (Some(s), c) => s.push(c),
            (None, _) => {}
        }
    }
    out
}
