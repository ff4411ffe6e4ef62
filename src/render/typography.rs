//! Typography for plain source text: curly quotes and proper dashes, never other changes.
//!
//! In: a stretch of a paragraph, with the whole paragraph for context. Out: HTML-escaped text in
//! which LaTeX-style and straight quotes become curly ones (`` ` `` → ‘, `'` → ’, ``` `` ``` → “,
//! `''` → ”, `"` → “ or ”; a straight mark closing a German `„` becomes `“`, one closing a French
//! `«` becomes `»`), and dashes are set: `---` is an em dash; `--` between digits an en dash
//! (`85--87`); `--` elsewhere an em dash, unless the paragraph follows LaTeX's convention (it
//! writes `---` too), where `--` stays an en dash. Letters, digits, words and all other
//! punctuation are left exactly as they are.

/// Typographic HTML for `text[range]`, reading neighbouring characters from the whole `text`.
pub fn smarten(text: &str, range: std::ops::Range<usize>) -> String {
    let mut out = String::with_capacity(range.len() + 16);
    let slice = &text[range.clone()];
    let mut chars = slice.char_indices().peekable();
    while let Some((offset, c)) = chars.next() {
        let at = range.start + offset;
        let next = chars.peek().map(|&(_, n)| n);
        match c {
            '`' if next == Some('`') => {
                chars.next();
                out.push('“');
            }
            '`' => out.push('‘'),
            '\'' if next == Some('\'') => {
                chars.next();
                out.push('”');
            }
            '\'' => out.push(if opens(text, at) { '‘' } else { '’' }),
            '"' if opens(text, at) => out.push('“'),
            '"' => out.push(closing_double(text, at)),
            '-' if slice[offset..].starts_with("---") => {
                chars.next();
                chars.next();
                out.push('—');
            }
            '-' if next == Some('-') => {
                chars.next();
                let prev_digit = text[..at]
                    .chars()
                    .next_back()
                    .is_some_and(|c| c.is_ascii_digit());
                let next_digit = text[at + 2..]
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_ascii_digit());
                let latex = text.contains("---");
                out.push(if (prev_digit && next_digit) || latex {
                    '–'
                } else {
                    '—'
                });
            }
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            _ => out.push(c),
        }
    }
    out
}

/// A straight quote at `at` opens a quotation when it follows a space, an opening bracket or a
/// dash (or starts the text) and precedes a non-space.
fn opens(text: &str, at: usize) -> bool {
    let prev = text[..at].chars().next_back();
    let next = text[at + 1..].chars().next();
    prev.is_none_or(|p| p.is_whitespace() || "([{—–-".contains(p))
        && next.is_some_and(|n| !n.is_whitespace())
}

/// The closing mark a straight `"` at `at` stands for: the partner of the nearest opening mark
/// before it (`„` → `“`, `«` → `»`, `»` → `«`), or `”`.
fn closing_double(text: &str, at: usize) -> char {
    for c in text[..at].chars().rev().take(LOOK_BACK_CHARS) {
        match c {
            '„' => return '“',
            '«' => return '»',
            '»' => return '«',
            '“' | '"' => return '”',
            '”' => return '”',
            _ => {}
        }
    }
    '”'
}

/// How far back [`closing_double`] looks for the opening mark (keeps the work linear).
const LOOK_BACK_CHARS: usize = 2_000;

/// Escapes text for HTML, with no typographic change (for verbatim stretches like elisions).
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
    out
}

/// Typographic HTML for a whole string.
pub fn smarten_all(text: &str) -> String {
    smarten(text, 0..text.len())
}

/// Typographic plain text for a whole string (for the search index's snippets, which the page
/// inserts as text, not HTML).
pub fn smarten_text(text: &str) -> String {
    smarten_all(text)
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&amp;", "&")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_typographic_text_is_not_escaped() {
        assert_eq!(smarten_text("`a' & <b> \"c\" &amp;"), "‘a’ & <b> “c” &amp;");
    }

    #[test]
    fn latex_quotes_and_apostrophes() {
        assert_eq!(
            smarten_all("the `Stalinist' power and the proletariat's belief"),
            "the ‘Stalinist’ power and the proletariat’s belief"
        );
        assert_eq!(smarten_all("``double''"), "“double”");
    }

    #[test]
    fn straight_quotes_by_position() {
        assert_eq!(
            smarten_all("he said \"no\" and 'yes'"),
            "he said “no” and ‘yes’"
        );
    }

    #[test]
    fn dashes_and_nothing_else() {
        assert_eq!(
            smarten_all("pp. 85--87 --- and 1923-24"),
            "pp. 85–87 — and 1923-24"
        );
        assert_eq!(
            smarten_all("pp. 85--87 -- and then"),
            "pp. 85–87 — and then",
            "without LaTeX's ---, a -- between words is an em dash"
        );
        assert_eq!(smarten_all("Célarié\u{a0}<b>"), "Célarié\u{a0}&lt;b&gt;");
    }

    #[test]
    fn a_straight_mark_closes_in_the_opening_marks_language() {
        assert_eq!(
            smarten_all("am „Übergangsprogramm\". Der"),
            "am „Übergangsprogramm“. Der"
        );
        assert_eq!(smarten_all("le « Temps\" dit"), "le « Temps» dit");
        assert_eq!(smarten_all("the \"word\" here"), "the “word” here");
    }

    #[test]
    fn context_beyond_the_range_decides_the_quote() {
        let text = "x 'word'";
        assert_eq!(smarten(text, 2..3), "‘");
        assert_eq!(smarten(text, 7..8), "’");
    }
}
