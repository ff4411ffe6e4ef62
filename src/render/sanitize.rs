//! The cleaner every piece of the editors' rendered Markdown goes through.
//!
//! In: HTML rendered from an editor's Markdown. Out: the same HTML with only the elements,
//! attributes and link schemes of the allow-list in [`crate::analyse::raw_html`] (which also
//! warns, with file and line, about what is removed here), cleaned by ammonia. Images must come
//! from the site itself. With `trusted_html: true` in `content/site.yaml` the HTML is kept as
//! written.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use crate::analyse::raw_html::{
    ELEMENT_ATTRIBUTES, ELEMENTS, GENERIC_ATTRIBUTES, URL_SCHEMES, within_site,
};

/// Whether the editors' HTML is cleaned or kept as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RawHtml {
    /// Cleaned to the allow-list (the default).
    Cleaned,
    /// Kept as written (`trusted_html: true`).
    Trusted,
}

impl RawHtml {
    /// The policy `content/site.yaml` asks for.
    pub fn of(config: &crate::config::SiteConfig) -> Self {
        if config.trusted_html {
            RawHtml::Trusted
        } else {
            RawHtml::Cleaned
        }
    }

    /// `html` under this policy.
    pub fn apply(self, html: String) -> String {
        match self {
            RawHtml::Trusted => html,
            RawHtml::Cleaned => CLEANER.clean(&html).to_string(),
        }
    }
}

static CLEANER: LazyLock<ammonia::Builder<'static>> = LazyLock::new(|| {
    let mut builder = ammonia::Builder::empty();
    builder
        .tags(ELEMENTS.iter().copied().collect::<HashSet<_>>())
        .generic_attributes(GENERIC_ATTRIBUTES.iter().copied().collect::<HashSet<_>>())
        .tag_attributes(
            ELEMENT_ATTRIBUTES
                .iter()
                .map(|(element, attributes)| (*element, attributes.iter().copied().collect()))
                .collect::<HashMap<_, HashSet<_>>>(),
        )
        .url_schemes(URL_SCHEMES.iter().copied().collect::<HashSet<_>>())
        .url_relative(ammonia::UrlRelative::PassThrough)
        .link_rel(None)
        .strip_comments(true)
        .attribute_filter(|element, attribute, value| {
            if element == "img" && attribute == "src" && !within_site(value) {
                None
            } else {
                Some(value.into())
            }
        });
    builder
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn footnotes_and_scholarly_markup_survive_and_scripts_do_not() {
        let kept = "<p>A<sup class=\"noteref\"><a role=\"doc-noteref\" id=\"fnref-1\" href=\"#fn-1\">1</a></sup> <abbr title=\"Union\">U</abbr> <q cite=\"https://example.org/\">said</q> <cite>Works</cite> <img src=\"seal.png\" alt=\"A seal\"></p>\n<section class=\"footnotes\" role=\"doc-endnotes\" aria-label=\"Notes\"><ol><li id=\"fn-1\" tabindex=\"-1\"><p>Note. <a role=\"doc-backlink\" href=\"#fnref-1\" aria-label=\"Back\">↩︎</a></p></li></ol></section>";
        assert_eq!(RawHtml::Cleaned.apply(kept.to_string()), kept);
        let cleaned = RawHtml::Cleaned.apply(
            "<p onclick=\"x()\">a<script>alert(1)</script><a href=\"javascript:x\">b</a><img src=\"https://evil.example/t.png\" alt=\"t\"><style>p{}</style></p>".to_string(),
        );
        assert_eq!(cleaned, "<p>a<a>b</a><img alt=\"t\"></p>");
        let trusted = "<script>ok()</script>".to_string();
        assert_eq!(RawHtml::Trusted.apply(trusted.clone()), trusted);
    }
}
