//! The pages a reference cites: `pp. 85--87`, `S. 93 f.`, `page 260a`, `pages 90b-91a`,
//! `pp. 110, 118`, and a bare `347–52` closing a Chicago note.
//!
//! In: what is left of a reference. Out: [`Pages`] (as written, first, last with abbreviated
//! ranges expanded, `f.`/`ff.`), with the page expression taken out of the text.

use std::sync::LazyLock;

use regex::Regex;

use crate::lexicon::references::PAGE_WORDS;
use crate::model::citation::Pages;

/// One page or a range: `85`, `260a`, `85--87`, `90b-91a`, `347–52`.
const RANGE: &str = r"\d+[a-e]?(?:\s*(?:-{1,3}|–|—)\s*\d+[a-e]?)?\b";

/// Page words that are a single letter need their dot (`S. 12`, not `S 12`); the others may
/// go without (`p 765`).
static MARKED: LazyLock<Regex> = LazyLock::new(|| {
    let mut words: Vec<&str> = PAGE_WORDS.to_vec();
    words.sort_by_key(|w| std::cmp::Reverse(w.chars().count()));
    words.dedup();
    let alternatives: Vec<String> = words
        .iter()
        .map(|w| {
            let escaped = regex::escape(w);
            let single_letter = w.chars().count() == 1 && *w != "p";
            if single_letter {
                format!(r"{escaped}\.")
            } else {
                format!(r"{escaped}\.?")
            }
        })
        .collect();
    Regex::new(&format!(
        r"(?:^|[\s,(;])(?:{})\s*((?:{RANGE})(?:\s*,\s*(?:{RANGE}))*(?:\s*ff?(?:\.|\b))?)",
        alternatives.join("|")
    ))
    .expect("valid regex")
});
static BARE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"^(?:{RANGE})(?:\s*ff?\.?)?$")).expect("valid regex"));
static BOUNDS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(\d+[a-e]?)(?:\s*(?:-{1,3}|–|—)\s*(\d+[a-e]?))?").expect("valid regex")
});
static YEAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:1[5-9]\d\d|20\d\d)$").expect("valid regex"));

/// True when `text` is nothing but a page expression with its word (`p. 12`, `S. 93 f.`).
pub fn is_page_expression(text: &str) -> bool {
    MARKED
        .find(text.trim())
        .is_some_and(|m| m.as_str().trim_start_matches([' ', ',', '(', ';']) == text.trim())
}

/// True when `text` has a page expression with its word anywhere.
pub fn has_marked(text: &str) -> bool {
    MARKED.is_match(text)
}

/// Takes the last marked page expression out of `rest`.
pub fn take_marked(rest: &mut String) -> Option<Pages> {
    let m = MARKED.captures_iter(rest).last()?;
    let whole = m.get(0)?.range();
    let pages = read(m.get(1)?.as_str());
    rest.replace_range(whole, "");
    Some(pages)
}

/// Takes a bare page range standing as the last comma item (`…, 1930), 347–52`), never a
/// year alone.
pub fn take_bare_tail(rest: &mut String) -> Option<Pages> {
    let cut = rest.rfind(',')?;
    let tail = rest[cut + 1..].trim();
    if !BARE.is_match(tail) || YEAR.is_match(tail) {
        return None;
    }
    let pages = read(tail);
    rest.truncate(cut);
    Some(pages)
}

/// Reads a page expression: first and last page, abbreviated last pages expanded.
pub fn read(written: &str) -> Pages {
    let written = written.trim().trim_end_matches(',').to_string();
    let following = [" f.", "ff.", " f", "ff"]
        .iter()
        .any(|e| written.ends_with(e));
    let (first, last) = match BOUNDS.captures(&written) {
        Some(c) => (
            c.get(1).map_or(String::new(), |g| g.as_str().to_string()),
            c.get(2).map(|g| g.as_str().to_string()),
        ),
        None => (written.clone(), None),
    };
    let last = last.map(|last| expand(&first, &last));
    Pages {
        written,
        first,
        last,
        following,
    }
}

/// `347`–`52` → `352`; `90b`–`91a` stays; a last page as long as the first stays.
fn expand(first: &str, last: &str) -> String {
    let digits = |s: &str| s.chars().take_while(char::is_ascii_digit).count();
    let (first_digits, last_digits) = (digits(first), digits(last));
    if last_digits >= first_digits {
        return last.to_string();
    }
    let expanded = format!("{}{last}", &first[..first_digits - last_digits]);
    let number = |s: &str| s[..digits(s)].parse::<u64>().unwrap_or(0);
    if number(&expanded) >= number(first) {
        expanded
    } else {
        last.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn abbreviated_ranges_are_expanded() {
        assert_eq!(read("347–52").last.as_deref(), Some("352"));
        assert_eq!(read("1002-5").last.as_deref(), Some("1005"));
        assert_eq!(read("85--87").last.as_deref(), Some("87"));
        assert_eq!(read("98-102").last.as_deref(), Some("102"));
    }

    #[test]
    fn page_letters_are_kept() {
        let pages = read("90b-91a");
        assert_eq!(pages.first, "90b");
        assert_eq!(pages.last.as_deref(), Some("91a"));
        let mut rest = "Volume 43, page 260a".to_string();
        assert_eq!(
            take_marked(&mut rest).map(|p| p.first).as_deref(),
            Some("260a")
        );
        assert_eq!(rest, "Volume 43,");
    }

    #[test]
    fn a_bare_year_is_not_a_page() {
        let mut rest = "Moscow, 1965".to_string();
        assert_eq!(take_bare_tail(&mut rest), None);
        let mut rest = "My Life (1930), 347–52".to_string();
        assert_eq!(
            take_bare_tail(&mut rest).map(|p| p.first).as_deref(),
            Some("347")
        );
    }

    #[test]
    fn a_single_letter_page_word_needs_its_dot() {
        let mut rest = "Sinowjew S 12".to_string();
        assert_eq!(take_marked(&mut rest), None);
        let mut rest = "Briefe, Band 1, Berlin 1967, S. 93 f.".to_string();
        let pages = take_marked(&mut rest).expect("pages");
        assert_eq!(pages.written, "93 f.");
        assert!(pages.following);
    }
}
