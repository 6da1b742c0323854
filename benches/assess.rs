//! Native benchmark of `spasm_check::assess` (issue 6): `cargo bench --bench assess`.
//!
//! Two complete answer sets, parsed once with the strict JSON reader: the mild one (every
//! flag `no`, every checklist "none of these", short rare spasms, an adult of 18-44: level
//! `self_care`) and a busy one where many rules, pairs, cautions and tips fire at once.
//! Criterion is a native-only dev-dependency, so on wasm32 this is an empty program.

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::hint::black_box;

    use criterion::{criterion_group, Criterion};
    use spasm_check::{assess, Answers};

    /// Every question of the requirements answered mildly (35 ids).
    const MILD: &str = r#"{
        "chest_pain": "no", "heat_confusion": "no", "dark_urine": "no", "lockjaw": "no",
        "breathing_swallowing": "no", "cold_leg": "no", "back_numb": "no",
        "stiff_fever": "no", "poison": "no",
        "swelling_redness": "no", "cant_move": "no", "severe_pain_weakness": "no",
        "loss_of_feeling": "no", "pins_needles": "no", "tingling_mouth": "no",
        "twitching": "no", "wasting": "no", "fever": "no", "wound": "no",
        "heat_exhaustion": "no", "fluid_loss": "no", "dystonia_after_medicine": "no",
        "lasting_days": "no", "frequent_interfering": "no", "walking_pain": "no",
        "new_medicine": "no",
        "duration": "seconds", "location": [], "timing": [], "frequency": "sometimes",
        "age_band": "18_44", "pregnant": "no",
        "risk_factors": [], "conditions": [], "medications": []
    }"#;

    /// The same questions with the red flags unsure and every checklist option ticked.
    const BUSY: &str = r#"{
        "chest_pain": "no", "heat_confusion": "no", "dark_urine": "no", "lockjaw": "no",
        "breathing_swallowing": "no", "cold_leg": "no", "back_numb": "no",
        "stiff_fever": "no", "poison": "no",
        "swelling_redness": "unsure", "cant_move": "unsure", "severe_pain_weakness": "unsure",
        "loss_of_feeling": "unsure", "pins_needles": "unsure", "tingling_mouth": "unsure",
        "twitching": "unsure", "wasting": "unsure", "fever": "unsure", "wound": "unsure",
        "heat_exhaustion": "unsure", "fluid_loss": "unsure", "dystonia_after_medicine": "unsure",
        "lasting_days": "unsure", "frequent_interfering": "unsure", "walking_pain": "unsure",
        "new_medicine": "unsure",
        "duration": "over_10_min",
        "location": ["calf", "thigh", "foot", "hand", "arm", "back", "neck", "abdomen", "chest"],
        "timing": ["night", "during_exercise", "after_exercise", "at_rest"],
        "frequency": "daily", "age_band": "65_plus", "pregnant": "unsure",
        "risk_factors": ["low_fitness", "dehydration", "new_or_hard_exercise", "heat",
                         "overweight", "low_mineral_diet", "alcohol"],
        "conditions": ["diabetes", "thyroid", "nerve_compression", "spinal_stenosis",
                       "liver_disease", "kidney_disease", "heart_disease"],
        "medications": ["diuretic", "statin", "pseudoephedrine", "salbutamol", "nifedipine",
                        "raloxifene_estrogen", "naproxen", "teriparatide", "blood_thinner",
                        "potassium_raising", "painkiller_combination"]
    }"#;

    fn answers(json: &str) -> Answers {
        let answers: Answers = serde_json::from_str(json).expect("a valid answer set");
        let result = assess(&answers);
        assert!(
            result.complete,
            "not a full answer set: {:?}",
            result.missing
        );
        answers
    }

    fn bench_assess(c: &mut Criterion) {
        let mild = answers(MILD);
        assert_eq!(assess(&mild).level.id(), "self_care");
        let busy = answers(BUSY);
        assert!(assess(&busy).reasons.len() > 10);

        let mut group = c.benchmark_group("assess");
        group.bench_function("full_mild_self_care", |b| {
            b.iter(|| assess(black_box(&mild)))
        });
        group.bench_function("full_busy_many_rules", |b| {
            b.iter(|| assess(black_box(&busy)))
        });
        group.finish();
    }

    criterion_group!(benches, bench_assess);
}

#[cfg(not(target_arch = "wasm32"))]
criterion::criterion_main!(native::benches);

#[cfg(target_arch = "wasm32")]
fn main() {}
