//! The rules of sections 1 to 5 of the clinical requirements: each one, when it fires, gives a
//! level and adds one reason. The table order is the order of the requirements' tables.

use serde::{Serialize, Serializer};

use super::answers::{Answer, Answers, Flag};
use super::questions::Q;
use super::sources::Source as S;

/// How urgent the advice is. Ordered from least to most urgent, so `max` is the most urgent.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    /// Look after it at home.
    SelfCare,
    /// Talk to a pharmacist.
    Pharmacist,
    /// See a doctor within 1 to 3 days.
    DoctorSoon,
    /// Get medical help today.
    DoctorToday,
    /// Call emergency services now.
    Emergency,
}

impl Level {
    /// Every level, most urgent first.
    pub const ALL: [Level; 5] = [
        Level::Emergency,
        Level::DoctorToday,
        Level::DoctorSoon,
        Level::Pharmacist,
        Level::SelfCare,
    ];

    /// The level id (`emergency`, `doctor_today`, ...).
    pub fn id(self) -> &'static str {
        match self {
            Level::SelfCare => "self_care",
            Level::Pharmacist => "pharmacist",
            Level::DoctorSoon => "doctor_soon",
            Level::DoctorToday => "doctor_today",
            Level::Emergency => "emergency",
        }
    }
}

/// What makes a rule fire.
#[derive(Clone, Copy, Debug)]
enum Trigger {
    /// An emergency sign: `yes` gives the rule's level; `unsure` gives the level held here.
    Sign(Q, Level),
    /// A flag answered `yes` or `unsure`.
    Flag(Q),
    /// An option chosen (single) or ticked (checklist).
    Option(Q, &'static str),
    /// An option chosen, unless a condition on the other answers holds.
    OptionUnless(Q, &'static str, fn(&Answers) -> bool),
    /// A pair of findings (section 5).
    Pair(fn(&Answers) -> bool),
}

/// One rule of the requirements.
#[derive(Clone, Copy, Debug)]
pub struct Rule {
    /// The reason id: the question id, `question:option`, or the pair id.
    pub id: &'static str,
    /// The level the rule gives (for an emergency sign answered `yes`).
    pub level: Level,
    /// Where the rule comes from.
    pub sources: &'static [S],
    trigger: Trigger,
}

impl Rule {
    /// The level this rule gives for these answers, or `None` when it does not fire.
    pub fn fires(&self, a: &Answers) -> Option<Level> {
        match self.trigger {
            Trigger::Sign(q, unsure) => match a.flag(q)? {
                Flag::Yes => Some(self.level),
                Flag::Unsure => Some(unsure),
                Flag::No => None,
            },
            Trigger::Flag(q) => a.positive(q).then_some(self.level),
            Trigger::Option(q, option) => a.has(q, option).then_some(self.level),
            Trigger::OptionUnless(q, option, unless) => {
                (a.has(q, option) && !unless(a)).then_some(self.level)
            }
            Trigger::Pair(when) => when(a).then_some(self.level),
        }
    }

    /// Whether this is a pair rule of section 5.
    pub fn is_pair(&self) -> bool {
        matches!(self.trigger, Trigger::Pair(_))
    }
}

const fn sign(q: Q, id: &'static str, unsure: Level, sources: &'static [S]) -> Rule {
    Rule {
        id,
        level: Level::Emergency,
        sources,
        trigger: Trigger::Sign(q, unsure),
    }
}

const fn flag(q: Q, id: &'static str, level: Level, sources: &'static [S]) -> Rule {
    Rule {
        id,
        level,
        sources,
        trigger: Trigger::Flag(q),
    }
}

const fn opt(q: Q, o: &'static str, id: &'static str, level: Level, sources: &'static [S]) -> Rule {
    Rule {
        id,
        level,
        sources,
        trigger: Trigger::Option(q, o),
    }
}

const fn opt_unless(
    q: Q,
    o: &'static str,
    id: &'static str,
    level: Level,
    unless: fn(&Answers) -> bool,
    sources: &'static [S],
) -> Rule {
    Rule {
        id,
        level,
        sources,
        trigger: Trigger::OptionUnless(q, o, unless),
    }
}

const fn pair(id: &'static str, when: fn(&Answers) -> bool, sources: &'static [S]) -> Rule {
    Rule {
        id,
        level: Level::DoctorToday,
        sources,
        trigger: Trigger::Pair(when),
    }
}

use Level::{DoctorSoon as SOON, DoctorToday as TODAY, Emergency as NOW, Pharmacist as PHARM};

const CONDITION_SOURCES: &[S] = &[S::Article, S::NiceCks, S::Aafp];

/// Every rule that sets a level, in the order of the requirements' tables.
#[rustfmt::skip]
pub static RULES: &[Rule] = &[
    // 1. Emergency signs.
    sign(Q::ChestPain, "chest_pain", NOW, &[S::NhsHeartAttack, S::NhsDvt]),
    sign(Q::StrokeSigns, "stroke_signs", NOW, &[S::NhsStroke]),
    sign(Q::HeatConfusion, "heat_confusion", TODAY, &[S::CdcHeat, S::IndiaHeat]),
    sign(Q::DarkUrine, "dark_urine", TODAY, &[S::MayoStatins]),
    sign(Q::Lockjaw, "lockjaw", TODAY, &[S::NhsTetanus, S::NhsLegCramps]),
    sign(Q::BreathingSwallowing, "breathing_swallowing", NOW, &[S::NhsLegCramps, S::Hypocalcaemia]),
    sign(Q::ColdLeg, "cold_leg", TODAY, &[S::NhsLimbIschaemia]),
    sign(Q::BackNumb, "back_numb", TODAY, &[S::NhsCaudaEquina]),
    sign(Q::StiffFever, "stiff_fever", TODAY, &[S::MsdSerotoninNms]),
    sign(Q::Poison, "poison", TODAY, &[S::MsdOrganophosphate]),
    // 2. Red flags.
    flag(Q::SwellingRedness, "swelling_redness", TODAY, &[S::Article, S::NhsDvt]),
    flag(Q::CantMove, "cant_move", TODAY, &[S::Article]),
    flag(Q::SeverePainWeakness, "severe_pain_weakness", TODAY, &[S::Article, S::Merck]),
    flag(Q::LossOfFeeling, "loss_of_feeling", TODAY, &[S::Article, S::Merck]),
    flag(Q::PinsNeedles, "pins_needles", SOON, &[S::Article, S::NiceCks]),
    flag(Q::TinglingMouth, "tingling_mouth", TODAY, &[S::Hypocalcaemia]),
    flag(Q::Twitching, "twitching", TODAY, &[S::Merck]),
    flag(Q::Wasting, "wasting", SOON, &[S::NiceCks, S::MayoCramp, S::Article]),
    flag(Q::Fever, "fever", TODAY, &[S::Article, S::IndiaFever]),
    flag(Q::Wound, "wound", TODAY, &[S::NhsLegCramps, S::NhsTetanus, S::Rabies]),
    flag(Q::HeatExhaustion, "heat_exhaustion", TODAY, &[S::CdcHeat]),
    flag(Q::FluidLoss, "fluid_loss", TODAY, &[S::Merck]),
    flag(Q::DystoniaAfterMedicine, "dystonia_after_medicine", TODAY, &[S::Ema, S::MsdManual]),
    flag(Q::LastingDays, "lasting_days", SOON, &[S::Article]),
    flag(Q::FrequentInterfering, "frequent_interfering", SOON, &[S::Article, S::NhsLegCramps]),
    flag(Q::WalkingPain, "walking_pain", SOON, &[S::Merck, S::NiceCks]),
    flag(Q::NewMedicine, "new_medicine", SOON, &[S::Merck, S::Article]),
    // 3. Details of the spasms.
    opt_unless(Q::Duration, "over_10_min", "duration:over_10_min", TODAY, only_back_or_neck,
        &[S::NhsLegCramps, S::Article, S::NhsBackPain, S::NhsNeckPain]),
    opt(Q::Location, "arm", "location:arm", TODAY, &[S::Merck]),
    opt(Q::Location, "abdomen", "location:abdomen", TODAY, &[S::Merck]),
    opt(Q::Location, "chest", "location:chest", TODAY, &[S::Merck]),
    opt(Q::Frequency, "daily", "frequency:daily", SOON, &[S::NhsLegCramps, S::Article]),
    // 4. The person and the risk factors.
    opt(Q::AgeBand, "under_18", "age_band:under_18", PHARM, &[S::Article, S::Aafp]),
    flag(Q::Pregnant, "pregnant", PHARM, &[S::Article, S::NhsLegCrampsPregnancy]),
    opt(Q::RiskFactors, "alcohol", "risk_factors:alcohol", SOON, &[S::Article, S::Merck]),
    opt(Q::Conditions, "diabetes", "conditions:diabetes", PHARM, CONDITION_SOURCES),
    opt(Q::Conditions, "thyroid", "conditions:thyroid", PHARM, CONDITION_SOURCES),
    opt(Q::Conditions, "nerve_compression", "conditions:nerve_compression", PHARM, CONDITION_SOURCES),
    opt(Q::Conditions, "spinal_stenosis", "conditions:spinal_stenosis", PHARM, CONDITION_SOURCES),
    opt(Q::Conditions, "liver_disease", "conditions:liver_disease", SOON, CONDITION_SOURCES),
    opt(Q::Conditions, "kidney_disease", "conditions:kidney_disease", SOON, CONDITION_SOURCES),
    opt(Q::Conditions, "heart_disease", "conditions:heart_disease", PHARM, CONDITION_SOURCES),
    opt(Q::Medications, "diuretic", "medications:diuretic", PHARM, &[S::Article]),
    opt(Q::Medications, "statin", "medications:statin", PHARM, &[S::Article]),
    opt(Q::Medications, "pseudoephedrine", "medications:pseudoephedrine", PHARM, &[S::Article]),
    opt(Q::Medications, "salbutamol", "medications:salbutamol", PHARM, &[S::NiceCks]),
    opt(Q::Medications, "nifedipine", "medications:nifedipine", PHARM, &[S::NiceCks]),
    opt(Q::Medications, "raloxifene_estrogen", "medications:raloxifene_estrogen", PHARM, &[S::Aafp]),
    opt(Q::Medications, "naproxen", "medications:naproxen", PHARM, &[S::Aafp]),
    opt(Q::Medications, "teriparatide", "medications:teriparatide", PHARM, &[S::Aafp]),
    opt(Q::Medications, "blood_thinner", "medications:blood_thinner", PHARM, &[S::Article, S::NhsIbuprofen]),
    opt(Q::Medications, "potassium_raising", "medications:potassium_raising", PHARM, &[S::Article, S::NhsIbuprofen]),
    opt(Q::Medications, "painkiller_combination", "medications:painkiller_combination", PHARM, &[S::Article, S::NhsIbuprofen]),
    // 5. Pairs of findings.
    pair("pair_diuretic_fluid", diuretic_fluid, &[S::Merck, S::Article]),
    pair("pair_heat", heat_pair, &[S::CdcHeat]),
    pair("pair_statin", statin_pair, &[S::MayoStatins]),
    pair("pair_pregnant_swelling", pregnant_swelling, &[S::NhsDvt]),
    pair("pair_pregnant_abdomen", pregnant_abdomen, &[S::NhsPregnancyPain]),
    pair("pair_fever_swelling", fever_swelling, &[S::NhsCellulitis]),
];

/// `location` is answered and holds only `back` and/or `neck`: a strained back or neck stays
/// tight for hours or days, which the `neck_back_care` tip covers. "None of these" (an empty
/// list) is not "only back or neck", so a long spasm elsewhere still counts.
fn only_back_or_neck(a: &Answers) -> bool {
    match a.get(Q::Location) {
        Some(Answer::Many(list)) => {
            !list.is_empty() && list.iter().all(|o| matches!(*o, "back" | "neck"))
        }
        _ => false,
    }
}

fn diuretic_fluid(a: &Answers) -> bool {
    a.has(Q::Medications, "diuretic")
        && (a.positive(Q::FluidLoss) || a.has(Q::RiskFactors, "dehydration"))
}

fn heat_pair(a: &Answers) -> bool {
    a.has(Q::RiskFactors, "heat")
        && (a.has(Q::Conditions, "heart_disease") || a.has(Q::Duration, "over_10_min"))
}

fn statin_pair(a: &Answers) -> bool {
    a.has(Q::Medications, "statin") && a.positive(Q::SeverePainWeakness)
}

fn pregnant_swelling(a: &Answers) -> bool {
    a.positive(Q::Pregnant) && a.positive(Q::SwellingRedness)
}

fn pregnant_abdomen(a: &Answers) -> bool {
    a.positive(Q::Pregnant) && a.has(Q::Location, "abdomen")
}

fn fever_swelling(a: &Answers) -> bool {
    a.positive(Q::Fever) && a.positive(Q::SwellingRedness)
}

/// The level an emergency sign answered `unsure` gives (`None` for other questions).
pub fn unsure_level(q: Q) -> Option<Level> {
    RULES.iter().find_map(|r| match r.trigger {
        Trigger::Sign(sign, unsure) if sign == q => Some(unsure),
        _ => None,
    })
}

/// The rule with this reason id.
pub fn rule(id: &str) -> Option<&'static Rule> {
    RULES.iter().find(|r| r.id == id)
}

/// One rule that fired: why the advice is what it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reason {
    /// The rule's id.
    pub id: &'static str,
    /// The level this rule gives for these answers.
    pub level: Level,
    /// Where the rule comes from (never empty).
    pub sources: &'static [S],
}

impl Serialize for Reason {
    fn serialize<Ser: Serializer>(&self, serializer: Ser) -> Result<Ser::Ok, Ser::Error> {
        use serde::ser::SerializeStruct;
        let mut s = serializer.serialize_struct("Reason", 4)?;
        s.serialize_field("id", self.id)?;
        s.serialize_field("level", &self.level)?;
        s.serialize_field("source", &SourceTitles(self.sources))?;
        s.serialize_field("sources", &SourceIds(self.sources))?;
        s.end()
    }
}

/// Serializes sources as one citation string, `"A; B"`.
pub(crate) struct SourceTitles(pub &'static [S]);

impl Serialize for SourceTitles {
    fn serialize<Ser: Serializer>(&self, serializer: Ser) -> Result<Ser::Ok, Ser::Error> {
        serializer.collect_str(&format_args!("{}", Titles(self.0)))
    }
}

struct Titles(&'static [S]);

impl std::fmt::Display for Titles {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for (i, s) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str("; ")?;
            }
            f.write_str(s.title())?;
        }
        Ok(())
    }
}

/// Serializes sources as a list of source ids.
pub(crate) struct SourceIds(pub &'static [S]);

impl Serialize for SourceIds {
    fn serialize<Ser: Serializer>(&self, serializer: Ser) -> Result<Ser::Ok, Ser::Error> {
        serializer.collect_seq(self.0.iter().map(|s| s.id()))
    }
}

/// Every rule that fires for these answers, in table order.
pub fn reasons(a: &Answers) -> Vec<Reason> {
    RULES
        .iter()
        .filter_map(|r| {
            r.fires(a).map(|level| Reason {
                id: r.id,
                level,
                sources: r.sources,
            })
        })
        .collect()
}
