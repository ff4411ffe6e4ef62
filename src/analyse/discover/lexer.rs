//! Lexing: one paragraph split into words, abbreviations, initials, numbers and punctuation.
//!
//! In: the text of one paragraph. Out: its [`Token`]s, left to right, whitespace skipped; a dot
//! that belongs to an abbreviation or an initial is kept with it and does not end a sentence.

use super::words::{ABBREVIATED_TITLES, NAME_ABBREVIATIONS, OTHER_ABBREVIATIONS, in_list};

/// One lexical item of a paragraph; whitespace is skipped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Token<'a> {
    /// Letters and digits, with inner apostrophes and hyphens (`O'Brien`, `Stalin's`).
    Word(&'a str),
    /// One capital and its dot (`D.`): part of a name, does not end a sentence.
    Initial(&'a str),
    /// Two or more dotted single letters (`G.P.U.`, `e.g.`).
    Dotted(&'a str),
    /// A known abbreviation with its dot (`Mrs.`, `pp.`, `St.`, or a lowercase letter `c.`).
    Abbreviation(&'a str),
    /// Anything starting with a digit (`1935`, `1923-24`).
    Number,
    /// `.`, `!`, `?`, `:` or `…` not taken by an abbreviation.
    SentenceEnd,
    /// An opening quote mark: what follows starts a sentence.
    OpenQuote,
    /// Any other punctuation.
    Other,
}

/// Splits a paragraph into [`Token`]s, left to right.
pub(super) struct Lexer<'a> {
    text: &'a str,
    pos: usize,
}

impl<'a> Lexer<'a> {
    pub(super) fn new(text: &'a str) -> Self {
        Lexer { text, pos: 0 }
    }

    fn peek(&self) -> Option<char> {
        self.text.get(self.pos..).and_then(|s| s.chars().next())
    }

    fn peek_second(&self) -> Option<char> {
        let mut chars = self.text.get(self.pos..)?.chars();
        chars.next();
        chars.next()
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.pos += c.len_utf8();
        Some(c)
    }

    fn slice(&self, start: usize) -> &'a str {
        self.text.get(start..self.pos).unwrap_or_default()
    }

    /// Consumes word characters, and apostrophes or hyphens that have a letter after them.
    fn eat_word_chars(&mut self) {
        while let Some(c) = self.peek() {
            let joins = is_word_joiner(c) && self.peek_second().is_some_and(char::is_alphabetic);
            if !is_word_char(c) && !joins {
                break;
            }
            self.bump();
        }
    }

    fn word(&mut self, start: usize) -> Token<'a> {
        self.eat_word_chars();
        let word = self.slice(start);
        if word.starts_with(|c: char| c.is_ascii_digit()) {
            return Token::Number;
        }
        if self.peek() != Some('.') {
            return Token::Word(word);
        }
        if word.chars().count() == 1 {
            return self.dotted(start, word);
        }
        let known = [
            &ABBREVIATED_TITLES,
            &NAME_ABBREVIATIONS,
            &OTHER_ABBREVIATIONS,
        ];
        if known.iter().any(|list| in_list(list, word)) {
            self.bump();
            return Token::Abbreviation(self.slice(start));
        }
        Token::Word(word)
    }

    /// After a single letter followed by a dot: `D.`, `c.`, or a dotted run `G.P.U.` / `e.g.`.
    fn dotted(&mut self, start: usize, first: &str) -> Token<'a> {
        self.bump();
        let mut letters = 1;
        while self.peek().is_some_and(char::is_alphabetic)
            && !self.peek_second().is_some_and(is_word_char)
        {
            self.bump();
            letters += 1;
            if self.peek() != Some('.') {
                break;
            }
            self.bump();
        }
        let text = self.slice(start);
        match letters {
            1 if first.chars().all(char::is_uppercase) => Token::Initial(text),
            1 => Token::Abbreviation(text),
            _ => Token::Dotted(text),
        }
    }

    fn punctuation(&mut self, start: usize, c: char) -> Token<'a> {
        self.bump();
        match c {
            '.' | '!' | '?' | ':' | '…' => Token::SentenceEnd,
            '`' | '‘' | '“' | '«' | '„' | '‚' => Token::OpenQuote,
            '"' | '\'' if self.opens_quote(start) => Token::OpenQuote,
            _ => Token::Other,
        }
    }

    /// A straight quote opens when it stands first or after whitespace, a bracket or a dash.
    fn opens_quote(&self, at: usize) -> bool {
        let before = self.text.get(..at).and_then(|s| s.chars().next_back());
        before.is_none_or(|b| b.is_whitespace() || matches!(b, '(' | '[' | '{' | '—' | '–' | '-'))
    }
}

impl<'a> Iterator for Lexer<'a> {
    type Item = Token<'a>;

    fn next(&mut self) -> Option<Token<'a>> {
        while self.peek()?.is_whitespace() {
            self.bump();
        }
        let start = self.pos;
        let c = self.peek()?;
        if is_word_char(c) {
            Some(self.word(start))
        } else {
            Some(self.punctuation(start, c))
        }
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_combining_mark(c)
}

fn is_combining_mark(c: char) -> bool {
    matches!(c, '\u{300}'..='\u{36F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}'
        | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}')
}

fn is_word_joiner(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ' | '-' | '‐' | '‑')
}
