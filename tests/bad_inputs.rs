//! The README's matrix of bad inputs: for each, the exact message the user gets, and whether
//! the build goes on (a warning) or stops (an error, the previous site kept).

mod common;

use std::fs;
use std::time::Instant;

use common::{build_site, project};
use studysite::render_site;

const SEED: &str = "A Title\n\nSome text that is long enough to be prose here.\n";

/// The one-line form of every warning of a successful build.
fn warnings(files: &[(&str, &str)]) -> Vec<String> {
    let dir = project(files);
    let site = build_site(dir.path());
    site.report.warnings.iter().map(|w| w.to_string()).collect()
}

/// The one-line form of every error of a failed build.
fn errors(files: &[(&str, &str)]) -> Vec<String> {
    let dir = project(files);
    let error = render_site(dir.path()).expect_err("the build must fail");
    error.errors().map(|d| d.to_string()).collect()
}

#[test]
fn a_yaml_alias_bomb_is_an_error_at_the_alias_and_fast() {
    let mut yaml = String::from("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
    for (previous, level) in ["a", "b", "c", "d", "e", "f"]
        .iter()
        .zip(["b", "c", "d", "e", "f", "g"])
    {
        let refs = vec![format!("*{previous}"); 10].join(", ");
        yaml.push_str(&format!("{level}: &{level} [{refs}]\n"));
    }
    let started = Instant::now();
    let errors = errors(&[("seeds/x.txt", SEED), ("content/glossary.yaml", &yaml)]);
    assert!(started.elapsed().as_secs() < 5);
    assert_eq!(
        errors,
        vec![
            "content/glossary.yaml:5:36: aliases expand this file past 100000 values; write the values out instead"
        ]
    );
}

#[test]
fn deep_nesting_in_front_matter_is_an_error_counted_from_the_top_of_the_file() {
    let front = format!(
        "---\ntitle: {}{}\n---\n",
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    let started = Instant::now();
    let errors = errors(&[("seeds/x.txt", SEED), ("content/texts/x.md", &front)]);
    assert!(started.elapsed().as_secs() < 5);
    assert_eq!(
        errors,
        vec!["content/texts/x.md:2:263: lists and mappings nest more than 64 deep here"]
    );
}

#[test]
fn a_duplicate_yaml_key_is_an_error_at_the_duplicate() {
    assert_eq!(
        errors(&[
            ("seeds/x.txt", SEED),
            (
                "content/texts/x.md",
                "---\ntitle: One\nsummary: S\ntitle: Two\n---\n"
            ),
        ]),
        vec!["content/texts/x.md:4:1: duplicate key `title` (first given on line 2)"]
    );
}

#[test]
fn a_duplicate_glossary_id_is_an_error_at_the_second_entry() {
    assert_eq!(
        errors(&[
            ("seeds/x.txt", SEED),
            (
                "content/glossary.yaml",
                "entries:\n  - id: lenin\n    name: Lenin\n    kind: person\n  - id: lenin\n    name: V. I. Lenin\n    kind: person\n",
            ),
        ]),
        vec!["content/glossary.yaml:5:9: id `lenin` is used by more than one entry"]
    );
}

#[test]
fn control_characters_are_shown_visibly_with_a_warning() {
    let dir = project(&[(
        "seeds/x.txt",
        "A Title\n\nSome text \u{0} with a NUL that is long enough to be prose here.\n",
    )]);
    let site = build_site(dir.path());
    let warnings: Vec<String> = site.report.warnings.iter().map(|w| w.to_string()).collect();
    assert!(warnings.contains(&"seeds/x.txt:3:11: 1 control character (the first is U+0000) shown as visible symbols such as ␀; remove it from the file".to_string()), "{warnings:?}");
    let page = site.read("texts/x.html");
    assert!(!page.contains('\u{0}'));
    assert!(page.contains("text ␀ with"), "{page}");
}

#[test]
fn cr_only_line_endings_are_line_breaks() {
    let dir = project(&[(
        "seeds/x.txt",
        "A Title\r\rFirst paragraph that is long enough to be prose here.\r\rSecond paragraph that is long enough to be prose too.\r",
    )]);
    let site = build_site(dir.path());
    let page = site.read("texts/x.html");
    assert_eq!(page.matches("class=\"para\"").count(), 2, "{page}");
    assert!(page.contains("<h1>A Title</h1>"), "{page}");
}

#[test]
fn a_folder_and_another_extension_in_seeds_are_warnings_and_not_read() {
    assert_eq!(
        warnings(&[
            ("seeds/x.txt", SEED),
            ("seeds/notes.md", "# Notes\n"),
            ("seeds/more/y.txt", SEED),
        ])
        .iter()
        .filter(|w| w.starts_with("seeds/"))
        .collect::<Vec<_>>(),
        vec![
            "seeds/more: a folder here is not read: put the texts directly in seeds/",
            "seeds/notes.md: not a .txt file; ignored",
        ]
    );
}

#[cfg(unix)]
#[test]
fn symlinks_are_followed_inside_the_project_and_refused_outside_it() {
    let outside = tempfile::tempdir().unwrap();
    fs::write(outside.path().join("secret.txt"), SEED).unwrap();
    let dir = project(&[("seeds/x.txt", SEED), ("archive/y.txt", SEED)]);
    let root = dir.path();
    std::os::unix::fs::symlink(root.join("archive/y.txt"), root.join("seeds/y.txt")).unwrap();
    std::os::unix::fs::symlink(outside.path().join("secret.txt"), root.join("seeds/z.txt"))
        .unwrap();
    std::os::unix::fs::symlink(root.join("nowhere.txt"), root.join("seeds/w.txt")).unwrap();
    let site = build_site(root);
    assert_eq!(site.text_pages(), vec!["texts/x.html", "texts/y.html"]);
    let warnings: Vec<String> = site.report.warnings.iter().map(|w| w.to_string()).collect();
    let real = fs::canonicalize(outside.path().join("secret.txt")).unwrap();
    assert!(
        warnings.contains(&format!(
            "seeds/z.txt: a link to {}, outside the project; not read (copy the file into the project)",
            real.display()
        )),
        "{warnings:?}"
    );
    assert!(
        warnings.contains(
            &"seeds/w.txt: a link to nothing (its target is missing); not read".to_string()
        ),
        "{warnings:?}"
    );
}

#[test]
fn a_very_long_file_name_or_title_gives_a_bounded_page_name() {
    let stem = "a".repeat(250);
    let title = format!(
        "{}\n\nSome text that is long enough to be prose here.\n",
        "Word ".repeat(80)
    );
    let seed_path = format!("seeds/{stem}.txt");
    let dir = project(&[(seed_path.as_str(), SEED), ("seeds/t.txt", title.as_str())]);
    let site = build_site(dir.path());
    // 71 letters, a hyphen and the hash of the whole name: 80 bytes, the same on every build.
    assert_eq!(
        site.text_pages(),
        vec![
            format!("texts/{}-0b73a84f.html", "a".repeat(71)),
            "texts/t.html".to_string()
        ]
    );
}
