//! A document as numbered lines: the unit every later step works on.
//!
//! Scrapes separate blocks with blank lines, but not consistently (a heading may share a
//! block with the next paragraph, list items may or may not be separated), so the parser
//! works line by line and keeps the block number only as a hint.

use crate::text::squash_whitespace;

/// What a declaration in a sidecar says a piece of text is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mark {
    /// Ordinary text; its role is decided by its shape and position.
    Plain,
    /// A heading the scrape flattened into running text.
    Heading,
    /// The scraped (mangled) title, replaced by the sidecar's title.
    Title,
    /// A credit line ("Tekst: …"), shown under the title rather than in the body.
    Byline,
}

/// A non-blank line, or a piece of one once declarations have cut it up.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    /// 1-based line number in the source file.
    pub no: usize,
    /// Which blank-line-separated block the line belongs to.
    pub block: usize,
    /// The text as scraped, whitespace not yet normalised (excerpts must match it exactly).
    pub text: String,
    pub mark: Mark,
}

impl Line {
    /// The text as it will be shown: whitespace runs (incl. non-breaking spaces) squashed.
    pub fn clean(&self) -> String {
        squash_whitespace(&self.text)
    }

    /// True when nothing else shares this line's block: a standalone line.
    pub fn alone_in_block(&self, all: &[Line]) -> bool {
        all.iter().filter(|l| l.block == self.block).count() == 1
    }
}

/// Splits a file into its non-blank lines, numbering lines and blocks.
pub fn split_lines(text: &str) -> Vec<Line> {
    let mut lines = Vec::new();
    let mut block = 0;
    let mut in_block = false;
    for (index, raw) in text.lines().enumerate() {
        let raw = raw.trim_end_matches('\r');
        if raw.trim().is_empty() {
            in_block = false;
            continue;
        }
        if !in_block {
            block += 1;
            in_block = true;
        }
        lines.push(Line { no: index + 1, block, text: raw.to_string(), mark: Mark::Plain });
    }
    lines
}

/// Cuts a line at the given byte ranges: each range becomes a piece with its mark, the
/// text between them plain pieces. Ranges must be sorted, non-overlapping and on char
/// boundaries; blank pieces are dropped.
pub fn cut(line: &Line, spans: &[(usize, usize, Mark)]) -> Vec<Line> {
    let mut pieces = Vec::new();
    let mut push = |text: &str, mark: Mark| {
        if !text.trim().is_empty() {
            pieces.push(Line { no: line.no, block: line.block, text: text.trim().to_string(), mark });
        }
    };
    let mut at = 0;
    for &(start, end, mark) in spans {
        push(line.text.get(at..start).unwrap_or(""), line.mark);
        push(line.text.get(start..end).unwrap_or(""), mark);
        at = end;
    }
    push(line.text.get(at..).unwrap_or(""), line.mark);
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_lines_and_blocks_and_skips_blank_lines() {
        let lines = split_lines("Tip 1\n\nTitel\r\n  \nDit is een toptip\ncommitment");
        let seen: Vec<_> = lines.iter().map(|l| (l.no, l.block, l.text.as_str())).collect();
        assert_eq!(seen, [(1, 1, "Tip 1"), (3, 2, "Titel"), (5, 3, "Dit is een toptip"), (6, 3, "commitment")]);
    }

    #[test]
    fn cutting_keeps_the_text_around_a_marked_piece() {
        let line = split_lines("eind. de kop Begin van iets")[0].clone();
        let pieces = cut(&line, &[(6, 12, Mark::Heading)]);
        let seen: Vec<_> = pieces.iter().map(|p| (p.text.as_str(), p.mark)).collect();
        assert_eq!(seen, [("eind.", Mark::Plain), ("de kop", Mark::Heading), ("Begin van iets", Mark::Plain)]);
    }
}
