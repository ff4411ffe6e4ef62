//! Tokens: the date parser's tokenizer.
//!
//! In: a string (a whole date or running prose). Out: [`Token`]s (numbers, words, range dashes
//! and single punctuation characters, each with its byte range; words also lowercased, folded
//! without accents and looked up once in the [`super::lexicon`] for the month they name).

use super::lexicon::{MonthWord, month_word, numeral_month};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    /// A run of ASCII digits.
    Number,
    /// A run of letters.
    Word,
    /// A dash that can join a range: `-`, `--`, `–`, `‐`, `‑`, `‒` (not an em dash).
    Dash,
    /// Any other single character.
    Punct,
}

#[derive(Debug, Clone)]
pub(super) struct Token<'a> {
    pub(super) kind: Kind,
    pub(super) text: &'a str,
    pub(super) start: usize,
    pub(super) end: usize,
    /// Words only: lowercase.
    pub(super) lower: String,
    /// Words only: the month the word names in some language, if any (looked up lowercase
    /// and without accents: "février" as "fevrier", "März" as "marz").
    pub(super) month: Option<MonthWord>,
}

impl Token<'_> {
    pub(super) fn is_punct(&self, ch: char) -> bool {
        self.kind == Kind::Punct && self.text.chars().eq([ch])
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum CharClass {
    Digit,
    Letter,
    Hyphen,
    Other,
}

fn char_class(ch: char) -> CharClass {
    if ch.is_ascii_digit() {
        CharClass::Digit
    } else if ch.is_alphabetic() {
        CharClass::Letter
    } else if ch == '-' {
        CharClass::Hyphen
    } else {
        CharClass::Other
    }
}

/// Splits `text` into numbers, words, dashes and single punctuation characters, dropping
/// whitespace; each token keeps its byte range.
pub(super) fn tokenize(text: &str) -> Vec<Token<'_>> {
    let mut tokens: Vec<Token<'_>> = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((start, first)) = chars.next() {
        if first.is_whitespace() {
            continue;
        }
        let class = char_class(first);
        let mut end = start + first.len_utf8();
        if class != CharClass::Other {
            while let Some(&(index, next)) = chars.peek() {
                if char_class(next) != class {
                    break;
                }
                end = index + next.len_utf8();
                chars.next();
            }
        }
        let piece = &text[start..end];
        let mut next = token(piece, class, start, end);
        // `7bre`, `10ber`: digits and a month ending written together are one month word.
        if let Some(previous) = tokens.last()
            && next.kind == Kind::Word
            && previous.kind == Kind::Number
            && previous.end == start
            && let Some(month) = numeral_month(&format!("{}{}", previous.text, next.lower))
        {
            let begin = previous.start;
            tokens.pop();
            next = Token {
                kind: Kind::Word,
                text: &text[begin..end],
                start: begin,
                end,
                lower: text[begin..end].to_lowercase(),
                month: Some(month),
            };
        }
        tokens.push(next);
    }
    tokens
}

fn token(text: &str, class: CharClass, start: usize, end: usize) -> Token<'_> {
    let kind = match class {
        CharClass::Digit => Kind::Number,
        CharClass::Letter => Kind::Word,
        // "-" and LaTeX's "--" join ranges; "---" is an em dash.
        CharClass::Hyphen if text.len() <= 2 => Kind::Dash,
        CharClass::Other if matches!(text, "–" | "‐" | "‑" | "‒") => Kind::Dash,
        _ => Kind::Punct,
    };
    let (lower, month) = if kind == Kind::Word {
        let lower = text.to_lowercase();
        let month = month_word(&crate::lexicon::fold_word(&lower));
        (lower, month)
    } else {
        (String::new(), None)
    };
    Token {
        kind,
        text,
        start,
        end,
        lower,
        month,
    }
}
