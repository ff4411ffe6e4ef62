//! One header line, recognised by its shape: a breadcrumb, an archive code line, a labelled
//! field (`Written:`, `Quelle:`, `Publisher:`), `Author: Title`, a date line (with a place, in
//! parentheses or in the editors' brackets), a bracketed source, a byline, or a short line.
//!
//! In: one line of text. Out: a [`HeaderLine`], or `None` when the line is prose (the body has
//! begun). Also the small readers the body shares: [`date_line`], [`field_role`],
//! [`is_name_like`].

use std::sync::LazyLock;

use regex::Regex;

use crate::lexicon::fold;

use crate::parse::citation_parts::{CitationParts, looks_like_citation};
use crate::parse::dates::HistoricalDate;
use crate::parse::dates::find_dates;

/// A title or byline is at most this many characters.
const MAX_TITLE_CHARS: usize = 160;

/// What one header line is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum HeaderLine {
    Breadcrumb(Vec<String>),
    Code {
        author: String,
        date: HistoricalDate,
        title: String,
    },
    Field {
        role: FieldRole,
        label: String,
        value: String,
    },
    Date {
        place: Option<String>,
        date: HistoricalDate,
    },
    Source(String),
    AuthorTitle {
        author: String,
        title: String,
    },
    Byline(String),
    Short(String),
    /// The edition a page belongs to (`Ленин В.И. Полное собрание сочинений Том 47`), with the
    /// author it opens with, if any.
    Collection {
        author: Option<String>,
        value: String,
    },
}

/// What a labelled field contributes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldRole {
    /// The date (and maybe place) of writing.
    Written,
    /// Where and when the text was first published.
    Published,
    /// When this edition of the text (a digital library's file) was released.
    Released,
    /// A source reference.
    Source,
    /// Recorded only.
    Other,
    /// The author's name.
    Author,
    /// The title.
    Title,
}

/// Our label for each field label the lexicons know: folded label → our English label, whose
/// role [`role_of_label`] gives.
fn our_label(folded: &str) -> Option<&'static str> {
    crate::lexicon::ALL.iter().find_map(|lexicon| {
        lexicon
            .field_labels
            .iter()
            .find(|(label, _)| *label == folded)
            .map(|&(_, ours)| ours)
    })
}

/// What a field with our label contributes.
fn role_of_label(ours: &str) -> FieldRole {
    match ours {
        "Written" | "Delivered" | "Date" => FieldRole::Written,
        "Source" => FieldRole::Source,
        "First published" | "Published" => FieldRole::Published,
        "Released" => FieldRole::Released,
        "Author" => FieldRole::Author,
        "Title" => FieldRole::Title,
        _ => FieldRole::Other,
    }
}

static CODE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(\S.*?)\s+((?:1[0-9]|20)[0-9]{2}[01][0-9][0-3][0-9])\s+(\S.*)$")
        .expect("valid regex")
});
static LABELLED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^([^:\[\]]{2,60}?)\s*:\s*(.*)$").expect("valid regex"));
/// `Толстой Л. Н. - Черткову В. Г., 14 января 1906 г.`: a library's heading, the author and
/// the title joined by a spaced dash. The author must have a person's shape (`Paris - 1870` is
/// no author), and the title at most [`MAX_DASH_TITLE_WORDS`] words with no sentence break.
static AUTHOR_DASH_TITLE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(\S[^-–—]{2,60}?)\s+[-–—]\s+(\S.*)$").expect("valid regex"));
const MAX_DASH_TITLE_WORDS: usize = 14;
/// `by Leon Trotsky`, `di Antonio Gramsci`: a byline, with the lexicons' [`by_words`].
///
/// [`by_words`]: crate::lexicon::Lexicon::by_words
static BYLINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?i)^(?:{})\s+(\S.*)$", by_words())).expect("valid regex")
});
/// `The Gentleman's Model Letter-writer, by Anonymous`: a title with its byline after a comma.
static TITLE_BY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"^(\S.*?),\s+(?i:{})\s+(\S.*)$", by_words())).expect("valid regex")
});

/// Every language's byline words as a regex alternation.
fn by_words() -> String {
    let words: Vec<String> = crate::lexicon::ALL
        .iter()
        .flat_map(|l| l.by_words.iter())
        .map(|w| regex::escape(w))
        .collect();
    words.join("|")
}

/// What digital libraries put before a title: `Project Gutenberg's The Gentleman's ...`.
const TITLE_PREFIXES: &[&str] = &[
    "The Project Gutenberg EBook of ",
    "The Project Gutenberg eBook of ",
    "The Project Gutenberg Etext of ",
    "Project Gutenberg's ",
    "Project Gutenberg’s ",
];

/// The name a byline gives (`by Leon Trotsky`, `di Antonio Gramsci`), when it is a person's.
pub fn byline_name(line: &str) -> Option<String> {
    let c = BYLINE.captures(line.trim())?;
    let name = c[1].trim().trim_end_matches('.');
    is_person_name(name).then(|| name.to_string())
}

/// Recognises one line by its shape.
pub(super) fn classify(line: &str) -> Option<HeaderLine> {
    if line.is_empty() {
        return None;
    }
    if let Some(crumbs) = breadcrumb(line) {
        return Some(HeaderLine::Breadcrumb(crumbs));
    }
    if let Some(inner) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
        // Brackets are the editors': a date (and place) they supplied, or the source.
        return match date_line(inner) {
            Some((place, mut date)) => {
                date.supplied = true;
                Some(HeaderLine::Date { place, date })
            }
            None => classify_labelled(inner.trim()).or_else(|| {
                Some(if looks_like_citation(line) {
                    HeaderLine::Source(line.to_string())
                } else {
                    HeaderLine::Field {
                        role: FieldRole::Other,
                        label: "Editors' note".to_string(),
                        value: line.to_string(),
                    }
                })
            }),
        };
    }
    if let Some(inner) = line.strip_prefix('(').and_then(|l| l.strip_suffix(')'))
        && let Some((place, date)) = date_line(inner)
    {
        return Some(HeaderLine::Date { place, date });
    }
    if let Some(c) = CODE_LINE.captures(line)
        && let Some(date) = HistoricalDate::parse(&c[2])
    {
        return Some(HeaderLine::Code {
            author: c[1].trim().to_string(),
            date,
            title: c[3].trim().to_string(),
        });
    }
    if let Some(labelled) = classify_labelled(line) {
        return Some(labelled);
    }
    if let Some((place, date)) = date_line(line) {
        return Some(HeaderLine::Date { place, date });
    }
    if let Some(c) = LABELLED.captures(line)
        && is_name_like(&c[1])
        && !c[2].trim().is_empty()
        && is_short_line(&c[2])
    {
        return Some(HeaderLine::AuthorTitle {
            author: c[1].trim().to_string(),
            title: c[2].trim().to_string(),
        });
    }
    if let Some(c) = AUTHOR_DASH_TITLE.captures(line)
        && is_person_name(c[1].trim())
        && c[2].split_whitespace().count() <= MAX_DASH_TITLE_WORDS
        && !has_sentence_break(&c[2])
    {
        return Some(HeaderLine::AuthorTitle {
            author: c[1].trim().to_string(),
            title: c[2].trim().to_string(),
        });
    }
    if looks_like_citation(line) {
        return Some(HeaderLine::Source(line.to_string()));
    }
    if let Some(c) = BYLINE.captures(line)
        && is_name_like(&c[1])
    {
        return Some(HeaderLine::Byline(c[1].trim().to_string()));
    }
    if let Some(c) = TITLE_BY.captures(line)
        && is_name_like(&c[2])
        && is_short_line(&c[1])
    {
        let title = TITLE_PREFIXES
            .iter()
            .find_map(|p| c[1].strip_prefix(p))
            .unwrap_or(&c[1])
            .trim()
            .to_string();
        let author = c[2].trim().to_string();
        let no_one =
            crate::lexicon::any_language_has(&crate::lexicon::fold(&author), |l| l.anonymous_words);
        return Some(if no_one {
            HeaderLine::Short(title)
        } else {
            HeaderLine::AuthorTitle { author, title }
        });
    }
    if let Some(collection) = collection_line(line) {
        return Some(collection);
    }
    if is_street_address(line) {
        return Some(HeaderLine::Field {
            role: FieldRole::Other,
            label: "Address".to_string(),
            value: line.to_string(),
        });
    }
    // A letter's title in lower case (`carta de Fernando Pessoa a Ofélia Queiroz*`, a blog's):
    // its sender-and-addressee shape makes it a title all the same.
    if is_short_line(line)
        || (line.split_whitespace().count() <= MAX_LOWER_CASE_TITLE_WORDS
            && !line.ends_with(['.', ',', ';', ':'])
            && crate::parse::title::sender_in_title(line.trim_end_matches(['*', '†'])).is_some())
    {
        return Some(HeaderLine::Short(line.to_string()));
    }
    None
}

/// The role and value of a labelled line such as `Source: ...` or `Quelle: ...`.
pub fn field_role(line: &str) -> Option<(FieldRole, String)> {
    match classify_labelled(line.trim())? {
        HeaderLine::Field { role, value, .. } => Some((role, value)),
        _ => None,
    }
}

/// The role and our label of a lower-case field label: one the lexicons know
/// ([`Lexicon::field_labels`]), or any other label of catalogue data ([`is_metadata_label`]),
/// which has none of ours (it is recorded as written).
///
/// [`Lexicon::field_labels`]: crate::lexicon::Lexicon::field_labels
fn known_label(key: &str) -> Option<(FieldRole, Option<&'static str>)> {
    let folded = crate::lexicon::fold(key);
    match our_label(&folded) {
        Some(ours) => Some((role_of_label(ours), Some(ours))),
        None if is_metadata_label(&folded) => Some((FieldRole::Other, None)),
        None => None,
    }
}

/// Labels of catalogue and archive data that have none of our labels but are clearly not an
/// author's name: `Publisher:`, `Herausgeber:` ([`Lexicon::metadata_labels`]), `Scanned by:`,
/// `Republished:`. `folded` is the label [`fold`]ed.
///
/// [`Lexicon::metadata_labels`]: crate::lexicon::Lexicon::metadata_labels
/// [`fold`]: crate::lexicon::fold
fn is_metadata_label(folded: &str) -> bool {
    let single_word = !folded.contains(' ');
    crate::lexicon::any_language_has(folded, |l| l.metadata_labels)
        || folded.ends_with(" by")
        || folded.ends_with(" von")
        || (single_word && folded.ends_with("ed"))
}

/// Where a second field begins inside a field's value: `январь 1905 г., опубл.: 1930 г.
/// Источник: ...` holds three fields on one line, as a catalogue's header row does. The position
/// is that of a known label ([`our_label`]) after a space and before a colon.
pub(super) fn embedded_field_start(value: &str) -> Option<usize> {
    let lower = value.to_lowercase();
    if lower.len() != value.len() {
        return None; // byte positions would not carry over
    }
    crate::lexicon::ALL
        .iter()
        .flat_map(|lexicon| lexicon.field_labels.iter())
        .filter_map(|(key, _)| {
            lower.match_indices(key).find_map(|(at, _)| {
                let after = lower[at + key.len()..].trim_start();
                let spaced = at > 0 && lower[..at].ends_with(char::is_whitespace);
                (spaced && after.starts_with(':')).then_some(at)
            })
        })
        .min()
}

fn classify_labelled(line: &str) -> Option<HeaderLine> {
    let c = LABELLED.captures(line)?;
    let key = c[1].trim().to_lowercase();
    let (role, label) = match known_label(&key) {
        Some((role, label)) => (role, label.unwrap_or(c[1].trim()).to_string()),
        None => {
            // `Transcription\Markup`, `Übersetzung u. Kommentar`: labels joined into one; the
            // first part's role is the field's.
            let parts: Vec<&str> = key
                .split(['\\', '/', '&', '+'])
                .flat_map(|p| p.split(" and "))
                .flat_map(|p| p.split(" und "))
                .flat_map(|p| p.split(" u. "))
                .flat_map(|p| p.split(" et "))
                .map(str::trim)
                .collect();
            let roles: Option<Vec<FieldRole>> = parts
                .iter()
                .map(|p| known_label(p).map(|(role, _)| role))
                .collect();
            match roles {
                Some(roles) if parts.len() > 1 => (roles[0], c[1].trim().to_string()),
                _ => return None,
            }
        }
    };
    Some(HeaderLine::Field {
        role,
        label,
        value: c[2].trim().to_string(),
    })
}

/// A letterhead's street address (`6 Rue François 1er`, `Cranachstrasse 58`, `Via Po 12`): at
/// most [`MAX_ADDRESS_LINE_WORDS`] words, a number among them, and a street word of some
/// language (a whole word, or in German the end of a compound). It is the letter's, not a title.
fn is_street_address(line: &str) -> bool {
    use crate::lexicon::{ALL, fold};
    let words: Vec<String> = line
        .split_whitespace()
        .map(|w| fold(crate::lexicon::bare_word(w)))
        .collect();
    // A house number (`6`, `58`, `12a`, `1er`), not a year.
    let numbered = words.iter().any(|w| {
        let digits: String = w.chars().take_while(char::is_ascii_digit).collect();
        digits.parse::<u32>().is_ok_and(|n| n < HOUSE_NUMBER_BELOW)
    });
    let street = words.iter().any(|w| {
        ALL.iter().any(|l| {
            l.street_words.contains(&w.as_str())
                || (l.code == "de"
                    && l.street_words
                        .iter()
                        .any(|s| s.len() > 3 && w.len() > s.len() && w.ends_with(s)))
        })
    });
    (2..=MAX_ADDRESS_LINE_WORDS).contains(&words.len())
        && numbered
        && street
        && !line.ends_with('.')
}
const MAX_ADDRESS_LINE_WORDS: usize = 8;
/// A letter's title in lower case has at most this many words, and no final punctuation.
const MAX_LOWER_CASE_TITLE_WORDS: usize = 12;
/// A house number is below this; a larger number is a year.
const HOUSE_NUMBER_BELOW: u32 = 1000;

/// A line naming the edition a page belongs to, not the text: a collected edition's name
/// (`Collected Works`, `Полное собрание сочинений`) or a volume and its number (`Том 25`,
/// `Vol. 14`, `Band 3`), in a line of at most [`MAX_COLLECTION_WORDS`] words. A person's name
/// opening it (`Ленин В.И. Полное ...`) is the edition's author.
pub(super) fn collection_line(line: &str) -> Option<HeaderLine> {
    use crate::lexicon::{ALL, fold};
    let words: Vec<&str> = line.split_whitespace().collect();
    if words.len() > MAX_COLLECTION_WORDS {
        return None;
    }
    let folded: Vec<String> = words
        .iter()
        .map(|w| fold(crate::lexicon::bare_word(w)))
        .collect();
    let is_number = |w: &str| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        !w.is_empty()
            && (w.chars().all(|c| c.is_ascii_digit()) || w.chars().all(|c| "IVXLC".contains(c)))
    };
    let volume_at = (0..words.len().saturating_sub(1)).find(|&i| {
        ALL.iter()
            .any(|l| l.volume_words.contains(&folded[i].as_str()))
            && is_number(words[i + 1])
    });
    // Where a collected edition's name begins, and how many words it takes.
    let phrase_at = (0..words.len()).find_map(|i| {
        ALL.iter()
            .flat_map(|l| l.collection_phrases.iter())
            .find_map(|phrase| {
                let n = phrase.split(' ').count();
                (i + n <= folded.len() && folded[i..i + n].join(" ") == *phrase).then_some((i, n))
            })
    });
    let at = phrase_at.map(|(i, _)| i).or(volume_at)?;
    let before = words[..at].join(" ");
    let author = collection_author_name(&before).or_else(|| {
        // `Briefausgabe Friedrich Fröbel`, `Œuvres complètes de Victor Hugo`: the name after.
        phrase_at.and_then(|(i, n)| name_after_phrase(&words[i + n..]))
    });
    Some(HeaderLine::Collection {
        author,
        value: line.to_string(),
    })
}
const MAX_COLLECTION_WORDS: usize = 14;

/// The author opening a collected edition's name: a person's name (`Ленин В.И.`), or one
/// capitalised word that is no common word (`Lenin Collected Works`): before a collected
/// edition's name, a surname alone says whose works they are.
fn collection_author_name(before: &str) -> Option<String> {
    let one_surname = !before.contains(' ')
        && !before.contains('-')
        && before.chars().next().is_some_and(char::is_uppercase)
        && before.chars().all(char::is_alphabetic)
        && before.chars().count() >= 3
        && !crate::lexicon::is_common_word(&crate::lexicon::fold(before));
    (is_person_name(before) || one_surname).then(|| before.to_string())
}

/// The person named right after a collected edition's name (`Briefausgabe Friedrich Fröbel`,
/// `Collected Works of Karl Marx`): capitalised words after an optional `of`, `von`, `de`, `di`,
/// up to a comma or a word glued to the next one where a page lost a space
/// (`FröbelBibliothek` ends the name at `Fröbel`).
fn name_after_phrase(words: &[&str]) -> Option<String> {
    let words = match words.first() {
        Some(first) if has(first, |l| l.name_connectives) => &words[1..],
        _ => words,
    };
    let mut name: Vec<String> = Vec::new();
    for word in words.iter().take(MAX_NAME_AFTER_PHRASE_WORDS) {
        if !word.chars().next().is_some_and(char::is_uppercase) {
            break;
        }
        let chars: Vec<char> = word.chars().collect();
        let glued =
            (1..chars.len()).find(|&i| chars[i].is_uppercase() && chars[i - 1].is_lowercase());
        match glued {
            Some(at) => {
                name.push(chars[..at].iter().collect());
                break;
            }
            None => name.push(word.trim_end_matches([',', ';', '.']).to_string()),
        }
        if word.ends_with([',', ';']) {
            break;
        }
    }
    let name = name.join(" ");
    is_person_name(&name).then_some(name)
}
const MAX_NAME_AFTER_PHRASE_WORDS: usize = 4;

/// True when `text` holds a full stop ending a word of three letters or more before its last
/// word: a sentence ends inside it (initials, `В. Г.`, and abbreviations, `v.`, `г.`, do not).
fn has_sentence_break(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    words
        .iter()
        .take(words.len().saturating_sub(1))
        .any(|w| w.ends_with('.') && w.chars().filter(|c| c.is_alphabetic()).count() >= 3)
}

/// `Leon Trotsky > 1938 >` → its non-empty parts.
fn breadcrumb(line: &str) -> Option<Vec<String>> {
    if !(line.contains(" > ") || line.ends_with(" >") || line.ends_with('>')) || line.len() > 200 {
        return None;
    }
    let parts: Vec<String> = line
        .split('>')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(str::to_string)
        .collect();
    (!parts.is_empty()).then_some(parts)
}

/// `March 6, 1938` or `Coyoacán, March 6, 1938` (also `March 6, 1938, Coyoacán`).
pub fn date_line(line: &str) -> Option<(Option<String>, HistoricalDate)> {
    // Quotation marks a letter is quoted in (`«Lovere, 7 agosto 1859.`) are not the line's.
    let line = crate::parse::roles::shapes::without_quote_marks(line);
    if let Some(date) = HistoricalDate::parse(line) {
        return Some((None, date));
    }
    // A place may itself hold commas (`Coyoacán, D.F., March 6, 1938`): try every split.
    for (at, _) in line.match_indices(',') {
        let (before, after) = (place_of(&line[..at]), place_of(&line[at + 1..]));
        let place = place_with_address(before);
        if let Some(place) = place
            && let Some(date) = HistoricalDate::parse(&line[at + 1..])
        {
            return Some((Some(place.to_string()), date));
        }
        if is_place_like(after)
            && let Some(date) = HistoricalDate::parse(&line[..at])
        {
            return Some((Some(after.to_string()), date));
        }
    }
    place_and_date_without_comma(line)
}

/// `Paris le 3 mars 1935`, `Verona den 16. 8ber 1848`, `24 сентября 1898 г. Ялта.`,
/// `Guadalajara, a 13 de diciembre de 1810.`: one date in the line, and around it nothing but a
/// place, the connecting word a dateline uses (`le`, `den`, `a`, `am`) and a year word (`г.`).
fn place_and_date_without_comma(line: &str) -> Option<(Option<String>, HistoricalDate)> {
    let found = find_dates(line);
    let [mention] = found.as_slice() else {
        return None;
    };
    let clean = |s: &str| {
        s.trim()
            .trim_matches([',', '.', ';', ' '])
            .trim()
            .to_string()
    };
    let mut before: Vec<&str> = line[..mention.range.start].split_whitespace().collect();
    if before
        .last()
        .is_some_and(|w| has(&fold(w), |l| l.dateline_connectors))
    {
        before.pop();
    }
    // `du mardi 20 mai`, `Sonntag den 5. März`: a weekday (and the word before it) is not a
    // place.
    let is_weekday = |w: &str| {
        let w = crate::lexicon::fold(w.trim_end_matches([',', '.']));
        crate::lexicon::any_language_has(&w, |l| l.weekdays)
    };
    // With a comma (`sexta-feira, 20 de abril de 2007`) the line is as often a page's stamp as
    // a letter's dateline: left unread.
    if before
        .last()
        .is_some_and(|w| is_weekday(w) && !w.ends_with(','))
    {
        before.pop();
        if before.len() == 1 && before[0].chars().all(char::is_lowercase) {
            before.pop();
        }
    }
    let before = clean(&before.join(" "));
    let after: Vec<&str> = line[mention.range.end..]
        .split_whitespace()
        .filter(|w| !has(&fold(w.trim_end_matches([',', '.'])), |l| l.year_words))
        .collect();
    let after = clean(&after.join(" ")).trim_end_matches('.').to_string();
    let led = before
        .split_whitespace()
        .next()
        .is_some_and(|w| has(&fold(w), |l| l.date_leads)); // `Since 1923`, `In March 1917`
    let place_ok = |p: &str| p.is_empty() || is_place_like(p);
    if led || !place_ok(&before) || !place_ok(&after) || (!before.is_empty() && !after.is_empty()) {
        return None;
    }
    let place = [before, after].into_iter().find(|p| !p.is_empty());
    Some((place, mention.date.clone()))
}

/// The date in a `First published:` line: a date standing alone, or the edition's year or
/// issue in a reference (`Writings of Leon Trotsky 1937-38, Pathfinder, 1976` → 1976).
pub(super) fn publication_date(value: &str) -> Option<HistoricalDate> {
    if let Some((_, date)) = date_line(value.trim().trim_end_matches('.')) {
        return Some(date);
    }
    let parts = CitationParts::parse(value);
    parts.issue.or_else(|| {
        parts
            .year
            .and_then(|year| HistoricalDate::parse(&year.to_string()))
    })
}

/// The place of a dateline's head: a place (`Coyoacán`), or a place and a street address
/// after it (`Friedenau, Cranachstrasse 58`: at most [`ADDRESS_MAX_WORDS`] words with a
/// number), kept whole as the place the letter was written at.
fn place_with_address(head: &str) -> Option<&str> {
    if is_place_like(head) {
        return Some(head);
    }
    let (place, address) = head.split_once(',')?;
    let address = address.trim();
    let is_address = address.split_whitespace().count() <= ADDRESS_MAX_WORDS
        && address.chars().any(|c| c.is_ascii_digit())
        && address.chars().next().is_some_and(char::is_uppercase)
        && !address.contains(['.', ';', ':']);
    (is_place_like(place) && is_address).then_some(head.trim())
}
const ADDRESS_MAX_WORDS: usize = 5;

/// `Written in Coyoacán` → `Coyoacán`.
fn place_of(text: &str) -> &str {
    let text = text.trim();
    match crate::lexicon::longest_start(&fold(text), |l| l.written_at) {
        Some(lead_words) => text
            .splitn(lead_words + 1, char::is_whitespace)
            .nth(lead_words)
            .map_or(text, str::trim),
        None => text,
    }
}

/// A place: one to five words, each capitalised but for the particles place names use
/// (`Rio de Janeiro`, `Frankfurt am Main`); `Letter to Jan Frankel` is a title, not a place.
fn is_place_like(text: &str) -> bool {
    let is_particle = |w: &str| has(w, |l| l.place_particles);
    let text = text.trim();
    let words: Vec<&str> = text.split_whitespace().collect();
    (1..=5).contains(&words.len())
        && text.chars().next().is_some_and(char::is_uppercase)
        && !text
            .chars()
            .any(|c| c.is_ascii_digit() || ":;!?()\"«»“”".contains(c))
        && words
            .iter()
            .all(|w| is_particle(w) || w.chars().next().is_some_and(|c| !c.is_lowercase()))
        && !words.last().is_some_and(|w| is_particle(w)) // `Written on`
}

/// One to five capitalised words (initials and particles allowed): `Leon Trotsky`, `L. Trotsky`,
/// `Rosa Luxemburg`, `Ludwig van Beethoven`.
pub fn is_name_like(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    !words.is_empty()
        && words.len() <= 5
        // Titles start with an article (`The`, `Der`, `Le`); names do not.
        && !(words[0].starts_with(char::is_uppercase) && has(&fold(words[0]), |l| l.title_articles))
        && words.iter().all(|w| {
            has(w, |l| l.name_particles) || w.chars().next().is_some_and(char::is_uppercase)
        })
        && !text
            .chars()
            .any(|c| c.is_ascii_digit() || c == ',' || c == '"')
}

/// `line` without a note marker glued to its end: `[12]`, `(3)`, or digits right after a
/// letter or punctuation (`end.12`), never digits after a space.
fn without_final_marker(line: &str) -> &str {
    let line = line.trim_end();
    for (open, close) in [('[', ']'), ('(', ')')] {
        if let Some(inner) = line.strip_suffix(close)
            && let Some(at) = inner.rfind(open)
            && inner[at + 1..].chars().all(|c| c.is_ascii_digit())
            && at + 1 < inner.len()
        {
            return &line[..at];
        }
    }
    let digits = line.len() - line.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    let before = line[..line.len() - digits].chars().next_back();
    if (1..=3).contains(&digits)
        && before.is_some_and(|c| !c.is_whitespace() && !c.is_ascii_digit())
    {
        return &line[..line.len() - digits];
    }
    line
}

/// A person's name as an author line gives it, without a label or a byline to say so: the shape
/// of a name ([`is_name_like`]) in two words at least, not all in capitals, with no word that
/// names a collection or a period (`Papers`, `Works`, `Archive`, `Siglo XIX`).
pub fn is_person_name(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let letters: String = text.chars().filter(|c| c.is_alphabetic()).collect();
    let roman = |w: &str| w.len() > 1 && w.chars().all(|c| "IVXLC".contains(c));
    is_name_like(text)
        && words.len() >= 2
        && letters.chars().any(char::is_lowercase)
        && !words.iter().any(|w| {
            roman(w)
                || has(&fold(w.trim_end_matches(['.', ','])), |l| {
                    l.collection_words
                })
        })
}

/// True when some language's table picked by `table` holds `word` (folded or lower case).
fn has(word: &str, table: fn(&crate::lexicon::Lexicon) -> &'static [&'static str]) -> bool {
    crate::lexicon::any_language_has(word, table)
}

/// A title-like line: short, and not ending like a sentence or a salutation.
fn is_short_line(line: &str) -> bool {
    let line = line.trim();
    // A sentence ending in a note marker (`end.[1]`, `end.12`) or a closing quote is still a
    // sentence; a year after a space (`May 10, 1939`) is not a marker.
    let ending = without_final_marker(line)
        .trim_end_matches(|c: char| "'’\"”»".contains(c))
        .trim_end();
    let salutation = line.ends_with('!') && line.split_whitespace().count() <= 3;
    line.chars().count() <= MAX_TITLE_CHARS
        && !salutation
        && !ending.ends_with(['.', ',', ';', ':'])
        && line.split_whitespace().count() <= 20
        && line.chars().next().is_some_and(|c| !c.is_lowercase())
}
