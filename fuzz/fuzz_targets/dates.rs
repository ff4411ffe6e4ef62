//! Any string as a date field and as prose: the date reader must not panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use studysite::parse::dates::{HistoricalDate, find_dates};

fuzz_target!(|text: &str| {
    if let Some(date) = HistoricalDate::parse(text) {
        let _ = (date.datetime_attr(), date.display(), date.year());
    }
    let _ = find_dates(text);
});
