//! Cursor: a position in the tokens, and the small steps every grammar rule is made of.
//!
//! In: the [`Token`]s of a whole string or of prose, what is being read ([`Mode`]) and what the
//! caller knows of the text ([`DateContext`]). Out:
//! steps that each take a [`Cursor`] and give the next one if a token of the expected kind is
//! there (`punct`, `word`, `number`, ...), and [`longest`] to choose among alternatives.

use std::ops::RangeInclusive;

use super::DateContext;
use super::tokens::{Kind, Token};

/// Signs that mark a note when glued to what they annotate.
const NOTE_SIGNS: &[char] = &[
    '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹', '⁰', '*', '†', '‡',
];

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

    /// A note marker touching the previous token: a run of superscript digits, asterisks or
    /// daggers ("¹²", "*", "†"), or a bracketed note number or letter ("[1]", "[a]").
    pub(super) fn note_marker(self) -> Option<Self> {
        let first = self.touching()?;
        let mut cursor = first;
        while let Some(next) = cursor.touching().and_then(Cursor::note_sign) {
            cursor = next;
        }
        if cursor.pos > first.pos {
            return Some(cursor);
        }
        let inside = first.punct('[')?.touching()?;
        let (after, token) = inside
            .kind(Kind::Number)
            .or_else(|| inside.kind(Kind::Word))?;
        let is_note_label = match token.kind {
            Kind::Number => token.text.len() <= 3,
            _ => token.text.chars().count() == 1,
        };
        if !is_note_label {
            return None;
        }
        after.touching()?.punct(']')
    }

    fn note_sign(self) -> Option<Self> {
        NOTE_SIGNS.iter().find_map(|&sign| self.punct(sign))
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
