//! Bibliographic citations: telling one from prose, and reading its structure.
//!
//! In: one paragraph or line of plain text. Out: whether it reads as a reference
//! ([`looks_like_citation`]) and its structure ([`CitationParts::parse`]): the family it is
//! written in (full note, bibliography with an inverted name, author–date, periodical, archive
//! series line, archival provenance, `Ibid.`, `op. cit.`, short form), author, title, the date
//! the cited work was written, container, series, edition, place, publisher, year, volume,
//! issue and pages. The reading tries the forms in a stated order:
//! 1. short forms that point back (`Ibid.`, `op. cit.`, `a.a.O.`), [`forms`];
//! 2. archival provenance (`ALS, <repository>: <collection>`), [`forms`];
//! 3. pages ([`pages`]), `under the title “…”`, an imprint in brackets, the volume;
//! 4. author–date, then an inverted name (bibliography style), [`forms`];
//! 5. otherwise a note form: a leading name, then comma items read by shape ([`items`]).
//!
//! The original text is kept whole beside the parts; nothing is invented: a part not found is
//! absent.

mod forms;
mod items;
pub mod pages;

use std::sync::LazyLock;

use regex::Regex;

use super::dates::HistoricalDate;

use crate::lexicon::fold;
use crate::lexicon::references::{IBID, UNDER_THE_TITLE, VOLUME_WORDS};
pub use crate::model::citation::{CitationParts, Pages, ReferenceFamily};

static PAGES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[\s,(])(?:pp?|S|pages?|Seiten?)\.?\s*(\d+(?:\s*(?:-{1,3}|–|—)\s*\d+)?)\b")
        .expect("valid regex")
});
/// A volume word and its number: `Vol. 14`, `Band 20.1`, `tomo VIII`, `Том 47`, `Vol.1`.
static VOLUME: LazyLock<Regex> = LazyLock::new(|| {
    let mut words: Vec<&str> = VOLUME_WORDS.to_vec();
    words.sort_by_key(|w| std::cmp::Reverse(w.chars().count()));
    words.dedup();
    let words: Vec<String> = words.iter().map(|w| regex::escape(w)).collect();
    Regex::new(&format!(
        r"(?:^|[\s,(])(?:{})\.?\s*(\d+(?:\.\d+)?|[IVXLC]+)\b",
        words.join("|")
    ))
    .expect("valid regex")
});
/// `(Paris: Union générale d'éditions, 1976)`, `(Grasset, 1936)`.
static IMPRINT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\((?:([^():,]+):\s*)?([^()]+?),\s*(1[0-9]{3}|20[0-9]{2})\)").expect("valid regex")
});
static YEAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(1[5-9][0-9]{2}|20[0-9]{2})\b").expect("valid regex"));
static PARENTHESISED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\(([^()]*)\)").expect("valid regex"));
/// A leading personal name followed by a comma: `Leon Trotsky,`, `Martens, Ludo,`.
static LEADING_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^((?:[\p{Lu}][\p{L}'’.-]*\s*){1,4}?(?:\s(?:de|von|van|der|la|le)\s[\p{Lu}][\p{L}'’-]*)?),")
        .expect("valid regex")
});

/// True when `text` reads as a bibliographic reference rather than prose: it carries
/// enough of the marks of one (pages, an imprint, a year, a volume, a leading name) and is short.
pub fn looks_like_citation(text: &str) -> bool {
    citation_score(text) >= CITATION
}

/// The score at which a paragraph reads as a reference wherever it stands.
pub const CITATION: i32 = 5;
/// The lower score enough for a short paragraph right after a quotation, where references stand.
pub const CITATION_AFTER_QUOTATION: i32 = 4;

/// How much `text` reads as a bibliographic reference: points for pages, an imprint, a year, a
/// volume, a leading name, brackets round the whole; points off for prose.
pub fn citation_score(text: &str) -> i32 {
    let text = text.trim();
    if text.is_empty() || text.chars().count() > 500 || starts_with_quote(text) {
        return 0;
    }
    let mut score = 0;
    if text.chars().count() <= 160 && (is_short_form(text) || forms::archival(text).is_some()) {
        score += CITATION;
    }
    if text.starts_with('[') && text.ends_with(']') {
        score += 1;
    }
    if PAGES.is_match(text) || pages::has_marked(text) {
        score += 2;
    }
    score += structure_points(text);
    if IMPRINT
        .captures_iter(text)
        .any(|c| c.get(1).is_some() || c.get(2).is_some_and(|p| p.as_str().len() < 60))
    {
        score += 2;
    }
    if YEAR.is_match(text) {
        score += 1;
    }
    if VOLUME.is_match(text) {
        score += 1;
    }
    if LEADING_NAME.is_match(strip_brackets(text)) {
        score += 1;
    }
    // Prose runs to many sentences, and is mostly lowercase words; a reference is mostly names,
    // titles and numbers.
    let sentences = text.matches(". ").count();
    if sentences > 4 {
        score -= 2;
    }
    if lowercase_share(text) > 0.72 {
        score -= 2;
    }
    score
}

/// Past this share of lowercase words, a paragraph's structure earns it nothing.
const PROSE_LOWERCASE_SHARE: f64 = 0.5;

/// The share of words that start with a lowercase letter.
fn lowercase_share(text: &str) -> f64 {
    let words: Vec<&str> = text.split_whitespace().collect();
    let lowercase = words
        .iter()
        .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
        .count();
    lowercase as f64 / words.len().max(1) as f64
}

fn starts_with_quote(text: &str) -> bool {
    text.starts_with(['`', '‘', '“', '"', '„', '«'])
}

fn strip_brackets(text: &str) -> &str {
    let text = text.trim();
    text.strip_prefix('[')
        .and_then(|t| t.strip_suffix(']'))
        .unwrap_or(text)
        .trim()
}

/// Points for the structure the reader finds: a reference has several of author, title,
/// place, publisher, year, volume, issue and pages.
fn structure_points(text: &str) -> i32 {
    // Prose that cites a book in passing has structure too; a reference is mostly names.
    if lowercase_share(text) > PROSE_LOWERCASE_SHARE {
        return 0;
    }
    let parts = CitationParts::parse(text);
    if parts.family == ReferenceFamily::Unstructured {
        return 0;
    }
    let found = [
        parts.author.is_some(),
        parts.work_title().is_some(),
        parts.place.is_some(),
        parts.publisher.is_some(),
        parts.year.is_some(),
        parts.volume.is_some(),
        parts.pages.is_some(),
        parts.number.is_some() || parts.issue.is_some(),
    ]
    .into_iter()
    .filter(|f| *f)
    .count();
    let form = match parts.family {
        ReferenceFamily::Bibliography | ReferenceFamily::AuthorDate => 2,
        ReferenceFamily::Periodical if parts.number.is_some() => 1,
        ReferenceFamily::Short | ReferenceFamily::ArchiveSeries => 1,
        _ => 0,
    };
    // `Editions Bélibaste, 1969`: a publisher and a year, in brackets or not.
    let imprint = if parts.publisher.is_some() && parts.year.is_some() {
        1
    } else {
        0
    };
    form + imprint
        + match found {
            0..=2 => 0,
            3 => 1,
            4 => 2,
            _ => 3,
        }
}

/// `Ibid., p. 5`, `Trotsky, op. cit.`, `a.a.O., S. 3`: a reference that points back.
fn is_short_form(text: &str) -> bool {
    forms::ibid(text).is_some()
        || forms::op_cit(text).is_some_and(|p| {
            p.pages.is_some() || p.author.is_some_and(|a| a.split_whitespace().count() <= 3)
        })
}

/// Runs of spaces (line breaks, no-break spaces) as one space, brackets round the whole and a
/// final full stop removed.
fn normalise(citation: &str) -> String {
    let spaced = citation.split_whitespace().collect::<Vec<_>>().join(" ");
    strip_brackets(&spaced)
        .trim_end_matches(['.', ' '])
        .to_string()
}

impl CitationParts {
    /// Reads the structure of a reference. Never fails: unknown parts stay `None`, and a
    /// reference with no structure at all is [`ReferenceFamily::Unstructured`].
    pub fn parse(citation: &str) -> CitationParts {
        let original = citation.trim().to_string();
        let text = normalise(citation);
        let short = forms::ibid(&text)
            .or_else(|| forms::op_cit(&text).filter(|_| is_short_form(&text)))
            .or_else(|| forms::archival(&text));
        if let Some(parts) = short {
            return CitationParts { original, ..parts };
        }
        let mut parts = CitationParts {
            original,
            ..CitationParts::default()
        };
        let mut rest = text;
        parts.pages = pages::take_marked(&mut rest);
        parts.title = take_under_the_title(&mut rest);
        let had_imprint = take_imprint(&mut rest, &mut parts);
        if parts.pages.is_none() {
            parts.pages = pages::take_bare_tail(&mut rest);
        }
        if let Some(c) = VOLUME.captures(&rest) {
            parts.volume = c.get(1).map(|g| g.as_str().to_string());
            let whole = c.get(0).map_or(0..0, |g| g.range());
            let keep_comma = rest[whole.clone()].starts_with(',');
            rest.replace_range(whole, if keep_comma { "," } else { " " });
        }
        let rest = rest.trim().to_string();
        if let Some(imprint) =
            forms::author_date(&rest, &mut parts).or_else(|| forms::inverted(&rest, &mut parts))
        {
            let imprint = imprint.to_string();
            items::read_items(&items::split_items(&imprint), &mut parts);
        } else {
            read_note_form(&rest, &mut parts);
            parts.family = note_family(&parts, had_imprint);
        }
        parts
    }
}

/// What a note-form reference is, from the parts found.
fn note_family(parts: &CitationParts, had_imprint: bool) -> ReferenceFamily {
    let imprint = had_imprint
        || parts.place.is_some()
        || parts.publisher.is_some()
        || parts.year.is_some()
        || parts.volume.is_some();
    if parts.issue.is_some() || (parts.number.is_some() && parts.title.is_none()) {
        ReferenceFamily::Periodical
    } else if parts.container.is_some()
        && parts.volume.is_some()
        && parts.title.is_none()
        && !had_imprint
    {
        ReferenceFamily::ArchiveSeries
    } else if !imprint && parts.pages.is_some() && parts.work_title().is_some() {
        ReferenceFamily::Short
    } else if parts.author.is_some() || parts.work_title().is_some() {
        ReferenceFamily::Full
    } else {
        ReferenceFamily::Unstructured
    }
}

/// `…, under the title “Thomas's Letter and Dewey's Speech”`: the title a text appeared under.
fn take_under_the_title(rest: &mut String) -> Option<String> {
    let folded = rest.to_lowercase();
    let lead = UNDER_THE_TITLE.iter().find_map(|l| folded.find(l))?;
    // Lower-casing may change byte lengths; only use the position when it is safe.
    if folded.len() != rest.len() {
        return None;
    }
    let quoted = &rest[lead..];
    let open = quoted.find(['“', '„', '«', '"', '‘'])?;
    let after = &quoted[open..];
    let first = after.chars().next()?;
    let inner = &after[first.len_utf8()..];
    let close = inner.find(['”', '“', '»', '"', '’'])?;
    let title = inner[..close].trim().to_string();
    let cut = rest[..lead].trim_end().trim_end_matches(',').len();
    rest.truncate(cut);
    (!title.is_empty()).then_some(title)
}

/// `(Paris: Union générale d'éditions, 1976)`: place, publisher and year, taken out.
fn take_imprint(rest: &mut String, parts: &mut CitationParts) -> bool {
    let Some(c) = IMPRINT.captures_iter(rest).last() else {
        return false;
    };
    parts.place = c.get(1).map(|g| g.as_str().trim().to_string());
    parts.publisher = c.get(2).map(|g| g.as_str().trim().to_string());
    parts.year = c.get(3).and_then(|g| g.as_str().parse().ok());
    let whole = c.get(0).map_or(0..0, |g| g.range());
    rest.replace_range(whole, "");
    true
}

/// A note form: a leading name, a work date in brackets, then comma items.
fn read_note_form(rest: &str, parts: &mut CitationParts) {
    let items_all = items::split_items(rest);
    // `Fourth International, Vol. 1 No. 2, …`: a name followed straight by an issue's number
    // is a periodical's, not an author's.
    let numbered = items_all.get(1).is_some_and(|i| NUMBER_ITEM.is_match(i));
    let periodical = numbered
        || items_all.len() > 1
            && items_all[1..]
                .iter()
                .find(|i| !NUMBER_ITEM.is_match(i))
                .and_then(|i| items::issue_date(i))
                .is_some();
    let body = if periodical {
        rest
    } else {
        take_author(rest, parts)
    };
    let mut body = body.to_string();
    for c in PARENTHESISED.captures_iter(&body.clone()) {
        let inner = c.get(1).map_or("", |g| g.as_str());
        let Some(date) = HistoricalDate::parse(inner) else {
            continue;
        };
        let whole = c.get(0).map_or(0..0, |g| g.range());
        parts.date = Some(date);
        if parts.author.is_some() && parts.title.is_none() {
            let title = body[..whole.start].trim().trim_matches([',', ' ']);
            parts.title = (!title.is_empty()).then(|| items::unquote(title).to_string());
            body = body[whole.end..]
                .trim_start_matches(['.', ',', ' '])
                .to_string();
        } else {
            body.replace_range(whole, "");
        }
        break;
    }
    let list = items::split_items(&body);
    items::read_items(&list, parts);
}

static NUMBER_ITEM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?i:no|nr|n°|№|num|número|heft|issue)\.?\s*\d+").expect("valid regex")
});
/// `ЛЕНИН В.И.`-style: a surname and initials opening the reference.
static SURNAME_INITIALS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^([\p{Lu}][\p{Ll}]+) ((?:[\p{Lu}]\.\s?){1,3})\s*(.+)$").expect("valid regex")
});
/// `LUXEMBURG Rosa, …`: a surname in capitals and the given name.
static UPPER_SURNAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(\p{Lu}{2,}[\p{Lu}'-]*) ([\p{Lu}][\p{Ll}][\p{L}'-]*(?: [\p{Lu}][\p{Ll}]+)?), (.+)$",
    )
    .expect("valid regex")
});
/// `Lenin Collected Works`: a name glued to its collected edition.
static NAME_AND_EDITION: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^([\p{Lu}][\p{L}'’-]+) (\p{Lu}.+)$").expect("valid regex"));

/// Takes a leading author off `rest`, in whichever of the written forms it comes; returns what
/// is left.
fn take_author<'t>(rest: &'t str, parts: &mut CitationParts) -> &'t str {
    let first_item = items::split_items(rest).first().copied().unwrap_or("");
    if let Some(c) = NAME_AND_EDITION
        .captures(first_item)
        .filter(|_| !items::is_collected_edition(first_item))
        && items::is_collected_edition(c.get(2).map_or("", |g| g.as_str()))
    {
        let name = c.get(1).map_or("", |g| g.as_str());
        parts.author = Some(name.to_string());
        parts.surname = Some(name.to_string());
        parts.container = c.get(2).map(|g| g.as_str().to_string());
        return rest[first_item.len()..].trim_start_matches([',', ' ']);
    }
    if let Some(c) = UPPER_SURNAME.captures(rest) {
        let surname = title_case(c.get(1).map_or("", |g| g.as_str()));
        let given = c.get(2).map_or("", |g| g.as_str());
        parts.author = Some(format!("{given} {surname}"));
        parts.surname = Some(surname);
        return c.get(3).map_or("", |g| g.as_str());
    }
    if let Some(c) = SURNAME_INITIALS.captures(rest) {
        let surname = c.get(1).map_or("", |g| g.as_str());
        let initials = c.get(2).map_or("", |g| g.as_str()).trim();
        parts.author = Some(format!("{initials} {surname}"));
        parts.surname = Some(surname.to_string());
        return c.get(3).map_or("", |g| g.as_str());
    }
    match LEADING_NAME.captures(rest) {
        Some(c) if is_personal_name(c.get(1).map_or("", |g| g.as_str())) => {
            let name = clean(c.get(1).map_or("", |g| g.as_str()));
            parts.surname = Some(forms::surname_of(&name));
            parts.author = Some(name);
            rest[c.get(0).map_or(0, |g| g.end())..].trim_start()
        }
        _ => rest,
    }
}

/// A leading capitalised phrase that is a person's name, not a book, a series or a place.
fn is_personal_name(name: &str) -> bool {
    const ARTICLES: &[&str] = &[
        "the", "a", "le", "la", "les", "die", "der", "das", "el", "il",
    ];
    let first = name.split_whitespace().next().map(fold).unwrap_or_default();
    name.split_whitespace().count() <= 3
        && !ARTICLES.contains(&first.as_str())
        && !items::is_collected_edition(name)
        && !items::is_publisher(name)
        && !items::is_place(name)
        && !IBID.contains(&fold(name).as_str())
}

/// `LUXEMBURG` → `Luxemburg`.
fn title_case(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first
            .to_uppercase()
            .chain(chars.flat_map(char::to_lowercase))
            .collect(),
        None => String::new(),
    }
}

fn clean(text: &str) -> String {
    text.trim()
        .trim_matches(|c: char| c == ',' || c == '.' || c.is_whitespace())
        .to_string()
}

#[cfg(test)]
mod tests;
