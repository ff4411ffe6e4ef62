//! Pages every site has: the built-in About page, and the highlighting stylesheet only where a
//! page shows code.

mod common;

use common::{build_site, project, repo_root};

#[test]
fn a_site_without_an_about_page_gets_one_that_states_the_editorial_rules() {
    let dir = project(&[(
        "seeds/letter.txt",
        "A Letter\n\nA paragraph of text long enough to be prose in this test, with a comma.\n",
    )]);
    let site = build_site(dir.path());
    let about = site.read("about.html");
    assert!(about.contains("About this edition"));
    assert!(about.contains("punctuation are not changed"));
    assert!(
        site.read("index.html").contains("href=\"about.html\""),
        "in the navigation"
    );
}

#[test]
fn the_editors_about_page_wins_over_the_built_in_one() {
    let site = build_site(&repo_root());
    let about = site.read("about.html");
    assert!(!about.contains("punctuation are not changed"));
}

#[test]
fn only_pages_with_code_load_the_highlighting_stylesheet() {
    let dir = project(&[
        (
            "seeds/letter.txt",
            "A Letter\n\nA paragraph of text long enough to be prose in this test, with a comma.\n",
        ),
        (
            "content/notes.md",
            "---\ntitle: Notes\n---\nA sample:\n\n```yaml\nkey: value\n```\n",
        ),
    ]);
    let site = build_site(dir.path());
    assert!(site.read("notes.html").contains("assets/highlight.css"));
    assert!(!site.read("index.html").contains("assets/highlight.css"));
    assert!(
        !site
            .read("texts/letter.html")
            .contains("assets/highlight.css")
    );
}

/// The pages reachable from `start` in at most `clicks` clicks (relative `href`s only).
fn reachable(
    site: &common::BuiltSite,
    start: &str,
    clicks: usize,
) -> std::collections::BTreeSet<String> {
    let mut seen = std::collections::BTreeSet::from([start.to_string()]);
    let mut frontier = vec![start.to_string()];
    for _ in 0..clicks {
        let mut next = Vec::new();
        for page in &frontier {
            let html = site.read(page);
            let folder = page.rsplit_once('/').map_or("", |(f, _)| f);
            for part in html.split("href=\"").skip(1) {
                let target = &part[..part.find('"').unwrap_or(0)];
                let target = target.split('#').next().unwrap_or("");
                if target.is_empty() || target.contains(':') || !target.ends_with(".html") {
                    continue;
                }
                let mut path: Vec<&str> = if folder.is_empty() {
                    vec![]
                } else {
                    folder.split('/').collect()
                };
                for piece in target.split('/') {
                    match piece {
                        ".." => {
                            path.pop();
                        }
                        "." | "" => {}
                        p => path.push(p),
                    }
                }
                let resolved = path.join("/");
                if seen.insert(resolved.clone()) {
                    next.push(resolved);
                }
            }
        }
        frontier = next;
    }
    seen
}

#[test]
fn a_collection_is_browsed_by_year_author_and_title_and_every_text_is_three_clicks_away() {
    let mut files: Vec<(String, String)> = Vec::new();
    for i in 0..30 {
        let author = if i % 3 == 0 {
            "Rosa Luxemburg"
        } else {
            "Leo Jogiches"
        };
        files.push((
            format!("seeds/letter-{i:02}.txt"),
            format!(
                "{author}: Letter number {i} (March {}, {})\n\nA paragraph of text long enough to be prose in this test, with a comma.\n",
                1 + i % 28,
                1900 + i % 7
            ),
        ));
    }
    let borrowed: Vec<(&str, &str)> = files
        .iter()
        .map(|(a, b)| (a.as_str(), b.as_str()))
        .collect();
    let dir = project(&borrowed);
    let site = build_site(dir.path());
    let home = site.read("index.html");
    assert!(
        home.contains("Browse the collection"),
        "the home page browses a collection of 30"
    );
    assert!(home.contains("href=\"years/1903.html\""));
    assert!(home.contains("href=\"authors/rosa-luxemburg.html\""));
    let by_author = site.read("authors/rosa-luxemburg.html");
    assert_eq!(
        by_author.matches("Letter number").count(),
        10,
        "every third letter is hers"
    );
    assert!(site.read("titles.html").contains("Letter number 29"));
    let within_three = reachable(&site, "index.html", 3);
    for text in site.text_pages() {
        assert!(
            within_three.contains(&text),
            "{text} is more than three clicks from the home page"
        );
    }
}
