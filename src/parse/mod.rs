//! Stage 2, parse: plain-text seed files → [`Document`]s.
//!
//! In: a [`SeedFile`] (the file's name and its text). Out: a [`Document`] with the header's
//! metadata, numbered paragraphs, block quotations and numbered notes, plus warnings for texts
//! from which little could be read. Seeds are plain text, never Markdown: CommonMark would turn
//! `` `quoted' `` phrases into code, so they are read by this parser of our own.
//!
//! The steps: split into blocks ([`blocks`]), read the header ([`header`]), find the text's own
//! notes ([`endnotes`]), build the body ([`body`]), then number the notes in the order their
//! markers appear, the source of the whole text first (its marker sits on the title).

pub mod blocks;
pub mod body;
pub mod citation_parts;
pub mod dates;
pub mod endnotes;
pub mod header;
pub mod language;
pub mod quotes;
pub mod roles;
pub mod title;

use crate::error::Diagnostic;
use crate::load::SeedFile;
use crate::model::document::remap_notes;
use crate::model::{Block, Document, HeaderField, Note, NoteKind, SpanKind};
use body::{Body, PendingNote, parse_body};
use header::{Header, date_line, parse_header};
use title::{
    date_in_title, issuer_in_title, sender_before_letter, sender_in_title, status_in_title,
    without_note_marker,
};

/// How many closing paragraphs may hold the text's date ("Coyoacán, March 6, 1938").
const CLOSING_PARAGRAPHS: usize = 3;
/// How many opening paragraphs may hold it, and how long a paragraph before it may be.
const OPENING_PARAGRAPHS: usize = 3;
const OPENING_LINE_MAX: usize = 120;

/// Parses one seed file. Never fails: a text with no recognisable structure still becomes a
/// document (its paragraphs are its blocks), with a warning.
pub fn parse_document(seed: &SeedFile) -> (Document, Vec<Diagnostic>) {
    let text = seed.text.strip_prefix('\u{feff}').unwrap_or(&seed.text);
    let readings = roles::read_lines(text);
    let reading_text = roles::reading_text(text, &readings);
    let blocks = roles::split_header_blocks(blocks::split_blocks(&reading_text), &readings);
    let header = parse_header(&blocks, &readings);
    let header_text: String = blocks[..header.blocks]
        .iter()
        .map(|b| b.text())
        .collect::<Vec<_>>()
        .join("\n");
    let after_header = endnotes::split_trailing_note_lines(&blocks[header.blocks..]);
    let after_header = &after_header[..];
    let end_notes = endnotes::find_end_notes(after_header, &header_text).unwrap_or_default();
    let body_blocks: Vec<_> = match end_notes.notes.is_empty() {
        true => after_header.to_vec(),
        false => [
            &after_header[..end_notes.start],
            &after_header[end_notes.end..],
        ]
        .concat(),
    };
    let body = parse_body(&body_blocks, &end_notes.notes);
    let mut header = header;
    if header.title.is_none()
        && let Some(first) = body_blocks.first()
        && let Some(head) = flattened_head(&first.text())
    {
        // A page flattened into one line opens with `Author: Title (date)`: read its head,
        // leave the line itself in the text.
        header.title = Some(head.title);
        if header.authors.is_empty() {
            header.authors.push(head.author);
        }
        if header.date.is_none() {
            header.date = Some(head.date);
        }
    }
    let mut document = assemble(seed, header, body);
    (document.posted, document.page_updated) = roles::stamp_dates(text, &readings);
    document.addressee = roles::addressee(text, &readings);
    if document.released.is_none() {
        // A digital library's `Release Date:` line below its licence text, past the header.
        document.released = roles::split_lines(text)
            .into_iter()
            .zip(&readings)
            .filter(|(_, r)| r.role == roles::LineRole::Field)
            .find_map(|(line, _)| match header::field_role(line) {
                Some((header::FieldRole::Released, value)) => {
                    dates::find_dates(&value).into_iter().next().map(|m| m.date)
                }
                _ => None,
            });
    }
    if document.authors.is_empty()
        && let Some(author) =
            roles::foot_byline(&readings).or_else(|| roles::signed_author(&readings))
    {
        document.authors.push(author);
    }
    if document.title.is_none()
        && let Some((title, author)) = roles::book_foot(text, &readings)
    {
        // An e-book viewer's page: the book's title and author stand at its foot.
        document.title = Some(title);
        if document.authors.is_empty() {
            document.authors.push(author);
        }
    }
    if document.authors.is_empty()
        && let Some(sender) = document.title.as_deref().and_then(|title| {
            sender_in_title(title)
                .or_else(|| sender_before_letter(title))
                .or_else(|| issuer_in_title(title))
        })
    {
        document.authors.push(sender);
    }

    let mut warnings = Vec::new();
    if document.title.is_none() {
        warnings.push(Diagnostic::warning(
            &seed.path,
            "no title found; the page is titled after the file name (set `title` in its content/texts/ file)",
        ));
    }
    if document.paragraphs().next().is_none() {
        warnings.push(Diagnostic::warning(
            &seed.path,
            "no text found in this file",
        ));
    }
    (document, warnings)
}

fn assemble(seed: &SeedFile, header: Header, body: Body) -> Document {
    let body_text: String = body
        .blocks
        .iter()
        .flat_map(block_texts)
        .collect::<Vec<_>>()
        .join("\n");
    let mut date = header.date;
    let mut place = header.place;
    let mut date_paragraph = None;
    if date.is_none()
        && let Some((paragraph, found_place, found_date)) = opening_date(&body.blocks)
            .or_else(|| closing_date(&body.blocks))
            .or_else(|| framed_dateline(&body.blocks))
            .or_else(|| dateline_in_the_texts_century(&body.blocks, &seed.text))
    {
        date = Some(found_date);
        place = place.or(found_place);
        date_paragraph = Some(paragraph);
    }
    if date.is_none() {
        date = header.title.as_deref().and_then(date_in_title);
    }
    let mut pending = body.notes;
    let title_notes: Vec<usize> = header
        .sources
        .into_iter()
        .map(|(text, line)| {
            pending.push(PendingNote {
                kind: NoteKind::SourceOfText,
                text,
                original_label: None,
                line,
            });
            pending.len() - 1
        })
        .collect();
    let mut blocks = body.blocks;
    let notes = number_notes(pending, title_notes, &mut blocks);
    let mut title = header.title.map(without_note_marker);
    let mut fields = header.fields;
    if let Some((bare, status)) = title.as_deref().and_then(status_in_title) {
        // `(unpublished)`: the editor's word for the document's state, kept as a field.
        let title_line = seed
            .text
            .lines()
            .position(|l| l.contains(title.as_deref().unwrap_or_default()));
        fields.push(HeaderField {
            label: "Status".to_string(),
            value: status,
            line: title_line.map_or(1, |i| i + 1),
        });
        title = Some(bare);
    }
    Document {
        file_name: seed.file_name.clone(),
        stem: seed.stem.clone(),
        title,
        authors: header.authors,
        date,
        date_paragraph,
        published: header.published,
        released: header.released,
        sent: header.sent,
        addressee: None,
        posted: None,
        page_updated: None,
        place,
        language: language::guess_language(&body_text).map(str::to_string),
        header: fields,
        blocks,
        notes,
    }
}

fn block_texts(block: &Block) -> Vec<&str> {
    match block {
        Block::Paragraph(p) => vec![p.text.as_str()],
        Block::Quotation(q) => q.paragraphs.iter().map(|p| p.text.as_str()).collect(),
        Block::Heading(h) => vec![h.text.as_str()],
    }
}

/// The head of a page flattened into one line.
struct FlattenedHead {
    author: String,
    title: String,
    date: dates::HistoricalDate,
}

/// `Leo Trotzki: Brief an Alois Neurath (7. August 1938) [...] Werter Freund, ...`: a person's
/// name, a colon, a short title and a parenthesised date opening a long line.
fn flattened_head(line: &str) -> Option<FlattenedHead> {
    static HEAD: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"^([^:()\[\]]{3,60}):\s+([^()\[\]]{3,160}?)\s+\(([^()]{4,40})\)")
            .expect("valid regex")
    });
    if line.chars().count() < FLATTENED_LINE_MIN {
        return None;
    }
    let c = HEAD.captures(line)?;
    let author = c[1].trim();
    if !header::is_person_name(author) {
        return None;
    }
    let date = dates::HistoricalDate::parse(&c[3])?;
    Some(FlattenedHead {
        author: author.to_string(),
        title: c[2].trim().to_string(),
        date,
    })
}

/// A line this long is a page flattened into one line, not a header line.
const FLATTENED_LINE_MIN: usize = 300;

/// A letter's dateline may open its body, after the header: "Paris, 5 septembre 1870" as one
/// of its first paragraphs (before any paragraph of prose). A year alone is not taken there: at
/// the top of a page it is as often a running head or a section of the archive.
fn opening_date(blocks: &[Block]) -> Option<(usize, Option<String>, dates::HistoricalDate)> {
    blocks
        .iter()
        .take(OPENING_PARAGRAPHS)
        .take_while(|block| !matches!(block, Block::Paragraph(p) if p.text.chars().count() > OPENING_LINE_MAX))
        .find_map(|block| match block {
            Block::Paragraph(p) => {
                let (place, date) = p
                    .text
                    .lines()
                    .filter_map(date_line)
                    .find(|(_, date)| date.start.month.is_some())?;
                Some((p.number, place, date))
            }
            _ => None,
        })
        .or_else(|| dateline_opening_a_paragraph(blocks))
}

/// `Petersburg [Virginia] June 20, 1799. “Your most obliging favor ...`: a page that runs the
/// dateline into the letter's first paragraph. Only the first paragraph's first sentence is
/// read, and only when it is a dateline as a whole.
fn dateline_opening_a_paragraph(
    blocks: &[Block],
) -> Option<(usize, Option<String>, dates::HistoricalDate)> {
    let Some(Block::Paragraph(p)) = blocks.first() else {
        return None;
    };
    // The longest head ending in a full stop that is a dateline as a whole: `Verona den 16.
    // 8ber 1848.Lieber Freund!...` (a page flattened without spaces) is cut after the year,
    // not after the day.
    let (place, date) = p
        .text
        .match_indices('.')
        .map(|(at, _)| &p.text[..=at])
        .take_while(|head| head.chars().count() <= OPENING_LINE_MAX)
        .filter_map(date_line)
        .filter(|(_, d)| d.start.day.is_some())
        .last()?;
    Some((p.number, place, date))
}

/// `6.1. 05.`: a dateline among the first paragraphs whose year has two digits, read in the
/// century every four-digit year of the text falls in (`Письма: январь - февраль 1905 г.` above
/// it), and never when the text's years disagree or there are none: a century is not guessed.
fn dateline_in_the_texts_century(
    blocks: &[Block],
    text: &str,
) -> Option<(usize, Option<String>, dates::HistoricalDate)> {
    let candidate = blocks
        .iter()
        .take(OPENING_PARAGRAPHS)
        .find_map(|block| match block {
            Block::Paragraph(p)
                if p.text.chars().count() <= DATELINE_IN_CONTEXT_MAX
                    && p.text.chars().any(|c| c.is_ascii_digit()) =>
            {
                Some(p)
            }
            _ => None,
        })?;
    let context = dates::DateContext::from_text(text);
    context.century?;
    let date = dates::HistoricalDate::parse_in_context(candidate.text.trim(), context)
        .filter(|d| d.start.day.is_some())?;
    Some((candidate.number, None, date))
}
/// A dateline read in the text's century is at most this long.
const DATELINE_IN_CONTEXT_MAX: usize = 24;

/// A page holding the end of one letter and the start of the next (a book's page): the date of
/// the letter that begins on it is the dateline right above a salutation (`19 dicembre 1929` /
/// `Carissimo Carlo,`), wherever it stands.
fn framed_dateline(blocks: &[Block]) -> Option<(usize, Option<String>, dates::HistoricalDate)> {
    let paragraphs: Vec<&crate::model::Paragraph> =
        blocks.iter().flat_map(|b| b.paragraphs()).collect();
    paragraphs.windows(2).find_map(|pair| {
        let (dateline, next) = (pair[0], pair[1]);
        let first_line = next.text.lines().next().unwrap_or("");
        let greeting = crate::lexicon::fold(roles::shapes::without_quote_marks(first_line));
        if dateline.text.lines().count() != 1
            || !crate::lexicon::any_language_starts(&greeting, |l| l.salutations)
        {
            return None;
        }
        let (place, date) = date_line(&dateline.text).filter(|(_, d)| d.start.month.is_some())?;
        Some((dateline.number, place, date))
    })
}

/// A letter's date often closes it: "Coyoacán, March 6, 1938" as one of its last paragraphs.
/// Returns the paragraph's number with the place and date.
fn closing_date(blocks: &[Block]) -> Option<(usize, Option<String>, dates::HistoricalDate)> {
    blocks
        .iter()
        .rev()
        .take(CLOSING_PARAGRAPHS)
        .find_map(|block| match block {
            Block::Paragraph(p) => {
                let (place, date) = p.text.lines().find_map(date_line)?;
                Some((p.number, place, date))
            }
            _ => None,
        })
}

/// Numbers notes in reading order: notes on the title first, then each marker as it appears.
/// Rewrites the note indices in `blocks` to the numbered order. Notes without a marker come last.
fn number_notes(
    pending: Vec<PendingNote>,
    title_notes: Vec<usize>,
    blocks: &mut [Block],
) -> Vec<Note> {
    let mut order: Vec<usize> = Vec::with_capacity(pending.len());
    let place = |index: usize, order: &mut Vec<usize>| {
        if !order.contains(&index) {
            order.push(index);
        }
    };
    let in_text_sources = pending
        .iter()
        .enumerate()
        .filter(|(_, n)| n.kind == NoteKind::SourceOfText)
        .map(|(i, _)| i);
    for index in title_notes.iter().copied().chain(in_text_sources) {
        place(index, &mut order);
    }
    for block in blocks.iter() {
        for paragraph in block.paragraphs() {
            for span in &paragraph.spans {
                if let SpanKind::NoteRef { note } = span.kind {
                    place(note, &mut order);
                }
            }
        }
    }
    for index in 0..pending.len() {
        place(index, &mut order);
    }
    let mut new_index = vec![0; pending.len()];
    for (new, &old) in order.iter().enumerate() {
        new_index[old] = new;
    }
    remap_notes(blocks, |old| new_index.get(old).copied());
    order
        .into_iter()
        .enumerate()
        .map(|(i, old)| {
            let note = &pending[old];
            Note {
                number: i + 1,
                text: note.text.clone(),
                original_label: note.original_label.clone(),
                kind: note.kind,
                line: note.line,
                citation: note.citation_parts(),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seed(text: &str) -> SeedFile {
        SeedFile {
            file_name: "x.txt".into(),
            stem: "x".into(),
            path: "seeds/x.txt".into(),
            text: text.into(),
        }
    }

    #[test]
    fn title_source_is_note_one_and_text_notes_follow() {
        let text = "A Title\n\n[Collected Works, Vol. 2, London 1970, pp. 3-5.]\n\nThe first claim is made here in a sentence of prose.[1]\n\nNotes\n\n[1] See the minutes.";
        let (doc, warnings) = parse_document(&seed(text));
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(doc.notes.len(), 2);
        assert_eq!(doc.notes[0].kind, NoteKind::SourceOfText);
        assert_eq!(doc.notes[1].original_label.as_deref(), Some("[1]"));
        let p = doc.paragraphs().next().expect("a paragraph");
        assert!(
            p.spans
                .iter()
                .any(|s| s.kind == SpanKind::NoteRef { note: 1 })
        );
        assert_eq!(
            doc.paragraphs().count(),
            1,
            "the notes section is not body text"
        );
    }

    #[test]
    fn the_head_of_a_page_flattened_into_one_line_gives_author_title_and_date() {
        let line = format!(
            "Leo Trotzki: Brief an Alois Neurath (7. August 1938) [Eigene Übersetzung] Werter Freund, {}",
            "Ich habe Ihren letzten Brief erhalten. ".repeat(10)
        );
        let head = flattened_head(&line).expect("a head");
        assert_eq!(head.author, "Leo Trotzki");
        assert_eq!(head.title, "Brief an Alois Neurath");
        assert_eq!(head.date.datetime_attr(), "1938-08-07");
        assert!(
            flattened_head("Note: see above (1938)").is_none(),
            "a short line is not a page"
        );
    }

    #[test]
    fn a_dateline_run_into_the_first_paragraph_dates_the_letter() {
        let seed = SeedFile {
            file_name: "heth.txt".into(),
            stem: "heth".into(),
            path: "seeds/heth.txt".into(),
            text: "From William Heth\n\nPetersburg [Virginia] June 20, 1799. “Your most obliging favor of the 6th found me a day or two ago at the commencement of my harvest.\n".into(),
        };
        let (document, _) = parse_document(&seed);
        assert_eq!(
            document.date.map(|d| d.datetime_attr()).as_deref(),
            Some("1799-06-20")
        );
        assert_eq!(document.place.as_deref(), Some("Petersburg [Virginia]"));
    }

    #[test]
    fn a_letter_dated_at_its_end() {
        let text = "Dear Comrades,\n\nI write to you about the matter we discussed, at some length here.\n\nCoyoacán, 14. Januar 1938";
        let (doc, _) = parse_document(&seed(text));
        assert_eq!(
            doc.date.map(|d| d.datetime_attr()).as_deref(),
            Some("1938-01-14")
        );
        assert_eq!(doc.place.as_deref(), Some("Coyoacán"));
    }

    #[test]
    fn a_page_of_letters_is_dated_by_the_dateline_above_a_salutation() {
        let text = "Lettere dal carcere\n\n\
                    Ti pare, cara Tatiana? D'altronde, manda questa lettera a Giulia: è sempre la stessa cosa, come sai bene.\n\n\
                    139.\n\n19 dicembre 1929\n\nCarissimo Carlo,\nho ricevuto la lettera del 4 dicembre della mamma e la tua del 13, e ti ringrazio.";
        let (doc, _) = parse_document(&seed(text));
        assert_eq!(
            doc.date.map(|d| d.datetime_attr()).as_deref(),
            Some("1929-12-19")
        );
    }

    #[test]
    fn a_dateline_glued_to_a_flattened_letter() {
        let text = "Brief bzgl. der Revolution 1848\n\nVerona den 16. 8ber 1848.Lieber Freund!Ich wollte Dir eben vorlängst die Nachricht von unserer Ankunft geben, doch kam es nicht dazu.";
        let (doc, _) = parse_document(&seed(text));
        assert_eq!(
            doc.date.map(|d| d.datetime_attr()).as_deref(),
            Some("1848-10-16")
        );
        assert_eq!(doc.place.as_deref(), Some("Verona"));
    }

    #[test]
    fn a_two_digit_year_is_read_only_in_the_texts_own_century() {
        let letter = |head: &str| {
            format!(
                "{head}\n\nТОВАРИЩУ В РОССИЮ\n\n6.1. 05.\n\nДорогой друг! Спасибо за обстоятельное письмо. Очень рад, что вы взялись за дело."
            )
        };
        let (doc, _) = parse_document(&seed(&letter("Письма: январь - февраль 1905 г.")));
        assert_eq!(
            doc.date.map(|d| d.datetime_attr()).as_deref(),
            Some("1905-01-06")
        );
        // No four-digit year to give the century: left unread.
        let (doc, _) = parse_document(&seed(&letter("Письма")));
        assert_eq!(doc.date, None);
        // Years of two centuries: left unread.
        let (doc, _) = parse_document(&seed(&letter("Письма 1899 и 1905")));
        assert_eq!(doc.date, None);
    }

    #[test]
    fn nothing_to_extract_still_gives_a_document_with_a_warning() {
        let (doc, warnings) = parse_document(&seed("\u{feff}\n\n"));
        assert_eq!(doc.title, None);
        assert!(warnings.iter().any(|w| w.message.contains("no title")));
        assert!(warnings.iter().any(|w| w.message.contains("no text")));
    }
}
