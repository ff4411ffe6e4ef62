//! Tests of lists of days: read as the span from the first day named to the last.
//!
//! In: literal dates and sentences. Out: assertions on the public API only.

use super::*;

#[test]
fn a_list_of_days_in_one_month_is_the_span_they_cover() {
    let april = range(day(1917, 4, 3), day(1917, 4, 4));
    for input in [
        "3 and 4 April 1917",
        "3. u. 4. April 1917",
        "3. und 4. April 1917",
    ] {
        assert_eq!(parsed(input), april, "{input:?}");
    }
    let may = range(day(1886, 5, 1), day(1886, 5, 7));
    for input in [
        "1, 3 and 7 May 1886",
        "1, 3, & 7 May 1886",
        "1er, 3 et 7 mai 1886",
    ] {
        assert_eq!(parsed(input), may, "{input:?}");
    }
}

#[test]
fn a_list_may_run_across_months_with_each_group_closed_by_its_month() {
    let letters = range(day(1917, 3, 20), day(1917, 4, 8));
    assert_eq!(
        parsed("20., 22., 24., und 25. März und 8. April 1917"),
        letters
    );
    assert_eq!(parsed("20, 22 and 25 March and 8 April 1917"), letters);
}

#[test]
fn the_other_calendars_days_in_brackets_give_the_old_style_reading() {
    let published = HistoricalDate {
        old_style: Some(day(1917, 3, 21)),
        ..range(day(1917, 4, 3), day(1917, 4, 4))
    };
    assert_eq!(parsed("3. u. 4. April (21. u. 22. März) 1917"), published);
    // The Old Style days may be set off by a space alone, as printed editions do.
    let letters = HistoricalDate {
        old_style: Some(day(1917, 3, 7)),
        ..range(day(1917, 3, 20), day(1917, 4, 8))
    };
    assert_eq!(
        parsed("20., 22., 24., und 25. März und 8. April (7., 9. 11., 12. und 26. März) 1917"),
        letters
    );
    // Bracketed days that are not the Julian reading are not a date of this list.
    assert_eq!(
        HistoricalDate::parse("3 and 4 April (1 and 2 April) 1917"),
        None
    );
}

#[test]
fn days_out_of_order_or_a_single_day_are_not_a_list() {
    assert_eq!(HistoricalDate::parse("4 and 3 April 1917"), None);
    assert_eq!(HistoricalDate::parse("4 and 4 April 1917"), None);
    assert_eq!(parsed("4 April 1917"), point(day(1917, 4, 4)));
}

#[test]
fn in_prose_a_list_is_one_mention_and_a_number_before_it_is_not_a_day() {
    let text = "veröffentlicht in der Prawda Nr. 14 u. 15, 3. u. 4. April (21. u. 22. März) 1917, gezeichnet";
    assert_eq!(found(text), ["3. u. 4. April (21. u. 22. März) 1917"]);
    assert_eq!(
        found("The meetings of 3 and 4 April 1917 were stormy."),
        ["3 and 4 April 1917"]
    );
}
