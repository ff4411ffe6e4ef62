//! The editors' Markdown (pages, introductions, descriptions) as HTML.
//!
//! In: Markdown text and a prefix for the ids it creates. Out: HTML. Built on pulldown-cmark, with
//! three transformations done on its event stream (never on finished HTML):
//! - headings get ids from their text (`prefix` + slug, de-duplicated);
//! - footnotes are numbered in order of first reference and rendered like the texts' notes:
//!   `role="doc-noteref"` markers, a `role="doc-endnotes"` list with `role="doc-backlink"` links
//!   back to each marker (pulldown-cmark gives neither back-references nor unique ids);
//! - fenced code is highlighted by syntect with `hl-` CSS classes (the stylesheet comes from
//!   [`highlight_css`]), never inline styles; table alignment, which pulldown-cmark writes as
//!   `style` attributes the Content-Security-Policy blocks, is left to the stylesheet.
//!
//! The HTML then goes through the editors' [`RawHtml`] policy (cleaned unless trusted).

use std::collections::BTreeMap;
use std::sync::LazyLock;

use pulldown_cmark::{
    Alignment, CodeBlockKind, CowStr, Event, HeadingLevel, Parser, Tag, TagEnd, html,
};
use syntect::highlighting::ThemeSet;
use syntect::html::{ClassStyle, ClassedHTMLGenerator, css_for_theme_with_class_style};
use syntect::parsing::SyntaxSet;
use syntect::util::LinesWithEndings;

use super::sanitize::RawHtml;
use super::typography::escape;
use crate::analyse::raw_html::markdown_options;

const CLASS_STYLE: ClassStyle = ClassStyle::SpacedPrefixed { prefix: "hl-" };
const LIGHT_THEME: &str = "InspiredGitHub";
const DARK_THEME: &str = "base16-ocean.dark";

static SYNTAXES: LazyLock<SyntaxSet> = LazyLock::new(SyntaxSet::load_defaults_newlines);

/// The editors' Markdown as events, without the table alignments that would become `style`.
fn events(markdown: &str) -> Vec<Event<'_>> {
    Parser::new_ext(markdown, markdown_options())
        .map(|event| match event {
            Event::Start(Tag::Table(alignments)) => Event::Start(Tag::Table(
                alignments.iter().map(|_| Alignment::None).collect(),
            )),
            event => event,
        })
        .collect()
}

/// Renders a Markdown document. Ids it creates start with `id_prefix`; its headings are moved
/// `shift` levels down, below the page's own headings (`#` becomes `<h2>` with `shift` 1).
pub fn render_markdown(markdown: &str, id_prefix: &str, shift: u8, raw: RawHtml) -> String {
    let events = events(markdown);
    let events = highlight_code(events);
    let events = number_headings(events, id_prefix, shift);
    let (body, footnotes) = take_footnotes(events, id_prefix);
    let mut out = String::new();
    html::push_html(&mut out, body.into_iter());
    if !footnotes.is_empty() {
        out.push_str(
            "<section class=\"footnotes\" role=\"doc-endnotes\" aria-label=\"Notes\">
<ol>
",
        );
        for footnote in footnotes {
            out.push_str(&footnote);
        }
        out.push_str("</ol>\n</section>\n");
    }
    raw.apply(out)
}

/// Renders a short piece of Markdown (a summary, a description): one paragraph becomes inline
/// HTML, to sit in a line of its own; anything more (two paragraphs, a list) stays block HTML.
pub fn render_markdown_inline(markdown: &str, raw: RawHtml) -> String {
    let events = events(markdown);
    let blocks = events
        .iter()
        .filter(|e| matches!(e, Event::Start(tag) if is_block(tag)))
        .count();
    let single_paragraph =
        blocks == 1 && matches!(events.first(), Some(Event::Start(Tag::Paragraph)));
    let mut out = String::new();
    if single_paragraph {
        let inner = events.into_iter().filter(|e| {
            !matches!(
                e,
                Event::Start(Tag::Paragraph) | Event::End(TagEnd::Paragraph)
            )
        });
        html::push_html(&mut out, inner);
    } else {
        html::push_html(&mut out, events.into_iter());
    }
    raw.apply(out.trim_end().to_string())
}

fn is_block(tag: &Tag) -> bool {
    matches!(
        tag,
        Tag::Paragraph
            | Tag::Heading { .. }
            | Tag::BlockQuote(_)
            | Tag::CodeBlock(_)
            | Tag::List(_)
            | Tag::Table(_)
            | Tag::HtmlBlock
            | Tag::FootnoteDefinition(_)
    )
}

/// True when rendered Markdown holds a code block, so its page needs the highlighting stylesheet.
pub fn has_code(html: &str) -> bool {
    html.contains("<pre class=\"code\"")
}

/// The stylesheet for highlighted code: a light theme, and a dark one for dark schemes.
pub fn highlight_css() -> String {
    let themes = ThemeSet::load_defaults();
    let css = |name: &str| {
        themes
            .themes
            .get(name)
            .and_then(|theme| css_for_theme_with_class_style(theme, CLASS_STYLE).ok())
            .unwrap_or_default()
    };
    format!(
        "/* Syntax highlighting (syntect themes {LIGHT_THEME} and {DARK_THEME}). Generated. */\n{}\n@media (prefers-color-scheme: dark) {{\n{}\n}}\n",
        css(LIGHT_THEME),
        css(DARK_THEME)
    )
}

fn highlight_code(events: Vec<Event>) -> Vec<Event> {
    let mut out = Vec::with_capacity(events.len());
    let mut code: Option<(String, String)> = None;
    for event in events {
        match (&mut code, event) {
            (None, Event::Start(Tag::CodeBlock(kind))) => {
                let language = match kind {
                    CodeBlockKind::Fenced(info) => {
                        info.split_whitespace().next().unwrap_or("").to_string()
                    }
                    CodeBlockKind::Indented => String::new(),
                };
                code = Some((language, String::new()));
            }
            (Some((_, text)), Event::Text(t)) => text.push_str(&t),
            (Some(_), Event::End(TagEnd::CodeBlock)) => {
                if let Some((language, text)) = code.take() {
                    out.push(Event::Html(CowStr::from(highlighted(&language, &text))));
                }
            }
            (_, event) => out.push(event),
        }
    }
    out
}

fn highlighted(language: &str, code: &str) -> String {
    let syntax = SYNTAXES
        .find_syntax_by_token(language)
        .unwrap_or_else(|| SYNTAXES.find_syntax_plain_text());
    let mut generator = ClassedHTMLGenerator::new_with_class_style(syntax, &SYNTAXES, CLASS_STYLE);
    for line in LinesWithEndings::from(code) {
        if generator
            .parse_html_for_line_which_includes_newline(line)
            .is_err()
        {
            return format!("<pre class=\"code\"><code>{}</code></pre>\n", escape(code));
        }
    }
    let class = if language.is_empty() {
        String::new()
    } else {
        format!(" data-lang=\"{}\"", escape(language))
    };
    format!(
        "<pre class=\"code\"{class}><code>{}</code></pre>\n",
        generator.finalize()
    )
}

/// A heading level moved down by `shift`, at most to `<h6>`.
fn shifted(level: HeadingLevel, shift: u8) -> HeadingLevel {
    let levels = [
        HeadingLevel::H1,
        HeadingLevel::H2,
        HeadingLevel::H3,
        HeadingLevel::H4,
        HeadingLevel::H5,
        HeadingLevel::H6,
    ];
    let index = levels.iter().position(|&l| l == level).unwrap_or(0) + usize::from(shift);
    levels[index.min(levels.len() - 1)]
}

fn number_headings<'a>(events: Vec<Event<'a>>, prefix: &str, shift: u8) -> Vec<Event<'a>> {
    let mut out = Vec::with_capacity(events.len());
    let mut used: BTreeMap<String, usize> = BTreeMap::new();
    let mut heading: Option<(HeadingLevel, Vec<Event<'a>>)> = None;
    for event in events {
        match (&mut heading, event) {
            (
                None,
                Event::Start(Tag::Heading {
                    level, id: None, ..
                }),
            ) => heading = Some((level, Vec::new())),
            (Some(_), Event::End(TagEnd::Heading(_))) => {
                let Some((level, inner)) = heading.take() else {
                    continue;
                };
                let level = shifted(level, shift);
                let text: String = inner
                    .iter()
                    .filter_map(|e| match e {
                        Event::Text(t) | Event::Code(t) => Some(t.as_ref()),
                        _ => None,
                    })
                    .collect();
                let mut id = format!("{prefix}{}", slug::slugify(&text));
                if id == prefix {
                    id.push_str("section");
                }
                let count = used.entry(id.clone()).or_insert(0);
                *count += 1;
                if *count > 1 {
                    id = format!("{id}-{count}");
                }
                out.push(Event::Start(Tag::Heading {
                    level,
                    id: Some(id.into()),
                    classes: vec![],
                    attrs: vec![],
                }));
                out.extend(inner);
                out.push(Event::End(TagEnd::Heading(level)));
            }
            (Some((_, inner)), event) => inner.push(event),
            (None, event) => out.push(event),
        }
    }
    out
}

/// Separates footnote definitions from the body, numbers them by first reference, and renders
/// each as a list item with back-links.
fn take_footnotes<'a>(events: Vec<Event<'a>>, prefix: &str) -> (Vec<Event<'a>>, Vec<String>) {
    let mut body = Vec::with_capacity(events.len());
    let mut definitions: BTreeMap<String, Vec<Event<'a>>> = BTreeMap::new();
    let mut numbers: BTreeMap<String, usize> = BTreeMap::new();
    let mut references: BTreeMap<usize, usize> = BTreeMap::new();
    let mut current: Option<(String, Vec<Event<'a>>)> = None;
    for event in events {
        match (&mut current, event) {
            (None, Event::Start(Tag::FootnoteDefinition(label))) => {
                current = Some((label.to_string(), Vec::new()))
            }
            (Some(_), Event::End(TagEnd::FootnoteDefinition)) => {
                if let Some((label, inner)) = current.take() {
                    definitions.insert(label, inner);
                }
            }
            (Some((_, inner)), event) => inner.push(event),
            (None, Event::FootnoteReference(label)) => {
                let next = numbers.len() + 1;
                let number = *numbers.entry(label.to_string()).or_insert(next);
                let count = references.entry(number).or_insert(0);
                *count += 1;
                let id = marker_id(prefix, number, *count);
                body.push(Event::InlineHtml(CowStr::from(format!(
                    "<sup class=\"noteref\"><a role=\"doc-noteref\" id=\"{id}\" href=\"#{prefix}fn-{number}\">{number}</a></sup>"
                ))));
            }
            (None, event) => body.push(event),
        }
    }
    let mut rendered: Vec<(usize, String)> = numbers
        .iter()
        .map(|(label, &number)| {
            let mut inner = definitions.remove(label).unwrap_or_default();
            let backlinks: String = (1..=references.get(&number).copied().unwrap_or(0))
                .map(|k| {
                    format!(
                        " <a role=\"doc-backlink\" href=\"#{}\" aria-label=\"Back to reference {number}\">↩︎</a>",
                        marker_id(prefix, number, k)
                    )
                })
                .collect();
            let last_paragraph_end = inner.iter().rposition(|e| matches!(e, Event::End(TagEnd::Paragraph)));
            let backlinks = Event::InlineHtml(CowStr::from(backlinks));
            match last_paragraph_end {
                Some(at) => inner.insert(at, backlinks),
                None => inner.push(backlinks),
            }
            let mut html_out = format!("<li id=\"{prefix}fn-{number}\" tabindex=\"-1\">");
            html::push_html(&mut html_out, inner.into_iter());
            html_out.push_str("</li>\n");
            (number, html_out)
        })
        .collect();
    rendered.sort_by_key(|(n, _)| *n);
    (body, rendered.into_iter().map(|(_, html)| html).collect())
}

fn marker_id(prefix: &str, number: usize, occurrence: usize) -> String {
    if occurrence == 1 {
        format!("{prefix}fnref-{number}")
    } else {
        format!("{prefix}fnref-{number}-{occurrence}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_get_unique_prefixed_ids() {
        let html = render_markdown("# Célarié\n\n## Célarié\n", "intro-", 0, RawHtml::Cleaned);
        assert!(html.contains("<h1 id=\"intro-celarie\">"), "{html}");
        assert!(html.contains("<h2 id=\"intro-celarie-2\">"), "{html}");
        let shifted = render_markdown("# Main\n\n###### Deep\n", "section-", 2, RawHtml::Cleaned);
        assert!(shifted.contains("<h3 id=\"section-main\">"), "{shifted}");
        assert!(shifted.contains("<h6 id=\"section-deep\">"), "{shifted}");
    }

    #[test]
    fn footnotes_are_numbered_with_backlinks_to_every_reference() {
        let html = render_markdown(
            "A[^celarie] and B[^b] and A again[^celarie].\n\n[^celarie]: First.\n[^b]: Second.\n",
            "",
            0,
            RawHtml::Cleaned,
        );
        assert!(
            html.contains("id=\"fnref-1\" href=\"#fn-1\">1</a>"),
            "{html}"
        );
        assert!(
            html.contains("id=\"fnref-2\" href=\"#fn-2\">2</a>"),
            "{html}"
        );
        assert!(
            html.contains("id=\"fnref-1-2\" href=\"#fn-1\">1</a>"),
            "{html}"
        );
        assert!(html.contains("<li id=\"fn-1\" tabindex=\"-1\"><p>First. <a role=\"doc-backlink\" href=\"#fnref-1\""), "{html}");
        assert!(html.contains("href=\"#fnref-1-2\""), "{html}");
        assert!(html.contains("role=\"doc-endnotes\""), "{html}");
        assert!(
            !html.contains("id=\"celarie\""),
            "raw labels must not become ids: {html}"
        );
    }

    #[test]
    fn code_is_highlighted_with_classes_not_styles() {
        let html = render_markdown("```yaml\nkey: value\n```\n", "", 0, RawHtml::Cleaned);
        assert!(html.contains("class=\"hl-"), "{html}");
        assert!(!html.contains("style="), "{html}");
        assert!(highlight_css().contains(".hl-"));
    }

    #[test]
    fn table_alignment_writes_no_style_attribute() {
        let html = render_markdown("| a | b |\n|:--|--:|\n| 1 | 2 |\n", "", 0, RawHtml::Trusted);
        assert!(html.contains("<table>"), "{html}");
        assert!(!html.contains("style="), "{html}");
    }

    #[test]
    fn inline_markdown_has_no_paragraph() {
        assert_eq!(
            render_markdown_inline("A *short* line", RawHtml::Cleaned),
            "A <em>short</em> line"
        );
    }
}
