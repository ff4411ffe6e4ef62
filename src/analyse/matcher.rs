//! Alias matching: every mention of every glossary alias in a text, found in one linear pass.
//!
//! In: `(entry key, alias)` pairs once, to build a [`NameMatcher`]; then any number of texts.
//! Out: for each text, the [`NameMatch`]es (entry key and byte range in the *original* text),
//! sorted by start and non-overlapping.
//!
//! How: aliases and text are normalised the same way (folded by [`crate::lexicon::fold_char`]:
//! lowercase, Latin letters without diacritics, typographic apostrophes → `'`, dashes → `-`;
//! every whitespace run including NBSP and thin spaces → one space), keeping a map from each
//! normalised byte back to the original characters. One Aho-Corasick automaton over all normalised aliases reports every (overlapping)
//! candidate; candidates that break a word boundary or the capitalisation rule are dropped, and the
//! leftmost-longest valid ones are kept. Cost: linear in text length plus number of candidates.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, BuildError, MatchKind};
use serde::Serialize;
use std::collections::HashMap;
use std::ops::Range;

/// One mention of a glossary entry in a text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NameMatch {
    /// The key of the entry whose alias was found.
    pub key: usize,
    /// Byte range of the mention in the original (not normalised) text.
    pub range: Range<usize>,
}

/// Finds mentions of many aliases at once, ignoring accents, spacing and typographic variants.
///
/// Rules for a mention: the characters just outside it are not letters or digits; every letter
/// that is uppercase in the alias is uppercase in the text (lowercase alias letters match either
/// case); among overlapping mentions the leftmost, then the longest, then the lowest key wins.
#[derive(Debug, Clone)]
pub struct NameMatcher {
    /// `None` only when the automaton was too large to build (see [`NameMatcher::new`]).
    automaton: Option<AhoCorasick>,
    /// Indexed by the automaton's pattern id: the entries sharing one normalised alias.
    patterns: Vec<Vec<Variant>>,
}

/// One entry's spelling of a normalised alias: which normalised bytes must be uppercase.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Variant {
    key: usize,
    upper: Vec<usize>,
}

impl NameMatcher {
    /// Builds a matcher from `(entry key, alias text)` pairs. Empty or whitespace-only aliases are
    /// skipped.
    ///
    /// If the automaton cannot be built (only past aho-corasick's size limits, far beyond any
    /// glossary), the matcher finds nothing; use [`NameMatcher::try_new`] to see that error.
    pub fn new<'a>(aliases: impl IntoIterator<Item = (usize, &'a str)>) -> NameMatcher {
        let (texts, patterns) = collect_patterns(aliases);
        NameMatcher {
            automaton: build_automaton(&texts).ok(),
            patterns,
        }
    }

    /// Like [`NameMatcher::new`], but reports an automaton that is too large to build.
    pub fn try_new<'a>(
        aliases: impl IntoIterator<Item = (usize, &'a str)>,
    ) -> Result<NameMatcher, BuildError> {
        let (texts, patterns) = collect_patterns(aliases);
        let automaton = build_automaton(&texts)?;
        Ok(NameMatcher {
            automaton: Some(automaton),
            patterns,
        })
    }

    /// All mentions in `text`, sorted by start and non-overlapping (leftmost, then longest, then
    /// lowest key).
    pub fn find(&self, text: &str) -> Vec<NameMatch> {
        let Some(automaton) = &self.automaton else {
            return Vec::new();
        };
        let norm = normalise(text);
        let mut best: Vec<Option<NameMatch>> = Vec::new();
        for found in automaton.find_overlapping_iter(norm.text.as_str()) {
            let span = found.start()..found.end();
            let Some(variants) = self.patterns.get(found.pattern().as_usize()) else {
                continue;
            };
            if let Some(candidate) = validate(text, &norm, span.clone(), variants) {
                keep_longest(&mut best, span.start, candidate);
            }
        }
        select_non_overlapping(best)
    }
}

fn build_automaton(texts: &[String]) -> Result<AhoCorasick, BuildError> {
    AhoCorasickBuilder::new()
        .match_kind(MatchKind::Standard)
        .build(texts)
}

/// Normalises the aliases and groups entries sharing a normalised alias under one pattern.
fn collect_patterns<'a>(
    aliases: impl IntoIterator<Item = (usize, &'a str)>,
) -> (Vec<String>, Vec<Vec<Variant>>) {
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut texts = Vec::new();
    let mut patterns: Vec<Vec<Variant>> = Vec::new();
    for (key, alias) in aliases {
        let norm = normalise(alias.trim());
        if norm.text.trim().is_empty() {
            continue;
        }
        let upper = norm.upper_positions();
        let slot = *index.entry(norm.text.clone()).or_insert_with(|| {
            texts.push(norm.text);
            patterns.push(Vec::new());
            patterns.len() - 1
        });
        let variants = &mut patterns[slot];
        let variant = Variant { key, upper };
        if !variants.contains(&variant) {
            variants.push(variant);
        }
    }
    for variants in &mut patterns {
        variants.sort_by_key(|v| v.key);
    }
    (texts, patterns)
}

/// Checks a candidate at normalised `span`; returns the mention of the lowest-keyed entry whose
/// capitalisation fits, if the span also sits on word boundaries.
fn validate(
    original: &str,
    norm: &Normalised,
    span: Range<usize>,
    variants: &[Variant],
) -> Option<NameMatch> {
    if !norm.is_piece_boundary(span.start) || !norm.is_piece_boundary(span.end) {
        return None;
    }
    let range = norm.original_range(&span)?;
    if !on_word_boundaries(original, &range) {
        return None;
    }
    let variant = variants
        .iter()
        .find(|v| v.upper.iter().all(|&i| norm.is_upper(span.start + i)))?;
    Some(NameMatch {
        key: variant.key,
        range,
    })
}

/// True when neither the character before nor the one after `range` is a letter or digit.
fn on_word_boundaries(text: &str, range: &Range<usize>) -> bool {
    let before = text.get(..range.start).and_then(|s| s.chars().next_back());
    let after = text.get(range.end..).and_then(|s| s.chars().next());
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

/// Records `candidate` as the one starting at normalised byte `start` unless a longer one (or an
/// equally long one with a lower key) is already there.
fn keep_longest(best: &mut Vec<Option<NameMatch>>, start: usize, candidate: NameMatch) {
    if best.len() <= start {
        best.resize(start + 1, None);
    }
    let slot = &mut best[start];
    let better = match slot {
        None => true,
        Some(old) => {
            (candidate.range.end, std::cmp::Reverse(candidate.key))
                > (old.range.end, std::cmp::Reverse(old.key))
        }
    };
    if better {
        *slot = Some(candidate);
    }
}

/// Sweeps the per-start best candidates left to right, keeping those that don't overlap.
fn select_non_overlapping(best: Vec<Option<NameMatch>>) -> Vec<NameMatch> {
    let mut chosen: Vec<NameMatch> = Vec::new();
    let mut taken_until = 0;
    for candidate in best.into_iter().flatten() {
        if candidate.range.start >= taken_until {
            taken_until = candidate.range.end;
            chosen.push(candidate);
        }
    }
    chosen
}

/// A normalised text with, for each of its bytes, where it came from.
///
/// Each original character either starts a *piece* (its folded form, one or more normalised
/// bytes) or is swallowed by the piece before it (the rest of a whitespace run, combining marks),
/// so a piece ends in the original where the next one starts.
#[derive(Debug, Default)]
struct Normalised {
    text: String,
    /// For each normalised byte, the original byte offset where its piece starts.
    starts: Vec<usize>,
    /// For each normalised byte, whether its original character was uppercase.
    upper: Vec<bool>,
    original_len: usize,
}

impl Normalised {
    /// True if normalised byte `at` starts a piece (or is the end), i.e. doesn't split the
    /// expansion of one original character such as `ß` → `ss`.
    fn is_piece_boundary(&self, at: usize) -> bool {
        match (
            at.checked_sub(1).and_then(|p| self.starts.get(p)),
            self.starts.get(at),
        ) {
            (Some(prev), Some(here)) => prev != here,
            _ => true,
        }
    }

    /// The original byte range of the pieces in a normalised span that sits on piece boundaries.
    fn original_range(&self, span: &Range<usize>) -> Option<Range<usize>> {
        let start = *self.starts.get(span.start)?;
        let end = self.starts.get(span.end).copied();
        Some(start..end.unwrap_or(self.original_len))
    }

    fn is_upper(&self, at: usize) -> bool {
        self.upper.get(at).copied().unwrap_or(false)
    }

    fn upper_positions(&self) -> Vec<usize> {
        let flags = self.upper.iter().enumerate();
        flags.filter(|&(_, &upper)| upper).map(|(i, _)| i).collect()
    }

    /// Appends `folded` as the normalised form of the original character at `start`.
    fn push_piece(&mut self, folded: &str, start: usize, upper: bool) {
        self.text.push_str(folded);
        self.starts.extend(std::iter::repeat_n(start, folded.len()));
        self.upper.extend(std::iter::repeat_n(upper, folded.len()));
    }
}

/// Normalises `original` for matching, keeping the offset map back to it.
fn normalise(original: &str) -> Normalised {
    let mut norm = Normalised {
        original_len: original.len(),
        ..Normalised::default()
    };
    let mut folded = String::new();
    for (start, c) in original.char_indices() {
        if c.is_whitespace() {
            if !norm.text.ends_with(' ') {
                norm.push_piece(" ", start, false);
            }
            continue;
        }
        folded.clear();
        crate::lexicon::fold_char(c, &mut folded);
        if !folded.is_empty() {
            norm.push_piece(&folded, start, c.is_uppercase());
        }
    }
    norm
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found<'t>(matcher: &NameMatcher, text: &'t str) -> Vec<(usize, &'t str)> {
        let matches = matcher.find(text);
        matches
            .iter()
            .map(|m| (m.key, &text[m.range.clone()]))
            .collect()
    }

    #[test]
    fn finds_every_alias_of_every_entry() {
        let m = NameMatcher::new([
            (0, "Stalin"),
            (1, "Trotsky"),
            (1, "Leon Trotsky"),
            (2, "GPU"),
        ]);
        let text = "Leon Trotsky wrote that Stalin used the GPU; Trotsky knew.";
        let want = vec![
            (1, "Leon Trotsky"),
            (0, "Stalin"),
            (2, "GPU"),
            (1, "Trotsky"),
        ];
        assert_eq!(found(&m, text), want);
    }

    #[test]
    fn diacritics_are_ignored_both_ways() {
        let plain = NameMatcher::new([(7, "Celarie")]);
        let accented = NameMatcher::new([(7, "Célarié")]);
        assert_eq!(found(&plain, "Mrs. Célarié asked."), vec![(7, "Célarié")]);
        assert_eq!(
            found(&accented, "Mrs. Celarie asked."),
            vec![(7, "Celarie")]
        );
        let trotzki = NameMatcher::new([(1, "Trotzki")]);
        assert_eq!(found(&trotzki, "Leo Trótzki"), vec![(1, "Trótzki")]);
    }

    #[test]
    fn sharp_s_expands_to_ss() {
        let m = NameMatcher::new([(3, "Strasse")]);
        assert_eq!(found(&m, "in der Straße."), vec![(3, "Straße")]);
        let m = NameMatcher::new([(3, "Straße")]);
        assert_eq!(found(&m, "die Strasse"), vec![(3, "Strasse")]);
    }

    #[test]
    fn nbsp_and_whitespace_runs_match_one_space_and_range_is_exact() {
        let m = NameMatcher::new([(1, "Leon Trotsky")]);
        let text = "Leon\u{a0}Trotsky, and Leon \u{202f}\u{2009} Trotsky\u{a0} left.";
        let matches = m.find(text);
        assert_eq!(matches.len(), 2);
        assert_eq!(matches[0].range, 0..13);
        assert_eq!(&text[matches[0].range.clone()], "Leon\u{a0}Trotsky");
        assert_eq!(
            &text[matches[1].range.clone()],
            "Leon \u{202f}\u{2009} Trotsky"
        );
    }

    #[test]
    fn alias_with_nbsp_and_padding_matches_plain_space() {
        let m = NameMatcher::new([(1, "  Leon\u{a0}Trotsky ")]);
        assert_eq!(found(&m, "by Leon Trotsky."), vec![(1, "Leon Trotsky")]);
    }

    #[test]
    fn word_boundaries_are_respected() {
        let m = NameMatcher::new([(0, "Stalin")]);
        assert!(m.find("the Stalinist power and the Stalinists").is_empty());
        let text = "Stalin's, Stalin’s, (Stalin) and `Stalin'";
        assert_eq!(found(&m, text).len(), 4);
        let ist = NameMatcher::new([(5, "Stalinist")]);
        assert_eq!(
            found(&ist, "the Stalinists, the Stalinist."),
            vec![(5, "Stalinist")]
        );
    }

    #[test]
    fn uppercase_alias_letters_must_be_uppercase_in_text() {
        let m = NameMatcher::new([(0, "Opposition"), (1, "Party"), (2, "kulaks")]);
        let text = "Opposition, OPPOSITION, opposition, Party, party, kulaks, Kulaks";
        let keys: Vec<usize> = m.find(text).iter().map(|x| x.key).collect();
        assert_eq!(keys, vec![0, 0, 1, 2, 2]);
    }

    #[test]
    fn longest_wins_at_the_same_start() {
        let m = NameMatcher::new([(2, "Leon"), (1, "Leon Trotsky"), (3, "Trotsky")]);
        assert_eq!(found(&m, "Leon Trotsky"), vec![(1, "Leon Trotsky")]);
    }

    #[test]
    fn failed_long_candidate_leaves_valid_shorter_one() {
        let m = NameMatcher::new([(1, "Leon Trotsky"), (2, "Leon")]);
        assert_eq!(found(&m, "Leon Trotskyist"), vec![(2, "Leon")]);
        assert_eq!(found(&m, "Leon trotsky"), vec![(2, "Leon")]);
    }

    #[test]
    fn leftmost_wins_over_longer_later_overlap() {
        let m = NameMatcher::new([(1, "Executive Committee"), (2, "Committee of the Soviets")]);
        let text = "the Executive Committee of the Soviets";
        assert_eq!(found(&m, text), vec![(1, "Executive Committee")]);
    }

    #[test]
    fn same_alias_under_two_keys_goes_to_lowest_key() {
        let m = NameMatcher::new([(9, "Stalin"), (4, "Stalin"), (6, "STALIN")]);
        assert_eq!(found(&m, "Stalin"), vec![(4, "Stalin")]);
        assert_eq!(found(&m, "STALIN"), vec![(4, "STALIN")]);
    }

    #[test]
    fn capitalisation_can_choose_between_keys() {
        let m = NameMatcher::new([(1, "OPPOSITION"), (2, "Opposition")]);
        assert_eq!(found(&m, "the Opposition"), vec![(2, "Opposition")]);
        assert_eq!(found(&m, "the OPPOSITION"), vec![(1, "OPPOSITION")]);
    }

    #[test]
    fn byte_ranges_are_exact_around_multibyte_characters() {
        let m = NameMatcher::new([(1, "Célarié"), (2, "O'Brien"), (3, "Saint-Just")]);
        let text = "« Mme Célarié » — O’Brien – Saint–Just’s ☭";
        let matches = m.find(text);
        let spans: Vec<&str> = matches.iter().map(|x| &text[x.range.clone()]).collect();
        assert_eq!(spans, vec!["Célarié", "O’Brien", "Saint–Just"]);
        assert_eq!(matches[0].range, 7..16);
    }

    #[test]
    fn combining_marks_stay_inside_the_range() {
        let m = NameMatcher::new([(1, "Célarié")]);
        let text = "Ce\u{301}larie\u{301}, yes";
        let matches = m.find(text);
        assert_eq!(matches.len(), 1);
        assert_eq!(&text[matches[0].range.clone()], "Ce\u{301}larie\u{301}");
    }

    #[test]
    fn empty_aliases_and_texts_are_harmless() {
        let m = NameMatcher::new([(0, ""), (1, "  \u{a0} "), (2, "Stalin")]);
        assert!(m.find("").is_empty());
        assert!(m.find("   ").is_empty());
        assert_eq!(found(&m, "Stalin"), vec![(2, "Stalin")]);
        assert!(NameMatcher::new([]).find("anything").is_empty());
        assert!(NameMatcher::try_new([(0, "x")]).is_ok());
    }
}
