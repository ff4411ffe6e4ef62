//! Tests of the header reader: each archive shape, and the regressions found in review.

use super::lines::date_line;
use super::*;
use crate::parse::blocks::split_blocks;

/// The header as the pipeline reads it: from the text without its furniture lines.
fn header_of(text: &str) -> Header {
    let readings = crate::parse::roles::read_lines(text);
    let seen = crate::parse::roles::reading_text(text, &readings);
    parse_header(&split_blocks(&seen), &readings)
}

#[test]
fn archive_header_with_breadcrumb_code_line_and_bracketed_source() {
    let text = "Leon Trotsky > 1938 > \n\nLeon Trotsky 19380306 Answers to Mrs. Célarié\n\n\
                Leon Trotsky: Answers to Mrs. Célarié\n\nMarch 6, 1938\n\n\
                [Writing of Leon Trotsky, Vol. 14, New York 1979, p 765-767.]\n\n\
                It is very difficult, Madam, to express in one brief formula the differences.";
    let h = header_of(text);
    assert_eq!(h.title.as_deref(), Some("Answers to Mrs. Célarié"));
    assert_eq!(h.authors, vec!["Leon Trotsky"]);
    assert_eq!(
        h.date.map(|d| d.datetime_attr()).as_deref(),
        Some("1938-03-06")
    );
    assert_eq!(
        h.sources,
        vec![(
            "[Writing of Leon Trotsky, Vol. 14, New York 1979, p 765-767.]".to_string(),
            9
        )]
    );
    assert_eq!(h.blocks, 5);
}

#[test]
fn book_section_header_is_just_a_title() {
    let text = "In support of terror and insurrection\n\n\
                Trotsky\u{a0} finished by calling for individual terrorism and armed insurrection. Hence, as early as 1935.";
    let h = header_of(text);
    assert_eq!(
        h.title.as_deref(),
        Some("In support of terror and insurrection")
    );
    assert!(h.authors.is_empty());
    assert_eq!(h.date, None);
    assert_eq!(h.blocks, 1);
}

#[test]
fn labelled_field_block() {
    let text = "Leon Trotsky\nThe Moscow Trials\n\nWritten: 4 December 1910\nSource: Fourth International, Vol. 1 No. 2, New York 1940, pp. 3-5.\nTranslated: John Fairlie\n\nThe body begins here, with a sentence. And another one follows it.";
    let h = header_of(text);
    assert_eq!(h.title.as_deref(), Some("The Moscow Trials"));
    assert_eq!(h.authors, vec!["Leon Trotsky"]);
    assert_eq!(
        h.date.map(|d| d.datetime_attr()).as_deref(),
        Some("1910-12-04")
    );
    assert_eq!(h.sources.len(), 1);
    assert!(
        h.fields
            .iter()
            .any(|f| f.label == "Translated" && f.value == "John Fairlie")
    );
    assert_eq!(h.blocks, 2);
}

#[test]
fn german_header_with_quelle_and_place_date() {
    let text = "Leo Trotzki: Brief an die Redaktion\n\nCoyoacán, 14. Januar 1938\n\nQuelle: Leo Trotzki, Schriften, Bd. 1, Hamburg 1988, S. 12.\n\nWerte Genossen, der Text beginnt hier und geht weiter.";
    let h = header_of(text);
    assert_eq!(h.title.as_deref(), Some("Brief an die Redaktion"));
    assert_eq!(h.authors, vec!["Leo Trotzki"]);
    assert_eq!(h.place.as_deref(), Some("Coyoacán"));
    assert_eq!(
        h.date.map(|d| d.datetime_attr()).as_deref(),
        Some("1938-01-14")
    );
    assert_eq!(h.sources.len(), 1);
}

#[test]
fn editors_bracketed_date_is_supplied() {
    let h = header_of("A Letter\n\n[March 1938]\n\nDear Comrade, this is the body of the letter.");
    let date = h.date.expect("a date");
    assert_eq!(date.datetime_attr(), "1938-03");
    assert!(date.supplied);
}

#[test]
fn archive_page_with_parenthesised_date_and_copyleft_fields() {
    let text = "Leon Trotsky\n\nThe Moscow Trials\n\n(February 1937)\n\n\
                Written: February 1937.\nFirst Published: Socialist Appeal, 1937.\n\
                Transcription/HTML Markup: David Walters.\n\
                Copyleft: Leon Trotsky Internet Archive (www.marxists.org) 2002. Permission is granted to copy.\n\n\
                The trials are a long chain of falsifications, and this sentence is the body of the text.";
    let h = header_of(text);
    assert_eq!(h.title.as_deref(), Some("The Moscow Trials"));
    assert_eq!(h.authors, vec!["Leon Trotsky"]);
    assert_eq!(
        h.date.map(|d| d.datetime_attr()).as_deref(),
        Some("1937-02")
    );
    assert!(h.fields.iter().any(|f| f.label == "First published"));
    assert!(h.fields.iter().any(|f| f.label == "Copyleft"));
    assert_eq!(h.blocks, 4);
}

#[test]
fn editors_bracketed_place_and_date() {
    let h = header_of(
        "A Letter\n\n[Coyoacán, D.F., March 1938]\n\nDear Comrade, this is the body of the letter, at some length.",
    );
    let date = h.date.expect("a date");
    assert!(date.supplied);
    assert_eq!(date.datetime_attr(), "1938-03");
    assert_eq!(h.place.as_deref(), Some("Coyoacán, D.F."));
    assert!(h.sources.is_empty(), "a bracketed date is not a source");
}

#[test]
fn place_with_a_comma_before_the_date() {
    assert_eq!(
        date_line("Coyoacán, D.F., March 6, 1938").map(|(p, d)| (p, d.datetime_attr())),
        Some((Some("Coyoacán, D.F.".to_string()), "1938-03-06".to_string()))
    );
    assert_eq!(date_line("the end, as it were, 1938"), None);
}

#[test]
fn regression_title_case_title_after_the_author_is_the_title() {
    let h = header_of(
        "Leon Trotsky\n\nOur Political Tasks\n\nThe body begins here, and it is a long sentence of prose.",
    );
    assert_eq!(h.title.as_deref(), Some("Our Political Tasks"));
    assert_eq!(h.authors, vec!["Leon Trotsky"]);
}

#[test]
fn regression_catalogue_labels_are_fields_not_authors() {
    let text = "Our Political Tasks\n\nPublisher: Progress Publishers, Moscow\nHerausgeber: Dietz Verlag Berlin\nScanned by: A. Volunteer\n\nThe body begins here, and it is a long sentence of prose.";
    let h = header_of(text);
    assert_eq!(h.title.as_deref(), Some("Our Political Tasks"));
    assert!(h.authors.is_empty(), "{:?}", h.authors);
    let labels: Vec<&str> = h.fields.iter().map(|f| f.label.as_str()).collect();
    assert_eq!(labels, vec!["Publisher", "Herausgeber", "Scanned by"]);
}

#[test]
fn regression_a_salutation_stays_in_the_text() {
    let h = header_of(
        "Leon Trotsky: Letter\n\nComrades!\n\nWe write to you at length about the matter at hand.",
    );
    assert_eq!(h.blocks, 1);
    assert_eq!(h.title.as_deref(), Some("Letter"));
}

#[test]
fn regression_short_lines_that_are_neither_title_nor_author_are_kept() {
    let h = header_of(
        "Leon Trotsky: An Interview\n\nPart One\n\nThe Questions\n\nThe body begins here, and it is a long sentence of prose.",
    );
    let kept: Vec<(&str, usize)> = h
        .fields
        .iter()
        .filter(|f| f.label == "Subtitle")
        .map(|f| (f.value.as_str(), f.line))
        .collect();
    assert_eq!(kept, vec![("Part One", 3), ("The Questions", 5)]);
}

#[test]
fn regression_bracketed_editorial_lines_are_not_the_source() {
    let h = header_of(
        "A Letter\n\n[Translated from the Russian]\n\n[Written in Coyoacán, March 1938]\n\nDear Comrade, the body of the letter runs on for a while.",
    );
    assert!(h.sources.is_empty(), "{:?}", h.sources);
    assert!(
        h.fields
            .iter()
            .any(|f| f.label == "Editors' note" && f.value == "[Translated from the Russian]")
    );
    assert_eq!(h.place.as_deref(), Some("Coyoacán"));
    assert!(h.date.expect("date").supplied);
}

#[test]
fn regression_a_site_name_in_the_breadcrumb_is_not_the_author() {
    let h = header_of(
        "MIA > Archive > Trotsky > Works > 1938\n\nA Title\n\nThe body begins here, and it is a long sentence of prose.",
    );
    assert!(h.authors.is_empty(), "{:?}", h.authors);
    let h = header_of(
        "Leon Trotsky > 1938 >\n\nA Title\n\nThe body begins here, and it is a long sentence of prose.",
    );
    assert_eq!(h.authors, vec!["Leon Trotsky"]);
}

#[test]
fn first_published_line_gives_the_publication_date() {
    let h = header_of(
        "A Letter\n\nWritten: 12 May 1938.\nFirst Published: Writings of Leon Trotsky 1937-38, Pathfinder, 1976.\n\nDear Jim, the body of the letter runs on for a while here.",
    );
    assert_eq!(
        h.published.map(|d| d.datetime_attr()).as_deref(),
        Some("1976")
    );
    assert!(h.fields.iter().any(|f| f.label == "First published"));
    let h = header_of(
        "A Speech\n\nFirst published: Pravda, 14 January 1938\n\nComrades, the body of the speech runs on for a while here.",
    );
    assert_eq!(
        h.published.map(|d| d.datetime_attr()).as_deref(),
        Some("1938-01-14")
    );
}

#[test]
fn byline_after_title() {
    let h = header_of(
        "The Revolution Betrayed\n\nby Leon Trotsky\n\nThe body, which is long enough to be prose.",
    );
    assert_eq!(h.title.as_deref(), Some("The Revolution Betrayed"));
    assert_eq!(h.authors, vec!["Leon Trotsky"]);
}

#[test]
fn a_text_without_header() {
    let h = header_of("just some lowercase words that run on and on.\n\nMore.");
    assert_eq!(h, Header::default());
}

#[test]
fn an_author_line_needs_the_shape_of_a_persons_name() {
    use super::is_person_name;
    assert!(is_person_name("Leon Trotsky"));
    assert!(is_person_name("L. Trotsky"));
    assert!(is_person_name("Rosa Luxemburg"));
    assert!(!is_person_name("Siglo XIX"), "a period");
    assert!(!is_person_name("Trotsky Papers"), "a collection");
    assert!(
        !is_person_name("LEON TROTSKY ARCHIVE"),
        "capitals and a collection word"
    );
    assert!(!is_person_name("InfoAut"), "one word");
}

#[test]
fn a_lone_word_over_a_fuller_line_is_not_the_title() {
    let h = header_of(
        "InfoAut\n\nLettera alla mamma di Antonio Gramsci\n\nCarissima mamma, ho ricevuto le lettere di tutti, con le informazioni sulla salute.",
    );
    assert_eq!(
        h.title.as_deref(),
        Some("Lettera alla mamma di Antonio Gramsci")
    );
    assert!(h.authors.is_empty());
}

#[test]
fn a_title_with_its_byline_after_a_comma() {
    let h = header_of(
        "Letters to a Friend, by Rosa Luxemburg\n\nThe letters follow here, in the order they were written, with a comma.",
    );
    assert_eq!(h.title.as_deref(), Some("Letters to a Friend"));
    assert_eq!(h.authors, vec!["Rosa Luxemburg".to_string()]);
    let g = header_of(
        "Project Gutenberg's The Gentleman's Model Letter-writer, by Anonymous\n\nThis eBook is for the use of anyone anywhere at no cost and with almost no restrictions.",
    );
    assert_eq!(
        g.title.as_deref(),
        Some("The Gentleman's Model Letter-writer")
    );
    assert!(g.authors.is_empty(), "Anonymous names no one");
}

#[test]
fn a_stray_word_of_the_page_does_not_end_the_header() {
    let h = header_of(
        "1916\n\nluxemburg\n\nRosa Luxemburg\n\nLettre à Sonia Liebknecht\n\n21 novembre 1916\n\nMa chère petite Sonitschka, j’ai appris par Mathilde que votre frère est parti, et je vous écris.",
    );
    assert_eq!(h.title.as_deref(), Some("Lettre à Sonia Liebknecht"));
    assert_eq!(h.authors, vec!["Rosa Luxemburg".to_string()]);
    assert_eq!(
        h.date.map(|d| d.datetime_attr()).as_deref(),
        Some("1916-11-21")
    );
    assert!(
        h.fields
            .iter()
            .any(|f| f.label == super::PAGE_LINE && f.value == "luxemburg")
    );
}

#[test]
fn a_dateline_in_quotation_marks_or_with_a_bracketed_state() {
    let (place, date) = date_line("«Lovere, 7 agosto 1859.").expect("a dateline");
    assert_eq!(place.as_deref(), Some("Lovere"));
    assert_eq!(date.datetime_attr(), "1859-08-07");
    let (place, _) = date_line("Petersburg [Virginia] June 20, 1799.").expect("a dateline");
    assert_eq!(place.as_deref(), Some("Petersburg [Virginia]"));
}

#[test]
fn a_title_ending_in_a_full_stop_is_a_title_when_a_byline_or_date_follows() {
    let text = "Address delivered at the dedication of the Cemetery at Gettysburg.\n\n\
                Abraham Lincoln\n\nNovember 19, 1863\n\n\
                Four score and seven years ago our fathers brought forth on this continent, a new nation.";
    let h = header_of(text);
    assert_eq!(
        h.title.as_deref(),
        Some("Address delivered at the dedication of the Cemetery at Gettysburg.")
    );
    assert_eq!(h.authors, vec!["Abraham Lincoln"]);
    assert_eq!(
        h.date.map(|d| d.datetime_attr()).as_deref(),
        Some("1863-11-19")
    );
}

#[test]
fn a_sentence_or_a_one_word_label_at_the_top_is_not_a_title() {
    let label = header_of(
        "TRANSLATION.\n\nFlorence, 15th February, 1802.\n\nSir, I have the pleasure to write.",
    );
    assert_eq!(label.title, None);
    let sentence = header_of(
        "We met on the morning of the third. It rained.\n\nMarch 6, 1938\n\nThe body begins here, and it is a long sentence of prose.",
    );
    assert_eq!(sentence.title, None);
}

#[test]
fn a_library_heading_joins_author_and_title_with_a_dash() {
    let h = header_of("Толстой Л. Н. - Черткову В. Г., 14 января 1906 г.\n\n755.");
    assert_eq!(h.authors, vec!["Толстой Л. Н."]);
    assert_eq!(
        h.title.as_deref(),
        Some("Черткову В. Г., 14 января 1906 г.")
    );
    // A place is not an author; a sentence is not a title.
    assert!(header_of("Paris - 1870").authors.is_empty());
    let sentence = header_of("Karl Marx - He wrote this. Then that happened to him.");
    assert!(sentence.authors.is_empty());
}

#[test]
fn a_row_of_fields_on_one_line_is_read_field_by_field() {
    let h = header_of(
        "Дата создания: январь 1905 г., опубл.: 1930 г. Источник: журнал «Красный архив», М., 1930 г.",
    );
    assert_eq!(
        h.date.map(|d| d.datetime_attr()).as_deref(),
        Some("1905-01")
    );
    assert_eq!(
        h.published.map(|d| d.datetime_attr()).as_deref(),
        Some("1930")
    );
    assert_eq!(h.sources.len(), 1);
    assert!(h.sources[0].0.starts_with("журнал"));
}

#[test]
fn a_dateline_with_a_street_address_or_a_weekday() {
    let (place, date) = date_line("Friedenau, Cranachstrasse 58, 13.III.[19]08.").unwrap();
    assert_eq!(place.as_deref(), Some("Friedenau, Cranachstrasse 58"));
    assert_eq!(date.datetime_attr(), "1908-03-13");
    let (place, date) = date_line("du mardi 20 mai (1873 ?)").unwrap();
    assert_eq!(place, None);
    assert!(date.supplied);
    // A weekday before a comma is as often a page's stamp: not read.
    assert!(date_line("sexta-feira, 20 de abril de 2007").is_none());
}

#[test]
fn a_line_shown_twice_is_the_title_and_an_editions_line_above_it_is_recorded() {
    let h = header_of(
        "Briefausgabe Friedrich Fröbel / Forschungsstelle\n\nF. an Wilhelm Middendorff v. 4.10.1833\n\n\
         F. an Wilhelm Middendorff v. 4.10.1833\n\nDes Himmels seegenreichsten Gruß, meinen Lieben, aus Willisau am 4en Oktober 1833, and more words.",
    );
    assert_eq!(
        h.title.as_deref(),
        Some("F. an Wilhelm Middendorff v. 4.10.1833")
    );
    assert!(
        h.fields
            .iter()
            .any(|f| f.label == "Collection" && f.value.starts_with("Briefausgabe"))
    );
}

#[test]
fn a_masthead_above_the_title_is_stepped_over_but_a_greeting_is_not() {
    // A posting stamp above the title is the page's; the title below is read.
    let h = header_of(
        "sexta-feira, 20 de abril de 2007\n\nCarta a um amigo\n\nOfelinha:\n\nGostei muito da sua carta, e realmente não vejo que a fotografia de qualquer pessoa seja assim.",
    );
    assert_eq!(h.title.as_deref(), Some("Carta a um amigo"));
    assert!(h.date.is_none());
    // (A blog's date header is furniture now, dating the post: see the roles' tests.)
    let h = header_of(
        "Nouvelles de Paris\nUne collection de lettres envoyées depuis Paris au cours du siège.\n|\n\nCarta a um amigo\n\nOfelinha:\n\nGostei muito da sua carta, e realmente não vejo que a fotografia de qualquer pessoa seja assim.",
    );
    assert_eq!(h.title.as_deref(), Some("Carta a um amigo"));
    // A greeting ends the header: it is the text's first line, never a page line.
    let h = header_of(
        "Ofelinha:\n\nGostei muito da sua carta, e realmente não vejo que a fotografia de qualquer pessoa seja assim.",
    );
    assert!(h.fields.is_empty());
    assert_eq!(h.blocks, 0);
}

#[test]
fn a_title_ending_in_a_full_stop_above_a_dateline() {
    let h = header_of(
        "Siglo XIX > 1810 >\n\nMiguel Hidalgo nombra embajador en Washington a Pascasio Ortiz de Letona.\n\n\
         Guadalajara, a 13 de diciembre de 1810.\n\nEl servil yugo y tiránica sujeción en que han permanecido estos feraces países tanto tiempo.",
    );
    assert_eq!(
        h.title.as_deref(),
        Some("Miguel Hidalgo nombra embajador en Washington a Pascasio Ortiz de Letona.")
    );
}

#[test]
fn a_collected_editions_line_names_the_book_and_its_author_not_the_title() {
    let h = header_of(
        "Ленин В.И. Полное собрание сочинений Том 47\n\nПисьма: январь - февраль 1905 г.\n\n1905 г.\n\n\
         ТОВАРИЩУ В РОССИЮ\n\n6.1. 05.\n\nДорогой друг! Спасибо за обстоятельное письмо. Очень рад, что вы взялись за это дело всерьёз.",
    );
    assert_eq!(h.title.as_deref(), Some("ТОВАРИЩУ В РОССИЮ"));
    assert_eq!(h.authors, vec!["Ленин В.И."]);
    // The volume's year above the title is its running head, not the letter's date.
    assert!(h.date.is_none());
    assert!(
        h.fields
            .iter()
            .any(|f| f.label == "Collection" && f.value.contains("Том 47"))
    );
    // A volume word needs its number: `Band` alone is a word of the title.
    assert!(
        header_of("Die Band der Straße\n\nEs war einmal eine lange Geschichte, die hier erzählt wird, mit vielen Worten und Sätzen.")
            .fields
            .is_empty()
    );
}

#[test]
fn a_letterheads_street_address_is_not_the_title() {
    let h = header_of(
        "6 Rue François 1er\n\ndu mardi 20 mai (1873 ?)\n\nMon Cher Monsieur Magne,\n\nJ'espère que vous êtes bien portant et tout prêt à la lutte qui se prépare, mon cher ami.",
    );
    assert_eq!(h.title, None);
    assert!(
        h.fields
            .iter()
            .any(|f| f.label == "Address" && f.value == "6 Rue François 1er")
    );
    assert!(h.date.is_some_and(|d| d.supplied));
    // A year is no house number: `Letters from the Place 1917` stays a title.
    let h = header_of(
        "Letters from the Place 1917\n\nIt was a long year and the words of it fill many pages of prose, one after another.",
    );
    assert_eq!(h.title.as_deref(), Some("Letters from the Place 1917"));
}

#[test]
fn a_letters_title_in_lower_case_with_its_marker() {
    let h = header_of(
        "sexta-feira, 20 de abril de 2007\n\ncarta de Fernando Pessoa a Ofélia Queiroz*\n\nOfelinha:\n\nGostei muito da sua carta, e realmente não vejo que a fotografia de qualquer pessoa seja assim.",
    );
    assert_eq!(
        h.title.as_deref(),
        Some("carta de Fernando Pessoa a Ofélia Queiroz*")
    );
    // A sentence of a site's tagline is not a title, though it names letters.
    let h = header_of(
        "Une collection de lettres de 1870-1871 envoyées depuis Paris au cours du siège, puis de la Commune.\n\nJe vous confirme, Monsieur, toutes mes lettres successives datées du 30 Août écoulé, et plus encore.",
    );
    assert_eq!(h.title, None);
}

#[test]
fn an_editions_number_before_the_title_is_recorded_apart() {
    let h = header_of(
        "2415. И. Я. ПАВЛОВСКОМУ\n\nМногоуважаемый Иван Яковлевич, я получил Ваше письмо и очень рад, что книга Вам понравилась, и пишу.",
    );
    assert_eq!(h.title.as_deref(), Some("И. Я. ПАВЛОВСКОМУ"));
    assert!(
        h.fields
            .iter()
            .any(|f| f.label == "Number" && f.value == "2415")
    );
    let h = header_of(
        "1917. The Year of Revolution\n\nIt was a long year and the words of it fill many pages of prose, one after another, and more.",
    );
    assert_eq!(h.title.as_deref(), Some("1917. The Year of Revolution"));
}

#[test]
fn a_salutation_ends_the_header_and_is_never_the_title() {
    let text = "Paris 5 septembre 1870\n\nMonsieur A. Grünberg, Munich\n\n\
                Je vous confirme, Monsieur, toutes mes lettres successives datées du 30 août.";
    let h = header_of(text);
    assert_eq!(h.title, None);
    assert_eq!(
        h.date.map(|d| d.datetime_attr()).as_deref(),
        Some("1870-09-05")
    );
}

#[test]
fn a_collected_editions_author_is_the_texts_when_nothing_else_names_one() {
    let text = "Briefausgabe Friedrich FröbelBibliothek für Bildungsgeschichtliche Forschung\n\n\
                F. an Wilhelm Middendorff in Keilhau v. 4.10.1833\n\n\
                Laßt mich in diesem Briefe gemeinsam und abwechselnd an Euch schreiben, ihr Lieben.";
    assert_eq!(header_of(text).authors, vec!["Friedrich Fröbel"]);
    let source = "Source: Lenin Collected Works, Progress Publishers, [1976], Moscow, Volume 35.\n\n\
                  Some days ago, despairing of any opportunity to finish the work, I sent you a letter.";
    assert_eq!(header_of(source).authors, vec!["Lenin"]);
    let byline = "Source: Lenin Collected Works, Volume 35.\n\nAuthor: N. Krupskaya\n\n\
                  Some days ago, despairing of any opportunity to finish the work, I sent you a letter.";
    assert_eq!(
        header_of(byline).authors,
        vec!["N. Krupskaya"],
        "explicit evidence wins"
    );
    let not_a_name =
        "Source: Selected Works, Volume 2.\n\nSome days ago, despairing of any opportunity.";
    assert!(header_of(not_a_name).authors.is_empty());
}

#[test]
fn an_addressee_line_is_recorded_as_such_not_read_as_the_title() {
    let header = header_of(
        "A Letter on the Trials\n\nTo the Editor of The Nation\n\nDear Sir,\n\nThis is the letter's first sentence, long enough to be prose, and it ends here.",
    );
    assert_eq!(header.title.as_deref(), Some("A Letter on the Trials"));
    assert!(
        header.fields.iter().any(|f| f.label == ADDRESSEE
            && f.value == "To the Editor of The Nation"
            && f.line == 3),
        "{:?}",
        header.fields
    );
}
