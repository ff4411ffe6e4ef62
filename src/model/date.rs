//! Dates as historians write them: the value types every stage shares.
//!
//! A [`PartialDate`] is a point known to year, month or day; a [`HistoricalDate`] is a point or a
//! range, possibly approximate, qualified, supplied by the editors or given in both calendars.
//! The reader that finds them in text, their display and their order live in
//! `parse::dates`; this module holds only the data.

use serde::Serialize;

/// A calendar point known to year, month or day precision (a day implies a month).
///
/// The derived order is chronological with the coarser point first within its period:
/// 1937 < March 1937 < 6 March 1937 < 7 March 1937 < 1938.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct PartialDate {
    /// The year, within 1000..=2100 for parsed dates.
    pub year: i32,
    /// The month, 1..=12, when known.
    pub month: Option<u8>,
    /// The day of the month, when known; only together with a month.
    pub day: Option<u8>,
}

/// How a text places a date within its period, beyond the date itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Qualifier {
    /// "as early as 1935", "dès 1935", "bereits 1935": at the latest then; shown "by 1935".
    By,
    /// "early 1935", "the beginning of 1935", "Anfang 1935", "début 1935".
    Early,
    /// "mid-1935", "the middle of 1935", "Mitte 1935", "mi-1935".
    Mid,
    /// "late 1934", "the end of 1934", "Ende 1934", "fin 1934".
    Late,
}

/// A date as a text or an editor gives it: a point or a range, possibly approximate or
/// qualified, possibly supplied by the editor.
///
/// The order is chronological by start, the coarser date first within its period, a point
/// before a range with the same start and a shorter range before a longer one; then by
/// qualifier, approximation, supply and Old Style reading, so that it is total and agrees
/// with `==`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct HistoricalDate {
    /// The date, or the first date of a range.
    pub start: PartialDate,
    /// The last date of a range (1923–24, March–April 1938, 6–8 March 1938, the 1930s).
    pub end: Option<PartialDate>,
    /// "c. 1935", "ca.", "circa", "about", "1935?", "the end of 1934", "as early as 1935" ...
    pub approximate: bool,
    /// Early, mid, late or "by", when the text says so.
    pub qualifier: Option<Qualifier>,
    /// The date is the editor's, given in square brackets: "[March 1938]".
    pub supplied: bool,
    /// The same day in the Julian calendar, when the text gives both readings ("12/25 February
    /// 1917", "25 October (7 November) 1917"); `start` is then the Gregorian (New Style) one.
    /// Left out of serialized output when there is none.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub old_style: Option<PartialDate>,
}

impl From<PartialDate> for HistoricalDate {
    /// The point itself: exact, unqualified, the text's own.
    fn from(start: PartialDate) -> Self {
        HistoricalDate {
            start,
            end: None,
            approximate: false,
            qualifier: None,
            supplied: false,
            old_style: None,
        }
    }
}
