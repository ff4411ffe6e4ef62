//! Tests of dates as archive pages print them in prose: with a note marker glued on, and after
//! a place with no comma.
//!
//! In: literal dates and sentences. Out: assertions on the public API only.

use super::*;

#[test]
fn a_note_marker_glued_to_a_date_is_not_part_of_it() {
    let cases = [
        ("Coyoacán, March 6, 1938[1]", "March 6, 1938"),
        ("Coyoacán, March 6, 1938¹", "March 6, 1938"),
        ("Coyoacán, March 6, 1938¹²", "March 6, 1938"),
        ("written 6 March 1938* and sent", "6 March 1938"),
        ("written 6 March 1938† and sent", "6 March 1938"),
        ("first published in 1938[a].", "1938"),
        ("Deutscher (1938)[2] says", "1938"),
        ("Deutscher (1938)² says", "1938"),
        ("on 12.IV.1917[3] he", "12.IV.1917"),
        ("Leon Trotsky 19321100[1] Letter", "19321100"),
    ];
    for (text, date) in cases {
        assert_eq!(found(text), [date], "{text:?}");
    }
}

#[test]
fn a_whole_string_may_end_in_a_note_marker() {
    assert_point(
        &[
            "March 6, 1938[1]",
            "March 6, 1938¹",
            "March 6, 1938¹.",
            "6 March 1938*",
            "6 March 1938**",
            "6 March 1938†",
            "6 March 1938[12]",
        ],
        day(1938, 3, 6),
    );
    assert_point(&["1938[a]", "1938[a]."], year(1938));
    assert_point(&["19321100[1]"], month(1932, 11));
    assert!(parsed("[1938][2]").supplied);
}

#[test]
fn what_is_not_a_note_marker() {
    for input in [
        "1938 [1]",
        "1938 ¹",
        "1938[1",
        "1938[ab]",
        "1938[1234]",
        "1938[1][2]",
        "1938.1",
        "March 6, 1938.1",
        "1938(1)",
    ] {
        assert_eq!(HistoricalDate::parse(input), None, "{input:?}");
    }
    assert_eq!(found("March 6, 1938.1"), Vec::<&str>::new());
}

#[test]
fn a_date_after_a_place_without_a_comma() {
    let cases = [
        ("Coyoacán 6 March 1938", "6 March 1938"),
        ("Paris le 3 mars 1935", "3 mars 1935"),
        ("Moskau, den 3. März 1923", "3. März 1923"),
        ("Berlin 3.3.1923", "3.3.1923"),
        ("Petrograd 25 October 1917", "25 October 1917"),
        ("Prinkipo 12.IV.1929", "12.IV.1929"),
        ("Москва 6 марта 1938 г.", "6 марта 1938 г."),
        ("Coyoacán, D.F. 6 March 1938", "6 March 1938"),
    ];
    for (text, date) in cases {
        assert_eq!(found(text), [date], "{text:?}");
    }
    assert_eq!(
        find_dates("Berlin 3.3.1923")[0].date,
        point(day(1923, 3, 3))
    );
}

#[test]
fn the_place_is_not_part_of_a_whole_date() {
    for input in [
        "Coyoacán 6 March 1938",
        "Paris le 3 mars 1935",
        "Berlin 3.3.1923",
    ] {
        assert_eq!(HistoricalDate::parse(input), None, "{input:?}");
    }
}
