//! Plain-language checks of the words people read (clinical requirements, section 6a):
//! - every question is at most 25 words and every hint at most 45, in every language;
//! - in English, each question read with its hint is at most school grade 8 (Flesch-Kincaid);
//! - one word per concept: no text uses a word that its language's glossary
//!   (`src/content/glossary/<lang>.txt`) lists as an alternative to avoid, and every chosen
//!   word is in use.
//!
//! The grade formula counts syllables by the usual vowel-group rule. Medicine names are long
//! words that a reader looks at once and does not have to understand (the hint only lists
//! them as examples), so the names in [`MEDICINE_NAMES`] count as two syllables each.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;
use std::path::Path;

use spasm_check::content::{lookup, Lang};
use spasm_check::engine::Q;

const MAX_QUESTION_WORDS: usize = 25;
const MAX_HINT_WORDS: usize = 45;
const MAX_GRADE: f64 = 8.0;

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
fn questions_and_hints_are_short_in_every_language() {
    let mut too_long = Vec::new();
    for &lang in Lang::ALL {
        for q in Q::ALL {
            for (key, max) in [
                (format!("q.{}", q.id()), MAX_QUESTION_WORDS),
                (format!("q.{}.hint", q.id()), MAX_HINT_WORDS),
            ] {
                let n = words(text(lang, &key)).len();
                if n > max {
                    too_long.push(format!(
                        "{}: {key} has {n} words (at most {max})",
                        lang.tag()
                    ));
                }
            }
        }
    }
    assert!(too_long.is_empty(), "{}", too_long.join("\n"));
}

#[test]
fn each_english_question_with_its_hint_reads_at_grade_8_or_below() {
    let mut hard = Vec::new();
    for q in Q::ALL {
        let both = format!(
            "{} {}",
            text(Lang::En, &format!("q.{}", q.id())),
            text(Lang::En, &format!("q.{}.hint", q.id()))
        );
        let g = grade(&both);
        println!("{:>5.1}  {}", g, q.id());
        if g > MAX_GRADE {
            hard.push(format!("{}: grade {g:.1}", q.id()));
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
    c.is_alphanumeric() || (('\u{0900}'..='\u{097F}').contains(&c) && !matches!(c, '।' | '॥'))
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
