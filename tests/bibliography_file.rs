//! `content/bibliography.yaml`: the editors correct the works found in the texts (matched by
//! key or by author and title) and add works of their own; bad input is an error naming the
//! file, line and column, and the previous site stays as it was.

mod common;

use std::fs;
use std::path::Path;
use std::process::Command;

use common::{build_site, fixture, project};
use studysite::{BuildOptions, build};

/// The `<li>` of the work anchored `id` on the bibliography page.
fn work_item<'a>(page: &'a str, id: &str) -> &'a str {
    let start = page
        .find(&format!("<li id=\"{id}\""))
        .unwrap_or_else(|| panic!("no work {id} in {page}"));
    let end = page[start..].find("</li>").expect("the item ends") + start;
    &page[start..end]
}

#[test]
fn an_entry_matched_by_key_corrects_the_work_and_keeps_the_texts_wording() {
    let site = build_site(&fixture("bibliography-editors"));
    let page = site.read("bibliography.html");
    let item = work_item(&page, "work-deutscher-the-prophet-armed");
    assert!(
        item.contains("Deutscher, Isaac. <cite>The Prophet Armed: Trotsky, 1879–1921</cite>. London: Oxford University Press, 1954."),
        "the title corrected, the rest kept from the text: {item}"
    );
    assert!(
        item.contains("Corrected by the editors; the texts give it as: Isaac Deutscher, The Prophet Armed (London: Oxford University Press, 1954), p. 45."),
        "{item}"
    );
    assert!(item.contains("note 1"), "still cited by its note: {item}");
    let text = site.read("texts/chapter.html");
    assert!(
        text.contains("<i>The Prophet Armed: Trotsky, 1879–1921</i>"),
        "the formatted note uses the correction"
    );
    assert!(
        text.contains(
            "Isaac Deutscher, The Prophet Armed (London: Oxford University Press, 1954), p. 45."
        ),
        "the note's own words stay as the text gives them"
    );
}

#[test]
fn an_entry_matched_by_author_and_title_completes_the_work() {
    let site = build_site(&fixture("bibliography-editors"));
    let page = site.read("bibliography.html");
    let item = work_item(&page, "work-trotsky-my-life");
    assert!(
        item.contains(
            "Trotsky, Leon. <cite>My Life</cite>. New York: Charles Scribner’s Sons, 1930."
        ),
        "{item}"
    );
    assert!(item.contains("note 2") && item.contains("note 3"), "{item}");
    assert!(
        !page.contains("work-trotsky-autobiography"),
        "not added twice"
    );
}

#[test]
fn an_entry_that_matches_nothing_is_a_work_the_editors_name() {
    let site = build_site(&fixture("bibliography-editors"));
    let page = site.read("bibliography.html");
    let item = work_item(&page, "work-martens-another-view");
    assert!(
        item.contains("Martens, Ludo. <cite>Another View of Stalin</cite>. 1994."),
        "{item}"
    );
    assert!(
        item.contains("Named by the editors; no note of the texts cites it."),
        "{item}"
    );
    let order: Vec<usize> = [
        "work-deutscher-the-prophet-armed",
        "work-martens-another-view",
        "work-trotsky-my-life",
    ]
    .iter()
    .map(|id| page.find(&format!("<li id=\"{id}\"")).unwrap())
    .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "sorted by author");
}

#[test]
fn without_the_file_nothing_changes() {
    let dir = project(&[(
        "seeds/chapter.txt",
        &fs::read_to_string(fixture("bibliography-editors").join("seeds/chapter.txt")).unwrap(),
    )]);
    let page = build_site(dir.path()).read("bibliography.html");
    assert!(page.contains("Deutscher, Isaac. <cite>The Prophet Armed</cite>. London"));
    assert!(!page.contains("Corrected by the editors") && !page.contains("Named by the editors"));
}

/// A copy of the fixture with `yaml` as its bibliography, built once into `site/`, then again:
/// the second build's first error, and whether `site/` is as the first build left it.
fn second_build_error(yaml: &str) -> String {
    let seed =
        fs::read_to_string(fixture("bibliography-editors").join("seeds/chapter.txt")).unwrap();
    let dir = project(&[("seeds/chapter.txt", &seed)]);
    let root = dir.path();
    let out = root.join("site");
    let options = BuildOptions {
        root: root.to_path_buf(),
        out: out.clone(),
        base_url: None,
    };
    build(&options).expect("the first build");
    let before = fs::read(out.join("bibliography.html")).unwrap();
    fs::write(root.join("content/bibliography.yaml"), yaml)
        .or_else(|_| {
            fs::create_dir_all(root.join("content"))?;
            fs::write(root.join("content/bibliography.yaml"), yaml)
        })
        .unwrap();
    let error = build(&options).expect_err("the second build fails");
    assert_eq!(
        fs::read(out.join("bibliography.html")).unwrap(),
        before,
        "the previous site is untouched"
    );
    error.errors().next().expect("an error").to_string()
}

#[test]
fn an_unknown_field_is_an_error_at_its_line_and_column() {
    let error = second_build_error(
        "trotsky-my-life:\n  type: book\n  title: My Life\n  publsher: Scribner\n",
    );
    assert!(
        error.starts_with("content/bibliography.yaml:4:3: trotsky-my-life: unknown field `publsher`, expected one of `type`, `title`, `author`"),
        "{error}"
    );
}

#[test]
fn a_key_given_twice_is_an_error_at_the_second() {
    let error = second_build_error(
        "my-life:\n  type: book\n  title: My Life\nother:\n  type: book\nmy-life:\n  type: book\n",
    );
    assert_eq!(
        error,
        "content/bibliography.yaml:6:1: duplicate key `my-life` (first given on line 1)"
    );
}

#[test]
fn a_wrong_type_and_a_syntax_error_are_located() {
    let error = second_build_error("my-life:\n  type: book\n  title: [My, Life]\n");
    assert!(error.starts_with("content/bibliography.yaml:3:"), "{error}");
    let error = second_build_error("my-life:\n  type: book\n   title: My Life\n");
    assert!(error.starts_with("content/bibliography.yaml:3:"), "{error}");
}

#[test]
fn two_entries_for_one_work_are_an_error() {
    let error = second_build_error(
        "trotsky-my-life:\n  type: book\n  volume: 1\nagain:\n  type: book\n  title: My life\n  author: Trotsky, Leon\n",
    );
    assert!(
        error.starts_with("content/bibliography.yaml:")
            && error.contains("entry `again` corrects the same work as entry `trotsky-my-life`"),
        "{error}"
    );
}

#[test]
fn the_command_exits_non_zero_naming_the_file() {
    let dir = project(&[
        (
            "seeds/chapter.txt",
            &fs::read_to_string(fixture("bibliography-editors").join("seeds/chapter.txt")).unwrap(),
        ),
        (
            "content/bibliography.yaml",
            "a:\n  type: book\n  titel: X\n",
        ),
    ]);
    let output = Command::new(env!("CARGO_BIN_EXE_studysite"))
        .args(["build", "--root"])
        .arg(dir.path())
        .arg("--out")
        .arg(Path::new(dir.path()).join("site"))
        .output()
        .unwrap();
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("content/bibliography.yaml:3:3"), "{stderr}");
}
