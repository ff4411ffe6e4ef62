//! Display: dates in neutral English for readers.
//!
//! In: [`PartialDate`]s (a point, or the two ends of a range). Out: English text sharing what
//! the two ends share ("1923–24", "6–8 March 1938") and Old Style readings, for the `Display`
//! impls in the module root.

use super::PartialDate;

const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

pub(super) fn month_name(month: u8) -> &'static str {
    usize::from(month)
        .checked_sub(1)
        .and_then(|index| MONTH_NAMES.get(index))
        .copied()
        .unwrap_or("?")
}

/// A point or a range in English, sharing what the two ends share: "1923–24",
/// "March–April 1938", "6–8 March 1938", "6 March – 8 April 1938". Any range of years from a
/// round year to nine years on shows as its decade ("1930s"), however the text wrote it.
pub(super) fn span_text(start: &PartialDate, end: Option<&PartialDate>) -> String {
    let Some(end) = end else {
        return start.to_string();
    };
    let same_year = start.year == end.year;
    match (start.month, start.day, end.month, end.day) {
        (None, None, None, None) if start.year % 10 == 0 && end.year == start.year + 9 => {
            format!("{}s", start.year)
        }
        (None, None, None, None) => year_range_text(start.year, end.year),
        (Some(first), None, Some(last), None) if same_year => {
            format!("{}–{} {}", month_name(first), month_name(last), start.year)
        }
        (Some(first), Some(first_day), Some(last), Some(last_day)) if same_year => {
            if first == last {
                format!(
                    "{first_day}–{last_day} {} {}",
                    month_name(first),
                    start.year
                )
            } else {
                let (first, last) = (month_name(first), month_name(last));
                format!("{first_day} {first} – {last_day} {last} {}", start.year)
            }
        }
        _ => {
            let (start, end) = (start.to_string(), end.to_string());
            let spaced = start.contains(' ') || end.contains(' ');
            let dash = if spaced { " – " } else { "–" };
            format!("{start}{dash}{end}")
        }
    }
}

/// "1923–24" within a century (unless the start is a round hundred), "1899–1901" across one.
fn year_range_text(start: i32, end: i32) -> String {
    if start / 100 == end / 100 && start % 100 != 0 {
        format!("{start}–{:02}", end % 100)
    } else {
        format!("{start}–{end}")
    }
}

/// An Old Style reading shown after its New Style date: "12 February", or with its year when
/// that differs from the New Style one ("29 December 1920").
pub(super) fn old_style_text(old_style: &PartialDate, new_style_year: i32) -> String {
    match (old_style.month, old_style.day) {
        (Some(month), Some(day)) if old_style.year == new_style_year => {
            format!("{day} {}", month_name(month))
        }
        _ => old_style.to_string(),
    }
}
