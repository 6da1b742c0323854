//! One question as a `fieldset`: the question (on the sign steps a short statement of the
//! sign), its visible line if it has one, what counts folded under it, then radios for
//! yes/no/not sure and single choices, or checkboxes with an explicit "none of these" for
//! checklists.

use yew::prelude::*;
use yew::virtual_dom::Key;

use super::static_emergency::danger_alert;
use super::{concat, is_checked, Ui};
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
    let mark_id = concat(&[&base, "-mark"]);
    let danger = super::prerendering(props.prerender) && q.section() == Section::Emergency;
    // Which answers the static step's CSS treats as an emergency: Yes, and Not sure where the
    // engine says so.
    let unsure_emergency = (danger && unsure_level(q) == Some(Level::Emergency)).then_some("true");
    let answer = props.answer.as_ref();
    let (kind, choices) = match q.kind() {
        Kind::Flag => {
            let chosen = match answer {
                Some(Answer::Flag(f)) => Some(*f),
                _ => None,
            };
            let choices = Flag::ALL
                .into_iter()
                .map(|flag| Item {
                    value: flag.id(),
                    label: content::answer(ui.lang, flag),
                    checked: chosen == Some(flag),
                    change: Change::Send(Action::Flag(q, flag)),
                })
                .collect();
            (Options::Flag, choices)
        }
        Kind::Single(options) => {
            let chosen = match answer {
                Some(Answer::One(o)) => Some(*o),
                _ => None,
            };
            let choices = options
                .iter()
                .map(|&option| Item {
                    value: option,
                    label: content::option(ui.lang, q, option),
                    checked: chosen == Some(option),
                    change: Change::Send(Action::Choose(q, option)),
                })
                .collect();
            (Options::Single, choices)
        }
        Kind::Checklist(options) => {
            let ticked: &[&str] = match answer {
                Some(Answer::Many(list)) => list,
                _ => &[],
            };
            let mut choices: Vec<Item> = options
                .iter()
                .map(|&option| Item {
                    value: option,
                    label: content::option(ui.lang, q, option),
                    checked: ticked.contains(&option),
                    change: Change::Tick(q, option),
                })
                .collect();
            choices.push(Item {
                value: "none",
                label: ui.t("ui.none"),
                checked: matches!(answer, Some(Answer::Many(list)) if list.is_empty()),
                change: Change::TickNone(q),
            });
            (Options::Checklist, choices)
        }
    };
    let after = html! {
        <>
            if props.marked {
                // A mark to see (the done line under the list says what it means) and, for
                // screen readers, the words that describe each answer (hidden text can
                // describe: it is read, not shown).
                <p class="sc-question__mark" data-rest-no-mark="">
                    { rest_no_icon() }
                    <span id={mark_id.clone()} hidden=true>{ ui.t("ui.rest_no.marked") }</span>
                </p>
            }
            if danger {
                { danger_alert(ui, q) }
            }
        </>
    };
    fieldset(
        ui,
        Fieldset {
            key: qid.into(),
            question: Some(qid),
            gate: None,
            unsure_emergency,
            legend: content::question(ui.lang, q),
            hint: content::hint(ui.lang, q),
            more: more(ui, q, &base, props.open),
            mark_id: props.marked.then_some(mark_id),
            invalid: props.invalid,
            kind,
            choices,
            on_answer: &props.on_answer,
            after,
            base,
        },
    )
}

/// What sort of answers a fieldset holds (its options' class).
#[derive(Clone, Copy)]
pub(super) enum Options {
    /// Yes, No, Not sure (also a gate's).
    Flag,
    /// One of a list.
    Single,
    /// Any of a list, or none.
    Checklist,
}

/// What a question's or a gate's `fieldset` shows ([`fieldset`]).
pub(super) struct Fieldset<'a> {
    /// Its key among the step's questions and gates.
    pub key: Key,
    /// Its id (also the radios' name and the start of the ids inside).
    pub base: String,
    /// `data-question`.
    pub question: Option<&'static str>,
    /// `data-gate`.
    pub gate: Option<&'static str>,
    /// `data-unsure-emergency`.
    pub unsure_emergency: Option<&'static str>,
    /// The question.
    pub legend: &'static str,
    /// Its visible line (empty: none).
    pub hint: &'static str,
    /// "What counts?", folded (or nothing).
    pub more: Html,
    /// The id of the mark of "no to the rest", when it shows.
    pub mark_id: Option<String>,
    /// Whether it still needs an answer.
    pub invalid: bool,
    /// What sort of answers.
    pub kind: Options,
    /// The answers.
    pub choices: Vec<Item>,
    /// Told each choice.
    pub on_answer: &'a Callback<Action>,
    /// What follows the answers (or nothing).
    pub after: Html,
}

/// One answer of a fieldset.
pub(super) struct Item {
    /// The answer's id, the input's `value`.
    pub value: &'static str,
    /// The answer in words.
    pub label: &'static str,
    /// Whether it is the answer given.
    pub checked: bool,
    /// What a change of it sends.
    pub change: Change,
}

/// What a change of an answer sends.
pub(super) enum Change {
    /// This action (a radio).
    Send(Action),
    /// A checklist's option ticked or unticked.
    Tick(Q, &'static str),
    /// A checklist's "none of these" ticked or unticked.
    TickNone(Q),
}

/// A question's or a gate's `fieldset`: the legend, the visible line, what counts, the error,
/// the answers, then `after`.
pub(super) fn fieldset(ui: &Ui, f: Fieldset<'_>) -> Html {
    let base = f.base.as_str();
    let hint_id = concat(&[base, "-hint"]);
    let error_id = concat(&[base, "-error"]);
    let mut described = String::new();
    for id in [
        (!f.hint.is_empty()).then_some(hint_id.as_str()),
        f.invalid.then_some(error_id.as_str()),
        f.mark_id.as_deref(),
    ]
    .into_iter()
    .flatten()
    {
        if !described.is_empty() {
            described.push(' ');
        }
        described.push_str(id);
    }
    let described = (!described.is_empty()).then_some(described);
    let (input, options_class) = match f.kind {
        Options::Flag => ("radio", "sc-question__options sc-question__options--flag"),
        Options::Single => ("radio", "sc-question__options sc-question__options--single"),
        Options::Checklist => (
            "checkbox",
            "sc-question__options sc-question__options--checklist",
        ),
    };
    let invalid = f.invalid;
    let options: Html = f
        .choices
        .into_iter()
        .map(|item| {
            choice(Choice {
                kind: input,
                name: base,
                value: item.value,
                label: item.label,
                checked: item.checked,
                described: described.as_deref(),
                invalid,
                onchange: changed(f.on_answer, item.change),
            })
        })
        .collect();
    html! {
        <fieldset key={f.key} id={f.base.clone()} data-question={f.question} data-gate={f.gate}
            data-unsure-emergency={f.unsure_emergency}
            class={classes!("sc-question", f.gate.map(|_| "sc-gate"), invalid.then_some("is-invalid"))}>
            <legend class="sc-question__label">{ f.legend }</legend>
            if !f.hint.is_empty() {
                <p class="sc-question__hint" id={hint_id}>{ f.hint }</p>
            }
            { f.more }
            if invalid {
                <p class="sc-question__error" id={error_id}>{ ui.t("ui.errors.missing") }</p>
            }
            <div class={options_class}>
                { options }
            </div>
            { f.after }
        </fieldset>
    }
}

/// The callback of one answer: what a change of it sends to `on_answer`.
fn changed(on_answer: &Callback<Action>, change: Change) -> Callback<Event> {
    on_answer.reform(move |e: Event| match &change {
        Change::Send(action) => action.clone(),
        Change::Tick(q, option) => Action::Tick(*q, option, is_checked(&e)),
        Change::TickNone(q) => Action::TickNone(*q, is_checked(&e)),
    })
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
            <p class="sc-more__text" id={concat(&[base, "-more"])}>{ text }</p>
        </details>
    }
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
    let id = concat(&[c.name, "-", c.value]);
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
