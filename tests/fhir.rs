//! The FHIR R4 export: the generated Questionnaire is valid, a known-good response passes,
//! broken ones fail each for its own reason, and answers survive the trip through JSON.
//! Everything is judged on the JSON the export writes, read back with `common::fhir`.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::fhir::{
    answers_from_response, exported_questionnaire, exported_response, is_absolute_uri, is_code,
    is_date_time, validate, validate_questionnaire, Questionnaire, QuestionnaireItem,
    QuestionnaireResponse,
};
use serde_json::{json, Value};
use spasm_check::content::Lang;
use spasm_check::engine::{Flag, Kind, Section, CONTENT_VERSION, Q};
use spasm_check::fhir::{emergency_answers, questionnaire, response};
use spasm_check::Answers;

const AUTHORED: &str = "2026-12-01T09:30:00+05:30";

/// A response as a clinical system might send it: a few answers, including a checklist with
/// two options ticked and one answered "none of these"; not finished, so `in-progress`.
fn known_good() -> Value {
    json!({
        "resourceType": "QuestionnaireResponse",
        "questionnaire": format!("urn:spasm-check:questionnaire|{CONTENT_VERSION}"),
        "status": "in-progress",
        "authored": "2026-12-01T09:30:00+05:30",
        "item": [
            {
                "linkId": "emergency",
                "item": [
                    {
                        "linkId": "chest_pain",
                        "answer": [{"valueCoding": {"system": "urn:spasm-check:answer", "code": "no", "display": "No"}}]
                    },
                    {
                        "linkId": "cold_leg",
                        "answer": [{"valueCoding": {"system": "urn:spasm-check:answer", "code": "unsure"}}]
                    }
                ]
            },
            {
                "linkId": "details",
                "text": "About the spasms",
                "item": [
                    {
                        "linkId": "duration",
                        "answer": [{"valueCoding": {"system": "urn:spasm-check:option:duration", "code": "minutes"}}]
                    },
                    {
                        "linkId": "location",
                        "answer": [
                            {"valueCoding": {"system": "urn:spasm-check:option:location", "code": "calf"}},
                            {"valueCoding": {"system": "urn:spasm-check:option:location", "code": "thigh"}}
                        ]
                    },
                    {
                        "linkId": "timing",
                        "answer": [{"valueCoding": {"system": "urn:spasm-check:option:timing", "code": "none"}}]
                    }
                ]
            }
        ]
    })
}

fn parse(v: Value) -> Result<QuestionnaireResponse, String> {
    serde_json::from_value(v).map_err(|e| e.to_string())
}

/// Reads and validates a response against the English Questionnaire: every reason it fails.
fn check(v: Value) -> Result<(), Vec<String>> {
    let r = parse(v).map_err(|e| vec![e])?;
    validate(&exported_questionnaire(Lang::En), &r)
}

/// Every answer given, so the response is `completed`.
fn full_answers() -> Answers {
    common::with(json!({
        "cold_leg": "unsure", "fever": "yes", "pregnant": "unsure",
        "location": ["calf", "thigh"], "timing": ["night", "at_rest"],
        "risk_factors": ["heat"], "medications": ["statin", "diuretic"],
        "age_band": "45_64", "duration": "minutes"
    }))
}

fn full_json() -> Value {
    serde_json::to_value(response(&full_answers(), Lang::En, AUTHORED)).unwrap()
}

fn all_items(items: &[QuestionnaireItem]) -> Vec<&QuestionnaireItem> {
    items
        .iter()
        .flat_map(|i| std::iter::once(i).chain(all_items(&i.item)))
        .collect()
}

#[test]
fn the_generated_questionnaire_is_valid_in_every_language() {
    for &lang in Lang::ALL {
        let written = serde_json::to_string_pretty(&questionnaire(lang)).unwrap();
        let q: Questionnaire = serde_json::from_str(&written).unwrap();
        assert_eq!(validate_questionnaire(&q), Ok(()), "{lang:?}");
        let json: Value = serde_json::from_str(&written).unwrap();
        assert_eq!(json["resourceType"], "Questionnaire");
        assert_eq!(json["status"], "active");
        assert_eq!(json["version"], CONTENT_VERSION);
        // Read and written again, nothing is lost, added or reordered.
        let back = serde_json::to_string_pretty(&q).unwrap();
        assert_eq!(back, written, "the Questionnaire survives JSON");
    }
}

#[test]
fn every_question_id_is_a_linkid_once_with_its_options() {
    let q = exported_questionnaire(Lang::En);
    let items = all_items(&q.item);
    for question in Q::ALL {
        let found: Vec<_> = items
            .iter()
            .filter(|i| i.link_id == question.id())
            .collect();
        assert_eq!(found.len(), 1, "{} is one linkId", question.id());
        let item = found[0];
        assert_eq!(item.item_type, "choice");
        assert_eq!(item.required, Some(true));
        let codes: Vec<&str> = item
            .answer_option
            .iter()
            .map(|o| o.value_coding.as_ref().unwrap().code.as_deref().unwrap())
            .collect();
        match question.kind() {
            Kind::Flag => {
                assert_eq!(codes, ["yes", "no", "unsure"]);
                assert_eq!(item.repeats, None);
            }
            Kind::Single(options) => {
                assert_eq!(codes, options);
                assert_eq!(item.repeats, None);
            }
            Kind::Checklist(options) => {
                assert_eq!(&codes[..options.len()], options);
                assert_eq!(codes.last(), Some(&"none"), "{} offers none", question.id());
                assert!(item.answer_option.last().unwrap().is_exclusive());
                assert_eq!(item.repeats, Some(true));
            }
        }
    }
    let groups: Vec<&str> = q.item.iter().map(|g| g.link_id.as_str()).collect();
    let sections: Vec<&str> = Section::ALL.iter().map(|s| s.id()).collect();
    assert_eq!(groups, sections);
}

#[test]
fn groups_after_the_emergency_signs_need_no_emergency_answer() {
    let q = exported_questionnaire(Lang::En);
    assert!(
        q.item[0].enable_when.is_empty(),
        "emergency signs are always asked"
    );
    for group in &q.item[1..] {
        assert_eq!(group.enable_behavior.as_deref(), Some("all"));
        let conditions: Vec<(String, String, String)> = group
            .enable_when
            .iter()
            .map(|ew| {
                let code = ew.answer_coding.as_ref().unwrap().code.clone().unwrap();
                (ew.question.clone(), ew.operator.clone(), code)
            })
            .collect();
        for sign in Q::in_section(Section::Emergency) {
            let yes = (sign.id().to_owned(), "!=".to_owned(), "yes".to_owned());
            assert!(
                conditions.contains(&yes),
                "{}: {} yes",
                group.link_id,
                sign.id()
            );
        }
        for sign in [Q::ChestPain, Q::StrokeSigns, Q::BreathingSwallowing] {
            let unsure = (sign.id().to_owned(), "!=".to_owned(), "unsure".to_owned());
            assert!(conditions.contains(&unsure), "{} unsure", sign.id());
        }
        assert_eq!(conditions.len(), 13, "ten yes and three unsure");
    }
}

#[test]
fn the_known_good_response_reads_validates_and_gives_its_answers() {
    assert_eq!(check(known_good()), Ok(()));
    let r = parse(known_good()).unwrap();
    let answers = answers_from_response(&r).unwrap();
    let expected: Answers = serde_json::from_value(json!({
        "chest_pain": "no", "cold_leg": "unsure", "duration": "minutes",
        "location": ["calf", "thigh"], "timing": []
    }))
    .unwrap();
    assert_eq!(answers, expected);
    // Written back, it has the same linkIds and codes (with displays added).
    let again = serde_json::to_value(response(&answers, Lang::En, AUTHORED)).unwrap();
    let codes = |v: &Value| -> Vec<String> {
        let mut out = Vec::new();
        for group in v["item"].as_array().unwrap() {
            for item in group["item"].as_array().unwrap() {
                for a in item["answer"].as_array().unwrap() {
                    out.push(format!("{}={}", item["linkId"], a["valueCoding"]["code"]));
                }
            }
        }
        out
    };
    assert_eq!(codes(&again), codes(&known_good()));
}

type Break = fn(&mut Value);
/// What is broken, the good response it starts from, how it is broken, and the reason given.
type Row = (&'static str, fn() -> Value, Break, &'static str);

#[test]
fn broken_responses_fail_each_for_its_own_reason() {
    let good: fn() -> Value = known_good;
    let full: fn() -> Value = full_json;
    let cases: [Row; 12] = [
        (
            "an unknown linkId",
            good,
            |v| v["item"][1]["item"][0]["linkId"] = json!("cramp_colour"),
            "`cramp_colour` is not in the Questionnaire",
        ),
        (
            "a question outside its group",
            good,
            |v| v["item"][1]["linkId"] = json!("fever"),
            "`fever` is out of place",
        ),
        (
            "a missing status",
            good,
            |v| {
                v.as_object_mut().unwrap().remove("status");
            },
            "status is missing",
        ),
        (
            "status done",
            good,
            |v| v["status"] = json!("done"),
            "status `done` is not one of",
        ),
        (
            "a valueString instead of a valueCoding",
            good,
            |v| v["item"][0]["item"][0]["answer"] = json!([{"valueString": "no"}]),
            "valueString, but a choice item takes valueCoding",
        ),
        (
            "two answers to a question that does not repeat",
            good,
            |v| {
                v["item"][1]["item"][0]["answer"] = json!([
                    {"valueCoding": {"system": "urn:spasm-check:option:duration", "code": "seconds"}},
                    {"valueCoding": {"system": "urn:spasm-check:option:duration", "code": "minutes"}}
                ])
            },
            "`duration` has 2 answers but does not repeat",
        ),
        (
            "an unknown code",
            good,
            |v| v["item"][1]["item"][0]["answer"][0]["valueCoding"]["code"] = json!("hours"),
            "`hours` (urn:spasm-check:option:duration) is not an answer option of `duration`",
        ),
        (
            "a code from another question's system",
            good,
            |v| {
                v["item"][1]["item"][0]["answer"][0]["valueCoding"]["system"] =
                    json!("urn:spasm-check:option:frequency")
            },
            "is not an answer option of `duration`",
        ),
        (
            "a wrong questionnaire reference",
            good,
            |v| v["questionnaire"] = json!("urn:spasm-check:questionnaire|0.9.0"),
            "questionnaire `urn:spasm-check:questionnaire|0.9.0` does not match",
        ),
        (
            "a completed response without a required answer",
            full,
            |v| {
                let group = v["item"][1]["item"].as_array_mut().unwrap();
                group.retain(|i| i["linkId"] != "fever");
            },
            "completed, but required item `fever` is not answered",
        ),
        (
            "none together with an option",
            good,
            |v| {
                v["item"][1]["item"][2]["answer"]
                    .as_array_mut()
                    .unwrap()
                    .push(json!({"valueCoding": {"system": "urn:spasm-check:option:timing", "code": "night"}}))
            },
            "`timing` has an answer that excludes all others",
        ),
        (
            "an authored time that is not a FHIR dateTime",
            good,
            |v| v["authored"] = json!("01/12/2026 09:30"),
            "authored `01/12/2026 09:30` is not a FHIR dateTime",
        ),
    ];
    for (what, base, break_it, reason) in cases {
        let mut v = base();
        assert_eq!(check(v.clone()), Ok(()), "the base of {what} is good");
        break_it(&mut v);
        let errors = check(v).expect_err(what);
        assert_eq!(errors.len(), 1, "{what} fails for one reason: {errors:?}");
        assert!(
            errors[0].contains(reason),
            "{what} should fail with `{reason}`: {errors:?}"
        );
    }
}

#[test]
fn another_resource_type_is_refused_while_reading() {
    let mut v = known_good();
    v["resourceType"] = json!("Questionnaire");
    let err = parse(v).unwrap_err();
    assert!(err.contains("resourceType is `Questionnaire`"), "{err}");

    let mut v = known_good();
    v.as_object_mut().unwrap().remove("resourceType");
    assert!(parse(v).unwrap_err().contains("resourceType"));

    let q = serde_json::to_value(questionnaire(Lang::En)).unwrap();
    assert!(
        parse(q).is_err(),
        "a Questionnaire is not a QuestionnaireResponse"
    );
    let r: Result<Questionnaire, _> = serde_json::from_value(known_good());
    assert!(r.is_err(), "a QuestionnaireResponse is not a Questionnaire");
}

#[test]
fn answers_after_an_emergency_are_not_allowed() {
    // The check ends at an emergency answer; the later groups are not enabled.
    let mut v = known_good();
    v["item"][0]["item"][0]["answer"][0]["valueCoding"]["code"] = json!("unsure");
    let errors = check(v).unwrap_err();
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(errors[0].contains("`details` has answers but is not enabled"));
    // Unsure on another sign is not an emergency: the details stay enabled.
    let mut v = known_good();
    v["item"][0]["item"][1]["answer"][0]["valueCoding"]["code"] = json!("unsure");
    assert_eq!(check(v), Ok(()));
}

#[test]
fn an_emergency_response_keeps_only_the_emergency_signs() {
    let mut answers = full_answers();
    answers.set_flag(Q::Poison, Flag::Yes).unwrap();
    let r = exported_response(&answers, Lang::En, AUTHORED);
    assert_eq!(r.item.len(), 1);
    assert_eq!(r.item[0].link_id, "emergency");
    assert_eq!(r.status, "completed", "every question was answered");
    assert_eq!(validate(&exported_questionnaire(Lang::En), &r), Ok(()));
    let back = answers_from_response(&r).unwrap();
    assert!(back
        .iter()
        .all(|(q, a)| q.section() == Section::Emergency && answers.get(q) == Some(a)));
    assert_eq!(
        back.iter().count(),
        Q::in_section(Section::Emergency).count()
    );
}

#[test]
fn answers_round_trip_through_fhir_json() {
    let partial = common::with(json!({
        "back_numb": null, "wasting": null, "timing": null, "conditions": null,
        "location": [], "risk_factors": ["dehydration", "alcohol"]
    }));
    let rows = [
        ("every question answered", full_answers(), "completed"),
        ("some left unanswered", partial, "in-progress"),
        ("nothing answered", Answers::new(), "in-progress"),
    ];
    for (what, answers, status) in rows {
        for &lang in Lang::ALL {
            let text = serde_json::to_string_pretty(&response(&answers, lang, AUTHORED)).unwrap();
            let read: QuestionnaireResponse = serde_json::from_str(&text).unwrap();
            assert_eq!(read.status, status, "{what}");
            // Read and written again, nothing is lost, added or reordered.
            let again = serde_json::to_string_pretty(&read).unwrap();
            assert_eq!(again, text, "{what}: the response survives JSON");
            assert_eq!(
                validate(&exported_questionnaire(lang), &read),
                Ok(()),
                "{what}"
            );
            assert_eq!(
                answers_from_response(&read).as_ref(),
                Ok(&answers),
                "{what} in {lang:?}"
            );
        }
    }
}

#[test]
fn unanswered_questions_have_no_item_and_groups_follow_the_sections() {
    let answers: Answers =
        serde_json::from_value(json!({"fever": "no", "medications": []})).unwrap();
    let v = serde_json::to_value(response(&answers, Lang::En, AUTHORED)).unwrap();
    assert_eq!(
        v["item"],
        json!([
            {"linkId": "red_flags", "text": "Warning signs", "item": [
                {"linkId": "fever", "text": v["item"][0]["item"][0]["text"], "answer": [
                    {"valueCoding": {"system": "urn:spasm-check:answer", "code": "no", "display": "No"}}
                ]}
            ]},
            {"linkId": "person", "text": "About you", "item": [
                {"linkId": "medications", "text": v["item"][1]["item"][0]["text"], "answer": [
                    {"valueCoding": {"system": "urn:spasm-check:option:medications", "code": "none", "display": "None of these"}}
                ]}
            ]}
        ])
    );
}

#[test]
fn english_and_hindi_differ_in_words_not_in_codes() {
    let en = exported_questionnaire(Lang::En);
    let hi = exported_questionnaire(Lang::Hi);
    let (en_items, hi_items) = (all_items(&en.item), all_items(&hi.item));
    assert_eq!(en_items.len(), hi_items.len());
    for (e, h) in en_items.iter().zip(&hi_items) {
        assert_eq!(e.link_id, h.link_id);
        assert_ne!(e.text, h.text, "{} is translated", e.link_id);
        for (eo, ho) in e.answer_option.iter().zip(&h.answer_option) {
            let (ec, hc) = (
                eo.value_coding.as_ref().unwrap(),
                ho.value_coding.as_ref().unwrap(),
            );
            assert!(ec.same_code(hc), "{}: same code", e.link_id);
            assert_ne!(
                ec.display, hc.display,
                "{}: {:?} is translated",
                e.link_id, ec.code
            );
        }
    }

    let answers = full_answers();
    let (r_en, r_hi) = (
        exported_response(&answers, Lang::En, AUTHORED),
        exported_response(&answers, Lang::Hi, AUTHORED),
    );
    assert_eq!(r_hi.language.as_deref(), Some("hi"));
    let codings = |r: &QuestionnaireResponse| {
        r.item
            .iter()
            .flat_map(|g| &g.item)
            .flat_map(|i| &i.answer)
            .map(|a| a.value_coding.clone().unwrap())
            .collect::<Vec<_>>()
    };
    let (c_en, c_hi) = (codings(&r_en), codings(&r_hi));
    assert_eq!(c_en.len(), c_hi.len());
    for (e, h) in c_en.iter().zip(&c_hi) {
        assert!(e.same_code(h));
        assert_ne!(e.display, h.display);
    }
    // A Hindi response is read with the same codes: words do not matter to the reader.
    assert_eq!(answers_from_response(&r_hi), Ok(answers));
}

#[test]
fn broken_questionnaires_fail_each_for_its_own_reason() {
    type BreakQ = fn(&mut Value);
    let cases: [(&str, BreakQ, &str); 8] = [
        (
            "a linkId used twice",
            |v| v["item"][1]["item"][0]["linkId"] = json!("chest_pain"),
            "linkId `chest_pain` is used 2 times",
        ),
        (
            "a missing status",
            |v| {
                v.as_object_mut().unwrap().remove("status");
            },
            "Questionnaire.status is missing",
        ),
        (
            "an item without a type",
            |v| {
                v["item"][0]["item"][0]
                    .as_object_mut()
                    .unwrap()
                    .remove("type");
            },
            "item `chest_pain` has no type",
        ),
        (
            "an empty group",
            |v| {
                v["item"][3].as_object_mut().unwrap().remove("item");
            },
            "`person` is a group without items",
        ),
        (
            "enableWhen on an unknown linkId",
            |v| v["item"][1]["enableWhen"][0]["question"] = json!("cramp_colour"),
            "refers to `cramp_colour`, which is not in the Questionnaire",
        ),
        (
            "enableWhen with an unknown operator",
            |v| v["item"][1]["enableWhen"][0]["operator"] = json!("<>"),
            "has operator `<>`",
        ),
        (
            "enableWhen without answer[x]",
            |v| {
                v["item"][1]["enableWhen"][0]
                    .as_object_mut()
                    .unwrap()
                    .remove("answerCoding");
            },
            "has no answer[x]",
        ),
        (
            "several enableWhen without enableBehavior",
            |v| {
                v["item"][1]
                    .as_object_mut()
                    .unwrap()
                    .remove("enableBehavior");
            },
            "several enableWhen but no enableBehavior",
        ),
    ];
    for (what, break_it, reason) in cases {
        let mut v = serde_json::to_value(questionnaire(Lang::En)).unwrap();
        break_it(&mut v);
        let q: Questionnaire = serde_json::from_value(v).expect(what);
        let errors = validate_questionnaire(&q).expect_err(what);
        assert_eq!(errors.len(), 1, "{what} fails for one reason: {errors:?}");
        assert!(
            errors[0].contains(reason),
            "{what} should fail with `{reason}`: {errors:?}"
        );
    }
}

#[test]
fn a_response_to_a_broken_questionnaire_does_not_validate() {
    let mut q = exported_questionnaire(Lang::En);
    q.status = "finished".to_owned();
    let r = parse(known_good()).unwrap();
    let errors = validate(&q, &r).unwrap_err();
    assert!(
        errors[0].contains("Questionnaire.status `finished`"),
        "{errors:?}"
    );
}

// The validator's FHIR primitives, and the emergency answers the `enableWhen` conditions are
// built from, checked on their own.

#[test]
fn date_times_follow_fhir() {
    for ok in [
        "2026",
        "2026-12",
        "2026-12-01",
        "2024-02-29",
        "2026-12-01T09:30:00Z",
        "2026-12-01T09:30:00.123+05:30",
        "2026-12-01T23:59:60-14:00",
    ] {
        assert!(is_date_time(ok), "{ok} is a dateTime");
    }
    for bad in [
        "",
        "26",
        "0000",
        "2026-13-01",
        "2026-02-29",
        "2026-12-1",
        "2026-12-01T09:30",
        "2026-12-01T09:30:00",
        "2026-12-01T24:00:00Z",
        "2026-12-01T09:30:00.Z",
        "2026-12-01T09:30:00+15:00",
        "01/12/2026",
        "2026-12-01 09:30:00Z",
    ] {
        assert!(!is_date_time(bad), "{bad} is not a dateTime");
    }
}

#[test]
fn emergency_is_every_yes_and_unsure_on_chest_stroke_and_breathing() {
    let answers = emergency_answers();
    assert_eq!(answers.len(), Q::in_section(Section::Emergency).count() + 3);
    assert!(answers.contains(&(Q::ChestPain, Flag::Unsure)));
    assert!(answers.contains(&(Q::StrokeSigns, Flag::Unsure)));
    assert!(answers.contains(&(Q::BreathingSwallowing, Flag::Unsure)));
    assert!(!answers.contains(&(Q::ColdLeg, Flag::Unsure)));
    assert!(answers.iter().all(|(_, f)| *f != Flag::No));
}

#[test]
fn uris_and_codes() {
    assert!(is_absolute_uri("urn:spasm-check:answer"));
    assert!(is_absolute_uri("http://hl7.org/fhir"));
    assert!(!is_absolute_uri("spasm-check"));
    assert!(!is_absolute_uri("urn:spasm check"));
    assert!(is_code("over_10_min"));
    assert!(!is_code(" yes"));
    assert!(!is_code(""));
}
