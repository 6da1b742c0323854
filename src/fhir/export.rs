//! Builds the self-check's `Questionnaire` and a person's `QuestionnaireResponse` from the
//! engine's catalogue, the answers and the content, in the person's language.

use super::resources::{
    AnswerOption, Coding, EnableWhen, Extension, Questionnaire, QuestionnaireItem,
    QuestionnaireResponse, ResponseAnswer, ResponseItem,
};
use super::{
    option_system, questionnaire_reference, ANSWER_SYSTEM, NONE_CODE, OPTION_EXCLUSIVE,
    QUESTIONNAIRE_NAME, QUESTIONNAIRE_URL,
};
use crate::content::{self, Lang};
use crate::engine::{self, Answer, Answers, Flag, Kind, Level, Section, Q};

fn flag_coding(f: Flag, lang: Lang) -> Coding {
    Coding::new(ANSWER_SYSTEM, f.id(), content::answer(lang, f))
}

fn option_coding(q: Q, option: &str, lang: Lang) -> Coding {
    Coding::new(option_system(q), option, content::option(lang, q, option))
}

fn none_coding(q: Q, lang: Lang) -> Coding {
    Coding::new(option_system(q), NONE_CODE, content::text(lang, "ui.none"))
}

/// The flag answers to emergency signs that give `emergency`, asked of the engine itself so
/// that the Questionnaire's `enableWhen` cannot drift from the rules.
pub fn emergency_answers() -> Vec<(Q, Flag)> {
    Q::in_section(Section::Emergency)
        .flat_map(|q| Flag::ALL.into_iter().map(move |f| (q, f)))
        .filter(|&(q, f)| {
            let mut one = Answers::new();
            one.set_flag(q, f).is_ok() && engine::assess(&one).level == Level::Emergency
        })
        .collect()
}

fn question_item(q: Q, lang: Lang) -> QuestionnaireItem {
    let option = |coding| AnswerOption {
        extension: Vec::new(),
        value_coding: Some(coding),
    };
    let (answer_option, repeats) = match q.kind() {
        Kind::Flag => (
            Flag::ALL
                .into_iter()
                .map(|f| option(flag_coding(f, lang)))
                .collect(),
            None,
        ),
        Kind::Single(options) => (
            options
                .iter()
                .map(|o| option(option_coding(q, o, lang)))
                .collect(),
            None,
        ),
        Kind::Checklist(options) => {
            let mut list: Vec<AnswerOption> = options
                .iter()
                .map(|o| option(option_coding(q, o, lang)))
                .collect();
            list.push(AnswerOption {
                extension: vec![Extension {
                    url: OPTION_EXCLUSIVE.to_owned(),
                    value_boolean: Some(true),
                }],
                value_coding: Some(none_coding(q, lang)),
            });
            (list, Some(true))
        }
    };
    QuestionnaireItem {
        link_id: q.id().to_owned(),
        text: Some(content::question_in_full(lang, q)),
        item_type: "choice".to_owned(),
        required: Some(true),
        repeats,
        answer_option,
        ..QuestionnaireItem::default()
    }
}

fn section_text(section: Section, lang: Lang) -> Option<String> {
    Some(content::section(lang, section).to_owned())
}

/// The self-check as a FHIR R4 `Questionnaire`, with its texts in `lang`.
///
/// One `group` per section, each question a required `choice` item whose linkId is the
/// question id. Every group after the emergency signs is enabled only while no answer gives
/// `emergency` (an `emergency` result ends the check).
pub fn questionnaire(lang: Lang) -> Questionnaire {
    let no_emergency: Vec<EnableWhen> = emergency_answers()
        .into_iter()
        .map(|(q, f)| EnableWhen {
            question: q.id().to_owned(),
            operator: "!=".to_owned(),
            answer_coding: Some(flag_coding(f, lang)),
        })
        .collect();
    let item = Section::ALL
        .into_iter()
        .map(|section| {
            let enable_when = if section == Section::Emergency {
                Vec::new()
            } else {
                no_emergency.clone()
            };
            QuestionnaireItem {
                link_id: section.id().to_owned(),
                text: section_text(section, lang),
                item_type: "group".to_owned(),
                enable_behavior: (!enable_when.is_empty()).then(|| "all".to_owned()),
                enable_when,
                required: Some(true),
                item: Q::in_section(section)
                    .map(|q| question_item(q, lang))
                    .collect(),
                ..QuestionnaireItem::default()
            }
        })
        .collect();
    Questionnaire {
        language: Some(lang.tag().to_owned()),
        url: Some(QUESTIONNAIRE_URL.to_owned()),
        version: Some(engine::CONTENT_VERSION.to_owned()),
        name: Some(QUESTIONNAIRE_NAME.to_owned()),
        title: Some(content::text(lang, "ui.title").to_owned()),
        status: "active".to_owned(),
        date: Some(engine::REVIEWED.to_owned()),
        item,
    }
}

fn answer_codings(q: Q, answer: &Answer, lang: Lang) -> Vec<Coding> {
    match answer {
        Answer::Flag(f) => vec![flag_coding(*f, lang)],
        Answer::One(o) => vec![option_coding(q, o, lang)],
        Answer::Many(list) if list.is_empty() => vec![none_coding(q, lang)],
        Answer::Many(list) => list.iter().map(|o| option_coding(q, o, lang)).collect(),
    }
}

/// The answers as a FHIR R4 `QuestionnaireResponse` to [`questionnaire`], with texts in
/// `lang`; `authored` is when they were given, as a FHIR dateTime
/// (`2026-12-01T09:30:00+05:30`).
///
/// `completed` when every question is answered, else `in-progress`. Unanswered questions
/// have no item. When an answer gives `emergency` the check ended there, the later groups
/// are not enabled, and any answers in them are left out (FHIR does not allow answers to
/// items that are not enabled).
pub fn response(answers: &Answers, lang: Lang, authored: &str) -> QuestionnaireResponse {
    let ended = emergency_answers()
        .into_iter()
        .any(|(q, f)| answers.flag(q) == Some(f));
    let item = Section::ALL
        .into_iter()
        .filter(|&section| section == Section::Emergency || !ended)
        .filter_map(|section| {
            let items: Vec<ResponseItem> = Q::in_section(section)
                .filter_map(|q| {
                    let answer = answers.get(q)?;
                    Some(ResponseItem {
                        link_id: q.id().to_owned(),
                        text: Some(content::question_in_full(lang, q)),
                        answer: answer_codings(q, answer, lang)
                            .into_iter()
                            .map(|coding| ResponseAnswer {
                                value_coding: Some(coding),
                            })
                            .collect(),
                        item: Vec::new(),
                    })
                })
                .collect();
            (!items.is_empty()).then(|| ResponseItem {
                link_id: section.id().to_owned(),
                text: section_text(section, lang),
                answer: Vec::new(),
                item: items,
            })
        })
        .collect();
    QuestionnaireResponse {
        language: Some(lang.tag().to_owned()),
        questionnaire: Some(questionnaire_reference()),
        status: if answers.missing().next().is_none() {
            "completed"
        } else {
            "in-progress"
        }
        .to_owned(),
        authored: Some(authored.to_owned()),
        item,
    }
}
