//! Property tests over random answer sets: urgency never drops when an answer gets worse,
//! emergency signs always win, and `assess` is total, deterministic and explains itself.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use spasm_check::engine::{Answer, Flag, Kind, Level, Section, Q};
use spasm_check::{assess, Answers};

/// One random answer (or none) for each question.
fn answers() -> impl Strategy<Value = Answers> {
    let per_question: Vec<_> = Q::ALL
        .iter()
        .map(|&q| {
            let answer: BoxedStrategy<Option<Answer>> = match q.kind() {
                Kind::Flag => prop::option::weighted(
                    0.85,
                    prop::sample::select(Flag::ALL.to_vec()).prop_map(Answer::Flag),
                )
                .boxed(),
                Kind::Single(options) => prop::option::weighted(
                    0.85,
                    prop::sample::select(options.to_vec()).prop_map(Answer::One),
                )
                .boxed(),
                Kind::Checklist(options) => prop::option::weighted(
                    0.85,
                    prop::sample::subsequence(options.to_vec(), 0..=options.len())
                        .prop_map(Answer::Many),
                )
                .boxed(),
            };
            answer.prop_map(move |a| (q, a))
        })
        .collect();
    per_question.prop_map(|pairs| {
        let mut answers = Answers::new();
        for (q, a) in pairs {
            if let Some(a) = a {
                answers
                    .set(q, a)
                    .expect("generated answers fit their questions");
            }
        }
        answers
    })
}

fn flags() -> impl Strategy<Value = Q> {
    prop::sample::select(
        Q::ALL
            .iter()
            .copied()
            .filter(|q| q.kind() == Kind::Flag)
            .collect::<Vec<_>>(),
    )
}

fn checklist_items() -> impl Strategy<Value = (Q, &'static str)> {
    prop::sample::select(
        Q::ALL
            .iter()
            .filter(|q| matches!(q.kind(), Kind::Checklist(_)))
            .flat_map(|&q| q.kind().options().iter().map(move |&o| (q, o)))
            .collect::<Vec<_>>(),
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn yes_instead_of_no_never_lowers_the_level(mut a in answers(), q in flags()) {
        a.set_flag(q, Flag::No).unwrap();
        let before = assess(&a).level;
        a.set_flag(q, Flag::Yes).unwrap();
        prop_assert!(assess(&a).level >= before, "{} yes lowered the level", q.id());
    }

    #[test]
    fn ticking_a_checklist_item_never_lowers_the_level(
        mut a in answers(), (q, option) in checklist_items()
    ) {
        let before = assess(&a).level;
        a.tick(q, option, true).unwrap();
        prop_assert!(assess(&a).level >= before, "ticking {}:{} lowered the level", q.id(), option);
    }

    #[test]
    fn any_emergency_yes_gives_emergency(mut a in answers(), i in 0usize..10) {
        let sign = Q::in_section(Section::Emergency).nth(i).unwrap();
        a.set_flag(sign, Flag::Yes).unwrap();
        let result = assess(&a);
        prop_assert_eq!(result.level, Level::Emergency);
        prop_assert!(result.tips.is_empty());
        prop_assert!(result.reasons.iter().any(|r| r.id == sign.id()));
    }

    #[test]
    fn assess_is_deterministic_and_explains_itself(a in answers()) {
        let first = assess(&a);
        prop_assert_eq!(&first, &assess(&a.clone()));
        let most_urgent = first.reasons.iter().map(|r| r.level).max().unwrap_or(Level::SelfCare);
        prop_assert_eq!(first.level, most_urgent);
        for r in &first.reasons {
            prop_assert!(!r.sources.is_empty(), "reason {} has no source", r.id);
        }
        for t in &first.tips {
            prop_assert!(!t.sources().is_empty(), "tip {} has no source", t.id());
        }
        let mut ids: Vec<_> = first.reasons.iter().map(|r| r.id).collect();
        ids.dedup();
        prop_assert_eq!(ids.len(), first.reasons.len(), "a reason appears twice");
    }

    #[test]
    fn complete_is_false_exactly_when_a_question_is_missing(a in answers()) {
        let result = assess(&a);
        let unanswered: Vec<Q> = Q::ALL.iter().copied().filter(|q| !a.is_answered(*q)).collect();
        prop_assert_eq!(result.complete, unanswered.is_empty());
        prop_assert_eq!(result.missing, unanswered);
    }

    #[test]
    fn unsure_counts_as_yes_for_red_flags(mut a in answers(), q in flags()) {
        prop_assume!(q.section() != Section::Emergency);
        a.set_flag(q, Flag::Yes).unwrap();
        let yes = assess(&a);
        a.set_flag(q, Flag::Unsure).unwrap();
        let unsure = assess(&a);
        prop_assert_eq!(yes.level, unsure.level);
        prop_assert_eq!(yes.reasons, unsure.reasons);
    }

    #[test]
    fn answers_round_trip_through_json(a in answers()) {
        let json = serde_json::to_string(&a).unwrap();
        let back: Answers = serde_json::from_str(&json).unwrap();
        prop_assert_eq!(back, a);
    }

    #[test]
    fn any_json_object_is_parsed_or_refused_without_panicking(
        entries in prop::collection::vec(
            (
                prop_oneof![
                    prop::sample::select(Q::ALL.iter().map(|q| q.id().to_owned()).collect::<Vec<_>>()),
                    "[a-z_]{1,12}",
                ],
                prop_oneof![
                    Just(serde_json::Value::Null),
                    any::<bool>().prop_map(serde_json::Value::from),
                    any::<i64>().prop_map(serde_json::Value::from),
                    prop::sample::select(vec!["yes", "no", "unsure", "calf", "daily", "x"])
                        .prop_map(serde_json::Value::from),
                    prop::collection::vec(
                        prop::sample::select(vec!["calf", "chest", "heat", "statin", "yes", "x"]),
                        0..4,
                    )
                    .prop_map(serde_json::Value::from),
                ],
            ),
            0..8,
        )
    ) {
        let object: serde_json::Map<_, _> = entries.into_iter().collect();
        if let Ok(a) = serde_json::from_value::<Answers>(serde_json::Value::Object(object)) {
            let _ = assess(&a);
        }
    }
}
