//! The compact form in which the language files are built into the app. Hindi is mostly
//! Devanagari, three bytes a letter in UTF-8; here each of those letters takes one byte, which
//! leaves the wasm about 3 KB smaller after gzip. `build.rs` packs each `*.txt` file of this
//! folder; the app unpacks a language once, when it is first shown.
//!
//! The bytes: `0x00`-`0x7F` other than `0x01` are themselves (ASCII); `0x80`-`0xFF` are the
//! characters U+0900-U+097F (the Devanagari block) in order; `0x01` comes before any other
//! character, which follows in UTF-8.

/// The first character of the block that takes one byte each.
const BLOCK: u32 = 0x0900;
/// The marker before a character written in UTF-8.
const OTHER: u8 = 0x01;

/// Packs `text` (see the module documentation).
pub fn pack(text: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len());
    for c in text.chars() {
        let code = u32::from(c);
        if code < 0x80 && code != u32::from(OTHER) {
            out.push(code as u8);
        } else if (BLOCK..BLOCK + 0x80).contains(&code) {
            out.push(0x80 + (code - BLOCK) as u8);
        } else {
            out.push(OTHER);
            out.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes());
        }
    }
    out
}

/// Unpacks what [`pack`] wrote. Bytes it cannot have written become U+FFFD; it never panics.
pub fn unpack(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() * 2);
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        i += 1;
        if b >= 0x80 {
            out.push(char::from_u32(BLOCK + u32::from(b - 0x80)).unwrap_or('\u{fffd}'));
        } else if b != OTHER {
            out.push(char::from(b));
        } else {
            let len = match bytes.get(i) {
                Some(0xf0..) => 4,
                Some(0xe0..) => 3,
                Some(0xc0..) => 2,
                _ => 1,
            };
            let end = (i + len).min(bytes.len());
            match std::str::from_utf8(&bytes[i..end]) {
                Ok(s) if !s.is_empty() => {
                    out.push_str(s);
                    i = end;
                }
                // Not a character: skip the byte after the marker and go on from the next.
                _ => {
                    out.push('\u{fffd}');
                    i += 1;
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packing_round_trips_every_kind_of_character() {
        for text in [
            "",
            "plain ASCII, with = and # and {n}",
            "क्या आपके पैरों में ऐंठन है? ORS लें।",
            "“quotes” — 40 °C, é, \u{1} and 😀 at the end 😀",
            "\u{0900}\u{097f}\u{0980}\u{08ff}",
        ] {
            assert_eq!(unpack(&pack(text)), text);
        }
    }

    #[test]
    fn devanagari_takes_one_byte_a_letter() {
        assert_eq!(pack("कमल").len(), 3);
        assert_eq!(pack("°").len(), 3);
    }

    #[test]
    fn broken_bytes_give_a_replacement_character_not_a_panic() {
        assert_eq!(unpack(&[OTHER]), "\u{fffd}");
        assert!(unpack(&[OTHER, 0xe2, 0x80]).starts_with('\u{fffd}'));
        assert_eq!(unpack(&[b'a', OTHER, b'z', 0xc3]), "az\u{0943}");
        assert_eq!(unpack(&[b'a', OTHER, 0xff, b'b']), "a\u{fffd}b");
    }
}
