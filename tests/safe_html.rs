//! Nothing an editor's file holds runs in a reader's browser: scripts, handlers and `javascript:`
//! links in every kind of editors' Markdown are removed with a warning naming file:line (plain
//! fields such as titles and timeline labels are escaped), every
//! page carries a strict Content-Security-Policy, and no page asks another site for anything.

mod common;

use common::{build_site, project};

const SEED: &str = "A Title\n\nSome prose mentioning Someone, long enough to be a paragraph.\n";
const POLICY: &str = "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'\">";

/// A project whose every editors' input tries a script, a handler and a `javascript:` link.
fn hostile(trusted: bool) -> tempfile::TempDir {
    let site = format!("title: Hostile\ntrusted_html: {trusted}\n");
    let site: &'static str = Box::leak(site.into_boxed_str());
    project(&[
        ("seeds/x.txt", SEED),
        ("content/site.yaml", site),
        (
            "content/texts/x.md",
            "---\ntitle: T <script>alert('title')</script>\nsummary: Sum <script>alert('summary')</script> [go](javascript:alert('s'))\npart_of: '<img alt=\"seal\" onerror=\"alert(1)\"> Works'\n---\nIntro <b onclick=\"alert('intro')\">bold</b>.\n\n<script>alert('introduction')</script>\n",
        ),
        (
            "content/about.md",
            "---\ntitle: About\n---\nAbout [me](JaVaScRiPt:alert('about')).\n\n<iframe src=\"https://evil.example/\"></iframe>\n\n![seal](https://evil.example/seal.png)\n",
        ),
        (
            "content/index.md",
            "Welcome.\n\n<svg onload=\"alert(1)\"></svg>\n",
        ),
        (
            "content/timeline.yaml",
            "events:\n  - date: 1905\n    label: <script>alert('timeline')</script>\n",
        ),
        (
            "content/glossary.yaml",
            "entries:\n  - id: someone\n    name: Someone\n    kind: person\n    description: A person <script>alert('glossary')</script>\n",
        ),
    ])
}

fn all_html(site: &common::BuiltSite) -> String {
    site.files()
        .iter()
        .filter(|f| f.ends_with(".html"))
        .map(|f| site.read(f))
        .collect()
}

#[test]
fn scripts_handlers_and_javascript_links_in_editors_markdown_do_not_reach_the_pages() {
    let dir = hostile(false);
    let site = build_site(dir.path());
    // The search page's own script file is the build's, and so are the text pages' JSON-LD
    // data blocks (escaped: no `<` inside); nothing else may be a script.
    let html = all_html(&site)
        .to_lowercase()
        .replace(
            "<script src=\"assets/search.js\" data-root=\"\"></script>",
            "",
        )
        .replace("<script type=\"application/ld+json\">", "");
    // (The page's description meta holds the summary as text, escaped: only markup counts.)
    for bad in [
        "<script",
        " onerror=",
        " onclick=",
        " onload=",
        "href=\"javascript:",
        "<iframe",
        "<svg onload", // the timeline's own <svg> is the build's
        "src=\"https://evil.example",
    ] {
        assert!(!html.contains(bad), "`{bad}` reached a page");
    }
    // What is allowed stays: emphasis, the summary's words, the link text.
    let text = site.read("texts/x.html");
    assert!(text.contains("Intro <b>bold</b>."), "{text}");
    assert!(text.contains("Sum "), "{text}");
}

#[test]
fn each_removal_is_a_warning_naming_file_and_line() {
    let dir = hostile(false);
    let site = build_site(dir.path());
    let warnings: Vec<String> = site.report.warnings.iter().map(|w| w.to_string()).collect();
    let expected = [
        "content/about.md:4:7: link `JaVaScRiPt:alert('about')` is removed: links may go to http, https and mailto addresses and within the site",
        "content/about.md:6:1: HTML element <iframe> is removed (only the elements of scholarly prose are kept; content/site.yaml can say trusted_html: true)",
        "content/about.md:8:1: image `https://evil.example/seal.png` is not shown: pages load nothing from other sites",
        "content/glossary.yaml:5:27: HTML element <script> is removed (only the elements of scholarly prose are kept; content/site.yaml can say trusted_html: true)",
        "content/index.md:3:1: HTML element <svg> is removed (only the elements of scholarly prose are kept; content/site.yaml can say trusted_html: true)",
        "content/texts/x.md:3:14: HTML element <script> is removed (only the elements of scholarly prose are kept; content/site.yaml can say trusted_html: true)",
        "content/texts/x.md:3:48: link `javascript:alert('s')` is removed: links may go to http, https and mailto addresses and within the site",
        "content/texts/x.md:4:10: attribute `onerror` of <img> is removed (only the attributes of scholarly prose are kept; content/site.yaml can say trusted_html: true)",
        "content/texts/x.md:6:7: attribute `onclick` of <b> is removed (only the attributes of scholarly prose are kept; content/site.yaml can say trusted_html: true)",
        "content/texts/x.md:8:1: HTML element <script> is removed (only the elements of scholarly prose are kept; content/site.yaml can say trusted_html: true)",
    ];
    let removals: Vec<&String> = warnings
        .iter()
        .filter(|w| w.contains(" is removed") || w.contains(" is not shown"))
        .collect();
    assert_eq!(removals, expected.iter().collect::<Vec<_>>());
}

#[test]
fn trusted_html_keeps_the_editors_html_without_warnings() {
    let dir = hostile(true);
    let site = build_site(dir.path());
    let text = site.read("texts/x.html");
    assert!(
        text.contains("<script>alert('introduction')</script>"),
        "{text}"
    );
    assert!(
        !site
            .report
            .warnings
            .iter()
            .any(|w| w.message.contains("is removed")),
        "{:?}",
        site.report.warnings
    );
}

#[test]
fn every_page_carries_the_policy_and_asks_no_other_site_for_anything() {
    let dir = project(&[("seeds/x.txt", SEED)]);
    let site = build_site(dir.path());
    for file in site.files().iter().filter(|f| f.ends_with(".html")) {
        let html = site.read(file);
        assert!(html.contains(POLICY), "{file} has no policy");
        for attribute in ["src=\"http", "href=\"//", "src=\"//", "url(http", "@import"] {
            assert!(!html.contains(attribute), "{file}: {attribute}");
        }
        assert!(
            !html.contains(" style=\""),
            "{file}: an inline style the policy blocks"
        );
        // Scripts only as the site's own files (the search page's), never inline. A text
        // page's JSON-LD is a data block (not run, so outside `script-src`), and must be JSON.
        for script in html.split("<script").skip(1) {
            let tag = &script[..script.find("</script>").expect("closed")];
            if let Some(data) = tag.strip_prefix(" type=\"application/ld+json\">") {
                assert!(
                    serde_json::from_str::<serde_json::Value>(data).is_ok(),
                    "{file}: a JSON-LD block that is not JSON: {data}"
                );
                continue;
            }
            assert!(
                tag.starts_with(" src=\"") && tag.ends_with('>') && !tag.contains("src=\"http"),
                "{file}: an inline or outside script: <script{tag}"
            );
        }
    }
    for link in common::attributes_in_tags(&site.read("index.html"), "rel=\"stylesheet\"", "href") {
        assert!(!link.contains(':'), "stylesheet from elsewhere: {link}");
    }
}
