//! The commands a new user runs: `init`, then `build` (with and without a public address), as
//! the binary runs them, and the files a host looks for.

mod common;

use std::fs;
use std::path::Path;
use std::process::{Command, Output};

fn studysite(args: &[&str], dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_studysite"))
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn init_makes_a_project_that_builds_at_once_with_the_built_in_templates() {
    let dir = tempfile::tempdir().unwrap();
    let init = studysite(&["init", "letters"], dir.path());
    assert!(init.status.success(), "{}", stderr(&init));
    assert!(
        stderr(&init).starts_with("made a starter project in letters (6 files)"),
        "{}",
        stderr(&init)
    );
    assert!(!dir.path().join("letters/templates").exists());
    let build = studysite(&["build", "--root", "letters"], dir.path());
    assert!(build.status.success(), "{}", stderr(&build));
    let summary = stderr(&build);
    assert!(summary.contains("built 1 text, "), "{summary}");
    assert!(!summary.contains("no title found"), "{summary}");
    let page = fs::read_to_string(
        dir.path()
            .join("letters/site/texts/lincoln-gettysburg-1863.html"),
    )
    .unwrap();
    assert!(page.contains("Address delivered at the dedication of the Cemetery at Gettysburg."));
    assert!(page.contains("Abraham Lincoln"));
    assert!(page.contains("datetime=\"1863-11-19\""));
}

#[test]
fn init_refuses_a_folder_with_files_in_it_and_leaves_them() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("mynotes.txt"), "mine").unwrap();
    let init = studysite(&["init", "."], dir.path());
    assert!(!init.status.success());
    assert!(stderr(&init).contains("is not empty"), "{}", stderr(&init));
    assert_eq!(
        fs::read_to_string(dir.path().join("mynotes.txt")).unwrap(),
        "mine"
    );
}

#[test]
fn with_templates_the_project_carries_a_copy_that_the_build_uses() {
    let dir = tempfile::tempdir().unwrap();
    assert!(
        studysite(&["init", "p", "--with-templates"], dir.path())
            .status
            .success()
    );
    let base = dir.path().join("p/templates/base.html");
    let edited = fs::read_to_string(&base)
        .unwrap()
        .replace("Skip to content", "Skip to the text");
    fs::write(&base, edited).unwrap();
    assert!(
        studysite(&["build", "--root", "p"], dir.path())
            .status
            .success()
    );
    let home = fs::read_to_string(dir.path().join("p/site/index.html")).unwrap();
    assert!(home.contains("Skip to the text"));
}

#[test]
fn every_site_has_a_404_page_robots_txt_and_a_favicon_but_no_sitemap_without_an_address() {
    let dir = tempfile::tempdir().unwrap();
    assert!(studysite(&["init", "p"], dir.path()).status.success());
    assert!(
        studysite(&["build", "--root", "p"], dir.path())
            .status
            .success()
    );
    let site = dir.path().join("p/site");
    let not_found = fs::read_to_string(site.join("404.html")).unwrap();
    assert!(not_found.contains("<h1>Page not found</h1>"));
    assert!(not_found.contains("href=\"index.html\""));
    assert_eq!(
        fs::read_to_string(site.join("robots.txt")).unwrap(),
        "User-agent: *\nAllow: /\n"
    );
    let icon = fs::read(site.join("favicon.ico")).unwrap();
    assert_eq!(&icon[..4], &[0, 0, 1, 0], "an ICO header");
    assert!(site.join("assets/favicon.svg").exists());
    // The shipped font: every face the stylesheet names is there, with its licence.
    let css = fs::read_to_string(site.join("assets/style.css")).unwrap();
    let faces: Vec<&str> = css
        .split("url(fonts/")
        .skip(1)
        .map(|rest| &rest[..rest.find(')').unwrap()])
        .collect();
    assert_eq!(
        faces.len(),
        9,
        "three subsets of regular, italic and semibold"
    );
    for face in faces {
        let bytes = fs::read(site.join("assets/fonts").join(face)).unwrap();
        assert_eq!(&bytes[..4], b"wOF2", "{face} is WOFF2");
    }
    assert!(
        fs::read_to_string(site.join("assets/fonts/OFL.txt"))
            .unwrap()
            .contains("SIL Open Font License, Version 1.1")
    );
    assert!(!site.join("sitemap.xml").exists());
    assert!(!site.join("feed.xml").exists());
    let text = fs::read_to_string(site.join("texts/lincoln-gettysburg-1863.html")).unwrap();
    assert!(text.contains("<meta property=\"og:type\" content=\"article\">"));
    assert!(!text.contains("og:url"), "no absolute URL without base_url");
}

#[test]
fn with_a_base_url_the_site_has_a_sitemap_a_feed_and_canonical_urls() {
    let dir = tempfile::tempdir().unwrap();
    assert!(studysite(&["init", "p"], dir.path()).status.success());
    let build = Command::new(env!("CARGO_BIN_EXE_studysite"))
        .args([
            "build",
            "--root",
            "p",
            "--base-url",
            "https://example.org/letters/",
        ])
        .current_dir(dir.path())
        .env("SOURCE_DATE_EPOCH", "1764547200")
        .output()
        .unwrap();
    assert!(build.status.success(), "{}", stderr(&build));
    let site = dir.path().join("p/site");
    let sitemap = fs::read_to_string(site.join("sitemap.xml")).unwrap();
    assert!(
        sitemap
            .contains("<loc>https://example.org/letters/texts/lincoln-gettysburg-1863.html</loc>")
    );
    assert!(sitemap.contains("<loc>https://example.org/letters/index.html</loc>"));
    assert!(!sitemap.contains("404.html"));
    let feed = fs::read_to_string(site.join("feed.xml")).unwrap();
    assert!(
        feed.contains("<updated>2025-12-01T00:00:00Z</updated>"),
        "{feed}"
    );
    assert!(feed.contains(
        "<entry>\n<title>Address delivered at the dedication of the Cemetery at Gettysburg.</title>"
    ));
    assert!(feed.contains("<author><name>Abraham Lincoln</name></author>"));
    assert_eq!(feed.matches("<entry>").count(), 1);
    assert!(
        fs::read_to_string(site.join("robots.txt"))
            .unwrap()
            .contains("Sitemap: https://example.org/letters/sitemap.xml")
    );
    let text = fs::read_to_string(site.join("texts/lincoln-gettysburg-1863.html")).unwrap();
    assert!(text.contains(
        "<link rel=\"canonical\" href=\"https://example.org/letters/texts/lincoln-gettysburg-1863.html\">"
    ));
    assert!(text.contains(
        "<p class=\"print-only print-url\">My study texts · https://example.org/letters/texts/lincoln-gettysburg-1863.html</p>"
    ), "printed pages say where they came from");
    let not_found = fs::read_to_string(site.join("404.html")).unwrap();
    assert!(not_found.contains("href=\"https://example.org/letters/index.html\""));
}

#[test]
fn a_base_url_that_is_not_one_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    assert!(studysite(&["init", "p"], dir.path()).status.success());
    let build = studysite(
        &["build", "--root", "p", "--base-url", "example.org"],
        dir.path(),
    );
    assert!(!build.status.success());
    assert!(
        stderr(&build).contains("`example.org` is not a base URL"),
        "{}",
        stderr(&build)
    );
}
