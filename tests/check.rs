//! `studysite check`: one small project per finding, each finding asserted exactly, and the
//! command's exit code and JSON output.

use std::fs;
use std::path::Path;
use std::process::Command;

use studysite::findings::{Finding, check_project, summary};

/// A project with these files (path, contents).
fn project(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (path, text) in files {
        let target = dir.path().join(path);
        fs::create_dir_all(target.parent().unwrap()).unwrap();
        fs::write(target, text).unwrap();
    }
    dir
}

const LETTER: &str = "A Letter on the Trials\n\nLeon Trotsky\n\nNovember 2, 1932\n\n\
    This first paragraph of the letter makes a claim that needs a source.[1] It goes on for a \
    while, so that it reads as prose and not as a heading.\n\n\
    A second paragraph follows with another claim on March 1917, and it says so at length.\n\n\
    Notes\n\n[1] See the minutes of the meeting of 4 December 1910.\n\n\
    [2] Pravda, 14 January 1938, p. 2.\n";

fn of_kind(findings: &[Finding], kind: &str) -> Vec<String> {
    findings
        .iter()
        .filter(|f| f.kind == kind)
        .map(|f| f.diagnostic.to_string())
        .collect()
}

#[test]
fn a_note_no_marker_leads_to_is_reported_at_its_line() {
    let dir = project(&[("seeds/letter.txt", LETTER)]);
    let findings = check_project(dir.path());
    assert_eq!(
        of_kind(&findings, "note-not-referenced"),
        [
            "seeds/letter.txt:15: note [2] is never referred to in the text: it is listed with the \
          notes, but no marker leads to it"
        ]
    );
}

#[test]
fn a_text_without_author_or_date_is_reported() {
    let dir = project(&[(
        "seeds/fragment.txt",
        "A fragment\n\nThis paragraph of prose has neither an author nor a date anywhere in it.\n",
    )]);
    let findings = check_project(dir.path());
    assert_eq!(
        of_kind(&findings, "author-not-identified"),
        [
            "seeds/fragment.txt: no author identified: the page says so; set `author` in its \
          content/texts/ file if it is known"
        ]
    );
    assert_eq!(
        of_kind(&findings, "date-not-identified"),
        [
            "seeds/fragment.txt: no date identified: the text is left off the timeline; set `date` \
          in its content/texts/ file if it is known"
        ]
    );
    let letter = project(&[("seeds/letter.txt", LETTER)]);
    let findings = check_project(letter.path());
    assert!(of_kind(&findings, "author-not-identified").is_empty());
    assert!(of_kind(&findings, "date-not-identified").is_empty());
}

#[test]
fn a_glossary_entry_no_text_names_is_reported_at_its_id() {
    let glossary = "entries:\n  - id: leon-trotsky\n    name: Leon Trotsky\n    kind: person\n\
                    \n  - id: karl-kautsky\n    name: Karl Kautsky\n    kind: person\n";
    let dir = project(&[
        ("seeds/letter.txt", LETTER),
        ("content/glossary.yaml", glossary),
    ]);
    let findings = check_project(dir.path());
    assert_eq!(
        of_kind(&findings, "glossary-entry-unmatched"),
        [
            "content/glossary.yaml:6:9: glossary entry `karl-kautsky` is named in no text: check its \
          name and aliases against the texts' spelling"
        ]
    );
}

#[test]
fn an_editors_event_no_text_states_is_reported_and_a_stated_one_is_not() {
    let timeline = "events:\n  - date: 1910\n    label: Copenhagen congress\n\
                    \n  - date: March 1917\n    label: A month of the revolution\n";
    let dir = project(&[
        ("seeds/letter.txt", LETTER),
        ("content/timeline.yaml", timeline),
    ]);
    let findings = check_project(dir.path());
    assert_eq!(
        of_kind(&findings, "event-without-evidence"),
        [
            "content/timeline.yaml:3:12: event `Copenhagen congress` (1910) is stated by no text: \
          the timeline shows it as the editors'"
        ]
    );
}

#[test]
fn a_name_not_in_the_glossary_is_reported_with_its_line() {
    let text = "A Letter\n\nLeon Trotsky\n\nNovember 2, 1932\n\n\
                We spoke with Karl Kautsky about the congress for a long time that evening.\n\n\
                Later Karl Kautsky wrote to us again, at length and with some warmth.\n";
    let dir = project(&[
        ("seeds/letter.txt", text),
        ("content/glossary.yaml", "entries: []\n"),
    ]);
    let findings = check_project(dir.path());
    let names = of_kind(&findings, "name-not-in-glossary");
    assert!(
        names.contains(
            &"seeds/letter.txt:7: `Karl Kautsky` is named but is neither in content/glossary.yaml \
              nor on its ignore list"
                .to_string()
        ),
        "{names:?}"
    );
}

#[test]
fn a_broken_link_in_a_template_is_an_error_and_the_command_fails() {
    let dir = project(&[
        ("seeds/letter.txt", LETTER),
        (
            "templates/page.html",
            "{% extends \"base.html\" %}{% block main %}<a href=\"nowhere.html\">x</a>{% endblock main %}",
        ),
        ("content/about.md", "---\ntitle: About\n---\nAbout.\n"),
    ]);
    let findings = check_project(dir.path());
    assert_eq!(
        of_kind(&findings, "broken-link"),
        [
            "site/404.html: broken link `nowhere.html`: no file nowhere.html",
            "site/about.html: broken link `nowhere.html`: no file nowhere.html"
        ]
    );
    assert!(findings[0].is_error(), "errors come first");
    let output = run_check(dir.path(), &[]);
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("check: 2 errors, "), "{stderr}");
}

#[test]
fn invalid_input_is_an_error_with_its_position() {
    let dir = project(&[
        ("seeds/letter.txt", LETTER),
        ("content/site.yaml", "title: A\ntitel: B\n"),
    ]);
    let findings = check_project(dir.path());
    assert_eq!(findings[0].kind, "invalid-input");
    assert!(
        findings[0]
            .diagnostic
            .to_string()
            .starts_with("content/site.yaml:2:1: ")
    );
    assert_eq!(summary(&findings), "check: 1 error, 0 warnings");
}

fn run_check(root: &Path, extra: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_studysite"))
        .arg("check")
        .arg("--root")
        .arg(root)
        .args(extra)
        .output()
        .unwrap()
}

#[test]
fn json_output_lists_every_finding_for_tools() {
    let dir = project(&[("seeds/letter.txt", LETTER)]);
    let output = run_check(dir.path(), &["--format", "json"]);
    assert!(output.status.success(), "warnings only: exit 0");
    let findings: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let list = findings.as_array().unwrap();
    let note = list
        .iter()
        .find(|f| f["kind"] == "note-not-referenced")
        .expect("the unreferenced note");
    assert_eq!(note["severity"], "warning");
    assert_eq!(note["path"], "seeds/letter.txt");
    assert_eq!(note["line"], 15);
}
