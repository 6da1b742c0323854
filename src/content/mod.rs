//! The words shown to people, kept apart from the rules.
//!
//! Each language is one data file: a table of `(key, text)`. Keys:
//! - `q.<question>` and `q.<question>.hint`: a question and what counts;
//! - `opt.<question>.<option>`: an option of a single or checklist question;
//! - `reason.<rule id>`: why a rule changed the advice;
//! - `sign.<emergency sign>`: the sign as a statement, for the list on every result;
//! - `wait.<emergency sign>` (and `wait.unsure`): what to do while waiting for help;
//! - `tip.<tip>` and `tip.hydrate.<note>`: advice;
//! - `level.<level>` and `level.<level>.todo`: the result's title and what to do now;
//! - `section.<section>` and `section.<section>.intro`: step headings;
//! - `ui.<name>`: everything else on the page (buttons, progress, disclaimer, ...).
//!
//! Placeholders in braces (`{n}`, `{numbers}`) are filled in with [`fill`].

mod en;

/// A language the widget speaks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    /// English.
    #[default]
    En,
}

impl Lang {
    /// Every language, in the order the language switch lists them.
    pub const ALL: &'static [Lang] = &[Lang::En];

    /// The BCP 47 tag, for the `lang` attribute.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
        }
    }

    /// The language's own name, for the switch.
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
        }
    }

    /// The language's table of texts.
    pub fn texts(self) -> &'static [(&'static str, &'static str)] {
        match self {
            Lang::En => en::TEXTS,
        }
    }

    /// The language for a tag such as `hi-IN` or `en`, if the widget speaks it.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::ALL.iter().copied().find(|l| l.tag() == primary)
    }
}

/// The text for `key` in `lang`, falling back to English. A missing key gives an
/// empty string (the content tests make sure none is missing).
pub fn text(lang: Lang, key: &str) -> &'static str {
    lookup(lang, key)
        .or_else(|| lookup(Lang::En, key))
        .unwrap_or("")
}

/// The text for `key`, if `lang` has it.
pub fn lookup(lang: Lang, key: &str) -> Option<&'static str> {
    lang.texts()
        .iter()
        .find(|(k, _)| *k == key)
        .map(|(_, v)| *v)
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
    fn fill_replaces_known_placeholders_only() {
        assert_eq!(
            fill("Step {n} of {total}", &[("n", "2"), ("total", "5")]),
            "Step 2 of 5"
        );
        assert_eq!(fill("{x} stays", &[]), "{x} stays");
        assert_eq!(fill("open { brace", &[]), "open { brace");
    }

    #[test]
    fn language_tags_match_by_primary_subtag() {
        assert_eq!(Lang::from_tag("en-IN"), Some(Lang::En));
        assert_eq!(Lang::from_tag("xx"), None);
    }
}
