//! Any Markdown file with front matter: the splitter, the YAML scan and serde_yaml must not
//! panic, and an error must point inside the file.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;
use studysite::load::front_matter::parse_markdown_file;
use studysite::load::schema::TextFrontMatter;

fuzz_target!(|text: &str| {
    if let Err(error) = parse_markdown_file::<TextFrontMatter>(Path::new("a.md"), "a", text) {
        assert!(
            error.line.is_none_or(|l| l <= text.lines().count() + 1),
            "{error}"
        );
    }
});
