//! The data model passed between stages: plain data, serialisable, read directly by templates.
//!
//! - [`document`]: what the parser makes of one seed file.
//! - [`text`]: a document with its editors' metadata merged in, ready for a page.
//! - [`xref`]: who and what is named where.
//! - [`timeline`]: what was written, published and mentioned when.
//! - [`quotations`]: how each quotation compares with what it quotes, and shared passages.
//! - [`bibliography`]: the works cited and the notes citing them.
//! - the value types every stage shares: [`date`] (historical dates), [`citation`] (the parts of
//!   a reference), [`kinds`] (what an entry is), [`slug`] (page names of bounded length).
//!
//! The model imports nothing from the stages; a test (`tests/layout.rs`) keeps it so.

pub mod bibliography;
pub mod citation;
pub mod date;
pub mod document;
pub mod kinds;
pub mod quotations;
pub mod slug;
pub mod text;
pub mod timeline;
pub mod xref;

pub use document::{
    Block, Document, HeaderField, Heading, Note, NoteKind, Paragraph, Quotation, Span, SpanKind,
    TextKind,
};
pub use text::Text;
