//! Outside text made safe to show: the one neutraliser for everything that
//! reaches a terminal, a Markdown or HTML file. Control characters (C0, DEL
//! and C1, which holds the one-byte CSI U+009B), the bidirectional overrides
//! and isolates that can reorder what is shown, and the invisible characters
//! that make two different texts look the same (`J.S. 44<U+200B>71` beside
//! `J.S. 4471`) become a visible mark instead. The joiners that scripts need
//! (ZWJ U+200D, ZWNJ U+200C, in Persian and Indic names and in emoji) are
//! kept. JSON output escapes the same characters.

use std::io::{self, Write};

/// Bidirectional overrides, embeddings and isolates (U+202A-U+202E,
/// U+2066-U+2069): they reverse or reorder the text that follows.
fn reorders(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Characters that take no room and show nothing, so that text holding
/// them looks like text without: zero-width space (U+200B), word joiner and
/// the invisible operators (U+2060-U+2064), the byte order mark / zero-width
/// no-break space (U+FEFF), the Mongolian vowel separator (U+180E), and the
/// direction marks (LRM U+200E, RLM U+200F, ALM U+061C). Not ZWNJ or ZWJ.
pub fn invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200B}' | '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{180E}' | '\u{FEFF}'
    ) || ('\u{2060}'..='\u{2064}').contains(&c)
}

/// Whether a character may act on a screen, or hide, rather than be shown.
pub fn acts(c: char) -> bool {
    c.is_control() || reorders(c) || invisible(c)
}

/// Whether a text shows nothing at all: only spaces and invisible characters.
pub fn blank(text: &str) -> bool {
    text.chars().all(|c| c.is_whitespace() || acts(c))
}

/// One character made safe to show: a control character, bidi override or
/// invisible character becomes U+FFFD, a tab a space.
pub fn safe_char(c: char) -> char {
    match c {
        '\n' => '\n',
        '\t' => ' ',
        c if acts(c) => '\u{FFFD}',
        c => c,
    }
}

/// Replace control characters (ESC and CSI among them) and bidi overrides
/// with U+FFFD, keeping line breaks and turning tabs into spaces.
pub fn neutral(text: &str) -> String {
    text.chars().map(safe_char).collect()
}

/// JSON text with DEL, C1 controls and bidi overrides written as `\uXXXX`
/// escapes (serde_json escapes only C0). Such characters can only be inside strings,
/// where the escape means the same character.
pub fn json_escaped(json: String) -> String {
    // C0 controls are already escaped by serde_json inside strings, and
    // outside them only JSON's own whitespace can appear.
    let escape = |c: char| acts(c) && (c == '\u{7f}' || !c.is_ascii());
    if !json.chars().any(escape) {
        return json;
    }
    let mut out = String::with_capacity(json.len() + 16);
    for c in json.chars() {
        if escape(c) {
            out.push_str(&format!("\\u{:04x}", c as u32));
        } else {
            out.push(c);
        }
    }
    out
}

/// A writer that neutralises everything written through it, for output that
/// never carries escapes of its own (plain mode, messages). Bytes of a
/// character split across writes are held until the character is whole.
pub struct Neutral<W: Write> {
    inner: W,
    held: Vec<u8>,
}

impl<W: Write> Neutral<W> {
    pub fn new(inner: W) -> Neutral<W> {
        Neutral {
            inner,
            held: Vec::new(),
        }
    }
}

impl<W: Write> Write for Neutral<W> {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        self.held.extend_from_slice(bytes);
        let whole = match std::str::from_utf8(&self.held) {
            Ok(_) => self.held.len(),
            // An incomplete character at the end waits for the next write.
            Err(e) if e.error_len().is_none() => e.valid_up_to(),
            // Bytes that are not UTF-8 are shown as U+FFFD.
            Err(_) => self.held.len(),
        };
        let text = String::from_utf8_lossy(&self.held[..whole]).into_owned();
        self.held.drain(..whole);
        self.inner.write_all(neutral(&text).as_bytes())?;
        Ok(bytes.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_lose_their_escape() {
        let shown = neutral("hi \u{1b}[31mred\u{7} there\nnext");
        assert!(!shown.contains('\u{1b}'));
        assert!(!shown.contains('\u{7}'));
        assert_eq!(shown, "hi \u{FFFD}[31mred\u{FFFD} there\nnext");
    }

    #[test]
    fn c1_controls_and_bidi_overrides_are_neutralised() {
        let shown = neutral("a\u{9b}2Jb\u{85}c\u{202E}evil\u{2066}d\u{2069}e");
        assert_eq!(shown, "a\u{FFFD}2Jb\u{FFFD}c\u{FFFD}evil\u{FFFD}d\u{FFFD}e");
        // Ordinary accented letters next to the C1 block are kept.
        assert_eq!(neutral("caf\u{e9} \u{a0}"), "caf\u{e9} \u{a0}");
    }

    #[test]
    fn invisible_characters_are_made_visible_and_joiners_kept() {
        for c in [
            '\u{200B}', '\u{2060}', '\u{FEFF}', '\u{200E}', '\u{200F}', '\u{061C}', '\u{2066}',
            '\u{2069}', '\u{202A}', '\u{202E}',
        ] {
            let id = format!("J.S. 44{c}71");
            assert_eq!(neutral(&id), "J.S. 44\u{FFFD}71", "U+{:04X}", c as u32);
        }
        // Persian with ZWNJ, Hindi with ZWJ, an emoji family: kept whole.
        for kept in [
            "\u{645}\u{6CC}\u{200C}\u{62E}\u{648}\u{627}\u{647}\u{645}",
            "\u{915}\u{94D}\u{200D}\u{937}",
            "\u{1F469}\u{200D}\u{1F467}",
        ] {
            assert_eq!(neutral(kept), kept);
        }
        assert!(blank("\u{200B} \u{FEFF}\u{2060}"));
        assert!(!blank("\u{200B}J"));
        let json = json_escaped(serde_json::to_string("a\u{200B}b").unwrap());
        assert_eq!(json, "\"a\\u200bb\"");
    }

    #[test]
    fn json_escapes_c1_and_bidi_and_still_means_the_same() {
        let raw = serde_json::to_string(&"x\u{9b}y\u{202e}z\u{1b}d\u{7f}").unwrap();
        let safe = json_escaped(raw);
        assert_eq!(safe, "\"x\\u009by\\u202ez\\u001bd\\u007f\"");
        let back: String = serde_json::from_str(&safe).unwrap();
        assert_eq!(back, "x\u{9b}y\u{202e}z\u{1b}d\u{7f}");
    }

    #[test]
    fn the_writer_neutralises_across_split_characters() {
        let mut out = Neutral::new(Vec::new());
        let bytes = "ok \u{1b}[2J \u{9b}1m é".as_bytes();
        let (a, b) = bytes.split_at(bytes.len() - 1);
        out.write_all(a).unwrap();
        out.write_all(b).unwrap();
        assert_eq!(
            String::from_utf8(out.inner).unwrap(),
            "ok \u{FFFD}[2J \u{FFFD}1m é"
        );
    }
}
