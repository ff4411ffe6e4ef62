//! Properties over generated input: whatever an editor writes, no script or handler reaches the
//! HTML; whatever a YAML file holds, the scan before serde_yaml ends quickly without a panic and
//! points inside the file; control characters never survive loading; page names stay bounded.

use std::path::Path;

use proptest::prelude::*;
use studysite::load::control::make_visible;
use studysite::load::yaml_scan::scan;
use studysite::model::slug::{MAX_SLUG, bounded};
use studysite::render::markdown::{render_markdown, render_markdown_inline};
use studysite::render::sanitize::RawHtml;

/// Pieces of hostile and ordinary Markdown, to be strung together in any order.
const MARKDOWN_PIECES: &[&str] = &[
    "<script>alert(1)</script>",
    "<script",
    "</script>",
    "<img src=x onerror=alert(1)>",
    "<img src=\"https://evil.example/x.png\" alt=\"x\">",
    "<a href=\"javascript:alert(1)\">x</a>",
    "<a href=\" JaVaScRiPt:alert(1)\">",
    "[x](javascript:alert(1))",
    "[x](data:text/html,<script>alert(1)</script>)",
    "<svg onload=alert(1)>",
    "<iframe src=//evil.example>",
    "<style>body{}</style>",
    "<p style=\"color:red\" onclick='x()'>",
    "<div",
    "\"",
    "'",
    ">",
    "<!--",
    "-->",
    "`code`",
    "```\n<script>\n```",
    "*em*",
    "[^n]",
    "[^n]: note <b onmouseover=x>",
    "| a | b |\n|:-|-:|\n| <i>1</i> | 2 |",
    "# Heading <u>x</u>",
    "\n\n",
    "\n",
    " ",
    "text",
];

fn markdown() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(MARKDOWN_PIECES), 0..24).prop_map(|v| v.concat())
}

/// An element or attribute of `html` that could run a script or fetch from elsewhere. Escaped
/// text (`&lt;script&gt;`) is only text, and is not looked at.
fn dangerous(html: &str) -> Option<String> {
    let lower = html.to_ascii_lowercase();
    for tag in lower.split('<').skip(1) {
        let tag = &tag[..tag.find('>').unwrap_or(tag.len())];
        let name = tag
            .split(|c: char| c.is_whitespace() || c == '/')
            .next()
            .unwrap_or("");
        if [
            "script", "iframe", "svg", "style", "object", "embed", "math",
        ]
        .contains(&name)
        {
            return Some(format!("<{tag}>"));
        }
        let attributes = tag.split_whitespace().skip(1).collect::<Vec<_>>().join(" ");
        let bad = attributes
            .split_whitespace()
            .any(|a| a.starts_with("on") || a.starts_with("style="))
            || [
                "=\"javascript:",
                "=\" javascript:",
                "=\"data:",
                "src=\"http",
                "src=\"//",
            ]
            .iter()
            .any(|b| attributes.contains(b));
        if bad {
            return Some(format!("<{tag}>"));
        }
    }
    None
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn no_markdown_reaches_the_page_with_a_script_a_handler_or_a_remote_load(md in markdown()) {
        for html in [render_markdown(&md, "p-", 1, RawHtml::Cleaned), render_markdown_inline(&md, RawHtml::Cleaned)] {
            prop_assert_eq!(dangerous(&html), None, "{}\n→ {}", md, html);
        }
    }

    #[test]
    fn the_yaml_scan_never_panics_and_points_inside_the_file(
        pieces in prop::collection::vec(prop::sample::select(&[
            "a: ", "&x ", "*x", "[", "]", "{", "}", ", ", "- ", "\n", "  ", "'q'", "\"é\"", "? ", ": ", "b", "#c", "|\n  l",
        ][..]), 0..40)
    ) {
        let text = pieces.concat();
        match scan(Path::new("a.yaml"), &text, 0..text.len()) {
            Ok(_) => {}
            Err(error) => {
                prop_assert!(error.line.is_some_and(|l| l <= text.lines().count() + 1), "{}", error);
            }
        }
    }

    #[test]
    fn loading_leaves_no_invisible_control_character(text in "\\PC*|[\\x00-\\x1f\\x7f\\u{80}-\\u{9f}a ]*") {
        let (visible, warning) = make_visible(Path::new("a.txt"), text.clone());
        prop_assert!(!visible.chars().any(|c| c.is_control() && !matches!(c, '\t' | '\n' | '\r')));
        let had = text.chars().any(|c| c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{c}'));
        prop_assert_eq!(warning.is_some(), had);
    }

    #[test]
    fn page_names_are_bounded_and_the_same_every_time(slug in "[a-z0-9-]{0,300}") {
        let once = bounded(slug.clone());
        prop_assert!(once.len() <= MAX_SLUG);
        prop_assert_eq!(&once, &bounded(slug.clone()));
        if slug.len() <= MAX_SLUG {
            prop_assert_eq!(once, slug);
        }
    }
}
