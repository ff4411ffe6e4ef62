//! Counting: candidates tallied across the corpus, grouped by a key that ignores case, accents
//! and dots.
//!
//! In: candidates one at a time ([`Tally::add`]), each with its hint and whether it stood at a
//! sentence start. Out: the confirmed names as [`DiscoveredName`]s, each under its most frequent
//! written form, sorted ([`Tally::into_names`]).

use std::collections::HashMap;

use super::{DiscoveredName, NameHint};

/// Running counts of candidates across the corpus, grouped by [`name_key`].
#[derive(Debug, Default)]
pub(super) struct Tally {
    groups: HashMap<String, Group>,
    seen: usize,
}

#[derive(Debug, Default)]
struct Group {
    count: usize,
    /// Seen at least once other than as a lone word at a sentence start.
    confirmed: bool,
    forms: Vec<Form>,
}

/// One written form of a name.
#[derive(Debug)]
struct Form {
    text: String,
    hint: NameHint,
    count: usize,
    first_seen: usize,
}

impl Tally {
    pub(super) fn add(&mut self, name: &str, hint: NameHint, at_start: bool) {
        let group = self.groups.entry(name_key(name)).or_default();
        group.count += 1;
        group.confirmed |= !(at_start && hint == NameHint::SingleWord);
        match group.forms.iter_mut().find(|f| f.text == name) {
            Some(form) => form.count += 1,
            None => group.forms.push(Form {
                text: name.to_string(),
                hint,
                count: 1,
                first_seen: self.seen,
            }),
        }
        self.seen += 1;
    }

    /// Adds the counts of `later`, a tally of text that comes after all of this one's.
    pub(super) fn merge(&mut self, later: Tally) {
        let offset = self.seen;
        for (key, theirs) in later.groups {
            let group = self.groups.entry(key).or_default();
            group.count += theirs.count;
            group.confirmed |= theirs.confirmed;
            for form in theirs.forms {
                match group.forms.iter_mut().find(|f| f.text == form.text) {
                    Some(mine) => mine.count += form.count,
                    None => group.forms.push(Form {
                        first_seen: form.first_seen + offset,
                        ..form
                    }),
                }
            }
        }
        self.seen += later.seen;
    }

    /// The confirmed names, each under its most frequent form, sorted by key then name.
    pub(super) fn into_names(self) -> Vec<DiscoveredName> {
        let mut names: Vec<(String, DiscoveredName)> = self
            .groups
            .into_iter()
            .filter(|(_, group)| group.confirmed)
            .filter_map(|(key, group)| Some((key, group.into_name()?)))
            .collect();
        names.sort_by(|(ka, a), (kb, b)| ka.cmp(kb).then_with(|| a.name.cmp(&b.name)));
        names.into_iter().map(|(_, name)| name).collect()
    }
}

impl Group {
    fn into_name(self) -> Option<DiscoveredName> {
        let count = self.count;
        let best = self
            .forms
            .into_iter()
            .max_by(|a, b| a.count.cmp(&b.count).then(b.first_seen.cmp(&a.first_seen)))?;
        Some(DiscoveredName {
            name: best.text,
            count,
            hint: best.hint,
        })
    }
}

/// The grouping key of a written form: lowercase, no accents, no dots, one space between words.
pub(super) fn name_key(name: &str) -> String {
    let mut key = String::with_capacity(name.len());
    for c in name.chars() {
        match c {
            '.' => {}
            '’' | 'ʼ' => key.push('\''),
            c if c.is_whitespace() => {
                if !key.is_empty() && !key.ends_with(' ') {
                    key.push(' ');
                }
            }
            c => crate::lexicon::fold_char(c, &mut key),
        }
    }
    key.trim_end().to_string()
}
