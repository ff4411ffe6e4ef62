//! schema.org JSON-LD for a text page: the same facts as its Highwire `citation_*` tags
//! ([`super::cite::citation_meta`]), for readers of structured data.
//!
//! In: a [`Text`], its own source ([`TextSource`]) and, when `base_url` is set, the page's
//! address. Out: the JSON of a `<script type="application/ld+json">` data block, every `<`,
//! `>` and `&` written as a `\u` escape so that nothing in it can close the element or open a
//! comment (the data block is not run, so the Content-Security-Policy's `script-src` does not
//! apply to it).
//!
//! The text is a `CreativeWork` (the texts are letters, articles, speeches and book sections,
//! and the model does not tell them apart). `dateCreated` is the date it was written
//! (`citation_date`) and `datePublished` the date it was published (`citation_publication_date`):
//! one is never given for the other. `isPartOf` is its own source, with the publisher and volume;
//! `pageStart`/`pageEnd` are the pages it fills there. `url` only when the site's address is known:
//! pages are linked relatively and work from any path and from `file://`.

use serde_json::{Map, Value, json};

use super::cite::TextSource;
use crate::model::Text;
use crate::model::citation::{CitationParts, ReferenceFamily};

/// The JSON-LD of `text`'s page, escaped for a `<script>` data block.
pub fn text_json_ld(text: &Text, source: Option<&TextSource>, url: Option<&str>) -> String {
    let mut item = Map::new();
    item.insert("@context".into(), json!("https://schema.org"));
    item.insert("@type".into(), json!("CreativeWork"));
    item.insert("name".into(), json!(text.title));
    if !text.authors.is_empty() {
        item.insert("author".into(), persons(&text.authors));
    }
    if let Some(date) = &text.date {
        item.insert("dateCreated".into(), json!(date.datetime_attr()));
    }
    if let Some(published) = &text.published {
        item.insert("datePublished".into(), json!(published.datetime_attr()));
    }
    if let Some(language) = &text.language {
        item.insert("inLanguage".into(), json!(language));
    }
    if let Some(url) = url {
        item.insert("url".into(), json!(url));
    }
    if let Some(parts) = source.and_then(|s| s.parts.as_ref()) {
        if let Some(container) = source_work(parts) {
            item.insert("isPartOf".into(), container);
        }
        if let Some(pages) = &parts.pages {
            item.insert("pageStart".into(), json!(pages.first));
            if let Some(last) = &pages.last {
                item.insert("pageEnd".into(), json!(last));
            }
        }
    }
    escape_for_script(&Value::Object(item).to_string())
}

fn persons(names: &[String]) -> Value {
    Value::Array(
        names
            .iter()
            .map(|name| json!({ "@type": "Person", "name": name }))
            .collect(),
    )
}

/// The work the text is printed in: a book (a volume of one, a periodical's issue), or an
/// archive's holding; none when its reference has no title or holder to name it by.
fn source_work(parts: &CitationParts) -> Option<Value> {
    let mut work = Map::new();
    if parts.family == ReferenceFamily::Archival {
        let holder = parts.repository.as_ref()?;
        work.insert("@type".into(), json!("ArchiveComponent"));
        if let Some(name) = parts.collection.as_ref().or(parts.document_type.as_ref()) {
            work.insert("name".into(), json!(name));
        }
        work.insert(
            "holdingArchive".into(),
            json!({ "@type": "ArchiveOrganization", "name": holder }),
        );
        return Some(Value::Object(work));
    }
    let name = parts.work_title()?;
    let kind = if parts.family == ReferenceFamily::Periodical {
        "PublicationIssue"
    } else if parts.volume.is_some() {
        "PublicationVolume"
    } else {
        "Book"
    };
    work.insert("@type".into(), json!(kind));
    work.insert("name".into(), json!(name));
    if let Some(author) = &parts.author {
        work.insert("author".into(), persons(std::slice::from_ref(author)));
    }
    if let Some(volume) = &parts.volume {
        work.insert("volumeNumber".into(), json!(volume));
    }
    if let Some(number) = &parts.number {
        work.insert("issueNumber".into(), json!(number));
    }
    if let Some(edition) = &parts.edition {
        work.insert("bookEdition".into(), json!(edition));
    }
    if let Some(publisher) = &parts.publisher {
        work.insert(
            "publisher".into(),
            json!({ "@type": "Organization", "name": publisher }),
        );
    }
    match (&parts.issue, parts.year) {
        (Some(issue), _) => {
            work.insert("datePublished".into(), json!(issue.datetime_attr()));
        }
        (None, Some(year)) => {
            work.insert("datePublished".into(), json!(format!("{year:04}")));
        }
        (None, None) => {}
    }
    Some(Value::Object(work))
}

/// `<`, `>` and `&` as `\u003c`, `\u003e`, `\u0026`: the same JSON, and no `</script>` or
/// `<!--` inside the element. (They only occur inside JSON strings, where the escape is valid.)
fn escape_for_script(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    for c in json.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nothing_in_the_data_can_close_the_script_and_it_stays_the_same_json() {
        let raw = json!({ "name": "T </script><!-- <b> & more" }).to_string();
        let escaped = escape_for_script(&raw);
        assert!(
            !escaped.contains('<') && !escaped.contains('>'),
            "{escaped}"
        );
        let back: Value = serde_json::from_str(&escaped).unwrap();
        assert_eq!(back["name"], "T </script><!-- <b> & more");
    }
}
