//! The question catalogue: every question id of the clinical requirements, its section and
//! the answers it takes. The ids are a contract (JSON keys, `data-question` attributes).

/// The four groups of questions, asked in this order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Section {
    /// Emergency signs: asked first; a `yes` ends the check.
    Emergency,
    /// Red flags that call for a doctor.
    RedFlags,
    /// What the spasms are like.
    Details,
    /// The person and their risk factors.
    Person,
}

impl Section {
    /// Every section, in the order the page asks them.
    pub const ALL: [Section; 4] = [
        Section::Emergency,
        Section::RedFlags,
        Section::Details,
        Section::Person,
    ];

    /// The section's id, used in content keys and DOM attributes.
    pub fn id(self) -> &'static str {
        match self {
            Section::Emergency => "emergency",
            Section::RedFlags => "red_flags",
            Section::Details => "details",
            Section::Person => "person",
        }
    }
}

/// What kind of answer a question takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// `yes`, `no` or `unsure`.
    Flag,
    /// Exactly one of the options.
    Single(&'static [&'static str]),
    /// Any number of the options; an empty list means "none of these".
    Checklist(&'static [&'static str]),
}

impl Kind {
    /// The option ids of a single or checklist question (empty for a flag).
    pub fn options(self) -> &'static [&'static str] {
        match self {
            Kind::Flag => &[],
            Kind::Single(options) | Kind::Checklist(options) => options,
        }
    }
}

macro_rules! questions {
    ($($variant:ident = $id:literal, $section:ident, $kind:expr;)+) => {
        /// A question of the self-check. The order is the order of the requirements.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Q {
            $(
                #[doc = concat!("`", $id, "`")]
                $variant,
            )+
        }

        impl Q {
            /// Every question, in the order of the requirements (and of the page).
            pub const ALL: &'static [Q] = &[$(Q::$variant),+];

            /// The question id of the requirements.
            pub fn id(self) -> &'static str {
                match self {
                    $(Q::$variant => $id,)+
                }
            }

            /// The section the question belongs to.
            pub fn section(self) -> Section {
                match self {
                    $(Q::$variant => Section::$section,)+
                }
            }

            /// The kind of answer the question takes.
            pub fn kind(self) -> Kind {
                match self {
                    $(Q::$variant => $kind,)+
                }
            }

            /// The question with this id, if there is one.
            pub fn from_id(id: &str) -> Option<Q> {
                match id {
                    $($id => Some(Q::$variant),)+
                    _ => None,
                }
            }
        }
    };
}

/// Options of `duration`.
pub const DURATION: &[&str] = &["seconds", "minutes", "over_10_min"];
/// Options of `location`.
pub const LOCATION: &[&str] = &[
    "calf", "thigh", "foot", "hand", "arm", "back", "neck", "abdomen", "chest",
];
/// Options of `timing`.
pub const TIMING: &[&str] = &["night", "during_exercise", "after_exercise", "at_rest"];
/// Options of `frequency`.
pub const FREQUENCY: &[&str] = &["first_time", "sometimes", "weekly", "daily"];
/// Options of `age_band`.
pub const AGE_BAND: &[&str] = &["under_18", "18_44", "45_64", "65_plus"];
/// Options of `risk_factors`.
pub const RISK_FACTORS: &[&str] = &[
    "low_fitness",
    "dehydration",
    "new_or_hard_exercise",
    "heat",
    "overweight",
    "low_mineral_diet",
    "alcohol",
    "stress",
];
/// Options of `conditions`.
pub const CONDITIONS: &[&str] = &[
    "diabetes",
    "thyroid",
    "nerve_compression",
    "spinal_stenosis",
    "liver_disease",
    "kidney_disease",
    "heart_disease",
];
/// Options of `medications`.
pub const MEDICATIONS: &[&str] = &[
    "diuretic",
    "statin",
    "pseudoephedrine",
    "salbutamol",
    "nifedipine",
    "raloxifene_estrogen",
    "naproxen",
    "teriparatide",
    "blood_thinner",
    "potassium_raising",
    "painkiller_combination",
];

questions! {
    ChestPain = "chest_pain", Emergency, Kind::Flag;
    StrokeSigns = "stroke_signs", Emergency, Kind::Flag;
    HeatConfusion = "heat_confusion", Emergency, Kind::Flag;
    DarkUrine = "dark_urine", Emergency, Kind::Flag;
    Lockjaw = "lockjaw", Emergency, Kind::Flag;
    BreathingSwallowing = "breathing_swallowing", Emergency, Kind::Flag;
    ColdLeg = "cold_leg", Emergency, Kind::Flag;
    BackNumb = "back_numb", Emergency, Kind::Flag;
    StiffFever = "stiff_fever", Emergency, Kind::Flag;
    Poison = "poison", Emergency, Kind::Flag;
    SwellingRedness = "swelling_redness", RedFlags, Kind::Flag;
    CantMove = "cant_move", RedFlags, Kind::Flag;
    SeverePainWeakness = "severe_pain_weakness", RedFlags, Kind::Flag;
    LossOfFeeling = "loss_of_feeling", RedFlags, Kind::Flag;
    PinsNeedles = "pins_needles", RedFlags, Kind::Flag;
    TinglingMouth = "tingling_mouth", RedFlags, Kind::Flag;
    Twitching = "twitching", RedFlags, Kind::Flag;
    Wasting = "wasting", RedFlags, Kind::Flag;
    Fever = "fever", RedFlags, Kind::Flag;
    Wound = "wound", RedFlags, Kind::Flag;
    HeatExhaustion = "heat_exhaustion", RedFlags, Kind::Flag;
    FluidLoss = "fluid_loss", RedFlags, Kind::Flag;
    DystoniaAfterMedicine = "dystonia_after_medicine", RedFlags, Kind::Flag;
    LastingDays = "lasting_days", RedFlags, Kind::Flag;
    FrequentInterfering = "frequent_interfering", RedFlags, Kind::Flag;
    WalkingPain = "walking_pain", RedFlags, Kind::Flag;
    NewMedicine = "new_medicine", RedFlags, Kind::Flag;
    Duration = "duration", Details, Kind::Single(DURATION);
    Location = "location", Details, Kind::Checklist(LOCATION);
    Timing = "timing", Details, Kind::Checklist(TIMING);
    Frequency = "frequency", Details, Kind::Single(FREQUENCY);
    AgeBand = "age_band", Person, Kind::Single(AGE_BAND);
    Pregnant = "pregnant", Person, Kind::Flag;
    RiskFactors = "risk_factors", Person, Kind::Checklist(RISK_FACTORS);
    Conditions = "conditions", Person, Kind::Checklist(CONDITIONS);
    Medications = "medications", Person, Kind::Checklist(MEDICATIONS);
}

impl Q {
    /// The questions of one section, in order.
    pub fn in_section(section: Section) -> impl Iterator<Item = Q> {
        Q::ALL
            .iter()
            .copied()
            .filter(move |q| q.section() == section)
    }

    /// The catalogue's own copy of an option id of this question, if it has that option.
    pub fn option(self, option: &str) -> Option<&'static str> {
        self.kind().options().iter().copied().find(|o| *o == option)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_and_are_unique() {
        for q in Q::ALL {
            assert_eq!(Q::from_id(q.id()), Some(*q));
        }
        let mut ids: Vec<_> = Q::ALL.iter().map(|q| q.id()).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), 36);
    }

    #[test]
    fn emergency_signs_come_first() {
        let sections: Vec<_> = Q::ALL.iter().map(|q| q.section()).collect();
        let mut sorted = sections.clone();
        sorted.sort();
        assert_eq!(sections, sorted);
        assert_eq!(Q::in_section(Section::Emergency).count(), 10);
        assert_eq!(Q::ALL[1], Q::StrokeSigns, "stroke signs are asked second");
    }
}
