//! "Cite this text": the downloads parse (CSL-JSON with serde_json, BibTeX and RIS with the
//! small parsers below) and say the same as the page's Highwire tags; the date is the written
//! date, never an edition's year.

mod common;

use std::collections::BTreeMap;

use common::{build_site, meta_contents, project, repo_root};

/// A BibTeX entry: its type, key and fields (braces balanced, outer braces removed).
#[derive(Debug)]
struct BibEntry {
    kind: String,
    key: String,
    fields: BTreeMap<String, String>,
}

/// Parses one `@type{key, name = {value}, ...}` entry; panics on anything malformed.
fn parse_bibtex(text: &str) -> BibEntry {
    let text = text.trim();
    let rest = text.strip_prefix('@').expect("starts with @");
    let open = rest.find('{').expect("an opening brace");
    let kind = rest[..open].to_string();
    let body = rest[open + 1..].strip_suffix('}').expect("a closing brace");
    let (key, mut rest) = body.split_once(',').expect("a key");
    let mut fields = BTreeMap::new();
    loop {
        rest = rest.trim_start_matches([',', ' ', '\n']);
        if rest.is_empty() {
            break;
        }
        let (name, after) = rest.split_once('=').expect("name = value");
        let after = after.trim_start();
        assert!(after.starts_with('{'), "value in braces: {after}");
        let mut depth = 0;
        let mut end = None;
        for (i, c) in after.char_indices() {
            match c {
                '{' => depth += 1,
                '}' => {
                    depth -= 1;
                    if depth == 0 {
                        end = Some(i);
                        break;
                    }
                }
                _ => {}
            }
        }
        let end = end.expect("balanced braces");
        let value = after[1..end].to_string();
        assert!(
            fields.insert(name.trim().to_string(), value).is_none(),
            "field {name} twice"
        );
        rest = &after[end + 1..];
    }
    BibEntry {
        kind,
        key: key.trim().to_string(),
        fields,
    }
}

/// Parses RIS: `XX  - value` lines, `TY` first and `ER` last; returns (tag, value) pairs.
fn parse_ris(text: &str) -> Vec<(String, String)> {
    let lines: Vec<(String, String)> = text
        .split("\r\n")
        .filter(|l| !l.is_empty())
        .map(|line| {
            assert!(line.len() >= 5, "short line {line:?}");
            let (tag, rest) = line.split_at(2);
            assert!(
                tag.chars()
                    .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit()),
                "tag {tag:?}"
            );
            let value = rest
                .strip_prefix("  - ")
                .or_else(|| rest.strip_prefix("  -"));
            (
                tag.to_string(),
                value.expect("`  - ` after the tag").trim().to_string(),
            )
        })
        .collect();
    assert_eq!(lines.first().map(|l| l.0.as_str()), Some("TY"));
    assert_eq!(lines.last().map(|l| l.0.as_str()), Some("ER"));
    lines
}

fn ris_values<'a>(lines: &'a [(String, String)], tag: &str) -> Vec<&'a str> {
    lines
        .iter()
        .filter(|(t, _)| t == tag)
        .map(|(_, v)| v.as_str())
        .collect()
}

#[test]
fn downloads_parse_and_carry_author_title_written_date_and_source() {
    let site = build_site(&repo_root());
    let bib = parse_bibtex(&site.read("texts/answers-to-mrs-celarie.bib"));
    assert_eq!(bib.kind, "misc");
    assert_eq!(bib.key, "answers-to-mrs-celarie");
    assert_eq!(bib.fields["author"], "Trotsky, Leon");
    assert_eq!(bib.fields["title"], "{Answers to Mrs. Célarié}");
    assert_eq!(bib.fields["date"], "1938-03-06");
    assert_eq!(
        bib.fields["year"], "1938",
        "the written year, not the edition's 1979"
    );
    assert_eq!(bib.fields["howpublished"], "Trotsky, 1935 and 1938");
    assert!(bib.fields["note"].contains("Writing of Leon Trotsky, Vol. 14"));

    let ris = parse_ris(&site.read("texts/answers-to-mrs-celarie.ris"));
    assert_eq!(ris_values(&ris, "AU"), vec!["Trotsky, Leon"]);
    assert_eq!(ris_values(&ris, "TI"), vec!["Answers to Mrs. Célarié"]);
    assert_eq!(ris_values(&ris, "DA"), vec!["1938/03/06/"]);
    assert_eq!(ris_values(&ris, "PY"), vec!["1938"]);

    let json: serde_json::Value =
        serde_json::from_str(&site.read("texts/answers-to-mrs-celarie.json")).expect("CSL-JSON");
    let item = &json[0];
    assert_eq!(item["title"], "Answers to Mrs. Célarié");
    assert_eq!(item["author"][0]["family"], "Trotsky");
    assert_eq!(item["author"][0]["given"], "Leon");
    assert_eq!(
        item["issued"]["date-parts"][0],
        serde_json::json!([1938, 3, 6])
    );
    assert_eq!(item["type"], "document");
}

#[test]
fn a_text_with_no_written_date_gets_no_date_in_place_of_one() {
    let site = build_site(&repo_root());
    let page = site.read("texts/in-support-of-terror-and-insurrection.html");
    assert_eq!(meta_contents(&page, "citation_date"), Vec::<String>::new());
    assert_eq!(
        meta_contents(&page, "citation_publication_date"),
        vec!["1994"]
    );
    let bib = parse_bibtex(&site.read("texts/in-support-of-terror-and-insurrection.bib"));
    assert!(!bib.fields.contains_key("date") && !bib.fields.contains_key("year"));
    let json: serde_json::Value =
        serde_json::from_str(&site.read("texts/in-support-of-terror-and-insurrection.json"))
            .expect("CSL-JSON");
    assert!(json[0].get("issued").is_none());
}

#[test]
fn highwire_tags_give_the_source_volume_and_pages() {
    let site = build_site(&repo_root());
    let page = site.read("texts/answers-to-mrs-celarie.html");
    assert_eq!(
        meta_contents(&page, "citation_title"),
        vec!["Answers to Mrs. Célarié"]
    );
    assert_eq!(
        meta_contents(&page, "citation_author"),
        vec!["Leon Trotsky"]
    );
    assert_eq!(meta_contents(&page, "citation_date"), vec!["1938/03/06"]);
    assert_eq!(meta_contents(&page, "citation_volume"), vec!["14"]);
    assert_eq!(meta_contents(&page, "citation_firstpage"), vec!["765"]);
    assert_eq!(meta_contents(&page, "citation_lastpage"), vec!["767"]);
    assert!(page.contains("<h2 id=\"cite-heading\">Cite this text</h2>"));
    assert!(page.contains(
        "Trotsky, Leon. “Answers to Mrs. Célarié.” 6 March 1938. In <cite>Trotsky, 1935 and 1938</cite>. Original source: <cite>Writing of Leon Trotsky</cite>, vol. 14. New York, 1979, pp. 765–767."
    ));
    for download in [
        "answers-to-mrs-celarie.bib",
        "answers-to-mrs-celarie.ris",
        "answers-to-mrs-celarie.json",
    ] {
        assert!(
            page.contains(&format!("href=\"{download}\"")),
            "{download} linked"
        );
    }
}

#[test]
fn with_a_base_url_the_reference_gives_the_pages_address_and_the_publisher() {
    let dir = project(&[
        (
            "content/site.yaml",
            "title: Letters\nbase_url: https://example.org/letters\n",
        ),
        (
            "seeds/letter.txt",
            "Letter to a Comrade\n\nSource: Leon Trotsky, Writings 1937-38 (New York: Pathfinder, 1976), pp. 98-102.\n\nWritten: 12 May 1938\n\nDear comrade, this letter runs on long enough to be a paragraph of prose, and then some more words.",
        ),
    ]);
    let site = build_site(dir.path());
    let page = site.read("texts/letter.html");
    assert_eq!(
        meta_contents(&page, "citation_publisher"),
        vec!["Pathfinder"]
    );
    assert_eq!(meta_contents(&page, "citation_firstpage"), vec!["98"]);
    assert_eq!(meta_contents(&page, "citation_lastpage"), vec!["102"]);
    let bib = parse_bibtex(&site.read("texts/letter.bib"));
    assert_eq!(
        bib.fields["url"],
        "https://example.org/letters/texts/letter.html"
    );
    let json: serde_json::Value =
        serde_json::from_str(&site.read("texts/letter.json")).expect("CSL-JSON");
    assert_eq!(
        json[0]["URL"],
        "https://example.org/letters/texts/letter.html"
    );
    assert!(page.contains("https://example.org/letters/texts/letter.html."));
}
