//! Control characters in input files, made visible.
//!
//! In: a file's text. Out: the text with every control character a reader cannot see (NUL,
//! ESC, the other C0 controls, DEL, and the C1 controls U+0080–U+009F that a mis-decoded
//! Windows file leaves) replaced by a visible symbol (`␀`, `␛`, …; `�` for C1), and one warning
//! naming the first one's line and column and how many there were. Tabs and line breaks stay;
//! a form feed (a page break in old text dumps) becomes a line break. Raw control characters
//! would otherwise be copied into the pages, where browsers drop or mangle them silently.

use std::path::Path;

use crate::error::Diagnostic;

/// `text` with its control characters made visible, and the warning if there were any.
pub fn make_visible(path: &Path, text: String) -> (String, Option<Diagnostic>) {
    let is_hidden = |c: char| c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{c}');
    let Some(first) = text.find(is_hidden) else {
        return (text.replace('\u{c}', "\n"), None);
    };
    let count = text.chars().filter(|&c| is_hidden(c)).count();
    let code = text[first..].chars().next().map_or(0, u32::from);
    let warning = Diagnostic::warning(
        path,
        format!(
            "{count} control character{} (the first is U+{code:04X}) shown as visible symbols such as ␀; \
             remove {} from the file",
            if count == 1 { "" } else { "s" },
            if count == 1 { "it" } else { "them" },
        ),
    )
    .at_offset(&text, first);
    let visible = text
        .chars()
        .map(|c| match c {
            '\u{c}' => '\n',
            c if !is_hidden(c) => c,
            '\u{7f}' => '\u{2421}',
            c if u32::from(c) < 0x20 => char::from_u32(0x2400 + u32::from(c)).unwrap_or('\u{fffd}'),
            _ => '\u{fffd}',
        })
        .collect();
    (visible, Some(warning))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nul_and_escape_are_shown_and_located_tabs_and_breaks_kept() {
        let (text, warning) = make_visible(
            Path::new("seeds/a.txt"),
            "Title\n\ttab \u{0} and \u{1b}[1m\u{c}next \u{85}".to_string(),
        );
        assert_eq!(text, "Title\n\ttab ␀ and ␛[1m\nnext \u{fffd}");
        assert_eq!(
            warning.unwrap().to_string(),
            "seeds/a.txt:2:6: 3 control characters (the first is U+0000) shown as visible symbols such as ␀; remove them from the file"
        );
        let (text, warning) = make_visible(Path::new("a"), "plain\r\ntext".to_string());
        assert_eq!((text.as_str(), warning), ("plain\r\ntext", None));
    }
}
