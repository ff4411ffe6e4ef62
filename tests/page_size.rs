//! Page sizes as the corpus grows: no generated page may grow faster than the corpus.
//!
//! Builds the same kind of generated corpus at two sizes, N and 4N texts, and compares the
//! largest page of each kind (home, cross-reference index, entry pages, timeline, year pages,
//! text pages). A page that lists everything grows linearly at most (4× here, with a little
//! room); one that grows faster, say with every pair of texts, fails. Deterministic: it counts
//! bytes, it never times anything.

mod common;

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use common::build_site;

const PEOPLE: &[&str] = &[
    "Leon Trotsky",
    "Natalia Sedova",
    "Victor Serge",
    "Joseph Stalin",
    "Rosa Luxemburg",
    "Karl Liebknecht",
    "Jan Frankel",
    "James Cannon",
];
const PLACES: &[&str] = &["Coyoacán", "Paris", "Berlin", "Moscow", "Oslo", "Prinkipo"];
const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A small deterministic generator (64-bit LCG), so the corpus is the same on every machine.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, below: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) as usize) % below
    }

    fn pick<'a>(&mut self, list: &[&'a str]) -> &'a str {
        list[self.next(list.len())]
    }
}

fn write_corpus(root: &Path, texts: usize) {
    let seeds = root.join("seeds");
    fs::create_dir_all(&seeds).unwrap();
    for i in 0..texts {
        let mut r = Lcg(i as u64 + 1);
        let year = 1900 + r.next(40);
        let mut text = format!(
            "Letter to {} number {i}\n{} {}, {year}\n\n",
            r.pick(PEOPLE),
            r.pick(MONTHS),
            1 + r.next(28)
        );
        for _ in 0..6 {
            text.push_str(&format!(
                "In {} we met {} and {} again in {}; the events of {} were still on every mind. {} wrote of it at length.\n\n",
                r.pick(PLACES),
                r.pick(PEOPLE),
                r.pick(PEOPLE),
                1900 + r.next(40),
                1900 + r.next(40),
                r.pick(PEOPLE),
            ));
        }
        fs::write(seeds.join(format!("{i:05}.txt")), text).unwrap();
    }
}

/// The largest page of each kind: `texts/`, `names/`, `timeline/` or the top-level page itself.
fn largest_by_kind(root: &Path) -> BTreeMap<String, u64> {
    let site = build_site(root);
    let mut largest: BTreeMap<String, u64> = BTreeMap::new();
    for file in site.files().into_iter().filter(|f| f.ends_with(".html")) {
        let kind = match file.split_once('/') {
            Some((folder, _)) => format!("{folder}/"),
            None => file.clone(),
        };
        let size = fs::metadata(site.out.join(&file)).unwrap().len();
        let entry = largest.entry(kind).or_default();
        *entry = (*entry).max(size);
    }
    largest
}

#[test]
fn no_page_grows_faster_than_the_corpus() {
    let (small, large) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    write_corpus(small.path(), 60);
    write_corpus(large.path(), 240);
    let before = largest_by_kind(small.path());
    let after = largest_by_kind(large.path());
    for kind in ["index.html", "cross-references.html", "names/", "texts/"] {
        assert!(before.contains_key(kind), "no {kind} page: {before:?}");
    }
    for (kind, &size) in &after {
        let Some(&earlier) = before.get(kind) else {
            continue;
        };
        let growth = size as f64 / earlier as f64;
        assert!(
            growth <= 4.4,
            "{kind}: the largest page grew {growth:.2}× for 4× the texts ({earlier} → {size} bytes)"
        );
    }
}
