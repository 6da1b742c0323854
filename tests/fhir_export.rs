//! The FHIR export byte for byte: the Questionnaire and QuestionnaireResponse the page
//! downloads (`serde_json::to_string_pretty`, as the download does) must stay exactly the JSON
//! kept in `tests/fhir-golden/`, written by the export as it was before the FHIR code was
//! restructured. `SC_WRITE_GOLDEN=1 cargo test --test fhir_export` writes them anew, for a
//! deliberate change of the export.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use serde_json::json;
use spasm_check::content::Lang;
use spasm_check::fhir::{questionnaire, response};
use spasm_check::Answers;

const AUTHORED: &str = "2026-12-01T09:30:00+05:30";

/// JSON as the page's download writes it.
fn pretty<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string_pretty(value).expect("the export serializes")
}

/// Each kept export: its file name and its JSON as the page writes it.
fn exports() -> Vec<(&'static str, String)> {
    let full = common::with(json!({
        "cold_leg": "unsure", "fever": "yes", "pregnant": "unsure",
        "location": ["calf", "thigh"], "timing": ["night", "at_rest"],
        "risk_factors": ["heat", "stress"], "medications": ["statin", "diuretic"],
        "age_band": "45_64", "duration": "minutes"
    }));
    let partial: Answers = serde_json::from_value(json!({
        "chest_pain": "no", "stroke_signs": "no", "fever": "unsure",
        "location": [], "conditions": ["kidney_disease"]
    }))
    .unwrap();
    let emergency: Answers =
        serde_json::from_value(json!({"chest_pain": "no", "stroke_signs": "yes"})).unwrap();
    vec![
        ("questionnaire-en.json", pretty(&questionnaire(Lang::En))),
        ("questionnaire-hi.json", pretty(&questionnaire(Lang::Hi))),
        (
            "response-complete-en.json",
            pretty(&response(&full, Lang::En, AUTHORED)),
        ),
        (
            "response-partial-hi.json",
            pretty(&response(&partial, Lang::Hi, AUTHORED)),
        ),
        (
            "response-emergency-en.json",
            pretty(&response(&emergency, Lang::En, AUTHORED)),
        ),
        (
            "response-empty-en.json",
            pretty(&response(&Answers::new(), Lang::En, AUTHORED)),
        ),
    ]
}

#[test]
fn the_export_is_byte_for_byte_the_kept_json() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fhir-golden");
    let write = std::env::var_os("SC_WRITE_GOLDEN").is_some();
    for (name, json) in exports() {
        let path = dir.join(name);
        if write {
            std::fs::write(&path, &json).unwrap();
            continue;
        }
        let kept = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path:?}: {e}"));
        assert!(
            kept == json,
            "{name}: the export changed (first difference at byte {})",
            kept.bytes()
                .zip(json.bytes())
                .take_while(|(a, b)| a == b)
                .count()
        );
    }
}
