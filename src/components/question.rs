//! One question as a `fieldset`: radios for yes/no/not sure and single choices, checkboxes
//! with an explicit "none of these" for checklists.

use yew::prelude::*;

use super::static_emergency::danger_alert;
use super::{is_checked, Ui};
use crate::content;
use crate::engine::{unsure_level, Answer, Flag, Kind, Level, Section, Q};
use crate::state::Action;

/// What [`question`] shows.
pub struct QuestionArgs {
    /// The question shown.
    pub question: Q,
    /// The answer to show as chosen (`None`: nothing chosen yet).
    pub answer: Option<Answer>,
    /// Whether to mark the question as still needing an answer.
    pub invalid: bool,
    /// Called with the action for each choice the person makes.
    pub on_answer: Callback<Action>,
    /// On the static first step (build time): a danger sign carries the alert that CSS shows
    /// when it is ticked.
    pub prerender: bool,
}

/// One question with its hint, its answers and, when needed, an error message.
pub fn question(ui: &Ui, props: &QuestionArgs) -> Html {
    let q = props.question;
    let qid = q.id();
    let base = ui.id(&["q", qid]);
    let hint_id = format!("{base}-hint");
    let error_id = format!("{base}-error");
    let described = if props.invalid {
        format!("{hint_id} {error_id}")
    } else {
        hint_id.clone()
    };
    let name = base.clone();
    let options = match q.kind() {
        Kind::Flag => flag_options(ui, props, &name, &described),
        Kind::Single(options) => single_options(ui, props, options, &name, &described),
        Kind::Checklist(options) => checklist_options(ui, props, options, &name, &described),
    };
    let kind = match q.kind() {
        Kind::Flag => "flag",
        Kind::Single(_) => "single",
        Kind::Checklist(_) => "checklist",
    };
    let danger = props.prerender && q.section() == Section::Emergency;
    // Which answers the static step's CSS treats as an emergency: Yes, and Not sure where the
    // engine says so.
    let unsure_emergency = (danger && unsure_level(q) == Some(Level::Emergency)).then_some("true");
    html! {
        <fieldset key={qid} id={base.clone()} data-question={qid}
            data-unsure-emergency={unsure_emergency}
            class={classes!("sc-question", props.invalid.then_some("is-invalid"))}>
            <legend class="sc-question__label">{ content::question(ui.lang, q) }</legend>
            <p class="sc-question__hint" id={hint_id}>{ content::hint(ui.lang, q) }</p>
            if props.invalid {
                <p class="sc-question__error" id={error_id}>{ ui.t("ui.errors.missing") }</p>
            }
            <div class={classes!("sc-question__options", format!("sc-question__options--{kind}"))}>
                { options }
            </div>
            if danger {
                { danger_alert(ui, q) }
            }
        </fieldset>
    }
}

/// One labelled radio or checkbox.
struct Choice<'a> {
    kind: &'static str,
    name: &'a str,
    value: &'static str,
    label: &'static str,
    checked: bool,
    described: &'a str,
    invalid: bool,
    onchange: Callback<Event>,
}

fn choice(c: Choice<'_>) -> Html {
    let id = format!("{}-{}", c.name, c.value);
    html! {
        <label key={c.value} class={classes!("sc-option", c.checked.then_some("is-selected"))}
            for={id.clone()}>
            <input class="sc-option__input" type={c.kind} id={id} name={c.name.to_owned()}
                value={c.value} checked={c.checked} onchange={c.onchange}
                aria-describedby={c.described.to_owned()}
                aria-invalid={c.invalid.then_some("true")} />
            <span class="sc-option__text">{ c.label }</span>
        </label>
    }
}

fn flag_options(ui: &Ui, props: &QuestionArgs, name: &str, described: &str) -> Html {
    let q = props.question;
    let chosen = match props.answer {
        Some(Answer::Flag(f)) => Some(f),
        _ => None,
    };
    radios(
        props,
        name,
        described,
        Flag::ALL.into_iter().map(|flag| Radio {
            value: flag.id(),
            label: content::answer(ui.lang, flag),
            checked: chosen == Some(flag),
            action: Action::Flag(q, flag),
        }),
    )
}

fn single_options(
    ui: &Ui,
    props: &QuestionArgs,
    options: &'static [&'static str],
    name: &str,
    described: &str,
) -> Html {
    let q = props.question;
    let chosen = match props.answer {
        Some(Answer::One(o)) => Some(o),
        _ => None,
    };
    radios(
        props,
        name,
        described,
        options.iter().map(|&option| Radio {
            value: option,
            label: content::option(ui.lang, q, option),
            checked: chosen == Some(option),
            action: Action::Choose(q, option),
        }),
    )
}

/// One answer of a radio group.
struct Radio {
    /// The answer's id, the input's `value`.
    value: &'static str,
    /// The answer in words.
    label: &'static str,
    /// Whether it is the answer given.
    checked: bool,
    /// What choosing it sends.
    action: Action,
}

/// One radio group.
fn radios(
    props: &QuestionArgs,
    name: &str,
    described: &str,
    items: impl Iterator<Item = Radio>,
) -> Html {
    items
        .map(|radio| {
            let action = radio.action;
            choice(Choice {
                kind: "radio",
                name,
                value: radio.value,
                label: radio.label,
                checked: radio.checked,
                described,
                invalid: props.invalid,
                onchange: props.on_answer.reform(move |_| action.clone()),
            })
        })
        .collect()
}

fn checklist_options(
    ui: &Ui,
    props: &QuestionArgs,
    options: &'static [&'static str],
    name: &str,
    described: &str,
) -> Html {
    let q = props.question;
    let ticked: &[&str] = match &props.answer {
        Some(Answer::Many(list)) => list,
        _ => &[],
    };
    let none = matches!(&props.answer, Some(Answer::Many(list)) if list.is_empty());
    let boxes = options.iter().map(|&option| {
        choice(Choice {
            kind: "checkbox",
            name,
            value: option,
            label: content::option(ui.lang, q, option),
            checked: ticked.contains(&option),
            described,
            invalid: props.invalid,
            onchange: props
                .on_answer
                .reform(move |e: Event| Action::Tick(q, option, is_checked(&e))),
        })
    });
    let none_box = choice(Choice {
        kind: "checkbox",
        name,
        value: "none",
        label: ui.t("ui.none"),
        checked: none,
        described,
        invalid: props.invalid,
        onchange: props
            .on_answer
            .reform(move |e: Event| Action::TickNone(q, is_checked(&e))),
    });
    boxes.chain(std::iter::once(none_box)).collect()
}
