//! The JSON contract with integrators: what `Answers` accepts and refuses, and the shape of
//! a serialized `Assessment`.
#![cfg(not(target_arch = "wasm32"))]

use serde_json::{json, Value};
use spasm_check::{assess, Answers};

fn parse(v: Value) -> Result<Answers, String> {
    serde_json::from_value(v).map_err(|e| e.to_string())
}

#[test]
fn the_example_from_the_requirements_parses() {
    let a = parse(json!({
        "chest_pain": "no", "dark_urine": "unsure",
        "risk_factors": ["heat", "dehydration"], "age_band": "45_64"
    }))
    .unwrap();
    let result = serde_json::to_value(assess(&a)).unwrap();
    assert_eq!(result["level"], "doctor_today");
    assert_eq!(result["complete"], false);
}

#[test]
fn refusals_name_what_is_wrong() {
    let cases = [
        (json!({"cramp_colour": "no"}), "cramp_colour"),
        (json!({"chest_pain": null}), "chest_pain"),
        (json!({"chest_pain": "maybe"}), "maybe"),
        (json!({"chest_pain": ["yes"]}), "chest_pain"),
        (json!({"chest_pain": true}), "chest_pain"),
        (json!({"location": "calf"}), "location"),
        (json!({"location": ["calf", "elbow"]}), "elbow"),
        (json!({"location": ["calf", 3]}), "location"),
        (json!({"location": ["calf", "calf"]}), "calf"),
        (json!({"duration": ["seconds"]}), "duration"),
        (json!({"duration": "hours"}), "hours"),
        (json!({"age_band": 30}), "age_band"),
        (json!({"medications": {"statin": true}}), "medications"),
    ];
    for (input, named) in cases {
        let err = parse(input.clone()).expect_err(&format!("{input} must be refused"));
        assert!(
            err.contains(named),
            "error for {input} should name {named}: {err}"
        );
    }
    assert!(parse(json!(["chest_pain"])).is_err());
    assert!(serde_json::from_str::<Answers>(r#"{"fever": "no", "fever": "yes"}"#).is_err());
}

#[test]
fn an_empty_checklist_is_an_answer_and_a_missing_key_is_not() {
    let a = parse(json!({"timing": []})).unwrap();
    let result = serde_json::to_value(assess(&a)).unwrap();
    let missing: Vec<&str> = result["missing"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert!(!missing.contains(&"timing"));
    assert!(missing.contains(&"location"));
}

#[test]
fn an_assessment_serializes_with_the_documented_fields() {
    let a = parse(json!({"fever": "yes", "timing": ["night"]})).unwrap();
    let result = serde_json::to_value(assess(&a)).unwrap();
    for field in [
        "level",
        "reasons",
        "tips",
        "complete",
        "missing",
        "content_version",
    ] {
        assert!(result.get(field).is_some(), "missing field {field}");
    }
    let reason = &result["reasons"][0];
    assert_eq!(reason["id"], "fever");
    assert_eq!(reason["level"], "doctor_today");
    assert!(!reason["source"].as_str().unwrap().is_empty());
    assert!(result["tips"]
        .as_array()
        .unwrap()
        .iter()
        .all(Value::is_string));
}
