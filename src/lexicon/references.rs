//! The words of references, every language together: how volumes, pages and issues are named,
//! the short forms that point back, archival document codes, publishers' words and the names of
//! collected editions.
//!
//! In: nothing (constant tables). Out: word lists the reference reader (`parse::citation_parts`)
//! builds its patterns from. Words are listed as written (case matters for the short ones: `S.`
//! is a German page, `s.` is not); a new language adds its words to each table.

/// Words naming a volume, followed by its number: en, de, fr, es/it/pt, ru.
pub const VOLUME_WORDS: &[&str] = &[
    "Volume", "volume", "Vol", "vol", "Vols", "vols", // en
    "Band", "Bd", "Bde", // de
    "Tome", "tome", "t", // fr
    "Tomo", "tomo", "Volumen", "vol", // es, it, pt
    "Том", "том", "Т", "т", // ru
];

/// Words naming a page or pages, followed by the number: en, de, fr, es, it, pt, ru.
pub const PAGE_WORDS: &[&str] = &[
    "pp", "p", "pages", "page", "pg", // en, fr
    "S", "Seite", "Seiten", // de
    "páginas", "página", "págs", "pág", "pag", "pp", // es, it, pt
    "стр", "с", "С", // ru
];

/// Words naming an issue's number: `No. 5`, `Nr. 3`, `n° 7`, `№ 2`, `Heft 4`.
pub const NUMBER_WORDS: &[&str] = &[
    "No", "no", "Nr", "nr", "n°", "N°", "nº", "Nº", "№", "Heft", "núm", "Núm", "número", "Issue",
    "issue",
];

/// Short forms meaning "the same place as the reference before" (folded: lower case).
pub const IBID: &[&str] = &["ibid", "ibidem", "ib", "ebd", "ebenda", "ebda", "там же"];

/// Short forms meaning "the work of this author cited before", as written; a space may be
/// left out (`op.cit.`, `a.a.O.`), case does not matter.
pub const OP_CIT: &[&str] = &[
    "op. cit.",
    "a. a. O.",
    "loc. cit.",
    "ob. cit.",
    "ouvr. cité",
    "op. laud.",
    "указ. соч.",
];

/// Archival document codes: autograph / typed letter signed, and their German words.
pub const DOCUMENT_TYPES: &[&str] = &[
    "ALS",
    "TLS",
    "ALS.",
    "AL",
    "TL",
    "ANS",
    "TNS",
    "ADS",
    "TDS",
    "TLc",
    "Brieforiginal",
    "Briefentwurf",
    "Abschrift",
    "Typoskript",
    "Manuskript",
    "Durchschlag",
];

/// Words that make a comma-separated item a publisher's name (folded: lower case).
pub const PUBLISHER_WORDS: &[&str] = &[
    "publishers",
    "publisher",
    "press",
    "books",
    "verlag",
    "editions",
    "éditions",
    "edition",
    "ediciones",
    "editorial",
    "edições",
    "editora",
    "editori",
    "editore",
    "издательство",
    "изд",
    "progress",
    "pathfinder",
    "grasset",
    "gallimard",
    "maspero",
    "dietz",
    "scribner",
    "doubleday",
    "haymarket",
    "verso",
    "penguin",
    "routledge",
    "macmillan",
    "harcourt",
    "merlin",
    "sons",
    "& co",
    "vintage",
    "seuil",
    "rasch",
];

/// Places of publication common in the sources, for a place standing alone in a comma list.
pub const PLACES: &[&str] = &[
    "Moscow",
    "Moskau",
    "Moscou",
    "Москва",
    "М.",
    "Leningrad",
    "Petrograd",
    "Л.",
    "London",
    "Londres",
    "New York",
    "Paris",
    "Berlin",
    "Wien",
    "Vienna",
    "Hamburg",
    "Leipzig",
    "Frankfurt",
    "Stuttgart",
    "Zürich",
    "Genève",
    "Bruxelles",
    "Madrid",
    "Barcelona",
    "México",
    "Mexico",
    "Buenos Aires",
    "Caracas",
    "Lisboa",
    "Lisbon",
    "Rio de Janeiro",
    "São Paulo",
    "Roma",
    "Milano",
    "Torino",
    "Oxford",
    "Cambridge",
    "Chicago",
    "Boston",
    "Harmondsworth",
];

/// The names of collected editions: after an author's name they are the container, not a
/// title of the author's (folded: lower case).
pub const COLLECTED_EDITIONS: &[&str] = &[
    "collected works",
    "selected works",
    "complete works",
    "werke",
    "sämtliche werke",
    "gesammelte werke",
    "ausgewählte werke",
    "briefe",
    "œuvres",
    "oeuvres",
    "oeuvres complètes",
    "œuvres complètes",
    "obras completas",
    "obras escogidas",
    "opere",
    "полное собрание сочинений",
    "собрание сочинений",
    "сочинения",
];

/// How an item naming editors or translators starts (folded): it and the names after it are
/// not titles.
pub const CONTRIBUTOR_LEADS: &[&str] = &[
    "translated by",
    "trans.",
    "tr.",
    "edited by",
    "ed.",
    "eds.",
    "textes reunis",
    "traduction",
    "traduit",
    "traduits",
    "traduccion",
    "traducao",
    "ubersetzt",
    "ubers.",
    "hrsg",
    "herausgegeben",
    "перевод",
    "под ред",
    "introduction",
    "preface",
    "vorwort",
];

/// `under the title “…”`: how a reference names the title a text appeared under.
pub const UNDER_THE_TITLE: &[&str] = &[
    "under the title",
    "unter dem titel",
    "sous le titre",
    "bajo el título",
    "con el título",
    "sob o título",
    "под заглавием",
];
