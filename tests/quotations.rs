//! The quotation study: each quoted phrase's status, elisions, and passages shared by texts,
//! on a fixture of three texts (an article, notes quoting it, a review quoting the same passage)
//! and on the bundled texts.

mod common;

use common::{analyse, build_site, fixture, project, repo_root};
use studysite::analyse::Analysis;
use studysite::model::quotations::{DiffPart, QuoteStatus, QuotedPhrase};

fn text_index(analysis: &Analysis, slug: &str) -> usize {
    analysis
        .texts
        .iter()
        .position(|t| t.slug == slug)
        .unwrap_or_else(|| panic!("no text {slug}"))
}

fn phrase<'a>(analysis: &'a Analysis, slug: &str, words: &str) -> &'a QuotedPhrase {
    let t = text_index(analysis, slug);
    analysis.quotations.texts[t]
        .phrases
        .iter()
        .find(|p| p.words == words)
        .unwrap_or_else(|| panic!("no phrase {words:?} in {slug}"))
}

#[test]
fn each_status_on_the_fixture() {
    let analysis = analyse(&fixture("quotations"));
    let notes = "b-commentary";
    let verbatim = phrase(
        &analysis,
        notes,
        "a privileged caste which devours the surplus of the national economy",
    );
    assert_eq!(verbatim.status, QuoteStatus::Verbatim);
    let variant = phrase(
        &analysis,
        notes,
        "the insane atrocity of forced collectivization",
    );
    assert_eq!(variant.status, QuoteStatus::Variant);
    let source = variant.source.as_ref().unwrap();
    assert_eq!(source.paragraph, 3);
    assert!(source.diff.contains(&DiffPart::Changed {
        quoted: "atrocity".into(),
        source: "atrocities".into()
    }));
    let missing = phrase(
        &analysis,
        notes,
        "a fourth revolution against the Stalinists",
    );
    assert_eq!(missing.status, QuoteStatus::NotFound);
    assert!(missing.source.is_none());
    let term = phrase(&analysis, notes, "treacherous");
    assert_eq!(
        term.status,
        QuoteStatus::Term,
        "a single word is not judged"
    );
}

#[test]
fn a_nested_quotation_is_one_phrase_compared_whole() {
    let analysis = analyse(&fixture("quotations"));
    let t = text_index(&analysis, "b-commentary");
    let nested = phrase(
        &analysis,
        "b-commentary",
        "the terror ‘remains’ an instrument",
    );
    assert_eq!(nested.status, QuoteStatus::Verbatim);
    assert!(
        !analysis.quotations.texts[t]
            .phrases
            .iter()
            .any(|p| p.words == "remains"),
        "the inner quotation is part of the outer one"
    );
}

#[test]
fn a_phrase_may_match_across_the_paragraphs_of_a_block_quotation() {
    let analysis = analyse(&fixture("quotations"));
    let across = phrase(
        &analysis,
        "b-commentary",
        "a personal dictatorship. The insane atrocities",
    );
    assert_eq!(across.status, QuoteStatus::Verbatim);
    let source = across.source.as_ref().unwrap();
    assert_eq!(source.paragraph, 2);
    assert_eq!(
        source.excerpt,
        "a personal dictatorship ¶ The insane atrocities"
    );
}

#[test]
fn a_phrase_in_two_sources_names_the_nearest_and_lists_the_others() {
    let analysis = analyse(&fixture("quotations"));
    let article = text_index(&analysis, "a-article");
    let caste = phrase(
        &analysis,
        "b-commentary",
        "a privileged caste which devours the surplus of the national economy",
    );
    let source = caste.source.as_ref().unwrap();
    assert!(
        source.same_text,
        "the text's own block quotation comes first"
    );
    assert_eq!(source.paragraph, 2);
    assert_eq!(caste.also_in.len(), 1);
    assert_eq!(caste.also_in[0].text, article);
    assert_eq!(caste.also_in[0].paragraph, 1);
    // Quoted twice in the notes' own block quotations: the nearest one (¶6) is the source.
    let broom = phrase(
        &analysis,
        "b-commentary",
        "the workers will find a big enough broom",
    );
    assert_eq!(broom.paragraph, 5);
    assert_eq!(broom.source.as_ref().unwrap().paragraph, 6);
    let others: Vec<(bool, usize)> = broom
        .also_in
        .iter()
        .map(|m| (m.same_text, m.paragraph))
        .collect();
    assert_eq!(others, vec![(true, 3), (false, 2)]);
}

#[test]
fn elisions_are_counted_and_filled_in_from_the_full_text() {
    let analysis = analyse(&fixture("quotations"));
    let t = text_index(&analysis, "b-commentary");
    let block = &analysis.quotations.texts[t].blocks[0];
    assert_eq!((block.first_paragraph, block.last_paragraph), (2, 3));
    let marks: Vec<(&str, Option<&str>)> = block
        .elisions
        .iter()
        .map(|e| (e.mark.as_str(), e.left_out.as_deref()))
        .collect();
    assert_eq!(
        marks,
        vec![
            ("[...]", Some("the unions and the Soviets")),
            ("…", Some("and"))
        ]
    );
    let source = block.source.as_ref().unwrap();
    assert_eq!(source.text, text_index(&analysis, "a-article"));
    assert_eq!(source.matched_words, block.words);
}

#[test]
fn reuse_between_texts_is_found_both_ways() {
    let analysis = analyse(&fixture("quotations"));
    let [a, b, c] = ["a-article", "b-commentary", "c-review"].map(|s| text_index(&analysis, s));
    let pairs = |t: usize| -> Vec<(usize, usize, usize)> {
        analysis.quotations.texts[t]
            .reuse
            .iter()
            .map(|r| (r.paragraph, r.other_text, r.other_paragraph))
            .collect()
    };
    assert!(pairs(a).contains(&(2, c, 2)));
    assert!(pairs(c).contains(&(2, a, 2)));
    assert!(pairs(b).contains(&(3, c, 2)));
    assert!(pairs(c).contains(&(2, b, 3)));
    assert!(
        !pairs(a).iter().any(|&(p, _, _)| p == 3),
        "the article's last paragraph is quoted only in phrases, not repeated"
    );
}

#[test]
fn pages_show_each_status_with_a_note_and_link_both_ways() {
    let site = build_site(&fixture("quotations"));
    let notes = site.read("texts/b-commentary.html");
    assert!(notes.contains(
        "<sup class=\"quote-check quote-verbatim\"><a id=\"quote-ref-1\" href=\"#quote-1\"><span aria-hidden=\"true\">=</span>"
    ));
    assert!(notes.contains("<li id=\"quote-3\" value=\"3\" class=\"quote-not_found\""));
    assert!(notes.contains("not found verbatim in the passages available here"));
    assert!(notes.contains("where the full text has <q>the unions and the Soviets</q>"));
    assert!(
        notes
            .contains("The same words in <a href=\"a-article.html#p1\">On the Bureaucracy, ¶1</a>")
    );
    assert!(notes.contains("Also quoted in <a href=\"c-review.html#p2\">"));
    assert!(notes.contains("href=\"../quotations.html#text-b-commentary\""));
    let review = site.read("texts/c-review.html");
    assert!(review.contains("Also quoted in <a href=\"b-commentary.html#p3\">"));
    assert!(review.contains("The same words in <a href=\"a-article.html#p2\">"));
    let article = site.read("texts/a-article.html");
    assert!(article.contains("Also quoted in <a href=\"b-commentary.html#p3\">"));
    let list = site.read("quotations.html");
    assert!(list.contains("id=\"text-b-commentary-quote-1\""));
    assert!(list.contains("href=\"texts/b-commentary.html#quote-ref-1\""));
    for page in [&notes, &review, &list] {
        assert!(!page.contains("misquot"), "neutral wording");
        assert!(!page.contains("style=\""), "no inline styles");
    }
}

/// Every quoted phrase of the bundled polemic, as a careful reader would classify it.
#[test]
fn the_bundled_phrases_have_the_status_a_reader_would_give() {
    let analysis = analyse(&repo_root());
    let slug = "in-support-of-terror-and-insurrection";
    let t = text_index(&analysis, slug);
    let got: Vec<(&str, QuoteStatus)> = analysis.quotations.texts[t]
        .phrases
        .iter()
        .map(|p| (p.words.as_str(), p.status))
        .collect();
    use QuoteStatus::*;
    assert_eq!(
        got,
        vec![
            ("Stalinist", Term),
            ("individual terror", Variant),
            ("a fourth revolution", NotFound),
            ("crushed", Variant),
            ("atrocious", Term),
            ("inevitably", Verbatim),
            ("Stalinists", Term),
            ("senseless atrocities", Variant),
            ("bureaucrats", Term),
            ("the success of the world proletariat", Variant),
            (
                "give back the confidence to the Soviet proletariat",
                NotFound
            ),
            ("leftist", Term),
        ]
    );
    let individual = phrase(&analysis, slug, "individual terror");
    assert_eq!(
        individual.source.as_ref().unwrap().excerpt,
        "individual acts of terror"
    );
    let blocks = &analysis.quotations.texts[t].blocks;
    assert_eq!(blocks.len(), 1);
    assert_eq!(blocks[0].elisions.len(), 4);
    assert!(
        blocks[0].source.is_none(),
        "the 1935 article is not in the corpus"
    );
}

#[test]
fn regression_a_passage_in_many_texts_is_linked_to_the_first_few_not_to_every_copy() {
    let passage = "The proletariat that made three revolutions will lift up its head one more \
        time, and the workers will find a big enough broom for the bureaucratic absurdity.";
    let seeds: Vec<(String, String)> = (0..40)
        .map(|i| {
            let text = format!(
                "Copy Number {i}\n\nWritten: 19{:02}\n\nCommentary {i} opens with words of its own, \
                 long enough to be read as prose and not as a heading of any kind.\n\n{passage}\n",
                i + 40
            );
            (format!("seeds/copy-{i:02}.txt"), text)
        })
        .collect();
    let files: Vec<(&str, &str)> = seeds
        .iter()
        .map(|(p, t)| (p.as_str(), t.as_str()))
        .collect();
    let dir = project(&files);
    let analysis = analyse(dir.path());
    let study = &analysis.quotations.texts;
    assert!(
        study.iter().all(|t| !t.reuse.is_empty()),
        "every copy is linked to another"
    );
    // Only the passage (paragraph 2); the commentary is shared too, with a number in it.
    let links: usize = study
        .iter()
        .map(|t| t.reuse.iter().filter(|r| r.paragraph == 2).count())
        .sum();
    assert_eq!(
        links,
        2 * (6 + 36 * 4),
        "the first four paired with each other and each other copy"
    );
    assert!(
        links <= 2 * 4 * 40,
        "{links} links: not every copy with every other (would be {})",
        40 * 39
    );
}

#[test]
fn names_and_titles_in_quotation_marks_are_shown_as_such_not_judged() {
    let dir = project(&[(
        "seeds/brief.txt",
        "Ein Brief an die Redaktion\n\nWritten: 3 March 1915\n\nWir haben die letzte Nummer der „Die Morgenröte“ erhalten, und auch «Le Livre sur la Tchécoslovaquie» kam an, aber „den Linken in Europa“ schrieb niemand, und das ist lang genug für Prosa.\n",
    )]);
    let analysis = analyse(dir.path());
    let statuses: Vec<(&str, QuoteStatus)> = analysis.quotations.texts[0]
        .phrases
        .iter()
        .map(|p| (p.words.as_str(), p.status))
        .collect();
    assert_eq!(
        statuses,
        vec![
            ("Die Morgenröte", QuoteStatus::Title),
            ("Le Livre sur la Tchécoslovaquie", QuoteStatus::Title),
            ("den Linken in Europa", QuoteStatus::NotFound),
        ]
    );
    assert_eq!(analysis.quotations.texts[0].phrases[2].compared, 0);
}

#[test]
fn other_texts_by_the_quoted_author_are_tried_first() {
    let passage = "the revolution betrayed by the bureaucracy has its own laws of motion";
    let dir = project(&[
        (
            "seeds/a-other.txt",
            &format!(
                "Anna Other: A Speech\n\nWritten: 1930\n\nShe said that {passage}, and spoke on for a long time after that to the hall.\n"
            ),
        ),
        (
            "seeds/b-trotsky.txt",
            &format!(
                "Leon Trotsky: An Article\n\nWritten: 1936\n\nHe wrote that {passage}, and went on to other matters at great length afterwards.\n"
            ),
        ),
        (
            "seeds/c-notes.txt",
            &format!(
                "Jane Reader: Notes\n\nWritten: 1990\n\nThe notes begin with words of their own, long enough to be read as prose here.\n\n`Some other words that this block quotation gives, which are nothing like the phrase.'\n\n\nLeon Trotsky, An Article (1936), p. 3.\n\nThe notes say that `{passage}', and end here, long enough to be prose.\n"
            ),
        ),
    ]);
    let analysis = analyse(dir.path());
    let trotsky = text_index(&analysis, "b-trotsky");
    let other = text_index(&analysis, "a-other");
    let found = phrase(&analysis, "c-notes", passage);
    assert_eq!(found.status, QuoteStatus::Verbatim);
    assert_eq!(
        found.source.as_ref().unwrap().text,
        trotsky,
        "the cited author's text"
    );
    assert_eq!(found.also_in.len(), 1);
    assert_eq!(found.also_in[0].text, other);
}
