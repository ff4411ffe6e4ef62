//! Tests of double dates: one day in both the Old Style (Julian) and New Style (Gregorian)
//! calendars, kept as one date whose start is the New Style reading.
//!
//! In: literal dates and sentences. Out: assertions on the public API only.

use super::*;

/// A double date: the New Style day, with its Old Style reading.
fn double(new_style: PartialDate, old_style: PartialDate) -> HistoricalDate {
    HistoricalDate {
        old_style: Some(old_style),
        ..point(new_style)
    }
}

#[test]
fn slashed_days_in_both_orders_of_month_and_day() {
    let february_revolution = double(day(1917, 2, 25), day(1917, 2, 12));
    for input in [
        "February 12/25, 1917",
        "12/25 February 1917",
        "12./25. Februar 1917",
    ] {
        assert_eq!(parsed(input), february_revolution, "{input:?}");
    }
    let new_year = double(day(1918, 1, 14), day(1918, 1, 1));
    assert_eq!(parsed("1/14 January 1918"), new_year);
    assert_eq!(parsed("January 1/14, 1918"), new_year);
    // Twelve days apart, not thirteen: the Julian 1 January 1918 is the Gregorian 14th.
    assert_eq!(HistoricalDate::parse("January 1/13, 1918"), None);
}

#[test]
fn bracketed_second_readings() {
    let october = double(day(1917, 11, 7), day(1917, 10, 25));
    for input in [
        "25 October (7 November) 1917",
        "October 25 (November 7), 1917",
        "25 октября (7 ноября) 1917 г.",
    ] {
        assert_eq!(parsed(input), october, "{input:?}");
    }
    assert_eq!(
        parsed("12 (25) October 1917"),
        double(day(1917, 10, 25), day(1917, 10, 12))
    );
    assert_eq!(
        parsed("October 12 (25), 1917"),
        double(day(1917, 10, 25), day(1917, 10, 12))
    );
}

#[test]
fn across_months_and_years() {
    assert_eq!(
        parsed("31 January/13 February 1917"),
        double(day(1917, 2, 13), day(1917, 1, 31))
    );
    assert_eq!(
        parsed("January 31/February 13, 1917"),
        double(day(1917, 2, 13), day(1917, 1, 31))
    );
    assert_eq!(
        parsed("29 December 1920 (11 January 1921)"),
        double(day(1921, 1, 11), day(1920, 12, 29))
    );
    assert_eq!(
        parsed("19 December 1917/1 January 1918"),
        double(day(1918, 1, 1), day(1917, 12, 19))
    );
    assert_eq!(HistoricalDate::parse("19 December/1 January 1918"), None);
    assert_eq!(
        parsed("12.2.1917/25.2.1917"),
        double(day(1917, 2, 25), day(1917, 2, 12))
    );
}

#[test]
fn the_new_style_reading_may_come_first() {
    assert_eq!(
        parsed("7 November (25 October) 1917"),
        double(day(1917, 11, 7), day(1917, 10, 25))
    );
    assert_eq!(
        parsed("25/12 February 1917"),
        double(day(1917, 2, 25), day(1917, 2, 12))
    );
}

#[test]
fn the_offset_is_the_one_of_the_century() {
    // Twelve days in the 1800s, thirteen from March 1900 (Julian 29 February 1900 is the
    // Gregorian 13 March), eleven in the 1700s.
    assert_eq!(
        parsed("19 February (3 March) 1861"),
        double(day(1861, 3, 3), day(1861, 2, 19))
    );
    assert_eq!(
        parsed("16/28 February 1900"),
        double(day(1900, 2, 28), day(1900, 2, 16))
    );
    let julian_leap_day = PartialDate {
        day: Some(29),
        ..month(1900, 2)
    };
    assert_eq!(
        parsed("29 February (13 March) 1900"),
        double(day(1900, 3, 13), julian_leap_day)
    );
    assert_eq!(
        parsed("1/12 May 1750"),
        double(day(1750, 5, 12), day(1750, 5, 1))
    );
    for input in [
        "19/31 February 1861",
        "12/24 February 1917",
        "12/26 February 1917",
        "1/14 March 1861",
        "1/13 January 1918",
        "5/15 October 1500",
    ] {
        assert_eq!(HistoricalDate::parse(input), None, "{input:?}");
    }
}

#[test]
fn pairs_that_are_not_double_dates() {
    for input in [
        "6/8 March 1938",
        "6 (8) March 1938",
        "12 / 25 February 1917",
        "February 12 / 25, 1917",
        "12/25 February",
        "12/25/1917",
        "25 October (7 November)",
        "25 October (7) 1917",
        "25 October 1917 (7 November 1918)",
        "October 1917 (November 1917)",
    ] {
        assert_eq!(HistoricalDate::parse(input), None, "{input:?}");
    }
}

#[test]
fn display_shows_both_readings() {
    let cases = [
        ("12/25 February 1917", "25 February 1917 (12 February O.S.)"),
        (
            "25 October (7 November) 1917",
            "7 November 1917 (25 October O.S.)",
        ),
        (
            "29 December 1920 (11 January 1921)",
            "11 January 1921 (29 December 1920 O.S.)",
        ),
        (
            "[12/25 February 1917]",
            "[25 February 1917 (12 February O.S.)]",
        ),
        (
            "c. 12/25 February 1917",
            "c. 25 February 1917 (12 February O.S.)",
        ),
    ];
    for (input, expected) in cases {
        assert_eq!(parsed(input).display(), expected, "{input:?}");
    }
}

#[test]
fn outputs_and_order_use_the_new_style_reading() {
    let date = parsed("12/25 February 1917");
    assert_eq!(date.datetime_attr(), "1917-02-25");
    assert_eq!(date.highwire(), "1917/02/25");
    assert_eq!(date.year(), 1917);
    let plain = parsed("25 February 1917");
    assert!(
        plain < date,
        "a plain date sorts before the double date of its day"
    );
    assert!(parsed("24 February 1917") < date);
    assert!(date < parsed("26 February 1917"));
    assert!(
        parsed("13 February 1917") < date,
        "not sorted by the Old Style day"
    );
}

#[test]
fn serialized_output_names_the_old_style_reading_only_when_there_is_one() {
    let plain = format!(
        "{:?}",
        serde_yaml::to_string(&parsed("25 February 1917")).ok()
    );
    assert!(!plain.contains("old_style"), "{plain}");
    let double = serde_yaml::to_string(&parsed("12/25 February 1917")).unwrap_or_default();
    assert!(double.contains("old_style:"), "{double}");
    assert!(double.contains("day: 12"), "{double}");
}

#[test]
fn double_dates_in_prose() {
    let text = "The revolution began on February 23/March 8, 1917, and on 25 October \
                (7 November) 1917 the Winter Palace fell.";
    assert_eq!(
        found(text),
        ["February 23/March 8, 1917", "25 October (7 November) 1917"]
    );
    let text = "Petrograd, 12/25 февраля 1917 г.";
    assert_eq!(found(text), ["12/25 февраля 1917 г."]);
    assert_eq!(
        find_dates(text)[0].date,
        double(day(1917, 2, 25), day(1917, 2, 12))
    );
}

#[test]
fn a_pair_that_is_not_a_double_date_keeps_only_what_it_says() {
    assert_eq!(found("on 6/8 March 1938 he"), ["March 1938"]);
    assert_eq!(found("on 12/26 February 1917"), ["February 1917"]);
    let mentions = find_dates("on 6 (8) March 1938");
    assert_eq!(mentions.len(), 1);
    assert_eq!(mentions[0].date.start, month(1938, 3));
}
