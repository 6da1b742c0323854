//! The yes/no gate before a long checklist (`conditions`, `medications`; requirements 6b): a
//! `fieldset[data-gate]` with Yes, No and Not sure. It is not a question of the engine: No
//! answers the checklist "none of these", Yes or Not sure shows the checklist (see
//! `State::gate`).

use yew::prelude::*;

use super::question::{fieldset, Change, Fieldset, Item, Options};
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
    let choices = Flag::ALL
        .into_iter()
        .map(|flag| Item {
            value: flag.id(),
            label: content::answer(ui.lang, flag),
            checked: args.chosen == Some(flag),
            change: Change::Send(Action::Gate(q, flag)),
        })
        .collect();
    fieldset(
        ui,
        Fieldset {
            key: super::concat(&["gate-", q.id()]).into(),
            base: ui.id(&["gate", q.id()]),
            question: None,
            gate: Some(q.id()),
            unsure_emergency: None,
            legend: content::gate(ui.lang, q),
            hint: content::gate_hint(ui.lang, q),
            more: Html::default(),
            mark_id: None,
            invalid: args.invalid,
            kind: Options::Flag,
            choices,
            on_answer: &args.on_answer,
            after: Html::default(),
        },
    )
}
