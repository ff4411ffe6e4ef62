//! The timeline: dates with their precision, typed events with evidence, order, the page.

mod common;

use common::{analyse, attributes_in_tags, build_site, fixture, project, repo_root};
use studysite::analyse::Analysis;
use studysite::model::timeline::EventKind;

/// (datetime attribute, display, kind, is_text, label) of every event, in order.
fn events(analysis: &Analysis) -> Vec<(String, String, EventKind, bool, Option<String>)> {
    analysis
        .timeline
        .events
        .iter()
        .map(|e| {
            (
                e.date.datetime_attr(),
                e.date.display(),
                e.kind,
                e.is_text,
                e.label.clone(),
            )
        })
        .collect()
}

#[test]
fn bundled_timeline_has_every_dated_event_in_order_with_its_precision() {
    let analysis = analyse(&repo_root());
    let got: Vec<(String, String, EventKind, bool)> = events(&analysis)
        .into_iter()
        .map(|(a, b, c, d, _)| (a, b, c, d))
        .collect();
    let s = |a: &str, b: &str, c: EventKind, d: bool| (a.to_string(), b.to_string(), c, d);
    use EventKind::*;
    assert_eq!(
        got,
        vec![
            s("1905", "1905", Mentioned, false),
            s("1917", "1917", Mentioned, false),
            s("1917-02", "February 1917", Mentioned, false),
            s("1917-10", "October 1917", Mentioned, false),
            s("1923", "1923–24", Mentioned, false),
            s("1934", "c. late 1934", Mentioned, false),
            s("1935", "1935", Mentioned, false),
            s("1935", "by 1935", Mentioned, false),
            s("1935-09-26", "26 September 1935", Written, true),
            s("1936", "1936", Published, false),
            s("1936-08", "August 1936", Editorial, false),
            s("1937", "1937", Published, false),
            s("1937", "1937", Mentioned, false),
            s("1937-01", "January 1937", Editorial, false),
            s("1938-03", "March 1938", Editorial, false),
            s("1938-03-06", "6 March 1938", Written, true),
            s("1938-09", "September 1938", Editorial, false),
            s("1976", "1976", Published, false),
            s("1994", "1994", Published, true),
        ]
    );
}

#[test]
fn events_carry_labels_and_evidence_down_to_the_paragraph_or_note() {
    let analysis = analyse(&repo_root());
    let slug = |t: usize| analysis.texts[t].slug.as_str();
    let find = |id: &str| {
        analysis
            .timeline
            .events
            .iter()
            .find(|e| e.id == id)
            .unwrap_or_else(|| panic!("{id}"))
    };
    let evidence = |id: &str| -> Vec<(String, Option<usize>, Option<usize>)> {
        find(id)
            .evidence
            .iter()
            .map(|e| (slug(e.text).to_string(), e.paragraph, e.note))
            .collect()
    };
    let section = "in-support-of-terror-and-insurrection".to_string();
    let letter = "answers-to-mrs-celarie".to_string();

    assert_eq!(
        find("event-1905").label.as_deref(),
        Some("Revolution of 1905"),
        "the editors' label"
    );
    assert_eq!(
        find("event-1917-02").label.as_deref(),
        Some("February Revolution"),
        "a glossary alias"
    );
    assert_eq!(
        find("event-1937").label.as_deref(),
        Some("Great Purge"),
        "`the Great Purge of 1937`"
    );
    assert_eq!(find("event-1923-1924").label, None, "no label is invented");
    assert_eq!(
        evidence("event-1923-1924"),
        vec![(letter.clone(), Some(2), None)]
    );
    assert_eq!(
        evidence("event-1934-late-approx"),
        vec![(letter.clone(), Some(3), None)]
    );

    let article = find("written-1935-09-26");
    assert_eq!(
        article.label.as_deref(),
        Some("Leon Trotsky, “Pour sa propre sauvegarde, la bureaucratie entretient la terreur”")
    );
    assert_eq!(
        evidence("written-1935-09-26"),
        vec![
            (section.clone(), None, Some(1)),
            (section.clone(), Some(2), None),
            (section.clone(), Some(3), None),
            (section.clone(), Some(4), None)
        ]
    );
    assert_eq!(
        find("published-1936").label.as_deref(),
        Some("The Revolution Betrayed"),
        "`(Grasset, 1936)`"
    );
    assert_eq!(
        evidence("published-1936"),
        vec![(letter.clone(), Some(1), None)]
    );
    assert_eq!(
        find("published-1976").label.as_deref(),
        Some("L'appareil policier du stalinisme (Paris: Union générale d'éditions)")
    );
    // The 1979 volume the letter is taken from is this edition: no event of publication.
    assert!(
        !analysis
            .timeline
            .events
            .iter()
            .any(|e| e.id == "text-answers-to-mrs-celarie-published")
    );
    assert_eq!(
        find("text-in-support-of-terror-and-insurrection").kind,
        EventKind::Published
    );
}

#[test]
fn page_numbers_volumes_and_counts_are_not_dates() {
    let analysis = analyse(&repo_root());
    for event in &analysis.timeline.events {
        let year = event.date.year();
        assert!(
            (1900..=2000).contains(&year),
            "{} is not a year of these texts",
            year
        );
    }
    let analysis = analyse(&fixture("timeline-editors"));
    let got: Vec<(String, Option<String>)> = events(&analysis)
        .into_iter()
        .map(|(_, display, _, _, label)| (display, label))
        .collect();
    let e = |d: &str, l: Option<&str>| (d.to_string(), l.map(str::to_string));
    assert_eq!(
        got,
        vec![
            e("1848", Some("Revolutions of 1848")),
            e("1871", Some("Paris Commune")),
            e("1917", Some("An event no text mentions")),
            e("mid-1920s", None),
            e("18 March 1921", Some("A Speech on Anniversaries")),
            e("c. 1925", None),
        ],
        "p. 1848, Vol. 1871 and 12 copies are not dates"
    );
}

#[test]
fn the_page_lists_every_event_with_its_date_and_the_axis_links_each_one() {
    let analysis = analyse(&repo_root());
    let site = build_site(&repo_root());
    let page = site.read("timeline.html");
    let list_ids = attributes_in_tags(&page, "class=\"tl-item", "id");
    let expected: Vec<String> = analysis
        .timeline
        .events
        .iter()
        .map(|e| e.id.clone())
        .collect();
    let mut sorted_expected = expected.clone();
    sorted_expected.sort();
    let mut sorted_list = list_ids.clone();
    sorted_list.sort();
    assert_eq!(sorted_list, sorted_expected, "one list entry per event");
    let svg = &page[page.find("<svg").unwrap()..page.find("</svg>").unwrap()];
    let marks: Vec<String> = attributes_in_tags(svg, "class=\"tl-mark", "href");
    assert_eq!(
        marks,
        expected
            .iter()
            .map(|id| format!("#{id}"))
            .collect::<Vec<_>>(),
        "one mark per event, in order"
    );
    for event in &analysis.timeline.events {
        let item = &page[page.find(&format!("id=\"{}\"", event.id)).unwrap()..];
        assert!(
            item.contains(&format!(
                "<time datetime=\"{}\">{}</time>",
                event.date.datetime_attr(),
                event.date.display()
            )),
            "{} shows its date at its precision",
            event.id
        );
    }
    assert!(page.contains("<time datetime=\"1934\">c. late 1934</time>"));
    assert!(page.contains("<time datetime=\"1923\">1923–24</time>"));
    assert!(page.contains("Added by the editors; no text states it."));
    for nav_page in ["index.html", "texts/answers-to-mrs-celarie.html"] {
        assert!(
            site.read(nav_page).contains("timeline.html\""),
            "{nav_page} links the timeline"
        );
    }
}

#[test]
fn text_pages_give_their_dates_and_their_place_on_the_timeline() {
    let site = build_site(&repo_root());
    let letter = site.read("texts/answers-to-mrs-celarie.html");
    assert!(letter.contains(
        "written <time datetime=\"1938-03-06\">6 March 1938</time> · this edition <time datetime=\"1979\">1979</time> · <a href=\"../timeline.html#text-answers-to-mrs-celarie\">on the timeline</a>"
    ));
    let section = site.read("texts/in-support-of-terror-and-insurrection.html");
    assert!(section.contains("first published <time datetime=\"1994\">1994</time> · <a href=\"../timeline.html#text-in-support-of-terror-and-insurrection\">"));
}

#[test]
fn timeline_file_errors_name_the_file_and_line() {
    let error = studysite::render_site(&fixture("errors-timeline")).expect_err("must fail");
    let messages: Vec<String> = error.errors().map(|d| d.to_string()).collect();
    assert_eq!(
        messages,
        vec![
            "content/timeline.yaml:5:5: events[1]: cannot read `someday` as a date (write e.g. 1938-03-06, 6 March 1938, March 1938, 1935, 1923-24 or c. 1935)"
        ]
    );
}

#[test]
fn timeline_event_naming_an_unknown_entry_is_an_error_at_that_entry() {
    let dir = project(&[
        (
            "seeds/x.txt",
            "A Title\n\nSome prose mentioning 1905, long enough to be a paragraph.\n",
        ),
        (
            "content/timeline.yaml",
            "events:\n  - date: 1905\n    label: Revolution of 1905\n    entries: [no-such-entry]\n",
        ),
    ]);
    let root = dir.path();
    let error = studysite::render_site(root).expect_err("must fail");
    assert_eq!(
        error.errors().next().unwrap().to_string(),
        "content/timeline.yaml:4:15: event `Revolution of 1905` names the entry `no-such-entry`, which is not an id in the glossary"
    );
}

#[test]
fn regression_a_letters_closing_date_is_its_date_not_also_a_mention() {
    let dir = project(&[(
        "seeds/letter.txt",
        "Dear Comrades,\n\nI write to you about the matter we discussed, at some length here.\n\nCoyoacán, March 6, 1938",
    )]);
    let analysis = analyse(dir.path());
    let events: Vec<(String, EventKind)> = analysis
        .timeline
        .events
        .iter()
        .map(|e| (e.date.datetime_attr(), e.kind))
        .collect();
    assert_eq!(events, vec![("1938-03-06".to_string(), EventKind::Written)]);
}
