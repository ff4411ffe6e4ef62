//! A quoted phrase aligned with a passage, word by word.
//!
//! In: the phrase's [`Word`]s and a passage's. Out: the [`Alignment`] of the whole phrase with
//! the stretch of the passage it fits best (edit distance over words, the passage's words
//! before and after that stretch free: a semi-global alignment), as steps: the same word, the
//! same word inflected, a changed word, a word only the phrase has, a word only the passage has.
//! Words the phrase leaves out at one of its own elision marks cost nothing. The cost of the
//! work is the product of the two lengths, so callers keep passages short.

use std::ops::Range;

use super::words::{Word, is_function_word, is_inflection};

/// Costs, in sixths of a changed word. An inflection costs a third of a change; a word the
/// passage has and the phrase leaves out costs a third too, so that `individual terror` fits
/// `individual acts of terror` (two words left out) better than `the terror` (one changed).
const COST_INFLECTED: u32 = 2;
const COST_CHANGED: u32 = 6;
const COST_ADDED: u32 = 6;
const COST_OMITTED: u32 = 2;

/// Alignments larger than this many cells (phrase words × passage words) are not attempted.
pub const MAX_CELLS: usize = 4_000_000;

/// One step of an alignment; indices are into the phrase's and the passage's words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// The same word in both.
    Same(usize, usize),
    /// The same word, inflected differently.
    Inflected(usize, usize),
    /// Different words.
    Changed(usize, usize),
    /// A word only the phrase has.
    Added(usize),
    /// A word only the passage has; `true` when the phrase marks the cut with an elision.
    Omitted(usize, bool),
}

/// How a phrase fits a passage.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Alignment {
    /// The steps, in order.
    pub steps: Vec<Step>,
    /// The passage's words the phrase covers.
    pub source: Range<usize>,
}

impl Alignment {
    fn count(&self, f: impl Fn(&Step) -> bool) -> usize {
        self.steps.iter().filter(|s| f(s)).count()
    }

    /// True when every word of the phrase is in the passage, in order, with nothing between
    /// them except at the phrase's own elisions.
    pub fn is_verbatim(&self) -> bool {
        self.steps
            .iter()
            .all(|s| matches!(s, Step::Same(..) | Step::Omitted(_, true)))
    }

    /// Words found (the same or inflected).
    pub fn matched(&self) -> usize {
        self.count(|s| matches!(s, Step::Same(..) | Step::Inflected(..)))
    }

    /// Words found that are not function words (what shows the two share their content).
    pub fn content_matched(&self, phrase: &[Word]) -> usize {
        self.count(|s| match s {
            Step::Same(i, _) | Step::Inflected(i, _) => !is_function_word(&phrase[*i].folded),
            _ => false,
        })
    }

    /// Words the passage has that the phrase leaves out without an elision mark.
    pub fn omitted_silently(&self) -> usize {
        self.count(|s| matches!(s, Step::Omitted(_, false)))
    }

    /// Found words over the phrase's words plus the words it leaves out silently: 1.0 for a
    /// verbatim quotation.
    pub fn similarity(&self, phrase: &[Word]) -> f64 {
        let base = phrase.len() + self.omitted_silently();
        if base == 0 {
            0.0
        } else {
            self.matched() as f64 / base as f64
        }
    }
}

/// Aligns `phrase` with the stretch of `passage` it fits best; `None` when either is empty or
/// the alignment would be too large.
pub fn align(phrase: &[Word], passage: &[Word]) -> Option<Alignment> {
    let (m, n) = (phrase.len(), passage.len());
    if m == 0 || n == 0 || m.saturating_mul(n) > MAX_CELLS {
        return None;
    }
    let width = n + 1;
    let mut cost = vec![0u32; (m + 1) * width];
    // 0 diagonal, 1 up (phrase word added), 2 left (passage word omitted)
    let mut from = vec![0u8; (m + 1) * width];
    for i in 1..=m {
        cost[i * width] = cost[(i - 1) * width] + COST_ADDED;
        from[i * width] = 1;
    }
    for i in 1..=m {
        let free_gap = i < m && phrase[i - 1].elision_after;
        for j in 1..=n {
            let diagonal = cost[(i - 1) * width + j - 1]
                + substitution(&phrase[i - 1].folded, &passage[j - 1].folded);
            let up = cost[(i - 1) * width + j] + COST_ADDED;
            let left = cost[i * width + j - 1] + if free_gap { 0 } else { COST_OMITTED };
            let (best, step) = if diagonal <= up && diagonal <= left {
                (diagonal, 0)
            } else if left <= up {
                (left, 2)
            } else {
                (up, 1)
            };
            cost[i * width + j] = best;
            from[i * width + j] = step;
        }
    }
    let end = (1..=n).min_by_key(|&j| (cost[m * width + j], j))?;
    let mut steps = Vec::new();
    let (mut i, mut j) = (m, end);
    while i > 0 {
        match from[i * width + j] {
            0 if j > 0 => {
                let (p, s) = (&phrase[i - 1].folded, &passage[j - 1].folded);
                steps.push(if p == s {
                    Step::Same(i - 1, j - 1)
                } else if is_inflection(p, s) {
                    Step::Inflected(i - 1, j - 1)
                } else {
                    Step::Changed(i - 1, j - 1)
                });
                i -= 1;
                j -= 1;
            }
            2 if j > 0 => {
                let at_elision = i < m && phrase[i - 1].elision_after;
                steps.push(Step::Omitted(j - 1, at_elision));
                j -= 1;
            }
            _ => {
                steps.push(Step::Added(i - 1));
                i -= 1;
            }
        }
    }
    steps.reverse();
    // Leading steps that are the phrase's own additions cover no passage word.
    let start = steps
        .iter()
        .find_map(|s| match s {
            Step::Same(_, j)
            | Step::Inflected(_, j)
            | Step::Changed(_, j)
            | Step::Omitted(j, _) => Some(*j),
            Step::Added(_) => None,
        })
        .unwrap_or(j);
    Some(Alignment {
        steps,
        source: start..end.max(start),
    })
}

/// Scores of the local alignment that finds the stretch of a passage most like a phrase:
/// a shared content word counts most, a shared function word little, and every difference
/// costs one.
const LOCAL_CONTENT: i32 = 3;
const LOCAL_INFLECTED: i32 = 2;
const LOCAL_FUNCTION: i32 = 1;
const LOCAL_DIFFERENCE: i32 = -1;

/// The stretch of `passage` most like `phrase` (a local alignment: no stretch need cover the
/// whole phrase) and its score; `None` when nothing scores above zero.
pub fn most_similar_stretch(phrase: &[Word], passage: &[Word]) -> Option<(Range<usize>, i32)> {
    let (m, n) = (phrase.len(), passage.len());
    if m == 0 || n == 0 || m.saturating_mul(n) > MAX_CELLS {
        return None;
    }
    let width = n + 1;
    let mut score = vec![0i32; (m + 1) * width];
    let mut start = vec![0usize; (m + 1) * width];
    let mut best: Option<(Range<usize>, i32)> = None;
    for i in 1..=m {
        for j in 1..=n {
            let (p, s) = (&phrase[i - 1].folded, &passage[j - 1].folded);
            let gain = if p == s {
                if is_function_word(p) {
                    LOCAL_FUNCTION
                } else {
                    LOCAL_CONTENT
                }
            } else if is_inflection(p, s) {
                LOCAL_INFLECTED
            } else {
                LOCAL_DIFFERENCE
            };
            let here = i * width + j;
            let options = [
                (
                    score[(i - 1) * width + j - 1] + gain,
                    start[(i - 1) * width + j - 1],
                ),
                (
                    score[(i - 1) * width + j] + LOCAL_DIFFERENCE,
                    start[(i - 1) * width + j],
                ),
                (
                    score[i * width + j - 1] + LOCAL_DIFFERENCE,
                    start[i * width + j - 1],
                ),
            ];
            let (value, from) = options
                .into_iter()
                .max_by_key(|&(v, _)| v)
                .unwrap_or((0, j - 1));
            if value <= 0 {
                score[here] = 0;
                start[here] = j;
            } else {
                score[here] = value;
                start[here] = if score[(i - 1) * width + j - 1] == 0 && value == gain {
                    j - 1
                } else {
                    from
                };
                if best.as_ref().is_none_or(|(_, b)| value > *b) {
                    best = Some((start[here]..j, value));
                }
            }
        }
    }
    best
}

fn substitution(a: &str, b: &str) -> u32 {
    if a == b {
        0
    } else if is_inflection(a, b) {
        COST_INFLECTED
    } else {
        COST_CHANGED
    }
}

#[cfg(test)]
mod tests {
    use super::super::words::words_of;
    use super::*;

    fn words(text: &str) -> Vec<Word> {
        let elisions = crate::parse::quotes::find_elisions(text);
        words_of(text, 0..text.len(), 1, &elisions)
    }

    const SOURCE: &str = "Only the successes of the world proletariat can revive the Soviet \
        proletariat's belief in itself.";

    #[test]
    fn a_verbatim_phrase_covers_its_words_only() {
        let (p, s) = (words("the world proletariat"), words(SOURCE));
        let a = align(&p, &s).unwrap();
        assert!(a.is_verbatim());
        assert_eq!(a.source, 4..7);
    }

    #[test]
    fn an_inflection_is_a_variant_step() {
        let (p, s) = (words("the success of the world proletariat"), words(SOURCE));
        let a = align(&p, &s).unwrap();
        assert!(!a.is_verbatim());
        assert_eq!(a.steps[1], Step::Inflected(1, 2));
        assert_eq!(a.matched(), 6);
    }

    #[test]
    fn words_cut_at_the_phrase_s_elision_are_free() {
        let p = words("Only the successes ... can revive");
        let a = align(&p, &words(SOURCE)).unwrap();
        assert!(a.is_verbatim(), "{a:?}");
        assert_eq!(a.count(|s| matches!(s, Step::Omitted(_, true))), 4);
        let silent = words("Only the successes can revive");
        let b = align(&silent, &words(SOURCE)).unwrap();
        assert!(!b.is_verbatim());
        assert_eq!(b.omitted_silently(), 4);
    }

    #[test]
    fn the_most_similar_stretch_prefers_shared_content_words() {
        let p = words("give back the confidence to the Soviet proletariat");
        let s = words(SOURCE);
        let (range, _) = most_similar_stretch(&p, &s).unwrap();
        let found: Vec<&str> = s[range].iter().map(|w| w.folded.as_str()).collect();
        assert_eq!(found, vec!["the", "soviet", "proletariat's"]);
    }

    #[test]
    fn a_paraphrase_shares_few_words() {
        let p = words("give back the confidence to the Soviet proletariat");
        let a = align(&p, &words(SOURCE)).unwrap();
        assert!(a.similarity(&p) < 0.5, "{}", a.similarity(&p));
    }
}
