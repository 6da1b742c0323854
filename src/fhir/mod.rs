//! HL7 FHIR R4 export, so that clinical systems can read a person's answers.
//!
//! [`questionnaire`] describes the self-check as a FHIR `Questionnaire`, generated from the
//! engine's catalogue and the content; [`response`] writes [`Answers`](crate::Answers) as the
//! matching `QuestionnaireResponse`. Both return types that only serialize: the widget writes
//! FHIR and never reads it, so nothing here pulls serde's reading code (or
//! `serde_json::Value`) into the WebAssembly.
//!
//! Reading a response back and checking both resources against FHIR R4's rules is the tests'
//! job: `tests/common/fhir.rs` reads the JSON written here with its own lenient types, so what
//! is checked is the wire format a FHIR server receives.
//!
//! Like the engine, this is plain Rust and serde: nothing here touches the browser.

mod export;
mod resources;

pub use export::{emergency_answers, questionnaire, response};
pub use resources::{
    AnswerOption, Coding, EnableWhen, Extension, Questionnaire, QuestionnaireItem,
    QuestionnaireResponse, ResponseAnswer, ResponseItem,
};

use crate::engine::{self, Q};

/// The Questionnaire's canonical URL. The project has no web address of its own, so it is a
/// URN in the same namespace as the answer code systems.
pub const QUESTIONNAIRE_URL: &str = "urn:spasm-check:questionnaire";
/// The Questionnaire's machine name (FHIR wants one usable as an identifier).
pub const QUESTIONNAIRE_NAME: &str = "SpasmCheck";
/// The code system of the flag answers `yes`, `no` and `unsure`.
pub const ANSWER_SYSTEM: &str = "urn:spasm-check:answer";
/// The code of a checklist's explicit "none of these".
pub const NONE_CODE: &str = "none";
/// The FHIR core extension that marks an answer option excluding all others (our `none`).
pub const OPTION_EXCLUSIVE: &str =
    "http://hl7.org/fhir/StructureDefinition/questionnaire-optionExclusive";

/// The code system of the options of a single-choice or checklist question.
pub fn option_system(q: Q) -> String {
    format!("urn:spasm-check:option:{}", q.id())
}

/// The canonical reference a response gives: the Questionnaire's URL and version.
pub fn questionnaire_reference() -> String {
    format!("{QUESTIONNAIRE_URL}|{}", engine::CONTENT_VERSION)
}
