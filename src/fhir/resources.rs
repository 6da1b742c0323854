//! The FHIR R4 resources the export writes, as serialize-only structs.
//!
//! Field order is the JSON's order, and an optional element is left out when it is `None` or
//! an empty list, so the files the page downloads stay the same from one build to the next.
//! The elements FHIR requires (`status`, `linkId`, `type`, ...) are plain values, always
//! written.

use serde::Serialize;

/// A FHIR R4 `Questionnaire`: the form, with its questions and answer options.
// `tag` writes `"resourceType": "Questionnaire"` as the first member, as FHIR JSON has it.
#[derive(Serialize)]
#[serde(tag = "resourceType", rename_all = "camelCase")]
pub struct Questionnaire {
    /// The language of the texts (BCP 47).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// The canonical URL.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The content version.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    /// Machine name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Title for people.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// `draft | active | retired | unknown`.
    pub status: String,
    /// When the content was last reviewed (a FHIR dateTime).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// The top-level items: here, one group per section.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub item: Vec<QuestionnaireItem>,
}

/// A group or question of a [`Questionnaire`].
#[derive(Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct QuestionnaireItem {
    /// Unique id within the Questionnaire: the section or question id.
    pub link_id: String,
    /// The heading or question for people.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// `group`, `choice`, ...
    #[serde(rename = "type")]
    pub item_type: String,
    /// The item is only asked when these hold.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub enable_when: Vec<EnableWhen>,
    /// `all | any`: how several `enableWhen` combine.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enable_behavior: Option<String>,
    /// Must be answered in a `completed` response (when enabled).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub required: Option<bool>,
    /// Takes several answers (a checklist).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub repeats: Option<bool>,
    /// The answers a choice item offers.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub answer_option: Vec<AnswerOption>,
    /// The items of a group.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub item: Vec<QuestionnaireItem>,
}

/// One answer a choice item offers.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AnswerOption {
    /// Extensions; here only `questionnaire-optionExclusive` on `none`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub extension: Vec<Extension>,
    /// The coded answer (FHIR's `value[x]`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value_coding: Option<Coding>,
}

/// A FHIR extension with a boolean value.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Extension {
    /// What the extension means.
    pub url: String,
    /// Its value.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value_boolean: Option<bool>,
}

/// A code from a code system, with its words in the resource's language.
// Cloned because every group after the emergency signs repeats the same conditions.
#[derive(Clone, Serialize)]
pub struct Coding {
    /// The code system.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub system: Option<String>,
    /// The code: a question's option id, `yes`/`no`/`unsure`, or `none`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// The words shown to the person.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub display: Option<String>,
}

impl Coding {
    /// A coding with all three parts.
    pub fn new(system: impl Into<String>, code: impl Into<String>, display: &str) -> Self {
        Coding {
            system: Some(system.into()),
            code: Some(code.into()),
            display: Some(display.to_owned()),
        }
    }
}

/// A condition for asking an item.
#[derive(Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct EnableWhen {
    /// The linkId of the question it depends on.
    pub question: String,
    /// `exists | = | != | > | < | >= | <=`.
    pub operator: String,
    /// The answer compared with (FHIR's `answer[x]`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub answer_coding: Option<Coding>,
}

/// A FHIR R4 `QuestionnaireResponse`: the answers to a [`Questionnaire`].
// `tag` writes `"resourceType": "QuestionnaireResponse"` first, as for the Questionnaire.
#[derive(Serialize)]
#[serde(tag = "resourceType", rename_all = "camelCase")]
pub struct QuestionnaireResponse {
    /// The language of the texts (BCP 47).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// The Questionnaire answered: its `url|version`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub questionnaire: Option<String>,
    /// `in-progress | completed | amended | entered-in-error | stopped`.
    pub status: String,
    /// When the answers were given (a FHIR dateTime).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub authored: Option<String>,
    /// The answered groups.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub item: Vec<ResponseItem>,
}

/// An answered group or question of a [`QuestionnaireResponse`].
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ResponseItem {
    /// The Questionnaire item answered.
    pub link_id: String,
    /// The heading or question as shown.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// The answers of a question.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub answer: Vec<ResponseAnswer>,
    /// The items of a group.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub item: Vec<ResponseItem>,
}

/// One answer.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ResponseAnswer {
    /// The coded answer (FHIR's `value[x]`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value_coding: Option<Coding>,
}
