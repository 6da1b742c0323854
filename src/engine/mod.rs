//! The clinical logic of the self-check: plain data in, an [`Assessment`] out.
//!
//! Nothing here knows about the browser, so `cargo test` runs it natively. The rules follow
//! `clinical-requirements.md`; the words shown to people live in `crate::content`.

mod answers;
mod questions;
mod rules;
mod sources;
mod tips;

use serde::{Serialize, Serializer};

pub use answers::{Answer, AnswerError, Answers, Flag};
pub use questions::{Kind, Section, Q};
pub use rules::{reasons, rule, unsure_level, Level, Reason, Rule, RULES};
pub use sources::Source;
pub use tips::{pain_relief_caution, tips, Tip, TipNote};

/// The version of the clinical content (questions, rules, tips and their wording).
pub const CONTENT_VERSION: &str = "2.3";
/// The date the clinical content was last reviewed against its sources.
pub const REVIEWED: &str = "2026-12-06";

impl Serialize for Q {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.id())
    }
}

/// The advice for one set of answers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Assessment {
    /// The most urgent level any rule reaches (`self_care` when none fires).
    pub level: Level,
    /// Every rule that fired, in the order of the requirements' tables.
    pub reasons: Vec<Reason>,
    /// The tips that apply, most relevant first; empty on `emergency`.
    pub tips: Vec<Tip>,
    /// Parts of tips that apply to this person: the notes of `hydrate`, and
    /// `fever_paracetamol_only` on `pain_relief_ask_first`.
    pub tip_notes: Vec<TipNote>,
    /// True when every question is answered.
    pub complete: bool,
    /// The unanswered questions, in the order they are asked.
    pub missing: Vec<Q>,
    /// Whether the pain-relief caution applies (ask a pharmacist before any painkiller).
    pub pain_relief_caution: bool,
    /// Emergency signs answered `unsure`: if one gets worse or the person becomes sure, call now.
    pub unsure_signs: Vec<Q>,
    /// The content version the advice was made with.
    pub content_version: &'static str,
}

/// Works out the advice for a set of answers. Never panics; unanswered questions give a
/// lower bound (`complete` is false).
pub fn assess(answers: &Answers) -> Assessment {
    let reasons = reasons(answers);
    let level = reasons
        .iter()
        .map(|r| r.level)
        .max()
        .unwrap_or(Level::SelfCare);
    let tips = tips(answers, level);
    let missing: Vec<Q> = answers.missing().collect();
    Assessment {
        level,
        tip_notes: tips::tip_notes(answers, &tips),
        tips,
        reasons,
        complete: missing.is_empty(),
        missing,
        pain_relief_caution: pain_relief_caution(answers),
        unsure_signs: Q::in_section(Section::Emergency)
            .filter(|q| answers.flag(*q) == Some(Flag::Unsure))
            .collect(),
        content_version: CONTENT_VERSION,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all_no() -> Answers {
        let mut a = Answers::new();
        for q in Q::ALL {
            match q.kind() {
                Kind::Flag => a.set_flag(*q, Flag::No).unwrap(),
                Kind::Single(_) if *q == Q::AgeBand => a.choose(*q, "18_44").unwrap(),
                Kind::Single(options) => a.choose(*q, options[0]).unwrap(),
                Kind::Checklist(_) => a.tick_none(*q).unwrap(),
            }
        }
        a
    }

    #[test]
    fn nothing_wrong_is_self_care_and_complete() {
        let result = assess(&all_no());
        assert_eq!(result.level, Level::SelfCare);
        assert!(result.complete);
        assert!(result.reasons.is_empty());
        assert!(result.tips.contains(&Tip::NoQuinine));
        assert!(result.tips.contains(&Tip::PainReliefAfter));
    }

    #[test]
    fn empty_answers_are_incomplete_self_care_lower_bound() {
        let result = assess(&Answers::new());
        assert_eq!(result.level, Level::SelfCare);
        assert!(!result.complete);
        assert_eq!(result.missing.len(), Q::ALL.len());
        assert!(result.pain_relief_caution);
    }

    #[test]
    fn unsure_is_an_emergency_for_chest_pain_stroke_and_breathing_only() {
        let emergency: Vec<Q> = Q::in_section(Section::Emergency)
            .filter(|q| unsure_level(*q) == Some(Level::Emergency))
            .collect();
        assert_eq!(
            emergency,
            [Q::ChestPain, Q::StrokeSigns, Q::BreathingSwallowing]
        );
        assert_eq!(unsure_level(Q::ColdLeg), Some(Level::DoctorToday));
        assert_eq!(unsure_level(Q::Fever), None);
    }

    #[test]
    fn emergency_has_no_tips() {
        let mut a = all_no();
        a.set_flag(Q::Poison, Flag::Yes).unwrap();
        let result = assess(&a);
        assert_eq!(result.level, Level::Emergency);
        assert!(result.tips.is_empty());
    }
}
