//! Bad input: a clear message naming the file (and line:column), a non-zero exit, and the
//! previous site left exactly as it was.

mod common;

use std::fs;
use std::process::Command;

use common::fixture;
use studysite::{BuildOptions, build, render_site};

fn first_error(fixture_name: &str) -> String {
    let error = render_site(&fixture(fixture_name)).expect_err("the build must fail");
    error.errors().next().expect("an error").to_string()
}

#[test]
fn malformed_front_matter_names_file_line_and_column() {
    let message = first_error("errors-front-matter");
    assert!(
        message.starts_with("content/texts/x.md:2:8: "),
        "got: {message}"
    );
}

#[test]
fn unknown_front_matter_field_is_named_with_its_position() {
    assert_eq!(
        first_error("errors-unknown-field"),
        "content/texts/x.md:3:1: unknown field `authr`, expected one of `title`, `author`, `authors`, `date`, `published`, `place`, `kind`, `language`, `source`, `part_of`, `summary`, `slug`"
    );
}

#[test]
fn template_error_names_the_template_line_and_column() {
    let message = first_error("errors-template");
    assert!(
        message.starts_with("templates/text.html:3:"),
        "got: {message}"
    );
}

#[test]
fn missing_seeds_folder_is_explained() {
    let message = first_error("errors-no-seeds");
    assert!(message.contains("no seeds/ folder"), "got: {message}");
}

#[test]
fn an_empty_seeds_folder_is_an_error_that_says_what_to_do() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir_all(dir.path().join("seeds")).unwrap();
    let error = render_site(dir.path()).expect_err("an empty seeds/ must fail");
    assert_eq!(
        error.errors().next().unwrap().to_string(),
        "seeds: no texts to build: put the source texts (plain UTF-8 .txt files) in this folder, \
         or run `studysite init DIR` to start a new project"
    );
}

#[test]
fn non_utf8_seed_names_the_file_and_position() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir_all(dir.path().join("seeds")).unwrap();
    fs::write(
        dir.path().join("seeds/latin1.txt"),
        b"Title\n\nCaf\xe9 society.\n",
    )
    .unwrap();
    let error = render_site(dir.path()).expect_err("must fail");
    assert_eq!(
        error.errors().next().unwrap().to_string(),
        "seeds/latin1.txt:3:4: not valid UTF-8 (byte 10); save the file as UTF-8 (e.g. `iconv -f latin1 -t utf-8`)"
    );
}

#[test]
fn a_failed_build_leaves_the_previous_site_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("project");
    fs::create_dir_all(root.join("seeds")).unwrap();
    fs::create_dir_all(root.join("content/texts")).unwrap();
    fs::write(
        root.join("seeds/a.txt"),
        "A Title\n\nSome text that is long enough to be prose here.\n",
    )
    .unwrap();
    let out = root.join("site");
    build(&BuildOptions {
        root: root.clone(),
        out: out.clone(),
        base_url: None,
    })
    .expect("first build");
    let before = fs::read(out.join("texts/a.html")).unwrap();

    fs::write(
        root.join("content/texts/a.md"),
        "---\ntitle: [broken\n---\n",
    )
    .unwrap();
    fs::write(
        root.join("seeds/b.txt"),
        "Another\n\nMore text that is long enough to be prose here.\n",
    )
    .unwrap();
    build(&BuildOptions {
        root: root.clone(),
        out: out.clone(),
        base_url: None,
    })
    .expect_err("second build fails");
    assert_eq!(fs::read(out.join("texts/a.html")).unwrap(), before);
    assert!(!out.join("texts/b.html").exists());
    let leftovers: Vec<String> = fs::read_dir(&root)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with('.') && n != ".site.lock") // the lock file stays, by design
        .collect();
    assert!(
        leftovers.is_empty(),
        "temporary folders left: {leftovers:?}"
    );
}

#[test]
fn a_broken_link_found_after_the_pages_were_written_leaves_the_previous_site_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("project");
    fs::create_dir_all(root.join("seeds")).unwrap();
    fs::write(
        root.join("seeds/a.txt"),
        "A Title\n\nSome text that is long enough to be prose here.\n",
    )
    .unwrap();
    let out = root.join("site");
    let options = BuildOptions {
        root: root.clone(),
        out: out.clone(),
        base_url: None,
    };
    build(&options).expect("first build");
    let before = fs::read(out.join("texts/a.html")).unwrap();

    // Pages are written into the staging folder as they are rendered; the link check comes
    // after, and its failure must still leave the old site and no staging folder behind.
    fs::create_dir_all(root.join("templates")).unwrap();
    fs::write(
        root.join("templates/text.html"),
        "{% extends \"base.html\" %}{% block main %}<a href=\"nowhere.html\">x</a>{% endblock main %}",
    )
    .unwrap();
    let error = build(&options).expect_err("second build fails");
    let messages: Vec<String> = error.diagnostics.iter().map(|d| d.to_string()).collect();
    assert_eq!(
        messages,
        vec!["site/texts/a.html: broken link `nowhere.html`: no file texts/nowhere.html"]
    );
    assert_eq!(fs::read(out.join("texts/a.html")).unwrap(), before);
    let leftovers: Vec<String> = fs::read_dir(&root)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with('.') && n != ".site.lock") // the lock file stays, by design
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn the_command_exits_non_zero_and_prints_the_location() {
    let output = Command::new(env!("CARGO_BIN_EXE_studysite"))
        .args(["build", "--root"])
        .arg(fixture("errors-unknown-field"))
        .arg("--out")
        .arg(tempfile::tempdir().unwrap().path().join("site"))
        .output()
        .unwrap();
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("content/texts/x.md:3:1"), "{stderr}");
    assert!(
        stderr.contains("authr: Someone"),
        "the offending line is shown: {stderr}"
    );
    assert!(stderr.contains("build failed with 1 error"), "{stderr}");
}

#[test]
fn help_and_version() {
    let help = Command::new(env!("CARGO_BIN_EXE_studysite"))
        .args(["build", "--help"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&help.stdout);
    assert!(help.status.success());
    assert!(
        text.contains("--root <DIR>") && text.contains("--out <DIR>"),
        "{text}"
    );
    let version = Command::new(env!("CARGO_BIN_EXE_studysite"))
        .arg("--version")
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&version.stdout).trim(),
        format!("studysite {}", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn regression_an_editors_page_may_not_overwrite_a_generated_one() {
    let dir = common::project(&[
        (
            "seeds/x.txt",
            "A Title\n\nSome text that is long enough to be prose here.\n",
        ),
        (
            "content/timeline.md",
            "---\ntitle: My timeline\n---\nText.\n",
        ),
    ]);
    let error = render_site(dir.path()).expect_err("must fail");
    assert_eq!(
        error.errors().next().unwrap().to_string(),
        "content/timeline.md: this page would be written to timeline.html, which the build makes itself; rename the file"
    );
}

#[test]
fn regression_out_pointing_at_someone_elses_folder_is_refused_and_kept() {
    let dir = common::project(&[
        (
            "project/seeds/x.txt",
            "A Title\n\nSome text that is long enough to be prose here.\n",
        ),
        ("public_html/thesis.tex", "years of work"),
    ]);
    let output = Command::new(env!("CARGO_BIN_EXE_studysite"))
        .args(["build", "--root"])
        .arg(dir.path().join("project"))
        .arg("--out")
        .arg(dir.path().join("public_html"))
        .output()
        .unwrap();
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("refusing to replace this folder: it was not made by studysite"),
        "{stderr}"
    );
    assert_eq!(
        fs::read_to_string(dir.path().join("public_html/thesis.tex")).unwrap(),
        "years of work"
    );
}
