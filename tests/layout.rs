//! The pipeline's shape, kept by a test: no stage imports a later one.
//!
//! Reads the `use crate::…` paths of every source file (test modules left out) and checks them
//! against the order load → parse → analyse → render → check → write, with the shared modules
//! (`model`, `lexicon`, `error`, `config`, `progress`) importable by the stages after them and
//! the model and the lexicons importing no stage at all.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

/// For each module of `src/`, the modules it may use (besides itself).
fn allowed() -> BTreeMap<&'static str, BTreeSet<&'static str>> {
    let shared = ["model", "lexicon", "error", "config"];
    let table: &[(&str, &[&str])] = &[
        ("model", &[]),
        ("lexicon", &[]),
        ("error", &[]),
        ("progress", &[]),
        ("config", &["load", "model", "error"]),
        ("load", &["model", "error", "config"]),
        ("parse", &["load"]),
        ("analyse", &["load", "parse"]),
        ("render", &["load", "parse", "analyse", "progress"]),
        ("check", &["render"]),
        ("write", &["render", "check"]),
        ("inspect", &["load", "parse"]),
        ("init", &["render"]),
        ("serve", &["build", "BuildOptions"]),
        // `check` runs the pipeline as a build does (`analyse_site` and `count` are lib.rs's).
        (
            "findings",
            &[
                "load",
                "parse",
                "analyse",
                "render",
                "check",
                "progress",
                "analyse_site",
                "count",
            ],
        ),
    ];
    table
        .iter()
        .map(|(module, uses)| {
            let mut set: BTreeSet<&str> = uses.iter().copied().collect();
            if !matches!(*module, "model" | "lexicon" | "error" | "progress") {
                set.extend(shared);
            }
            (*module, set)
        })
        .collect()
}

/// `crate::x` paths in `text`, test modules left out.
fn crate_uses(text: &str) -> BTreeSet<String> {
    let code = text.split("#[cfg(test)]").next().unwrap_or(text);
    let mut uses = BTreeSet::new();
    for (at, _) in code.match_indices("crate::") {
        let rest = &code[at + "crate::".len()..];
        let name: String = rest
            .chars()
            .take_while(|c| c.is_ascii_lowercase() || *c == '_')
            .collect();
        if !name.is_empty() {
            uses.insert(name);
        }
    }
    uses
}

#[test]
fn no_stage_imports_a_later_one_and_the_model_imports_none() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let allowed = allowed();
    let mut problems = Vec::new();
    let mut seen = 0;
    for entry in walkdir::WalkDir::new(&src).sort_by_file_name() {
        let entry = entry.expect("src entry");
        let path = entry.path();
        if path.extension().is_none_or(|e| e != "rs") || path.ends_with("tests.rs") {
            continue;
        }
        let relative = path.strip_prefix(&src).expect("inside src");
        let first = relative.components().next().expect("a component");
        let module = first.as_os_str().to_string_lossy();
        let module = module.trim_end_matches(".rs");
        if matches!(module, "lib" | "main") {
            continue;
        }
        let Some(may_use) = allowed.get(module) else {
            problems.push(format!(
                "src/{}: module `{module}` has no place in the pipeline's table",
                relative.display()
            ));
            continue;
        };
        seen += 1;
        let text = fs::read_to_string(path).expect("source file");
        for used in crate_uses(&text) {
            if used != module && !may_use.contains(used.as_str()) {
                problems.push(format!(
                    "src/{}: `{module}` uses `crate::{used}`",
                    relative.display()
                ));
            }
        }
    }
    assert!(seen > 40, "only {seen} source files read");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_checker_sees_uses_and_skips_test_modules() {
    let uses = crate_uses(
        "use crate::model::Text;\nfn f() { crate::parse::x(); }\n#[cfg(test)]\nmod tests { use crate::render; }",
    );
    assert_eq!(
        uses.into_iter().collect::<Vec<_>>(),
        vec!["model".to_string(), "parse".to_string()]
    );
}

/// The pure readers (dates, references) are leaf modules: they use only the model and the
/// lexicons, so that every stage can call them and they can be tested alone.
#[test]
fn the_pure_readers_use_only_the_model_and_the_lexicons() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut problems = Vec::new();
    let mut seen = 0;
    for reader in ["parse/dates", "parse/citation_parts"] {
        for entry in walkdir::WalkDir::new(src.join(reader)).sort_by_file_name() {
            let entry = entry.expect("src entry");
            let path = entry.path();
            if path.extension().is_none_or(|e| e != "rs")
                || path.components().any(|c| c.as_os_str() == "tests")
                || path.ends_with("tests.rs")
            {
                continue;
            }
            seen += 1;
            let text = fs::read_to_string(path).expect("source file");
            for used in crate_uses(&text) {
                if !matches!(used.as_str(), "model" | "lexicon") {
                    problems.push(format!("{}: uses `crate::{used}`", path.display()));
                }
            }
        }
    }
    assert!(seen > 10, "only {seen} reader files read");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
