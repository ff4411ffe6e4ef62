//! The entries of the cross-reference: the editors' glossary, checked, plus what the texts add.
//!
//! In: `content/glossary.yaml` (if any), names discovered in the texts, and the works their
//! citations name. Out: [`Entry`]s without occurrences, sorted for the page (by kind, then by
//! name; persons by surname), with errors for glossary mistakes (duplicate or malformed ids,
//! unknown related ids) that point at the line in the file.

use std::collections::{BTreeMap, BTreeSet};

use crate::error::Diagnostics;
use crate::load::DataFile;
use crate::load::schema::{EntryKind, GlossaryFile};
use crate::model::slug::bounded;
use crate::model::xref::{Entry, EntryOrigin};

/// The order of kinds on the page; discovered names (no kind) come last.
const KIND_ORDER: &[EntryKind] = &[
    EntryKind::Person,
    EntryKind::Organisation,
    EntryKind::Periodical,
    EntryKind::Place,
    EntryKind::Event,
    EntryKind::Work,
    EntryKind::Concept,
];

/// Leading articles left out when sorting titles and names.
const ARTICLES: &[&str] = &[
    "the ", "a ", "an ", "les ", "le ", "la ", "l'", "der ", "die ", "das ",
];

/// Entries from the glossary, with every mistake in it reported.
pub fn glossary_entries(
    glossary: &DataFile<GlossaryFile>,
    diagnostics: &mut Diagnostics,
) -> Vec<Entry> {
    let mut seen = BTreeSet::new();
    let mut entries = Vec::new();
    for (i, item) in glossary.value.entries.iter().enumerate() {
        let id_line = format!("entries[{i}].id");
        if !is_valid_id(&item.id) {
            diagnostics.push(glossary.error_at(
                &id_line,
                format!(
                    "id `{}` must be lowercase letters, digits and hyphens (e.g. `{}`)",
                    item.id,
                    slug::slugify(&item.id)
                ),
            ));
        }
        if !seen.insert(item.id.clone()) {
            diagnostics.push(glossary.error_at(
                &id_line,
                format!("id `{}` is used by more than one entry", item.id),
            ));
        }
        let mut aliases = vec![item.name.clone()];
        aliases.extend(
            item.aliases
                .iter()
                .filter(|a| !a.trim().is_empty())
                .cloned(),
        );
        entries.push(Entry {
            id: item.id.clone(),
            name: item.name.clone(),
            kind: Some(item.kind),
            origin: EntryOrigin::Glossary,
            dates: item.dates.clone(),
            description: item.description.clone(),
            related: Vec::new(),
            sort_key: sort_key(&item.name, Some(item.kind), item.sort_as.as_deref()),
            aliases,
            occurrences: Vec::new(),
            authored: Vec::new(),
        });
    }
    let index: BTreeMap<&str, usize> = glossary
        .value
        .entries
        .iter()
        .enumerate()
        .map(|(i, e)| (e.id.as_str(), i))
        .collect();
    for (i, item) in glossary.value.entries.iter().enumerate() {
        for (k, related) in item.related.iter().enumerate() {
            match index.get(related.as_str()) {
                Some(&j) if j != i => entries[i].related.push(j),
                Some(_) => {}
                None => diagnostics.push(glossary.error_at(
                    &format!("entries[{i}].related[{k}]"),
                    format!(
                        "entry `{}` is related to `{related}`, which is not an id in the glossary",
                        item.id
                    ),
                )),
            }
        }
    }
    entries
}

/// A new entry that the editors did not write: a discovered name or a cited work.
pub fn found_entry(
    name: &str,
    kind: Option<EntryKind>,
    origin: EntryOrigin,
    taken: &mut BTreeSet<String>,
) -> Entry {
    let prefix = match origin {
        EntryOrigin::Citation => "work-",
        _ => "name-",
    };
    let base = match slug::slugify(name) {
        s if s.is_empty() => format!("{prefix}entry"),
        s => bounded(format!("{prefix}{s}")),
    };
    let mut id = base.clone();
    let mut n = 2;
    while !taken.insert(id.clone()) {
        id = format!("{base}-{n}");
        n += 1;
    }
    Entry {
        id,
        name: name.to_string(),
        kind,
        origin,
        dates: None,
        description: None,
        related: Vec::new(),
        sort_key: sort_key(name, kind, None),
        aliases: vec![name.to_string()],
        occurrences: Vec::new(),
        authored: Vec::new(),
    }
}

/// Sorts entries for the page and returns them with the map old index → new index applied
/// to their `related` lists.
pub fn sort_entries(mut entries: Vec<Entry>) -> Vec<Entry> {
    let mut order: Vec<usize> = (0..entries.len()).collect();
    order.sort_by(|&a, &b| page_order(&entries[a]).cmp(&page_order(&entries[b])));
    let mut new_index = vec![0; entries.len()];
    for (new, &old) in order.iter().enumerate() {
        new_index[old] = new;
    }
    for entry in &mut entries {
        entry.related = entry.related.iter().map(|&r| new_index[r]).collect();
    }
    let mut slots: Vec<Option<Entry>> = entries.into_iter().map(Some).collect();
    order.iter().filter_map(|&old| slots[old].take()).collect()
}

fn page_order(entry: &Entry) -> (usize, &str, &str) {
    let kind = entry
        .kind
        .and_then(|k| KIND_ORDER.iter().position(|&o| o == k))
        .unwrap_or(KIND_ORDER.len());
    (kind, &entry.sort_key, &entry.id)
}

/// Persons sort by surname (`Trotsky leon`), titles without their article; all transliterated
/// to ASCII (`Троцкий` sorts as `trotskii`), so that the register's letters are Latin ones. This
/// is an order, not a comparison: names are compared by [`crate::lexicon::fold`].
fn sort_key(name: &str, kind: Option<EntryKind>, sort_as: Option<&str>) -> String {
    let base = match (sort_as, kind) {
        (Some(explicit), _) => explicit.to_string(),
        (None, Some(EntryKind::Person)) => match name.rsplit_once(' ') {
            Some((first, last)) => format!("{last} {first}"),
            None => name.to_string(),
        },
        _ => name.to_string(),
    };
    let folded = deunicode::deunicode(&base).to_lowercase();
    let trimmed = ARTICLES
        .iter()
        .find_map(|a| folded.strip_prefix(a))
        .unwrap_or(&folded);
    trimmed.trim().to_string()
}

fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !id.starts_with('-')
}

/// The first letter an entry is filed under in the A–Z index (ASCII, upper case; `#` otherwise).
pub fn index_letter(entry: &Entry) -> char {
    entry
        .sort_key
        .chars()
        .find(|c| c.is_alphanumeric())
        .map(|c| c.to_ascii_uppercase())
        .filter(char::is_ascii_uppercase)
        .unwrap_or('#')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn glossary(yaml: &str) -> DataFile<GlossaryFile> {
        let path = std::path::Path::new("content/glossary.yaml");
        let (value, positions) = crate::load::yaml::parse_yaml(path, yaml, 0..yaml.len()).unwrap();
        DataFile {
            path: path.into(),
            text: yaml.to_string(),
            value,
            positions,
        }
    }

    #[test]
    fn persons_sort_by_surname_and_titles_without_articles() {
        assert_eq!(
            sort_key("Leon Trotsky", Some(EntryKind::Person), None),
            "trotsky leon"
        );
        assert_eq!(
            sort_key("Mrs. Célarié", Some(EntryKind::Person), None),
            "celarie mrs."
        );
        assert_eq!(
            sort_key("The Revolution Betrayed", Some(EntryKind::Work), None),
            "revolution betrayed"
        );
        assert_eq!(
            sort_key("L'appareil policier", Some(EntryKind::Work), None),
            "appareil policier"
        );
        assert_eq!(
            sort_key("X", Some(EntryKind::Person), Some("Stalin, Joseph")),
            "stalin, joseph"
        );
    }

    #[test]
    fn regression_glossary_mistakes_are_reported_at_the_value_and_a_duplicate_id_at_the_second_entry()
     {
        let file = glossary(
            "entries:\n  - id: a\n    name: A\n    kind: person\n  - id: a\n    name: B\n    kind: person\n    related: [zz]\n  - id: Bad Id\n    name: C\n    kind: place\n",
        );
        let mut diagnostics = Diagnostics::default();
        glossary_entries(&file, &mut diagnostics);
        let messages: Vec<String> = diagnostics
            .into_vec()
            .iter()
            .map(|d| d.to_string())
            .collect();
        assert_eq!(
            messages,
            vec![
                "content/glossary.yaml:5:9: id `a` is used by more than one entry",
                "content/glossary.yaml:9:9: id `Bad Id` must be lowercase letters, digits and hyphens (e.g. `bad-id`)",
                "content/glossary.yaml:8:15: entry `a` is related to `zz`, which is not an id in the glossary",
            ]
        );
    }

    #[test]
    fn sorting_groups_by_kind_and_keeps_related_links() {
        let mut taken = BTreeSet::new();
        let mut work = found_entry(
            "The Book",
            Some(EntryKind::Work),
            EntryOrigin::Citation,
            &mut taken,
        );
        let person = found_entry(
            "Zed Adams",
            Some(EntryKind::Person),
            EntryOrigin::Discovered,
            &mut taken,
        );
        let name = found_entry("Aardvark", None, EntryOrigin::Discovered, &mut taken);
        work.related = vec![1];
        let sorted = sort_entries(vec![work, person, name]);
        let names: Vec<&str> = sorted.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(names, vec!["Zed Adams", "The Book", "Aardvark"]);
        assert_eq!(
            sorted[1].related,
            vec![0],
            "the work still points at the person"
        );
    }
}
