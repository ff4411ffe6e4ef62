//! Tests of numeric spellings archives use: Roman-numeral months, compact `yyyymmdd` codes,
//! dotted dates with two-digit years, and note markers glued to a date.
//!
//! In: literal dates and sentences. Out: assertions on the public API only.

use super::*;

// --- Roman-numeral months ------------------------------------------------------------

#[test]
fn roman_numeral_months() {
    assert_point(
        &["12.IV.1917", "12. IV. 1917", "12 IV 1917", "12/IV/1917"],
        day(1917, 4, 12),
    );
    assert_point(&["1.I.1918", "1 I 1918"], day(1918, 1, 1));
    assert_point(&["31.XII.1917"], day(1917, 12, 31));
    assert_point(&["IV.1917"], month(1917, 4));
    assert_point(&["XII.1917"], month(1917, 12));
    assert_eq!(parsed("12.IV.1917").display(), "12 April 1917");
}

#[test]
fn roman_numeral_months_are_uppercase_one_to_twelve_with_one_separator() {
    for input in [
        "12.iv.1917",
        "12 iv 1917",
        "iv.1917",
        "12.Iv.1917",
        "12.XIII.1917",
        "XIII.1917",
        "31.IV.1917",
        "12.IV/1917",
        "12 IV. 1917",
        "12/IV 1917",
        "IV 1917",
        "IV. 1917",
        "12IV1917",
        "12 / IV / 1917",
    ] {
        assert_eq!(HistoricalDate::parse(input), None, "{input:?}");
    }
}

#[test]
fn roman_numeral_months_in_prose() {
    assert_eq!(found("Brief vom 12.IV.1917 an Lenin"), ["12.IV.1917"]);
    assert_eq!(found("Petrograd, 12. IV. 1917."), ["12. IV. 1917"]);
    assert_eq!(
        found("dated 12 IV 1917 and 3/V/1917"),
        ["12 IV 1917", "3/V/1917"]
    );
    assert_eq!(found("seit IV.1917"), ["IV.1917"]);
    assert_eq!(find_dates("seit IV.1917")[0].date, point(month(1917, 4)));
}

#[test]
fn lowercase_numerals_and_regnal_numbers_are_not_months() {
    assert_eq!(found("see note 12 iv 1917"), ["1917"]);
    assert_eq!(found("Henry IV 1589"), ["1589"]);
    assert_eq!(found("Pius XI. 1922"), ["1922"]);
    let mentions = find_dates("chapter vi.1917");
    assert_eq!(mentions.len(), 1);
    assert_eq!(mentions[0].date, point(year(1917)));
}
