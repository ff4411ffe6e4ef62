//! A check of the rendered site before it is written: every internal link and anchor resolves.
//!
//! In: the output files. Out: one error per broken link, naming the page and the link. The
//! generator knows every page and every id it wrote, so it checks its own links instead of
//! relying on a crawler: a relative `href`/`src` must name an output file, and a `#fragment` an
//! `id` on that page; a link may not climb above the site root, and no page may use an id twice.
//! External links (with a scheme) and `mailto:` are not checked.

use std::collections::{BTreeMap, BTreeSet};

use rayon::prelude::*;

use crate::error::Diagnostic;
use crate::render::OutputFile;

/// Checks every link of every HTML page in `files`. Pages are read in parallel; the problems
/// come in the order of the pages.
pub fn check_links(files: &[OutputFile]) -> Vec<Diagnostic> {
    let pages: BTreeMap<&str, &str> = files
        .iter()
        .filter(|f| f.path.ends_with(".html"))
        .filter_map(|f| Some((f.path.as_str(), std::str::from_utf8(&f.contents).ok()?)))
        .collect();
    let all: BTreeSet<&str> = files.iter().map(|f| f.path.as_str()).collect();
    let ids: BTreeMap<&str, BTreeSet<&str>> = pages
        .par_iter()
        .map(|(path, html)| (*path, attribute_values(html, "id").collect()))
        .collect();
    let per_page: Vec<Vec<Diagnostic>> = pages
        .par_iter()
        .map(|(page, html)| {
            let mut problems = Vec::new();
            let mut seen = BTreeSet::new();
            for id in attribute_values(html, "id") {
                if !seen.insert(id) {
                    problems.push(Diagnostic::error(
                        format!("site/{page}"),
                        format!("the id `{id}` is used twice"),
                    ));
                }
            }
            for target in attribute_values(html, "href").chain(attribute_values(html, "src")) {
                if let Some(problem) = check_link(page, target, &all, &ids) {
                    problems.push(Diagnostic::error(
                        format!("site/{page}"),
                        format!("broken link `{target}`: {problem}"),
                    ));
                }
            }
            problems
        })
        .collect();
    per_page.into_iter().flatten().collect()
}

fn check_link(
    page: &str,
    target: &str,
    files: &BTreeSet<&str>,
    ids: &BTreeMap<&str, BTreeSet<&str>>,
) -> Option<String> {
    if target.contains(':') || target.starts_with("//") {
        return None; // external
    }
    let (path, fragment) = match target.split_once('#') {
        Some((path, fragment)) => (path, Some(fragment)),
        None => (target, None),
    };
    let resolved = if path.is_empty() {
        page.to_string()
    } else {
        match resolve(page, &percent_decode(path)) {
            Some(resolved) => resolved,
            None => return Some("it climbs above the site root".to_string()),
        }
    };
    if !files.contains(resolved.as_str()) {
        return Some(format!("no file {resolved}"));
    }
    match fragment {
        Some(id)
            if !id.is_empty()
                && !ids
                    .get(resolved.as_str())
                    .is_some_and(|set| set.contains(id)) =>
        {
            Some(format!("no id `{id}` in {resolved}"))
        }
        _ => None,
    }
}

/// `letter%20%233.txt` → `letter #3.txt` (invalid escapes are kept as written).
fn percent_decode(path: &str) -> String {
    let bytes = path.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let escaped = (bytes[i] == b'%')
            .then(|| path.get(i + 1..i + 3))
            .flatten()
            .and_then(|hex| u8::from_str_radix(hex, 16).ok());
        match escaped {
            Some(byte) => {
                out.push(byte);
                i += 3;
            }
            None => {
                out.push(bytes[i]);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// `texts/a.html` + `../index.html` → `index.html`; `None` if it climbs above the root.
fn resolve(page: &str, relative: &str) -> Option<String> {
    let mut parts: Vec<&str> = page.split('/').collect();
    parts.pop();
    for part in relative.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            other => parts.push(other),
        }
    }
    Some(parts.join("/"))
}

/// The values of `name="..."` attributes in `html` (our templates always quote with `"`).
fn attribute_values<'a>(html: &'a str, name: &'a str) -> impl Iterator<Item = &'a str> + 'a {
    let needle = format!(" {name}=\"");
    html.match_indices(needle.as_str())
        .map(move |(at, m)| at + m.len())
        .collect::<Vec<_>>()
        .into_iter()
        .filter_map(move |start| html[start..].find('"').map(|end| &html[start..start + end]))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(path: &str, html: &str) -> OutputFile {
        OutputFile {
            path: path.into(),
            contents: html.as_bytes().to_vec(),
        }
    }

    #[test]
    fn resolving_links_finds_missing_pages_and_anchors() {
        let files = vec![
            file(
                "index.html",
                "<a href=\"texts/a.html#p1\">x</a> <a href=\"texts/a.html#p9\">y</a> <a href=\"https://example.org\">z</a>",
            ),
            file(
                "texts/a.html",
                "<p id=\"p1\"><a href=\"../missing.html\">m</a> <a href=\"#p1\">self</a> \
                 <a href=\"../sources/letter%20%233.txt\">s</a> <a href=\"../../up.html\">u</a></p>\
                 <p id=\"p1\"></p><link href=\"../assets/style.css\">",
            ),
            file("assets/style.css", ""),
            file("sources/letter #3.txt", ""),
        ];
        let problems: Vec<String> = check_links(&files).iter().map(|d| d.to_string()).collect();
        assert_eq!(
            problems,
            vec![
                "site/index.html: broken link `texts/a.html#p9`: no id `p9` in texts/a.html",
                "site/texts/a.html: the id `p1` is used twice",
                "site/texts/a.html: broken link `../missing.html`: no file missing.html",
                "site/texts/a.html: broken link `../../up.html`: it climbs above the site root",
            ]
        );
    }
}
