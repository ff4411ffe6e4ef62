//! The reference forms read by their opening: short forms that point back (`Ibid.`, `op. cit.`,
//! `a.a.O.`), archival provenance (`ALS, <repository>: <collection>`), author–date
//! (`Trotsky, L. (1937). Title. Publisher.`) and bibliography style with an inverted name
//! (`Deutscher, Isaac. Title. Place: Publisher, Year`).
//!
//! In: a reference with brackets and runs of spaces normalised. Out: the parts each form gives;
//! the rest of the reading (imprint items) is the caller's.

use std::sync::LazyLock;

use regex::Regex;

use super::pages;
use crate::lexicon::fold;
use crate::lexicon::references::{DOCUMENT_TYPES, IBID, OP_CIT};
use crate::model::citation::{CitationParts, ReferenceFamily};

static OP_CIT_MARK: LazyLock<Regex> = LazyLock::new(|| {
    let forms: Vec<String> = OP_CIT
        .iter()
        .map(|f| regex::escape(f.trim_end_matches('.')).replace(' ', r"\s*"))
        .collect();
    Regex::new(&format!(r"(?i)(?:^|[\s,])(?:{})\.?", forms.join("|"))).expect("valid regex")
});
/// `Trotsky, L. (1937). ` / `Trotsky, L., & Eastman, M. (1937a). `
static AUTHOR_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^([\p{Lu}][\p{L}'’-]+(?: [\p{Lu}][\p{L}'’-]+)?), ((?:[\p{Lu}]\.\s?){1,3}) ?\(((?:1[5-9]|20)\d\d)[a-z]?\)\.\s+(.+)$")
        .expect("valid regex")
});
/// `Deutscher, Isaac. ` / `Trotsky, Leon D. `
static INVERTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^((?:(?:de|von|van|der|la|le) )?[\p{Lu}][\p{L}'’-]+), ([\p{Lu}][\p{Ll}'’-]+(?: [\p{Lu}][\p{L}'’-]*\.?){0,2})\.\s+(\p{Lu}.+)$")
        .expect("valid regex")
});
/// The end of a sentence: a full stop after a word of two letters or more (not an initial).
static SENTENCE_END: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:[\p{L}\d”’»?!]{2}|\))[.?!] +\p{Lu}").expect("valid regex"));

/// `Ibid.`, `ibid., pp. 110, 118`, `Ebd., S. 5`: the reference before, at other pages maybe.
pub fn ibid(text: &str) -> Option<CitationParts> {
    // The short form, then a stop, a comma or nothing: `Ibid.`, `ibid., p. 3`, `Там же, с. 5`
    // (not the name `Ib` opening a sentence).
    let stands_alone = |form: &str| {
        let rest = &text[form.len()..];
        rest.is_empty() || rest.starts_with(['.', ','])
    };
    let first = text.split([',', '.', ' ', ':']).next().unwrap_or_default();
    let two_words = text.split([',', '.']).next().unwrap_or_default();
    let is_form =
        |candidate: &str| IBID.contains(&fold(candidate).as_str()) && stands_alone(candidate);
    if !is_form(first) && !is_form(two_words) {
        return None;
    }
    let mut rest = text.to_string();
    let pages = pages::take_marked(&mut rest).or_else(|| pages::take_bare_tail(&mut rest));
    Some(CitationParts {
        family: ReferenceFamily::Ibid,
        pages,
        ..CitationParts::default()
    })
}

/// `Trotsky, op. cit., p. 34`, `a.a.O., S. 67 f.`: the author before the mark, pages after.
pub fn op_cit(text: &str) -> Option<CitationParts> {
    let mark = OP_CIT_MARK.find(text)?;
    let before = text[..mark.start()].trim().trim_end_matches([',', ' ']);
    let mut after = text[mark.end()..].to_string();
    let pages = pages::take_marked(&mut after).or_else(|| {
        let mut tail = format!(",{after}");
        pages::take_bare_tail(&mut tail)
    });
    let author = (!before.is_empty()).then(|| before.to_string());
    Some(CitationParts {
        family: ReferenceFamily::OpCit,
        surname: author.as_deref().map(surname_of),
        author,
        pages,
        ..CitationParts::default()
    })
}

/// `ALS, Houghton Library: Trotsky Papers`; `KN 45,15, Brieforiginal 1 B 4°3 S.`.
pub fn archival(text: &str) -> Option<CitationParts> {
    let items: Vec<&str> = text.split(", ").collect();
    let (at, code) = items.iter().enumerate().find_map(|(i, item)| {
        let word = item.split_whitespace().next()?;
        DOCUMENT_TYPES
            .contains(&word.trim_end_matches('.'))
            .then_some((i, word.trim_end_matches('.')))
    })?;
    // Prose may name a manuscript too: a document's type opens the reference, followed by
    // names (`ALS, Houghton Library: …`), or follows a shelfmark with numbers (`KN 45,15,
    // Brieforiginal …`).
    let has_digit = |s: &str| s.chars().any(|c| c.is_ascii_digit());
    let lowercase_words = items
        .iter()
        .flat_map(|i| i.split_whitespace())
        .filter(|w| w.starts_with(char::is_lowercase))
        .count();
    let words = items.iter().flat_map(|i| i.split_whitespace()).count();
    let plausible = if at == 0 {
        items.len() > 1 && lowercase_words * 3 <= words
    } else {
        has_digit(&items[..at].join(", ")) && lowercase_words * 3 <= words
    };
    if !plausible {
        return None;
    }
    let mut parts = CitationParts {
        family: ReferenceFamily::Archival,
        document_type: Some(code.to_string()),
        ..CitationParts::default()
    };
    if at > 0 {
        // A shelfmark before the document's type.
        parts.collection = Some(items[..at].join(", "));
        return Some(parts);
    }
    let holder = items[1..].join(", ");
    match holder.split_once(':') {
        Some((repository, collection)) => {
            parts.repository = non_empty(repository);
            parts.collection = non_empty(collection);
        }
        None => parts.repository = non_empty(&holder),
    }
    Some(parts)
}

/// `Trotsky, L. (1937). The revolution betrayed. Doubleday, Doran.`: author, year, title, and
/// the rest (the imprint) for the caller.
pub fn author_date<'t>(text: &'t str, parts: &mut CitationParts) -> Option<&'t str> {
    let c = AUTHOR_DATE.captures(text)?;
    let surname = c.get(1)?.as_str();
    let initials = c.get(2)?.as_str().trim();
    parts.author = Some(format!("{initials} {surname}"));
    parts.surname = Some(surname.to_string());
    parts.year = c.get(3)?.as_str().parse().ok();
    let rest = c.get(4)?.as_str();
    let (title, imprint) = split_sentence(rest);
    parts.title = non_empty(strip_translator(title));
    parts.family = ReferenceFamily::AuthorDate;
    Some(imprint)
}

/// `Deutscher, Isaac. The Prophet Armed. London: Oxford University Press, 1954`: author, title,
/// and the rest (the imprint) for the caller.
pub fn inverted<'t>(text: &'t str, parts: &mut CitationParts) -> Option<&'t str> {
    let c = INVERTED.captures(text)?;
    let surname = c.get(1)?.as_str();
    let given = c.get(2)?.as_str();
    parts.author = Some(format!("{given} {surname}"));
    parts.surname = Some(surname.to_string());
    let (title, imprint) = split_sentence(c.get(3)?.as_str());
    parts.title = non_empty(title);
    parts.family = ReferenceFamily::Bibliography;
    Some(imprint)
}

/// The first sentence and the rest.
fn split_sentence(text: &str) -> (&str, &str) {
    match SENTENCE_END.find(text) {
        Some(m) => {
            let stop = m.start() + m.as_str().find(['.', '?', '!']).unwrap_or(0);
            let keep = if text[stop..].starts_with('.') {
                stop
            } else {
                stop + 1
            };
            (&text[..keep], text[stop + 1..].trim())
        }
        None => (text, ""),
    }
}

/// `The revolution betrayed (M. Eastman, Trans.)` → `The revolution betrayed`.
fn strip_translator(title: &str) -> &str {
    match title.rfind(" (") {
        Some(open) if title.ends_with(')') => &title[..open],
        _ => title,
    }
}

/// The family name in a name written in reading order: its last word.
pub fn surname_of(name: &str) -> String {
    name.split_whitespace()
        .last()
        .unwrap_or(name)
        .trim_matches([',', '.'])
        .to_string()
}

fn non_empty(text: &str) -> Option<String> {
    let text = text.trim().trim_matches([',', '.', ' ']);
    (!text.is_empty()).then(|| text.to_string())
}
