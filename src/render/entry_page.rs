//! The page of one cross-reference entry: `names/<id>.html`, continued on `names/<id>.p2.html`…
//!
//! In: one [`Entry`], the cross-references, the texts and their paragraphs. Out: the context for
//! `entry.html`: the entry's name, kind, dates, description and other spellings, the texts it
//! wrote, every mention grouped by text in reading order (each paragraph with the words around
//! the first mention, linked to `texts/<slug>.html#pN`), and related entries. An entry named in
//! more than [`TEXTS_PER_PAGE`] texts continues on further pages, so no page grows with the corpus.

use serde::Serialize;

use super::layout::{DateView, LinkView};
use super::markdown::render_markdown_inline;
use super::paging::{PagerView, page_count, page_path, pages_of};
use super::sanitize::RawHtml;
use super::typography::smarten;
use super::xref_page::{entry_href, entry_page_base, is_shown, kind_href, kind_label, snippet};
use crate::model::Text;
use crate::model::xref::{CrossReferences, Entry, EntryOrigin, Mention, TextOccurrences};

/// How many paragraphs of one text an entry page shows with the words around the name; the
/// others are linked by number only, so a page stays readable (and small) for a name a text
/// repeats in every paragraph.
pub const SNIPPETS_PER_TEXT: usize = 3;

/// How many texts one page of an entry lists, with their mentions.
pub const TEXTS_PER_PAGE: usize = 40;

/// One page of an entry, available to the template as `entry`. The parts every page of the
/// entry shows are made once and borrowed by each page.
#[derive(Debug, Clone, Serialize)]
pub struct EntryPageView<'a> {
    /// Name (HTML, typographic).
    pub name_html: &'a str,
    /// `person`, `work`, ... or `name` for a discovered one.
    pub kind: &'static str,
    /// Link to the entry's kind on the index.
    pub kind_href: &'a str,
    /// `glossary`, `discovered` or `citation`.
    pub origin: EntryOrigin,
    /// Dates.
    pub dates: Option<&'a DateView>,
    /// Description (HTML).
    pub description_html: Option<&'a str>,
    /// Other spellings matched in the texts.
    pub aliases: &'a [String],
    /// Texts this person wrote.
    pub authored: &'a [LinkView],
    /// Where it is named, text by text (this page's share).
    pub texts: Vec<EntryTextView>,
    /// How many texts name it.
    pub text_count: usize,
    /// How many paragraphs name it, in all texts.
    pub paragraph_count: usize,
    /// Related entries.
    pub related: &'a [LinkView],
    /// The entry's other pages, when it has more than one.
    pub pager: Option<PagerView>,
}

/// What every page of one entry shows.
pub struct EntryCommon {
    name_html: String,
    kind_href: String,
    dates: Option<DateView>,
    description_html: Option<String>,
    aliases: Vec<String>,
    authored: Vec<LinkView>,
    text_count: usize,
    paragraph_count: usize,
    related: Vec<LinkView>,
}

impl EntryCommon {
    /// The parts of `entry`'s pages that do not depend on the page.
    pub fn new(entry: &Entry, xref: &CrossReferences, texts: &[Text], raw: RawHtml) -> EntryCommon {
        EntryCommon {
            name_html: smarten(&entry.name, 0..entry.name.len()),
            kind_href: kind_href(entry, "../"),
            dates: entry.dates.as_ref().map(DateView::of),
            description_html: entry
                .description
                .as_deref()
                .map(|d| render_markdown_inline(d, raw)),
            aliases: entry
                .aliases
                .iter()
                .filter(|a| **a != entry.name)
                .cloned()
                .collect(),
            authored: entry
                .authored
                .iter()
                .map(|&t| LinkView::to_text(&texts[t], "../texts/"))
                .collect(),
            text_count: entry.text_count(),
            paragraph_count: entry
                .occurrences
                .iter()
                .map(|o| distinct_paragraphs(&o.mentions))
                .sum(),
            related: entry
                .related
                .iter()
                .filter_map(|&r| xref.entries.get(r))
                .filter(|e| is_shown(e))
                .map(|e| LinkView {
                    label: e.name.clone(),
                    href: entry_href(e, "../"),
                })
                .collect(),
        }
    }
}

/// Where an entry is named in one text.
#[derive(Debug, Clone, Serialize)]
pub struct EntryTextView {
    /// The text's title and page.
    pub text: LinkView,
    /// True when the title names the entry.
    pub in_title: bool,
    /// One row per paragraph that names it.
    pub paragraphs: Vec<ParagraphMentionView>,
    /// Further paragraphs that name it, linked without their words (past
    /// [`SNIPPETS_PER_TEXT`]).
    pub more: Vec<ParagraphMentionView>,
    /// Notes that name it.
    pub notes: Vec<LinkView>,
}

/// The mentions of an entry in one paragraph.
#[derive(Debug, Clone, Serialize)]
pub struct ParagraphMentionView {
    /// The paragraph number.
    pub number: usize,
    /// Link to the paragraph.
    pub href: String,
    /// Keyword in context around the first mention (HTML, the name in `<mark>`).
    pub snippet_html: Option<String>,
    /// How many times the paragraph names it.
    pub count: usize,
}

/// The paragraphs of every text, by text index and paragraph number, looked up in constant time.
pub struct ParagraphIndex<'a> {
    by_text: Vec<Vec<&'a str>>,
}

impl<'a> ParagraphIndex<'a> {
    /// Indexes the paragraphs of `texts` (numbered from 1 within each text).
    pub fn new(texts: &'a [Text]) -> Self {
        let by_text = texts
            .iter()
            .map(|text| {
                let mut paragraphs: Vec<&str> = Vec::new();
                for p in text.document.paragraphs() {
                    if paragraphs.len() < p.number {
                        paragraphs.resize(p.number, "");
                    }
                    paragraphs[p.number - 1] = p.text.as_str();
                }
                paragraphs
            })
            .collect();
        ParagraphIndex { by_text }
    }

    /// The text of paragraph `number` of text `text`.
    pub fn get(&self, text: usize, number: usize) -> Option<&'a str> {
        self.by_text.get(text)?.get(number.checked_sub(1)?).copied()
    }
}

/// Every page of `entry`, one at a time: (path, view), the first at `names/<id>.html`.
pub fn entry_pages<'a>(
    entry: &'a Entry,
    common: &'a EntryCommon,
    texts: &'a [Text],
    paragraphs: &'a ParagraphIndex,
) -> impl Iterator<Item = (String, EntryPageView<'a>)> + 'a {
    let base = entry_page_base(entry);
    let count = page_count(entry.occurrences.len(), TEXTS_PER_PAGE);
    let chunks = pages_of(&entry.occurrences, TEXTS_PER_PAGE);
    chunks.into_iter().enumerate().map(move |(i, chunk)| {
        let number = i + 1;
        let view = EntryPageView {
            name_html: &common.name_html,
            kind: kind_label(entry),
            kind_href: &common.kind_href,
            origin: entry.origin,
            dates: common.dates.as_ref(),
            description_html: common.description_html.as_deref(),
            aliases: &common.aliases,
            authored: &common.authored,
            texts: chunk
                .iter()
                .map(|o| text_view(o, &texts[o.text], paragraphs))
                .collect(),
            text_count: common.text_count,
            paragraph_count: common.paragraph_count,
            related: &common.related,
            pager: PagerView::new(&base, number, count),
        };
        (page_path(&base, number), view)
    })
}

fn text_view(
    occurrences: &TextOccurrences,
    text: &Text,
    paragraphs: &ParagraphIndex,
) -> EntryTextView {
    let mut rows = paragraph_rows(&occurrences.mentions, occurrences.text, text, paragraphs);
    let more = rows.split_off(rows.len().min(SNIPPETS_PER_TEXT));
    EntryTextView {
        text: LinkView::to_text(text, "../texts/"),
        in_title: occurrences.in_title,
        paragraphs: rows,
        more,
        notes: occurrences
            .notes
            .iter()
            .map(|n| LinkView {
                label: format!("note {n}"),
                href: format!("../texts/{}.html#note-{n}", text.slug),
            })
            .collect(),
    }
}

fn distinct_paragraphs(mentions: &[Mention]) -> usize {
    let mut count = 0;
    let mut last = None;
    for mention in mentions {
        if last != Some(mention.paragraph) {
            count += 1;
            last = Some(mention.paragraph);
        }
    }
    count
}

/// One row per paragraph, with a snippet around its first mention.
fn paragraph_rows(
    mentions: &[Mention],
    index: usize,
    text: &Text,
    paragraphs: &ParagraphIndex,
) -> Vec<ParagraphMentionView> {
    let mut rows: Vec<ParagraphMentionView> = Vec::new();
    for mention in mentions {
        if let Some(row) = rows.last_mut().filter(|r| r.number == mention.paragraph) {
            row.count += 1;
            continue;
        }
        let Some(paragraph) = paragraphs.get(index, mention.paragraph) else {
            continue;
        };
        // Only the rows shown with their words get a snippet (see SNIPPETS_PER_TEXT).
        let snippet_html =
            (rows.len() < SNIPPETS_PER_TEXT).then(|| snippet(paragraph, mention.range.clone()));
        rows.push(ParagraphMentionView {
            number: mention.paragraph,
            href: format!("../texts/{}.html#p{}", text.slug, mention.paragraph),
            snippet_html,
            count: 1,
        });
    }
    rows
}
