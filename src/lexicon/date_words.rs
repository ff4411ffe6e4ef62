//! Date words: how the language lexicons write a month's name or abbreviation and a phrase
//! that places a date within its period, for the date reader (`parse/dates`).

/// How a month word is spelled, which decides whether it takes or needs a full stop.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// The full name: "March", "mars", "марта". Takes no full stop.
    Full,
    /// An abbreviation, with or without its full stop: "Sept.", "Sep", "janv.".
    Abbreviation,
    /// An abbreviation that is also an everyday word, read only with its full stop
    /// ("out." in Portuguese, "set." in Italian; "out", "set" are English words).
    DottedAbbreviation,
}

/// A word naming a month, folded as the date reader's tokenizer folds it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MonthWord {
    /// The word, folded.
    pub word: &'static str,
    /// The month it names, 1..=12.
    pub month: u8,
    /// Whether it takes or needs a full stop.
    pub form: Form,
}

/// A month's full name.
pub const fn full(word: &'static str, month: u8) -> MonthWord {
    MonthWord {
        word,
        month,
        form: Form::Full,
    }
}

/// An abbreviation, read with or without its full stop.
pub const fn abbr(word: &'static str, month: u8) -> MonthWord {
    MonthWord {
        word,
        month,
        form: Form::Abbreviation,
    }
}

/// An abbreviation that is also an everyday word, read only with its full stop.
pub const fn dotted(word: &'static str, month: u8) -> MonthWord {
    MonthWord {
        word,
        month,
        form: Form::DottedAbbreviation,
    }
}

/// The part of its period a qualifying phrase places a date in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PeriodPart {
    /// "as early as 1935", "dès 1935", "bereits 1935": at the latest then.
    By,
    /// "early 1935", "Anfang 1935".
    Early,
    /// "mid-1935", "Mitte 1935".
    Mid,
    /// "late 1934", "Ende 1934".
    Late,
}

/// Whether a qualifying word is joined to the date by a hyphen ("mid-1935", "mi-1935").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hyphen {
    /// "early 1935".
    Never,
    /// "mid 1935" or "mid-1935".
    Optional,
    /// "mi-1935" only.
    Required,
}

/// A phrase that places a date within its period, its words lower-cased as the date reader's
/// tokenizer gives them (accents kept: "début", "início").
#[derive(Debug)]
pub struct QualifierPhrase {
    /// The phrase's words, in order.
    pub words: &'static [&'static str],
    /// Where in its period it places the date.
    pub part: PeriodPart,
    /// Phrases naming a part of a period ("the end of") are vaguer than "late".
    pub approximate: bool,
    /// How it is joined to the date.
    pub hyphen: Hyphen,
}

/// A phrase set off from the date by a space.
pub const fn phrase(
    words: &'static [&'static str],
    part: PeriodPart,
    approximate: bool,
) -> QualifierPhrase {
    QualifierPhrase {
        words,
        part,
        approximate,
        hyphen: Hyphen::Never,
    }
}

/// A phrase joined to the date by a space or a hyphen ("mid 1935", "mid-1935").
pub const fn phrase_hyphen_optional(
    words: &'static [&'static str],
    part: PeriodPart,
    approximate: bool,
) -> QualifierPhrase {
    QualifierPhrase {
        hyphen: Hyphen::Optional,
        ..phrase(words, part, approximate)
    }
}

/// A phrase joined to the date by a hyphen only ("mi-1935").
pub const fn phrase_hyphen_required(
    words: &'static [&'static str],
    part: PeriodPart,
    approximate: bool,
) -> QualifierPhrase {
    QualifierPhrase {
        hyphen: Hyphen::Required,
        ..phrase(words, part, approximate)
    }
}
