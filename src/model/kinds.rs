//! What a cross-reference entry is: the kinds the glossary and the analysis share.

/// The kinds of glossary entry.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Deserialize, serde::Serialize,
)]
#[serde(rename_all = "lowercase")]
pub enum EntryKind {
    /// A person.
    Person,
    /// A book, article, letter or other work.
    Work,
    /// A party, state body, publisher, movement or other organisation.
    Organisation,
    /// A newspaper or journal.
    Periodical,
    /// A country, city or region.
    Place,
    /// Something that happened.
    Event,
    /// A term or idea.
    Concept,
}
