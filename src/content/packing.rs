//! The compact form in which the language files are built into the app. An Indian script takes
//! three bytes a letter in UTF-8; here each letter of the language's own script takes one byte,
//! which makes a language's file about a fifth smaller after gzip. `build.rs` packs each
//! `*.txt` file of this folder; the app unpacks a language once, when it is first shown.
//!
//! The bytes: the first names the file's block of 128 characters, the one its text uses most
//! (Devanagari U+0900-U+097F for Hindi and Marathi, Bengali U+0980-U+09FF, Tamil U+0B80-U+0BFF,
//! Telugu U+0C00-U+0C7F): the block's first character divided by 128. Then `0x00`-`0x7F`
//! other than `0x01` are themselves (ASCII); `0x80`-`0xFF` are the block's characters in order;
//! `0x01` comes before any other character, which follows in UTF-8.

/// The marker before a character written in UTF-8.
const OTHER: u8 = 0x01;

/// The block (its first character) that `text` uses most outside ASCII; Devanagari for a text
/// with none. Blocks start at multiples of 128 below U+8000, so that the header is one byte.
fn block_of(text: &str) -> u32 {
    let mut counts = [0usize; 0x100];
    for c in text.chars() {
        let code = u32::from(c);
        if (0x80..0x8000).contains(&code) {
            counts[(code >> 7) as usize] += 1;
        }
    }
    let best = (0..counts.len()).max_by_key(|&i| (counts[i], i == 0x12));
    match best {
        Some(i) if counts[i] > 0 => (i as u32) << 7,
        _ => 0x0900,
    }
}

/// Packs `text` (see the module documentation).
pub fn pack(text: &str) -> Vec<u8> {
    let block = block_of(text);
    let mut out = Vec::with_capacity(text.len() + 1);
    out.push((block >> 7) as u8);
    for c in text.chars() {
        let code = u32::from(c);
        if code < 0x80 && code != u32::from(OTHER) {
            out.push(code as u8);
        } else if (block..block + 0x80).contains(&code) {
            out.push(0x80 + (code - block) as u8);
        } else {
            out.push(OTHER);
            out.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes());
        }
    }
    out
}

/// Unpacks what [`pack`] wrote. Bytes it cannot have written become U+FFFD; it never panics.
pub fn unpack(packed: &[u8]) -> String {
    let Some((&header, bytes)) = packed.split_first() else {
        return String::new();
    };
    let block = u32::from(header) << 7;
    let mut out = String::with_capacity(bytes.len() * 2);
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        i += 1;
        if b >= 0x80 {
            out.push(char::from_u32(block + u32::from(b - 0x80)).unwrap_or('\u{fffd}'));
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
            "পায়ে টান ধরেছে? ১১২ নয়, 112। (furosemide)",
            "கால் பிடிப்பு. 108 — தசை",
            "కాలు పట్టేసింది. 112",
            "“quotes” — 40 °C, é, \u{1} and 😀 at the end 😀",
            "\u{0900}\u{097f}\u{0980}\u{08ff}",
            "\u{7fff}\u{8000}\u{ffff}",
        ] {
            assert_eq!(unpack(&pack(text)), text);
        }
    }

    #[test]
    fn each_script_takes_one_byte_a_letter() {
        for (word, block) in [
            ("कमल", 0x0900),
            ("কমল", 0x0980),
            ("கமல", 0x0b80),
            ("కమల", 0x0c00),
        ] {
            let packed = pack(word);
            assert_eq!(packed.len(), 4, "{word}: a header and a byte a letter");
            assert_eq!(u32::from(packed[0]) << 7, block, "{word}: its own block");
        }
        // A character outside the block: a marker and its UTF-8.
        assert_eq!(pack("क°").len(), 1 + 1 + 1 + 2);
        // Bengali sentences end in the Devanagari danda: the Bengali letters still win.
        assert_eq!(u32::from(pack("কমল। কমল।")[0]) << 7, 0x0980);
    }

    #[test]
    fn broken_bytes_give_a_replacement_character_not_a_panic() {
        assert_eq!(unpack(&[]), "");
        assert_eq!(unpack(&[0x12, OTHER]), "\u{fffd}");
        assert!(unpack(&[0x12, OTHER, 0xe2, 0x80]).starts_with('\u{fffd}'));
        assert_eq!(unpack(&[0x12, b'a', OTHER, b'z', 0xc3]), "az\u{0943}");
        assert_eq!(unpack(&[0x12, b'a', OTHER, 0xff, b'b']), "a\u{fffd}b");
    }
}
