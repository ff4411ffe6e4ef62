//! Long lists split over numbered pages, so that no generated page grows with the corpus.
//!
//! In: a list's length, how many items a page holds, and the list's base path (`names/stalin`).
//! Out: which page an item falls on, each page's file (`names/stalin.html`,
//! `names/stalin.p2.html`, ...) and a [`PagerView`] for templates. Page files sit side by side
//! in one folder, so the pager links by file name alone. Page names use a `.` before the number,
//! which no slug contains, so a page never takes another list's name.

use serde::Serialize;

/// The file of page `number` (1-based) of the list at `base`.
pub fn page_path(base: &str, number: usize) -> String {
    if number <= 1 {
        format!("{base}.html")
    } else {
        format!("{base}.p{number}.html")
    }
}

/// The page (1-based) that item `index` (0-based) of a list falls on.
pub fn page_of(index: usize, per_page: usize) -> usize {
    index / per_page.max(1) + 1
}

/// How many pages a list of `len` items takes (at least one, so an empty list has a page).
pub fn page_count(len: usize, per_page: usize) -> usize {
    len.div_ceil(per_page.max(1)).max(1)
}

/// `items` split into pages of `per_page`; an empty list still has its one (empty) page.
pub fn pages_of<T>(items: &[T], per_page: usize) -> Vec<&[T]> {
    if items.is_empty() {
        vec![items]
    } else {
        items.chunks(per_page.max(1)).collect()
    }
}

/// The pager of one page, as templates show it: links by file name within the same folder.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PagerView {
    /// This page's number, 1-based.
    pub number: usize,
    /// How many pages the list has.
    pub count: usize,
    /// The previous page's file name.
    pub previous: Option<String>,
    /// The next page's file name.
    pub next: Option<String>,
    /// Every page, by number and file name.
    pub pages: Vec<PageLink>,
}

/// A link to one page of a list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PageLink {
    /// Its number.
    pub number: usize,
    /// Its file name.
    pub href: String,
    /// True when pages are left out between this one and the one before it in the pager.
    pub gap_before: bool,
}

/// Up to this many pages, the pager links every one.
pub const PAGER_ALL_UP_TO: usize = 30;
/// Beyond, it links the first and last, this many on each side of the current one, and every
/// tenth, so no pager grows with the list and any page is a few clicks away.
pub const PAGER_NEIGHBOURS: usize = 4;

/// The page numbers a pager shows, each with whether a gap comes before it.
fn shown_pages(number: usize, count: usize) -> Vec<(usize, bool)> {
    let shown = |n: usize| {
        count <= PAGER_ALL_UP_TO
            || n == 1
            || n == count
            || n.abs_diff(number) <= PAGER_NEIGHBOURS
            || n.is_multiple_of(10)
    };
    let mut pages = Vec::new();
    let mut last = 0;
    for n in (1..=count).filter(|&n| shown(n)) {
        pages.push((n, n != last + 1));
        last = n;
    }
    if let Some(first) = pages.first_mut() {
        first.1 = false;
    }
    pages
}

impl PagerView {
    /// The pager of page `number` of `count` pages of the list at `base`; `None` when the list
    /// fits on one page.
    pub fn new(base: &str, number: usize, count: usize) -> Option<PagerView> {
        if count <= 1 {
            return None;
        }
        let file = |n: usize| {
            let path = page_path(base, n);
            path.rsplit('/').next().unwrap_or(&path).to_string()
        };
        Some(PagerView {
            number,
            count,
            previous: (number > 1).then(|| file(number - 1)),
            next: (number < count).then(|| file(number + 1)),
            pages: shown_pages(number, count)
                .into_iter()
                .map(|(n, gap)| PageLink {
                    number: n,
                    href: file(n),
                    gap_before: gap,
                })
                .collect(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_are_numbered_from_one_and_the_first_has_the_plain_name() {
        assert_eq!(page_path("names/stalin", 1), "names/stalin.html");
        assert_eq!(page_path("names/stalin", 3), "names/stalin.p3.html");
        assert_eq!(page_of(0, 40), 1);
        assert_eq!(page_of(39, 40), 1);
        assert_eq!(page_of(40, 40), 2);
        assert_eq!(page_count(0, 40), 1);
        assert_eq!(page_count(81, 40), 3);
        assert_eq!(pages_of(&[1, 2, 3], 2), vec![&[1, 2][..], &[3][..]]);
        assert_eq!(pages_of::<u8>(&[], 2).len(), page_count(0, 2));
    }

    #[test]
    fn a_long_pager_shows_the_ends_the_neighbours_and_every_tenth_page() {
        let pager = PagerView::new("names/x", 50, 125).unwrap();
        let numbers: Vec<usize> = pager.pages.iter().map(|p| p.number).collect();
        assert_eq!(
            numbers,
            vec![
                1, 10, 20, 30, 40, 46, 47, 48, 49, 50, 51, 52, 53, 54, 60, 70, 80, 90, 100, 110,
                120, 125
            ]
        );
        assert!(pager.pages[1].gap_before && !pager.pages[0].gap_before);
        assert!(!pager.pages[6].gap_before, "47 follows 46");
        assert_eq!(PagerView::new("index", 2, 30).unwrap().pages.len(), 30);
    }

    #[test]
    fn the_pager_links_by_file_name_and_is_absent_for_one_page() {
        assert_eq!(PagerView::new("names/x", 1, 1), None);
        let pager = PagerView::new("names/x", 2, 3).unwrap();
        assert_eq!(pager.previous.as_deref(), Some("x.html"));
        assert_eq!(pager.next.as_deref(), Some("x.p3.html"));
        assert_eq!(pager.pages.len(), 3);
    }
}
