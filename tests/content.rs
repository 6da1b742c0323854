//! Content checks: every id of the clinical requirements exists in the engine and has words
//! in the content, and no content item is unreferenced.
//!
//! The requirements are read from `../shared/clinical-requirements.md` when it is there (the
//! source of truth), else from the copy in `docs/`.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;
use std::path::Path;

use spasm_check::content::{lookup, Lang};
use spasm_check::engine::{Kind, Level, Section, Source, Tip, TipNote, Q, RULES};

fn requirements() -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let shared = root.join("../shared/clinical-requirements.md");
    let path = if shared.exists() {
        shared
    } else {
        root.join("docs/clinical-requirements.md")
    };
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The requirements split by `## ` heading: (heading, body).
fn sections(md: &str) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for line in md.lines() {
        if let Some(h) = line.strip_prefix("## ") {
            out.push((h.to_owned(), String::new()));
        } else if let Some((_, body)) = out.last_mut() {
            body.push_str(line);
            body.push('\n');
        }
    }
    out
}

fn section<'a>(all: &'a [(String, String)], starts: &str) -> &'a str {
    &all.iter()
        .find(|(h, _)| h.starts_with(starts))
        .unwrap_or_else(|| panic!("no section {starts}"))
        .1
}

/// Table rows of a section: the cells of each `| ... |` line below the header.
fn rows(body: &str) -> Vec<Vec<String>> {
    body.lines()
        .filter(|l| l.starts_with('|') && !l.starts_with("| ---") && !l.starts_with("|---"))
        .skip(1)
        .map(|l| {
            l.trim_matches('|')
                .split(" | ")
                .map(|c| c.trim().to_owned())
                .collect()
        })
        .collect()
}

/// Every `backticked` id in a cell.
fn ticked(cell: &str) -> Vec<String> {
    cell.split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_owned)
        .collect()
}

fn first_ids(body: &str) -> Vec<String> {
    rows(body).iter().map(|r| ticked(&r[0]).remove(0)).collect()
}

#[test]
fn every_question_of_the_requirements_is_in_the_engine_in_order() {
    let md = requirements();
    let all = sections(&md);
    let mut ids = Vec::new();
    for s in ["1.", "2.", "3.", "4."] {
        ids.extend(first_ids(section(&all, s)));
    }
    let engine: Vec<String> = Q::ALL.iter().map(|q| q.id().to_owned()).collect();
    assert_eq!(ids, engine);
}

#[test]
fn every_option_of_the_requirements_is_in_the_engine() {
    let md = requirements();
    let all = sections(&md);
    for s in ["3.", "4."] {
        for row in rows(section(&all, s)) {
            let q = Q::from_id(&ticked(&row[0])[0]).unwrap();
            let options: Vec<String> = ticked(&row[2]);
            match q.kind() {
                Kind::Flag => assert_eq!(options, ["yes", "no", "unsure"], "{}", q.id()),
                kind => assert_eq!(options, kind.options(), "options of {}", q.id()),
            }
        }
    }
}

#[test]
fn every_pair_tip_and_level_of_the_requirements_is_in_the_engine() {
    let md = requirements();
    let all = sections(&md);
    let pairs = first_ids(section(&all, "5."));
    let engine_pairs: Vec<String> = RULES
        .iter()
        .filter(|r| r.is_pair())
        .map(|r| r.id.to_owned())
        .collect();
    assert_eq!(pairs, engine_pairs);
    let tips = first_ids(section(&all, "6."));
    let engine_tips: Vec<String> = Tip::ALL.iter().map(|t| t.id().to_owned()).collect();
    assert_eq!(tips, engine_tips);
    let levels = first_ids(section(&all, "Outcome levels"));
    let engine_levels: Vec<String> = Level::ALL.iter().map(|l| l.id().to_owned()).collect();
    assert_eq!(levels, engine_levels);
}

#[test]
fn red_flag_levels_match_the_requirements() {
    let md = requirements();
    let all = sections(&md);
    for row in rows(section(&all, "2.")) {
        let id = ticked(&row[0]).remove(0);
        let level = ticked(&row[2]).remove(0);
        let rule = spasm_check::engine::rule(&id).unwrap_or_else(|| panic!("no rule {id}"));
        assert_eq!(rule.level.id(), level, "level of {id}");
    }
}

#[test]
fn every_rule_has_a_row_in_the_table_tests() {
    let table = include_str!("rules_table.rs");
    for rule in RULES {
        let name = rule.id.replace(':', "_");
        assert!(
            table.contains(&format!("\n    {name}: {{")),
            "rules_table.rs has no row named {name}"
        );
    }
}

/// Every key the content must have, derived from the engine and the page's source.
fn expected_keys() -> BTreeSet<String> {
    let mut keys = BTreeSet::new();
    for q in Q::ALL {
        keys.insert(format!("q.{}", q.id()));
        // Optional: a visible line, and elsewhere than the sign steps a folded part; where
        // English has one, every language has it.
        for part in ["hint", "more"] {
            let key = format!("q.{}.{part}", q.id());
            if lookup(Lang::En, &key).is_some() {
                keys.insert(key);
            }
        }
        // Every sign on the two sign steps has its "what counts" folded under it (6b).
        if matches!(q.section(), Section::Emergency | Section::RedFlags) {
            keys.insert(format!("q.{}.more", q.id()));
        }
        for o in q.kind().options() {
            keys.insert(format!("opt.{}.{o}", q.id()));
        }
        if q.section() == Section::Emergency {
            keys.insert(format!("sign.{}", q.id()));
            keys.insert(format!("wait.{}", q.id()));
        }
    }
    keys.insert("wait.unsure".into());
    // The gates before the two long checklists (6b).
    for q in [Q::Conditions, Q::Medications] {
        keys.insert(format!("gate.{}", q.id()));
        keys.insert(format!("gate.{}.hint", q.id()));
    }
    for r in RULES {
        keys.insert(format!("reason.{}", r.id));
        // The reason in a few words, for the shared text.
        keys.insert(format!("reason.{}.short", r.id));
    }
    for t in Tip::ALL {
        keys.insert(format!("tip.{}", t.id()));
    }
    for s in Source::ALL {
        keys.insert(format!("source.{}", s.id()));
    }
    for n in TipNote::ALL {
        keys.insert(format!("tip.{}.{}", n.tip().id(), n.id()));
    }
    for l in Level::ALL {
        keys.insert(format!("level.{}", l.id()));
        keys.insert(format!("level.{}.todo", l.id()));
    }
    for s in Section::ALL {
        keys.insert(format!("section.{}", s.id()));
        keys.insert(format!("section.{}.intro", s.id()));
    }
    for a in ["yes", "no", "unsure"] {
        keys.insert(format!("ui.answer.{a}"));
    }
    for n in ["112", "108"] {
        keys.insert(format!("ui.number.{n}"));
    }
    keys.extend(ui_keys_in_source());
    keys
}

/// Every `"ui.…"` string literal in `src/`.
fn ui_keys_in_source() -> BTreeSet<String> {
    let mut keys = BTreeSet::new();
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut dirs = vec![src];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                if path.file_name().is_some_and(|n| n != "content") {
                    dirs.push(path);
                }
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                for piece in text.split("\"ui.").skip(1) {
                    let key: String = piece
                        .chars()
                        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '.')
                        .collect();
                    if piece[key.len()..].starts_with('"') {
                        keys.insert(format!("ui.{key}"));
                    }
                }
            }
        }
    }
    keys
}

#[test]
fn the_app_reads_each_data_file_exactly_as_written() {
    for &lang in Lang::ALL {
        let file = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("src/content")
            .join(format!("{}.txt", lang.tag()));
        let written = std::fs::read_to_string(&file).expect("the language file");
        assert!(
            lang.source() == written,
            "{}: packed and unpacked differently",
            file.display()
        );
    }
}

#[test]
fn every_line_of_every_data_file_is_a_comment_or_a_key_and_its_text() {
    for &lang in Lang::ALL {
        let file = format!("src/content/{}.txt", lang.tag());
        let mut entries = 0;
        for (n, line) in lang.source().lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            entries += 1;
            let (key, text) = line
                .split_once(" = ")
                .unwrap_or_else(|| panic!("{file}:{}: not `key = text`: {line}", n + 1));
            assert!(
                !key.is_empty() && !key.contains(char::is_whitespace),
                "{file}:{}: the key {key:?} is empty or has spaces",
                n + 1
            );
            assert!(
                text == text.trim() && !text.contains('\\'),
                "{file}:{}: the text has spaces at an end or a backslash (no escapes)",
                n + 1
            );
        }
        // Nothing is dropped between the file and the table the page reads.
        assert_eq!(lang.texts().len(), entries, "{file}");
    }
}

#[test]
fn every_language_has_every_key_and_no_other() {
    let expected = expected_keys();
    for &lang in Lang::ALL {
        let mut seen = BTreeSet::new();
        for (key, text) in lang.texts() {
            assert!(
                seen.insert(key.to_string()),
                "{}: {key} is listed twice",
                lang.tag()
            );
            assert!(!text.trim().is_empty(), "{}: {key} is empty", lang.tag());
        }
        let missing: Vec<_> = expected.difference(&seen).collect();
        let unreferenced: Vec<_> = seen.difference(&expected).collect();
        assert!(missing.is_empty(), "{} lacks {missing:?}", lang.tag());
        assert!(
            unreferenced.is_empty(),
            "{} has unreferenced {unreferenced:?}",
            lang.tag()
        );
    }
}

#[test]
fn placeholders_are_only_the_ones_the_page_fills() {
    let allowed = [
        "{numbers}",
        "{number}",
        "{n}",
        "{total}",
        "{level}",
        "{source}",
        "{version}",
        "{date}",
        "{when}",
    ];
    for &lang in Lang::ALL {
        for (key, text) in lang.texts() {
            let mut rest = *text;
            while let Some(start) = rest.find('{') {
                let end = rest[start..]
                    .find('}')
                    .map(|e| start + e + 1)
                    .unwrap_or(rest.len());
                let placeholder = &rest[start..end];
                assert!(
                    allowed.contains(&placeholder),
                    "{}: {key} has {placeholder}",
                    lang.tag()
                );
                rest = &rest[end..];
            }
        }
    }
    assert!(lookup(Lang::En, "level.emergency.todo")
        .unwrap()
        .contains("{numbers}"));
}

#[test]
fn every_source_is_cited_by_a_rule_or_tip_or_is_the_articles_own_reference() {
    let article_refs = [Source::MedlinePlus, Source::OrthoInfo, Source::BetterHealth];
    for s in Source::ALL {
        let cited = RULES.iter().any(|r| r.sources.contains(s))
            || Tip::ALL.iter().any(|t| t.sources().contains(s));
        assert!(
            cited || article_refs.contains(s),
            "source {} is never cited",
            s.id()
        );
    }
}

#[test]
fn the_content_never_recommends_naproxen_or_quinine() {
    for key in [
        "tip.pain_relief_after",
        "tip.stretch_massage",
        "tip.heat_cold",
    ] {
        let text = lookup(Lang::En, key).unwrap().to_lowercase();
        assert!(!text.contains("naproxen"), "{key} mentions naproxen");
    }
    let quinine = lookup(Lang::En, "tip.no_quinine").unwrap().to_lowercase();
    assert!(quinine.contains("quinine") && quinine.contains("tonic"));
}

fn placeholders(text: &str) -> Vec<&str> {
    let mut out: Vec<&str> = text
        .match_indices('{')
        .filter_map(|(i, _)| text[i..].find('}').map(|e| &text[i..=i + e]))
        .collect();
    out.sort_unstable();
    out
}

/// The script each Indian language is written in, and its Unicode block.
fn script(lang: Lang) -> (&'static str, std::ops::RangeInclusive<char>) {
    match lang.tag() {
        "hi" | "mr" => ("Devanagari", '\u{0900}'..='\u{097F}'),
        "bn" => ("Bengali script", '\u{0980}'..='\u{09FF}'),
        "ta" => ("Tamil script", '\u{0B80}'..='\u{0BFF}'),
        "te" => ("Telugu script", '\u{0C00}'..='\u{0C7F}'),
        "en" => ("Latin script", 'A'..='z'),
        other => panic!("{other}: say which script the language is written in"),
    }
}

#[test]
fn every_translation_keeps_the_placeholders_and_is_translated() {
    for &lang in Lang::ALL.iter().filter(|l| **l != Lang::En) {
        for (key, text) in lang.texts() {
            let english = lookup(Lang::En, key).unwrap_or_else(|| panic!("{key} not in English"));
            assert_eq!(
                placeholders(text),
                placeholders(english),
                "{}: {key} changes the placeholders",
                lang.tag()
            );
            assert_ne!(text, &english, "{}: {key} is not translated", lang.tag());
            let (script, block) = script(lang);
            assert!(
                text.chars().any(|c| block.contains(&c)),
                "{}: {key} has no {script}: {text}",
                lang.tag()
            );
        }
    }
}

/// Two texts on one screen must not disagree (the statin case): the pair's reason says not to
/// take the next statin dose until a doctor has advised, while the medicine tip, shown beside
/// it, says not to stop a prescribed medicine on one's own. The tip defers to the result above
/// it; the translations were back-translated and read with that in place.
#[test]
fn the_medicine_tip_defers_to_the_result() {
    let tip = lookup(Lang::En, "tip.medicine_review").expect("the medicine tip");
    assert!(
        tip.starts_with("Apart from what your result above says"),
        "tip.medicine_review must defer to the result: {tip}"
    );
    let reason = lookup(Lang::En, "reason.pair_statin").expect("the statin pair's reason");
    assert!(reason.contains("Do not take the next statin dose until a doctor has advised you"));
    for &lang in Lang::ALL {
        let tip = lookup(lang, "tip.medicine_review").unwrap_or_default();
        let reason = lookup(lang, "reason.pair_statin").unwrap_or_default();
        assert!(
            !tip.is_empty() && !reason.is_empty(),
            "{}: the tip and the reason",
            lang.tag()
        );
    }
}
