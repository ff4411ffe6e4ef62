//! The cross-reference page: complete occurrences, links to the right paragraphs, discovery for
//! texts with no glossary, and glossary errors.

mod common;

use std::collections::BTreeMap;

use common::{analyse, build_site, fixture, project, repo_root};
use studysite::analyse::Analysis;
use studysite::model::xref::EntryOrigin;

/// Entry id → text slug → paragraph numbers that name it (deduplicated, in order).
fn paragraphs_by_entry(analysis: &Analysis) -> BTreeMap<String, BTreeMap<String, Vec<usize>>> {
    let mut out = BTreeMap::new();
    for entry in &analysis.xref.entries {
        let by_text: BTreeMap<String, Vec<usize>> = entry
            .occurrences
            .iter()
            .map(|o| {
                let mut numbers: Vec<usize> = o.mentions.iter().map(|m| m.paragraph).collect();
                numbers.dedup();
                (analysis.texts[o.text].slug.clone(), numbers)
            })
            .collect();
        out.insert(entry.id.clone(), by_text);
    }
    out
}

#[test]
fn occurrences_in_the_bundled_texts_are_complete_and_exact() {
    let analysis = analyse(&repo_root());
    let found = paragraphs_by_entry(&analysis);
    let of = |id: &str, slug: &str| {
        found
            .get(id)
            .and_then(|t| t.get(slug))
            .cloned()
            .unwrap_or_default()
    };
    let letter = "answers-to-mrs-celarie";
    let section = "in-support-of-terror-and-insurrection";
    assert_eq!(of("joseph-stalin", letter), vec![1, 2, 7, 8, 9]);
    assert_eq!(
        of("joseph-stalin", section),
        vec![2, 6],
        "`Stalinist(s)` is not Stalin"
    );
    assert_eq!(of("stalinism", section), vec![1, 6, 7]);
    assert_eq!(of("leon-trotsky", section), vec![1, 5, 6, 7, 8]);
    assert_eq!(of("celarie", letter), vec![1, 3, 7, 9]);
    assert_eq!(of("lev-karakhan", letter), vec![5]);
    assert_eq!(of("avel-yenukidze", letter), vec![5]);
    assert_eq!(of("moscow-trials", letter), vec![2, 8]);
    assert_eq!(
        of("moscow", letter),
        vec![3],
        "`Moscow trials` is not a mention of Moscow"
    );
    assert_eq!(of("grasset", letter), vec![1, 3]);
    assert_eq!(of("revolution-betrayed", letter), vec![1]);
    assert_eq!(of("fourth-international", section), vec![4]);
    assert_eq!(of("revolution-of-1905", section), vec![7]);
    assert_eq!(of("left-opposition", letter), vec![2, 7]);
    assert_eq!(of("soviet-union", section), vec![4, 6, 7]);
    assert_eq!(of("soviet-union", letter), vec![2, 7, 8]);

    let entry = |id: &str| analysis.xref.entries.iter().find(|e| e.id == id).expect(id);
    let celarie = entry("celarie");
    assert!(
        celarie.occurrences[0].in_title,
        "Mrs. Célarié is named in the title"
    );
    let cited = entry("pour-sa-propre-sauvegarde");
    assert_eq!(
        cited.occurrences[0].notes,
        vec![1],
        "the 1935 article is named by note 1"
    );
    let trotsky = entry("leon-trotsky");
    assert_eq!(
        trotsky.text_count(),
        2,
        "named in one text, author of the other"
    );
    assert!(
        analysis
            .xref
            .entries
            .iter()
            .all(|e| e.origin != EntryOrigin::Discovered),
        "the glossary covers every name"
    );
}

#[test]
fn every_snippet_links_to_a_paragraph_containing_the_marked_name() {
    let site = build_site(&repo_root());
    let entry_pages: Vec<String> = site
        .files()
        .into_iter()
        .filter(|f| f.starts_with("names/"))
        .collect();
    assert!(entry_pages.len() > 30, "a page per entry: {entry_pages:?}");
    let mut checked = 0;
    for entry_page in &entry_pages {
        let page = site.read(entry_page);
        for row in page.split("<a class=\"kwic-ref\" href=\"").skip(1) {
            let href = &row[..row.find('"').unwrap()];
            let marked = &row[row.find("<mark>").unwrap() + 6..row.find("</mark>").unwrap()];
            let (file, id) = href.split_once('#').unwrap();
            let file = file
                .strip_prefix("../")
                .expect("entry pages link up to texts/");
            let text_page = site.read(file);
            let start = text_page
                .find(&format!("<p id=\"{id}\""))
                .unwrap_or_else(|| panic!("{href}: no paragraph"));
            let paragraph = &text_page[start..start + text_page[start..].find("</p>").unwrap()];
            assert!(
                paragraph.contains(marked),
                "{href} does not contain {marked}"
            );
            checked += 1;
        }
    }
    // Three snippets per entry and text at most; the other paragraphs are linked by number.
    assert!(checked > 50, "only {checked} snippets");
    let trotsky = site.read("names/leon-trotsky.html");
    assert!(
        trotsky.contains("<p class=\"kwic-more\">Also in <a href=\"../texts/in-support-of-terror-and-insurrection.html#p7\">¶7</a>"),
        "paragraphs past the third are linked by number"
    );
}

#[test]
fn text_pages_link_the_first_mention_per_paragraph_and_list_related_texts() {
    let site = build_site(&repo_root());
    let html = site.read("texts/answers-to-mrs-celarie.html");
    let p2 = &html[html.find("<p id=\"p2\"").unwrap()..];
    let p2 = &p2[..p2.find("</p>").unwrap()];
    let opposition_links = p2.matches("href=\"../names/left-opposition.html\"").count();
    assert_eq!(
        opposition_links, 1,
        "the Opposition is named three times in ¶2 but linked once"
    );
    let related = &html[html
        .find("<aside class=\"related\"")
        .expect("a related box")..];
    assert!(related.contains("href=\"in-support-of-terror-and-insurrection.html\""));
    assert!(related.contains("href=\"../names/leon-trotsky.html\">Leon Trotsky</a>"));
    for page in [
        "index.html",
        "about.html",
        "texts/answers-to-mrs-celarie.html",
    ] {
        let nav = site.read(page);
        assert!(
            nav.contains("cross-references.html\""),
            "{page} links the cross-reference page in its navigation"
        );
    }
}

#[test]
fn a_corpus_without_glossary_gets_discovered_names_and_a_warning() {
    let analysis = analyse(&fixture("no-glossary"));
    let mut names: Vec<(&str, usize)> = analysis
        .xref
        .entries
        .iter()
        .map(|e| (e.name.as_str(), e.text_count()))
        .collect();
    names.sort();
    assert_eq!(
        names,
        vec![
            ("Berlin", 2),
            ("Karl Liebknecht", 1),
            ("Munich", 1),
            ("Rosa Luxemburg", 2),
            ("Rote Fahne", 2),
            ("SPD", 2)
        ],
        "no sentence-initial words, months or headers"
    );
    assert!(
        analysis
            .xref
            .entries
            .iter()
            .all(|e| e.origin == EntryOrigin::Discovered)
    );
    assert_eq!(analysis.xref.related_by_text[0][0].shared.len(), 4);

    let site = build_site(&fixture("no-glossary"));
    let page = site.read("cross-references.html");
    assert!(page.contains("Other names found in the texts"));
    assert!(page.contains("href=\"names/name-rosa-luxemburg.html\""));
    let entry = site.read("names/name-rosa-luxemburg.html");
    assert!(entry.contains("found in the texts, not in the glossary"));
    assert!(entry.contains("Named in 2 texts"), "{entry}");
    assert!(
        site.report.warnings.iter().any(|w| w.message
            == "no content/glossary.yaml: 6 names found in the texts are listed as discovered on the cross-reference page"),
        "{:?}",
        site.report.warnings
    );
}

#[test]
fn glossary_errors_name_the_file_line_and_column() {
    let error = studysite::render_site(&fixture("errors-glossary")).expect_err("must fail");
    let messages: Vec<String> = error.errors().map(|d| d.to_string()).collect();
    assert_eq!(
        messages,
        vec![
            "content/glossary.yaml:8:11: entries[1].kind: unknown variant `persn`, expected one of `person`, `work`, `organisation`, `periodical`, `place`, `event`, `concept`"
        ]
    );
}

#[test]
fn glossary_reference_errors_point_at_the_unknown_reference() {
    let dir = project(&[
        (
            "seeds/x.txt",
            "A Title\n\nSome prose that is long enough to be a paragraph.\n",
        ),
        (
            "content/glossary.yaml",
            "entries:\n  - id: someone\n    name: Someone\n    kind: person\n    related: [nobody]\n",
        ),
    ]);
    let root = dir.path();
    let error = studysite::render_site(root).expect_err("must fail");
    assert_eq!(
        error.errors().next().unwrap().to_string(),
        "content/glossary.yaml:5:15: entry `someone` is related to `nobody`, which is not an id in the glossary"
    );
}
