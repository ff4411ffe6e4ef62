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
