//! Month words: how the language lexicons write a month's name or abbreviation for the date
//! reader (`parse/dates`).

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
