//! The search index as the page reads it: a query word is folded, its shard found by the same
//! hash, its stems looked up, and their places lead to passages that hold the word. The lookup
//! below does in Rust what `templates/search.js` does in the browser (the browser suite checks
//! the page itself, served and from `file://`).

mod common;

use serde_json::Value;
use studysite::render::search_index::{fold, shard_of};

use common::{BuiltSite, build_site, repo_root};

/// The data `meta.js` hands over: `studysiteSearch.meta(DATA);`.
fn meta(site: &BuiltSite) -> Value {
    let js = site.read("search/meta.js");
    let body = &js[js.find('(').unwrap() + 1..js.rfind(')').unwrap()];
    serde_json::from_str(body).unwrap()
}

/// The data a shard hands over: `studysiteSearch.<fn>(K, DATA);`.
fn payload(site: &BuiltSite, path: &str) -> Value {
    let js = site.read(path);
    let open = js.find('(').unwrap();
    let comma = js[open..].find(',').unwrap() + open;
    let body = &js[comma + 1..js.rfind(')').unwrap()];
    serde_json::from_str(body).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// (page href, passage anchor, passage text) of every place the word is found.
fn look_up(site: &BuiltSite, word: &str) -> Vec<(String, String, String)> {
    let settings = meta(site);
    let shards = settings["shards"].as_u64().unwrap() as usize;
    let per_chunk = settings["docsPerChunk"].as_u64().unwrap() as usize;
    let form = fold(word);
    let forms = payload(site, &format!("search/f{}.js", shard_of(&form, shards)));
    let mut places = Vec::new();
    for stem in forms[&form].as_array().cloned().unwrap_or_default() {
        let stem = stem.as_str().unwrap();
        let stems = payload(site, &format!("search/s{}.js", shard_of(stem, shards)));
        let hits = stems[stem][2].as_array().unwrap();
        for pair in hits.chunks(2) {
            let (doc, unit) = (
                pair[0].as_u64().unwrap() as usize,
                pair[1].as_u64().unwrap() as usize,
            );
            let docs = payload(site, &format!("search/d{}.js", doc / per_chunk));
            let file = docs[doc % per_chunk][2].as_u64().unwrap();
            let text = payload(site, &format!("search/t{file}.js"));
            let passage = &text[doc.to_string()][unit];
            places.push((
                docs[doc % per_chunk][0].as_str().unwrap().to_string(),
                passage[0].as_str().unwrap().to_string(),
                passage[2].as_str().unwrap().to_string(),
            ));
        }
    }
    places
}

#[test]
fn a_name_typed_without_accents_finds_the_paragraphs_that_name_it() {
    let site = build_site(&repo_root());
    let places = look_up(&site, "celarie");
    assert!(!places.is_empty());
    assert!(
        places.iter().any(|(href, anchor, _)| {
            href == "texts/answers-to-mrs-celarie.html" && anchor.is_empty()
        }),
        "the title: {places:?}"
    );
    for (href, anchor, text) in &places {
        assert!(
            fold(text).contains("celarie"),
            "{href}#{anchor} does not hold the word: {text}"
        );
    }
    // Every anchor is an id of the page it names.
    for (href, anchor, _) in places.iter().filter(|(_, a, _)| !a.is_empty()) {
        assert!(
            site.read(href).contains(&format!("id=\"{anchor}\"")),
            "{href}#{anchor}"
        );
    }
}

#[test]
fn another_form_of_a_word_finds_it_through_its_stem() {
    let site = build_site(&repo_root());
    let plural = look_up(&site, "revolutions");
    let singular = look_up(&site, "Revolution");
    assert!(!plural.is_empty());
    assert_eq!(plural, singular, "both forms share the stem `revolut`");
    assert!(
        plural.iter().any(|(href, anchor, text)| {
            href == "texts/in-support-of-terror-and-insurrection.html"
                && anchor == "p5"
                && text.contains("a fourth revolution")
        }),
        "{plural:?}"
    );
    assert!(look_up(&site, "zzzzunknown").is_empty());
}

#[test]
fn snippets_are_typographic_text_and_the_glossary_is_searched() {
    let site = build_site(&repo_root());
    let terror = look_up(&site, "terror");
    assert!(
        terror
            .iter()
            .any(|(_, _, text)| text.contains("‘individual terror’")),
        "{terror:?}"
    );
    let commissar = look_up(&site, "Commissar");
    assert!(
        commissar
            .iter()
            .any(|(href, _, _)| href == "names/leon-trotsky.html"),
        "{commissar:?}"
    );
}
