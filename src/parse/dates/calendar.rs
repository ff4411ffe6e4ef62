//! Calendars: month lengths, and the same day in the Julian (Old Style) and Gregorian (New
//! Style) calendars.
//!
//! In: years, months and days as a text gives them. Out: the days in a month, and, for two
//! readings of one day, which is the Old Style and which the New Style one, if they are truly
//! the same day (12 February 1917 O.S. is 25 February 1917 N.S.: thirteen days apart from
//! March 1900, twelve in the 1800s, eleven in the 1700s, ten before).

use super::{PartialDate, YEARS};

/// The year the Gregorian calendar began; no text gives both readings before it.
const GREGORIAN_REFORM: i32 = 1582;

/// A day as a text writes it, in either calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct CalendarDay {
    pub(super) year: i32,
    pub(super) month: u8,
    pub(super) day: u8,
}

/// The two calendars a double date is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Calendar {
    Julian,
    Gregorian,
}

fn is_leap(calendar: Calendar, year: i32) -> bool {
    match calendar {
        Calendar::Julian => year % 4 == 0,
        Calendar::Gregorian => (year % 4 == 0 && year % 100 != 0) || year % 400 == 0,
    }
}

fn month_length(calendar: Calendar, year: i32, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(calendar, year) => 29,
        2 => 28,
        _ => 31,
    }
}

/// The days in a month of the (Gregorian) calendar dates are kept in.
pub(super) fn days_in_month(year: i32, month: u8) -> u8 {
    month_length(Calendar::Gregorian, year, month)
}

/// The Julian day number of `date` read in `calendar`, or `None` if that calendar has no such
/// day or the year is outside the years this module reads.
fn day_number(calendar: Calendar, date: CalendarDay) -> Option<i64> {
    let CalendarDay { year, month, day } = date;
    let exists = YEARS.contains(&year)
        && (1..=12).contains(&month)
        && day >= 1
        && day <= month_length(calendar, year, month);
    if !exists {
        return None;
    }
    // The usual arithmetic: count years from March, so February's leap day ends a year.
    let shifted_from_march = i64::from(month < 3);
    let year = i64::from(year) + 4800 - shifted_from_march;
    let month = i64::from(month) + 12 * shifted_from_march - 3;
    let days = i64::from(day) + (153 * month + 2) / 5 + 365 * year + year / 4;
    Some(match calendar {
        Calendar::Julian => days - 32083,
        Calendar::Gregorian => days - year / 100 + year / 400 - 32045,
    })
}

/// A day-precision date as a calendar day; `None` for a month or a year.
pub(super) fn calendar_day(date: PartialDate) -> Option<CalendarDay> {
    Some(CalendarDay {
        year: date.year,
        month: date.month?,
        day: date.day?,
    })
}

/// The Old Style and New Style readings of one day, in that order, if `first` and `second`
/// (in either order) are the same day in the Julian and the Gregorian calendar.
pub(super) fn old_and_new_style(
    first: CalendarDay,
    second: CalendarDay,
) -> Option<(PartialDate, PartialDate)> {
    let same_day = |old: CalendarDay, new: CalendarDay| {
        let after_reform = old.year >= GREGORIAN_REFORM && new.year >= GREGORIAN_REFORM;
        let julian = day_number(Calendar::Julian, old);
        after_reform && julian.is_some() && julian == day_number(Calendar::Gregorian, new)
    };
    let (old, new) = if same_day(first, second) {
        (first, second)
    } else if same_day(second, first) {
        (second, first)
    } else {
        return None;
    };
    // The Julian day exists (checked above) but may not in the Gregorian calendar kept by
    // `PartialDate::new` (29 February 1900 O.S.), so it is built as it stands.
    let old_style = PartialDate {
        year: old.year,
        month: Some(old.month),
        day: Some(old.day),
    };
    let new_style = PartialDate::new(new.year, Some(new.month), Some(new.day))?;
    Some((old_style, new_style))
}
