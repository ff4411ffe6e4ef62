//! Golden snapshots of the `<main>` region of generated pages (the site header and footer are
//! left out so that a navigation change does not churn every snapshot). Review every change:
//! `cargo insta review`, or compare the `.snap.new` files by hand.

mod common;

use common::{build_site, fixture, main_region, repo_root};

#[test]
fn bundled_book_section_page() {
    let site = build_site(&repo_root());
    let html = site.read("texts/in-support-of-terror-and-insurrection.html");
    insta::assert_snapshot!(main_region(&html));
}

#[test]
fn bundled_archive_letter_page() {
    let site = build_site(&repo_root());
    let html = site.read("texts/answers-to-mrs-celarie.html");
    insta::assert_snapshot!(main_region(&html));
}

#[test]
fn field_header_letter_page() {
    let site = build_site(&fixture("field-header"));
    let html = site.read("texts/letter.html");
    insta::assert_snapshot!(main_region(&html));
}
