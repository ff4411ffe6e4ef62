//! Tests of the date parser: whole strings ([`HistoricalDate::parse`]), display and output
//! formats, ordering, and dates in prose ([`find_dates`]).
//!
//! In: literal dates and sentences. Out: assertions on the public API only. The forms added
//! for archive pages have their own files: month words of each language and ordinals
//! (`words.rs`), numeric spellings (`numeric.rs`), double dates (`old_style.rs`), and note
//! markers and places in prose (`prose_forms.rs`).

mod lists;
mod numeric;
mod old_style;
mod prose_forms;
mod words;

use super::*;

fn parsed(s: &str) -> HistoricalDate {
    HistoricalDate::parse(s).unwrap_or_else(|| panic!("{s:?} should parse"))
}

fn day(year: i32, month: u8, day: u8) -> PartialDate {
    PartialDate::new(year, Some(month), Some(day)).expect("valid test day")
}

fn month(year: i32, month: u8) -> PartialDate {
    PartialDate::new(year, Some(month), None).expect("valid test month")
}

fn year(year: i32) -> PartialDate {
    PartialDate::new(year, None, None).expect("valid test year")
}

fn point(start: PartialDate) -> HistoricalDate {
    HistoricalDate::from(start)
}

fn range(start: PartialDate, end: PartialDate) -> HistoricalDate {
    HistoricalDate {
        end: Some(end),
        ..point(start)
    }
}

fn assert_point(inputs: &[&str], expected: PartialDate) {
    for input in inputs {
        assert_eq!(parsed(input), point(expected), "{input:?}");
    }
}

/// The text of each mention, in order.
fn found(text: &str) -> Vec<&str> {
    find_dates(text)
        .iter()
        .map(|mention| &text[mention.range.clone()])
        .collect()
}

// --- parse: points -------------------------------------------------------------------

#[test]
fn day_month_year_in_english_german_french_spanish() {
    assert_point(&["26 September 1935", "26 Sep 1935"], day(1935, 9, 26));
    assert_point(&["4 December 1910"], day(1910, 12, 4));
    assert_point(&["14. Januar 1938", "14 Jänner 1938"], day(1938, 1, 14));
    assert_point(
        &[
            "6 mars 1938",
            "6 de marzo de 1938",
            "6 marzo 1938",
            "6 de março de 1938",
        ],
        day(1938, 3, 6),
    );
    assert_point(&["1er mars 1938"], day(1938, 3, 1));
}

#[test]
fn month_day_year_with_and_without_comma() {
    assert_point(&["March 6, 1938", "March 6 1938"], day(1938, 3, 6));
    assert_point(&["Sept. 26, 1935", "Sep 26, 1935"], day(1935, 9, 26));
}

#[test]
fn ordinal_days() {
    assert_point(
        &["6th March 1938", "March 6th, 1938", "6th of March 1938"],
        day(1938, 3, 6),
    );
    assert_point(&["1st May 1937"], day(1937, 5, 1));
    assert_point(&["2nd May 1937"], day(1937, 5, 2));
    assert_point(&["23rd August 1939"], day(1939, 8, 23));
    assert_point(&["1º de maio de 1937"], day(1937, 5, 1));
}

#[test]
fn italian_and_portuguese_months() {
    assert_point(&["6 marzo 1938", "6 de março de 1938"], day(1938, 3, 6));
    assert_point(&["giugno 1936", "junho de 1936"], month(1936, 6));
    assert_point(&["dicembre 1917", "dezembro de 1917"], month(1917, 12));
}

#[test]
fn month_names_ignore_case_and_accents() {
    assert_point(
        &["février 1917", "fevrier 1917", "FEBRUAR 1917"],
        month(1917, 2),
    );
    assert_point(
        &["März 1938", "Maerz 1938", "marz 1938", "march 1938"],
        month(1938, 3),
    );
    assert_point(&["août 1914", "aout 1914", "agosto 1914"], month(1914, 8));
    assert_point(
        &["décembre 1917", "Dez. 1917", "dicembre 1917"],
        month(1917, 12),
    );
}

#[test]
fn month_year_and_abbreviations() {
    assert_point(&["November 1932"], month(1932, 11));
    assert_point(
        &["Februar 1917", "February 1917", "Feb. 1917"],
        month(1917, 2),
    );
    assert_point(
        &["octobre 1917", "Oktober 1917", "Oct. 1917"],
        month(1917, 10),
    );
    assert_point(
        &["Jan. 1938", "Jan 1938", "janv. 1938", "enero de 1938"],
        month(1938, 1),
    );
}

#[test]
fn full_month_names_take_no_full_stop() {
    assert_eq!(HistoricalDate::parse("March. 1938"), None);
}

#[test]
fn year_alone_stays_a_year() {
    let date = parsed("1905");
    assert_eq!(date, point(year(1905)));
    assert_eq!(date.start.month, None);
    assert_eq!(date.start.day, None);
}

#[test]
fn iso_dates() {
    assert_point(&["1938-03-06"], day(1938, 3, 6));
    assert_point(&["1938-03"], month(1938, 3));
    assert_point(&["1912-12"], month(1912, 12));
}

#[test]
fn compact_code_only_when_valid() {
    assert_point(&["19380306"], day(1938, 3, 6));
    assert_eq!(HistoricalDate::parse("19380231"), None);
    assert_eq!(HistoricalDate::parse("19381306"), None);
    assert_eq!(HistoricalDate::parse("09380306"), None);
}

#[test]
fn dotted_numeric_dates_are_day_month_year() {
    assert_point(&["14.1.1938", "14.01.1938"], day(1938, 1, 14));
    assert_eq!(HistoricalDate::parse("12.1935"), None);
    assert_eq!(HistoricalDate::parse("31.02.1938"), None);
}

#[test]
fn trailing_full_stop_and_whitespace_are_allowed() {
    assert_point(&["  March 6, 1938. ", "\t1938-03-06\n"], day(1938, 3, 6));
    assert_point(&["1905."], year(1905));
    assert_eq!(HistoricalDate::parse("1905,"), None);
}

#[test]
fn checked_partial_dates() {
    assert_eq!(PartialDate::new(1938, None, Some(6)), None);
    assert_eq!(PartialDate::new(1938, Some(0), None), None);
    assert_eq!(PartialDate::new(1938, Some(2), Some(29)), None);
    assert_eq!(PartialDate::new(999, None, None), None);
    assert!(PartialDate::new(1936, Some(2), Some(29)).is_some());
}

// --- parse: ranges -------------------------------------------------------------------

#[test]
fn year_ranges_in_every_spelling() {
    let expected = range(year(1923), year(1924));
    for input in [
        "1923-24",
        "1923–24",
        "1923--24",
        "1923-1924",
        "1923 – 1924",
        "1923/24",
        "1923/1924",
    ] {
        assert_eq!(parsed(input), expected, "{input:?}");
    }
    assert_eq!(parsed("1936–38"), range(year(1936), year(1938)));
}

#[test]
fn year_ranges_must_run_forward() {
    assert_eq!(HistoricalDate::parse("1924-1923"), None);
    assert_eq!(HistoricalDate::parse("1923-1923"), None);
    assert_eq!(HistoricalDate::parse("1999-00"), None);
}

#[test]
fn a_later_year_beats_iso_month_for_two_digits() {
    assert_eq!(parsed("1905-06"), range(year(1905), year(1906)));
    assert_eq!(parsed("1917-02"), point(month(1917, 2)));
}

#[test]
fn month_and_day_ranges() {
    assert_eq!(
        parsed("March–April 1938"),
        range(month(1938, 3), month(1938, 4))
    );
    assert_eq!(
        parsed("6–8 March 1938"),
        range(day(1938, 3, 6), day(1938, 3, 8))
    );
    assert_eq!(
        parsed("6-8 March 1938"),
        range(day(1938, 3, 6), day(1938, 3, 8))
    );
    assert_eq!(
        parsed("March 6–8, 1938"),
        range(day(1938, 3, 6), day(1938, 3, 8))
    );
    assert_eq!(
        parsed("6 March – 8 April 1938"),
        range(day(1938, 3, 6), day(1938, 4, 8))
    );
    assert_eq!(
        parsed("March 1937 – April 1938"),
        range(month(1937, 3), month(1938, 4))
    );
    assert_eq!(HistoricalDate::parse("8–6 March 1938"), None);
    assert_eq!(HistoricalDate::parse("April–March 1938"), None);
}

#[test]
fn decades() {
    let thirties = range(year(1930), year(1939));
    for input in ["1930s", "1930's", "1930er", "1930er Jahre", "1930er-Jahren"] {
        assert_eq!(parsed(input), thirties, "{input:?}");
    }
    assert_eq!(HistoricalDate::parse("1935s"), None);
}

// --- parse: approximate, qualified, supplied -----------------------------------------

#[test]
fn approximate_years() {
    let circa = HistoricalDate {
        approximate: true,
        ..point(year(1935))
    };
    for input in [
        "c. 1935",
        "c1935",
        "ca. 1935",
        "ca 1935",
        "circa 1935",
        "about 1935",
        "around 1935",
        "um 1935",
        "vers 1935",
        "1935?",
    ] {
        assert_eq!(parsed(input), circa, "{input:?}");
    }
}

#[test]
fn doubted_and_supplied() {
    let date = parsed("[1935?]");
    assert!(date.approximate && date.supplied);
    assert_eq!(date.start, year(1935));
    let date = parsed("[6 March 1938?]");
    assert!(date.approximate && date.supplied);
    assert_eq!(date.start, day(1938, 3, 6));
}

#[test]
fn qualifiers() {
    let cases = [
        ("early 1935", 1935, Qualifier::Early, false),
        ("the beginning of 1935", 1935, Qualifier::Early, true),
        ("Anfang 1935", 1935, Qualifier::Early, true),
        ("début 1935", 1935, Qualifier::Early, true),
        ("mid-1935", 1935, Qualifier::Mid, false),
        ("mid 1935", 1935, Qualifier::Mid, false),
        ("mi-1935", 1935, Qualifier::Mid, false),
        ("Mitte 1935", 1935, Qualifier::Mid, true),
        ("late 1934", 1934, Qualifier::Late, false),
        ("the end of 1934", 1934, Qualifier::Late, true),
        ("end of 1934", 1934, Qualifier::Late, true),
        ("Ende 1934", 1934, Qualifier::Late, true),
        ("fin 1934", 1934, Qualifier::Late, true),
        ("finales de 1934", 1934, Qualifier::Late, true),
        ("as early as 1935", 1935, Qualifier::By, true),
        ("dès 1935", 1935, Qualifier::By, true),
    ];
    for (input, expected_year, qualifier, approximate) in cases {
        let date = parsed(input);
        assert_eq!(date.start, year(expected_year), "{input:?}");
        assert_eq!(date.qualifier, Some(qualifier), "{input:?}");
        assert_eq!(date.approximate, approximate, "{input:?}");
        assert_eq!(date.end, None, "{input:?}");
    }
}

#[test]
fn the_end_of_1934_is_approximately_late_1934() {
    let date = parsed("the end of 1934");
    assert_eq!(date.year(), 1934);
    assert_eq!(date.qualifier, Some(Qualifier::Late));
    assert!(date.approximate);
    assert_eq!(date.display(), "c. late 1934");
}

#[test]
fn qualifiers_apply_to_months_and_decades_not_days() {
    assert_eq!(parsed("early March 1938").start, month(1938, 3));
    assert_eq!(parsed("late 1930s").end, Some(year(1939)));
    assert_eq!(HistoricalDate::parse("late 6 March 1938"), None);
    assert_eq!(parsed("c. late 1934").display(), "c. late 1934");
}

#[test]
fn supplied_dates_in_brackets() {
    let date = parsed("[March 1938]");
    assert!(date.supplied);
    assert!(!date.approximate);
    assert_eq!(date.start, month(1938, 3));
    assert!(parsed("[6 March 1938]").supplied);
    assert!(!parsed("March 1938").supplied);
    assert_eq!(HistoricalDate::parse("[March 1938"), None);
}

// --- parse: rejections ---------------------------------------------------------------

#[test]
fn invalid_calendar_dates_are_rejected() {
    for input in [
        "31 February 1938",
        "29 February 1900",
        "1938-13",
        "1938-02-30",
        "31 April 1938",
        "0 March 1938",
    ] {
        assert_eq!(HistoricalDate::parse(input), None, "{input:?}");
    }
    assert_eq!(parsed("29 February 1936").start, day(1936, 2, 29));
    assert_eq!(parsed("29 February 2000").start, day(2000, 2, 29));
}

#[test]
fn years_outside_1000_to_2100_are_rejected() {
    for input in ["999", "0999", "2101", "12345", "March 2101"] {
        assert_eq!(HistoricalDate::parse(input), None, "{input:?}");
    }
    assert_eq!(parsed("1000").start, year(1000));
    assert_eq!(parsed("2100").start, year(2100));
}

#[test]
fn extra_words_are_rejected() {
    for input in [
        "March 6, 1938 was a Sunday",
        "Coyoacán, March 6, 1938",
        "in 1937",
        "March",
        "6 March",
        "",
        "Vol. 14",
        "p. 85",
        "twenty-four",
        "1938..",
        "1923 – 24",
        "1936—1938",
        "the 6th of March 1938",
    ] {
        assert_eq!(HistoricalDate::parse(input), None, "{input:?}");
    }
}

// --- output formats ------------------------------------------------------------------

#[test]
fn display_is_neutral_english() {
    let cases = [
        ("6 mars 1938", "6 March 1938"),
        ("March 6, 1938", "6 March 1938"),
        ("Februar 1917", "February 1917"),
        ("1905", "1905"),
        ("1923-24", "1923–24"),
        ("1923/1924", "1923–24"),
        ("1936–1938", "1936–38"),
        ("1899-1901", "1899–1901"),
        ("1900-1905", "1900–1905"),
        ("6–8 March 1938", "6–8 March 1938"),
        ("March 6–8, 1938", "6–8 March 1938"),
        ("6 March – 8 April 1938", "6 March – 8 April 1938"),
        ("March–April 1938", "March–April 1938"),
        ("March 1937 – April 1938", "March 1937 – April 1938"),
        ("6 March 1937 – 8 April 1938", "6 March 1937 – 8 April 1938"),
        ("1937 – March 1938", "1937 – March 1938"),
        ("1905-06", "1905–06"),
        ("1930s", "1930s"),
        ("c. 1935", "c. 1935"),
        ("1935?", "c. 1935"),
        ("the end of 1934", "c. late 1934"),
        ("late 1934", "late 1934"),
        ("early 1935", "early 1935"),
        ("mid-1935", "mid-1935"),
        ("early 1930s", "early 1930s"),
        ("as early as 1935", "by 1935"),
        ("[March 1938]", "[March 1938]"),
        ("[1935?]", "[c. 1935]"),
    ];
    for (input, expected) in cases {
        assert_eq!(parsed(input).display(), expected, "{input:?}");
    }
}

#[test]
fn datetime_attr_keeps_precision_and_takes_range_starts() {
    assert_eq!(parsed("6 March 1938").datetime_attr(), "1938-03-06");
    assert_eq!(parsed("February 1917").datetime_attr(), "1917-02");
    assert_eq!(parsed("1905").datetime_attr(), "1905");
    assert_eq!(parsed("1923-24").datetime_attr(), "1923");
    assert_eq!(parsed("6–8 March 1938").datetime_attr(), "1938-03-06");
    assert_eq!(parsed("[c. 1935]").datetime_attr(), "1935");
}

#[test]
fn highwire_uses_slashes() {
    assert_eq!(parsed("6 March 1938").highwire(), "1938/03/06");
    assert_eq!(parsed("November 1932").highwire(), "1932/11");
    assert_eq!(parsed("1935").highwire(), "1935");
    assert_eq!(parsed("March–April 1938").highwire(), "1938/03");
}

#[test]
fn year_is_the_start_year() {
    assert_eq!(parsed("1923-24").year(), 1923);
    assert_eq!(parsed("1930s").year(), 1930);
}

#[test]
fn prose_mention_covers_the_qualifier_word() {
    let mentions = find_dates("in late 1934");
    assert_eq!(mentions.len(), 1);
    assert_eq!(mentions[0].range, 3..12);
    assert_eq!(mentions[0].date.qualifier, Some(Qualifier::Late));
    assert!(!mentions[0].date.approximate);
}

// --- ordering ------------------------------------------------------------------------

#[test]
fn coarser_precision_sorts_first_within_its_period() {
    let mut dates: Vec<HistoricalDate> = [
        "1938",
        "7 March 1937",
        "6 March 1937",
        "March 1937",
        "1937",
        "February 1937",
    ]
    .iter()
    .map(|s| parsed(s))
    .collect();
    dates.sort();
    let shown: Vec<String> = dates.iter().map(HistoricalDate::display).collect();
    assert_eq!(
        shown,
        [
            "1937",
            "February 1937",
            "March 1937",
            "6 March 1937",
            "7 March 1937",
            "1938"
        ]
    );
}

#[test]
fn ranges_sort_by_start_then_point_before_range_then_shorter_first() {
    let mut dates: Vec<HistoricalDate> = ["1937", "1936–38", "1936", "1936–37", "1935"]
        .iter()
        .map(|s| parsed(s))
        .collect();
    dates.sort();
    let shown: Vec<String> = dates.iter().map(HistoricalDate::display).collect();
    assert_eq!(shown, ["1935", "1936", "1936–37", "1936–38", "1937"]);
}

#[test]
fn ordering_is_total_and_agrees_with_equality() {
    let plain = parsed("1935");
    let circa = parsed("c. 1935");
    let supplied = parsed("[1935]");
    let late = parsed("late 1935");
    assert!(plain < circa);
    assert!(plain < supplied);
    assert!(plain < late);
    assert_ne!(plain.cmp(&circa), Ordering::Equal);
    assert_eq!(plain.cmp(&parsed("1935.")), Ordering::Equal);
    assert!(parsed("early 1935") < parsed("mid-1935"));
    assert!(parsed("mid-1935") < parsed("late 1935"));
}

// --- find_dates ----------------------------------------------------------------------

#[test]
fn finds_years_and_months_in_a_sentence() {
    let text = "a first revolution in 1905, another one in February 1917 \
                and a third one in October 1917.";
    assert_eq!(found(text), ["1905", "February 1917", "October 1917"]);
    let mentions = find_dates(text);
    assert_eq!(mentions[1].date, point(month(1917, 2)));
    assert_eq!(mentions[0].range, 22..26);
}

#[test]
fn finds_a_year_range_as_one_mention() {
    let text = "Since 1923-24, the leading layer has changed.";
    let mentions = find_dates(text);
    assert_eq!(mentions.len(), 1);
    assert_eq!(&text[mentions[0].range.clone()], "1923-24");
    assert_eq!(mentions[0].date, range(year(1923), year(1924)));
}

#[test]
fn finds_whole_qualified_phrases() {
    let text = "especially since the end of 1934.";
    let mentions = find_dates(text);
    assert_eq!(found(text), ["the end of 1934"]);
    assert_eq!(mentions[0].range, 17..32);
    assert_eq!(mentions[0].date.display(), "c. late 1934");

    let text = "As early as 1935, Trotsky warned";
    assert_eq!(found(text), ["As early as 1935"]);
    assert_eq!(find_dates(text)[0].date.qualifier, Some(Qualifier::By));
}

#[test]
fn finds_dates_after_words_and_in_citations() {
    assert_eq!(found("the Great Purge of 1937"), ["1937"]);
    assert_eq!(found("(Grasset, 1936)"), ["1936"]);
    assert_eq!(found("(Paris,1936)"), ["1936"]);
    assert_eq!(found("Deutscher 1954:85"), ["1954"]);
    assert_eq!(
        found("On 26 September 1935 he wrote"),
        ["26 September 1935"]
    );
    assert_eq!(found("Coyoacán, March 6, 1938"), ["March 6, 1938"]);
    assert_eq!(found("le 1er mars 1938, à Paris"), ["1er mars 1938"]);
}

#[test]
fn mention_ranges_are_byte_ranges() {
    let text = "Écrit à Coyoacán, le 6 février 1938.";
    let mentions = find_dates(text);
    assert_eq!(mentions.len(), 1);
    assert_eq!(&text[mentions[0].range.clone()], "6 février 1938");
    assert_eq!(mentions[0].range.start, text.find('6').unwrap_or(0));
}

#[test]
fn longest_form_wins_and_mentions_do_not_overlap() {
    let text = "From 6–8 March 1938, then March–April 1938, then the 1930s.";
    assert_eq!(found(text), ["6–8 March 1938", "March–April 1938", "1930s"]);
    let text = "in mid-1935 and [March 1938] and c. 1935 and [1935?] too";
    assert_eq!(
        found(text),
        ["mid-1935", "[March 1938]", "c. 1935", "[1935?]"]
    );
}

#[test]
fn page_references_are_not_years() {
    for text in [
        "see p. 85",
        "see pp. 85--87",
        "see p 765-767",
        "S. 12",
        "on pages 1905-1910 of the book",
        "on pages 1905 – 1910 of the book",
        "p. 1935",
        "pp. 1917–1920",
        "§ 1935",
    ] {
        assert_eq!(found(text), Vec::<&str>::new(), "{text:?}");
    }
}

#[test]
fn volumes_and_numbers_are_not_years() {
    for text in [
        "Vol. 14",
        "vol. 1935",
        "No. 1917",
        "Nr. 1917",
        "Bd. 3",
        "t. 2",
        "Heft 1920",
    ] {
        assert_eq!(found(text), Vec::<&str>::new(), "{text:?}");
    }
    assert_eq!(found("Vol. 2, 1936"), ["1936"]);
    assert_eq!(found("Trotsky's 1935 diary"), ["1935"]);
    assert_eq!(found("p. 12 March 1935"), ["March 1935"]);
}

#[test]
fn parts_of_longer_numbers_are_not_years() {
    for text in [
        "code 19380306 here",
        "1,905 people",
        "12.1935",
        "1935.5 metres",
        "A1935",
        "1935th",
        "$1935",
        "1935%",
        "12/1935",
        "1938-13-45",
        "85--87",
        "twenty-four",
    ] {
        assert_eq!(found(text), Vec::<&str>::new(), "{text:?}");
    }
}

#[test]
fn a_month_without_a_year_is_not_a_date() {
    assert_eq!(found("in March the party met"), Vec::<&str>::new());
    assert_eq!(found("on 6 March he wrote"), Vec::<&str>::new());
}

#[test]
fn lowercase_may_and_march_are_words_in_prose() {
    assert_eq!(found("they may 1935"), ["1935"]);
    assert_eq!(find_dates("they may 1935")[0].date, point(year(1935)));
    assert_eq!(found("in May 1935 they met"), ["May 1935"]);
    assert_eq!(found("a long march 1934 style"), ["1934"]);
    assert_eq!(found("le 6 mai 1935"), ["6 mai 1935"]);
}

#[test]
fn a_question_ending_in_a_year_is_not_doubt() {
    let mentions = find_dates("Did he know in 1935? Nobody can say.");
    assert_eq!(mentions.len(), 1);
    assert!(!mentions[0].date.approximate);
    let text = "born (1879?) in Yanovka";
    assert_eq!(found(text), ["1879?"]);
    assert!(find_dates(text)[0].date.approximate);
}

#[test]
fn iso_and_dotted_dates_in_prose() {
    assert_eq!(found("dated 1938-03-06, signed"), ["1938-03-06"]);
    assert_eq!(found("am 14.01.1938 schrieb er"), ["14.01.1938"]);
}

#[test]
fn german_and_french_qualifiers_in_prose() {
    assert_eq!(
        found("seit Ende 1934 und Anfang 1935"),
        ["Ende 1934", "Anfang 1935"]
    );
    assert_eq!(found("depuis la fin 1934"), ["fin 1934"]);
    assert_eq!(found("in den 1930er Jahren"), ["1930er Jahren"]);
}

#[test]
fn empty_and_dateless_text() {
    assert!(find_dates("").is_empty());
    assert!(find_dates("No dates here, only words and 12 numbers.").is_empty());
}

#[test]
fn long_input_is_handled_in_one_pass() {
    let sentence = "In 1905, p. 85, the end of 1934 and 6–8 March 1938. ";
    let text = sentence.repeat(2_000);
    assert_eq!(find_dates(&text).len(), 6_000);
}

#[test]
fn regression_counts_after_a_quantity_word_are_not_years() {
    let text =
        "Some 1200 delegates came, over 1500 members voted, and in 1917 workers rose; nearly 1900.";
    let found: Vec<&str> = find_dates(text)
        .into_iter()
        .map(|m| &text[m.range])
        .collect();
    assert_eq!(found, vec!["1917", "1900"]);
}
