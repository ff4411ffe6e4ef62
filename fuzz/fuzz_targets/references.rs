//! Any string as a reference: the reference reader must not panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use studysite::model::citation::CitationParts;
use studysite::parse::citation_parts::{citation_score, looks_like_citation};

fuzz_target!(|text: &str| {
    let _ = CitationParts::parse(text);
    let _ = (looks_like_citation(text), citation_score(text));
});
