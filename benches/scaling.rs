//! How the build scales with the corpus: whole builds, the cross-reference pass and the quotation
//! study alone, on
//! synthetic corpora of 8, 32 and 128 texts made from the bundled ones (with the bundled glossary).
//! Time per byte should stay flat as the corpus grows: the build is linear in the number and size
//! of texts. Run with `cargo bench --bench scaling`.

use std::fs;
use std::path::{Path, PathBuf};

use divan::counter::BytesCount;

fn main() {
    divan::main();
}

const SIZES: &[usize] = &[8, 32, 128];

/// A project folder with `count` texts: the bundled seeds repeated under distinct titles.
fn corpus(count: usize) -> (tempfile::TempDir, PathBuf, usize) {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path().to_path_buf();
    fs::create_dir_all(root.join("seeds")).expect("seeds");
    fs::create_dir_all(root.join("content")).expect("content");
    fs::copy(
        repo.join("content/glossary.yaml"),
        root.join("content/glossary.yaml"),
    )
    .expect("glossary");
    let seeds: Vec<String> = ["000_4b4d24339129a213.txt", "004_94e4e22f7d3b09e0.txt"]
        .iter()
        .map(|name| fs::read_to_string(repo.join("seeds").join(name)).expect("seed"))
        .collect();
    let mut bytes = 0;
    for i in 0..count {
        let seed = &seeds[i % seeds.len()];
        let (first_line, rest) = seed.split_once('\n').unwrap_or((seed, ""));
        let text = format!("{first_line} {i}\n{rest}");
        bytes += text.len();
        fs::write(root.join("seeds").join(format!("{i:04}.txt")), text).expect("write");
    }
    (dir, root, bytes)
}

#[divan::bench(args = SIZES, sample_count = 10)]
fn whole_build_in_memory(bencher: divan::Bencher, texts: usize) {
    let (_dir, root, bytes) = corpus(texts);
    bencher
        .counter(BytesCount::new(bytes))
        .bench(|| studysite::render_site(&root).expect("build"));
}

#[divan::bench(args = SIZES, sample_count = 10)]
fn cross_reference_pass(bencher: divan::Bencher, texts: usize) {
    let (_dir, root, bytes) = corpus(texts);
    let (sources, _) = studysite::load::load(&root).expect("load");
    let documents: Vec<_> = sources
        .seeds
        .iter()
        .map(|s| studysite::parse::parse_document(s).0)
        .collect();
    let mut diagnostics = studysite::error::Diagnostics::default();
    let built =
        studysite::analyse::texts::build_texts(documents, &sources.text_files, &mut diagnostics);
    bencher.counter(BytesCount::new(bytes)).bench(|| {
        let mut diagnostics = studysite::error::Diagnostics::default();
        studysite::analyse::xref::cross_reference(
            &built,
            sources.glossary.as_ref(),
            "en",
            &mut diagnostics,
        )
    });
}

/// The quotation study alone. Every text here is a copy of one of two, the worst case for
/// reuse detection: past `MAX_PLACES` copies, each is paired with the first few only, so the
/// pass stays linear instead of pairing every copy with every other.
#[divan::bench(args = SIZES, sample_count = 10)]
fn quotation_study_pass(bencher: divan::Bencher, texts: usize) {
    let (_dir, root, bytes) = corpus(texts);
    let (sources, _) = studysite::load::load(&root).expect("load");
    let documents: Vec<_> = sources
        .seeds
        .iter()
        .map(|s| studysite::parse::parse_document(s).0)
        .collect();
    let mut diagnostics = studysite::error::Diagnostics::default();
    let built =
        studysite::analyse::texts::build_texts(documents, &sources.text_files, &mut diagnostics);
    bencher
        .counter(BytesCount::new(bytes))
        .bench(|| studysite::analyse::quotations::study_quotations(&built));
}
