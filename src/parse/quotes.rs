//! Quotation marks and elisions inside a paragraph.
//!
//! In: one paragraph's text. Out: the byte ranges of quoted phrases (marks included), of
//! openings left unclosed at the paragraph's end (the convention for a quotation that runs on
//! into the next paragraph), and of elisions (`...`, `....`, `. . .`, `…`, `[...]`).
//!
//! Texts mix conventions, so every common one is understood: LaTeX-style `` `...' `` and
//! ``` ``...'' ```, curly ‘...’ and “...”, German „...“ and »...«, French «...», and straight
//! quotes. An apostrophe (`Stalin's`, `d'éditions`) is told from a closing `'` by its
//! neighbours: a letter on both sides makes an apostrophe.

use std::ops::Range;

/// The kinds of opening mark, each with its own closing mark.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mark {
    LatexSingle,
    LatexDouble,
    CurlySingle,
    CurlyDouble,
    LowDouble,
    Guillemets,
    ReversedGuillemets,
    StraightDouble,
    StraightSingle,
    LowSingle,
}

/// What [`scan_quotes`] found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct QuoteScan {
    /// Closed quotations, marks included, sorted by start (nested ones follow their parent).
    pub quotes: Vec<Range<usize>>,
    /// Byte offsets of opening marks never closed in the paragraph.
    pub unclosed: Vec<usize>,
}

impl QuoteScan {
    /// True when the paragraph opens a quotation that it does not close: a quotation of
    /// several paragraphs continues.
    pub fn opens_without_closing(&self) -> bool {
        self.unclosed.first() == Some(&0)
    }

    /// True when one quotation spans the whole paragraph (after trimming).
    pub fn is_wholly_quoted(&self, text: &str) -> bool {
        let end = text.trim_end().len();
        self.quotes.iter().any(|q| q.start == 0 && q.end == end)
    }
}

/// Finds the quotations in `text`.
pub fn scan_quotes(text: &str) -> QuoteScan {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let closer_after = closers_after(&chars);
    let mut open: Vec<(Mark, usize)> = Vec::new();
    let mut quotes = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let (at, c) = chars[i];
        let doubled = chars.get(i + 1).is_some_and(|&(_, n)| n == c);
        let width = if doubled && (c == '`' || c == '\'') {
            2
        } else {
            1
        };
        let end = chars.get(i + width).map_or(text.len(), |&(b, _)| b);
        let context = Context {
            at,
            prev: i.checked_sub(1).map(|j| chars[j].1),
            next: chars.get(i + width).map(|&(_, c)| c),
            after_next: chars.get(i + width + 1).map(|&(_, c)| c),
            closer_follows: closer_after[i],
        };
        match classify(c, doubled, &context, &open) {
            Action::Open(mark) => open.push((mark, at)),
            Action::Close(marks) => {
                if let Some(depth) = open.iter().rposition(|(m, _)| marks.contains(m)) {
                    let (_, start) = open[depth];
                    open.truncate(depth);
                    quotes.push(start..end);
                }
            }
            Action::None => {}
        }
        i += width;
    }
    quotes.sort_by_key(|q| (q.start, std::cmp::Reverse(q.end)));
    QuoteScan {
        quotes,
        unclosed: open.into_iter().map(|(_, at)| at).collect(),
    }
}

enum Action {
    Open(Mark),
    Close(&'static [Mark]),
    None,
}

/// What surrounds a mark.
struct Context {
    /// Byte offset of the mark.
    at: usize,
    prev: Option<char>,
    next: Option<char>,
    after_next: Option<char>,
    /// True when a closing single quote could still follow later in the paragraph.
    closer_follows: bool,
}

/// For each character, whether a `'` or `’` in closing position comes after it.
fn closers_after(chars: &[(usize, char)]) -> Vec<bool> {
    let mut after = vec![false; chars.len()];
    let mut seen = false;
    for i in (0..chars.len()).rev() {
        after[i] = seen;
        let (_, c) = chars[i];
        let prev_solid = i > 0 && !chars[i - 1].1.is_whitespace();
        let next_open = chars.get(i + 1).is_none_or(|&(_, n)| !n.is_alphanumeric());
        if (c == '\'' || c == '’') && prev_solid && next_open {
            seen = true;
        }
    }
    after
}

/// An open quotation longer than this is prose, where a plural possessive (`workers'`) is more
/// likely than the quotation's end.
const LONG_QUOTATION: usize = 40;

/// What a mark does, given its neighbours and the open quotations.
fn classify(c: char, doubled: bool, cx: &Context, open: &[(Mark, usize)]) -> Action {
    use Mark::*;
    let top = open.last().map(|&(m, _)| m);
    let is_open = |mark: Mark| open.iter().any(|&(m, _)| m == mark);
    let (prev, next) = (cx.prev, cx.next);
    let opening_position = prev.is_none_or(|p| p.is_whitespace() || "([{—–-/".contains(p))
        && next.is_some_and(|n| !n.is_whitespace());
    let closing_position =
        prev.is_some_and(|p| !p.is_whitespace()) && next.is_none_or(|n| !n.is_alphanumeric());
    match c {
        '`' if doubled => Action::Open(LatexDouble),
        '`' => Action::Open(LatexSingle),
        '\'' if doubled && top == Some(LatexDouble) => Action::Close(&[LatexDouble]),
        '\'' | '’' => {
            let between_letters =
                prev.is_some_and(char::is_alphanumeric) && next.is_some_and(char::is_alphanumeric);
            if between_letters || plural_possessive(cx, open) {
                Action::None
            } else if closing_position {
                Action::Close(&[LatexSingle, CurlySingle, StraightSingle, LowSingle])
            } else if c == '\'' && opening_position && next.is_some_and(char::is_alphanumeric) {
                Action::Open(StraightSingle)
            } else {
                Action::None
            }
        }
        '‘' if is_open(LowSingle) => Action::Close(&[LowSingle]),
        '‘' => Action::Open(CurlySingle),
        '‚' => Action::Open(LowSingle),
        '“' if is_open(LowDouble) => Action::Close(&[LowDouble]),
        '“' => Action::Open(CurlyDouble),
        '”' => Action::Close(&[CurlyDouble, LowDouble]),
        '„' => Action::Open(LowDouble),
        '«' if top == Some(ReversedGuillemets) => Action::Close(&[ReversedGuillemets]),
        '«' => Action::Open(Guillemets),
        '»' if top == Some(Guillemets) => Action::Close(&[Guillemets]),
        '»' => Action::Open(ReversedGuillemets),
        // A straight mark closes a typographic opening one (`„Übergangsprogramm"`).
        '"' if closing_position
            && matches!(
                top,
                Some(LowDouble | CurlyDouble | Guillemets | ReversedGuillemets)
            ) =>
        {
            Action::Close(&[LowDouble, CurlyDouble, Guillemets, ReversedGuillemets])
        }
        '"' if top == Some(StraightDouble) && closing_position => Action::Close(&[StraightDouble]),
        '"' if opening_position => Action::Open(StraightDouble),
        _ => Action::None,
    }
}

/// `the workers' state` inside a long single-quoted passage: `s'` then a space and a lowercase
/// word, with a closing mark still to come (or a quotation that may run on past the paragraph),
/// is a possessive, not the quotation's end.
fn plural_possessive(cx: &Context, open: &[(Mark, usize)]) -> bool {
    let single = open.iter().rev().find(|(m, _)| {
        matches!(
            m,
            Mark::LatexSingle | Mark::CurlySingle | Mark::StraightSingle
        )
    });
    let Some(&(_, start)) = single else {
        return false;
    };
    // A quotation opened at the paragraph's start may run on into the next paragraph.
    let may_end_later = cx.closer_follows || start == 0;
    cx.prev == Some('s')
        && cx.next == Some(' ')
        && cx.after_next.is_some_and(char::is_lowercase)
        && may_end_later
        && cx.at - start > LONG_QUOTATION
}

/// Finds elisions: runs of three or more dots (spaced or not), `…`, and bracketed `[...]`/`[…]`.
pub fn find_elisions(text: &str) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut i = 0;
    while i < text.len() {
        if let Some(len) = bracketed_elision(&text[i..]) {
            found.push(i..i + len);
            i += len;
        } else if text[i..].starts_with('…') {
            let len = '…'.len_utf8();
            found.push(i..i + len);
            i += len;
        } else if bytes[i] == b'.' {
            let end = dot_run_end(bytes, i);
            let dots = text[i..end].matches('.').count();
            if dots >= 3 {
                found.push(i..end);
                i = end;
            } else {
                i += 1;
            }
        } else {
            i += text[i..].chars().next().map_or(1, char::len_utf8);
        }
    }
    found
}

/// The end of a run of dots that may be separated by single spaces (`. . .`).
fn dot_run_end(bytes: &[u8], start: usize) -> usize {
    let mut end = start;
    let mut j = start;
    while j < bytes.len() {
        if bytes[j] == b'.' {
            j += 1;
            end = j;
        } else if bytes[j] == b' ' && bytes.get(j + 1) == Some(&b'.') && end == j {
            j += 1;
        } else {
            break;
        }
    }
    end
}

fn bracketed_elision(text: &str) -> Option<usize> {
    ["[...]", "[…]", "[. . .]", "(...)", "(…)"]
        .iter()
        .find(|e| text.starts_with(**e))
        .map(|e| e.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted(text: &str) -> Vec<&str> {
        scan_quotes(text)
            .quotes
            .into_iter()
            .map(|r| &text[r])
            .collect()
    }

    #[test]
    fn latex_single_quotes_and_apostrophes() {
        let text = "the `Stalinist' power, the proletariat's belief, `a fourth revolution'.";
        assert_eq!(quoted(text), vec!["`Stalinist'", "`a fourth revolution'"]);
    }

    #[test]
    fn apostrophe_inside_a_quotation_does_not_close_it() {
        let text = "`Only the successes can revive the Soviet proletariat's belief in itself.'";
        let scan = scan_quotes(text);
        assert!(scan.is_wholly_quoted(text));
        assert!(scan.unclosed.is_empty());
    }

    #[test]
    fn a_quotation_running_on_to_the_next_paragraph_stays_open() {
        let text = "`Stalin ... is the living incarnation of a bureaucratic Thermidor ....";
        let scan = scan_quotes(text);
        assert!(scan.opens_without_closing());
        assert!(scan.quotes.is_empty());
    }

    #[test]
    fn curly_german_french_and_straight_quotes() {
        assert_eq!(quoted("he said “no” and ‘yes’."), vec!["“no”", "‘yes’"]);
        assert_eq!(quoted("er sagte „nein“ und »ja«."), vec!["„nein“", "»ja«"]);
        assert_eq!(
            quoted("il dit « non » puis «oui»."),
            vec!["« non »", "«oui»"]
        );
        assert_eq!(quoted("he said \"no\" twice."), vec!["\"no\""]);
        assert_eq!(quoted("``double'' latex"), vec!["``double''"]);
    }

    #[test]
    fn regression_a_plural_possessive_does_not_end_a_long_quotation() {
        let text =
            "`The state that made the revolution has become the workers' state in name only ....";
        let scan = scan_quotes(text);
        assert!(scan.quotes.is_empty(), "{:?}", scan.quotes);
        let closing =
            "`The state that made the revolution has become the workers' state in name only.'";
        assert!(scan_quotes(closing).is_wholly_quoted(closing));
        assert_eq!(
            quoted("the `workers' and the rest"),
            vec!["`workers'"],
            "a short phrase still closes"
        );
    }

    #[test]
    fn regression_german_nested_quotations_close() {
        let text = "„Er sagte ‚nein‘ und ging.“ Dann kam der Rest.";
        assert_eq!(quoted(text), vec!["„Er sagte ‚nein‘ und ging.“", "‚nein‘"]);
    }

    #[test]
    fn nested_quotations_are_both_found() {
        let text = "“He wrote ‘never’ twice.”";
        assert_eq!(quoted(text), vec!["“He wrote ‘never’ twice.”", "‘never’"]);
    }

    #[test]
    fn elisions_of_every_common_shape() {
        let text = "Stalin ... is crown .... and . . . then … and [...] end.";
        let found: Vec<&str> = find_elisions(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(found, vec!["...", "....", ". . .", "…", "[...]"]);
    }

    #[test]
    fn sentence_full_stops_are_not_elisions() {
        assert!(find_elisions("Mrs. Célarié wrote. Then p. 85.").is_empty());
    }

    #[test]
    fn a_straight_mark_closes_a_typographic_opening_one() {
        let text = "Wir arbeiten hart am „Übergangsprogramm\". Der Text ist fertig.";
        let scan = scan_quotes(text);
        assert_eq!(scan.quotes.len(), 1, "{scan:?}");
        assert!(text[scan.quotes[0].clone()].ends_with('"'));
        assert!(scan.unclosed.is_empty());
    }
}
