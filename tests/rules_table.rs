//! Table-driven tests: one row per rule and per pair of `clinical-requirements.md`, plus the
//! `unsure` handling, the pain-relief caution and the tip conditions. Each row lays its
//! answers over a complete, harmless baseline and checks the level, the reasons that must
//! appear, and tips that must (+) and must not (-) show. Test names are the rule ids.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{assess_json, reason_ids, strings, with};
use serde_json::json;

macro_rules! rows {
    ($(
        $name:ident: $answers:tt => $level:literal,
            reasons [$($reason:literal),*]
            tips + [$($tip:literal),*] - [$($not:literal),*];
    )+) => {$(
        #[test]
        fn $name() {
            let result = assess_json(&with(json!($answers)));
            assert_eq!(result["level"], $level, "level for {}", stringify!($name));
            let reasons = reason_ids(&result);
            $(assert!(reasons.contains(&$reason.to_string()),
                "{}: reason {} missing from {:?}", stringify!($name), $reason, reasons);)*
            let tips = strings(&result, "tips");
            $(assert!(tips.contains(&$tip.to_string()),
                "{}: tip {} missing from {:?}", stringify!($name), $tip, tips);)*
            $(assert!(!tips.contains(&$not.to_string()),
                "{}: tip {} should not show in {:?}", stringify!($name), $not, tips);)*
            // Rows with empty lists check only the level.
            let _ = (&reasons, &tips);
        }
    )+};
}

rows! {
    // Baseline.
    baseline_is_self_care: {} => "self_care", reasons []
        tips + ["stretch_massage", "heat_cold", "pain_relief_after", "no_quinine"]
             - ["pain_relief_ask_first", "prescription_relaxants", "rest_raise_leg", "hydrate"];

    // 1. Emergency signs: yes gives emergency and no tips.
    chest_pain: {"chest_pain": "yes"} => "emergency", reasons ["chest_pain"] tips + [] - ["no_quinine", "stretch_massage"];
    stroke_signs: {"stroke_signs": "yes"} => "emergency", reasons ["stroke_signs"] tips + [] - ["no_quinine"];
    heat_confusion: {"heat_confusion": "yes"} => "emergency", reasons ["heat_confusion"] tips + [] - ["cool_down", "no_quinine"];
    dark_urine: {"dark_urine": "yes"} => "emergency", reasons ["dark_urine"] tips + [] - ["no_quinine"];
    lockjaw: {"lockjaw": "yes"} => "emergency", reasons ["lockjaw"] tips + [] - ["no_quinine"];
    breathing_swallowing: {"breathing_swallowing": "yes"} => "emergency", reasons ["breathing_swallowing"] tips + [] - ["no_quinine"];
    cold_leg: {"cold_leg": "yes"} => "emergency", reasons ["cold_leg"] tips + [] - ["no_quinine"];
    back_numb: {"back_numb": "yes"} => "emergency", reasons ["back_numb"] tips + [] - ["no_quinine"];
    stiff_fever: {"stiff_fever": "yes"} => "emergency", reasons ["stiff_fever"] tips + [] - ["no_quinine"];
    poison: {"poison": "yes"} => "emergency", reasons ["poison"] tips + [] - ["no_quinine"];
    emergency_lists_every_rule_that_fired: {"poison": "yes", "fever": "yes", "medications": ["statin"]}
        => "emergency", reasons ["poison", "fever", "medications:statin"] tips + [] - ["no_quinine"];

    // Unsure on an emergency sign.
    chest_pain_unsure: {"chest_pain": "unsure"} => "emergency", reasons ["chest_pain"] tips + [] - ["no_quinine"];
    stroke_signs_unsure: {"stroke_signs": "unsure"} => "emergency", reasons ["stroke_signs"] tips + [] - ["no_quinine"];
    breathing_swallowing_unsure: {"breathing_swallowing": "unsure"} => "emergency", reasons ["breathing_swallowing"] tips + [] - [];
    heat_confusion_unsure: {"heat_confusion": "unsure"} => "doctor_today", reasons ["heat_confusion"]
        tips + ["cool_down", "pain_relief_ask_first", "prescription_relaxants", "stretch_massage"] - ["heat_cold", "pain_relief_after"];
    dark_urine_unsure: {"dark_urine": "unsure"} => "doctor_today", reasons ["dark_urine"] tips + ["pain_relief_ask_first"] - ["pain_relief_after"];
    lockjaw_unsure: {"lockjaw": "unsure"} => "doctor_today", reasons ["lockjaw"] tips + ["pain_relief_ask_first"] - [];
    cold_leg_unsure: {"cold_leg": "unsure"} => "doctor_today", reasons ["cold_leg"] tips + ["pain_relief_ask_first"] - ["stretch_massage", "heat_cold"];
    back_numb_unsure: {"back_numb": "unsure"} => "doctor_today", reasons ["back_numb"] tips + ["pain_relief_ask_first"] - ["stretch_massage", "heat_cold"];
    stiff_fever_unsure: {"stiff_fever": "unsure"} => "doctor_today", reasons ["stiff_fever"] tips + ["pain_relief_ask_first"] - [];
    poison_unsure: {"poison": "unsure"} => "doctor_today", reasons ["poison"] tips + ["pain_relief_ask_first"] - [];

    // 2. Red flags.
    swelling_redness: {"swelling_redness": "yes"} => "doctor_today", reasons ["swelling_redness"]
        tips + ["rest_raise_leg", "prescription_relaxants"] - ["stretch_massage", "heat_cold"];
    swelling_redness_unsure: {"swelling_redness": "unsure"} => "doctor_today", reasons ["swelling_redness"]
        tips + ["rest_raise_leg"] - ["stretch_massage", "heat_cold"];
    cant_move: {"cant_move": "yes"} => "doctor_today", reasons ["cant_move"] tips + ["prescription_relaxants"] - [];
    severe_pain_weakness: {"severe_pain_weakness": "yes"} => "doctor_today", reasons ["severe_pain_weakness"] tips + [] - [];
    loss_of_feeling: {"loss_of_feeling": "yes"} => "doctor_today", reasons ["loss_of_feeling"] tips + ["stretch_massage"] - ["heat_cold"];
    pins_needles: {"pins_needles": "yes"} => "doctor_soon", reasons ["pins_needles"] tips + ["prescription_relaxants"] - ["heat_cold"];
    pins_needles_unsure: {"pins_needles": "unsure"} => "doctor_soon", reasons ["pins_needles"] tips + [] - ["heat_cold"];
    tingling_mouth: {"tingling_mouth": "yes"} => "doctor_today", reasons ["tingling_mouth"] tips + [] - [];
    twitching: {"twitching": "yes"} => "doctor_today", reasons ["twitching"] tips + [] - [];
    wasting: {"wasting": "yes"} => "doctor_soon", reasons ["wasting"] tips + [] - [];
    fever: {"fever": "yes"} => "doctor_today", reasons ["fever"] tips + ["pain_relief_ask_first"] - ["pain_relief_after"];
    fever_unsure: {"fever": "unsure"} => "doctor_today", reasons ["fever"] tips + ["pain_relief_ask_first"] - [];
    wound: {"wound": "yes"} => "doctor_today", reasons ["wound"] tips + [] - [];
    heat_exhaustion: {"heat_exhaustion": "yes"} => "doctor_today", reasons ["heat_exhaustion"]
        tips + ["cool_down", "hydrate"] - ["heat_cold"];
    fluid_loss: {"fluid_loss": "yes"} => "doctor_today", reasons ["fluid_loss"] tips + ["hydrate", "pain_relief_ask_first"] - [];
    dystonia_after_medicine: {"dystonia_after_medicine": "yes"} => "doctor_today", reasons ["dystonia_after_medicine"] tips + ["medicine_review"] - [];
    lasting_days: {"lasting_days": "yes"} => "doctor_soon", reasons ["lasting_days"] tips + ["prescription_relaxants"] - [];
    frequent_interfering: {"frequent_interfering": "yes"} => "doctor_soon", reasons ["frequent_interfering"] tips + [] - [];
    walking_pain: {"walking_pain": "yes"} => "doctor_soon", reasons ["walking_pain"] tips + [] - [];
    new_medicine: {"new_medicine": "yes"} => "doctor_soon", reasons ["new_medicine"] tips + ["medicine_review"] - [];
    new_medicine_unsure: {"new_medicine": "unsure"} => "doctor_soon", reasons ["new_medicine"] tips + ["medicine_review"] - [];

    // 3. Details of the spasms.
    duration_over_10_min: {"duration": "over_10_min"} => "doctor_today", reasons ["duration:over_10_min"] tips + [] - [];
    duration_minutes: {"duration": "minutes"} => "self_care", reasons [] tips + [] - [];
    // A long spasm only in the back and/or neck is the neck_back_care tip, not doctor_today.
    duration_over_10_min_back_only: {"duration": "over_10_min", "location": ["back"]} => "self_care", reasons []
        tips + ["neck_back_care"] - ["prescription_relaxants"];
    duration_over_10_min_back_and_neck: {"duration": "over_10_min", "location": ["back", "neck"]} => "self_care", reasons []
        tips + ["neck_back_care"] - [];
    duration_over_10_min_back_and_calf: {"duration": "over_10_min", "location": ["back", "calf"]} => "doctor_today",
        reasons ["duration:over_10_min"] tips + ["neck_back_care"] - [];
    duration_over_10_min_no_location_ticked: {"duration": "over_10_min", "location": []} => "doctor_today",
        reasons ["duration:over_10_min"] tips + [] - [];
    duration_over_10_min_location_unanswered: {"duration": "over_10_min", "location": null} => "doctor_today",
        reasons ["duration:over_10_min"] tips + [] - [];
    location_chest: {"location": ["chest"]} => "doctor_today", reasons ["location:chest"] tips + [] - [];
    location_arm: {"location": ["arm"]} => "doctor_today", reasons ["location:arm"] tips + [] - [];
    location_abdomen: {"location": ["abdomen"]} => "doctor_today", reasons ["location:abdomen"] tips + [] - [];
    location_common_sites: {"location": ["calf", "thigh", "foot", "hand", "back", "neck"]} => "self_care", reasons [] tips + [] - [];
    frequency_daily: {"frequency": "daily"} => "doctor_soon", reasons ["frequency:daily"] tips + [] - [];
    frequency_weekly: {"frequency": "weekly"} => "self_care", reasons [] tips + [] - [];
    timing_night: {"timing": ["night"]} => "self_care", reasons [] tips + ["bedtime_stretch"] - ["warm_up"];
    timing_exercise: {"timing": ["during_exercise"]} => "self_care", reasons [] tips + ["warm_up"] - [];
    timing_after_exercise: {"timing": ["after_exercise"]} => "self_care", reasons [] tips + ["warm_up"] - [];

    // 4. The person and the risk factors.
    age_band_under_18: {"age_band": "under_18"} => "pharmacist", reasons ["age_band:under_18"] tips + [] - [];
    age_band_65_plus: {"age_band": "65_plus"} => "self_care", reasons [] tips + ["pain_relief_ask_first", "stay_active"] - ["pain_relief_after"];
    age_band_45_64: {"age_band": "45_64"} => "self_care", reasons [] tips + ["stay_active", "pain_relief_after"] - [];
    pregnant: {"pregnant": "yes"} => "pharmacist", reasons ["pregnant"] tips + ["pregnancy_care", "pain_relief_ask_first"] - ["pain_relief_after"];
    pregnant_unsure: {"pregnant": "unsure"} => "pharmacist", reasons ["pregnant"] tips + ["pain_relief_ask_first"] - ["pregnancy_care"];
    risk_factors_alcohol: {"risk_factors": ["alcohol"]} => "doctor_soon", reasons ["risk_factors:alcohol"] tips + ["limit_alcohol_caffeine", "prescription_relaxants"] - [];
    risk_factors_low_fitness: {"risk_factors": ["low_fitness"]} => "self_care", reasons [] tips + ["warm_up", "stay_active"] - ["hydrate"];
    risk_factors_dehydration: {"risk_factors": ["dehydration"]} => "self_care", reasons [] tips + ["hydrate", "mineral_foods", "pain_relief_ask_first"] - ["pain_relief_after"];
    risk_factors_new_or_hard_exercise: {"risk_factors": ["new_or_hard_exercise"]} => "self_care", reasons [] tips + ["hydrate", "warm_up"] - [];
    risk_factors_heat: {"risk_factors": ["heat"]} => "self_care", reasons [] tips + ["hydrate", "avoid_heat", "pain_relief_ask_first"] - [];
    risk_factors_overweight: {"risk_factors": ["overweight"]} => "self_care", reasons [] tips + ["stay_active"] - [];
    risk_factors_stress: {"risk_factors": ["stress"]} => "self_care", reasons [] tips + ["ease_stress", "pain_relief_after"] - [];
    risk_factors_low_mineral_diet: {"risk_factors": ["low_mineral_diet"]} => "self_care", reasons [] tips + ["mineral_foods"] - ["hydrate"];
    conditions_diabetes: {"conditions": ["diabetes"]} => "pharmacist", reasons ["conditions:diabetes"] tips + ["pain_relief_after"] - [];
    conditions_thyroid: {"conditions": ["thyroid"]} => "pharmacist", reasons ["conditions:thyroid"] tips + [] - [];
    conditions_nerve_compression: {"conditions": ["nerve_compression"]} => "pharmacist", reasons ["conditions:nerve_compression"] tips + [] - [];
    conditions_spinal_stenosis: {"conditions": ["spinal_stenosis"]} => "pharmacist", reasons ["conditions:spinal_stenosis"] tips + [] - [];
    conditions_liver_disease: {"conditions": ["liver_disease"]} => "doctor_soon", reasons ["conditions:liver_disease"] tips + ["pain_relief_ask_first"] - [];
    conditions_kidney_disease: {"conditions": ["kidney_disease"]} => "doctor_soon", reasons ["conditions:kidney_disease"] tips + ["pain_relief_ask_first"] - [];
    conditions_heart_disease: {"conditions": ["heart_disease"]} => "pharmacist", reasons ["conditions:heart_disease"] tips + ["pain_relief_ask_first"] - ["pain_relief_after"];
    medications_diuretic: {"medications": ["diuretic"]} => "pharmacist", reasons ["medications:diuretic"] tips + ["medicine_review", "pain_relief_ask_first"] - [];
    medications_statin: {"medications": ["statin"]} => "pharmacist", reasons ["medications:statin"] tips + ["medicine_review", "pain_relief_after"] - [];
    medications_pseudoephedrine: {"medications": ["pseudoephedrine"]} => "pharmacist", reasons ["medications:pseudoephedrine"] tips + ["medicine_review"] - [];
    medications_salbutamol: {"medications": ["salbutamol"]} => "pharmacist", reasons ["medications:salbutamol"] tips + ["medicine_review"] - [];
    medications_nifedipine: {"medications": ["nifedipine"]} => "pharmacist", reasons ["medications:nifedipine"] tips + ["medicine_review"] - [];
    medications_raloxifene_estrogen: {"medications": ["raloxifene_estrogen"]} => "pharmacist", reasons ["medications:raloxifene_estrogen"] tips + ["medicine_review"] - [];
    medications_naproxen: {"medications": ["naproxen"]} => "pharmacist", reasons ["medications:naproxen"] tips + ["pain_relief_ask_first"] - ["pain_relief_after"];
    medications_teriparatide: {"medications": ["teriparatide"]} => "pharmacist", reasons ["medications:teriparatide"] tips + ["medicine_review"] - [];
    medications_blood_thinner: {"medications": ["blood_thinner"]} => "pharmacist", reasons ["medications:blood_thinner"] tips + ["pain_relief_ask_first"] - ["pain_relief_after"];
    medications_potassium_raising: {"medications": ["potassium_raising"]} => "pharmacist", reasons ["medications:potassium_raising"] tips + ["pain_relief_ask_first"] - [];
    medications_painkiller_combination: {"medications": ["painkiller_combination"]} => "pharmacist", reasons ["medications:painkiller_combination"] tips + ["pain_relief_ask_first"] - [];

    // 5. Pairs: both parts fire the pair, and each adds its own reason.
    pair_diuretic_fluid: {"medications": ["diuretic"], "risk_factors": ["dehydration"]} => "doctor_today",
        reasons ["medications:diuretic", "pair_diuretic_fluid"] tips + ["hydrate", "mineral_foods"] - ["pain_relief_after"];
    pair_diuretic_fluid_with_fluid_loss: {"medications": ["diuretic"], "fluid_loss": "unsure"} => "doctor_today",
        reasons ["fluid_loss", "pair_diuretic_fluid"] tips + [] - [];
    pair_diuretic_fluid_needs_both: {"medications": ["diuretic"]} => "pharmacist", reasons [] tips + [] - [];
    pair_heat: {"risk_factors": ["heat"], "conditions": ["heart_disease"]} => "doctor_today",
        reasons ["conditions:heart_disease", "pair_heat"] tips + ["avoid_heat"] - [];
    pair_heat_with_long_spasm: {"risk_factors": ["heat"], "duration": "over_10_min"} => "doctor_today",
        reasons ["duration:over_10_min", "pair_heat"] tips + [] - [];
    pair_statin: {"medications": ["statin"], "severe_pain_weakness": "yes"} => "doctor_today",
        reasons ["severe_pain_weakness", "medications:statin", "pair_statin"] tips + ["medicine_review"] - [];
    pair_statin_unsure: {"medications": ["statin"], "severe_pain_weakness": "unsure"} => "doctor_today",
        reasons ["pair_statin"] tips + [] - [];
    pair_pregnant_swelling: {"pregnant": "yes", "swelling_redness": "yes"} => "doctor_today",
        reasons ["pregnant", "swelling_redness", "pair_pregnant_swelling"] tips + ["rest_raise_leg", "pregnancy_care"] - ["stretch_massage"];
    pair_pregnant_abdomen: {"pregnant": "yes", "location": ["abdomen"]} => "doctor_today",
        reasons ["location:abdomen", "pregnant", "pair_pregnant_abdomen"] tips + [] - [];
    pair_pregnant_abdomen_unsure: {"pregnant": "unsure", "location": ["abdomen"]} => "doctor_today",
        reasons ["pair_pregnant_abdomen"] tips + [] - ["pregnancy_care"];
    pair_fever_swelling: {"fever": "yes", "swelling_redness": "yes"} => "doctor_today",
        reasons ["fever", "swelling_redness", "pair_fever_swelling"] tips + [] - [];

    // 6. Tip conditions that read more than one answer.
    hydrate_with_kidney_disease_drops_mineral_foods: {"risk_factors": ["dehydration"], "conditions": ["kidney_disease"]}
        => "doctor_soon", reasons [] tips + ["hydrate"] - ["mineral_foods"];
    potassium_raising_drops_mineral_foods: {"risk_factors": ["low_mineral_diet"], "medications": ["potassium_raising"]}
        => "pharmacist", reasons [] tips + [] - ["mineral_foods"];
    neck_back_care_for_neck: {"location": ["neck"]} => "self_care", reasons [] tips + ["neck_back_care", "stretch_massage"] - [];
    neck_back_care_not_for_calf: {"location": ["calf"]} => "self_care", reasons [] tips + [] - ["neck_back_care"];
    neck_back_care_hidden_by_back_numb_unsure: {"location": ["back"], "back_numb": "unsure"} => "doctor_today",
        reasons ["back_numb"] tips + [] - ["neck_back_care"];
    neck_back_care_hidden_while_back_numb_unanswered: {"location": ["back"], "back_numb": null} => "self_care",
        reasons [] tips + [] - ["neck_back_care"];
    cool_down_replaces_heat_cold: {"heat_exhaustion": "unsure"} => "doctor_today", reasons ["heat_exhaustion"]
        tips + ["cool_down", "stretch_massage"] - ["heat_cold"];
}

#[test]
fn reasons_follow_table_order_and_appear_once() {
    let result = assess_json(&with(json!({
        "medications": ["statin", "diuretic"], "severe_pain_weakness": "yes",
        "fluid_loss": "yes", "fever": "yes", "swelling_redness": "yes", "location": ["chest", "arm"]
    })));
    let ids = reason_ids(&result);
    let expected = [
        "swelling_redness",
        "severe_pain_weakness",
        "fever",
        "fluid_loss",
        "location:arm",
        "location:chest",
        "medications:diuretic",
        "medications:statin",
        "pair_diuretic_fluid",
        "pair_statin",
        "pair_fever_swelling",
    ];
    assert_eq!(ids, expected);
}

#[test]
fn each_reason_carries_its_level_and_source() {
    let result = assess_json(&with(json!({"heat_confusion": "unsure", "wasting": "yes"})));
    let reasons = result["reasons"].as_array().unwrap();
    assert_eq!(reasons[0]["id"], "heat_confusion");
    assert_eq!(reasons[0]["level"], "doctor_today");
    assert!(reasons[0]["source"].as_str().unwrap().contains("CDC"));
    assert_eq!(reasons[1]["level"], "doctor_soon");
    assert!(!reasons[1]["sources"].as_array().unwrap().is_empty());
}

#[test]
fn hydrate_notes_fit_the_person() {
    let plain = assess_json(&with(json!({"risk_factors": ["heat"]})));
    assert_eq!(strings(&plain, "tip_notes"), ["coconut_water"]);
    let kidney = assess_json(&with(
        json!({"risk_factors": ["heat"], "conditions": ["kidney_disease", "diabetes"]}),
    ));
    assert_eq!(
        strings(&kidney, "tip_notes"),
        ["fluid_limit", "no_added_sugar"]
    );
    let potassium = assess_json(&with(
        json!({"risk_factors": ["heat"], "medications": ["potassium_raising"], "conditions": ["heart_disease"]}),
    ));
    assert_eq!(strings(&potassium, "tip_notes"), ["fluid_limit"]);
    let no_hydrate = assess_json(&with(json!({"conditions": ["diabetes"]})));
    assert!(strings(&no_hydrate, "tip_notes").is_empty());
}

#[test]
fn fever_brings_the_paracetamol_only_note_on_the_ask_first_tip() {
    for fever in ["yes", "unsure"] {
        let result = assess_json(&with(json!({"fever": fever})));
        assert!(strings(&result, "tips").contains(&"pain_relief_ask_first".to_string()));
        assert_eq!(
            strings(&result, "tip_notes"),
            ["fever_paracetamol_only"],
            "fever {fever}"
        );
    }
    let no_fever = assess_json(&with(json!({"medications": ["blood_thinner"]})));
    assert!(strings(&no_fever, "tip_notes").is_empty());
    // Unanswered fever: the safer side.
    let unknown = assess_json(&with(json!({"fever": null})));
    assert_eq!(strings(&unknown, "tip_notes"), ["fever_paracetamol_only"]);
    // The note goes with its tip: none on an emergency.
    let emergency = assess_json(&with(json!({"fever": "yes", "poison": "yes"})));
    assert!(strings(&emergency, "tip_notes").is_empty());
}

#[test]
fn unanswered_conditions_give_the_safer_hydrate_notes() {
    let result = assess_json(&with(json!({"risk_factors": ["heat"], "conditions": null})));
    let notes = strings(&result, "tip_notes");
    assert!(notes.contains(&"fluid_limit".to_string()), "{notes:?}");
    assert!(!notes.contains(&"coconut_water".to_string()), "{notes:?}");
}

#[test]
fn unanswered_questions_give_a_lower_bound_and_hide_unless_tips() {
    // Only the emergency signs answered: incomplete, and tips that need "no X" stay hidden.
    let result = assess_json(&with(json!({
        "swelling_redness": null, "heat_exhaustion": null, "loss_of_feeling": null,
        "conditions": null, "medications": null, "risk_factors": ["low_mineral_diet"]
    })));
    assert_eq!(result["complete"], false);
    assert_eq!(
        strings(&result, "missing"),
        [
            "swelling_redness",
            "loss_of_feeling",
            "heat_exhaustion",
            "conditions",
            "medications"
        ]
    );
    let tips = strings(&result, "tips");
    for hidden in [
        "stretch_massage",
        "heat_cold",
        "mineral_foods",
        "pain_relief_after",
        "rest_raise_leg",
    ] {
        assert!(
            !tips.contains(&hidden.to_string()),
            "{hidden} shows in {tips:?}"
        );
    }
    assert!(tips.contains(&"pain_relief_ask_first".to_string()));
}

#[test]
fn an_unasked_question_outside_the_caution_list_does_not_set_the_caution() {
    let result = assess_json(&with(json!({"wasting": null})));
    assert_eq!(result["pain_relief_caution"], false);
    assert!(strings(&result, "tips").contains(&"pain_relief_after".to_string()));
}

#[test]
fn unsure_emergency_signs_are_listed_for_the_call_now_message() {
    let result = assess_json(&with(json!({"lockjaw": "unsure"})));
    assert_eq!(strings(&result, "unsure_signs"), ["lockjaw"]);
}

#[test]
fn an_emergency_with_questions_left_is_incomplete() {
    let answers: spasm_check::Answers =
        serde_json::from_value(json!({"chest_pain": "yes"})).unwrap();
    let result = assess_json(&answers);
    assert_eq!(result["level"], "emergency");
    assert_eq!(result["complete"], false);
    assert_eq!(strings(&result, "missing").len(), 35);
    assert!(strings(&result, "tips").is_empty());
}
