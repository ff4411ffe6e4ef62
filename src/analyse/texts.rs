//! From parsed documents to texts: editors' metadata merged in, slugs given, reading order set.
//!
//! In: the parsed [`Document`]s and the `content/texts/*.md` files. Out: [`Text`]s sorted by date
//! (undated last, then by title), each with a slug from its file name (or its front matter). A
//! front-matter value wins over the parsed one; `source` replaces the text's own source note (the
//! original file keeps it).

use std::collections::BTreeMap;

use crate::error::{Diagnostic, Diagnostics};
use crate::load::front_matter::MarkdownFile;
use crate::load::schema::TextFrontMatter;
use crate::model::document::remap_notes;
use crate::model::slug::bounded;
use crate::model::{Document, Note, NoteKind, Text};
use crate::parse::citation_parts::CitationParts;
use crate::parse::dates::HistoricalDate;

/// Merges metadata into each document, gives each text a unique slug and sorts them.
pub fn build_texts(
    documents: Vec<Document>,
    text_files: &[MarkdownFile<TextFrontMatter>],
    diagnostics: &mut Diagnostics,
) -> Vec<Text> {
    let files: BTreeMap<&str, &MarkdownFile<TextFrontMatter>> =
        text_files.iter().map(|f| (f.stem.as_str(), f)).collect();
    let mut texts: Vec<Text> = documents
        .into_iter()
        .map(|document| {
            let file = files.get(document.stem.as_str()).copied();
            merge(document, file)
        })
        .collect();
    assign_slugs(&mut texts, &files, diagnostics);
    texts.sort_by(|a, b| reading_order(a).cmp(&reading_order(b)));
    texts
}

/// Chronological by the text's own date (or publication), undated last; ties by title, file.
fn reading_order(text: &Text) -> (bool, Option<&HistoricalDate>, &str, &str) {
    let date = text.date.as_ref().or(text.published.as_ref());
    (date.is_none(), date, &text.title, &text.document.file_name)
}

fn merge(mut document: Document, file: Option<&MarkdownFile<TextFrontMatter>>) -> Text {
    let meta = file.map(|f| f.front_matter.clone()).unwrap_or_default();
    if let Some(source) = meta.source.clone() {
        replace_source_note(&mut document, source);
    }
    let published = meta
        .published
        .clone()
        .or_else(|| document.published.clone());
    let edition = document.edition();
    let introduction = file
        .map(|f| f.body.trim().to_string())
        .filter(|body| !body.is_empty());
    Text {
        slug: String::new(),
        title: meta
            .title
            .or_else(|| document.title.clone())
            .unwrap_or_else(|| document.stem.clone()),
        authors_supplied: meta.authors.as_ref().is_some_and(|a| !a.is_empty())
            && document.authors.is_empty(),
        authors: meta.authors.unwrap_or_else(|| document.authors.clone()),
        date: meta.date.or_else(|| document.date.clone()),
        published,
        edition,
        place: meta.place.or_else(|| document.place.clone()),
        kind: meta.kind,
        language: meta.language.or_else(|| document.language.clone()),
        part_of: meta.part_of,
        summary: meta.summary,
        introduction,
        metadata_path: file.map(|f| f.path.clone()),
        document,
    }
}

/// Puts the editors' source in place of the text's own source notes, as note 1 on the title.
fn replace_source_note(document: &mut Document, source: String) {
    let citation = Some(CitationParts::parse(&source));
    let editors_note = Note {
        number: 1,
        text: source,
        original_label: None,
        kind: NoteKind::SourceOfText,
        line: 0,
        citation,
    };
    let kept: Vec<(usize, Note)> = std::mem::take(&mut document.notes)
        .into_iter()
        .enumerate()
        .filter(|(_, n)| n.kind != NoteKind::SourceOfText)
        .collect();
    let mut new_index = BTreeMap::new();
    document.notes.push(editors_note);
    for (old, note) in kept {
        new_index.insert(old, document.notes.len());
        document.notes.push(Note {
            number: document.notes.len() + 1,
            ..note
        });
    }
    remap_notes(&mut document.blocks, |old| new_index.get(&old).copied());
}

/// Slugs: the front matter's `slug`, or else the seed's file name (`Letter to Cannon.txt` →
/// `letter-to-cannon`). A slug depends only on its own text, so adding, removing or renaming
/// another text never moves a page; two texts that would share a page are an error naming both
/// files, never silently numbered.
fn assign_slugs(
    texts: &mut [Text],
    files: &BTreeMap<&str, &MarkdownFile<TextFrontMatter>>,
    diagnostics: &mut Diagnostics,
) {
    let mut order: Vec<usize> = (0..texts.len()).collect();
    order.sort_by(|&a, &b| {
        texts[a]
            .document
            .file_name
            .cmp(&texts[b].document.file_name)
    });
    let mut taken: BTreeMap<String, usize> = BTreeMap::new();
    for &i in &order {
        let file = files.get(texts[i].document.stem.as_str());
        let wanted = file.and_then(|f| f.front_matter.slug.as_ref().map(|s| (f, s)));
        let slug = match wanted {
            Some((file, wanted)) if slug::slugify(wanted) != *wanted => {
                diagnostics.push(Diagnostic::error(
                    &file.path,
                    format!("slug `{wanted}` must be lowercase ASCII words joined by hyphens, e.g. `{}`", slug::slugify(wanted)),
                ));
                wanted.clone()
            }
            Some((_, wanted)) => bounded(wanted.clone()),
            None => match slug::slugify(&texts[i].document.stem) {
                s if s.is_empty() => "text".to_string(),
                s => bounded(s),
            },
        };
        if let Some(&other) = taken.get(&slug) {
            diagnostics.push(Diagnostic::error(
                format!("seeds/{}", texts[i].document.file_name),
                format!(
                    "this text and seeds/{} would both be texts/{slug}.html; rename one file or set `slug` in content/texts/{}.md",
                    texts[other].document.file_name, texts[i].document.stem
                ),
            ));
        }
        taken.insert(slug.clone(), i);
        texts[i].slug = slug;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::SeedFile;
    use crate::parse::parse_document;

    fn document(name: &str, text: &str) -> Document {
        let seed = SeedFile {
            file_name: format!("{name}.txt"),
            stem: name.to_string(),
            path: format!("seeds/{name}.txt").into(),
            text: text.to_string(),
        };
        parse_document(&seed).0
    }

    #[test]
    fn a_slug_comes_from_the_file_name_alone() {
        let same_title = "Answers to Mrs. Célarié\n\nSome long text, which goes on and on.";
        let docs = vec![
            document("Letter to Célarié", same_title),
            document("b", same_title),
        ];
        let mut diagnostics = Diagnostics::default();
        let texts = build_texts(docs, &[], &mut diagnostics);
        let mut slugs: Vec<&str> = texts.iter().map(|t| t.slug.as_str()).collect();
        slugs.sort();
        assert_eq!(slugs, vec!["b", "letter-to-celarie"]);
        // Adding a text never moves another one's page.
        let alone = build_texts(vec![document("b", same_title)], &[], &mut diagnostics);
        assert_eq!(alone[0].slug, "b");
        assert!(diagnostics.check().is_ok());
    }

    #[test]
    fn regression_two_files_that_would_share_a_page_are_an_error_naming_both() {
        let docs = vec![
            document("Brief 1", "A\n\nSome long text, which goes on and on."),
            document("brief-1", "B\n\nSome long text, which goes on and on."),
        ];
        let mut diagnostics = Diagnostics::default();
        build_texts(docs, &[], &mut diagnostics);
        let errors = diagnostics.check().unwrap_err();
        let message = errors.diagnostics[0].to_string();
        assert!(message.contains("seeds/brief-1.txt"), "{message}");
        assert!(message.contains("seeds/Brief 1.txt"), "{message}");
        assert!(message.contains("texts/brief-1.html"), "{message}");
    }

    #[test]
    fn front_matter_wins_and_source_replaces_the_texts_own() {
        let doc = document(
            "x",
            "A Title\n\n[Collected Works, Vol. 2, London 1970, pp. 3-5.]\n\nBody text that runs on for long enough to be prose, yes.",
        );
        let file = MarkdownFile {
            path: "content/texts/x.md".into(),
            stem: "x".into(),
            front_matter: TextFrontMatter {
                title: Some("Better Title".into()),
                source: Some("Selected Works (Moscow, 1972), p. 9.".into()),
                ..TextFrontMatter::default()
            },
            body: "An introduction.".into(),
            body_offset: 0,
            text: String::new(),
            positions: Default::default(),
        };
        let texts = build_texts(vec![doc], &[file], &mut Diagnostics::default());
        let text = &texts[0];
        assert_eq!(text.title, "Better Title");
        assert_eq!(text.document.notes.len(), 1);
        assert_eq!(
            text.document.notes[0].text,
            "Selected Works (Moscow, 1972), p. 9."
        );
        assert_eq!(text.edition.as_ref().map(|d| d.year()), Some(1972));
        assert_eq!(
            text.published, None,
            "an edition's year is not a publication date"
        );
        assert_eq!(text.introduction.as_deref(), Some("An introduction."));
    }

    #[test]
    fn the_source_editions_year_is_the_editions_date_not_the_publication_date() {
        let doc = document(
            "y",
            "A Title\n\n[Writing of Leon Trotsky, Vol. 14, New York 1979, p 765-767.]\n\nBody text that runs on for long enough to be prose, yes.",
        );
        let texts = build_texts(vec![doc], &[], &mut Diagnostics::default());
        assert_eq!(
            texts[0]
                .edition
                .as_ref()
                .map(|d| d.datetime_attr())
                .as_deref(),
            Some("1979")
        );
        assert_eq!(texts[0].published, None);
    }

    #[test]
    fn invalid_slug_in_front_matter_is_an_error_naming_the_file() {
        let doc = document(
            "z",
            "Title\n\nBody text that runs on for long enough to be prose, yes.",
        );
        let file = MarkdownFile {
            path: "content/texts/z.md".into(),
            stem: "z".into(),
            front_matter: TextFrontMatter {
                slug: Some("Not A Slug".into()),
                ..TextFrontMatter::default()
            },
            body: String::new(),
            body_offset: 0,
            text: String::new(),
            positions: Default::default(),
        };
        let mut diagnostics = Diagnostics::default();
        build_texts(vec![doc], &[file], &mut diagnostics);
        let errors = diagnostics.into_vec();
        assert_eq!(errors.len(), 1);
        assert!(
            errors[0]
                .to_string()
                .starts_with("content/texts/z.md: slug `Not A Slug`"),
            "{}",
            errors[0]
        );
    }
}
