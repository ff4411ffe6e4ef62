//! Nothing a build does loses a file: a second build into the same folder waits its turn with a
//! clear message, a build killed at any moment leaves the old site or the new one, and the next
//! build clears what the killed one left.

mod common;

use std::fs;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::project;
use studysite::write::BuildLock;

const SEED: &str = "A Title\n\nSome text that is long enough to be prose here.\n";

fn studysite(root: &Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_studysite"));
    command.args(["build", "--quiet", "--root"]).arg(root);
    command
}

#[test]
fn a_second_build_into_the_same_folder_stops_with_a_clear_message_and_a_true_one() {
    let dir = project(&[("seeds/a.txt", SEED)]);
    let root = dir.path();
    assert!(studysite(root).status().unwrap().success());
    let before = fs::read(root.join("site/texts/a.html")).unwrap();
    fs::write(root.join("seeds/b.txt"), SEED.replace("A Title", "Another")).unwrap();

    let held = BuildLock::acquire(&root.join(".site.lock")).unwrap();
    let output = studysite(root).output().unwrap();
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(
        lines,
        vec![
            format!(
                "error: .site.lock: another build into this folder is running (process {}); run this one again when it has finished",
                std::process::id()
            )
            .replace(".site.lock", &root.join(".site.lock").display().to_string())
            .as_str(),
            format!("build failed with 1 error; {} left unchanged", root.join("site").display())
                .as_str(),
        ]
    );
    assert_eq!(fs::read(root.join("site/texts/a.html")).unwrap(), before);
    assert!(!root.join("site/texts/b.html").exists());

    drop(held);
    assert!(studysite(root).status().unwrap().success());
    assert!(root.join("site/texts/b.html").exists());
}

/// A project of `n` texts, large enough that a build takes a moment.
fn large_project(n: usize) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir_all(dir.path().join("seeds")).unwrap();
    let paragraph = "The committee met again in the spring and argued at length about the paper, the press and the next congress. ".repeat(8);
    for i in 0..n {
        let text = format!("Report number {i}\n\n{paragraph}\n\n{paragraph}\n");
        fs::write(dir.path().join(format!("seeds/r{i:04}.txt")), text).unwrap();
    }
    dir
}

fn hidden_leftovers(root: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(root)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".site.new-") || n.starts_with(".site.old-"))
        .collect();
    names.sort();
    names
}

#[test]
fn a_build_killed_at_any_moment_leaves_the_old_site_or_the_new_and_the_next_build_cleans_up() {
    let dir = large_project(120);
    let root = dir.path();
    assert!(studysite(root).status().unwrap().success());
    let old_index = fs::read(root.join("site/index.html")).unwrap();
    fs::write(root.join("seeds/zzzz.txt"), SEED).unwrap();
    let mut new_index = None;
    let mut killed_mid_build = 0;
    for round in 0..8u64 {
        let mut child = studysite(root).stderr(Stdio::null()).spawn().unwrap();
        // Wait until the build is writing its pages, then let it run a little longer each round
        // (the last rounds may finish: the new site must then be whole).
        let started = Instant::now();
        let staging = root.join(format!(".site.new-{}", child.id()));
        while !staging.exists() && started.elapsed().as_secs() < 60 {
            if child.try_wait().unwrap().is_some() {
                break;
            }
            std::thread::sleep(Duration::from_millis(1));
        }
        std::thread::sleep(Duration::from_millis(40 * round));
        let _ = child.kill();
        let _ = child.wait();
        let index = fs::read(root.join("site/index.html")).expect("a site is always in place");
        if index != old_index {
            let new = new_index.get_or_insert_with(|| index.clone());
            assert_eq!(
                &index, new,
                "round {round}: neither the old site nor the new"
            );
        }
        assert!(root.join("site/.studysite").is_file(), "round {round}");
        if !hidden_leftovers(root).is_empty() {
            killed_mid_build += 1;
        }
    }
    assert!(
        killed_mid_build > 0,
        "no kill left a staging folder: the test tested nothing"
    );
    assert!(studysite(root).status().unwrap().success());
    assert_eq!(hidden_leftovers(root), Vec::<String>::new());
    assert!(root.join("site/texts/zzzz.html").exists());
}
