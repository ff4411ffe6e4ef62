//! The editors' `content/bibliography.yaml` applied to the works found in the texts: each entry
//! corrects or completes the work it matches, or is added as a work the editors name.
//!
//! In: the [`Bibliography`] built from the texts (`analyse::works`, anchors given) and the
//! loaded file. Out: the same bibliography with its works corrected ([`WorkOrigin::Corrected`])
//! and the editors' own works added ([`WorkOrigin::Editors`], cited by no note), sorted again;
//! problems are errors at the entry. The rules, in order:
//! 1. **By key.** An entry whose key is a found work's anchor without `work-` (the page's
//!    `bibliography.html#work-trotsky-my-life` is key `trotsky-my-life`) is that work.
//! 2. **By author and title.** Otherwise, the found work whose author's family name and title
//!    (its own title, else its container's, as the page lists it) are the entry's, compared
//!    folded ([`fold`]); no author on both sides also agrees. Matching two works is an error:
//!    the entry must then give the key of the one it means.
//! 3. **Added.** An entry that matches nothing is a work of its own, anchored `work-<key>`.
//!
//! A field the entry gives replaces the found one; a field it leaves out keeps what the texts
//! say. The found anchor stays, so links to it hold. Two entries for one work is an error.

use std::collections::BTreeSet;

use crate::error::Diagnostics;
use crate::lexicon::fold;
use crate::load::DataFile;
use crate::load::bibliography::{BibliographyFile, EditorWork};
use crate::model::bibliography::{Bibliography, Work, WorkOrigin};
use crate::model::citation::{CitationParts, ReferenceFamily};

/// Applies `file` to `bibliography`. See the module documentation.
pub fn apply_bibliography_file(
    bibliography: &mut Bibliography,
    file: Option<&DataFile<BibliographyFile>>,
    diagnostics: &mut Diagnostics,
) {
    let Some(file) = file else {
        return;
    };
    let found = bibliography.works.len();
    // Which entry (by key) has corrected each found work.
    let mut corrected_by: Vec<Option<&str>> = vec![None; found];
    let mut ids: BTreeSet<String> = bibliography.works.iter().map(|w| w.id.clone()).collect();
    for entry in &file.value.entries {
        let target = match matching_work(&bibliography.works[..found], entry) {
            Ok(target) => target,
            Err(keys) => {
                diagnostics.push(file.error_at(
                    &entry.key,
                    format!(
                        "entry `{}` matches {} works found in the texts by author and title ({}); \
                         give it the key of the one it corrects",
                        entry.key,
                        keys.len(),
                        keys.join(", ")
                    ),
                ));
                continue;
            }
        };
        match target {
            Some(w) => {
                if let Some(first) = corrected_by[w] {
                    diagnostics.push(file.error_at(
                        &entry.key,
                        format!(
                            "entry `{}` corrects the same work as entry `{first}` ({}); \
                             give each work one entry",
                            entry.key, bibliography.works[w].id
                        ),
                    ));
                    continue;
                }
                corrected_by[w] = Some(&entry.key);
                let work = &mut bibliography.works[w];
                correct(&mut work.parts, entry);
                work.origin = WorkOrigin::Corrected;
            }
            None => {
                let id = new_anchor(&entry.key, &ids);
                ids.insert(id.clone());
                bibliography.works.push(Work {
                    id,
                    parts: named_work(entry),
                    citations: Vec::new(),
                    origin: WorkOrigin::Editors,
                });
            }
        }
    }
    super::works::sort_works(&mut bibliography.works);
}

/// The found work `entry` is about (by key, else by author and title), none, or the keys of
/// the several it could be.
fn matching_work(works: &[Work], entry: &EditorWork) -> Result<Option<usize>, Vec<String>> {
    let anchor = format!("work-{}", entry.key);
    if let Some(w) = works.iter().position(|w| w.id == anchor) {
        return Ok(Some(w));
    }
    let Some(title) = entry.title.as_deref().map(fold) else {
        return Ok(None);
    };
    let author = entry.surname.as_deref().map(fold);
    let matches: Vec<usize> = works
        .iter()
        .enumerate()
        .filter(|(_, w)| {
            w.parts.work_title().map(fold).as_deref() == Some(title.as_str())
                && family_name(&w.parts).map(|n| fold(&n)) == author
        })
        .map(|(i, _)| i)
        .collect();
    match matches.as_slice() {
        [] => Ok(None),
        [one] => Ok(Some(*one)),
        several => Err(several
            .iter()
            .map(|&w| works[w].id.trim_start_matches("work-").to_string())
            .collect()),
    }
}

/// A found work's author's family name: the one the reader found, else the author's last word.
fn family_name(parts: &CitationParts) -> Option<String> {
    parts.surname.clone().or_else(|| {
        parts
            .author
            .as_deref()
            .and_then(|a| a.split_whitespace().last())
            .map(str::to_string)
    })
}

/// The entry's fields over the found ones.
fn correct(parts: &mut CitationParts, entry: &EditorWork) {
    if !entry.authors.is_empty() {
        parts.author = Some(entry.authors.join(" and "));
        parts.surname = entry.surname.clone();
    }
    match (&entry.title, &entry.container) {
        (title, Some(container)) => {
            if title.is_some() {
                parts.title = title.clone();
            }
            parts.container = Some(container.clone());
        }
        // A volume of a collected edition is known by its container's title alone.
        (Some(title), None) if parts.title.is_none() && parts.container.is_some() => {
            parts.container = Some(title.clone());
        }
        (Some(title), None) => parts.title = Some(title.clone()),
        (None, None) => {}
    }
    if entry.year.is_some() {
        parts.year = entry.year;
        parts.year_supplied = false;
    }
    let set = |field: &mut Option<String>, value: &Option<String>| {
        if value.is_some() {
            field.clone_from(value);
        }
    };
    set(&mut parts.place, &entry.place);
    set(&mut parts.publisher, &entry.publisher);
    set(&mut parts.volume, &entry.volume);
    set(&mut parts.edition, &entry.edition);
    set(&mut parts.number, &entry.number);
    set(&mut parts.repository, &entry.repository);
    set(&mut parts.collection, &entry.collection);
}

/// A work the editors name: the entry's fields alone.
fn named_work(entry: &EditorWork) -> CitationParts {
    let mut parts = CitationParts {
        family: if entry.title.is_none() && entry.repository.is_some() {
            ReferenceFamily::Archival
        } else {
            ReferenceFamily::Full
        },
        ..CitationParts::default()
    };
    correct(&mut parts, entry);
    parts
}

/// `work-<key as a slug>`, numbered past the anchors already given.
fn new_anchor(key: &str, taken: &BTreeSet<String>) -> String {
    let mut base: String = slug::slugify(key).chars().take(60).collect();
    base = base.trim_end_matches('-').to_string();
    if base.is_empty() {
        base = "work".to_string();
    }
    let first = format!("work-{base}");
    if !taken.contains(&first) {
        return first;
    }
    (2..)
        .map(|n| format!("{first}-{n}"))
        .find(|id| !taken.contains(id))
        .unwrap_or(first)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(id: &str, reference: &str) -> Work {
        Work {
            id: id.to_string(),
            parts: CitationParts::parse(reference),
            citations: Vec::new(),
            origin: WorkOrigin::Texts,
        }
    }

    fn entry(key: &str, surname: Option<&str>, title: &str) -> EditorWork {
        EditorWork {
            key: key.to_string(),
            authors: surname
                .map(|s| vec![format!("Leon {s}")])
                .unwrap_or_default(),
            surname: surname.map(str::to_string),
            title: Some(title.to_string()),
            ..EditorWork::default()
        }
    }

    #[test]
    fn a_volume_of_a_collected_edition_is_corrected_in_its_container() {
        let mut parts =
            CitationParts::parse("Writing of Leon Trotsky, Vol. 14, New York 1979, p 765-767.");
        assert_eq!(parts.title, None);
        let correction = EditorWork {
            title: Some("Writings of Leon Trotsky".into()),
            publisher: Some("Pathfinder".into()),
            ..EditorWork::default()
        };
        correct(&mut parts, &correction);
        assert_eq!(parts.container.as_deref(), Some("Writings of Leon Trotsky"));
        assert_eq!(parts.title, None);
        assert_eq!(parts.publisher.as_deref(), Some("Pathfinder"));
        assert_eq!(parts.volume.as_deref(), Some("14"), "kept from the text");
    }

    #[test]
    fn author_and_title_match_folded_and_two_matches_are_refused() {
        let works = vec![
            found(
                "work-trotsky-my-life",
                "Leon Trotsky, My Life (New York: Scribner, 1930), 347–52.",
            ),
            found(
                "work-trotsky-my-life-2",
                "Leon Trotsky, My Life (London: Butterworth, 1930), 12.",
            ),
            found(
                "work-deutscher-the-prophet-armed",
                "Isaac Deutscher, The Prophet Armed (London: Oxford University Press, 1954), p. 45.",
            ),
        ];
        let e = entry("x", Some("DEUTSCHER"), "the prophet armed");
        assert_eq!(matching_work(&works, &e), Ok(Some(2)));
        let e = entry("y", Some("Trotsky"), "My Life");
        assert_eq!(
            matching_work(&works, &e),
            Err(vec!["trotsky-my-life".into(), "trotsky-my-life-2".into()])
        );
        let e = entry("trotsky-my-life-2", Some("Trotsky"), "My Life");
        assert_eq!(matching_work(&works, &e), Ok(Some(1)), "the key decides");
        let e = entry("z", None, "The Prophet Armed");
        assert_eq!(matching_work(&works, &e), Ok(None), "the author differs");
    }

    #[test]
    fn an_added_work_is_anchored_by_its_key_past_those_taken() {
        let taken: BTreeSet<String> = ["work-trotsky-1936".to_string()].into();
        assert_eq!(new_anchor("Trotsky 1936", &taken), "work-trotsky-1936-2");
        assert_eq!(new_anchor("crimes", &taken), "work-crimes");
    }
}
