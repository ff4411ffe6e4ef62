//! One pass over every paragraph of the corpus, in time linear in its size: passages two texts
//! share, and the paragraphs of other texts where a quoted phrase may come from.
//!
//! In: the texts and the quoted phrases (as word hashes). Out: [`CorpusHits`]: for each pair of
//! paragraphs of different texts that share runs of [`SHINGLE_WORDS`] words, how many; and for
//! each phrase, the paragraphs of other texts that share its runs of [`PHRASE_GRAM`] words.
//!
//! Nothing is compared pair by pair. Shared passages are found with a sample of the shingles
//! (those whose hash is 0 modulo [`SAMPLE_MODULUS`], the same in every text, so two copies of a
//! passage keep the same sample), grouped by hash; a shingle found in more than
//! [`MAX_PLACES`] places pairs each of them with the first [`HUB_PLACES`] only, so the pairs
//! stay linear in the corpus (a set phrase of the language still needs many shingles in common
//! with a paragraph to count as a shared passage). Phrases
//! are looked up the other way round: their few word runs go into a table, and each paragraph's
//! runs are looked up in it.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use rayon::prelude::*;

use super::words::word_ranges;
#[cfg(doc)]
use super::words::words_of;
use crate::lexicon::fold;
use crate::model::Text;

/// Words per shingle when looking for shared passages.
pub const SHINGLE_WORDS: usize = 5;
/// A shingle is kept in the sample when its hash is 0 modulo this.
pub const SAMPLE_MODULUS: u64 = 4;
/// Up to this many places, a shingle pairs every place with every other; beyond, each place is
/// paired with the first [`HUB_PLACES`] (in reading order) only. For phrase look-ups, a word run
/// in more phrases than this is too common to point to a source.
pub const MAX_PLACES: usize = 32;
/// In a large group of places sharing a shingle, how many (the first) every other is paired with.
pub const HUB_PLACES: usize = 4;
/// Words per run when looking for a phrase in other texts.
pub const PHRASE_GRAM: usize = 3;

/// A paragraph of a text: (text index, paragraph number).
pub type Place = (usize, usize);

/// What the pass found.
#[derive(Debug, Default)]
pub struct CorpusHits {
    /// Pairs of paragraphs of different texts (the lower text first) and how many sampled
    /// shingles they share.
    pub shared: HashMap<(Place, Place), usize>,
    /// For each phrase (by its index in the list given), the paragraphs of other texts sharing
    /// at least [`MIN_RUN_SHARE`] of its word runs, and how many runs each.
    pub phrase_places: Vec<Vec<(Place, usize)>>,
}

/// A phrase to look up: the text it is in (never searched) and its words' hashes.
#[derive(Debug, Clone)]
pub struct PhraseQuery {
    /// The text holding the phrase.
    pub text: usize,
    /// The hashes of its folded words.
    pub hashes: Vec<u64>,
}

/// FNV-1a, 64 bits: stable across runs and platforms, so the sample is the same every build.
pub fn word_hash(folded: &str) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in folded.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    hash
}

/// The [`word_hash`] of a word as written, folded as [`words_of`] folds it (without allocating
/// for a word in ASCII).
pub fn written_word_hash(word: &str) -> u64 {
    if word.is_ascii() {
        let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
        for byte in word.bytes() {
            hash ^= u64::from(byte.to_ascii_lowercase());
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
        hash
    } else {
        word_hash(&fold(&word.replace('’', "'")))
    }
}

/// A hasher for keys that are hashes already.
#[derive(Default)]
pub struct KeyIsHash(u64);

impl Hasher for KeyIsHash {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) | u64::from(b);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// A map keyed by hashes.
type HashKeyed<V> = HashMap<u64, V, BuildHasherDefault<KeyIsHash>>;

/// The hash of a run of word hashes.
pub fn run_hash(words: &[u64]) -> u64 {
    let mut hash: u64 = 0x9e37_79b9_7f4a_7c15;
    for &w in words {
        hash = (hash ^ w).wrapping_mul(0x0100_0000_01b3).rotate_left(29);
    }
    hash
}

/// The word hashes of every paragraph of a text, by paragraph number.
fn paragraph_hashes(text: &Text) -> impl Iterator<Item = (usize, Vec<u64>)> + '_ {
    text.document.paragraphs().map(|p| {
        let hashes = word_ranges(&p.text, 0..p.text.len())
            .map(|r| written_word_hash(&p.text[r]))
            .collect();
        (p.number, hashes)
    })
}

/// A sampled shingle and where it is: (hash, text, paragraph), compact because there are
/// millions.
type Sampled = (u64, u32, u32);

/// One text's part of the pass: its sampled shingles, and the phrases its paragraphs share
/// enough word runs with (phrase, paragraph, runs shared).
type TextHits = (Vec<Sampled>, Vec<(usize, usize, usize)>);

/// A phrase's word runs, each once.
fn distinct_runs(hashes: &[u64]) -> Vec<u64> {
    let mut runs: Vec<u64> = hashes.windows(PHRASE_GRAM).map(run_hash).collect();
    runs.sort_unstable();
    runs.dedup();
    runs
}

/// A paragraph of another text is worth comparing with a phrase when it shares at least this
/// share of the phrase's word runs (and at least one).
pub const MIN_RUN_SHARE: f64 = 1.0 / 3.0;

/// Runs the pass.
pub fn scan_corpus(texts: &[Text], queries: &[PhraseQuery]) -> CorpusHits {
    let mut table: HashKeyed<Vec<usize>> = HashKeyed::default();
    let mut needed = Vec::with_capacity(queries.len());
    for (q, query) in queries.iter().enumerate() {
        let runs = distinct_runs(&query.hashes);
        needed.push(((runs.len() as f64 * MIN_RUN_SHARE).ceil() as usize).max(1));
        for run in runs {
            table.entry(run).or_default().push(q);
        }
    }
    table.retain(|_, phrases| phrases.len() <= MAX_PLACES);
    let per_text: Vec<TextHits> = texts
        .par_iter()
        .enumerate()
        .map(|(t, text)| {
            let mut sample = Vec::new();
            let mut phrase_hits = Vec::new();
            let mut found: Vec<usize> = Vec::new();
            for (number, hashes) in paragraph_hashes(text) {
                let mut seen: Vec<u64> = hashes
                    .windows(SHINGLE_WORDS)
                    .map(run_hash)
                    .filter(|h| h % SAMPLE_MODULUS == 0)
                    .collect();
                seen.sort_unstable();
                seen.dedup();
                sample.extend(seen.into_iter().map(|h| (h, t as u32, number as u32)));
                found.clear();
                for run in distinct_runs(&hashes) {
                    let phrases = table.get(&run).into_iter().flatten();
                    found.extend(phrases.filter(|&&q| queries[q].text != t));
                }
                found.sort_unstable();
                for group in found.chunk_by(|a, b| a == b) {
                    if group.len() >= needed[group[0]] {
                        phrase_hits.push((group[0], number, group.len()));
                    }
                }
            }
            (sample, phrase_hits)
        })
        .collect();
    let mut hits = CorpusHits {
        shared: HashMap::new(),
        phrase_places: vec![Vec::new(); queries.len()],
    };
    let total = per_text.iter().map(|(s, _)| s.len()).sum();
    let mut sample: Vec<Sampled> = Vec::with_capacity(total);
    for (t, (text_sample, phrase_hits)) in per_text.into_iter().enumerate() {
        sample.extend(text_sample);
        for (q, number, count) in phrase_hits {
            hits.phrase_places[q].push(((t, number), count));
        }
    }
    sample.sort_unstable();
    for group in sample.chunk_by(|a, b| a.0 == b.0) {
        // Every pair in a small group; in a large one, each place with the first few only,
        // so a passage quoted in hundreds of texts costs a number of pairs linear in them.
        let partners = if group.len() > MAX_PLACES {
            HUB_PLACES
        } else {
            group.len()
        };
        for (i, &(_, at, ap)) in group.iter().enumerate() {
            for (j, &(_, bt, bp)) in group.iter().enumerate().take(partners) {
                if at != bt && (j > i || i >= partners) {
                    let (a, b) = ((at as usize, ap as usize), (bt as usize, bp as usize));
                    *hits.shared.entry((a.min(b), a.max(b))).or_default() += 1;
                }
            }
        }
    }
    hits
}

#[cfg(test)]
mod tests {
    use super::super::words::words_of;
    use super::*;

    #[test]
    fn a_written_word_hashes_as_its_folded_form() {
        let text = "The Soviet proletariat’s Célarié";
        for word in words_of(text, 0..text.len(), 1, &[]) {
            assert_eq!(
                written_word_hash(&text[word.range.clone()]),
                word_hash(&word.folded),
                "{}",
                word.folded
            );
        }
    }
}
