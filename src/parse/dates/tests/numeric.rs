//! Tests of numeric spellings archives use: Roman-numeral months, compact `yyyymmdd` codes,
//! dotted dates with two-digit years, and note markers glued to a date.
//!
//! In: literal dates and sentences. Out: assertions on the public API only.

use super::*;

// --- Numeral months: 7bre, 8ber, Xbre ----------------------------------------------------

#[test]
fn numeral_months_of_old_letters() {
    assert_point(
        &["15 7bre 1792", "15 7bre. 1792", "15 7ber 1792"],
        day(1792, 9, 15),
    );
    assert_point(&["3 8bre 1790", "3 8ber 1790"], day(1790, 10, 3));
    assert_point(&["21 9bre 1788"], day(1788, 11, 21));
    assert_point(
        &["1 Xbre 1788", "1 10bre 1788", "1 xber 1788"],
        day(1788, 12, 1),
    );
    assert_eq!(parsed("12 8bre 1790").display(), "12 October 1790");
    assert_eq!(found("Paris, ce 12 8bre 1790, à midi"), ["12 8bre 1790"]);
}

#[test]
fn a_number_before_other_words_is_not_a_numeral_month() {
    assert_eq!(HistoricalDate::parse("15 6bre 1792"), None);
    assert_eq!(found("he had 7 brothers in 1792"), ["1792"]);
}

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

// --- archive codes -------------------------------------------------------------------

#[test]
fn compact_codes_with_unknown_parts_keep_their_precision() {
    assert_point(&["19380306"], day(1938, 3, 6));
    assert_point(&["19321100"], month(1932, 11));
    assert_point(&["19320000"], year(1932));
    let date = parsed("19321100");
    assert_eq!(date.start.day, None);
    assert_eq!(date.display(), "November 1932");
}

#[test]
fn compact_codes_must_be_real_dates() {
    for input in [
        "19320010",
        "19321300",
        "19320231",
        "09991100",
        "21011100",
        "19321132",
        "1932110",
        "193211000",
    ] {
        assert_eq!(HistoricalDate::parse(input), None, "{input:?}");
    }
}

#[test]
fn compact_codes_standing_alone_in_prose() {
    let text = "Leon Trotsky 19321100 Letter to an Unknown Comrade";
    assert_eq!(found(text), ["19321100"]);
    assert_eq!(find_dates(text)[0].date, point(month(1932, 11)));
    assert_eq!(found("Trotsky (19380306) wrote"), ["19380306"]);
    assert_eq!(found("Letter [19380306], unsigned"), ["[19380306]"]);
    assert!(find_dates("Letter [19380306], unsigned")[0].date.supplied);
    assert_eq!(found("written 19320000."), ["19320000"]);
    assert_eq!(find_dates("written 19320000.")[0].date, point(year(1932)));
}

#[test]
fn eight_digit_numbers_that_are_not_date_codes() {
    for text in [
        "code 19380306 here",
        "ISBN 19380306",
        "Tel. 19380306",
        "p. 19321100",
        "No. 19321100",
        "Nr. 19321100",
        "file 19321100.htm",
        "A-19321100",
        "19321100-7",
        "1,19321100",
        "193211001",
        "19321100x",
        "12.19321100",
        "19321300",
        "19320010",
    ] {
        assert_eq!(found(text), Vec::<&str>::new(), "{text:?}");
    }
}

// --- two-digit years, with the century the caller knows ------------------------------

const NINETEEN_HUNDREDS: DateContext = DateContext {
    century: Some(1900),
};

#[test]
fn two_digit_years_are_not_read_without_a_century() {
    for input in ["6.3.38", "06.03.38", "12.IV.38"] {
        assert_eq!(HistoricalDate::parse(input), None, "{input:?}");
        assert_eq!(found(input), Vec::<&str>::new(), "{input:?}");
    }
    assert_eq!(found("Brief vom 6.3.38 an Sedow"), Vec::<&str>::new());
}

#[test]
fn two_digit_years_in_the_century_the_caller_knows() {
    let read = |s: &str| HistoricalDate::parse_in_context(s, NINETEEN_HUNDREDS);
    assert_eq!(read("6.3.38"), Some(point(day(1938, 3, 6))));
    assert_eq!(read("06.03.38"), Some(point(day(1938, 3, 6))));
    assert_eq!(read("12.IV.17"), Some(point(day(1917, 4, 12))));
    assert_eq!(read("6.3.1938"), Some(point(day(1938, 3, 6))));
    let any_year_names_its_century = DateContext {
        century: Some(1938),
    };
    assert_eq!(
        HistoricalDate::parse_in_context("6.3.38", any_year_names_its_century),
        Some(point(day(1938, 3, 6)))
    );
    let nineteenth = DateContext {
        century: Some(1800),
    };
    assert_eq!(
        HistoricalDate::parse_in_context("6.3.38", nineteenth),
        Some(point(day(1838, 3, 6)))
    );
}

#[test]
fn two_digit_years_only_in_dotted_dates_and_not_spaced_throughout() {
    let read = |s: &str| HistoricalDate::parse_in_context(s, NINETEEN_HUNDREDS);
    for input in [
        "6. 3. 38",
        "12. IV. 38",
        "12 IV 38",
        "6/3/38",
        "6.3.380",
        "6.3.3",
        "31.2.38",
        "March 38",
        "6 March 38",
        "38",
        "3.38",
    ] {
        assert_eq!(read(input), None, "{input:?}");
    }
    // A dateline read whole may space its year off (`6.1. 05.` on a Russian edition's page);
    // prose may not.
    assert_eq!(
        read("6.3. 38").map(|d| d.datetime_attr()).as_deref(),
        Some("1938-03-06")
    );
    let far = DateContext {
        century: Some(i32::MIN),
    };
    assert_eq!(HistoricalDate::parse_in_context("6.3.38", far), None);
    let beyond = DateContext {
        century: Some(i32::MAX),
    };
    assert_eq!(HistoricalDate::parse_in_context("6.3.38", beyond), None);
}

#[test]
fn two_digit_years_in_prose_with_a_context() {
    let text = "Coyoacán, den 6.3.38. Lieber Genosse, ... (Trotzki, 1938)";
    let context = DateContext::from_text(text);
    assert_eq!(context, NINETEEN_HUNDREDS);
    let mentions = find_dates_in_context(text, context);
    let shown: Vec<&str> = mentions.iter().map(|m| &text[m.range.clone()]).collect();
    assert_eq!(shown, ["6.3.38", "1938"]);
    assert_eq!(mentions[0].date, point(day(1938, 3, 6)));
    assert_eq!(found(text), ["1938"]);
    let glued = find_dates_in_context("Abschnitt 6.3.38.2 und 1.2.3", NINETEEN_HUNDREDS);
    assert!(glued.is_empty());
    assert!(find_dates_in_context("Fig. 6.3.38", NINETEEN_HUNDREDS).is_empty());
}

#[test]
fn a_context_comes_only_from_four_digit_years_that_agree() {
    assert_eq!(DateContext::from_text("no dates, 6.3.38").century, None);
    assert_eq!(DateContext::from_text("in 1899 and 1901").century, None);
    assert_eq!(DateContext::from_text("1899–1901").century, None);
    assert_eq!(
        DateContext::from_text("in 1917 and March 1938").century,
        Some(1900)
    );
    assert_eq!(DateContext::from_text("p. 1938, 6.3.38").century, None);
}
