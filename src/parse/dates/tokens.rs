//! Tokens: the date parser's tokenizer and the month names it knows.
//!
//! In: a string (a whole date or running prose). Out: [`Token`]s (numbers, words, range dashes
//! and single punctuation characters, each with its byte range; words also lowercased and
//! folded without accents), and the month a folded word names, if any.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    /// A run of ASCII digits.
    Number,
    /// A run of letters.
    Word,
    /// A dash that can join a range: `-`, `--`, `–`, `‐`, `‑`, `‒` (not an em dash).
    Dash,
    /// Any other single character.
    Punct,
}

#[derive(Debug, Clone)]
pub(super) struct Token<'a> {
    pub(super) kind: Kind,
    pub(super) text: &'a str,
    pub(super) start: usize,
    pub(super) end: usize,
    /// Words only: lowercase.
    pub(super) lower: String,
    /// Words only: lowercase without accents ("février" → "fevrier", "März" → "marz").
    pub(super) folded: String,
}

impl Token<'_> {
    pub(super) fn is_punct(&self, ch: char) -> bool {
        self.kind == Kind::Punct && self.text.chars().eq([ch])
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum CharClass {
    Digit,
    Letter,
    Hyphen,
    Other,
}

fn char_class(ch: char) -> CharClass {
    if ch.is_ascii_digit() {
        CharClass::Digit
    } else if ch.is_alphabetic() {
        CharClass::Letter
    } else if ch == '-' {
        CharClass::Hyphen
    } else {
        CharClass::Other
    }
}

/// Splits `text` into numbers, words, dashes and single punctuation characters, dropping
/// whitespace; each token keeps its byte range.
pub(super) fn tokenize(text: &str) -> Vec<Token<'_>> {
    let mut tokens = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((start, first)) = chars.next() {
        if first.is_whitespace() {
            continue;
        }
        let class = char_class(first);
        let mut end = start + first.len_utf8();
        if class != CharClass::Other {
            while let Some(&(index, next)) = chars.peek() {
                if char_class(next) != class {
                    break;
                }
                end = index + next.len_utf8();
                chars.next();
            }
        }
        let text = &text[start..end];
        tokens.push(token(text, class, start, end));
    }
    tokens
}

fn token(text: &str, class: CharClass, start: usize, end: usize) -> Token<'_> {
    let kind = match class {
        CharClass::Digit => Kind::Number,
        CharClass::Letter => Kind::Word,
        // "-" and LaTeX's "--" join ranges; "---" is an em dash.
        CharClass::Hyphen if text.len() <= 2 => Kind::Dash,
        CharClass::Other if matches!(text, "–" | "‐" | "‑" | "‒") => Kind::Dash,
        _ => Kind::Punct,
    };
    let (lower, folded) = if kind == Kind::Word {
        let lower = text.to_lowercase();
        let folded = fold_accents(&lower);
        (lower, folded)
    } else {
        (String::new(), String::new())
    };
    Token {
        kind,
        text,
        start,
        end,
        lower,
        folded,
    }
}

fn fold_accents(lower: &str) -> String {
    lower
        .chars()
        .map(|ch| match ch {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
            'ç' => 'c',
            'è' | 'é' | 'ê' | 'ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ñ' => 'n',
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' => 'o',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            other => other,
        })
        .collect()
}

/// A month's number from a folded name, and whether the name is an abbreviation (which may
/// take a full stop).
pub(super) fn month_from_name(folded: &str) -> Option<(u8, bool)> {
    let full = match folded {
        "january" | "januar" | "janner" | "janvier" | "enero" | "gennaio" | "janeiro" => 1,
        "february" | "februar" | "fevrier" | "febrero" | "febbraio" | "fevereiro" => 2,
        "march" | "marz" | "maerz" | "mars" | "marzo" | "marco" => 3,
        "april" | "avril" | "abril" | "aprile" => 4,
        "may" | "mai" | "mayo" | "maggio" | "maio" => 5,
        "june" | "juni" | "juin" | "junio" | "giugno" | "junho" => 6,
        "july" | "juli" | "juillet" | "julio" | "luglio" | "julho" => 7,
        "august" | "aout" | "agosto" => 8,
        "september" | "septembre" | "settembre" | "septiembre" | "setiembre" | "setembro" => 9,
        "october" | "oktober" | "octobre" | "ottobre" | "octubre" | "outubro" => 10,
        "november" | "novembre" | "noviembre" | "novembro" => 11,
        "december" | "dezember" | "decembre" | "dicembre" | "diciembre" | "dezembro" => 12,
        _ => 0,
    };
    if full != 0 {
        return Some((full, false));
    }
    let abbreviated = match folded {
        "jan" | "janv" => 1,
        "feb" | "fev" | "fevr" => 2,
        "mar" | "mrz" => 3,
        "apr" | "avr" => 4,
        "jun" => 6,
        "jul" | "juil" => 7,
        "aug" => 8,
        "sep" | "sept" => 9,
        "oct" | "okt" => 10,
        "nov" => 11,
        "dec" | "dez" => 12,
        _ => return None,
    };
    Some((abbreviated, true))
}

/// Month names that are also common English words; in prose they count only capitalised.
pub(super) fn is_english_homograph(folded: &str) -> bool {
    matches!(folded, "may" | "march" | "mar")
}
