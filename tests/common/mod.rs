//! Helpers shared by the native test files.
#![allow(dead_code)]

pub mod fhir;

use serde_json::{json, Map, Value};
use spasm_check::{assess, Answers};

/// A complete set of answers that sets off no rule: every flag `no`, the mildest details,
/// an adult of 18 to 44 with no risk factors, conditions or medicines.
pub fn baseline() -> Map<String, Value> {
    let v = json!({
        "chest_pain": "no", "stroke_signs": "no", "heat_confusion": "no", "dark_urine": "no", "lockjaw": "no",
        "breathing_swallowing": "no", "cold_leg": "no", "back_numb": "no", "stiff_fever": "no",
        "poison": "no",
        "swelling_redness": "no", "cant_move": "no", "severe_pain_weakness": "no",
        "loss_of_feeling": "no", "pins_needles": "no", "tingling_mouth": "no", "twitching": "no",
        "wasting": "no", "fever": "no", "wound": "no", "heat_exhaustion": "no", "fluid_loss": "no",
        "dystonia_after_medicine": "no", "lasting_days": "no", "frequent_interfering": "no",
        "walking_pain": "no", "new_medicine": "no",
        "duration": "seconds", "location": ["calf"], "timing": [], "frequency": "sometimes",
        "age_band": "18_44", "pregnant": "no", "risk_factors": [], "conditions": [],
        "medications": []
    });
    match v {
        Value::Object(map) => map,
        _ => unreachable!(),
    }
}

/// The baseline with `changes` laid over it (a `null` value removes the key: unanswered).
pub fn with(changes: Value) -> Answers {
    let mut map = baseline();
    if let Value::Object(changes) = changes {
        for (k, v) in changes {
            if v.is_null() {
                map.remove(&k);
            } else {
                map.insert(k, v);
            }
        }
    }
    serde_json::from_value(Value::Object(map)).expect("test answers are valid")
}

/// The assessment of `answers` as JSON, the form integrators see.
pub fn assess_json(answers: &Answers) -> Value {
    serde_json::to_value(assess(answers)).expect("assessment serializes")
}

/// The strings of a JSON array field.
pub fn strings(v: &Value, field: &str) -> Vec<String> {
    v[field]
        .as_array()
        .unwrap_or_else(|| panic!("{field} is an array"))
        .iter()
        .map(|x| x.as_str().expect("string").to_owned())
        .collect()
}

/// The ids of the reasons in an assessment.
pub fn reason_ids(v: &Value) -> Vec<String> {
    v["reasons"]
        .as_array()
        .expect("reasons")
        .iter()
        .map(|r| r["id"].as_str().expect("reason id").to_owned())
        .collect()
}
