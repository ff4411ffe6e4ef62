//! `studysite inspect`: the line-by-line report of every fixture text, snapshot-tested, so a
//! change in how any line is read shows up in review.

use std::fs;
use std::path::{Path, PathBuf};

use studysite::inspect::report;
use studysite::load::SeedFile;

fn fixture_texts() -> Vec<(String, PathBuf)> {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut texts = Vec::new();
    for entry in walkdir::WalkDir::new(&fixtures).sort_by_file_name() {
        let entry = entry.expect("fixture entry");
        let path = entry.path();
        if path.extension().is_some_and(|e| e == "txt")
            && path.parent().is_some_and(|p| p.ends_with("seeds"))
        {
            let relative = path.strip_prefix(&fixtures).expect("inside fixtures");
            let name = relative.to_string_lossy().replace(['/', '\\'], "__");
            texts.push((name, path.to_path_buf()));
        }
    }
    texts
}

#[test]
fn every_fixture_text_reads_as_recorded() {
    let texts = fixture_texts();
    assert!(texts.len() >= 10, "fixtures: {texts:?}");
    for (name, path) in texts {
        let file_name = path.file_name().unwrap().to_string_lossy().into_owned();
        let seed = SeedFile {
            stem: file_name.trim_end_matches(".txt").to_string(),
            path: PathBuf::from("seeds").join(&file_name),
            text: fs::read_to_string(&path).expect("fixture text"),
            file_name,
        };
        insta::assert_snapshot!(name, report(&seed));
    }
}

#[test]
fn inspect_of_a_missing_file_names_it() {
    let error = studysite::inspect::inspect(Path::new("no/such/file.txt")).unwrap_err();
    assert!(error.to_string().contains("no/such/file.txt"), "{error}");
}
