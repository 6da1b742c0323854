//! The sources that every rule and tip cites. Titles are names of publications, so they are
//! shown as they are in every language.

macro_rules! sources {
    ($($variant:ident = $id:literal, $title:literal;)+) => {
        /// A source of the clinical requirements.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Source {
            $(
                #[doc = $title]
                $variant,
            )+
        }

        impl Source {
            /// Every source, in the order of the source list.
            pub const ALL: &'static [Source] = &[$(Source::$variant),+];

            /// A short stable id.
            pub fn id(self) -> &'static str {
                match self {
                    $(Source::$variant => $id,)+
                }
            }

            /// The citation shown to people.
            pub fn title(self) -> &'static str {
                match self {
                    $(Source::$variant => $title,)+
                }
            }
        }
    };
}

sources! {
    Article = "article", "Patient article \u{201c}Muscle spasms\u{201d} (Indian online pharmacy, May 2025)";
    MedlinePlus = "medlineplus", "MedlinePlus: Muscle cramps";
    StatPearls = "statpearls", "StatPearls: Muscle Cramps (Brar, 2020)";
    OrthoInfo = "orthoinfo", "OrthoInfo: Muscle cramps";
    BetterHealth = "better_health", "Better Health Channel: Muscle cramp";
    NhsLegCramps = "nhs_leg_cramps", "NHS: Leg cramps";
    NhsLegCrampsPregnancy = "nhs_pregnancy_cramps", "NHS: Leg cramps in pregnancy";
    NhsDvt = "nhs_dvt", "NHS: Deep vein thrombosis";
    NhsHeartAttack = "nhs_heart_attack", "NHS: Heart attack";
    NhsStroke = "nhs_stroke", "NHS: Stroke (FAST: face, arms, speech, time to call)";
    NhsTetanus = "nhs_tetanus", "NHS: Tetanus";
    NhsCellulitis = "nhs_cellulitis", "NHS: Cellulitis";
    NhsCaudaEquina = "nhs_cauda_equina", "NHS: Cauda equina syndrome";
    NhsLimbIschaemia = "nhs_limb_ischaemia", "NHS: Peripheral arterial disease and acute limb ischaemia guidance";
    NhsIbuprofen = "nhs_ibuprofen", "NHS: Ibuprofen";
    NhsPregnancyPain = "nhs_pregnancy_stomach_pain", "NHS: Stomach pain in pregnancy";
    NhsBackPain = "nhs_back_pain", "NHS: Back pain";
    NhsNeckPain = "nhs_neck_pain", "NHS: Neck pain";
    Rabies = "rabies", "WHO fact sheet: Rabies; India's National Rabies Control Programme";
    IndiaDengue = "india_dengue", "India's National Center for Vector Borne Diseases Control: dengue guidance";
    NiceCks = "nice_cks", "NICE Clinical Knowledge Summaries: Leg cramps";
    Merck = "merck", "Merck Manual, consumer version: Muscle cramps";
    MsdSerotoninNms = "msd_serotonin_nms", "MSD Manual, consumer version: Serotonin syndrome; Neuroleptic malignant syndrome";
    MsdOrganophosphate = "msd_organophosphate", "MSD Manual, consumer version: Organophosphate poisoning";
    MsdManual = "msd_manual", "MSD Manual, consumer version";
    MayoCramp = "mayo_cramp", "Mayo Clinic: Muscle cramp";
    MayoStatins = "mayo_statins", "Mayo Clinic: Statins and rhabdomyolysis";
    CdcHeat = "cdc_heat", "CDC: Heat-related illness";
    IndiaHeat = "india_heat", "MoHFW / NCDC: Heat-related illness guidance (India)";
    IndiaFever = "india_fever", "Indian practice: same-day testing for dengue and leptospirosis when fever comes with muscle pain";
    Fssai = "fssai_ors", "FSSAI (2025): order on \u{201c}ORS\u{201d} labelling (India)";
    Hypocalcaemia = "hypocalcaemia", "Clinical references on low blood calcium (hypocalcaemia)";
    Aafp = "aafp_2012", "Allen RE, Kirby KA. Nocturnal leg cramps. Am Fam Physician 2012;86(4):350-355";
    QuinineWarnings = "quinine_warnings", "US FDA (2010) and UK MHRA (2010): safety warnings on quinine for leg cramps";
    Ema = "ema_metoclopramide", "EMA (2013): review of metoclopramide";
    KidneyResearchUk = "kidney_research_uk", "Kidney Research UK: Potassium and kidney disease";
    Drinkaware = "drinkaware", "Drinkaware";
}
