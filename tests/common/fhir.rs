//! FHIR R4 read back for the tests: lenient types for the JSON the export writes, the
//! reader that turns a `QuestionnaireResponse` back into answers, and a validator for the R4
//! rules that matter to these two resources, so that what the widget writes is what a FHIR
//! server accepts.
//!
//! The widget only writes FHIR (`spasm_check::fhir`); everything here reads its JSON, so the
//! tests judge the wire format and not the Rust structs that produce it.
//!
//! The types read leniently and [`validate`] judges. A required element that is missing reads
//! as empty (and is written back as missing), and `value[x]` / `answer[x]` choices other than
//! `Coding` are kept aside in `other`, so that one call names every problem at once instead
//! of serde stopping at the first. Only `resourceType` is checked while reading: a different
//! resource is not a broken one of these, it is something else.

use std::cmp::Ordering;
use std::collections::BTreeMap;

use serde::de::{self, DeserializeOwned, Deserializer};
use serde::{Deserialize, Serialize, Serializer};
use serde_json::Value;

use spasm_check::content::Lang;
use spasm_check::engine::{Answer, Flag, Kind, Q};
use spasm_check::fhir::{self, NONE_CODE, OPTION_EXCLUSIVE};
use spasm_check::Answers;

// ---------------------------------------------------------------------------------------------
// The resources, read leniently

macro_rules! resource_type {
    ($(#[$doc:meta])* $name:ident = $value:literal) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
        pub struct $name;

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str($value)
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let found = String::deserialize(deserializer)?;
                if found == $value {
                    Ok($name)
                } else {
                    Err(de::Error::custom(format!(
                        "resourceType is `{found}`, expected `{}`",
                        $value
                    )))
                }
            }
        }
    };
}

resource_type! {
    /// `"resourceType": "Questionnaire"`; reading any other resource type fails.
    QuestionnaireType = "Questionnaire"
}

resource_type! {
    /// `"resourceType": "QuestionnaireResponse"`; reading any other resource type fails.
    QuestionnaireResponseType = "QuestionnaireResponse"
}

/// A FHIR R4 `Questionnaire`: the form, with its questions and answer options.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Questionnaire {
    /// Always `Questionnaire`.
    pub resource_type: QuestionnaireType,
    /// The language of the texts (BCP 47).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// The canonical URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The content version.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    /// Machine name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Title for people.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// `draft | active | retired | unknown` (required; empty when missing).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub status: String,
    /// When the content was last reviewed (a FHIR dateTime).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// The top-level items: here, one group per section.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub item: Vec<QuestionnaireItem>,
}

/// A group or question of a [`Questionnaire`].
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct QuestionnaireItem {
    /// Unique id within the Questionnaire: the section or question id (required).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub link_id: String,
    /// The heading or question for people.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// `group`, `choice`, ... (required; empty when missing).
    #[serde(rename = "type", default, skip_serializing_if = "String::is_empty")]
    pub item_type: String,
    /// The item is only asked when these hold.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub enable_when: Vec<EnableWhen>,
    /// `all | any`: how several `enableWhen` combine.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable_behavior: Option<String>,
    /// Must be answered in a `completed` response (when enabled).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub required: Option<bool>,
    /// Takes several answers (a checklist).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub repeats: Option<bool>,
    /// The answers a choice item offers.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub answer_option: Vec<AnswerOption>,
    /// The items of a group.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub item: Vec<QuestionnaireItem>,
}

/// One answer a choice item offers.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AnswerOption {
    /// Extensions; here only `questionnaire-optionExclusive` on `none`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub extension: Vec<Extension>,
    /// The coded answer (FHIR requires a `value[x]`; empty when missing).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value_coding: Option<Coding>,
}

impl AnswerOption {
    /// Whether choosing this option excludes every other.
    pub fn is_exclusive(&self) -> bool {
        self.extension
            .iter()
            .any(|e| e.url == OPTION_EXCLUSIVE && e.value_boolean == Some(true))
    }
}

/// A FHIR extension with a boolean value.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Extension {
    /// What the extension means.
    pub url: String,
    /// Its value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value_boolean: Option<bool>,
}

/// A code from a code system, with its words in the response's language.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Coding {
    /// The code system.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub system: Option<String>,
    /// The code: a question's option id, `yes`/`no`/`unsure`, or `none`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// The words shown to the person.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display: Option<String>,
}

impl Coding {
    /// Same system and code (FHIR compares codings so; the display does not count).
    pub fn same_code(&self, other: &Coding) -> bool {
        self.system == other.system && self.code == other.code
    }
}

/// A condition for asking an item.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EnableWhen {
    /// The linkId of the question it depends on (required; empty when missing).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub question: String,
    /// `exists | = | != | > | < | >= | <=` (required; empty when missing).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub operator: String,
    /// The answer compared with.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answer_coding: Option<Coding>,
    /// Any other element as read (`answerBoolean`, `extension`, ...), kept so that
    /// [`validate`] can judge it.
    #[serde(flatten)]
    pub other: BTreeMap<String, Value>,
}

/// A FHIR R4 `QuestionnaireResponse`: the answers to a [`Questionnaire`].
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct QuestionnaireResponse {
    /// Always `QuestionnaireResponse`.
    pub resource_type: QuestionnaireResponseType,
    /// The language of the texts (BCP 47).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// The Questionnaire answered: its `url|version`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub questionnaire: Option<String>,
    /// `in-progress | completed | amended | entered-in-error | stopped` (required; empty when
    /// missing).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub status: String,
    /// When the answers were given (a FHIR dateTime).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authored: Option<String>,
    /// The answered groups.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub item: Vec<ResponseItem>,
}

/// An answered group or question of a [`QuestionnaireResponse`].
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ResponseItem {
    /// The Questionnaire item answered (required; empty when missing).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub link_id: String,
    /// The heading or question as shown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// The answers of a question.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub answer: Vec<ResponseAnswer>,
    /// The items of a group.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub item: Vec<ResponseItem>,
}

/// One answer.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ResponseAnswer {
    /// The coded answer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value_coding: Option<Coding>,
    /// Any other element as read (`valueString`, nested `item`, ...), kept so that
    /// [`validate`] can name it.
    #[serde(flatten)]
    pub other: BTreeMap<String, Value>,
}

// ---------------------------------------------------------------------------------------------
// The export, as its JSON reads

/// What the export writes, read back through the JSON the page downloads.
fn read_back<T: Serialize, R: DeserializeOwned>(exported: &T) -> R {
    let json = serde_json::to_string_pretty(exported).expect("the export serializes");
    serde_json::from_str(&json).expect("the export reads back")
}

/// The Questionnaire the widget exports in `lang`, as its JSON reads.
pub fn exported_questionnaire(lang: Lang) -> Questionnaire {
    read_back(&fhir::questionnaire(lang))
}

/// The response the widget exports for `answers`, as its JSON reads.
pub fn exported_response(answers: &Answers, lang: Lang, authored: &str) -> QuestionnaireResponse {
    read_back(&fhir::response(answers, lang, authored))
}

// ---------------------------------------------------------------------------------------------
// Reading the answers back

/// Reads the answers back from a `QuestionnaireResponse` to the exported Questionnaire: the
/// inverse of `spasm_check::fhir::response`. The response must pass [`validate`]; the errors
/// are joined with `; `.
pub fn answers_from_response(r: &QuestionnaireResponse) -> Result<Answers, String> {
    validate(&exported_questionnaire(Lang::En), r).map_err(|errors| errors.join("; "))?;
    let mut answers = Answers::new();
    for item in r.item.iter().flat_map(|group| &group.item) {
        if item.answer.is_empty() {
            continue;
        }
        let q = Q::from_id(&item.link_id)
            .ok_or_else(|| format!("item `{}` is not a question", item.link_id))?;
        let codes: Vec<&str> = item
            .answer
            .iter()
            .filter_map(|a| a.value_coding.as_ref()?.code.as_deref())
            .collect();
        let only = || match codes.as_slice() {
            [code] => Ok(*code),
            _ => Err(format!("item `{}` takes one answer", q.id())),
        };
        let unknown = |code: &str| format!("`{code}` is not an answer to `{}`", q.id());
        let answer = match q.kind() {
            Kind::Flag => {
                let code = only()?;
                Answer::Flag(Flag::from_id(code).ok_or_else(|| unknown(code))?)
            }
            Kind::Single(_) => {
                let code = only()?;
                Answer::One(q.option(code).ok_or_else(|| unknown(code))?)
            }
            Kind::Checklist(_) if codes == [NONE_CODE] => Answer::Many(Vec::new()),
            Kind::Checklist(_) => Answer::Many(
                codes
                    .iter()
                    .map(|code| q.option(code).ok_or_else(|| unknown(code)))
                    .collect::<Result<_, _>>()?,
            ),
        };
        answers.set(q, answer).map_err(|e| e.to_string())?;
    }
    Ok(answers)
}

// ---------------------------------------------------------------------------------------------
// Validation

const PUBLICATION_STATUS: &[&str] = &["draft", "active", "retired", "unknown"];
const RESPONSE_STATUS: &[&str] = &[
    "in-progress",
    "completed",
    "amended",
    "entered-in-error",
    "stopped",
];
/// R4's item types (`question` is abstract and may not be used).
const ITEM_TYPES: &[&str] = &[
    "group",
    "display",
    "boolean",
    "decimal",
    "integer",
    "date",
    "dateTime",
    "time",
    "string",
    "text",
    "url",
    "choice",
    "open-choice",
    "attachment",
    "reference",
    "quantity",
];
const OPERATORS: &[&str] = &["exists", "=", "!=", ">", "<", ">=", "<="];
const ENABLE_BEHAVIORS: &[&str] = &["all", "any"];

/// The `value[x]` types an answer to an item of this type may have.
fn value_types(item_type: &str) -> &'static [&'static str] {
    match item_type {
        "boolean" => &["Boolean"],
        "decimal" => &["Decimal"],
        "integer" => &["Integer"],
        "date" => &["Date"],
        "dateTime" => &["DateTime"],
        "time" => &["Time"],
        "string" | "text" => &["String"],
        "url" => &["Uri"],
        "choice" => &["Coding"],
        "open-choice" => &["Coding", "String"],
        "attachment" => &["Attachment"],
        "reference" => &["Reference"],
        "quantity" => &["Quantity"],
        _ => &[],
    }
}

fn is_choice(item_type: &str) -> bool {
    matches!(item_type, "choice" | "open-choice")
}

/// The type names of the `<prefix>[x]` elements present (`valueString` gives `String`).
fn choice_types<'a>(
    coding: Option<&Coding>,
    other: &'a BTreeMap<String, Value>,
    prefix: &str,
) -> Vec<&'a str> {
    let mut types: Vec<&str> = coding.map(|_| "Coding").into_iter().collect();
    types.extend(other.keys().filter_map(|k| {
        let t = k.strip_prefix(prefix)?;
        t.starts_with(|c: char| c.is_ascii_uppercase()).then_some(t)
    }));
    types
}

fn value_kinds(a: &ResponseAnswer) -> Vec<&str> {
    choice_types(a.value_coding.as_ref(), &a.other, "value")
}

fn one_of(list: &[&str]) -> String {
    list.join(", ")
}

fn find_option<'a>(item: &'a QuestionnaireItem, coding: &Coding) -> Option<&'a AnswerOption> {
    item.answer_option
        .iter()
        .find(|o| o.value_coding.as_ref().is_some_and(|c| c.same_code(coding)))
}

fn describe(coding: &Coding) -> String {
    format!(
        "`{}` ({})",
        coding.code.as_deref().unwrap_or(""),
        coding.system.as_deref().unwrap_or("no system")
    )
}

/// Where each linkId of a Questionnaire sits.
struct Index<'a> {
    entries: BTreeMap<&'a str, Entry<'a>>,
    counts: BTreeMap<&'a str, usize>,
}

struct Entry<'a> {
    item: &'a QuestionnaireItem,
    parent: Option<&'a str>,
}

impl<'a> Index<'a> {
    fn new(q: &'a Questionnaire) -> Self {
        let mut index = Index {
            entries: BTreeMap::new(),
            counts: BTreeMap::new(),
        };
        index.add(&q.item, None);
        index
    }

    fn add(&mut self, items: &'a [QuestionnaireItem], parent: Option<&'a str>) {
        for item in items {
            let id = item.link_id.as_str();
            if !id.is_empty() {
                *self.counts.entry(id).or_default() += 1;
                self.entries.entry(id).or_insert(Entry { item, parent });
            }
            self.add(&item.item, Some(id).filter(|id| !id.is_empty()));
        }
    }

    fn get(&self, id: &str) -> Option<&Entry<'a>> {
        self.entries.get(id)
    }
}

/// Checks a Questionnaire alone against FHIR R4's rules for the elements this export uses.
pub fn validate_questionnaire(q: &Questionnaire) -> Result<(), Vec<String>> {
    let mut errors = Vec::new();
    check_questionnaire(q, &Index::new(q), &mut errors);
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

fn check_questionnaire(q: &Questionnaire, index: &Index, errors: &mut Vec<String>) {
    match q.status.as_str() {
        "" => errors.push("Questionnaire.status is missing".to_owned()),
        s if !PUBLICATION_STATUS.contains(&s) => errors.push(format!(
            "Questionnaire.status `{s}` is not one of {}",
            one_of(PUBLICATION_STATUS)
        )),
        _ => {}
    }
    if let Some(url) = &q.url {
        if !is_absolute_uri(url) || url.contains(['|', '#']) {
            errors.push(format!(
                "Questionnaire.url `{url}` is not an absolute URI without `|` or `#`"
            ));
        }
    }
    if let Some(date) = &q.date {
        if !is_date_time(date) {
            errors.push(format!(
                "Questionnaire.date `{date}` is not a FHIR dateTime"
            ));
        }
    }
    for (id, n) in &index.counts {
        if *n > 1 {
            errors.push(format!(
                "linkId `{id}` is used {n} times; linkIds must be unique in the Questionnaire"
            ));
        }
    }
    for item in &q.item {
        check_item(item, index, errors);
    }
}

fn check_item(item: &QuestionnaireItem, index: &Index, errors: &mut Vec<String>) {
    let name = if item.link_id.is_empty() {
        errors.push("Questionnaire: an item has no linkId".to_owned());
        "an item without linkId".to_owned()
    } else {
        format!("item `{}`", item.link_id)
    };
    let t = item.item_type.as_str();
    if t.is_empty() {
        errors.push(format!("Questionnaire: {name} has no type"));
    } else if !ITEM_TYPES.contains(&t) {
        errors.push(format!(
            "Questionnaire: {name} has type `{t}`, which is not an R4 item type"
        ));
    }
    if t == "group" && item.item.is_empty() {
        errors.push(format!("Questionnaire: {name} is a group without items"));
    }
    if t == "display" {
        if !item.item.is_empty() {
            errors.push(format!("Questionnaire: display {name} has nested items"));
        }
        if item.required.is_some() || item.repeats.is_some() {
            errors.push(format!(
                "Questionnaire: display {name} cannot be required or repeat"
            ));
        }
    }
    if !item.answer_option.is_empty() && ITEM_TYPES.contains(&t) && !is_choice(t) {
        errors.push(format!(
            "Questionnaire: {name} has coded answer options but is not a choice item"
        ));
    }
    for option in &item.answer_option {
        match &option.value_coding {
            None => errors.push(format!(
                "Questionnaire: {name} has an answerOption without valueCoding"
            )),
            Some(c) => check_coding(c, &name, errors),
        }
    }
    for ew in &item.enable_when {
        check_enable_when(item, ew, index, &name, errors);
    }
    if item.enable_when.len() > 1 && item.enable_behavior.is_none() {
        errors.push(format!(
            "Questionnaire: {name} has several enableWhen but no enableBehavior"
        ));
    }
    if let Some(b) = &item.enable_behavior {
        if !ENABLE_BEHAVIORS.contains(&b.as_str()) {
            errors.push(format!(
                "Questionnaire: {name} has enableBehavior `{b}`, not one of {}",
                one_of(ENABLE_BEHAVIORS)
            ));
        }
    }
    for child in &item.item {
        check_item(child, index, errors);
    }
}

fn check_coding(c: &Coding, name: &str, errors: &mut Vec<String>) {
    match c.code.as_deref() {
        None => errors.push(format!("Questionnaire: {name} has a coding without code")),
        Some(code) if !is_code(code) => errors.push(format!(
            "Questionnaire: {name} has a code `{code}` with wrong spaces"
        )),
        Some(_) => {}
    }
    if let Some(system) = &c.system {
        if !is_absolute_uri(system) {
            errors.push(format!(
                "Questionnaire: {name} has a code system `{system}` that is not an absolute URI"
            ));
        }
    }
}

fn check_enable_when(
    item: &QuestionnaireItem,
    ew: &EnableWhen,
    index: &Index,
    name: &str,
    errors: &mut Vec<String>,
) {
    let at = format!("Questionnaire: {name}: enableWhen");
    let target = if ew.question.is_empty() {
        errors.push(format!("{at} has no question"));
        None
    } else if ew.question == item.link_id {
        errors.push(format!("{at} depends on the item itself"));
        None
    } else {
        match index.get(&ew.question) {
            None => {
                errors.push(format!(
                    "{at} refers to `{}`, which is not in the Questionnaire",
                    ew.question
                ));
                None
            }
            Some(entry) if matches!(entry.item.item_type.as_str(), "group" | "display") => {
                errors.push(format!(
                    "{at} refers to `{}`, a {} item, which has no answers",
                    ew.question, entry.item.item_type
                ));
                None
            }
            Some(entry) => Some(entry.item),
        }
    };
    if ew.operator.is_empty() {
        errors.push(format!("{at} has no operator"));
    } else if !OPERATORS.contains(&ew.operator.as_str()) {
        errors.push(format!(
            "{at} has operator `{}`, not one of {}",
            ew.operator,
            one_of(OPERATORS)
        ));
    }
    let kinds = choice_types(ew.answer_coding.as_ref(), &ew.other, "answer");
    match kinds.as_slice() {
        [] => errors.push(format!("{at} has no answer[x]")),
        [kind] if ew.operator == "exists" => {
            if *kind != "Boolean" {
                errors.push(format!("{at} with operator `exists` takes answerBoolean"));
            }
        }
        [kind] => {
            if let Some(target) = target {
                let fits = value_types(&target.item_type);
                if !fits.is_empty() && !fits.contains(kind) {
                    errors.push(format!(
                        "{at} compares `{}`, a {} item, with answer{kind}",
                        ew.question, target.item_type
                    ));
                }
            }
        }
        _ => errors.push(format!("{at} has more than one answer[x]")),
    }
    if let (Some(coding), Some(target)) = (&ew.answer_coding, target) {
        if !target.answer_option.is_empty() && find_option(target, coding).is_none() {
            errors.push(format!(
                "{at} compares with {}, which is not an answer option of `{}`",
                describe(coding),
                ew.question
            ));
        }
    }
}

/// Works out which items are enabled, from the answers of a response.
struct Enablement<'a> {
    index: &'a Index<'a>,
    answers: BTreeMap<&'a str, Vec<&'a ResponseAnswer>>,
}

/// A `value[x]` or `answer[x]`, for comparing the two.
enum Typed<'a> {
    Coding(&'a Coding),
    Other(&'a str, &'a Value),
}

impl<'a> Typed<'a> {
    fn of(
        coding: Option<&'a Coding>,
        other: &'a BTreeMap<String, Value>,
        prefix: &str,
    ) -> Option<Self> {
        if let Some(c) = coding {
            return Some(Typed::Coding(c));
        }
        other.iter().find_map(|(k, v)| {
            let t = k.strip_prefix(prefix)?;
            t.starts_with(|c: char| c.is_ascii_uppercase())
                .then_some(Typed::Other(t, v))
        })
    }

    fn same(&self, other: &Typed) -> bool {
        match (self, other) {
            (Typed::Coding(a), Typed::Coding(b)) => a.same_code(b),
            (Typed::Other(t, a), Typed::Other(u, b)) => t == u && a == b,
            _ => false,
        }
    }

    /// Numbers compare as numbers; dates, times and strings as text (ISO forms of the same
    /// precision sort correctly); anything else does not compare.
    fn order(&self, other: &Typed) -> Option<Ordering> {
        match (self, other) {
            (Typed::Other(t, a), Typed::Other(u, b)) if t == u => match (a, b) {
                (Value::Number(x), Value::Number(y)) => x.as_f64()?.partial_cmp(&y.as_f64()?),
                (Value::String(x), Value::String(y)) => Some(x.cmp(y)),
                _ => None,
            },
            _ => None,
        }
    }
}

impl<'a> Enablement<'a> {
    fn new(index: &'a Index<'a>, r: &'a QuestionnaireResponse) -> Self {
        fn collect<'a>(
            items: &'a [ResponseItem],
            out: &mut BTreeMap<&'a str, Vec<&'a ResponseAnswer>>,
        ) {
            for item in items {
                out.entry(item.link_id.as_str())
                    .or_default()
                    .extend(&item.answer);
                collect(&item.item, out);
            }
        }
        let mut answers = BTreeMap::new();
        collect(&r.item, &mut answers);
        Enablement { index, answers }
    }

    fn enabled(&self, id: &str) -> bool {
        self.enabled_guarded(id, &mut Vec::new())
    }

    /// An item is enabled when its parent is and its own conditions hold. `seen` stops
    /// cycles of conditions; an item in a cycle counts as enabled so its answers are still
    /// checked.
    fn enabled_guarded(&self, id: &str, seen: &mut Vec<String>) -> bool {
        let Some(entry) = self.index.get(id) else {
            return true;
        };
        if seen.iter().any(|s| s == id) {
            return true;
        }
        seen.push(id.to_owned());
        let enabled = entry
            .parent
            .is_none_or(|parent| self.enabled_guarded(parent, seen))
            && self.conditions_hold(entry.item, seen);
        seen.pop();
        enabled
    }

    fn conditions_hold(&self, item: &QuestionnaireItem, seen: &mut Vec<String>) -> bool {
        if item.enable_when.is_empty() {
            return true;
        }
        let mut results = item.enable_when.iter().map(|ew| self.condition(ew, seen));
        match item.enable_behavior.as_deref() {
            Some("any") => results.any(|r| r),
            _ => results.all(|r| r),
        }
    }

    /// FHIR R4: `=` holds if some answer equals; `!=` if no answer equals (also when there is
    /// no answer); an item that is not enabled counts as unanswered.
    fn condition(&self, ew: &EnableWhen, seen: &mut Vec<String>) -> bool {
        let answers: &[&ResponseAnswer] = if self.enabled_guarded(&ew.question, seen) {
            self.answers
                .get(ew.question.as_str())
                .map_or(&[], Vec::as_slice)
        } else {
            &[]
        };
        let values: Vec<Typed> = answers
            .iter()
            .filter_map(|a| Typed::of(a.value_coding.as_ref(), &a.other, "value"))
            .collect();
        if ew.operator == "exists" {
            let wanted = ew.other.get("answerBoolean").and_then(Value::as_bool);
            return wanted == Some(!values.is_empty());
        }
        let Some(expected) = Typed::of(ew.answer_coding.as_ref(), &ew.other, "answer") else {
            return false;
        };
        let any = |test: &dyn Fn(&Typed) -> bool| values.iter().any(test);
        match ew.operator.as_str() {
            "=" => any(&|v| v.same(&expected)),
            "!=" => !any(&|v| v.same(&expected)),
            ">" => any(&|v| v.order(&expected) == Some(Ordering::Greater)),
            "<" => any(&|v| v.order(&expected) == Some(Ordering::Less)),
            ">=" => any(&|v| {
                matches!(
                    v.order(&expected),
                    Some(Ordering::Greater | Ordering::Equal)
                )
            }),
            "<=" => any(&|v| matches!(v.order(&expected), Some(Ordering::Less | Ordering::Equal))),
            _ => false,
        }
    }
}

/// Checks a response against its Questionnaire (and the Questionnaire itself) with FHIR R4's
/// rules for the elements this export uses. Every problem found is listed.
pub fn validate(q: &Questionnaire, r: &QuestionnaireResponse) -> Result<(), Vec<String>> {
    let index = Index::new(q);
    let mut errors = Vec::new();
    check_questionnaire(q, &index, &mut errors);

    match r.status.as_str() {
        "" => errors.push("QuestionnaireResponse.status is missing".to_owned()),
        s if !RESPONSE_STATUS.contains(&s) => errors.push(format!(
            "QuestionnaireResponse.status `{s}` is not one of {}",
            one_of(RESPONSE_STATUS)
        )),
        _ => {}
    }
    let canonical = q.url.as_ref().map(|url| match &q.version {
        Some(version) => format!("{url}|{version}"),
        None => url.clone(),
    });
    match (canonical, &r.questionnaire) {
        (None, _) => errors.push("the Questionnaire has no url for a response to name".to_owned()),
        (Some(_), None) => errors.push("QuestionnaireResponse.questionnaire is missing".to_owned()),
        (Some(expected), Some(found)) if *found != expected => errors.push(format!(
            "QuestionnaireResponse.questionnaire `{found}` does not match the Questionnaire `{expected}`"
        )),
        _ => {}
    }
    if let Some(authored) = &r.authored {
        if !is_date_time(authored) {
            errors.push(format!(
                "QuestionnaireResponse.authored `{authored}` is not a FHIR dateTime"
            ));
        }
    }

    let enablement = Enablement::new(&index, r);
    let mut check = ResponseCheck {
        index: &index,
        enablement: &enablement,
        errors: &mut errors,
    };
    check.level(&q.item, &r.item, true);
    if r.status == "completed" {
        check.complete(&q.item, &r.item);
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

struct ResponseCheck<'a, 'e> {
    index: &'a Index<'a>,
    enablement: &'a Enablement<'a>,
    errors: &'e mut Vec<String>,
}

fn has_answers(item: &ResponseItem) -> bool {
    !item.answer.is_empty() || item.item.iter().any(has_answers)
}

impl ResponseCheck<'_, '_> {
    /// The response items under one parent, against the Questionnaire items there.
    fn level(&mut self, defs: &[QuestionnaireItem], items: &[ResponseItem], parent_enabled: bool) {
        let mut last: Option<(usize, &str)> = None;
        let mut seen: Vec<&str> = Vec::new();
        for item in items {
            let id = item.link_id.as_str();
            if id.is_empty() {
                self.errors
                    .push("QuestionnaireResponse: an item has no linkId".to_owned());
                continue;
            }
            let Some(pos) = defs.iter().position(|d| d.link_id == id) else {
                self.errors.push(match self.index.get(id) {
                    Some(Entry {
                        parent: Some(parent),
                        ..
                    }) => format!(
                        "item `{id}` is out of place: the Questionnaire has it in `{parent}`"
                    ),
                    Some(_) => format!(
                        "item `{id}` is out of place: the Questionnaire has it at the top level"
                    ),
                    None => format!("item `{id}` is not in the Questionnaire"),
                });
                continue;
            };
            let def = &defs[pos];
            let may_repeat = def.item_type == "group" && def.repeats == Some(true);
            if seen.contains(&id) && !may_repeat {
                self.errors.push(format!(
                    "item `{id}` appears more than once; all its answers belong in one item"
                ));
            } else if let Some((before, before_id)) = last {
                if pos < before {
                    self.errors.push(format!(
                        "item `{id}` comes after `{before_id}`, against the Questionnaire's order"
                    ));
                }
            }
            seen.push(id);
            last = Some((pos, id));
            self.item(def, item, parent_enabled);
        }
    }

    fn item(&mut self, def: &QuestionnaireItem, item: &ResponseItem, parent_enabled: bool) {
        let id = item.link_id.as_str();
        let enabled = self.enablement.enabled(id);
        // Report the outermost item that should not be there, not each answer inside it.
        if parent_enabled && !enabled && has_answers(item) {
            self.errors.push(format!(
                "item `{id}` has answers but is not enabled (its enableWhen does not hold)"
            ));
        }
        match def.item_type.as_str() {
            "group" => {
                if !item.answer.is_empty() {
                    self.errors
                        .push(format!("group `{id}` cannot have answers"));
                }
                self.level(&def.item, &item.item, enabled);
            }
            "display" => {
                if has_answers(item) || !item.item.is_empty() {
                    self.errors
                        .push(format!("display item `{id}` cannot have answers or items"));
                }
            }
            item_type => self.answers(def, item, item_type),
        }
    }

    fn answers(&mut self, def: &QuestionnaireItem, item: &ResponseItem, item_type: &str) {
        let id = item.link_id.as_str();
        if !item.item.is_empty() {
            self.errors.push(format!(
                "item `{id}` is a question: items nested in it belong under its answers"
            ));
        }
        let n = item.answer.len();
        if n > 1 && def.repeats != Some(true) {
            self.errors
                .push(format!("item `{id}` has {n} answers but does not repeat"));
        }
        let fits = value_types(item_type);
        let mut exclusive = false;
        for answer in &item.answer {
            match value_kinds(answer).as_slice() {
                [] => self
                    .errors
                    .push(format!("an answer to `{id}` has no value")),
                // An unknown item type is reported with the Questionnaire.
                [kind] if !fits.is_empty() && !fits.contains(kind) => {
                    let expected: Vec<String> = fits.iter().map(|k| format!("value{k}")).collect();
                    self.errors.push(format!(
                        "an answer to `{id}` is value{kind}, but a {item_type} item takes {}",
                        expected.join(" or ")
                    ));
                }
                [_] => {}
                _ => self
                    .errors
                    .push(format!("an answer to `{id}` has more than one value[x]")),
            }
            if let Some(coding) = &answer.value_coding {
                if is_choice(item_type) && !def.answer_option.is_empty() {
                    match find_option(def, coding) {
                        Some(option) => exclusive |= option.is_exclusive(),
                        None => self.errors.push(format!(
                            "{} is not an answer option of `{id}`",
                            describe(coding)
                        )),
                    }
                }
            }
            if answer.other.contains_key("item") && def.item.is_empty() {
                self.errors.push(format!(
                    "an answer to `{id}` has nested items, which the Questionnaire does not define"
                ));
            }
        }
        if exclusive && n > 1 {
            self.errors.push(format!(
                "item `{id}` has an answer that excludes all others (such as `none`) together with others"
            ));
        }
    }

    /// A `completed` response answers every enabled required item.
    fn complete(&mut self, defs: &[QuestionnaireItem], items: &[ResponseItem]) {
        for def in defs {
            if def.item_type == "display" || !self.enablement.enabled(&def.link_id) {
                continue;
            }
            let present: Vec<&ResponseItem> =
                items.iter().filter(|i| i.link_id == def.link_id).collect();
            if def.required == Some(true) {
                let answered = if def.item_type == "group" {
                    !present.is_empty()
                } else {
                    present
                        .iter()
                        .any(|i| i.answer.iter().any(|a| !value_kinds(a).is_empty()))
                };
                if !answered {
                    self.errors.push(format!(
                        "the response is completed, but required item `{}` is not answered",
                        def.link_id
                    ));
                    continue;
                }
            }
            for instance in present {
                self.complete(&def.item, &instance.item);
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// FHIR primitive types

/// `uri` with a scheme: `urn:...`, `http://...`. No spaces.
pub fn is_absolute_uri(s: &str) -> bool {
    let Some((scheme, rest)) = s.split_once(':') else {
        return false;
    };
    scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
        && !rest.is_empty()
        && !s.chars().any(char::is_whitespace)
}

/// `code`: at least one character, no leading or trailing space, single spaces only.
pub fn is_code(s: &str) -> bool {
    !s.is_empty()
        && s.trim() == s
        && !s.contains("  ")
        && !s.chars().any(|c| c.is_whitespace() && c != ' ')
}

/// The two-digit number at `at`, if both are digits.
fn two_digits(b: &[u8], at: usize) -> Option<u32> {
    match b.get(at..at + 2)? {
        [x, y] if x.is_ascii_digit() && y.is_ascii_digit() => {
            Some(u32::from(x - b'0') * 10 + u32::from(y - b'0'))
        }
        _ => None,
    }
}

fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        2 if year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400)) => {
            29
        }
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// FHIR `dateTime`: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or `YYYY-MM-DDThh:mm:ss(.s+)` with a
/// time zone (`Z` or `+hh:mm`/`-hh:mm`), and a real date.
pub fn is_date_time(s: &str) -> bool {
    let b = s.as_bytes();
    let (Some(hi), Some(lo)) = (two_digits(b, 0), two_digits(b, 2)) else {
        return false;
    };
    let year = hi * 100 + lo;
    if year == 0 {
        return false;
    }
    if b.len() == 4 {
        return true;
    }
    let Some(month) = two_digits(b, 5).filter(|m| b[4] == b'-' && (1..=12).contains(m)) else {
        return false;
    };
    if b.len() == 7 {
        return true;
    }
    let Some(_day) =
        two_digits(b, 8).filter(|d| b[7] == b'-' && *d >= 1 && *d <= days_in_month(year, month))
    else {
        return false;
    };
    if b.len() == 10 {
        return true;
    }
    b[10] == b'T' && is_time_with_zone(&b[11..])
}

fn is_time_with_zone(b: &[u8]) -> bool {
    let hms = (two_digits(b, 0), two_digits(b, 3), two_digits(b, 6));
    let (Some(h), Some(m), Some(s)) = hms else {
        return false;
    };
    if h > 23 || m > 59 || s > 60 || b[2] != b':' || b[5] != b':' {
        return false;
    }
    let mut rest = &b[8..];
    if let Some(fraction) = rest.strip_prefix(b".") {
        let digits = fraction.iter().take_while(|c| c.is_ascii_digit()).count();
        if digits == 0 {
            return false;
        }
        rest = &fraction[digits..];
    }
    match rest {
        b"Z" => true,
        [sign, ..] if (*sign == b'+' || *sign == b'-') && rest.len() == 6 && rest[3] == b':' => {
            match (two_digits(rest, 1), two_digits(rest, 4)) {
                (Some(14), Some(0)) => true,
                (Some(zh), Some(zm)) => zh <= 13 && zm <= 59,
                _ => false,
            }
        }
        _ => false,
    }
}
