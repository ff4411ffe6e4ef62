//! What the quotation study found: each quoted phrase compared with the passage it quotes, the
//! elisions of each block quotation, and the passages texts share with each other.
//!
//! Filled by `analyse/quotations/` and read by the text pages and `quotations.html`. Positions
//! are paragraph numbers and byte ranges in [`Paragraph::text`](super::Paragraph::text); texts
//! are indices into the analysis's list of texts (reading order). The wording of every status is
//! neutral: it reports what the passages available here contain, never a judgement.

use std::ops::Range;

use serde::Serialize;

/// The quotation study of the whole corpus.
#[derive(Debug, Clone, Default, Serialize)]
pub struct QuotationStudy {
    /// One entry per text, in the order of the analysis's texts.
    pub texts: Vec<TextQuotations>,
}

/// The quotations of one text.
#[derive(Debug, Clone, Default, Serialize)]
pub struct TextQuotations {
    /// Quoted phrases in the text's own paragraphs, in reading order; numbered from 1.
    pub phrases: Vec<QuotedPhrase>,
    /// The text's block quotations, in order.
    pub blocks: Vec<BlockQuotation>,
    /// Paragraphs of this text that another text repeats (verbatim or nearly).
    pub reuse: Vec<Reuse>,
}

impl TextQuotations {
    /// How many phrases have `status`.
    pub fn count(&self, status: QuoteStatus) -> usize {
        self.phrases.iter().filter(|p| p.status == status).count()
    }
}

/// A phrase in quotation marks in a text's commentary.
#[derive(Debug, Clone, Serialize)]
pub struct QuotedPhrase {
    /// 1-based number within the text; anchors are `quote-<n>` (note) and `quote-ref-<n>` (mark).
    pub number: usize,
    /// The paragraph it stands in.
    pub paragraph: usize,
    /// Byte range of the phrase in the paragraph's text, quotation marks included.
    pub range: Range<usize>,
    /// The words between the marks, as written.
    pub words: String,
    /// How it compares with the passages available here.
    pub status: QuoteStatus,
    /// The passage it was compared with: where it is found, verbatim or as a close variant.
    pub source: Option<Match>,
    /// For a phrase not found: the most similar passage, when one shares content words with it.
    pub nearest: Option<Match>,
    /// Other passages where the phrase is found too.
    pub also_in: Vec<Match>,
    /// How many passages it was compared with (none when the text has no block quotation and
    /// no other text shares its words).
    pub compared: usize,
}

/// How a quoted phrase compares with the passages it may quote.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum QuoteStatus {
    /// Found word for word (after normalising typography and case).
    Verbatim,
    /// Close to a passage: a changed word, a different inflection, words added or left out.
    Variant,
    /// Not found verbatim or nearly in the passages available here.
    NotFound,
    /// A single word in quotation marks not found in a passage: shown as such, not compared.
    Term,
    /// A short capitalised phrase not found in a passage, read as a name or title (a
    /// newspaper, a book): shown as such, not compared.
    Title,
}

impl QuoteStatus {
    /// Every status, in the order pages list them.
    pub const ALL: [QuoteStatus; 5] = [
        QuoteStatus::Verbatim,
        QuoteStatus::Variant,
        QuoteStatus::NotFound,
        QuoteStatus::Term,
        QuoteStatus::Title,
    ];

    /// Order of preference when a phrase fits several passages: verbatim first.
    pub fn rank(self) -> u8 {
        match self {
            QuoteStatus::Verbatim => 0,
            QuoteStatus::Variant => 1,
            QuoteStatus::NotFound => 2,
            QuoteStatus::Term | QuoteStatus::Title => 3,
        }
    }

    /// True when the phrase was found in a passage (verbatim or as a variant).
    pub fn is_found(self) -> bool {
        matches!(self, QuoteStatus::Verbatim | QuoteStatus::Variant)
    }

    /// A neutral description, for readers.
    pub fn label(self) -> &'static str {
        match self {
            QuoteStatus::Verbatim => "verbatim in the quoted passage",
            QuoteStatus::Variant => "close variant of the quoted passage",
            QuoteStatus::NotFound => "not found verbatim in the passages available here",
            QuoteStatus::Term => "a single word in quotation marks, not compared",
            QuoteStatus::Title => "a name or title in quotation marks, not compared",
        }
    }
}

/// A passage a phrase was compared with, and how the two differ word by word.
#[derive(Debug, Clone, Serialize)]
pub struct Match {
    /// The text holding the passage (index into the analysis's texts).
    pub text: usize,
    /// The paragraph where the matched words start.
    pub paragraph: usize,
    /// The matched words of the passage, as written there.
    pub excerpt: String,
    /// The word-level comparison, in the order of the phrase.
    pub diff: Vec<DiffPart>,
    /// True when the passage is a block quotation of the phrase's own text.
    pub same_text: bool,
}

/// One step of a word-level comparison of a phrase (the quotation) with a passage (the source).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "op", rename_all = "snake_case")]
pub enum DiffPart {
    /// Words the same in both.
    Same {
        /// The words, as the phrase writes them.
        words: String,
    },
    /// Words the phrase has where the passage has others.
    Changed {
        /// The phrase's words.
        quoted: String,
        /// The passage's words.
        source: String,
    },
    /// Words only the phrase has.
    Added {
        /// The phrase's words.
        words: String,
    },
    /// Words only the passage has.
    Omitted {
        /// The passage's words.
        words: String,
        /// True when the phrase marks the cut with an elision.
        at_elision: bool,
    },
}

/// A block quotation: its elisions and, when the quoted text is in the corpus, where.
#[derive(Debug, Clone, Serialize)]
pub struct BlockQuotation {
    /// Its first paragraph.
    pub first_paragraph: usize,
    /// Its last paragraph.
    pub last_paragraph: usize,
    /// How many words it quotes.
    pub words: usize,
    /// The reference it carries (the note's words), if any.
    pub reference: Option<String>,
    /// Its elisions, in order.
    pub elisions: Vec<Elision>,
    /// The passage of another text it matches, when the quoted text is in the corpus.
    pub source: Option<BlockSource>,
}

/// An elision mark in a block quotation.
#[derive(Debug, Clone, Serialize)]
pub struct Elision {
    /// The paragraph it stands in.
    pub paragraph: usize,
    /// Its byte range there.
    pub range: Range<usize>,
    /// The mark as written (`...`, `....`, `[...]`, `…`).
    pub mark: String,
    /// What the full text has at this point, when it is in the corpus.
    pub left_out: Option<String>,
}

/// Where a block quotation's words are found in another text.
#[derive(Debug, Clone, Serialize)]
pub struct BlockSource {
    /// The text (index into the analysis's texts).
    pub text: usize,
    /// The paragraph where the quoted words start.
    pub paragraph: usize,
    /// How many of the block's words were found there, in order.
    pub matched_words: usize,
}

/// A paragraph of one text whose words another text repeats.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Reuse {
    /// The paragraph of this text.
    pub paragraph: usize,
    /// The other text (index into the analysis's texts).
    pub other_text: usize,
    /// Its paragraph.
    pub other_paragraph: usize,
    /// How many runs of words (shingles) the two share.
    pub shared: usize,
}
