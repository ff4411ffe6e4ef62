//! The files a host and a feed reader look for: `404.html`, `robots.txt`, `favicon.ico`, and,
//! when the site's public address (`base_url`) is known, `sitemap.xml` and an Atom feed.
//!
//! In: the site settings, the texts, and the paths of the pages written. Out: the files' text.
//! A sitemap and a feed need absolute URLs, so without `base_url` they are not written (and
//! `robots.txt` does not point at a sitemap); every other page keeps relative links.

use super::typography::escape;
use crate::config::SiteConfig;
use crate::model::Text;

/// The icon every host is asked for at `/favicon.ico` (32×32, the same mark as
/// `assets/favicon.svg`).
pub const FAVICON_ICO: &[u8] = include_bytes!("assets/favicon.ico");

/// The shipped font (Source Serif 4, SIL OFL 1.1): its files under `assets/fonts/`, with the
/// licence that must travel with them.
pub const FONT_FILES: &[(&str, &[u8])] = &[
    ("OFL.txt", include_bytes!("assets/fonts/OFL.txt")),
    (
        "source-serif-4-latin-400-normal.woff2",
        include_bytes!("assets/fonts/source-serif-4-latin-400-normal.woff2"),
    ),
    (
        "source-serif-4-latin-400-italic.woff2",
        include_bytes!("assets/fonts/source-serif-4-latin-400-italic.woff2"),
    ),
    (
        "source-serif-4-latin-600-normal.woff2",
        include_bytes!("assets/fonts/source-serif-4-latin-600-normal.woff2"),
    ),
    (
        "source-serif-4-latin-ext-400-normal.woff2",
        include_bytes!("assets/fonts/source-serif-4-latin-ext-400-normal.woff2"),
    ),
    (
        "source-serif-4-latin-ext-400-italic.woff2",
        include_bytes!("assets/fonts/source-serif-4-latin-ext-400-italic.woff2"),
    ),
    (
        "source-serif-4-latin-ext-600-normal.woff2",
        include_bytes!("assets/fonts/source-serif-4-latin-ext-600-normal.woff2"),
    ),
    (
        "source-serif-4-cyrillic-400-normal.woff2",
        include_bytes!("assets/fonts/source-serif-4-cyrillic-400-normal.woff2"),
    ),
    (
        "source-serif-4-cyrillic-400-italic.woff2",
        include_bytes!("assets/fonts/source-serif-4-cyrillic-400-italic.woff2"),
    ),
    (
        "source-serif-4-cyrillic-600-normal.woff2",
        include_bytes!("assets/fonts/source-serif-4-cyrillic-600-normal.woff2"),
    ),
];

/// The path of the Atom feed.
pub const FEED: &str = "feed.xml";

/// How many texts the feed lists (the first in the site's order).
pub const FEED_ENTRIES: usize = 200;

/// How many URLs one sitemap file holds; past it `sitemap.xml` is an index of numbered files,
/// so that no file comes near the protocol's limits or 1 MB.
pub const URLS_PER_SITEMAP: usize = 8_000;

/// `robots.txt`: everything may be crawled; the sitemap is named when there is one.
pub fn robots_txt(config: &SiteConfig) -> String {
    let mut robots = String::from("User-agent: *\nAllow: /\n");
    if let Some(base) = &config.base_url {
        robots.push_str(&format!("Sitemap: {base}/sitemap.xml\n"));
    }
    robots
}

/// The sitemap files for the HTML pages at `paths` (sorted, relative to the site root): one
/// `sitemap.xml`, or an index `sitemap.xml` and `sitemap-1.xml`, `sitemap-2.xml`, … Nothing
/// without a base URL.
pub fn sitemaps(config: &SiteConfig, paths: &[String]) -> Vec<(String, String)> {
    let Some(base) = &config.base_url else {
        return Vec::new();
    };
    let pages: Vec<&String> = paths
        .iter()
        .filter(|p| p.ends_with(".html") && p.as_str() != "404.html")
        .collect();
    let urlset = |chunk: &[&String]| {
        let mut xml = String::from(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
             <urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
        );
        for path in chunk {
            xml.push_str(&format!(
                "<url><loc>{}</loc></url>\n",
                escape(&url(base, path))
            ));
        }
        xml.push_str("</urlset>\n");
        xml
    };
    if pages.len() <= URLS_PER_SITEMAP {
        return vec![("sitemap.xml".to_string(), urlset(&pages))];
    }
    let mut files = Vec::new();
    let mut index = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for (i, chunk) in pages.chunks(URLS_PER_SITEMAP).enumerate() {
        let name = format!("sitemap-{}.xml", i + 1);
        index.push_str(&format!(
            "<sitemap><loc>{}</loc></sitemap>\n",
            escape(&url(base, &name))
        ));
        files.push((name, urlset(chunk)));
    }
    index.push_str("</sitemapindex>\n");
    files.insert(0, ("sitemap.xml".to_string(), index));
    files
}

/// The Atom feed of the texts (the first [`FEED_ENTRIES`] in the site's order), or nothing
/// without a base URL. Atom asks when each entry was last updated: that is the build date
/// (`updated`, `YYYY-MM-DD`), the same for every entry, since a text's own date is not when
/// it was added to the site.
pub fn atom_feed(config: &SiteConfig, texts: &[Text], updated: &str) -> Option<String> {
    let base = config.base_url.as_ref()?;
    let stamp = format!("{updated}T00:00:00Z");
    let mut xml = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    xml.push_str(&format!(
        "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{}\">\n",
        escape(&config.language)
    ));
    xml.push_str(&format!("<title>{}</title>\n", escape(&config.title)));
    if let Some(subtitle) = &config.subtitle {
        xml.push_str(&format!("<subtitle>{}</subtitle>\n", escape(subtitle)));
    }
    xml.push_str(&format!("<id>{}/</id>\n", escape(base)));
    xml.push_str(&format!(
        "<link rel=\"self\" href=\"{}\"/>\n<link href=\"{}\"/>\n",
        escape(&url(base, FEED)),
        escape(&url(base, "index.html"))
    ));
    xml.push_str(&format!("<updated>{stamp}</updated>\n"));
    xml.push_str(&format!(
        "<author><name>{}</name></author>\n",
        escape(config.editors.as_deref().unwrap_or(&config.title))
    ));
    xml.push_str("<generator>studysite</generator>\n");
    for text in texts.iter().take(FEED_ENTRIES) {
        let href = url(base, &format!("texts/{}.html", text.slug));
        xml.push_str("<entry>\n");
        xml.push_str(&format!("<title>{}</title>\n", escape(&text.title)));
        xml.push_str(&format!("<id>{}</id>\n", escape(&href)));
        xml.push_str(&format!("<link href=\"{}\"/>\n", escape(&href)));
        xml.push_str(&format!("<updated>{stamp}</updated>\n"));
        for author in &text.authors {
            xml.push_str(&format!(
                "<author><name>{}</name></author>\n",
                escape(author)
            ));
        }
        if let Some(summary) = &text.summary {
            xml.push_str(&format!(
                "<summary type=\"text\">{}</summary>\n",
                escape(summary)
            ));
        }
        xml.push_str("</entry>\n");
    }
    xml.push_str("</feed>\n");
    Some(xml)
}

/// The absolute URL of `path` (relative to the site root) under `base`.
pub fn url(base: &str, path: &str) -> String {
    format!("{base}/{path}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(base_url: Option<&str>) -> SiteConfig {
        SiteConfig {
            title: "Letters & papers".to_string(),
            base_url: base_url.map(str::to_string),
            ..SiteConfig::default()
        }
    }

    #[test]
    fn without_a_base_url_there_is_no_sitemap_and_no_feed() {
        let paths = vec!["index.html".to_string()];
        assert!(sitemaps(&config(None), &paths).is_empty());
        assert!(atom_feed(&config(None), &[], "2026-12-01").is_none());
        assert_eq!(robots_txt(&config(None)), "User-agent: *\nAllow: /\n");
    }

    #[test]
    fn the_sitemap_lists_every_page_but_the_404_page_with_absolute_urls() {
        let paths = [
            "404.html",
            "assets/style.css",
            "index.html",
            "texts/a&b.html",
        ]
        .map(String::from)
        .to_vec();
        let files = sitemaps(&config(Some("https://example.org/letters")), &paths);
        assert_eq!(files.len(), 1);
        assert_eq!(files[0].0, "sitemap.xml");
        let xml = &files[0].1;
        assert!(xml.contains("<loc>https://example.org/letters/index.html</loc>"));
        assert!(xml.contains("<loc>https://example.org/letters/texts/a&amp;b.html</loc>"));
        assert!(!xml.contains("404"), "{xml}");
        assert!(!xml.contains("style.css"), "{xml}");
    }

    #[test]
    fn a_large_site_gets_a_sitemap_index() {
        let paths: Vec<String> = (0..URLS_PER_SITEMAP * 2 + 1)
            .map(|i| format!("texts/t{i:05}.html"))
            .collect();
        let files = sitemaps(&config(Some("https://example.org")), &paths);
        let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(
            names,
            [
                "sitemap.xml",
                "sitemap-1.xml",
                "sitemap-2.xml",
                "sitemap-3.xml"
            ]
        );
        assert!(files[0].1.contains("<sitemapindex"));
        assert!(files[0].1.contains("https://example.org/sitemap-3.xml"));
        assert_eq!(files[3].1.matches("<url>").count(), 1);
    }
}
