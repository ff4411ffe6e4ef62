//! The data model passed between stages: plain data, serialisable, read directly by templates.
//!
//! - [`document`]: what the parser makes of one seed file.
//! - [`text`]: a document with its editors' metadata merged in, ready for a page.
//! - [`xref`]: who and what is named where.
//! - [`timeline`]: what was written, published and mentioned when.

pub mod document;
pub mod text;
pub mod timeline;
pub mod xref;

pub use document::{
    Block, Document, HeaderField, Heading, Note, NoteKind, Paragraph, Quotation, Span, SpanKind,
    TextKind,
};
pub use text::Text;
