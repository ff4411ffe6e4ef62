//! The HTML editors may write in their Markdown, and a warning for everything else.
//!
//! In: the editors' Markdown (`content/*.md`, the introductions, `summary` and `part_of` of
//! `content/texts/*.md`, glossary descriptions). Out: one warning, naming file:line:column, for
//! each raw HTML element or attribute outside the allow-list, each link whose scheme is not
//! `http`, `https` or `mailto`, and each image from another site. The allow-list lives here and
//! render/sanitize.rs builds its ammonia cleaner from it, so what is reported and what is
//! removed cannot drift apart. Nothing is checked when `content/site.yaml` says
//! `trusted_html: true`.

use std::path::Path;

use pulldown_cmark::{Event, Options, Parser, Tag};

use crate::error::{Diagnostic, Diagnostics};
use crate::load::Sources;

/// Elements kept in editors' HTML: the vocabulary of scholarly prose (no scripts, forms,
/// frames, media, `svg`/`math`, or raw-text elements such as `style`).
pub const ELEMENTS: &[&str] = &[
    "a",
    "abbr",
    "b",
    "bdi",
    "bdo",
    "blockquote",
    "br",
    "caption",
    "cite",
    "code",
    "col",
    "colgroup",
    "dd",
    "del",
    "dfn",
    "div",
    "dl",
    "dt",
    "em",
    "figcaption",
    "figure",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "i",
    "img",
    "ins",
    "kbd",
    "li",
    "mark",
    "ol",
    "p",
    "pre",
    "q",
    "rp",
    "rt",
    "ruby",
    "s",
    "samp",
    "section",
    "small",
    "span",
    "strong",
    "sub",
    "sup",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "time",
    "tr",
    "u",
    "ul",
    "var",
    "wbr",
];

/// Attributes kept on any element (footnotes need `id`, `class`, `role`, `tabindex`).
pub const GENERIC_ATTRIBUTES: &[&str] = &[
    "id",
    "class",
    "role",
    "lang",
    "dir",
    "title",
    "tabindex",
    "aria-label",
    "aria-labelledby",
    "aria-describedby",
    "aria-hidden",
];

/// Attributes kept on one element only.
pub const ELEMENT_ATTRIBUTES: &[(&str, &[&str])] = &[
    ("a", &["href", "hreflang"]),
    ("img", &["src", "alt", "width", "height"]),
    ("blockquote", &["cite"]),
    ("q", &["cite"]),
    ("del", &["cite", "datetime"]),
    ("ins", &["cite", "datetime"]),
    ("time", &["datetime"]),
    ("ol", &["start", "reversed", "type"]),
    ("li", &["value"]),
    ("td", &["colspan", "rowspan"]),
    ("th", &["colspan", "rowspan", "scope"]),
    ("pre", &["data-lang"]),
];

/// Schemes a link may have; a link without a scheme stays within the site.
pub const URL_SCHEMES: &[&str] = &["http", "https", "mailto"];

/// The Markdown extensions the editors' files are read with (here and when rendered).
pub fn markdown_options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_SMART_PUNCTUATION
}

/// True when `url` may be a link's target: no scheme, or an allowed one.
pub fn link_allowed(url: &str) -> bool {
    match scheme(url) {
        None => true,
        Some(scheme) => URL_SCHEMES.contains(&scheme.to_ascii_lowercase().as_str()),
    }
}

/// True when `url` names a file of the site itself (no scheme, not `//host/...`).
pub fn within_site(url: &str) -> bool {
    scheme(url).is_none() && !url.trim_start().starts_with("//")
}

/// The scheme of a URL (`javascript` in ` JaVaScRiPt:x`), if it has one.
fn scheme(url: &str) -> Option<&str> {
    let url = url.trim_start_matches(|c: char| c.is_whitespace() || c.is_control());
    let end = url.find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.')))?;
    (end > 0 && url[end..].starts_with(':')).then(|| &url[..end])
}

/// Warns about every piece of the editors' Markdown that will not reach the pages.
pub fn check_editors_markdown(sources: &Sources, diagnostics: &mut Diagnostics) {
    if sources.config.trusted_html {
        return;
    }
    for file in sources.pages.iter() {
        let input = Input::new(&file.path, &file.text, file.body_offset);
        check(&input, &file.body, diagnostics);
    }
    for file in sources.text_files.iter() {
        let meta = &file.front_matter;
        for (key, value) in [("summary", &meta.summary), ("part_of", &meta.part_of)] {
            if let (Some(value), Some(at)) = (value, file.positions.offset(key)) {
                check(
                    &Input::value(&file.path, &file.text, at, value),
                    value,
                    diagnostics,
                );
            }
        }
        let input = Input::new(&file.path, &file.text, file.body_offset);
        check(&input, &file.body, diagnostics);
    }
    if let Some(glossary) = &sources.glossary {
        for (i, entry) in glossary.value.entries.iter().enumerate() {
            let key = format!("entries[{i}].description");
            if let (Some(value), Some(at)) = (&entry.description, glossary.positions.offset(&key)) {
                let input = Input::value(&glossary.path, &glossary.text, at, value);
                check(&input, value, diagnostics);
            }
        }
    }
}

/// Where a piece of Markdown sits in its file.
struct Input<'a> {
    path: &'a Path,
    text: &'a str,
    start: usize,
    /// False when the Markdown is not a verbatim slice of the file (a quoted or folded YAML
    /// string): every problem is then reported at the value's start.
    verbatim: bool,
}

impl<'a> Input<'a> {
    fn new(path: &'a Path, text: &'a str, start: usize) -> Self {
        Input {
            path,
            text,
            start,
            verbatim: true,
        }
    }

    fn value(path: &'a Path, text: &'a str, start: usize, value: &str) -> Self {
        let verbatim = text.get(start..start + value.len()) == Some(value);
        Input {
            verbatim,
            ..Input::new(path, text, start)
        }
    }

    fn warning(&self, offset: usize, message: String) -> Diagnostic {
        let at = if self.verbatim {
            self.start + offset
        } else {
            self.start
        };
        Diagnostic::warning(self.path, message).at_offset(self.text, at)
    }
}

fn check(input: &Input, markdown: &str, diagnostics: &mut Diagnostics) {
    for (event, range) in Parser::new_ext(markdown, markdown_options()).into_offset_iter() {
        match event {
            Event::Html(html) | Event::InlineHtml(html) => {
                for problem in html_problems(&html) {
                    diagnostics.push(input.warning(range.start + problem.0, problem.1));
                }
            }
            Event::Start(Tag::Link { dest_url, .. }) if !link_allowed(&dest_url) => {
                diagnostics.push(input.warning(
                    range.start,
                    format!(
                        "link `{dest_url}` is removed: links may go to http, https and mailto addresses and within the site"
                    ),
                ));
            }
            Event::Start(Tag::Image { dest_url, .. }) if !within_site(&dest_url) => {
                diagnostics.push(input.warning(
                    range.start,
                    format!("image `{dest_url}` is not shown: pages load nothing from other sites"),
                ));
            }
            _ => {}
        }
    }
}

/// The problems of a piece of raw HTML, each with its byte offset in it.
fn html_problems(html: &str) -> Vec<(usize, String)> {
    let mut problems = Vec::new();
    for tag in start_tags(html) {
        if !ELEMENTS.contains(&tag.name.as_str()) {
            problems.push((
                tag.offset,
                format!(
                    "HTML element <{}> is removed (only the elements of scholarly prose are kept; content/site.yaml can say trusted_html: true)",
                    tag.name
                ),
            ));
            continue;
        }
        for (name, value) in &tag.attributes {
            let allowed = GENERIC_ATTRIBUTES.contains(&name.as_str())
                || ELEMENT_ATTRIBUTES
                    .iter()
                    .any(|(e, a)| *e == tag.name && a.contains(&name.as_str()));
            let message = if !allowed {
                format!(
                    "attribute `{name}` of <{}> is removed (only the attributes of scholarly prose are kept; content/site.yaml can say trusted_html: true)",
                    tag.name
                )
            } else if matches!(name.as_str(), "href" | "cite") && !link_allowed(value) {
                format!(
                    "link `{value}` is removed: links may go to http, https and mailto addresses and within the site"
                )
            } else if name == "src" && !within_site(value) {
                format!("image `{value}` is not shown: pages load nothing from other sites")
            } else {
                continue;
            };
            problems.push((tag.offset, message));
        }
    }
    problems
}

/// A start tag in raw HTML: its name and attributes, lowercased names, raw values.
struct StartTag {
    offset: usize,
    name: String,
    attributes: Vec<(String, String)>,
}

/// The start tags of a piece of raw HTML (comments, end tags and declarations skipped). A small
/// tokenizer, enough to name what the sanitiser will remove; the sanitiser itself parses HTML
/// properly.
fn start_tags(html: &str) -> Vec<StartTag> {
    let bytes = html.as_bytes();
    let mut tags = Vec::new();
    let mut i = 0;
    while let Some(found) = html[i..].find('<') {
        let offset = i + found;
        i = offset + 1;
        if html[i..].starts_with("!--") {
            i = html[i..].find("-->").map_or(html.len(), |e| i + e + 3);
            continue;
        }
        if !bytes.get(i).is_some_and(u8::is_ascii_alphabetic) {
            continue;
        }
        let name_end = html[i..]
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
            .map_or(html.len(), |e| i + e);
        let name = html[i..name_end].to_ascii_lowercase();
        i = name_end;
        let mut attributes = Vec::new();
        loop {
            i += html[i..].len()
                - html[i..]
                    .trim_start_matches(|c: char| c.is_whitespace() || c == '/')
                    .len();
            if i >= html.len() || bytes[i] == b'>' {
                break;
            }
            let end = html[i..]
                .find(|c: char| c.is_whitespace() || matches!(c, '=' | '>' | '/'))
                .map_or(html.len(), |e| i + e);
            let attribute = html[i..end].to_ascii_lowercase();
            i = end.max(i + 1);
            let mut value = String::new();
            let rest = html[i..].trim_start();
            if let Some(after) = rest.strip_prefix('=') {
                let after = after.trim_start();
                let start = html.len() - after.len();
                let (value_text, next) = match after.chars().next() {
                    Some(q @ ('"' | '\'')) => {
                        let close = after[1..].find(q).map_or(after.len(), |e| e + 1);
                        (&after[1..close], start + (close + 1).min(after.len()))
                    }
                    _ => {
                        let close = after
                            .find(|c: char| c.is_whitespace() || c == '>')
                            .unwrap_or(after.len());
                        (&after[..close], start + close)
                    }
                };
                value = value_text.to_string();
                i = next;
            }
            attributes.push((attribute, value));
        }
        tags.push(StartTag {
            offset,
            name,
            attributes,
        });
    }
    tags
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn the_tag_reader_never_panics_and_stays_inside_the_html(html in "[<>a-z =\"'/!-é]{0,80}") {
            for (offset, _) in html_problems(&html) {
                proptest::prop_assert!(offset < html.len() && html.is_char_boundary(offset));
            }
        }
    }

    #[test]
    fn schemes_are_read_as_browsers_read_them() {
        assert!(!link_allowed("javascript:alert(1)"));
        assert!(!link_allowed(" JaVaScRiPt:alert(1)"));
        assert!(!link_allowed("data:text/html,x"));
        assert!(link_allowed("https://example.org/"));
        assert!(link_allowed("texts/a.html#p3"));
        assert!(link_allowed("#fn-1"));
        assert!(!within_site("//evil.example/x.png"));
        assert!(within_site("images/seal.png"));
    }

    #[test]
    fn raw_html_problems_name_the_element_or_attribute() {
        let problems = html_problems(
            "<p class=x>ok</p><img src='a.png' onerror=alert(1)><script>x</script><a href=\"javascript:x\">",
        );
        let names: Vec<(usize, &str)> = problems
            .iter()
            .map(|(at, m)| (*at, m.split(" is ").next().unwrap_or("")))
            .collect();
        assert_eq!(
            names,
            vec![
                (17, "attribute `onerror` of <img>"),
                (51, "HTML element <script>"),
                (69, "link `javascript:x`"),
            ]
        );
    }
}
