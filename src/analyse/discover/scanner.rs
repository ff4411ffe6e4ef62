//! Runs of capitalised words → candidates.
//!
//! In: a paragraph's [`Token`]s, in order. Out: candidates added to the [`Tally`]: multi-word
//! names, initialisms, titled names and single words, with leading function words stripped and
//! whether each stood at a sentence start.

use super::NameHint;
use super::lexer::{Lexer, Token};
use super::tally::Tally;
use super::words::{
    CONNECTORS, FRONT_CONNECTORS_DE, FUNCTION_WORDS, NAME_ABBREVIATIONS, in_list, is_capitalised,
    is_initialism, is_title, may_stand_alone, strip_possessive,
};

/// Lexes one paragraph and feeds its candidates to the tally, in one pass. A kept line break
/// (an address, a closing formula above a signature) ends a run: each line starts afresh.
pub(super) fn scan_paragraph(paragraph: &str, german: bool, tally: &mut Tally) {
    for line in paragraph.split('\n') {
        let mut scanner = Scanner {
            tally: &mut *tally,
            german,
            at_start: true,
            run: Vec::new(),
            run_at_start: false,
            pending: Vec::new(),
        };
        for token in Lexer::new(line) {
            scanner.take(token);
        }
        scanner.flush();
    }
}

/// Whether a word opens a salutation or a closing in some language (`Dear`, `Lieber`,
/// `Carissimo`, `Yours`): never the start of a name (`Carissimo Carlo` is `Carlo`).
fn is_address_formula(word: &str) -> bool {
    let folded = crate::lexicon::fold(word.trim_end_matches([',', '!', ':']));
    crate::lexicon::ALL.iter().any(|l| {
        l.salutations
            .iter()
            .chain(l.closings)
            .any(|formula| formula.split(' ').next() == Some(folded.as_str()))
    })
}

/// Whether a word at the front of a run is noise to strip (`The`, `In`, `But`, `of`).
fn is_front_noise(piece: &Piece, german: bool) -> bool {
    match piece.kind {
        PieceKind::Connector => true,
        PieceKind::Title => false,
        PieceKind::Name => {
            in_list(&FUNCTION_WORDS, piece.text)
                || (german && in_list(&FRONT_CONNECTORS_DE, piece.text))
                || is_address_formula(piece.text)
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum PieceKind {
    Title,
    Name,
    Connector,
}

/// One word of a run of capitalised words.
#[derive(Debug, Clone, Copy)]
struct Piece<'a> {
    text: &'a str,
    kind: PieceKind,
}

/// Walks a paragraph's tokens, collecting runs of capitalised words and tallying candidates.
struct Scanner<'t, 'a> {
    tally: &'t mut Tally,
    german: bool,
    /// Whether the next word stands first in a sentence.
    at_start: bool,
    run: Vec<Piece<'a>>,
    run_at_start: bool,
    /// Lowercase connectors seen after the run, joined only if a capitalised word follows.
    pending: Vec<&'a str>,
}

impl<'a> Scanner<'_, 'a> {
    fn take(&mut self, token: Token<'a>) {
        match token {
            Token::Word(word) => self.word(word),
            Token::Initial(text) => self.push(text, PieceKind::Name),
            Token::Dotted(text) => self.initialism(text),
            Token::Abbreviation(text) => self.abbreviation(text),
            Token::Number => self.flush(),
            Token::Other => {
                // Brackets, commas, dashes: end a name but leave the sentence position alone.
                self.flush();
                return;
            }
            Token::SentenceEnd | Token::OpenQuote => {
                self.flush();
                self.at_start = true;
                return;
            }
        }
        self.at_start = false;
    }

    fn word(&mut self, word: &'a str) {
        let (base, possessive) = strip_possessive(word);
        if is_initialism(base) {
            self.initialism(base);
        } else if is_title(base) {
            self.flush();
            self.push(base, PieceKind::Title);
        } else if is_capitalised(base) {
            self.push(base, PieceKind::Name);
        } else if !self.run.is_empty() && !possessive && in_list(&CONNECTORS, base) {
            self.pending.push(base);
            return;
        } else {
            self.flush();
        }
        if possessive {
            self.flush();
        }
    }

    fn abbreviation(&mut self, text: &'a str) {
        if is_title(text) {
            self.flush();
            self.push(text, PieceKind::Title);
        } else if in_list(&NAME_ABBREVIATIONS, text) {
            self.push(text, PieceKind::Name);
        } else {
            self.flush();
        }
    }

    fn initialism(&mut self, text: &'a str) {
        self.flush();
        if is_initialism(text) {
            self.tally.add(text, NameHint::Initialism, false);
        }
    }

    /// Adds a capitalised word (or title) to the run, joining any pending connectors.
    fn push(&mut self, text: &'a str, kind: PieceKind) {
        if self.run.is_empty() {
            self.run_at_start = self.at_start;
            self.pending.clear();
        }
        let connectors = self.pending.drain(..).map(|text| Piece {
            text,
            kind: PieceKind::Connector,
        });
        self.run.extend(connectors);
        self.run.push(Piece { text, kind });
    }

    /// Ends the current run and tallies what it holds.
    fn flush(&mut self) {
        self.pending.clear();
        if !self.run.is_empty() {
            let run = std::mem::take(&mut self.run);
            self.emit(&run, self.run_at_start);
            self.run = run;
            self.run.clear();
        }
    }

    /// Tallies the candidate(s) in a run: strips front noise, keeps titles with their name,
    /// splits off a sentence-initial word joined by a connector (`[Writing] of Leon Trotsky`).
    fn emit(&mut self, pieces: &[Piece<'a>], at_start: bool) {
        let noise = pieces.iter().take_while(|p| is_front_noise(p, self.german));
        let skipped = noise.count();
        let Some(rest) = pieces.get(skipped..).filter(|r| !r.is_empty()) else {
            return;
        };
        let at_start = at_start && skipped == 0;
        let joined_by_connector = rest.get(1).is_some_and(|p| p.kind == PieceKind::Connector);
        if rest[0].kind == PieceKind::Title {
            if rest.len() > 1 {
                self.tally.add(&join(rest), NameHint::Titled, false);
            }
        } else if at_start && joined_by_connector {
            self.single(rest[0].text, true);
            self.emit(&rest[1..], false);
        } else if rest.len() == 1 {
            self.single(rest[0].text, at_start);
        } else {
            self.tally.add(&join(rest), NameHint::MultiWord, at_start);
        }
    }

    fn single(&mut self, word: &str, at_start: bool) {
        if !self.german && may_stand_alone(word) {
            self.tally.add(word, NameHint::SingleWord, at_start);
        }
    }
}

fn join(pieces: &[Piece]) -> String {
    let words: Vec<&str> = pieces.iter().map(|p| p.text).collect();
    words.join(" ")
}
