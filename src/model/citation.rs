//! The parts of a bibliographic reference, as the reference reader found them (the data only;
//! the reader is `parse::citation_parts`), and the works the analysis builds from them.

use serde::Serialize;

use super::date::HistoricalDate;

/// Which family of reference a citation belongs to: how it is written, and so how it was read.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ReferenceFamily {
    /// A full note: `Leon Trotsky, My Life (New York: Scribner, 1930), 347–52`, or continental
    /// `Leo Trotzki, Mein Leben, Berlin 1930, S. 67 f.`.
    Full,
    /// Bibliography (and MLA) style with an inverted name: `Deutscher, Isaac. The Prophet
    /// Armed. London: Oxford University Press, 1954.`
    Bibliography,
    /// Author–date (APA-like): `Trotsky, L. (1937). The revolution betrayed. Doubleday.`
    AuthorDate,
    /// A newspaper or journal issue: `Pravda, 14 January 1938, p. 2`.
    Periodical,
    /// A volume of a collected edition as archive pages cite it: `Lenin Collected Works,
    /// Progress Publishers, [1977], Moscow, Volume 43, page 260a`.
    ArchiveSeries,
    /// Where a document is kept: `ALS, Houghton Library: Trotsky Papers`.
    Archival,
    /// `Ibid.`, `ibid., p. 12`, `Ebd.`: the reference before.
    Ibid,
    /// `Trotsky, op. cit., p. 34`, `a.a.O., S. 5`: the last work by that author (or the last
    /// work, when no author is named).
    OpCit,
    /// Surname, short title and page: `Deutscher, Prophet Armed, 45`; or a bare title and page.
    Short,
    /// Read as a reference, but no structure could be found: kept verbatim only.
    #[default]
    Unstructured,
}

impl ReferenceFamily {
    /// True for the forms that point back at an earlier reference (`Ibid.`, `op. cit.`).
    pub fn refers_back(self) -> bool {
        matches!(self, ReferenceFamily::Ibid | ReferenceFamily::OpCit)
    }
}

/// The pages a reference cites.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Pages {
    /// As written: `85--87`, `752 f.`, `110, 118`, `90b-91a`.
    pub written: String,
    /// The first page, letters kept: `85`, `260a`, `90b`.
    pub first: String,
    /// The last page of a range, abbreviations expanded (`347–52` → `352`); none for one page
    /// or a list.
    pub last: Option<String>,
    /// `f.` / `ff.`: and the following page(s).
    pub following: bool,
}

/// The parts of a bibliographic reference that could be read off it. Every text field is
/// verbatim text from the citation (trimmed), or absent; the original is kept whole.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct CitationParts {
    /// The reference exactly as the text gives it (line breaks and all).
    pub original: String,
    /// How the reference is written.
    pub family: ReferenceFamily,
    /// `Leon Trotsky` in `Leon Trotsky, Pour sa propre sauvegarde, ...`; an inverted or
    /// upper-case name is given in reading order (`Deutscher, Isaac` → `Isaac Deutscher`).
    pub author: Option<String>,
    /// The author's family name, for sorting and for matching `op. cit.`: `Deutscher`.
    pub surname: Option<String>,
    /// The cited work's own title.
    pub title: Option<String>,
    /// When the cited work was written, from a parenthesised date such as `(26 September 1935)`.
    pub date: Option<HistoricalDate>,
    /// The book, collection, periodical or collected edition the work appeared in.
    pub container: Option<String>,
    /// A publisher's series: `Bibliothèque Socialiste n°31`.
    pub series: Option<String>,
    /// The edition: `2` for `New York ²1976`, `4th English Edition`.
    pub edition: Option<String>,
    /// Place of publication.
    pub place: Option<String>,
    /// Publisher.
    pub publisher: Option<String>,
    /// Year of the edition cited.
    pub year: Option<i32>,
    /// The year was supplied in brackets by the source: `[1977]`.
    pub year_supplied: bool,
    /// The volume's number as written after its word: `14` for `Vol. 14`, `VIII`, `20.1`.
    pub volume: Option<String>,
    /// An issue's number: `5` in `Vol.1 No.5`, `2 (39)` in `№ 2 (39)`.
    pub number: Option<String>,
    /// The date of a periodical's issue: `14 January 1938` in `Pravda, 14 January 1938, p. 2`.
    pub issue: Option<HistoricalDate>,
    /// The pages cited.
    pub pages: Option<Pages>,
    /// An archival document's type code: `ALS` (autograph letter signed), `Brieforiginal`.
    pub document_type: Option<String>,
    /// The archive or library that holds it.
    pub repository: Option<String>,
    /// The collection or shelfmark within the repository.
    pub collection: Option<String>,
}

impl CitationParts {
    /// The title a work is known by: its own, else its container's.
    pub fn work_title(&self) -> Option<&str> {
        self.title.as_deref().or(self.container.as_deref())
    }
}
