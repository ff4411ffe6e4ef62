//! Each shape of source text the parser supports, one small fixture each.

mod common;

use common::{build_site, fixture, main_region, parse_fixture_seed};
use studysite::model::{Block, NoteKind, SpanKind};

#[test]
fn labelled_field_header_with_numbered_notes() {
    let doc = parse_fixture_seed("field-header", "letter.txt");
    assert_eq!(doc.title.as_deref(), Some("A Letter on the Trials"));
    assert_eq!(doc.authors, vec!["Leon Trotsky"]);
    let date = doc.date.as_ref().expect("a date");
    assert_eq!(
        date.datetime_attr(),
        "1932-11",
        "month precision, no invented day"
    );
    assert!(
        doc.header
            .iter()
            .any(|f| f.label == "Translated" && f.value == "John Fairlie")
    );
    // Source line → note 1 on the title; the letter's [1] and [2] → notes 2 and 3.
    let kinds: Vec<NoteKind> = doc.notes.iter().map(|n| n.kind).collect();
    assert_eq!(
        kinds,
        vec![
            NoteKind::SourceOfText,
            NoteKind::Annotation,
            NoteKind::Annotation
        ]
    );
    assert_eq!(doc.notes[1].original_label.as_deref(), Some("[1]"));
    assert_eq!(doc.notes[2].text, "Pravda, 14 January 1938, p. 2.");
    let markers: Vec<usize> = doc
        .paragraphs()
        .flat_map(|p| p.spans.iter())
        .filter_map(|s| match s.kind {
            SpanKind::NoteRef { note } => Some(note),
            _ => None,
        })
        .collect();
    assert_eq!(markers, vec![1, 2, 1], "[1] is referenced twice");
    assert!(
        doc.paragraphs().all(|p| !p.text.starts_with("[1]")),
        "notes are not paragraphs"
    );
}

#[test]
fn field_header_page_has_two_backlinks_for_a_twice_cited_note() {
    let site = build_site(&fixture("field-header"));
    let html = site.read("texts/letter.html");
    let main = main_region(&html);
    assert!(main.contains("id=\"noteref-2\" href=\"#note-2\""));
    assert!(main.contains("id=\"noteref-2-2\" href=\"#note-2\""));
    assert!(main.contains("href=\"#noteref-2-2\""));
    assert!(main.contains("(note [1] in the original)"));
    assert!(main.contains("“straight quotes”"));
    assert!(main.contains("<time datetime=\"1932-11\">November 1932</time>"));
    assert!(
        main.contains("Dear Comrades,"),
        "a form of address is not a name to link"
    );
}

#[test]
fn german_letter_with_place_date_and_quelle() {
    let doc = parse_fixture_seed("german-letter", "brief.txt");
    assert_eq!(doc.title.as_deref(), Some("Brief an die Redaktion"));
    assert_eq!(doc.authors, vec!["Leo Trotzki"]);
    assert_eq!(doc.place.as_deref(), Some("Coyoacán"));
    assert_eq!(
        doc.date.as_ref().map(|d| d.datetime_attr()).as_deref(),
        Some("1938-01-14")
    );
    assert_eq!(doc.language.as_deref(), Some("de"));
    let source = doc.source_note().expect("the Quelle line is the source");
    assert!(source.text.starts_with("Leo Trotzki, Schriften, Bd. 1"));
    let parts = source.citation.as_ref().expect("read as a citation");
    assert_eq!(parts.year, Some(1988));
    let quoted: Vec<&str> = doc
        .paragraphs()
        .flat_map(|p| {
            p.spans
                .iter()
                .filter(|s| s.kind == SpanKind::Quote)
                .map(move |s| &p.text[s.range.clone()])
        })
        .collect();
    assert_eq!(quoted, vec!["„Anführungszeichen“"]);
}

#[test]
fn french_archive_header_without_final_newline() {
    let doc = parse_fixture_seed("french-archive", "discours.txt");
    assert_eq!(doc.title.as_deref(), Some("Discours de Copenhague"));
    assert_eq!(doc.authors, vec!["Léon Trotsky"]);
    assert_eq!(
        doc.date.as_ref().map(|d| d.datetime_attr()).as_deref(),
        Some("1932-11-27")
    );
    assert_eq!(doc.language.as_deref(), Some("fr"));
    assert_eq!(doc.notes.len(), 1);
    assert_eq!(doc.notes[0].kind, NoteKind::SourceOfText);
    let last = doc.paragraphs().last().expect("paragraphs");
    assert!(last.text.ends_with("sans retour à la ligne final."));
}

#[test]
fn french_page_is_marked_as_french() {
    let site = build_site(&fixture("french-archive"));
    let html = site.read("texts/discours.html");
    assert!(html.contains("<article class=\"text\" lang=\"fr\">"));
    assert!(html.contains("<meta name=\"citation_date\" content=\"1932/11/27\">"));
}

#[test]
fn editors_bracketed_date_is_shown_as_supplied() {
    let doc = parse_fixture_seed("bracketed-date", "note.txt");
    let date = doc.date.as_ref().expect("a date");
    assert!(date.supplied);
    assert_eq!(date.datetime_attr(), "1938-03");
    let site = build_site(&fixture("bracketed-date"));
    let html = site.read("texts/note.html");
    assert!(
        html.contains("<time datetime=\"1938-03\">[March 1938]</time>"),
        "{}",
        main_region(&html)
    );
}

#[test]
fn a_text_with_nothing_to_extract_still_gets_a_page_and_a_warning() {
    let site = build_site(&fixture("no-structure"));
    assert_eq!(site.text_pages(), vec!["texts/fragment.html"]);
    let html = site.read("texts/fragment.html");
    assert!(html.contains("<h1>fragment</h1>"));
    assert!(
        site.report
            .warnings
            .iter()
            .any(|w| w.to_string() == "seeds/fragment.txt: no title found; the page is titled after the file name (set `title` in its content/texts/ file)"),
        "{:?}",
        site.report.warnings
    );
    let doc = parse_fixture_seed("no-structure", "fragment.txt");
    assert!(matches!(doc.blocks.as_slice(), [Block::Paragraph(_)]));
}

#[test]
fn regression_notes_sharing_a_label_each_get_their_own_marker() {
    let dir = common::project(&[(
        "seeds/chapters.txt",
        "Two Chapters\n\nThe first chapter makes a claim that needs its note.[1]\n\nThe second chapter, numbering its notes afresh, makes another.[1]\n\nNotes\n\n[1] The first chapter's note.\n\n[1] The second chapter's note.\n\nThe editor adds a word after the notes.\n\nLast updated 12.1.2005",
    )]);
    let site = build_site(dir.path());
    let html = site.read("texts/chapters.html");
    let main = main_region(&html);
    assert!(main.contains("its note.<sup class=\"noteref\"><a role=\"doc-noteref\" id=\"noteref-1\" href=\"#note-1\">1</a>"));
    assert!(main.contains("another.<sup class=\"noteref\"><a role=\"doc-noteref\" id=\"noteref-2\" href=\"#note-2\">2</a>"));
    assert!(main.contains("The second chapter’s note. <span class=\"note-label\" lang=\"en\">(note [1] in the original)</span> <a role=\"doc-backlink\" href=\"#noteref-2\""));
    assert!(
        main.contains("The editor adds a word after the notes.</p>"),
        "matter after the notes stays in the text"
    );
    assert!(
        !main.contains("Last updated"),
        "an update stamp is page furniture, not a paragraph"
    );
}

#[test]
fn regression_parenthesised_note_markers_link_and_keep_their_form() {
    let dir = common::project(&[(
        "seeds/paren.txt",
        "Parenthesised Notes\n\nA claim that the author sourced in a note, as many editions do (1), and went on.\n\n(1) The author's source.",
    )]);
    let site = build_site(dir.path());
    let html = site.read("texts/paren.html");
    assert!(html.contains("do <sup class=\"noteref\"><a role=\"doc-noteref\" id=\"noteref-1\" href=\"#note-1\">1</a></sup><span class=\"sidenote\" aria-hidden=\"true\"><span class=\"sidenote-number\">1</span> The author’s source.</span>, and went on."));
    assert!(html.contains("(note (1) in the original)"));
}

#[test]
fn regression_a_seed_file_name_with_spaces_and_hash_is_linked_encoded() {
    let dir = common::project(&[(
        "seeds/letter #3.txt",
        "A Letter\n\nA paragraph of text long enough to be prose in this test.\n",
    )]);
    let site = build_site(dir.path());
    let html = site.read("texts/letter-3.html");
    assert!(html.contains("href=\"../sources/letter%20%233.txt\""));
    assert!(site.out.join("sources/letter #3.txt").is_file());
}

#[test]
fn a_pages_stamps_date_the_page_and_an_editions_year_is_its_own_role() {
    let seed = studysite::load::SeedFile {
        file_name: "stamped.txt".into(),
        stem: "stamped".into(),
        path: "seeds/stamped.txt".into(),
        text: "A Letter on the Trials\n\n[Fourth International, Vol. 1, New York 1940, pp. 3-5.]\n\n\
               This first paragraph of the letter is long enough to read as prose, and it says nothing of dates.\n\n\
               Posted on 3 March 2010\n\nLast updated on 12 May 2015\n"
            .into(),
    };
    let (doc, _) = studysite::parse::parse_document(&seed);
    let shown =
        |d: &Option<studysite::parse::dates::HistoricalDate>| d.as_ref().map(|d| d.datetime_attr());
    assert_eq!(shown(&doc.posted).as_deref(), Some("2010-03-03"));
    assert_eq!(shown(&doc.page_updated).as_deref(), Some("2015-05-12"));
    assert_eq!(shown(&doc.edition()).as_deref(), Some("1940"));
    // None of them is the text's date of writing or of first publication.
    assert_eq!(doc.date, None);
    assert_eq!(doc.published, None);
    assert!(
        doc.paragraphs().all(|p| !p.text.contains("updated")),
        "stamps are furniture"
    );
}

#[test]
fn a_digital_librarys_release_date_is_this_editions_date() {
    let seed = studysite::load::SeedFile {
        file_name: "etext.txt".into(),
        stem: "etext".into(),
        path: "seeds/etext.txt".into(),
        text: "Project Gutenberg's A Model Letter-writer, by Anonymous\n\n\
               This eBook is for the use of anyone anywhere at no cost and with almost no restrictions whatsoever.\n\n\
               Title: A Model Letter-writer\n\nRelease Date: December 6, 2011 [EBook #38235]\n\n\
               The first paragraph of the book itself, long enough to be read as prose, ends here.\n"
            .into(),
    };
    let (doc, _) = studysite::parse::parse_document(&seed);
    assert_eq!(
        doc.edition().map(|d| d.datetime_attr()).as_deref(),
        Some("2011-12-06")
    );
    assert_eq!(doc.published, None);
    assert_eq!(doc.date, None);
}
