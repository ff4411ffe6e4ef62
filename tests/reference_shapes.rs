//! The reference reader on a table of real reference shapes: the real-text corpus's
//! `references:` (tests/corpus/expected/*.yaml), the bundled seeds, the shapes issue 10 names,
//! and the standard note, bibliography and author–date forms. Every field of every row is
//! asserted: a field a row does not list must come out absent.

use std::collections::BTreeMap;

use studysite::parse::citation_parts::{
    CITATION, CitationParts, citation_score, looks_like_citation,
};

/// The parts found, as `field → value`, leaving out what is absent.
fn fields(parts: &CitationParts) -> BTreeMap<&'static str, String> {
    let mut map = BTreeMap::new();
    let mut put = |k: &'static str, v: Option<String>| {
        if let Some(v) = v {
            map.insert(k, v);
        }
    };
    put("family", Some(format!("{:?}", parts.family)));
    put("author", parts.author.clone());
    put("surname", parts.surname.clone());
    put("title", parts.title.clone());
    put("date", parts.date.as_ref().map(|d| d.datetime_attr()));
    put("container", parts.container.clone());
    put("series", parts.series.clone());
    put("edition", parts.edition.clone());
    put("place", parts.place.clone());
    put("publisher", parts.publisher.clone());
    put("year", parts.year.map(|y| y.to_string()));
    put("supplied", parts.year_supplied.then(|| "yes".to_string()));
    put("volume", parts.volume.clone());
    put("number", parts.number.clone());
    put("issue", parts.issue.as_ref().map(|d| d.datetime_attr()));
    if let Some(p) = &parts.pages {
        put("first", Some(p.first.clone()));
        put("last", p.last.clone());
        put("following", p.following.then(|| "yes".to_string()));
    }
    put("document_type", parts.document_type.clone());
    put("repository", parts.repository.clone());
    put("collection", parts.collection.clone());
    map
}

/// (reference, expected fields as `field=value` separated by ` | `).
const TABLE: &[(&str, &str)] = &[
    // tests/corpus/expected/*.yaml `references:`
    (
        "Colección Escritos del Libertador, tomo VIII, página 274",
        "family=ArchiveSeries | container=Colección Escritos del Libertador | volume=VIII | first=274",
    ),
    (
        "KN 45,15, Brieforiginal 1 B 4°3 S.",
        "family=Archival | document_type=Brieforiginal | collection=KN 45,15",
    ),
    (
        "The Case of Leon Trotsky, pp. 274-275",
        "family=Short | container=The Case of Leon Trotsky | first=274 | last=275",
    ),
    (
        "LUXEMBURG Rosa, Vive la lutte ! Correspondance 1891-1914, Textes réunis, traduits et annotés sous la direction de Georges HAUPT par Claudie WEILL, Irène PETIT, Gilbert BADIA, Editions François Maspero, Bibliothèque Socialiste n°31, Paris, 1975, p. 294-295",
        "family=Full | author=Rosa Luxemburg | surname=Luxemburg | title=Vive la lutte ! Correspondance 1891-1914 | publisher=Editions François Maspero | series=Bibliothèque Socialiste n°31 | place=Paris | year=1975 | first=294 | last=295",
    ),
    (
        "Lenin\nCollected Works,\nProgress Publishers,\n[1976],\nMoscow,\nVolume 35,\npage 154.",
        "family=ArchiveSeries | author=Lenin | surname=Lenin | container=Collected Works | publisher=Progress Publishers | year=1976 | supplied=yes | place=Moscow | volume=35 | first=154",
    ),
    (
        "Ленин В.И. Полное собрание сочинений Том 47",
        "family=ArchiveSeries | author=В.И. Ленин | surname=Ленин | container=Полное собрание сочинений | volume=47",
    ),
    (
        "LUXEMBURG Rosa, J’étais, je suis, je serai ! Correspondance 1914-1919, Textes réunis, traduits et annotés sous la direction de Georges Haupt par Gilbert Badia, Irène Petit, Claudie Weill, Paris, Éditions François Maspero, Bibliothèque Socialiste n°34, Paris, 1977, pp. 370-371",
        "family=Full | author=Rosa Luxemburg | surname=Luxemburg | title=J’étais, je suis, je serai ! Correspondance 1914-1919 | publisher=Éditions François Maspero | series=Bibliothèque Socialiste n°34 | place=Paris | year=1977 | first=370 | last=371",
    ),
    (
        "Extraits des lettres de prison, Rosa Luxemburg, traduction de Michel Aubreuil, Editions Bélibaste, 1969",
        "family=Full | container=Extraits des lettres de prison | author=Rosa Luxemburg | surname=Luxemburg | publisher=Editions Bélibaste | year=1969",
    ),
    (
        "Fourth International, Vol.1 No.5, October 1940, p.127.",
        "family=Periodical | container=Fourth International | volume=1 | number=5 | issue=1940-10 | year=1940 | first=127",
    ),
    (
        "журнал «Красный архив», М., 1930 г., № 2 (39)",
        "family=Periodical | container=Красный архив | place=М. | year=1930 | number=2 (39)",
    ),
    (
        "Briefe, Band 1, Berlin 1967, S. 93 f.",
        "family=ArchiveSeries | container=Briefe | volume=1 | place=Berlin | year=1967 | first=93 | following=yes",
    ),
    (
        "Briefe, Band 4, Berlin 1967, S. 380",
        "family=ArchiveSeries | container=Briefe | volume=4 | place=Berlin | year=1967 | first=380",
    ),
    (
        "Sämtliche Werke, Band 20.1, Wien-Berlin 1928, S. 14-62",
        "family=ArchiveSeries | container=Sämtliche Werke | volume=20.1 | place=Wien-Berlin | year=1928 | first=14 | last=62",
    ),
    (
        "Writing of Leon Trotsky, Vol. 14, New York 1979, p 752 f., under the title “Thomas's Letter and Dewey's Speech”",
        "family=Full | title=Thomas's Letter and Dewey's Speech | container=Writing of Leon Trotsky | volume=14 | place=New York | year=1979 | first=752 | following=yes",
    ),
    (
        "Writings of Leon Trotsky 1937-1938, New York ²1976, p. 448",
        "family=Full | container=Writings of Leon Trotsky 1937-1938 | place=New York | edition=2 | year=1976 | first=448",
    ),
    // the bundled seeds
    (
        "Leon Trotsky,\u{a0} Pour sa propre sauvegarde, la bureaucratie entretient la terreur (26 September 1935). L'appareil policier du stalinisme (Paris: Union générale d'éditions, 1976), pp. 85--87.",
        "family=Full | author=Leon Trotsky | surname=Trotsky | title=Pour sa propre sauvegarde, la bureaucratie entretient la terreur | date=1935-09-26 | container=L'appareil policier du stalinisme | place=Paris | publisher=Union générale d'éditions | year=1976 | first=85 | last=87",
    ),
    (
        "[Writing of Leon Trotsky, Vol. 14, New York 1979, p 765-767.]",
        "family=ArchiveSeries | container=Writing of Leon Trotsky | volume=14 | place=New York | year=1979 | first=765 | last=767",
    ),
    // shapes issue 10 names
    (
        "Lenin Collected Works, Progress Publishers, [1977], Moscow, Volume 43, page 260a.",
        "family=ArchiveSeries | author=Lenin | surname=Lenin | container=Collected Works | publisher=Progress Publishers | year=1977 | supplied=yes | place=Moscow | volume=43 | first=260a",
    ),
    (
        "Lenin Collected Works, Progress Publishers, 1976, Moscow, Volume 35, pages 90b-91a.",
        "family=ArchiveSeries | author=Lenin | surname=Lenin | container=Collected Works | publisher=Progress Publishers | year=1976 | place=Moscow | volume=35 | first=90b | last=91a",
    ),
    (
        "Lenin, Collected Works, 4th English Edition, Progress Publishers, Moscow, 1964, Volume 21, pages 347-52.",
        "family=ArchiveSeries | author=Lenin | surname=Lenin | container=Collected Works | edition=4th English Edition | publisher=Progress Publishers | place=Moscow | year=1964 | volume=21 | first=347 | last=352",
    ),
    ("Ibid.", "family=Ibid"),
    ("Ibid., pp. 110, 118", "family=Ibid | first=110"),
    ("ibid., p. 12.", "family=Ibid | first=12"),
    ("Ebd., S. 45.", "family=Ibid | first=45"),
    ("Ibid., 347–52.", "family=Ibid | first=347 | last=352"),
    (
        "Trotsky, op. cit., p. 34.",
        "family=OpCit | author=Trotsky | surname=Trotsky | first=34",
    ),
    (
        "Deutscher, op. cit., pp. 347–52.",
        "family=OpCit | author=Deutscher | surname=Deutscher | first=347 | last=352",
    ),
    (
        "Trotzki, a.a.O., S. 67 f.",
        "family=OpCit | author=Trotzki | surname=Trotzki | first=67 | following=yes",
    ),
    ("a.a.O., S. 12", "family=OpCit | first=12"),
    (
        "Deutscher, Prophet Armed, p. 45.",
        "family=Short | author=Deutscher | surname=Deutscher | title=Prophet Armed | first=45",
    ),
    (
        "Deutscher, Isaac. The Prophet Armed: Trotsky, 1879–1921. London: Oxford University Press, 1954, p. 45.",
        "family=Bibliography | author=Isaac Deutscher | surname=Deutscher | title=The Prophet Armed: Trotsky, 1879–1921 | place=London | publisher=Oxford University Press | year=1954 | first=45",
    ),
    (
        "Trotsky, Leon. My Life: An Attempt at an Autobiography. New York: Charles Scribner's Sons, 1930.",
        "family=Bibliography | author=Leon Trotsky | surname=Trotsky | title=My Life: An Attempt at an Autobiography | place=New York | publisher=Charles Scribner's Sons | year=1930",
    ),
    (
        "Trotsky, Leon. The History of the Russian Revolution. Translated by Max Eastman, Haymarket Books, 2008.",
        "family=Bibliography | author=Leon Trotsky | surname=Trotsky | title=The History of the Russian Revolution | publisher=Haymarket Books | year=2008",
    ),
    (
        "Trotsky, L. (1937). The revolution betrayed (M. Eastman, Trans.). Doubleday, Doran.",
        "family=AuthorDate | author=L. Trotsky | surname=Trotsky | year=1937 | title=The revolution betrayed | publisher=Doubleday, Doran",
    ),
    (
        "Leon Trotsky, My Life (New York: Scribner, 1930), 347–52.",
        "family=Full | author=Leon Trotsky | surname=Trotsky | title=My Life | place=New York | publisher=Scribner | year=1930 | first=347 | last=352",
    ),
    (
        "Leo Trotzki, Mein Leben, Berlin 1930, S. 67 f.",
        "family=Full | author=Leo Trotzki | surname=Trotzki | title=Mein Leben | place=Berlin | year=1930 | first=67 | following=yes",
    ),
    (
        "Leo Trotzki, Schriften, Bd. 1 (Hamburg: Rasch und Röhring, 1988), S. 12-14.",
        "family=Full | author=Leo Trotzki | surname=Trotzki | title=Schriften | volume=1 | place=Hamburg | publisher=Rasch und Röhring | year=1988 | first=12 | last=14",
    ),
    (
        "Leon Trotsky, Writings 1937-38 (New York: Pathfinder, 1976), p. 765.",
        "family=Full | author=Leon Trotsky | surname=Trotsky | title=Writings 1937-38 | place=New York | publisher=Pathfinder | year=1976 | first=765",
    ),
    (
        "Pravda, 14 January 1938, p. 2.",
        "family=Periodical | container=Pravda | issue=1938-01-14 | year=1938 | first=2",
    ),
    (
        "Unser Wort, Nr. 3, Februar 1938, S. 2.",
        "family=Periodical | container=Unser Wort | number=3 | issue=1938-02 | year=1938 | first=2",
    ),
    (
        "ALS, Houghton Library, Harvard University: Trotsky Papers, bMS Russ 13.1 (8634).",
        "family=Archival | document_type=ALS | repository=Houghton Library, Harvard University | collection=Trotsky Papers, bMS Russ 13.1 (8634)",
    ),
    (
        "TLS, Hoover Institution Archives: Boris I. Nicolaevsky Collection.",
        "family=Archival | document_type=TLS | repository=Hoover Institution Archives | collection=Boris I. Nicolaevsky Collection",
    ),
    (
        "Trotsky, The Revolution Betrayed, 86.",
        "family=Short | author=Trotsky | surname=Trotsky | title=The Revolution Betrayed | first=86",
    ),
    (
        "Léon Trotsky, Œuvres, tome 16 (Paris: EDI, 1983), p. 203-205.",
        "family=Full | author=Léon Trotsky | surname=Trotsky | container=Œuvres | volume=16 | place=Paris | publisher=EDI | year=1983 | first=203 | last=205",
    ),
    (
        "Karl Marx, Das Kapital, Bd. 1, Berlin 1962, S. 789 ff.",
        "family=Full | author=Karl Marx | surname=Marx | title=Das Kapital | volume=1 | place=Berlin | year=1962 | first=789 | following=yes",
    ),
];

#[test]
fn every_shape_in_the_table_is_structured_field_by_field() {
    assert!(TABLE.len() >= 40, "the table keeps at least 40 rows");
    let mut failures = Vec::new();
    for (reference, expected) in TABLE {
        let parts = CitationParts::parse(reference);
        assert_eq!(
            parts.original,
            reference.trim(),
            "the original is kept verbatim"
        );
        let got = fields(&parts);
        let want: BTreeMap<&str, String> = expected
            .split(" | ")
            .map(|kv| {
                let (k, v) = kv.split_once('=').expect("field=value");
                (k, v.to_string())
            })
            .collect();
        let got_keys: BTreeMap<&str, String> = got.iter().map(|(k, v)| (*k, v.clone())).collect();
        if got_keys != want {
            failures.push(format!("{reference}\n  want {want:?}\n  got  {got_keys:?}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} rows differ:\n{}",
        failures.len(),
        TABLE.len(),
        failures.join("\n")
    );
}

/// Shapes too bare to tell from prose on their own (a title and a page, a name and a title):
/// the reader takes them where references stand (a note, a source line, after a quotation).
const NOT_ALONE: &[&str] = &[
    "The Case of Leon Trotsky, pp. 274-275",
    "Ленин В.И. Полное собрание сочинений Том 47",
    "Trotsky, The Revolution Betrayed, 86.",
    "журнал «Красный архив», М., 1930 г., № 2 (39)",
    "Extraits des lettres de prison, Rosa Luxemburg, traduction de Michel Aubreuil, Editions Bélibaste, 1969",
];

#[test]
fn every_shape_in_the_table_reads_as_a_reference() {
    let missed: Vec<String> = TABLE
        .iter()
        .map(|(r, _)| *r)
        .filter(|r| !looks_like_citation(r) && !NOT_ALONE.contains(r))
        .map(|r| format!("{} {r}", citation_score(r)))
        .collect();
    assert!(missed.is_empty(), "not recognised: {missed:#?}");
    for bare in NOT_ALONE {
        assert!(
            citation_score(bare) < CITATION,
            "{bare} is recognised alone now: move it out of NOT_ALONE"
        );
    }
}
