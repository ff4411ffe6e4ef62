//! Folding: the one form in which the readers compare words and lines with the lexicons, names
//! with the glossary, and queries with the search index.
//!
//! In: text. Out: the text lower-cased, Latin letters without their accents (`Célarié` →
//! `celarie`, `Straße` → `strasse`, `œuvre` → `oeuvre`), `ё` as `е`, typographic apostrophes
//! and dashes made plain (`’` → `'`, `–` → `-`), combining marks dropped, other scripts
//! (Cyrillic, Greek, ...) only lower-cased, never transliterated: `Троцкий` stays Cyrillic, so
//! it neither matches nor collides with a Latin name. [`fold`] also makes every run of
//! whitespace one space; [`fold_char`] is the step for one character, for readers that keep a
//! map back to the original text. `search.js` applies the same table to queries
//! ([`folded_letters`]).

/// Lower case, accents removed from Latin letters, runs of whitespace (including no-break
/// spaces) as one space, trimmed: the form every table is compared in.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        for c in word.chars() {
            fold_char(c, &mut out);
        }
    }
    out
}

/// One word (or any text without whitespace to collapse) folded.
pub fn fold_word(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        fold_char(c, &mut out);
    }
    out
}

/// Writes the folded form of `c` (see the module documentation); a combining mark writes
/// nothing.
pub fn fold_char(c: char, out: &mut String) {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{201B}' | '`' | '\u{2BC}' | '\u{2032}' => out.push('\''),
        '\u{2010}'..='\u{2015}' | '\u{2212}' => out.push('-'),
        c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
        'ё' | 'Ё' => out.push('е'),
        '\u{300}'..='\u{36F}' => {}
        c if c.is_alphabetic() && !is_latin(c) => out.extend(c.to_lowercase()),
        c => match deunicode::deunicode_char(c) {
            Some(ascii) if !ascii.is_empty() && ascii.bytes().all(|b| b.is_ascii_graphic()) => {
                out.extend(ascii.chars().map(|a| a.to_ascii_lowercase()));
            }
            _ => out.extend(c.to_lowercase()),
        },
    }
}

/// The Unicode blocks of Latin letters with diacritics (Latin-1 to Extended-B, Extended
/// Additional).
const LATIN: &[(char, char)] = &[('\u{C0}', '\u{24F}'), ('\u{1E00}', '\u{1EFF}')];

fn is_latin(c: char) -> bool {
    LATIN.iter().any(|&(a, b)| (a..=b).contains(&c))
}

/// Every lower-case letter that folds to something else, with what it folds to: the table
/// `search.js` applies to a query after lower-casing it.
pub fn folded_letters() -> Vec<(char, String)> {
    let letters = LATIN
        .iter()
        .flat_map(|&(a, b)| a..=b)
        .chain(['ё'])
        .filter(|c| c.is_alphabetic() && c.to_lowercase().eq(std::iter::once(*c)));
    letters
        .filter_map(|c| {
            let folded = fold_word(&c.to_string());
            (folded != c.to_string()).then_some((c, folded))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin_accents_go_other_scripts_stay() {
        assert_eq!(
            fold("  Célarié   Straße\u{a0}Œuvres "),
            "celarie strasse oeuvres"
        );
        assert_eq!(fold("Троцкий Ёлкин Τρότσκι"), "троцкий елкин τρότσκι");
        assert_eq!(fold("l’homme — 85–87"), "l'homme - 85-87");
        assert_eq!(fold_word("e\u{301}te\u{301}"), "ete");
    }

    #[test]
    fn the_search_table_holds_only_letters_that_change() {
        let table = folded_letters();
        assert!(table.contains(&('é', "e".to_string())));
        assert!(table.contains(&('ё', "е".to_string())));
        assert!(table.iter().all(|(c, f)| c.to_string() != *f));
        assert!(!table.iter().any(|(c, _)| c.is_uppercase()));
    }
}
