//! What every page's template gets: the site settings, the way back to the site root, the
//! navigation, and small views of shared model types (dates, links).
//!
//! Pages are flat files linked relatively, so the site works on any host, under any sub-path and
//! from `file://`: a page in `texts/` reaches the root as `../`, a top-level page as the empty
//! string, and every link is written as `{{ page.root }}target.html`.

use serde::Serialize;

use crate::config::SiteConfig;
use crate::model::Text;
use crate::parse::dates::HistoricalDate;

/// Where a page sits: top level or one folder down.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Depth {
    /// `index.html`, `about.html`, ...
    Top,
    /// `texts/<slug>.html`.
    InFolder,
}

impl Depth {
    /// The relative path to the site root.
    pub fn root(self) -> &'static str {
        match self {
            Depth::Top => "",
            Depth::InFolder => "../",
        }
    }
}

/// One link in the site navigation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NavItem {
    /// The link text.
    pub label: String,
    /// Path from the site root, e.g. `about.html`.
    pub path: String,
    /// A stable key naming the page kind, for `aria-current`.
    pub key: String,
}

/// The part of the context every page has, available to templates as `page`.
#[derive(Debug, Clone, Serialize)]
pub struct Layout<'a> {
    /// The site settings.
    pub site: &'a SiteConfig,
    /// Relative path to the site root (`""` or `"../"`); the absolute base URL followed by `/`
    /// only on `404.html`, which a host serves at any depth.
    pub root: String,
    /// The page's absolute URL, when the site's `base_url` is known (canonical link, Open Graph).
    pub url: Option<String>,
    /// The Open Graph type: `article` for a text, `website` for the rest.
    pub og_type: &'static str,
    /// The page's own title (the `<title>` adds the site's).
    pub title: String,
    /// A sentence for link previews.
    pub description: Option<String>,
    /// The navigation.
    pub nav: &'a [NavItem],
    /// The key of this page in the navigation, if it has one.
    pub current: String,
    /// `<meta name=... content=...>` tags (citation metadata for reference managers).
    pub meta: Vec<MetaTag>,
    /// schema.org JSON-LD for the page's data block (a text's page), already escaped for it
    /// ([`super::json_ld`]).
    pub json_ld: Option<String>,
    /// The build date, only when `SOURCE_DATE_EPOCH` asks for one (keeps builds reproducible).
    pub generated: Option<String>,
    /// True when the page shows a code block: only then does it load the highlighting CSS.
    pub has_code: bool,
}

/// A `<meta name content>` tag.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MetaTag {
    /// The `name` attribute.
    pub name: String,
    /// The `content` attribute.
    pub content: String,
}

impl MetaTag {
    /// A tag.
    pub fn new(name: &str, content: impl Into<String>) -> MetaTag {
        MetaTag {
            name: name.to_string(),
            content: content.into(),
        }
    }
}

/// A date as templates show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DateView {
    /// For readers: `6 March 1938`, `c. late 1934`.
    pub display: String,
    /// For `<time datetime>`: `1938-03-06`, `1917-02`, `1905`.
    pub datetime: String,
}

impl DateView {
    /// The view of a date.
    pub fn of(date: &HistoricalDate) -> DateView {
        DateView {
            display: date.display(),
            datetime: date.datetime_attr(),
        }
    }
}

/// A link to another page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LinkView {
    /// The link text.
    pub label: String,
    /// The relative URL.
    pub href: String,
}

impl LinkView {
    /// A link to a text's page from a page reaching `texts/` as `folder` (`""` from another
    /// text, `"texts/"` from a top-level page).
    pub fn to_text(text: &Text, folder: &str) -> LinkView {
        LinkView {
            label: text.title.clone(),
            href: format!("{folder}{}.html", text.slug),
        }
    }
}

/// A file name as one segment of a URL: every byte outside `A–Z a–z 0–9 - . _ ~` is
/// percent-encoded (`letter #3.txt` → `letter%20%233.txt`).
pub fn url_segment(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for byte in name.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// The date `SOURCE_DATE_EPOCH` (seconds since 1970, UTC) stands for, as `YYYY-MM-DD`.
pub fn build_date_from_env() -> Option<String> {
    let seconds: i64 = std::env::var("SOURCE_DATE_EPOCH")
        .ok()?
        .trim()
        .parse()
        .ok()?;
    Some(civil_date(seconds.div_euclid(86_400)))
}

/// Today's date (UTC) as `YYYY-MM-DD`: the build date where one is needed and
/// `SOURCE_DATE_EPOCH` does not give it (the Atom feed's `updated`).
pub fn build_date_now() -> String {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    civil_date(i64::try_from(seconds / 86_400).unwrap_or(0))
}

/// Days since 1970-01-01 → `YYYY-MM-DD` (proleptic Gregorian; Howard Hinnant's algorithm).
fn civil_date(days: i64) -> String {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z - era * 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let mp = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_are_percent_encoded_in_links() {
        assert_eq!(
            url_segment("004_94e4e22f7d3b09e0.txt"),
            "004_94e4e22f7d3b09e0.txt"
        );
        assert_eq!(url_segment("letter #3 é.txt"), "letter%20%233%20%C3%A9.txt");
    }

    #[test]
    fn civil_dates() {
        assert_eq!(civil_date(0), "1970-01-01");
        assert_eq!(civil_date(19_723), "2024-01-01");
        assert_eq!(civil_date(11_016), "2000-02-29");
    }
}
