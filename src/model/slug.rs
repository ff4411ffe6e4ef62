//! Page names of bounded length.
//!
//! In: a slug made from a title, a name or a file name. Out: the same slug if it has at most
//! [`MAX_SLUG`] bytes; otherwise its first words and a hash of the whole (`-` and 8 hex digits),
//! so two long titles that start alike still get different names, and the same title the same
//! name on every build. File systems refuse names past 255 bytes; a page name also gets a
//! suffix (`-2`, `.html`) and sits in URLs people cite.

/// The longest slug kept as it is, in bytes.
pub const MAX_SLUG: usize = 80;

/// `slug`, shortened deterministically when it is longer than [`MAX_SLUG`].
pub fn bounded(slug: String) -> String {
    if slug.len() <= MAX_SLUG {
        return slug;
    }
    let mut cut = MAX_SLUG - 9;
    while !slug.is_char_boundary(cut) {
        cut -= 1;
    }
    let head = slug[..cut].trim_end_matches('-');
    format!("{head}-{:08x}", fnv1a(slug.as_bytes()) as u32)
}

/// The 64-bit FNV-1a hash: tiny, stable across versions and platforms.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &b| {
        (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_slugs_are_kept_and_long_ones_shortened_the_same_way_every_time() {
        assert_eq!(
            bounded("answers-to-mrs-celarie".into()),
            "answers-to-mrs-celarie"
        );
        let long = "the-history-of-the-russian-revolution-".repeat(8);
        let other = format!("{long}x");
        let short = bounded(long.clone());
        assert!(short.len() <= MAX_SLUG, "{short}");
        assert_eq!(short, bounded(long.clone()));
        assert_ne!(short, bounded(other));
        assert!(
            short.starts_with("the-history-of-the-russian-revolution-the-history"),
            "{short}"
        );
        assert!(!short.contains("--"), "{short}");
        assert_eq!(fnv1a(b""), 0xcbf2_9ce4_8422_2325);
    }
}
