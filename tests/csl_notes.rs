//! Notes in the configured citation style: `citation_style` in `content/site.yaml` picks one of
//! hayagriva's built-in CSL styles; the source's wording stays beside each formatted note; an
//! unknown style fails the build naming the file.

mod common;

use common::{build_site, project, repo_root};
use studysite::{BuildOptions, build};

const SEED: &str = "A Chapter\n\nThe author begins with a long enough paragraph of commentary,[1] which goes on for a while to be prose, and cites more.[2]\n\nNotes\n\n[1] Isaac Deutscher, The Prophet Armed (London: Oxford University Press, 1954), p. 45.\n\n[2] Ibid., p. 50.\n";

#[test]
fn the_bundled_notes_read_as_chicago_notes_with_the_original_one_click_away() {
    let site = build_site(&repo_root());
    let page = site.read("texts/in-support-of-terror-and-insurrection.html");
    assert!(page.contains(
        "Leon Trotsky, “Pour sa propre sauvegarde, la bureaucratie entretient la terreur,” in <i>L'appareil policier du stalinisme</i> (Union générale d'éditions, 1976), 85–87. <details class=\"note-original\""
    ));
    assert!(page.contains("<summary>As the source gives it</summary>"));
    assert!(!page.contains(" style="), "no inline styles");
}

#[test]
fn a_site_in_apa_gets_author_date_notes_and_ibid_becomes_the_short_form() {
    let dir = project(&[
        ("content/site.yaml", "title: Notes\ncitation_style: apa\n"),
        ("seeds/chapter.txt", SEED),
    ]);
    let page = build_site(dir.path()).read("texts/chapter.html");
    assert!(page.contains("(Deutscher, 1954, p. 45)"), "{page}");
    assert!(
        page.contains("(Deutscher, 1954, p. 50)"),
        "Ibid. resolved to the same work"
    );
}

#[test]
fn regression_an_unknown_citation_style_fails_the_build_naming_the_file() {
    let dir = project(&[
        (
            "content/site.yaml",
            "title: Notes\ncitation_style: chicago-nots\n",
        ),
        ("seeds/chapter.txt", SEED),
    ]);
    let error = build(&BuildOptions {
        root: dir.path().to_path_buf(),
        out: dir.path().join("site"),
        base_url: None,
    })
    .expect_err("the build fails")
    .to_string();
    assert!(
        error.contains("content/site.yaml: citation_style `chicago-nots`"),
        "{error}"
    );
}
