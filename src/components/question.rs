//! One question as a `fieldset`: the question (on the sign steps a short statement of the
//! sign), its visible line if it has one, what counts folded under it, then radios for
//! yes/no/not sure and single choices, or checkboxes with an explicit "none of these" for
//! checklists.

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
    /// Whether "What counts?" is open: the person can open and close it, and the page only
    /// changes it when this value changes (see `state::fold_opens`).
    pub open: bool,
    /// Whether its No was given by "no to the rest" (and not changed since).
    pub marked: bool,
    /// Called with the action for each choice the person makes.
    pub on_answer: Callback<Action>,
    /// On the static first step (build time): a danger sign carries the alert that CSS shows
    /// when it is ticked.
    pub prerender: bool,
}

/// One question with its visible line, what counts (folded), its answers and, when needed, an
/// error message and the mark of "no to the rest".
pub fn question(ui: &Ui, props: &QuestionArgs) -> Html {
    let q = props.question;
    let qid = q.id();
    let base = ui.id(&["q", qid]);
    let hint = content::hint(ui.lang, q);
    let hint_id = format!("{base}-hint");
    let error_id = format!("{base}-error");
    let mark_id = format!("{base}-mark");
    let described = describedby([
        (!hint.is_empty()).then_some(hint_id.as_str()),
        props.invalid.then_some(error_id.as_str()),
        props.marked.then_some(mark_id.as_str()),
    ]);
    let described = described.as_deref();
    let name = base.clone();
    let options = match q.kind() {
        Kind::Flag => flag_options(ui, props, &name, described),
        Kind::Single(options) => single_options(ui, props, options, &name, described),
        Kind::Checklist(options) => checklist_options(ui, props, options, &name, described),
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
            if !hint.is_empty() {
                <p class="sc-question__hint" id={hint_id}>{ hint }</p>
            }
            { more(ui, q, &base, props.open) }
            if props.invalid {
                <p class="sc-question__error" id={error_id}>{ ui.t("ui.errors.missing") }</p>
            }
            <div class={classes!("sc-question__options", format!("sc-question__options--{kind}"))}>
                { options }
            </div>
            if props.marked {
                // A mark to see (the done line under the list says what it means) and, for
                // screen readers, the words that describe each answer (hidden text can
                // describe: it is read, not shown).
                <p class="sc-question__mark" data-rest-no-mark="">
                    { rest_no_icon() }
                    <span id={mark_id} hidden=true>{ ui.t("ui.rest_no.marked") }</span>
                </p>
            }
            if danger {
                { danger_alert(ui, q) }
            }
        </fieldset>
    }
}

/// The mark of "no to the rest": two ticks, decorative (see [`question`]).
pub fn rest_no_icon() -> Html {
    html! {
        <svg class="sc-icon sc-icon--small" viewBox="0 0 24 24" width="20" height="20"
            aria-hidden="true" focusable="false">
            <path fill="currentColor" d="M1 12.5 2.5 11 7 15.5 5.5 17zm5 0L7.5 11l4 4L21 5.5 22.5 7 11.5 18z" />
        </svg>
    }
}

/// "What counts?" under a question, folded (a native `<details>`: keyboard and screen readers
/// work as with any disclosure), when the question has such a text. `open` is rendered as the
/// attribute, so a fold the person opened or closed stays so until `open` itself changes.
fn more(ui: &Ui, q: Q, base: &str, open: bool) -> Html {
    let text = content::more(ui.lang, q);
    if text.is_empty() {
        return Html::default();
    }
    html! {
        <details class="sc-more" data-more={q.id()} open={open}>
            <summary class="sc-more__summary">{ ui.t("ui.more") }</summary>
            <p class="sc-more__text" id={format!("{base}-more")}>{ text }</p>
        </details>
    }
}

/// The ids an answer is described by (`None` when there are none).
pub(super) fn describedby<'a>(ids: impl IntoIterator<Item = Option<&'a str>>) -> Option<String> {
    let ids: Vec<&str> = ids.into_iter().flatten().collect();
    (!ids.is_empty()).then(|| ids.join(" "))
}

/// One labelled radio or checkbox.
pub(super) struct Choice<'a> {
    /// `radio` or `checkbox`.
    pub kind: &'static str,
    /// The group's name (also the start of the input's id).
    pub name: &'a str,
    /// The answer's id, the input's `value`.
    pub value: &'static str,
    /// The answer in words.
    pub label: &'static str,
    /// Whether it is the answer given.
    pub checked: bool,
    /// The ids of what describes it.
    pub described: Option<&'a str>,
    /// Whether its question still needs an answer.
    pub invalid: bool,
    /// Told each change.
    pub onchange: Callback<Event>,
}

pub(super) fn choice(c: Choice<'_>) -> Html {
    let id = format!("{}-{}", c.name, c.value);
    html! {
        <label key={c.value} class={classes!("sc-option", c.checked.then_some("is-selected"))}
            for={id.clone()}>
            <input class="sc-option__input" type={c.kind} id={id} name={c.name.to_owned()}
                value={c.value} checked={c.checked} onchange={c.onchange}
                aria-describedby={c.described.map(str::to_owned)}
                aria-invalid={c.invalid.then_some("true")} />
            <span class="sc-option__text">{ c.label }</span>
        </label>
    }
}

fn flag_options(ui: &Ui, props: &QuestionArgs, name: &str, described: Option<&str>) -> Html {
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
    described: Option<&str>,
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
    described: Option<&str>,
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
    described: Option<&str>,
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
