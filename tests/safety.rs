//! The hazard log (`safety/hazards.toml`, shown as a table in `SAFETY.md`) kept honest:
//! - every hazard has an id in order, scales in range, at least one mitigation, and every
//!   mitigation at least one test, named the way its runner lists it;
//! - every question id of sections 1 and 2 of the requirements and every pair id of section 5
//!   is in at least one hazard (from the engine, which `tests/content.rs` checks against the
//!   requirements), and a hazard names only ids that exist;
//! - the table in `SAFETY.md` is the log's (`write_safety_table` rewrites it);
//! - last in `bash scripts/test.sh`, every test the log names ran and passed in its runner
//!   (`every_named_test_ran_and_passed`, which reads the lists that script writes; an ignored,
//!   skipped or todo test counts as missing).
//!
//! Each failure names the hazard and what is missing.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use spasm_check::engine::{Section, Q, RULES};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Log {
    hazard: Vec<Hazard>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Hazard {
    id: String,
    hazard: String,
    causes: Vec<String>,
    effect: String,
    severity: u8,
    likelihood_before: u8,
    likelihood_after: u8,
    covers: Vec<String>,
    #[serde(default)]
    mitigation: Vec<Mitigation>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Mitigation {
    what: String,
    refs: Vec<String>,
    tests: Vec<String>,
}

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn log() -> Log {
    let path = root().join("safety/hazards.toml");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    toml::from_str(&text).unwrap_or_else(|e| panic!("safety/hazards.toml: {e}"))
}

/// The risk of a severity and a likelihood (both 1 to 5): the product and its class.
fn risk(severity: u8, likelihood: u8) -> String {
    let r = u16::from(severity) * u16::from(likelihood);
    let class = match r {
        0..=4 => "acceptable",
        5..=9 => "tolerable",
        10..=14 => "undesirable",
        _ => "unacceptable",
    };
    format!("{r} {class}")
}

/// The runners and the form of their test names.
const RUNNERS: [&str; 3] = ["cargo:", "browser::", "e2e:"];

#[test]
fn every_hazard_has_an_id_in_order_a_mitigation_and_a_test() {
    let log = log();
    let mut problems = Vec::new();
    for (i, h) in log.hazard.iter().enumerate() {
        let id = &h.id;
        if *id != format!("H{:02}", i + 1) {
            problems.push(format!("{id}: out of order, expected H{:02}", i + 1));
        }
        for (name, value) in [
            ("severity", h.severity),
            ("likelihood_before", h.likelihood_before),
            ("likelihood_after", h.likelihood_after),
        ] {
            if !(1..=5).contains(&value) {
                problems.push(format!("{id}: {name} {value} is not on the scale 1 to 5"));
            }
        }
        if h.likelihood_after > h.likelihood_before {
            problems.push(format!("{id}: the mitigations make it more likely"));
        }
        if h.hazard.trim().is_empty() || h.effect.trim().is_empty() || h.causes.is_empty() {
            problems.push(format!(
                "{id}: a hazard needs its words, its causes and its effect"
            ));
        }
        if h.mitigation.is_empty() {
            problems.push(format!("{id}: no mitigation"));
        }
        for (m, mitigation) in h.mitigation.iter().enumerate() {
            if mitigation.what.trim().is_empty() {
                problems.push(format!("{id}: mitigation {} says nothing", m + 1));
            }
            if mitigation.tests.is_empty() {
                problems.push(format!("{id}: mitigation {} has no test", m + 1));
            }
            for test in &mitigation.tests {
                let named = RUNNERS
                    .iter()
                    .any(|r| test.strip_prefix(r).is_some_and(|rest| !rest.is_empty()));
                let cargo_ok = test
                    .strip_prefix("cargo:")
                    .is_none_or(|rest| rest.split_once("::").is_some());
                let e2e_ok = test
                    .strip_prefix("e2e:")
                    .is_none_or(|rest| rest.split_once(".mjs:").is_some());
                if !named || !cargo_ok || !e2e_ok {
                    problems.push(format!(
                        "{id}: `{test}` is not named as cargo:<target>::<path>, browser::<fn> or e2e:<file>:<title>"
                    ));
                }
            }
        }
    }
    assert!(
        problems.is_empty(),
        "the hazard log:\n{}",
        problems.join("\n")
    );
}

#[test]
fn every_sign_and_pair_is_in_a_hazard() {
    let log = log();
    let covered: BTreeSet<&str> = log
        .hazard
        .iter()
        .flat_map(|h| h.covers.iter().map(String::as_str))
        .collect();
    let signs = Q::in_section(Section::Emergency).chain(Q::in_section(Section::RedFlags));
    let pairs = RULES.iter().filter(|r| r.is_pair()).map(|r| r.id);
    let wanted: Vec<&str> = signs.map(Q::id).chain(pairs).collect();
    assert!(
        wanted.len() >= 33,
        "the engine's signs and pairs: {wanted:?}"
    );
    let missing: Vec<&&str> = wanted.iter().filter(|id| !covered.contains(**id)).collect();
    assert!(
        missing.is_empty(),
        "in no hazard of safety/hazards.toml: {missing:?}"
    );
    let known: BTreeSet<&str> = Q::ALL
        .iter()
        .map(|q| q.id())
        .chain(RULES.iter().map(|r| r.id))
        .collect();
    for h in &log.hazard {
        for id in &h.covers {
            assert!(
                known.contains(id.as_str()),
                "{}: covers `{id}`, which is no question or rule",
                h.id
            );
        }
    }
}

/// The log as the table in `SAFETY.md`.
fn table(log: &Log) -> String {
    let cell = |s: &str| s.replace('|', "\\|").replace('\n', " ");
    let mut out = String::from(
        "| id | hazard | causes | effect on the person | S | risk before (S x L) | mitigations | verified by | risk after (S x L) |\n\
         | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n",
    );
    for h in &log.hazard {
        let causes: Vec<String> = h.causes.iter().map(|c| format!("- {}", cell(c))).collect();
        let mut mitigations = Vec::new();
        let mut tests = Vec::new();
        for (i, m) in h.mitigation.iter().enumerate() {
            let refs = if m.refs.is_empty() {
                String::new()
            } else {
                format!(" ({})", cell(&m.refs.join("; ")))
            };
            mitigations.push(format!("{}. {}{refs}", i + 1, cell(&m.what)));
            for t in &m.tests {
                tests.push(format!("{}. `{}`", i + 1, cell(t)));
            }
        }
        let covers = if h.covers.is_empty() {
            String::new()
        } else {
            let ids: Vec<String> = h.covers.iter().map(|c| format!("`{c}`")).collect();
            format!("<br>Covers: {}", ids.join(", "))
        };
        let _ = writeln!(
            out,
            "| {} | {}{covers} | {} | {} | {} | {} (L{}) | {} | {} | {} (L{}) |",
            h.id,
            cell(&h.hazard),
            causes.join("<br>"),
            cell(&h.effect),
            h.severity,
            risk(h.severity, h.likelihood_before),
            h.likelihood_before,
            mitigations.join("<br>"),
            tests.join("<br>"),
            risk(h.severity, h.likelihood_after),
            h.likelihood_after,
        );
    }
    out
}

const START: &str = "<!-- hazard-log: the table below is written from safety/hazards.toml by `cargo test --test safety write_safety_table -- --ignored` -->\n";
const END: &str = "<!-- hazard-log: end -->";

fn safety_md() -> (PathBuf, String) {
    let path = root().join("SAFETY.md");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    (path, text)
}

/// The table between the markers of `SAFETY.md`, and where it starts and ends.
fn shown_table(text: &str) -> (usize, usize) {
    let start = text
        .find(START)
        .expect("SAFETY.md has the hazard-log start marker")
        + START.len();
    let end = text[start..]
        .find(END)
        .expect("SAFETY.md has the hazard-log end marker")
        + start;
    (start, end)
}

#[test]
fn safety_md_shows_the_log() {
    let (_, text) = safety_md();
    let (start, end) = shown_table(&text);
    assert!(
        text[start..end] == table(&log()),
        "SAFETY.md's table is not the log's: run `cargo test --test safety write_safety_table -- --ignored`"
    );
}

/// Rewrites the table in `SAFETY.md` from the log.
#[test]
#[ignore = "writes SAFETY.md"]
fn write_safety_table() {
    let (path, text) = safety_md();
    let (start, end) = shown_table(&text);
    let new = format!("{}{}{}", &text[..start], table(&log()), &text[end..]);
    std::fs::write(path, new).expect("SAFETY.md is writable");
}

/// The tests that ran and passed, as the lists of `scripts/test-lists.sh` name them.
fn passed_tests(dir: &Path) -> Result<BTreeSet<String>, String> {
    let mut out = BTreeSet::new();
    for (file, runner) in [
        ("cargo.txt", "cargo"),
        ("browser.txt", "browser"),
        ("e2e.txt", "e2e"),
    ] {
        let path = dir.join(file);
        let text = std::fs::read_to_string(&path).map_err(|e| {
            format!(
                "{}: {e}; the lists are written by `bash scripts/test.sh` ({runner} stage)",
                path.display()
            )
        })?;
        if text.trim().is_empty() {
            return Err(format!("{}: the {runner} list is empty", path.display()));
        }
        out.extend(text.lines().filter(|l| !l.is_empty()).map(str::to_owned));
    }
    Ok(out)
}

#[test]
#[ignore = "needs the runners' lists: `bash scripts/test.sh` runs it last"]
fn every_named_test_ran_and_passed() {
    let dir = std::env::var_os("SC_TEST_LISTS")
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join("target/test-lists"));
    let passed = passed_tests(&dir).unwrap_or_else(|e| panic!("{e}"));
    let mut missing = Vec::new();
    for h in &log().hazard {
        for (i, m) in h.mitigation.iter().enumerate() {
            for test in &m.tests {
                if !passed.contains(test) {
                    missing.push(format!(
                        "{} (mitigation {}): `{test}` did not run and pass (renamed, removed, ignored, skipped or todo?)",
                        h.id,
                        i + 1
                    ));
                }
            }
        }
    }
    assert!(
        missing.is_empty(),
        "the hazard log names tests that are missing from {}:\n{}",
        dir.display(),
        missing.join("\n")
    );
}
