//! The words shown to people, kept apart from the rules.
//!
//! Each language is one plain-text data file beside this one (`en.txt`, `hi.txt`): a
//! `key = text` line per text, `#` for comments, UTF-8, no escapes (a text is one line).
//! `build.rs` packs it (see [`packing`]). Native builds include the packed bytes; the app
//! downloads the packed file of the language in use (`spasm-check-lang-<tag>.bin`, written
//! into the built site by the prerenderer) and reads it into a table on first use. Keys:
//! - `q.<question>`: a question, or on the two sign steps a short statement of the sign;
//! - `q.<question>.hint`: the visible line under it (optional; decisive instructions);
//! - `q.<question>.more`: what counts and what does not, folded under "What counts?"
//!   (required on the two sign steps, optional elsewhere);
//! - `gate.<checklist>` and `gate.<checklist>.hint`: the yes/no question before a long
//!   checklist (`conditions`, `medications`) and its visible line;
//! - `opt.<question>.<option>`: an option of a single or checklist question;
//! - `reason.<rule id>`: why a rule changed the advice;
//! - `reason.<rule id>.short`: the same in a few words, for the shared text (a plain statement
//!   of what was found, never an answer);
//! - `sign.<emergency sign>`: the sign as a statement, for the list on every result;
//! - `wait.<emergency sign>` (and `wait.unsure`): what to do while waiting for help;
//! - `tip.<tip>` and `tip.<tip>.<note>`: advice, and the notes that show only for some people;
//! - `level.<level>` and `level.<level>.todo`: the result's title and what to do now;
//! - `section.<section>` and `section.<section>.intro`: step headings;
//! - `ui.<name>`: everything else on the page (buttons, progress, disclaimer, ...).
//!
//! The page reads these keys through the accessors of [`keys`] (`question(lang, q)`,
//! `option(lang, q, option)`, ...); `ui.*` keys are written out where they are used, as string
//! literals (the content tests find them there).
//!
//! Placeholders in braces (`{n}`, `{numbers}`) are filled in with [`fill`].

pub mod keys;
pub mod packing;

pub use keys::{
    answer, gate, gate_hint, hint, level, level_todo, more, note, number, option, question,
    question_in_full, reason, reason_short, section, section_intro, sign, source, tip, wait,
    wait_unsure,
};

use std::cmp::Ordering;
use std::sync::OnceLock;

/// Declares the languages: one line each (variant, file, tag, own name). Adding a language
/// is its data file plus one line here.
macro_rules! languages {
    ($($variant:ident, $file:literal, $tag:literal, $name:literal;)+) => {

        /// A language the widget speaks.
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
        pub enum Lang {
            /// English, the default and the fallback.
            #[default]
            $($variant,)+
        }

        impl Lang {
            /// Every language, in the order the language switch lists them.
            pub const ALL: &'static [Lang] = &[$(Lang::$variant),+];

            /// The BCP 47 tag, for the `lang` attribute.
            pub fn tag(self) -> &'static str {
                match self {
                    $(Lang::$variant => $tag,)+
                }
            }

            /// The language's own name, for the switch.
            pub fn name(self) -> &'static str {
                match self {
                    $(Lang::$variant => $name,)+
                }
            }

            /// The language's data file in the packed form `build.rs` writes (see
            /// [`packing`]), as built into native builds (the tests, the prerenderer).
            #[cfg(not(target_arch = "wasm32"))]
            pub fn packed(self) -> &'static [u8] {
                match self {
                    $(Lang::$variant => include_bytes!(
                        concat!(env!("OUT_DIR"), "/", $file, ".packed")
                    ),)+
                }
            }

            /// The language's data file (`key = text` lines and `#` comments). Native builds
            /// have every language built in; the app gets the one in use at run time
            /// ([`Lang::load`]), so that a page in one language does not download the others.
            /// Empty while not loaded.
            pub fn source(self) -> &'static str {
                #[cfg(not(target_arch = "wasm32"))]
                self.load(self.packed());
                SOURCES[self as usize].get().map_or("", String::as_str)
            }

            /// Adds the language's packed data file (see [`packing`]); a language is loaded
            /// once, later calls change nothing.
            pub fn load(self, packed: &[u8]) {
                SOURCES[self as usize].get_or_init(|| packing::unpack(packed));
            }

            /// Whether the language's words are here ([`Lang::load`]).
            pub fn is_loaded(self) -> bool {
                #[cfg(not(target_arch = "wasm32"))]
                self.load(self.packed());
                SOURCES[self as usize].get().is_some()
            }

            /// The language's table of texts, read from its data file on first use and sorted
            /// by key, so that a lookup is a binary search (empty while the language is not
            /// loaded).
            pub fn texts(self) -> &'static [(&'static str, &'static str)] {
                static TABLES: [OnceLock<Vec<(&str, &str)>>; Lang::ALL.len()] =
                    [const { OnceLock::new() }; Lang::ALL.len()];
                if !self.is_loaded() {
                    return &[];
                }
                TABLES[self as usize].get_or_init(|| sorted(parse(self.source())))
            }

            /// The name of the language's data file among the built site's files.
            pub fn file_name(self) -> String {
                format!("spasm-check-lang-{}.bin", self.tag())
            }

            /// The language for a tag such as `hi-IN` or `en`, if the widget speaks it.
            pub fn from_tag(tag: &str) -> Option<Lang> {
                let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
                Lang::ALL.iter().copied().find(|l| l.tag() == primary)
            }
        }
    };
}

languages! {
    En, "en.txt", "en", "English";
    Hi, "hi.txt", "hi", "हिन्दी";
}

/// Each language's data file, unpacked, once it is loaded.
static SOURCES: [OnceLock<String>; Lang::ALL.len()] = [const { OnceLock::new() }; Lang::ALL.len()];

/// The first language the widget speaks among, in order: the host's choice (the `lang`
/// attribute when embedded), the page's `<html lang>`, then the browser's languages;
/// English when none fits.
pub fn pick_lang<'a>(
    host: Option<&'a str>,
    page: Option<&'a str>,
    browser: impl IntoIterator<Item = &'a str>,
) -> Lang {
    host.into_iter()
        .chain(page)
        .chain(browser)
        .find_map(Lang::from_tag)
        .unwrap_or_default()
}

/// The text for `key` in `lang`, falling back to English. A missing key gives an
/// empty string (the content tests make sure none is missing).
pub fn text(lang: Lang, key: &str) -> &'static str {
    words(lang, &[key])
}

/// The text for `key`, if `lang` has it.
pub fn lookup(lang: Lang, key: &str) -> Option<&'static str> {
    find(lang, &[key])
}

/// The text for the key made of `parts` in `lang`, falling back to English, else empty.
fn words(lang: Lang, parts: &[&str]) -> &'static str {
    find(lang, parts)
        .or_else(|| find(Lang::En, parts))
        .unwrap_or("")
}

/// The text for the key made of `parts` (joined as they are), if `lang` has it: a binary
/// search of the sorted table that compares the parts in place, so no key is built.
fn find(lang: Lang, parts: &[&str]) -> Option<&'static str> {
    let table = lang.texts();
    let i = table
        .binary_search_by(|(key, _)| compare(key, parts))
        .ok()?;
    Some(table[i].1)
}

/// How `key` orders against the key made of `parts`, as `str`s order.
fn compare(key: &str, parts: &[&str]) -> Ordering {
    let mut rest = key.as_bytes();
    for part in parts.iter().map(|p| p.as_bytes()) {
        let n = rest.len().min(part.len());
        match rest[..n].cmp(&part[..n]) {
            Ordering::Equal if n < part.len() => return Ordering::Less,
            Ordering::Equal => rest = &rest[n..],
            unequal => return unequal,
        }
    }
    if rest.is_empty() {
        Ordering::Equal
    } else {
        Ordering::Greater
    }
}

/// The `key = text` lines of a data file, in order; blank lines and `#` comments are
/// skipped. A line without ` = ` is left out (the content tests fail on one).
pub fn parse(source: &str) -> Vec<(&str, &str)> {
    source
        .lines()
        .filter(|line| !line.trim().is_empty() && !line.starts_with('#'))
        .filter_map(|line| line.split_once(" = "))
        .collect()
}

/// `table` sorted by key. An insertion sort: a few hundred entries sorted once, on first use,
/// take well under a millisecond, and the standard library's sort would add about 3 KB to the
/// wasm.
fn sorted<'a>(mut table: Vec<(&'a str, &'a str)>) -> Vec<(&'a str, &'a str)> {
    for i in 1..table.len() {
        let mut j = i;
        while j > 0 && table[j - 1].0 > table[j].0 {
            table.swap(j - 1, j);
            j -= 1;
        }
    }
    table
}

/// Replaces each `{name}` in `template` with its value.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let after = &rest[start + 1..];
        match after.find('}') {
            Some(end) => {
                let name = &after[..end];
                match values.iter().find(|(k, _)| *k == name) {
                    Some((_, v)) => out.push_str(v),
                    None => out.push_str(&rest[start..start + end + 2]),
                }
                rest = &after[end + 1..];
            }
            None => {
                out.push_str(&rest[start..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_in_parts_order_as_the_whole_keys_do() {
        let keys = ["q.a", "q.a.hint", "q.ab", "q.b", "ui.x"];
        for key in keys {
            for other in keys {
                let (head, tail) = other.split_at(2);
                assert_eq!(compare(key, &[head, tail]), key.cmp(other), "{key} {other}");
            }
        }
        let shuffled = vec![("b", "2"), ("c", "3"), ("a", "1"), ("b.x", "4")];
        let keys: Vec<_> = sorted(shuffled).into_iter().map(|(k, _)| k).collect();
        assert_eq!(keys, ["a", "b", "b.x", "c"]);
    }

    #[test]
    fn fill_replaces_known_placeholders_only() {
        assert_eq!(
            fill("Step {n} of {total}", &[("n", "2"), ("total", "5")]),
            "Step 2 of 5"
        );
        assert_eq!(fill("{x} stays", &[]), "{x} stays");
        assert_eq!(fill("open { brace", &[]), "open { brace");
    }

    #[test]
    fn the_host_then_the_page_then_the_browser_choose_the_language() {
        assert_eq!(pick_lang(Some("hi"), Some("en"), ["en"]), Lang::Hi);
        assert_eq!(pick_lang(Some("fr"), Some("hi-IN"), ["en"]), Lang::Hi);
        assert_eq!(pick_lang(None, Some(""), ["ta-IN", "hi", "en"]), Lang::Hi);
        assert_eq!(pick_lang(None, None, ["ta"]), Lang::En);
    }

    #[test]
    fn language_tags_match_by_primary_subtag() {
        assert_eq!(Lang::from_tag("en-IN"), Some(Lang::En));
        assert_eq!(Lang::from_tag("hi"), Some(Lang::Hi));
        assert_eq!(Lang::from_tag("HI-in"), Some(Lang::Hi));
        assert_eq!(Lang::from_tag("xx"), None);
    }
}
