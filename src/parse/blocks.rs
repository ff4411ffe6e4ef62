//! Splitting a plain-text file into blocks: runs of non-blank lines separated by blank ones.
//!
//! In: the whole seed text. Out: [`RawBlock`]s with their line numbers, indentation and their
//! lines' text. A block's text joins hard-wrapped prose lines with a space and keeps the line
//! breaks of short-lined blocks (addresses, signatures, verse) as `\n`. Nothing else is changed.

/// Lines shorter than this in every line of a block are kept as separate lines.
const SHORT_LINE: usize = 55;
/// A line this long is a paragraph on its own, not a hard-wrapped piece of one: a block with
/// two such lines is a text written one line per paragraph, and each of its lines is a block.
const PARAGRAPH_LINE: usize = 120;

/// A run of non-blank lines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawBlock<'a> {
    /// 1-based number of the block's first line in the file.
    pub line: usize,
    /// The lines, without line terminators or trailing whitespace.
    pub lines: Vec<&'a str>,
    /// True when every line starts with at least two spaces or a tab.
    pub indented: bool,
}

impl RawBlock<'_> {
    /// The block as one paragraph text: wrapped prose joined with spaces, short lines kept apart.
    pub fn text(&self) -> String {
        let trimmed: Vec<&str> = self.lines.iter().map(|l| l.trim()).collect();
        let keep_breaks =
            trimmed.len() > 1 && trimmed.iter().all(|l| l.chars().count() < SHORT_LINE);
        trimmed.join(if keep_breaks { "\n" } else { " " })
    }

    /// True for a block of one line.
    pub fn is_single_line(&self) -> bool {
        self.lines.len() == 1
    }
}

/// Splits `text` into blocks. Lines holding only whitespace (including no-break spaces) are
/// blank. Handles `\n` and `\r\n` line ends and a missing final newline.
pub fn split_blocks(text: &str) -> Vec<RawBlock<'_>> {
    let mut blocks = Vec::new();
    let mut current: Option<RawBlock> = None;
    for (index, line) in text.lines().enumerate() {
        let line = line.trim_end();
        if line.trim().is_empty() {
            blocks.extend(current.take());
            continue;
        }
        let indented = line.starts_with("  ") || line.starts_with('\t');
        match &mut current {
            Some(block) => {
                block.lines.push(line);
                block.indented &= indented;
            }
            None => {
                current = Some(RawBlock {
                    line: index + 1,
                    lines: vec![line],
                    indented,
                })
            }
        }
    }
    blocks.extend(current);
    blocks
        .into_iter()
        .flat_map(one_line_per_paragraph)
        .collect()
}

/// A block of two or more paragraph-long lines (a text without blank lines between its
/// paragraphs), split into one block per line; any other block as it is.
fn one_line_per_paragraph(block: RawBlock<'_>) -> Vec<RawBlock<'_>> {
    let long = block
        .lines
        .iter()
        .filter(|l| l.trim().chars().count() >= PARAGRAPH_LINE)
        .count();
    if long < 2 {
        return vec![block];
    }
    block
        .lines
        .iter()
        .enumerate()
        .map(|(i, line)| RawBlock {
            line: block.line + i,
            lines: vec![line],
            indented: line.starts_with("  ") || line.starts_with('\t'),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blank_lines_separate_blocks_and_lines_are_counted() {
        let blocks = split_blocks("Title\n\nFirst para\ncontinued\n\n\u{a0}\nLast");
        assert_eq!(blocks.len(), 3);
        assert_eq!(blocks[0].line, 1);
        assert_eq!(blocks[1].line, 3);
        assert_eq!(blocks[2].line, 7);
        assert_eq!(blocks[2].lines, vec!["Last"]);
    }

    #[test]
    fn crlf_and_missing_final_newline() {
        let blocks = split_blocks("One\r\n\r\nTwo");
        assert_eq!(blocks.len(), 2);
        assert_eq!(blocks[0].text(), "One");
        assert_eq!(blocks[1].text(), "Two");
    }

    #[test]
    fn wrapped_prose_is_joined_short_lines_are_kept() {
        let prose = "It is very difficult, Madam, to express in one brief formula\n\
                     the irreconcilable differences that exist between us.";
        assert_eq!(
            split_blocks(prose)[0].text(),
            "It is very difficult, Madam, to express in one brief formula the irreconcilable differences that exist between us."
        );
        let signature = "With greetings,\nL. Trotsky\nCoyoacán";
        assert_eq!(split_blocks(signature)[0].text(), signature);
    }

    #[test]
    fn a_text_with_one_line_per_paragraph_gets_a_block_per_line() {
        let long = "x".repeat(130);
        let text = format!("Dear Friend:\n{long}\n{long}\nYours,");
        let blocks = split_blocks(&text);
        assert_eq!(blocks.len(), 4);
        assert_eq!(blocks[1].line, 2);
        let wrapped = "a line of hard-wrapped prose that is not long\nand another one of them";
        assert_eq!(split_blocks(wrapped).len(), 1);
    }

    #[test]
    fn indentation_is_noticed() {
        let blocks = split_blocks("Plain\n\n    quoted line\n    another\n\n  half\nnot");
        assert!(!blocks[0].indented);
        assert!(blocks[1].indented);
        assert!(!blocks[2].indented);
    }
}
