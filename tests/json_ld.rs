//! schema.org JSON-LD on every text page: valid JSON (parsed with serde_json), saying what the
//! page's Highwire `citation_*` tags say: title, authors, the date written as `dateCreated`
//! and the date published as `datePublished` (never one for the other), the source's publisher,
//! volume and pages; `url` only with a base URL; nothing in it can close its `<script>`.

mod common;

use common::{build_site, meta_contents, project, repo_root};
use serde_json::Value;

/// The page's one JSON-LD block, parsed.
fn json_ld(page: &str) -> Value {
    let open = "<script type=\"application/ld+json\">";
    assert_eq!(page.matches(open).count(), 1, "one JSON-LD block");
    let head_end = page.find("</head>").expect("a head");
    let start = page.find(open).expect("a JSON-LD block") + open.len();
    assert!(start < head_end, "in the head");
    let end = page[start..].find("</script>").expect("closed") + start;
    serde_json::from_str(&page[start..end]).expect("valid JSON")
}

/// An attribute value as the browser reads it.
fn unescape(value: &str) -> String {
    value
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&#x2F;", "/")
        .replace("&amp;", "&")
}

fn meta(page: &str, name: &str) -> Vec<String> {
    meta_contents(page, name)
        .iter()
        .map(|v| unescape(v))
        .collect()
}

fn strings(value: &Value) -> Vec<String> {
    match value {
        Value::Null => Vec::new(),
        Value::String(s) => vec![s.clone()],
        other => vec![other.to_string()],
    }
}

/// Every fact the JSON-LD and the Highwire tags both give is the same in both.
fn assert_agrees_with_highwire(page: &str) -> Value {
    let ld = json_ld(page);
    assert_eq!(ld["@context"], "https://schema.org");
    assert_eq!(ld["@type"], "CreativeWork");
    assert_eq!(strings(&ld["name"]), meta(page, "citation_title"));
    let authors: Vec<String> = ld["author"]
        .as_array()
        .map(|a| {
            a.iter()
                .map(|p| {
                    assert_eq!(p["@type"], "Person");
                    p["name"].as_str().unwrap().to_string()
                })
                .collect()
        })
        .unwrap_or_default();
    assert_eq!(authors, meta(page, "citation_author"));
    let dashes = |dates: Vec<String>| -> Vec<String> {
        dates.into_iter().map(|d| d.replace('/', "-")).collect()
    };
    assert_eq!(
        strings(&ld["dateCreated"]),
        dashes(meta(page, "citation_date")),
        "dateCreated is the date written"
    );
    assert_eq!(
        strings(&ld["datePublished"]),
        dashes(meta(page, "citation_publication_date")),
        "datePublished is the date published"
    );
    assert_eq!(strings(&ld["inLanguage"]), meta(page, "citation_language"));
    assert_eq!(
        strings(&ld["isPartOf"]["volumeNumber"]),
        meta(page, "citation_volume")
    );
    assert_eq!(
        strings(&ld["isPartOf"]["publisher"]["name"]),
        meta(page, "citation_publisher")
    );
    assert_eq!(strings(&ld["pageStart"]), meta(page, "citation_firstpage"));
    assert_eq!(strings(&ld["pageEnd"]), meta(page, "citation_lastpage"));
    ld
}

#[test]
fn every_bundled_text_page_has_json_ld_that_agrees_with_its_highwire_tags() {
    let site = build_site(&repo_root());
    let pages = site.text_pages();
    assert!(pages.len() >= 2);
    for path in &pages {
        let ld = assert_agrees_with_highwire(&site.read(path));
        assert!(ld.get("url").is_none(), "{path}: no base URL, no url");
    }
    let letter = json_ld(&site.read("texts/answers-to-mrs-celarie.html"));
    assert_eq!(letter["name"], "Answers to Mrs. Célarié");
    assert_eq!(letter["author"][0]["name"], "Leon Trotsky");
    assert_eq!(letter["dateCreated"], "1938-03-06");
    assert_eq!(letter["isPartOf"]["name"], "Writing of Leon Trotsky");
    assert_eq!(letter["isPartOf"]["volumeNumber"], "14");
    assert_eq!(letter["pageStart"], "765");
    assert_eq!(letter["pageEnd"], "767");
    let section = json_ld(&site.read("texts/in-support-of-terror-and-insurrection.html"));
    assert!(
        section.get("dateCreated").is_none(),
        "no written date: the publication year is not put in its place"
    );
    assert_eq!(section["datePublished"], "1994");
}

#[test]
fn a_fixture_with_a_base_url_and_a_corrected_source_and_a_hostile_title() {
    let dir = project(&[
        (
            "content/site.yaml",
            "title: Letters\nbase_url: https://example.org/letters\n",
        ),
        (
            "content/texts/letter.md",
            "---\ntitle: \"Letter </script><!-- & more\"\nauthors: [Leon Trotsky, Natalia Sedova]\n---\n",
        ),
        (
            "seeds/letter.txt",
            "Letter to a Comrade\n\nSource: Leon Trotsky, Writings 1937-38 (New York: Pathfinder, 1976), pp. 98-102.\n\nWritten: 12 May 1938\n\nDear comrade, this letter runs on long enough to be a paragraph of prose, and then some more words.",
        ),
        (
            "content/bibliography.yaml",
            "leon-trotsky:\n  type: book\n  title: Writings 1937-38\n  author: Trotsky, Leon\n  publisher: Pathfinder Press\n",
        ),
    ]);
    let site = build_site(dir.path());
    let page = site.read("texts/letter.html");
    assert!(
        !page.contains("</script><!--"),
        "the title cannot close the data block"
    );
    let ld = assert_agrees_with_highwire(&page);
    assert_eq!(ld["name"], "Letter </script><!-- & more");
    assert_eq!(ld["author"][1]["name"], "Natalia Sedova");
    assert_eq!(ld["dateCreated"], "1938-05-12");
    assert_eq!(ld["url"], "https://example.org/letters/texts/letter.html");
    assert_eq!(
        ld["isPartOf"]["publisher"]["name"], "Pathfinder Press",
        "the editors' correction of the source reaches the JSON-LD"
    );
    assert_eq!(meta(&page, "citation_publisher"), vec!["Pathfinder Press"]);
    assert!(
        page.contains("New York: Pathfinder Press, 1976, pp. 98–102."),
        "and the Cite this block"
    );
    assert_eq!(ld["pageStart"], "98");
    assert_eq!(ld["pageEnd"], "102");
}
