//! Cursor: a position in the tokens, and the small steps every grammar rule is made of.
//!
//! In: the [`Token`]s of a whole string or of prose, what is being read ([`Mode`]) and what the
//! caller knows of the text ([`DateContext`]). Out:
//! steps that each take a [`Cursor`] and give the next one if a token of the expected kind is
//! there (`punct`, `word`, `number`, ...), and [`longest`] to choose among alternatives.

use std::ops::RangeInclusive;

use super::DateContext;
use super::tokens::{Kind, Token};

/// Whether a whole string is being read, or prose (stricter about what counts).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Mode {
    Whole,
    Prose,
}

/// A position in the token list; every grammar step takes one and returns the next.
#[derive(Debug, Clone, Copy)]
pub(super) struct Cursor<'t, 'a> {
    pub(super) tokens: &'t [Token<'a>],
    pub(super) pos: usize,
    pub(super) mode: Mode,
    /// What the caller knows about the text (the century of two-digit years).
    pub(super) context: DateContext,
}

/// What a grammar step found, and where reading goes on.
pub(super) type Parsed<'t, 'a, T> = Option<(Cursor<'t, 'a>, T)>;

impl<'t, 'a> Cursor<'t, 'a> {
    pub(super) fn new(tokens: &'t [Token<'a>], mode: Mode, context: DateContext) -> Self {
        Cursor {
            tokens,
            pos: 0,
            mode,
            context,
        }
    }

    fn token(self) -> Option<&'t Token<'a>> {
        self.tokens.get(self.pos)
    }

    fn advance(self) -> Self {
        Cursor {
            pos: self.pos + 1,
            ..self
        }
    }

    /// Whether the next token follows the previous one with no space between.
    pub(super) fn is_touching(self) -> bool {
        let previous = self.pos.checked_sub(1).and_then(|pos| self.tokens.get(pos));
        match (previous, self.token()) {
            (Some(previous), Some(next)) => previous.end == next.start,
            _ => false,
        }
    }

    /// This cursor, if the next token touches the previous one.
    pub(super) fn touching(self) -> Option<Self> {
        self.is_touching().then_some(self)
    }

    /// The step's result, or this cursor unchanged if the step does not apply.
    pub(super) fn optional(self, step: impl Fn(Self) -> Option<Self>) -> Self {
        step(self).unwrap_or(self)
    }

    pub(super) fn kind(self, kind: Kind) -> Parsed<'t, 'a, &'t Token<'a>> {
        let token = self.token().filter(|token| token.kind == kind)?;
        Some((self.advance(), token))
    }

    pub(super) fn punct(self, ch: char) -> Option<Self> {
        self.token()
            .filter(|token| token.is_punct(ch))
            .map(|_| self.advance())
    }

    pub(super) fn dash(self) -> Option<Self> {
        self.kind(Kind::Dash).map(|(next, _)| next)
    }

    pub(super) fn hyphen(self) -> Option<Self> {
        let (next, token) = self.kind(Kind::Dash)?;
        (token.text == "-").then_some(next)
    }

    /// The next token, if it is the word `lower` (any case, accents as given).
    pub(super) fn word(self, lower: &str) -> Option<Self> {
        let (next, token) = self.kind(Kind::Word)?;
        (token.lower == lower).then_some(next)
    }

    pub(super) fn words(self, lower: &[&str]) -> Option<Self> {
        lower
            .iter()
            .try_fold(self, |cursor, word| cursor.word(word))
    }

    pub(super) fn number(self, digits: RangeInclusive<usize>) -> Parsed<'t, 'a, u32> {
        let (next, token) = self.kind(Kind::Number)?;
        if !digits.contains(&token.text.len()) {
            return None;
        }
        Some((next, token.text.parse().ok()?))
    }
}

/// Of the alternatives' results, the one that read furthest (the first of equals).
pub(super) fn longest<'t, 'a, T>(
    alternatives: impl IntoIterator<Item = Parsed<'t, 'a, T>>,
) -> Parsed<'t, 'a, T> {
    alternatives
        .into_iter()
        .flatten()
        .reduce(|best, next| if next.0.pos > best.0.pos { next } else { best })
}
