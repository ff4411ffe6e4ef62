//! Tests of line roles: one small text per shape, and the texts read around them.

use super::*;

fn roles(text: &str) -> Vec<(&'static str, LineRole)> {
    read_lines(text)
        .into_iter()
        .filter(|r| r.role != LineRole::Blank)
        .map(|r| (r.shape, r.role))
        .collect()
}

const PROSE: &str =
    "This is a sentence of the text itself, long enough to be prose, with a comma and a full stop.";

#[test]
fn navigation_link_lists_and_stamps_are_furniture() {
    let text = format!(
        "< backward forward >\nHome | Works | Letters |\n---|---|\nLast updated on 12 May 2005\n\n{PROSE}\n\nKommentare\nnext up previous\n"
    );
    assert_eq!(
        roles(&text),
        vec![
            ("navigation", LineRole::Furniture),
            ("pipe-links", LineRole::Furniture),
            ("table-rule", LineRole::Furniture),
            ("update-stamp", LineRole::Furniture),
            ("default", LineRole::Body),
            ("page-label", LineRole::Furniture),
            ("navigation", LineRole::Furniture),
        ]
    );
}

#[test]
fn a_run_of_short_lines_at_the_top_is_a_menu_but_a_title_and_byline_are_not() {
    let menu = format!(
        "Home\nConquest\nIndependence\nRevolution\nCentury\n\nThe Title\nby A. Writer\n\n{PROSE}\n"
    );
    let found = roles(&menu);
    assert!(
        found[..5].iter().all(|(_, r)| *r == LineRole::Furniture),
        "{found:?}"
    );
    let header = format!("The Title\nby A. Writer\n\n{PROSE}\n");
    assert!(
        roles(&header)
            .iter()
            .all(|(_, r)| *r != LineRole::Furniture)
    );
}

#[test]
fn a_table_row_field_is_read_as_a_field() {
    let readings = read_lines("Written | 10 May 1939 |\n");
    assert_eq!(readings[0].role, LineRole::Field);
    assert_eq!(readings[0].value.as_deref(), Some("Written: 10 May 1939"));
    let text = reading_text(
        "Written | 10 May 1939 |\nHome | Works |\n",
        &read_lines("Written | 10 May 1939 |\nHome | Works |\n"),
    );
    assert_eq!(text, "Written: 10 May 1939\n\n");
}

#[test]
fn a_letters_frame_salutation_closing_and_signature() {
    let text = format!(
        "Coyoacán, March 6, 1938\n\nDear Comrade,\n\n{PROSE}\n\n{PROSE}\n\nYours,\nL. Trotsky\n"
    );
    assert_eq!(
        roles(&text),
        vec![
            ("dateline", LineRole::Dateline),
            ("salutation", LineRole::Salutation),
            ("default", LineRole::Body),
            ("default", LineRole::Body),
            ("closing", LineRole::Closing),
            ("signature", LineRole::Signature),
        ]
    );
}

#[test]
fn salutations_and_closings_in_other_languages() {
    for (salutation, closing) in [
        ("Lieber Genosse!", "Mit bolschewistischem Gruß"),
        ("Cher ami,", "Bien à vous,"),
        ("Carissima mamma,", "Ti abbraccio"),
        ("Querido amigo:", "Atentamente,"),
        ("Дорогой товарищ!", "Жму руку"),
    ] {
        let text = format!("{salutation}\n\n{PROSE}\n\n{closing}\n");
        let found = roles(&text);
        assert_eq!(found[0].1, LineRole::Salutation, "{salutation}");
        assert_eq!(found[2].1, LineRole::Closing, "{closing}");
    }
}

#[test]
fn notes_headings_in_several_languages() {
    for heading in ["Notes", "Anmerkungen:", "Примечания", "Notas"] {
        let text = format!("{PROSE}\n\n{heading}\n\n[1] A note.\n");
        assert_eq!(roles(&text)[1].1, LineRole::NotesHeading, "{heading}");
        assert_eq!(roles(&text)[2].1, LineRole::Note, "{heading}");
    }
}

#[test]
fn the_runner_up_is_kept_for_inspect() {
    // `Notes` is a notes heading; as a single navigation-like word it is nothing else.
    let readings = read_lines("Written: 1938\n");
    assert_eq!(readings[0].shape, "field");
    assert!(readings[0].runner_up.is_none());
}

#[test]
fn a_lone_carriage_return_ends_a_line() {
    assert_eq!(split_lines("a\rb\r\nc\n"), vec!["a", "b", "c"]);
    assert_eq!(split_lines("a\n\nb"), vec!["a", "", "b"]);
}

#[test]
fn a_signature_gives_the_author_but_initials_alone_do_not() {
    let signed = format!("{PROSE}\n\nYours,\nL. Trotsky\n");
    assert_eq!(
        signed_author(&read_lines(&signed)).as_deref(),
        Some("L. Trotsky")
    );
    let same_line = format!("{PROSE}\n\nVotre Rosa Luxemburg\n");
    assert_eq!(
        signed_author(&read_lines(&same_line)).as_deref(),
        Some("Rosa Luxemburg")
    );
    let initials = format!("{PROSE}\n\nYours,\nL. T.\n");
    assert_eq!(signed_author(&read_lines(&initials)), None);
    let one_word = format!("{PROSE}\n\nIhr Alter\n");
    assert_eq!(signed_author(&read_lines(&one_word)), None);
    // A single name on its own line under the formula, printed in capitals.
    let sovereign = format!("{PROSE}\nSir,\nYour most affectionate friend,\nLOUIS.\n");
    assert_eq!(
        signed_author(&read_lines(&sovereign)).as_deref(),
        Some("Louis")
    );
    // A copy's `Signed —` label, and a quoted letter's marks, are not the name.
    let copy = format!("»{PROSE}\n\n»Vostro\n»Firmato — G. Garibaldi.\n");
    assert_eq!(
        signed_author(&read_lines(&copy)).as_deref(),
        Some("G. Garibaldi")
    );
}

#[test]
fn a_name_after_a_letters_last_paragraph_signs_it_without_a_closing_line() {
    let letter = format!(
        "Paris, 5 septembre 1870\n\nMonsieur,\n\n{PROSE}\n\nLouis Guillier\n\nP.S. Court.\n"
    );
    assert_eq!(
        signed_author(&read_lines(&letter)).as_deref(),
        Some("Louis Guillier")
    );
    // Without a letter's frame above, a name at the bottom is not a signature.
    let article = format!("{PROSE}\n\nLouis Guillier\n");
    assert_eq!(signed_author(&read_lines(&article)), None);
    // A single word at the bottom is too weak.
    let first_name = format!("Monsieur,\n\n{PROSE}\n\nLouis\n");
    assert_eq!(signed_author(&read_lines(&first_name)), None);
}

#[test]
fn a_flattened_header_block_is_split_into_its_lines_but_the_text_is_not() {
    let text = format!(
        "Written: Written on July 28, 1914\nSent to Moscow.\nDear Colleague\n{PROSE}\n{PROSE}\n"
    );
    let readings = read_lines(&text);
    let blocks = split_header_blocks(crate::parse::blocks::split_blocks(&text), &readings);
    let starts: Vec<usize> = blocks.iter().map(|b| b.line).collect();
    assert_eq!(
        starts[..3],
        [1, 2, 3],
        "the header lines stand alone: {starts:?}"
    );
    let plain = format!("A Title\nby Someone\n\n{PROSE}\n");
    let readings = read_lines(&plain);
    let blocks = split_header_blocks(crate::parse::blocks::split_blocks(&plain), &readings);
    assert_eq!(
        blocks[0].lines.len(),
        2,
        "a block of one role is left whole"
    );
}

#[test]
fn a_menu_flattened_into_one_line_is_furniture() {
    let text = format!(
        "Obra de LT Menu Biblioteca Menu Publicaciones Menu Estudios Menu Novedades\n\n{PROSE}\n"
    );
    assert_eq!(roles(&text)[0], ("repeated-word", LineRole::Furniture));
    let prose_like = format!("{PROSE}\n\nthe cat and the dog and the bird\n");
    assert_ne!(
        roles(&prose_like)[1].1,
        LineRole::Furniture,
        "a function word may recur"
    );
}

#[test]
fn an_ebook_pages_foot_gives_the_books_title_and_author() {
    let page = format!(
        "Pagina (277/803)\n\n{PROSE}\n\nLettere dal carcere\ndi Antonio Gramsci\n\npagine 803\n"
    );
    assert_eq!(
        book_foot(&page, &read_lines(&page)),
        Some((
            "Lettere dal carcere".to_string(),
            "Antonio Gramsci".to_string()
        ))
    );
    // A byline inside the text, above its prose, is not a page's foot.
    let article = format!("Lettere dal carcere\ndi Antonio Gramsci\n\n{PROSE}\n");
    assert_eq!(book_foot(&article, &read_lines(&article)), None);
    // Nor is a sentence above a byline.
    let sentence = format!("{PROSE}\n\nThe end of the book.\nby Antonio Gramsci\n");
    assert_eq!(book_foot(&sentence, &read_lines(&sentence)), None);
}

#[test]
fn html_tags_left_in_a_copied_page_are_not_read_as_separators() {
    assert_eq!(
        shapes::without_markup("<strong>aprile</strong> <strong>1863</strong><br />"),
        "aprile 1863"
    );
    assert_eq!(
        shapes::without_markup("< backward forward >"),
        "< backward forward >"
    );
    let text = format!("ficarla.<br />\n\n<strong>aprile</strong> 1863<br />\n\n{PROSE}<br />\n");
    let found = roles(&text);
    assert_eq!(
        found[0],
        ("default", LineRole::Body),
        "a `/` in `<br />` is no breadcrumb"
    );
    assert_eq!(found[1], ("dateline", LineRole::Dateline));
}

#[test]
fn a_letters_head_printed_line_by_line_is_not_a_menu() {
    // Number, addressee and date, each on a line of its own: a dateline with its month in the
    // run says it is a letter's head; a run of years alone may still be an archive's menu.
    let head = format!("CLXIX\n\nA ERNESTO HAUG\n\nRoma\n\nsera\n\naprile 1863\n\n{PROSE}\n");
    assert!(
        roles(&head).iter().all(|(shape, _)| *shape != "menu-run"),
        "{:?}",
        roles(&head)
    );
    let years = format!("1819\n1818\n1817\n1816\n1815\n\n{PROSE}\n");
    assert!(roles(&years)[..5].iter().all(|(s, _)| *s == "menu-run"));
}

#[test]
fn running_heads_file_names_and_end_marks_are_furniture() {
    let text = format!(
        "514 UMBERTO ZANOTTI-BIANCO\n\n{PROSE}\n\nLETTERS OF THE YEAR 27\n\n{PROSE}\n\n638577 = 038-u163.html\n\nFIM\n"
    );
    assert_eq!(
        roles(&text),
        vec![
            ("running-head", LineRole::Furniture),
            ("default", LineRole::Body),
            ("running-head", LineRole::Furniture),
            ("default", LineRole::Body),
            ("file-name", LineRole::Furniture),
            ("end-mark", LineRole::Furniture),
        ]
    );
    // A heading in capitals without a page number, and a date in capitals, are not heads.
    let not_heads = format!("THE LETTER\n\n12 MAI 1871\n\n{PROSE}\n");
    assert_eq!(
        roles(&not_heads)[..2],
        [
            ("default", LineRole::Body),
            ("dateline", LineRole::Dateline)
        ]
    );
}

#[test]
fn a_sites_masthead_above_its_link_bar_is_furniture_but_a_title_over_navigation_is_not() {
    let masthead = format!(
        "News from Paris\n\nA collection of letters sent from Paris during the siege. Read them all.\n\nPeople Notes\n|\n\nParis, 5 September 1870\n\n{PROSE}\n\n{PROSE}\n"
    );
    let found = roles(&masthead);
    assert!(
        found[..3]
            .iter()
            .all(|r| *r == ("masthead", LineRole::Furniture)),
        "{found:?}"
    );
    let titled = format!("The Title\n\nA. Writer\n\n← previous | next →\n\n{PROSE}\n\n{PROSE}\n");
    let found = roles(&titled);
    assert_eq!(
        found[..2],
        [("default", LineRole::Body), ("default", LineRole::Body)]
    );
    // The whole of a short text above a link bar stays the text.
    let short = format!("{PROSE}\n\nHome | Next |\n");
    assert_eq!(roles(&short)[0], ("default", LineRole::Body));
}

#[test]
fn a_signature_under_closing_and_dateline_drops_the_formula_and_honorific() {
    let text = format!(
        "Excelentísimo Señor:\n{PROSE}\n{PROSE}\nDios guarde á V. E. muchos años.\nActopan, 17 de Marzo de 1817.\nExcelentísimo Señor.—Lic. José Solero de Caslarceda.\n"
    );
    let readings = read_lines(&text);
    let signature = readings.iter().find(|r| r.role == LineRole::Signature);
    assert_eq!(
        signature.and_then(|r| r.value.as_deref()),
        Some("José Solero de Caslarceda"),
        "{readings:?}"
    );
    assert_eq!(
        signed_author(&readings).as_deref(),
        Some("José Solero de Caslarceda")
    );
}

#[test]
fn a_name_under_the_page_tools_at_its_foot_is_the_pages_byline() {
    let text = format!(
        "A Title\n\n{PROSE}\n\n{PROSE}\n\nSIMON BOLIVAR\n\nThis note has been read 2120 times.\n\nBenito A. Flores Sáez\n\nDiputado Suplente del CLET\n"
    );
    let readings = read_lines(&text);
    assert_eq!(
        foot_byline(&readings).as_deref(),
        Some("Benito A. Flores Sáez")
    );
    // Without the page's tools above it, a name at the foot is no byline.
    let plain = format!("A Title\n\n{PROSE}\n\nBenito A. Flores Sáez\n");
    assert_eq!(foot_byline(&read_lines(&plain)), None);
}

#[test]
fn a_label_alone_on_its_line_takes_the_lines_under_it_as_its_value() {
    let text = format!(
        "Source:\nLenin\nCollected Works,\n[1976],\npage 154.\nTranscription\\Markup:\nR. Cymbala\nOther Formats:\nText\n• README\nDear Colleague\n{PROSE}\n"
    );
    let readings = read_lines(&text);
    assert_eq!(
        readings[0].value.as_deref(),
        Some("Source: Lenin Collected Works, [1976], page 154.")
    );
    assert!(readings[1..5].iter().all(|r| r.shape == "field-value"));
    assert_eq!(
        readings[5].value.as_deref(),
        Some("Transcription\\Markup: R. Cymbala"),
        "a compound label is a label"
    );
    assert!(
        readings[8..10]
            .iter()
            .all(|r| r.role == LineRole::Furniture && r.shape == "label-value"),
        "a page tool's label makes its value furniture: {:?}",
        &readings[8..10]
    );
    assert_eq!(readings[10].role, LineRole::Salutation);
    assert_eq!(
        reading_text(&text, &readings)
            .lines()
            .take(3)
            .collect::<Vec<_>>(),
        ["Source: Lenin Collected Works, [1976], page 154.", "", ""]
    );
    // A note under the label is not its value.
    let noted = read_lines("Source :\n— LUXEMBURG Rosa, Vive la lutte !\n[1] Probablement.\n");
    assert_eq!(noted[2].shape, "default");
}

#[test]
fn a_line_to_someone_right_above_the_salutation_is_the_addressee() {
    for text in [
        format!("To the Editor of The Nation\n\nDear Sir,\n\n{PROSE}\n"),
        format!("An den Genossen Radek\nWerter Genosse!\n\n{PROSE}\n"),
        format!("Au citoyen Rochefort\n\nCher citoyen,\n\n{PROSE}\n"),
    ] {
        assert_eq!(
            roles(&text)[0],
            ("addressee", LineRole::Addressee),
            "{text:?}"
        );
        let readings = read_lines(&text);
        assert!(addressee(&text, &readings).is_some());
    }
    // A letter's title is not its addressee, nor is a line to someone with no salutation under it.
    for text in [
        format!("A Letter to Jan Frankel\n\nDear Comrade,\n\n{PROSE}\n"),
        format!("To the Workers of Europe\n\n{PROSE}\n"),
    ] {
        assert_ne!(roles(&text)[0].1, LineRole::Addressee, "{text:?}");
    }
}

#[test]
fn a_label_alone_over_a_reference_is_a_note_label_and_the_reference_a_reference() {
    let text = format!(
        "{PROSE}\n\n[1]\nLenin, Collected Works, Progress Publishers, 1977, Moscow, Volume 43, page 260a.\n\n561\n\n{PROSE}\n"
    );
    assert_eq!(
        roles(&text),
        vec![
            ("default", LineRole::Body),
            ("note-label", LineRole::NoteLabel),
            ("reference", LineRole::Reference),
            ("page-number", LineRole::Furniture),
            ("default", LineRole::Body),
        ]
    );
    // The label is left out of what the readers see, as a page number is; the reference stays.
    let seen = reading_text(&text, &read_lines(&text));
    assert!(!seen.lines().any(|l| l == "[1]"));
    assert!(seen.contains("Volume 43, page 260a."));
}

#[test]
fn the_header_readers_title_subtitle_source_and_byline_settle_their_lines() {
    let text = format!(
        "Leon Trotsky\n\nA Letter on the Trials\n\nSource: Fourth International, Vol. 1 No. 2, New York 1940, pp. 3-5.\n\n{PROSE}\n"
    );
    let seed = crate::load::SeedFile {
        file_name: "a.txt".into(),
        stem: "a".into(),
        path: "seeds/a.txt".into(),
        text: text.clone(),
    };
    let (document, _) = crate::parse::parse_document(&seed);
    let lines = split_lines(&text);
    let mut readings = read_lines(&text);
    settle_roles(&mut readings, &lines, &document);
    let settled: Vec<(LineRole, Option<LineRole>)> = readings
        .iter()
        .filter(|r| r.role != LineRole::Blank)
        .map(|r| (r.role, r.runner_up.map(|(_, role, _)| role)))
        .collect();
    assert_eq!(
        settled,
        vec![
            (LineRole::Byline, Some(LineRole::Body)),
            (LineRole::Title, Some(LineRole::Body)),
            (LineRole::SourceLine, Some(LineRole::Field)),
            (LineRole::Body, None),
        ]
    );
}

#[test]
fn a_weekday_dated_first_line_is_a_blogs_date_header_unless_a_salutation_follows() {
    let blog = format!("sexta-feira, 20 de abril de 2007\n\ncarta a Ofélia\n\n{PROSE}\n");
    assert_eq!(roles(&blog)[0], ("date-header", LineRole::Furniture));
    let (posted, _) = stamp_dates(&blog, &read_lines(&blog));
    assert_eq!(
        posted.map(|d| d.datetime_attr()).as_deref(),
        Some("2007-04-20")
    );
    let letter = format!("Sunday, 6 March 1938\n\nDear Comrade,\n\n{PROSE}\n");
    assert_ne!(roles(&letter)[0].0, "date-header");
    let counter = format!("{PROSE}\n\n09.06.2013 Views\n");
    let (posted, _) = stamp_dates(&counter, &read_lines(&counter));
    assert_eq!(
        posted.map(|d| d.datetime_attr()).as_deref(),
        Some("2013-06-09")
    );
}
