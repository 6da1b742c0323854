//! The advice of section 6 of the clinical requirements: which tips show, in table order.

use serde::Serialize;

use super::answers::{Answers, Flag};
use super::questions::{Section, Q};
use super::rules::Level;
use super::sources::Source as S;

macro_rules! tips {
    ($($variant:ident = $id:literal, [$($src:ident),+];)+) => {
        /// A tip of section 6, in table order (the order the page shows them).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
        #[serde(rename_all = "snake_case")]
        pub enum Tip {
            $(
                #[doc = concat!("`", $id, "`")]
                $variant,
            )+
        }

        impl Tip {
            /// Every tip, in table order.
            pub const ALL: &'static [Tip] = &[$(Tip::$variant),+];

            /// The tip id.
            pub fn id(self) -> &'static str {
                match self {
                    $(Tip::$variant => $id,)+
                }
            }

            /// Where the advice comes from (never empty).
            pub fn sources(self) -> &'static [S] {
                match self {
                    $(Tip::$variant => &[$(S::$src),+],)+
                }
            }
        }
    };
}

tips! {
    RestRaiseLeg = "rest_raise_leg", [NhsDvt];
    CoolDown = "cool_down", [CdcHeat, IndiaHeat];
    StretchMassage = "stretch_massage", [Article, NhsLegCramps, Merck];
    HeatCold = "heat_cold", [Article];
    Hydrate = "hydrate", [Article, Fssai, KidneyResearchUk];
    MineralFoods = "mineral_foods", [Article, StatPearls, KidneyResearchUk];
    WarmUp = "warm_up", [Article];
    AvoidHeat = "avoid_heat", [Article, CdcHeat, IndiaHeat];
    NeckBackCare = "neck_back_care", [NhsBackPain, NhsNeckPain];
    EaseStress = "ease_stress", [Article];
    BedtimeStretch = "bedtime_stretch", [NhsLegCramps];
    StayActive = "stay_active", [Article];
    LimitAlcoholCaffeine = "limit_alcohol_caffeine", [StatPearls, Drinkaware];
    PainReliefAfter = "pain_relief_after", [NhsLegCramps, NhsIbuprofen];
    PainReliefAskFirst = "pain_relief_ask_first", [NhsIbuprofen, Article, IndiaDengue];
    MedicineReview = "medicine_review", [Article, Aafp];
    NoQuinine = "no_quinine", [QuinineWarnings];
    PregnancyCare = "pregnancy_care", [NhsLegCrampsPregnancy];
    PrescriptionRelaxants = "prescription_relaxants", [Article];
}

/// A part of a tip that shows only for some people.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TipNote {
    /// `hydrate`: coconut water, only with no kidney disease and no potassium-raising medicine.
    CoconutWater,
    /// `hydrate`: keep to a fluid limit, with heart or kidney disease.
    FluidLimit,
    /// `hydrate`: everyday drinks without added sugar (ORS still right), with diabetes.
    NoAddedSugar,
    /// `pain_relief_ask_first`: only paracetamol until dengue is ruled out, with fever.
    FeverParacetamolOnly,
}

impl TipNote {
    /// Every note, in the order the page shows them.
    pub const ALL: [TipNote; 4] = [
        TipNote::CoconutWater,
        TipNote::FluidLimit,
        TipNote::NoAddedSugar,
        TipNote::FeverParacetamolOnly,
    ];

    /// The note id.
    pub fn id(self) -> &'static str {
        match self {
            TipNote::CoconutWater => "coconut_water",
            TipNote::FluidLimit => "fluid_limit",
            TipNote::NoAddedSugar => "no_added_sugar",
            TipNote::FeverParacetamolOnly => "fever_paracetamol_only",
        }
    }

    /// The tip this note belongs to (it shows only with that tip).
    pub fn tip(self) -> Tip {
        match self {
            TipNote::FeverParacetamolOnly => Tip::PainReliefAskFirst,
            _ => Tip::Hydrate,
        }
    }
}

/// Whether the pain-relief caution of section 4 applies. Unanswered questions that the
/// caution names count as if they made it apply.
pub fn pain_relief_caution(a: &Answers) -> bool {
    const UNKNOWN_MEANS_CAUTION: [Q; 7] = [
        Q::AgeBand,
        Q::Pregnant,
        Q::Conditions,
        Q::Medications,
        Q::RiskFactors,
        Q::Fever,
        Q::FluidLoss,
    ];
    a.positive(Q::Pregnant)
        || a.has(Q::AgeBand, "65_plus")
        || a.has_any(
            Q::Conditions,
            &["liver_disease", "kidney_disease", "heart_disease"],
        )
        || a.has_any(
            Q::Medications,
            &[
                "blood_thinner",
                "naproxen",
                "diuretic",
                "painkiller_combination",
                "potassium_raising",
            ],
        )
        || a.has_any(Q::RiskFactors, &["dehydration", "heat"])
        || a.positive(Q::Fever)
        || a.positive(Q::FluidLoss)
        || Q::in_section(Section::Emergency).any(|q| a.flag(q) == Some(Flag::Unsure))
        || UNKNOWN_MEANS_CAUTION.iter().any(|q| !a.is_answered(*q))
}

/// The tips that show for these answers at this level, in table order (none on `emergency`).
pub fn tips(a: &Answers, level: Level) -> Vec<Tip> {
    if level == Level::Emergency {
        return Vec::new();
    }
    // In "unless X" conditions an unanswered question counts as the answer that hides the tip.
    let unsure_or_unknown = |q| matches!(a.flag(q), Some(Flag::Unsure) | None);
    let positive_or_unknown = |q| a.positive(q) || !a.is_answered(q);

    let rest_raise_leg = a.positive(Q::SwellingRedness);
    let rest_raise_hides = rest_raise_leg || !a.is_answered(Q::SwellingRedness);
    let cool_down = a.positive(Q::HeatExhaustion) || a.flag(Q::HeatConfusion) == Some(Flag::Unsure);
    let cool_down_hides =
        cool_down || !a.is_answered(Q::HeatExhaustion) || !a.is_answered(Q::HeatConfusion);
    let limb_warning = unsure_or_unknown(Q::ColdLeg) || unsure_or_unknown(Q::BackNumb);
    let caution = pain_relief_caution(a);

    Tip::ALL
        .iter()
        .copied()
        .filter(|tip| match tip {
            Tip::RestRaiseLeg => rest_raise_leg,
            Tip::CoolDown => cool_down,
            Tip::StretchMassage => !(rest_raise_hides || limb_warning),
            Tip::HeatCold => {
                !(rest_raise_hides
                    || cool_down_hides
                    || positive_or_unknown(Q::LossOfFeeling)
                    || positive_or_unknown(Q::PinsNeedles)
                    || limb_warning)
            }
            Tip::Hydrate => {
                a.has_any(
                    Q::RiskFactors,
                    &["dehydration", "heat", "new_or_hard_exercise"],
                ) || a.positive(Q::FluidLoss)
                    || a.positive(Q::HeatExhaustion)
            }
            Tip::MineralFoods => {
                a.has_any(Q::RiskFactors, &["low_mineral_diet", "dehydration"])
                    && potassium_is_safe(a)
            }
            Tip::WarmUp => {
                a.has_any(Q::RiskFactors, &["new_or_hard_exercise", "low_fitness"])
                    || a.has_any(Q::Timing, &["during_exercise", "after_exercise"])
            }
            Tip::AvoidHeat => a.has(Q::RiskFactors, "heat"),
            Tip::NeckBackCare => {
                a.has_any(Q::Location, &["neck", "back"]) && !positive_or_unknown(Q::BackNumb)
            }
            Tip::EaseStress => a.has(Q::RiskFactors, "stress"),
            Tip::BedtimeStretch => a.has(Q::Timing, "night"),
            Tip::StayActive => {
                a.has_any(Q::RiskFactors, &["low_fitness", "overweight"])
                    || a.has_any(Q::AgeBand, &["45_64", "65_plus"])
            }
            Tip::LimitAlcoholCaffeine => a.has(Q::RiskFactors, "alcohol"),
            Tip::PainReliefAfter => !caution,
            Tip::PainReliefAskFirst => caution,
            Tip::MedicineReview => {
                matches!(a.get(Q::Medications), Some(super::Answer::Many(list)) if !list.is_empty())
                    || a.positive(Q::NewMedicine)
                    || a.positive(Q::DystoniaAfterMedicine)
            }
            Tip::NoQuinine => true,
            Tip::PregnancyCare => a.flag(Q::Pregnant) == Some(Flag::Yes),
            Tip::PrescriptionRelaxants => {
                matches!(level, Level::DoctorToday | Level::DoctorSoon)
            }
        })
        .collect()
}

/// No kidney disease and no potassium-raising medicine, both answered.
fn potassium_is_safe(a: &Answers) -> bool {
    a.is_answered(Q::Conditions)
        && a.is_answered(Q::Medications)
        && !a.has(Q::Conditions, "kidney_disease")
        && !a.has(Q::Medications, "potassium_raising")
}

/// The notes that apply, each only when its tip shows. An unanswered question gives the safer
/// note: no coconut water and the fluid limit without `conditions`, paracetamol only without
/// `fever`.
pub fn tip_notes(a: &Answers, tips: &[Tip]) -> Vec<TipNote> {
    TipNote::ALL
        .into_iter()
        .filter(|note| tips.contains(&note.tip()))
        .filter(|note| match note {
            TipNote::CoconutWater => potassium_is_safe(a),
            TipNote::FluidLimit => {
                a.has_any(Q::Conditions, &["heart_disease", "kidney_disease"])
                    || !a.is_answered(Q::Conditions)
            }
            TipNote::NoAddedSugar => a.has(Q::Conditions, "diabetes"),
            TipNote::FeverParacetamolOnly => a.positive(Q::Fever) || !a.is_answered(Q::Fever),
        })
        .collect()
}
