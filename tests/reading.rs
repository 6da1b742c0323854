//! The reading test (see `tests/reading/README.md`): short stories of people with cramps,
//! answered by independent readers who saw only the page's words in one language. This file
//! runs every kept answer sheet through the engine and checks that
//! - each story's intended level is what the engine gives for the story's true answers;
//! - the figures in the README are the ones the kept answers give;
//! - the last round meets the target in every language: at least 95% of stories at the
//!   intended level, none below it, and no ordinary cramp above `pharmacist`;
//! - the last round's readers read exactly the words the page shows now (change a question and
//!   the test fails until fresh readers have read it).
//!
//! Two tools live here too, run by hand for a new round (see the README):
//! `SC_READING_ROUND=<dir> cargo test --test reading write_page_text -- --ignored` writes the
//! page's words for the readers, and `... convert_reader_answers -- --ignored` turns their
//! sheets (question numbers and option letters) into answers keyed by question id.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use serde_json::{Map, Value};
use spasm_check::content::{lookup, text, Lang};
use spasm_check::engine::{Kind, Level, Section, Q};
use spasm_check::{assess, Answers};

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/reading")
}

fn read_json(path: &Path) -> Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path:?}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path:?}: {e}"))
}

fn level(id: &str) -> Level {
    *Level::ALL
        .iter()
        .find(|l| l.id() == id)
        .unwrap_or_else(|| panic!("no level {id}"))
}

struct Story {
    id: String,
    ordinary: bool,
    intended: Level,
    gold: Answers,
}

fn stories() -> Vec<Story> {
    let all = read_json(&dir().join("stories.json"));
    all.as_array()
        .expect("stories.json is a list")
        .iter()
        .map(|s| {
            let id = s["id"].as_str().expect("id").to_owned();
            let gold = serde_json::from_value(s["gold"].clone())
                .unwrap_or_else(|e| panic!("{id}: gold answers: {e}"));
            Story {
                ordinary: s["kind"] == "ordinary",
                intended: level(s["intended"].as_str().expect("intended")),
                gold,
                id,
            }
        })
        .collect()
}

#[test]
fn the_stories_are_many_mostly_ordinary_and_their_intended_level_is_the_engines() {
    let stories = stories();
    assert!(stories.len() >= 40, "{} stories", stories.len());
    let ordinary = stories.iter().filter(|s| s.ordinary).count();
    assert!(ordinary * 2 >= stories.len(), "{ordinary} ordinary");
    for s in &stories {
        let result = assess(&s.gold);
        assert!(
            result.complete,
            "{}: the true answers answer every question",
            s.id
        );
        assert_eq!(result.level, s.intended, "{}: intended level", s.id);
        if s.ordinary {
            assert!(
                s.intended <= Level::Pharmacist,
                "{}: an ordinary cramp",
                s.id
            );
        }
    }
    for l in Level::ALL {
        assert!(
            stories.iter().any(|s| s.intended == l),
            "no story for {}",
            l.id()
        );
    }
}

/// One reader's answers, run through the engine.
struct Sheet {
    lang: String,
    reader: String,
    levels: BTreeMap<String, Level>,
}

/// The rounds, in order, with their answer sheets (`<lang>-<reader>.json`).
fn rounds() -> Vec<(String, Vec<Sheet>)> {
    let mut rounds: Vec<PathBuf> = std::fs::read_dir(dir())
        .expect("tests/reading")
        .map(|e| e.unwrap().path())
        .filter(|p| {
            p.is_dir()
                && p.file_name()
                    .unwrap()
                    .to_string_lossy()
                    .starts_with("round-")
        })
        .collect();
    rounds.sort_by_key(|p| round_number(p));
    rounds
        .into_iter()
        .map(|round| {
            let mut sheets = Vec::new();
            let mut files: Vec<PathBuf> = std::fs::read_dir(&round)
                .unwrap()
                .map(|e| e.unwrap().path())
                .collect();
            files.sort();
            for file in files {
                let name = file.file_name().unwrap().to_string_lossy().into_owned();
                let Some(stem) = name.strip_suffix(".json") else {
                    continue;
                };
                if stem.starts_with("raw-") || stem.starts_with("opened-") {
                    continue;
                }
                let (lang, reader) = stem.split_once('-').expect("<lang>-<reader>.json");
                let answers = read_json(&file);
                let mut levels = BTreeMap::new();
                for (story, a) in answers.as_object().expect("story id to answers") {
                    let a: Answers = serde_json::from_value(a.clone())
                        .unwrap_or_else(|e| panic!("{name} {story}: {e}"));
                    levels.insert(story.clone(), assess(&a).level);
                }
                sheets.push(Sheet {
                    lang: lang.to_owned(),
                    reader: reader.to_owned(),
                    levels,
                });
            }
            (
                round.file_name().unwrap().to_string_lossy().into_owned(),
                sheets,
            )
        })
        .collect()
}

fn round_number(p: &Path) -> u32 {
    p.file_name()
        .unwrap()
        .to_string_lossy()
        .trim_start_matches("round-")
        .parse()
        .expect("round-<n>")
}

/// The figures of one round in one language, over every (story, reader) answer.
#[derive(Debug, PartialEq)]
struct Figures {
    answers: usize,
    at_intended: usize,
    below: usize,
    ordinary_above_pharmacist: usize,
}

impl Figures {
    fn percent(&self) -> f64 {
        100.0 * self.at_intended as f64 / self.answers as f64
    }

    fn row(&self, round: &str, lang: &str, readers: usize) -> String {
        format!(
            "| {round} | {lang} | {readers} | {} | {} ({:.0}%) | {} | {} |",
            self.answers,
            self.at_intended,
            self.percent(),
            self.below,
            self.ordinary_above_pharmacist
        )
    }
}

fn figures(stories: &[Story], sheets: &[&Sheet]) -> Figures {
    let mut f = Figures {
        answers: 0,
        at_intended: 0,
        below: 0,
        ordinary_above_pharmacist: 0,
    };
    for sheet in sheets {
        for (story, got) in &sheet.levels {
            let s = stories
                .iter()
                .find(|s| &s.id == story)
                .unwrap_or_else(|| panic!("{}: no story {story}", sheet.reader));
            f.answers += 1;
            f.at_intended += usize::from(*got == s.intended);
            f.below += usize::from(*got < s.intended);
            f.ordinary_above_pharmacist += usize::from(s.ordinary && *got > Level::Pharmacist);
        }
    }
    f
}

/// Per round and language: the number of sheets and the figures.
fn tally() -> Vec<(String, String, usize, Figures)> {
    let stories = stories();
    let mut out = Vec::new();
    for (round, sheets) in rounds() {
        let mut langs: Vec<&str> = sheets.iter().map(|s| s.lang.as_str()).collect();
        langs.sort_unstable();
        langs.dedup();
        for lang in langs {
            let these: Vec<&Sheet> = sheets.iter().filter(|s| s.lang == lang).collect();
            // Each story a round gave out was read by at least two readers.
            for s in &stories {
                let readers = these
                    .iter()
                    .filter(|sh| sh.levels.contains_key(&s.id))
                    .count();
                assert!(readers != 1, "{round} {lang}: {} has one reader", s.id);
            }
            out.push((
                round.clone(),
                lang.to_owned(),
                these.len(),
                figures(&stories, &these),
            ));
        }
    }
    out
}

#[test]
fn the_readme_figures_are_the_kept_answers_figures() {
    let readme = std::fs::read_to_string(dir().join("README.md")).expect("README");
    let rows = tally();
    assert!(!rows.is_empty(), "no rounds kept");
    let mut stale = Vec::new();
    for (round, lang, readers, f) in &rows {
        let row = f.row(round, lang, *readers);
        println!("{row}");
        if !readme.contains(&row) {
            stale.push(row);
        }
    }
    assert!(
        stale.is_empty(),
        "README lacks these rows (or has other figures):\n{}",
        stale.join("\n")
    );
}

#[test]
fn the_last_round_meets_the_target_in_every_language() {
    let rows = tally();
    let last = rows.last().expect("a round").0.clone();
    let (_, sheets) = rounds().pop().expect("a round");
    for s in stories() {
        for &l in Lang::ALL {
            let readers = sheets
                .iter()
                .filter(|sh| sh.lang == l.tag() && sh.levels.contains_key(&s.id))
                .count();
            assert!(
                readers >= 2,
                "{last} {}: {} has {readers} readers",
                l.tag(),
                s.id
            );
        }
    }
    let mut langs = Vec::new();
    for (round, lang, _, f) in rows.iter().filter(|r| r.0 == last) {
        assert!(
            f.percent() >= 95.0,
            "{round} {lang}: {:.1}% at the intended level",
            f.percent()
        );
        assert_eq!(
            f.below, 0,
            "{round} {lang}: answers below the intended level"
        );
        assert_eq!(
            f.ordinary_above_pharmacist, 0,
            "{round} {lang}: ordinary cramps above pharmacist"
        );
        langs.push(lang.clone());
    }
    for &l in Lang::ALL {
        assert!(
            langs.iter().any(|x| x == l.tag()),
            "{last} has no {} readers",
            l.tag()
        );
    }
}

#[test]
fn the_last_round_read_the_words_the_page_shows_now() {
    let (last, _) = rounds().pop().expect("a round");
    for &lang in Lang::ALL {
        for (file, now) in [
            (format!("page-{}.txt", lang.tag()), page_text(lang)),
            (format!("folds-{}.txt", lang.tag()), folds_text(lang)),
        ] {
            let path = dir().join(&last).join(file);
            let kept = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path:?}: {e}"));
            assert!(
                kept == now,
                "{}: the words changed since {last} was read; run a new round (tests/reading/README.md)",
                lang.tag()
            );
        }
    }
}

#[test]
fn the_last_round_kept_what_each_reader_opened() {
    let (last, sheets) = rounds().pop().expect("a round");
    for sheet in &sheets {
        let lang = Lang::from_tag(&sheet.lang).expect("a language");
        let name = format!("opened-{}-{}.json", sheet.lang, sheet.reader);
        let opened = read_json(&dir().join(&last).join(&name));
        let folds = folds_text(lang);
        for (story, numbers) in opened.as_object().expect("story id to question numbers") {
            assert!(
                sheet.levels.contains_key(story),
                "{last}/{name}: {story} was not given"
            );
            for n in numbers.as_array().expect("question numbers") {
                let n = n.as_u64().expect("a question number");
                assert!(
                    folds.lines().any(|l| l.starts_with(&format!("{n}. "))),
                    "{last}/{name}: {story} opened {n}, which has no fold"
                );
            }
        }
    }
}

/// Letters for options: a, b, c, ...; `z` is "none of these".
fn letter(i: usize) -> char {
    char::from(b'a' + i as u8)
}

/// The answers a question offers, as (answer id, words).
fn choices(lang: Lang, q: Q) -> Vec<(&'static str, &'static str)> {
    match q.kind() {
        Kind::Flag => ["yes", "no", "unsure"]
            .into_iter()
            .map(|a| (a, text(lang, &format!("ui.answer.{a}"))))
            .collect(),
        Kind::Single(options) | Kind::Checklist(options) => options
            .iter()
            .map(|o| (*o, text(lang, &format!("opt.{}.{o}", q.id()))))
            .collect(),
    }
}

/// The gates before the two long checklists, as the readers' sheets name them.
const GATES: [(Q, &str); 2] = [(Q::Conditions, "G1"), (Q::Medications, "G2")];

/// The optional text of `key` (a visible line or a folded part), or `""`.
fn optional(lang: Lang, key: &str) -> &'static str {
    lookup(lang, key).unwrap_or("")
}

/// The page's words for the readers, as a person meets them (section 6b): each step's heading
/// and intro, each question or sign with its visible line and its answers, numbered in the
/// order the page asks them, and where a sign has one, the closed fold ("What counts?") by
/// number: its words are in [`folds_text`], read only when the reader opens it. A gate stands
/// before its checklist, which shows only after Yes or Not sure. The one-tap "No to the rest"
/// button ends each sign step.
fn page_text(lang: Lang) -> String {
    let mut out = String::new();
    writeln!(
        out,
        "{}\n{}\n",
        text(lang, "ui.title"),
        text(lang, "ui.intro")
    )
    .unwrap();
    let mut n = 0;
    for (i, section) in Section::ALL.into_iter().enumerate() {
        let step = spasm_check::content::fill(
            text(lang, "ui.progress"),
            // As the page counts: the sections, then the result.
            &[
                ("n", &(i + 1).to_string()),
                ("total", &(Section::ALL.len() + 1).to_string()),
            ],
        );
        writeln!(
            out,
            "== {step}: {}\n{}\n",
            text(lang, &format!("section.{}", section.id())),
            text(lang, &format!("section.{}.intro", section.id()))
        )
        .unwrap();
        let signs = Q::in_section(section)
            .filter(|q| q.kind() == Kind::Flag)
            .count();
        for q in Q::in_section(section) {
            n += 1;
            if let Some((_, gate)) = GATES.iter().find(|(g, _)| *g == q) {
                writeln!(out, "{gate}. {}", text(lang, &format!("gate.{}", q.id()))).unwrap();
                writeln!(out, "   {}", text(lang, &format!("gate.{}.hint", q.id()))).unwrap();
                for (i, a) in ["yes", "no", "unsure"].into_iter().enumerate() {
                    writeln!(
                        out,
                        "   ({}) {}",
                        letter(i),
                        text(lang, &format!("ui.answer.{a}"))
                    )
                    .unwrap();
                }
                writeln!(
                    out,
                    "   [shown only after {} or {}:]\n",
                    text(lang, "ui.answer.yes"),
                    text(lang, "ui.answer.unsure")
                )
                .unwrap();
            }
            writeln!(out, "{n}. {}", text(lang, &format!("q.{}", q.id()))).unwrap();
            let hint = optional(lang, &format!("q.{}.hint", q.id()));
            if !hint.is_empty() {
                writeln!(out, "   {hint}").unwrap();
            }
            let (open, close) = match q.kind() {
                Kind::Checklist(_) => ('[', ']'),
                _ => ('(', ')'),
            };
            for (i, (_, words)) in choices(lang, q).into_iter().enumerate() {
                writeln!(out, "   {open}{}{close} {words}", letter(i)).unwrap();
            }
            if matches!(q.kind(), Kind::Checklist(_)) {
                writeln!(out, "   [z] {}", text(lang, "ui.none")).unwrap();
            }
            if !optional(lang, &format!("q.{}.more", q.id())).is_empty() {
                writeln!(out, "   ▸ {} [fold {n}: closed]", text(lang, "ui.more")).unwrap();
            }
            out.push('\n');
        }
        if matches!(section, Section::Emergency | Section::RedFlags) {
            let button =
                spasm_check::content::fill(text(lang, "ui.rest_no"), &[("n", &signs.to_string())]);
            writeln!(out, "[{button}]\n").unwrap();
        }
    }
    out
}

/// The folded parts, by question number: what a reader sees on opening "What counts?".
fn folds_text(lang: Lang) -> String {
    let mut out = String::new();
    for (i, q) in Q::ALL.iter().enumerate() {
        let more = optional(lang, &format!("q.{}.more", q.id()));
        if !more.is_empty() {
            writeln!(out, "{}. {more}", i + 1).unwrap();
        }
    }
    out
}

fn round_dir() -> PathBuf {
    PathBuf::from(
        std::env::var("SC_READING_ROUND").expect("set SC_READING_ROUND to the round's folder"),
    )
}

/// Writes `page-<lang>.txt` and `folds-<lang>.txt` for each language into `$SC_READING_ROUND`.
#[test]
#[ignore = "a tool for a new round of the reading test"]
fn write_page_text() {
    let round = round_dir();
    std::fs::create_dir_all(&round).unwrap();
    for &lang in Lang::ALL {
        std::fs::write(
            round.join(format!("page-{}.txt", lang.tag())),
            page_text(lang),
        )
        .unwrap();
        std::fs::write(
            round.join(format!("folds-{}.txt", lang.tag())),
            folds_text(lang),
        )
        .unwrap();
    }
}

/// Turns each `raw-<lang>-<reader>.json` in `$SC_READING_ROUND` (story id to question number
/// to letter, or list of letters, `z` for none) into `<lang>-<reader>.json` (story id to
/// answers keyed by question id, the engine's JSON).
#[test]
#[ignore = "a tool for a new round of the reading test"]
fn convert_reader_answers() {
    let round = round_dir();
    for entry in std::fs::read_dir(&round).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let Some(stem) = name
            .strip_prefix("raw-")
            .and_then(|n| n.strip_suffix(".json"))
        else {
            continue;
        };
        let lang = Lang::from_tag(stem.split('-').next().unwrap()).expect("a language");
        let raw = read_json(&path);
        let mut out = Map::new();
        for (story, sheet) in raw.as_object().expect("story id to sheet") {
            out.insert(
                story.clone(),
                Value::Object(convert_sheet(lang, story, sheet)),
            );
        }
        let json = serde_json::to_string_pretty(&Value::Object(out)).unwrap() + "\n";
        std::fs::write(round.join(format!("{stem}.json")), json).unwrap();
    }
}

fn convert_sheet(lang: Lang, story: &str, sheet: &Value) -> Map<String, Value> {
    let mut answers = Map::new();
    for (i, q) in Q::ALL.iter().enumerate() {
        // Behind a gate, No is "none of these" and the list is not shown.
        if let Some((_, gate)) = GATES.iter().find(|(g, _)| g == q) {
            let said = sheet[*gate]
                .as_str()
                .unwrap_or_else(|| panic!("{story}: no {gate}"));
            if said == "b" {
                answers.insert(q.id().to_owned(), Value::Array(Vec::new()));
                continue;
            }
        }
        let given = &sheet[(i + 1).to_string()];
        let pick = |v: &Value| -> &'static str {
            let l = v
                .as_str()
                .and_then(|s| s.chars().next())
                .unwrap_or_else(|| panic!("{story} question {}: {v}", i + 1));
            choices(lang, *q)
                .get(usize::from(l as u8 - b'a'))
                .unwrap_or_else(|| panic!("{story} question {}: no option {l}", i + 1))
                .0
        };
        let value = match q.kind() {
            Kind::Checklist(_) => {
                let list: Vec<&Value> = match given {
                    Value::Array(list) => list.iter().collect(),
                    one => vec![one],
                };
                Value::from(
                    list.into_iter()
                        .filter(|v| v.as_str() != Some("z"))
                        .map(pick)
                        .collect::<Vec<_>>(),
                )
            }
            _ => Value::from(pick(given)),
        };
        answers.insert(q.id().to_owned(), value);
    }
    // It must be a complete, valid set of answers.
    let parsed: Answers = serde_json::from_value(Value::Object(answers.clone()))
        .unwrap_or_else(|e| panic!("{story}: {e}"));
    assert!(assess(&parsed).complete, "{story}: every question answered");
    answers
}

/// Prints, for `$SC_READING_ROUND`, each answer sheet's stories that missed the intended level:
/// the level reached, and the reasons that differ from the story's true answers (`+` extra,
/// `-` missing), so that the words behind each miss can be found.
#[test]
#[ignore = "a tool for a new round of the reading test"]
fn analyse_round() {
    let round = round_dir();
    let stories = stories();
    let mut files: Vec<PathBuf> = std::fs::read_dir(&round)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            let n = p.file_name().unwrap().to_string_lossy();
            n.ends_with(".json") && !n.starts_with("raw-") && !n.starts_with("opened-")
        })
        .collect();
    files.sort();
    for file in files {
        let sheet = read_json(&file);
        let name = file.file_name().unwrap().to_string_lossy().into_owned();
        for (story, answers) in sheet.as_object().unwrap() {
            let s = stories.iter().find(|s| &s.id == story).unwrap();
            let a: Answers = serde_json::from_value(answers.clone()).unwrap();
            let got = assess(&a);
            if got.level == s.intended {
                continue;
            }
            let gold = assess(&s.gold);
            let ids = |r: &spasm_check::Assessment| -> Vec<&str> {
                r.reasons.iter().map(|r| r.id).collect()
            };
            let (mine, true_ids) = (ids(&got), ids(&gold));
            let extra: Vec<_> = mine.iter().filter(|i| !true_ids.contains(i)).collect();
            let missing: Vec<_> = true_ids.iter().filter(|i| !mine.contains(i)).collect();
            println!(
                "{name} {story} {}: got {} want {} | +{extra:?} -{missing:?}",
                if s.ordinary { "ordinary" } else { "flag" },
                got.level.id(),
                s.intended.id()
            );
        }
    }
}
