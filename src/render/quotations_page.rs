//! The quotation study as pages show it: the notes of a text page's "Quotations" section and
//! `quotations.html`, every quotation of every text with its status and source side by side.
//!
//! In: the [`QuotationStudy`] and the texts. Out: views for `text.html` (one [`TextStudyView`]
//! per text, links relative to `texts/`) and for `quotations.html` (a [`QuotationsPage`] per
//! page of [`TEXTS_PER_PAGE`] texts, links from the site root). Word diffs are HTML made here:
//! `<del>` for the passage's words, `<ins>` for the quotation's, each with words a screen
//! reader says aloud.

use serde::Serialize;

use super::layout::LinkView;
use super::paging::{PagerView, page_count, page_of, page_path, pages_of};
use super::typography::{escape, smarten_all};
use crate::model::Text;
use crate::model::quotations::{
    DiffPart, Match, QuotationStudy, QuoteStatus, QuotedPhrase, TextQuotations,
};

/// The quotations page's path, from the site root.
pub const PAGE: &str = "quotations.html";
/// How many texts one page of the quotations list shows.
pub const TEXTS_PER_PAGE: usize = 100;

/// A status as pages show it.
#[derive(Debug, Clone, Serialize)]
pub struct StatusView {
    /// `verbatim`, `variant`, `not_found`, `term`, `title` (for classes).
    pub key: &'static str,
    /// The neutral description.
    pub label: &'static str,
    /// The mark shown after the phrase.
    pub symbol: &'static str,
}

impl StatusView {
    /// The view of `status`.
    pub fn of(status: QuoteStatus) -> StatusView {
        let (key, symbol) = match status {
            QuoteStatus::Verbatim => ("verbatim", "="),
            QuoteStatus::Variant => ("variant", "≈"),
            QuoteStatus::NotFound => ("not_found", "○"),
            QuoteStatus::Term => ("term", "·"),
            QuoteStatus::Title => ("title", "·"),
        };
        StatusView {
            key,
            label: status.label(),
            symbol,
        }
    }
}

/// A passage a phrase was compared with.
#[derive(Debug, Clone, Serialize)]
pub struct MatchView {
    /// Where the passage is: `¶3 (block quotation of this text)`, or another text's title and ¶.
    pub label: String,
    /// Link to its paragraph.
    pub href: String,
    /// The passage's words (HTML).
    pub excerpt_html: String,
    /// The word diff (HTML); empty when the two are the same.
    pub diff_html: String,
}

/// A passage compared with a phrase, with the words that introduce it.
#[derive(Debug, Clone, Serialize)]
pub struct ComparedView {
    /// `""` for the source, `Most similar passage:` or `Also found in`.
    pub intro: &'static str,
    /// The passage.
    pub passage: MatchView,
}

/// A quoted phrase.
#[derive(Debug, Clone, Serialize)]
pub struct PhraseView {
    /// Its number in its text.
    pub number: usize,
    /// Its paragraph.
    pub paragraph: usize,
    /// Its words (HTML).
    pub words_html: String,
    /// Its status.
    pub status: StatusView,
    /// The source (where it is found) or the most similar passage, then the others: what pages list after the
    /// status (one loop, so that templates need no include inside it).
    pub compared: Vec<ComparedView>,
    /// The phrase on its text page.
    pub href: String,
    /// True when there was no passage to compare it with.
    pub uncompared: bool,
}

/// A block quotation.
#[derive(Debug, Clone, Serialize)]
pub struct BlockView {
    /// `¶2–4` or `¶2`.
    pub paragraphs: String,
    /// Link to its first paragraph.
    pub href: String,
    /// How many words it quotes.
    pub words: usize,
    /// The reference it carries (HTML).
    pub reference_html: Option<String>,
    /// Its elision marks, each with what the full text has there when known.
    pub elisions: Vec<ElisionView>,
    /// The text and paragraph it is found in, when the quoted text is in the corpus.
    pub source: Option<LinkView>,
    /// How many of its words were found there.
    pub matched_words: usize,
}

/// An elision.
#[derive(Debug, Clone, Serialize)]
pub struct ElisionView {
    /// The mark as written.
    pub mark: String,
    /// Its paragraph.
    pub paragraph: usize,
    /// Link to its paragraph.
    pub href: String,
    /// What the full text has there (HTML), when it is in the corpus.
    pub left_out_html: Option<String>,
}

/// A shared passage.
#[derive(Debug, Clone, Serialize)]
pub struct ReuseView {
    /// This text's paragraph.
    pub paragraph: usize,
    /// Link to it.
    pub href: String,
    /// The other text's paragraph.
    pub other: LinkView,
    /// True when that paragraph is part of a block quotation there (it quotes the passage);
    /// false when it is the other text's own words (perhaps the original).
    pub other_quotes: bool,
}

/// One text's quotations.
#[derive(Debug, Clone, Serialize)]
pub struct TextStudyView {
    /// The text.
    pub text: LinkView,
    /// Its anchor on the quotations page: `text-<slug>`.
    pub id: String,
    /// Its quoted phrases.
    pub phrases: Vec<PhraseView>,
    /// Its block quotations.
    pub blocks: Vec<BlockView>,
    /// Its shared passages.
    pub reuse: Vec<ReuseView>,
    /// How many phrases have each status, in [`QuoteStatus::ALL`] order.
    pub counts: Vec<CountView>,
    /// The same, only the statuses some phrase has.
    pub nonzero_counts: Vec<CountView>,
    /// How many elisions its block quotations have.
    pub elisions: usize,
    /// Its section on the quotations page.
    pub study_href: String,
}

/// A count of phrases of one status.
#[derive(Debug, Clone, Serialize)]
pub struct CountView {
    /// The status.
    pub status: StatusView,
    /// How many.
    pub count: usize,
}

/// Where links start from: a text's page (`texts/`) or the site root.
#[derive(Debug, Clone, Copy)]
pub enum From {
    /// The page of the text with this index.
    TextPage(usize),
    /// A top-level page.
    Root,
}

impl From {
    fn paragraph_href(self, texts: &[Text], text: usize, paragraph: usize) -> String {
        match self {
            From::TextPage(t) if t == text => format!("#p{paragraph}"),
            From::TextPage(_) => format!("{}.html#p{paragraph}", texts[text].slug),
            From::Root => format!("texts/{}.html#p{paragraph}", texts[text].slug),
        }
    }

    fn text_folder(self) -> &'static str {
        match self {
            From::TextPage(_) => "",
            From::Root => "texts/",
        }
    }

    fn root(self) -> &'static str {
        match self {
            From::TextPage(_) => "../",
            From::Root => "",
        }
    }
}

/// True when paragraph `number` of `text` is part of one of its block quotations.
fn in_block_quotation(text: &Text, number: usize) -> bool {
    text.document.blocks.iter().any(|b| {
        matches!(b, crate::model::Block::Quotation(q) if q.paragraphs.iter().any(|p| p.number == number))
    })
}

/// Does a text have anything for the quotations page?
pub fn has_quotations(study: &TextQuotations) -> bool {
    !study.phrases.is_empty() || !study.blocks.is_empty() || !study.reuse.is_empty()
}

/// The view of text `t`'s quotations, with links from `from`.
pub fn text_study_view(
    study: &QuotationStudy,
    texts: &[Text],
    t: usize,
    from: From,
    study_href: &str,
) -> TextStudyView {
    let own = &study.texts[t];
    let text = &texts[t];
    let phrase_href = |n: usize| match from {
        From::TextPage(_) => format!("#quote-ref-{n}"),
        From::Root => format!("texts/{}.html#quote-ref-{n}", text.slug),
    };
    let phrases = own
        .phrases
        .iter()
        .map(|p| phrase_view(p, texts, t, from, phrase_href(p.number)))
        .collect();
    let blocks = own
        .blocks
        .iter()
        .map(|b| BlockView {
            paragraphs: if b.first_paragraph == b.last_paragraph {
                format!("¶{}", b.first_paragraph)
            } else {
                format!("¶{}–{}", b.first_paragraph, b.last_paragraph)
            },
            href: from.paragraph_href(texts, t, b.first_paragraph),
            words: b.words,
            reference_html: b.reference.as_deref().map(smarten_all),
            elisions: b
                .elisions
                .iter()
                .map(|e| ElisionView {
                    mark: e.mark.clone(),
                    paragraph: e.paragraph,
                    href: from.paragraph_href(texts, t, e.paragraph),
                    left_out_html: e.left_out.as_deref().map(smarten_all),
                })
                .collect(),
            source: b.source.as_ref().map(|s| LinkView {
                label: format!("{}, ¶{}", texts[s.text].title, s.paragraph),
                href: from.paragraph_href(texts, s.text, s.paragraph),
            }),
            matched_words: b.source.as_ref().map_or(0, |s| s.matched_words),
        })
        .collect::<Vec<_>>();
    let elisions = own.blocks.iter().map(|b| b.elisions.len()).sum();
    let counts: Vec<CountView> = QuoteStatus::ALL
        .iter()
        .map(|&s| CountView {
            status: StatusView::of(s),
            count: own.count(s),
        })
        .collect();
    TextStudyView {
        text: LinkView::to_text(text, from.text_folder()),
        id: format!("text-{}", text.slug),
        phrases,
        blocks,
        reuse: own
            .reuse
            .iter()
            .map(|r| ReuseView {
                paragraph: r.paragraph,
                href: from.paragraph_href(texts, t, r.paragraph),
                other: LinkView {
                    label: format!("{}, ¶{}", texts[r.other_text].title, r.other_paragraph),
                    href: from.paragraph_href(texts, r.other_text, r.other_paragraph),
                },
                other_quotes: in_block_quotation(&texts[r.other_text], r.other_paragraph),
            })
            .collect(),
        nonzero_counts: counts.iter().filter(|c| c.count > 0).cloned().collect(),
        counts,
        elisions,
        study_href: format!("{}{study_href}", from.root()),
    }
}

/// For each text, its page and anchor on the quotations list, from the site root (`None` for a
/// text the list leaves out).
pub fn study_page_hrefs(study: &QuotationStudy, texts: &[Text]) -> Vec<Option<String>> {
    let mut position = 0;
    study
        .texts
        .iter()
        .zip(texts)
        .map(|(own, text)| {
            if !has_quotations(own) {
                return None;
            }
            let number = page_of(position, TEXTS_PER_PAGE);
            position += 1;
            Some(format!(
                "{}#text-{}",
                page_path("quotations", number),
                text.slug
            ))
        })
        .collect()
}

fn phrase_view(
    phrase: &QuotedPhrase,
    texts: &[Text],
    t: usize,
    from: From,
    href: String,
) -> PhraseView {
    let view = |m: &Match| match_view(m, texts, t, from);
    let first = match (&phrase.source, &phrase.nearest) {
        (Some(source), _) => Some(("", source)),
        (None, Some(nearest)) => Some(("Most similar passage:", nearest)),
        _ => None,
    };
    let compared = first
        .into_iter()
        .chain(phrase.also_in.iter().map(|m| ("Also found in", m)))
        .map(|(intro, m)| ComparedView {
            intro,
            passage: view(m),
        })
        .collect();
    PhraseView {
        compared,
        number: phrase.number,
        paragraph: phrase.paragraph,
        words_html: smarten_all(&phrase.words),
        status: StatusView::of(phrase.status),
        href,
        uncompared: phrase.compared == 0,
    }
}

fn match_view(m: &Match, texts: &[Text], t: usize, from: From) -> MatchView {
    let label = if m.text == t {
        format!("¶{}, block quotation of this text", m.paragraph)
    } else {
        format!("{}, ¶{}", texts[m.text].title, m.paragraph)
    };
    let differs = m.diff.iter().any(|d| !matches!(d, DiffPart::Same { .. }));
    MatchView {
        label,
        href: from.paragraph_href(texts, m.text, m.paragraph),
        excerpt_html: smarten_all(&m.excerpt),
        diff_html: if differs {
            diff_html(&m.diff)
        } else {
            String::new()
        },
    }
}

/// A word diff as HTML: the quotation's words, with the passage's own words struck through
/// before the quotation's where they differ.
pub fn diff_html(diff: &[DiffPart]) -> String {
    let mut parts = Vec::new();
    for part in diff {
        parts.push(match part {
            DiffPart::Same { words } => escape(words),
            DiffPart::Changed { quoted, source } => format!(
                "<del><span class=\"visually-hidden\">passage: </span>{}</del> <ins><span class=\"visually-hidden\">quotation: </span>{}</ins>",
                escape(source),
                escape(quoted)
            ),
            DiffPart::Added { words } => format!(
                "<ins><span class=\"visually-hidden\">only in the quotation: </span>{}</ins>",
                escape(words)
            ),
            DiffPart::Omitted { words, at_elision } => format!(
                "<del{}><span class=\"visually-hidden\">{}</span>{}</del>",
                if *at_elision { " class=\"at-elision\"" } else { "" },
                if *at_elision {
                    "left out at an elision: "
                } else {
                    "only in the passage: "
                },
                escape(words)
            ),
        });
    }
    parts.join(" ")
}

/// One page of the quotations list.
#[derive(Debug, Clone, Serialize)]
pub struct QuotationsPage {
    /// The texts on this page.
    pub texts: Vec<TextStudyView>,
    /// Totals over the whole corpus, in [`QuoteStatus::ALL`] order.
    pub totals: Vec<CountView>,
    /// Block quotations in the corpus.
    pub blocks: usize,
    /// Elisions in the corpus.
    pub elisions: usize,
    /// Shared passages in the corpus (each pair once).
    pub shared: usize,
    /// Texts with quotations.
    pub text_count: usize,
    /// The pager, when the list takes several pages.
    pub pager: Option<PagerView>,
}

/// Every page of the quotations list, with its path.
pub fn quotation_pages(study: &QuotationStudy, texts: &[Text]) -> Vec<(String, QuotationsPage)> {
    let shown: Vec<usize> = (0..texts.len())
        .filter(|&t| has_quotations(&study.texts[t]))
        .collect();
    let totals: Vec<CountView> = QuoteStatus::ALL
        .iter()
        .map(|&s| CountView {
            status: StatusView::of(s),
            count: study.texts.iter().map(|t| t.count(s)).sum(),
        })
        .collect();
    let blocks = study.texts.iter().map(|t| t.blocks.len()).sum();
    let elisions = study
        .texts
        .iter()
        .flat_map(|t| &t.blocks)
        .map(|b| b.elisions.len())
        .sum();
    let shared = study.texts.iter().map(|t| t.reuse.len()).sum::<usize>() / 2;
    let count = page_count(shown.len(), TEXTS_PER_PAGE);
    let hrefs = study_page_hrefs(study, texts);
    pages_of(&shown, TEXTS_PER_PAGE)
        .into_iter()
        .enumerate()
        .map(|(i, chunk)| {
            let number = i + 1;
            let page = QuotationsPage {
                texts: chunk
                    .iter()
                    .map(|&t| {
                        let href = hrefs[t].as_deref().unwrap_or(PAGE);
                        text_study_view(study, texts, t, From::Root, href)
                    })
                    .collect(),
                totals: totals.clone(),
                blocks,
                elisions,
                shared,
                text_count: shown.len(),
                pager: PagerView::new("quotations", number, count),
            };
            (page_path("quotations", number), page)
        })
        .collect()
}
