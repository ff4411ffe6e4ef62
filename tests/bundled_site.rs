//! The bundled corpus, built end to end: pages, metadata, notes, links, originals, determinism.

mod common;

use std::collections::BTreeSet;
use std::fs;

use common::{attributes_in_tags, build_site, main_region, meta_contents, repo_root};
use sha2::{Digest, Sha256};
use studysite::check::check_links;
use studysite::render::OutputFile;

/// SHA-256 of the seed texts as received; the copies in seeds/ and site/sources/ must match.
const SEED_HASHES: &[(&str, &str)] = &[
    (
        "000_4b4d24339129a213.txt",
        "9e3519e427e9fb286888131f38f3a02caf0385ff4bfadc60db00c7a6e317da86",
    ),
    (
        "004_94e4e22f7d3b09e0.txt",
        "ce6e2dc62edcc0b6056534aafda21c5027673a13f464fe63818bd214dea3c08e",
    ),
];

fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[test]
fn seeds_and_their_published_copies_are_byte_identical_to_the_originals() {
    let site = build_site(&repo_root());
    for (name, hash) in SEED_HASHES {
        let seed = fs::read(repo_root().join("seeds").join(name)).unwrap();
        assert_eq!(sha256_hex(&seed), *hash, "seeds/{name} was changed");
        let copy = fs::read(site.out.join("sources").join(name)).unwrap();
        assert_eq!(sha256_hex(&copy), *hash, "site/sources/{name} differs");
    }
}

#[test]
fn one_page_per_text_with_titles_dates_and_citation_metadata() {
    let site = build_site(&repo_root());
    assert_eq!(
        site.text_pages(),
        vec![
            "texts/answers-to-mrs-celarie.html",
            "texts/in-support-of-terror-and-insurrection.html"
        ]
    );
    let answers = site.read("texts/answers-to-mrs-celarie.html");
    assert!(
        answers.contains("<h1>Answers to Mrs. Célarié</h1>"),
        "no note marker on the heading"
    );
    assert!(
        answers.contains("<dt>Source</dt><dd><a role=\"doc-noteref\" id=\"noteref-1\" href=\"#note-1\">note 1</a></dd>"),
        "the source note is linked from the text's record"
    );
    assert!(answers.contains("<time datetime=\"1938-03-06\">6 March 1938</time>"));
    assert_eq!(
        meta_contents(&answers, "citation_title"),
        vec!["Answers to Mrs. Célarié"]
    );
    assert_eq!(
        meta_contents(&answers, "citation_author"),
        vec!["Leon Trotsky"]
    );
    assert_eq!(meta_contents(&answers, "citation_date"), vec!["1938/03/06"]);
    // The 1979 volume it is taken from is this edition, not the letter's publication.
    assert!(meta_contents(&answers, "citation_publication_date").is_empty());
    assert!(answers.contains("this edition <time datetime=\"1979\">1979</time>"));

    let section = site.read("texts/in-support-of-terror-and-insurrection.html");
    assert!(section.contains("<h1>In support of terror and insurrection</h1>"));
    assert_eq!(
        meta_contents(&section, "citation_author"),
        vec!["Ludo Martens"]
    );
    assert_eq!(
        meta_contents(&section, "citation_date"),
        Vec::<String>::new(),
        "no written date, and the book's year is not put in its place"
    );
    assert_eq!(
        meta_contents(&section, "citation_publication_date"),
        vec!["1994"]
    );
    assert!(
        section.contains("attributed by the editors"),
        "supplied authorship is marked"
    );

    let index = site.read("index.html");
    for page in site.text_pages() {
        assert!(
            index.contains(&format!("href=\"{page}\"")),
            "home links {page}"
        );
    }
}

#[test]
fn the_bibliography_lists_every_cited_work_with_links_to_its_notes() {
    let site = build_site(&repo_root());
    let page = site.read("bibliography.html");
    let trotsky = page
        .find("Trotsky, Leon. “Pour sa propre sauvegarde")
        .expect("the chapter, author inverted");
    let writings = page
        .find("<cite>Writing of Leon Trotsky</cite>, vol. 14. New York, 1979.")
        .expect("the volume of the series");
    assert!(trotsky < writings, "sorted by author, then title");
    assert!(page.contains(
        "<a href=\"texts/in-support-of-terror-and-insurrection.html#note-1\">In support of terror and insurrection, note 1</a> (pp. 85–87)"
    ));
    assert!(page.contains("texts/answers-to-mrs-celarie.html#note-1"));
    assert!(
        page.contains("href=\"names/writings-of-leon-trotsky.html\">Where the texts name it"),
        "a work links to its cross-reference entry, found by the glossary's alias"
    );
    assert!(page.contains("href=\"names/pour-sa-propre-sauvegarde.html\">Where the texts name it"));
    let answers = site.read("texts/answers-to-mrs-celarie.html");
    assert!(
        answers.contains("href=\"../bibliography.html#work-writing-of-leon-trotsky-14\""),
        "the note links to its work"
    );
    assert!(
        site.read("index.html")
            .contains("<a href=\"bibliography.html\">Bibliography</a>"),
        "linked in the navigation"
    );
}

#[test]
fn the_quotation_is_a_block_and_its_citation_a_note_word_for_word() {
    let site = build_site(&repo_root());
    let html = site.read("texts/in-support-of-terror-and-insurrection.html");
    let main = main_region(&html);
    let quote_start = main
        .find("<blockquote class=\"quotation\">")
        .expect("a block quotation");
    let quote =
        &main[quote_start..quote_start + main[quote_start..].find("</blockquote>").unwrap()];
    for id in ["p2", "p3", "p4"] {
        assert!(
            quote.contains(&format!("id=\"{id}\"")),
            "{id} inside the quotation"
        );
    }
    assert!(quote.contains("And we will help it.’<sup class=\"noteref\"><a role=\"doc-noteref\" id=\"noteref-1\" href=\"#note-1\">1</a></sup>"));
    // The note also stands beside its marker, as a sidenote (hidden from screen readers: the
    // notes list is the notes' place for them).
    assert!(quote.contains("href=\"#note-1\">1</a></sup><span class=\"sidenote\" aria-hidden=\"true\"><span class=\"sidenote-number\">1</span> Leon Trotsky, “Pour sa propre sauvegarde, la bureaucratie entretient la terreur,” in <i>L'appareil policier du stalinisme</i>"), "the sidenote shows the note as the notes list does, in the citation style");
    assert_eq!(
        main.matches("class=\"sidenote\"").count(),
        1,
        "one sidenote per note"
    );
    assert!(main.contains(
        "<summary>As the source gives it</summary><span>Leon Trotsky,\u{a0} Pour sa propre sauvegarde, la bureaucratie entretient la terreur (26 September 1935). L’appareil policier du stalinisme (Paris: Union générale d’éditions, 1976), pp. 85–87."
    ));
    assert!(
        main.contains(
            "<li id=\"note-1\" value=\"1\" tabindex=\"-1\">Leon Trotsky, “Pour sa propre"
        ),
        "the note is set in the citation style, its wording one click away"
    );
    assert!(
        !main.contains("id=\"p9\""),
        "the citation is a note, not a ninth paragraph"
    );
}

#[test]
fn every_note_marker_and_backlink_resolves_both_ways() {
    let site = build_site(&repo_root());
    let mut notes_seen = 0;
    for page in site.text_pages() {
        let html = site.read(&page);
        let marker_ids = attributes_in_tags(&html, "role=\"doc-noteref\"", "id");
        let marker_targets = attributes_in_tags(&html, "role=\"doc-noteref\"", "href");
        let backlink_targets: BTreeSet<String> =
            attributes_in_tags(&html, "role=\"doc-backlink\"", "href")
                .into_iter()
                .map(|h| h.trim_start_matches('#').to_string())
                .collect();
        let ids: BTreeSet<String> = attributes_in_tags(&html, "id=\"", "id")
            .into_iter()
            .collect();
        assert!(!marker_ids.is_empty(), "{page} has note markers");
        for target in &marker_targets {
            assert!(
                ids.contains(target.trim_start_matches('#')),
                "{page}: marker to missing {target}"
            );
        }
        for id in &marker_ids {
            assert!(
                backlink_targets.contains(id),
                "{page}: marker {id} has no backlink"
            );
        }
        for target in &backlink_targets {
            assert!(
                marker_ids.contains(target),
                "{page}: backlink to missing marker {target}"
            );
        }
        notes_seen += marker_targets.len();
    }
    assert_eq!(notes_seen, 2, "one note in each bundled text");
}

#[test]
fn every_internal_link_and_fragment_resolves() {
    let site = build_site(&repo_root());
    let files: Vec<OutputFile> = site
        .files()
        .into_iter()
        .map(|path| OutputFile {
            contents: fs::read(site.out.join(&path)).unwrap(),
            path,
        })
        .collect();
    let broken: Vec<String> = check_links(&files).iter().map(|d| d.to_string()).collect();
    assert!(broken.is_empty(), "{broken:#?}");
}

#[test]
fn two_builds_are_byte_identical() {
    let first = build_site(&repo_root());
    let second = build_site(&repo_root());
    assert_eq!(first.files(), second.files());
    for path in first.files() {
        assert!(
            fs::read(first.out.join(&path)).unwrap() == fs::read(second.out.join(&path)).unwrap(),
            "{path} differs between builds"
        );
    }
}

#[test]
fn paragraphs_are_numbered_and_linkable() {
    let site = build_site(&repo_root());
    let html = site.read("texts/answers-to-mrs-celarie.html");
    let ids = attributes_in_tags(main_region(&html), "class=\"para\"", "id");
    let expected: Vec<String> = (1..=9).map(|n| format!("p{n}")).collect();
    assert_eq!(ids, expected);
    assert!(html.contains("<a class=\"para-link\" href=\"#p3\" aria-label=\"Paragraph 3\">"));
}
