//! A check of the rendered site before it goes live: every internal link and anchor resolves.
//!
//! In: each file's path and, for HTML pages, what the check needs of them, gathered as they are
//! rendered ([`LinkCollector::add`]: the page's ids and its link targets, the targets shared
//! between pages and stored once), so that a build never holds the pages themselves. Out: one
//! error per broken link, naming the page and the link. The generator knows every page and every
//! id it wrote, so it checks its own links instead of relying on a crawler: a relative
//! `href`/`src` must name an output file, and a `#fragment` an `id` on that page; a link may not
//! climb above the site root, no page may use an id twice, and no two files may share a path.
//! External links (with a scheme) and `mailto:` are not checked.

use std::collections::{HashMap, HashSet};
use std::sync::Mutex;

use rayon::prelude::*;

use crate::error::Diagnostic;
use crate::render::OutputFile;

/// Checks every link of every HTML page in `files`. The problems come in the order of the pages.
pub fn check_links(files: &[OutputFile]) -> Vec<Diagnostic> {
    let collector = LinkCollector::default();
    files
        .par_iter()
        .for_each(|file| match std::str::from_utf8(&file.contents) {
            Ok(text) => collector.add(&file.path, text),
            Err(_) => collector.add(&file.path, ""),
        });
    collector.check()
}

/// What the link check keeps of one HTML page.
struct PageLinks {
    path: String,
    /// Its ids, sorted, each once.
    ids: Vec<Box<str>>,
    /// Ids used more than once, at each repeated use.
    repeated_ids: Vec<Box<str>>,
    /// Its links as indices into the shared targets: the `href`s in order, then the `src`s.
    links: Vec<u32>,
}

/// Gathers, file by file and from any thread, what the link check needs; then checks.
#[derive(Default)]
pub struct LinkCollector {
    /// Every link target written by any page, numbered in the order first met.
    targets: Mutex<HashMap<Box<str>, u32>>,
    pages: Mutex<Vec<PageLinks>>,
    files: Mutex<Vec<String>>,
}

impl LinkCollector {
    /// Records the file at `path` (relative to the site, `/`-separated); an HTML page's ids and
    /// links are read from `contents`.
    pub fn add(&self, path: &str, contents: &str) {
        lock(&self.files).push(path.to_string());
        if !path.ends_with(".html") {
            return;
        }
        let found = scan(contents);
        let mut seen = HashSet::with_capacity(found.ids.len());
        let repeated_ids = found
            .ids
            .iter()
            .filter(|id| !seen.insert(**id))
            .map(|id| Box::from(*id))
            .collect();
        let mut ids: Vec<Box<str>> = seen.into_iter().map(Box::from).collect();
        ids.sort_unstable();
        let links = {
            let mut targets = lock(&self.targets);
            found
                .hrefs
                .iter()
                .chain(&found.srcs)
                .map(|target| match targets.get(*target) {
                    Some(&index) => index,
                    None => {
                        let index = u32::try_from(targets.len()).unwrap_or(u32::MAX);
                        targets.insert(Box::from(*target), index);
                        index
                    }
                })
                .collect()
        };
        lock(&self.pages).push(PageLinks {
            path: path.to_string(),
            ids,
            repeated_ids,
            links,
        });
    }

    /// The paths of the files recorded so far, in no particular order.
    pub fn paths(&self) -> Vec<String> {
        lock(&self.files).clone()
    }

    /// Checks every recorded page's links against the recorded files. Problems come in the
    /// order of the pages' paths.
    pub fn check(self) -> Vec<Diagnostic> {
        let mut files = into_inner(self.files);
        let mut pages = into_inner(self.pages);
        let mut targets: Vec<(Box<str>, u32)> = into_inner(self.targets).into_iter().collect();
        targets.sort_unstable_by_key(|&(_, index)| index);
        let targets: Vec<&str> = targets.iter().map(|(t, _)| &**t).collect();
        files.sort_unstable();
        pages.sort_unstable_by(|a, b| a.path.cmp(&b.path));
        let mut problems: Vec<Diagnostic> = files
            .windows(2)
            .filter(|pair| pair[0] == pair[1])
            .map(|pair| {
                Diagnostic::error(
                    format!("site/{}", pair[0]),
                    "two files of the site would be written to this path",
                )
            })
            .collect();
        let known: HashSet<&str> = files.iter().map(String::as_str).collect();
        let ids: HashMap<&str, &[Box<str>]> = pages
            .iter()
            .map(|p| (p.path.as_str(), p.ids.as_slice()))
            .collect();
        // A link's fate depends only on the folder of the page holding it (unless it points
        // into that page): decide each (folder, target) once.
        let pairs: HashSet<(&str, u32)> = pages
            .iter()
            .flat_map(|page| {
                let dir = folder(&page.path);
                page.links
                    .iter()
                    .filter(|&&t| !is_local(targets[t as usize]))
                    .map(move |&t| (dir, t))
            })
            .collect();
        let verdicts: HashMap<(&str, u32), Option<String>> = pairs
            .into_par_iter()
            .map(|(dir, t)| {
                let verdict = check_link(dir, targets[t as usize], &known, &ids);
                ((dir, t), verdict)
            })
            .collect();
        let per_page: Vec<Vec<Diagnostic>> = pages
            .par_iter()
            .map(|page| {
                let at = || format!("site/{}", page.path);
                let mut problems: Vec<Diagnostic> = page
                    .repeated_ids
                    .iter()
                    .map(|id| Diagnostic::error(at(), format!("the id `{id}` is used twice")))
                    .collect();
                let dir = folder(&page.path);
                for &t in &page.links {
                    let target = targets[t as usize];
                    let problem = if is_local(target) {
                        missing_local_id(&page.path, target, &page.ids)
                    } else {
                        verdicts.get(&(dir, t)).cloned().flatten()
                    };
                    if let Some(problem) = problem {
                        problems.push(Diagnostic::error(
                            at(),
                            format!("broken link `{target}`: {problem}"),
                        ));
                    }
                }
                problems
            })
            .collect();
        problems.extend(per_page.into_iter().flatten());
        problems
    }
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

fn into_inner<T>(mutex: Mutex<T>) -> T {
    mutex
        .into_inner()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// The folder of a page, `""` at the top: what its relative links are resolved from.
fn folder(page: &str) -> &str {
    page.rsplit_once('/').map_or("", |(dir, _)| dir)
}

/// An external link, or one into the page itself (`#p1`, or empty).
fn is_local(target: &str) -> bool {
    is_external(target) || target.split('#').next().is_none_or(str::is_empty)
}

fn is_external(target: &str) -> bool {
    target.contains(':') || target.starts_with("//")
}

/// A link into the page itself: its fragment must be one of the page's ids.
fn missing_local_id(page: &str, target: &str, ids: &[Box<str>]) -> Option<String> {
    if is_external(target) {
        return None;
    }
    match target.split_once('#') {
        Some((_, id)) if !id.is_empty() && !has_id(ids, id) => {
            Some(format!("no id `{id}` in {page}"))
        }
        _ => None,
    }
}

/// Whether a page's sorted ids hold `id`.
fn has_id(ids: &[Box<str>], id: &str) -> bool {
    ids.binary_search_by(|x| (**x).cmp(id)).is_ok()
}

/// A link from a page in folder `dir` to another file: `None` if it resolves.
fn check_link(
    dir: &str,
    target: &str,
    files: &HashSet<&str>,
    ids: &HashMap<&str, &[Box<str>]>,
) -> Option<String> {
    let (path, fragment) = match target.split_once('#') {
        Some((path, fragment)) => (path, Some(fragment)),
        None => (target, None),
    };
    let Some(resolved) = resolve(dir, &percent_decode(path)) else {
        return Some("it climbs above the site root".to_string());
    };
    if !files.contains(resolved.as_str()) {
        return Some(format!("no file {resolved}"));
    }
    match fragment {
        Some(id)
            if !id.is_empty()
                && !ids
                    .get(resolved.as_str())
                    .is_some_and(|set| has_id(set, id)) =>
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

/// Folder `texts` + `../index.html` → `index.html`; `None` if it climbs above the root.
fn resolve(dir: &str, relative: &str) -> Option<String> {
    let mut parts: Vec<&str> = dir.split('/').filter(|p| !p.is_empty()).collect();
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

/// The values of the `id`, `href` and `src` attributes of a page, each in order.
struct Attributes<'a> {
    ids: Vec<&'a str>,
    hrefs: Vec<&'a str>,
    srcs: Vec<&'a str>,
}

/// Reads `name="value"` attributes (our templates always quote with `"` and put a space before
/// the name) in one pass: every `="` is looked at once, and the name before it decides.
fn scan(html: &str) -> Attributes<'_> {
    let bytes = html.as_bytes();
    let mut found = Attributes {
        ids: Vec::new(),
        hrefs: Vec::new(),
        srcs: Vec::new(),
    };
    for at in memchr::memchr_iter(b'=', bytes) {
        if bytes.get(at + 1) != Some(&b'"') {
            continue;
        }
        let before = &bytes[..at];
        let list = if before.ends_with(b" id") {
            &mut found.ids
        } else if before.ends_with(b" href") {
            &mut found.hrefs
        } else if before.ends_with(b" src") {
            &mut found.srcs
        } else {
            continue;
        };
        let start = at + 2;
        if let Some(len) = memchr::memchr(b'"', &bytes[start..]) {
            list.push(&html[start..start + len]);
        }
    }
    found
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
                 <p id=\"p1\"></p><link href=\"../assets/style.css\"><a href=\"#nowhere\">n</a>",
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
                "site/texts/a.html: broken link `#nowhere`: no id `nowhere` in texts/a.html",
            ]
        );
    }

    #[test]
    fn two_files_on_one_path_are_reported() {
        let files = vec![file("a.html", ""), file("a.html", "")];
        let problems: Vec<String> = check_links(&files).iter().map(|d| d.to_string()).collect();
        assert_eq!(
            problems,
            vec!["site/a.html: two files of the site would be written to this path"]
        );
    }

    #[test]
    fn attributes_are_read_by_name_with_a_space_before() {
        let found =
            scan("<a data-href=\"x\" href=\"y\" id=\"i\"><img src=\"s\"> width=3 href=\"unclosed");
        assert_eq!(found.hrefs, vec!["y"]);
        assert_eq!(found.ids, vec!["i"]);
        assert_eq!(found.srcs, vec!["s"]);
    }
}
