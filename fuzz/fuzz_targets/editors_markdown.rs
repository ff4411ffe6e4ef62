//! Any editors' Markdown: rendering must not panic, and no `<script` element survives cleaning.
#![no_main]

use libfuzzer_sys::fuzz_target;
use studysite::render::markdown::render_markdown;
use studysite::render::sanitize::RawHtml;

fuzz_target!(|text: &str| {
    let html = render_markdown(text, "f-", 1, RawHtml::Cleaned);
    assert!(!html.to_ascii_lowercase().contains("<script"), "{html}");
});
