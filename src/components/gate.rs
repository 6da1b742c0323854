//! The yes/no gate before a long checklist (`conditions`, `medications`; requirements 6b): a
//! `fieldset[data-gate]` with Yes, No and Not sure. It is not a question of the engine: No
//! answers the checklist "none of these", Yes or Not sure shows the checklist (see
//! `State::gate`).

use yew::prelude::*;

use super::question::{choice, describedby, Choice};
use super::Ui;
use crate::content;
use crate::engine::{Flag, Q};
use crate::state::Action;

/// What [`gate`] shows.
pub struct GateArgs {
    /// The checklist behind the gate.
    pub question: Q,
    /// What the gate shows as chosen (`None`: nothing chosen yet).
    pub chosen: Option<Flag>,
    /// Whether to mark the gate as still needing an answer.
    pub invalid: bool,
    /// Called with the action for each choice the person makes.
    pub on_answer: Callback<Action>,
}

/// The gate before the checklist `args.question`.
pub fn gate(ui: &Ui, args: &GateArgs) -> Html {
    let q = args.question;
    let base = ui.id(&["gate", q.id()]);
    let hint = content::gate_hint(ui.lang, q);
    let hint_id = format!("{base}-hint");
    let error_id = format!("{base}-error");
    let described = describedby([
        (!hint.is_empty()).then_some(hint_id.as_str()),
        args.invalid.then_some(error_id.as_str()),
    ]);
    let options: Html = Flag::ALL
        .into_iter()
        .map(|flag| {
            choice(Choice {
                kind: "radio",
                name: &base,
                value: flag.id(),
                label: content::answer(ui.lang, flag),
                checked: args.chosen == Some(flag),
                described: described.as_deref(),
                invalid: args.invalid,
                onchange: args.on_answer.reform(move |_| Action::Gate(q, flag)),
            })
        })
        .collect();
    html! {
        <fieldset key={format!("gate-{}", q.id())} id={base.clone()} data-gate={q.id()}
            class={classes!("sc-question", "sc-gate", args.invalid.then_some("is-invalid"))}>
            <legend class="sc-question__label">{ content::gate(ui.lang, q) }</legend>
            if !hint.is_empty() {
                <p class="sc-question__hint" id={hint_id}>{ hint }</p>
            }
            if args.invalid {
                <p class="sc-question__error" id={error_id}>{ ui.t("ui.errors.missing") }</p>
            }
            <div class="sc-question__options sc-question__options--flag">{ options }</div>
        </fieldset>
    }
}
