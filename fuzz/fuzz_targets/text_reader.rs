//! Any seed text: the reader must not panic, and the inspect trace must not either.
#![no_main]

use libfuzzer_sys::fuzz_target;
use studysite::load::SeedFile;

fuzz_target!(|text: &str| {
    let seed = SeedFile {
        file_name: "fuzz.txt".into(),
        stem: "fuzz".into(),
        path: "seeds/fuzz.txt".into(),
        text: text.to_string(),
    };
    let _ = studysite::parse::parse_document(&seed);
});
