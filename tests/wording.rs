//! Plain-language checks of the words people read (clinical requirements, sections 6a and 6b):
//! - each kind of text is within its language's word limit ([`limits`]): the statements of the
//!   two sign steps and their visible lines, the questions and their short lines on the other
//!   steps, the folded "what counts" texts, the gates, and the reasons in short words that
//!   the shared text uses;
//! - in English, each question or statement read with its visible line, each folded text and
//!   each gate with its line is at most school grade 8 (Flesch-Kincaid);
//! - one word per concept: no text uses a word that its language's glossary
//!   (`src/content/glossary/<lang>.txt`) lists as an alternative to avoid, and every chosen
//!   word is in use.
//!
//! The grade formula counts syllables by the usual vowel-group rule. Medicine names are long
//! words that a reader looks at once and does not have to understand (the hint only lists
//! them as examples), so the names in [`MEDICINE_NAMES`] count as two syllables each.
//!
//! Words are counted the same way in every script: pieces between spaces that hold a letter
//! or a digit. Hindi needs more of them for the same meaning (postpositions and auxiliaries
//! are words of their own), so its limits are higher.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;
use std::path::Path;

use spasm_check::content::{lookup, Lang};
use spasm_check::engine::{Section, Q, RULES};

const MAX_GRADE: f64 = 8.0;

/// The kinds of text a person reads, each with its own word limit.
#[derive(Clone, Copy, Debug)]
enum Part {
    /// A sign on the danger-signs or warning-signs step (`q.<id>`, aim for 16 in English).
    Statement,
    /// The visible line under a sign (`q.<id>.hint`).
    SignLine,
    /// A question on the details or person step (`q.<id>`).
    Question,
    /// The one short visible line under such a question (aim for 12 in English).
    ShortLine,
    /// What counts, folded (`q.<id>.more`).
    More,
    /// A gate before a long checklist (`gate.<id>`).
    Gate,
    /// The visible line under a gate (`gate.<id>.hint`).
    GateLine,
    /// A reason in a few words, for the shared text (`reason.<id>.short`).
    ShortReason,
}

/// The most words a text of `part` may have in `lang`: (English, the Indian languages). Words
/// are counted alike in every script; Hindi spends more of them on postpositions and
/// auxiliaries, and the other Indian languages take its limits.
fn limits(lang: Lang, part: Part) -> usize {
    let (en, hi) = match part {
        Part::Statement => (28, 34),
        Part::SignLine => (30, 38),
        Part::Question => (25, 32),
        Part::ShortLine => (12, 16),
        Part::More => (70, 90),
        Part::Gate => (30, 38),
        Part::GateLine => (35, 44),
        Part::ShortReason => (8, 12),
    };
    match lang {
        Lang::En => en,
        _ => hi,
    }
}

/// Every text a person reads for the questions, with its key and kind.
fn parts() -> Vec<(String, Part)> {
    let mut out = Vec::new();
    for q in Q::ALL {
        let sign = matches!(q.section(), Section::Emergency | Section::RedFlags);
        let id = q.id();
        out.push((
            format!("q.{id}"),
            if sign {
                Part::Statement
            } else {
                Part::Question
            },
        ));
        out.push((
            format!("q.{id}.hint"),
            if sign {
                Part::SignLine
            } else {
                Part::ShortLine
            },
        ));
        out.push((format!("q.{id}.more"), Part::More));
    }
    for q in [Q::Conditions, Q::Medications] {
        out.push((format!("gate.{}", q.id()), Part::Gate));
        out.push((format!("gate.{}.hint", q.id()), Part::GateLine));
    }
    for rule in RULES {
        out.push((format!("reason.{}.short", rule.id), Part::ShortReason));
    }
    out
}

/// Medicine names in hints: counted as two-syllable words by the grade formula.
const MEDICINE_NAMES: &[&str] = &[
    "metoclopramide",
    "prochlorperazine",
    "haloperidol",
    "risperidone",
    "olanzapine",
    "tramadol",
    "parathyroid",
];

/// The words of a text: pieces between spaces that hold a letter or a digit.
fn words(text: &str) -> Vec<&str> {
    text.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .collect()
}

/// Sentences end with `.`, `?` or `!` before a space or the end (so 100.4 is one number).
fn sentences(text: &str) -> usize {
    let chars: Vec<char> = text.chars().collect();
    let ends = chars
        .iter()
        .enumerate()
        .filter(|(i, c)| {
            matches!(c, '.' | '?' | '!')
                && chars
                    .get(i + 1)
                    .is_none_or(|n| n.is_whitespace() || matches!(n, '”' | '"' | ')'))
        })
        .count();
    ends.max(1)
}

/// Syllables of an English word by vowel groups, with a silent final `e` and the endings
/// `-es` and `-ed` not counted. A number counts as one.
fn syllables(word: &str) -> usize {
    let w: String = word
        .chars()
        .filter(char::is_ascii_alphabetic)
        .collect::<String>()
        .to_ascii_lowercase();
    if w.is_empty() {
        return 1;
    }
    if MEDICINE_NAMES.contains(&w.as_str()) {
        return 2;
    }
    if w.len() <= 3 {
        return 1;
    }
    let mut stem = w.as_str();
    for ending in ["es", "ed"] {
        if let Some(s) = stem.strip_suffix(ending) {
            // "passes", "wanted": the ending is a syllable after s, x, z, t or d.
            if !s.ends_with(['s', 'x', 'z', 't', 'd', 'c', 'g']) {
                stem = s;
            }
            break;
        }
    }
    if stem.ends_with('e') && !stem.ends_with("le") && stem.len() > 2 {
        stem = &stem[..stem.len() - 1];
    }
    let mut count = 0;
    let mut in_vowel = false;
    for c in stem.chars() {
        let vowel = matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y');
        if vowel && !in_vowel {
            count += 1;
        }
        in_vowel = vowel;
    }
    count.max(1)
}

/// The Flesch-Kincaid grade of an English text.
fn grade(text: &str) -> f64 {
    let w = words(text);
    let syl: usize = w.iter().map(|w| syllables(w)).sum();
    0.39 * (w.len() as f64 / sentences(text) as f64) + 11.8 * (syl as f64 / w.len() as f64) - 15.59
}

fn text(lang: Lang, key: &str) -> &'static str {
    lookup(lang, key).unwrap_or_else(|| panic!("{}: no {key}", lang.tag()))
}

#[test]
fn every_text_is_within_its_languages_limit() {
    let mut too_long = Vec::new();
    for &lang in Lang::ALL {
        for (key, part) in parts() {
            // Visible lines and folded parts are optional (the content test keeps every
            // language's keys the same as English's).
            let Some(words_of) = lookup(lang, &key).map(|t| words(t).len()) else {
                continue;
            };
            let max = limits(lang, part);
            if words_of > max {
                too_long.push(format!(
                    "{}: {key} has {words_of} words (at most {max} for a {part:?})",
                    lang.tag()
                ));
            }
        }
    }
    assert!(too_long.is_empty(), "{}", too_long.join("\n"));
}

#[test]
fn the_signs_are_short_on_average() {
    // 6b: aim for at most 16 words a statement in English; a few need more to stay as wide
    // as their row, but the list as a whole stays short.
    let signs: Vec<usize> = Q::ALL
        .iter()
        .filter(|q| matches!(q.section(), Section::Emergency | Section::RedFlags))
        .map(|q| words(text(Lang::En, &format!("q.{}", q.id()))).len())
        .collect();
    let mean = signs.iter().sum::<usize>() as f64 / signs.len() as f64;
    assert!(mean <= 18.0, "{mean:.1} words a statement on average");
}

#[test]
fn each_english_text_reads_at_grade_8_or_below() {
    let mut hard = Vec::new();
    let optional = |key: String| lookup(Lang::En, &key).unwrap_or("");
    let mut texts: Vec<(String, String)> = Vec::new();
    for q in Q::ALL {
        let id = q.id();
        texts.push((
            id.to_owned(),
            format!(
                "{} {}",
                text(Lang::En, &format!("q.{id}")),
                optional(format!("q.{id}.hint"))
            ),
        ));
        let more = optional(format!("q.{id}.more"));
        if !more.is_empty() {
            texts.push((format!("{id}.more"), more.to_owned()));
        }
    }
    for q in [Q::Conditions, Q::Medications] {
        let id = q.id();
        texts.push((
            format!("gate.{id}"),
            format!(
                "{} {}",
                text(Lang::En, &format!("gate.{id}")),
                text(Lang::En, &format!("gate.{id}.hint"))
            ),
        ));
    }
    for (name, t) in texts {
        let g = grade(&t);
        println!("{g:>5.1}  {name}");
        if g > MAX_GRADE {
            hard.push(format!("{name}: grade {g:.1}"));
        }
    }
    assert!(hard.is_empty(), "above grade {MAX_GRADE}: {hard:?}");
}

#[test]
fn the_grade_formula_tells_plain_from_hard_text() {
    // The check can fail: a plain sentence passes and a dense one does not.
    assert!(grade("Do you have a fever? Feeling hot and shivery counts.") < 6.0);
    assert!(
        grade(
            "Do you experience intermittent involuntary contractions accompanied by \
             paraesthesia, particularly following administration of antipsychotic medication?"
        ) > 12.0
    );
    assert_eq!(syllables("cramp"), 1);
    assert_eq!(syllables("muscle"), 2);
    assert_eq!(syllables("medicine"), 3);
    assert_eq!(syllables("haloperidol"), 2, "a medicine name counts as two");
    assert_eq!(
        sentences("A fever is 38 °C (100.4 °F) or more. It counts."),
        2
    );
}

/// One concept of a glossary: the chosen word, the words to avoid, and the phrases that
/// hold an avoided word but mean something else.
struct Concept {
    id: String,
    chosen: String,
    avoid: Vec<String>,
    except: Vec<String>,
}

fn glossary(lang: Lang) -> Vec<Concept> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("src/content/glossary")
        .join(format!("{}.txt", lang.tag()));
    let source = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path:?}: {e}"));
    let split = |s: &str| -> Vec<String> { s.split(" | ").map(|w| w.trim().to_owned()).collect() };
    let mut concepts: Vec<Concept> = Vec::new();
    let mut excepts = Vec::new();
    for (n, line) in spasm_check::content::parse(&source) {
        if let Some(id) = n.strip_prefix("except.") {
            excepts.push((id.to_owned(), split(line)));
        } else {
            let mut all = split(line);
            let chosen = all.remove(0);
            concepts.push(Concept {
                id: n.to_owned(),
                chosen,
                avoid: all,
                except: Vec::new(),
            });
        }
    }
    for (id, phrases) in excepts {
        let concept = concepts
            .iter_mut()
            .find(|c| c.id == id)
            .unwrap_or_else(|| panic!("{}: except.{id} has no concept", lang.tag()));
        concept.except = phrases;
    }
    concepts
}

/// Letters, digits and Devanagari marks; the danda (।, ॥) ends a sentence, not a word.
fn is_word_char(c: char) -> bool {
    // The Indian scripts' signs (nukta, virama, vowel signs) are parts of words too; the danda
    // (also used by Bengali) ends a sentence.
    c.is_alphanumeric() || (('\u{0900}'..='\u{0DFF}').contains(&c) && !matches!(c, '।' | '॥'))
}

/// Whether `phrase` occurs in `text` as whole words (case does not matter).
fn has_phrase(text: &str, phrase: &str) -> bool {
    let text = text.to_lowercase();
    let phrase = phrase.to_lowercase();
    text.match_indices(&phrase).any(|(i, m)| {
        let before = text[..i].chars().next_back();
        let after = text[i + m.len()..].chars().next();
        !before.is_some_and(is_word_char) && !after.is_some_and(is_word_char)
    })
}

fn checked_texts(lang: Lang) -> impl Iterator<Item = (&'static str, &'static str)> {
    // Source titles are publication names, quoted as published.
    lang.texts()
        .iter()
        .copied()
        .filter(|(k, _)| !k.starts_with("source."))
}

#[test]
fn every_language_has_a_glossary_with_the_same_concepts() {
    let ids = |lang| {
        glossary(lang)
            .into_iter()
            .map(|c| c.id)
            .collect::<BTreeSet<_>>()
    };
    let english = ids(Lang::En);
    assert!(english.len() >= 10, "the glossary names the main concepts");
    for &lang in Lang::ALL {
        assert_eq!(ids(lang), english, "{}: glossary concepts", lang.tag());
        for c in glossary(lang) {
            assert!(
                !c.avoid.is_empty(),
                "{}: {} lists nothing to avoid",
                lang.tag(),
                c.id
            );
        }
    }
}

#[test]
fn one_word_per_concept_in_every_language() {
    let mut found = Vec::new();
    for &lang in Lang::ALL {
        for concept in glossary(lang) {
            let mut used = false;
            for (key, text) in checked_texts(lang) {
                let mut text = text.to_lowercase();
                for phrase in &concept.except {
                    text = text.replace(&phrase.to_lowercase(), " ");
                }
                used |= has_phrase(&text, &concept.chosen);
                for word in &concept.avoid {
                    if has_phrase(&text, word) {
                        found.push(format!(
                            "{}: {key} says \"{word}\"; the glossary's word for {} is \"{}\"",
                            lang.tag(),
                            concept.id,
                            concept.chosen
                        ));
                    }
                }
            }
            assert!(
                used,
                "{}: no text uses \"{}\" ({})",
                lang.tag(),
                concept.chosen,
                concept.id
            );
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn the_glossary_check_finds_whole_words_only() {
    assert!(has_phrase("A spasm in the calf.", "spasm"));
    assert!(has_phrase("Stomach pain", "stomach"));
    assert!(!has_phrase("Spasms", "spasm"), "spasms is its own entry");
    assert!(!has_phrase("sooner", "soon"));
    assert!(has_phrase("पेट में दर्द", "पेट"));
    assert!(
        !has_phrase("पेटी", "पेट"),
        "a longer Hindi word is not a match"
    );
    assert!(has_phrase("दर्द है।", "है"), "a danda ends the word");
}
