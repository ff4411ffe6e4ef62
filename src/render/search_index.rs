//! The search index: every paragraph, note and glossary entry, cut into small script files that
//! `assets/search.js` loads as it needs them.
//!
//! In: the texts and the cross-reference entries. Out: files under `search/`, each a script that
//! hands its data to `studysiteSearch` (scripts, not JSON, because `fetch` is blocked on
//! `file://` while `<script src>` is not, so search works from disk as well as from a host).
//! Every file's data is valid JSON. A query downloads only what it needs, however large the
//! site:
//!
//! - `meta.js`: the number of shards and the accent-folding table (so the page folds exactly as
//!   the index was folded);
//! - `f<k>.js`: word forms → their stems, for the forms whose hash falls in shard `k`;
//! - `s<k>.js`: stems → the forms that have them and the places they occur (at most
//!   [`MAX_HITS_PER_STEM`], in reading order, with the full count);
//! - `d<k>.js`: the titles and addresses of [`DOCS_PER_CHUNK`] pages;
//! - `t<k>.js`: the searchable passages of consecutive pages (about
//!   [`PASSAGE_BYTES_PER_FILE`] each), for the snippets of the results shown; `d<k>.js` says
//!   which file holds a page.
//!
//! Words are folded (lower case, Latin accents dropped) and stemmed with the Snowball stemmer of
//! the text's language (`rust-stemmers`), so `Revolutionen` finds `Revolution`. The query is not
//! stemmed in the page: it looks its words up as forms, and a form leads to its stems.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use rayon::prelude::*;
use rust_stemmers::{Algorithm, Stemmer};

use super::typography::smarten_text;
use crate::model::Text;
use crate::model::xref::Entry;

/// The most places a stem lists; past it, the count is still given.
pub const MAX_HITS_PER_STEM: usize = 2_000;

/// Pages per `d<k>.js` file.
pub const DOCS_PER_CHUNK: usize = 256;

/// About how many places one stem shard holds: the number of shards grows with the corpus so
/// that a shard stays a few tens of kilobytes.
const HITS_PER_SHARD: usize = 6_000;

/// The most shards of each kind.
const MAX_SHARDS: usize = 4_096;

/// One place that can be found: a paragraph, a note, a title or an entry's description.
struct Passage {
    anchor: String,
    label: String,
    text: String,
}

/// One searchable page.
struct Page {
    href: String,
    title: String,
    language: String,
    passages: Vec<Passage>,
}

/// What one page adds to the index, worked out in parallel with the other pages.
struct PageWords {
    /// The page's passages as a JSON array, for its passage file.
    passages_json: String,
    /// The page's distinct (folded form, stem) pairs, by first use.
    vocabulary: Vec<(String, String)>,
    /// (index into `vocabulary`, passage) for each word, each pair once per passage, a
    /// passage's forms of one stem together.
    words: Vec<(u32, u32)>,
}

#[derive(Default)]
struct StemEntry {
    forms: BTreeSet<String>,
    hits: Vec<(u32, u32)>,
    total: usize,
}

/// How many pages are read in parallel before their words are merged into the index (keeps
/// the per-page results of only one batch in memory).
const PAGES_PER_BATCH: usize = 512;

/// About how many bytes of passages one `t<k>.js` file holds (a page's passages are never
/// split, so a long text makes a larger file).
const PASSAGE_BYTES_PER_FILE: usize = 32 * 1024;

/// Writes every file of the index through `put` (path under the site root, contents).
pub fn write_search_files<E>(
    texts: &[Text],
    entries: &[Entry],
    site_language: &str,
    put: &(dyn Fn(&str, &str) -> Result<(), E> + Sync),
) -> Result<(), E> {
    let page_count = texts.len() + entries.len();
    let mut forms: HashMap<String, BTreeSet<String>> = HashMap::new();
    // Stems by first use, found by name through `stem_ids`.
    let mut stem_ids: HashMap<String, usize> = HashMap::new();
    let mut stems: Vec<(String, StemEntry)> = Vec::new();
    // For each page: href, title, and the passage file that holds it.
    let mut docs: Vec<(String, String, usize)> = Vec::with_capacity(page_count);
    let mut passage_file = String::new();
    let mut passage_files = 0;
    for batch_start in (0..page_count).step_by(PAGES_PER_BATCH) {
        let batch_end = (batch_start + PAGES_PER_BATCH).min(page_count);
        let read: Vec<(Page, PageWords)> = (batch_start..batch_end)
            .into_par_iter()
            .map(|i| {
                let page = if i < texts.len() {
                    text_page(&texts[i], site_language)
                } else {
                    entry_page(&entries[i - texts.len()], site_language)
                };
                let words = page_words(&page);
                (page, words)
            })
            .collect();
        for (offset, (page, words)) in read.into_iter().enumerate() {
            let doc = (batch_start + offset) as u32;
            if passage_file.len() >= PASSAGE_BYTES_PER_FILE {
                flush_passages(&mut passage_file, &mut passage_files, put)?;
            }
            if passage_file.is_empty() {
                passage_file.push_str(&format!("studysiteSearch.text({passage_files},{{"));
            } else {
                passage_file.push(',');
            }
            passage_file.push_str(&format!("\"{doc}\":{}", words.passages_json));
            docs.push((page.href, page.title, passage_files));
            // Each of the page's forms is merged once; its words then only count.
            let page_stems: Vec<usize> = words
                .vocabulary
                .iter()
                .map(|(form, stem)| {
                    let stem_set = match forms.get_mut(form) {
                        Some(set) => set,
                        None => forms.entry(form.clone()).or_default(),
                    };
                    if !stem_set.contains(stem) {
                        stem_set.insert(stem.clone());
                    }
                    let id = match stem_ids.get(stem) {
                        Some(&id) => id,
                        None => {
                            stem_ids.insert(stem.clone(), stems.len());
                            stems.push((stem.clone(), StemEntry::default()));
                            stems.len() - 1
                        }
                    };
                    let entry = &mut stems[id].1;
                    if !entry.forms.contains(form) {
                        entry.forms.insert(form.clone());
                    }
                    id
                })
                .collect();
            let mut last: Option<(usize, u32)> = None;
            for &(word, unit) in &words.words {
                let id = page_stems[word as usize];
                // A passage's forms of one stem come together: count the passage once.
                if last == Some((id, unit)) {
                    continue;
                }
                last = Some((id, unit));
                let entry = &mut stems[id].1;
                entry.total += 1;
                if entry.hits.len() < MAX_HITS_PER_STEM {
                    entry.hits.push((doc, unit));
                }
            }
        }
    }
    if !passage_file.is_empty() {
        flush_passages(&mut passage_file, &mut passage_files, put)?;
    }
    drop(stem_ids);
    let total_hits: usize = stems.iter().map(|(_, s)| s.hits.len()).sum();
    let shards = (total_hits / HITS_PER_SHARD)
        .max(1)
        .next_power_of_two()
        .min(MAX_SHARDS);
    put("search/meta.js", &meta_js(shards, docs.len()))?;
    let mut form_shards: Vec<BTreeMap<&str, &BTreeSet<String>>> = vec![BTreeMap::new(); shards];
    for (form, stem_set) in &forms {
        form_shards[shard_of(form, shards)].insert(form, stem_set);
    }
    let form_files: Vec<(usize, String)> = form_shards
        .par_iter()
        .enumerate()
        .map(|(k, shard)| (k, forms_js(k, shard)))
        .collect();
    for (k, js) in form_files {
        put(&format!("search/f{k}.js"), &js)?;
    }
    drop(form_shards);
    let mut stem_shards: Vec<BTreeMap<&str, &StemEntry>> = vec![BTreeMap::new(); shards];
    for (stem, entry) in &stems {
        stem_shards[shard_of(stem, shards)].insert(stem.as_str(), entry);
    }
    let stem_files: Vec<(usize, String)> = stem_shards
        .par_iter()
        .enumerate()
        .map(|(k, shard)| (k, stems_js(k, shard)))
        .collect();
    for (k, js) in stem_files {
        put(&format!("search/s{k}.js"), &js)?;
    }
    for (k, chunk) in docs.chunks(DOCS_PER_CHUNK).enumerate() {
        let list: Vec<String> = chunk
            .iter()
            .map(|(href, title, file)| format!("[{},{},{file}]", quote(href), quote(title)))
            .collect();
        put(
            &format!("search/d{k}.js"),
            &format!("studysiteSearch.docs({k},[{}]);\n", list.join(",")),
        )?;
    }
    Ok(())
}

fn flush_passages<E>(
    file: &mut String,
    count: &mut usize,
    put: &(dyn Fn(&str, &str) -> Result<(), E> + Sync),
) -> Result<(), E> {
    file.push_str("});\n");
    put(&format!("search/t{count}.js"), file)?;
    file.clear();
    *count += 1;
    Ok(())
}

fn page_words(page: &Page) -> PageWords {
    let stemmer = stemmer_for(&page.language);
    // Each distinct form of the page is folded and stemmed once: (form, stem) by first use.
    let mut ids: HashMap<String, u32> = HashMap::new();
    let mut vocabulary: Vec<(String, String)> = Vec::new();
    let mut words = Vec::new();
    let mut passages = Vec::with_capacity(page.passages.len());
    for (unit, passage) in page.passages.iter().enumerate() {
        passages.push(format!(
            "[{},{},{}]",
            quote(&passage.anchor),
            quote(&passage.label),
            quote(&passage.text)
        ));
        let mut here: Vec<u32> = Vec::new();
        for word in words_of(&passage.text) {
            let form = fold(word);
            if form.chars().count() < 2 {
                continue;
            }
            let id = match ids.get(&form) {
                Some(id) => *id,
                None => {
                    let stem = match &stemmer {
                        Some(stemmer) => fold(&stemmer.stem(&word.to_lowercase())),
                        None => form.clone(),
                    };
                    let id = vocabulary.len() as u32;
                    vocabulary.push((form.clone(), stem));
                    ids.insert(form, id);
                    id
                }
            };
            here.push(id);
        }
        // Sorted by stem, so that one passage's forms of a stem come together.
        here.sort_by(|a, b| {
            let (form_a, stem_a) = &vocabulary[*a as usize];
            let (form_b, stem_b) = &vocabulary[*b as usize];
            (stem_a, form_a).cmp(&(stem_b, form_b))
        });
        here.dedup();
        words.extend(here.into_iter().map(|id| (id, unit as u32)));
    }
    PageWords {
        passages_json: format!("[{}]", passages.join(",")),
        vocabulary,
        words,
    }
}

fn forms_js(k: usize, shard: &BTreeMap<&str, &BTreeSet<String>>) -> String {
    let mut js = format!("studysiteSearch.forms({k},{{");
    for (i, (form, stem_set)) in shard.iter().enumerate() {
        if i > 0 {
            js.push(',');
        }
        let list: Vec<String> = stem_set.iter().map(|s| quote(s)).collect();
        js.push_str(&format!("{}:[{}]", quote(form), list.join(",")));
    }
    js.push_str("});\n");
    js
}

fn stems_js(k: usize, shard: &BTreeMap<&str, &StemEntry>) -> String {
    let mut js = format!("studysiteSearch.stems({k},{{");
    for (i, (stem, entry)) in shard.iter().enumerate() {
        if i > 0 {
            js.push(',');
        }
        let forms: Vec<String> = entry.forms.iter().map(|f| quote(f)).collect();
        let hits: Vec<String> = entry.hits.iter().map(|(d, u)| format!("{d},{u}")).collect();
        js.push_str(&format!(
            "{}:[{},[{}],[{}]]",
            quote(stem),
            entry.total,
            forms.join(","),
            hits.join(",")
        ));
    }
    js.push_str("});\n");
    js
}

/// A text as searched: its title, paragraphs and notes, stemmed in its language.
fn text_page(text: &Text, site_language: &str) -> Page {
    let mut passages = vec![Passage {
        anchor: String::new(),
        label: "Title".to_string(),
        text: smarten_text(&text.title),
    }];
    passages.extend(text.document.paragraphs().map(|p| Passage {
        anchor: format!("p{}", p.number),
        label: format!("¶ {}", p.number),
        text: smarten_text(&p.text),
    }));
    passages.extend(text.document.notes.iter().map(|n| Passage {
        anchor: format!("note-{}", n.number),
        label: format!("Note {}", n.number),
        text: smarten_text(&n.text),
    }));
    Page {
        href: format!("texts/{}.html", text.slug),
        title: smarten_text(&text.title),
        language: text
            .language
            .clone()
            .unwrap_or_else(|| site_language.to_string()),
        passages,
    }
}

/// A cross-reference entry as searched: its name, aliases and description.
fn entry_page(entry: &Entry, site_language: &str) -> Page {
    let mut text = entry.name.clone();
    for alias in entry.aliases.iter().filter(|a| **a != entry.name) {
        text.push_str(" · ");
        text.push_str(alias);
    }
    if let Some(description) = &entry.description {
        text.push_str(" — ");
        text.push_str(description);
    }
    Page {
        href: format!("names/{}.html", entry.id),
        title: entry.name.clone(),
        language: site_language.to_string(),
        passages: vec![Passage {
            anchor: String::new(),
            label: "Cross-references".to_string(),
            text,
        }],
    }
}

/// The Snowball stemmer for a BCP 47 language tag, if there is one.
fn stemmer_for(language: &str) -> Option<Stemmer> {
    let primary = language
        .split('-')
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    let algorithm = match primary.as_str() {
        "ar" => Algorithm::Arabic,
        "da" => Algorithm::Danish,
        "nl" => Algorithm::Dutch,
        "en" => Algorithm::English,
        "fi" => Algorithm::Finnish,
        "fr" => Algorithm::French,
        "de" => Algorithm::German,
        "el" => Algorithm::Greek,
        "hu" => Algorithm::Hungarian,
        "it" => Algorithm::Italian,
        "no" | "nb" | "nn" => Algorithm::Norwegian,
        "pt" => Algorithm::Portuguese,
        "ro" => Algorithm::Romanian,
        "ru" => Algorithm::Russian,
        "es" => Algorithm::Spanish,
        "sv" => Algorithm::Swedish,
        "ta" => Algorithm::Tamil,
        "tr" => Algorithm::Turkish,
        _ => return None,
    };
    Some(Stemmer::create(algorithm))
}

/// The words of a passage: runs of letters and digits (as `search.js` cuts them).
pub fn words_of(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
}

/// A word folded for search ([`crate::lexicon::fold_word`]): lower case, Latin letters without
/// their accents (`Célarié` → `celarie`, `Straße` → `strasse`); other scripts only lower-cased.
pub fn fold(word: &str) -> String {
    crate::lexicon::fold_word(word)
}

/// The folding table `search.js` applies: every lower-case letter that folds.
fn fold_table() -> Vec<(char, String)> {
    crate::lexicon::folded_letters()
}

fn meta_js(shards: usize, docs: usize) -> String {
    let fold: Vec<String> = fold_table()
        .into_iter()
        .map(|(c, ascii)| format!("{}:{}", quote(&c.to_string()), quote(&ascii)))
        .collect();
    format!(
        "studysiteSearch.meta({{\"shards\":{shards},\"docs\":{docs},\
         \"docsPerChunk\":{DOCS_PER_CHUNK},\"maxHits\":{MAX_HITS_PER_STEM},\"fold\":{{{}}}}});\n",
        fold.join(",")
    )
}

/// The shard of a form or stem: FNV-1a of its UTF-8 bytes (as `search.js` computes it).
pub fn shard_of(key: &str, shards: usize) -> usize {
    let mut hash: u32 = 0x811c_9dc5;
    for byte in key.bytes() {
        hash ^= u32::from(byte);
        hash = hash.wrapping_mul(0x0100_0193);
    }
    hash as usize % shards
}

/// A JavaScript string literal, safe inside a script file.
fn quote(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '<' => out.push_str("\\u003c"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c if u32::from(c) < 0x20 => out.push_str(&format!("\\u{:04x}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_drops_case_and_latin_accents_only() {
        assert_eq!(fold("Célarié"), "celarie");
        assert_eq!(fold("Straße"), "strasse");
        assert_eq!(fold("Œuvres"), "oeuvres");
        assert_eq!(fold("Троцкий"), "троцкий");
        assert_eq!(fold("Й"), "й", "a Cyrillic letter keeps its breve");
    }

    #[test]
    fn words_are_runs_of_letters_and_digits() {
        let found: Vec<&str> =
            words_of("Trotsky's «Pour sa propre sauvegarde», 1935–36.").collect();
        assert_eq!(
            found,
            [
                "Trotsky",
                "s",
                "Pour",
                "sa",
                "propre",
                "sauvegarde",
                "1935",
                "36"
            ]
        );
    }

    #[test]
    fn shards_are_fnv_1a_as_the_page_computes_them() {
        // FNV-1a 32 of "a" is 0xe40c292c.
        assert_eq!(shard_of("a", usize::MAX), 0xe40c_292c);
        assert_eq!(shard_of("", 7), 0x811c_9dc5 % 7);
    }

    #[test]
    fn strings_cannot_close_the_script() {
        assert_eq!(quote("a\"b</script>\n"), "\"a\\\"b\\u003c/script>\\u000a\"");
    }
}
