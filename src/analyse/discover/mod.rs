//! Name discovery: proper-name candidates in texts that come without a glossary.
//!
//! In: the paragraphs of a corpus (each item one paragraph of one text) and the corpus language
//! (`"en"`, `"de"`, `"fr"`, ...). Out: [`DiscoveredName`]s, one per name, with how often it occurs
//! and what kind of evidence made it a name ([`NameHint`]), sorted by name (ignoring case and
//! accents).
//!
//! How: each paragraph is lexed once into words, abbreviations, numbers and punctuation; runs of
//! capitalised words (joined by lowercase connectors such as `of the`, `de`, `von`) become
//! candidates, with leading function words stripped (`The Revolution Betrayed` → `Revolution
//! Betrayed`). Initialisms (`USSR`, `G.P.U.`) and titled names (`Mrs. Célarié`) are recognised on
//! the way. Candidates are tallied as they come; a lone capitalised word seen only at sentence
//! starts is dropped at the end from what the tally recorded, without rescanning.
//!
//! German (`language` starting with `de`) capitalises every noun, so there a single capitalised
//! word is never a candidate: only multi-word names, initialisms and titled names are reported.
//!
//! The parts: `words.rs` holds the word lists and the tests on single words, `lexer.rs` splits a
//! paragraph into tokens, `scanner.rs` turns runs of capitalised words into candidates, and
//! `tally.rs` counts them and picks each name's written form.

mod lexer;
mod scanner;
mod tally;
#[cfg(test)]
mod tests;
mod words;

use rayon::prelude::*;
use serde::Serialize;

use scanner::scan_paragraph;
use tally::Tally;

/// A proper-name candidate found in the corpus.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DiscoveredName {
    /// The most frequent written form (ties: the one seen first), words joined by one space.
    pub name: String,
    /// Occurrences of all written forms of this name (same letters ignoring case, accents, dots).
    pub count: usize,
    /// What made it look like a name.
    pub hint: NameHint,
}

/// The evidence behind a [`DiscoveredName`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NameHint {
    /// Two or more capitalised words (`Leon Trotsky`, `Central Executive Committee of the Soviets`).
    MultiWord,
    /// Two to six capitals, possibly dotted (`USSR`, `G.P.U.`).
    Initialism,
    /// A name after a title or form of address (`Mrs. Célarié`, `Genosse Trotzki`).
    Titled,
    /// One capitalised word seen at least once in mid-sentence (`Stalin`, `Moscow`).
    SingleWord,
}

/// Proper-name candidates across all paragraphs (each item one paragraph of one text), sorted by
/// name, ignoring case and accents. See the module documentation for the rules.
///
/// Paragraphs are scanned in parallel, in chunks whose tallies are merged in order, so the
/// result is the same as one scan from first to last.
pub fn discover_names(paragraphs: &[&str], language: &str) -> Vec<DiscoveredName> {
    let german = language.to_ascii_lowercase().starts_with("de");
    let tallies: Vec<Tally> = paragraphs
        .par_chunks(PARAGRAPHS_PER_CHUNK)
        .map(|chunk| {
            let mut tally = Tally::default();
            for paragraph in chunk {
                scan_paragraph(paragraph, german, &mut tally);
            }
            tally
        })
        .collect();
    let mut total = Tally::default();
    for tally in tallies {
        total.merge(tally);
    }
    total.into_names()
}

/// Paragraphs one parallel task scans.
const PARAGRAPHS_PER_CHUNK: usize = 512;
