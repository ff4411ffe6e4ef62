//! Site settings from `content/site.yaml`, with defaults for everything.
//!
//! In: the file's YAML (or nothing, when the file is absent). Out: a [`SiteConfig`] the templates
//! read as `site`. Unknown keys are an error, so a misspelt setting is never silently ignored.

use serde::{Deserialize, Serialize};

/// The style notes are formatted in when `content/site.yaml` names none.
pub const DEFAULT_CITATION_STYLE: &str = "chicago-notes";

/// The settings a site can make.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct SiteConfig {
    /// The site's name, shown in every page's header and title.
    pub title: String,
    /// A line under the title on the home page.
    pub subtitle: Option<String>,
    /// One sentence for search engines and link previews.
    pub description: Option<String>,
    /// The language of the site's own words (BCP 47), the `lang` of every page.
    #[serde(deserialize_with = "crate::load::schema::language")]
    pub language: String,
    /// Who prepared the edition, shown in the footer.
    pub editors: Option<String>,
    /// Licence or rights statement for the editors' own words, shown in the footer.
    pub rights: Option<String>,
    /// Where the site will be published (`https://example.org/letters`, no trailing slash).
    /// Only with it are `sitemap.xml` and the Atom feed written, and canonical and Open Graph
    /// URLs given; links between pages stay relative either way.
    #[serde(deserialize_with = "crate::load::schema::optional_base_url")]
    pub base_url: Option<String>,
    /// Keep the editors' raw HTML as written (scripts included) instead of cleaning it to the
    /// elements of scholarly prose. Pages still carry the Content-Security-Policy.
    pub trusted_html: bool,
    /// The citation style notes are formatted in, by the name of one of the CSL styles
    /// hayagriva ships (`chicago-notes`, `chicago-shortened-notes`, `apa`,
    /// `modern-language-association`, …). The note's own wording stays beside it.
    pub citation_style: String,
}

impl Default for SiteConfig {
    fn default() -> Self {
        SiteConfig {
            title: "Study texts".to_string(),
            subtitle: None,
            description: None,
            language: "en".to_string(),
            editors: None,
            rights: None,
            base_url: None,
            trusted_html: false,
            citation_style: DEFAULT_CITATION_STYLE.to_string(),
        }
    }
}
